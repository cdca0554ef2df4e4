"""Leftovers round 15: glued cells cut only where the cut is certain — a 得分表's groups
stating their points, each 权重 closed by its '%', a header going on in words not known."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.glued import unread_columns
from jixiao.importers.mapping.glued_pairs import PairsGrid, noted_labels
from jixiao.importers.mapping.loose_tables import LooseTable, to_disclosure
from jixiao.importers.mapping.lumped_levels import lumped_rows
from jixiao.importers.mapping.outcome import subject_of
from jixiao.importers.mapping.project_counts import before_several
from jixiao.importers.mapping.shaped_rows import glued_rows
from jixiao.importers.mapping.value_first import value_first_row
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
WHERE = SourceRef(file="t.txt", line=1)
LUDENG = (
    CORPUS
    / "self_evaluation"
    / ("unknown_ru17-ludeng-dianfei-pingjia-baogao-defenbiao-masked-cut_2017.txt")
)
PUHUI = (
    CORPUS / "self_evaluation" / "sichuan_ru16r-puhui-jinrong-fazhan-zhuanxiang-ziping-glued_nd.txt"
)
XIANGXI = (
    CORPUS
    / "plan"
    / ("hunan_ru16r-xiangxi-teshu-jiaoyu-xuexiao-xuesheng-huoshifei-mubiao-gongkai_2023.txt")
)
# 路灯电费's 得分表 as the page writes it, cut after three rows
SCORED = [
    "一级指标二级指标三级指标价值得分",
    "项目决策(25分)绩效目标(6分)目标内容22",
    "进度计划22",
    "目标匹配22",
    "决策依据(10分)…………",
]
# 普惠金融's grid, glued into its line: 指标值, 完成值, 权重 in percent, 得分
PERCENT = (
    "产出指标数量指标创业担保贷款发放额增长率≥10%115.25%20%20质量指标创业担保贷款回收率≥90%98.70%20%20"
    "资金足额拨付率100%100%10%10地方配套到位率100%100%10%10效益指标经济效益指标"
    "创业担保基金放大倍数≥2倍10倍10%10社会效益指标金融机构网点覆盖率≥60%85%10%10"
    "满意度指标服务对象满意度指标申请定向费用补贴金融机构满意度≥80%≥80%10%10"
    "申报创业担保贷款贴息个人满意度≥80%100%5%5申报创业担保贷款贴息小微企业的满意度≥80%100%5%5"
)
ORDER = ["value", "actual", "weight", "score"]


def _read(lines: list[str]) -> list[list[str]]:
    grid = PairsGrid.start(lines[0], WHERE)
    assert grid is not None
    for line in lines[1:]:
        if not grid.take(line, WHERE):
            break
    return [texts for texts, _ in grid.cells()]


def test_ludeng_rows_read_where_their_group_states_their_points() -> None:
    """绩效目标(6分): 2 + 2 + 2 make its points, so '22' is 2 | 2 though no 100 is reached."""
    assert _read(SCORED) == [
        ["项目决策", "绩效目标", "目标内容", "2", "2"],
        ["", "", "进度计划", "2", "2"],
        ["", "", "目标匹配", "2", "2"],
    ]
    indicators = import_file(LUDENG).projects[0].indicators
    assert [(i.level2, i.level3, i.weight, i.score) for i in indicators] == [
        ("绩效目标", "目标内容", 2, 2),
        ("绩效目标", "进度计划", 2, 2),
        ("绩效目标", "目标匹配", 2, 2),
    ]


def test_groups_that_miss_their_points_give_nothing() -> None:
    """A group stating 8 points over rows adding up to 6, or rows in a group stating
    none, leave the cut uncertain: nothing is read."""
    assert _read([SCORED[0], "项目决策(25分)绩效目标(8分)目标内容22", *SCORED[2:]]) == []
    assert _read([SCORED[0], "项目决策绩效目标目标内容22", *SCORED[2:]]) == []


def test_noted_labels_only_before_the_name() -> None:
    assert noted_labels("项目决策(25分)绩效目标(6分)目标内容") == (
        [("项目决策", 25), ("绩效目标", 6)],
        "目标内容",
    )
    assert noted_labels("目标内容") == ([], "目标内容")
    # a note after a long text is no label's: the row's own words
    assert noted_labels("按期完成全部的路灯维修维护工作(2分)") == (
        [],
        "按期完成全部的路灯维修维护工作(2分)",
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["项目决策", "绩效目标", "资金管理", "产出"]), st.integers(1, 100)
        ),
        max_size=2,
    ),
    st.sampled_from(["目标内容", "进度计划", "资金到位率"]),
)
def test_noted_labels_come_back_whole(labels: list[tuple[str, int]], name: str) -> None:
    text = "".join(f"{label}({points}分)" for label, points in labels) + name
    assert noted_labels(text) == (labels, name)


def test_puhui_percent_weights_cut_each_row() -> None:
    """Each 权重 closed by its '%' cuts '≥80%≥80%10%10' as ≥80% | ≥80% | 10 | 10, not as a
    name ending '≥80%' with '10%' | 1 | 0; and '放大倍数≥2倍10倍10%10' is one row."""
    rows = [row for row in glued_rows(PERCENT, ORDER) if len(row) > 1]
    assert rows[4] == ["创业担保基金放大倍数", "≥2倍", "10倍", "10", "10"]
    assert rows[6] == ["申请定向费用补贴金融机构满意度", "≥80%", "≥80%", "10", "10"]
    assert len(rows) == 9 and sum(int(row[3]) for row in rows) == 100
    project = import_file(PUHUI).projects[0]
    assert len(project.indicators) == 9
    assert [(i.level3, i.value, i.actual) for i in project.indicators][4] == (
        "创业担保基金放大倍数",
        "≥2倍",
        "10倍",
    )


def test_bare_weights_read_as_before() -> None:
    """Bare 分值 keep their reading; a dash row's text no longer ends inside a cell."""
    line = "数量指标安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10"
    assert [row for row in glued_rows(line, ["weight", "value", "actual", "score"])][1:] == [
        ["安装坡面水标尺", "10", "≥266米", "≥266米", "10"],
        ["水标尺宽度", "10", "≥50厘米", "≥50厘米", "10"],
    ]
    # a dash row ('' target) stops no more inside a cell: '≥2倍' + '1' + '0' left '倍10%10'
    stranded = "效益指标经济效益指标创业担保基金放大倍数≥2倍10倍10%10"
    assert [row for row in glued_rows(stranded, ORDER) if len(row) > 1] == [
        ["创业担保基金放大倍数", "≥2倍", "10倍", "10", "10"]
    ]


