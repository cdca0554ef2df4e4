"""Export and PDF-import speed: seconds per document per format, PDF pages per second.

Each figure is printed next to the floor of the bare library doing the same raw
work — python-docx writing the same table cells (no merges, fonts or layout),
openpyxl writing the same cells, WeasyPrint printing a bare HTML table of the same
cells, pdfplumber extracting the tables of the same PDF pages — so the cost of the
official layout (and of understanding the PDF's structure) is visible.

    python bench/export_speed.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import html
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import seed_plans
from jixiao.exporters.formats import export_plan
from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan

FORMATS = ("docx", "pdf", "xlsx", "html", "json", "csv")


def _cells(plan: DepartmentPlan) -> list[list[str]]:
    """The indicator grids' cells, one list per row: what every format must write."""
    return [
        [i.level1, i.level2, i.level3, i.description, i.value, i.basis]
        for project in plan.projects
        for i in project.indicators
    ]


def _bare_docx(plan: DepartmentPlan, path: Path) -> None:
    import docx

    document = docx.Document()
    for project in plan.projects:
        document.add_paragraph(project.name)
        rows = _cells(DepartmentPlan(source_file="", projects=[project]))
        table = document.add_table(rows=len(rows), cols=6)
        for tr, texts in zip(table._tbl.tr_lst, rows, strict=True):
            for tc, text in zip(tr.tc_lst, texts, strict=True):
                tc.p_lst[0].add_r().text = text
    document.save(str(path))


def _bare_xlsx(plan: DepartmentPlan, path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in _cells(plan):
        sheet.append(row)
    workbook.save(path)


def _bare_pdf(plan: DepartmentPlan, path: Path) -> None:
    from weasyprint import HTML

    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(t)}</td>" for t in row) + "</tr>"
        for row in _cells(plan)
    )
    page = f"<table style='font-family:Noto Serif CJK SC'>{rows}</table>"
    HTML(string=page).write_pdf(path)


FLOORS: dict[str, Callable[[DepartmentPlan, Path], None]] = {
    "docx": _bare_docx,
    "xlsx": _bare_xlsx,
    "pdf": _bare_pdf,
}


def _per_doc(
    plans: list[DepartmentPlan],
    write: Callable[[DepartmentPlan, Path], object],
    folder: Path,
    suffix: str,
    rounds: int,
) -> float:
    start = time.perf_counter()
    for round_ in range(rounds):
        for number, plan in enumerate(plans):
            write(plan, folder / f"r{round_}-{number}.{suffix}")
    return (time.perf_counter() - start) / (rounds * len(plans))


def _pdfplumber_tables(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
        return len(pdf.pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3, help="times each seed is written")
    args = parser.parse_args()
    plans = seed_plans()
    indicators = sum(p.indicator_count for p in plans)
    print(
        f"jixiao export benchmark — Python {sys.version.split()[0]}, "
        f"{len(plans)} seeds, {indicators} indicators"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for fmt in FORMATS:

            def write(plan: DepartmentPlan, path: Path, fmt: str = fmt) -> object:
                return export_plan(plan, fmt, path)

            seconds = _per_doc(plans, write, folder, fmt, args.rounds)
            line = f"export {fmt:<5} {seconds * 1000:>9.1f} ms/doc"
            floor = FLOORS.get(fmt)
            if floor is not None:
                bare = _per_doc(plans, floor, folder, f"bare.{fmt}", args.rounds)
                line += (
                    f"  | bare library floor {bare * 1000:>8.1f} ms/doc "
                    f"(export = {seconds / bare:.1f}× floor)"
                )
            print(line)

        pdfs = []
        for number, plan in enumerate(plans):
            path = folder / f"seed{number}.pdf"
            export_plan(plan, "pdf", path)
            pdfs.append(path)
        start = time.perf_counter()
        pages = sum(_pdfplumber_tables(path) for path in pdfs)
        bare = time.perf_counter() - start
        start = time.perf_counter()
        read = sum(import_file(path).indicator_count for path in pdfs)
        elapsed = time.perf_counter() - start
        print(
            f"import pdf   {pages / elapsed:>9.1f} pages/s  {read / elapsed:>8.0f} ind/s "
            f"({pages} pages)  | pdfplumber extract_tables floor {pages / bare:.1f} pages/s "
            f"(import = {elapsed / bare:.1f}× floor)"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MiB")


if __name__ == "__main__":
    main()
