"""A total score written right after the grade a report's prose states
(:mod:`jixiao.importers.mapping.graded_score`), read through ``stated_total``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao import packs
from jixiao.importers.api import import_file
from jixiao.importers.mapping.graded_score import graded_totals
from jixiao.importers.mapping.stated_total import stated_totals

SELF = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
LABELS = st.sampled_from(packs.merged_data("import-stated-totals.json")["graded_labels"])
SCORES = st.decimals(min_value=Decimal("0.5"), max_value=Decimal(100), places=1)
GRADES = st.sampled_from(
    ["自评绩效等级为“优”", "自评等级为优秀", "综合评定为良好", "评价结果为(良)"]
)
LINKS = st.sampled_from(["为", "是", ":", "", " "])

HUARONG = "huarong-tushuguan-zongfenguan-prose-baogao-masked_nd"


def _written(score: Decimal) -> str:
    return format(score.normalize(), "f")


@given(GRADES, st.sampled_from([",", "，", ";"]), LABELS, LINKS, SCORES)
def test_a_score_word_right_after_the_grade_is_the_total(
    grade: str, comma: str, label: str, link: str, score: Decimal
) -> None:
    assert graded_totals(f"经自评,{grade}{comma}{label}{link}{_written(score)}分。") == [score]


@given(LABELS, LINKS, SCORES, st.sampled_from(["满意度调查", "问卷", "", "指标"]))
def test_counter_example_a_score_word_with_no_grade_before_it_is_no_total(
    label: str, link: str, score: Decimal, lead: str
) -> None:
    assert graded_totals(f"{lead}{label}{link}{_written(score)}分。") == []


def test_huarong_score_after_its_grade_is_read() -> None:
    """The held-out 华容 report: '…自评绩效等级为“优”,分数为97分。'."""
    line = (
        "根据目前县图书馆总分馆建设工作取得的成效和专项资金使用情况,自评绩效等级为“优”,分数为97分。"
    )
    assert stated_totals(line) == [Decimal(97)]
    (project,) = import_file(SELF / f"hunan_ru11p-{HUARONG}.txt").projects
    assert project.total_score == Decimal(97)
    assert "分数为97分" in (project.sources["total_score"].raw or "")


def test_counter_example_a_row_score_after_a_grade_list_or_a_named_score_is_none() -> None:
    """A form's list of the grades states no grade; '指标得分' after a grade names a row;
    昌宁's indicator lines ('实际完成值≥90%,自评得分20分') state no grade at all."""
    assert graded_totals("自评等级：优/良/中/差，分数为97分") == []
    assert graded_totals("自评等级为优,指标得分20分") == []
    assert (
        graded_totals(
            "1.重大动物强制免疫病种群体免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分20分;"
        )
        == []
    )
