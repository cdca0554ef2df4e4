"""W122: a self-evaluation row whose 年度指标值 is words (“有所提升”, “进一步完善”) and whose
实际完成值 is a bare percentage (“100%”), held-out round 17 (大英县民政局 孤儿助学): the
percentage says neither what was done nor how far the worded target was reached.

A rate (“…率”, “…比例”, “满意度”) is left out, named in the 三级 or written in the target's
cell: its 100% is the measure, the worded target is the fault (M102 says so); so are the
stock verdicts (“已完成100%”, N208's). The endings are data (``review-round17-words.json``).
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.grammar import parse_value
from jixiao.grammar.indicator_value import ValueKind
from jixiao.review.context import ProjectView, squeeze
from jixiao.review.phrases import phrases
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q, rows_alone
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)
_WORDED = frozenset({ValueKind.VAGUE, ValueKind.TEXT})


@cache
def _rate() -> re.Pattern[str]:
    endings = load_data_file("review-round17-words.json")["rate_endings"]
    assert isinstance(endings, list)
    return re.compile(f"(?:{'|'.join(map(re.escape, map(str, endings)))})$")


def _percent_for_words(p: ProjectView) -> list[Hit]:
    hits = []
    for v in p.indicators:
        actual = v.indicator.actual
        if not actual or v.value.kind not in _WORDED:
            continue
        if _rate().search(v.name) or _rate().search(v.raw.strip()):
            continue  # '验收合格率 合格 → 100%': the rate's figure, the target is the fault
        if squeeze(actual).replace("％", "%") in phrases().stock_actuals:
            continue  # '已完成100%': N208's
        done = parse_value(actual)
        if done.kind is not ValueKind.QUANTITATIVE or done.unit != "%":
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}的年度指标值{q(v.raw, 16)}是文字表述，实际完成值却只写"
                f"{q(actual)}：一个百分比说不出做成了什么、达到了什么程度，无法与目标对照计分。",
                field="actual",
                indicator_index=v.index,
            )
        )
    return hits


W122 = TABLE.rule("W122", _percent_for_words, applies_to=is_self_evaluation, shared_by=rows_alone)

RULES = (W122,)