def test_header_going_on_in_unknown_words_cuts_no_row_at_its_end() -> None:
    """湘西's head '…指标值指标值内容评(扣分标准)度量单位指标值类型备注': the rows hold five
    more cells than the header read, so '505006学生伙食费30.00' is no indicator and each
    row's value is cut from its front."""
    assert unread_columns("内容评(扣分标准)度量单位指标值类型备注", WHERE)
    assert not unread_columns("", WHERE)
    assert not unread_columns("产出指标数量指标免费开放天数=300天", WHERE)
    assert not unread_columns("产出指标数量指标及时", WHERE)
    indicators = [i for p in import_file(XIANGXI).projects for i in p.indicators]
    assert [(i.level3, i.value) for i in indicators] == [
        ("学生补助标准", "17元/人.每天"),
        ("学生对学校伙食得满意度", "95%以上"),
        ("补助学生数量", "168"),
        ("伙食补助发放率", "90%以上"),
        ("伙食补助资金到位率", "90%以上"),
        ("伙食补助覆盖率", "90%以上"),
        ("任务完成时间", "2023年12月31日"),
        ("残疾学生入学率", "大于90%"),
    ]


def _value_first(text: str, labelled: bool = True) -> list[str] | None:
    cells = value_first_row(text, WHERE, labelled)
    return None if cells is None else [cell.raw for cell in cells]


