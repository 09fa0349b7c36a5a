"""The Slack adapter over real HTTP: signed requests in, Web API and response_url calls out."""

from __future__ import annotations

import json
import subprocess
import time
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
import yaml
from aiohttp import web
from slack_sdk.models.blocks import Block
from slack_sdk.signature import SignatureVerifier

from bots.slack import render
from bots.slack.app import make_app, web_app
from core.advisor import EXPIRED_TEXT, Advisor
from core.commands import ADMIN, COMMANDS
from tests.conftest import ADVISOR_BIN, ROOT
from tests.loopback import serve
from tests.slack_mock import BOT_USER_ID, SlackMock

SECRET = "test-signing-secret"


class SlackHttp:
    """The app's HTTP mode on 127.0.0.1, and a client that signs like Slack."""

    def __init__(self, mock: SlackMock, advisor: Advisor) -> None:
        # With insights, advisor.insights is shared across restarts like a real database would be.
        self.mock, self.advisor = mock, advisor
        self.runner: web.AppRunner | None = None
        self.session: aiohttp.ClientSession | None = None
        self.url = ""

    async def start(self) -> None:
        app = make_app(self.advisor, "xoxb-test-token", SECRET, self.mock.api_url)
        self.runner, port = await serve(web_app(app))
        self.url = f"http://127.0.0.1:{port}/slack/events"
        self.session = aiohttp.ClientSession()

    async def restart(self) -> None:
        """A new app in a new server: nothing carried over but what rides in the buttons."""
        await self.stop()
        self.advisor = Advisor(Advisor.load().content, self.advisor.insights)
        await self.start()

    async def stop(self) -> None:
        if self.session:
            await self.session.close()
        if self.runner:
            await self.runner.cleanup()

    async def post(self, body: str, content_type: str, *, age: int = 0, signature: str | None = None) -> int:
        timestamp = str(int(time.time()) - age)
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": signature
            or SignatureVerifier(SECRET).generate_signature(timestamp=timestamp, body=body),
        }
        assert self.session is not None
        async with self.session.post(self.url, data=body.encode(), headers=headers) as response:
            raw = await response.read()
            if response.status == 200 and raw.startswith(b"{") and b'"blocks"' in raw:
                # A slash command's reply rides in its acknowledgement: record it like a call.
                await self.mock.calls.put(("ack", json.loads(raw)))
            return response.status

    async def command(self, name: str, text: str = "", user: str = "U1", **kw: Any) -> int:
        form = {
            "token": "x",
            "team_id": "T1",
            "channel_id": "C1",
            "user_id": user,
            "user_name": "sam",
            "command": f"/{name}",
            "text": text,
            "response_url": self.mock.response_url(),
            "trigger_id": "1.2.3",
            "api_app_id": "A1",
        }
        return await self.post(urlencode(form), "application/x-www-form-urlencoded", **kw)

    async def click(self, action_id: str, value: str, response_url: bool = True, **kw: Any) -> int:
        payload = {
            "type": "block_actions",
            "team": {"id": "T1"},
            "user": {"id": "U1", "name": "sam <!channel>"},
            "api_app_id": "A1",
            "token": "x",
            "trigger_id": "1.2.3",
            "container": {"type": "message", "message_ts": "1.1", "channel_id": "C1", "is_ephemeral": True},
            "channel": {"id": "C1", "name": "study"},
            **({"response_url": self.mock.response_url()} if response_url else {}),
            "actions": [
                {
                    "type": "button",
                    "action_id": action_id,
                    "block_id": "b1",
                    "value": value,
                    "action_ts": "1.2",
                }
            ],
        }
        return await self.post(
            urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded", **kw
        )

    async def event(self, event: dict[str, Any], **kw: Any) -> int:
        body = {
            "token": "x",
            "team_id": "T1",
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": f"Ev{time.time_ns()}",
            "event_time": int(time.time()),
            "event": event,
        }
        return await self.post(json.dumps(body), "application/json", **kw)


@pytest.fixture
async def mock():
    server = SlackMock()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def slack(mock: SlackMock, advisor: Advisor):
    http = SlackHttp(mock, advisor)
    await http.start()
    yield http
    await http.stop()


