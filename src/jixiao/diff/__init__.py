"""版本差异 (differences between two versions of a plan).

>>> from jixiao.diff import diff_plans
>>> diff = diff_plans(old_plan, new_plan)     # doctest: +SKIP
>>> diff.summary()                            # doctest: +SKIP
'3 处修改：1 个项目，2 个指标'
"""

from jixiao.diff.align import Alignment, align
from jixiao.diff.changes import Change, ChangeKind, ChangeScope, PlanDiff
from jixiao.diff.plan_diff import diff_plans, diff_projects

__all__ = [
    "Alignment",
    "Change",
    "ChangeKind",
    "ChangeScope",
    "PlanDiff",
    "align",
    "diff_plans",
    "diff_projects",
]
