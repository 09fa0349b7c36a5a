"""Figures referred to from content text: '{coder-hourly-2019}' becomes '$21'.

Each figure lives once in content/figures.yaml with its source and date, so updating it is a
one-line change and every answer and comparison row that shows it changes together.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol

# '{id}' shows the value; '{id:when}' shows the date or period it describes ('May 2024').
REFERENCE = re.compile(r"\{([a-z0-9]+(?:-[a-z0-9]+)*)(?::(when))?\}")
# Money and percentages written straight into text would escape an update of figures.yaml.
WRITTEN_OUT = re.compile(r"\$\s?\d|\d\s?(%|percent\b)")
BRACE = re.compile(r"[{}]")


class FigureLike(Protocol):
    @property
    def value(self) -> float | tuple[float, float]: ...
    @property
    def unit(self) -> str: ...
    @property
    def as_of(self) -> str: ...


class UnknownFigure(ValueError):
    """A reference names no figure."""


def shown(figure: FigureLike) -> str:
    """The value as a reader sees it: '$43,000', '7%', '81.7 million', '4–24'."""
    value = figure.value
    if isinstance(value, tuple):
        return "–".join(_unit(figure.unit, v) for v in value)
    return _unit(figure.unit, value)


def render(text: str, figures: Mapping[str, FigureLike]) -> tuple[str, tuple[str, ...]]:
    """The text with every reference replaced, and the ids it referred to, in order."""
    used: list[str] = []

    def replace(match: re.Match[str]) -> str:
        figure_id, part = match.group(1), match.group(2)
        figure = figures.get(figure_id)
        if figure is None:
            raise UnknownFigure(f"'{{{figure_id}}}' names no figure in figures.yaml")
        used.append(figure_id)
        return figure.as_of if part == "when" else shown(figure)

    return REFERENCE.sub(replace, text), tuple(dict.fromkeys(used))


def written_out(text: str) -> str | None:
    """A money or percentage figure typed into the text instead of referred to, or a brace that
    is no reference ('{records- growth}' broken over a line), if any."""
    bare = REFERENCE.sub("", text)
    found = WRITTEN_OUT.search(bare) or BRACE.search(bare)
    if found is None:
        return None
    start = max(0, found.start() - 12)
    return bare[start : found.end() + 12].strip()


def _unit(unit: str, value: float) -> str:
    if unit == "usd":
        # Cents stay as printed ('$21.20'), whole dollars without them.
        return f"${value:,.0f}" if value == int(value) else f"${value:,.2f}"
    number = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit == "percent":
        return f"{number}%"
    if unit == "million":
        return f"{number} million"
    return number
