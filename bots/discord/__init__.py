"""The Discord adapter: slash commands, buttons and mentions over discord.py, thin over core/."""

from __future__ import annotations

import os

from core.advisor import Advisor


async def run(advisor: Advisor) -> None:
    """Run the bot until it is stopped (DISCORD_TOKEN, optional DISCORD_SHARDS and endpoints)."""
    from bots.discord.bot import endpoints_from_env, make_bot

    endpoints_from_env()
    bot = make_bot(
        advisor,
        os.environ.get("DISCORD_SHARDS"),
        os.environ.get("DISCORD_SHARD_IDS"),
        os.environ.get("DISCORD_SHARD_COUNT"),
    )
    async with bot:
        await bot.start(os.environ["DISCORD_TOKEN"])


async def sync(advisor: Advisor, guild_id: int | None = None) -> list[str]:
    """Register the slash commands with Discord once: globally, or on one guild for testing."""
    import discord

    from bots.discord.bot import endpoints_from_env, make_bot

    endpoints_from_env()
    bot = make_bot(advisor)
    async with bot:
        await bot.login(os.environ["DISCORD_TOKEN"])
        guild = discord.Object(id=guild_id) if guild_id else None
        if guild:
            bot.tree.copy_global_to(guild=guild)
        synced = await bot.tree.sync(guild=guild)
    return [c.name for c in synced]
