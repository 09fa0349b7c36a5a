"""Shared fixtures: the real content, and a scratch copy of it for breaking on purpose."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from core.advisor import Advisor
from core.recent import Recent

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
ADVISOR_BIN = Path(sys.executable).parent / "advisor"


@pytest.fixture(scope="session")
def built_advisor() -> Advisor:
    return Advisor.load(CONTENT)


@pytest.fixture
def advisor(built_advisor: Advisor) -> Advisor:
    """The advisor over the real content, built once; each test starts with no conversations."""
    built_advisor.recent = Recent()
    return built_advisor


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the real content, to break in one place per test."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target
