"""Open data: JSON per the published schema, the indicator CSV and its data package."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import jsonschema
from frictionless import Package, validate

from jixiao.exporters.formats import export_bytes, formats
from jixiao.exporters.open_data import COLUMNS, indicators_csv, plan_json, write_open_data
from jixiao.importers.api import load_plan
from jixiao.model.plan import DepartmentPlan
from jixiao.schema import published_schema
from tests.conftest import published_fields


def test_json_follows_the_schema_and_loads_back(
    seed_plan: Callable[[str], DepartmentPlan], tmp_path: Path
) -> None:
    plan = seed_plan("004_c52ee38ce6c6c3d2")
    text = plan_json(plan)
    jsonschema.validate(json.loads(text), published_schema())
    path = tmp_path / "plan.json"
    path.write_text(text, encoding="utf-8")
    back = load_plan(path)
    assert published_fields(back) == published_fields(plan)
    assert back.projects[0].indicators[0].sources == plan.projects[0].indicators[0].sources


def test_csv_has_one_row_per_indicator_with_parsed_values(
    seed_plan: Callable[[str], DepartmentPlan],
) -> None:
    plan = seed_plan("000_6fea33418e000787")
    rows = list(csv.DictReader(io.StringIO(indicators_csv(plan))))
    assert len(rows) == plan.indicator_count == 72
    assert list(rows[0]) == [c.name for c in COLUMNS]
    first = rows[0]
    assert (first["department"], first["year"], first["unit_code"]) == (
        "秦皇岛市北戴河区机关事务管理局",
        "2021",
        "430001",
    )
    assert (first["project_no"], first["indicator_no"], first["project_code"]) == (
        "1",
        "1",
        "130304213LHGD879DWSLU",
    )
    assert (first["level1"], first["level2"], first["value"]) == ("产出指标", "数量指标", "≥90%")
    assert (first["value_kind"], first["direction"], first["number"], first["unit"]) == (
        "quantitative",
        "≥",
        "90",
        "%",
    )
    assert Decimal(first["budget_total"]) == Decimal("5.91")
    binary = next(r for r in rows if r["value"] == "是/否")
    assert binary["value_kind"] == "binary" and binary["number"] == ""


def test_data_package_validates_with_frictionless(
    seed_plan: Callable[[str], DepartmentPlan], tmp_path: Path
) -> None:
    descriptor = write_open_data(seed_plan("002_9d52ecbd56ee9879"), tmp_path / "indicators.csv")
    report = validate(str(descriptor))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    package = Package(str(descriptor))
    rows = package.get_resource("indicators").read_rows()
    assert len(rows) == 81
    assert isinstance(rows[0]["year"], int) and rows[0]["year"] == 2023
    ranged = [r for r in rows if r["upper"] is not None]
    assert all(r["upper"] >= r["number"] for r in ranged)


def test_export_bytes_for_downloads(seed_plan: Callable[[str], DepartmentPlan]) -> None:
    plan = seed_plan("001_a168ace21779f849")
    assert export_bytes(plan, "pdf").startswith(b"%PDF-")
    assert export_bytes(plan, "docx")[:2] == b"PK"
    assert export_bytes(plan, "html").decode("utf-8").startswith("<!DOCTYPE html>")
    with zipfile.ZipFile(io.BytesIO(export_bytes(plan, "csv"))) as archive:
        assert sorted(archive.namelist()) == [
            "datapackage.json",
            "department-plan.json",
            "indicators.csv",
        ]
        rows = list(csv.DictReader(io.StringIO(archive.read("indicators.csv").decode())))
    assert len(rows) == plan.indicator_count
    assert set(formats()) == {"docx", "pdf", "xlsx", "html", "json", "csv"}
    assert all(f.media_type and f.title for f in formats().values())


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(
    seed_plan: Callable[[str], DepartmentPlan],
) -> None:
    plan = seed_plan("002_9d52ecbd56ee9879")
    first = plan.projects[0]
    hostile = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"]
    indicators = [
        first.indicators[i].model_copy(update={"level3": text, "basis": text})
        for i, text in enumerate(hostile)
    ]
    changed = first.model_copy(update={"indicators": indicators, "name": "=cmd|' /C calc'!A0"})
    plan = plan.model_copy(update={"projects": [changed]})
    rows = list(csv.DictReader(io.StringIO(indicators_csv(plan))))
    assert [r["level3"] for r in rows] == ["'" + text for text in hostile]
    assert [r["basis"] for r in rows] == ["'" + text for text in hostile]
    assert {r["project_name"] for r in rows} == {"'=cmd|' /C calc'!A0"}
    assert all(not r[c.name].startswith(("=", "+", "-", "@")) for r in rows for c in COLUMNS)
