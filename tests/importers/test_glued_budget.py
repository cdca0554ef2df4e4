"""The 自评 budget line of a flattened table, its figures glued together, split by its own
arithmetic (:mod:`jixiao.importers.mapping.glued_budget`)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.glued_budget import budget_lines

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
HEADS = {
    "budget_initial": "年初预算数",
    "budget_adjusted": "全年预算数(A)",
    "spent": "全年执行数(B)",
    "execution_weight": "分值",
    "execution_rate": "执行率(B/A)",
    "execution_score": "得分",
}
LAYOUTS = st.sampled_from(
    [
        ["budget_adjusted", "spent", "execution_weight", "execution_rate", "execution_score"],
        ["budget_initial", "budget_adjusted", "spent", "execution_weight", "execution_rate"],
        ["budget_adjusted", "spent", "execution_rate"],
        ["budget_initial", "budget_adjusted", "spent", "execution_rate", "execution_score"],
    ]
)
AMOUNTS = st.decimals(min_value=Decimal("0.5"), max_value=Decimal(5000), places=2)


def _text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


@settings(deadline=None)  # a shared machine's load, not the split, sets the time
@given(
    LAYOUTS,
    AMOUNTS,
    st.decimals(min_value=Decimal("0.3"), max_value=Decimal("1.1"), places=3),
    st.sampled_from([5, 10, 15, 20]),
    st.sampled_from([0, 2]),
)
def test_a_glued_line_is_read_as_written_or_not_at_all(
    layout: list[str], budget: Decimal, share: Decimal, weight: int, places: int
) -> None:
    spent = (budget * share).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assume(spent > 0)
    step = Decimal(1).scaleb(-places)
    rate = (spent / budget * 100).quantize(step, rounding=ROUND_HALF_UP)
    score = (min(rate / 100, Decimal(1)) * weight).quantize(Decimal("0.01"), ROUND_HALF_UP)
    figures = {
        "budget_initial": _text(budget),
        "budget_adjusted": _text(budget),
        "spent": _text(spent),
        "execution_weight": str(weight),
        "execution_rate": f"{rate}%",
        "execution_score": _text(score) if score else "0",
    }
    if "execution_score" in layout and "execution_weight" not in layout:
        layout = [c for c in layout if c != "execution_score"]
    head = "".join(HEADS[c] for c in layout)
    glued = "".join(figures[c] for c in layout)
    found = budget_lines(f"项目资金(万元){head}年度资金总额{glued}其中:本年财政拨款")
    # never a wrong reading: the line as written, or nothing when it reads two ways
    assert found == [] or found[0]["execution_rate"] == rate / 100
    if found and "execution_weight" in found[0]:
        assert found[0]["execution_weight"] == weight
    for column in ("budget", "budget_adjusted", "budget_initial"):  # never another 预算数
        assert not found or found[0].get(column, budget) == budget


@pytest.mark.parametrize(
    ("line", "rate", "weight", "score"),
    [
        # 新洲区楚剧团: 年初 30 | 全年 30 | 分值 10 | 100% with two cells empty
        ("年初预算数全年预算数全年执行分值执行率得分年度资金总额303010100%其中", "1", "10", None),
        (
            "全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10其中",
            "1",
            "10",
            "10",
        ),
        (
            "年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分得分计算方法年度资金总额:310.2154.741050%5执行率",
            "0.5",
            "10",
            "5",
        ),
        # a bare rate '1' that 1.56 / 1.56 confirms; the 分值 from '得分(20分*执行率)'
        (
            "预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额1.561.56120度效标",
            "1",
            "20",
            "20",
        ),
    ],
)
def test_real_glued_lines(line: str, rate: str, weight: str, score: str | None) -> None:
    found = budget_lines(line)
    assert len(found) == 1
    assert found[0]["execution_rate"] == Decimal(rate)
    assert found[0]["execution_weight"] == Decimal(weight)
    assert found[0].get("execution_score") == (None if score is None else Decimal(score))


def test_lines_read_by_their_arithmetic_or_not_at_all() -> None:
    # 100% of what? '194.91 | 9 | 4.91%' also nearly fits, but only 194.9 | 194.9 | 100%
    # gives its rate to the rounding written
    assert budget_lines("全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额194.9194.9100%其中")[0][
        "execution_rate"
    ] == Decimal(1)
    # a rate whose amounts are left empty is still the rate stated
    assert budget_lines("全年预算数全年执行数执行率年度资金总额5%") == [
        {"execution_rate": Decimal("0.05")}
    ]
    # '2 | 0 | 100%' (0 spent at 100%) and '20 | 10 | 0%' (spending at 0%) are no readings:
    # 20 | 100% (one amount left empty) is
    assert budget_lines("全年预算数全年执行数执行率年度资金总额20100%") == [
        {"execution_rate": Decimal(1)}
    ]
    assert budget_lines("全年预算数全年执行数执行率年度资金总额" + "1" * 80 + "%") == []


def test_real_documents_take_their_glued_budget_line() -> None:
    zhongjiang = import_file(next(CORPUS.glob("sichuan_zhongjiang-shuiliju*.txt"))).projects[0]
    assert (zhongjiang.execution_rate, zhongjiang.execution_weight) == (Decimal(1), Decimal(10))
    assert (zhongjiang.budget_adjusted, zhongjiang.spent) == (Decimal(20), Decimal(20))
    assert zhongjiang.sources["execution_rate"].line is not None
    beijing = import_file(next(CORPUS.glob("beijing_haidian-xueyuanlu*.txt"))).projects[0]
    assert beijing.execution_rate == Decimal("0.5") and beijing.execution_score == Decimal(5)


def test_a_head_row_with_its_figures_below_or_a_traditional_mirror() -> None:
    # 永德县明朗中学: '| 年初预算数 | … | 得分 | 年度资金总额 |' then
    # '| 387664.62 | 387664.62 | 10 | 100% | 10 |' (年初 empty; amounts in 元, not taken)
    yongde = import_file(next(CORPUS.glob("yunnan_yongde-minglang-zhongxue*.txt"))).projects[0]
    assert (yongde.execution_rate, yongde.execution_weight, yongde.execution_score) == (
        Decimal(1),
        Decimal(10),
        Decimal(10),
    )
    assert yongde.spent is None
    # 黄冈水土保持: traditional with pinyin, '預(yù)算數(shù)(A)執(zhí)行數(shù)(B)…1010100%20'
    huanggang = import_file(next(CORPUS.glob("hubei_ru7-huanggang-shuibao*.txt"))).projects[0]
    assert (huanggang.execution_rate, huanggang.execution_weight) == (Decimal(1), Decimal(20))
    assert huanggang.execution_score == Decimal(20)


def test_splits_that_agree_on_the_budget_give_it() -> None:
    # 新洲区楚剧团: '30 | 30 | (empty) | 10 | 100%' or '(empty) | 30 | 30 | 10 | 100%':
    # which column stays empty is not known, the 预算数 30 is
    line = "项目资金 (万元)年初预算数全年预算数全年执行分值执行率得分年度资金总额303010100%其中"
    (found,) = budget_lines(line)
    assert found["budget"] == Decimal(30) and "budget_adjusted" not in found
    document = import_file(next(CORPUS.glob("hubei_xinzhou-chujutuan*.txt"))).projects[0]
    assert document.budget_total == Decimal(30)


def test_splits_that_differ_on_the_budget_give_none() -> None:
    # '10 | 20 | … | 100%' or '… | 10 | … 20': 10 or 20, the line cannot say
    (found,) = budget_lines(
        "(万元)年初预算数全年预算数全年执行数分值执行率年度资金总额1020100%其中"
    )
    assert "budget" not in found and "budget_adjusted" not in found


def test_a_sheet_flattened_row_by_row_gives_the_figures_after_its_heads() -> None:
    # 稷山县医疗保障局 (an xlsx flattened): the label, the heads, then the budget line's
    # figures a cell apart and the 当年财政拨款 line's after them
    line = (
        "项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 "
        "分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% — 上年结转资金"
    )
    (found,) = budget_lines(line)
    assert (found["budget_adjusted"], found["spent"]) == (Decimal("65.66"), Decimal("65.07"))
    assert (found["execution_rate"], found["execution_score"]) == (Decimal("0.99"), Decimal(9))


ZHAIDIAN = (
    "年度资金总额 实施单位 稷山县翟店镇卫生院 全年预算数 全年执行数 分值 执行率 得分 "
    "0 207.4538 10 100% 10 207.4538 — 100% — 其中:当年财政拨款"
)


def test_a_head_printed_before_the_label_takes_the_first_figure() -> None:
    # 稷山县翟店镇卫生院 (an xlsx flattened out of order): 年初预算数 is written before the
    # line's label, its 0 first in the row; a 年初预算数 of 0 beside a 全年预算数 is a project
    # funded during the year (the 执行数 cell is not in the row: left unread)
    (found,) = budget_lines(f"年初预算 数 0 项目资金 (万元) {ZHAIDIAN}")
    assert (found["budget_initial"], found["budget_adjusted"]) == (0, Decimal("207.4538"))
    assert (found["execution_rate"], found["execution_score"]) == (1, 10)
    assert "spent" not in found


def test_figures_shifted_under_their_heads_give_nothing() -> None:
    # the same row without the 年初预算数 head: 0 | 207.4538 | 10 | 100% under 全年预算数,
    # 全年执行数 … would be 100% spent of nothing
    assert budget_lines(f"项目资金 (万元) {ZHAIDIAN}") == []


@given(AMOUNTS, st.decimals(min_value=Decimal("0.3"), max_value=Decimal(1), places=2))
def test_a_flattened_row_is_read_as_written_or_not_at_all(budget: Decimal, share: Decimal) -> None:
    spent = (budget * share).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assume(spent > 0)
    rate = (spent / budget * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    score = (rate / 10).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    figures = f"{_text(budget)} {_text(spent)} 10 {rate}% {score} {_text(budget)} {_text(spent)}"
    found = budget_lines(f"(万元) 年度资金总额 全年预算数 全年执行数 分值 执行率 得分 {figures} —")
    assert found == [] or found[0]["execution_rate"] == rate / 100
    assert not found or found[0].get("budget_adjusted", budget) == budget
