"""How a review finding is handled (处理): its stable identity across recomputations, the
statuses a finding may be given and who may give which."""

from jixiao.disposition.identity import finding_keys
from jixiao.disposition.statuses import (
    DispositionRefused,
    DispositionStatus,
    check_disposition,
    statuses_for,
)

__all__ = [
    "DispositionRefused",
    "DispositionStatus",
    "check_disposition",
    "finding_keys",
    "statuses_for",
]
