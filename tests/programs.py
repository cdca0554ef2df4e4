"""External programs some tests need (poppler, LibreOffice, Chromium's helpers).

Locally a missing program skips the test; CI sets JIXIAO_REQUIRE_RENDER=1, where a
missing program is a failure, so a broken install can never pass as skipped tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


def require(program: str, *alternatives: str) -> str:
    """The path of ``program`` (or the first alternative found), else skip or fail."""
    for name in (program, *alternatives):
        found = shutil.which(name)
        if found is not None:
            return found
    message = f"{program} is not installed"
    if os.environ.get("JIXIAO_REQUIRE_RENDER") == "1":
        pytest.fail(f"{message} (JIXIAO_REQUIRE_RENDER=1)")
    pytest.skip(message)


def require_shared(path: Path, what: str) -> Path:
    """``path`` under ../shared (seeds, real samples), else skip or fail.

    CI sets JIXIAO_REQUIRE_SHARED=1: there the folder is always beside the clone, and a
    missing one must fail rather than turn the real-document tests into silent skips."""
    if path.exists():
        return path
    message = f"{what} is not available on this machine ({path})"
    if os.environ.get("JIXIAO_REQUIRE_SHARED") == "1":
        pytest.fail(f"{message} (JIXIAO_REQUIRE_SHARED=1)")
    pytest.skip(message)
