"""Two-sided 收支总表 flattened into one line, grids flattened one cell per line with
their empty cells, paired 中期 / 年度 money columns and a cover restating the
project's name: properties on generated tables, and the real documents that showed
each layout (tests/fixtures/corpus)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.department_name import stated_department
from jixiao.importers.mapping.two_sided import two_sided_table
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
HERE = SourceRef(file="t.txt", line=1)
NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
INCOME = st.text(alphabet="一般公共预算拨款事业经营上级补助", min_size=2, max_size=8)
SPENDING = st.text(alphabet="教育卫生健康社会保障就业农林水住房", min_size=2, max_size=8)
AMOUNT = st.one_of(st.none(), st.integers(1, 10**8).map(lambda n: f"{n / 100:,.2f}"))
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _document(tmp: str, name: str, text: str) -> Path:
    path = Path(tmp) / name
    path.write_text(text, encoding="utf-8")
    return path


@SETTINGS
@given(
    st.lists(st.tuples(INCOME, AMOUNT), min_size=1, max_size=5),
    st.lists(st.tuples(SPENDING, AMOUNT), min_size=2, max_size=12),
    st.integers(1, 10**8).map(lambda n: f"{n / 100:,.2f}"),
)
def test_a_row_by_row_flattened_two_sided_table_reads_back_its_rows(
    income: list[tuple[str, str | None]],
    spending: list[tuple[str, str | None]],
    total: str,
) -> None:
    """Each 收入 row with the 支出 row of the same number beside it, the 支出 rows
    below the last 收入 row alone, the totals paired: as the table printed them."""
    words = ["2020年部门预算", "表1", "部门收支总表", "单位:万元", "收", "入", "支", "出"]
    expected: list[tuple[str, list[str]]] = []
    for index in range(max(len(income), len(spending))):
        row: tuple[str, list[str]] | None = None
        if index < len(income):
            label = f"{NUMERALS[index]}、{income[index][0]}收入"
            words += [label, *([income[index][1]] if income[index][1] else [])]
            row = (label, [income[index][1]] if income[index][1] else [])
        if index < len(spending):
            label = f"{NUMERALS[index]}、{spending[index][0]}支出"
            figures = [spending[index][1]] if spending[index][1] else []
            words += [label, *figures]
            row = (row[0], [*row[1], label, *figures]) if row else (label, figures)
        assert row is not None
        expected.append(row)
    words += ["本", "年", "收", "入", "合", "计", total, "本年支出合计", total]
    words += ["收入总计", total, "支", "第", "2", "页,共", "9", "页", "出", "总", "计", total]
    expected += [("本年收入合计", [total, "本年支出合计", total])]
    expected += [("收入总计", [total, "支出总计", total])]
    found = two_sided_table(" ".join(words), HERE)
    assert found is not None
    table, left_out = found
    assert [(r.name, r.cells) for r in table.rows] == expected
    assert left_out == []


def test_a_side_by_side_flattened_table_leaves_out_rows_whose_amounts_cannot_be_placed() -> None:
    line = (
        "收入支出决算总表 收入 项目 行次 栏次 金额 1 一、财政拨款收入 1 二、事业收入 2 "
        "100.00 200.00 3 4 本年收入合计 5 总计 6 300.00 300.00 注:说明。 "
        "支出 项目 行次 栏次 金额 2 一、教育支出 7 二、卫生健康支出 8 300.00"
    )
    found = two_sided_table(line, HERE)
    assert found is not None
    table, left_out = found
    assert left_out == ["一、财政拨款收入", "二、事业收入"]
    assert [(r.name, r.cells) for r in table.rows] == [
        ("本年收入合计", ["5", "300.00"]),
        ("总计", ["6", "300.00"]),
        ("一、教育支出", ["7"]),
        ("二、卫生健康支出", ["8", "300.00"]),
    ]


def test_a_line_without_both_sides_is_no_two_sided_table() -> None:
    assert two_sided_table("部门收支总表 一、教育支出 100.00 二、卫生支出 200.00", HERE) is None


def test_real_flattened_xls_summary_tables() -> None:
    plan = import_file(
        CORPUS / "disclosure" / "unknown_jiaoyuju-bumen-shouzhi-zongbiao-xlsflat_2020.txt"
    )
    assert plan.disclosure is not None
    table = plan.disclosure.tables[0]
    rows = {r.name: r.cells for r in table.rows}
    assert table.title == "部门收支总表"
    assert rows["一、一般公共预算拨款收入"] == ["16,745.59", "一、一般公共服务支出"]
    assert rows["十九、住房保障支出"] == ["1,641.40"]
    assert rows["收入总计"] == ["16,745.59", "支出总计", "16,745.59"]
    final = import_file(
        CORPUS
        / "final_accounts"
        / "yunnan_daguan-tianxingzhen-weishengyuan-shouzhi-juesuan-xlsflat_2021.txt"
    )
    assert final.kind == "final_accounts" and final.disclosure is not None
    rows = {r.name: r.cells for r in final.disclosure.tables[0].rows}
    assert rows["九、卫生健康支出"] == ["39", "25,037,565.22"]
    assert "八、其他收入" not in rows  # its amount cannot be told from the flattened text
    assert any(w.code == "rows-left-out" and "八、其他收入" in w.message for w in final.warnings)


GRID = "指标 |\n指标权重 |\n计量单位 |\n指标性质 |\n指标值 |\n"
ROW = st.tuples(
    st.text(alphabet="发放人数补助金额路灯按时足额保障", min_size=1, max_size=6).map(
        lambda s: f"完成{s}率"
    ),
    st.integers(1, 30),
    st.sampled_from(["人", "%", "万元", "次"]),
    st.sampled_from(["≥", "≤", "="]),
    st.integers(1, 999),
)


@SETTINGS
@given(
    st.lists(ROW, min_size=2, max_size=6, unique_by=lambda r: r[0]),
    st.lists(st.text(alphabet="促进社会和谐保障收入", min_size=3, max_size=6), max_size=2),
)
def test_a_grid_one_cell_per_line_keeps_empty_values_empty(
    rows: list[tuple[str, int, str, str, int]], qualitative: list[str]
) -> None:
    """A 定性 row with an empty 指标值 gives no value and takes none from the next row."""
    # (a title row with its empty cells first, as such pages print it: one cell per line)
    lines = ["表一 |", *["|"] * 5, "项目名称 |", "某项目 |", "绩效指标 |", GRID.rstrip("\n")]
    expected = []
    for index, (name, weight, unit, sign, value) in enumerate(rows):
        lines += [f"{name} |", f"{weight} |", f"{unit} |", f"{sign} |", f"{value} |"]
        expected.append((name, f"{sign}{value}{unit}", Decimal(weight)))
        if index < len(qualitative) and qualitative[index] not in {r[0] for r in rows}:
            lines += [f"{qualitative[index]} |", "10 |", "|", "定性 |", "|"]
    with tempfile.TemporaryDirectory() as tmp:
        plan = import_file(_document(tmp, "grid.txt", "\n".join(lines) + "\n"))
    got = [(i.level3, i.value, i.weight) for p in plan.projects for i in p.indicators]
    assert got == expected


def test_real_grids_one_cell_per_line_per_project() -> None:
    plan = import_file(CORPUS / "plan" / "chongqing_tongnan-wuguizhen-yibanxing-xiangmu_2023.txt")
    projects = {p.name: p for p in plan.projects}
    assert [i.level3 for i in projects["在职村村干部补助"].indicators] == [
        "按月发放",
        "本土人才满意度",
        "发放金额",
        "领取补助人数",
    ]
    assert projects["在职村村干部补助"].budget_total == Decimal("9.31")
    assert all("绩效目标表" not in (i.value or "") for p in plan.projects for i in p.indicators)
    assert plan.department == "潼南区五桂镇"


MONEY = (
    "项目名称 | 某项目 |\n"
    "项目资金 (万元) | 中期资金总额: | {mid} | 年度资金总额: | {year} |\n"
    "其中:财政拨款 | {mid} | 其中:财政拨款 | {year} |\n"
    "其他资金 | 0.00 | 其他资金 | 0.00 |\n"
    "一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
    "产出指标 | 数量指标 | 培训人数 | ≥10人 |\n"
)


@SETTINGS
@given(st.decimals(1, 9999, places=2), st.decimals(1, 9999, places=2))
def test_paired_midterm_and_annual_money_columns_stay_apart(mid: Decimal, year: Decimal) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        plan = import_file(_document(tmp, "m.txt", MONEY.format(mid=mid, year=year)))
    project = plan.projects[0]
    assert project.budget_total == year and project.budget_fiscal == year


def test_real_paired_money_blocks() -> None:
    luan = import_file(CORPUS / "plan" / "anhui_luan-nongyenongcun-zhijian-sanpinyibiao_2024.txt")
    assert luan.projects[0].budget_total == luan.projects[0].budget_fiscal == Decimal("51.35")
    taihu = import_file(CORPUS / "plan" / "anhui_taihu-chengguan-zhifa-cheliang-ranyou_2023.txt")
    assert taihu.projects[0].budget_fiscal == Decimal("340")


def test_a_cover_restating_the_project_name_is_one_project() -> None:
    text = (
        "申报项目名称:某研发资金\n\n编报单位:某局\n\n项目名称 | 某研发资金 |\n"
        "一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 新增企业 | 15 |\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        plan = import_file(_document(tmp, "c.txt", text))
    assert [p.name for p in plan.projects] == ["某研发资金"]
    real = import_file(CORPUS / "plan" / "hubei_wuhan-qingshan-kejingju-keyan_2021.txt")
    assert [(p.name, len(p.indicators)) for p in real.projects] == [("科学技术研究与开发资金", 8)]


DESCRIBED = st.tuples(
    st.text(alphabet="办公大楼维修巡察设备验收保洁", min_size=2, max_size=8).map(
        lambda s: s + "次数"
    ),
    st.text(alphabet="办公大楼全年维修情况保卫巡检", min_size=2, max_size=10),
    st.sampled_from(["", "≥", ">", "≤"]),
    st.integers(1, 9999),
    st.sampled_from(["次", "%", "人", "天"]),
)


@SETTINGS
@given(st.lists(DESCRIBED, min_size=1, max_size=4, unique_by=lambda r: r[0]))
def test_a_glued_grid_with_a_description_column_reads_every_row(
    rows: list[tuple[str, str, str, int, str]],
) -> None:
    """一级指标 | 二级指标 | 绩效标准 | 当年预期实现值 glued, several rows under one label:
    each row is its name, its '反映…' description and its value."""
    body = "".join(f"{n}反映{d}{sign}{v}{u}" for n, d, sign, v, u in rows)
    text = f"项目名称某项目项目类别本级支出一级指标二级指标绩效标准当年预期实现值数量指标{body}\n"
    with tempfile.TemporaryDirectory() as tmp:
        plan = import_file(_document(tmp, "d.txt", text))
    got = [(i.level2, i.level3, i.value) for p in plan.projects for i in p.indicators]
    assert got == [("数量指标", n, f"{sign}{v}{u}") for n, _, sign, v, u in rows]
    assert plan.projects[0].name == "某项目"


def test_real_glued_grid_with_descriptions() -> None:
    plan = import_file(CORPUS / "plan" / "hubei_ezhou-shizhi-binhu-bangonglou-yunxing_2022.txt")
    assert plan.projects[0].name == "滨湖大胆办公大楼运行保障"
    got = [(i.level2, i.level3, i.value) for i in plan.projects[0].indicators]
    assert got[:3] == [
        ("数量指标", "办公大楼日常维修维护次数", "2280次"),
        ("数量指标", "大楼安检巡察次数", "200次"),
        ("质量指标", "办公大楼日常维修维护验收合格率", ">92%"),
    ]
    assert got[-1][1] == "重要设备维修维保验收合格率"  # ('重.要' as recognised)


def test_a_glued_grid_ends_where_the_next_tables_title_begins() -> None:
    """'…=99百分比省级部门预算项目支出绩效目标表…': the title's words are not the value's."""
    plan = import_file(CORPUS / "plan" / "gansu_jiayuguan-bowuguan-mianfeikaifang_2023.txt")
    values = {i.level3: i.value for p in plan.projects for i in p.indicators}
    assert values["服务对象满意度%"] == "=99百分比"


@SETTINGS
@given(
    st.text(alphabet="昭通市大关县天星镇中心卫生院教育局司法", min_size=2, max_size=16),
    st.integers(2010, 2030),
    st.sampled_from(["预算", "决算"]),
    st.sampled_from(["", "302088", "附件1:"]),
)
def test_the_department_of_a_disclosure_comes_from_its_title(
    name: str, year: int, kind: str, before: str
) -> None:
    found = stated_department(["下载后继续阅读", f"{before}{name}{year}年部门{kind}公开表.xls"])
    assert found == name


def test_real_disclosures_name_their_department() -> None:
    departments = {
        "disclosure/jilin_gongzhuling-fanjiatun-zhenjiao-xiaoxue-shouzhi-zongbiao-pdfflow_2022": (
            "公主岭市范家屯镇镇郊小学校"
        ),
        "disclosure/guangxi_guilin-sifaju-sangong_2015": "桂林市司法局",
        "final_accounts/yunnan_daguan-tianxingzhen-weishengyuan-shouzhi-juesuan-xlsflat_2021": (
            "昭通市大关县天星镇中心卫生院"
        ),
    }
    for stem, department in departments.items():
        assert import_file(CORPUS / f"{stem}.txt").department == department


def test_a_project_without_a_name_or_a_title_is_not_named_by_page_chrome() -> None:
    """嘉峪关's page opens with '还剩1页未读,继续阅读': its projects are named by their forms'
    二级项目名称 (import-leftovers-14), never by the page's chrome."""
    plan = import_file(CORPUS / "plan" / "gansu_jiayuguan-bowuguan-mianfeikaifang_2023.txt")
    assert [p.name for p in plan.projects] == [
        "博物馆纪念馆市级免费开放补助资金",
        "博物馆提升改造项目",
    ]
