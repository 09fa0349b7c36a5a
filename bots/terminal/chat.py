"""The terminal chat: the whole advisor with no tokens, driven by stdin (a person or a pipe)."""

from __future__ import annotations

import sys
from typing import TextIO

from bots.terminal.render import keyed_choices, render
from core.advisor import Advisor
from core.commands import COMMANDS
from core.insights import Who
from core.reply import Reply

DECLARED = {f"/{c.name}" for c in COMMANDS}
YOU = Who("terminal", "local", "you")  # one person at the keyboard: follow-ups lean on their last answer

GREETING = (
    "Medical billing & coding career advisor. Ask a question, or try /compare pay, /quiz, /help.\n"
    "Type a number to press a button, /quit to leave.\n"
)
COMMANDS_HELP = (
    "Commands: /ask QUESTION (or just type it), /compare [TOPIC], /quiz, /help, /quit.\n"
    "In the quiz: answer with a number; b goes back, r restarts, q cancels.\n"
)


class TerminalChat:
    """One conversation. It remembers only the buttons on screen, never a session."""

    def __init__(self, advisor: Advisor, out: TextIO) -> None:
        self.advisor = advisor
        self.out = out
        self.screen: Reply | None = None

    def handle(self, line: str) -> bool:
        """Act on one line of input; False when the user asked to quit."""
        line = line.strip()
        if not line:
            return True
        command, _, rest = line.partition(" ")
        command = command.lower()
        keys = keyed_choices(self.screen) if self.screen else {}
        if command in ("/quit", "/exit"):
            return False
        if line.lower() in keys:
            reply = self.advisor.handle_action(keys[line.lower()].action, YOU)
        elif command in DECLARED:
            if command == "/help":
                self.out.write(COMMANDS_HELP)
            reply = self.advisor.command(command[1:], rest, YOU)
        elif command.startswith("/") and command[1:].isalpha():
            self.out.write(f"I don't know {command}. {COMMANDS_HELP}")
            return True
        elif self.screen is not None and self.screen.kind == "quiz" and len(line) <= 2:
            self.out.write("Answer with one of the numbers shown, or b, r or q.\n")
            return True
        else:
            reply = self.advisor.ask(line, YOU)
        self.show(reply)
        return True

    def show(self, reply: Reply) -> None:
        """Print a reply and keep its buttons for the next line."""
        self.screen = reply if reply.choices else None
        self.out.write("\n" + render(reply) + "\n")
        self.out.flush()


def run(advisor: Advisor, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout) -> int:
    """Chat until /quit or end of input; echoes input when it is piped, so transcripts read well."""
    chat = TerminalChat(advisor, out)
    interactive = stdin.isatty()
    out.write(GREETING)
    while True:
        if interactive:
            out.write("> ")
            out.flush()
        try:
            line = stdin.readline()
        except KeyboardInterrupt:
            out.write("\n")
            break
        if not line:
            break
        if not interactive:
            out.write(f"> {line.rstrip()}\n")
        if not chat.handle(line):
            break
    out.write("Bye! Good luck with your career choice.\n")
    return 0
