"""Checks changed or added after the held-out round 6 (eight documents the rules never saw),
each on real documents and counter-examples: N215 (an actual written as a round approximation,
“200余人”, “约600人”, “100%左右”), and the import of a 区域绩效目标表 whose vertical 绩效指标
cell is printed in the first data row (忠县: it was read as that row's 一级, so S101 and S110
raised false alarms and the row's name and target were lost)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.model import DepartmentPlan
from jixiao.model.plan import Indicator, Project
from jixiao.review import review_plan
from jixiao.review.context import build_view
from jixiao.review.engine import _setup
from jixiao.review.examples import indicator, plan, project
from jixiao.review.families import profile_for
from jixiao.review.profile import load_profile
from tests.review.audit.render import CORPUS
from tests.review.conftest import corpus_report, found

DIZHENJU = "self_evaluation/anhui_ru6-xuancheng-dizhenju-fangzhen-jianzai-spacerows_2021"
LINXIANG = "self_evaluation/yunnan_ru6-linxiang-malukeng-shourongsuo-pipe_2023"
ZHONGXIAN = "plan/chongqing_ru6-zhongxian-shengzhu-diaochu-daxian-quyu-mubiao_2022"


def _self_evaluation(*rows: tuple[str, str, str], kind: str = "self_evaluation") -> DepartmentPlan:
    indicators = [
        Indicator(level1="产出指标", level2="数量指标", level3=name, value=value, actual=actual)
        for name, value, actual in rows
    ]
    project = Project(name="防震减灾综合保障", indicators=indicators)
    return DepartmentPlan(source_file="t", kind=kind, projects=[project])


def test_round_approximations_as_actuals_are_raised() -> None:
    """宣城 地震局: “接受业务培训人数 200” → “200余人”, “科普馆参观人数 500” → “600余人”."""
    hits = found(corpus_report(DIZHENJU), "N215", 1)
    assert [f.indicator_index for f in hits] == [1, 2]
    assert "200余人" in hits[0].message and "准确数" in hits[0].message


def test_other_ways_of_writing_an_approximation_are_raised() -> None:
    plan = _self_evaluation(
        ("科普讲座场次", "≥10场", "十余场"),
        ("参观人次", "≥500人次", "约600人次"),
        ("设备完好率", "≥95%", "98%左右"),
        ("补助资金", "≤30万元", "29万多元"),
    )
    assert [f.indicator_index for f in found(review_plan(plan), "N215", 1)] == [1, 2, 3, 4]


def test_exact_actuals_and_words_around_figures_are_left_alone() -> None:
    """临翔's measured actuals (204.46平方米, 121.5米, 8400元 …), 宣城's 99.12% and 10月; a
    余 or 多 before a figure is a word of its own (剩余3户, 多于5次); a 目标表 has no actuals."""
    assert found(corpus_report(LINXIANG), "N215") == []
    assert {f.indicator_index for f in found(corpus_report(DIZHENJU), "N215")} == {1, 2}
    plan = _self_evaluation(
        ("改造户数", "≥100户", "完成97户，剩余3户"), ("巡查次数", "≥5次", "多于5次")
    )
    assert found(review_plan(plan), "N215") == []
    planned = _self_evaluation(("接受业务培训人数", "200人", "200余人"), kind="plan")
    assert found(review_plan(planned), "N215") == []


def test_a_side_label_in_the_first_data_row_is_not_its_level1() -> None:
    """忠县: 一级指标 | 二级指标 | 三级指标 | 单位 | 指标值, then 绩效指标 | 产出指标 | 数量指标 |
    猪肉产量稳定率 | % | ≥95%: the row is 猪肉产量稳定率 ≥95% under 产出指标 / 数量指标."""
    plan = import_file(CORPUS / f"{ZHONGXIAN}.txt")
    rows = [(i.level1, i.level2, i.level3, i.value) for i in plan.projects[0].indicators]
    assert rows == [
        ("产出指标", "数量指标", "猪肉产量稳定率", "≥95%"),
        ("产出指标", "数量指标", "能繁母猪稳定率", "90%"),
    ]
    report = corpus_report(ZHONGXIAN)
    assert found(report, "S101") == [] and found(report, "S110") == []


_GRID = """项目绩效目标表
(2022年度)
项目名称 | 绿化美化项目
{header}
{first} | 数量指标 | 绿化美化公路 | 米 | ≥3500
质量指标 | 树木成活率 | % | ≥85
满意度指标 | 服务对象满意度指标 | 群众满意度 | % | ≥90
"""


def test_the_side_label_is_dropped_only_where_the_header_has_no_column_for_it(
    tmp_path: Path,
) -> None:
    """The same grid three ways: 绩效指标 printed in the first data row (dropped), as the
    header's own first column (kept as the header's side column), or absent."""
    expected = [
        ("产出指标", "数量指标", "绿化美化公路"),
        ("产出指标", "质量指标", "树木成活率"),
        ("满意度指标", "服务对象满意度指标", "群众满意度"),
    ]
    values = []
    shapes = {
        "row": ("一级指标 | 二级指标 | 三级指标 | 计量单位 | 指标值", "绩效指标 | 产出指标"),
        "header": ("绩效指标 | 一级指标 | 二级指标 | 三级指标 | 计量单位 | 指标值", "产出指标"),
        "none": ("一级指标 | 二级指标 | 三级指标 | 计量单位 | 指标值", "产出指标"),
    }
    for shape, (header, first) in shapes.items():
        path = tmp_path / f"{shape}.txt"
        path.write_text(_GRID.format(header=header, first=first), encoding="utf-8")
        (project,) = import_file(path).projects
        assert [(i.level1, i.level2, i.level3) for i in project.indicators] == expected, shape
        values.append([i.value for i in project.indicators])
    assert values[0] == values[1] == values[2] and values[0][0].startswith("≥3500")


GENGA = "self_evaluation/yunnan_ru6-changning-genga-dongwu-fangyi-prose-baogao_2021"


def test_numbered_outcomes_with_a_comma_and_a_signed_target_are_read() -> None:
    """更戛: '1.重大动物强制免疫病种群体免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分20分;'
    — the comma before 年初目标值, no link word before the sign, the item's number dropped;
    then N214 raises the actuals copied from the targets (自评 100分 优秀 all the same), the
    “=100%” and “=0件” copied sign and all too since round 7."""
    plan = import_file(CORPUS / f"{GENGA}.txt")
    rows = [(i.level3, i.value, i.actual) for i in plan.projects[0].indicators]
    assert rows[:2] == [
        ("重大动物强制免疫病种群体免疫密度", "≥90%", "≥90%"),
        ("除布病外其他病种的免疫抗体合格率", "≥70%", "≥70%"),
    ]
    assert rows[3] == ("大规模随意抛弃病死猪事件", "=0件", "=0件")
    assert [f.indicator_index for f in found(corpus_report(GENGA), "N214", 1)] == [1, 2, 3, 4]


FUYUAN = "self_evaluation/heilongjiang_ru6-fuyuan-nongcun-yinshui-weixiu-prose-baogao_2022"


def test_a_sign_written_twice_stays_in_the_value_and_is_raised() -> None:
    """抚远: '贫困地区农村集中供水率≥≥98%' — both signs are the value's (the name was read with
    one of them), and M118 says the sign is written twice; its other targets have one sign."""
    plan = import_file(CORPUS / f"{FUYUAN}.txt")
    row = plan.projects[0].indicators[4]
    assert (row.level3, row.value) == ("贫困地区农村集中供水率", "≥≥98%")
    (hit,) = found(corpus_report(FUYUAN), "M118", 1)
    assert hit.indicator_index == 5 and "重复" in hit.message


def test_contradictory_signs_are_raised_and_two_character_signs_are_one() -> None:
    rows = [
        Indicator(level1="产出指标", level2="质量指标", level3=name, value=value)
        for name, value in (
            ("验收合格率", "≥≤95%"),
            ("按期完成率", ">=95%"),
            ("设备完好率", "＞＝90%"),
            ("维修及时率", "≥ ≥90%"),
        )
    ]
    project = Project(name="x", indicators=rows)
    plan = DepartmentPlan(source_file="t", kind="plan", projects=[project])
    hits = found(review_plan(plan), "M118", 1)
    assert [f.indicator_index for f in hits] == [1, 4]
    assert "矛盾" in hits[0].message and "重复" in hits[1].message


_SIGNS = "≥≤≧≦><＞＜=＝"


@given(st.text(alphabet=_SIGNS + " \u30009%.万元", max_size=8))
def test_m118_asks_the_same_with_or_without_its_quick_test(value: str) -> None:
    """M118 returns before joining '>=' into '≥' when the raw value holds no run of signs:
    on any value it finds what the full check (the join, then the run) finds."""
    from jixiao.review.rules.measurability import measures

    joined = value
    for written, sign in measures._TWO_CHARACTER_SIGNS:
        joined = joined.replace(written, sign)
    full = measures._SIGN_RUN.search(joined)
    # a real view (the compiled build's rule takes nothing else)
    document = plan(project(indicator("质量指标", "完好率", value, level1="产出指标")))
    profile, _ = profile_for(document, load_profile())
    views = build_view(document, profile, _setup(profile).lexicon).projects[0].indicators
    if not views:  # a value the view takes for a form's label ('≥'): no rule sees the row
        return
    hit = measures._signs_twice(views[0])
    assert (hit is None) == (full is None)
