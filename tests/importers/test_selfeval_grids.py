"""Self-evaluation and scoring grids in the layouts text flattening gives them: pipe rows
broken after a cell's bar, rows opening with labels the vocabulary does not know (部门整体
评价得分表), a 符号 / 单位 sub-header row, scoring rows that give only 分值 and 得分, rows
broken after their name, level labels wrapped over two lines, and the budget block's
columns. Each layout rule has a property test on generated grids and an assertion on the
real document that showed it (tests/fixtures/corpus)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.grammar import parse_value
from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan, Indicator
from jixiao.review import review_plan

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Name characters that can never spell a label, a header word, a sign or a number.
NAME = st.text(alphabet="路灯桥梁树苗学校车辆培训覆盖发放补助建设维修", min_size=3, max_size=12)
POINTS = st.integers(min_value=1, max_value=30).flatmap(
    lambda weight: st.tuples(st.just(weight), st.integers(min_value=0, max_value=weight))
)


def _import(text: str) -> DepartmentPlan:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "selfeval.txt"
        path.write_text(text, encoding="utf-8")
        return import_file(path)


def _indicators(plan: DepartmentPlan) -> list[Indicator]:
    return [i for p in plan.projects for i in p.indicators]


def _corpus(name: str) -> DepartmentPlan:
    return import_file(next(CORPUS.glob(f"*/{name}.txt")))


def _points(value: Decimal | None) -> int | None:
    return None if value is None else int(value)


# -- pipe rows broken after a cell's bar, under unknown level labels ----------------------

LEVEL1 = ["规划", "执行", "效果"]
LEVEL2 = ["基础信息", "工作计划", "预算执行", "资产管理"]
ScoringRow = tuple[str, str, str, tuple[int, int]]
SCORING_ROWS = st.lists(
    st.tuples(st.sampled_from(LEVEL1), st.sampled_from(LEVEL2), NAME, POINTS),
    min_size=2,
    max_size=8,
    unique_by=lambda r: r[2],
).map(lambda rows: sorted(rows, key=lambda r: (LEVEL1.index(r[0]), LEVEL2.index(r[1]))))
HEADER_CELLS = ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "评分标准", "自评得分"]


def _scoring_lines(rows: list[ScoringRow]) -> list[list[str]]:
    """Each row's cells, a 一级 / 二级 label printed once (merged), then its padding."""
    width = len(HEADER_CELLS)
    lines = [HEADER_CELLS]
    last = ("", "")
    for number, (level1, level2, name, (weight, score)) in enumerate(rows, start=1):
        labels = []
        if level1 != last[0]:
            labels.append(f"{level1} ({weight + 5}分)")
        if (level1, level2) != last:
            labels.append(f"{level2} ({weight}分)")
        cells = [str(number), *labels, name, str(weight), "按要求完成得满分", str(score)]
        lines.append(cells + [""] * (width - len(cells)))
        last = (level1, level2)
    return lines


def _pipe_line(cells: list[str]) -> str:
    return " | ".join(cells) + " |"


@SETTINGS
@given(SCORING_ROWS, st.data())
def test_pipe_rows_broken_after_a_bar_read_as_the_whole_rows(
    rows: list[ScoringRow], data: st.DataObject
) -> None:
    lines = _scoring_lines(rows)
    text = ["2023年度部门整体支出绩效评价自评表", _pipe_line(["单位", *[""] * 6])]
    for index, cells in enumerate(lines):
        filled = len([c for c in cells if c])
        cut = data.draw(st.integers(min_value=0, max_value=filled - 1))
        if cut == 0 or cells[-1] == "" or index == len(lines) - 1:
            # a padded row is never broken in the pages; and the table's width shows
            # on two whole lines at least (here the 单位 line and the last row)
            text.append(_pipe_line(cells))
            continue
        text.append(_pipe_line(cells[:cut]))  # '序号 | 一级 指标 |' then '二级 指标 | …'
        text.append(_pipe_line(cells[cut:]))
    plan = _import("\n".join(text) + "\n")
    got = [
        (i.level1, i.level2, i.level3, i.value, _points(i.weight), _points(i.score))
        for i in _indicators(plan)
    ]
    assert got == [(l1, l2, name, "", w, s) for l1, l2, name, (w, s) in rows]


