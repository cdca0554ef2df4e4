"""The unit costs of a reviewed plan beside their reference range and their peers, as charts.

One horizontal bar chart per unit cost (jixiao.charts): the peers' P10, median and P90,
the reference range's bounds, and this project's own figure, coloured by how it compares.
"""

from __future__ import annotations

from html import escape

from jixiao.benchmarks import DistributionStore, load_benchmarks, project_unit_costs
from jixiao.benchmarks.outliers import PEER_MARGIN
from jixiao.charts import Bar, Reference, bar_chart
from jixiao.model import DepartmentPlan


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
        references = [
            Reference(float(category.low), "参考下限"),
            Reference(float(category.high), "参考上限"),
        ]
        distribution = peers.distribution(cost.category) if peers is not None else None
        outside = not (category.low <= cost.value <= category.high)
        if distribution is not None:
            bars += [
                Bar("同类P10", float(distribution.p10)),
                Bar("同类中位数", float(distribution.median)),
                Bar("同类P90", float(distribution.p90)),
            ]
            outside = outside or not (
                distribution.p10 / PEER_MARGIN <= cost.value <= distribution.p90 * PEER_MARGIN
            )
        bars.append(Bar(f"本项目（{cost.project}）", mine, tone="bad" if outside else "good"))
        peers_text = f"，同类项目{distribution.count}个" if distribution is not None else ""
        title = f"项目{cost.project_index} {category.label}：{mine:g}{category.unit}{peers_text}"
        chart = bar_chart(
            bars,
            maximum=max(float(category.high), mine) * 1.1,
            unit=category.unit,
            title=title,
            references=references,
            legend_labels={"good": "在区间内", "bad": "超出区间"},
        )
        charts.append(f'<figure class="unit-cost">{chart}<figcaption>{escape(title)}；'
                      f"参考区间出处：{escape(category.source)}</figcaption></figure>")  # fmt: skip
    if not charts:
        return ""
    return "<h3>单位成本（预算数÷数量）与同类项目</h3>" + "".join(charts)
