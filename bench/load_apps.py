"""The two helper servers of the load run, each in its own process.

- sink PORT: stands in for Slack's Web API and response_url (answers every call with ok).
- floor PORT: the framework's floor, a bolt app whose /ask only acknowledges, served exactly as
  the advisor's HTTP mode is (same adapter, same signature checks).
"""

from __future__ import annotations

import os
import sys

from aiohttp import web


def sink_app() -> web.Application:
    async def ok(request: web.Request) -> web.Response:
        await request.read()
        if request.match_info.get("method") == "auth.test":
            return web.json_response({"ok": True, "user_id": "UB", "bot_id": "B", "team_id": "T1"})
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_route("*", "/api/{method}", ok)
    app.router.add_route("*", "/response/{id}", ok)
    app.router.add_get("/health", ok)
    return app


def floor_app() -> web.Application:
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    from bots.slack.app import web_app

    client = AsyncWebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    bolt = AsyncApp(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    @bolt.command("/ask")
    async def ack_only(ack: object) -> None:
        await ack()  # type: ignore[operator]

    return web_app(bolt)


if __name__ == "__main__":
    kind, port = sys.argv[1], int(sys.argv[2])
    app = sink_app() if kind == "sink" else floor_app()
    web.run_app(app, host="127.0.0.1", port=port, print=None)
