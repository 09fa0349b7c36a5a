"""The Discord adapter, driven with fakes built by create_autospec on discord.py's own classes."""

from __future__ import annotations

import json
import logging
import subprocess
from unittest.mock import create_autospec

import discord
import pytest

from bots.discord import render
from bots.discord.bot import make_bot
from bots.discord.buttons import ACTION_TEMPLATE, ActionButton
from bots.discord.cog import AdvisorCog
from core.advisor import EXPIRED_TEXT, Advisor
from core.commands import ADMIN, COMMANDS
from core.cooldown import Cooldown
from tests.conftest import ADVISOR_BIN, CONTENT


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def bot(advisor: Advisor):
    return make_bot(advisor)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cog(bot, advisor: Advisor, clock: Clock) -> AdvisorCog:
    return AdvisorCog(bot, advisor, Cooldown(rate=5, per=30.0, clock=clock))


def fake_interaction(bot, user_id: int = 42, name: str = "Sam"):
    interaction = create_autospec(discord.Interaction, instance=True)
    interaction.client = bot
    interaction.user = create_autospec(discord.Member, instance=True)
    interaction.user.id = user_id
    interaction.user.display_name = name
    interaction.response = create_autospec(discord.InteractionResponse, instance=True)
    interaction.response.is_done.return_value = False
    interaction.followup = create_autospec(discord.Webhook, instance=True)
    return interaction


def sent(interaction, method: str = "send_message") -> dict:
    call = getattr(interaction.response, method)
    call.assert_awaited_once()
    return call.await_args.kwargs


async def ask(cog, bot, question: str) -> dict:
    """/ask as a user types it; the keyword arguments of the reply sent."""
    interaction = fake_interaction(bot)
    await cog.ask.callback(cog, interaction, question=question)
    return sent(interaction)


def custom_ids(kwargs: dict) -> list[str]:
    view = kwargs.get("view")
    return [item.custom_id for item in view.children] if view else []


def assert_within_discord_limits(kwargs: dict) -> None:
    data = kwargs["embed"].to_dict()
    assert len(data.get("title", "")) <= 256
    assert len(data.get("description", "")) <= 4096
    assert len(data.get("fields", [])) <= 25
    for field in data.get("fields", []):
        assert len(field["name"]) <= 256 and len(field["value"]) <= 1024
    assert len(data.get("footer", {}).get("text", "")) <= 2048
    assert len(kwargs["embed"]) <= 6000
    view = kwargs.get("view")
    if view:
        assert len(view.children) <= 25
        rows: dict[int, int] = {}
        for item in view.children:
            assert len(item.item.label) <= 80 and len(item.custom_id) <= 100
            rows[item.row] = rows.get(item.row, 0) + 1
        assert max(rows.values()) <= 5


async def click(bot, custom_id: str, user_id: int = 42):
    """What discord.py does for a dynamic item: parse the custom_id, build the item, call back."""
    interaction = fake_interaction(bot, user_id)
    match = ACTION_TEMPLATE.fullmatch(custom_id)
    assert match, custom_id
    item = await ActionButton.from_custom_id(interaction, discord.ui.Button(custom_id=custom_id), match)
    await item.callback(interaction)
    return interaction


# --- commands ----------------------------------------------------------------------------------


async def test_commands_match_the_core_declaration(bot):
    await bot.setup_hook()
    registered = {c.name: c for c in bot.tree.get_commands()}
    assert list(registered) == [*(c.name for c in COMMANDS), ADMIN.name]
    admin = registered[ADMIN.name]
    assert admin.description == ADMIN.description
    assert [c.name for c in admin.commands] == [o.name for o in ADMIN.options]
    assert admin.default_permissions.manage_guild and admin.guild_only
    for declared in COMMANDS:
        command = registered[declared.name]
        assert command.description == declared.description
        assert [p.name for p in command.parameters] == [o.name for o in declared.options]
        for option in declared.options:
            param = next(p for p in command.parameters if p.name == option.name)
            assert param.required == option.required
            assert param.autocomplete == option.autocomplete


