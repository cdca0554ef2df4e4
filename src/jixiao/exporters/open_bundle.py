"""开放数据合集: every published plan's projects and indicators in one download.

A zip with ``projects.csv`` (one row per project), ``indicators.csv`` (one row per 三级指标,
the columns of :data:`jixiao.exporters.open_data.COLUMNS`), ``plans.json`` (each plan as
its public JSON, :func:`jixiao.exporters.public_copy.public_data`), a ``README.md``
naming every field and ``datapackage.json``, the Frictionless Data Package descriptor of
the three (each CSV's Table Schema), so any Frictionless tool validates and loads it.
Rows name their plan by department and year; text cells a spreadsheet
would run as a formula are neutralised as in the single plan's CSV.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from jixiao.exporters.open_data import (
    COLUMNS,
    Column,
    csv_bytes,
    csv_resource,
    indicator_records,
    json_resource,
    neutralise_cell,
    package_descriptor,
    project_fields,
)
from jixiao.exporters.public_copy import public_data
from jixiao.exporters.zipped import zip_bytes
from jixiao.model.plan import DepartmentPlan

PROJECT_COLUMNS: tuple[Column, ...] = (
    *COLUMNS[:8],  # department … budget_total, as in indicators.csv
    Column("budget_fiscal", "number", "其中：财政资金（万元）", "财政资金，单位万元"),
    Column("budget_other", "number", "其他资金（万元）", "其他资金，单位万元"),
    Column("purpose", "string", "资金用途", "资金用途，原文"),
    Column("goals", "string", "绩效目标", "项目绩效目标，多条以换行分隔"),
    Column("indicator_count", "integer", "指标数", "项目的三级指标个数"),
)
"""The columns of projects.csv, in order."""

FILES = ("projects.csv", "indicators.csv", "plans.json", "README.md", "datapackage.json")


def _text(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


def project_records(plan: DepartmentPlan) -> list[dict[str, str]]:
    """One record per project, every value as its CSV text."""
    return [
        project_fields(plan, number, project)
        | {
            "budget_fiscal": _text(project.budget_fiscal),
            "budget_other": _text(project.budget_other),
            "purpose": project.purpose or "",
            "goals": "\n".join(project.goals),
            "indicator_count": str(len(project.indicators)),
        }
        for number, project in enumerate(plan.projects, start=1)
    ]


def _csv(columns: Sequence[Column], records: list[dict[str, str]]) -> str:
    texts = {c.name for c in columns if c.type == "string"}
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[c.name for c in columns], lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: neutralise_cell(v) if k in texts else v for k, v in record.items()})
    return buffer.getvalue()


def _fields(columns: Sequence[Column]) -> str:
    rows = [f"| `{c.name}` | {c.type} | {c.title} | {c.description} |" for c in columns]
    return "\n".join(["| 字段 | 类型 | 中文名 | 说明 |", "|---|---|---|---|", *rows])


def readme(plans: Sequence[DepartmentPlan]) -> str:
    """README.md: what the bundle holds and every field of its two tables."""
    listed = "\n".join(f"- {p.department or '（部门）'} {p.year or ''}年度" for p in plans)
    return f"""# 预算绩效目标开放数据合集

已批复公开的部门预算绩效文本共 {len(plans)} 个，由 jixiao 导出，许可：CC-BY-4.0。

{listed or "（暂无公开的文本）"}

## 文件

- `projects.csv`：每行一个项目（UTF-8 带 BOM，Excel 双击即可正确显示中文；逗号分隔，首行为字段名）。
- `indicators.csv`：每行一个三级指标；`department`、`year`、`project_no` 与 projects.csv 对应。
- `plans.json`：每个文本的完整公开数据（JSON 数组，字段见 jixiao 的 department-plan.schema.json）。
- `datapackage.json`：以上三个文件的 Frictionless 数据包描述（含两个 CSV 的字段与类型）。

以 `=`、`+`、`-`、`@` 开头的文字前加了一个撇号（'），防止电子表格把它当作公式执行。
金额单位为万元；空白表示原文未填。

## projects.csv 字段

{_fields(PROJECT_COLUMNS)}

## indicators.csv 字段

{_fields(COLUMNS)}
"""


def bundle_datapackage() -> dict[str, Any]:
    """The bundle's Frictionless Data Package descriptor (the same for any plans: the rows
    name their plan, so a table has no key of its own)."""
    return package_descriptor(
        "jixiao-open-data",
        "预算绩效目标开放数据合集",
        "由 jixiao 导出的已批复公开的部门预算绩效文本：项目表、三级指标表和完整公开数据。",
        [
            csv_resource("projects", "预算项目", "projects.csv", PROJECT_COLUMNS),
            csv_resource("indicators", "预算项目绩效指标", "indicators.csv", COLUMNS),
            json_resource("plans", "部门预算绩效文本（完整公开数据）", "plans.json"),
        ],
    )


def bundle_bytes(plans: Sequence[DepartmentPlan]) -> bytes:
    """The zip of every given plan's projects and indicators (see the module's note)."""
    projects = [r for plan in plans for r in project_records(plan)]
    indicators = [r for plan in plans for r in indicator_records(plan)]
    data = [public_data(plan) for plan in plans]
    return zip_bytes(
        [
            ("projects.csv", csv_bytes(_csv(PROJECT_COLUMNS, projects))),
            ("indicators.csv", csv_bytes(_csv(COLUMNS, indicators))),
            ("plans.json", json.dumps(data, ensure_ascii=False, indent=1)),
            ("README.md", readme(plans)),
            ("datapackage.json", json.dumps(bundle_datapackage(), ensure_ascii=False, indent=1)),
        ]
    )
