"""裁定 (verdict): what a rule said about an indicator's content, before it is placed."""

from __future__ import annotations

from jixiao.checks import Severity

Placed = tuple[str, str | None, Severity, dict[str, object], float]
"""A content verdict, computed once per distinct indicator and placed wherever it occurs:
its rule's id, the field it points at, its severity, the values of its findings (their
place left for the engine to fill: :func:`jixiao.review.placing.template`) and the points
each of its findings costs under the profile's grading (weight × confidence). A tuple, not
a named one: it is read by unpacking, and a second object per verdict costs more than
its names would save."""
