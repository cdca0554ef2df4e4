"""External programs some tests need (poppler, LibreOffice, Chromium's helpers).

Locally a missing program skips the test; CI sets JIXIAO_REQUIRE_RENDER=1, where a
missing program is a failure, so a broken install can never pass as skipped tests."""

from __future__ import annotations

import os
import shutil

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
