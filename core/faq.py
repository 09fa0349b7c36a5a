"""The FAQ index: from a question as people type it to the entry that answers it, or none.

Each entry is matched on its question and the ways people ask it (TF-IDF cosine over stemmed,
synonym-folded terms), then adjusted for the role the question names (billing or coding).
Questions about other jobs, programming, or a specific code or claim are recognised and
declined, so the advisor never answers confidently what it does not know.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from core.content import FaqEntry, Vocabulary
from core.text import Normalizer, normalize, stem, vocabulary_of

Why = Literal["answer", "pair", "unsure", "off-topic", "code-lookup", "claim-help", "empty"]

CONFIDENT = 0.55  # best score at or above this, with a clear margin, is answered outright
MARGIN = 0.08  # the best must beat the runner-up by this much to be answered outright
UNSURE = 0.28  # between UNSURE and CONFIDENT: "Did you mean…"
ROLE_MISMATCH = 0.45  # a billing question scored against a coding entry (and vice versa)
ROLE_NARROWED = 0.9  # a question naming both roles, scored against a one-role entry
PAIR_SLACK = 0.06  # a billing/coding pair answers together if within this of the best single entry

_BILLING, _CODING = stem("biller"), stem("coder")

# Question words carry intent ("what is" vs "what is it like") but not topic: they count for
# less, and a match made of nothing else is no match.
WEAK_TERMS = frozenset(
    stem(w)
    for w in """what how why when where who which do does did can could would should will like
    make get need want good best way thing things be lot there have has any all more most
    people person job jobs work medical field career one two three four five six ten""".split()
)
WEAK_WEIGHT = 0.4
UNKNOWN_WEIGHT = 1.0  # a word no entry uses: it dilutes the match without vetoing it
NUMBER_WEIGHT = 0.3  # ages and years ("I'm 45", "in 2019") rarely change the topic

# A specific code (CPT 99213, 0001U; ICD-10 E11.9, J45) or a how-do-I-code request: the advisor
# explains careers, it does not look codes up.
_CODE_LOOKUP = re.compile(
    r"\b(\d{5}|\d{4}[a-z]|[a-z]\d{2}\.?[0-9a-z]{0,4})\b(?<!\b\d{4}s)"
    r"|\b(cpt|icd|icd ?10|icd ?10 ?cm|hcpcs|diagnosis|procedure|billing|modifier) codes? (for|of)\b"
    r"|\bwhat codes? (do|should|would|to) (i |you |we )?(use|bill|pick)\b"
    r"|\bcodes? for (a |an |the )?[a-z]+ (visit|injury|fracture|diagnosis|procedure|surgery)\b"
    r"|\bhow (do|would|should) (i|you|we) code\b"
)
_CLAIM_HELP = re.compile(
    r"\b(my|our) (claim|claims|bill|bills|insurance|eob|statement)\b"
    r"|\b(appeal|resubmit|dispute) (a|my|the|this) (claim|bill|denial)\b"
    r"|\bwhy (was|is|did) (my|the|this) claim\b"
)


@dataclass(frozen=True)
class AskResult:
    """What the index makes of a question: an entry, suggestions, or nothing (and why)."""

    faq_id: str | None
    confidence: float
    suggestions: tuple[str, ...] = ()
    why: Why = "answer"
    roles: frozenset[str] = field(default_factory=frozenset)
    compare: str | None = None  # with why="pair": the comparison topic both entries share

    def as_json(self) -> dict[str, object]:
        return {
            "faq_id": self.faq_id,
            "confidence": round(self.confidence, 3),
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True)
class _Doc:
    entry_id: str
    weights: Mapping[str, float]
    norm: float


class FaqIndex:
    """An in-memory index over the FAQ entries; build once, ask many times."""

    def __init__(self, entries: Mapping[str, FaqEntry], vocabulary: Vocabulary) -> None:
        self.entries = dict(entries)
        texts = [t for e in entries.values() for t in (e.question, *e.asked_as, e.answer)]
        off_topic_words = [w for words in vocabulary.off_topic.values() for w in words]
        self.normalizer = Normalizer(
            vocabulary.synonyms, vocabulary_of([*texts, *off_topic_words, *vocabulary.medical_anchors])
        )
        self._off_topic = {
            kind: frozenset(map(normalize, words)) for kind, words in vocabulary.off_topic.items()
        }
        self._medical = frozenset(normalize(w) for w in vocabulary.medical_anchors)
        # Entries for the same topic, one per role (biller-pay and coder-pay), answer together
        # a question that names both roles or neither.
        by_topic: dict[str, list[FaqEntry]] = {}
        for e in entries.values():
            if e.compare and e.role != "both":
                by_topic.setdefault(e.compare, []).append(e)
        self._twins = {
            a.id: b.id
            for group in by_topic.values()
            if len(group) == 2 and {g.role for g in group} == {"billing", "coding"}
            for a, b in (group, group[::-1])
        }
        # An exact phrasing (after normalisation) is the strongest evidence there is.
        self._exact = {normalize(t): e.id for e in entries.values() for t in (e.question, *e.asked_as)}
        phrasings = {
            e.id: [self.normalizer.terms(t) for t in (e.question, *e.asked_as)] for e in entries.values()
        }
        df: Counter[str] = Counter()
        for term_lists in phrasings.values():
            df.update({t for terms in term_lists for t in terms})
        n = len(entries)
        self._idf = {
            t: math.log((n + 1) / (c + 0.5)) * (WEAK_WEIGHT if t in WEAK_TERMS else 1.0)
            for t, c in df.items()
        }
        self._docs: list[_Doc] = []
        self._postings: dict[str, list[int]] = {}
        for entry_id, term_lists in phrasings.items():
            for terms in term_lists:
                weights = {t: self._idf[t] for t in set(terms)}
                doc = _Doc(entry_id, weights, math.sqrt(sum(w * w for w in weights.values())) or 1.0)
                for t in weights:
                    self._postings.setdefault(t, []).append(len(self._docs))
                self._docs.append(doc)

    def ask(self, question: str) -> AskResult:
        """The best entry for a question, a confidence in 0..1 and up to 3 suggestions."""
        flat = normalize(question)
        if not flat:
            return AskResult(None, 0.0, why="empty")
        if _CODE_LOOKUP.search(flat):
            return AskResult(None, 0.0, why="code-lookup")
        if _CLAIM_HELP.search(flat):
            return AskResult(None, 0.0, why="claim-help")
        if flat in self._exact:
            return AskResult(self._exact[flat], 1.0, roles=self._roles(self.normalizer.terms(flat)))
        words = self.normalizer.words(question)
        terms = [stem(w) for w in words]
        roles = self._roles(terms)
        if self._is_off_topic(set(words), roles):
            return AskResult(None, 0.0, why="off-topic", roles=roles)
        weights = self._query(terms)
        ranked, best_doc = self._score(weights, roles)
        if not ranked or ranked[0][1] < UNSURE:
            return AskResult(None, ranked[0][1] if ranked else 0.0, why="off-topic", roles=roles)
        # Words we have never seen, with nothing tying the question to billing or coding
        # ("how much do welders make"), suggest another subject: never answer those outright.
        anchored = bool(roles) or bool(set(words) & self._medical)
        strangers = any(self.normalizer.is_unknown(w) for w in words)
        pair = None if strangers and not anchored else self._pair(weights, ranked, best_doc, roles)
        if pair:
            return pair
        best_id, best = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        others = tuple(i for i, s in ranked[1:4] if s >= UNSURE * 0.75)
        confident = best >= CONFIDENT and best - runner_up >= MARGIN
        if confident and not (strangers and not anchored):
            return AskResult(best_id, best, others[:3], roles=roles)
        suggestions = tuple(i for i, s in ranked[:3] if s >= UNSURE * 0.75)
        return AskResult(None, best, suggestions, why="unsure", roles=roles)

    def rank(self, question: str) -> list[tuple[str, float]]:
        """Every entry that shares a term with the question, best first (for autocomplete)."""
        terms = self.normalizer.terms(question)
        return self._rank(terms, self._roles(terms))

    def _pair(
        self,
        weights: dict[str, float],
        ranked: list[tuple[str, float]],
        best_doc: dict[str, int],
        roles: frozenset[str],
    ) -> AskResult | None:
        """Billing and coding twins (biller-pay, coder-pay) for a question naming both or neither."""
        if len(roles) == 1:
            return None
        scores = dict(ranked)
        best = ranked[0][1]
        query_norm = math.sqrt(sum(w * w for w in weights.values()))
        for entry_id, score in ranked[:4]:
            twin = self._twins.get(entry_id)
            if twin is None or twin not in scores:
                continue
            # The two best phrasings together ("how much do billers make" + "… coders make")
            # cover a question that names both roles better than either alone.
            union = {**self._docs[best_doc[entry_id]].weights, **self._docs[best_doc[twin]].weights}
            dot = sum(w * union[t] for t, w in weights.items() if t in union)
            joint = dot / (query_norm * math.sqrt(sum(w * w for w in union.values())))
            together = max(min(score, scores[twin]), joint if roles else 0.0)
            if together >= CONFIDENT and together >= best - PAIR_SLACK:
                first, second = sorted((entry_id, twin), key=lambda i: self.entries[i].role)
                others = tuple(i for i, _ in ranked if i not in (first, second))[:2]
                return AskResult(
                    first,
                    together,
                    (second, *others),
                    why="pair",
                    roles=roles,
                    compare=self.entries[first].compare,
                )
        return None

    def _roles(self, terms: Iterable[str]) -> frozenset[str]:
        present = set(terms)
        return frozenset(
            role for role, stemmed in (("billing", _BILLING), ("coding", _CODING)) if stemmed in present
        )

    def _is_off_topic(self, words: set[str], roles: frozenset[str]) -> bool:
        medical = bool(words & self._medical)
        for kind, signals in self._off_topic.items():
            if not words & signals:
                continue
            if kind == "programming":
                # "coding" alone is ambiguous next to "python"; "medical coding" is not.
                if not medical and "billing" not in roles:
                    return True
            elif not roles:
                return True
        return False

    def _rank(self, terms: list[str], roles: frozenset[str]) -> list[tuple[str, float]]:
        return self._score(self._query(terms), roles)[0]

    def _query(self, terms: list[str]) -> dict[str, float]:
        weights = {t: self._weight(t) for t in set(terms)}
        # An unknown word should dilute a match, not outweigh every word we do know.
        known = [w for t, w in weights.items() if t in self._idf]
        if known:
            ceiling = max(known)
            weights = {t: w if t in self._idf else min(w, ceiling) for t, w in weights.items()}
        return weights

    def _score(
        self, weights: dict[str, float], roles: frozenset[str]
    ) -> tuple[list[tuple[str, float]], dict[str, int]]:
        """Entries ranked by their best phrasing, and which phrasing that was."""
        query_norm = math.sqrt(sum(w * w for w in weights.values()))
        if not query_norm:
            return [], {}
        dots: dict[int, float] = {}
        for term, weight in weights.items():
            for doc_index in self._postings.get(term, ()):
                dots[doc_index] = dots.get(doc_index, 0.0) + weight * self._docs[doc_index].weights[term]
        strong = {t for t in weights if t in self._idf and t not in WEAK_TERMS}
        best: dict[str, float] = {}
        best_doc: dict[str, int] = {}
        for doc_index, dot in dots.items():
            doc = self._docs[doc_index]
            score = dot / (query_norm * doc.norm) * self._role_factor(doc.entry_id, roles)
            if not strong.intersection(doc.weights):
                score *= 0.3
            if score > best.get(doc.entry_id, 0.0):
                best[doc.entry_id] = score
                best_doc[doc.entry_id] = doc_index
        return sorted(best.items(), key=lambda item: (-item[1], item[0])), best_doc

    def _weight(self, term: str) -> float:
        if term in self._idf:
            return self._idf[term]
        return NUMBER_WEIGHT if term.isdigit() else UNKNOWN_WEIGHT

    def _role_factor(self, entry_id: str, roles: frozenset[str]) -> float:
        entry_role = self.entries[entry_id].role
        if not roles or entry_role == "both":
            return 1.0
        if len(roles) == 2:
            return ROLE_NARROWED
        return 1.0 if entry_role in roles else ROLE_MISMATCH
