"""Layouts met on the thirteenth held-out round (``import-unseen round 13`` in the corpus
notes), each read by a general rule tested on generated input (hypothesis) with a
counter-example, and on the real document that showed it:

* a 目录's bracketed sub-entry (``(二)部门决算中项目绩效自评结果``) is an entry: a 决算 titled
  by its own part heading stays one;
* a plan only by a form's ``年度绩效目标`` label, whose grid header names 实际完成值, is a
  self-evaluation;
* a cell stream restating its indicator's name before the 完成值 drops the repetition;
* a grid without 一级 / 二级 columns (``指标名称 | 计量单位 | 指标性质 | 指标值``) running
  its rows on after the header is read row by row;
* a nature word (``定性``) set under 计量单位 is the row's 指标性质, the cell after it its 指标值;
* a text opening with a year and a comma (``2022年,我街道…``) states the year, when
  nothing else does.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.kinds import KindDecision, by_titles, scored_grid
from jixiao.importers.mapping.nature_cells import natures_in_place
from jixiao.importers.mapping.restated_name import without_names_again
from jixiao.importers.mapping.year import stated_year
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
UNIT = st.text(alphabet="市区县公安局卫健委人社医保司法生态环境", min_size=3, max_size=8)
NAME = st.text(alphabet="建设监测子站辅警人员培训场次覆盖率", min_size=4, max_size=12)
YEAR = st.integers(2015, 2030)
HERE = SourceRef(file="t.txt", line=1)


def _import(tmp_path: Path, text: str) -> Any:
    # one file per text: hypothesis reuses ``tmp_path`` across its examples
    path = tmp_path / f"doc{hashlib.sha1(text.encode()).hexdigest()[:12]}.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path).model_dump()


def _cells(*texts: str) -> list[Cell]:
    return [Cell(raw=t, source=HERE, col=i) for i, t in enumerate(texts)]


# -- a 目录's bracketed sub-entry --------------------------------------------------------


@SETTINGS
@given(year=YEAR)
def test_a_bracketed_entry_leaves_the_final_accounts_own_part(year: int) -> None:
    decision = by_titles(
        [
            "目录",
            "第一部分部门概况",
            f"第二部分{year}年度部门决算表",
            "十、预算绩效情况说明",
            "(二)部门决算中项目绩效自评结果",
        ]
    )
    assert decision is not None and decision.kind == "final_accounts"


@SETTINGS
@given(unit=UNIT, year=YEAR)
def test_a_bracketed_entry_alone_still_names_its_kind(unit: str, year: int) -> None:
    """Counter-example: with no 决算 title of its own, the entry's kind stands."""
    decision = by_titles([f"{unit}{year}年度项目", "(二)项目绩效自评结果"])
    assert decision is not None and decision.kind == "self_evaluation"


def test_gaoling_final_accounts_table_of_contents() -> None:
    result = measure_stem(
        "shaanxi_ru13-gaoling-shiyao-jianyan-zhongxin-bumen-juesuan-mulu-tradmirror-cut_2019"
    )
    assert result.kind_ok and result.year_ok


# -- a form label's plan with a scored grid ----------------------------------------------


@pytest.mark.parametrize("column", ["实际 完成值", "自评得分"])
def test_a_goal_labels_plan_with_a_self_evaluations_columns_is_one(column: str) -> None:
    header = ["一级指标", "二级指标", "三级指标", "目标值", column, "分值", "得分"]
    decided = scored_grid(KindDecision("plan", "年度绩效目标"), header)
    assert decided.kind == "self_evaluation"


def test_a_titled_plan_keeps_its_kind_whatever_its_columns() -> None:
    """Counter-example: a 目标表 titled as one stays a plan."""
    header = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"]
    decision = KindDecision("plan", "项目支出绩效目标表")
    assert scored_grid(decision, header) == decision


def test_a_goal_labels_plan_with_a_target_grid_stays_a_plan() -> None:
    """Counter-example: a target grid's header (指标值 only) leaves the plan."""
    decision = KindDecision("plan", "年度绩效目标")
    assert scored_grid(decision, ["一级指标", "二级指标", "三级指标", "指标值"]) == decision


def test_luohu_special_bond_self_evaluation() -> None:
    result = measure_stem(
        "guangdong_ru13-luohu-nanhu-jiedao-pinggaiguan-zhaiquan-zixping-pipe-cut_2022"
    )
    assert result.kind_ok and result.year_ok
    assert (result.found, result.actual_found) == (4, 4)


