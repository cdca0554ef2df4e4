"""自评检查目录: what the scoring engine reports besides scores (ids E1xx), kept as data in
checks.json."""

from __future__ import annotations

from jixiao.checks import Catalogue, Check, load_checks

CHECKS_BY_ID: Catalogue[Check] = load_checks("jixiao.evaluation", "checks.json")
# the names the engine raises them by
MISSED_UNEXPLAINED = CHECKS_BY_ID["E101"]
OVERSHOOT_UNEXPLAINED = CHECKS_BY_ID["E102"]
UNSCORABLE = CHECKS_BY_ID["E103"]
ZERO_BUDGET = CHECKS_BY_ID["E104"]
SPENT_WITHOUT_BUDGET = CHECKS_BY_ID["E105"]
MONEY_MISSING = CHECKS_BY_ID["E106"]
WEIGHTS_RESCALED = CHECKS_BY_ID["E107"]
LEVEL_WITHOUT_POINTS = CHECKS_BY_ID["E108"]
POOL_EMPTY = CHECKS_BY_ID["E109"]
OVERSPENT = CHECKS_BY_ID["E110"]
SATISFACTION_CEILING = CHECKS_BY_ID["E111"]
CHECKS: tuple[Check, ...] = CHECKS_BY_ID.entries
