"""The second opinion: all of an entry's phrasings together settle a close call, and only that."""

from __future__ import annotations

import math

from core.advisor import Advisor
from core.evidence import PhrasingEvidence, features

PHRASINGS = {
    "pay": [["how", "much", "pay"], ["pay", "per", "hour"], ["salary", "pay"], ["what", "pay"]],
    "hard": [["is", "it", "hard"], ["hard", "to", "learn"], ["hard", "to", "understand"], ["learn", "fast"]],
    "hired": [["hard", "to", "get", "hired"], ["get", "hired"], ["find", "job"], ["hired", "fast"]],
}


def test_beliefs_are_shares_that_add_up_to_one():
    beliefs = PhrasingEvidence(PHRASINGS).beliefs(["hard", "to", "learn"])
    assert set(beliefs) == set(PHRASINGS)
    assert math.isclose(sum(beliefs.values()), 1.0)
    assert max(beliefs, key=beliefs.__getitem__) == "hard"


def test_neighbouring_words_count_as_a_pair():
    assert features(["get", "hired", "fast"]) == {"get", "hired", "fast", "get hired", "hired fast"}
    evidence = PhrasingEvidence(PHRASINGS)
    # "hard" alone leans to learning; "hard to get hired" is about getting hired.
    assert evidence.decisive(["hard", "to", "get", "hired"], ["hard", "hired"]) == "hired"


def test_settles_only_among_the_entries_offered_and_only_beyond_doubt():
    evidence = PhrasingEvidence(PHRASINGS)
    assert evidence.decisive(["how", "much", "pay", "per", "hour"], ["pay", "hard"]) == "pay"
    assert evidence.decisive(["how", "much", "pay", "per", "hour"], ["hard", "hired"]) is None
    assert evidence.decisive(["fast"], ["hard", "hired"]) is None  # both use "fast": no doubt settled
    assert evidence.decisive(["unknown", "words"], list(PHRASINGS)) is None


def test_a_close_call_gets_an_answer_instead_of_did_you_mean(advisor: Advisor):
    # The nearest phrasings tie between learning billing and getting hired in it; the whole of
    # each entry's phrasings does not.
    result = advisor.ask_result("is billing hard to understand at first")
    assert (result.faq_id, result.why) == ("billing-difficulty", "answer")
    assert "billing-difficulty" not in result.suggestions


def test_a_close_call_with_a_stranger_word_still_asks(advisor: Advisor):
    # Unsure whether it is a question for the advisor at all: no second opinion picks an entry.
    result = advisor.ask_result("I work in medical billing. what day is christmas")
    assert result.faq_id is None
    assert result.why == "unsure"


def test_what_was_only_told_does_not_settle_it(advisor: Advisor):
    # The role named in passing is no reason to read a get-rich-quick question as coder pay.
    result = advisor.ask_result("My mom is a medical coder. how do i make money fast")
    assert result.faq_id is None


def test_agrees_only_with_its_own_first_choice_held_with_most_of_the_belief():
    evidence = PhrasingEvidence(PHRASINGS)
    assert evidence.agrees(["how", "much", "pay", "per", "hour"], "pay")
    assert not evidence.agrees(["how", "much", "pay", "per", "hour"], "hard")
    assert not evidence.agrees(["fast"], "hard")  # "fast" is as much getting hired: no agreement


def test_both_opinions_choosing_the_same_entry_answer_it(advisor: Advisor):
    # The matcher's first choice is the hand-off, and the phrasings as a whole say so too.
    result = advisor.ask_result("what happens after the coder finishes a chart")
    assert (result.faq_id, result.why) == ("billing-vs-coding", "answer")


def test_agreement_does_not_pick_one_twin_for_a_question_naming_no_role(advisor: Advisor):
    # Getting hired, asked of neither role: not the biller's question over the coder's.
    result = advisor.ask_result("How long did it take y'all to get hired after certification?")
    assert result.faq_id is None
    assert {"biller-competition", "coder-competition"} <= set(result.suggestions)
