"""Follow-up questions: what each person was last answered with, and how a follow-up reads."""

from __future__ import annotations

import pytest

from core.advisor import Advisor
from core.insights import Who
from core.recent import Recent, Thread

SAM = Who("discord", "guild-1", "sam")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_thread_is_forgotten_after_a_pause():
    clock = Clock()
    recent = Recent(seconds=60, clock=clock)
    recent.remember("sam", Thread("biller-pay", "billing"))
    clock.now = 59
    assert recent.thread("sam") == Thread("biller-pay", "billing")
    clock.now = 121  # remembering refreshed nothing: 121 s after the answer
    assert recent.thread("sam") is None
    assert len(recent) == 0


def test_memory_is_bounded_and_the_longest_silent_goes_first():
    recent = Recent(people=2)
    for person in ("a", "b", "c"):
        recent.remember(person, Thread("coder-pay", "coding"))
    assert recent.thread("a") is None
    assert recent.thread("b") and recent.thread("c")
    assert len(recent) == 2


def conversation(advisor: Advisor, *messages: str, who: Who = SAM) -> list[str]:
    """The title of each reply, as the person would see them one after another."""
    return [advisor.ask(m, who).title for m in messages]


@pytest.mark.parametrize(
    ("messages", "last_title"),
    [
        # Only a role: the same topic, for that role.
        (("how much do billers make?", "what about coders?"), "How much do medical coders make?"),
        (("how much do coders make", "and billers?"), "How much do medical billers make?"),
        (("is medical coding hard to learn?", "billers?"), "Is medical billing hard to learn?"),
        (("which is easier, billing or coding?", "what about coding?"), "Is medical coding hard to learn?"),
        # No role named: "it" and "they" are the role just talked about.
        (("what is medical coding?", "is it hard?"), "Is medical coding hard to learn?"),
        (("what does a medical biller do", "how much do they make"), "How much do medical billers make?"),
        # An answer for either role keeps the role talked about before it.
        (
            ("what is medical coding?", "how long is training?", "what do they do all day?"),
            "What is a typical day like for a medical coder?",
        ),
        # After an answer for either role, a role alone asks whether it holds for that role: it does.
        (("can I work from home?", "what about coders?"), "Can I work from home as a biller or coder?"),
        (("do I need to be certified?", "and billers?"), "Do I need to be certified to get a job?"),
        # A topic only one role has an entry for: the same question for the other role, which the
        # advisor is unsure of, rather than a confident "What is medical coding?".
        (("is billing stressful?", "and coding?"), "Did you mean…"),
        # Small talk in between keeps the thread.
        (("how much do billers make?", "thanks!", "what about coders?"), "How much do medical coders make?"),
        # "It" is what was just answered, though another entry's phrasing fits the words better
        # (the CBCS entry has "is the cbcs open book").
        (("what's the cpc exam like?", "is it open book?"), "What is the CPC exam like?"),
        (("what is the cbcs?", "is it open book?"), "What is the CBCS?"),
        # …read with the last answer's question as its context ("it" is the CPC exam, the A).
        (("what's the cpc exam like?", "can I take it online?"), "What is the CPC exam like?"),
        (("what does cpc-a mean?", "how do I get rid of it?"), "What does the A in CPC-A mean?"),
        (("what is the cbcs?", "who offers it?"), "What is the CBCS?"),
        # …and words the advisor would decline alone are about it too.
        (
            ("what are the claim forms?", "who fills them out?"),
            "What are the CMS-1500 and UB-04 claim forms?",
        ),
        # "What's that?" asks for the last answer again.
        (("do I need a CCA?", "what's that?"), "CCA or CCS: what is each for?"),
        # Only where or for whom: the last question, asked there (alone, both were declined).
        (("how much do coders make?", "what about in california?"), "How much do medical coders make?"),
        (("how much do billers make?", "and in texas?"), "How much do medical billers make?"),
        # Which of those just named suits a role (alone: "I didn't catch what you're asking").
        (
            ("which certifications are there?", "which is best for billing?"),
            "Which certifications are there for billing and coding?",
        ),
        (("what are icd-10, cpt and hcpcs?", "which one do billers use?"), "What are ICD-10, CPT and HCPCS?"),
        (
            ("what are the claim forms?", "which one do hospitals use?"),
            "What are the CMS-1500 and UB-04 claim forms?",
        ),
        (("tell me about the cca", "which of the two is harder?"), "CCA or CCS: what is each for?"),
        # "How about" is "what about" (alone it asked nothing).
        (("is billing stressful?", "how about coding?"), "Did you mean…"),
        # "It" is the credential just answered, not the role it belongs to, nor the one set beside it.
        (("what is the cpc exam like?", "is it hard?"), "What is the CPC exam like?"),
        (("what is the cbcs?", "is it better than the cpc?"), "What is the CBCS?"),
    ],
)
def test_a_follow_up_leans_on_the_last_answer(advisor: Advisor, messages: tuple[str, ...], last_title: str):
    assert conversation(advisor, *messages)[-1] == last_title


