"""/compare: the full table, one topic by the words people use, numbers drawn as bars."""

from __future__ import annotations

import pytest

from core.advisor import Advisor


def test_full_comparison_shows_every_dimension(advisor: Advisor):
    reply = advisor.compare()
    labels = [f.name for f in reply.fields]
    assert len(labels) == len(advisor.content.comparison.dimensions) >= 12
    assert "Average hourly pay (2019)" in labels and "Who it fits" in labels
    pay = next(f for f in reply.fields if f.name == "Average hourly pay (2019)")
    assert "Biller: About $16 an hour." in pay.value and "Coder: About $21 an hour." in pay.value
    assert reply.footer.endswith("(2019)")


@pytest.mark.parametrize("words", ["pay", "salary", "money", "Salery", "  PAY ", "wages"])
def test_pay_reached_by_many_words(advisor: Advisor, words: str):
    reply = advisor.compare(words)
    assert reply.title == "Billers vs coders: Pay"
    assert [c.title for c in reply.charts] == ["Average hourly pay (2019)", "Average yearly pay (2019)"]


def test_bars_are_proportional_and_labelled(advisor: Advisor):
    hourly = advisor.compare("pay").charts[0]
    biller, coder = hourly.rows
    assert (biller.label, biller.figure) == ("Biller", "$16/h")
    assert (coder.label, coder.figure) == ("Coder", "$21/h")
    assert len(coder.bar) > len(biller.bar) > 0
    assert round(len(biller.bar) / len(coder.bar), 1) == round(16 / 21, 1)
    assert "Coder   ████████████████ $21/h" in hourly.lines()


def test_training_range_drawn_as_solid_then_light(advisor: Advisor):
    chart = advisor.compare("how long").charts[0]
    assert chart.rows[0].figure == "4–24 months"
    assert "█" in chart.rows[0].bar and "░" in chart.rows[0].bar


@pytest.mark.parametrize(("words", "title"), [("wfh", "Working from home"), ("stress", "Stress")])
def test_single_topics(advisor: Advisor, words: str, title: str):
    reply = advisor.compare(words)
    assert reply.title == f"Billers vs coders: {title}"
    assert [f.name for f in reply.fields] == ["Biller", "Coder"]
    assert reply.text  # the one-line takeaway


def test_unknown_topic_lists_what_it_can_compare(advisor: Advisor):
    reply = advisor.compare("unicorns")
    assert reply.kind == "notice"
    assert "pay" in reply.text and "training" in reply.text
    assert advisor.handle_action(reply.choices[0].action).kind == "compare"
