"""The Discord client: intents, endpoints, shards, and what it registers at start-up."""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

import discord
import yarl
from discord.ext import commands

from bots.discord.buttons import ActionButton
from bots.discord.cog import AdvisorCog
from core.advisor import Advisor

log = logging.getLogger("advisor.discord")


HEARTBEAT_FILE = "/tmp/advisor-discord.alive"  # touched while connected; the container healthcheck reads it
HEARTBEAT_SECONDS = 30


class AdvisorBotMixin:
    """What every advisor bot does at start-up, sharded or not."""

    advisor: Advisor

    async def setup_hook(self) -> None:
        self.add_dynamic_items(ActionButton)  # type: ignore[attr-defined]
        await self.add_cog(AdvisorCog(self, self.advisor))  # type: ignore[attr-defined, arg-type]
        self._heartbeat = asyncio.create_task(self._beat())

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            if self.is_ready() and not self.is_closed():  # type: ignore[attr-defined]
                _touch_heartbeat()

    async def on_message(self, message: discord.Message) -> None:
        # No prefix commands: mentions are answered by the cog's listener instead.
        return None

    async def on_ready(self) -> None:
        log.info("connected to Discord as %s", getattr(self, "user", None))
        _touch_heartbeat()


def _touch_heartbeat() -> None:
    Path(os.environ.get("ADVISOR_HEARTBEAT_FILE", HEARTBEAT_FILE)).touch()


class AdvisorBot(AdvisorBotMixin, commands.Bot):
    pass


class ShardedAdvisorBot(AdvisorBotMixin, commands.AutoShardedBot):
    pass


def make_bot(
    advisor: Advisor, shards: str | None = None, shard_ids: str | None = None, shard_count: str | None = None
) -> commands.Bot:
    """A bot over this advisor. DISCORD_SHARDS ('auto' or a count) makes it auto-sharded;
    DISCORD_SHARD_IDS ('0-3' or '0,1') with DISCORD_SHARD_COUNT runs only those shards, so a large
    install can spread its shards over several processes sharing Redis."""
    # Mentions and DMs carry their text without the privileged message-content intent; only
    # answer channels (plain questions without a mention) need it, so it is opt-in.
    intents = discord.Intents.default()
    intents.message_content = os.environ.get("DISCORD_MESSAGE_CONTENT", "").lower() in ("1", "true", "yes")
    options = {
        "command_prefix": commands.when_mentioned,
        "help_command": None,
        "intents": intents,
        "allowed_mentions": discord.AllowedMentions.none(),
    }
    if shard_ids:
        if not shard_count:
            raise ValueError("DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (the total across processes)")
        ids = parse_shard_ids(shard_ids)
        total = int(shard_count)
        if not ids or max(ids) >= total:
            raise ValueError(f"shard ids {shard_ids!r} must be below DISCORD_SHARD_COUNT={total}")
        bot: commands.Bot = ShardedAdvisorBot(shard_ids=ids, shard_count=total, **options)
    elif shards:
        count = None if shards.strip().lower() == "auto" else int(shards)
        bot = ShardedAdvisorBot(shard_count=count, **options)
    else:
        bot = AdvisorBot(**options)
    bot.advisor = advisor  # type: ignore[attr-defined]
    return bot


def parse_shard_ids(text: str) -> list[int]:
    """'0-3' -> [0, 1, 2, 3]; '0,2,5' -> [0, 2, 5]; ranges and lists may mix."""
    ids: set[int] = set()
    for part in text.replace(" ", "").split(","):
        if "-" in part:
            low, high = (int(x) for x in part.split("-", 1))
            ids.update(range(low, high + 1))
        elif part:
            ids.add(int(part))
    return sorted(ids)


def use_endpoints(api_url: str | None, gateway_url: str | None) -> None:
    """Point discord.py at another REST base and gateway (a proxy, or a local test double)."""
    if api_url:
        discord.http.Route.BASE = api_url.rstrip("/")
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


def endpoints_from_env() -> None:
    """DISCORD_API_URL and DISCORD_GATEWAY_URL, when set."""
    use_endpoints(os.environ.get("DISCORD_API_URL"), os.environ.get("DISCORD_GATEWAY_URL"))
