"""The domain model (领域模型): typed, framework-free, JSON-serialisable."""

from jixiao.model.disclosure import (
    TABLE_KINDS,
    Disclosure,
    DisclosureRow,
    DisclosureTable,
    NarrativeSection,
)
from jixiao.model.plan import (
    SPEND_CHECKPOINTS,
    DepartmentPlan,
    ImportIssue,
    Indicator,
    Project,
    SubGoal,
    Target,
    Unit,
)
from jixiao.model.source import SourceRef
from jixiao.model.source_map import SourceMap

__all__ = [
    "SPEND_CHECKPOINTS",
    "TABLE_KINDS",
    "DepartmentPlan",
    "Disclosure",
    "DisclosureRow",
    "DisclosureTable",
    "ImportIssue",
    "Indicator",
    "NarrativeSection",
    "Project",
    "SourceMap",
    "SourceRef",
    "SubGoal",
    "Target",
    "Unit",
]
