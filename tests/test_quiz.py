"""The quiz, played by pressing the buttons each reply offers, and its state codec."""

from __future__ import annotations

import itertools
import random

import pytest

from core import limits, quiz
from core.advisor import EXPIRED_TEXT, Advisor
from core.reply import Reply


def press(advisor: Advisor, reply: Reply, label: str) -> Reply:
    [choice] = [c for c in reply.choices if c.label == label or c.label.startswith(label + ". ")]
    return advisor.handle_action(choice.action)


def play(advisor: Advisor, picks: list[int]) -> Reply:
    reply = advisor.quiz_start()
    for pick in picks:
        reply = press(advisor, reply, str(pick))
    return reply


@pytest.mark.parametrize(
    ("picks", "outcome"),
    [
        ([1, 1, 2, 1, 1, 1, 2, 1, 1, 1], "billing"),
        ([2, 2, 1, 2, 2, 2, 1, 2, 2, 2], "coding"),
        ([3, 3, 1, 3, 3, 3, 3, 3, 1, 3], "both"),
        ([4, 4, 3, 4, 4, 4, 4, 4, 3, 4], "not-a-fit"),
    ],
)
def test_every_outcome_reached_by_clicking(advisor: Advisor, picks: list[int], outcome: str):
    result = play(advisor, picks)
    expected = advisor.content.quiz.outcomes[outcome]
    assert result.kind == "result" and result.title == expected.title
    drivers = next(f for f in result.fields if f.name == "What pointed this way")
    assert 1 <= drivers.value.count("•") <= 3
    read_next = [c.action for c in result.choices if c.action.startswith("faq:")]
    assert read_next == [f"faq:{i}" for i in expected.read_next]


def test_progress_back_restart_cancel(advisor: Advisor):
    first = advisor.quiz_start()
    assert "Question 1 of 10" in first.text and first.private
    assert [c.label for c in first.choices][-1] == "Cancel"
    assert "Back" not in [c.label for c in first.choices]
    second = press(advisor, first, "2")
    assert "Question 2 of 10" in second.text
    third = press(advisor, second, "1")
    assert "Question 3 of 10" in third.text
    back = press(advisor, third, "Back")
    assert back.text == second.text and back.choices == second.choices
    restarted = press(advisor, third, "Restart")
    assert "Question 1 of 10" in restarted.text
    cancelled = press(advisor, third, "Cancel")
    assert cancelled.kind == "notice" and "/quiz" in cancelled.text and not cancelled.choices


def test_result_names_the_answers_that_drove_it(advisor: Advisor):
    result = play(advisor, [2, 2, 1, 2, 2, 2, 1, 2, 2, 2])
    drivers = next(f for f in result.fields if f.name == "What pointed this way").value
    assert "Recording exactly what was done and why" in drivers


def test_share_posts_recommendation_without_answers(advisor: Advisor):
    result = play(advisor, [2, 2, 1, 2, 2, 2, 1, 2, 2, 2])
    shared = press(advisor, result, "Share my result")
    assert not shared.private
    assert "Medical coding" in shared.title
    assert "Recording exactly" not in shared.text and not shared.fields


def test_a_fresh_advisor_continues_a_quiz(advisor: Advisor):
    reply = play(advisor, [1, 2, 3])
    restarted = Advisor.load()  # a new process would rebuild from content the same way
    action = reply.choices[0].action
    assert restarted.handle_action(action) == advisor.handle_action(action)
    assert "Question 5 of 10" in restarted.handle_action(action).text


def test_state_round_trips_for_every_length(advisor: Advisor):
    content = advisor.content.quiz
    rng = random.Random(7)
    for length in range(len(content.questions) + 1):
        answers = tuple(rng.randrange(len(q.options)) for q in content.questions[:length])
        state = quiz.encode(content, answers)
        assert len(state) <= limits.QUIZ_STATE
        assert quiz.decode(content, state) == answers
        assert len(quiz.action(content, "answer", answers)) <= limits.ACTION_ID


def _tampered(content) -> list[str]:
    good = quiz.action(content, "answer", (0, 1, 2))
    version, body, check = good.split(":", 2)[2].split("-")
    return [
        good.replace(body, "013"),  # different answers, old checksum
        good[:-1] + ("a" if good[-1] != "a" else "b"),  # checksum changed
        good.replace(f":{version}-", ":9-"),  # unknown version
        good[:-2],  # truncated
        good.replace(":a:", ":z:"),  # unknown op
        "quiz:a:1-9-" + check,  # option 9 does not exist
        "quiz:a:1-00000000000-xxxx",  # more answers than questions (and bad checksum)
        "quiz:a:" + "1-" + "0" * 500,
        "quiz:",
        "quiz:a:1--",
        "quiz:a:1-012-mj91\u200b",
        "faq:no-such-entry",
        "",
    ]


def test_every_kind_of_tampering_expires_politely(advisor: Advisor):
    for action in _tampered(advisor.content.quiz):
        reply = advisor.handle_action(action)
        assert reply.kind == "expired", action
        if action.startswith("quiz:"):
            assert reply.text == EXPIRED_TEXT
            assert press(advisor, reply, "Start again").text.count("Question 1 of 10") == 1


def test_out_of_range_with_valid_checksum_expires(advisor: Advisor):
    content = advisor.content.quiz
    # A checksum computed for an impossible state (question 3 has only 3 options).
    body = "003"
    state = f"1-{body}-{quiz._checksum(content, body)}"
    with pytest.raises(quiz.QuizExpired):
        quiz.decode(content, state)
    assert advisor.handle_action(f"quiz:a:{state}").kind == "expired"


def test_state_from_an_edited_quiz_expires(advisor: Advisor):
    content = advisor.content.quiz
    action = quiz.action(content, "answer", (0, 1))
    edited = content.model_copy(update={"questions": [*content.questions[1:], content.questions[0]]})
    with pytest.raises(quiz.QuizExpired):
        quiz.parse_action(edited, action)


def test_engine_is_pure(advisor: Advisor):
    content = advisor.content.quiz
    for answers in itertools.islice(itertools.product(range(3), repeat=10), 0, 3**10, 997):
        assert quiz.next_step(content, answers) == quiz.next_step(content, answers)
