"""满意度调查: questionnaires from the seeds' real 满意度 indicators, counting, the guard."""

from __future__ import annotations

import io
import tempfile
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from jixiao.forms import FormError
from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan
from jixiao.surveys import (
    AnswerAttempt,
    admit,
    load_survey_profile,
    questionnaire_from_plan,
    respondent_group,
    tally,
)
from jixiao.surveys.export import read_result, result_bytes, write_result
from jixiao.surveys.profile import GuardSettings
from jixiao.surveys.questionnaire import Questionnaire
from tests.conftest import seed_path

PROFILE = load_survey_profile()


@cache
def _plan(stem: str) -> DepartmentPlan:
    return import_file(seed_path(stem))


def _questionnaire(stem: str) -> Questionnaire:
    return questionnaire_from_plan(_plan(stem), PROFILE)


def test_one_question_per_satisfaction_indicator_of_seed_000() -> None:
    questionnaire = _questionnaire("000_6fea33418e000787")
    assert questionnaire.department == "秦皇岛市北戴河区机关事务管理局"
    assert len(questionnaire.questions) == 8
    first = questionnaire.questions[0]
    assert (first.indicator, first.group, first.target_percent) == (
        "服务对象满意度",
        "服务对象",
        Decimal("90"),
    )
    assert first.problems == ()


def test_contractor_as_respondent_is_a_problem() -> None:
    # Seed 000: 劳务派遣费 measured by 派遣公司满意度 — the contractor rates its own payment.
    questionnaire = _questionnaire("000_6fea33418e000787")
    dispatch = next(q for q in questionnaire.questions if q.indicator == "派遣公司满意度")
    assert dispatch.group == "派遣公司"
    assert any("不是服务对象" in problem for problem in dispatch.problems)


def test_hundred_percent_and_upper_bound_targets_are_problems() -> None:
    questionnaire = _questionnaire("002_9d52ecbd56ee9879")
    problems = {q.indicator: q.problems for q in questionnaire.questions}
    assert any("100%" in p for p in problems["公车改革满意度，不断提升"])
    assert any("应写作“≥”" in p for p in problems["节约型机关创建不断提升"])
    assert any("名称未体现满意度" in p for p in problems["圆满完成接待任务"])


def test_respondent_group_and_subject() -> None:
    assert respondent_group("干部职工对后勤保障满意度") == ("干部职工", "后勤保障")
    assert respondent_group("服务对象满意度") == ("服务对象", None)
    assert respondent_group("接待满意度") == ("服务对象", "接待")
    assert respondent_group("学生对食堂的满意程度") == ("学生", "食堂")
    # written as a sentence (seed 002): the group, not the sentence, is asked to answer
    said = "不断提高机关事务工作，提高机关职工满意度"
    assert respondent_group(said) == ("机关职工", None)
    assert respondent_group("进一步提升群众对政务服务的满意度") == ("群众", "政务服务")


def test_worked_example_rate_score_and_interval() -> None:
    questionnaire = _questionnaire("000_6fea33418e000787")
    key = questionnaire.questions[0].key
    answers = [{key: "5"}] * 10 + [{key: "4"}] * 14 + [{key: "3"}] * 2
    result = tally(questionnaire, answers, PROFILE).questions[0]
    assert (result.answered, result.satisfied) == (26, 24)
    assert result.rate == Decimal("92.31")
    assert result.score == Decimal("86.15")
    # Wilson 95% interval of 24/26, computed by hand: 75.86% – 97.86%.
    assert (result.low, result.high) == (Decimal("75.86"), Decimal("97.86"))
    assert result.met is True  # ≥90%
    assert result.actual_text == "92.31%（样本26份）"
    assert any("代表性不足" in note for note in result.notes)


def test_a_question_without_answers_has_no_rate() -> None:
    questionnaire = _questionnaire("000_6fea33418e000787")
    result = tally(questionnaire, [], PROFILE).questions[0]
    assert result.rate is None and result.met is None and result.answered == 0


