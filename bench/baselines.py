"""The two baselines the advisor is measured against, as a generic FAQ bot would build them.

- fuzzy: rapidfuzz token_set_ratio between the question and each entry's own question.
- bm25: BM25 (rank_bm25's Okapi) over each entry's question and answer text.

Each answers when its best score clears a threshold tuned on the tune half. Run as
`python -m bench.baselines fuzzy|bm25 THRESHOLD` to answer stdin one JSON line a question,
like `advisor ask --json`, so the end-to-end figures compare like with like.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass

from core.content import Content, load_content

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Prediction:
    faq_id: str | None
    suggestions: tuple[str, ...]
    unsure: bool
    score: float


class FuzzyTitle:
    name = "fuzzy title (rapidfuzz)"

    def __init__(self, content: Content, threshold: float = 0.0) -> None:
        from rapidfuzz import fuzz, process

        self._fuzz, self._process = fuzz, process
        self.ids = list(content.faq)
        self.titles = [content.faq[i].question for i in self.ids]
        self.threshold = threshold

    def scores(self, question: str) -> list[tuple[str, float]]:
        hits = self._process.extract(
            question, self.titles, scorer=self._fuzz.token_set_ratio, processor=str.lower, limit=3
        )
        return [(self.ids[index], score / 100) for _, score, index in hits]

    def predict(self, question: str) -> Prediction:
        ranked = self.scores(question)
        return _decide(ranked, self.threshold)


class Bm25:
    name = "BM25 (rank_bm25)"

    def __init__(self, content: Content, threshold: float = 0.0) -> None:
        from rank_bm25 import BM25Okapi

        self.ids = list(content.faq)
        docs = [_WORD.findall(f"{e.question} {e.answer}".lower()) for e in content.faq.values()]
        self.bm25 = BM25Okapi(docs)
        self.threshold = threshold

    def scores(self, question: str) -> list[tuple[str, float]]:
        raw = self.bm25.get_scores(_WORD.findall(question.lower()))
        order = sorted(range(len(raw)), key=lambda i: -raw[i])[:3]
        return [(self.ids[i], float(raw[i])) for i in order]

    def predict(self, question: str) -> Prediction:
        return _decide(self.scores(question), self.threshold)


def _decide(ranked: list[tuple[str, float]], threshold: float) -> Prediction:
    ids = tuple(i for i, _ in ranked)
    best = ranked[0][1] if ranked else 0.0
    if ranked and best >= threshold:
        return Prediction(ranked[0][0], ids[1:], False, best)
    return Prediction(None, ids, True, best)


SYSTEMS = {"fuzzy": FuzzyTitle, "bm25": Bm25}


def main() -> int:
    name, threshold = sys.argv[1], float(sys.argv[2])
    system = SYSTEMS[name](load_content(), threshold)
    for line in sys.stdin:
        p = system.predict(line.rstrip("\n"))
        payload = {"faq_id": p.faq_id, "confidence": round(p.score, 3), "suggestions": list(p.suggestions)}
        sys.stdout.write(json.dumps(payload) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
