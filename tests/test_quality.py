"""FAQ understanding beyond the entries' own phrasings: the regression floor, twins, patterns."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml

from bench.run import load_questions
from core.advisor import Advisor
from core.content import ContentErrors, load_content
from core.text import normalize, stem
from tests.conftest import ADVISOR_BIN

FLOOR = load_questions(Path(__file__).with_name("floor.tsv"))
VOICES = load_questions(Path(__file__).with_name("voices.tsv"))


# Voices lines that tipped the other way when #7's entries came in: still run, expected to fail
# (strictly: one that passes again fails until it leaves voices_drift.tsv).
DRIFTED = {q.text for q in load_questions(Path(__file__).with_name("voices_drift.tsv"))}
_DRIFT = pytest.mark.xfail(strict=True, reason="tipped by #7's new entries: see tests/voices_drift.tsv")


def _floor_params() -> list:
    return [
        pytest.param(q, id=q.text[:40], marks=_DRIFT if q.text in DRIFTED else ()) for q in FLOOR + VOICES
    ]


def test_drifted_lines_are_voices_lines_with_the_same_labels():
    drifted = load_questions(Path(__file__).with_name("voices_drift.tsv"))
    voices = {q.text: q.labels for q in VOICES}
    assert len(drifted) <= 7  # it may only shrink
    assert all(voices.get(q.text) == q.labels for q in drifted)


@pytest.mark.parametrize("question", _floor_params())
def test_regression_floor(advisor: Advisor, question):
    result = advisor.ask_result(question.text)
    if question.labels:
        assert result.faq_id in question.labels, result
    else:
        assert result.faq_id is None, result


def test_floor_is_a_real_sample():
    assert len(FLOOR) >= 100
    assert sum(1 for q in FLOOR if not q.labels) >= 30


def test_benchmark_set_meets_its_own_rules():
    questions = load_questions()
    assert len(questions) >= 400
    assert sum(1 for q in questions if not q.labels) / len(questions) >= 0.30
    ids = set(load_content().faq)
    for q in questions:
        assert q.labels <= ids, q.text
    halves = {q.half for q in questions}
    assert halves == {"tune", "test"}


def test_twin_phrasings_teach_the_other_role(advisor: Advisor):
    # "do medical coders wear scrubs" is only written for coders; billers get it by symmetry
    # only where a twin exists, and the coder entry keeps its own answer.
    assert advisor.ask_result("medical biller daily tasks").faq_id == "biller-day"
    only_coder = "is it hard to remember all the codes"
    assert advisor.ask_result(only_coder).faq_id == "coding-difficulty"


def test_patterns_add_a_topic_without_losing_the_role(advisor: Advisor):
    assert advisor.ask_result("what do medical coders make").faq_id == "coder-pay"
    assert advisor.ask_result("can a new biller find a billing job easily").faq_id == "biller-competition"


def test_chat_shorthand(advisor: Advisor):
    assert advisor.ask_result("hw much do u make as a coder").faq_id == "coder-pay"
    assert advisor.ask_result("r coders in demand").faq_id == "job-outlook"
    # "2" and "4" between words are "to" and "for"; a count stays a count.
    assert advisor.ask_result("is automation a threat 2 these careers").faq_id == "ai-and-the-future"
    assert advisor.ask_result("do i need 2 love reading 2 be a coder").faq_id == "coder-traits"
    assert normalize("I have 2 kids and it takes 2 years") == "i have 2 kids and it takes 2 years"


def test_a_stretched_short_word_is_read_as_that_word(advisor: Advisor):
    # "thhhhat" is "that" to the sentence readers too, not "thhat" (a longer word keeps a double letter
    # for typo repair: "codddding" is "codding").
    assert normalize("Is thhhhat normal? codddding") == "is that normal codding"
    question = "I keep hearing about ICD-10-CM and ICD-10-PCS. Are they the sammmme thing?"
    assert advisor.ask_result(question).faq_id == "code-sets"


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("which medical coding school is the best", "vendor"),
        ("can you recommend a billing course", "vendor"),
        ("my doctor billed me twice", "claim-help"),
        ("how do i submit a claim to my insurance", "claim-help"),
        ("what's the cpt code for a flu shot", "code-lookup"),
        ("how much do insurance agents make", "off-topic"),
        ("what's the best way to learn to code", "off-topic"),
    ],
)
def test_declines_with_a_reason(advisor: Advisor, question: str, why: str):
    result = advisor.ask_result(question)
    assert (result.faq_id, result.why) == (None, why)


def test_vendor_question_gets_a_neutral_answer(advisor: Advisor):
    reply = advisor.ask("which medical coding school is the best")
    assert "don't recommend schools" in reply.title + reply.text
    assert "CareerStep" not in reply.text


def test_field_questions_get_both_roles(advisor: Advisor):
    result = advisor.ask_result("how do i get into medical billing and coding")
    assert result.why == "pair"
    assert {result.faq_id, result.suggestions[0]} == {"become-biller", "become-coder"}


def test_twin_must_point_back(content_copy):
    path = content_copy / "faq" / "biller-pay.yaml"
    data = yaml.safe_load(path.read_text())
    data["twin"] = "coder-day"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(ContentErrors) as caught:
        load_content(content_copy)
    assert any("entry 'biller-pay', field 'twin'" in str(e) for e in caught.value.errors)


def test_bad_pattern_is_reported(content_copy):
    path = content_copy / "vocabulary.yaml"
    data = yaml.safe_load(path.read_text())
    data["patterns"]["pay"].append("(unclosed")
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(ContentErrors) as caught:
        load_content(content_copy)
    assert any("vocabulary.yaml" in str(e) and "not a valid regex" in str(e) for e in caught.value.errors)


def test_a_predicate_without_a_pattern_is_a_content_error(content_copy: Path):
    path = content_copy / "vocabulary.yaml"
    data = yaml.safe_load(path.read_text())
    data["predicates"] = ["pay", "salaryish"]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(ContentErrors) as caught:
        load_content(content_copy)
    assert any("vocabulary.yaml" in str(e) and "salaryish" in str(e) for e in caught.value.errors)


@pytest.mark.parametrize(
    ("typed", "faq_id"),
    [
        ("how much do medcal coders mkae", "coder-pay"),  # a dropped letter and a swap
        ("how lnog is trainig", "training-length"),
        ("difrence between billing and codeing", "billing-vs-coding"),  # two letters in a long word
        ("whats teh pay for billers", "biller-pay"),
        ("is certifcation needed", "certification"),
        (
            "do coders hav to keep takin classes",
            "continuing-education",
        ),  # a phrase's words are repair targets
        ("can u wrk from hme as a biller", "remote-work"),  # chat shorthand
        ("is it ez to get a billing job", "biller-competition"),
        ("what dos a medical codr do all day", "coder-day"),  # short words lose letters too
        ("do i nekd to get certifed", "certification"),
        ("is it har to lear medical coding", "coding-difficulty"),
        ("is medical coking hard to learn", "coding-difficulty"),  # a real word, but after "medical"
        ("wats medical coding", "what-is-coding"),
        ("am i the type 4 billing", "biller-traits"),
    ],
)
def test_typos_are_forgiven(advisor: Advisor, typed: str, faq_id: str):
    assert advisor.ask_result(typed).faq_id == faq_id


def test_typo_repair_never_turns_a_real_word_into_a_topic(advisor: Advisor):
    assert advisor.ask_result("good night").faq_id is None  # not "tight deadlines"
    # English words outside the content's vocabulary stay what they are.
    assert (
        advisor.index.normalizer.spell("coming father players boring tired")
        == "coming father players boring tired"
    )
    assert (
        advisor.ask_result("i'm coming from retail, is medical billing hard to learn").faq_id
        == "billing-difficulty"
    )
    assert (
        advisor.ask_result("can my father become a coder at 60").faq_id != "training-length"
    )  # not "faster"
    assert advisor.ask_result("thanks!").why == "thanks"  # not "thinks"
    # Three-letter English words are real words too: "pat" is not "path", nor "cod" "code".
    assert advisor.index.normalizer.spell("pat cod ale wok") == "pat cod ale wok"


def test_forum_shorthand_mbc(advisor: Advisor):
    assert advisor.ask_result("is mbc worth it").faq_id == "benefits"
    assert advisor.ask_result("how long is mbc school").faq_id == "training-length"
    assert advisor.ask_result("is penn foster good").why == "vendor"  # a school, not our subject


@pytest.mark.parametrize(
    ("word", "same_as"),
    [
        ("billers", "billing"),
        ("coders", "coding"),
        ("careers", "career"),
        ("degrees", "degree"),
        ("employees", "employee"),
        ("offers", "offered"),
        ("notes", "note"),
        ("centres", "center"),
    ],
)
def test_stemming_joins_forms_of_one_word(word: str, same_as: str):
    assert stem(word) == stem(same_as)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("career", "car"),
        ("bother", "both"),
        ("father", "fat"),
        ("offer", "off"),  # a job offer is not taking the A off
        ("notes", "not"),
        ("former", "form"),  # a former nurse holds no claim form
        ("center", "cent"),
        ("stats", "state"),
    ],
)
def test_stemming_keeps_different_words_apart(word: str, other: str):
    assert stem(word) != stem(other)


def test_a_car_is_not_a_career(advisor: Advisor):
    assert advisor.ask_result("what is the best car to buy").faq_id is None


def test_every_process_answers_the_same_questions_alike():
    # Python salts string hashes per process; typo repair and scoring must not depend on set
    # order, or a restart (or another platform's process) would answer a question differently.
    typos = ["whak is medical billing", "how eany is it to get hiren in billing", "ladd a billing job"]
    typed = "\n".join([*typos, *(q.text for q in load_questions())])
    answers = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [str(ADVISOR_BIN), "ask", "--json"],
            input=typed,
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        answers.add(run.stdout)
    assert len(answers) == 1


def test_each_robustness_change_really_changes_a_question():
    # A kind of change that never fits a question would print "0 asked" and measure nothing.
    import random

    from bench import robust

    rng = random.Random(1)
    samples = ["Can I work from home as a coder?", "how much do billers make", "Are there jobs for you?"]
    for kind, change in robust.IN_SCOPE.items():
        changed = [change(q, rng) for q in samples]
        assert any(c is not None and c != q for c, q in zip(changed, samples, strict=True)), kind
    assert robust._unpunctuated("Are there jobs for you?", rng) == "are there jobs for you"
    assert robust._role_spelled_out("how much do billers make", rng) == "how much do medical billers make"
    assert robust._other_grammar("Can I work from home?", rng) == "am I able to work from home?"
