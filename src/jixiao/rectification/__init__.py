"""整改 (rectification): findings the bureau marks as requiring action become items with a
responsible unit, a deadline and a status; the unit answers, the bureau verifies.

:mod:`.items` turns review, monitoring and evaluation findings (and 重点评价 results the
bureau enters) into items and moves them through :mod:`jixiao.workflow.rectification`;
:mod:`.board` summarises them per department and year and says what they mean for next
year's budget (结果应用).
"""

from jixiao.rectification.board import BoardRow, board, budget_signals
from jixiao.rectification.items import (
    Origin,
    RectificationEvent,
    RectificationItem,
    act,
    errors_first,
    from_checks,
    from_review,
    is_overdue,
)

__all__ = [
    "BoardRow",
    "Origin",
    "RectificationEvent",
    "RectificationItem",
    "act",
    "board",
    "budget_signals",
    "errors_first",
    "from_checks",
    "from_review",
    "is_overdue",
]
