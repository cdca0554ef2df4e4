"""事前绩效评估表: the proposal, its 测算, draft goals and indicators, the combined scores and
the conclusion, as an official form in Excel, Word and PDF, read back to the same proposal
and result."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.exante.assess import DimensionResult, ExAnteResult
from jixiao.exante.profile import ExAnteProfile
from jixiao.exante.proposal import EstimateLine, Proposal
from jixiao.forms import Form, SheetGrid, cell, label
from jixiao.forms.output import forms_bytes, read_form_grids, write_forms
from jixiao.model.plan import Indicator

FORM_TITLE = "事前绩效评估表"
WIDTHS = (14.0, 16.0, 10.0, 10.0, 12.0, 12.0, 16.0)
ESTIMATE = ("测算内容", "数量", "计量单位", "单价（万元）", "金额（万元）", "测算依据")
INDICATORS = ("一级指标", "二级指标", "三级指标", "指标值", "绩效指标描述", "指标值确定依据")
SCORES = ("评估维度", "评分子项", "满分", "得分")


def exante_form(proposal: Proposal, result: ExAnteResult, profile: ExAnteProfile) -> Form:
    form = Form(title=FORM_TITLE, subtitle=f"（{proposal.year}年度）    单位：万元", widths=WIDTHS)
    form.add(label("项目名称"), cell(proposal.name, 6))
    form.add(
        label("主管部门"), cell(proposal.department, 2), label("申报单位"), cell(proposal.unit, 3)
    )
    form.add(
        label("预算年度"),
        cell(str(proposal.year), 2),
        label("项目类型"),
        cell(proposal.kind),
        label("申请金额"),
        cell(proposal.requested),
    )
    form.add(label("立项依据"), cell(proposal.basis, 6))
    form.add(label("实施方案"), cell(proposal.plan, 6))
    form.add(*map(label, ESTIMATE[:5]), label(ESTIMATE[5], 2))
    for line in proposal.estimate:
        form.add(
            cell(line.item),
            cell(line.quantity),
            cell(line.unit),
            cell(line.unit_price),
            cell(line.amount),
            cell(line.basis, 2),
        )
    form.add(label("合计", 4), cell(proposal.estimate_total), cell(None, 2))
    form.add(label("绩效目标"), cell("\n".join(proposal.goals), 6))
    form.add(*map(label, INDICATORS[:4]), label(INDICATORS[4], 2), label(INDICATORS[5]))
    for indicator in proposal.indicators:
        form.add(
            cell(indicator.level1),
            cell(indicator.level2),
            cell(indicator.level3),
            cell(indicator.value),
            cell(indicator.description, 2),
            cell(indicator.basis),
        )
    form.add(*map(label, SCORES[:3]), label(SCORES[3], 4))
    for dimension in profile.dimensions:
        combined = next(d for d in result.dimensions if d.id == dimension.id)
        for item in dimension.items:
            form.add(
                cell(dimension.name),
                cell(item.name),
                cell(item.max),
                cell(combined.items[item.name], 4),
            )
    form.add(label("否决项"), cell("；".join(result.vetoes) or "无", 6))
    form.add(label("总分"), cell(result.total, 2), label("评估结论"), cell(result.conclusion, 3))
    form.add(label("结论理由"), cell("\n".join(result.reasons), 6))
    form.add(
        label("评分结论"),
        cell(result.computed_conclusion, 2),
        label("调整理由"),
        cell(result.override_reason, 3),
    )
    form.add(label("评估人数"), cell(Decimal(result.assessors), 6))
    return form


def write_exante_form(
    assessed: list[tuple[Proposal, ExAnteResult]], path: Path, profile: ExAnteProfile
) -> None:
    """The 事前绩效评估表 of each proposal into ``path`` (.xlsx, .docx or .pdf)."""
    forms = [exante_form(p, r, profile) for p, r in assessed]
    write_forms(forms, [p.name for p, _ in assessed], path, FORM_TITLE)


def exante_form_bytes(
    assessed: list[tuple[Proposal, ExAnteResult]], profile: ExAnteProfile, fmt: str
) -> bytes:
    forms = [exante_form(p, r, profile) for p, r in assessed]
    return forms_bytes(forms, [p.name for p, _ in assessed], FORM_TITLE, fmt)


# -- reading back -------------------------------------------------------------------------


def _section(grid: SheetGrid, head: str, end: str, start: int) -> tuple[int, int]:
    first, _ = grid.require(head, start=start)
    last, _ = grid.require(end, start=first + 1)
    return first, last


def _number(grid: SheetGrid, row: int, col: int) -> Decimal | None:
    return grid.number(grid.at(row, col), row, col)


def read_exante_sheet(grid: SheetGrid, profile: ExAnteProfile) -> tuple[Proposal, ExAnteResult]:
    e_head, e_end = _section(grid, ESTIMATE[0], "合计", 0)
    estimate = tuple(
        EstimateLine(
            item=texts["item"],
            quantity=_number(grid, row, 1),
            unit=texts["unit"],
            unit_price=_number(grid, row, 3),
            amount=_number(grid, row, 4) or Decimal(0),
            basis=texts["basis"],
        )
        for row, texts in grid.records({"item": 0, "unit": 2, "basis": 5}, e_head + 1, e_end)
    )
    i_head, s_head = _section(grid, INDICATORS[0], SCORES[0], e_end)
    indicators = tuple(
        Indicator(
            level1=t["l1"],
            level2=t["l2"],
            level3=t["l3"],
            value=t["value"],
            description=t["description"],
            basis=t["basis"],
        )
        for _, t in grid.records(
            {"l1": 0, "l2": 1, "l3": 2, "value": 3, "description": 4, "basis": 6},
            i_head + 1,
            s_head,
        )
    )
    veto_row, _ = grid.require("否决项", start=s_head)
    scores: dict[str, dict[str, Decimal]] = {}
    for row, t in grid.records({"dimension": 0, "item": 1}, s_head + 1, veto_row):
        scores.setdefault(t["dimension"], {})[t["item"]] = _number(grid, row, 3) or Decimal(0)
    dimensions = tuple(
        DimensionResult(
            id=d.id,
            name=d.name,
            weight=d.weight,
            items=scores[d.name],
            score=sum(scores[d.name].values(), Decimal(0)),
        )
        for d in profile.dimensions
    )
    vetoes = grid.after("否决项")
    total_row, total_col = grid.require("总分", start=veto_row)
    goals = grid.after("绩效目标")
    proposal = Proposal(
        name=grid.after("项目名称"),
        department=grid.after("主管部门"),
        unit=grid.after("申报单位") or None,
        year=int(grid.after("预算年度")),
        kind=grid.after("项目类型"),
        requested=_number(grid, *grid.require("申请金额")[:1], grid.require("申请金额")[1] + 1)
        or Decimal(0),
        basis=grid.after("立项依据"),
        plan=grid.after("实施方案"),
        estimate=estimate,
        goals=tuple(goals.split("\n")) if goals else (),
        indicators=indicators,
    )
    result = ExAnteResult(
        total=_number(grid, total_row, total_col + 1) or Decimal(0),
        conclusion=grid.after("评估结论"),
        dimensions=dimensions,
        vetoes=tuple(vetoes.split("；")) if vetoes and vetoes != "无" else (),
        reasons=tuple(grid.after("结论理由").split("\n")),
        assessors=int(grid.after("评估人数") or 0),
        computed_conclusion=grid.after("评分结论"),
        override_reason=grid.after("调整理由"),
    )
    return proposal, result


def read_exante_form(path: Path, profile: ExAnteProfile) -> list[tuple[Proposal, ExAnteResult]]:
    """Every 事前绩效评估表 of a .xlsx, .docx or .pdf file."""
    return [read_exante_sheet(grid, profile) for grid in read_form_grids(path, FORM_TITLE)]
