"""A total score a report's prose writes right after the grade it states, in one
sentence: '自评绩效等级为“优”,分数为97分', '综合评定为优秀,得分95分'.

A bare score word ('分数', '得分', pack data ``graded_labels`` of
``profiles/import-stated-totals.json``) names any score — a survey's, an indicator's —
so it names the total only where it opens the clause right after a stated grade
(``prose_grade``'s grading noun, link and grade word), or where the grade follows its
figure in the next clause ('开展绩效评分100分,自评为优': ``graded_after`` words, then a grade
word closing the clause): '满意度调查分数为97分' or '等级为优,指标得分20分' give none. The
figure is followed by 分 and lies in (0, 100]. It also names the total in the clause a
self-assessment opens ('经自评,我委得分98分': ``assessed_leads``), after a subject of at most
four characters that names no survey or indicator ('经自评,满意度得分10分' gives none).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.mapping.prose_grade import grade_sentence, grade_words
from jixiao.textnorm import to_simplified
from jixiao.textnorm.alternation import alternation

_FULL = Decimal(100)


@cache
def _pattern() -> re.Pattern[str]:
    labels = alternation(packs.merged_data("import-stated-totals.json")["graded_labels"])
    return re.compile(
        rf"(?:{grade_sentence().pattern})[)）\]】”」'\"]?\s*(?:等级|等次|级)?\s*[,，;；]\s*"
        rf"(?:{labels})\s*(?:为|是|[:：])?\s*(?P<n>\d{{1,3}}(?:\.\d{{1,2}})?)\s*分"
    )


@cache
def _before_grade() -> re.Pattern[str]:
    data = packs.merged_data("import-stated-totals.json")
    labels, verbs = alternation(data["graded_labels"]), alternation(data["graded_after"])
    grades = grade_words()
    return re.compile(
        rf"(?:{labels})\s*(?:为|是|[:：])?\s*(?P<n>\d{{1,3}}(?:\.\d{{1,2}})?)\s*分\s*[,，;；]\s*"
        rf"(?:{verbs})\s*[(（\[【“「'\"]?(?:{grades})[)）\]】”」'\"]?\s*(?:等级|等次|级)?\s*(?:[。,，;；]|$)"
    )


@cache
def _assessed() -> re.Pattern[str]:
    data = packs.merged_data("import-stated-totals.json")
    labels, leads = alternation(data["graded_labels"]), alternation(data["assessed_leads"])
    return re.compile(
        rf"(?:{leads})\s*[,，]?\s*(?P<s>[\u4e00-\u9fff]{{0,4}}?)(?P<l>{labels})\s*(?:为|是|[:：])?\s*"
        r"(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*分"
    )


@cache
def _not_subjects() -> tuple[str, ...]:
    data = packs.merged_data("import-stated-totals.json")
    return (*data["assessed_not_subjects"], *data["not_near_score"])


@cache
def _labelled() -> tuple[str, ...]:
    data = packs.merged_data("import-stated-totals.json")
    return (*data["total_labels"], *data["score_labels"])


def _assessed_totals(text: str) -> list[Decimal]:
    """'经自评,我委得分98分': the score of the clause a self-assessment opens; one whose words
    make a total or score label ('经自评,综合评分95分') is the labelled reader's."""
    found = []
    for match in _assessed().finditer(text):
        subject, named = match.group("s"), match.group("s") + match.group("l")
        if any(word in subject for word in _not_subjects()):
            continue
        if not named.endswith(_labelled()):
            found.append(Decimal(match.group("n")))
    return found


def graded_totals(text: str) -> list[Decimal]:
    """The totals a text writes right after its stated grade, in order."""
    if "分" not in text or not any(word in text for word in "等评評"):
        return []  # no grade stated, or no score: most lines
    text = to_simplified(unicodedata.normalize("NFKC", text))
    found = [Decimal(m.group("n")) for m in _pattern().finditer(text)]
    found += [Decimal(m.group("n")) for m in _before_grade().finditer(text)]
    found += _assessed_totals(text)
    return [score for score in found if 0 < score <= _FULL]
