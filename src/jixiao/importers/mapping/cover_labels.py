"""A cover's field labels glued on one line with their values, no separator between a
value and the next label (a PDF's text layer, one line):

    '财政项目支出绩效评价报告 项目名称:2018年上海市审计局审计专项工作经费项目单位:上海市审计局
    主管部门:上海市审计局委托单位:上海市审计局评价机构:上海浦江会计师事务所…'

A value is cut at the next label only where the labels found, each with its colon, follow
one template's order (``cover_forms`` of ``profiles/import-headers.json``): a label word
inside a value ('市直单位运转经费', '主管部门培训经费') has no colon, and a label out of
the template's order ends the run. The last value runs on into the text after it and is
not taken; an empty value ends the run too, and so does a label ending in a shorter one
('…改造项目主管部门:' may be a name ending in 项目 before 主管部门, or 项目主管部门).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.vocabulary import normalise, vocabulary


@cache
def _forms() -> tuple[re.Pattern[str], tuple[dict[str, int], ...]]:
    """Every form's labels with their colon as one pattern, and each form's label -> place."""
    forms = packs.merged_data("import-headers.json")["cover_forms"]
    places = tuple(
        {label: place for place, group in enumerate(form) for label in group} for form in forms
    )
    labels = sorted({label for form in places for label in form}, key=len, reverse=True)
    pattern = re.compile("(" + "|".join(re.escape(label) for label in labels) + ")[:：]")
    return pattern, places


def _in_order(labels: list[str], place: dict[str, int]) -> int:
    """How many of ``labels`` follow the form's order from the first."""
    if not labels or labels[0] not in place:
        return 0
    count = 1
    while count < len(labels) and place.get(labels[count], -1) > place[labels[count - 1]]:
        count += 1
    return count


def _ends_ambiguously(label: str, forms: tuple[dict[str, int], ...]) -> bool:
    """Whether a shorter label ends ``label`` ('项目主管部门' / '主管部门'): the value before
    it may end in the longer label's first words ('…改造项目' + '主管部门:'), no cut is sure."""
    return any(other != label and label.endswith(other) for place in forms for other in place)


def cover_fields(text: str) -> dict[str, str]:
    """The project fields ('name', 'department', 'implementer') of a glued run of cover
    labels in ``text``; nothing where fewer than two labels follow a template's order."""
    pattern, forms = _forms()
    bare = normalise(text)
    found = list(pattern.finditer(bare))
    if len(found) < 2:
        return {}
    for start in range(len(found) - 1):
        labels = [m.group(1) for m in found[start:]]
        count = max(_in_order(labels, place) for place in forms)
        if count < 2:
            continue
        fields: dict[str, str] = {}
        run = found[start : start + count]
        for this, following in pairwise(run):
            value = bare[this.end() : following.start()]
            if not value or _ends_ambiguously(following.group(1), forms):
                break
            field = vocabulary().field_of(this.group(1))
            if field is not None:
                fields.setdefault(field, value)
        return fields
    return {}


def cover_name(blocks: list[Block]) -> dict[str, str]:
    """The fields a paragraph's glued cover labels state, when they name the project."""
    for block in blocks:
        if isinstance(block, Paragraph) and (":" in block.raw or "：" in block.raw):
            fields = cover_fields(block.raw)
            if "name" in fields:
                return fields
    return {}
