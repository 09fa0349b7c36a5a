"""Slack listeners: slash commands, buttons, mentions, DMs and the App Home, in one register()."""

from __future__ import annotations

import json
import logging
import re
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bots.slack import render
from core.advisor import Advisor
from core.commands import ADMIN, COMMANDS
from core.insights import Who
from core.reply import Reply

log = logging.getLogger("advisor.slack")

BUTTON = re.compile(rf"^{render.ACTION_PREFIX}\d+$")
_MENTION = re.compile(r"<[@!#][^>]*>")  # <@U123>, <!channel>, <#C123|general>
SHAREABLE = ("answer", "compare")


class Responder:
    """Posts replies to response_url over one shared connection pool. (Bolt's own respond()
    opens a new HTTP session for every reply, which caps throughput under load.)"""

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None

    def to(self, response_url: str) -> Callable[..., Awaitable[Any]]:
        async def send(**message: Any) -> Any:
            if self._session is None or self._session.closed:
                self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
            return await AsyncWebhookClient(response_url, session=self._session).send(**message)

        return send

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()


def register(app: AsyncApp, advisor: Advisor, responder: Responder) -> None:
    """Attach every listener to the app; each acknowledges first, then works."""

    async def on_command(ack: Any, command: dict[str, Any]) -> None:
        # The reply takes a millisecond to make, so it rides in the acknowledgement itself:
        # no second request to response_url, and the member sees it at once.
        name, text = command["command"].lstrip("/"), command.get("text") or ""
        asker = Who("slack", command.get("team_id") or "dm", command.get("user_id", ""))
        try:
            reply = advisor.command(name, text, asker)
        except Exception:  # the member still gets an answer inside the 3 seconds
            reply = _apology()
        share = {"cmd": name, "arg": render.without_markup(text)[:1500]} if reply.kind in SHAREABLE else None
        await ack(response_type="ephemeral", **render.message(reply, share))

    # One listener (one matcher per request) for every declared command.
    app.command(re.compile("^/(" + "|".join(re.escape(c.name) for c in COMMANDS) + ")$"))(on_command)

    @app.command(f"/{ADMIN.name}")
    async def on_admin(ack: Any, command: dict[str, Any], client: Any) -> None:
        await ack()
        respond = responder.to(command["response_url"])
        asker = Who("slack", command.get("team_id") or "dm", command.get("user_id", ""))
        if not await _is_admin(client, asker.user):
            reply = Reply(
                kind="notice",
                title="For workspace admins",
                text="Only workspace admins and owners can use /advisor.",
                private=True,
            )
        else:
            reply = _admin_reply(advisor, asker, command.get("text") or "", command.get("channel_id", ""))
        await respond(response_type="ephemeral", **render.message(reply))

    @app.action(BUTTON)
    async def on_button(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any) -> None:
        await ack()
        respond = _reply_channel(responder, client, body)
        value = action.get("value") or ""
        if value.startswith(render.SHARE_PREFIX):
            await _share(respond, body, _shared_reply(advisor, value))
            return
        team = (body.get("team") or {}).get("id") or "dm"
        reply = advisor.handle_action(value, Who("slack", team, (body.get("user") or {}).get("id", "")))
        if advisor.updates_in_place(value):
            await respond(replace_original=True, **render.message(reply))
        elif advisor.is_share(value):
            await _share(respond, body, reply)  # a quiz result the taker chose to share
        else:
            share = {"action": value} if reply.kind in SHAREABLE else None
            await respond(response_type="ephemeral", replace_original=False, **render.message(reply, share))

    @app.event("app_mention")
    async def on_mention(body: dict[str, Any], event: dict[str, Any], say: Any) -> None:
        reply = advisor.ask(_question(event), _event_who(body, event))
        await say(thread_ts=event.get("thread_ts") or event.get("ts"), **render.message(reply))

    @app.event("message")
    async def on_message(body: dict[str, Any], event: dict[str, Any], say: Any) -> None:
        # People only: never other bots, edits or joins.
        if event.get("bot_id") or event.get("subtype"):
            return
        asker = _event_who(body, event)
        if event.get("channel_type") == "im":
            await say(**render.message(advisor.ask(_question(event), asker)))
            return
        # A channel the admins chose: answer plain questions in a thread, only when sure.
        if (
            not advisor.insights
            or event.get("channel") not in advisor.insights.settings(asker).answer_channels
        ):
            return
        if _MENTION.search(event.get("text") or ""):
            return  # mentions are answered by app_mention
        if not advisor.ask_result(_question(event)).sure:
            return
        reply = advisor.ask(_question(event), asker)
        await say(thread_ts=event.get("thread_ts") or event.get("ts"), **render.message(reply))

    @app.event("app_home_opened")
    async def on_home(event: dict[str, Any], client: Any) -> None:
        if event.get("tab") not in (None, "home"):
            return
        await client.views_publish(user_id=event["user"], view=home_view(advisor))


def _apology() -> Reply:
    ref = secrets.token_hex(3)
    log.exception("command failed (ref %s)", ref)
    text = f"That didn't work on my side. Please try again. (Error reference: {ref})"
    return Reply(kind="notice", title="Sorry, something went wrong", text=text, private=True)


def _reply_channel(responder: Responder, client: Any, body: dict[str, Any]) -> Callable[..., Awaitable[Any]]:
    """Where a button's reply goes: its response_url, or (where Slack sends none) an ephemeral
    message to the person who pressed it, in the same channel."""
    if body.get("response_url"):
        return responder.to(body["response_url"])
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    user = (body.get("user") or {}).get("id")

    async def post(**message: Any) -> Any:
        if not channel or not user:
            return None  # nowhere to answer (a view without a channel): drop quietly
        if message.get("response_type") == "in_channel":
            return await client.chat_postMessage(
                channel=channel, text=message["text"], blocks=message["blocks"]
            )
        return await client.chat_postEphemeral(
            channel=channel, user=user, text=message["text"], blocks=message["blocks"]
        )

    return post


def _question(event: dict[str, Any]) -> str:
    return _MENTION.sub(" ", event.get("text") or "").strip()


def _event_who(body: dict[str, Any], event: dict[str, Any]) -> Who:
    return Who("slack", body.get("team_id") or "dm", event.get("user", ""))


async def _is_admin(client: Any, user_id: str) -> bool:
    try:
        user = (await client.users_info(user=user_id))["user"]
    except Exception:  # no users:read scope, or Slack unreachable: refuse rather than guess
        log.warning("could not check whether a user is an admin")
        return False
    return bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))


def _admin_reply(advisor: Advisor, asker: Who, text: str, channel: str) -> Reply:
    """/advisor insights | settings [share on|off] [answer-here on|off]"""
    words = text.lower().split()
    if words[:1] == ["insights"]:
        return advisor.insights_reply(asker)
    if words[:1] == ["settings"]:
        flags = dict(zip(words[1::2], words[2::2], strict=False))
        share = {"on": True, "off": False}.get(flags.get("share", ""))
        here = {"on": True, "off": False}.get(flags.get("answer-here", ""))
        return advisor.settings_reply(asker, share, answer_here=channel, answer=here)
    usage = "/advisor insights\n/advisor settings [share on|off] [answer-here on|off]"
    return Reply(kind="help", title="Admin tools", text=usage, private=True)


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