async def test_ask_answers_with_an_embed_and_no_mentions(cog, bot):
    kwargs = await ask(cog, bot, "how much do coders make @everyone")
    embed = kwargs["embed"]
    assert embed.title == "How much do medical coders make?"
    assert "$21 an hour" in embed.description
    assert embed.footer.text.startswith(("Source:", "Sources:"))
    assert any(f.name == "Related" for f in embed.fields)
    assert kwargs["allowed_mentions"].everyone is False and kwargs["allowed_mentions"].roles is False
    assert kwargs["ephemeral"] is False
    assert all(cid.startswith("faq:") for cid in custom_ids(kwargs))
    assert_within_discord_limits(kwargs)


async def test_a_question_beyond_the_article_names_its_dated_sources(cog, bot):
    kwargs = await ask(cog, bot, "is the cpc exam open book")
    embed = kwargs["embed"]
    assert embed.title == "What is the CPC exam like?"
    assert "100 multiple-choice questions" in embed.description
    assert embed.footer.text.startswith("Sources: AAPC: CPC exam FAQs (read Nov 2026)")
    assert_within_discord_limits(kwargs)


async def test_ask_two_things_answers_each_in_its_own_field(cog, bot):
    kwargs = await ask(cog, bot, "Is coding hard? Also, how long is training?")
    embed = kwargs["embed"]
    assert embed.title == "You asked two things"
    names = [f.name for f in embed.fields]
    assert names[:2] == ["Is medical coding hard to learn?", "How long does the training take?"]
    assert "Related" in names
    assert_within_discord_limits(kwargs)


async def test_ask_three_things_with_both_roles_pay_fits_discord(cog, bot):
    message = (
        "what's the difference between billing and coding, which one pays more, and which one is easier?"
    )
    kwargs = await ask(cog, bot, message)
    embed = kwargs["embed"]
    assert embed.title == "You asked three things"
    names = [f.name for f in embed.fields]
    assert "How much do medical billers make?" in names and "How much do medical coders make?" in names
    assert_within_discord_limits(kwargs)


async def test_ask_unsure_offers_did_you_mean_buttons(cog, bot):
    kwargs = await ask(cog, bot, "is coding stressful")
    assert kwargs["embed"].title == "Did you mean…"
    assert kwargs["ephemeral"] is True
    ids = custom_ids(kwargs)
    assert 1 <= len(ids) <= 3
    follow = await click(bot, ids[0])
    assert sent(follow)["embed"].footer.text.startswith(("Source:", "Sources:"))


async def test_ask_out_of_scope_gets_the_fallback(cog, bot):
    kwargs = await ask(cog, bot, "what is cpt code 99213")
    assert "don't look up" in kwargs["embed"].title.lower()
    assert "/quiz" in kwargs["embed"].description


async def test_markdown_and_mentions_in_questions_are_never_echoed(cog, bot):
    text = json.dumps((await ask(cog, bot, "**<@&123>** @here `salary`"))["embed"].to_dict())
    assert "<@&123>" not in text and "@here" not in text


async def test_a_follow_up_leans_on_the_same_members_last_answer(cog, bot):
    first, other, again = (fake_interaction(bot, user_id=u) for u in (42, 7, 42))
    for interaction in (first, other, again):
        interaction.guild_id = 555  # one server
    await cog.ask.callback(cog, first, question="how much do billers make?")
    await cog.ask.callback(cog, other, question="what about coders?")
    assert sent(other)["embed"].title == "What is medical coding?"
    await cog.ask.callback(cog, again, question="what about coders?")
    assert sent(again)["embed"].title == "How much do medical coders make?"


