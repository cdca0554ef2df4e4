"""Where a 事前评估 申报 stands (kept apart from the records so that pages can name a
status without reaching the ORM)."""

from __future__ import annotations

from enum import StrEnum


class ProposalStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ASSESSING = "assessing"
    CONCLUDED = "concluded"

    @property
    def label(self) -> str:
        return {
            "draft": "编制中",
            "submitted": "已提交，待指派评估人",
            "assessing": "评估中",
            "concluded": "已出结论",
        }[self.value]
