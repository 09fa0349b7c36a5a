"""The slash commands and mentions, registered from core's one declaration of commands."""

from __future__ import annotations

import logging
import re
import secrets
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bots.discord.buttons import message_kwargs
from core.commands import ADMIN, command
from core.cooldown import Cooldown
from core.insights import Who
from core.reply import Reply

if TYPE_CHECKING:
    from core.advisor import Advisor

log = logging.getLogger("advisor.discord")

ASK, COMPARE, QUIZ, HELP = (command(n) for n in ("ask", "compare", "quiz", "help"))
_MENTION = re.compile(r"<@[!&]?\d+>|<#\d+>|@everyone|@here")
AUTOCOMPLETE_MAX = 25


def _option(cmd_name: str, option: str) -> str:
    return next(o.description for o in command(cmd_name).options if o.name == option)


class AdvisorCog(commands.Cog):
    """/ask, /compare, /quiz, /help and @mentions, each a thin call into the core Advisor."""

    def __init__(self, bot: commands.Bot, advisor: Advisor, cooldown: Cooldown | None = None) -> None:
        self.bot = bot
        self.advisor = advisor
        self.cooldown = cooldown or Cooldown(rate=5, per=30.0)
        self._warned: dict[int, float] = {}  # user id -> until when they have been told to wait

    async def cog_load(self) -> None:
        self.bot.tree.on_error = self.on_app_command_error

    # --- slash commands --------------------------------------------------------------------

    @app_commands.command(name=ASK.name, description=ASK.description)
    @app_commands.describe(question=_option("ask", "question"))
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 2000]) -> None:
        if await self._cooling_down(interaction):
            return
        await self._send(interaction, self.advisor.ask(question, who(interaction)))

    @ask.autocomplete("question")
    async def ask_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [
            app_commands.Choice(name=question[:100], value=question[:100])
            for question, _ in self.advisor.suggest_questions(current, AUTOCOMPLETE_MAX)
        ]

    @app_commands.command(name=COMPARE.name, description=COMPARE.description)
    @app_commands.describe(topic=_option("compare", "topic"))
    async def compare(self, interaction: discord.Interaction, topic: str | None = None) -> None:
        await self._send(interaction, self.advisor.compare(topic))

    @compare.autocomplete("topic")
    async def compare_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        wanted = current.lower().strip()
        topics = self.advisor.compare_topics()
        matches = [(label, topic) for label, topic in topics if wanted in label.lower() or wanted in topic]
        return [app_commands.Choice(name=label, value=topic) for label, topic in matches[:AUTOCOMPLETE_MAX]]

    @app_commands.command(name=QUIZ.name, description=QUIZ.description)
    async def quiz(self, interaction: discord.Interaction) -> None:
        await self._send(interaction, self.advisor.quiz_start())

    @app_commands.command(name=HELP.name, description=HELP.description)
    async def help(self, interaction: discord.Interaction) -> None:
        await self._send(interaction, self.advisor.help())

    # --- /advisor (admins) ------------------------------------------------------------------

    admin = app_commands.Group(
        name=ADMIN.name,
        description=ADMIN.description,
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    @admin.command(name="insights", description=ADMIN.options[0].description)
    async def insights(self, interaction: discord.Interaction) -> None:
        await self._send(interaction, self.advisor.insights_reply(who(interaction)))

    @admin.command(name="settings", description=ADMIN.options[1].description[:100])
    @app_commands.describe(
        share_results="May members post their quiz result in the channel?",
        answer_here="Answer plain questions in this channel without a mention (needs message content)",
    )
    async def settings(
        self,
        interaction: discord.Interaction,
        share_results: bool | None = None,
        answer_here: bool | None = None,
    ) -> None:
        reply = self.advisor.settings_reply(
            who(interaction), share_results, answer_here=str(interaction.channel_id), answer=answer_here
        )
        await self._send(interaction, reply)

    # --- mentions, DMs and answer channels ----------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """'@advisor question' in a channel, or any message in a DM, gets an answer in reply; so
        does a plain question in a channel the admins chose, when the advisor is sure."""
        me = self.bot.user
        if message.author.bot or me is None:
            return
        is_dm = isinstance(message.channel, discord.DMChannel)
        if not is_dm and me not in message.mentions:
            await self._maybe_answer_in_channel(message)
            return
        wait = self.cooldown.hit(message.author.id)
        if wait:
            # Say so once per wait; answering every message of a flood would be spam of its own.
            if self._warned.get(message.author.id, 0.0) > self.cooldown.clock():
                return
            self._warned[message.author.id] = self.cooldown.clock() + wait
            reply = _slow_down(wait)
        else:
            reply = self.advisor.ask(_MENTION.sub(" ", message.content).strip(), message_who(message))
        kwargs = message_kwargs(reply)
        kwargs.pop("ephemeral")
        await message.reply(mention_author=False, **kwargs)

    async def _maybe_answer_in_channel(self, message: discord.Message) -> None:
        if not (self.advisor.insights and message.guild and message.content):
            return  # message.content is empty without the privileged message-content intent
        asker = message_who(message)
        if str(message.channel.id) not in self.advisor.insights.settings(asker).answer_channels:
            return
        question = _MENTION.sub(" ", message.content).strip()
        if not self.advisor.ask_result(question).sure:
            return  # unprompted, the advisor speaks only when it is sure
        if self.cooldown.hit(message.author.id):
            return
        kwargs = message_kwargs(self.advisor.ask(question, asker))
        kwargs.pop("ephemeral")
        await message.reply(mention_author=False, **kwargs)

    # --- shared ----------------------------------------------------------------------------

    async def _send(self, interaction: discord.Interaction, reply: Reply) -> None:
        await interaction.response.send_message(**message_kwargs(reply))

    async def _cooling_down(self, interaction: discord.Interaction) -> bool:
        wait = self.cooldown.hit(interaction.user.id)
        if not wait:
            return False
        await self._send(interaction, _slow_down(wait))
        return True

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        """One handler for the tree: a short apology with a reference; the traceback goes to the log."""
        ref = secrets.token_hex(3)
        log.error("command failed (ref %s)", ref, exc_info=error)
        apology = Reply(
            kind="notice",
            title="Sorry, something went wrong",
            text=f"That didn't work on my side. Please try again. (Error reference: {ref})",
            private=True,
        )
        kwargs = message_kwargs(apology)
        if interaction.response.is_done():
            await interaction.followup.send(**{k: v for k, v in kwargs.items() if v is not None})
        else:
            await interaction.response.send_message(**kwargs)


def _slow_down(wait: float) -> Reply:
    return Reply(
        kind="notice",
        title="One moment, please",
        text=f"You're asking faster than I can keep up. Try again in {max(1, round(wait))} seconds.",
        private=True,
    )


def who(interaction: discord.Interaction) -> Who:
    """Who is asking, for the insights: the server (or "dm") and the user."""
    return Who("discord", str(interaction.guild_id or "dm"), str(interaction.user.id))


def message_who(message: discord.Message) -> Who:
    return Who("discord", str(message.guild.id) if message.guild else "dm", str(message.author.id))