@pytest.mark.parametrize(
    ("topic", "title", "bar", "source"),
    [
        ("salary", "Billers vs coders: Pay", "Coder   ████████████████ $21/h", "(2019)"),
        # The newest figures beside 2019's: each bar dated, each source named as quoted.
        (
            "then and now",
            "Billers and coders: then and now",
            "May 2024  ████████████████ $50,250/yr",
            "as quoted by",
        ),
    ],
)
async def test_compare_draws_bars_within_limits(cog, bot, topic, title, bar, source):
    interaction = fake_interaction(bot)
    await cog.compare.callback(cog, interaction, topic=topic)
    kwargs = sent(interaction)
    assert kwargs["embed"].title == title
    assert bar in kwargs["embed"].fields[0].value
    assert source in kwargs["embed"].footer.text
    assert_within_discord_limits(kwargs)


async def test_full_compare_fits(cog, bot):
    interaction = fake_interaction(bot)
    await cog.compare.callback(cog, interaction, topic=None)
    kwargs = sent(interaction)
    assert len(kwargs["embed"].fields) >= 12
    assert_within_discord_limits(kwargs)


async def test_autocomplete_is_capped_and_relevant(cog, bot):
    interaction = fake_interaction(bot)
    choices = await cog.ask_autocomplete(interaction, "")
    assert len(choices) == 25
    choices = await cog.ask_autocomplete(interaction, "salary")
    assert choices and "make" in choices[0].name
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in choices)
    topics = await cog.compare_autocomplete(interaction, "pa")
    assert [c.value for c in topics] == ["pay"]
    assert len(await cog.compare_autocomplete(interaction, "")) <= 25


async def test_help_is_private(cog, bot):
    interaction = fake_interaction(bot)
    await cog.help.callback(cog, interaction)
    kwargs = sent(interaction)
    assert kwargs["ephemeral"] is True and "/quiz" in kwargs["embed"].description


# --- the quiz, by clicking -----------------------------------------------------------------------

PATHS = {
    "billing": [0, 0, 1, 0, 0, 0, 1, 0, 0, 0],
    "coding": [1, 1, 0, 1, 1, 1, 0, 1, 1, 1],
    "both": [2, 2, 0, 2, 2, 2, 2, 2, 0, 2],
    "not-a-fit": [3, 3, 2, 3, 3, 3, 3, 3, 2, 3],
}


@pytest.mark.parametrize("outcome", PATHS)
async def test_quiz_played_to_each_outcome_by_clicking(cog, bot, advisor: Advisor, outcome: str):
    interaction = fake_interaction(bot)
    await cog.quiz.callback(cog, interaction)
    kwargs = sent(interaction)
    assert kwargs["ephemeral"] is True
    for step, pick in enumerate(PATHS[outcome], start=1):
        assert f"Question {step} of 10" in kwargs["embed"].description
        assert_within_discord_limits(kwargs)
        answers = [cid for cid in custom_ids(kwargs) if cid.startswith("quiz:a:")]
        pressed = await click(bot, answers[pick])
        kwargs = sent(pressed, "edit_message")  # the same message, edited in place
    assert kwargs["embed"].title == advisor.content.quiz.outcomes[outcome].title
    share = next(cid for cid in custom_ids(kwargs) if cid.startswith("quiz:s:"))
    shared = sent(await click(bot, share))
    assert shared["ephemeral"] is False
    assert shared["content"] == "Sam shared their quiz result:"
    assert "What pointed this way" not in json.dumps(shared["embed"].to_dict())
    assert shared["allowed_mentions"].everyone is False


async def test_back_restart_cancel_buttons(cog, bot):
    interaction = fake_interaction(bot)
    await cog.quiz.callback(cog, interaction)
    first = sent(interaction)
    second = sent(await click(bot, custom_ids(first)[0]), "edit_message")
    ids = custom_ids(second)
    back = sent(await click(bot, next(i for i in ids if i.startswith("quiz:b:"))), "edit_message")
    assert back["embed"].description == first["embed"].description
    restart = sent(await click(bot, next(i for i in ids if i.startswith("quiz:r:"))), "edit_message")
    assert "Question 1 of 10" in restart["embed"].description
    cancel = sent(await click(bot, next(i for i in ids if i.startswith("quiz:c:"))), "edit_message")
    assert cancel["embed"].title == "Quiz cancelled" and not cancel["view"].children


