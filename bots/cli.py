"""The `advisor` command: run the adapters, ask and compare from the shell, check content."""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.advisor import Advisor
from core.content import ContentErrors
from core.insights import Insights
from core.store import RETENTION_DAYS, open_store

log = logging.getLogger("advisor")

# Each chat platform: the module that runs it and the environment variables it needs.
# A platform starts when all its variables are set; with none set, the terminal chat runs.
PLATFORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "discord": ("bots.discord", ("DISCORD_TOKEN",)),
    "slack": ("bots.slack", ("SLACK_BOT_TOKEN",)),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `advisor` console script."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "INFO"), format="%(levelname)s %(name)s: %(message)s"
    )
    load_dotenv(Path(".env"))
    try:
        advisor = Advisor.load(args.content)
    except ContentErrors as exc:
        print(f"Content has {len(exc.errors)} problem(s):", file=sys.stderr)
        for error in exc.errors:
            print(f"  {error}", file=sys.stderr)
        return 2
    return args.func(advisor, args)


def load_dotenv(path: Path) -> None:
    """Read KEY=VALUE lines from .env into the environment, never overriding what is set."""
    if not path.is_file():
        return
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        os.environ.setdefault(key.strip(), value.strip().strip("'\""))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="advisor", description="Medical billing & coding career advisor.")
    parser.add_argument("--content", help="content folder (default: ./content or $ADVISOR_CONTENT)")
    parser.set_defaults(func=_run)
    sub = parser.add_subparsers(title="commands")
    sub.add_parser(
        "run", help="start every adapter whose tokens are set, else the terminal chat"
    ).set_defaults(func=_run)
    sub.add_parser("chat", help="the terminal chat").set_defaults(func=_chat)
    ask = sub.add_parser("ask", help="answer a question, or one question a line from stdin")
    ask.add_argument("question", nargs="*", help="the question (omit to read stdin)")
    ask.add_argument(
        "--json", action="store_true", help="one JSON line per question: faq_id, confidence, suggestions, why"
    )
    ask.set_defaults(func=_ask)
    compare = sub.add_parser("compare", help="billers vs coders, all topics or one")
    compare.add_argument("topic", nargs="*", help="a topic such as pay or training")
    compare.set_defaults(func=_compare)
    sub.add_parser("check", help="validate all content; non-zero exit on any error").set_defaults(func=_check)
    report = sub.add_parser(
        "report", help="what members asked, what went unanswered, helpfulness, quiz outcomes"
    )
    report.add_argument("--scope", help="one server, e.g. discord:123 or slack:T123 (default: all)")
    report.set_defaults(func=_report)
    discord = sub.add_parser("discord", help="run the Discord bot (DISCORD_TOKEN)")
    discord.add_argument("--sync", action="store_true", help="register the slash commands once, then exit")
    discord.add_argument("--guild", type=int, help="with --sync: one guild (instant, for testing)")
    discord.set_defaults(func=_discord)
    health = sub.add_parser("health", help="exit 0 if the running bot is healthy (container healthchecks)")
    health.add_argument("platform", nargs="?", choices=["discord", "slack"], help="check only this one")
    health.set_defaults(func=_health, needs_content=False)
    slack = sub.add_parser("slack", help="run the Slack app (Socket Mode or HTTP, from the environment)")
    slack.set_defaults(func=_slack)
    preview = sub.add_parser("preview", help="print the exact payload a platform would get for a command")
    preview.add_argument("platform", choices=["discord", "slack"])
    preview.add_argument("command", nargs="+", help="for example: /compare pay")
    preview.set_defaults(func=_preview)
    return parser


def open_insights() -> Insights:
    """The store from the environment: REDIS_URL, else the SQLite file ADVISOR_DB (./data/advisor.db)."""
    url = os.environ.get("REDIS_URL") or os.environ.get("ADVISOR_DB")
    store = open_store(url, int(os.environ.get("ADVISOR_RETENTION_DAYS", RETENTION_DAYS)))
    return Insights(store, os.environ.get("ADVISOR_SALT") or store.salt())  # purges daily


def _serving(advisor: Advisor) -> Advisor:
    """The advisor a long-running bot serves with, its store opened."""
    serving = advisor
    serving.record_to(open_insights())
    serving.warm()
    # Everything built so far (the index, the word lists) lives as long as the process: moved out of
    # the collector's reach, a full collection no longer walks it and stalls every reply in flight.
    gc.collect()
    gc.freeze()
    return serving


def _run(advisor: Advisor, args: argparse.Namespace) -> int:
    ready = [name for name, (_, needs) in PLATFORMS.items() if all(os.environ.get(v) for v in needs)]
    if not ready:
        return _chat(advisor, args)
    advisor = _serving(advisor)
    runners = []
    for name in ready:
        module_name, _ = PLATFORMS[name]
        try:
            runners.append((name, importlib.import_module(module_name).run))
        except (ImportError, AttributeError) as exc:
            log.warning("%s tokens are set, but its adapter could not load: %s", name, exc)
    if not runners:
        log.warning("no chat platform could start; opening the terminal chat instead")
        return _chat(advisor, args)
    import asyncio

    async def guarded(name: str, runner: Any) -> bool:
        # One platform failing (a rejected token, say) must not take the others down.
        try:
            await runner(advisor)
        except Exception as exc:  # the log names the error, never a token
            log.error("%s stopped: %s: %s", name, type(exc).__name__, exc)
            return False
        return True

    async def run_all() -> list[bool]:
        return list(await asyncio.gather(*(guarded(name, runner) for name, runner in runners)))

    return 0 if any(asyncio.run(run_all())) else 1


