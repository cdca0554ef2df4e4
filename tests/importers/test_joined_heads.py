"""Budget column heads cut over two cells joined back before the header block reads them
(:mod:`jixiao.importers.mapping.joined_heads`)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao import packs
from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.joined_heads import joined_heads
from jixiao.importers.mapping.vocabulary import vocabulary
from jixiao.model.source import SourceRef

SELF = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
LANGFANG = "hebei_langfang-shipin-gongcheng-xuexiao-nuantong-gaizao_2019"
STARTS = packs.merged_data("import-stated-totals.json")["wrapped_head_starts"]
# the vocabulary's budget heads that open with such a word, and what follows it
WRAPPED = sorted(
    (start, head[len(start) :])
    for head in vocabulary().budget_columns
    for start in STARTS
    if head.startswith(start) and len(head) > len(start)
)


def _texts(*texts: str) -> list[str]:
    cells = [Cell(text, SourceRef(file="t.txt", line=1), col) for col, text in enumerate(texts)]
    return [cell.text for cell in joined_heads(cells)]


def test_langfang_heads_wrapped_one_cell_per_line_are_joined() -> None:
    """廊坊 食品工程学校: '年初 / 预算数 / 全年 / 预算数 / 全年 / 执行数 / 分值 / 执行率 /
    得分 / 年度资金总额 / 43.2 / 43.2 / 37.24 / 10 / 86% / 9', a cell per line."""
    heads = ("年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分")
    assert _texts(*heads, "年度资金总额", "43.2") == [
        *("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        *("年度资金总额", "43.2"),
    ]
    (project,) = import_file(SELF / f"{LANGFANG}.txt").projects
    assert (project.budget_total, project.spent) == (Decimal("43.2"), Decimal("37.24"))
    assert project.execution_rate == Decimal("0.86")


def test_counter_example_two_heads_or_a_label_and_a_head_stay_apart() -> None:
    assert _texts("预算", "执行数") == ["预算", "执行数"]
    assert _texts("年度资金总额", "预算数") == ["年度资金总额", "预算数"]
    assert _texts("全年", "目标") == ["全年", "目标"]  # no budget head together
    assert _texts("预算数", "(A)") == ["预算数(A)"]  # a formula mark, as before


@given(st.sampled_from(WRAPPED))
def test_every_budget_head_wrapped_after_its_opening_word_is_joined(
    parts: tuple[str, str],
) -> None:
    start, rest = parts
    (joined,) = _texts(start, rest)
    assert vocabulary().budget_column(joined) is not None
