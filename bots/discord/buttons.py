"""Every button the advisor sends is one DynamicItem: its custom_id is the core action id.

Because the whole state (a quiz's answers, an FAQ id) rides in the custom_id, a click is
understood by any process, after any restart, on any shard, with no storage.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from bots.discord import render
from core.insights import Who

if TYPE_CHECKING:
    from core.advisor import Advisor
    from core.reply import Reply

ACTION_TEMPLATE = re.compile(r"(?P<action>(?:quiz|faq|cmp|cmd|vote):[A-Za-z0-9:._-]{1,96})")


class ActionButton(discord.ui.DynamicItem[discord.ui.Button], template=ACTION_TEMPLATE):
    """A button whose custom_id is an advisor action; pressing it asks the advisor what next."""

    def __init__(self, action: str, label: str = "…", style: int = 2, row: int | None = None) -> None:
        button = discord.ui.Button(label=label, style=discord.ButtonStyle(style), custom_id=action, row=row)
        super().__init__(button)
        self.action = action

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> ActionButton:
        return cls(match["action"], label=item.label or "…", style=item.style.value)

    async def callback(self, interaction: discord.Interaction) -> None:
        await press(interaction, self.action)


async def press(interaction: discord.Interaction, action: str) -> None:
    """Answer a click: quiz steps edit their message, anything else sends a new one."""
    advisor: Advisor = interaction.client.advisor  # type: ignore[attr-defined]
    asker = Who("discord", str(interaction.guild_id or "dm"), str(interaction.user.id))
    reply = advisor.handle_action(action, asker)
    if advisor.updates_in_place(action):
        await interaction.response.edit_message(**message_kwargs(reply, editing=True))
    elif advisor.is_share(action) and reply.kind == "result":
        # A shared quiz result: public, naming who shared it, pinging nobody.
        who = discord.utils.escape_mentions(discord.utils.escape_markdown(interaction.user.display_name))
        await interaction.response.send_message(
            content=f"{who} shared their quiz result:", **message_kwargs(reply)
        )
    else:
        # Anything else a button opens is for the person who pressed it.
        await interaction.response.send_message(**message_kwargs(reply.with_(private=True)))


def view(reply: Reply) -> discord.ui.View | None:
    """The reply's buttons as a View that never times out (each button is an ActionButton)."""
    rows = render.components(reply)
    if not rows:
        return None
    out = discord.ui.View(timeout=None)
    for row_index, row in enumerate(rows):
        for button in row["components"]:
            out.add_item(ActionButton(button["custom_id"], button["label"], button["style"], row=row_index))
    return out


def message_kwargs(reply: Reply, editing: bool = False) -> dict[str, Any]:
    """Keyword arguments for send_message / edit_message / Messageable.send."""
    kwargs: dict[str, Any] = {
        "embed": discord.Embed.from_dict(render.embed(reply)),
        "view": view(reply),
        "allowed_mentions": discord.AllowedMentions.none(),
    }
    if editing:
        kwargs.pop("allowed_mentions")  # edits of an interaction message take no mention rules
        kwargs["view"] = kwargs["view"] or discord.ui.View(timeout=None)  # clears old buttons
    else:
        kwargs["ephemeral"] = reply.private
    return kwargs
