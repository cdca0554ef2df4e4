"""A self-evaluation grid glued into one line whose rows each close with a verdict.

``一级指标二级指标三级指标年初目标值实际完成值未完成原因及改进措施产出指标产出数量
灭火设备配备率100%1000件达成预期指标监控系统维护率100%5个达成预期指标产出质量…``: when
the columns after the name are the target, the actual and a 未完成原因 (deviation)
column, and that column holds a stock word saying the target was met (``达成预期指标``:
``glued_outcomes.verdicts`` in import-headers.json), each such word ends a row — the
only mark left of where one row stops and the next begins. Each row is then its level
labels (by the framework's names), a name, the target (a sign, a number, a unit; or the
是 / 否 answering a ``是否…`` name) and, when a second figure follows, the actual.
A row with no second figure has its verdict where the actual column is, so the verdict
is its actual. Rows are read in a chain from the header on; the chain stops at the
first text that is not such a row (a row cut by the page, prose after the table).
"""

from __future__ import annotations

import re
from functools import cache

from jixiao import packs
from jixiao.importers.mapping.glued import glued_header_run
from jixiao.importers.mapping.glued_outcomes import glued_labels, label_at
from jixiao.importers.mapping.prose_indicators import figure_pattern
from jixiao.importers.mapping.vocabulary import compact, vocabulary
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified
from jixiao.textnorm.alternation import alternation

_ROLES = ["value", "actual", "deviation"]  # the columns after the name, in this order
_ROW_MAX = 60  # characters of one row (labels, name, target, actual)
_HEADER_TAIL = 8  # characters of a header word the header run left ('…及改进措施')
_ACTUAL = re.compile(r"\d+(?:\.\d+)?(?:[%‰]|[\u4e00-\u9fffA-Za-z]){0,4}$")
_ANSWER = re.compile(r"(?P<name>.*是否.+?)(?P<value>[是否])$")  # '公众知晓度是否明显提高是'


@cache
def _verdicts() -> re.Pattern[str]:
    words = packs.merged_data("import-headers.json")["glued_outcomes"]["verdicts"]
    return re.compile(alternation(words))


@cache
def _row() -> re.Pattern[str]:
    """A row's name, target and optional actual figure, up to its verdict."""
    figure = figure_pattern().pattern.removesuffix("$")
    return re.compile(
        rf"(?P<name>.{{2,}}?)(?P<value>{figure})(?P<actual>{_ACTUAL.pattern.removesuffix('$')})?"
    )


def verdict_rows(raw: str, source: SourceRef, *, simplify: bool = False) -> list[Indicator]:
    """The rows of such a glued grid in the paragraph ``raw``, or []."""
    written = compact(raw)
    text = to_simplified(written)
    if simplify or len(text) != len(written):
        written = text
    if _verdicts().search(text) is None:
        return []  # (most paragraphs: no verdict word, nothing else to do)
    run = glued_header_run(text)
    if run is None or [vocabulary().role_of(w) for w in run[0][-3:]] != _ROLES:
        return []
    position = _first_label(text, run[2])
    if position is None:
        return []
    level1 = level2 = ""
    found: list[Indicator] = []
    while (verdict := _verdicts().search(text, position)) is not None:
        if verdict.start() - position > _ROW_MAX:
            break
        start, level1, level2 = _labels(text, position, verdict.start(), level1, level2)
        indicator = _indicator(written[start : verdict.start()], verdict.group(), level1, level2)
        if indicator is None:
            break
        indicator.sources["level3"] = source
        found.append(indicator)
        position = verdict.end()
    return found


def _labels(text: str, start: int, end: int, level1: str, level2: str) -> tuple[int, str, str]:
    """The labels a row opens with: a 一级, a 二级 or a 一级 then a 二级 — no more, so a name
    opening with a level's word stays whole ('产出成本' + '成本控制数(万元)')."""
    first = label_at(text, start, end)
    if first is None:
        return start, level1, level2
    # (each label read alone: the end given leaves room for that label only)
    start, level1, level2 = glued_labels(text, start, start + len(first[0]) + 2, level1, level2)
    second = label_at(text, start, end)
    if first[1] == "level1" and second is not None and second[1] == "level2":
        start, level1, level2 = glued_labels(
            text, start, start + len(second[0]) + 2, level1, level2
        )
    return start, level1, level2


def _first_label(text: str, end: int) -> int | None:
    """Where the rows start: the first level label within the header word's tail."""
    for position in range(end, min(end + _HEADER_TAIL, len(text)) + 1):
        if label_at(text, position, len(text)) is not None:
            return position
    return None


def _indicator(body: str, verdict: str, level1: str, level2: str) -> Indicator | None:
    """One row's name, target and actual (its verdict when no figure is left for it)."""
    row = _row().fullmatch(body)
    if row is not None:
        value, actual = row.group("value"), row.group("actual") or verdict
        name = row.group("name")
    else:
        answer = _ANSWER.fullmatch(body)
        if answer is None:
            return None
        name, value, actual = answer.group("name"), answer.group("value"), verdict
    for written, symbol in ((">=", "≥"), ("<=", "≤")):
        value = value.replace(written, symbol)
    return Indicator(level1=level1, level2=level2, level3=name, value=value, actual=actual)