def _chat(advisor: Advisor, args: argparse.Namespace) -> int:
    from bots.terminal.chat import run

    return run(advisor)


def _ask(advisor: Advisor, args: argparse.Namespace) -> int:
    from bots.terminal.render import render

    questions = [" ".join(args.question)] if args.question else (line.rstrip("\n") for line in sys.stdin)
    out = sys.stdout
    for question in questions:
        if args.json:
            out.write(json.dumps(advisor.ask_result(question).as_json()) + "\n")
        else:
            out.write(render(advisor.ask(question)) + "\n")
    out.flush()
    return 0


def _compare(advisor: Advisor, args: argparse.Namespace) -> int:
    from bots.terminal.render import render

    sys.stdout.write(render(advisor.compare(" ".join(args.topic))))
    return 0


def _missing(variable: str) -> bool:
    """True (after saying so) when a required setting is absent; never prints a value."""
    if os.environ.get(variable):
        return False
    print(f"{variable} is not set: put it in .env (see .env.example).", file=sys.stderr)
    return True


def _discord(advisor: Advisor, args: argparse.Namespace) -> int:
    import asyncio

    import bots.discord as adapter

    if _missing("DISCORD_TOKEN"):
        return 2
    advisor = _serving(advisor)
    from discord import LoginFailure

    try:
        if args.sync:
            names = asyncio.run(adapter.sync(advisor, args.guild))
            where = f"guild {args.guild}" if args.guild else "all servers (may take up to an hour to appear)"
            print(f"Synced {', '.join('/' + n for n in names)} to {where}.")
            return 0
        asyncio.run(adapter.run(advisor))
    except LoginFailure:
        print("Discord rejected the token: check DISCORD_TOKEN in .env.", file=sys.stderr)
        return 2
    except ValueError as exc:  # shard settings that do not add up
        print(f"Discord: {exc}.", file=sys.stderr)
        return 2
    return 0


def _preview(advisor: Advisor, args: argparse.Namespace) -> int:
    name, _, argument = " ".join(args.command).strip().partition(" ")
    name = name.lstrip("/")
    try:
        reply = advisor.command(name, argument)
    except KeyError:
        print(f"Unknown command /{name}; try /ask, /compare, /quiz or /help.", file=sys.stderr)
        return 2
    if args.platform == "slack":
        from bots.slack.render import blocks

        # Ready to paste into Slack's Block Kit Builder.
        print(json.dumps({"blocks": blocks(reply)}, indent=2, ensure_ascii=False))
        return 0
    from bots.discord.render import payload

    print(json.dumps(payload(reply), indent=2, ensure_ascii=False))
    return 0


def _slack(advisor: Advisor, args: argparse.Namespace) -> int:
    import asyncio

    import bots.slack as adapter

    if _missing("SLACK_BOT_TOKEN"):
        return 2
    advisor = _serving(advisor)
    try:
        asyncio.run(adapter.run(advisor))
    except adapter.SlackSettingsError as exc:
        print(f"Slack: {exc}.", file=sys.stderr)
        return 2
    return 0


def _health(advisor: Advisor | None, args: argparse.Namespace) -> int:
    """Discord: the heartbeat file is fresh. Slack: /health answers on PORT. Either, with none named."""
    import time
    import urllib.request

    def discord_ok() -> bool:
        beat = Path(os.environ.get("ADVISOR_HEARTBEAT_FILE", "/tmp/advisor-discord.alive"))
        return beat.exists() and time.time() - beat.stat().st_mtime < 120

    def slack_ok() -> bool:
        url = f"http://127.0.0.1:{os.environ.get('PORT', '3000')}/health"
        try:
            with urllib.request.urlopen(url, timeout=3) as response:
                return response.status == 200
        except OSError:
            return False

    checks = {"discord": discord_ok, "slack": slack_ok}
    names = [args.platform] if args.platform else list(checks)
    return 0 if any(checks[name]() for name in names) else 1


def _report(advisor: Advisor, args: argparse.Namespace) -> int:
    from bots.terminal.render import render
    from core.insights import Who

    advisor = _serving(advisor)
    who = None
    if args.scope:
        platform, _, scope = args.scope.partition(":")
        who = Who(platform, scope, "")
    sys.stdout.write(render(advisor.insights_reply(who)))
    advisor.insights.close()  # type: ignore[union-attr]
    return 0


def _check(advisor: Advisor, args: argparse.Namespace) -> int:
    content = advisor.content
    print(
        f"Content OK: {len(content.faq)} FAQ entries, {len(content.comparison.dimensions)} comparison "
        f"dimensions, {len(content.quiz.questions)} quiz questions."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
