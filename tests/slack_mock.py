"""A small local mock of Slack's Web API and response_url endpoint, recording every call.

Like bolt-python's own tests/mock_web_api_server, but in aiohttp on loopback: the app's
WebClient points here through its base URL, and slash commands carry a response_url here.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from tests.loopback import serve

BOT_USER_ID = "UADVISOR"
ADMIN_USER_ID = "UADMIN"


class SlackMock:
    def __init__(self) -> None:
        self.calls: asyncio.Queue[tuple[str, dict[str, Any]]] = asyncio.Queue()
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self) -> str:
        """A fresh response_url, as Slack gives one with each command or click."""
        return f"http://127.0.0.1:{self.port}/response/{next(self._ids)}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # some methods (users.info) are GETs
        app.router.add_post("/response/{id}", self._response)
        self._runner, self.port = await serve(app)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def next_call(self, timeout: float = 10.0) -> tuple[str, dict[str, Any]]:
        """The next recorded call: ("chat.postMessage", body) or ("response_url", body)."""
        return await asyncio.wait_for(self.calls.get(), timeout)

    def pending(self) -> int:
        return self.calls.qsize()

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        body = await _body(request)
        if method == "auth.test":
            return web.json_response(
                {"ok": True, "user_id": BOT_USER_ID, "bot_id": "BADVISOR", "team_id": "T1", "user": "advisor"}
            )
        if method == "users.info":
            user = body.get("user", "")
            return web.json_response({"ok": True, "user": {"id": user, "is_admin": user == ADMIN_USER_ID}})
        await self.calls.put((method, body))
        reply: dict[str, Any] = {"ok": True}
        if method in ("chat.postMessage", "chat.postEphemeral"):
            reply.update(channel=body.get("channel"), ts="1700000000.000100", message_ts="1700000000.000100")
        return web.json_response(reply)

    async def _response(self, request: web.Request) -> web.Response:
        body = await _body(request)
        body["_response_url"] = str(request.url)
        await self.calls.put(("response_url", body))
        return web.json_response({"ok": True})


async def _body(request: web.Request) -> dict[str, Any]:
    if request.method == "GET":
        return dict(request.query)
    raw = await request.text()
    if request.content_type == "application/json":
        return json.loads(raw) if raw else {}
    data: dict[str, Any] = dict(parse_qsl(raw))
    for key in ("blocks", "view"):
        if isinstance(data.get(key), str):
            data[key] = json.loads(data[key])
    return data
