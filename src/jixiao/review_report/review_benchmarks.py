"""The unit costs of a reviewed plan beside their reference range and their peers, as charts.

One horizontal bar chart per unit cost (jixiao.charts): the peers' P10, median and P90,
the reference range's bounds, and this project's own figure, coloured by how it compares.
Each bar and bound prints its number alone (the unit is the chart's caption): with the
unit, "109.19元/平方米·年" was cut to "109.19元…" and the bounds showed no number at all.
"""

from __future__ import annotations

from html import escape

from jixiao.benchmarks import DistributionStore, load_benchmarks, project_unit_costs
from jixiao.benchmarks.outliers import PEER_MARGIN
from jixiao.charts import Bar, Reference, bar_chart
from jixiao.charts.svg import Tone, amount
from jixiao.model import DepartmentPlan

#: the rules whose finding is about a unit cost the report charts (the table, the peers)
CHARTED_RULES = frozenset({"C106", "C107"})


def unit_cost_section(
    plan: DepartmentPlan, peers: DistributionStore | None, *, first: int = 1
) -> str:
    """An HTML section with a chart per unit cost of ``plan``; empty when it has none.
    ``first``: the number of the plan's first project (a page of a long plan starts later)."""
    table = load_benchmarks()
    charts = []
    numbered = enumerate(plan.projects, start=first)
    found = (project_unit_costs(project, index, table) for index, project in numbered)
    for cost in (c for c in found if c is not None):
        category = table.by_id(cost.category)
        mine = float(cost.value)
        bars = []
        low, high = float(category.low), float(category.high)
        references = [
            Reference(low, f"参考下限{amount(low)}"),
            Reference(high, f"参考上限{amount(high)}"),
        ]
        distribution = peers.distribution(cost.category) if peers is not None else None
        outside = not (category.low <= cost.value <= category.high)
        if distribution is not None:
            bars += [
                _bar("同类P10", float(distribution.p10)),
                _bar("同类中位数", float(distribution.median)),
                _bar("同类P90", float(distribution.p90)),
            ]
            outside = outside or not (
                distribution.p10 / PEER_MARGIN <= cost.value <= distribution.p90 * PEER_MARGIN
            )
        bars.append(_bar(f"本项目（{cost.project}）", mine, "bad" if outside else "good"))
        peers_text = f"，同类项目{distribution.count}个" if distribution is not None else ""
        figure = f"{amount(mine)}{category.unit}"
        title = f"项目{cost.project_index} {category.label}：{figure}{peers_text}"
        chart = bar_chart(
            bars,
            maximum=max(high, mine) * 1.1,
            unit=category.unit,
            title=title,
            references=references,
            legend_labels={"good": "在区间内", "bad": "超出区间"},
        )
        anchor = chart_id(cost.project_index)
        caption = f"{escape(title)}；参考区间出处：{escape(category.source)}"
        charts.append(
            f'<figure class="unit-cost" id="{anchor}">{chart}'
            f"<figcaption>{caption}</figcaption></figure>"
        )
    if not charts:
        return ""
    return "<h3>单位成本（预算数÷数量）与同类项目</h3>" + "".join(charts)


def chart_id(project_index: int) -> str:
    """The id of a project's unit-cost chart in the report, for a finding to link to."""
    return f"unit-cost-{project_index}"


def _bar(label: str, value: float, tone: Tone = "neutral") -> Bar:
    return Bar(label, value, tone=tone, text=amount(value))
