"""Self-evaluation rows that lost their header or their row order: rows under no header
read by their signed-target cells, and names and value groups that come in separate
runs of a scrambled flow, paired in order. Real pages of the corpus beside random
grids rendered in the same layouts."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.flagged_rows import FlaggedGrid
from jixiao.importers.mapping.paired_runs import paired_runs
from jixiao.importers.mapping.shaped_rows import glued_rows
from jixiao.importers.mapping.signed_rows import glued_signed_rows, signed_row
from jixiao.model.plan import DepartmentPlan
from tests.importers.corpus_metrics import CORPUS

SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LEVELS = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标")]
# A glued name ending in a character twice before figures ('桥梁修修1万元10万元0') reads as
# a worded row ('桥梁' | '修' | '修' | 1): the text alone cannot tell them apart, and real
# indicator names do not end so, so the generated names do not either.
_LETTERS = "路灯桥梁树苗学校车辆培训覆盖发放补助建设维修"
NAME = st.text(alphabet=_LETTERS, min_size=2, max_size=12).filter(lambda n: n[-1] != n[-2])
SIGN = st.sampled_from(["=", "≥", "≤"])
UNIT = st.sampled_from(["%", "人", "万元", "次", "个"])


def _import(text: str, name: str = "selfeval.txt") -> DepartmentPlan:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        return import_file(path)


def _rows(plan: DepartmentPlan) -> list[tuple[str, str, str, str, str | None]]:
    return [
        (i.level1, i.level2, i.level3, i.value, i.actual)
        for p in plan.projects
        for i in p.indicators
    ]


def _corpus(stem: str) -> DepartmentPlan:
    (path,) = (p for p in CORPUS.glob(f"*/{stem}*") if not p.name.endswith(".json"))
    return import_file(path)


# -- rows with no header: 指标性质 | 指标值 | 度量单位 ---------------------------------

SIGNED_ROW = st.tuples(
    st.sampled_from(LEVELS),
    NAME,
    SIGN,
    st.integers(1, 9999),
    UNIT,
    st.integers(0, 9999),
    st.integers(1, 30),
)


@SETTINGS
@given(st.lists(SIGNED_ROW, min_size=1, max_size=8, unique_by=lambda r: r[1]))
def test_pipe_rows_without_a_header_are_read_by_their_signed_target(
    rows: list[tuple[tuple[str, str], str, str, int, str, int, int]],
) -> None:
    rows = sorted(rows, key=lambda r: LEVELS.index(r[0]))
    lines, last = [], ("", "")
    for levels, name, sign, number, unit, actual, weight in rows:
        cells = [name, sign, str(number), unit, str(actual), str(weight)]
        if levels != last:
            cells.insert(0, levels[1])
        if levels[0] != last[0]:
            cells.insert(0, levels[0])
        lines.append(" | ".join(cells) + " |")
        last = levels
    lines += ["合计 | 100 |", "评价结论 | 完成预算目标。 |"]
    plan = _import("\n".join(lines) + "\n")
    assert _rows(plan) == [
        (l1, l2, name, f"{sign}{number}{unit}", str(actual))
        for (l1, l2), name, sign, number, unit, actual, _ in rows
    ]
    weights = [i.weight for p in plan.projects for i in p.indicators]
    assert weights == [r[6] for r in rows]


def test_a_single_cell_after_the_target_is_left_unread() -> None:
    # a plan's 分值 or a self-evaluation's 实际完成值: the row alone cannot tell
    assert signed_row(["覆盖率", "≥", "90", "%", "10"]) == ["", "", "覆盖率", "≥90%", "", "", ""]
    assert signed_row(["效益指标", "群众满意度", "定性", "好", "好", "10"])[3:6] == [
        "好",
        "好",
        "10",
    ]
    assert signed_row(["合计", "100"]) is None
    assert signed_row(["覆盖率", "90", "%"]) is None  # no 指标性质 cell: no such row


def test_a_page_starting_mid_table() -> None:
    plan = _corpus("sichuan_dyrmt-tielu")
    got = _rows(plan)
    assert len(got) == 8
    assert got[0] == ("", "", "安全警示标志设置及时率", "=100%", "100")
    assert got[6] == (
        "效益指标",
        "可持续影响指标",
        "铁路沿线环境及安全整治管理机制健全性",
        "优良中低差",
        "优",
    )
    assert plan.kind == "self_evaluation"


# -- a scrambled flow: names before their value groups ----------------------------

FLOW_ROW = st.tuples(
    NAME, st.integers(1, 9999), UNIT, st.integers(0, 9999), st.integers(1, 30)
).map(lambda r: (r[0], f"{r[1]}{r[2]}", f"{r[3]}{r[2]}", r[4], r[4] // 2))


@SETTINGS
@given(
    st.lists(FLOW_ROW, min_size=2, max_size=8, unique_by=lambda r: r[0]),
    st.data(),
)
def test_names_printed_before_their_groups_take_them_in_order(
    rows: list[tuple[str, str, str, int, int]], data: st.DataObject
) -> None:
    # an .xlsx rendered as text: where a name cell wrapped, the next row's name comes
    # before the first row's values ('指标24:…报告 数 指标25:… 14例 14例 2 2 24694人 …')
    words: list[str] = []
    index = 0
    while index < len(rows):
        paired = index + 1 < len(rows) and data.draw(st.booleans())
        group = rows[index : index + 2] if paired else rows[index : index + 1]
        words += [name for name, *_ in group]
        for _, value, actual, weight, score in group:
            words += [value, actual, str(weight), str(score)]
        index += len(group)
    head = "项目支出绩效自评表 (2021年度) 项目名称 测试工程 主管部门 测试局"
    header = "一级 指标 年度 实际 指标值 完成值 二级指标 三级指标 分值 得分"  # scrambled
    plan = _import(f"{head} {header} 产出指标 数量指标 {' '.join(words)}\n")
    assert [(i.level3, i.value, i.actual) for p in plan.projects for i in p.indicators] == [
        (name, value, actual) for name, value, actual, _, _ in rows
    ]


def test_a_wrapped_name_and_the_next_one_before_their_values() -> None:
    rows = {
        i.level3: (i.value, i.actual)
        for p in _corpus("shanxi_jishan").projects
        for i in p.indicators
    }
    assert rows["指标24:传染病及突发公共卫生事件报告数"] == ("14例", "14例")
    assert rows["指标25:家庭医生签约率"] == ("24694人", "22584人")


# -- a line of indicators glued to their signed targets, no header -----------------

GLUED_ROW = st.tuples(st.sampled_from(LEVELS), NAME, SIGN, st.integers(1, 999), UNIT)


@SETTINGS
@given(st.lists(GLUED_ROW, min_size=2, max_size=8, unique_by=lambda r: r[1]))
def test_a_line_of_glued_signed_targets(
    rows: list[tuple[tuple[str, str], str, str, int, str]],
) -> None:
    rows = sorted(rows, key=lambda r: LEVELS.index(r[0]))
    words, last = [], ("", "")
    for levels, name, sign, number, unit in rows:
        labels = "" if levels == last else (levels[0] if levels[0] != last[0] else "") + levels[1]
        words += [f"{labels}{name}{sign}{number}{unit}", "12.5"]
        last = levels
    plan = _import(" ".join([*words, "合计100 评价结论 完成。"]) + "\n")
    assert [
        (i.level1, i.level2, i.level3, i.value, i.weight)
        for p in plan.projects
        for i in p.indicators
    ] == [
        (l1, l2, name, f"{sign}{number}{unit}", None) for (l1, l2), name, sign, number, unit in rows
    ]


def test_glued_targets_need_their_sign_and_the_line_its_labels() -> None:
    assert glued_signed_rows(["足额保障率100%", "按时发放率100%"]) == []  # no sign: no cut
    assert glued_signed_rows(["足额保障率=100%", "按时发放率=100%"]) == []  # no label
    assert glued_signed_rows(["产出指标数量指标足额保障率=100%"]) == []  # one row is no table


def test_a_tail_page_of_glued_targets() -> None:
    got = _rows(_corpus("sichuan_dyrmt-gongzi"))
    assert got[0] == ("产出指标", "数量指标", "足额保障率", "=100%", None)
    assert got[3] == ("效益指标", "经济效益指标", "结余率(计算方法为:结余数/预算数)", "≤5%", None)


# -- a pipe table cut by the end of the page ---------------------------------------


def test_the_cell_cut_by_the_end_of_the_page_is_not_read() -> None:
    lines = [
        "| 项目名称 | 测试项目 |",
        "| 一级指标 | 二级指标 | 三级指标 | 年初目标值 | 实际完成值 | 得分 |",
        "| 产出指标 | 数量指标 | 新建路灯 | 25盏 | 25盏 | 10 |",
        "| 产出指标 | 质量指标 | 验收合格率 | 100% | 100% | 10 |",
        "| 满意度指标 | 服务对象满意度指标 | 群众 | 在网络上设置满意",
    ]
    got = _rows(_import("\n".join(lines)))
    assert [name for _, _, name, _, _ in got] == ["新建路灯", "验收合格率"]
    # the cells before the cut one hold: a row whose value is whole is still read
    lines[-1] = "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 1"
    got = _rows(_import("\n".join(lines)))
    assert got[-1] == ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%")


def test_a_real_page_cut_inside_its_last_row() -> None:
    names = [i.level3 for p in _corpus("hubei_huangshi-tushuguan").projects for i in p.indicators]
    assert "读者" not in names and names[-1] == "≥360天服务读者"


# -- glued rows closed by their 是否核心指标 flag (scanned, OCR'd) ---------------------

FLAGGED_ROW = st.tuples(
    NAME,
    UNIT.filter(lambda u: u != "万元"),
    st.integers(1, 9999),
    st.integers(0, 9999),
    st.integers(1, 30).flatmap(lambda w: st.tuples(st.just(w), st.integers(0, w))),
    st.booleans(),
)


@SETTINGS
@given(st.lists(FLAGGED_ROW, min_size=2, max_size=8, unique_by=lambda r: r[0]), st.booleans())
def test_glued_rows_closed_by_their_core_flag(
    rows: list[tuple[str, str, int, int, tuple[int, int], bool]], page_break: bool
) -> None:
    head = (
        "部门整体绩效自评表(2021年度)指标名称计量单位指标性质年初指标值全年完成值"
        "指标权重(分)指标得分(分)是否核心指标"
    )
    glued = [
        f"{name}{unit}定量指标{value}{unit}{actual}{unit}{weight}{score}{'是' if core else '否'}"
        for name, unit, value, actual, (weight, score), core in rows
    ]
    cut = len(glued) // 2 if page_break else len(glued)
    lines = [head + "".join(glued[:cut])]
    if glued[cut:]:
        lines.append("2、" + "".join(glued[cut:]))  # a document-sharing page's chunk marker
    plan = _import("\n".join(lines) + "\n")
    got = [(i.level3, i.value, i.actual) for p in plan.projects for i in p.indicators]
    # rows before the page break that fall short of two are not read as a grid; every
    # row read is a row written, whole
    want = [(n, f"{v}{u}", f"{a}{u}") for n, u, v, a, _, _ in rows]
    assert set(got) <= set(want)
    if cut >= 2:
        assert got == want[: len(got)] and len(got) >= cut


def test_glued_points_are_split_only_when_one_reading_fits() -> None:
    grid = FlaggedGrid("计量单位")
    rows = grid.rows(
        "培训次数次26次12次55是稿件数量篇2200篇2859篇1010否宣传活动次数次到0次43次1010是"
    )
    assert rows == [
        ["培训次数", "26次", "12次", "5", "5"],
        ["稿件数量", "2200篇", "2859篇", "10", "10"],
        # '到0次': the name is not followed by its unit: the cut is not trusted
    ]
    assert grid.rows("及时率%100%100%2010否")[0][3:] == ["20", "10"]
    assert grid.rows("及时率%100%100%1100否")[0][3:] == ["", ""]  # no split fits
    assert grid.rows("变动率%100%22否") == []  # one measure: its target or its actual?


def test_a_scanned_department_self_evaluation() -> None:
    got = {
        i.level3: (i.value, i.actual, i.weight)
        for p in _corpus("chongqing_kexuecheng").projects
        for i in p.indicators
    }
    assert got["预算调整率"] == ("3%", "0", 2)
    assert got["管理制度健全性"][:2] == ("高", "高")  # its 定性指标 cell read as 性标定指
    assert len(got) == 14


# -- a glued line with no 分值 column: target, actual, 得分 -----------------------

GLUED_NO_WEIGHT = st.tuples(
    st.sampled_from(LEVELS),
    NAME,
    st.integers(1, 9999).map(str),
    UNIT,
    st.integers(0, 9999).map(str),
    st.integers(0, 20),
    st.booleans(),
)


@SETTINGS
@given(st.lists(GLUED_NO_WEIGHT, min_size=2, max_size=8, unique_by=lambda r: r[1]))
def test_a_glued_line_without_weights_and_names_ending_in_their_target(
    rows: list[tuple[tuple[str, str], str, str, str, str, int, bool]],
) -> None:
    rows = sorted(rows, key=lambda r: LEVELS.index(r[0]))
    head = "2021年度财政项目绩效自评表项目名称测试工程主管部门测试局"
    header = "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分"
    want, cells = [], []
    for _, name, value, unit, actual, score, echoed in rows:
        # '每年补助1000万元' + '1000万元': a name that states its own target
        written = f"{name}{value}{unit}" if echoed else name
        want.append((written, f"{value}{unit}", f"{actual}{unit}", score))
        cells.append([written, f"{value}{unit}", f"{actual}{unit}", str(score)])
    glued = "".join(_labelled_cells([r[0] for r in rows], cells))
    plan = _import(f"{head}{header}{glued}总分\n")
    got = [(i.level3, i.value, i.actual, i.score) for p in plan.projects for i in p.indicators]
    assert got == want


def test_a_unit_left_over_opens_no_row() -> None:
    # found by the property above: '修修' + '修助' + '修助' + '1' (a word target written
    # twice) left '万元10万元0', which only a row named '万元' would open
    head = "2021年度财政项目绩效自评表项目名称测试工程主管部门测试局"
    header = "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分"
    plan = _import(f"{head}{header}产出指标数量指标修助1%0%0修修修助修助1万元10万元0总分\n")
    got = [(i.level3, i.value, i.actual, i.score) for p in plan.projects for i in p.indicators]
    assert got == [("修助", "1%", "0%", 0), ("修修修助修助", "1万元", "10万元", 0)]


def _labelled_cells(levels: list[tuple[str, str]], cells: list[list[str]]) -> list[str]:
    out: list[str] = []
    last = ("", "")
    for (level1, level2), row in zip(levels, cells, strict=True):
        if level1 != last[0]:
            out.append(level1)
        if (level1, level2) != last:
            out.append(level2)
        out.extend(row)
        last = (level1, level2)
    return out


def test_a_glued_docx_preview() -> None:
    got = [
        (i.level2, i.level3, i.value, i.actual)
        for p in _corpus("hubei_xiangyang").projects
        for i in p.indicators
    ]
    assert got == [
        ("数量指标", "成本控制", "不超过预算", "不超过预算"),  # not the 二级 '成本' + '控制'
        ("质量指标", "保证财政建设补助专款专用", "专款专用", "专款专用"),
        ("成本指标", "每年财政补助1000万元", "1000万元", "1000万元"),
        ("经济效益指标", "完成东津院区建设,医院东津医疗收入达到5亿元", "5亿元", "6.47亿元"),
    ]


def test_an_echoed_name_needs_the_actual_in_the_same_unit() -> None:
    order = ["value", "actual", "score"]
    assert glued_rows("产出指标数量指标路灯覆盖1%1%100", order)[-1] == [
        "路灯覆盖",
        "1%",
        "1%",
        "100",
    ]
    assert glued_rows("产出指标数量指标补助5万元5万元6万元10", order)[-1] == [
        "补助5万元",
        "5万元",
        "6万元",
        "10",
    ]


# -- a spaced scoring grid (评价内容 | 分值 | 自评分) with its 评价标准 prose -------------

SCORED = st.tuples(NAME, st.integers(1, 20)).map(lambda r: (r[0], r[1], r[1] // 2))
CRITERIA = st.sampled_from(
    ["有项目年度工作计划计 2 分,没有不得分。", "缺一项扣 0.5 分,扣完为止;", "按时申报计 2 分"]
)


@SETTINGS
@given(st.lists(st.tuples(SCORED, CRITERIA), min_size=2, max_size=6, unique_by=lambda r: r[0][0]))
def test_a_spaced_scoring_grid_with_its_criteria(
    rows: list[tuple[tuple[str, int, int], str]],
) -> None:
    words = ["项目支出绩效自评表(2020年度) 项目名称 测试工程 合计 5.5 5.5"]
    words.append("项目权重 评价内容 分值 自评分 复核分 评价标准及依据")
    for (name, weight, score), criteria in rows:
        words += [f"{name} {weight} {score}", criteria]
    plan = _import(" ".join(words) + "\n")
    got = [(i.level3, i.value, i.weight, i.score) for p in plan.projects for i in p.indicators]
    assert got == [(name, "", weight, score) for (name, weight, score), _ in rows]


def test_a_pdf_flow_of_a_scoring_grid() -> None:
    got = {
        i.level3: (i.weight, i.score)
        for p in _corpus("hubei_guangshui-jiwei").projects
        for i in p.indicators
    }
    # '本级 5.5 5.5' is a budget line above the grid; '目标申报 4 0.5 分,' a criterion's text
    assert got == {"决策依据": (2, 2), "财务制度": (3, 3), "运行监管": (4, 3)}


# -- PDF text column after column: the value groups in one run, the names in another --

PAIRED = st.tuples(
    st.sampled_from(LEVELS), NAME, SIGN, st.integers(1, 999), UNIT, st.integers(0, 999)
)


@SETTINGS
@given(st.lists(PAIRED, min_size=2, max_size=7, unique_by=lambda r: r[1]), st.booleans())
def test_value_groups_and_names_in_separate_runs(
    rows: list[tuple[tuple[str, str], str, str, int, str, int]], wrapped: bool
) -> None:
    rows = sorted(rows, key=lambda r: LEVELS.index(r[0]))
    groups = [
        f"{sign}{number}{unit} {actual}{unit} 10 9" for _, _, sign, number, unit, actual in rows
    ]
    names: list[str] = []
    last = ("", "")
    for (level1, level2), name, *_ in rows:
        names += [level1] if level1 != last[0] else []
        names += [level2] if (level1, level2) != last else []
        names.append(f"{name[:-1]} {name[-1]}" if wrapped and len(name) > 2 else name)
        last = (level1, level2)
    head = "财政项目支出绩效自评表 (2022 年度) 项目名称 测试工程 主管部门 测试局"
    header = "一级指标 二级指标 三级指标 年度 指标值 实际 完成值 分值 得分"
    plan = _import(
        f"{head} {header} {' '.join(groups)} {10 * len(rows)} 90 {' '.join(names)} 总分\n"
    )
    got = [(i.level3, i.value, i.actual) for p in plan.projects for i in p.indicators]
    assert got == [(n, f"{s}{v}{u}", f"{a}{u}") for _, n, s, v, u, a in rows]


def test_runs_that_do_not_pair_up_are_not_read() -> None:
    order = ["value", "actual", "weight", "score"]
    words = ["≥1人", "1人", "10", "9", "=2%", "2%", "10", "9", "路灯覆盖", "树苗成活", "桥梁维修"]
    assert paired_runs(words, order, 0) == []  # three names, two groups
    assert len(paired_runs(words[:-1], order, 0)) == 2


def test_a_pdf_self_evaluation_given_column_after_column() -> None:
    got = [
        (i.level3, i.value, i.actual)
        for p in _corpus("shanghai_putuo").projects
        for i in p.indicators
    ]
    assert got[0] == ("与委托运营方结算完成率", "=100%", "100%")
    assert got[4] == ("场馆开放满意度", ">=90%", "100%")


def test_a_short_row_before_the_total_keeps_its_cells() -> None:
    # A row with no level labels (6 bars) and '合计 | 100 |' (2 bars) add up to the width
    # of the labelled rows (8): they are still two rows, not one row broken in two.
    plan = _import(
        "产出指标 | 数量指标 | 修助 | ≥ | 314 | 人 | 296 | 5 |\n"
        "效益指标 | 社会效益指标 | 修修 | ≤ | 696 | 人 | 779 | 5 |\n"
        "覆盖桥梁 | = | 5371 | 人 | 1601 | 5 |\n"
        "合计 | 100 |\n"
        "评价结论 | 完成预算目标。 |\n"
    )
    assert _rows(plan)[-1] == ("效益指标", "社会效益指标", "覆盖桥梁", "=5371人", "1601")


def test_a_word_written_twice_in_a_name_is_no_target_when_measures_follow() -> None:
    # found by hypothesis: '修修' + '修' + '修' + '1' read as a twin row stranded '人1人1'
    head = "2021年度财政项目绩效自评表项目名称测试工程主管部门测试局"
    header = "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分"
    for glued, last in (
        ("修修1%1%1修修修修1人0人0", ("修修修修", "1人", "0人", 0)),
        ("修修1%1%0修修修修1万元0万元0", ("修修修修", "1万元", "0万元", 0)),
    ):
        plan = _import(f"{head}{header}产出指标数量指标{glued}总分\n")
        got = [(i.level3, i.value, i.actual, i.score) for p in plan.projects for i in p.indicators]
        assert got[-1] == last and len(got) == 2


ACTUAL_HEADERS = st.sampled_from(["完成值", "实际值", "年度实际完成值", "全年实际完成值"])


@SETTINGS
@given(
    rows=st.lists(st.tuples(NAME, SIGN, st.integers(1, 999), UNIT), min_size=2, max_size=5),
    actual_header=ACTUAL_HEADERS,
)
def test_an_untitled_grid_with_an_actual_column_is_a_self_evaluation(
    rows: list[tuple[str, str, int, str]], actual_header: str
) -> None:
    """吕梁's OCR table has no title, only '一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值': a
    column of what was done makes it a 自评表, the same grid without it a 目标表."""
    levels = "".join(
        f"产出指标 | 数量指标 | {name}{i} | {sign}{n}{unit} | {n}{unit} |\n"
        for i, (name, sign, n, unit) in enumerate(rows)
    )
    with_actual = _import(f"一级指标 | 二级指标 | 指标名称 | 目标值 | {actual_header} |\n{levels}")
    assert with_actual.kind == "self_evaluation"
    assert [i.actual for i in with_actual.projects[0].indicators] == [
        f"{n}{unit}" for _, _, n, unit in rows
    ]
    targets_only = "".join(
        f"产出指标 | 数量指标 | {name}{i} | {sign}{n}{unit} |\n"
        for i, (name, sign, n, unit) in enumerate(rows)
    )
    plan = _import(f"一级指标 | 二级指标 | 指标名称 | 目标值 |\n{targets_only}")
    assert plan.kind == "plan"


@SETTINGS
@given(rows=st.lists(st.tuples(NAME, st.integers(1, 999), UNIT), min_size=2, max_size=5))
def test_rows_opening_with_an_empty_merged_cell_are_rows_of_their_own(
    rows: list[tuple[str, int, str]],
) -> None:
    """An OCR'd grid prints a merged 一级 (and 二级) once, and the rows under it open with
    its empty cell: '| 满意度 | 名称 | 95% | 88% |' after a row as wide is a row of its own (吕梁),
    its second cell the 二级 — not the rest of the row above."""
    first, *rest = rows
    lines = [
        "一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |",
        f"效益指标 | 社会效益 | {first[0]}0 | ≥{first[1]}{first[2]} | {first[1]}{first[2]} |",
        *(f"| | {name}{i} | ≥{n}{unit} | {n}{unit} |" for i, (name, n, unit) in enumerate(rest, 1)),
        f"| 满意度 | 服务对象满意度{len(rows)} | ≥90% | 95% |",
    ]
    plan = _import("\n".join(lines) + "\n")
    got = [(i.level2, i.level3, i.value, i.actual) for i in plan.projects[0].indicators]
    assert len(got) == len(rows) + 1
    assert got[-1] == ("满意度", f"服务对象满意度{len(rows)}", "≥90%", "95%")
    assert [g[1] for g in got[:-1]] == [f"{name}{i}" for i, (name, _, _) in enumerate(rows)]


def test_a_narrower_row_still_goes_on_below() -> None:
    """大英: '可持续影响指标 | 图书馆管理机制健全性 | 定性 | 好坏 |' is narrower than the rows
    above it, so the '| 好坏 | 5 | 5 |' below is its rest (实际完成值, 分值, 得分)."""
    plan = _corpus("sichuan_daying-wenlvju-tushuguan-zhifafuzhuang_2022")
    (row,) = [i for p in plan.projects for i in p.indicators if i.level3 == "图书馆管理机制健全性"]
    assert (row.value, row.actual) == ("好坏", "好坏")
