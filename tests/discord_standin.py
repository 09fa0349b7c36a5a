"""A small local stand-in for Discord: REST plus a gateway websocket speaking discord.py's protocol.

It plays the server side for end-to-end tests: says HELLO, takes IDENTIFY, sends READY, then
delivers INTERACTION_CREATE events the test asks for and records the interaction callbacks the
bot posts back. Only loopback; nothing leaves the machine.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any

from aiohttp import WSMsgType, web

from tests.loopback import serve

APPLICATION_ID = "700000000000000001"
BOT_USER = {
    "id": "700000000000000002",
    "username": "advisor",
    "discriminator": "0",
    "bot": True,
    "avatar": None,
}
TAKER = {
    "id": "700000000000000003",
    "username": "sam",
    "global_name": "Sam",
    "discriminator": "0",
    "avatar": None,
}
DM_CHANNEL = {"id": "700000000000000004", "type": 1, "recipients": [TAKER]}
TIMESTAMP = "2026-11-28T00:00:00+00:00"


def _json(data: Any) -> web.Response:
    # Exactly "application/json", as Discord sends it: discord.py reads no other content type.
    return web.Response(body=json.dumps(data).encode(), headers={"Content-Type": "application/json"})


class DiscordStandIn:
    """Start with `await start()`; `api_url` and `gateway_url` point the bot here."""

    def __init__(self) -> None:
        self.identified = asyncio.Event()
        self.callbacks: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.identify: dict[str, Any] | None = None
        self.synced: list[tuple[str | None, list[dict[str, Any]]]] = []  # (guild id, commands)
        self._ws: web.WebSocketResponse | None = None
        self._seq = itertools.count(1)
        self._ids = itertools.count(800000000000000000)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/api/v10/gateway/bot", self._gateway_bot)
        app.router.add_get("/api/v10/gateway", self._gateway_bot)
        app.router.add_get("/api/v10/users/@me", self._me)
        app.router.add_get("/api/v10/oauth2/applications/@me", self._application)
        app.router.add_post("/api/v10/interactions/{id}/{token}/callback", self._callback)
        app.router.add_put("/api/v10/applications/{app}/commands", self._sync)
        app.router.add_put("/api/v10/applications/{app}/guilds/{guild}/commands", self._sync)
        app.router.add_get("/gateway", self._gateway)
        self._runner, self.port = await serve(app)

    async def stop(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- what the test sends ---------------------------------------------------------------

    async def slash_command(self, name: str, **options: str) -> str:
        """Deliver a slash command as Discord would; returns the interaction id."""
        data = {
            "id": str(next(self._ids)),
            "name": name,
            "type": 1,
            "options": [{"name": k, "type": 3, "value": v} for k, v in options.items()],
        }
        return await self._interaction(2, data)

    async def click(self, custom_id: str, message: dict[str, Any]) -> str:
        """Deliver a button click on a message the bot sent; returns the interaction id."""
        return await self._interaction(3, {"custom_id": custom_id, "component_type": 2}, message=message)

    async def next_callback(self, timeout: float = 10.0) -> dict[str, Any]:
        """The next interaction callback the bot posted: {"id", "token", "body"}."""
        return await asyncio.wait_for(self.callbacks.get(), timeout)

    def message_from(self, callback: dict[str, Any]) -> dict[str, Any]:
        """The message Discord would have created from a callback's data."""
        data = callback["body"].get("data", {})
        return {
            "id": str(next(self._ids)),
            "channel_id": DM_CHANNEL["id"],
            "author": BOT_USER,
            "content": data.get("content", ""),
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": data.get("embeds", []),
            "components": data.get("components", []),
            "pinned": False,
            "type": 0,
            "flags": data.get("flags", 0),
        }

    async def _interaction(
        self, kind: int, data: dict[str, Any], message: dict[str, Any] | None = None
    ) -> str:
        assert self._ws is not None, "the bot has not connected"
        interaction_id = str(next(self._ids))
        payload: dict[str, Any] = {
            "id": interaction_id,
            "application_id": APPLICATION_ID,
            "type": kind,
            "data": data,
            "token": f"token-{interaction_id}",
            "version": 1,
            "channel_id": DM_CHANNEL["id"],
            "channel": DM_CHANNEL,
            "user": TAKER,
            "locale": "en-US",
            "app_permissions": "0",
            "entitlements": [],
            "authorizing_integration_owners": {"1": TAKER["id"]},
            "context": 1,
            "attachment_size_limit": 10_485_760,
        }
        if message is not None:
            payload["message"] = message
        await self._dispatch("INTERACTION_CREATE", payload)
        return interaction_id

    async def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self._ws is not None
        await self._ws.send_str(json.dumps({"op": 0, "t": event, "s": next(self._seq), "d": data}))

    # --- what the bot calls ----------------------------------------------------------------

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return _json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _me(self, request: web.Request) -> web.Response:
        return _json(BOT_USER)

    async def _sync(self, request: web.Request) -> web.Response:
        commands = await request.json()
        self.synced.append((request.match_info.get("guild"), commands))
        created = [
            {**c, "id": str(next(self._ids)), "application_id": APPLICATION_ID, "version": "1"}
            for c in commands
        ]
        return _json(created)

    async def _application(self, request: web.Request) -> web.Response:
        return _json(
            {
                "id": APPLICATION_ID,
                "name": "advisor",
                "description": "",
                "icon": None,
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": TAKER,
                "verify_key": "0" * 64,
                "flags": 0,
            }
        )

    async def _callback(self, request: web.Request) -> web.Response:
        body = await request.json()
        callback = {"id": request.match_info["id"], "token": request.match_info["token"], "body": body}
        await self.callbacks.put(callback)
        message = self.message_from(callback)
        flags = body.get("data", {}).get("flags", 0)
        return _json(
            {
                "interaction": {
                    "id": callback["id"],
                    "type": 2,
                    "response_message_id": message["id"],
                    "response_message_loading": False,
                    "response_message_ephemeral": bool(flags & 64),
                },
                "resource": {"type": body["type"], "message": message},
            }
        )

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None}))
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            if frame["op"] == 1:  # heartbeat
                await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
            elif frame["op"] == 2:  # identify
                self.identify = frame["d"]
                await self._dispatch(
                    "READY",
                    {
                        "v": 10,
                        "user": BOT_USER,
                        "guilds": [],
                        "session_id": "standin-session",
                        "resume_gateway_url": self.gateway_url,
                        "application": {"id": APPLICATION_ID, "flags": 0},
                    },
                )
                self.identified.set()
        return ws
