"""结构完整性 (structure): required levels, goals, basis and the department part present."""

from __future__ import annotations

from jixiao.review.rules.structure.department import S106, S107, S108, S109
from jixiao.review.rules.structure.grid import S101, S102, S103, S104, S105, S110, S111

RULES = (S101, S102, S103, S104, S105, S106, S107, S108, S109, S110, S111)

__all__ = ["RULES"]