def test_shouxian_department_scoring_table() -> None:
    plan = _corpus("anhui_shouxian-bumenzhengti-pingjia-zipingbiao_2023")
    got = [(i.level1, i.level2, i.level3, i.weight, i.score) for i in _indicators(plan)]
    assert got[0] == ("规划", "基础信息", "基础信息完整性", 3, 3)
    assert got[-1] == ("规划", "绩效目标", "年度绩效目标明确性", 2, 2)
    assert len(got) == 5  # 执行(35分) and the cut 预算执行率 row are not indicators
    # a scoring table (no target anywhere) is not reviewed as a goal table
    rules = {f.rule for f in review_plan(plan).findings}
    assert not rules & {"M106", "S101", "S110"}


# -- a 符号 / 单位 sub-header row under 预期指标值 -------------------------------------------

SubRow = tuple[tuple[str, str], str, str, int, str, str, tuple[int, int]]
SUB_LEVELS = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标")]
SUB_ROWS = st.lists(
    st.tuples(
        st.sampled_from(SUB_LEVELS),
        NAME,
        st.sampled_from([">=", "<=", "="]),
        st.integers(min_value=1, max_value=999),
        st.sampled_from(["%", "人", "个", "%(百分比)"]),
        st.sampled_from(["100%", "98%", "完成"]),
        POINTS,
    ),
    min_size=2,
    max_size=6,
    unique_by=lambda r: r[1],
).map(lambda rows: sorted(rows, key=lambda r: SUB_LEVELS.index(r[0])))


@SETTINGS
@given(SUB_ROWS)
def test_sign_and_unit_sub_header_splits_the_value_column(rows: list[SubRow]) -> None:
    text = [
        "某县民政局2020年度预算项目绩效自评表",
        "",
        "四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 "
        "单项指标实际完成值 单项指标完成情况 自评得分",
        "符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分",
    ]
    last = ("", "")
    for (level1, level2), name, sign, number, unit, actual, (weight, score) in rows:
        labels = [level1] if level1 != last[0] else []
        labels += [level2] if (level1, level2) != last else []
        last = (level1, level2)
        cells = [*labels, name, "指标说明文字", sign, str(number), unit, actual, "完成"]
        text.append(" ".join([*cells, f"{score}.00", f"{weight}.00", "1.00"]))
    plan = _import("\n".join(text) + "\n")
    symbol = {">=": "≥", "<=": "≤", "=": "="}
    got = [(i.level3, i.value, i.actual, _points(i.score)) for i in _indicators(plan)]
    assert got == [
        (name, f"{symbol[sign]}{number}{unit}", actual, score)
        for _, name, sign, number, unit, actual, (_, score) in rows
    ]


def test_chengan_hebei_selfevaluation_template() -> None:
    plan = _corpus("hebei_chengan-minzhengju-bainian-gaoling-jintie_2020")
    got = [(i.level3, i.value, i.actual) for i in _indicators(plan)]
    assert got == [
        ("符合条件申报对象覆盖率", "≥98%(百分比)", "100%"),
        ("完成率", "≥99%(百分比)", "100%"),
        ("补贴发放率", "≥75%(百分比)", "100%"),
        ("服务对象满意度", "≥95%(百分比)", "100%"),
    ]
    # the 指标分值 column of this template holds the explanation
    assert _indicators(plan)[1].description == "按照要求每月及时完成符合条件对象审批的比例(百分比)"
    assert parse_value("≥98%(百分比)").unit == "%"  # the unit glossed in words


# -- scoring rows with only 分值 and 得分; level labels wrapped over two lines -------------

ScoredRow = tuple[str, str, bool, tuple[int, int]]
SCORED_ROWS = st.lists(
    st.tuples(
        st.sampled_from(["数量指标", "质量指标", "时效指标", "可持续影响指标"]),
        NAME,
        st.booleans(),
        POINTS,
    ),
    min_size=2,
    max_size=8,
    unique_by=lambda r: r[1],
)


@SETTINGS
@given(SCORED_ROWS)
def test_rows_giving_only_points_keep_their_target_empty(rows: list[ScoredRow]) -> None:
    text = [
        "项目支出绩效自评表",
        "(2022年度)",
        "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
    ]
    last = ""
    for level2, name, has_target, (weight, score) in rows:
        if level2 != last:
            # a long label wraps in its merged cell: '可持续影' then '响指标'
            text += ["可持续影", "响指标"] if level2 == "可持续影响指标" else [level2]
        last = level2
        target = ["≥5个", "6个"] if has_target else []
        text.append(" ".join([name, *target, str(weight), str(score)]))
    plan = _import("\n".join(text) + "\n")
    got = [(i.level2, i.level3, i.value, i.actual, i.weight, i.score) for i in _indicators(plan)]
    assert got == [
        (l2, name, "≥5个" if t else "", "6个" if t else None, w, s) for l2, name, t, (w, s) in rows
    ]


