"""Load on loopback: signed Slack /ask requests against the advisor's HTTP mode (Redis as the
store) and against a minimal bolt app that only acknowledges, in the same run.

Everything runs on 127.0.0.1 and stops by itself: a redis-server, a sink standing in for Slack's
Web API and response_url, the two apps as separate processes, and a bounded number of requests.
`python -m bench.load` prints the table; `make bench` runs it after the quality table.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

ROOT = Path(__file__).resolve().parent.parent
ADVISOR_BIN = Path(sys.executable).parent / "advisor"
SECRET = "load-test-signing-secret"
REQUESTS = 2000
CONCURRENCY = (10, 50)
WARM_UP = 50
QUESTIONS = ["how much do coders make", "can i work from home", "is billing hard", "salary?", "wfh?"]


@dataclass
class LoadRow:
    system: str
    concurrency: int
    p50_ms: float
    p99_ms: float
    rps: float
    errors: int


def free_ports(count: int) -> list[int]:
    """Distinct free ports: all sockets stay open until every port is known, so none repeats."""
    with contextlib.ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in range(count)]
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]


@contextlib.contextmanager
def process(args: list[str], env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(
        args,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


async def wait_for(url: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            with contextlib.suppress(aiohttp.ClientError):
                async with session.get(url) as response:
                    if response.status == 200:
                        return
            await asyncio.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def signed(body: str) -> dict[str, str]:
    timestamp = str(int(time.time()))
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(timestamp=timestamp, body=body)
        or "",
    }


def ask_body(n: int, sink: str) -> str:
    return urlencode(
        {
            "token": "x",
            "team_id": "T1",
            "channel_id": "C1",
            "user_id": f"U{n % 100}",
            "user_name": "load",
            "command": "/ask",
            "text": QUESTIONS[n % len(QUESTIONS)],
            "response_url": f"{sink}/response/{n}",
            "trigger_id": "1.2.3",
        }
    )


async def hammer(url: str, sink: str, total: int, concurrency: int) -> tuple[list[float], int, float]:
    """(latencies in ms, errors, seconds) for `total` signed /ask requests at `concurrency`."""
    latencies: list[float] = []
    errors = 0
    counter = iter(range(total))
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:

        async def worker() -> None:
            nonlocal errors
            for n in counter:
                body = ask_body(n, sink)
                started = time.perf_counter()
                try:
                    async with session.post(url, data=body.encode(), headers=signed(body)) as response:
                        await response.read()
                        ok = response.status == 200
                except aiohttp.ClientError:
                    ok = False
                latencies.append((time.perf_counter() - started) * 1000)
                errors += not ok

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return latencies, errors, time.perf_counter() - began


ROUNDS = 4  # each system's requests at a concurrency, split into turns taken in alternation


async def measure(systems: dict[str, str], sink: str) -> list[LoadRow]:
    """Rows for each system (name: URL) at each concurrency. The systems take turns, a share of
    the requests each, so a spell of this shared machine running slow falls on both alike."""
    for url in systems.values():
        await hammer(url, sink, WARM_UP, 5)
    rows = []
    for concurrency in CONCURRENCY:
        runs: dict[str, tuple[list[float], int, float]] = {name: ([], 0, 0.0) for name in systems}
        for _ in range(ROUNDS):
            for name, url in systems.items():
                latencies, errors, seconds = await hammer(url, sink, REQUESTS // ROUNDS, concurrency)
                total = runs[name]
                runs[name] = (total[0] + latencies, total[1] + errors, total[2] + seconds)
        for name, (latencies, errors, seconds) in runs.items():
            latencies.sort()
            rows.append(
                LoadRow(
                    name,
                    concurrency,
                    statistics.median(latencies),
                    latencies[int(len(latencies) * 0.99) - 1],
                    len(latencies) / seconds,
                    errors,
                )
            )
    return sorted(rows, key=lambda r: (not r.system.startswith("advisor"), r.concurrency))


async def run() -> list[LoadRow]:
    redis_exe = shutil.which("redis-server")
    if redis_exe is None:
        raise RuntimeError("redis-server is needed for the load run (apt-get install redis-server)")
    ports = dict(zip(("redis", "sink", "advisor", "floor"), free_ports(4), strict=True))
    sink = f"http://127.0.0.1:{ports['sink']}"
    with tempfile.TemporaryDirectory() as folder:
        redis_args = [
            redis_exe,
            "--port",
            str(ports["redis"]),
            "--bind",
            "127.0.0.1",
            "--dir",
            folder,
            "--save",
            "",
        ]
        app_env = {
            "SLACK_BOT_TOKEN": "xoxb-load",
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": f"{sink}/api/",
            "REDIS_URL": f"redis://127.0.0.1:{ports['redis']}/0",
            "HOST": "127.0.0.1",
            "LOG_LEVEL": "WARNING",
        }
        with (
            process(redis_args),
            process([sys.executable, "-m", "bench.load_apps", "sink", str(ports["sink"])]),
            process([str(ADVISOR_BIN), "slack"], {**app_env, "PORT": str(ports["advisor"])}),
            process([sys.executable, "-m", "bench.load_apps", "floor", str(ports["floor"])], app_env),
        ):
            for name in ("sink", "advisor", "floor"):
                await wait_for(f"http://127.0.0.1:{ports[name]}/health")
            return await measure(
                {
                    "minimal bolt app (ack only)": f"http://127.0.0.1:{ports['floor']}/slack/events",
                    "advisor, HTTP mode + Redis": f"http://127.0.0.1:{ports['advisor']}/slack/events",
                },
                sink,
            )


def rows_or_none() -> list[LoadRow] | None:
    """The load rows, or None where no redis-server is installed."""
    if shutil.which("redis-server") is None:
        return None
    return asyncio.run(run())


def table(rows: list[LoadRow]) -> str:
    lines = [
        f"| system | concurrency | p50 ack ms | p99 ack ms | requests/s | errors (of {REQUESTS:,}) |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r.system} | {r.concurrency} | {r.p50_ms:.1f} | {r.p99_ms:.1f} | {r.rps:.0f} | {r.errors} |"
        for r in rows
    ]
    return "\n".join(lines)


def verdict(rows: list[LoadRow]) -> list[str]:
    """Targets missed: zero errors; throughput ≥ 80% of the floor's; p99 ≤ 1.25× the floor's."""
    missed = []
    for concurrency in CONCURRENCY:
        ours = next(r for r in rows if r.concurrency == concurrency and r.system.startswith("advisor"))
        floor = next(r for r in rows if r.concurrency == concurrency and not r.system.startswith("advisor"))
        if ours.errors:
            missed.append(f"errors at {concurrency}")
        if ours.rps < 0.8 * floor.rps:
            missed.append(f"throughput at {concurrency} ({ours.rps / floor.rps:.0%} of the floor)")
        if ours.p99_ms > 1.25 * floor.p99_ms:
            missed.append(f"p99 at {concurrency} ({ours.p99_ms / floor.p99_ms:.2f}x the floor)")
    return missed


def main() -> int:
    rows = asyncio.run(run())
    print(table(rows))
    missed = verdict(rows)
    print("\nLoad targets met." if not missed else "\nLoad targets missed: " + ", ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
