"""The real bot against a local stand-in for Discord, over REST and a gateway websocket."""

from __future__ import annotations

import asyncio
import contextlib
import copy

import discord
import pytest

from bots.discord.bot import make_bot, use_endpoints
from core.advisor import Advisor
from tests.discord_standin import APPLICATION_ID, DiscordStandIn

CHANNEL_MESSAGE, UPDATE_MESSAGE = 4, 7


@pytest.fixture
async def standin(monkeypatch):
    # The endpoints are class attributes in discord.py; put them back after the test.
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    gateway = discord.gateway.DiscordWebSocket
    monkeypatch.setattr(gateway, "DEFAULT_GATEWAY", gateway.DEFAULT_GATEWAY)
    server = DiscordStandIn()
    await server.start()
    use_endpoints(server.api_url, server.gateway_url)
    yield server
    await server.stop()


@pytest.fixture
async def running_bot(standin: DiscordStandIn, advisor: Advisor, tmp_path, monkeypatch):
    monkeypatch.setenv("ADVISOR_HEARTBEAT_FILE", str(tmp_path / "alive"))
    bot = make_bot(advisor)
    task = asyncio.create_task(bot.start("standin-token"))
    await asyncio.wait_for(standin.identified.wait(), 15)
    await asyncio.wait_for(bot.wait_until_ready(), 15)
    yield bot
    await bot.close()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task


async def test_identify_ask_and_a_quiz_click_end_to_end(standin: DiscordStandIn, running_bot, tmp_path):
    assert standin.identify is not None
    for _ in range(50):  # on_ready touches the heartbeat the container healthcheck reads
        if (tmp_path / "alive").exists():
            break
        await asyncio.sleep(0.05)
    assert (tmp_path / "alive").exists()
    assert standin.identify["token"] == "standin-token"
    # Mentions and DMs work without the privileged message-content intent.
    assert not standin.identify["intents"] & discord.Intents(message_content=True).value
    assert running_bot.application_id == int(APPLICATION_ID)

    await standin.slash_command("ask", question="how much do coders make @everyone")
    callback = await standin.next_callback()
    body = callback["body"]
    assert body["type"] == CHANNEL_MESSAGE
    embed = body["data"]["embeds"][0]
    assert embed["title"] == "How much do medical coders make?"
    assert embed["footer"]["text"].startswith(("Source:", "Sources:"))
    assert body["data"]["allowed_mentions"]["parse"] == []

    await standin.slash_command("quiz")
    quiz = await standin.next_callback()
    assert quiz["body"]["data"]["flags"] & 64  # ephemeral
    assert "Question 1 of 10" in quiz["body"]["data"]["embeds"][0]["description"]
    message = standin.message_from(quiz)
    first_answer = message["components"][0]["components"][0]["custom_id"]

    await standin.click(first_answer, message)
    step = await standin.next_callback()
    assert step["body"]["type"] == UPDATE_MESSAGE
    assert "Question 2 of 10" in step["body"]["data"]["embeds"][0]["description"]

    # A button minted by an older quiz (its checksum no longer matches) on a message still shown.
    stale = copy.deepcopy(message)
    stale["components"][0]["components"][0]["custom_id"] = "quiz:a:1-0-xxxx"
    await standin.click("quiz:a:1-0-xxxx", stale)
    expired = await standin.next_callback()
    assert expired["body"]["type"] == CHANNEL_MESSAGE
    assert expired["body"]["data"]["embeds"][0]["title"] == "This quiz has expired"


@pytest.mark.parametrize("guild", [None, 123456789012345678])
async def test_sync_registers_the_declared_commands_once(
    standin: DiscordStandIn, advisor: Advisor, monkeypatch, guild
):
    from bots.discord import sync
    from core.commands import ADMIN, COMMANDS

    monkeypatch.setenv("DISCORD_TOKEN", "standin-token")
    monkeypatch.setenv("DISCORD_API_URL", standin.api_url)
    monkeypatch.setenv("DISCORD_GATEWAY_URL", standin.gateway_url)
    names = await sync(advisor, guild)
    assert names == [*(c.name for c in COMMANDS), ADMIN.name]
    [(where, commands)] = standin.synced
    assert where == (str(guild) if guild else None)
    ask = next(c for c in commands if c["name"] == "ask")
    assert ask["options"][0]["name"] == "question" and ask["options"][0]["required"] is True
    assert ask["options"][0]["autocomplete"] is True
    assert not standin.identified.is_set()  # syncing never opens the gateway
