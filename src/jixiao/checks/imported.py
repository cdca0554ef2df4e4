"""导入提示 as findings: the codes the importers raise, in a catalogue like any check.

The plan keeps each :class:`~jixiao.model.plan.ImportIssue` as it was published (``code``,
``message``, ``source``: the plan's JSON schema and the stored plans use that shape);
:func:`import_finding` gives the same issue as a :class:`Finding`, so that pages and
outputs list import problems beside the review's.
"""

from __future__ import annotations

from jixiao.checks.catalogue import Catalogue, Check, load_checks
from jixiao.checks.finding import Finding
from jixiao.checks.severity import Severity
from jixiao.model.plan import ImportIssue
from jixiao.packs.stamp import built_in_label

_CHECK_FILE = "对照原文件核对该处，必要时在原文件中改正后重新导入。"  # for a code not catalogued
IMPORT_CHECKS: Catalogue[Check] = load_checks("jixiao.checks", "import-checks.json")


def import_finding(issue: ImportIssue, source_file: str) -> Finding:
    """``issue`` of the plan read from ``source_file`` as a finding.

    A code the catalogue does not know yet (a reader newer than it) keeps its own words.
    """
    check = IMPORT_CHECKS.get(issue.code)
    return Finding(
        rule=issue.code,
        title=check.title if check else issue.code,
        severity=check.severity if check else Severity.WARNING,
        source=source_file,
        message=issue.message,
        suggestion=check.suggestion if check else _CHECK_FILE,
        location=issue.source,
        pack=(check.pack if check else None) or built_in_label(),
    )