# -- a name restated before the 完成值 ----------------------------------------------------


@SETTINGS
@given(name=NAME, target=st.integers(1, 99), actual=st.integers(0, 99))
def test_a_restated_name_is_dropped(name: str, target: int, actual: int) -> None:
    cells = _cells("产出指标", "数量指标", name, f"{target}个", name, str(actual))
    kept = without_names_again(cells)
    assert [c.text for c in kept] == ["产出指标", "数量指标", name, f"{target}个", str(actual)]


@SETTINGS
@given(text=NAME)
def test_a_value_written_twice_stays(text: str) -> None:
    """Counter-example: a target and its 完成值 written alike sit side by side and stay;
    so do repeated figures."""
    cells = _cells("经费支出合规性", text, text, "100%", "8", "100%")
    assert without_names_again(cells) == cells


def test_xianning_air_fund_actual() -> None:
    result = measure_stem(
        "hubei_ru13-xianning-shengtai-huanjing-daqi-zhuanyi-zixping-cellperline-cut_2021"
    )
    assert (result.found, result.actual_found, result.invented) == (1, 1, [])


# -- a grid without level columns ---------------------------------------------------------


@SETTINGS
@given(name=NAME, people=st.integers(1, 9999), cost=st.integers(1, 9999))
def test_a_levelless_grid_runs_its_rows_on(
    tmp_path: Path, name: str, people: int, cost: int
) -> None:
    lines = ["(三)绩效目标。", "指标名称 |", "计量单位 |", "指标性质 |", "指标值 |"]
    lines += [f"{name} |", "人 |", "= |", f"{people} |", "项目持续期 |", "定性 |", "基本建立 | |"]
    lines += ["项目成本概算 |", "万元 |", "≤ |", f"{cost} |", "社会稳定 |", "定性 |", "好 | |"]
    plan = _import(tmp_path, "\n".join(lines) + "\n")
    got = {i["level3"]: i["value"] for p in plan["projects"] for i in p["indicators"]}
    assert got == {
        name: f"={people}人",
        "项目持续期": "基本建立",
        "项目成本概算": f"≤{cost}万元",
        "社会稳定": "好",
    }


def test_a_nature_word_under_the_unit_is_the_rows_nature() -> None:
    header_roles = {"level3": "项目持续期", "unit": "定性", "sign": "基本建立"}
    mapped = {role: _cells(text)[0] for role, text in header_roles.items()}
    moved = natures_in_place(mapped)
    assert {r: c.text for r, c in moved.items()} == {
        "level3": "项目持续期",
        "sign": "定性",
        "value": "基本建立",
    }


def test_a_real_unit_and_sign_stay() -> None:
    """Counter-example: a unit and a sign where they belong, or a row with its 指标值, stay."""
    mapped = {r: _cells(t)[0] for r, t in {"level3": "人员", "unit": "人", "sign": "≥"}.items()}
    assert natures_in_place(mapped) == mapped
    full = {r: _cells(t)[0] for r, t in {"unit": "定性", "sign": "好", "value": "高"}.items()}
    assert natures_in_place(full) == full


def test_fengdu_police_auxiliaries_targets() -> None:
    result = measure_stem(
        "chongqing_ru13-fengdu-gonganju-fujing-zixping-baogao-nolevels-pipe-cut_2022"
    )
    assert (result.found, result.expected, result.invented) == (6, 6, [])


# -- a year opening the text --------------------------------------------------------------


@SETTINGS
@given(year=YEAR, unit=UNIT)
def test_a_text_opening_with_its_year_states_it(year: int, unit: str) -> None:
    assert stated_year([f"{year}年,{unit}按照工作原则开展燃气管道改造。"]) == year


@SETTINGS
@given(year=YEAR, other=YEAR, unit=UNIT)
def test_a_year_opening_a_text_yields_to_a_stated_one(year: int, other: int, unit: str) -> None:
    """Counter-example: a 年度 the document states outweighs it; a date is no year."""
    texts = [f"{year}年,{unit}开展工作。", f"项目支出绩效自评表({other}年度)"]
    assert stated_year(texts) == other
    assert stated_year([f"{year}年12月,{unit}完工。"]) is None
