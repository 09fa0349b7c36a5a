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


@pytest.mark.parametrize("words", ["then and now", "now", "today", "Latest", "2025"])
def test_then_and_now_sets_2019_beside_the_newest_figures(advisor: Advisor, words: str):
    reply = advisor.compare(words)
    assert reply.title == "Billers and coders: then and now"
    pay = next(f for f in reply.fields if f.name == "Coders' yearly pay")
    assert (
        "2019: An average of about $43,000" in pay.value and "Now: A median of $50,250 (May 2024" in pay.value
    )
    billers = next(f for f in reply.fields if f.name == "Billers' yearly pay")
    assert "No current figure" in billers.value  # BLS counts no biller occupation: said, not guessed
    # Each bar is labelled with the date of its figure, and the footer names every source.
    coders = next(c for c in reply.charts if c.title == "Coders' yearly pay")
    assert [(b.label, b.figure) for b in coders.rows] == [("2019", "$43,000/yr"), ("May 2024", "$50,250/yr")]
    assert "BLS May 2024, as quoted by" in reply.footer and "(2019)" in reply.footer


def test_dated_topics_offer_then_and_now(advisor: Advisor):
    for reply in (advisor.compare("pay"), advisor.compare("outlook"), advisor.compare()):
        [then_and_now] = [c for c in reply.choices if c.label == "Then and now"]
        assert advisor.handle_action(then_and_now.action).title == "Billers and coders: then and now"
    assert not [c for c in advisor.compare("stress").choices if c.label == "Then and now"]
    assert ("Then and now", "then-and-now") in advisor.compare_topics()