@pytest.mark.parametrize(
    ("messages", "last_title"),
    [
        # A question that names its own role or topic is read on its own.
        (("how much do billers make?", "is coding hard to learn?"), "Is medical coding hard to learn?"),
        (
            ("how much do billers make?", "can I work from home?"),
            "Can I work from home as a biller or coder?",
        ),
        # Weighing the two is about both, whatever came before.
        (
            ("how much do billers make?", "which is easier?"),
            "Which is easier to learn, medical billing or medical coding?",
        ),
        # A subject the advisor does not answer ends the thread.
        (
            ("how much do billers make?", "how much do nurses make?", "what about coders?"),
            "What is medical coding?",
        ),
        # "It" set beside another job is about that job.
        (("what is medical coding?", "is it better than nursing?"), "I can't answer that one"),
        (("is coding hard?", "what about nursing?"), "I can't answer that one"),
    ],
)
def test_a_question_that_stands_alone_is_read_alone(
    advisor: Advisor, messages: tuple[str, ...], last_title: str
):
    assert conversation(advisor, *messages)[-1] == last_title


def test_each_person_and_each_server_has_a_thread_of_its_own(advisor: Advisor):
    advisor.ask("how much do billers make?", SAM)
    elsewhere = Who("discord", "guild-2", "sam")
    someone_else = Who("discord", "guild-1", "alex")
    assert advisor.ask("what about coders?", elsewhere).title == "What is medical coding?"
    assert advisor.ask("what about coders?", someone_else).title == "What is medical coding?"
    assert advisor.ask("what about coders?", SAM).title == "How much do medical coders make?"


def test_a_topic_picked_from_a_button_is_followed_on_too(advisor: Advisor):
    advisor.handle_action("faq:coder-pay", SAM)
    assert advisor.ask("and billers?", SAM).title == "How much do medical billers make?"


def test_the_same_question_without_a_conversation_is_unchanged(advisor: Advisor):
    # What the benchmark and `advisor ask` measure: a question on its own.
    advisor.ask("how much do billers make?", SAM)
    assert advisor.ask_result("what about coders?").faq_id == "what-is-coding"


def test_the_other_roles_side_of_a_one_role_topic_does_not_offer_what_was_just_read(advisor: Advisor):
    advisor.ask("is billing stressful?", SAM)
    reply = advisor.ask("and coding?", SAM)
    offered = [c.action for c in reply.choices]
    assert offered and "faq:billing-stress" not in offered


def test_tell_me_more_offers_the_topics_next_to_the_last_answer(advisor: Advisor):
    advisor.ask("how much do coders make?", SAM)
    reply = advisor.ask("tell me more", SAM)
    related = advisor.content.faq["coder-pay"].related
    assert reply.title == "More on this"
    assert [c.action for c in reply.choices] == [f"faq:{i}" for i in related[:3]]
    # …and the thread goes on: a role alone is still about pay.
    assert advisor.ask("what about billers?", SAM).title == "How much do medical billers make?"


def test_tell_me_more_with_nothing_asked_yet_asks_for_a_question(advisor: Advisor):
    assert advisor.ask("tell me more", SAM).title == "More about what?"
