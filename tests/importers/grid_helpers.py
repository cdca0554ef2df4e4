"""Shared helpers of the grid-reader tests: the real samples and row views."""

from __future__ import annotations

from pathlib import Path

from jixiao.importers.blocks import Block, Row
from tests.programs import require_shared

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "samples" / "real"


def sample_text(stem: str) -> str:
    """A real sample's page text, without the SOURCE/KIND lines the collection adds."""
    require_shared(SAMPLES, "the real samples folder")
    (path,) = SAMPLES.glob(f"{stem}*.txt")
    return path.read_text(encoding="utf-8").split("\n", 3)[3]


def rows(blocks: list[Block]) -> list[Row]:
    return [block for block in blocks if isinstance(block, Row)]


def filled(row: Row) -> list[str]:
    return [cell.text for cell in row.cells if cell.text]


def row_starting(blocks: list[Block], first: str) -> Row:
    return next(row for row in rows(blocks) if row.cells and row.cells[0].text == first)


def joined(row: Row) -> str:
    """The row's non-empty cells, joined by ``|`` (compact to compare)."""
    return "|".join(filled(row))
