"""The 自评表 of the import corpus as a review benchmark's documents.

The documents of ``bench/review_speed.py`` are plans made from the seeds: the rules that run
only on a 自评表 (``is_self_evaluation``: N232, N236, N242, N244, N245, R120 …) never run
there. This set is every 自评表 of ``tests/fixtures/corpus/self_evaluation`` that the import
reads indicators from, cycled (projects renamed, budgets varied, as ``review_speed`` does)
until it holds the indicators asked for. It is written as JSON once, outside valgrind (which
would pay for the import thirty times over), so that every counted run — of this checkout
or of another (``--tree``) — reviews the very same documents.
"""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

from jixiao.importers.api import import_file
from jixiao.importers.errors import ImportFailed
from jixiao.model import DepartmentPlan, Project

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus" / "self_evaluation"


def corpus_self_evaluations() -> list[DepartmentPlan]:
    """The corpus's 自评表 with at least one indicator read, in file order."""
    plans = []
    for path in sorted(CORPUS.iterdir()):
        if path.name.endswith((".json", ".md")):
            continue
        try:
            plan = import_file(path)
        except ImportFailed:
            continue
        if plan.indicator_count:
            plans.append(plan)
    return plans


def _vary(project: Project, rng: random.Random, index: int) -> Project:
    """Another project of the same rows: renamed, every amount of its budget scaled alike."""
    scale = Decimal(rng.randint(50, 150)) / 100
    update: dict[str, object] = {"name": f"{project.name}{index}"}
    for field in ("budget_total", "budget_adjusted", "budget_initial", "spent"):
        amount = getattr(project, field)
        if amount is not None:
            update[field] = (amount * scale).quantize(Decimal("0.01"))
    return project.model_copy(update=update)


def documents(bases: list[DepartmentPlan], indicators: int, seed: int) -> list[DepartmentPlan]:
    """``bases`` cycled, each copy's projects varied, until ``indicators`` are held."""
    rng = random.Random(seed)
    plans: list[DepartmentPlan] = []
    total = 0
    while total < indicators:
        base = bases[len(plans) % len(bases)]
        plan = base.model_copy(
            update={
                "department": f"{base.department or ''}（样本{len(plans)}）",
                "projects": [_vary(p, rng, i) for i, p in enumerate(base.projects)],
            }
        )
        plans.append(plan)
        total += plan.indicator_count
    return plans


def write_set(path: Path, indicators: int) -> Path:
    """The documents (seed 7) and as many others of the same rows (seed 8), as JSON."""
    bases = corpus_self_evaluations()
    sets = {
        name: [p.model_dump_json() for p in documents(bases, indicators, seed)]
        for name, seed in (("plans", 7), ("others", 8))
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(sets, ensure_ascii=False), encoding="utf-8")
    return path
