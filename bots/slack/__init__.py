"""The Slack adapter: slash commands, Block Kit buttons, mentions, DMs and App Home on slack-bolt."""

from __future__ import annotations

import asyncio
import logging
import os

from core.advisor import Advisor

log = logging.getLogger("advisor.slack")


class SlackSettingsError(RuntimeError):
    """The environment does not say how to reach Slack."""


async def run(advisor: Advisor) -> None:
    """Socket Mode when SLACK_APP_TOKEN is set, else HTTP mode on PORT (default 3000)."""
    from bots.slack.app import health_app, make_app, web_app

    token = os.environ["SLACK_BOT_TOKEN"]
    app_token = os.environ.get("SLACK_APP_TOKEN")
    secret = os.environ.get("SLACK_SIGNING_SECRET")
    if not app_token and not secret:
        raise SlackSettingsError("set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)")
    app = make_app(advisor, token, secret, os.environ.get("SLACK_API_URL"))
    from aiohttp import web

    # HTTP mode serves Slack's requests; Socket Mode serves only /health, for the healthcheck.
    port = int(os.environ.get("PORT", "3000"))
    runner = web.AppRunner(web_app(app) if not app_token else health_app())
    await runner.setup()
    await web.TCPSite(runner, os.environ.get("HOST", "0.0.0.0"), port).start()
    if app_token:
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        log.info("Slack: Socket Mode (health on port %s)", port)
        await AsyncSocketModeHandler(app, app_token).start_async()
        return
    log.info("Slack: HTTP mode on port %s, path /slack/events", port)
    await asyncio.Event().wait()
