"""Open data (开放数据): the plan as JSON and its indicators as a CSV data package.

* JSON: the model as published by ``jixiao schema`` (department-plan.schema.json);
  ``jixiao import --out`` writes the same file, so either reads back.
* CSV, long format: one row per indicator (三级指标) with the department, year,
  unit, project, the three levels, the value as written and as parsed by the
  indicator-value grammar (direction, number, upper end, unit, kind), its basis, and
  (自评表, 监控表, 申报表) the 中期 value, 实际完成值, 分值, 得分 and 偏差原因.
* datapackage.json: a Frictionless Data Package descriptor naming the CSV and
  giving its Table Schema (field names, types, Chinese titles), so any Frictionless
  tool can validate and load it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.grammar import parse_value
from jixiao.model.plan import DepartmentPlan, Project


@dataclass(frozen=True, slots=True)
class Column:
    """A CSV column and its Table Schema field."""

    name: str
    type: str  # Table Schema type: string, integer, number
    title: str
    description: str


COLUMNS: tuple[Column, ...] = (
    Column("department", "string", "部门", "部门名称"),
    Column("year", "integer", "预算年度", "预算年度"),
    Column("project_no", "integer", "项目序号", "项目在文本中的序号，从1起"),
    Column("unit_code", "string", "单位编码", "预算单位编码"),
    Column("unit_name", "string", "单位名称", "预算单位名称"),
    Column("project_code", "string", "项目编码", "预算项目编码"),
    Column("project_name", "string", "项目名称", "预算项目名称"),
    Column("budget_total", "number", "预算数（万元）", "项目预算数，单位万元"),
    Column("indicator_no", "integer", "指标序号", "指标在项目绩效目标表中的序号，从1起"),
    Column("level1", "string", "一级指标", "一级指标，如产出指标"),
    Column("level2", "string", "二级指标", "二级指标，如数量指标"),
    Column("level3", "string", "三级指标", "三级指标（指标名称）"),
    Column("description", "string", "绩效指标描述", "绩效指标描述"),
    Column("value", "string", "指标值", "指标值，原文"),
    Column(
        "value_kind",
        "string",
        "指标值类型",
        "quantitative 定量, graded 分级定性, binary 是否型, vague 模糊表述, text 定性文字, "
        "empty 空",
    ),
    Column("direction", "string", "方向", "指标方向：≥ ≤ = > <"),
    Column("number", "number", "数值", "指标值中的数值（区间时为下限）"),
    Column("upper", "number", "上限", "区间值的上限，如“3-5天”的5"),
    Column("unit", "string", "计量单位", "规范化的计量单位，如 %、万元、个工作日"),
    Column("basis", "string", "指标值确定依据", "指标值确定依据，原文"),
    # The results of a 自评表 / 监控表 and the 中期 value of a 申报表 (empty for a goal table)
    Column("midterm_value", "string", "中期指标值", "中期指标值，原文（年度指标值为 value）"),
    Column(
        "actual", "string", "实际完成值", "实际完成值（自评表）或 1–N月执行情况（监控表），原文"
    ),
    Column("weight", "number", "分值", "指标分值（权重）"),
    Column("score", "number", "得分", "指标得分，如文件所载"),
    Column("deviation", "string", "偏差原因", "偏差原因分析及改进措施，原文"),
)
"""The columns of the indicator CSV, in order."""

INDICATORS_CSV = "indicators.csv"
PLAN_JSON = "department-plan.json"

#: The CSV files' encoding: UTF-8 with a byte-order mark. Excel on a Chinese Windows reads a
#: CSV without one as GBK, so every name in a file opened by double-click came out garbled;
#: csv readers and frictionless skip the mark (read with ``utf-8-sig`` in Python).
CSV_ENCODING = "utf-8-sig"


def csv_bytes(text: str) -> bytes:
    """A CSV's text as the bytes of its file (see :data:`CSV_ENCODING`)."""
    return text.encode(CSV_ENCODING)


def plan_json(plan: DepartmentPlan) -> str:
    """The plan as JSON, per the published schema (what ``jixiao import --out`` writes)."""
    return plan.model_dump_json(indent=1)


