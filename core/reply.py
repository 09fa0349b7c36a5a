"""The platform-neutral reply every command returns and every adapter renders.

A Reply is plain data: markdown-free text, fields, bar charts, buttons and a source line. It
trims itself to the strictest platform limit on construction, so no adapter can overflow.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from core import limits

Kind = Literal["answer", "suggest", "fallback", "compare", "quiz", "result", "help", "expired", "notice"]
Style = Literal["primary", "secondary", "danger", "success"]

ELLIPSIS = "…"
TRIMMED_NOTE = "(Shortened to fit the chat.)"


def clip(text: str, limit: int) -> str:
    """text cut at a word boundary to at most limit characters, ending in an ellipsis if cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + ELLIPSIS


@dataclass(frozen=True)
class Field:
    """A named block of text: an embed field on Discord, a section on Slack."""

    name: str
    value: str
    inline: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clip(self.name, limits.FIELD_NAME) or "-")
        object.__setattr__(self, "value", clip(self.value, limits.FIELD_VALUE) or "-")


@dataclass(frozen=True)
class Bar:
    """One row of a bar chart: a label, the drawn bar and the figure it stands for."""

    label: str
    bar: str
    figure: str


@dataclass(frozen=True)
class Chart:
    """A small bar chart (billers vs coders on one figure)."""

    title: str
    rows: tuple[Bar, ...]

    def size(self) -> int:
        """Characters it takes once rendered (title, lines, code fences)."""
        return len(self.title) + sum(len(line) + 1 for line in self.lines()) + 8

    def lines(self) -> list[str]:
        width = max(len(r.label) for r in self.rows) if self.rows else 0
        return [f"{r.label.ljust(width)}  {r.bar} {r.figure}" for r in self.rows]


@dataclass(frozen=True)
class Choice:
    """A button: what it says and the action id the adapter sends back when it is pressed."""

    label: str
    action: str
    style: Style = "secondary"
    row: int = 0  # adapters lay buttons out row by row (at most 5 a row on Discord)

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", clip(self.label, limits.BUTTON_LABEL))
        if len(self.action) > limits.ACTION_ID:
            raise ValueError(f"action id over {limits.ACTION_ID} characters: {self.action[:20]}…")


@dataclass(frozen=True)
class Reply:
    """Everything one message shows. Build it with keyword arguments; it trims itself."""

    kind: Kind
    title: str = ""
    text: str = ""
    fields: tuple[Field, ...] = ()
    charts: tuple[Chart, ...] = ()
    choices: tuple[Choice, ...] = ()
    choices_label: str = ""  # a short heading for the buttons, such as "Related"
    footer: str = ""
    private: bool = False  # ephemeral where the platform allows it
    trimmed: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        trimmed = self.trimmed
        title = clip(self.title, limits.TITLE)
        text = clip(self.text, limits.TEXT - len(TRIMMED_NOTE) - 2)
        trimmed |= text != self.text.strip() or title != self.title.strip()
        fields = self.fields[: limits.FIELDS]
        charts = self.charts[: limits.FIELDS - len(fields)]
        choices = self.choices[: limits.CHOICES]
        trimmed |= len(fields) < len(self.fields) or len(choices) < len(self.choices)
        # Discord counts title, description, fields and footer together against 6,000.
        budget = limits.TOTAL - len(title) - len(text) - len(TRIMMED_NOTE) - 2
        budget -= min(len(self.footer), limits.FOOTER)
        budget -= sum(c.size() for c in charts)
        kept: list[Field] = []
        for f in fields:
            size = len(f.name) + len(f.value)
            if size > budget:
                trimmed = True
                break
            kept.append(f)
            budget -= size
        if trimmed:
            text = f"{text}\n\n{TRIMMED_NOTE}".strip()
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "fields", tuple(kept))
        object.__setattr__(self, "charts", charts)
        object.__setattr__(self, "choices", choices)
        object.__setattr__(self, "footer", clip(self.footer, limits.FOOTER))
        object.__setattr__(self, "trimmed", trimmed)

    def with_(self, **changes: object) -> Reply:
        """A copy with some parts changed (trimmed again)."""
        return replace(self, **changes)  # type: ignore[arg-type]