def assert_valid_blocks(blocks: list[dict[str, Any]]) -> None:
    assert 0 < len(blocks) <= 50
    action_ids = []
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None, raw
        block.validate_json()
        if raw["type"] == "section":
            assert len(raw.get("text", {}).get("text", "")) <= 3000
        for element in raw.get("elements", []):
            if element.get("type") == "button":
                assert len(element["text"]["text"]) <= 75 and len(element["value"]) <= 2000
                action_ids.append(element["action_id"])
    assert len(action_ids) == len(set(action_ids)), "duplicate action_id in one message"


def buttons(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for b in body["blocks"] if b["type"] == "actions" for e in b["elements"]]


def header(body: dict[str, Any]) -> str:
    return next(b["text"]["text"] for b in body["blocks"] if b["type"] == "header")


def all_text(body: dict[str, Any]) -> str:
    return json.dumps(body["blocks"], ensure_ascii=False)


# --- slash commands ------------------------------------------------------------------------------


async def test_ask_answers_ephemerally_with_a_share_button(slack: SlackHttp, mock: SlackMock):
    assert await slack.command("ask", "how much do coders make") == 200
    kind, body = await mock.next_call()
    assert kind == "ack" and body["response_type"] == "ephemeral"  # the reply rides in the ack
    assert header(body) == "How much do medical coders make?"
    assert "$21 an hour" in all_text(body)
    assert_valid_blocks(body["blocks"])
    share = next(b for b in buttons(body) if b["text"]["text"] == "Share in channel")
    assert await slack.click(share["action_id"], share["value"]) == 200
    kind, shared = await mock.next_call()
    assert shared["response_type"] == "in_channel" and shared["replace_original"] is False
    assert header(shared) == "How much do medical coders make?"
    assert "Shared by sam &lt;!channel&gt;" in all_text(shared)
    assert "<!channel>" not in all_text(shared)
    assert not buttons(shared)


async def test_a_question_beyond_the_article_names_its_dated_sources(slack: SlackHttp, mock: SlackMock):
    await slack.command("ask", "what's the difference between the cms 1500 and the ub 04")
    _, body = await mock.next_call()
    assert header(body) == "What are the CMS-1500 and UB-04 claim forms?"
    assert "837P" in all_text(body)
    assert "LegalClarity: how to fill out CMS-1500 and UB-04 claim forms (read Nov 2026)" in all_text(body)
    assert_valid_blocks(body["blocks"])


async def test_a_shared_answer_carries_no_ping_or_link_from_the_question(slack: SlackHttp, mock: SlackMock):
    # The link beside the question is left out of it; the ping must not ride in the button either.
    await slack.command("ask", "how much do coders make <!channel> <https://evil.example|click>")
    _, body = await mock.next_call()
    assert header(body) == "How much do medical coders make?"
    share = next(b for b in buttons(body) if b["text"]["text"] == "Share in channel")
    assert "<!channel>" not in share["value"] and "evil.example" not in share["value"]
    await slack.click(share["action_id"], share["value"])
    _, shared = await mock.next_call()
    assert header(shared) == "How much do medical coders make?"


async def test_ask_two_things_answers_each(slack: SlackHttp, mock: SlackMock):
    assert await slack.command("ask", "Is coding hard? Also, how long is training?") == 200
    _, body = await mock.next_call()
    assert header(body) == "You asked two things"
    text = all_text(body)
    assert "Is medical coding hard to learn?" in text and "How long does the training take?" in text
    assert_valid_blocks(body["blocks"])


async def test_ask_without_text_says_what_it_can_answer(slack: SlackHttp, mock: SlackMock):
    await slack.command("ask", "")
    _, body = await mock.next_call()
    assert "careers in medical billing and medical coding" in all_text(body)
    assert_valid_blocks(body["blocks"])


async def test_unsure_and_fallback(slack: SlackHttp, mock: SlackMock):
    await slack.command("ask", "is coding stressful")
    _, unsure = await mock.next_call()
    assert header(unsure) == "Did you mean…"
    first = buttons(unsure)[0]
    await slack.click(first["action_id"], first["value"])
    _, answer = await mock.next_call()
    assert answer["replace_original"] is False and answer["response_type"] == "ephemeral"
    assert any(b["text"]["text"] == "Share in channel" for b in buttons(answer))
    await slack.command("ask", "what is icd-10 code E11.9")
    _, fallback = await mock.next_call()
    assert "look up" in header(fallback).lower()


