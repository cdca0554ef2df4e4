"""A budget line that lost an empty cell (mapping/budget_gaps.py): its one percentage
stands under 执行率, the figures after it under the columns after it, and those
before it where their 执行数 / 预算数 is that rate."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.budget_gaps import around_rate
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
WHERE = SourceRef(file="t.txt", line=1)
COLUMNS: list[str | None] = ["budget_adjusted", "spent", "execution_rate", "execution_score"]


def _cells(*texts: str) -> list[Cell]:
    return [Cell(raw=t, source=WHERE, col=i) for i, t in enumerate(texts)]


def _placed(columns: list[str | None], *texts: str) -> list[tuple[str | None, str]]:
    placed, values = around_rate(columns, _cells(*texts))
    return [(c, v.text) for c, v in zip(placed, values, strict=False)]


def test_tanghu_rate_claimed_with_the_spent_cell_empty() -> None:
    """塘湖镇's 部门整体 自评表: '部门整体支出总额 | 864.2 | 100% | 20' under 预算数 | 执行数 |
    执行率 | 得分(20分*执行率): the 100% is the rate, 20 its score on 20 points."""
    project = import_file(CORPUS / "hubei_ru7-tongcheng-tanghuzhen-bumenzhengti-pipe_nd.txt")
    first = project.projects[0]
    assert (first.budget_total, first.spent, first.execution_rate) == (Decimal("864.2"), None, 1)
    assert (first.execution_weight, first.execution_score) == (20, 20)


def test_malukeng_gap_at_the_line_start() -> None:
    """马鹿坑's 自评表: '32.4 | 31.69 | 10 | 97.80% | 9' under six columns: one 预算 cell is
    empty; 31.69 / 32.4 is the 97.80%, so 32.4 is budgeted, 31.69 spent, 10 points."""
    path = CORPUS / "yunnan_ru6-linxiang-malukeng-shourongsuo-pipe_2023.txt"
    first = import_file(path).projects[0]
    assert (first.budget_total, first.spent) == (Decimal("32.4"), Decimal("31.69"))
    assert (first.execution_rate, first.execution_weight, first.execution_score) == (
        Decimal("0.978"),
        10,
        9,
    )


def test_full_and_rateless_lines_stand_as_they_are() -> None:
    """Counter-examples: a figure for every column, no percentage, two percentages."""
    assert _placed(COLUMNS, "50", "40", "80%", "16") == [
        ("budget_adjusted", "50"),
        ("spent", "40"),
        ("execution_rate", "80%"),
        ("execution_score", "16"),
    ]
    assert _placed(COLUMNS, "50", "40", "16") == [
        ("budget_adjusted", "50"),
        ("spent", "40"),
        ("execution_rate", "16"),
    ]
    assert _placed(COLUMNS, "80%", "90%", "16") == [
        ("budget_adjusted", "80%"),
        ("spent", "90%"),
        ("execution_rate", "16"),
    ]


amounts = st.decimals(min_value=1, max_value=99999, places=2).map(str)


@given(
    st.lists(amounts, max_size=2),
    st.integers(min_value=0, max_value=100).map(lambda n: f"{n}%"),
    st.lists(amounts, max_size=1),
)
def test_the_percentage_always_lands_under_the_rate(
    before: list[str], rate: str, after: list[str]
) -> None:
    """Whatever is missing, a short line's one percentage stands under 执行率 and the
    figures keep their order; a full line is zipped as it stands."""
    texts = [*before, rate, *after]
    placed = _placed(COLUMNS, *texts)
    assert [v for _, v in placed] == texts
    if len(texts) == len(COLUMNS):
        assert [c for c, _ in placed] == COLUMNS
    else:
        assert placed[len(before)] == ("execution_rate", rate)
        assert [c for c, _ in placed[len(before) + 1 :]] == ["execution_score"] * len(after)
