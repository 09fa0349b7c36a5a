"""The one declaration of the advisor's commands; every adapter registers from it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CommandOption:
    """An option of a slash command (Discord option, Slack command text)."""

    name: str
    description: str
    required: bool = False
    autocomplete: bool = False
    max_length: int = 2000


@dataclass(frozen=True)
class Command:
    """A slash command: name, one-line description (Discord allows 100), options."""

    name: str
    description: str
    options: tuple[CommandOption, ...] = ()
    usage: str = ""


COMMANDS: tuple[Command, ...] = (
    Command(
        "ask",
        "Ask about careers in medical billing or coding",
        (CommandOption("question", "What you want to know", required=True, autocomplete=True),),
        usage="/ask do coders make more than billers?",
    ),
    Command(
        "compare",
        "Billers and coders side by side, or on one topic",
        (CommandOption("topic", "One topic, such as pay or training", autocomplete=True, max_length=100),),
        usage="/compare pay",
    ),
    Command("quiz", "Ten questions: is billing or coding your fit?", usage="/quiz"),
    Command("help", "What this advisor can do", usage="/help"),
)


# For server admins only (Discord: Manage Server; Slack: workspace admins and owners).
ADMIN: Command = Command(
    "advisor",
    "Admin tools: what members ask, and this server's settings",
    (
        CommandOption("insights", "Top questions, unanswered ones, helpfulness and quiz outcomes"),
        CommandOption("settings", "Whether quiz results may be shared; channels answered without a mention"),
    ),
    usage="/advisor insights",
)


def command(name: str) -> Command:
    """The declared command with this name (KeyError if there is none)."""
    for cmd in COMMANDS:
        if cmd.name == name:
            return cmd
    raise KeyError(name)
