"""A 资金总额 whose figure stands in the label's own cell or glued into a flattened line,
read only where the parts after it add up to it
(:mod:`jixiao.importers.mapping.glued_total`)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.glued_total import glued_totals

# 南岳区实验中学's 部门整体支出绩效目标申报表 (corpus: hunan_nanyue-shiyanzhongxue-…), a
# cell per line
NANYUE = """部门整体支出绩效目标申报表
2017 年度)
部门名称
南岳区实验中学
年度预算申请
(万元)
资金总额:704
按收入性质分
按支出性质分
公共财政拨款:683
政府性基金拨款:
纳入专户管理的非税收入拨款:21
其他资金:
基本支出:622
项目支出:82
"""
# 祁东县疾控中心's flattened lines (corpus: hunan_qidong-jikong-zhengti-glued-yishang_2024)
QIDONG = (
    "年度预算申请 (万元)资金总额:952.22\n按收入性质分:952.22按支出性质分:952.22\n"
    "其中:一般公共预算:952.22其中:基本支出:"
)


def _figures(text: str) -> list[Decimal]:
    return [total for total, _ in glued_totals(text)]


def test_a_total_its_parts_add_up_to_is_read() -> None:
    assert _figures(NANYUE) == [Decimal(704)]
    assert _figures(QIDONG) == [Decimal("952.22")]


def test_a_total_its_parts_do_not_add_up_to_is_not_read() -> None:
    assert _figures(NANYUE.replace("拨款:21", "拨款:12")) == []
    # a figure glued to the next ('资金总额:70468…'): no part adds up to it
    assert _figures(NANYUE.replace("资金总额:704", "资金总额:70468")) == []


def test_a_total_in_no_stated_unit_is_not_read() -> None:
    assert _figures(NANYUE.replace("(万元)", "(元)")) == []


def test_a_figure_after_another_label_is_no_part() -> None:
    # '…资金总额:2430.30项目负责人电话:65239479…': a telephone number, not a part
    text = "(万元)资金总额:2430.30项目负责人电话:65239479财政拨款:2430.30预算执行率权重:10%"
    assert _figures(text) == [Decimal("2430.30")]
    assert _figures(text.replace("财政拨款:2430.30", "财政拨款:2400")) == []


def test_the_plan_s_project_takes_the_total() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.txt"
        path.write_text(NANYUE, encoding="utf-8")
        plan = import_file(path)
    assert [p.budget_total for p in plan.projects] == [Decimal(704)]


AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(99999), places=2)


@given(st.lists(AMOUNTS, min_size=1, max_size=3), st.sampled_from(["", "\n", " "]))
def test_a_total_is_read_exactly_when_its_parts_add_up(parts: list[Decimal], gap: str) -> None:
    total = sum(parts, Decimal(0))
    listed = gap.join(f"其中财政拨款:{p}" for p in parts)
    assert _figures(f"(万元)资金总额:{total}{gap}{listed}") == [total]
    assert _figures(f"(万元)资金总额:{total + 1}{gap}{listed}") == []