def test_value_first_rows() -> None:
    row = "成本指标经济成本指标学生补助标准17元/人.每天反映学生每天用餐标准按标准发放得10分-定量"
    assert _value_first(row) == ["成本指标", "经济成本指标", "学生补助标准", "17元/人.每天"]
    carried = (
        "伙食补助覆盖率90%以上实际领取伙食补助人数/应发放伙食补助人数90%得10分,每减少1%扣1分-定量"
    )
    assert _value_first(carried) == ["伙食补助覆盖率", "90%以上"]
    # a value in words: its figure is the 评分标准's points, the row gives its labels only
    worded = "社会效益指标残疾学生生活质量有所提升残疾学生生活质量良好得10分,一般得8分,差得0分-定性"
    assert _value_first(worded) == ["社会效益指标"]
    assert (
        _value_first("残疾学生家庭负担率有所减轻对家庭负担减轻情况较大得10分,一般得6分-定性") == []
    )
    # the unit's and the project's lines before the first row, a row left empty
    assert _value_first("505006州民族特殊教育学校30.00", labelled=False) == []
    assert _value_first("-定性") == []
    assert _value_first("生态环境成本指标") == ["生态环境成本指标"]
    assert _value_first("返回】") is None


@given(
    st.sampled_from(["伙食补助发放率", "补助学生数量", "任务完成时间"]),
    st.sampled_from(["90%以上", "168", "≥95%", "2023年12月31日", "17元/人.每天"]),
    st.sampled_from(["反映补助学生人数", "实际发放伙食补助金额/应发放金额"]),
)
def test_value_first_gives_name_and_value_back(name: str, value: str, content: str) -> None:
    """A figure's value ends where its description opens, or with its unit; the text after
    it (the 指标值内容, the 评分标准) is never part of it."""
    cut = _value_first(f"产出指标数量指标{name}{value}{content}得10分-定量")
    if content.startswith("反映") or value != "17元/人.每天":
        assert cut == ["产出指标", "数量指标", name, value]
    else:  # an unknown unit with no description after it: no certain end
        assert cut == ["产出指标", "数量指标"]


YANLING = (
    CORPUS / "plan" / ("hunan_ru16r-yanling-jiaotong-bumen-zhengti-mubiao-shenbao-lumped_2017.txt")
)
OUTPUTS = (
    "指标1部门重点支出占部门整体支出的比例是15%: 指标2三公经费2017年比2016年增加公务接待费990元: "
    "指标3部门整体支出支付进度为100%: 指标4结转结余资金减少率为100%: "
    "指标5(部门预决算和三公经费预决算公开)100%: 指标6(政府采购执行率)100%: "
    "指标7(重点工作办结率)100%: ……"
)
EFFECTS = (
    "指标1(经济效益):预计收费4000元 指标2(社会效益):工程建设有新亮点、交通产业有新突破 "
    "指标3(社会公众或服务对象满意度):满意 ……"
)


def test_yanling_lumped_cell_split_at_its_numbers() -> None:
    """炎陵's 部门整体 申报表: each 一级's 三级 in one cell, numbered 指标1, 指标2 …"""
    rows = lumped_rows(["部门整体支出 年度绩效指标", "产出指标", OUTPUTS])
    assert rows[0] == ["产出指标", "", "部门重点支出占部门整体支出的比例", "15%"]
    assert rows[1] == ["产出指标", "", "三公经费2017年比2016年增加公务接待费", "990元"]
    assert rows[2] == ["产出指标", "", "部门整体支出支付进度", "100%"]
    assert rows[4] == ["产出指标", "", "部门预决算和三公经费预决算公开", "100%"]
    assert len(rows) == 7
    assert lumped_rows(["效益指标", EFFECTS]) == [
        ["效益指标", "经济效益", "预计收费", "4000元"],
        ["效益指标", "社会效益", "社会效益", "工程建设有新亮点、交通产业有新突破"],
        ["效益指标", "社会公众或服务对象满意度", "社会公众或服务对象满意度", "满意"],
    ]
    project = import_file(YANLING).projects[0]
    assert len(project.indicators) == 9  # (社会效益 named by its own 二级: a label, not read)
    assert project.budget_total == Decimal("183.58")  # 年初预算资金:183.58


