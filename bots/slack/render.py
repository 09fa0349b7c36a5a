"""Render a core Reply as Slack Block Kit: header, sections, code-block charts, buttons, context.

Every text is escaped for mrkdwn (&, <, >), so nothing can turn into a ping or a link, and
every block stays within Slack's limits (50 blocks, 3,000 per section, 75 per button label).
"""

from __future__ import annotations

import json
import re
from typing import Any

from core import limits
from core.reply import Reply, clip

MAX_BLOCKS = 50
SECTION = limits.TEXT  # Slack's section text limit is the strictest one core uses
BUTTON_VALUE = 2000
BUTTONS_PER_BLOCK = limits.CHOICES_PER_ROW  # Slack allows 25; 5 keeps the same rows as Discord
ACTION_PREFIX = "advisor-"  # action_id of every button: advisor-0, advisor-1, … (unique per message)
SHARE_PREFIX = "share:"  # value of a "Share in channel" button: share:{"cmd": …, "arg": …}
STYLES = {"danger": "danger", "success": "primary"}  # Slack green only for the one main button


def escape(text: str) -> str:
    """Text made inert for mrkdwn: no <!channel>, <@user> or <http://…|links>."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_MARKUP = re.compile(r"<[!@#][^>]*>|<(?:https?|mailto):[^>]*>")


def without_markup(text: str) -> str:
    """What a member typed, without Slack's mention, channel and link markup: the question a
    "Share in channel" button carries is asked again, and must not carry a ping with it."""
    return " ".join(_MARKUP.sub(" ", text).split())


def blocks(reply: Reply, share: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The reply as blocks; `share` adds a 'Share in channel' button that reposts it publicly."""
    out: list[dict[str, Any]] = []
    if reply.title:
        out.append(
            {"type": "header", "text": {"type": "plain_text", "text": clip(reply.title, limits.TITLE)}}
        )
    out += _sections(escape(reply.text))
    for chart in reply.charts:
        drawn = "```\n" + "\n".join(escape(line) for line in chart.lines()) + "\n```"
        out += _sections(f"*{escape(chart.title)}*\n{drawn}")
    inline: list[dict[str, str]] = []
    for field in reply.fields:
        text = f"*{escape(field.name)}*\n{escape(field.value)}"
        if field.inline:
            inline.append({"type": "mrkdwn", "text": clip(text, 2000)})
            continue
        out += _flush(inline) + _sections(text)
        inline = []
    out += _flush(inline)
    buttons = [_button(i, c.label, c.action, c.style) for i, c in enumerate(reply.choices)]
    if share is not None:
        value = SHARE_PREFIX + json.dumps(share, separators=(",", ":"))
        if len(value) <= BUTTON_VALUE:
            buttons.append(_button(len(buttons), "Share in channel", value, "success"))
    if buttons and reply.choices_label:
        out.append({"type": "context", "elements": [{"type": "mrkdwn", "text": escape(reply.choices_label)}]})
    for start in range(0, len(buttons), BUTTONS_PER_BLOCK):
        out.append({"type": "actions", "elements": buttons[start : start + BUTTONS_PER_BLOCK]})
    if reply.footer:
        out.append({"type": "context", "elements": [{"type": "mrkdwn", "text": escape(reply.footer)}]})
    # A Reply is capped at 25 fields and 25 buttons, so this stays well under Slack's 50 blocks.
    return out


def fallback_text(reply: Reply) -> str:
    """The plain text Slack shows in notifications and where blocks cannot render."""
    return escape(clip(" — ".join(p for p in (reply.title, reply.text) if p), SECTION))


def message(reply: Reply, share: dict[str, str] | None = None) -> dict[str, Any]:
    """Keyword arguments for chat.postMessage / respond: text, blocks, no unfurling."""
    key = (id(reply), tuple(sorted(share.items())) if share else None)
    hit = _rendered.get(key)
    if hit is None or hit[0] is not reply:
        # Replies are immutable and the same answers go out all day: render each once.
        if len(_rendered) >= 1024:
            _rendered.clear()
        hit = _rendered[key] = (reply, _render(reply, share))
    return {**hit[1], "blocks": list(hit[1]["blocks"])}  # callers may add blocks to their copy


_rendered: dict[tuple[int, tuple[tuple[str, str], ...] | None], tuple[Reply, dict[str, Any]]] = {}


def _render(reply: Reply, share: dict[str, str] | None) -> dict[str, Any]:
    return {
        "text": fallback_text(reply),
        "blocks": blocks(reply, share),
        "unfurl_links": False,
        "unfurl_media": False,
    }


def _sections(text: str) -> list[dict[str, Any]]:
    """One or more sections: long text splits at paragraph or line breaks, never mid-word."""
    text = text.strip()
    out = []
    while text:
        if len(text) <= SECTION:
            chunk, text = text, ""
        else:
            cut = max(text.rfind("\n", 0, SECTION), text.rfind(" ", 0, SECTION))
            cut = cut if cut > SECTION // 2 else SECTION
            chunk, text = text[:cut].rstrip(), text[cut:].lstrip()
        out.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
    return out


def _flush(inline: list[dict[str, str]]) -> list[dict[str, Any]]:
    return [{"type": "section", "fields": inline[i : i + 10]} for i in range(0, len(inline), 10)]


def _button(index: int, label: str, value: str, style: str) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "action_id": f"{ACTION_PREFIX}{index}",
        "text": {"type": "plain_text", "text": clip(label, limits.BUTTON_LABEL)},
        "value": value,
    }
    if style in STYLES:
        button["style"] = STYLES[style]
    return button
