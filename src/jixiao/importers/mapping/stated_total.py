"""The 总分 a self-evaluation states outside a label cell the header block reads: glued
into a flattened line ('…主管部门自评总分(分)97.6部门联系人…', '指标2:总分10098'), in a
report's prose ('综合评价得分为 99.8分', '(一)自评得分99分'; a bare '分数为97分' right
after the grade it states, ``graded_score``), as the pair of a grid's
last row ('合计 | 100 | 96'), or as a result table's row that has lost its label: the full
marks, the score and the grade alone on their line ('100.00 | 94.04 | 优', a 绩效评价结果
table whose 一级 names were dropped) — the grade word says the row is a result, the full
marks 100 that it is the total, not a group's ('55.00 | 49.04 | 优').

The labels are pack data (``profiles/import-stated-totals.json``). A total label
('总分', '自评总分', '综合评价得分' …) names the total wherever it stands; a score label
('自评得分', '自评分' …) also names a row's score, so it counts only when the words just
before it name no row ('实际完成值≥90%,自评得分20分' is an indicator's). Words of a rule
('分值统一设置为…') before either make it no statement. The figure is the number right
after the label (a '(分)', '为' or '：' between); '总分 100 98' and a glued '总分10098'
are the full marks then the score, and so are '总分', '100', '98' one per line. A total
lies in (0, 100].

Only a project without a 总分 takes one: a single project when every total the text
states is the same; several projects when the text states exactly one total each, in
order, agreeing with those already read. Each figure keeps its line as source.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache
from typing import Any

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.graded_score import graded_totals
from jixiao.importers.mapping.prose_grade import grade_words
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified
from jixiao.textnorm.alternation import alternation

_WINDOW = 12  # characters before a label searched for words of a rule or a row
_FULL = Decimal(100)
_FIGURE = r"\d{1,6}(?:\.\d{1,3})?"
_END = r"(?![\d.%％月日])"
_FULL_MARKS = re.compile(r"^\s*100(?:\.0+)?\s*$")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = packs.merged_data("import-stated-totals.json")
    return data


@cache
def _pattern() -> re.Pattern[str]:
    data = _data()
    return re.compile(
        rf"(?:(?P<total>{alternation(data['total_labels'])})"
        rf"|(?P<score>{alternation(data['score_labels'])}))"
        r"\s*(?:[(（]\s*分\s*[)）])?\s*(?:为|是|达到|[:：])?\s*"
        rf"(?P<n>{_FIGURE}){_END}(?:\s*分)?"
        rf"(?:\s+(?P<n2>{_FIGURE}){_END})?"
    )


@cache
def _sum_pattern() -> re.Pattern[str]:
    """'合计 100 96' standing alone on its line: the 分值 total, then the 得分 total."""
    return re.compile(
        rf"^\s*(?:{alternation(_data()['sum_labels'])})\s*100(?:\.0+)?\s+"
        rf"(?P<n2>{_FIGURE})\s*$"
    )


@cache
def _graded_row() -> re.Pattern[str]:
    """'100.00 | 94.04 | 优' joined: the full marks, the score, a grade, nothing else."""
    return re.compile(rf"^\s*100(?:\.0+)?\s+(?P<n2>{_FIGURE})\s+(?:{grade_words()})\s*$")


def _graded_row_total(text: str) -> Decimal | None:
    if "100" not in text:  # most lines: no full marks, no conversion
        return None
    match = _graded_row().match(to_simplified(unicodedata.normalize("NFKC", text)))
    return None if match is None else _checked(Decimal(match.group("n2")))


def total_of(first: str, second: str | None) -> Decimal | None:
    """The score a label's figures state: '98'; '100 98' (full marks, then the score);
    a glued '10098' read the same way. None when no score in (0, 100] is meant."""
    number = Decimal(first)
    if second is not None and number == _FULL:
        return _checked(Decimal(second))
    if number <= _FULL:
        return _checked(number)
    rest = first[3:]
    if first.startswith("100") and rest and rest[0] != "0":
        return _checked(Decimal(rest))
    return None


def _checked(score: Decimal) -> Decimal | None:
    return score if 0 < score <= _FULL else None


def _near(text: str, start: int, words: list[str]) -> bool:
    before = text[max(0, start - _WINDOW) : start]
    return any(word in before for word in words)


def stated_totals(text: str) -> list[Decimal]:
    """The totals a line or paragraph states, in order."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    data = _data()
    found: list[Decimal] = []
    for match in _pattern().finditer(text):
        rule = data["not_near_total"] if match.group("total") else data["not_near_score"]
        if _near(text, match.start(), rule):
            continue
        total = total_of(match.group("n"), match.group("n2"))
        if total is not None:
            found.append(total)
    whole = _sum_pattern().match(text)
    if whole is not None and (total := _checked(Decimal(whole.group("n2")))) is not None:
        found.append(total)
    return found + graded_totals(text)  # '等级为“优”,分数为97分' (see graded_score)


def _found(blocks: list[Block]) -> list[tuple[Decimal, SourceRef]]:
    found: list[tuple[Decimal, SourceRef]] = []
    label = ""  # a line that is a label alone ('(一)自评得分'), its figure on the next
    for block in blocks:
        # a line the text reader cut at its spaces is read as the line it was
        text = block.raw if isinstance(block, Paragraph) else " ".join(block.raws())
        if not text.strip():
            continue
        if label and _FULL_MARKS.match(text):
            # '总分' / '100' / '99' one per line: the full marks, the score on the next line
            label = f"{label}{text.strip()} "
            continue
        text, label = label + text, _label_alone(text)
        if (graded := _graded_row_total(text)) is not None:
            found.append((graded, block.source.with_raw(text)))
            continue
        if "分" not in text and "计" not in text and "計" not in text:
            continue
        found.extend((total, block.source.with_raw(text)) for total in stated_totals(text))
    return found


def _label_alone(text: str) -> str:
    """The line when it is a label alone ('(一)自评得分', '总分：'), else '' (a header row
    ending in its 自评得分 column is no label whose figure follows)."""
    simple = to_simplified(unicodedata.normalize("NFKC", text)).strip()
    match = _label_end().search(simple)
    return match.group(0) if match is not None else ""


@cache
def _label_end() -> re.Pattern[str]:
    data = _data()
    labels = alternation(data["total_labels"] + data["score_labels"])
    heading = r"(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?"
    return re.compile(rf"^{heading}(?:{labels})\s*(?:[(（]\s*分\s*[)）])?\s*[:：]?$")


def read_stated_totals(projects: list[Project], blocks: list[Block]) -> None:
    """Projects without a 总分 take the one the text states (see the module's rules)."""
    if not projects or all(p.total_score is not None for p in projects):
        return
    found = _found(blocks)
    if not found:
        return
    if len(projects) == 1:
        if len({total for total, _ in found}) == 1:
            projects[0].total_score, projects[0].sources["total_score"] = found[0]
        return
    if len(found) != len(projects):
        # a title read as a project of its own: the projects with rows take the totals
        projects = [p for p in projects if p.indicators]
        if len(found) != len(projects):
            return
    read = [(p, hit) for p, hit in zip(projects, found, strict=True) if p.total_score is not None]
    if any(p.total_score != hit[0] for p, hit in read):
        return  # the totals found are not those of the projects, in order
    for project, (total, source) in zip(projects, found, strict=True):
        if project.total_score is None:
            project.total_score, project.sources["total_score"] = total, source
