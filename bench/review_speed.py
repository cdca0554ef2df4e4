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
* cold — that shared table and every cache that remembers a content's reading (the
  review's, the grammar's parse cache and its other caches: ``jixiao.content_caches``) are
  emptied before every document, so each document is reviewed from scratch (repeats inside
  a document still share).

Between them, what cold costs: a third run empties only the review's (the grammar's
caches kept), so the difference to cold is the grammar's parsing, and its difference to
warm is the content rules run on every distinct indicator. Each rate is printed by wall
time and by the CPU time of this process (the fair per-core figure on a shared machine);
the warm and cold rates by CPU are printed beside their floor (issues 12 and 15: 100,000
indicators per second on one core).
"""

from __future__ import annotations

import argparse
import gc
import os
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


def settled(indicators: int) -> list[DepartmentPlan]:
    """:func:`documents`, with what they hold frozen out of the cyclic collector's way and
    the review's first-use setup (profile, rules, lexicon) done on the first."""
    return settled_plans(documents(indicators))


def settled_plans(plans: list[DepartmentPlan]) -> list[DepartmentPlan]:
    """``plans`` frozen out of the cyclic collector's way, the review's setup done."""
    gc.collect()
    gc.freeze()
    review_plan(plans[0])
    return plans


def bare_loop(plans: list[DepartmentPlan]) -> int:
    """Touch every indicator's value once: the floor of any per-indicator work."""
    touched = 0
    for plan in plans:
        for project in plan.projects:
            for indicator in project.indicators:
                touched += len(indicator.value) > 0
    return touched


def review_all(plans: list[DepartmentPlan], cold: bool, parses: bool = True) -> int:
    """Review every plan; ``cold`` empties the shared table and the review's caches before
    each document and, with ``parses``, the grammar's caches too."""
    findings = 0
    for plan in plans:
        if cold:
            forget_shared()
            if parses:
                clear_cache()
        findings += len(review_plan(plan).findings)
    return findings


FLOOR = 100_000  # indicators per CPU second, warm and cold (issues 12 and 15)


def _timed(label: str, count: int, work: object, floor: bool = False) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of ``work``, printed with the rates they give and, with
    ``floor``, the CPU rate against :data:`FLOOR`."""
    start, cpu = time.perf_counter(), time.process_time()
    result = work() if callable(work) else None
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    rate = count / used
    verdict = f"  floor ≥{FLOOR:,}/core: {'met' if rate >= FLOOR else 'NOT met'}" if floor else ""
    print(
        f"{label:<34}{count / elapsed:>12,.0f} 指标/秒 by wall  {rate:>12,.0f} by CPU{verdict}"
        f"   ({elapsed:.2f} s wall, {used:.2f} s CPU, result {result})"
    )
    return elapsed, used


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=1_000_000)
    parser.add_argument("--warm-only", action="store_true", help="skip the cold review")
    args = parser.parse_args()

    from jixiao.build_info import build_label

    print(f"jixiao review benchmark — {build_label()}, load average {os.getloadavg()[0]:.1f}")
    start = time.perf_counter()
    plans = documents(args.indicators)
    count = sum(p.indicator_count for p in plans)
    print(f"{len(plans):,} documents, {count:,} indicators (built in "
          f"{time.perf_counter() - start:.1f} s)")  # fmt: skip
    gc.collect()
    gc.freeze()

    review_plan(plans[0])  # load the profile, compile the lexicon
    _timed("bare loop", count, lambda: bare_loop(plans))
    _, warm = _timed("review (warm)", count, lambda: review_all(plans, cold=False), True)
    if not args.warm_only:
        _, parsed = _timed(
            "review (cold, grammar caches kept)", count, lambda: review_all(plans, True, False)
        )
        _, cold = _timed("review (cold per document)", count, lambda: review_all(plans, True), True)
        per = 1e6 / count
        print(
            f"what cold costs, CPU µs per indicator: review as warm {warm * per:.1f}"
            f" + content rules and views of each distinct indicator {(parsed - warm) * per:.1f}"
            f" + grammar parses {(cold - parsed) * per:.1f}"
        )


if __name__ == "__main__":
    main()