async def test_compare_pay_with_bars(slack: SlackHttp, mock: SlackMock):
    await slack.command("compare", "money")
    _, body = await mock.next_call()
    assert header(body) == "Billers vs coders: Pay"
    assert "Coder   ████████████████ $21/h" in all_text(body)
    assert_valid_blocks(body["blocks"])
    await slack.command("compare", "")
    _, full = await mock.next_call()
    assert_valid_blocks(full["blocks"])
    await slack.command("compare", "then and now")
    _, dated = await mock.next_call()
    assert header(dated) == "Billers and coders: then and now"
    assert "May 2024  ████████████████ $50,250/yr" in all_text(dated)
    assert_valid_blocks(dated["blocks"])


async def test_mrkdwn_injection_is_neutralised(slack: SlackHttp, mock: SlackMock):
    await slack.command("ask", "<!channel> <@U999> <https://evil.example|click> salary")
    _, body = await mock.next_call()
    text = all_text(body)
    assert "<!channel>" not in text and "<@U999>" not in text and "evil.example" not in text
    assert render.escape("<!here> & <@U1>") == "&lt;!here&gt; &amp; &lt;@U1&gt;"


# --- signatures ----------------------------------------------------------------------------------


async def test_bad_signature_gets_401_and_no_reply(slack: SlackHttp, mock: SlackMock):
    assert await slack.command("ask", "salary", signature="v0=" + "0" * 64) == 401
    assert await slack.command("ask", "salary", age=6 * 60) == 401
    assert await slack.click("advisor-0", "quiz:n:1--dl0f", signature="v0=bad") == 401
    assert (
        await slack.event({"type": "app_mention", "text": "hi", "channel": "C1", "ts": "1.0"}, age=600) == 401
    )
    await slack.command("help")  # a good request afterwards still works, and is the only reply
    kind, body = await mock.next_call()
    assert kind == "ack" and "/ask" in all_text(body)
    assert mock.pending() == 0


# --- the quiz -----------------------------------------------------------------------------------

PATHS = {
    "billing": [0, 0, 1, 0, 0, 0, 1, 0, 0, 0],
    "coding": [1, 1, 0, 1, 1, 1, 0, 1, 1, 1],
    "both": [2, 2, 0, 2, 2, 2, 2, 2, 0, 2],
    "not-a-fit": [3, 3, 2, 3, 3, 3, 3, 3, 2, 3],
}


def answer_buttons(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for b in buttons(body) if b["value"].startswith("quiz:a:")]


@pytest.mark.parametrize("outcome", PATHS)
async def test_quiz_to_every_outcome_through_button_values(slack: SlackHttp, mock: SlackMock, outcome: str):
    await slack.command("quiz")
    _, body = await mock.next_call()
    assert body["response_type"] == "ephemeral"
    for step, pick in enumerate(PATHS[outcome], start=1):
        assert f"Question {step} of 10" in all_text(body)
        assert_valid_blocks(body["blocks"])
        chosen = answer_buttons(body)[pick]
        await slack.click(chosen["action_id"], chosen["value"])
        _, body = await mock.next_call()
        assert body["replace_original"] is True  # the same message, updated in place
    assert header(body) == slack.advisor.content.quiz.outcomes[outcome].title
    share = next(b for b in buttons(body) if b["text"]["text"] == "Share my result")
    await slack.click(share["action_id"], share["value"])
    _, shared = await mock.next_call()
    assert shared["response_type"] == "in_channel"
    assert "What pointed this way" not in all_text(shared)


async def test_back_restart_cancel(slack: SlackHttp, mock: SlackMock):
    await slack.command("quiz")
    _, first = await mock.next_call()
    await slack.click(answer_buttons(first)[0]["action_id"], answer_buttons(first)[0]["value"])
    _, second = await mock.next_call()
    controls = {b["text"]["text"]: b for b in buttons(second)}
    await slack.click(controls["Back"]["action_id"], controls["Back"]["value"])
    _, back = await mock.next_call()
    assert "Question 1 of 10" in all_text(back)
    await slack.click(controls["Cancel"]["action_id"], controls["Cancel"]["value"])
    _, cancelled = await mock.next_call()
    assert header(cancelled) == "Quiz cancelled" and not buttons(cancelled)


async def test_a_restarted_app_continues_a_quiz(slack: SlackHttp, mock: SlackMock):
    await slack.command("quiz")
    _, first = await mock.next_call()
    chosen = answer_buttons(first)[1]
    await slack.restart()
    await slack.click(chosen["action_id"], chosen["value"])
    _, body = await mock.next_call()
    assert "Question 2 of 10" in all_text(body)


