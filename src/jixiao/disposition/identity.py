"""The identity of a finding that survives its plan being reviewed again.

Stored findings are renumbered whenever the plan changes (a project added above shifts every
ordinal), so a disposition cannot be keyed by the number. What names the defect is where it
is and which rule saw it: the rule, the project's and the indicator's names and the field.
Two findings sharing all four (a rule that fires twice on one row) are told apart by their
order among themselves, which a renumbering elsewhere does not change.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

IDENTITY_FIELDS = ("rule", "project", "indicator", "field")


def finding_keys(findings: Iterable[Mapping[str, Any]]) -> list[str]:
    """A key per finding (the review's JSON of each, in the review's order), stable while
    the finding's rule and place stay the same."""
    seen: Counter[str] = Counter()
    keys = []
    for finding in findings:
        place = json.dumps(
            [finding.get(name) or "" for name in IDENTITY_FIELDS], ensure_ascii=False
        )
        seen[place] += 1
        digest = hashlib.blake2b(f"{place}#{seen[place]}".encode(), digest_size=16)
        keys.append(digest.hexdigest())
    return keys
