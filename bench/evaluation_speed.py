"""Self-evaluation and monitoring throughput on synthetic data built from the seeds.

    python bench/evaluation_speed.py [--projects 20000]

Every project of the five seeds becomes a self-evaluation with invented actuals: each
quantitative target is met, missed or overshot at random (actual = target × 0.5–1.5),
other values are answered 达成/基本达成/未达成, executed = budget × 0.4–1.1. The set is
scored with :func:`score_project` (the grammar's parse cache warm, as in a running
server) and, separately, monitored at 31 July with :func:`monitor_project`. Figures:
projects/s and indicators/s, and the peak memory of scoring (traced separately).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import seed_plans
from jixiao.evaluation import (
    IndicatorResult,
    ProjectEvaluation,
    load_evaluation_profile,
    score_project,
)
from jixiao.grammar import ValueKind, parse_value
from jixiao.model import Project
from jixiao.monitoring import ProjectProgress, monitor_project

WORDS = ("达成", "基本达成", "未达成")


def _actual(value: str, rng: random.Random) -> str:
    parsed = parse_value(value)
    if parsed.kind is ValueKind.QUANTITATIVE and parsed.number is not None:
        factor = Decimal(rng.randint(50, 150)) / 100
        return f"{(parsed.number * factor).quantize(Decimal('0.01'))}{parsed.unit or ''}"
    return rng.choice(WORDS)


def evaluation(project: Project, rng: random.Random, index: int) -> ProjectEvaluation:
    budget = project.budget_total or Decimal(rng.randint(1, 500))
    executed = (budget * Decimal(rng.randint(40, 110)) / 100).quantize(Decimal("0.01"))
    return ProjectEvaluation(
        name=f"{project.name}{index}",
        code=project.code,
        budget_total=budget,
        executed=executed,
        indicators=[
            IndicatorResult(
                level1=i.level1,
                level2=i.level2,
                level3=i.level3,
                target=i.value,
                actual=_actual(i.value, rng),
            )
            for i in project.indicators
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=20000)
    args = parser.parse_args()
    rng = random.Random(7)
    projects = [p for plan in seed_plans() for p in plan.projects]
    pairs = [
        (projects[n % len(projects)], evaluation(projects[n % len(projects)], rng, n))
        for n in range(args.projects)
    ]
    indicators = sum(len(e.indicators) for _, e in pairs)
    profile = load_evaluation_profile()
    print(f"{len(pairs)} projects, {indicators} indicators (from {len(projects)} seed projects)")

    start = time.perf_counter()
    totals = [score_project(e, profile).total for _, e in pairs]
    elapsed = time.perf_counter() - start
    print(
        f"scoring:    {len(pairs) / elapsed:10.0f} projects/s  {indicators / elapsed:10.0f} "
        f"indicators/s  ({elapsed:.2f} s; mean total {sum(totals) / len(totals):.2f})"
    )
    # Memory in a second pass: tracemalloc slows the loop several times over.
    tracemalloc.start()
    for _, e in pairs[:2000]:
        score_project(e, profile)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"            peak {peak / 2**10:.0f} KiB while scoring 2000 projects one by one")

    date = dt.date(2024, 7, 31)
    progress = [
        ProjectProgress(
            name=e.name,
            monitor_date=date,
            budget_total=e.budget_total,
            spent_to_date=(e.executed or Decimal(0)) * Decimal("0.6"),
        )
        for _, e in pairs
    ]
    start = time.perf_counter()
    for (project, _), item in zip(pairs, progress, strict=True):
        monitor_project(item, project, profile)
    elapsed = time.perf_counter() - start
    print(f"monitoring: {len(pairs) / elapsed:10.0f} projects/s  ({elapsed:.2f} s)")


if __name__ == "__main__":
    main()
