"""数值合理性 (sanity of numbers): rates above 100%, “≥100%”, costs without money …"""

from __future__ import annotations

from jixiao.review.rules.numbers.directions import N105, N106, N108, N113
from jixiao.review.rules.numbers.percentages import N101, N102, N103, N104, N107, N109, N110, N237

RULES = (N101, N102, N103, N104, N105, N106, N107, N108, N109, N110, N113, N237)

__all__ = ["RULES"]
