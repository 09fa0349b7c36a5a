"""The billers-vs-coders comparison: the whole table, or one topic, with numbers as text bars."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from core.content import THEN_AND_NOW, Change, Comparison, Dimension, Figure, Numbers
from core.figures import shown
from core.reply import Bar, Chart
from core.text import normalize, stem

BAR_WIDTH = 16
FULL, LIGHT = "█", "░"
ROLE_LABELS = {"billing": "Biller", "coding": "Coder"}


@dataclass(frozen=True)
class Topic:
    """A comparison topic ("pay") and the dimensions it shows (hourly and yearly pay)."""

    id: str
    label: str
    dimensions: tuple[Dimension, ...]


class ComparisonTable:
    """Finds comparison topics by the words people use and draws their numbers."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        grouped: dict[str, list[Dimension]] = {}
        for dim in comparison.dimensions:
            grouped.setdefault(dim.topic, []).append(dim)
        self.topics = {
            topic: Topic(topic, dims[0].label if len(dims) == 1 else topic.capitalize(), tuple(dims))
            for topic, dims in grouped.items()
        }
        named = [(dim.topic, (dim.id, dim.topic, dim.label, *dim.aliases)) for dim in comparison.dimensions]
        if comparison.then_and_now is not None:
            self.topics[THEN_AND_NOW] = Topic(THEN_AND_NOW, comparison.then_and_now.label, ())
            named.append(
                (
                    THEN_AND_NOW,
                    (THEN_AND_NOW, comparison.then_and_now.label, *comparison.then_and_now.aliases),
                )
            )
        self._keys: dict[str, str] = {}
        for topic, keys in named:
            for key in keys:
                self._keys.setdefault(normalize(key), topic)
                self._keys.setdefault(_stems(key), topic)

    def find(self, words: str) -> Topic | None:
        """The topic these words name ("pay", "salary", "money" all reach pay), or None."""
        key = normalize(words)
        if not key:
            return None
        topic = self._keys.get(key) or self._keys.get(_stems(key))
        if topic is None:
            close = difflib.get_close_matches(key, list(self._keys), n=1, cutoff=0.8)
            topic = self._keys[close[0]] if close else self._by_overlap(key)
        return self.topics.get(topic) if topic else None

    def _by_overlap(self, key: str) -> str | None:
        wanted = set(_stems(key).split())
        best, best_topic = 0, None
        for known, topic in self._keys.items():
            overlap = len(wanted & set(known.split()))
            if overlap > best:
                best, best_topic = overlap, topic
        return best_topic


def chart(dim: Dimension) -> Chart | None:
    """Billers and coders on the dimension's numbers, as text bars; None if it has none."""
    if dim.numbers is None:
        return None
    numbers = dim.numbers
    top = max(_high(numbers.billing), _high(numbers.coding)) or 1
    rows = tuple(
        Bar(ROLE_LABELS[role], _bar(value, top), _figure(value, numbers))
        for role, value in (("billing", numbers.billing), ("coding", numbers.coding))
    )
    return Chart(dim.label, rows)


def change_chart(change: Change, figures: dict[str, Figure]) -> Chart | None:
    """The 2019 figure and the newest one as two bars, each labelled with its date."""
    if change.numbers is None:
        return None
    numbers = change.numbers
    then, now = figures[numbers.then], figures[numbers.now]
    top = max(_high(then.value), _high(now.value)) or 1
    rows = tuple(
        Bar(figure.as_of, _bar(figure.value, top), f"{shown(figure)}{numbers.suffix}")
        for figure in (then, now)
    )
    return Chart(change.label, rows)


def _high(value: float | tuple[float, float]) -> float:
    return value[1] if isinstance(value, tuple) else value


def _bar(value: float | tuple[float, float], top: float) -> str:
    low, high = value if isinstance(value, tuple) else (value, value)
    solid = max(1, round(low / top * BAR_WIDTH))
    light = max(0, round(high / top * BAR_WIDTH) - solid)
    return FULL * solid + LIGHT * light


def _figure(value: float | tuple[float, float], numbers: Numbers) -> str:
    if isinstance(value, tuple):
        return f"{numbers.prefix}{_num(value[0])}–{_num(value[1])}{numbers.suffix}"
    return f"{numbers.prefix}{_num(value)}{numbers.suffix}"


def _num(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def _stems(text: str) -> str:
    return " ".join(stem(w) for w in normalize(text).split())
