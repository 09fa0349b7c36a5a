"""A second opinion for when the matcher is unsure: which entry's phrasings, taken together, best
explain a question's words.

The matcher scores a question against each entry's single closest phrasing, so two entries with
one near phrasing each can tie. Here every phrasing of an entry counts (a Bernoulli naive Bayes over
its terms and pairs of neighbouring terms), which is how a reader weighs "is billing hard to
understand at first" when one phrasing says "hard" and sixty say "learn", "understand", "at first".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import pairwise

SMOOTHING = (
    0.3  # added to each term's count per entry: a term an entry never uses is unlikely, not impossible
)
DECISIVE = 0.9  # the share of belief one entry must hold for the second opinion to settle a tie
AGREEING = 0.7  # …or to confirm the matcher's own first choice, when it is the second opinion's too


def features(terms: list[str]) -> set[str]:
    """A question's terms and each pair of neighbouring ones ("hir hard": getting hired, not "hard" alone)."""
    return {*terms, *(f"{a} {b}" for a, b in pairwise(terms))}


class PhrasingEvidence:
    """Built once from each entry's phrasings (as term lists); answers in microseconds."""

    def __init__(self, phrasings: Mapping[str, Iterable[list[str]]]) -> None:
        counts: dict[str, Counter[str]] = {}
        sizes: dict[str, int] = {}
        for entry_id, term_lists in phrasings.items():
            seen: Counter[str] = Counter()
            size = 0
            for terms in term_lists:
                seen.update(features(terms))
                size += 1
            counts[entry_id], sizes[entry_id] = seen, size
        total = sum(sizes.values())
        self._entries = list(counts)
        # Per entry: its prior, and how unlikely a term it never uses is. That is judged as if every
        # entry had the typical number of phrasings: an entry with 12 phrasings has not had fewer
        # chances to use a word than one with 70, it is only newer, and must not win every question
        # whose words no entry uses because it was penalised less for each.
        typical = sorted(sizes.values())[len(sizes) // 2] if sizes else 1
        self._prior = {e: math.log(sizes[e] / total) for e in self._entries}
        self._absent = {e: math.log(SMOOTHING / (typical + 2 * SMOOTHING)) for e in self._entries}
        # Per feature: how much likelier each entry that uses it makes it than one that does not.
        self._lift: dict[str, dict[str, float]] = {}
        for entry_id, seen in counts.items():
            denominator = sizes[entry_id] + 2 * SMOOTHING
            absent = self._absent[entry_id]
            for feature, count in seen.items():
                lift = math.log((count + SMOOTHING) / denominator) - absent
                self._lift.setdefault(feature, {})[entry_id] = lift

    def beliefs(self, terms: list[str]) -> dict[str, float]:
        """Each entry's share of belief (summing to 1) that it answers a question of these terms."""
        known = [f for f in features(terms) if f in self._lift]
        logs = {e: self._prior[e] + len(known) * self._absent[e] for e in self._entries}
        for feature in known:
            for entry_id, lift in self._lift[feature].items():
                logs[entry_id] += lift
        top = max(logs.values())
        odds = {e: math.exp(v - top) for e, v in logs.items()}
        total = sum(odds.values())
        return {e: v / total for e, v in odds.items()}

    def agrees(self, terms: list[str], entry_id: str) -> bool:
        """Whether the question's words point to this entry first, with most of the belief."""
        beliefs = self.beliefs(terms)
        return max(beliefs, key=beliefs.__getitem__) == entry_id and beliefs[entry_id] >= AGREEING

    def decisive(self, terms: list[str], among: Iterable[str]) -> str | None:
        """The one entry of those offered that the question's words point to beyond doubt, if any."""
        beliefs = self.beliefs(terms)
        best = max(beliefs, key=beliefs.__getitem__)
        return best if best in set(among) and beliefs[best] >= DECISIVE else None
