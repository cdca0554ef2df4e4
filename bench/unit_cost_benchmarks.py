"""Unit-cost comparison over a database: every plan's unit costs against all the others.

    python bench/unit_cost_benchmarks.py [--plans 2000]

Builds ``--plans`` synthetic department plans from the seeds (as ``bench/review_speed.py``
does: projects shuffled, renamed, budgets varied ±50%), extracts every unit cost (budget ÷
quantity: 物业费 per ㎡, wages per person …) into a distribution store, then reviews each
plan with the store as its peers, so rule C107 compares each unit cost with the same cost
in every other project of the database. Prints the distributions and the time per plan
of the comparison alone and of the whole review with it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.review_speed import documents
from jixiao.benchmarks import MemoryStore, load_benchmarks, peer_outlier, unit_costs
from jixiao.review import review_plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=2000)
    args = parser.parse_args()

    start = time.perf_counter()
    plans = documents(args.plans * 100)  # about 95 indicators per seed-made plan
    while len(plans) < args.plans:
        plans = documents(len(plans) and int(args.plans * 100 * args.plans / len(plans)) + 1000)
    plans = plans[: args.plans]
    print(f"{len(plans):,} plans, {sum(len(p.projects) for p in plans):,} projects "
          f"(built in {time.perf_counter() - start:.1f} s)")  # fmt: skip

    table = load_benchmarks()
    start = time.perf_counter()
    costs = [cost for plan in plans for cost in unit_costs(plan, table)]
    store = MemoryStore(costs)
    distributions = store.distributions()
    built = time.perf_counter() - start
    print(f"distribution store: {len(costs):,} unit costs in {built:.2f} s "
          f"({built / len(plans) * 1000:.2f} ms per plan)")  # fmt: skip
    for d in distributions:
        category = table.by_id(d.category)
        print(f"  {category.label:<10} n={d.count:>6,}  P10 {d.p10:>10}  中位数 {d.median:>10}  "
              f"P90 {d.p90:>10}  {category.unit}")  # fmt: skip

    start = time.perf_counter()
    outliers = 0
    for plan in plans:
        for cost in unit_costs(plan, table):
            outliers += peer_outlier(cost, store) is not None
    compared = time.perf_counter() - start
    print(f"comparison alone: {compared / len(plans) * 1000:.3f} ms per plan "
          f"({outliers:,} outliers)")  # fmt: skip

    start = time.perf_counter()
    found = 0
    for plan in plans:
        found += sum(1 for f in review_plan(plan, peers=store).findings if f.rule == "C107")
    reviewed = time.perf_counter() - start
    print(f"whole review with peers: {reviewed / len(plans) * 1000:.2f} ms per plan "
          f"({found:,} C107 findings); target well under 1,000 ms per plan: "
          f"{'met' if reviewed / len(plans) < 0.1 else 'NOT met'}")  # fmt: skip


if __name__ == "__main__":
    main()
