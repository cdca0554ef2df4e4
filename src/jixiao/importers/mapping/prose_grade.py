"""A 自评等级 written in a report's prose: '评价得分及绩效等级为（良）', '自评等级：优',
'自评绩效等级为“优”', '综合评定为优秀', '评价结果为良好等次'.

A grade word counts only right after a grading noun (等级, 等次, 评级, 评定, 评价结果,
自评结果) and a linking word or mark (为, 是, 定为, '：'), in brackets or quotes or not, and only
when it stands alone: a form's list of the grades ('自评等级：优/良/中/差', '等级为优、良')
or a word going on ('等级为优秀的项目') gives none, nor does another verdict
('质量鉴定为合格'). A document whose prose states two different grades states none
that can be taken. The sentence is kept as the grade's source.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.vocabulary import vocabulary
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

_NOUN = (
    r"(?:(?:自评|评价|绩效|综合|考核|评定)?(?:等级|等次|评级)|综合评定|评价结果|自评结果|考核结果)"
)
_LINK = r"(?:评定为|确定为|定为|认定为|为|是|[:：])"
# what may follow a grade that stands alone: an end of clause, a bracket, 等级 / 等次
_AFTER = r"(?=[)）\]】”」'\"]?\s*(?:等级|等次|级)?\s*(?:[。，,；;.!！\s]|$))"


@cache
def grade_words() -> str:
    """The stated grade words as one regex alternation, the longest first."""
    words = sorted(vocabulary().stated_grades, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words if not w.isascii())


@cache
def grade_sentence() -> re.Pattern[str]:
    grades = grade_words()
    return re.compile(rf"{_NOUN}\s*{_LINK}\s*[(（\[【“「'\"]?\s*(?P<grade>{grades}){_AFTER}")


def stated_grades(text: str) -> list[str]:
    """The grades the text states in prose, in order."""
    text = unicodedata.normalize("NFKC", text)
    return [m.group("grade") for m in grade_sentence().finditer(text)]


def prose_grade(blocks: list[Block]) -> tuple[str, SourceRef] | None:
    """The one grade the document's paragraphs state, with the paragraph it is read from;
    None when they state none or two different ones."""
    found: list[tuple[str, SourceRef]] = []
    for block in blocks:
        # a line the text reader cut at its spaces is read as the line it was
        text = block.raw if isinstance(block, Paragraph) else " ".join(block.raws())
        if "等" not in text and "评" not in text:
            continue
        for grade in stated_grades(text):
            found.append((grade, block.source.with_raw(text)))
    if not found or len({grade for grade, _ in found}) > 1:
        return None
    return found[0]


def read_prose_grade(projects: list[Project], blocks: list[Block]) -> None:
    """A single project without a grade takes the one its report states in prose."""
    if len(projects) != 1 or projects[0].grade is not None:
        return
    found = prose_grade(blocks)
    if found is not None:
        projects[0].grade, projects[0].sources["grade"] = found
