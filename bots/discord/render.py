"""Render a core Reply as Discord's message JSON: one embed, buttons in action rows.

The JSON form is what `advisor preview discord` prints and what tests check against Discord's
limits; the bot turns the same dicts into discord.py objects, so both can never disagree.
"""

from __future__ import annotations

from typing import Any

from core import limits
from core.limits import FIELD_VALUE, TOTAL
from core.reply import Reply

EPHEMERAL = 1 << 6
NO_MENTIONS: dict[str, Any] = {"parse": [], "replied_user": False}
COLORS = {  # a calm palette; red only for things that went wrong
    "answer": 0x2B7A78,
    "compare": 0x3AAFA9,
    "quiz": 0x5865F2,
    "result": 0x57F287,
    "suggest": 0xFEE75C,
    "fallback": 0x99AAB5,
    "help": 0x5865F2,
    "notice": 0x99AAB5,
    "expired": 0xED4245,
}
BUTTON_STYLES = {"primary": 1, "secondary": 2, "success": 3, "danger": 4}
MAX_ROWS = 5


def embed(reply: Reply) -> dict[str, Any]:
    """The reply as one Discord embed; a chart sits at the top of the field it illustrates."""
    charts = {chart.title: "```\n" + "\n".join(chart.lines()) + "\n```" for chart in reply.charts}
    fields = []
    for f in reply.fields:
        drawn = charts.get(f.name)
        if drawn and len(drawn) + 1 + len(f.value) <= FIELD_VALUE:
            fields.append({"name": f.name, "value": f"{drawn}\n{f.value}", "inline": f.inline})
            del charts[f.name]
        else:
            fields.append({"name": f.name, "value": f.value, "inline": f.inline})
    fields[:0] = [{"name": title, "value": drawn, "inline": False} for title, drawn in charts.items()]
    related = [c.label for c in reply.choices if c.action.startswith("faq:")]
    if reply.choices_label and related:
        fields.append({"name": reply.choices_label, "value": "\n".join(f"• {q}" for q in related)})
    out: dict[str, Any] = {"type": "rich", "color": COLORS.get(reply.kind, COLORS["notice"])}
    if reply.title:
        out["title"] = reply.title
    if reply.text:
        out["description"] = reply.text
    out["fields"] = fields
    if reply.footer:
        out["footer"] = {"text": reply.footer}
    while fields and _size(out) > TOTAL:
        fields.pop()  # only the "Related" list can tip a reply over; the buttons remain
    return out


def _size(embed: dict[str, Any]) -> int:
    fields = embed.get("fields", [])
    return (
        len(embed.get("title", ""))
        + len(embed.get("description", ""))
        + len(embed.get("footer", {}).get("text", ""))
        + sum(len(f["name"]) + len(f["value"]) for f in fields)
    )


def components(reply: Reply) -> list[dict[str, Any]]:
    """Buttons in action rows: the reply's rows, at most 5 buttons each and 5 rows in all."""
    rows: list[list[dict[str, Any]]] = []
    current_row = None
    for choice in reply.choices:
        if current_row != choice.row or not rows or len(rows[-1]) == limits.CHOICES_PER_ROW:
            rows.append([])
            current_row = choice.row
        rows[-1].append(
            {
                "type": 2,
                "style": BUTTON_STYLES[choice.style],
                "label": choice.label,
                "custom_id": choice.action,
            }
        )
    return [{"type": 1, "components": row} for row in rows[:MAX_ROWS]]


def payload(reply: Reply, content: str | None = None) -> dict[str, Any]:
    """The whole message: what the bot sends for this reply, mass mentions always off."""
    out: dict[str, Any] = {
        "content": content or "",
        "embeds": [embed(reply)],
        "components": components(reply),
        "allowed_mentions": NO_MENTIONS,
    }
    if reply.private:
        out["flags"] = EPHEMERAL
    return out