def test_unnumbered_or_misnumbered_cells_are_not_split() -> None:
    """A cell not opening with 指标1, or holding one numbered piece, is not cut: its
    pieces' ends cannot be told."""
    assert lumped_rows(["产出指标", "部门整体支出支付进度为100%,结转结余资金减少率为100%"]) == []
    assert lumped_rows(["产出指标", "指标2部门整体支出支付进度为100% 指标3结转率100%"]) == []
    assert lumped_rows(["产出指标", "指标1部门整体支出支付进度为100%"]) == []
    assert lumped_rows(["部门职能", "指标1支付进度为100% 指标2结转率100%"]) == []


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["支付进度", "结转结余资金减少率", "办结率", "公开率"]),
            st.sampled_from(["", "为", "是"]),
            st.sampled_from(["100%", "15%", "990元", "≥95%"]),
        ),
        min_size=2,
        max_size=6,
    )
)
def test_numbered_pieces_come_back_whole(pieces: list[tuple[str, str, str]]) -> None:
    cell = ": ".join(
        f"指标{n}{name}{link}{value}" for n, (name, link, value) in enumerate(pieces, 1)
    )
    rows = lumped_rows(["产出指标", cell])
    assert [(row[2], row[3]) for row in rows] == [(name, value) for name, _, value in pieces]


KAIYUAN = (
    CORPUS
    / "disclosure"
    / ("yunnan_ru17-kaiyuan-caizhengju-sangong-yusuan-tongjibiao-pinyinmirror-cut_2017.txt")
)


def _loose(*rows: list[str]) -> LooseTable:
    table = LooseTable(title="三公经费统计表", source=WHERE)
    for texts in rows:
        table.add([Cell(raw=text, source=WHERE, col=i) for i, text in enumerate(texts)])
    return table


def test_row_named_by_an_amount_is_no_row() -> None:
    """開遠's two-year 三公 table, one cell a line, its heads apart: the amounts and the
    prose after them made a row '2908'; it is dropped, labelled rows are kept."""
    garbage = _loose(["2908", "1540", "1540", "1368", "2310", "附件:“三公”經費口徑說明"])
    assert to_disclosure(garbage) is None or not to_disclosure(garbage).rows
    kept = to_disclosure(
        _loose(["项目", "金额"], ["2010101", "行政运行", "120"], ["公务接待费", "36"])
    )
    assert kept is not None
    assert [row.name for row in kept.rows] == ["2010101 行政运行", "公务接待费"]
    plan = import_file(KAIYUAN)
    tables = plan.disclosure.tables if plan.disclosure else []
    assert not [row for table in tables for row in table.rows if row.name == "2908"]


DANZHOU = (
    CORPUS
    / "self_evaluation"
    / ("hainan_ru17-danzhou-fayuan-bumen-zhengti-pingjia-baogao-jieguobiao-cut_2018.txt")
)


def test_amounts_after_a_count_of_several_projects_are_theirs() -> None:
    """儋州 法院: '共有8个支出项目,…其中,法院执行年初预算数6万元' — 6 is one listed project's."""
    listed = "我院2018年共有8个支出项目,所有项目皆按照年初预算执行。其中,法院执行年初预算数6万元"
    assert before_several(listed) == "我院2018年共有"
    whole = "项目资金共200万元,共实施项目15个,其中A项目预算数6万元"
    assert before_several(whole) == "项目资金共200万元,共实施"
    one = "本单位共有1个支出项目,年初预算数6万元"
    assert before_several(one) == one
    project = import_file(DANZHOU).projects[0]
    assert project.budget_total is None
    assert project.total_score == Decimal("94.04")


def test_report_named_by_its_broken_title_not_its_attachment() -> None:
    """The report's 附件 line (in its 目录) names a part of it; its title broken after
    the unit's name is joined."""
    titles = [
        "儋州市人民法院",
        "2018年度部门整体支出绩效评价报告",
        "目录",
        "附件:部门整体支出绩效评价指标体系评分表",
    ]
    assert subject_of(titles) == "儋州市人民法院2018年度部门整体支出"
    assert import_file(DANZHOU).projects[0].name == "儋州市人民法院2018年度部门整体支出"
    # an attachment before any report title is the document itself: it names
    assert subject_of(["附件2", "附件1:2023年农村公路养护项目绩效目标表"]) == (
        "附件1:2023年农村公路养护项目绩效目标表"
    )
    # a line above that is no unit's name is not joined
    assert subject_of(["首页 > 通知公告", "2018年度部门整体支出绩效评价报告"]) == (
        "2018年度部门整体支出"
    )
