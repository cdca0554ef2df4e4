"""The 年度总体目标 block of a 自评表 (预期目标 beside 实际完成情况), read with its sources."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.goal_outcomes import GOAL_LABELS, OUTCOME_LABELS

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
JINZHAI = CORPUS / "anhui_jinzhai-chagu-meilixiangcun-zhengti_2023.txt"
GOAL_LINE = 11  # the row under '年度总体目标 | 预期目标 | 实际完成情况'
SENTENCE = st.text(
    alphabet="建设完成村庄整治改造项目资金户个年度目标已基本达到1234567890,;。、",
    min_size=4,
    max_size=60,
).filter(
    # a cell that is one of the block's own labels (年度目标) is a label, not a goal
    lambda s: (
        not s.startswith(("绩效指标", "一级指标"))
        and s.strip("—")
        and s.strip() not in GOAL_LABELS | OUTCOME_LABELS
    )
)


def _with_goal_row(row: str) -> Path:
    lines = JINZHAI.read_text(encoding="utf-8").split("\n")
    lines[GOAL_LINE - 1] = row
    folder = Path(tempfile.mkdtemp())
    changed = folder / JINZHAI.name
    changed.write_text("\n".join(lines), encoding="utf-8")
    return changed


@settings(max_examples=25, deadline=None)
@given(SENTENCE, SENTENCE)
def test_the_goal_and_its_outcome_are_read_from_their_columns(goal: str, outcome: str) -> None:
    project = import_file(_with_goal_row(f"{goal} | {outcome} | |||||||||||")).projects[0]
    assert project.annual_goal == goal
    assert project.annual_goal_actual == outcome
    assert project.sources["annual_goal"].line == GOAL_LINE
    assert project.sources["annual_goal_actual"].line == GOAL_LINE
    assert project.sources["annual_goal_actual"].col == 2
    assert len(project.indicators) == 8  # the grid below is read as before


@settings(max_examples=15, deadline=None)
@given(SENTENCE)
def test_a_single_text_under_the_two_columns_is_not_cut(text: str) -> None:
    # one text: the outcome column left blank, or both run together — no guess
    project = import_file(_with_goal_row(f"{text} | |||||||||||")).projects[0]
    assert project.annual_goal_actual is None


def test_real_outcomes_beside_their_goals() -> None:
    luan = import_file(CORPUS / "anhui_luan-yuan-wenlv-wenwu-baohu-zhuanxiang_2022.txt")
    assert luan.projects[0].annual_goal_actual == "基本完成年度目标。"
    assert luan.projects[0].annual_goal is not None
    assert luan.projects[0].annual_goal.startswith("通过项目实施")
    chaotian = import_file(
        CORPUS / "sichuan_ru4-chaotian-quanmin-jianshen-zhuanyi-zhifu-pipe_2023.txt"
    )
    assert chaotian.projects[0].annual_goal_actual is not None
    assert chaotian.projects[0].annual_goal_actual.startswith("2023年完成前期工作")


def test_an_outcome_that_copies_the_goal_is_visible() -> None:
    # 永德县: the 实际完成情况 repeats the 预期目标 word for word, on the same row
    yongde = import_file(CORPUS / "yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022.txt")
    project = yongde.projects[0]
    assert (
        project.annual_goal_actual
        == project.annual_goal
        == "确保每一个学生都能享受到国家政策福利,改善学生体质"
    )
    assert project.sources["annual_goal_actual"] != project.sources["annual_goal"]


def test_one_text_under_the_header_gives_no_outcome() -> None:
    # 霍邱县: one text under 预期目标 | 实际完成情况, which column it fills is unknown
    huoqiu = import_file(CORPUS / "anhui_huoqiu-kejiju-kejitepaiyuan_2022.txt")
    assert all(p.annual_goal_actual is None for p in huoqiu.projects)


# 零陵's 部门整体 自评表, one cell a line: '预期目标 / 实际完成情况', then the three goals,
# then the outcomes numbered again from 目标1 (held-out round 15)
LINGLING = CORPUS / "hunan_ru15r-lingling-linyeju-bumen-zhengti-ziping-cut_2021.txt"


def _lingling_with(old: str, new: str) -> Path:
    folder = Path(tempfile.mkdtemp())
    changed = folder / LINGLING.name
    text = LINGLING.read_text(encoding="utf-8")
    changed.write_text(text.replace(old, new), encoding="utf-8")
    return changed


def test_the_outcomes_start_where_the_numbering_starts_again() -> None:
    project = import_file(LINGLING).projects[0]
    goals = "目标1:造林1.2万亩, 目标2森林经营16.3万亩 目标3:病虫害防治3.45万亩"
    assert (project.annual_goal, project.annual_goal_actual) == (goals, goals)
    assert project.sources["annual_goal_actual"].line > project.sources["annual_goal"].line


def test_lines_numbered_once_are_not_cut() -> None:
    # the outcomes written without numbers: where the column starts cannot be told
    lines = "目标1:造林1.2万亩,\n\n目标2森林经营16.3万亩\n\n目标3:病虫害防治3.45万亩\n\n"
    text = LINGLING.read_text(encoding="utf-8")
    at = text.rindex(lines)
    path = _lingling_with(text[at:], "完成造林1.25万亩\n\n" + text[at + len(lines) :])
    project = import_file(path).projects[0]
    assert project.annual_goal_actual is None
