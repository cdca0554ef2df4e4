"""W129: a project's 立项依据 pointing at documents in general (“各级相关文件要求及部门职责等。”,
held-out round 16, 南岳区青少年校外活动中心专项申报表) and naming none: no title, no 文号,
so nobody can look up why the project was set up.

A 立项依据 that names a document (《…》, a 文号, an 办法 or 通知 of its own) besides its
general words is left alone, as is one without those general words (a misread cell, a
figure's 测算依据: other rules' business). The words are data
(``jixiao/profiles/review-vague-basis.json``).
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.review.context import ProjectView, squeeze
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q
from jixiao.textnorm.wordsearch import alternation

TABLE = rule_table(__name__)
_DATA = "review-vague-basis.json"


def _list(key: str) -> list[str]:
    raw = load_data_file(_DATA)[key]
    assert isinstance(raw, list)
    return [str(w) for w in raw]


@cache
def _generic() -> re.Pattern[str]:
    return alternation([squeeze(w) for w in _list("generic_references")])


@cache
def _document() -> re.Pattern[str]:
    return alternation([squeeze(w) for w in _list("document_words")])


@cache
def _named() -> re.Pattern[str]:
    return re.compile("|".join(_list("named_marks")))


def _vague_basis(p: ProjectView) -> list[Hit]:
    basis = (p.project.basis or "").strip()
    if not basis or _named().search(basis) is not None:
        return []
    text = squeeze(basis)
    general = _generic().findall(text)
    if not general or _document().search(_generic().sub("", text)) is not None:
        return []  # no general words, or a document named besides them
    found = hit(
        f"立项依据只写{q(basis, 40)}，泛指{'、'.join(dict.fromkeys(general))}，没有写明"
        "具体文件的名称和文号：立项依据无从核对。",
        field="basis",
    )
    return [found]


W129 = TABLE.rule("W129", _vague_basis)

RULES = (W129,)