@given(st.lists(st.sampled_from(["1", "2", "3", "4", "5", "x"]), max_size=200))
def test_tally_bounds(levels: list[str]) -> None:
    questionnaire = _questionnaire("000_6fea33418e000787")
    key = questionnaire.questions[0].key
    result = tally(questionnaire, [{key: level} for level in levels], PROFILE).questions[0]
    assert sum(result.counts.values()) == result.answered == sum(1 for v in levels if v != "x")
    assert result.satisfied <= result.answered
    if result.rate is not None:
        assert result.low is not None and result.high is not None
        assert Decimal(0) <= result.low <= result.rate <= result.high <= Decimal(100)


def test_guard_rules() -> None:
    settings = GuardSettings(max_answers_per_address_per_hour=3)
    fresh = AnswerAttempt("token-a", token_already_used=False, answers_from_address_last_hour=0)
    assert admit(fresh, settings).admitted
    reused = AnswerAttempt("token-a", token_already_used=True, answers_from_address_last_hour=0)
    assert "已提交过" in admit(reused, settings).reason
    flood = AnswerAttempt("token-b", token_already_used=False, answers_from_address_last_hour=3)
    assert "过于频繁" in admit(flood, settings).reason
    assert "访问码" in admit(fresh, settings, expected_code="7351").reason
    coded = AnswerAttempt("t", False, 0, access_code=" 7351 ")
    assert admit(coded, settings, expected_code="7351").admitted
    assert not admit(AnswerAttempt("", False, 0), settings).admitted


def test_results_table_in_excel() -> None:
    questionnaire = _questionnaire("000_6fea33418e000787")
    key = questionnaire.questions[0].key
    answers = [{key: "5"}] * 10 + [{key: "4"}] * 14 + [{key: "3"}] * 2
    data = result_bytes(tally(questionnaire, answers, PROFILE), PROFILE, "xlsx")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    rows = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    first = next(row for row in rows if row and row[2:3] == ["服务对象满意度"])
    assert first[3:9] == [26, 10, 14, 2, 0, 0]
    assert first[9:] == [
        "92.31%",
        "75.86%–97.86%",
        "86.15",
        "90%",
        "达标",
        "样本仅26份，少于30份，代表性不足",
    ]


def _answers(questionnaire: Questionnaire, levels: list[list[str]]) -> list[dict[str, str]]:
    """One response per row of ``levels``: the n-th level answers the n-th question."""
    keys = [q.key for q in questionnaire.questions]
    return [dict(zip(keys, row, strict=False)) for row in levels]


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_the_results_table_round_trips(fmt: str, tmp_path: Path) -> None:
    # Seed 000's eight questions: the first well answered, one short of its target, the
    # rest with too few answers or none — every kind of row the table has.
    questionnaire = _questionnaire("000_6fea33418e000787")
    levels = [["5", "4", "2"]] * 20 + [["4", "3", "1"]] * 12 + [["3", "2"]] * 3
    result = tally(questionnaire, _answers(questionnaire, levels), PROFILE)
    path = tmp_path / f"满意度调查结果表.{fmt}"
    write_result(result, PROFILE, path)
    assert read_result(path, PROFILE) == [result]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["1", "2", "3", "4", "5"]), max_size=8), max_size=60))
def test_any_tally_reads_back_from_excel(levels: list[list[str]]) -> None:
    questionnaire = _questionnaire("000_6fea33418e000787")
    result = tally(questionnaire, _answers(questionnaire, levels), PROFILE)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "结果.xlsx"
        write_result(result, PROFILE, path)
        assert read_result(path, PROFILE) == [result]


def test_a_damaged_count_is_named_by_its_cell(tmp_path: Path) -> None:
    questionnaire = _questionnaire("000_6fea33418e000787")
    result = tally(questionnaire, _answers(questionnaire, [["5"]] * 3), PROFILE)
    path = tmp_path / "结果.xlsx"
    write_result(result, PROFILE, path)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    cell = next(
        c for row in sheet.iter_rows() for c in row if c.value == questionnaire.questions[0].key
    )
    sheet.cell(cell.row, cell.column + 3, "二十")
    workbook.save(path)
    with pytest.raises(FormError, match=rf"结果.xlsx.*D{cell.row}单元格.*“二十”不是数字"):
        read_result(path, PROFILE)
