"""The 一级 / 二级 and scoring labels that open a glued self-evaluation grid's rows,
and the same labels as text recognition misreads them ('项Fl实施' for 项目实施)."""

from __future__ import annotations

import re
from functools import cache

from jixiao.importers.mapping.scoring_levels import scoring_labels
from jixiao.importers.mapping.vocabulary import vocabulary


@cache
def grid_labels() -> list[str]:
    words = vocabulary()
    return sorted({*words.level1, *words.level2, *scoring_labels()}, key=len, reverse=True)


@cache
def _misread_labels() -> tuple[re.Pattern[str], dict[str, str]]:
    """Labels of four characters or more with one character read as one or two Latin
    letters by text recognition ('项Fl实施' for 项目实施), as one pattern."""
    variants: dict[str, str] = {}
    for label in grid_labels():
        if len(label) >= 4:
            for i in range(len(label)):
                variants[re.escape(label[:i]) + "[A-Za-z]{1,2}" + re.escape(label[i + 1 :])] = label
    pattern = "|".join(f"(?P<l{n}>{v})" for n, v in enumerate(variants))
    return re.compile(pattern), {f"l{n}": label for n, label in enumerate(variants.values())}


def misread_label(bare: str, position: int) -> tuple[str, int] | None:
    """The label text recognition misread at ``position`` and the length it takes."""
    if not re.match(r"[^\W\d_]{0,3}[A-Za-z]", bare[position : position + 5]):
        return None  # (no Latin letter near: the usual case, no pattern run)
    pattern, labels = _misread_labels()
    found = pattern.match(bare, position)
    if found is None or found.lastgroup is None:
        return None
    return labels[found.lastgroup], found.end() - position


def next_label(bare: str, start: int) -> int:
    found = [i for w in grid_labels() if (i := bare.find(w, start)) >= 0]
    return min(found, default=len(bare))


def label_within(name: str) -> int:
    """Where a whole level label ('服务对象满意度', '…指标') begins inside a row's name,
    leaving a name after it (0 when none): what stands before it is no name but labels
    text recognition garbled ('益标效指意指斥满度打' + '服务对象满意度' + the name)."""
    for index in range(1, len(name) - 2):
        for label in grid_labels():
            whole = label.endswith("指标") or len(label) >= 6
            if whole and name.startswith(label, index) and len(name) - index - len(label) >= 2:
                return index
    return 0
