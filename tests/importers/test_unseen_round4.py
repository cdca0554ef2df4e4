"""Layouts met on the fourth held-out round (``import-unseen-4`` in the corpus notes),
each read by a general rule tested on generated input (hypothesis) with a
counter-example, and on the real document that showed it:

* a glued self-evaluation row whose target and actual are one bare figure written
  twice before its points (``补贴渔船数6620``) reads 6 | 6 | 20, not 66 | 2 | 0;
* a glued row's name may hold a date's figure (``12月底之前完成``), no other figure;
* a whole level label inside a glued row's name (``益标效指…服务对象满意度退捕渔民…``)
  ends the garbled labels before it: the name starts after it;
* a prose report's ``<name><figure>,已完成`` is done in full: the figure is the actual;
* a cell or line that is a year alone (``2021年`` under a form's title) names the budget
  year when nothing stronger does;
* (second batch) a header or a data row alone in a group of space-separated lines is a
  row, the words wrapped one a line above it its first cells (历城 0/5 -> 5/5).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.shaped_rows import glued_rows
from tests.importers.corpus_metrics import measure_stem

SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NAME = st.text(alphabet="补贴渔船户数发放面积检测培训人次", min_size=2, max_size=8)
ORDER = ["value", "actual", "score"]


@SETTINGS
@given(name=NAME, figure=st.integers(1, 999), points=st.integers(1, 40))
@example(name="人次", figure=5, points=10)  # a name that is a unit word is still a name here
def test_a_bare_figure_written_twice_is_target_and_actual(
    name: str, figure: int, points: int
) -> None:
    line = f"产出指标数量指标{name}{figure}{figure}{points}质量指标发放率100%100%10"
    assert glued_rows(line, ORDER)[:3] == [
        ["产出指标"],
        ["数量指标"],
        [name, str(figure), str(figure), str(points)],
    ]


def test_figures_with_units_keep_their_cells() -> None:
    # counter-example: a target with its unit above its actual is read as measures
    rows = glued_rows("产出指标数量指标补贴渔船数6艘5艘10质量指标发放率100%100%10", ORDER)
    assert rows[2] == ["补贴渔船数", "6艘", "5艘", "10"]


@SETTINGS
@given(month=st.integers(1, 12), tail=st.sampled_from(["底之前完成", "底前完成拨付", "前发放到位"]))
def test_a_date_figure_belongs_to_the_name(month: int, tail: str) -> None:
    line = f"产出指标时效指标{month}月{tail}100%100%10效益指标"
    assert [f"{month}月{tail}", "100%", "100%", "10"] in glued_rows(line, ORDER)


def test_other_figures_end_the_name() -> None:
    # counter-example: a figure that is no date is the target, not part of the name
    rows = glued_rows("产出指标数量指标完成改造100户100户10效益指标", ORDER)
    assert ["完成改造", "100户", "100户", "10"] in rows


def test_a_whole_label_inside_a_name_ends_garbled_labels() -> None:
    line = (
        "时效指标12月底之前完成100%100%10"
        "益标效指意指斥满度打服务对象满意度退捕渔民抽样调查满意度90%290%40"
    )
    rows = glued_rows(line, ORDER)
    assert rows[-2:] == [["服务对象满意度"], ["退捕渔民抽样调查满意度", "90%", "290%", "40"]]


def test_a_short_label_inside_a_name_stays() -> None:
    # counter-example: '数量' (a short 二级 word) inside a name does not cut it
    rows = glued_rows("产出指标质量指标库存数量真实率100%100%10", ORDER)
    assert ["库存数量真实率", "100%", "100%", "10"] in rows


def _report(tmp_path: Path, line: str) -> Path:
    path = tmp_path / "baogao.txt"
    text = [
        "项目2020年度绩效自评报告",
        "(三)绩效指标完成情况分析。",
        "1.产出指标完成情况分析。",
        line,
    ]
    path.write_text("\n\n".join(text), encoding="utf-8")
    return path


@SETTINGS
@given(
    name=st.text(alphabet="完成道路建设改造修缮管网", min_size=3, max_size=8),
    figure=st.integers(1, 9999),
    unit=st.sampled_from(["米", "公里", "户", "座"]),
    done=st.sampled_from(["已完成", "已全部完成", "全部完成"]),
)
def test_a_line_said_done_gives_its_figure_as_the_actual(
    name: str, figure: int, unit: str, done: str, tmp_path: Path
) -> None:
    plan = import_file(_report(tmp_path, f"数量指标:{name}{figure}{unit},{done};"))
    indicators = [i for p in plan.projects for i in p.indicators]
    assert [(i.level3, i.value, i.actual) for i in indicators] == [
        (name, f"{figure}{unit}", f"{figure}{unit}")
    ]


def test_a_line_not_done_has_no_actual(tmp_path: Path) -> None:
    # counter-example: '未完成' says nothing of what was done
    plan = import_file(_report(tmp_path, "数量指标:完成道路建设491米,未完成;"))
    indicators = [i for p in plan.projects for i in p.indicators]
    assert [(i.level3, i.value, i.actual) for i in indicators] == [("完成道路建设", "491米", None)]


def _form(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "shenbaobiao.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@SETTINGS
@given(year=st.integers(2015, 2030))
def test_a_year_alone_under_the_title_is_the_budget_year(year: int, tmp_path: Path) -> None:
    lines = [
        "山西省阳泉市市级预算部门(单位)项目支出绩效目标申报表 | |||||||",
        f"{year}年 | |||||||",
        "项目名称 | 农村公路养护 | ||||||",
        "立项依据 | 阳泉市人民政府阳政办发[2017]103号文件 | ||||||",
    ]
    assert import_file(_form(tmp_path, lines)).year == year


def test_a_stronger_year_wins_over_a_year_alone(tmp_path: Path) -> None:
    # counter-example: a '(2020年度)' title line outweighs a '2019年' cell
    lines = [
        "项目支出绩效目标申报表 | |||",
        "(2020年度) | |||",
        "上年执行情况 | 2019年 | 30 | |",
    ]
    assert import_file(_form(tmp_path, lines)).year == 2020


def test_real_round4_documents() -> None:
    glued = measure_stem("unknown_changjiang-jinbu-yuchuan-butie-glued-docpreview_2020")
    assert (glued.found, glued.actual_found, glued.invented) == (4, 4, [])
    rebuilt = measure_stem("unknown_changjiang-jinbu-yuchuan-butie-rebuilt-docx_2020")
    assert (rebuilt.found, rebuilt.actual_found) == (4, 4)
    dongli = measure_stem("tianjin_dongli-guanghuilu-zhida-prose-baogao_2020")
    assert (dongli.found, dongli.actual_found, dongli.invented) == (1, 1, [])
    yangquan = measure_stem("shanxi_yangquan-sihao-nongcunlu-shenbaobiao-pipe-cut_2021")
    assert (yangquan.year_ok, yangquan.kind_ok) == (True, True)
    for stem in (
        "beijing_wenwuju-bumen-juesuan-mulu-cut_2021",
        "sichuan_quxian-nongye-jishu-fuwu-zhongxin-danwei-juesuan-mulu-cut_2024",
        "liaoning_fuxin-canlian-bumen-juesuan-mulu-cut_2022",
        "jiangxi_nanchang-zhuhu-lianluochu-danwei-juesuan-mulu-mirror-cut_2022",
        "chongqing_dazu-baodingzhen-bumen-yusuan-shuoming-mirror-cut_2024",
        "unknown_canjiren-shiye-buzhu-quyu-mubiao-glued-doc-cut_2019",
    ):
        result = measure_stem(stem)
        assert (result.kind_ok, result.year_ok, result.invented) == (True, True, []), stem


# -- second batch: a space-row table broken into groups by blank lines -------------

LICHENG = "shandong_jinan-licheng-wenhuaguan-mianfei-kaifang-spacerows-cut_2019"


def _space_rows(tmp_path: Path, rows: list[tuple[str, str, int, str]]) -> Path:
    lines = [
        "区级部门预算项目支出绩效自评表",
        "",
        "( 2019 年度)",
        "项目名称 免费开放 主管部门 区文化局",
        "",
    ]
    lines += [
        "一级",
        "指标",
        "二级",
        "指标",
        "三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分",
        "",
        "",
    ]
    lines += ["(50分)"]
    for level2, name, figure, unit in rows[:-1]:
        lines += [f"{level2} {name} {figure}{unit} {figure}{unit} 10 10", "-   "]
    level2, name, figure, unit = rows[-1]
    lines += ["", "", "(30分)", level2[:-2], "指标", f"{name} {figure}{unit} {figure}{unit} 10 10"]
    path = tmp_path / "space-rows.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@SETTINGS
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["数量指标", "质量指标", "时效指标"]),
            st.text(alphabet="免费开放场次率培训人数制度健全", min_size=3, max_size=9),
            st.integers(1, 999),
            st.sampled_from(["%", "场", "人次"]),
        ),
        min_size=2,
        max_size=4,
        unique_by=lambda r: r[1],
    ),
    last=st.sampled_from(["经济效益指标", "社会效益指标"]),
)
def test_a_header_and_a_row_alone_in_their_groups_are_rows(
    rows: list[tuple[str, str, int, str]], last: str, tmp_path: Path
) -> None:
    # the header under its labels wrapped one word a line; the last row alone after
    # '(30分)' and its 二级 label wrapped the same way
    rows = [*rows[:-1], (last, *rows[-1][1:])]
    plan = import_file(_space_rows(tmp_path, rows))
    got = [(i.level2, i.level3, i.value, i.actual) for p in plan.projects for i in p.indicators]
    assert got == [(l2, n, f"{f}{u}", f"{f}{u}") for l2, n, f, u in rows]


def test_a_title_or_a_breadcrumb_alone_stays_a_paragraph(tmp_path: Path) -> None:
    # counter-examples: a breadcrumb's '>' pieces and a spaced title are no header row,
    # so the 决算 page keeps its kind and its title
    path = tmp_path / "juesuan.txt"
    lines = [
        "政务公开 > 财政 > 财政专题 > 2021市级部门决算专题",
        "",
        "北京市文物局 2021年度 部门决算",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    plan = import_file(path)
    assert (plan.kind, plan.year, plan.projects) == ("final_accounts", 2021, [])


def test_real_round4_second_batch() -> None:
    licheng = measure_stem(LICHENG)
    assert (licheng.found, licheng.actual_found, licheng.invented) == (5, 5, [])
    fengtai = measure_stem("beijing_fengtai-wenluju-bumen-juesuan-caoan-mulu-cut_2022")
    assert (fengtai.kind_ok, fengtai.year_ok) == (True, True)
