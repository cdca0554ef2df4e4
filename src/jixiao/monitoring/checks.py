"""监控预警目录: the warnings of a monitoring round (ids P1xx), kept as data in checks.json.

A check's severity is the usual one; spending checks are raised as errors when they
turn the light red (:meth:`Check.found` with ``severity``).
"""

from __future__ import annotations

from jixiao.checks import Catalogue, Check, load_checks

CHECKS_BY_ID: Catalogue[Check] = load_checks("jixiao.monitoring", "checks.json")
# the names the engine raises them by
BEHIND_PLAN = CHECKS_BY_ID["P101"]
BEHIND_TIME = CHECKS_BY_ID["P102"]
LOW_FORECAST = CHECKS_BY_ID["P103"]
INDICATOR_MISS = CHECKS_BY_ID["P104"]
INDICATOR_IMPOSSIBLE = CHECKS_BY_ID["P105"]
CAUSE_MISSING = CHECKS_BY_ID["P106"]
DATA_MISSING = CHECKS_BY_ID["P107"]
NO_SPEND_PLAN = CHECKS_BY_ID["P108"]
OPTIMISTIC_FORECAST = CHECKS_BY_ID["P109"]
OVERSPENT = CHECKS_BY_ID["P110"]
NOT_IN_PLAN = CHECKS_BY_ID["P111"]
CHECKS: tuple[Check, ...] = CHECKS_BY_ID.entries