async def test_a_restarted_bot_continues_a_quiz(cog, bot, advisor: Advisor):
    interaction = fake_interaction(bot)
    await cog.quiz.callback(cog, interaction)
    minted = custom_ids(sent(interaction))[2]
    fresh = make_bot(Advisor.load(CONTENT))  # a new process, new objects, nothing shared
    kwargs = sent(await click(fresh, minted), "edit_message")
    assert "Question 2 of 10" in kwargs["embed"].description


@pytest.mark.parametrize(
    "custom_id",
    ["quiz:a:1-0123-zzzz", "quiz:a:9-0-pjtj", "quiz:x:1-0-pjtj", "quiz:a:1-99999999999999-abcd", "faq:nope"],
)
async def test_forged_or_stale_buttons_expire_politely(bot, custom_id: str):
    kwargs = sent(await click(bot, custom_id))
    assert kwargs["ephemeral"] is True
    assert kwargs["embed"].description in (EXPIRED_TEXT, "It may be from an older version of me. Try /help.")


# --- mentions, cooldown, errors -------------------------------------------------------------------


def fake_message(bot, content: str, *, dm: bool = False, mention_bot: bool = True, author_bot: bool = False):
    message = create_autospec(discord.Message, instance=True)
    message.content = content
    message.author = create_autospec(discord.Member, instance=True)
    message.author.bot = author_bot
    message.author.id = 7
    message.channel = create_autospec(discord.DMChannel if dm else discord.TextChannel, instance=True)
    message.mentions = [bot.user] if mention_bot else []
    return message


@pytest.fixture
def bot_user(bot):
    user = create_autospec(discord.ClientUser, instance=True)
    user.id = 999
    bot._connection.user = user
    return user


async def test_mention_answers_in_a_reply(cog, bot, bot_user):
    message = fake_message(bot, "<@999> can i work from home? @everyone")
    await cog.on_message(message)
    message.reply.assert_awaited_once()
    kwargs = message.reply.await_args.kwargs
    assert kwargs["embed"].title == "Can I work from home as a biller or coder?"
    assert kwargs["mention_author"] is False
    assert kwargs["allowed_mentions"].everyone is False


async def test_dm_answers_without_a_mention(cog, bot, bot_user):
    message = fake_message(bot, "how long is training", dm=True, mention_bot=False)
    await cog.on_message(message)
    assert message.reply.await_args.kwargs["embed"].title == "How long does the training take?"


async def test_other_messages_and_bots_are_ignored(cog, bot, bot_user):
    unmentioned = fake_message(bot, "how much do coders make", mention_bot=False)
    from_bot = fake_message(bot, "<@999> hi", author_bot=True)
    await cog.on_message(unmentioned)
    await cog.on_message(from_bot)
    unmentioned.reply.assert_not_awaited()
    from_bot.reply.assert_not_awaited()


async def test_cooldown_is_polite_and_per_user(cog, bot, clock: Clock):
    for _ in range(5):
        interaction = fake_interaction(bot, user_id=1)
        await cog.ask.callback(cog, interaction, question="wfh?")
        assert sent(interaction)["embed"].title != "One moment, please"
    blocked = fake_interaction(bot, user_id=1)
    await cog.ask.callback(cog, blocked, question="wfh?")
    notice = sent(blocked)
    assert notice["embed"].title == "One moment, please" and notice["ephemeral"] is True
    other = fake_interaction(bot, user_id=2)
    await cog.ask.callback(cog, other, question="wfh?")
    assert sent(other)["embed"].title != "One moment, please"
    clock.now += 31
    later = fake_interaction(bot, user_id=1)
    await cog.ask.callback(cog, later, question="wfh?")
    assert sent(later)["embed"].title != "One moment, please"


