"""What an exported file depends on besides the plan: a fingerprint of the exporter.

A stored copy of a rendered plan (the public PDF takes seconds to render) is still right
while the plan is unchanged and this fingerprint is the same: the package version, the
source of the exporters and of the plan model they read (templates, layout and styles live
in these modules), and the bundled fonts the PDF embeds.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import jixiao
from jixiao.exporters import fonts

_PACKAGES = ("exporters", "model")


@cache
def exporter_fingerprint() -> str:
    """A short hex digest; changes when any exporter input other than the plan changes."""
    digest = hashlib.sha256(f"jixiao {jixiao.__version__}".encode())
    root = Path(jixiao.__file__).parent
    for package in _PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and path.suffix != ".pyc":
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    for font in (fonts.serif_path(), fonts.sans_path()):
        stat = font.stat()
        digest.update(f"{font.name}:{stat.st_size}".encode())
    return digest.hexdigest()[:16]
