"""Layouts met on the fifteenth held-out round (``import-unseen round 15`` in the corpus
notes): twelve stored pages of 西藏, 黑龙江, 湖北, 湖南, 云南, 重庆 and an unnamed
province's township, most cut before any table.

* the score of the clause a self-assessment opens is the total (``经自评,我委得分98分``,
  西藏 发改委), tested on generated input with counter-examples (a survey's or an
  indicator's score after the same lead, and a total label after it read once);
* the kind and year of each of the twelve documents, as transcribed: a 目录 naming a
  ``项目支出绩效目标批复表`` (黄石) or three ``自评`` parts (龙陵) keeps a 预算 / 决算 its kind.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao import packs
from jixiao.importers.api import import_file
from jixiao.importers.mapping.graded_score import graded_totals
from jixiao.importers.mapping.stated_total import stated_totals
from tests.importers.corpus_metrics import CORPUS, measure_stem

DATA = packs.merged_data("import-stated-totals.json")
LEADS = st.sampled_from(DATA["assessed_leads"])
LABELS = st.sampled_from(DATA["graded_labels"])
SUBJECTS = st.sampled_from(["", "我委", "我局", "本单位", "该项目", "项目"])
NOT_SUBJECTS = st.sampled_from(["满意度", "问卷", "调查", "指标", "分值"])
COMMAS = st.sampled_from([",", "，", ""])
SCORES = st.decimals(min_value=Decimal("0.5"), max_value=Decimal(100), places=1)
ROUND15 = sorted(p.name.removesuffix(".expected.json") for p in CORPUS.glob("*/*ru15-*.json"))


def _written(score: Decimal) -> str:
    return format(score.normalize(), "f")


@given(LEADS, COMMAS, SUBJECTS, LABELS, SCORES)
def test_the_score_a_self_assessment_clause_states_is_the_total(
    lead: str, comma: str, subject: str, label: str, score: Decimal
) -> None:
    text = f"{lead}{comma}{subject}{label}{_written(score)}分,现将情况报告如下:"
    assert graded_totals(text) == [score]


@given(LEADS, NOT_SUBJECTS, LABELS, SCORES)
def test_counter_example_a_surveys_or_an_indicators_score_after_the_lead_is_none(
    lead: str, subject: str, label: str, score: Decimal
) -> None:
    assert graded_totals(f"{lead},{subject}{label}{_written(score)}分。") == []


@given(LABELS, SCORES)
def test_counter_example_a_subject_too_long_for_one_unit_is_none(
    label: str, score: Decimal
) -> None:
    """'经自评,全县群众满意度调查得分…': five characters or more are no subject of a unit."""
    assert graded_totals(f"经自评,全县群众普遍{label}{_written(score)}分。") == []


def test_xizang_fagaiwei_total_is_read_from_its_self_assessment_clause() -> None:
    """西藏 发改委: '经自评,我委得分98分' gives the report's one project, total 98."""
    (path,) = CORPUS.glob("self_evaluation/xizang_ru15-fagaiwei-*.txt")
    (project,) = import_file(Path(path)).projects
    assert project.total_score == Decimal(98)
    assert "我委得分98分" in (project.sources["total_score"].raw or "")


@pytest.mark.parametrize("stem", ROUND15)
def test_round15_kind_and_year_as_transcribed(stem: str) -> None:
    result = measure_stem(stem)
    assert result.kind_ok
    assert result.year_ok
    assert not result.invented


@given(st.sampled_from(DATA["total_labels"] + DATA["score_labels"]), SCORES)
def test_a_labelled_total_after_the_lead_is_read_once(label: str, score: Decimal) -> None:
    """'经自评,综合评分95分': the total label's reader reads it; the lead adds no second one."""
    assert stated_totals(f"经自评,{label}{_written(score)}分") == [score]
