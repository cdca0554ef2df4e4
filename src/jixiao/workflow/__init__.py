"""审核流程 (review workflow): the states of a plan and who may move it between them.

Framework-free: the web layer stores the state and asks :func:`transition` whether an
action is allowed; the rules of the flow live here — the plan's (:mod:`.states`) and
the yearly reports' (监控, 自评: :mod:`.reports`).
"""

from jixiao.workflow.reports import (
    REPORT_STEPS,
    ReportAction,
    ReportStatus,
    report_actions,
    report_editable_by,
    report_transition,
)
from jixiao.workflow.states import (
    ACTIONS,
    Action,
    Role,
    Status,
    WorkflowError,
    allowed_actions,
    editable_by,
    transition,
)

__all__ = [
    "ACTIONS",
    "REPORT_STEPS",
    "Action",
    "ReportAction",
    "ReportStatus",
    "Role",
    "Status",
    "WorkflowError",
    "allowed_actions",
    "editable_by",
    "report_actions",
    "report_editable_by",
    "report_transition",
    "transition",
]
