"""An indicator named by its own 二级: '服务对象满意度指标:服务对象满意度≥80%'.

A name that is a level word is normally a label, not an indicator; but a report often
names its 满意度 indicator with the very words of the 二级 that heads the run. Such a
name is read when it is the same 二级 (by the vocabulary) as the run's label and its
value is a measured figure: a sign (≥, ≤, >, <) or a percent. A level word after another
level ('数量指标:质量指标90%') or with a bare count stays a label.
"""

from __future__ import annotations

from jixiao.importers.mapping.vocabulary import vocabulary

_MEASURED = ("≥", "≤", ">", "<", "%")


def names_own_level(name: str, level2: str, value: str) -> bool:
    """Whether ``name`` (a level word) is the indicator of the run headed by ``level2``."""
    if not level2 or not any(mark in value for mark in _MEASURED):
        return False
    words = vocabulary()
    own = words.level(name, words.level2)
    return own is not None and own == words.level(level2, words.level2)
