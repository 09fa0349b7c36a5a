"""Feedback, unanswered questions, quiz outcomes and settings, through the advisor, on SQLite."""

from __future__ import annotations

import pytest

from core.advisor import Advisor
from core.content import load_content
from core.insights import Insights, Who
from core.store import SqliteStore
from tests.conftest import CONTENT

SAM = Who("discord", "guild-1", "111")
ALEX = Who("discord", "guild-1", "222")
ELSEWHERE = Who("slack", "T9", "111")


@pytest.fixture
def advisor(tmp_path):
    store = SqliteStore(tmp_path / "advisor.db")
    insights = Insights(store, store.salt())
    yield Advisor(load_content(CONTENT), insights)
    insights.close()


def press(advisor: Advisor, reply, label: str, who: Who):
    [choice] = [c for c in reply.choices if c.label == label or c.label.startswith(label + ". ")]
    return advisor.handle_action(choice.action, who)


def test_answers_carry_vote_buttons_and_votes_count_once(advisor: Advisor):
    reply = advisor.ask("how much do coders make", SAM)
    assert [c.label for c in reply.choices][-2:] == ["👍 Helpful", "👎 Not helpful"]
    thanks = press(advisor, reply, "👍 Helpful", SAM)
    assert thanks.title == "Thanks for the feedback" and thanks.private
    press(advisor, reply, "👍 Helpful", SAM)  # clicked twice: still one vote
    press(advisor, reply, "👎 Not helpful", ALEX)
    press(advisor, reply, "👍 Helpful", ALEX)  # changed their mind
    report = advisor.insights.report(SAM.key)
    assert report.helpfulness == {"coder-pay": (2, 0)}
    assert report.top_questions == [("coder-pay", 1)]


def test_unanswered_and_unsure_questions_are_kept_for_admins(advisor: Advisor):
    advisor.ask("is coding stressful", SAM)
    advisor.ask("how much do welders make @everyone", SAM)
    advisor.ask("what is cpt 99213", SAM)  # a code look-up is not a gap in the content
    advisor.ask("how much does coding school cost", SAM)  # a gap: no source covers costs
    advisor.ask("is coding for the birds", SAM)  # not understood: a gap in the vocabulary
    report = advisor.insights.report(SAM.key)
    texts = [t for t, _ in report.unanswered]
    assert "is coding stressful" in texts
    assert "is coding for the birds" in texts
    assert "how much do welders make @everyone" in texts
    assert not any("99213" in t for t in texts)
    assert "how much does coding school cost" in texts
    shown = advisor.insights_reply(SAM)
    body = "\n".join(f.value for f in shown.fields)
    assert "welders" in body and "@everyone" not in body  # shown back harmlessly


def test_servers_are_kept_apart_and_the_command_line_sees_all(advisor: Advisor):
    advisor.ask("wfh?", SAM)
    advisor.ask("wfh?", ELSEWHERE)
    assert advisor.insights.report(SAM.key).top_questions == [("remote-work", 1)]
    everything = advisor.insights_reply(None)
    assert everything.title == "Advisor insights for all servers"
    assert "×2" in everything.fields[0].value


def test_quiz_outcomes_are_recorded(advisor: Advisor):
    reply = advisor.quiz_start()
    for pick in [2, 2, 1, 2, 2, 2, 1, 2, 2, 2]:
        reply = press(advisor, reply, str(pick), SAM)
    assert reply.kind == "result"
    assert advisor.insights.report(SAM.key).quiz_outcomes == {"coding": 1}
    assert "Quiz outcomes" in [f.name for f in advisor.insights_reply(SAM).fields]


def test_admins_can_turn_sharing_off(advisor: Advisor):
    shown = advisor.settings_reply(SAM, share_results=False)
    assert shown.title == "Advisor settings (saved)"
    reply = advisor.quiz_start()
    for pick in [1, 1, 2, 1, 1, 1, 2, 1, 1, 1]:
        reply = press(advisor, reply, str(pick), SAM)
    assert "Share my result" not in [c.label for c in reply.choices]
    # An old share button from before the change is refused politely.
    from core import quiz

    old = quiz.action(advisor.content.quiz, "share", tuple(p - 1 for p in [1, 1, 2, 1, 1, 1, 2, 1, 1, 1]))
    assert advisor.handle_action(old, SAM).title == "Sharing is off here"
    assert advisor.handle_action(old, ELSEWHERE).kind == "result"  # other servers unaffected


