"""Where the review's CPU time goes: per stage and per rule, warm and cold.

    python bench/review_costs.py [--indicators 30000] [--top 15]
        [--kind self-evaluation] [--show N242,N243,N244,N245]

Runs the documents of ``bench/review_speed.py`` through the engine with every rule's
check and the engine's stages wrapped in CPU-time counters (``time.thread_time``), once
warm and once cold (shared table and parse cache emptied before each document). Prints
CPU µs per indicator for each stage and the costliest rules. The counters add their own
overhead (about 0.2 µs per wrapped call), so read the shares, not the sum, against
``review_speed.py``'s rates. ``--kind self-evaluation`` runs the corpus's 自评表 instead
(``bench/selfeval_set.py``); ``--show`` prints those rules' costs whatever their rank.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.review_speed import review_all, settled, settled_plans
from jixiao.review import engine
from jixiao.review.catalogue import RULES
from jixiao.review.rule import IndicatorRule, engine_call

_STAGES = ("build_view", "_content_verdicts", "grade")


def _counted(name: str, work: Callable[..., Any], costs: Counter[str]) -> Callable[..., Any]:
    clock = time.thread_time

    def counted(*args: Any) -> Any:
        start = clock()
        result = work(*args)
        if not isinstance(result, (tuple, type(None), list)) and hasattr(result, "__next__"):
            result = list(result)  # a generator's work happens while it is consumed
        costs[name] += clock() - start
        return result

    return counted


def _measure(plans: list[Any], cold: bool, top: int, show: list[str]) -> None:
    count = sum(p.indicator_count for p in plans)
    costs: Counter[str] = Counter()
    checks = {rule.id: getattr(rule, engine_call(rule)) for rule in RULES}
    stages = {name: getattr(engine, name) for name in _STAGES}
    for rule in RULES:  # rules are frozen dataclasses: wrap their check in place, then undo
        kind = "content" if isinstance(rule, IndicatorRule) else type(rule).__name__
        object.__setattr__(
            rule, engine_call(rule), _counted(f"{kind} {rule.id}", checks[rule.id], costs)
        )
    for name, work in stages.items():
        setattr(engine, name, _counted(f"stage {name}", work, costs))
    try:
        start = time.process_time()
        review_all(plans, cold=cold)
        total = time.process_time() - start
    finally:
        for rule in RULES:
            object.__setattr__(rule, engine_call(rule), checks[rule.id])
        for name, work in stages.items():
            setattr(engine, name, work)
    per = 1e6 / count
    print(f"\n{'cold' if cold else 'warm'}: {total * per:.1f} CPU µs per indicator (counted)")
    groups: Counter[str] = Counter()
    for name, spent in costs.items():
        groups[name.split(" ")[0] if not name.startswith("stage") else name] += spent
    for name, spent in groups.most_common():
        print(f"  {name:<28}{spent * per:>7.2f} µs")
    print(f"  top {top} rules:")
    rules = Counter({k: v for k, v in costs.items() if not k.startswith("stage")})
    for name, spent in rules.most_common(top):
        print(f"    {name:<26}{spent * per:>7.2f} µs")
    for wanted in show:
        for name, spent in rules.items():
            if name.endswith(f" {wanted}"):
                print(f"    shown {name:<20}{spent * per:>7.2f} µs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=30_000)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--kind", choices=("plans", "self-evaluation"), default="plans")
    parser.add_argument("--show", default="", help="rule ids to print, comma-separated")
    args = parser.parse_args()
    show = [r for r in args.show.split(",") if r]
    if args.kind == "plans":
        plans = settled(args.indicators)
    else:
        from bench import selfeval_set

        bases = selfeval_set.corpus_self_evaluations()
        plans = settled_plans(selfeval_set.documents(bases, args.indicators, seed=7))
    _measure(plans, cold=False, top=args.top, show=show)
    _measure(plans, cold=True, top=args.top, show=show)


if __name__ == "__main__":
    main()
