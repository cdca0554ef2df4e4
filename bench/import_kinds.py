"""Import throughput per kind of document and per new layout, next to its floor.

* Real documents of other provinces (tests/fixtures/corpus/: 目标表, 自评表, 监控表, 公开表 and
  决算表 as published pages render them), each kind imported whole, again and again until
  the sample is large enough to time; floor: reading the same text files.
* 监控表 of the synthetic plans, one per project (年度指标值 | 1-6月实际完成值 |
  全年预计完成值 | 完成目标可能性 | 偏差原因分析, under the 1-6月执行数 / 全年预计执行数 block),
  as pipe rows and as an HTML page; floors: reading the text, lxml's bare parse.
* The synthetic plans' indicator grids as HTML pages and as .xls workbooks, imported whole
  (the grid-stage section of ``import_speed.py`` times only the reading of their cells);
  floors: lxml's bare parse, calamine's bare read.

Figures are per CPU second of this process (the machine is shared).

    python bench/import_kinds.py [--repeat 5] [--plans 100]
"""

from __future__ import annotations

import argparse
import html
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.grid_layouts import MONITORING_HEADER, Grid, html_page, plan_grid
from bench.synthetic import synthetic_plans
from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan, Project

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus"
KINDS = ("plan", "self_evaluation", "monitoring", "disclosure", "final_accounts")
Floor = Callable[[Path], object]
# enough documents to time, few enough to keep the whole of import_speed.py short
MONITORING_PAGES = 200
WHOLE_GRIDS = 40


def _units(path: Path) -> int:
    """What a document gives: its indicators, or its disclosure rows for a table."""
    plan = import_file(path)
    rows = sum(len(t.rows) for t in plan.disclosure.tables) if plan.disclosure else 0
    return plan.indicator_count + rows


def _read_text(path: Path) -> object:
    return path.read_text(encoding="utf-8")


def _read_bytes(path: Path) -> object:
    """The floor of a folder that holds other formats than text (the corpus has .xlsx)."""
    return path.read_bytes()


def _parse_html(path: Path) -> object:
    import lxml.html

    return lxml.html.document_fromstring(path.read_text(encoding="utf-8"))


def _calamine_read(path: Path) -> object:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return [book.get_sheet_by_name(name).to_python() for name in book.sheet_names]


def line(name: str, files: list[Path], floor: Floor, unit: str = "ind") -> None:
    """Import every file, then the floor on the same files; one line of figures.

    Timed in CPU seconds of this process, so that a machine shared with other work
    (the usual case here) does not count its waits as import time."""
    start = time.process_time()
    units = sum(_units(path) for path in files)
    elapsed = max(time.process_time() - start, 1e-9)
    start = time.process_time()
    for path in files:
        floor(path)
    floor_elapsed = max(time.process_time() - start, 1e-9)
    print(
        f"  {name:<26} {len(files):>5} docs {units:>8} {unit:<4} "
        f"{units / elapsed:>9,.0f} {unit}/s {len(files) / elapsed:>8.1f} docs/s  "
        f"| floor {len(files) / floor_elapsed:>10,.1f} docs/s  "
        f"(import = {elapsed / floor_elapsed:,.0f}× floor)"
    )


def corpus_kinds(repeat: int) -> None:
    """The real documents of every kind, each set repeated ``repeat`` times."""
    print("real documents per kind (tests/fixtures/corpus), indicators + table rows / CPU s")
    for kind in KINDS:
        documents = sorted(p for p in (CORPUS / kind).glob("*") if p.suffix not in (".json", ".md"))
        if documents:
            line(f"{kind} ({len(documents)} real)", documents * repeat, _read_bytes, "rows")


def _cells(*cells: object) -> list[str]:
    return ["" if c is None else str(c).replace("|", "/").replace("\n", "") for c in cells]


def monitoring_rows(plan: DepartmentPlan, project: Project) -> tuple[list[str], Grid]:
    """One project's 监控表: the title lines and its rows (header block, then the grid)."""
    budget = project.budget_total or 0
    spent = round(budget * 45 / 100, 2)
    rows: Grid = [
        _cells("项目名称", project.name, "主管部门", plan.department),
        _cells("项目资金", "年初预算数", "1-6月执行数", "全年预计执行数"),
        _cells("年度资金总额", budget, spent, budget),
        list(MONITORING_HEADER),
    ]
    for item in project.indicators:
        rows.append(
            _cells(
                item.level1,
                item.level2,
                item.level3,
                item.value,
                "按进度推进",
                item.value,
                "确定能",
                "",
            )
        )
    return ["项目支出绩效运行监控表", f"({plan.year or 2024}年度)", "单位:万元"], rows


def _monitoring_text(title: list[str], rows: Grid) -> str:
    return "\n".join([*title, *("| " + " | ".join(row) + " |" for row in rows)]) + "\n"


def _monitoring_html(title: list[str], rows: Grid) -> str:
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    heading = "".join(f"<p>{html.escape(t)}</p>" for t in title)
    return (
        '<html><head><meta charset="utf-8"><title>绩效运行监控表</title></head><body>'
        f"{heading}<table border=1>{body}</table></body></html>"
    )


def monitoring_layouts(plans: list[DepartmentPlan], root: Path) -> None:
    print("监控表 of the synthetic plans (one per project), indicators / CPU s")
    pages = [monitoring_rows(plan, p) for plan in plans for p in plan.projects if p.indicators]
    pages = pages[:MONITORING_PAGES]
    if not pages:
        return
    for name, suffix, render, floor in (
        ("监控表 pipe rows", ".txt", _monitoring_text, _read_text),
        ("监控表 HTML", ".html", _monitoring_html, _parse_html),
    ):
        files = []
        for number, (title, rows) in enumerate(pages):
            path = root / f"monitoring{number:05d}{suffix}"
            path.write_text(render(title, rows), encoding="utf-8")
            files.append(path)
        line(name, files, floor)


def grid_formats(plans: list[DepartmentPlan], root: Path) -> None:
    """The plans' indicator grids as HTML pages and .xls workbooks, imported whole."""
    from bench.import_speed import _xls_files

    print("goal-table grids imported whole, indicators / CPU s")
    grids = [plan_grid(plan) for plan in plans[:WHOLE_GRIDS]]
    if not grids:
        return
    pages = []
    for number, grid in enumerate(grids):
        path = root / f"grid{number:05d}.html"
        path.write_text(html_page(grid), encoding="utf-8")
        pages.append(path)
    line("HTML page", pages, _parse_html)
    workbooks = _xls_files(root, grids)
    if workbooks:
        line(".xls (calamine)", workbooks, _calamine_read)


def kinds_report(repeat: int, plans: list[DepartmentPlan]) -> None:
    """Every section of this module (``import_speed.py`` prints it after its own)."""
    corpus_kinds(repeat)
    with tempfile.TemporaryDirectory() as tmp:
        monitoring_layouts(plans, Path(tmp))
        grid_formats(plans, Path(tmp))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the real corpus")
    parser.add_argument("--plans", type=int, default=100, help="synthetic plans")
    args = parser.parse_args()
    kinds_report(args.repeat, list(synthetic_plans(args.plans)))


if __name__ == "__main__":
    main()
