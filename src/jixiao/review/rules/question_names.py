"""Review round 11 (held-out): a name asked as a yes/no question, a value that is a figure.

- W121: the 三级指标 is written as a question (“资金是否全部纳入医保统筹”, “是否满意”) that
  can only be answered 是 or 否, yet its value is a figure (“100%”, “≥95%”, “75元”): name and
  value do not say the same thing (稷山县医疗保障局 2020 自评表). A “是/否” value is M101's;
  a figure without a unit or a sign (“12.5”, often a 分值 read as the value) and a sentence
  (“预算支出进度达到90%以上”) are left alone. The question words are data
  (review-phrases.json ``question_names``).
"""

from __future__ import annotations

from jixiao.grammar import ValueKind
from jixiao.review.context import IndicatorView
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)


def _question_with_figure(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.kind is not ValueKind.QUANTITATIVE or value.unparsed.strip():
        return None  # a 是/否 value is M101's; a sentence with a figure is no bare figure
    if value.number is None or (value.unit is None and value.direction is None):
        return None  # “12.5”: a bare number, often a 分值 misread as the value
    match = phrases().question_names.search(v.name)
    if match is None:
        return None
    return hit(
        f"三级指标{q(v.name)}是“{match.group(0)}……”的问句，只能回答是或否，"
        f"指标值{q(v.raw)}却是数值：名称与指标值说的不是一回事，年终无从对照。",
        field="level3",
    )


W121 = TABLE.rule("W121", _question_with_figure)

RULES = (W121,)
