"""Every benchmark module under bench/ imports: a name one of them borrows from another
(bench.import_identical's folder list, say) cannot be renamed without this failing. The
scripts are run by hand and by `make bench`, never by the tests, so nothing else would.
They are imported in a fresh interpreter with Django set up as the web benchmark sets it
up (bench.web_settings), since the web ones read settings on import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p.stem for p in (ROOT / "bench").glob("*.py") if p.stem != "__init__")

_IMPORT_EACH = """
import importlib, sys, django
django.setup()
for name in sys.argv[1:]:
    try:
        module = importlib.import_module(f"bench.{name}")
        assert module.__doc__, "no docstring saying what it measures"
    except Exception as error:
        print(f"bench/{name}.py: {type(error).__name__}: {error}")
"""


def test_the_benchmarks_are_found() -> None:
    assert {"review_speed", "import_identical", "compiled_identical"} <= set(MODULES)


def test_every_bench_module_imports(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.web_settings",
        "JIXIAO_DATA_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH, *MODULES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "", done.stdout
