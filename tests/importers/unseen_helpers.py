"""Shared helpers of the held-out import rounds' tests: one corpus file by its pattern, and a
text imported as a file."""

from __future__ import annotations

from pathlib import Path

from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan
from tests.importers.corpus_metrics import CORPUS


def only_file(pattern: str) -> Path:
    """The one corpus file matching ``pattern`` (fails if none or several)."""
    (path,) = CORPUS.glob(pattern)
    return Path(path)


def import_text(tmp_path: Path, text: str) -> DepartmentPlan:
    """``text`` imported as a ``.txt`` file written under ``tmp_path``."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path)
