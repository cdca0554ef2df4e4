"""The audit log's operations in words: the codes stay in the database (stable, searchable),
people read these labels. The workflow's own labels name its steps."""

from __future__ import annotations

from jixiao.workflow import Action, ReportAction
from jixiao.workflow.rectification import RectificationAction

_RECORDED = {
    "import": "导入绩效文本",
    "import_discard": "放弃导入",
    "import_kind": "更正导入文档的类别",
    "import_document": "导入文档",
    "version_restore": "恢复为历史版本",
    "edit_project": "修改项目",
    "edit_goals": "修改部门整体目标",
    "add_project": "新增项目",
    "delete_project": "删除项目",
    "comment": "添加审核意见",
    "open_monitoring": "开始绩效运行监控",
    "edit_progress": "填报监控情况",
    "open_evaluation": "开始绩效自评",
    "edit_evaluation": "填报自评",
    "survey_open": "开始满意度调查",
    "survey_close": "结束满意度调查",
    "rectification_mark": "列为整改事项",
    "dispose_finding": "处理审核发现",
    "task_open": "下发任务",
    "task_deadline": "修改任务截止日期",
    "task_remind": "催报",
    "approve_with_errors": "确认带错误级审核发现批复",
    "exante_create": "新建事前评估申报",
    "exante_edit": "修改事前评估申报",
    "exante_submit": "提交事前评估",
    "exante_assign": "指派评估人",
    "exante_score": "提交评分表",
    "exante_conclude": "出具事前评估结论",
    "exante_override": "改变事前评估结论",
    "department_open": "开始部门整体自评",
    "department_fill": "填报部门整体自评",
    "department_judge": "部门整体自评评分",
    "department_upload": "上传部门整体自评表",
    "department_monitor": "填报部门整体监控",
}

ACTION_LABELS: dict[str, str] = {
    **_RECORDED,
    **{f"workflow_{a.value}": a.label for a in Action},
    **{f"report_{a.value}": f"监控/自评{a.label}" for a in ReportAction},
    **{f"rectification_{a.value}": f"整改：{a.label}" for a in RectificationAction},
}
"""Audit action code → what it did, in Chinese."""

ACTION_LABELS["workflow_approve"] = "批复公开"  # the step's label is long for a table cell


def action_label(code: str) -> str:
    """The label of an action code; an unknown code is shown as it is, never hidden."""
    return ACTION_LABELS.get(code, code)
