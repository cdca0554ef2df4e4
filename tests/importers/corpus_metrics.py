"""Measure the import against the hand-transcribed corpus (tests/fixtures/corpus).

Per document: indicator recall (三级 name and value exact after normalising),
``actual`` recall on self-evaluations, kind, year, disclosure rows recall and
invented rows; totals per province and kind. ``python -m tests.importers.corpus_metrics``
rewrites docs/import-corpus.md; a test fails when that table is stale.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from opencc import OpenCC

from jixiao.importers.api import import_file
from jixiao.importers.errors import ImportFailed
from jixiao.model.plan import DepartmentPlan
from jixiao.monitoring.imported import round_date, round_from_plan
from tests.importers.corpus_fields import FIELDS, TITLES, FieldCounts, measure_fields

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
DOC = ROOT / "docs" / "import-corpus.md"
_SPACE = re.compile(r"[\s\u3000\u00a0]+")
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


@cache
def _t2s() -> OpenCC:
    return OpenCC("t2s")


def norm(text: object) -> str:
    """Compared form: NFKC, no whitespace, simplified, '>=' as '≥', no leading '='."""
    if text is None:
        return ""
    value = unicodedata.normalize("NFKC", str(text))
    value = _PINYIN.sub("", _SPACE.sub("", value))
    value = _t2s().convert(value).replace("★", "")
    value = value.replace(">=", "≥").replace("<=", "≤")
    return value[1:] if value.startswith("=") else value


@dataclass
class DocResult:
    path: Path
    province: str
    kind: str
    expected: int = 0
    found: int = 0
    actual_expected: int = 0
    actual_found: int = 0
    kind_ok: bool = False
    year_stated: bool = False
    year_ok: bool = False
    rows_expected: int = 0
    rows_found: int = 0
    execution_expected: int = 0
    execution_found: int = 0
    progress_expected: int = 0
    progress_found: int = 0
    invented: list[str] = field(default_factory=list)
    fields: FieldCounts = field(default_factory=FieldCounts)
    error: str | None = None


def _documents() -> list[tuple[Path, Path]]:
    pairs = []
    for expected in sorted(CORPUS.glob("*/*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        docs = [p for p in expected.parent.glob(stem + ".*") if not p.name.endswith(".json")]
        if docs:
            pairs.append((expected, docs[0]))
    return pairs


def _indicator_keys(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (norm(i["level3"]), norm(i["value"]))
        for p in data.get("projects", [])
        for i in p.get("indicators", [])
    ]


def measure(expected_path: Path, document: Path) -> DocResult:
    want: dict[str, Any] = json.loads(expected_path.read_text(encoding="utf-8"))
    result = DocResult(document, want.get("province", "unknown"), want["kind"])
    try:
        plan = import_file(document)
    except ImportFailed as error:
        result.error = str(error)
        plan = DepartmentPlan(source_file=document.name)
    got = json.loads(plan.model_dump_json())
    _indicators(result, want, got)
    result.kind_ok = got.get("kind") == want["kind"]
    result.year_stated = want.get("year") is not None
    result.year_ok = result.year_stated and got.get("year") == want["year"]
    _rows(result, want, got)
    result.fields = measure_fields(want, got, norm)
    if want["kind"] == "monitoring":
        _monitoring(result, want, plan)
    return result


def measure_stem(stem: str) -> DocResult:
    """One corpus document measured, by its file stem."""
    expected = next(CORPUS.glob(f"*/{stem}.expected.json"))
    document = next(p for p in expected.parent.glob(stem + ".*") if not p.name.endswith(".json"))
    return measure(expected, document)


def _monitoring(result: DocResult, want: dict[str, Any], plan: DepartmentPlan) -> None:
    """A 监控表 measured as the monitoring round it imports as: per project the 1-N月执行数
    at the end of month N, per indicator its 1-N月 value and 全年预计完成值."""
    date = round_date(plan)
    projects = round_from_plan(plan, date).projects if date is not None else []
    spent = {(norm(p.name), p.spent_to_date, date.month if date else None) for p in projects}
    for project in want.get("projects", []):
        if project.get("spent") is None:
            continue
        result.execution_expected += 1
        key = (norm(project["name"]), _amount(project["spent"]), project.get("through_month"))
        result.execution_found += key in spent
    wanted = Counter(
        (norm(i["level3"]), norm(i.get("actual")), norm(i.get("expected")))
        for p in want.get("projects", [])
        for i in p.get("indicators", [])
        if i.get("actual") is not None or i.get("expected") is not None
    )
    have = Counter(
        (norm(i.level3), norm(i.value_to_date), norm(i.expected_value))
        for p in projects
        for i in p.indicators
    )
    result.progress_expected = sum(wanted.values())
    result.progress_found = sum((wanted & have).values())


def _amount(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _indicators(result: DocResult, want: dict[str, Any], got: dict[str, Any]) -> None:
    wanted = Counter(_indicator_keys(want))
    have = Counter(_indicator_keys(got))
    result.expected = sum(wanted.values())
    result.found = sum((wanted & have).values())
    names = {name for name, _ in wanted} | {
        norm(n) for p in want.get("projects", []) for n in p.get("partial_indicators", [])
    }
    result.invented = [name for name, _ in _indicator_keys(got) if name not in names]
    actuals_wanted = Counter(
        (norm(i["level3"]), norm(i["actual"]))
        for p in want.get("projects", [])
        for i in p.get("indicators", [])
        if i.get("actual") is not None and want["kind"] == "self_evaluation"
    )
    actuals_have = Counter(
        (norm(i["level3"]), norm(i.get("actual")))
        for p in got.get("projects", [])
        for i in p.get("indicators", [])
        if i.get("actual") is not None
    )
    result.actual_expected = sum(actuals_wanted.values())
    result.actual_found = sum((actuals_wanted & actuals_have).values())


def _row_key(name: object, cells: list[Any]) -> tuple[str, str]:
    return norm(name), "|".join(norm(c) for c in cells if norm(c))


def _rows(result: DocResult, want: dict[str, Any], got: dict[str, Any]) -> None:
    wanted = Counter(
        _row_key(r["name"], r["cells"])
        for t in want.get("disclosure_tables", [])
        for r in t.get("rows", [])
    )
    tables = (got.get("disclosure") or {}).get("tables", [])
    have = Counter(_row_key(r.get("name"), r["cells"]) for t in tables for r in t["rows"])
    result.rows_expected = sum(wanted.values())
    result.rows_found = sum((wanted & have).values())


def measure_all() -> list[DocResult]:
    return [measure(expected, document) for expected, document in _documents()]


@dataclass
class Totals:
    documents: int = 0
    expected: int = 0
    found: int = 0
    actual_expected: int = 0
    actual_found: int = 0
    kind_ok: int = 0
    years_stated: int = 0
    years_ok: int = 0
    rows_expected: int = 0
    rows_found: int = 0
    execution_expected: int = 0
    execution_found: int = 0
    progress_expected: int = 0
    progress_found: int = 0
    invented: int = 0
    fields: FieldCounts = field(default_factory=FieldCounts)

    def add(self, r: DocResult) -> None:
        self.documents += 1
        self.expected += r.expected
        self.found += r.found
        self.actual_expected += r.actual_expected
        self.actual_found += r.actual_found
        self.kind_ok += r.kind_ok
        self.years_stated += r.year_stated
        self.years_ok += r.year_ok
        self.rows_expected += r.rows_expected
        self.rows_found += r.rows_found
        self.execution_expected += r.execution_expected
        self.execution_found += r.execution_found
        self.progress_expected += r.progress_expected
        self.progress_found += r.progress_found
        self.invented += len(r.invented)
        self.fields.add(r.fields)

    @staticmethod
    def rate(part: int, whole: int) -> str:
        return f"{part / whole:.0%} ({part}/{whole})" if whole else "—"

    def cells(self) -> list[str]:
        return [
            str(self.documents),
            self.rate(self.found, self.expected),
            self.rate(self.actual_found, self.actual_expected),
            self.rate(self.kind_ok, self.documents),
            self.rate(self.years_ok, self.years_stated),
            self.rate(self.rows_found, self.rows_expected),
            self.rate(self.execution_found, self.execution_expected),
            self.rate(self.progress_found, self.progress_expected),
            str(self.invented),
            *(self.rate(self.fields.found[f], self.fields.stated[f]) for f in FIELDS),
            str(self.fields.wrong_total),
        ]


def totals(results: list[DocResult], key: str | None = None) -> dict[str, Totals]:
    grouped: dict[str, Totals] = {}
    for r in results:
        name = "全部" if key is None else getattr(r, key)
        grouped.setdefault(name, Totals()).add(r)
    return grouped


HEADER = (
    "| {} | 文档 | 指标召回 | 实际值召回 | 类别正确 | 年度找到 | 公开表行召回 "
    "| 监控执行数 | 监控进度值召回 | 臆造行 | "
    + " | ".join(TITLES[f] for f in FIELDS)
    + " | 字段错值 |"
)
_RULE = "|---" * 14 + "|"


PARITY = "## 格式一致性"


def parity_section() -> str:
    """The page's last section, written by ``bench/format_parity.py`` (measured there, on
    generated office files, too slow for here): kept as it stands when the page is redone."""
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    at = text.find("\n" + PARITY + "\n")
    return text[at + 1 :] if at >= 0 else ""


def render(results: list[DocResult]) -> str:
    lines = [
        "# 导入语料测评 (import corpus)",
        "",
        "Generated by `python -m tests.importers.corpus_metrics` from the hand transcriptions",
        "in `tests/fixtures/corpus/` (see its README); `tests/importers/test_corpus.py` fails",
        "when this page is stale. Recall counts a 三级指标 found when its name and value are",
        "exact after normalising (NFKC, whitespace, traditional → simplified, `>=` → `≥`).",
        "A 监控表 is measured as the monitoring round it imports as: 监控执行数 counts the",
        "projects whose 1-N月执行数 is in the round dated at the end of month N, 监控进度值召回",
        "the indicators whose 1-N月 value and 全年预计完成值 are both in the round.",
        "预算数, 执行率 and 自评总分 count the transcribed projects stating that figure",
        "(found / stated) whose imported project (same name, or the only one) holds it within",
        "rounding: 0.01 万元 or 0.05 % of the budget, 0.05 percentage points of the rate,",
        "0.05 of the score. 字段错值 counts those holding another figure instead — a wrong",
        "figure is worse than none; the rest are missing.",
        "",
    ]
    for title, key in (("合计", None), ("按类别", "kind"), ("按省份", "province")):
        lines += [f"## {title}", "", HEADER.format("分组"), _RULE]
        for name, total in sorted(totals(results, key).items()):
            lines.append("| " + " | ".join([name, *total.cells()]) + " |")
        lines.append("")
    lines += ["## 逐个文档", "", HEADER.format("文档"), _RULE]
    for r in results:
        one = Totals()
        one.add(r)
        lines.append("| " + " | ".join([f"{r.kind}/{r.path.name}", *one.cells()]) + " |")
    kept = parity_section()
    return "\n".join(lines) + "\n" + ("\n" + kept if kept else "")


if __name__ == "__main__":
    DOC.write_text(render(measure_all()), encoding="utf-8")
    print(f"wrote {DOC}")
