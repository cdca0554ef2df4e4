"""审核流程 (review workflow): the states of a plan and who may move it between them.

Framework-free: the web layer stores the state and asks :func:`transition` whether an
action is allowed; the rules of the flow live here.
"""

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
    "Action",
    "Role",
    "Status",
    "WorkflowError",
    "allowed_actions",
    "editable_by",
    "transition",
]
