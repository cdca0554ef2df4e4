"""检查 (checks): the one core of findings — severity, 审核要点, the :class:`Finding` type
and the catalogue mechanism — that review, monitoring, self-evaluation and import share."""

from jixiao.checks.catalogue import Catalogue, Check, Entry, catalogue_markdown
from jixiao.checks.finding import CheckFindings, Finding
from jixiao.checks.imported import IMPORT_CHECKS, import_finding
from jixiao.checks.severity import Criterion, Severity
from jixiao.model.trusted import trusted

__all__ = [
    "IMPORT_CHECKS",
    "Catalogue",
    "Check",
    "CheckFindings",
    "Criterion",
    "Entry",
    "Finding",
    "Severity",
    "catalogue_markdown",
    "import_finding",
    "trusted",
]