async def test_error_handler_apologises_with_a_reference(cog, bot, caplog):
    interaction = fake_interaction(bot)
    error = discord.app_commands.CommandInvokeError(cog.ask, RuntimeError("token=abc.def boom"))
    with caplog.at_level(logging.ERROR, logger="advisor.discord"):
        await cog.on_app_command_error(interaction, error)
    kwargs = sent(interaction)
    assert kwargs["ephemeral"] is True
    assert "Error reference:" in kwargs["embed"].description
    assert "boom" not in kwargs["embed"].description
    ref = kwargs["embed"].description.split("Error reference: ")[1].rstrip(")")
    assert ref in caplog.text


async def test_error_after_responding_uses_followup(cog, bot):
    interaction = fake_interaction(bot)
    interaction.response.is_done.return_value = True
    await cog.on_app_command_error(interaction, discord.app_commands.AppCommandError("x"))
    interaction.followup.send.assert_awaited_once()
    assert interaction.followup.send.await_args.kwargs["ephemeral"] is True


# --- payloads ----------------------------------------------------------------------------------


def test_preview_prints_a_valid_payload():
    run = subprocess.run(
        [ADVISOR_BIN, "preview", "discord", "/compare", "pay"], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    payload = json.loads(run.stdout)
    assert payload["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert payload["embeds"][0]["title"] == "Billers vs coders: Pay"
    assert payload["components"][0]["components"][0]["custom_id"] == "cmp:all"


def test_every_reachable_reply_renders_within_limits(advisor: Advisor):
    from tests.test_reply import reachable

    for reply in reachable(advisor):
        payload = render.payload(reply)
        embed = payload["embeds"][0]
        assert render._size(embed) <= 6000
        assert len(embed.get("fields", [])) <= 25
        for row in payload["components"]:
            assert len(row["components"]) <= 5
        assert len(payload["components"]) <= 5


def test_shards_switch_to_the_auto_sharded_client(advisor: Advisor):
    from discord.ext import commands

    assert not isinstance(make_bot(advisor), commands.AutoShardedBot)
    auto = make_bot(advisor, "auto")
    assert isinstance(auto, commands.AutoShardedBot) and auto.shard_count is None
    assert make_bot(advisor, "4").shard_count == 4


def test_discord_command_needs_a_token():
    run = subprocess.run(
        [ADVISOR_BIN, "discord"], capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"}
    )
    assert run.returncode == 2
    assert "DISCORD_TOKEN is not set" in run.stderr


async def test_mention_flood_gets_one_polite_notice(cog, bot, bot_user, clock: Clock):
    replies = []
    for _ in range(8):
        message = fake_message(bot, "<@999> wfh?")
        await cog.on_message(message)
        replies.append(message.reply.await_args.kwargs["embed"].title if message.reply.await_count else None)
    assert replies[:5] == ["Can I work from home as a biller or coder?"] * 5
    assert replies[5] == "One moment, please"
    assert replies[6:] == [None, None]
    clock.now += 31
    message = fake_message(bot, "<@999> wfh?")
    await cog.on_message(message)
    assert message.reply.await_args.kwargs["embed"].title == "Can I work from home as a biller or coder?"


# --- insights, settings and answer channels --------------------------------------------------------


@pytest.fixture
def stored(tmp_path, clock: Clock):
    from core.insights import Insights
    from core.store import SqliteStore

    store = SqliteStore(tmp_path / "advisor.db")
    insights = Insights(store, store.salt())
    advisor = Advisor(Advisor.load(CONTENT).content, insights)
    bot = make_bot(advisor)
    yield bot, AdvisorCog(bot, advisor, Cooldown(rate=5, per=30.0, clock=clock))
    insights.close()


def in_guild(interaction, guild: int = 555, channel: int = 777):
    interaction.guild_id = guild
    interaction.channel_id = channel
    return interaction


async def test_votes_and_insights_per_server(stored):
    bot, cog = stored
    asker = in_guild(fake_interaction(bot))
    await cog.ask.callback(cog, asker, question="how much do coders make")
    votes = [cid for cid in custom_ids(sent(asker)) if cid.startswith("vote:")]
    assert votes == ["vote:coder-pay:1", "vote:coder-pay:0"]
    for user in (1, 2, 2):  # user 2 clicks twice: one vote
        voter = fake_interaction(bot, user_id=user)
        in_guild(voter)
        match = ACTION_TEMPLATE.fullmatch(votes[0])
        item = await ActionButton.from_custom_id(voter, discord.ui.Button(custom_id=votes[0]), match)
        await item.callback(voter)
        assert sent(voter)["embed"].title == "Thanks for the feedback"
    cog.advisor.insights.recorder.flush()
    assert cog.advisor.insights.store.report("discord:555").helpfulness == {"coder-pay": (2, 0)}


async def test_vote_buttons_are_dynamic_items_too(stored):
    bot, cog = stored
    interaction = in_guild(fake_interaction(bot))
    from bots.discord.buttons import press

    await press(interaction, "vote:coder-pay:0")
    thanks = sent(interaction)
    assert thanks["embed"].title == "Thanks for the feedback" and thanks["ephemeral"] is True
    admin = in_guild(fake_interaction(bot, user_id=9))
    await cog.insights.callback(cog, admin)
    report = sent(admin)
    assert report["ephemeral"] is True
    assert "👎 1" in json.dumps(report["embed"].to_dict(), ensure_ascii=False)
    elsewhere = in_guild(fake_interaction(bot, user_id=9), guild=556)
    await cog.insights.callback(cog, elsewhere)
    assert "Nothing recorded yet" in sent(elsewhere)["embed"].description


async def test_settings_and_answer_channels(stored):
    bot, cog = stored
    user = create_autospec(discord.ClientUser, instance=True)
    user.id = 999
    bot._connection.user = user
    admin = in_guild(fake_interaction(bot))
    await cog.settings.callback(cog, admin, share_results=False, answer_here=True)
    shown = sent(admin)["embed"]
    assert shown.title == "Advisor settings (saved)"
    assert "<#777>" in shown.fields[1].value
    guild = create_autospec(discord.Guild, instance=True)
    guild.id = 555

    def channel_message(content: str, channel_id: int = 777):
        message = fake_message(bot, content, mention_bot=False)
        message.guild = guild
        message.channel.id = channel_id
        return message

    confident = channel_message("how much do medical coders make")
    await cog.on_message(confident)
    assert confident.reply.await_args.kwargs["embed"].title == "How much do medical coders make?"
    unsure = channel_message("is coding stressful")
    await cog.on_message(unsure)
    unsure.reply.assert_not_awaited()  # unprompted, it speaks only when sure
    other_channel = channel_message("how much do medical coders make", channel_id=778)
    await cog.on_message(other_channel)
    other_channel.reply.assert_not_awaited()


def test_message_content_intent_is_opt_in(advisor: Advisor, monkeypatch):
    assert make_bot(advisor).intents.message_content is False
    monkeypatch.setenv("DISCORD_MESSAGE_CONTENT", "true")
    assert make_bot(advisor).intents.message_content is True


def test_shard_ranges_per_process(advisor: Advisor):
    from bots.discord.bot import parse_shard_ids

    assert parse_shard_ids("0-3") == [0, 1, 2, 3]
    assert parse_shard_ids("0,2, 5-6") == [0, 2, 5, 6]
    bot = make_bot(advisor, shard_ids="4-7", shard_count="8")
    assert bot.shard_ids == [4, 5, 6, 7] and bot.shard_count == 8
    with pytest.raises(ValueError, match="DISCORD_SHARD_COUNT"):
        make_bot(advisor, shard_ids="0-3")
    with pytest.raises(ValueError, match="below"):
        make_bot(advisor, shard_ids="0-8", shard_count="8")
