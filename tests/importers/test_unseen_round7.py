"""Layouts met on the seventh held-out round (``import-unseen-7`` in the corpus notes),
each read by a general rule tested on generated input (hypothesis) with a
counter-example, and on the real document that showed it:

* an outcome sentence whose name runs straight into its signed target, the actual after
  '实际' and the words naming what was done (``数量指标:布防飞机数量≥6架,实际布防6架;``);
  a run's label ``数量指标:`` is no name ``数量`` with the target phrase ``指标``;
* a table flattened to one cell per paragraph ends at a section heading
  (``(一)中长期绩效目标``) and the heading's title line above it (``…项目项目绩效目标``);
* a 部门预算 page whose 目录 lists its 绩效目标表 among the budget's tables
  (``十三、部门/单位整体支出绩效目标表和项目支出绩效目标表``) is the budget's disclosure:
  the entries name tables, not projects.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.grid_end import is_section_heading
from jixiao.importers.mapping.prose_outcomes import outcome_indicators
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SOURCE = SourceRef(file="report.txt")
SEEDS = Path("/work/shared/seeds")
NAME = st.text(alphabet="布防飞机数量时长航空消防救援覆盖设备巡护面积", min_size=3, max_size=12)
DONE = st.text(alphabet="布防飞行时长巡护完成", max_size=6)
FIGURE = st.one_of(
    st.integers(0, 9999).map(str),
    st.decimals(0, 999, places=2, allow_nan=False, allow_infinity=False).map(str),
)
UNIT = st.sampled_from(["架", "小时", "%", "人次", "公顷", "万元"])


def _read(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(i.level3, i.value, i.actual, i.level2) for i in outcome_indicators(text, SOURCE)]


def _page(tmp_path: Path, paragraphs: list[str]) -> Path:
    path = tmp_path / "page.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


# -- outcomes whose name runs into its signed target --------------------------------


@SETTINGS
@given(
    names=st.lists(NAME, min_size=1, max_size=3, unique=True),
    sign=st.sampled_from(["≥", "≤", ">", "<", "="]),
    figures=st.lists(st.tuples(FIGURE, FIGURE, UNIT), min_size=3, max_size=3),
    done=DONE,
)
def test_signed_targets_with_their_actuals(
    names: list[str], sign: str, figures: list[tuple[str, str, str]], done: str
) -> None:
    sentences = [
        f"{name}{sign}{target}{unit},实际{done}{actual}{unit}"
        for name, (target, actual, unit) in zip(names, figures, strict=False)
    ]
    text = "(1)产出指标。数量指标:" + ";".join(sentences) + "。"
    assert _read(text) == [
        (name, f"{sign}{target}{unit}", f"{actual}{unit}", "数量指标")
        for name, (target, actual, unit) in zip(names, figures, strict=False)
    ]


def test_a_run_label_is_no_name() -> None:
    # counter-example: '数量指标:' once read as the name '数量' and the target phrase '指标'
    found = _read(
        "数量指标:布防飞机数量≥6架,实际布防6架;飞机飞行时长≥928小时,实际飞行时长909.93小时。"
    )
    assert [(n, v, a) for n, v, a, _ in found] == [
        ("布防飞机数量", "≥6架", "6架"),
        ("飞机飞行时长", "≥928小时", "909.93小时"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "5.补助对象对项目满意率,初目标值≥90%,实际完成值≥90%,自评得分20分;",  # a phrase, no name
        "数量指标:布防飞机数量≥6架,实际布防6架次以上的航空护林任务;",  # the actual runs on
        "数量指标:布防飞机数量≥6架,较上年增加2架,实际布防6架;",  # no actual right after
    ],
)
def test_what_is_no_signed_outcome(text: str) -> None:
    assert _read(text) == []


# -- a stream of cells ends at a section heading ------------------------------------


@SETTINGS
@given(
    rows=st.lists(
        st.tuples(NAME, st.sampled_from(["100%", "95%", "≥90%", "4.5", "≤30万元"])),
        min_size=2,
        max_size=6,
        unique_by=lambda row: row[0],
    ),
    project=NAME,
)
def test_a_stream_ends_at_a_section_heading(
    rows: list[tuple[str, str]], project: str, tmp_path: Path
) -> None:
    cells = ["产出指标", "数量指标", rows[0][0], rows[0][1]]
    for name, value in rows[1:]:
        cells += [name, value]
    paragraphs = [
        "2023年某某市重大政策和项目绩效目标情况",
        "某某服务项目项目绩效目标",
        "(一)中长期绩效目标",
        "全面建立服务体系,逐步满足群众需求。",
        "项目具体目标表",
        "一级指标",
        "二级指标",
        "指标名称",
        "指标值",
        *cells,
        f"{project}经费项目项目绩效目标",
        "(一)中长期绩效目标",
        "优化城乡居民体检制度,缩小城乡之间基本卫生健康服务差距,提高群众参检率",
    ]
    plan = import_file(_page(tmp_path, paragraphs))
    read = [(i.level3, i.value) for p in plan.projects for i in p.indicators]
    assert read == rows


def test_a_numbered_level_label_is_a_cell() -> None:
    # counter-example: '一、产出指标' opens a level, not a chapter of the text
    assert not is_section_heading("一、产出指标")
    assert not is_section_heading("(二)数量指标")
    assert is_section_heading("(一)中长期绩效目标")
    assert is_section_heading("二、项目概况")


# -- a 部门预算 listing its 绩效目标表 ------------------------------------------------

ENTRIES = st.lists(
    st.sampled_from(
        [
            "部门整体支出绩效目标表",
            "项目支出绩效目标表",
            "部门/单位整体支出绩效目标表和项目支出绩效目标表",
            "一级项目绩效目标表",
        ]
    ),
    min_size=1,
    max_size=2,
    unique=True,
)
NUMERALS = "十一二三四五六七八九"


@SETTINGS
@given(
    unit=st.sampled_from(["某某县第二小学", "某某市幼儿园", "某某区教育局"]),
    year=st.integers(2019, 2026),
    entries=ENTRIES,
)
def test_a_budget_listing_its_target_tables_is_its_disclosure(
    unit: str, year: int, entries: list[str], tmp_path: Path
) -> None:
    lines = [
        f"{unit}{year}年部门预算公开情况说明",
        "目  录",
        "第一部分 部门基本概况",
        "一、部门职责",
        f"第二部分{year}部门预算情况说明",
        f"第三部分{year}部门预算公开表",
        "一、部门收支总体情况表",
        "二、部门收入总体情况表",
        "三、财政拨款收支总体情况表",
        *(f"{NUMERALS[i]}、{entry}" for i, entry in enumerate(entries)),
        "前言",
        f"{unit}主要职责是贯彻执行国家有关教育的法律",
    ]
    plan = import_file(_page(tmp_path, lines))
    assert (plan.kind, plan.year, plan.projects) == ("disclosure", year, [])


def test_a_text_of_goal_tables_stays_a_plan() -> None:
    # counter-example: the Hebei 文本 holds projects with their indicators: a plan
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds, f"no seed documents in {SEEDS}"
    plan = import_file(seeds[0])
    assert plan.kind == "plan"
    assert any(project.indicators for project in plan.projects)


# -- the real documents -------------------------------------------------------------


def test_real_round7_signed_outcomes() -> None:
    yunnan = measure_stem("yunnan_yingjiting-zhongyang-ziran-zaihai-zijin-prose-baogao-cut_2022")
    assert (yunnan.found, yunnan.actual_found, yunnan.invented) == (2, 2, [])


def test_real_round7_stream_sections() -> None:
    cixi = measure_stem("zhejiang_cixi-zhongda-zhengce-xiangmu-jixiao-mubiao-cut_2023")
    assert (cixi.found, cixi.expected, cixi.invented) == (11, 11, [])


@pytest.mark.parametrize(
    "stem",
    [
        "gansu_zhangye-youeryuan-bumen-yusuan-mulu-cut_2025",
        "sichuan_wenjiang-wanchun-disan-youeryuan-bumen-yusuan-mulu-cut_2026",
        "fujian_xiangan-jiaoyuju-bumen-yusuan-mulu-tradmirror-cut_2025",
    ],
)
def test_real_round7_budget_pages(stem: str) -> None:
    result = measure_stem(stem)
    assert (result.kind_ok, result.year_ok) == (True, True)
