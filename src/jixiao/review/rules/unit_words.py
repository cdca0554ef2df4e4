"""Review round 12 (held-out): a count's unit written as the name of the count.

- W124: the unit of a count written with 数 after it — “=9间数” (南县住房保障服务中心 2024
  “门面数量”), “≥80人数” (潼南 “发放人数”): 间数, 人数 name the quantity, the unit is 间,
  人. The grammar already reads the classifier as the unit (“间数” → 间), so only the
  writing is at fault: a notice, as N110 for “百分比”.
"""

from __future__ import annotations

from jixiao.grammar import UnitKind
from jixiao.review.context import IndicatorView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)


def _unit_as_name(v: IndicatorView) -> Hit | None:
    value = v.value
    unit = value.unit
    if value.unit_kind is not UnitKind.COUNT or not unit or value.number is None:
        return None
    written = v.raw.rstrip()
    if not written.endswith(f"{unit}数"):
        return None
    return hit(
        f"指标值{q(v.raw)}的计量单位写成了{q(unit + '数')}（量的名称），应写{q(unit)}。",
        field="value",
    )


W124 = TABLE.rule("W124", _unit_as_name)

RULES = (W124,)
