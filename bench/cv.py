"""Cross-validation on the content's own phrasings: hold out a fifth, rebuild the index, ask them.

A tuning signal that never touches the benchmark's test half: each held-out phrasing is a
question the index has not seen. `python -m bench.cv` prints the figure and the misses.
"""

from __future__ import annotations

import random
import sys

from core.content import Content, load_content
from core.faq import FaqIndex

FOLDS = 5


def cross_validate(content: Content, folds: int = FOLDS, seed: int = 3) -> tuple[float, list[str]]:
    """(share of held-out phrasings answered with their own entry, lines describing the misses)."""
    items = [(e.id, q) for e in content.faq.values() for q in e.asked_as]
    random.Random(seed).shuffle(items)
    right, misses = 0, []
    for fold in range(folds):
        held = set(items[fold::folds])
        entries = {
            e.id: e.model_copy(update={"asked_as": [q for q in e.asked_as if (e.id, q) not in held]})
            for e in content.faq.values()
        }
        index = FaqIndex(entries, content.vocabulary)
        for entry_id, question in sorted(held):
            result = index.ask(question)
            if result.faq_id == entry_id:
                right += 1
            else:
                misses.append(f"{entry_id:22} {question!r} -> {result.faq_id or result.why}")
    return right / len(items), misses


SHUFFLES = 5  # one shuffle's folds move the figure by a point when a phrasing is added: average


def mean_share(content: Content, shuffles: int = SHUFFLES) -> float:
    """The cross-validated share averaged over several shuffles of the phrasings into folds."""
    return sum(cross_validate(content, seed=seed)[0] for seed in range(1, shuffles + 1)) / shuffles


def main() -> int:
    share, misses = cross_validate(load_content())
    print("\n".join(misses))
    print(f"\n{FOLDS}-fold cross-validation on content phrasings: {share:.1%} answered with their own entry")
    return 0


if __name__ == "__main__":
    sys.exit(main())
