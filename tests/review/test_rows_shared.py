"""What projects with the same indicator rows share (the engine's per-rows table): results
stay those of a review from scratch, and what is not the rows stays each project's own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.model import DepartmentPlan
from jixiao.review import load_profile, review_plan
from jixiao.review.engine import forget_shared
from jixiao.review.examples import indicator, plan, project
from jixiao.review.grading import grade
from tests.review.conftest import seed_plan

_ROWS = (
    indicator("数量指标", "培训人数", "≥200人", "参加业务培训的人数"),
    indicator("质量指标", "培训合格率", "≥95%", "考核合格的人数占参训人数的比例"),
    indicator("时效指标", "培训完成时间", "2023年12月底前", "全年培训完成的时限"),
    indicator("服务对象满意度指标", "参训人员满意度", "≥90%", "参训人员对培训的满意程度"),
)


def _reworked(source: DepartmentPlan) -> DepartmentPlan:
    """The document with its projects in reverse order, renamed and their budgets halved:
    the same rows under other names, places and amounts."""
    projects = []
    for n, p in enumerate(reversed(source.projects), start=1):
        update: dict[str, object] = {"name": f"{p.name}（复核{n}）"}
        if p.budget_total is not None:
            half = (p.budget_total / 2).quantize(Decimal("0.01"))
            update |= {"budget_total": half, "budget_fiscal": half}
        projects.append(p.model_copy(update=update))
    return source.model_copy(update={"projects": projects, "department": "复核单位"})


@pytest.mark.parametrize("short", ["000", "002", "004"])
def test_a_document_reviewed_after_its_twin_equals_one_reviewed_from_scratch(
    short: str,
) -> None:
    source = seed_plan(short)
    review_plan(source)  # the twin fills the shared tables: every list of rows is seen
    twin = _reworked(source)
    warm = review_plan(twin)
    forget_shared()
    cold = review_plan(twin)
    assert warm.findings == cold.findings
    assert warm.grades == cold.grades
    assert {f.project for f in warm.findings if f.project} <= {p.name for p in twin.projects}


def test_rows_shared_keep_each_projects_goals_and_place() -> None:
    measured = project(*_ROWS, name="业务培训甲", goals=["完成业务培训，提高干部业务能力"])
    orphan = project(*_ROWS, name="业务培训乙", goals=["完成档案数字化扫描整理入库工作"])
    found = [f for f in review_plan(plan(measured, orphan)).findings if f.rule == "R106"]
    assert [(f.project_index, f.project) for f in found] == [(2, "业务培训乙")]
    swapped = [f for f in review_plan(plan(orphan, measured)).findings if f.rule == "R106"]
    assert [(f.project_index, f.project) for f in swapped] == [(1, "业务培训乙")]


def test_rows_shared_point_at_each_projects_own_row() -> None:
    twice = (*_ROWS, indicator("数量指标", "培训人数", "≥300人", "参加业务培训的人数"))
    first, second = project(*twice, name="培训一"), project(*twice, name="培训二")
    found = [f for f in review_plan(plan(first, second)).findings if f.rule == "W103"]
    assert [(f.project, f.indicator_index, f.indicator) for f in found] == [
        ("培训一", 5, "培训人数"),
        ("培训二", 5, "培训人数"),
    ]


@pytest.mark.parametrize("short", ["001", "003"])
def test_tallied_grades_equal_grades_from_the_findings(short: str) -> None:
    document = seed_plan(short)
    report = review_plan(document)
    names = [p.name for p in document.projects]
    assert report.grades == grade(report.findings, names, load_profile().grading)
    assert report.grades.document.counts[report.findings[0].severity] >= 1
