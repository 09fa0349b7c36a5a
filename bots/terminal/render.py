"""Render a core Reply as plain terminal text, with numbered buttons."""

from __future__ import annotations

import textwrap

from core.reply import Choice, Reply

WIDTH = 78
# Quiz controls get letters instead of numbers, as the terminal chat's help says.
CONTROL_KEYS = {"Back": "b", "Restart": "r", "Cancel": "q"}


def keyed_choices(reply: Reply) -> dict[str, Choice]:
    """The key a user types for each button: 1, 2, 3… and b/r/q for quiz controls."""
    keys: dict[str, Choice] = {}
    number = 0
    for choice in reply.choices:
        key = CONTROL_KEYS.get(choice.label) if reply.kind == "quiz" else None
        if key is None:
            number += 1
            key = str(number)
        keys[key] = choice
    return keys


def render(reply: Reply) -> str:
    """The reply as it appears in the terminal chat."""
    out: list[str] = []
    if reply.title:
        out += [reply.title, "─" * min(len(reply.title), WIDTH)]
    if reply.text:
        for paragraph in reply.text.split("\n"):
            out += textwrap.wrap(paragraph, WIDTH) or [""]
    for chart in reply.charts:
        out += ["", chart.title, *(f"  {line}" for line in chart.lines())]
    for field in reply.fields:
        out += ["", field.name if field.name.endswith(("?", ":", "!")) else f"{field.name}:"]
        for line in field.value.split("\n"):
            out += textwrap.wrap(line, WIDTH, initial_indent="  ", subsequent_indent="    ")
    if reply.choices:
        out.append("")
        if reply.choices_label:
            out.append(f"{reply.choices_label}:")
        for key, choice in keyed_choices(reply).items():
            label = choice.label
            if key.isdigit() and reply.kind == "quiz":
                label = label.split(". ", 1)[-1]
            out.append(f"  [{key}] {label}")
    if reply.footer:
        out += ["", reply.footer]
    return "\n".join(out).rstrip() + "\n"
