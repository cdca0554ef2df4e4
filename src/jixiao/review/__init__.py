"""自动审核 (automated review) of 部门预算绩效文本: rules, findings, grades.

>>> from jixiao.importers.api import import_file      # doctest: +SKIP
>>> from jixiao.review import review_plan              # doctest: +SKIP
>>> report = review_plan(import_file("seed.txt"))      # doctest: +SKIP
>>> [f.describe() for f in report.findings][:3]        # doctest: +SKIP

Public API: :func:`review_plan`, :class:`ReviewResult` (``findings``, ``grades``),
:class:`Finding`, :class:`Severity`, :class:`Criterion`, :class:`Profile`,
:func:`load_profile`, :data:`RULES` and :func:`get_rule`, :func:`render_rule_page`.
"""

from jixiao.checks import Criterion, Finding, Severity
from jixiao.review.catalogue import FAMILIES, RULES, RULES_BY_ID, get_rule
from jixiao.review.docs import render_rule_page, write_rule_pages
from jixiao.review.engine import review_plan
from jixiao.review.grades import Grade, Grades
from jixiao.review.profile import DEFAULT_PROFILE, Profile, available_profiles, load_profile
from jixiao.review.result import ReviewResult
from jixiao.review.rule import Example, Hit, IndicatorRule, PlanRule, ProjectRule, Scope

__all__ = [
    "DEFAULT_PROFILE",
    "FAMILIES",
    "RULES",
    "RULES_BY_ID",
    "Criterion",
    "Example",
    "Finding",
    "Grade",
    "Grades",
    "Hit",
    "IndicatorRule",
    "PlanRule",
    "Profile",
    "ProjectRule",
    "ReviewResult",
    "Scope",
    "Severity",
    "available_profiles",
    "get_rule",
    "load_profile",
    "render_rule_page",
    "review_plan",
    "write_rule_pages",
]
