"""Import leftovers round 13: a budget row whose label is its header row (罗湖), the
年初预算数 and the adjustment a report states beside its year's budget (福田, 荷塘)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.adjusted_budget import initial_budget
from jixiao.importers.mapping.glued import next_project
from jixiao.model.source import SourceRef

SELF = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
LUOHU = SELF / "guangdong_ru13-luohu-nanhu-jiedao-pinggaiguan-zhaiquan-zixping-pipe-cut_2022.txt"
FUTIAN = SELF / (
    "guangdong_ru14r-futian-minzhengju-kunnan-qunzhong-jiuzhu-shiyong-qingkuang-prose-cut_2021.txt"
)
HETANG = SELF / "hunan_ru12-hetang-fulian-zhengti-zixping-baogao-prose-cut_2022.txt"
FUTIAN_LINE = (
    "2021年中央财政困难群众救助补助资金下达我区111万元(福财直〔2020〕67号),其中低保、特困和"
    "临时救助资金100万元,孤儿基本生活保障金11万元,调减40万元(福财直〔2021〕29号),"
    "全年实际下达71万元,已全额划转至各街道纳入年度预算并执行发放,发放率100%。"
)
HEAD = "债券资金管理指标(10分) | 总体支出进度 | 实际支出 金额 | 下达 额度 | 分值 | 得分"


def test_luohu_figures_under_a_header_row_of_budget_heads() -> None:
    """罗湖's 债券资金管理指标 row: heads '实际支出 金额 | 下达 额度 | 实际 完成值 | 分值 |
    得分' and, on the next row with no label, '1,437 | 1,437 | 1,437 | 10 | 10'."""
    (project,) = import_file(LUOHU).projects
    assert (project.budget_total, project.budget_adjusted, project.spent) == (1437, 1437, 1437)


def _budget_of(tmp_path: Path, lines: list[str]) -> tuple[Decimal | None, Decimal | None]:
    path = tmp_path / "t.txt"
    path.write_text("\n".join(["项目名称 | 某街道燃气管道改造 |", *lines]), encoding="utf-8")
    (project,) = import_file(path).projects
    return project.budget_total, project.spent


def test_a_row_of_words_under_the_budget_heads_gives_no_budget(tmp_path: Path) -> None:
    lines = [HEAD, "按期完成 | 已完成 | 无偏差 |"]
    assert _budget_of(tmp_path, lines) == (None, None)
    assert _budget_of(tmp_path, [HEAD, "600 | 800 | 10 | 10 |"]) == (800, 600)


def test_futian_keeps_the_first_allotment_and_its_cut() -> None:
    (project,) = import_file(FUTIAN).projects
    assert (project.budget_total, project.budget_initial, project.budget_adjusted) == (71, 111, 71)


def test_hetang_an_addition_gives_the_year_budget_from_its_initial_one() -> None:
    (project,) = import_file(HETANG).projects
    assert (project.budget_initial, project.budget_adjusted) == (Decimal("57.28"), Decimal("69.06"))


def test_no_adjustment_or_arithmetic_that_does_not_hold_keeps_nothing() -> None:
    assert initial_budget(FUTIAN_LINE, Decimal(71)) == (111, -40)
    assert initial_budget(FUTIAN_LINE, Decimal(70)) is None  # 111 − 40 is no 70
    assert initial_budget(FUTIAN_LINE.replace("调减40万元", ""), Decimal(71)) is None
    # two amounts before the cut that fit: nothing tells which was the first allotment
    two = "下达111万元,另拨111万元,调减40万元,全年实际下达71万元"
    assert initial_budget(two, Decimal(71)) == (111, -40)  # the same amount: one reading
    two = "下达111万元,其中21万元,调减40万元,追加50万元,全年下达71万元"  # 111−40, 21+50
    assert initial_budget(two, Decimal(71)) is None


_AMOUNTS = st.integers(min_value=1, max_value=100000)


@given(_AMOUNTS, _AMOUNTS)
def test_a_stated_cut_gives_the_first_allotment_back(budget: int, cut: int) -> None:
    first = budget + cut
    line = f"下达资金{first}万元,调减{cut}万元,全年实际下达{budget}万元"
    assert initial_budget(line, Decimal(budget)) == (first, -cut)
    assert initial_budget(line, Decimal(budget + 1)) is None


LANGZHONG = SELF / "sichuan_ru14r-langzhong-jiaotong-chegoushui-shengdao-ziping-glued-cut_2021.txt"
HEADS = "全年预算数(A)全年执行数(B)预算执行率(B/A)"


def test_langzhong_budget_heads_on_their_own_line_over_the_glued_figures() -> None:
    """'项目资金 / (万元)' then the heads alone on a line, '年度资金总额:40004000100%' below."""
    (project,) = import_file(LANGZHONG).projects
    assert (project.budget_total, project.spent, project.execution_rate) == (4000, 4000, 1)


def _figures(tmp_path: Path, lines: list[str]) -> tuple[object, ...]:
    path = tmp_path / "t.txt"
    head = ["项目支出绩效自评表", "项目名称某公路建设项目"]
    path.write_text("\n".join([*head, *lines]), encoding="utf-8")
    (project,) = import_file(path).projects
    return project.budget_total, project.execution_rate


def test_heads_alone_without_a_unit_or_figures_below_give_no_amount(tmp_path: Path) -> None:
    line = "年度资金总额:40004000100%"
    assert _figures(tmp_path, ["(万元)", HEADS, line]) == (4000, 1)
    assert _figures(tmp_path, [HEADS, line]) == (None, 1)  # no 万元 stated: the rate only
    assert _figures(tmp_path, ["(万元)", HEADS, "总体目标完成情况"]) == (None, None)


XINZHOU = SELF / "hubei_xinzhou-chujutuan-yanchushebei-glued_2020.txt"


def test_xinzhou_a_second_table_glued_after_the_first_is_its_own_project() -> None:
    """'…演出人员满意度100%100%2020总分10098项目名称中青年演员培训经费主管部门…年度资金总额
    40404010100%…': the second 项目名称 after the rows opens the next project, which takes
    its own glued budget line (40, 100%) while the first keeps its 30, its rows and 98."""
    first, second = import_file(XINZHOU).projects
    assert (first.name, first.budget_total, first.total_score) == ("演出设备更新专项经费", 30, 98)
    assert len(first.indicators) == 5
    assert (second.name, second.budget_total, second.execution_rate) == (
        "中青年演员培训经费",
        40,
        1,
    )
    assert not second.indicators


def test_a_name_label_inside_the_rows_without_a_header_block_opens_no_project() -> None:
    where = SourceRef(file="t.txt")
    rows = "数量指标培训人次30人次30人次2020总分10098项目名称中青年演员培训经费主管部门新洲区楚剧团"
    assert next_project(rows, where) == rows.index("项目名称")
    assert next_project("数量指标项目名称核对率100%100%2020", where) is None
    assert next_project("质量指标项目名称规范", where) is None
