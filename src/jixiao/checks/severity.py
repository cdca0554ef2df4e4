"""严重程度 and 审核要点: the two scales every finding of jixiao is graded on."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    """严重程度: 错误 must be fixed, 警告 should be, 提示 is advice."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return _SEVERITY_LABELS[self]

    @property
    def rank(self) -> int:
        """Worse is higher: 提示 0, 警告 1, 错误 2."""
        return _SEVERITY_RANKS[self]


_SEVERITY_LABELS = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
_SEVERITY_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Criterion(StrEnum):
    """审核要点: the official criteria (完整性/相关性/适当性/可行性) and 规范性 for form."""

    COMPLETENESS = "完整性"
    RELEVANCE = "相关性"
    APPROPRIATENESS = "适当性"
    FEASIBILITY = "可行性"
    CONFORMITY = "规范性"
