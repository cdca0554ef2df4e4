"""Review throughput: indicators reviewed per second, next to a bare loop over the same objects.

    python bench/review_speed.py [--indicators 1000000] [--warm-only]

The set is about a million indicators in ~10,500 documents made from the five seeds:
each document is a seed with its projects shuffled, renamed and their budgets varied
(as ``bench/synthetic.py`` does), and its disclosure tables copied. Projects share
their indicator lists by reference — a deep copy of a million indicators with their
source locations would not fit in memory — which the review never mutates. After
building, ``gc.freeze()`` moves the set out of the collector's way, so neither loop pays
for scanning a heap it does not allocate.

Two review figures are printed:

* warm — the engine as it runs: what identical indicators have in common (parsed value,
  levels, the verdicts of the content rules) is computed once and shared;
* cold — that shared table and the grammar's parse cache are emptied before every
  document, so each document is reviewed from scratch (repeats inside a document still
  share).
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import seed_plans
from jixiao.grammar import clear_cache
from jixiao.model import DepartmentPlan, Project
from jixiao.review import review_plan
from jixiao.review.engine import forget_shared


def _vary(project: Project, rng: random.Random, index: int) -> Project:
    update: dict[str, object] = {"name": f"{project.name}{index}"}
    if project.budget_total is not None:
        total = (project.budget_total * Decimal(rng.randint(50, 150)) / 100).quantize(
            Decimal("0.01")
        )
        update |= {"budget_total": total, "budget_fiscal": total}
    return project.model_copy(update=update)


def documents(indicators: int, seed: int = 7) -> list[DepartmentPlan]:
    """Documents made from the seeds until they hold ``indicators`` indicators."""
    rng = random.Random(seed)
    bases = seed_plans()
    plans: list[DepartmentPlan] = []
    total = 0
    while total < indicators:
        base = bases[len(plans) % len(bases)]
        projects = list(base.projects)
        rng.shuffle(projects)
        disclosure = base.disclosure.model_copy(deep=True) if base.disclosure else None
        plan = base.model_copy(
            update={
                "department": f"{base.department}（样本{len(plans)}）",
                "projects": [_vary(p, rng, i) for i, p in enumerate(projects)],
                "disclosure": disclosure,
            }
        )
        plans.append(plan)
        total += plan.indicator_count
    return plans


def bare_loop(plans: list[DepartmentPlan]) -> int:
    """Touch every indicator's value once: the floor of any per-indicator work."""
    touched = 0
    for plan in plans:
        for project in plan.projects:
            for indicator in project.indicators:
                touched += len(indicator.value) > 0
    return touched


def review_all(plans: list[DepartmentPlan], cold: bool) -> int:
    findings = 0
    for plan in plans:
        if cold:
            forget_shared()
            clear_cache()
        findings += len(review_plan(plan).findings)
    return findings


def _timed(label: str, count: int, work: object) -> float:
    start = time.perf_counter()
    result = work() if callable(work) else None
    elapsed = time.perf_counter() - start
    rate = count / elapsed
    print(f"{label:<28}{rate:>14,.0f} 指标/秒   ({elapsed:.2f} s, result {result})")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=1_000_000)
    parser.add_argument("--warm-only", action="store_true", help="skip the cold review")
    args = parser.parse_args()

    start = time.perf_counter()
    plans = documents(args.indicators)
    count = sum(p.indicator_count for p in plans)
    print(f"{len(plans):,} documents, {count:,} indicators (built in "
          f"{time.perf_counter() - start:.1f} s)")  # fmt: skip
    gc.collect()
    gc.freeze()

    review_plan(plans[0])  # load the profile, compile the lexicon
    _timed("bare loop", count, lambda: bare_loop(plans))
    warm = _timed("review (warm)", count, lambda: review_all(plans, cold=False))
    cold = 0.0
    if not args.warm_only:
        cold = _timed("review (cold per document)", count, lambda: review_all(plans, cold=True))
    target = 100_000
    print(f"target ≥{target:,} 指标/秒 (warm): {'met' if warm >= target else 'NOT met'}")
    if cold:
        print(f"target ≥{target:,} 指标/秒 (cold): {'met' if cold >= target else 'NOT met'}")


if __name__ == "__main__":
    main()
