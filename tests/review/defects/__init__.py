"""Recall of the review on defects it has never seen (缺陷注入基准).

The audit (docs/rules/audit.md) measures precision: is what the review says true. This
measures recall: each class of ``catalogue.json`` — a defect a finance-bureau reviewer
checks — is injected, one at a time, into ONE indicator or project of each real plan of
the import corpus (tests/fixtures/corpus/plan, other provinces, not the Hebei seeds) by
:mod:`tests.review.defects.mutations`; the mutated plan is reviewed, and the defect counts
as found when a finding that the unmutated plan did not have points at the changed
project / indicator with one of the class's rules. ``python -m tests.review.defects``
prints the figures and rewrites docs/rules/recall.md.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jixiao.importers.api import import_file
from jixiao.model import DepartmentPlan
from jixiao.review import Finding, review_plan
from tests.review.defects import domain_classes as _domain  # noqa: F401  (registers its mutations)
from tests.review.defects import held_out as _held_out  # noqa: F401
from tests.review.defects import opinions as _opinions  # noqa: F401
from tests.review.defects import opinions_round2 as _opinions_round2  # noqa: F401
from tests.review.defects import opinions_round3 as _opinions_round3  # noqa: F401
from tests.review.defects import opinions_round4 as _opinions_round4  # noqa: F401
from tests.review.defects import opinions_round5 as _opinions_round5  # noqa: F401
from tests.review.defects import opinions_round6 as _opinions_round6  # noqa: F401
from tests.review.defects import opinions_round7 as _opinions_round7  # noqa: F401
from tests.review.defects import opinions_round8 as _opinions_round8  # noqa: F401
from tests.review.defects import opinions_round9 as _opinions_round9  # noqa: F401
from tests.review.defects import opinions_round10 as _opinions_round10  # noqa: F401
from tests.review.defects import opinions_round11 as _opinions_round11  # noqa: F401
from tests.review.defects import opinions_round12 as _opinions_round12  # noqa: F401
from tests.review.defects import reviewer_classes as _reviewer  # noqa: F401
from tests.review.defects import stated_classes as _stated  # noqa: F401
from tests.review.defects.monitoring_kind import MONITORING, monitored, monitoring_findings
from tests.review.defects.mutations import MUTATIONS, Target

ROOT = Path(__file__).resolve().parents[3]
PLANS = ROOT / "tests" / "fixtures" / "corpus" / "plan"
SELF_EVALUATIONS = PLANS.parent / "self_evaluation"
CATALOGUE = Path(__file__).with_name("catalogue.json")
PAGE = ROOT / "docs" / "rules" / "recall.md"
Place = tuple[str, int | None, int | None]


@dataclass
class ClassResult:
    """One defect class over the corpus: where it was injected, where it was found."""

    id: str
    title: str
    rules: tuple[str, ...]
    held_out: bool = False  # written after the rules were tuned on the others
    vocabulary: str = ""  # "seen": the rules' lexicons hold its words; "held_out": they do not
    first_run: str = ""  # found/injected when first measured, before rules were generalised
    source: str = ""  # "opinions", "opinions2": real reviewers' opinions (opinions*.py)
    corpus: str = "plan"  # what it is injected into: plan, self_evaluation or monitoring
    injected: list[str] = field(default_factory=list)
    found: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return len(self.found) / len(self.injected) if self.injected else 0.0

    @property
    def missed(self) -> list[str]:
        return [d for d in self.injected if d not in self.found]


def catalogue() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(CATALOGUE.read_text(encoding="utf-8"))["classes"]
    return loaded


def corpus_plans(folder: Path = PLANS) -> dict[str, DepartmentPlan]:
    """The corpus plans (or, given their folder, self-evaluations) from which the import
    reads indicators, by file stem."""
    plans = {}
    for path in sorted(folder.glob("*.txt")):
        plan = import_file(path)
        if plan.indicator_count:
            plans[path.stem] = plan
    return plans


def places(findings: list[Finding]) -> Counter[Place]:
    return Counter((f.rule, f.project_index, f.indicator_index) for f in findings)


def said(findings: list[Finding]) -> frozenset[tuple[str, int | None, str]]:
    """What the project-level findings say, by rule and project."""
    return frozenset(
        (f.rule, f.project_index, f.message) for f in findings if f.indicator_index is None
    )


def detected(
    target: Target,
    rules: tuple[str, ...],
    before: Counter[Place],
    after: list[Finding],
    before_said: frozenset[tuple[str, int | None, str]] | None = None,
) -> bool:
    """A new finding of one of ``rules`` at the mutated project (and indicator); for a
    defect of the project, also a project finding of those rules that says something the
    unmutated plan's did not (R106 lists every unmeasured goal in one finding), when
    ``before_said`` gives what they said."""
    new = places(after) - before
    for rule, project, indicator in new:
        if rule not in rules or project != target.project:
            continue
        if not target.indicators or indicator in target.indicators:
            return True
    if target.indicators or before_said is None:
        return False
    return any(
        (f.rule, f.project_index, f.message) not in before_said
        for f in after
        if f.rule in rules and f.project_index == target.project and f.indicator_index is None
    )


def _findings(corpus: str, document: DepartmentPlan) -> list[Finding]:
    """What is said of a document: the review's findings, and on a 监控表 also the
    monitoring engine's warnings (``jixiao review`` reads a 监控表's columns too)."""
    if corpus == MONITORING:
        return monitoring_findings(document) + review_plan(document).findings
    return review_plan(document).findings


def measure(
    plans: dict[str, DepartmentPlan] | None = None,
    self_evaluations: dict[str, DepartmentPlan] | None = None,
) -> list[ClassResult]:
    """Inject every class into every document of its corpus it fits and count the
    detections: the plans, or the self-evaluations for a class marked
    ``"corpus": "self_evaluation"``, or the plans filed as 监控表 (monitoring_kind.py) for
    ``"corpus": "monitoring"``."""
    corpora = {"plan": corpus_plans() if plans is None else plans}
    entries = catalogue()
    if any(c.get("corpus") == "self_evaluation" for c in entries):
        corpora["self_evaluation"] = (
            corpus_plans(SELF_EVALUATIONS) if self_evaluations is None else self_evaluations
        )
    if any(c.get("corpus") == MONITORING for c in entries):
        corpora[MONITORING] = {
            name: doc for name, plan in corpora["plan"].items() if (doc := monitored(plan))
        }
    results = [
        ClassResult(
            c["id"],
            c["title"],
            tuple(c["rules"]),
            c.get("held_out", False),
            c.get("vocabulary", ""),
            c.get("first_run", ""),
            c.get("source", ""),
            c.get("corpus", "plan"),
        )
        for c in entries
    ]
    for corpus, documents in corpora.items():
        chosen = [
            (result, MUTATIONS[c["mutation"]])
            for result, c in zip(results, entries, strict=True)
            if c.get("corpus", "plan") == corpus
        ]
        for name, plan in documents.items():
            findings = _findings(corpus, plan)
            before, before_said = places(findings), said(findings)
            for result, mutate in chosen:
                mutated = plan.model_copy(deep=True)
                target = mutate(mutated)
                if target is None:
                    continue
                result.injected.append(name)
                after = _findings(corpus, mutated)
                if detected(target, result.rules, before, after, before_said):
                    result.found.append(name)
    return results


def overall(results: list[ClassResult]) -> float:
    injected = sum(len(r.injected) for r in results)
    return sum(len(r.found) for r in results) / injected if injected else 0.0
