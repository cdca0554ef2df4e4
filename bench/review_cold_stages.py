"""Where a cold review's instructions go, stage by stage, counted by valgrind.

    python bench/review_cold_stages.py [--indicators 3000] [--tree PATH]

Runs the documents of ``bench/review_speed.py`` cold (shared table and every content cache
emptied before every document) under ``valgrind --tool=cachegrind`` (fixed hash seed),
each run doing one more stage of the engine's work on the distinct indicators than the
one before, and prints each stage's instructions per indicator (the difference between
consecutive runs):

* parse — the value grammar's parse of each distinct indicator value (cold: the parse
  cache and the grammar's other caches emptied before each document);
* views — the rest of :func:`jixiao.review.context.build_view`: what else follows from each
  distinct indicator's content (levels, name facts, subjects) and the views themselves;
* facts — :func:`jixiao.review.triggers.facts_of` of each distinct indicator;
* content rules — the engine's placement of each distinct list of rows but its facts:
  the content rules called on each distinct indicator and their verdicts;
* project and plan rules — the rules that read the project (per row, per distinct list of
  rows and per project) and the document, their hits consumed but not placed;
* findings and grades — the rest of :func:`jixiao.review.review_plan`: findings made per
  occurrence, sorted and graded, the result built.

``--tree`` counts another checkout's code, like ``bench/review_instructions.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.review_instructions import count_instructions, counting_arguments

_WORK = """
import gc, sys
sys.path.insert(0, {root!r})
from bench.review_speed import documents
from jixiao.grammar import clear_cache, parse_value
from jixiao.review import review_plan
from jixiao.review import engine
from jixiao.review.context import build_view, release
from jixiao.review.families import profile_for
from jixiao.review.profile import load_profile
from jixiao.review.triggers import facts_of
plans = documents({count})
gc.collect(); gc.freeze()
review_plan(plans[0])
stage = {stage}


def stages(plan):  # (as review_plan: the cyclic collector paused, the views released)
    for project in plan.projects:  # (each distinct value parsed: the cache keeps the rest)
        for indicator in project.indicators:
            parse_value(indicator.value)
    if stage == 1:
        return
    profile, _ = profile_for(plan, load_profile())
    setup = engine._setup(profile)
    view = build_view(plan, profile, setup.lexicon, setup.shared)
    project_rules, shared_rules, plan_rules = setup.for_document(view)
    for project in view.projects:
        if stage == 3:
            for v in project.indicators:
                facts_of(v)
        elif stage >= 4:
            rows = project.shared = engine._rows_shared(setup, project)
            if engine._PLACEMENT not in rows:
                rows[engine._PLACEMENT] = engine._placement(setup, project.indicators)
        if stage == 5:  # (as engine._review, without the collector)
            for n, rule in rows[engine._PLACEMENT][1]:
                rule.check(project.indicators[n])
            for shared_by, group in shared_rules:
                key = (shared_by, shared_by(project))
                if key not in rows:
                    rows[key] = tuple([(r, hit) for r in group for hit in r.run(project)])
            for project_rule in project_rules:
                list(project_rule.run(project))
    if stage == 5:
        for plan_rule in plan_rules:
            list(plan_rule.run(view))
    release(view)


for plan in plans:
    if stage == 0:
        break
    engine.forget_shared(); clear_cache()
    if stage == 6:
        review_plan(plan)
        continue
    gc.disable()
    stages(plan)
    gc.enable()
print(sum(p.indicator_count for p in plans))
"""
_STAGES = (
    "parse", "views", "facts", "content rules", "project and plan rules", "findings and grades"
)  # fmt: skip


def main() -> None:
    tree, indicators_wanted = counting_arguments(__doc__)
    counts = []
    for stage in range(len(_STAGES) + 1):
        code = _WORK.format(root=str(tree), count=indicators_wanted, stage=stage)
        counts.append(count_instructions(tree, code))
    indicators = counts[0][1]
    # each run does the stages before it too (the placement computes the facts itself)
    for n, label in enumerate(_STAGES, start=1):
        extra = counts[n][0] - counts[n - 1][0]
        print(f"{tree.name}: {label:<24}{extra / indicators:>10,.0f} instructions per indicator")
    total = counts[-1][0] - counts[0][0]
    print(f"{tree.name}: {'cold review in all':<24}{total / indicators:>10,.0f}")


if __name__ == "__main__":
    main()
