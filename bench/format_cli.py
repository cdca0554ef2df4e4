"""The command line and the figures of the format benches (``bench/format_parity.py``,
``bench/format_messy.py``): one table row per format or defect, and the files read worse
than their text."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.importers.corpus_metrics import DOC, DocResult, Totals

HEADER = "| 格式 | 文档 | 指标召回 | 实际值召回 | 类别正确 | 年度找到 | 公开表行召回 | 臆造行 |"


def render(results: dict[str, list[DocResult]]) -> str:
    lines = [HEADER, "|---" * 8 + "|"]
    for fmt, found in results.items():
        total = Totals()
        for result in found:
            total.add(result)
        cells = total.cells()
        lines.append("| " + " | ".join([fmt, *cells[:6], cells[-1]]) + " |")
    return "\n".join(lines)


def shortfalls(results: dict[str, list[DocResult]]) -> list[str]:
    """Per format, the documents it reads worse than their text."""
    text = {r.path.stem: r for r in results.get("text", [])}
    out = []
    for fmt, found in results.items():
        for r in found if fmt != "text" else []:
            t = text[r.path.stem]
            if (r.found, r.actual_found, r.rows_found) < (
                t.found,
                t.actual_found,
                t.rows_found,
            ) or (
                r.kind_ok < t.kind_ok or r.year_ok < t.year_ok or len(r.invented) > len(t.invented)
            ):
                out.append(
                    f"{fmt} {r.path.stem}: {r.found}/{r.expected} (text {t.found}), actual "
                    f"{r.actual_found} (text {t.actual_found}), rows {r.rows_found} (text "
                    f"{t.rows_found}), kind {r.kind_ok}, year {r.year_ok}, "
                    f"invented {r.invented[:3]}" + (f" error {r.error}" if r.error else "")
                )
    return out


Documents = list[tuple[Path, Path, dict[str, Any]]]


def run(
    doc: str | None,
    select: Callable[[int], Documents],
    write_files: Callable[[Documents, Path], None],
    measure_files: Callable[[Documents, Path], dict[str, list[DocResult]]],
    write_figures: Callable[[str], None],
) -> None:
    """The command line of a format bench: write the files, import them, print the table."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    parser.add_argument("--why", action="store_true", help="list the files read worse")
    parser.add_argument("--reuse", action="store_true", help="measure the files in --keep")
    parser.add_argument("--write", action="store_true", help="write the figures into " + DOC.name)
    args = parser.parse_args()
    documents = select(args.limit)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        if not (args.reuse and args.keep):
            write_files(documents, folder)
        results = measure_files(documents, folder)
    print(render(results))
    if args.write:
        write_figures(render(results))
    if args.why:
        print("\n".join(shortfalls(results)))