def test_answer_channels_toggle(advisor: Advisor):
    advisor.settings_reply(SAM, answer_here="C1", answer=True)
    advisor.settings_reply(SAM, answer_here="C2", answer=True)
    shown = advisor.settings_reply(SAM, answer_here="C1", answer=False)
    assert advisor.insights.settings(SAM).answer_channels == ("C2",)
    assert "<#C2>" in shown.fields[1].value


def test_without_a_store_nothing_is_recorded_and_no_vote_buttons():
    plain = Advisor.load(CONTENT)
    reply = plain.ask("how much do coders make", SAM)
    assert not any(c.action.startswith("vote:") for c in reply.choices)
    assert plain.handle_action("vote:coder-pay:1", SAM).kind == "expired"
    assert plain.insights_reply(SAM).title == "Insights are off"


def test_forged_votes_change_nothing(advisor: Advisor):
    for action in ["vote:coder-pay:2", "vote:nope:1", "vote:", "vote:coder-pay"]:
        assert advisor.handle_action(action, SAM).kind == "expired"
    assert advisor.insights.report(SAM.key).helpfulness == {}


def test_report_command_shows_a_scripted_session(tmp_path):
    import subprocess

    from tests.conftest import ADVISOR_BIN

    db = tmp_path / "advisor.db"
    store = SqliteStore(db)
    insights = Insights(store, store.salt())
    scripted = Advisor(load_content(CONTENT), insights)
    for question in [
        "how much do coders make",
        "how much do coders make",
        "wfh?",
        "is coding stressful",
    ]:
        scripted.ask(question, SAM)
    scripted.handle_action("vote:coder-pay:1", SAM)
    scripted.handle_action("vote:coder-pay:0", ALEX)
    reply = scripted.quiz_start()
    for pick in [2, 2, 1, 2, 2, 2, 1, 2, 2, 2]:
        reply = press(scripted, reply, str(pick), SAM)
    insights.close()

    env = {"PATH": "/usr/bin:/bin", "ADVISOR_DB": str(db), "ADVISOR_CONTENT": str(CONTENT)}
    run = subprocess.run([ADVISOR_BIN, "report"], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "How much do medical coders make? ×2" in out
    assert "“is coding stressful” ×1" in out
    assert "👍 1 · 👎 1" in out
    assert "coding 1" in out
    scoped = subprocess.run(
        [ADVISOR_BIN, "report", "--scope", "slack:T9"], capture_output=True, text=True, env=env
    )
    assert "Nothing recorded yet" in scoped.stdout


def test_retention_runs_when_insights_start(tmp_path):
    import time

    store = SqliteStore(tmp_path / "old.db", retention_days=90)
    store.record_question("discord:guild-1", "a question from long ago", "unanswered")
    store._db.execute("UPDATE questions SET at = ?", (time.time() - 100 * 86_400,))
    insights = Insights(store, store.salt())  # a bot starting up
    try:
        assert insights.report("discord:guild-1").unanswered == []
    finally:
        insights.close()


def test_distress_gets_a_kind_word_and_is_never_kept_for_admins(advisor: Advisor):
    reply = advisor.ask("i've been feeling really down lately and i don't know who to talk to", SAM)
    assert reply.title == "I'm sorry you're going through this"
    assert "someone you trust" in reply.text and "988" in reply.text
    assert "/quiz" not in reply.text and not reply.choices  # no menu for someone struggling
    advisor.ask("is coding for the birds", SAM)  # recorded as before
    advisor.insights.recorder.flush()
    texts = [t for t, _ in advisor.insights.report(SAM.key).unanswered]
    assert texts == ["is coding for the birds"]


def test_a_bot_about_to_serve_records_with_the_index_already_built(tmp_path, monkeypatch):
    # `advisor slack` / `advisor discord` open the store on the advisor main() built: answers
    # made before (none carry vote buttons without a store) are made again, the index is not.
    from bots import cli

    monkeypatch.setenv("ADVISOR_DB", str(tmp_path / "serving.db"))
    advisor = Advisor(load_content(CONTENT))
    index = advisor.index
    before = advisor.ask("how much do coders make")
    assert "👍 Helpful" not in [c.label for c in before.choices]
    serving = cli._serving(advisor)
    try:
        assert serving.index is index
        reply = serving.ask("how much do coders make", SAM)
        assert [c.label for c in reply.choices][-2:] == ["👍 Helpful", "👎 Not helpful"]
        press(serving, reply, "👍 Helpful", SAM)
        serving.insights.recorder.flush()
        assert serving.insights.report(SAM.key).helpfulness == {"coder-pay": (1, 0)}
    finally:
        import gc

        gc.unfreeze()
        serving.insights.close()
