"""自评报告 (draft): a Markdown text assembled from the scored self-evaluations.

The draft gives the facts in the usual order of a 项目支出绩效自评报告 — 基本情况,
自评结果, 绩效目标完成情况, 存在的问题及原因, 改进措施 — for the unit to complete;
nothing in it is invented beyond the data and the scores.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.evaluation.engine import ProjectScore
from jixiao.evaluation.model import ProjectEvaluation

GRADES = ("优", "良", "中", "差")


def _wan(value: Decimal | None) -> str:
    return "—" if value is None else f"{value.quantize(Decimal('0.01'))}万元"


def _rate(value: Decimal | None) -> str:
    return "—" if value is None else f"{(value * 100).quantize(Decimal('0.01'))}%"


def _sum(values: list[Decimal | None]) -> Decimal:
    return sum((v for v in values if v is not None), Decimal(0))


def _basics(evaluations: list[ProjectEvaluation]) -> list[str]:
    budget = _sum([e.budget_total for e in evaluations])
    executed = _sum([e.executed for e in evaluations])
    rate = executed / budget if budget else None
    return [
        "## 一、基本情况",
        "",
        f"本次自评项目{len(evaluations)}个，全年预算数合计{_wan(budget)}，"
        f"全年执行数合计{_wan(executed)}，预算执行率{_rate(rate)}。",
        "",
    ]


def _results(scores: list[ProjectScore]) -> list[str]:
    counts = {g: sum(1 for s in scores if s.grade == g) for g in GRADES}
    lines = [
        "## 二、自评结果",
        "",
        "自评等级：" + "，".join(f"{g}{counts[g]}个" for g in GRADES) + "。",
        "",
        "| 序号 | 项目名称 | 预算执行率 | 总分 | 等级 |",
        "|---:|---|---:|---:|:---:|",
    ]
    for index, s in enumerate(scores, start=1):
        lines.append(f"| {index} | {s.name} | {_rate(s.execution_rate)} | {s.total} | {s.grade} |")
    return [*lines, ""]


def _goals(evaluations: list[ProjectEvaluation], scores: list[ProjectScore]) -> list[str]:
    lines = ["## 三、绩效目标完成情况", ""]
    for index, (e, s) in enumerate(zip(evaluations, scores, strict=True), start=1):
        met = [r for r in s.indicators if r.met]
        lines.append(f"### （{index}）{e.name}")
        lines.append("")
        if e.goal_achieved:
            lines.append(e.goal_achieved)
            lines.append("")
        lines.append(
            f"设置绩效指标{len(s.indicators)}个，达到目标{len(met)}个；"
            f"预算执行率{_rate(s.execution_rate)}，自评得分{s.total}分，等级“{s.grade}”。"
        )
        lines.append("")
    return lines


def _problems(evaluations: list[ProjectEvaluation], scores: list[ProjectScore]) -> list[str]:
    lines = ["## 四、存在的问题及原因", ""]
    found = False
    for e, s in zip(evaluations, scores, strict=True):
        for item, row in zip(e.indicators, s.indicators, strict=True):
            if row.met is False or row.method is None:
                found = True
                reason = item.explanation or "（未说明原因，请补充）"
                lines.append(
                    f"- {e.name}：“{item.level3}”年度指标值{item.target or '—'}，"
                    f"实际完成{item.actual or '—'}。{reason}"
                )
    if not found:
        lines.append("各项绩效指标均已完成。")
    return [*lines, ""]


def _measures(scores: list[ProjectScore]) -> list[str]:
    weak = [s for s in scores if s.grade in ("中", "差")]
    lines = ["## 五、改进措施及结果应用", ""]
    if weak:
        names = "、".join(f"{s.name}（{s.grade}）" for s in weak)
        lines.append(f"自评等级为中、差的项目：{names}。请说明整改措施，并据此调整下年度预算安排。")
    else:
        lines.append("（请填写改进措施及自评结果应用情况。）")
    return [*lines, ""]


def draft_report(
    evaluations: list[ProjectEvaluation],
    scores: list[ProjectScore],
    *,
    department: str | None = None,
    year: int | None = None,
) -> str:
    """The draft 自评报告 in Markdown (``scores`` in the order of ``evaluations``)."""
    title = f"# {department or ''}{f'{year}年度' if year else ''}项目支出绩效自评报告（草稿）"
    lines = [
        title,
        "",
        *_basics(evaluations),
        *_results(scores),
        *_goals(evaluations, scores),
        *_problems(evaluations, scores),
        *_measures(scores),
    ]
    return "\n".join(lines).rstrip() + "\n"
