"""The Excel template as users fill it: the framework rows they leave unused are not
indicators, and an indicator value typed as ``=100%`` — which Excel and LibreOffice store as
a formula with the cached value 1 — is read back as the text the user typed."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from jixiao.exporters.plan_xlsx_template import (
    INSTRUCTIONS_SHEET,
    TEMPLATE_PROJECT_SHEET,
    write_template_xlsx,
)
from jixiao.importers.api import import_file
from jixiao.review import review_plan
from tests.programs import require


def _filled(path: Path) -> None:
    """The template with one project and two of its nine framework rows used."""
    write_template_xlsx(path)
    workbook = load_workbook(path)
    sheet = workbook[TEMPLATE_PROJECT_SHEET]
    sheet["A1"] = "办公设备购置绩效目标表"
    sheet["A2"] = "单位：442001 曹妃甸区政务接待中心本级"
    sheet["B3"], sheet["E3"] = "13020924P00056410001N", "办公设备购置"
    sheet["C4"], sheet["E4"] = 2, 2
    sheet["B7"], sheet["C7"], sheet["D7"], sheet["E7"] = 0.25, 0.5, 0.8, 1
    sheet["B8"] = "1.满足办公需求"
    sheet["C11"], sheet["D11"], sheet["F11"] = "购置数量", "购置台式计算机数量", "≥2台"
    sheet["C12"], sheet["D12"], sheet["F12"] = "验收合格率", "验收合格设备/购置设备", "100%"
    workbook["部门整体绩效目标"]["A1"] = "曹妃甸区政务接待中心2024年部门预算绩效文本"
    workbook.save(path)


def _as_typed_in_excel(path: Path, ref: str, formula: str, cached: str) -> None:
    """Rewrite one cell as Excel saves what a user typed: ``<f>`` and its cached ``<v>``."""
    sheet_xml = "xl/worksheets/sheet3.xml"  # 填表说明, 部门整体绩效目标, 项目1
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts[sheet_xml].decode()
    cell = re.search(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', xml)
    assert cell is not None, xml[:500]
    style = re.search(r' s="\d+"', cell.group(0))
    replaced = f'<c r="{ref}"{style.group(0) if style else ""}><f>{formula}</f><v>{cached}</v></c>'
    parts[sheet_xml] = xml.replace(cell.group(0), replaced).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_unused_framework_rows_are_not_indicators(tmp_path: Path) -> None:
    path = tmp_path / "填好的模板.xlsx"
    _filled(path)
    plan = import_file(path)
    [project] = plan.projects
    assert [(i.level2, i.level3) for i in project.indicators] == [
        ("数量指标", "购置数量"),
        ("质量指标", "验收合格率"),
    ]
    empty = [f for f in review_plan(plan).findings if f.indicator == ""]
    assert empty == []


def test_a_value_typed_as_equals_100_percent_in_excel_is_its_text(tmp_path: Path) -> None:
    path = tmp_path / "excel.xlsx"
    _filled(path)
    _as_typed_in_excel(path, "F12", "100%", "1")
    assert load_workbook(path, data_only=True)[TEMPLATE_PROJECT_SHEET]["F12"].value == 1
    [project] = import_file(path).projects
    assert project.indicators[1].value == "=100%"
    # a real formula still gives what it computed: the title follows the 项目名称 cell
    assert project.name == "办公设备购置"


def test_a_value_typed_as_equals_100_percent_in_libreoffice_is_its_text(tmp_path: Path) -> None:
    """LibreOffice, too, turns ``=100%`` into a formula and caches 1 when it saves."""
    soffice = require("soffice", "libreoffice")
    source = tmp_path / "in" / "libreoffice.xlsx"
    source.parent.mkdir()
    _filled(source)
    _as_typed_in_excel(source, "F12", "100%", "")  # as typed: not calculated yet
    out = tmp_path / "out"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    saved = out / "libreoffice.xlsx"
    cells = load_workbook(saved)[TEMPLATE_PROJECT_SHEET]
    assert cells["F12"].value == "=100%"  # LibreOffice kept it as a formula
    assert load_workbook(saved, data_only=True)[TEMPLATE_PROJECT_SHEET]["F12"].value == 1
    [project] = import_file(saved).projects
    assert project.indicators[1].value == "=100%"


def test_the_template_does_not_invite_formulas(tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"
    write_template_xlsx(path)
    workbook = load_workbook(path)
    notes = " ".join(
        str(c.value) for row in workbook[INSTRUCTIONS_SHEET].iter_rows() for c in row if c.value
    )
    assert "=100%" not in notes and "公式" in notes  # it warns instead
    assert not re.search(r"(?<![≥≤<>＞＜])=\d", notes)  # no example starting with "="
    grid = workbook[TEMPLATE_PROJECT_SHEET]
    # the text columns of the indicator grid are text cells: Excel keeps "=100%" as typed
    for ref in ("C11", "D11", "F11", "G11", "F19"):
        assert grid[ref].number_format == "@", ref
