"""How many rule checks a cold review calls, and how many of them find something.

    python bench/review_rule_calls.py [--indicators 3000] [--top 20]

Runs the documents of ``bench/review_speed.py`` cold (every content cache emptied before
each document, as ``bench/review_instructions.py``'s cold pass) with every rule's check
wrapped in a counter, and prints per kind of rule (content, contextual, project, plan) and
per rule: the calls, the calls that found something, and the calls per distinct indicator.
A content rule's call that finds nothing is pure cost (about 900–1,300 instructions each
interpreted): the rules with the most empty calls are where a gate saves most.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.review_speed import review_all, settled
from jixiao.review import engine, review_plan
from jixiao.review.catalogue import RULES
from jixiao.review.rule import IndicatorRule, PlanRule, engine_call


def _kind(rule: object) -> str:
    if isinstance(rule, IndicatorRule):
        return "contextual" if rule.uses_project else "content"
    return "plan" if isinstance(rule, PlanRule) else "project"


def _counted(
    name: str, work: Callable[..., Any], calls: Counter[str], hits: Counter[str]
) -> Callable[..., Any]:
    def counted(*args: Any) -> Any:
        calls[name] += 1
        result = work(*args)
        if result is None:
            return None
        if isinstance(result, tuple) and hasattr(result, "_fields"):  # one Hit
            hits[name] += 1
            return result
        found = list(result)  # a project or plan rule's hits
        if found:
            hits[name] += 1
        return found

    return counted


def _distinct(plans: list[Any]) -> int:
    """Distinct indicators a cold pass builds an info for (one per document's content)."""
    total = 0
    for plan in plans:
        engine.forget_shared()
        review_plan(plan)
        total += sum(
            len(table) for _, setup in engine._SETUPS.values() for table in setup.shared.values()
        )
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=3000)
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    plans = settled(args.indicators)
    indicators = sum(p.indicator_count for p in plans)
    distinct = _distinct(plans)
    calls: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    checks = {rule.id: getattr(rule, engine_call(rule)) for rule in RULES}
    for rule in RULES:  # rules are frozen dataclasses: wrap their check in place, then undo
        name = f"{_kind(rule)} {rule.id}"
        object.__setattr__(rule, engine_call(rule), _counted(name, checks[rule.id], calls, hits))
    try:
        review_all(plans, cold=True)
    finally:
        for rule in RULES:
            object.__setattr__(rule, engine_call(rule), checks[rule.id])
    print(f"{indicators:,} indicators, {distinct:,} distinct (an info built per document)")
    print(f"{'kind':<12}{'calls':>9}{'found':>8}{'empty':>9}{'calls/distinct':>16}")
    for kind in ("content", "contextual", "project", "plan"):
        made = sum(n for k, n in calls.items() if k.startswith(kind + " "))
        found = sum(n for k, n in hits.items() if k.startswith(kind + " "))
        print(f"{kind:<12}{made:>9,}{found:>8,}{made - found:>9,}{made / distinct:>16.2f}")
    print(f"top {args.top} rules by calls that found nothing:")
    empty = Counter({k: n - hits[k] for k, n in calls.items()})
    for name, n in empty.most_common(args.top):
        print(f"  {name:<18}{calls[name]:>7,} calls {hits[name]:>6,} found {n:>7,} empty")


if __name__ == "__main__":
    main()
