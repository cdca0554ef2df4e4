"""A budget grid's 财政资金 given level by level (中央 / 省级 / 地方): summed only where the
document's own total confirms it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Paragraph
from jixiao.importers.mapping.fiscal_levels import read_fiscal_levels
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
XIANNING = (
    CORPUS / "hubei_ru13-xianning-shengtai-huanjing-daqi-zhuanyi-zixping-cellperline-cut_2021.txt"
)

# 咸宁's budget grid, one cell a line, as the page gives it
GRID = """年度资金总额:
2380.91
0
0
其中:中央资金
871
0
0
省级资金
0
0
0
地方资金
1509.91
0
0
其他资金
0
0
0"""


def _fiscal(text: str, total: str, other: str | None = None) -> Decimal | None:
    blocks = [Paragraph(line, SourceRef(file="t.txt")) for line in text.splitlines()]
    project = Project(name="项目", budget_total=Decimal(total))
    project.budget_other = None if other is None else Decimal(other)
    read_fiscal_levels([project], blocks)
    return project.budget_fiscal


def test_the_page_reads_its_levels_as_fiscal_funds() -> None:
    project = import_file(XIANNING).projects[0]
    assert (project.budget_total, project.budget_fiscal) == (Decimal("2380.91"), Decimal("2380.91"))
    assert project.budget_other == 0


def test_the_levels_and_other_funds_making_the_total_give_the_fiscal_funds() -> None:
    assert _fiscal(GRID, "2380.91", "0") == Decimal("2380.91")
    assert _fiscal(GRID.replace("其他资金\n0", "其他资金\n100"), "2480.91", "100") == Decimal(
        "2380.91"
    )


def test_levels_that_miss_the_total_give_nothing() -> None:
    assert _fiscal(GRID.replace("1509.91", "1500"), "2380.91", "0") is None


def test_a_level_named_twice_gives_nothing() -> None:
    assert _fiscal(GRID + "\n中央资金\n871", "2380.91", "0") is None


def test_levels_named_in_prose_give_nothing() -> None:
    prose = "其中中央资金871万元,地方资金1509.91万元,合计2380.91万元。"
    assert _fiscal(prose, "2380.91") is None


def test_one_level_alone_is_a_part_not_the_levels() -> None:
    assert _fiscal("其中:中央资金\n2380.91", "2380.91") is None


@given(
    st.lists(st.decimals(min_value=0, max_value=99999, places=2), min_size=2, max_size=4),
    st.decimals(min_value=0, max_value=999, places=2),
    st.decimals(min_value=Decimal("0.05"), max_value=999, places=2),
)
def test_levels_give_the_fiscal_funds_only_where_they_add_up(
    parts: list[Decimal], other: Decimal, off: Decimal
) -> None:
    names = ["中央资金", "省级资金", "市级资金", "县级资金"]
    grid = "\n".join(f"{name}\n{part}" for name, part in zip(names, parts, strict=False))
    total = sum(parts, Decimal(0)) + other
    if total <= 0:
        return
    assert _fiscal(grid, str(total), str(other)) == total - other
    assert _fiscal(grid, str(total + off), str(other)) is None


# 零陵's 部门整体 自评表: its 按收入性质分 gives the kinds of public money, label and figure
# in one cell, beside 其他资金 (held-out round 15)
LINGLING = CORPUS / "hunan_ru15r-lingling-linyeju-bumen-zhengti-ziping-cut_2021.txt"
KINDS = """按收入性质分:
其中: 一般公共预算:1873.66万元
政府性基金拨款:
纳入专户管理的非税收入拨款:
其他资金:2880万元"""


def test_the_kinds_of_public_money_are_fiscal_funds() -> None:
    project = import_file(LINGLING).projects[0]
    assert (project.budget_fiscal, project.budget_other) == (Decimal("1873.66"), Decimal(2880))
    assert _fiscal(KINDS, "4753.66", "2880") == Decimal("1873.66")


def test_kinds_that_miss_the_total_give_nothing() -> None:
    # a 政府性基金 beside the 一般公共预算 (衡阳's 按收入性质分 lists one) is summed with it,
    # and where the kinds and 其他资金 do not make the 预算数 none is taken
    funds = KINDS.replace("政府性基金拨款:", "政府性基金拨款:200万元")
    assert _fiscal(funds, "4953.66", "2880") == Decimal("2073.66")
    assert _fiscal(funds, "4753.66", "2880") is None
    # 纳入专户管理的非税收入 is no 财政拨款: its figure makes the kinds miss the total
    held = KINDS.replace("非税收入拨款:", "非税收入拨款:200万元")
    assert _fiscal(held, "4953.66", "2880") is None
