"""Layouts met on the seventeenth held-out round (``import-unseen round 17`` in the corpus
notes): ten stored pages of 福建, 四川, 安徽, 海南, 云南, 湖南, 陕西 and an unnamed place,
each holding a table (an indicator grid, a scoring table or a filled money table).

* a 绩效评价结果 table whose first column was lost keeps its total row as the full marks,
  the score and the grade alone (``100.00 | 94.04 | 优``): that row states the 总分, a
  group's row (``55.00 | 49.04 | 优``) or a row without its grade does not;
* a 申报表's money rows under ``上年度安排资金 | 本年度申请资金`` give the year's request as
  the 预算数, not last year's amount;
* a scoring table's ``自评`` column head (alone) is its 自评得分 column.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.prose_grade import grade_words
from jixiao.importers.mapping.stated_total import read_stated_totals
from jixiao.importers.text_reader import read_text_blocks
from jixiao.model.plan import Project
from tests.importers.corpus_metrics import CORPUS, measure_stem
from tests.importers.unseen_helpers import import_text, only_file

ROUND17 = sorted(p.name.removesuffix(".expected.json") for p in CORPUS.glob("*/*ru17-*.json"))
GRADES = grade_words().split("|")


def _total(text: str) -> Decimal | None:
    project = Project(name="部门整体")
    read_stated_totals([project], read_text_blocks(text, "t.txt"))
    return project.total_score


@pytest.mark.parametrize("stem", ROUND17)
def test_round17_kind_year_and_nothing_invented(stem: str) -> None:
    result = measure_stem(stem)
    assert (result.kind_ok, result.year_ok, result.invented) == (True, True, [])
    assert result.fields.wrong_total == 0


def test_a_result_tables_unlabelled_full_marks_row_is_the_total() -> None:
    plan = import_file(only_file("self_evaluation/*ru17-danzhou-*.txt"))
    (project,) = plan.projects
    assert project.total_score == Decimal("94.04")
    assert "100.00" in project.sources["total_score"].raw


def test_a_groups_row_or_a_row_without_grade_states_no_total() -> None:
    head = "绩效评价结果\n绩效等级 | |||\n"
    assert _total(head + "55.00 | 49.04 | 优 | |\n产出 | 20.00 | 20.00 | 优 |\n") is None
    assert _total(head + "100.00 | 94.04 | |\n") is None  # no grade: any two figures
    assert _total(head + "满意度 | 100 | 94 | 优 |\n") is None  # a labelled row


@given(
    score=st.decimals(min_value="0.01", max_value="100", places=2),
    grade=st.sampled_from(GRADES),
    full=st.sampled_from(["100", "100.0", "100.00"]),
)
def test_full_marks_score_and_grade_give_the_score(score: Decimal, grade: str, full: str) -> None:
    assert _total(f"{full} | {score} | {grade} |\n") == score


@given(
    first=st.decimals(min_value="1", max_value="99.99", places=2),
    score=st.decimals(min_value="0.01", max_value="100", places=2),
    grade=st.sampled_from(GRADES),
)
def test_other_full_marks_give_no_total(first: Decimal, score: Decimal, grade: str) -> None:
    assert _total(f"{first} | {score} | {grade} |\n") is None


def test_this_years_requested_column_is_the_budget() -> None:
    (project,) = import_file(only_file("plan/*ru17-yueyanglou-*.txt")).projects
    assert project.budget_total == Decimal(40)
    (earlier,) = import_file(only_file("plan/*ru8-xiangyin-jiaoyuju-*.txt")).projects
    assert earlier.budget_total == Decimal(259)  # not last year's 213.4


def test_last_years_amount_alone_is_no_budget(tmp_path: Path) -> None:
    form = (
        "项目支出预算绩效目标申报表\n项目基本情况 项目名称 流动人口公卫经费\n"
        "项目资金情况 项目资金申请(万元) 项 目  上年度安排资金 {head}\n合 计 213.4 259\n"
    )
    (project,) = import_text(tmp_path, form.format(head="本年度申请资金")).projects
    assert project.budget_total == Decimal(259)
    (project,) = import_text(tmp_path, form.format(head="备注")).projects
    assert project.budget_total is None


def test_a_bare_ziping_head_is_the_score_column() -> None:
    (project,) = import_file(only_file("self_evaluation/*ru17-luan-*.txt")).projects
    (row,) = project.indicators
    assert (row.level3, row.weight, row.score) == ("项目立项依据", Decimal(2), Decimal(2))


def test_a_scoring_table_without_a_score_head_gives_no_score(tmp_path: Path) -> None:
    text = only_file("self_evaluation/*ru17-luan-*.txt").read_text(encoding="utf-8")
    text = text.replace("备注 |\n自评 |\n", "备注 |\n说明 |\n")  # the last head no score word
    (project,) = import_text(tmp_path, text).projects
    assert [r.score for r in project.indicators if r.score is not None] == []
