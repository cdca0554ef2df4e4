"""成本指标 (costs): a ceiling with its base, sums that add up, unit cost × quantity ≈ budget.

A cost item is a ceiling (≤) in money, either a total (≤65万元) or a unit cost with its
base (≤475元/亩, ≤86元/平方米/年). The rules check the form of each item and, for the
project, that the items agree with each other and with the budget.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.grammar import Direction, to_wan
from jixiao.review.context import IndicatorView, ProjectView, rows_fact
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import DOWNWARD, amount, is_money, q
from jixiao.review.wordlists import WordLists

TABLE = rule_table(__name__)

_PERIODS = frozenset({"年", "月", "天", "日", "季", "季度", "周", "次"})


def per_unit_base(unit: str | None) -> str | None:
    """The base of a unit cost (“元/亩” → “亩”, “元/平方米/年” → “平方米”), or None."""
    if unit is None or "/" not in unit:
        return None
    parts = unit.split("/")
    if parts[0] not in ("元", "万元", "千元") or parts[1] in _PERIODS:
        return None
    if len(parts) > 2 and parts[2] not in ("年",):
        return None
    return parts[1]


def _uncapped(v: IndicatorView) -> Hit | None:
    value = v.value
    if words().template_residue.search(v.raw):
        return None  # “≤****000元”: the sign is there, the number is a template's (M113)
    if not is_money(value) or value.direction in DOWNWARD or value.direction is Direction.GE:
        return None  # ≥ is N106's
    if value.direction is Direction.GT:
        return None
    written = "写成了“=”" if value.direction is Direction.EQ else "没有方向符号"
    return hit(
        f"成本指标{q(v.name)}的指标值{q(v.raw)}{written}，成本应是上限。",
        field="value",
    )


C101 = TABLE.rule("C101", _uncapped)


def _scope_mismatch(v: IndicatorView) -> Hit | None:
    value = v.value
    if not is_money(value):
        return None
    lists = words()
    per_unit = value.unit is not None and "/" in value.unit
    if per_unit and lists.cost_total.search(v.name):
        return hit(
            f"指标{q(v.name)}按名称是总成本，指标值{q(v.raw)}却是单位成本。",
            field="value",
        )
    if not per_unit and lists.cost_unit.search(v.name):
        return hit(
            f"指标{q(v.name)}按名称是单价或标准，指标值{q(v.raw)}却没有计量基数"
            "（元/人、元/亩、元/平方米·年）。",
            field="value",
        )
    return None


C102 = TABLE.rule("C102", _scope_mismatch)


def _totals(p: ProjectView) -> list[tuple[int, Decimal]]:
    """(position, 万元) of the project's cost items stated as an amount of money."""
    out = []
    for n, v in enumerate(p.indicators):
        value = v.value
        if v.is_cost and value.money_in_wan is not None and value.direction in (
            Direction.LE, Direction.LT, Direction.EQ, None,
        ):  # fmt: skip
            out.append((n, value.money_in_wan))
    return out


def _is_unit_item(v: IndicatorView, lists: WordLists) -> bool:
    """A unit cost written without its base (“单位水费 7.38元”): not a part of the total."""
    return lists.cost_unit.search(v.name) is not None or v.name.startswith(("单位", "每"))


_Items = tuple[tuple[int, Decimal], ...]  # (position in the project's rows, 万元)


def _totals_and_parts(p: ProjectView) -> tuple[_Items, _Items, Decimal]:
    """The project's total costs, its sub-costs (unit costs aside) and their sum."""
    items = _totals(p)
    if len(items) < 2:
        return (), (), Decimal(0)
    lists = words()
    views = p.indicators
    totals = tuple((n, m) for n, m in items if lists.cost_total.search(views[n].name))
    parts = tuple(
        (n, m)
        for n, m in items
        if not lists.cost_total.search(views[n].name) and not _is_unit_item(views[n], lists)
    )
    return totals, parts, sum((m for _, m in parts), Decimal(0))


def _sums(p: ProjectView) -> list[Hit]:
    totals_at, parts_at, added = rows_fact(p, _totals_and_parts)
    if len(parts_at) < 2:
        return []  # (the usual case: no sum to compare, neither below nor with the budget)
    views = p.indicators
    tolerance = p.plan.profile.thresholds.money_tolerance_wan
    totals = [(views[n], m) for n, m in totals_at]
    parts = [(views[n], m) for n, m in parts_at]
    if len(totals) == 1:
        total_v, total = totals[0]
        if added - total > max(tolerance, total / 100):  # fewer parts than the total may be listed
            return [
                hit(
                    f"分项成本合计{amount(added)}万元，与{q(total_v.name)}"
                    f"{amount(total)}万元不符。",
                    field="value",
                    indicator_index=total_v.index,
                )
            ]
        return []
    budget = p.project.budget_total
    if totals or budget is None or budget <= 0 or len(parts) < 2:
        return []
    if added > budget * Decimal("1.01") + tolerance and all(m <= budget for _, m in parts):
        return [
            hit(
                f"{len(parts)}项成本指标合计{amount(added)}万元，超过项目预算数{amount(budget)}万元。",
                field="value",
                indicator_index=parts[-1][0].index,
            )
        ]
    return []


C103 = TABLE.rule("C103", _sums)


def _unit_times_quantity(p: ProjectView) -> list[Hit]:
    budget = p.project.budget_total
    if budget is None or budget <= 0:
        return []
    total, products = rows_fact(p, _unit_products)
    if not products or total <= budget * Decimal("1.2"):
        return []
    return [
        hit(
            f"单位成本×数量：{'＋'.join(products)}＝{amount(total.quantize(Decimal('0.01')))}万元，"
            f"是项目预算数{amount(budget)}万元的{total / budget:.1f}倍。",
            field="value",
        )
    ]


def _unit_products(p: ProjectView) -> tuple[Decimal, tuple[str, ...]]:
    """Each unit cost times the quantity of its base (“≤200元/人” × “培训人数 500人”) in 万元,
    their sum and how each was reckoned."""
    quantities: dict[str, Decimal] = {}
    for v in p.indicators:
        value = v.value
        if v.level2 == "数量" and value.number is not None and value.unit and not value.upper:
            quantities.setdefault(value.unit, value.number)
    products: list[str] = []
    total = Decimal(0)
    for v in p.indicators:
        value = v.value
        base = per_unit_base(value.unit) if v.is_cost else None
        if base is None or value.number is None or base not in quantities:
            continue
        money = to_wan(value.number * quantities[base], (value.unit or "").split("/")[0])
        if money is None:
            continue
        total += money
        products.append(f"{q(v.raw)}×{amount(quantities[base])}{base}")
    return total, tuple(products)


C104 = TABLE.rule("C104", _unit_times_quantity)


def _misfiled_cost(v: IndicatorView) -> Hit | None:
    fw = v.plan.framework
    if not (fw.cost_keys & fw.first_keys) or v.level1 not in fw.cost_keys:
        return None
    if v.level2 in fw.money_cost_keys or not is_money(v.value):
        return None
    return hit(
        f"以金额计的成本{q(v.name)}{q(v.raw)}放在了{q(v.indicator.level2)}下，应列为经济成本指标。",
        field="level2",
    )


C105 = TABLE.rule("C105", _misfiled_cost)

RULES = (C101, C102, C103, C104, C105)
