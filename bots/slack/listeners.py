"""Slack listeners: slash commands, buttons, mentions, DMs and the App Home, in one register()."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncApp

from bots.slack import render
from core.advisor import Advisor
from core.commands import COMMANDS
from core.reply import Reply

log = logging.getLogger("advisor.slack")

BUTTON = re.compile(rf"^{render.ACTION_PREFIX}\d+$")
_MENTION = re.compile(r"<[@!#][^>]*>")  # <@U123>, <!channel>, <#C123|general>
SHAREABLE = ("answer", "compare")


def register(app: AsyncApp, advisor: Advisor) -> None:
    """Attach every listener to the app; each acknowledges first, then works."""

    async def on_command(ack: Any, command: dict[str, Any], respond: Any) -> None:
        await ack()
        name, text = command["command"].lstrip("/"), command.get("text") or ""
        reply = advisor.command(name, text)
        share = {"cmd": name, "arg": text[:1500]} if reply.kind in SHAREABLE else None
        await respond(response_type="ephemeral", **render.message(reply, share))

    for declared in COMMANDS:
        app.command(f"/{declared.name}")(on_command)

    @app.action(BUTTON)
    async def on_button(ack: Any, body: dict[str, Any], action: dict[str, Any], respond: Any) -> None:
        await ack()
        value = action.get("value") or ""
        if value.startswith(render.SHARE_PREFIX):
            await _share(respond, body, _shared_reply(advisor, value))
            return
        reply = advisor.handle_action(value)
        if advisor.updates_in_place(value):
            await respond(replace_original=True, **render.message(reply))
        elif advisor.is_share(value):
            await _share(respond, body, reply)  # a quiz result the taker chose to share
        else:
            share = {"action": value} if reply.kind in SHAREABLE else None
            await respond(response_type="ephemeral", replace_original=False, **render.message(reply, share))

    @app.event("app_mention")
    async def on_mention(event: dict[str, Any], say: Any) -> None:
        reply = advisor.ask(_MENTION.sub(" ", event.get("text") or "").strip())
        await say(thread_ts=event.get("thread_ts") or event.get("ts"), **render.message(reply))

    @app.event("message")
    async def on_direct_message(event: dict[str, Any], say: Any) -> None:
        # Only people writing to the bot directly; never other bots, edits or joins.
        if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype"):
            return
        reply = advisor.ask(_MENTION.sub(" ", event.get("text") or "").strip())
        await say(**render.message(reply))

    @app.event("app_home_opened")
    async def on_home(event: dict[str, Any], client: Any) -> None:
        if event.get("tab") not in (None, "home"):
            return
        await client.views_publish(user_id=event["user"], view=home_view(advisor))


def home_view(advisor: Advisor) -> dict[str, Any]:
    """The App Home tab: what the advisor is and how to use it (no buttons: Home has no replies)."""
    intro = advisor.help().with_(choices=())
    return {"type": "home", "blocks": render.blocks(intro)}


def _shared_reply(advisor: Advisor, value: str) -> Reply:
    try:
        data = json.loads(value[len(render.SHARE_PREFIX) :])
        if "action" in data:
            return advisor.handle_action(str(data["action"]))
        return advisor.command(str(data["cmd"]), str(data.get("arg", "")))
    except (ValueError, KeyError, TypeError):
        return advisor.handle_action("")  # "That button no longer works"


async def _share(respond: Any, body: dict[str, Any], reply: Reply) -> None:
    if reply.kind == "expired":
        await respond(response_type="ephemeral", replace_original=False, **render.message(reply))
        return
    user = body.get("user") or {}
    who = render.escape(user.get("name") or user.get("username") or "Someone")
    message = render.message(reply.with_(choices=(), private=False))
    note = {"type": "context", "elements": [{"type": "mrkdwn", "text": f"Shared by {who}"}]}
    message["blocks"] = [note, *message["blocks"]][: render.MAX_BLOCKS]
    await respond(response_type="in_channel", replace_original=False, **message)
