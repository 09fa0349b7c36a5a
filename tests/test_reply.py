"""Every reply the advisor can produce fits the strictest platform limits."""

from __future__ import annotations

import random
from collections import deque

import pytest

from core import limits
from core.advisor import Advisor
from core.reply import TRIMMED_NOTE, Choice, Field, Reply


def _total(reply: Reply) -> int:
    charts = sum(c.size() for c in reply.charts)
    return (
        len(reply.title)
        + len(reply.text)
        + len(reply.footer)
        + charts
        + sum(len(f.name) + len(f.value) for f in reply.fields)
    )


def assert_fits(reply: Reply) -> None:
    assert len(reply.title) <= limits.TITLE
    assert len(reply.text) <= limits.TEXT
    assert len(reply.footer) <= limits.FOOTER
    assert len(reply.fields) + len(reply.charts) <= limits.FIELDS
    assert _total(reply) <= limits.TOTAL
    for f in reply.fields:
        assert len(f.name) <= limits.FIELD_NAME and len(f.value) <= limits.FIELD_VALUE
    for chart in reply.charts:
        assert sum(len(line) + 1 for line in chart.lines()) <= limits.FIELD_VALUE
    assert len(reply.choices) <= limits.CHOICES
    actions = [c.action for c in reply.choices]
    assert len(actions) == len(set(actions)), "buttons in one message need distinct ids"
    for c in reply.choices:
        assert 0 < len(c.label) <= limits.BUTTON_LABEL and len(c.action) <= limits.ACTION_ID


def quiz_paths(advisor: Advisor, count: int = 60) -> list[Reply]:
    """Replies along random quiz paths played to the end (the full tree has ~10^6 leaves)."""
    rng = random.Random(11)
    out = []
    for _ in range(count):
        reply = advisor.quiz_start()
        while reply.kind == "quiz":
            out.append(reply)
            options = [c for c in reply.choices if c.action.startswith("quiz:a:")]
            reply = advisor.handle_action(rng.choice(options).action)
        out.append(reply)
    return out


def reachable(advisor: Advisor) -> list[Reply]:
    """Every reply reachable from the commands by pressing buttons, quiz answers sampled."""
    starts = [advisor.help(), advisor.compare(), advisor.ask("")]
    starts += quiz_paths(advisor)
    starts += [advisor.compare(t) for _, t in advisor.compare_topics()]
    asked = (
        "salary?",
        "is coding stressful",
        "cpt 99213",
        "is coding hard? how long is it?",
        "should i choose billing or coding",
        "how much does coding school cost",
        "bye",
    )
    starts += [advisor.ask(q) for q in asked]
    seen: dict[str, Reply] = {}
    queue = deque(starts)
    out: list[Reply] = []
    while queue:
        reply = queue.popleft()
        out.append(reply)
        for choice in reply.choices:
            if choice.action not in seen and not choice.action.startswith("quiz:a:"):
                seen[choice.action] = advisor.handle_action(choice.action)
                queue.append(seen[choice.action])
    return out


def test_every_reachable_reply_fits(advisor: Advisor):
    replies = reachable(advisor)
    kinds = {r.kind for r in replies}
    assert {"answer", "compare", "quiz", "result", "help", "fallback", "suggest", "notice"} <= kinds
    for reply in replies:
        assert_fits(reply)


def test_every_faq_answer_fits(advisor: Advisor):
    for faq_id in advisor.content.faq:
        reply = advisor.faq_reply(faq_id)
        assert_fits(reply)
        assert not reply.trimmed, f"{faq_id} should fit without trimming"


def test_oversized_parts_are_trimmed_with_a_note():
    reply = Reply(
        kind="answer",
        title="T" * 500,
        text="word " * 2000,
        fields=tuple(Field(f"name {i}", "v " * 800) for i in range(40)),
        choices=tuple(Choice("label " * 30, f"faq:x{i}") for i in range(30)),
        footer="f" * 5000,
    )
    assert_fits(reply)
    assert reply.trimmed and reply.text.endswith(TRIMMED_NOTE)
    assert reply.title.endswith("…") and reply.choices[0].label.endswith("…")


def test_small_replies_are_untouched():
    reply = Reply(kind="answer", title="Hi", text="Short.", fields=(Field("a", "b"),))
    assert (reply.title, reply.text, reply.trimmed) == ("Hi", "Short.", False)


def test_action_ids_over_the_limit_are_a_bug_not_a_trim():
    with pytest.raises(ValueError):
        Choice("ok", "x" * (limits.ACTION_ID + 1))