@pytest.mark.parametrize(
    "value", ["quiz:a:1-0123-zzzz", "quiz:a:7-0-pjtj", "quiz:a:1-99-abcd", "share:{not json", "anything"]
)
async def test_forged_or_stale_values_expire(slack: SlackHttp, mock: SlackMock, value: str):
    assert await slack.click("advisor-0", value) == 200
    _, body = await mock.next_call()
    assert body["response_type"] == "ephemeral"
    text = all_text(body)
    assert EXPIRED_TEXT in text or "no longer works" in text


# --- mentions, DMs, home ------------------------------------------------------------------------


async def test_mention_answers_in_the_thread(slack: SlackHttp, mock: SlackMock):
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": f"<@{BOT_USER_ID}> can i work from home?",
        "channel": "C1",
        "ts": "1700.1",
    }
    assert await slack.event(event) == 200
    method, body = await mock.next_call()
    assert method == "chat.postMessage"
    assert body["channel"] == "C1" and body["thread_ts"] == "1700.1"
    assert header(body) == "Can I work from home as a biller or coder?"
    assert_valid_blocks(body["blocks"])


async def test_direct_message_answers_and_bots_are_ignored(slack: SlackHttp, mock: SlackMock):
    await slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "bot_id": "B2",
            "text": "salary",
            "channel": "D1",
            "ts": "1.0",
        }
    )
    await slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U1",
            "text": "how long is training",
            "channel": "D1",
            "ts": "2.0",
        }
    )
    method, body = await mock.next_call()
    assert method == "chat.postMessage" and body["channel"] == "D1"
    assert header(body) == "How long does the training take?"
    assert mock.pending() == 0


async def test_a_follow_up_leans_on_the_same_persons_last_answer(slack: SlackHttp, mock: SlackMock):
    await slack.command("ask", "how much do billers make?", user="U1")
    await mock.next_call()
    await slack.command("ask", "what about coders?", user="U2")  # someone else: a question of its own
    _, other = await mock.next_call()
    assert header(other) == "What is medical coding?"
    await slack.command("ask", "what about coders?", user="U1")
    _, body = await mock.next_call()
    assert header(body) == "How much do medical coders make?"


async def test_app_home_introduces_the_bot(slack: SlackHttp, mock: SlackMock):
    await slack.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    method, body = await mock.next_call()
    assert method == "views.publish" and body["user_id"] == "U1"
    view = body["view"]
    assert view["type"] == "home"
    assert "/quiz" in json.dumps(view["blocks"])
    assert_valid_blocks(view["blocks"])


def test_every_reachable_reply_is_valid_block_kit(advisor: Advisor):
    from tests.test_reply import reachable

    for reply in reachable(advisor):
        assert_valid_blocks(render.blocks(reply, share={"cmd": "ask", "arg": "x" * 1500}))


@pytest.mark.parametrize("declared", [c.name for c in COMMANDS])
async def test_every_declared_command_is_answered(slack: SlackHttp, mock: SlackMock, declared: str):
    assert await slack.command(declared, "pay" if declared == "compare" else "") == 200
    kind, body = await mock.next_call()
    assert kind == "ack" and body["response_type"] == "ephemeral"
    assert_valid_blocks(body["blocks"])


def test_manifest_declares_exactly_the_core_commands():
    manifest = yaml.safe_load((ROOT / "bots" / "slack" / "manifest.yml").read_text())
    commands = manifest["features"]["slash_commands"]
    declared = [*COMMANDS, ADMIN]
    assert [c["command"] for c in commands] == [f"/{c.name}" for c in declared]
    assert [c["description"] for c in commands] == [c.description for c in declared]
    assert manifest["settings"]["socket_mode_enabled"] is True
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert events == {"app_home_opened", "app_mention", "message.im", "message.channels", "message.groups"}
    assert "users:read" in manifest["oauth_config"]["scopes"]["bot"]  # to check who is an admin
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True


async def test_health_endpoint_for_load_balancers(slack: SlackHttp):
    assert slack.session is not None
    async with slack.session.get(slack.url.replace("/slack/events", "/health")) as response:
        assert response.status == 200 and await response.text() == "ok"


def test_slack_command_needs_settings(tmp_path):
    run = subprocess.run(
        [ADVISOR_BIN, "slack"], capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"}
    )
    assert run.returncode == 2 and "SLACK_BOT_TOKEN is not set" in run.stderr
    env = {"PATH": "/usr/bin:/bin", "SLACK_BOT_TOKEN": "xoxb-1", "ADVISOR_DB": str(tmp_path / "a.db")}
    run = subprocess.run([ADVISOR_BIN, "slack"], capture_output=True, text=True, timeout=60, env=env)
    assert run.returncode == 2 and "SLACK_SIGNING_SECRET" in run.stderr
    assert "xoxb-1" not in run.stderr


