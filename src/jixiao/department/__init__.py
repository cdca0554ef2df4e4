"""部门整体 (the department as a whole): its year-end self-evaluation with the 部门整体支出
绩效 indicator system of a profile (data), the computed indicators (预算执行率, 结转结余率,
三公经费变动率, 政府采购执行率…) from its budget and final-account figures, its goals'
targets, and its projects' self-evaluation results rolled up.
"""

from jixiao.department.figures import DepartmentFigures, measure_value
from jixiao.department.profile import DepartmentProfile, load_department_profile
from jixiao.department.scoring import (
    DepartmentEvaluation,
    DepartmentScore,
    IndicatorScore,
    ProjectResult,
    TargetResult,
    score_department,
)

__all__ = [
    "DepartmentEvaluation",
    "DepartmentFigures",
    "DepartmentProfile",
    "DepartmentScore",
    "IndicatorScore",
    "ProjectResult",
    "TargetResult",
    "load_department_profile",
    "measure_value",
    "score_department",
]
