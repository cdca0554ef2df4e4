"""Held-out round 9: what the reviewer flagged on 保山's 春节走访慰问 自评表 and the review
missed before, now caught, on the real document as imported; and the import misread of its
last row, gone.

- N237: a 数量 row whose name lists the counts to deliver (“慰问伤残军人50人;…”) while its
  value and actual are “100%”;
- W120: a name asking for none (“年内无群体性事件发生”) over a value tolerating several
  (“小于5次”);
- the “总分(100分) | 100 | 自评等级 | 优” row under the grid is the project's total and grade,
  not a 满意度 indicator (it drew an R102 before).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.model import DepartmentPlan
from jixiao.model.plan import Indicator, Project
from jixiao.review import review_plan
from tests.review.audit.render import CORPUS
from tests.review.conftest import corpus_report, found, transcribed_rows

BAOSHAN = "self_evaluation/yunnan_ru9-baoshan-tuiyijunren-chunjie-weiwen-cellperline-cut_2022"
HENGSHAN = "self_evaluation/hunan_hengshan-chubeiliang-xianji-zhuanxiang-glued-docpreview_2020"


def _plan(*rows: Indicator) -> DepartmentPlan:
    project = Project(name="春节走访慰问经费", budget_total=Decimal("34.64"), indicators=list(rows))
    return DepartmentPlan(source_file="t", kind="self_evaluation", projects=[project])


def _row(level2: str, name: str, value: str, level1: str = "产出指标") -> Indicator:
    return Indicator(level1=level1, level2=level2, level3=name, value=value)


def test_the_document_as_imported() -> None:
    """Both misses are found at their rows; the 总分 row is read as the total and grade, so
    no indicator is named “总分”, and R102 is gone."""
    from jixiao.importers.api import import_file

    report = corpus_report(BAOSHAN)
    assert [f.indicator_index for f in found(report, "N237")] == [1]
    assert [f.indicator_index for f in found(report, "W120")] == [4]
    assert not found(report, "R102")
    project = import_file(CORPUS / f"{BAOSHAN}.txt").projects[0]
    assert len(project.indicators) == 5
    assert project.total_score == 100
    assert project.grade == "优"


def test_counts_in_the_name_of_a_quantity_row() -> None:
    rows = transcribed_rows(BAOSHAN)
    report = review_plan(_plan(rows[0]))
    (hit,) = found(report, "N237")
    assert "50人" in hit.message and "100%" in hit.message


@pytest.mark.parametrize(
    ("level2", "name", "value"),
    [
        ("数量指标", "慰问伤残军人人数", "≥50人"),  # the row split as it should be
        ("数量指标", "慰问伤残军人人数", "100%"),  # a count name: N104's, not this rule's
        ("质量指标", "慰问伤残军人50人", "100%"),  # not a quantity row
        ("数量指标", "慰问对象覆盖率", "100%"),  # a rate with no figure
    ],
)
def test_no_counts_in_the_name_or_no_quantity_row(level2: str, name: str, value: str) -> None:
    assert not found(review_plan(_plan(_row(level2, name, value))), "N237")


def test_a_rate_named_with_its_figures_is_left_alone() -> None:
    """衡山's “5000吨稻谷、500吨成品粮储备到位率 100%” names a rate."""
    row = next(r for r in transcribed_rows(HENGSHAN) if r.level3.startswith("5000吨"))
    assert not found(review_plan(_plan(row)), "N237")


def test_a_name_ruling_out_what_the_value_tolerates() -> None:
    rows = transcribed_rows(BAOSHAN)
    (hit,) = found(review_plan(_plan(rows[3])), "W120")
    assert "无群体性事件发生" in hit.message and "小于5次" in hit.message


@pytest.mark.parametrize(
    ("name", "value", "fails"),
    [
        ("年内无群体性事件发生", "=0次", False),
        ("年内无群体性事件发生", "0次", False),
        ("越级信访案件", "≤5起", False),
        ("安全生产零事故", "≤2起", True),
        ("杜绝重大安全事故", "<3次", True),
        ("杜绝重大安全事故", "≥3次", False),
    ],
)
def test_ruled_out_names(name: str, value: str, fails: bool) -> None:
    row = _row("社会效益指标", name, value, level1="效益指标")
    assert bool(found(review_plan(_plan(row)), "W120")) is fails