def test_preview_slack_prints_valid_block_kit():
    run = subprocess.run(
        [ADVISOR_BIN, "preview", "slack", "/quiz"], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert_valid_blocks(json.loads(run.stdout)["blocks"])


def test_the_largest_possible_reply_fits_slack():
    from core.reply import Chart, Choice, Field, Reply

    huge = Reply(
        kind="compare",
        title="T" * 400,
        text="word " * 3000,
        fields=tuple(Field(f"f{i}", "v " * 600, inline=i % 2 == 0) for i in range(40)),
        charts=(Chart("c", ()),),
        choices=tuple(Choice("x" * 90, f"faq:{i}") for i in range(40)),
        choices_label="Related",
        footer="s" * 4000,
    )
    assert_valid_blocks(render.blocks(huge, share={"cmd": "ask", "arg": "y" * 1500}))


# --- insights, admin tools and answer channels --------------------------------------------------------


@pytest.fixture
async def stored_slack(mock: SlackMock, tmp_path):
    from core.insights import Insights
    from core.store import SqliteStore

    store = SqliteStore(tmp_path / "advisor.db")
    insights = Insights(store, store.salt())
    http = SlackHttp(mock, Advisor(Advisor.load().content, insights))
    await http.start()
    yield http
    await http.stop()
    insights.close()


async def test_votes_and_admin_insights(stored_slack: SlackHttp, mock: SlackMock):
    await stored_slack.command("ask", "how much do coders make")
    _, answer = await mock.next_call()
    helpful = next(b for b in buttons(answer) if b["value"] == "vote:coder-pay:1")
    await stored_slack.click(helpful["action_id"], helpful["value"])
    _, thanks = await mock.next_call()
    assert header(thanks) == "Thanks for the feedback" and thanks["response_type"] == "ephemeral"
    await stored_slack.command("ask", "is coding stressful <!channel>")
    await mock.next_call()
    await stored_slack.command("advisor", "insights", user="U1")
    _, refused = await mock.next_call()
    assert header(refused) == "For workspace admins"
    await stored_slack.command("advisor", "insights", user="UADMIN")
    _, report = await mock.next_call()
    text = all_text(report)
    assert header(report) == "Advisor insights for this server"
    assert "👍 1" in text and "coding stressful" in text
    assert "<!channel>" not in text
    assert_valid_blocks(report["blocks"])


async def test_answer_here_answers_plain_questions_when_sure(stored_slack: SlackHttp, mock: SlackMock):
    await stored_slack.command("advisor", "settings answer-here on share off", user="UADMIN")
    _, shown = await mock.next_call()
    assert "(saved)" in header(shown) and "C1" in all_text(shown)
    sure = {
        "type": "message",
        "channel_type": "channel",
        "channel": "C1",
        "user": "U2",
        "text": "how long is medical coding training",
        "ts": "5.0",
    }
    unsure = {**sure, "text": "is coding stressful", "ts": "6.0"}
    elsewhere = {**sure, "channel": "C2", "ts": "7.0"}
    for event in (unsure, elsewhere, sure):
        assert await stored_slack.event(event) == 200
    method, body = await mock.next_call()
    assert method == "chat.postMessage" and body["thread_ts"] == "5.0"
    assert header(body) == "How long does the training take?"
    assert mock.pending() == 0


async def test_a_click_without_response_url_answers_ephemerally(slack: SlackHttp, mock: SlackMock):
    assert await slack.click("advisor-0", "faq:coder-pay", response_url=False) == 200
    method, body = await mock.next_call()
    assert method == "chat.postEphemeral" and body["channel"] == "C1" and body["user"] == "U1"
    assert header(body) == "How much do medical coders make?"


async def test_a_failing_command_still_answers_with_a_reference(
    slack: SlackHttp, mock: SlackMock, monkeypatch, caplog
):
    def boom(*args, **kwargs):
        raise RuntimeError("xoxb-should-not-show")

    monkeypatch.setattr(slack.advisor, "command", boom)
    assert await slack.command("ask", "salary") == 200
    _, body = await mock.next_call()
    text = all_text(body)
    assert header(body) == "Sorry, something went wrong" and "Error reference:" in text
    assert "xoxb-should-not-show" not in text
