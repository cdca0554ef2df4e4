"""A table written one cell a line with ``|`` after each cell, under a page header of
pipe rows (``索 引 号: | 011217651/2022-01866 | 发文字号: | 无 | …``, as 鄂州's
自评表 is published): the header's lines hold several cells each, so their bars are no
padding of a cell and do not teach the table's width. Learnt from them, the width (six)
cut the 项目资金 header (年初预算数 … 得分) and the 年度资金总额 line in two, and the
budget, spent, rate and points were never read.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Row
from jixiao.importers.text_reader import read_text_blocks
from jixiao.review import review_plan
from tests.review.audit.render import CORPUS
from tests.review.conftest import found

SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
EZHOU = "self_evaluation/hubei_ru8-ezhou-shenpiju-shiminzhongxin-yunwei-cellperline-cut_2021"
FUNDS = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
KEY = st.text(alphabet="索引号发文字号日期单位主题分类效力状态", min_size=2, max_size=5)
VALUE = st.text(alphabet="0123456789/-年月日鄂州市行政审批局有效", min_size=1, max_size=12)


def _rows(text: str) -> list[list[str]]:
    blocks = read_text_blocks(text, "t.txt")
    return [[c.text for c in b.cells] for b in blocks if isinstance(b, Row)]


def _table(header: list[list[tuple[str, str]]], width: int, amounts: tuple[int, int]) -> str:
    budget, spent = amounts
    rate = (Decimal(spent) / budget * 100).quantize(Decimal("0.1"))
    lines = [" | ".join(f"{k}: | {v}" for k, v in pairs) + " |" for pairs in header]
    lines += ["项目支出绩效自评表 |", "|" * (width - 1), "项目名称 |", "某某运行维护费 |"]
    lines += ["|" * (width - 2), "项目资金 (万元) |", "|", *(f"{c} |" for c in FUNDS)]
    lines += ["|" * (width - 8), "年度资金总额 |", f"{budget}万 |", f"{budget}万 |"]
    lines += [f"{spent}万 |", "10 |", f"{rate}% |", "9 |", "|" * (width - 7)]
    lines += ["一级指标 |", "二级指标 |", "三级指标 |", "年度 指标值 |", "实际 完成值 |"]
    lines += ["分值 |", "得分 |", "|" * (width - 7), "产出指标 |", "数量指标 |"]
    lines += ["维修次数 |", "≥10次 |", "12次 |", "20 |", "20 |", "|" * (width - 7)]
    return "\n".join(lines) + "\n"


@SETTINGS
@given(
    header=st.integers(1, 4).flatmap(
        lambda n: st.lists(
            st.lists(st.tuples(KEY, VALUE), min_size=n, max_size=n), min_size=2, max_size=3
        )
    ),
    width=st.integers(9, 14),
    budget=st.integers(20, 9000),
    share=st.integers(30, 99),
)
def test_header_lines_of_cells_do_not_cut_the_funds_line(
    tmp_path: Path, header: list[list[tuple[str, str]]], width: int, budget: int, share: int
) -> None:
    spent = budget * share // 100 or 1
    text = _table(header, width, (budget, spent))
    rows = _rows(text)
    funds = next(r for r in rows if "年初预算数" in r)
    assert funds[funds.index("年初预算数") :][: len(FUNDS)] == FUNDS
    page = tmp_path / "t.txt"
    page.write_text(text, encoding="utf-8")
    project = import_file(page).projects[0]
    assert (project.budget_initial, project.spent) == (budget, spent)
    assert (project.execution_weight, project.execution_score) == (10, 9)
    lines = text.splitlines()
    spent_at = project.sources.get("spent")
    assert spent_at is not None and lines[(spent_at.line or 0) - 1] == f"{spent}万 |"


def test_padding_lines_still_teach_the_width() -> None:
    # counter-example: a one-cell line padded to the table ('项目支出绩效自评表 | ||||') is
    # padding; a row of five cells then ends where the padding said, not at the header's
    # width
    text = "\n".join(
        ["标题 | ||||", "a |", "b |", "c |", "d |", "e |", "f |", "g |", "h |", "i |", "j |"]
    )
    rows = _rows(text)
    assert [len(r) for r in rows] == [5, 5, 5]


def test_ezhou_funds_line_is_read_and_reviewed() -> None:
    path = CORPUS / f"{EZHOU}.txt"
    project = import_file(path).projects[0]
    assert (project.budget_initial, project.budget_adjusted, project.spent) == (150, 150, 125.25)
    assert project.execution_rate == Decimal("0.835")
    assert (project.execution_weight, project.execution_score) == (100, 98)
    lines = path.read_text(encoding="utf-8").splitlines()
    for field, cell in (("spent", "125.25万 |"), ("execution_rate", "83.5% |")):
        where = project.sources.get(field)
        assert where is not None and lines[(where.line or 0) - 1] == cell
    report = review_plan(import_file(path))
    assert [f.indicator_index for f in found(report, "N232", 1)] == [5]
    assert len(found(report, "N236", 1)) == 1 and len(found(report, "N211", 1)) == 1