def _number(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


def project_fields(plan: DepartmentPlan, project_no: int, project: Project) -> dict[str, str]:
    """The columns that name a project (department … budget_total), as CSV text."""
    return {
        "department": plan.department or "",
        "year": "" if plan.year is None else str(plan.year),
        "project_no": str(project_no),
        "unit_code": project.unit_code or "",
        "unit_name": project.unit_name or "",
        "project_code": project.code or "",
        "project_name": project.name,
        "budget_total": _number(project.budget_total),
    }


def indicator_records(plan: DepartmentPlan) -> list[dict[str, str]]:
    """One record per indicator, every value as its CSV text."""
    records: list[dict[str, str]] = []
    for project_no, project in enumerate(plan.projects, start=1):
        named = project_fields(plan, project_no, project)
        for number, indicator in enumerate(project.indicators, start=1):
            parsed = parse_value(indicator.value)
            records.append(
                named
                | {
                    "indicator_no": str(number),
                    "level1": indicator.level1,
                    "level2": indicator.level2,
                    "level3": indicator.level3,
                    "description": indicator.description,
                    "value": indicator.value,
                    "value_kind": parsed.kind.value,
                    "direction": parsed.direction.value if parsed.direction else "",
                    "number": _number(parsed.number),
                    "upper": _number(parsed.upper),
                    "unit": parsed.unit or "",
                    "basis": indicator.basis,
                    "midterm_value": indicator.midterm_value,
                    "actual": indicator.actual or "",
                    "weight": _number(indicator.weight),
                    "score": _number(indicator.score),
                    "deviation": indicator.deviation or "",
                }
            )
    return records


def indicators_csv(plan: DepartmentPlan) -> str:
    """The indicator table as CSV text (UTF-8, comma-separated, a header row)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[c.name for c in COLUMNS], lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(_neutralised(record) for record in indicator_records(plan))
    return buffer.getvalue()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_TEXT_COLUMNS = frozenset(c.name for c in COLUMNS if c.type == "string")


def neutralise_cell(text: str) -> str:
    """A text cell that a spreadsheet would run as a formula (CSV injection) gets a leading
    apostrophe, which spreadsheets show as text and do not evaluate."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _neutralised(record: dict[str, str]) -> dict[str, str]:
    return {k: neutralise_cell(v) if k in _TEXT_COLUMNS else v for k, v in record.items()}


_NAME_ALLOWED = re.compile(r"[^a-z0-9._-]+")


def package_name(plan: DepartmentPlan) -> str:
    """A Data Package name (lower-case ASCII, '-', '_', '.'), e.g. "jixiao-plan-2023"."""
    year = f"-{plan.year}" if plan.year is not None else ""
    return _NAME_ALLOWED.sub("-", f"jixiao-plan{year}".lower()).strip("-")


def datapackage(
    plan: DepartmentPlan, csv_name: str = INDICATORS_CSV, json_name: str | None = None
) -> dict[str, Any]:
    """The Frictionless Data Package descriptor for the CSV (and the JSON, if given)."""
    table = csv_resource("indicators", "预算项目绩效指标", csv_name, COLUMNS)
    table["schema"]["primaryKey"] = ["project_no", "indicator_no"]
    resources = [table]
    if json_name is not None:
        resources.append(
            json_resource("department-plan", "部门预算绩效文本（完整数据）", json_name)
        )
    title = plan.department or "部门"
    year = f"{plan.year}年" if plan.year is not None else ""
    return package_descriptor(
        package_name(plan),
        f"{title}{year}预算项目绩效目标",
        "由 jixiao 从部门预算绩效文本导出：每行一个三级指标。",
        resources,
    )


def csv_resource(name: str, title: str, path: str, columns: Sequence[Column]) -> dict[str, Any]:
    """A Data Package resource for a CSV of ``columns`` (as :func:`csv_bytes` writes it)."""
    fields = [
        {"name": c.name, "type": c.type, "title": c.title, "description": c.description}
        for c in columns
    ]
    return {
        "name": name,
        "title": title,
        "path": path,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": fields, "missingValues": [""]},
    }


def json_resource(name: str, title: str, path: str) -> dict[str, Any]:
    """A Data Package resource for a JSON file."""
    return {
        "name": name,
        "title": title,
        "path": path,
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
    }


def package_descriptor(
    name: str, title: str, description: str, resources: list[dict[str, Any]]
) -> dict[str, Any]:
    """A Data Package descriptor of ``resources``, published under CC-BY-4.0."""
    return {
        "name": name,
        "title": title,
        "description": description,
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "title": "Creative Commons Attribution 4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
            }
        ],
        "resources": resources,
    }


def write_open_data(plan: DepartmentPlan, csv_path: Path, *, with_json: bool = True) -> Path:
    """Write the CSV at ``csv_path`` and, beside it, datapackage.json (and the JSON).

    Returns the descriptor's path.
    """
    folder = csv_path.parent
    folder.mkdir(parents=True, exist_ok=True)
    csv_path.write_bytes(csv_bytes(indicators_csv(plan)))
    json_name = None
    if with_json:
        json_name = PLAN_JSON
        (folder / json_name).write_text(plan_json(plan), encoding="utf-8")
    descriptor = folder / "datapackage.json"
    descriptor.write_text(
        json.dumps(datapackage(plan, csv_path.name, json_name), ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    return descriptor
