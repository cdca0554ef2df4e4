"""整改看板: items per department, overdue ones first, and what they mean for the budget."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.model.percent import percent_text, shown_percent
from jixiao.rectification.items import RectificationItem, is_overdue
from jixiao.textnorm.natural import natural_key
from jixiao.workflow.rectification import RectificationStatus


class BoardRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    department: str
    total: int
    counts: dict[str, int] = Field(description="各状态件数, keyed by status label")
    overdue: int
    verified_rate: Decimal = Field(description="已核实比例（%）, two decimals as every rate shown")

    @property
    def unverified(self) -> int:
        """Items not yet 已核实: the department's rectification is not finished."""
        return self.total - self.counts[RectificationStatus.VERIFIED.label]

    @property
    def verified_text(self) -> str:
        """核实率 as the other rates read: 25%, 66.67% (it read 25.0%, 66.7%)."""
        return percent_text(self.verified_rate / 100)


def board(items: Iterable[RectificationItem], today: date) -> list[BoardRow]:
    """One row per department: most overdue first, then most open."""
    by_department: dict[str, list[RectificationItem]] = defaultdict(list)
    for item in items:
        by_department[item.department].append(item)
    rows = []
    for department, group in by_department.items():
        counts = {status.label: 0 for status in RectificationStatus}
        for item in group:
            counts[item.status.label] += 1
        verified = counts[RectificationStatus.VERIFIED.label]
        share = Decimal(verified) / Decimal(len(group))
        rows.append(
            BoardRow(
                department=department,
                total=len(group),
                counts=counts,
                overdue=sum(is_overdue(item, today) for item in group),
                verified_rate=shown_percent(share),
            )
        )
    return sorted(rows, key=lambda r: (-r.overdue, -r.unverified, natural_key(r.department)))


def budget_signals(items: Iterable[RectificationItem], today: date) -> dict[str, list[str]]:
    """Per department, the reasons its rectification should weigh on next year's budget."""
    signals: dict[str, list[str]] = {}
    for row in board(items, today):
        reasons = []
        if row.overdue:
            reasons.append(f"{row.overdue}项整改逾期未完成")
        unverified = row.unverified - row.overdue
        if unverified > 0:
            reasons.append(f"{unverified}项整改尚未核实")
        if reasons:
            signals[row.department] = reasons
    return signals
