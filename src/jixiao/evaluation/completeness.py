"""Whether a self-evaluation is complete enough to score (填报完整性).

The official method (项目支出绩效自评) scores the 预算执行率 (全年执行数 against 全年预算数)
and every indicator's 实际完成值 against its 年度指标值. An entry filled only in part — a
survey's 满意率 entered and nothing else, or the money without the indicators — would be
scored with 0 points for everything missing and graded 差: that grade says nothing yet. So
an entry is scored only when :func:`missing_to_score` is empty; until then it is 填报中
(or 未填报, when nothing at all is filled in: :attr:`ProjectEvaluation.is_blank`).
"""

from __future__ import annotations

from jixiao.evaluation.model import ProjectEvaluation


def missing_to_score(evaluation: ProjectEvaluation) -> list[str]:
    """What the official method needs and the entry does not give yet, in the form's order:
    全年预算数, 全年执行数, then each indicator without a 实际完成值 (by its 三级指标)."""
    missing = []
    if evaluation.budget_total is None:
        missing.append("全年预算数")
    if evaluation.executed is None:
        missing.append("全年执行数")
    for index, item in enumerate(evaluation.indicators, start=1):
        if not item.actual.strip():
            name = item.level3.strip() or f"第{index}项指标"
            missing.append(f"实际完成值：{name}")
    return missing


def ready_to_score(evaluation: ProjectEvaluation) -> bool:
    """Complete enough to score and grade (nothing the method needs is missing)."""
    return not missing_to_score(evaluation)