def test_tianchang_rows_with_only_points() -> None:
    plan = _corpus("anhui_tianchang-shuiliju-shuihan-zaihai-fangyu_2022")
    quality = next(i for i in _indicators(plan) if i.level3 == "指标1:工程质量合格")
    assert (quality.value, quality.actual, quality.weight, quality.score) == ("", None, 10, 10)
    lasting = next(i for i in _indicators(plan) if i.level3 == "指标1:已建工程良性运行")
    assert lasting.level2 == "可持续影响指标"
    # no finding reads a 分值 as the target (M105, N105 on rows 3-8), nor pairs the
    # 已建工程 row with 生态效益 (R101)
    findings = review_plan(plan).findings
    assert not [
        f
        for f in findings
        if f.rule in ("M105", "N105") and f.indicator_index != 1 and f.indicator_index != 2
    ]
    assert "R101" not in {f.rule for f in findings}


# -- a row broken after its name --------------------------------------------------------


@SETTINGS
@given(st.lists(st.tuples(NAME, POINTS), min_size=2, max_size=6, unique_by=lambda r: r[0]))
def test_a_row_broken_after_its_name_is_joined_again(
    rows: list[tuple[str, tuple[int, int]]],
) -> None:
    text = ["| 项目支出绩效自评表(2022年度) |", "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | "
            "实际完成值 | 分值 | 得分 |"]  # fmt: skip
    text.append("| 效益指标 | 经济效益指标 | 减轻家庭经济负担 |")
    text.append("| 有效 |")
    text.append("| 有效 | 10 | 10 |")
    for name, (weight, score) in rows:
        text.append(f"| 社会效益指标 | {name} | ≥90% | 95% | {weight} | {score} |")
    plan = _import("\n".join(text) + "\n")
    got = [(i.level3, i.value, i.actual, i.weight, i.score) for i in _indicators(plan)]
    assert got == [
        ("减轻家庭经济负担", "有效", "有效", 10, 10),
        *((name, "≥90%", "95%", w, s) for name, (w, s) in rows),
    ]


def test_yongde_qualitative_row_broken_over_three_lines() -> None:
    plan = _corpus("yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022")
    names = [i.level3 for i in _indicators(plan)]
    assert "有效" not in names
    row = _indicators(plan)[names.index("减轻贫困学生家庭经济负担")]
    assert (row.value, row.actual, row.weight, row.score) == ("有效", "有效", 10, 10)


# -- the budget block: parts read in the column of the total ----------------------------


def test_budget_parts_are_read_in_the_totals_column() -> None:
    qingshen = _corpus("sichuan_qingshen-fagaiju-gongzixing-zhichu_2023").projects[0]
    assert qingshen.budget_initial == Decimal("238.93")
    assert qingshen.budget_total == qingshen.budget_adjusted == Decimal("251.89")
    assert qingshen.budget_fiscal == Decimal("251.89")  # 调整后, not 年初
    assert qingshen.spent == Decimal("251.89") and qingshen.execution_rate == 1
    luan = _corpus("anhui_luan-nongyenongcun-zhijian-sanpinyibiao_2024").projects[0]
    assert (luan.budget_total, luan.budget_fiscal) == (Decimal("51.35"), Decimal("51.35"))


@SETTINGS
@given(
    st.decimals(min_value=1, max_value=9999, places=2),
    st.decimals(min_value=1, max_value=9999, places=2),
)
def test_midterm_and_annual_budgets_side_by_side(midterm: Decimal, annual: Decimal) -> None:
    text = "\n".join(
        [
            "项目支出绩效目标申报表 | |||",
            "( 2024 年度) | |||",
            "项目名称 | 某某项目 | ||",
            f"项目资金 (万元) | 中期资金总额: | {midterm} | 年度资金总额: | {annual} |",
            f"其中:财政拨款 | {midterm} | 其中:财政拨款 | {annual} | |",
            "其他资金 | 0.00 | 其他资金 | 0.00 | |",
            "一级指标 | 二级指标 | 三级指标 | 指标值 |",
            "产出指标 | 数量指标 | 培训人数 | ≥50人 |",
        ]
    )
    project = _import(text + "\n").projects[0]
    assert (project.budget_total, project.budget_fiscal) == (annual, annual)
