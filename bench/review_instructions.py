"""Instructions the review executes per indicator, warm and cold, counted by valgrind.

    python bench/review_instructions.py [--indicators 3000] [--tree PATH]
        [--kind self-evaluation] [--without N242,N244]

On a shared machine CPU time varies by ±20% from run to run, more than most changes to
the review; the number of machine instructions does not. This runs the documents of
``bench/review_speed.py`` under ``valgrind --tool=cachegrind --cache-sim=no`` four times
(building them only, then reviewing them warm, then cold) with a fixed hash seed, and
prints the review's instructions per indicator (the difference to the first run).
A fourth run reviews them warm, then as many other documents made from the seeds (other
shuffles, names and budgets): that second pass minus the first is what a truly warm review
costs — every distinct indicator already seen, each document new, as in a province's run.
``--tree`` counts another checkout's code (its ``src`` and ``bench``), e.g. a worktree of
``main``, for a before/after comparison. Each run takes about a minute (valgrind runs
Python some 30× slower); valgrind must be installed.

``--kind self-evaluation`` reviews the corpus's 自评表 instead (``bench/selfeval_set.py``:
the rules gated on a 自评表 never run on the seeds' plans); ``--without`` reviews under a
profile with those rules switched off, so that a run with and one without give a rule's cost.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_WORK = """
import gc, sys
sys.path.insert(0, {root!r})
from bench.review_speed import documents, review_all
from jixiao.review import review_plan
plans = documents({count})
others = documents({count}, seed=8)  # other documents of the same rows, for "again"
gc.collect(); gc.freeze()
review_plan(plans[0])
if {mode!r} != "none":
    review_all(plans, cold={mode!r} == "cold")
if {mode!r} == "again":
    review_all(others, cold=False)
print(sum(p.indicator_count for p in (others if {mode!r} == "again" else plans)))
"""
# the same passes over a set written by bench/selfeval_set.py, under a profile without rules
_SET_WORK = """
import gc, json, sys
sys.path.insert(0, {root!r})
from jixiao.model import DepartmentPlan
from jixiao.review import engine, review_plan
from jixiao.review.profile import load_profile
from jixiao.grammar import clear_cache
loaded = json.loads(open({path!r}, encoding="utf-8").read())
read = DepartmentPlan.model_validate_json
plans, others = ([read(s) for s in loaded[k]] for k in ("plans", "others"))
base = load_profile()
profile = base.model_copy(update={{"id": base.id + "-bench",
    "disabled_rules": sorted(set(base.disabled_rules) | set({without!r}))}})
def review_all(documents, cold):
    for plan in documents:
        if cold:
            engine.forget_shared(); clear_cache()
        review_plan(plan, profile)
gc.collect(); gc.freeze()
review_plan(plans[0], profile)
if {mode!r} != "none":
    review_all(plans, cold={mode!r} == "cold")
if {mode!r} == "again":
    review_all(others, cold=False)
print(sum(p.indicator_count for p in (others if {mode!r} == "again" else plans)))
"""
_SetRun = tuple[Path, list[str]]  # the set's JSON, the rules switched off
_REFS = re.compile(r"I\s+refs:\s+([0-9,]+)")


def _count(tree: Path, count: int, mode: str, selfeval: _SetRun | None) -> tuple[int, int]:
    """(instructions, indicators) of one run."""
    if selfeval is None:
        return count_instructions(tree, _WORK.format(root=str(tree), count=count, mode=mode))
    path, without = selfeval
    code = _SET_WORK.format(root=str(tree), path=str(path), without=without, mode=mode)
    return count_instructions(tree, code)


def count_instructions(tree: Path, code: str) -> tuple[int, int]:
    """(instructions, the last number printed) of Python running ``code`` on ``tree``'s src
    under valgrind, with a fixed hash seed. This checkout's code is the interpreter's own
    jixiao (its src for the development .venv, the compiled build for .venv-compiled)."""
    env = os.environ | {"PYTHONHASHSEED": "0"}
    if tree.resolve() != ROOT:
        env["PYTHONPATH"] = str(tree / "src")
    done = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-c", code],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    refs = _REFS.search(done.stderr)
    if refs is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(refs.group(1).replace(",", "")), int(done.stdout.split()[-1])


def counting_parser(doc: str) -> argparse.ArgumentParser:
    """The options of the review's instruction benchmarks: indicators and checkout."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=3000)
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout whose code to count")
    return parser


def counting_arguments(doc: str) -> tuple[Path, int]:
    """The checkout whose code to count and the number of indicators, from the command
    line (shared by the review's instruction benchmarks)."""
    args = counting_parser(doc).parse_args()
    print(f"build: {counted_build(args.tree.resolve())}")
    return args.tree.resolve(), args.indicators


def counted_build(tree: Path) -> str:
    """Which build the counts are of (``--tree`` checkouts run from their sources)."""
    from jixiao.build_info import build_label

    return build_label() if tree == ROOT else "interpreted"


def _set_run(kind: str, without: str, indicators: int) -> _SetRun | None:
    """The self-evaluation set (written by this checkout) and the rules to leave out."""
    if kind == "plans":
        if without:
            raise SystemExit("--without needs --kind self-evaluation")
        return None
    from bench.selfeval_set import write_set

    path = write_set(ROOT / "out" / "bench" / f"selfeval-{indicators}.json", indicators)
    return path, [r for r in without.split(",") if r]


def main() -> None:
    parser = counting_parser(__doc__)
    parser.add_argument("--kind", choices=("plans", "self-evaluation"), default="plans")
    parser.add_argument("--without", default="", help="rule ids to switch off, comma-separated")
    args = parser.parse_args()
    tree, indicators_wanted = args.tree.resolve(), args.indicators
    print(f"build: {counted_build(tree)}")
    selfeval = _set_run(args.kind, args.without, indicators_wanted)
    base, _ = _count(tree, indicators_wanted, "none", selfeval)
    counted = {}
    for mode in ("warm", "cold", "again"):
        refs, indicators = _count(tree, indicators_wanted, mode, selfeval)
        counted[mode] = review = refs - base
        if mode == "again":  # a second warm pass: only what is paid per occurrence
            mode, review = "truly warm: second pass", review - counted["warm"]
        print(f"{tree.name}: review ({mode}) {review / 1e6:,.1f} million instructions, "
              f"{review / indicators:,.0f} per indicator ({indicators:,} indicators)")  # fmt: skip


if __name__ == "__main__":
    main()
