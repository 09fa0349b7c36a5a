"""How steady answers are when a question is typed differently: `python -m bench.robust`.

Each tune-half question the advisor gets right is asked again with one change people really make
(a typo, a stretched word, chatter around it, a sentence about themselves first, a digit for a
word, an opener or closer, other grammar, "medical coder" for "coder", no punctuation); an
out-of-scope one it declines is asked again with chatter or a background sentence that names a role.
The table counts the answers that changed. The fillers below were in use while the matcher was
fixed, so read this as a regression measure, not as proof of generalisation.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

from bench.run import Question, load_questions
from core.advisor import Advisor
from core.content import load_content
from core.faq import AskResult

SEED = 7
TRIES = 2  # perturbed copies of each question, per kind

GREETINGS = [
    "hey quick question, ",
    "hi everyone, ",
    "Hey there friends, ",
    "Good evening everyone! ",
    "Yo, ",
]
CHATTER_BEFORE = [
    "sorry if this is dumb but ",
    "ok weird question - ",
    "curious: ",
    "Long story short, ",
    "Not gonna lie, ",
    "This might sound silly but ",
]
CHATTER_AFTER = [
    " thanks!",
    " asking for a friend",
    " any advice appreciated",
    " thoughts?",
    " Would love some insight.",
    " Sorry for the long post.",
    " Have a great day!",
    " 🙏",
]
BACKGROUND = [
    "I'm a single mom of 3 and work retail. ",
    "I'm 52 and just got laid off. ",
    "My cousin does this and loves it. ",
    "I have a bachelor's in biology. ",
    "English is my second language, sorry. ",
]
ROLE_BACKGROUND = [
    "I'm studying medical coding. ",
    "I work in medical billing. ",
    "My mom is a medical coder. ",
]
WRAPPERS = [
    "can you tell me {q}",
    "i want to know {q}",
    "is it true that {q}",
    "question: {q}",
    "tell me {q}",
]
OPENERS = [
    "ok so ",
    "honestly, ",
    "Quick question: ",
    "I'm curious, ",
    "So basically ",
]
CLOSERS = [
    " pls",
    " nowadays?",
    " TIA",
    " Thanks in advance!",
    " Anyone?",
]
# The same question in other grammar: a question's own opening words said another common way.
OTHER_GRAMMAR = [
    (r"^can i\b", "am I able to"),
    (r"^do i need\b", "do I have to have"),
    (r"^are there\b", "is there"),
    (r"^how much (do|does) (.+?) (make|earn)\b", r"what's the pay for \2"),
    (r"^how long does it take to\b", "how many months does it take to"),
    (r"^is (billing|coding) (hard|difficult)\b", r"how \2 is \1"),
]
TEXT_SPEAK = [
    (r"\bto\b", "2"),
    (r"\bfor\b", "4"),
    (r"\byou\b", "u"),
    (r"\bpeople\b", "ppl"),
    (r"\bthe\b", "da"),
]


@dataclass(frozen=True)
class Row:
    kind: str
    asked: int
    changed: int


def _change_a_word(
    q: str, rng: random.Random, shortest: int, change: Callable[[str, int], str]
) -> str | None:
    """The question with one word of at least `shortest` letters changed at a random letter."""
    words = q.split()
    long = [i for i, w in enumerate(words) if len(w) >= shortest and w.isalpha()]
    if not long:
        return None
    i = rng.choice(long)
    words[i] = change(words[i], rng.randrange(1, len(words[i]) - 1))
    return " ".join(words)


def _typo(q: str, rng: random.Random) -> str | None:
    slips = (lambda w, j: w[:j] + w[j + 1 :], lambda w, j: w[:j] + w[j + 1] + w[j] + w[j + 2 :])
    return _change_a_word(q, rng, 5, rng.choice(slips))


def _stretch(q: str, rng: random.Random) -> str | None:
    return _change_a_word(q, rng, 4, lambda w, j: w[: j + 1] + w[j] * 3 + w[j + 1 :])


def _text_speak(q: str, _: random.Random) -> str | None:
    out = q
    for pattern, short in TEXT_SPEAK:
        out = re.sub(pattern, short, out)
    return out if out != q else None


def _other_grammar(q: str, rng: random.Random) -> str | None:
    fits = [(p, r) for p, r in OTHER_GRAMMAR if re.search(p, q, flags=re.I)]
    if not fits:
        return None
    pattern, other = rng.choice(fits)
    return re.sub(pattern, other, q, count=1, flags=re.I)


def _role_spelled_out(q: str, _: random.Random) -> str | None:
    # People write "medical coder" or "coding specialist" where the tune half says "coder".
    out = re.sub(r"(?<!medical )\b(coders?|billers?)\b", r"medical \1", q, count=1, flags=re.I)
    return out if out != q else None


def _unpunctuated(q: str, _: random.Random) -> str | None:
    out = re.sub(r"[^\w\s']", "", q).lower()
    return out if out != q else None


Perturb = Callable[[str, random.Random], "str | None"]
IN_SCOPE: dict[str, Perturb] = {
    "typo": _typo,
    "stretched word": _stretch,
    "text speak": _text_speak,
    "greeting first": lambda q, r: r.choice(GREETINGS) + q,
    "chatter before": lambda q, r: r.choice(CHATTER_BEFORE) + q,
    "chatter after": lambda q, r: q.rstrip("?") + "?" + r.choice(CHATTER_AFTER),
    "sentence about oneself first": lambda q, r: r.choice(BACKGROUND) + q,
    "wrapped": lambda q, r: r.choice(WRAPPERS).format(q=q.rstrip("?")),
    "opener": lambda q, r: r.choice(OPENERS) + q,
    "closer": lambda q, r: q.rstrip("?") + "?" + r.choice(CLOSERS),
    "other grammar": _other_grammar,
    "role spelled out": _role_spelled_out,
    "no punctuation, lower case": _unpunctuated,
}
OUT_OF_SCOPE: dict[str, Perturb] = {
    "chatter around": lambda q, r: r.choice(CHATTER_BEFORE) + q.rstrip("?") + "?" + r.choice(CHATTER_AFTER),
    "sentence about oneself first": lambda q, r: r.choice(BACKGROUND) + q,
    "sentence naming a role first": lambda q, r: r.choice(ROLE_BACKGROUND) + q,
}


def _right(result: AskResult, question: Question) -> bool:
    if not question.labels:
        return result.faq_id is None
    pair = result.why == "pair" and bool(question.labels & {result.faq_id, *result.suggestions[:1]})
    return result.faq_id in question.labels or pair


def robustness(advisor: Advisor, questions: list[Question]) -> list[Row]:
    """For each kind of change, how many perturbed questions were asked and how many answers changed."""
    rng = random.Random(SEED)
    steady = [q for q in questions if q.half == "tune" and _right(advisor.index.match(q.text), q)]
    rows = []
    for kinds, pool in (
        (IN_SCOPE, [q for q in steady if q.labels]),
        (OUT_OF_SCOPE, [q for q in steady if not q.labels]),
    ):
        for kind, perturb in kinds.items():
            asked = changed = 0
            for q in pool:
                for _ in range(TRIES):
                    text = perturb(q.text, rng)
                    if text is not None:
                        asked += 1
                        changed += not _right(advisor.index.match(text), q)
            scope = "in scope" if pool and pool[0].labels else "out of scope"
            rows.append(Row(f"{scope}: {kind}", asked, changed))
    return rows


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = ["| change | asked | answer changed |", "|---|---|---|"]
    lines += [f"| {r.kind} | {r.asked} | {r.changed} ({r.changed / max(r.asked, 1):.1%}) |" for r in rows]
    return "\n".join(lines)


def main() -> int:
    print(table(robustness(Advisor(load_content()), load_questions())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
