"""Held-out vocabulary: the same defect classes as W109, M115 and R107's seen classes, written
with words the rules' data were never shown.

The seen classes (mutations.py) append 情况, misspell 率 as 律 and name the 承建单位 — the very
words the rules' lexicons list. These variants are what a reviewer recognises just as well:
other filler words, other typing slips of a rate name (homophones typed by a pinyin input
method), other contractors and the unit itself as respondents. Each document gets one variant,
chosen from its first project's name, so a run is reproducible and the variants spread over the
corpus. tests/review/test_defects.py checks that none of these words is in the rules' data.
"""

from __future__ import annotations

import zlib

from jixiao.model import DepartmentPlan
from tests.review.defects.mutations import (
    Target,
    _first,
    _is_satisfaction,
    mutation,
    near_duplicate_with,
)

# words a name may gain without changing what it measures (the rules know 情况 工作 方面 程度)
HELD_OUT_FILLERS = ("状况", "水平", "成效", "落实", "效果", "任务")
# (right, wrong) homophone slips of a pinyin input method (the rules know 率→律, 及→既 …)
HELD_OUT_SLIPS = (
    ("率", "绿"),
    ("盖", "概"),
    ("格", "各"),
    ("成", "城"),
    ("时", "实"),
    ("标", "表"),
    ("位", "为"),
    ("收", "受"),
    ("行", "型"),
    ("率", "虑"),
)
# respondents who are not the service's recipients (the rules know 承建单位, 供应商, 本单位 …)
HELD_OUT_RESPONDENTS = (
    "中标企业",
    "供货商",
    "施工队伍",
    "代建单位",
    "设计单位",
    "监理公司",
    "承接单位",
    "本局干部职工",
    "项目建设单位",
    "勘察单位",
)


def _pick(plan: DepartmentPlan, options: tuple[str, ...]) -> str:
    seed = plan.projects[0].name if plan.projects else ""
    return options[zlib.crc32(seed.encode("utf-8")) % len(options)]


@mutation
def near_duplicate_held_out_filler(plan: DepartmentPlan) -> Target | None:
    return near_duplicate_with(plan, _pick(plan, HELD_OUT_FILLERS))


def _slip(name: str, plan: DepartmentPlan) -> str | None:
    """The rate name with one held-out homophone slip in its last three characters."""
    tail = name[-3:]
    start = len(name) - len(tail)
    fitting = [(r, w) for r, w in HELD_OUT_SLIPS if r in tail]
    if not fitting:
        return None
    seed = plan.projects[0].name if plan.projects else ""
    right, wrong = fitting[zlib.crc32(seed.encode("utf-8")) % len(fitting)]
    at = start + tail.rindex(right)
    return name[:at] + wrong + name[at + 1 :]


@mutation
def misspelt_rate_held_out(plan: DepartmentPlan) -> Target | None:
    def fits(name: str) -> bool:
        return name.endswith("率") and len(name) >= 3 and _slip(name, plan) is not None

    return _first(
        plan,
        lambda ind, _v: fits(ind.level3.strip()),
        lambda ind, _v: setattr(ind, "level3", _slip(ind.level3.strip(), plan)),
    )


@mutation
def satisfaction_of_held_out_respondents(plan: DepartmentPlan) -> Target | None:
    who = _pick(plan, HELD_OUT_RESPONDENTS)
    return _first(
        plan,
        lambda ind, _v: _is_satisfaction(ind) and who not in ind.level3,
        lambda ind, _v: setattr(ind, "level3", f"{who}满意度"),
    )
