"""The terminal chat and the advisor command, driven through real pipes."""

from __future__ import annotations

import json
import subprocess
import time

from tests.conftest import ADVISOR_BIN, CONTENT


def advisor(*args: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env_free = {"PATH": "/usr/bin:/bin", "ADVISOR_CONTENT": str(CONTENT)}
    return subprocess.run(
        [ADVISOR_BIN, *args], input=stdin, capture_output=True, text=True, timeout=timeout, env=env_free
    )


def test_chat_answers_compares_and_finishes_a_quiz():
    script = "\n".join(
        ["/ask how much do coders make", "/compare pay", "/quiz", *"2212221222", "/quit", "never read"]
    )
    run = advisor("run", stdin=script + "\n")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "How much do medical coders make?" in out and "$21 an hour" in out
    assert "Source: Medical Coding and Billing Career: Is It Right For You? (2019)" in out
    assert "Coder   ████████████████ $21/h" in out
    assert "Question 10 of 10" in out
    assert "Medical coding looks like your fit" in out
    assert "never read" not in out.split("/quit")[-1]
    assert out.rstrip().endswith("Bye! Good luck with your career choice.")


def test_quiz_keys_back_restart_cancel():
    run = advisor("chat", stdin="/quiz\n1\nb\n2\nr\nq\n")
    out = run.stdout
    assert out.count("Question 2 of 10") == 2  # after 1, and again after going back then 2
    assert out.count("Question 1 of 10") == 3  # start, back, restart
    assert "Quiz cancelled" in out


def test_plain_question_and_numbered_buttons():
    run = advisor("chat", stdin="can i work from home?\n1\n")
    out = run.stdout
    assert "Can I work from home as a biller or coder?" in out
    assert "Related:" in out
    assert "What is a typical day like for a medical biller?" in out.split("> 1")[-1]


def test_unknown_command_and_bad_input_are_answered_kindly():
    run = advisor("chat", stdin="/dance\n\n@everyone\n" + "x" * 10_000 + "\n")
    assert run.returncode == 0
    assert "I don't know /dance" in run.stdout
    assert "read only the first 2,000 characters" in run.stdout
    assert "Traceback" not in run.stderr


def test_ask_json_for_one_question():
    run = advisor("ask", "--json", stdin="how much do coders make\n")
    assert json.loads(run.stdout) == {
        "faq_id": "coder-pay",
        "confidence": json.loads(run.stdout)["confidence"],
        "suggestions": json.loads(run.stdout)["suggestions"],
        "why": "answer",
    }
    assert json.loads(run.stdout)["faq_id"] == "coder-pay"


def test_ask_json_batch_of_a_thousand_in_order():
    questions = ["how much do coders make", "how much do nurses make", "", "wfh?"] * 250
    started = time.perf_counter()
    run = advisor("ask", "--json", stdin="\n".join(questions) + "\n")
    elapsed = time.perf_counter() - started
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(lines) == 1000
    assert [r["faq_id"] for r in lines[:4]] == ["coder-pay", None, None, "remote-work"]
    print(f"1,000 questions end to end: {elapsed:.2f}s")  # the timed target lives in make bench


def test_ask_and_compare_print_what_the_chat_shows():
    asked = advisor("ask", "is", "billing", "stressful?")
    assert "Is medical billing a stressful job?" in asked.stdout
    compared = advisor("compare", "money")
    assert "Billers vs coders: Pay" in compared.stdout and "$43,000/yr" in compared.stdout


def test_run_reports_a_platform_that_cannot_start_without_leaking_its_token(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "ADVISOR_CONTENT": str(CONTENT), "SLACK_BOT_TOKEN": "xoxb-secret-123"}
    env["ADVISOR_DB"] = str(tmp_path / "advisor.db")
    run = subprocess.run([ADVISOR_BIN, "run"], capture_output=True, text=True, timeout=60, env=env, input="")
    assert run.returncode == 1
    assert "slack stopped: SlackSettingsError" in run.stderr
    assert "xoxb-secret-123" not in run.stderr + run.stdout


def test_a_follow_up_in_the_chat_leans_on_the_last_answer():
    run = advisor("chat", stdin="how much do billers make?\nwhat about coders?\nis it hard?\n")
    answers = run.stdout.split("> ")
    assert "How much do medical coders make?" in answers[2]
    assert "Is medical coding hard to learn?" in answers[3]


def test_a_question_beyond_the_article_shows_its_figures_and_dated_sources():
    run = advisor("chat", stdin="is the cpc exam open book\n/compare then and now\n")
    out = run.stdout
    assert "What is the CPC exam like?" in out and "100 multiple-choice questions in 4 hours" in out
    assert "Sources: AAPC: CPC exam FAQs (read Nov 2026)" in out
    assert "May 2024  ████████████████ $50,250/yr" in out
