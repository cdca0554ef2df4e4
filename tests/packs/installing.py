"""Installing the example pack (``tests/fixtures/packs/example_pack``) the way a province
would — with pip, outside the repository — into a folder of its own (offline: no index,
no build isolation). Used by the command-line and the web tests of an outside pack."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent.parent / "fixtures"
PACK_SOURCE = FIXTURES / "packs" / "example_pack"


def install_example_pack(work: Path) -> Path:
    """The folder the pack was installed into (to put on ``PYTHONPATH``)."""
    source = work / "example_pack"  # pip builds in the tree: keep the repository clean
    shutil.copytree(PACK_SOURCE, source)
    target = work / "site"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"]
    subprocess.run(
        [*pip, "--no-build-isolation", "--target", str(target), str(source)],
        check=True,
        capture_output=True,
    )
    return target
