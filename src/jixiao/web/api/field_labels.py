"""The Chinese names of the API's input fields, for the ``detail`` of a refused request.

The pages show ``detail`` as it is: a unit's finance staff who typed "abc" as the budget
read "预算数（万元）：应为数字", not "budget_total：应为数字". Machines keep the field paths
in the response's ``errors`` list.
"""

from __future__ import annotations

from typing import Any

# One name per field of the input schemas (api/schemas.py); the same word means the same
# thing in every schema that has it.
FIELD_LABELS = {
    # 项目 (ProjectIn, NewProjectIn)
    "lock_version": "版本号",
    "code": "项目编码",
    "name": "项目名称",
    "unit_code": "单位",
    "unit_name": "单位名称",
    "budget_total": "预算数（万元）",
    "budget_fiscal": "财政资金（万元）",
    "budget_other": "其他资金（万元）",
    "purpose": "资金用途",
    "spend_plan": "资金支出计划",
    "goals": "绩效目标",
    "indicators": "绩效指标",
    # 指标 (IndicatorIn)
    "id": "编号",
    "level1": "一级指标",
    "level2": "二级指标",
    "level3": "三级指标",
    "description": "指标描述",
    "value": "指标值",
    "basis": "指标值确定依据",
    # 部门整体绩效目标 (GoalsIn, SubGoalIn)
    "overall_goal": "总体绩效目标",
    "sub_goals": "分项绩效目标",
    "measures": "工作保障措施",
    "title": "标题",
    "goal": "绩效目标",
    "indicator": "绩效指标",
    # 意见、流程、审核发现处理
    "text": "意见",
    "project_id": "项目",
    "indicator_id": "指标",
    "action": "操作",
    "comment": "说明",
    "disposition": "处理状态",
    "note": "说明",
}

# Lists whose items are rows a person sees numbered: "绩效指标第3行".
ROWS = frozenset({"indicators", "sub_goals", "goals", "measures"})

_SKIPPED = ("body", "payload", "query", "path")


def field_label(loc: Any) -> str:
    """``["body", "payload", "indicators", 0, "value"]`` → ``绩效指标第1行“指标值”``;
    ``["body", "payload", "budget_total"]`` → ``预算数（万元）``; a field without a
    Chinese name keeps its own (``spend_plan.3月底`` → ``资金支出计划“3月底”``)."""
    parts = [p for p in (loc or []) if p not in _SKIPPED]
    said = ""
    row_of: str | None = None
    for part in parts:
        if isinstance(part, int):
            said += f"第{part + 1}{'行' if row_of else '项'}"
            row_of = None
            continue
        name = FIELD_LABELS.get(str(part), str(part))
        if not said:
            said = name
        else:  # a row's column, or a key of a mapping (a month of the spending plan)
            said += f"“{name}”"
        row_of = str(part) if str(part) in ROWS else None
    return said or "请求"
