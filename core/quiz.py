"""The career-fit quiz engine: a pure function of (quiz content, answers so far).

The whole state is the list of answers. It encodes into a short, versioned, checksummed string
that rides in a button's custom_id or value, so a quiz survives restarts with no storage.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass

from core import limits
from core.content import Option, Outcome, Question, Quiz

VERSION = 1
ACTION_PREFIX = "quiz"
OPS = {"start": "n", "answer": "a", "back": "b", "restart": "r", "cancel": "c", "share": "s"}
_OP_NAMES = {v: k for k, v in OPS.items()}
_STATE = re.compile(r"^(\d{1,3})-([0-9]{0,12})-([0-9a-z]{4})$")
_ACTION = re.compile(rf"^{ACTION_PREFIX}:([a-z]):(.{{0,{limits.QUIZ_STATE}}})$")


class QuizExpired(ValueError):
    """A state that is tampered with, from another quiz version, or out of range."""


@dataclass(frozen=True)
class Step:
    """The next question to ask."""

    number: int  # 1-based
    total: int
    question: Question
    answers: tuple[int, ...]


@dataclass(frozen=True)
class Result:
    """The recommendation, with the answers that drove it."""

    outcome: str
    content: Outcome
    drivers: tuple[tuple[Question, Option], ...]
    scores: dict[str, int]
    answers: tuple[int, ...]


def next_step(quiz: Quiz, answers: tuple[int, ...]) -> Step | Result:
    """The question after these answers, or the result once every question is answered."""
    _check(quiz, answers)
    if len(answers) < len(quiz.questions):
        return Step(len(answers) + 1, len(quiz.questions), quiz.questions[len(answers)], answers)
    return _result(quiz, answers)


def answer(quiz: Quiz, answers: tuple[int, ...], option: int) -> tuple[int, ...]:
    """Answers with one more: the chosen option (0-based) of the current question."""
    new = (*answers, option)
    _check(quiz, new)
    return new


def back(answers: tuple[int, ...]) -> tuple[int, ...]:
    """Answers with the last one taken back."""
    return answers[:-1]


def progress_bar(number: int, total: int, width: int = 10) -> str:
    """'Question 3 of 10' with a small bar of what is done."""
    done = round((number - 1) / total * width)
    return f"Question {number} of {total}  {'▰' * done}{'▱' * (width - done)}"


# --- state codec ---------------------------------------------------------------------------


def encode(quiz: Quiz, answers: tuple[int, ...]) -> str:
    """The quiz state as a short string: version, answers, checksum (at most 60 characters)."""
    _check(quiz, answers)
    body = "".join(str(a) for a in answers)
    return f"{VERSION}-{body}-{_checksum(quiz, body)}"


def decode(quiz: Quiz, state: str) -> tuple[int, ...]:
    """The answers in a state string; QuizExpired if it is not one this quiz made."""
    match = _STATE.match(state or "")
    if not match:
        raise QuizExpired("malformed state")
    version, body, checksum = match.groups()
    if int(version) != VERSION:
        raise QuizExpired("unknown state version")
    if checksum != _checksum(quiz, body):
        raise QuizExpired("checksum mismatch")
    answers = tuple(int(ch) for ch in body)
    try:
        _check(quiz, answers)
    except ValueError as exc:
        raise QuizExpired(str(exc)) from None
    return answers


def action(quiz: Quiz, op: str, answers: tuple[int, ...] = ()) -> str:
    """The action id of a quiz button: 'quiz:<op>:<state>', well within a custom_id."""
    return f"{ACTION_PREFIX}:{OPS[op]}:{encode(quiz, answers)}"


def parse_action(quiz: Quiz, action_id: str) -> tuple[str, tuple[int, ...]]:
    """(op, answers) from a button's action id; QuizExpired if it is forged or stale."""
    match = _ACTION.match(action_id or "")
    if not match or match.group(1) not in _OP_NAMES:
        raise QuizExpired("not a quiz action")
    return _OP_NAMES[match.group(1)], decode(quiz, match.group(2))


def is_quiz_action(action_id: str) -> bool:
    """True for ids this module makes (valid or not), so adapters can route them here."""
    return (action_id or "").startswith(f"{ACTION_PREFIX}:")


# --- internals -----------------------------------------------------------------------------


def _check(quiz: Quiz, answers: tuple[int, ...]) -> None:
    if len(answers) > len(quiz.questions):
        raise ValueError("more answers than questions")
    for question, chosen in zip(quiz.questions, answers, strict=False):
        if not 0 <= chosen < len(question.options):
            raise ValueError("answer out of range")


def _checksum(quiz: Quiz, body: str) -> str:
    # Not a secret: it catches typos, truncation and states from an edited quiz. Forging a
    # quiz state only changes the forger's own quiz.
    crc = zlib.crc32(f"{_fingerprint(quiz)}:{body}".encode())
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    for _ in range(4):
        crc, rem = divmod(crc, 36)
        out += digits[rem]
    return out


def _fingerprint(quiz: Quiz) -> int:
    return zlib.crc32(quiz.model_dump_json(include={"questions"}).encode())


def _result(quiz: Quiz, answers: tuple[int, ...]) -> Result:
    chosen = [(q, q.options[a]) for q, a in zip(quiz.questions, answers, strict=True)]
    counts = Counter(option.toward for _, option in chosen)
    billing = counts["billing"] + counts["both"]
    coding = counts["coding"] + counts["both"]
    scores = {"billing": billing, "coding": coding, "neither": counts["neither"]}
    if counts["neither"] >= quiz.scoring.not_a_fit_at:
        outcome, pulls = "not-a-fit", ("neither",)
    elif abs(billing - coding) <= quiz.scoring.tie_margin:
        outcome, pulls = "both", ("both", "billing", "coding")
    elif billing > coding:
        outcome, pulls = "billing", ("billing",)
    else:
        outcome, pulls = "coding", ("coding",)
    # The answers that pulled hardest toward the outcome, strongest kind first.
    drivers = sorted(
        (pair for pair in chosen if pair[1].toward in pulls),
        key=lambda pair: pulls.index(pair[1].toward),
    )[:3]
    return Result(outcome, quiz.outcomes[outcome], tuple(drivers), scores, answers)
