"""Form labels a header block's value is never: a blank form prints its labels one after
another ('项目名称 | 项目类型 | 主管部门编码 | 主管部门名称 | 项目实施单位 | 项目负责人 |
联系电话'), and a report's cover lists 'label：value' lines under an empty one ('主管部门:'
then '评价时间: 2017年9月13日至…').

A name, department, implementer or 负责人 is read from the cells after its label only up to
the first cell that is such a label: a known field label with a label's ending ('主管部门'
+ '编码'), a contact label ('联系电话'), or a 'label：value' pair whose label ends as labels
do ('评价时间：', '组织方式：', '评价单位：').
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.vocabulary import normalise, vocabulary

# what a label adds to a known label to name a neighbouring field: 主管部门 + 编码 / 名称
_ENDINGS = ("编码", "代码", "名称", "电话", "联系电话", "号码", "及电话")
_CONTACT = re.compile(r"^(?:联系)?(?:电话|联系人|联系方式|手机)(?:号码)?$")
_ENDS = "时间|日期|方式|类型|机构|单位|部门|名称|电话|编码|代码|人|公章|盖章|意见"
_PAIR = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:" + _ENDS + r")[:：]")
# ... or such a label standing empty, its colon last ('审核单位：' on a cover left to fill in)
_EMPTY_PAIR = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:" + _ENDS + r")\s*[:：]\s*$")
# a code before a unit's name ('[101]', '411001-'), or after it under 主管部门及代码
# ('原州区宗教事务局116422210101621779'); a sentence's end after it
# ('项目主管部门:昌宁县农业农村局。')
_CODE_PREFIX = re.compile(r"^(?:\[\d+\]|\d{2,12}\s*[-—－]\s*)")
_CODE_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff)）])\s*\d{6,}$")
_SENTENCE_END = re.compile(r"[。;；,，]+$")
# what a form prints where the name goes, or a published copy masks it with: '(盖章)', '****'
_NAME_PLACEHOLDER = re.compile(r"[(（\[【]?[盖签][章字][)）\]】]?|[*＊×xX]+|[\s:：]")
SEARCHED = frozenset({"name", "department", "implementer", "manager"})


def is_form_label(text: str) -> bool:
    """Whether a cell is a form's label (see the module docstring), not a value."""
    bare = normalise(text)
    if not bare:
        return False
    if _CONTACT.match(bare) or _PAIR.match(bare) or _EMPTY_PAIR.match(text.strip()):
        return True
    words = vocabulary()
    return any(
        bare.endswith(ending) and words.field_of(bare[: -len(ending)]) is not None
        for ending in _ENDINGS
        if len(bare) > len(ending)
    )


def first_value(field: str, after: list[Cell], is_value: Callable[[str], bool]) -> Cell | None:
    """The first cell after ``field``'s label that is a value; for a name, department,
    implementer or 负责人 none when a form label comes first (its label stands empty)."""
    stops = field in SEARCHED
    for cell in after:
        if stops and is_form_label(cell.text):
            return None
        if is_value(cell.text):
            return cell
    return None


def unit_name(text: str) -> str | None:
    """A department's or implementer's name as a header block states it, its codes and
    a sentence's end cut off; None for a placeholder, a masked name or a form's label
    ('审核意见单位公章:年月日…', a seal's line read after the 主管部门 it follows)."""
    name = _CODE_PREFIX.sub("", text).strip()
    name = _CODE_SUFFIX.sub("", _SENTENCE_END.sub("", name))
    if len(_NAME_PLACEHOLDER.sub("", name)) < 2 or is_form_label(name):
        return None
    return name
