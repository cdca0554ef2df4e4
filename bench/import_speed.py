"""Import throughput: indicators per second for text, Word and Excel.

Each figure is printed next to the floor of merely reading the same files with
the same library (reading the text; python-docx walking every cell; openpyxl
reading every cell), so the cost of understanding the structure is visible.

    python bench/import_speed.py [--docs 1000] [--office-docs 200]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import SEEDS_DIR, plan_to_text, synthetic_plans
from jixiao.importers.api import import_file


def _timed(label: str, files: list[Path], work: Callable[[Path], int]) -> tuple[float, int]:
    start = time.perf_counter()
    units = sum(work(path) for path in files)
    elapsed = time.perf_counter() - start
    return elapsed, units


def _import_indicators(path: Path) -> int:
    return import_file(path).indicator_count


def _read_text(path: Path) -> int:
    return len(path.read_text(encoding="utf-8")) and 0


def _walk_docx(path: Path) -> int:
    import docx

    document = docx.Document(str(path))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                _ = cell.text
    for paragraph in document.paragraphs:
        _ = paragraph.text
    return 0


def _walk_xlsx(path: Path) -> int:
    import openpyxl

    workbook = openpyxl.load_workbook(path, data_only=True)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for _ in row:
                pass
    return 0


def report(name: str, files: list[Path], floor: Callable[[Path], int]) -> None:
    elapsed, indicators = _timed(name, files, _import_indicators)
    floor_elapsed, _ = _timed(name, files, floor)
    print(
        f"{name:<28} {len(files):>6} docs {indicators:>8} indicators  "
        f"{indicators / elapsed:>10,.0f} ind/s  {len(files) / elapsed:>8.1f} docs/s  "
        f"| read-only floor {len(files) / floor_elapsed:>8.1f} docs/s  "
        f"(import = {elapsed / floor_elapsed:.1f}× floor)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1000, help="synthetic text documents")
    parser.add_argument("--office-docs", type=int, default=1000, help="synthetic .docx/.xlsx")
    args = parser.parse_args()

    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    print(f"jixiao import benchmark — Python {sys.version.split()[0]}")
    report("seeds (text)", seeds, _read_text)

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        plans = list(synthetic_plans(max(args.docs, args.office_docs)))
        text_files = []
        for number, plan in enumerate(plans[: args.docs]):
            path = root / f"doc{number:05d}.txt"
            path.write_text(plan_to_text(plan), encoding="utf-8")
            text_files.append(path)
        report("synthetic (text)", text_files, _read_text)

        writers = _office_writers()
        for suffix, (write, floor) in writers.items():
            files = []
            for number, plan in enumerate(plans[: args.office_docs]):
                path = root / f"doc{number:05d}{suffix}"
                write(plan, path)
                files.append(path)
            report(f"synthetic ({suffix})", files, floor)
            seed_docs = []
            for number, seed in enumerate(seeds):
                path = root / f"seed{number}{suffix}"
                write(import_file(seed), path)
                seed_docs.append(path)
            report(f"seeds ({suffix})", seed_docs, floor)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MiB")


def _office_writers() -> dict[str, tuple[Callable[..., None], Callable[[Path], int]]]:
    from jixiao.exporters.docx_writer import write_plan_docx
    from jixiao.templates.xlsx_template import write_plan_xlsx

    return {".docx": (write_plan_docx, _walk_docx), ".xlsx": (write_plan_xlsx, _walk_xlsx)}


if __name__ == "__main__":
    main()
