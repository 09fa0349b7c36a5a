"""Content validation: a broken file names its file, entry, field and line, and stops start-up."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from core.advisor import Advisor
from core.content import REQUIRED_FAQ_IDS, ContentErrors, load_content
from tests.conftest import ADVISOR_BIN, CONTENT


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def _errors(directory: Path) -> list[str]:
    with pytest.raises(ContentErrors) as caught:
        load_content(directory)
    return [str(e) for e in caught.value.errors]


def test_shipped_content_is_complete():
    content = load_content(CONTENT)
    assert set(REQUIRED_FAQ_IDS) <= set(content.faq)
    assert len(content.comparison.dimensions) >= 12
    assert 8 <= len(content.quiz.questions) <= 12
    for entry in content.faq.values():
        assert len(entry.asked_as) >= 6, entry.id
        assert len(entry.answer) <= 900, entry.id
        for source in [entry.source] if isinstance(entry.source, str) else entry.source:
            assert source in content.sources, entry.id


def test_a_figure_changed_once_changes_every_answer_and_row_showing_it(content_copy):
    before = load_content(content_copy)
    _edit(content_copy / "figures.yaml", lambda d: d["coder-hourly-2019"].__setitem__("value", 22.5))
    after = load_content(content_copy)
    showing = [e.id for e in before.faq.values() if "coder-hourly-2019" in before.figures_in[e.id]]
    assert {"coder-pay"} <= set(showing)
    for faq_id in showing:
        assert "$21 an hour" in before.faq[faq_id].answer
        assert after.faq[faq_id].answer == before.faq[faq_id].answer.replace("$21 an hour", "$22.50 an hour")
    hourly = {d.id: d for d in after.comparison.dimensions}["hourly-pay"]
    assert hourly.coding == "About $22.50 an hour." and hourly.numbers.coding == 22.5
    untouched = [e.id for e in before.faq.values() if e.id not in showing]
    assert all(after.faq[i] == before.faq[i] for i in untouched)


def test_an_answer_shows_its_figures_sources_and_dates(advisor):
    reply = advisor.faq_reply("job-outlook")
    assert "11%" in reply.text and "{" not in reply.text
    assert reply.footer.startswith("Sources:") and "BLS 2019, as quoted by" in reply.footer


@pytest.mark.parametrize(
    ("change", "field", "says"),
    [
        (lambda d: d["growth-2019"].pop("source"), "field 'source'", "Field required"),
        (lambda d: d["growth-2019"].pop("as_of"), "field 'as_of'", "Field required"),
        (lambda d: d["growth-2019"].__setitem__("source", "a-blog"), "field 'source'", "not in sources.yaml"),
    ],
    ids=["no source", "no date", "unknown source"],
)
def test_a_figure_without_source_or_date_fails_the_check(content_copy, change, field, says):
    _edit(content_copy / "figures.yaml", change)
    bad = subprocess.run([ADVISOR_BIN, "--content", content_copy, "check"], capture_output=True, text=True)
    assert bad.returncode != 0
    assert "figures.yaml" in bad.stderr and "entry 'growth-2019'" in bad.stderr and field in bad.stderr
    assert says in bad.stderr


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        ("Coders made $25 an hour.", "'Coders made $25 an hour.': figures come from figures.yaml"),
        ("Growth of 9 percent is expected.", "figures come from figures.yaml"),
        ("Coders made {coder-hourly-2020} an hour.", "'{coder-hourly-2020}' names no figure"),
        ("Growth was {records- growth-2034} then.", "figures come from figures.yaml"),
    ],
    ids=["money typed in", "percent typed in", "unknown figure", "reference broken over a line"],
)
def test_an_answer_may_show_money_and_percentages_only_from_figures(content_copy, answer, says):
    _edit(content_copy / "faq" / "coder-pay.yaml", lambda d: d.__setitem__("answer", answer))
    errors = _errors(content_copy)
    assert any("coder-pay.yaml" in e and "field 'answer'" in e and says in e for e in errors), errors


def test_numeric_dimensions_carry_numbers_for_bars():
    content = load_content(CONTENT)
    numeric = {d.id for d in content.comparison.dimensions if d.numbers}
    assert {"hourly-pay", "yearly-pay", "training-length"} <= numeric


def test_duplicate_id_names_both_files(content_copy):
    clone = content_copy / "faq" / "zz-copy.yaml"
    clone.write_text((content_copy / "faq" / "coder-pay.yaml").read_text())
    errors = _errors(content_copy)
    assert any("zz-copy.yaml" in e and "entry 'coder-pay'" in e and "duplicate id" in e for e in errors)


def test_related_id_that_does_not_exist(content_copy):
    _edit(content_copy / "faq" / "biller-pay.yaml", lambda d: d["related"].append("no-such-topic"))
    errors = _errors(content_copy)
    assert any("biller-pay.yaml" in e and "field 'related'" in e and "'no-such-topic'" in e for e in errors)


@pytest.mark.parametrize(
    ("entry", "change", "says"),
    [
        # A title edited in one entry leaves the pointers to it in others leading nowhere.
        ("pay-today", lambda d: d.update(question="What do coders earn today?"), "is no entry's question"),
        ("job-outlook", lambda d: d["related"].remove("outlook-today"), "is 'outlook-today', not in related"),
    ],
)
def test_an_answer_pointing_to_another_entry_names_one_the_user_can_open(content_copy, entry, change, says):
    _edit(content_copy / "faq" / f"{entry}.yaml", change)
    errors = _errors(content_copy)
    assert any("field 'answer'" in e and "answer points to '" in e and says in e for e in errors), errors


def test_missing_required_topic(content_copy):
    (content_copy / "faq" / "relocation.yaml").unlink()
    for other in (content_copy / "faq").glob("*.yaml"):
        _edit(other, lambda d: d.__setitem__("related", [r for r in d["related"] if r != "relocation"]))
    errors = _errors(content_copy)
    expected = f"{content_copy / 'faq' / 'relocation.yaml'}, entry 'relocation': required topic has no entry"
    assert errors == [expected]


def test_answer_over_its_limit_names_field_and_line(content_copy):
    path = content_copy / "faq" / "coder-pay.yaml"
    _edit(path, lambda d: d.__setitem__("answer", "word " * 200))
    errors = _errors(content_copy)
    [error] = [e for e in errors if "coder-pay.yaml" in e]
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if text.startswith("answer:"))
    assert f"coder-pay.yaml:{line}" in error
    assert "field 'answer'" in error and "900 characters" in error


def test_quiz_option_pointing_at_no_outcome(content_copy):
    def change(d):
        d["questions"][2]["options"][0]["toward"] = "nursing"

    _edit(content_copy / "quiz.yaml", change)
    errors = _errors(content_copy)
    assert any(
        "quiz.yaml" in e and "field 'questions.2.options.0.toward'" in e and "entry 'Unknown terms'" in e
        for e in errors
    )


def test_quiz_read_next_must_exist(content_copy):
    _edit(content_copy / "quiz.yaml", lambda d: d["outcomes"]["coding"]["read_next"].__setitem__(0, "nope"))
    errors = _errors(content_copy)
    assert any("entry 'coding'" in e and "field 'read_next'" in e for e in errors)


def test_yaml_syntax_error_gives_the_line(content_copy):
    path = content_copy / "faq" / "benefits.yaml"
    path.write_text("id: benefits\nquestion: [unclosed\nanswer: x\n")
    errors = _errors(content_copy)
    assert any("benefits.yaml:" in e and "YAML error" in e for e in errors)


def test_a_key_given_twice_is_an_error_not_a_silent_loss(content_copy):
    # YAML keeps the second of two equal keys: the first one's words would stop working unseen.
    path = content_copy / "vocabulary.yaml"
    text = path.read_text()
    path.write_text(
        text.replace("equivalents:\n", "equivalents:\n  home: [my place]\n  home: [my flat]\n", 1)
    )
    errors = _errors(content_copy)
    line = path.read_text().splitlines().index("  home: [my flat]") + 1
    assert any(f"vocabulary.yaml:{line}" in e and "'home' is a key twice" in e for e in errors)


def test_id_must_match_file_name(content_copy):
    _edit(content_copy / "faq" / "benefits.yaml", lambda d: d.__setitem__("id", "perks"))
    errors = _errors(content_copy)
    assert any("benefits.yaml" in e and "entry 'perks'" in e and "match the file name" in e for e in errors)


def test_too_few_phrasings_and_unknown_fields(content_copy):
    def change(d):
        d["asked_as"] = d["asked_as"][:2]
        d["anwser"] = "typo"

    _edit(content_copy / "faq" / "benefits.yaml", change)
    errors = _errors(content_copy)
    assert any("field 'asked_as'" in e and "at least 6" in e for e in errors)
    assert any("field 'anwser'" in e and "Extra inputs" in e for e in errors)


def test_same_phrasing_in_two_entries_is_ambiguous(content_copy):
    _edit(content_copy / "faq" / "biller-pay.yaml", lambda d: d["asked_as"].append("how much do coders make"))
    errors = _errors(content_copy)
    [error] = [e for e in errors if "how much do coders make" in e]
    assert "entry 'coder-pay'" in error and "also in 'biller-pay'" in error


def test_comparison_needs_twelve_dimensions(content_copy):
    _edit(content_copy / "comparison.yaml", lambda d: d.__setitem__("dimensions", d["dimensions"][:5]))
    errors = _errors(content_copy)
    assert any("comparison.yaml" in e and "field 'dimensions'" in e for e in errors)


def test_advisor_check_fails_on_broken_content(content_copy):
    ok = subprocess.run([ADVISOR_BIN, "--content", CONTENT, "check"], capture_output=True, text=True)
    assert ok.returncode == 0 and f"{len(load_content(CONTENT).faq)} FAQ entries" in ok.stdout
    _edit(content_copy / "faq" / "benefits.yaml", lambda d: d.__setitem__("source", "a-blog"))
    bad = subprocess.run([ADVISOR_BIN, "--content", content_copy, "check"], capture_output=True, text=True)
    assert bad.returncode != 0
    assert "benefits.yaml, entry 'benefits', field 'source'" in bad.stderr


def test_broken_content_stops_the_chat_with_a_clear_message(content_copy):
    (content_copy / "quiz.yaml").write_text("title: [")
    run = subprocess.run(
        [ADVISOR_BIN, "--content", content_copy, "run"], input="", capture_output=True, text=True, timeout=30
    )
    assert run.returncode == 2
    assert "quiz.yaml" in run.stderr and "Traceback" not in run.stderr


def test_a_figure_in_then_and_now_intro_is_shown_and_cited(content_copy):
    def change(d):
        d["then_and_now"]["intro"] = (
            "Coders' median was {records-median-pay-2024} in {records-median-pay-2024:when}."
        )

    _edit(content_copy / "comparison.yaml", change)
    reply = Advisor(load_content(content_copy)).compare("then and now")
    assert reply.text == "Coders' median was $50,250 in May 2024."
    assert "BLS May 2024, as quoted by medicalbillingandcoding.training" in reply.footer


def test_a_bar_naming_no_figure_is_reported_with_its_row_and_field(content_copy):
    def change(d):
        hourly = next(dim for dim in d["dimensions"] if dim["id"] == "hourly-pay")
        hourly["numbers"]["coding"] = "coder-hourly-2020"

    _edit(content_copy / "comparison.yaml", change)
    errors = _errors(content_copy)
    assert any(
        "comparison.yaml" in e
        and "entry 'hourly-pay'" in e
        and "field 'numbers.coding'" in e
        and "'coder-hourly-2020' names no figure" in e
        for e in errors
    ), errors
