"""The department a 公开 or 决算 document is about, from the title that names it:
'昭通市大关县天星镇中心卫生院2021年部门决算公开表', '教育局 2020年部门预算' or
'2015年桂林市司法局部门“三公”经费情况统计表'.

Only a title or the start of a long flattened line is read (a sentence of the
explanation further on names nothing). The name is Chinese characters only, so a
unit code or '附件1:' before it is not part of it, nor a part heading's '第二部分'
('第二部分中共双鸭山市委统战部2021年部门预算报表').
"""

from __future__ import annotations

import re

_NAME = r"(?P<name>[\u4e00-\u9fff()（）]{2,40}?)"
_YEAR = r"(?:19|20)\d{2}年度?"
_PATTERNS = (
    re.compile(_NAME + _YEAR + r"部门(?:预算|决算)"),
    re.compile(_YEAR + _NAME + r"部门(?:预算|决算|“三公”|\"三公\")"),
)
_PART = re.compile(r"^第[一二三四五六七八九十]{1,3}部分")
# the text speaking of itself ('本部门在2021年度部门决算中反映…'): no department's name
_SELF = ("本部门", "本单位", "我部门", "我单位")
HEAD = 120  # how much of a long line can be its title
TITLE_LENGTH = 60


def stated_department(texts: list[str]) -> str | None:
    """The department named first by a title (``texts`` normalised, in order)."""
    heads = [text if len(text) <= TITLE_LENGTH else text[:HEAD] for text in texts]
    for pattern in _PATTERNS:
        for text in heads:
            match = pattern.search(text)
            name = _PART.sub("", match.group("name")) if match else ""
            if name and not name.startswith(_SELF):
                return name
    return None
