"""House rules that keep the design honest: core stays platform-free, commands declared once."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from bots.terminal.chat import COMMANDS_HELP
from core.commands import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
PLATFORMS = ("discord", "slack_bolt", "slack_sdk", "bots", "aiohttp")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_imports_no_platform():
    for path in (ROOT / "core").glob("*.py"):
        assert not _imports(path) & set(PLATFORMS), path.name


def test_redis_is_loaded_only_by_the_redis_store():
    importers = [p.name for p in (ROOT / "core").glob("*.py") if "redis" in _imports(p)]
    assert importers == ["store_redis.py"]
    # The answer path never pays for it: importing the advisor loads no Redis client.
    run = subprocess.run(
        [sys.executable, "-c", "import sys, core.advisor, core.store; print('redis' in sys.modules)"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert run.stdout.strip() == "False"


def test_adapters_do_not_import_each_other():
    adapters = [p for p in (ROOT / "bots").iterdir() if p.is_dir() and not p.name.startswith("_")]
    for adapter in adapters:
        for path in adapter.rglob("*.py"):
            text = path.read_text()
            for other in adapters:
                if other != adapter:
                    assert f"bots.{other.name}" not in text, f"{path} imports bots.{other.name}"


def test_commands_are_declared_once_and_the_terminal_offers_them_all():
    names = [c.name for c in COMMANDS]
    assert names == ["ask", "compare", "quiz", "help"]
    assert len(set(names)) == len(names)
    for cmd in COMMANDS:
        assert len(cmd.description) <= 100
        assert f"/{cmd.name}" in COMMANDS_HELP
