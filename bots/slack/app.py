"""The Slack app: one AsyncApp over the advisor, served by Socket Mode or plain HTTP."""

from __future__ import annotations

import weakref

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bots.slack.listeners import Responder, register
from core.advisor import Advisor

# Each app's shared HTTP session for response_url, closed when its web server stops.
_responders: weakref.WeakKeyDictionary[AsyncApp, Responder] = weakref.WeakKeyDictionary()
EVENTS_PATH = "/slack/events"  # bolt's usual path, for commands, actions and events alike
HEALTH_PATH = "/health"


def make_app(
    advisor: Advisor, token: str, signing_secret: str | None = None, api_url: str | None = None
) -> AsyncApp:
    """An app with every listener registered; api_url replaces Slack's Web API base."""
    client = (
        AsyncWebClient(token=token, base_url=_api_base(api_url)) if api_url else AsyncWebClient(token=token)
    )
    app = AsyncApp(
        client=client, signing_secret=signing_secret, request_verification_enabled=bool(signing_secret)
    )
    _responders[app] = Responder()
    register(app, advisor, _responders[app])
    return app


def web_app(app: AsyncApp) -> web.Application:
    """HTTP mode: Slack's requests at /slack/events (signature checked by bolt), /health for probes."""

    async def events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await app.async_dispatch(await to_bolt_request(request)))

    async def close_responder(_: web.Application) -> None:
        responder = _responders.get(app)
        if responder is not None:
            await responder.close()

    server = health_app()
    server.router.add_post(EVENTS_PATH, events)
    server.on_cleanup.append(close_responder)
    return server


def health_app() -> web.Application:
    """Just /health: what load balancers and container healthchecks probe."""

    async def health(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    server = web.Application()
    server.router.add_get(HEALTH_PATH, health)
    return server


def _api_base(url: str) -> str:
    return url if url.endswith("/") else url + "/"
