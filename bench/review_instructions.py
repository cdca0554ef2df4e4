"""Instructions the review executes per indicator, warm and cold, counted by valgrind.

    python bench/review_instructions.py [--indicators 3000] [--tree PATH]

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
_REFS = re.compile(r"I\s+refs:\s+([0-9,]+)")


def _count(tree: Path, count: int, mode: str) -> tuple[int, int]:
    """(instructions, indicators) of one run."""
    return count_instructions(tree, _WORK.format(root=str(tree), count=count, mode=mode))


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


def counting_arguments(doc: str) -> tuple[Path, int]:
    """The checkout whose code to count and the number of indicators, from the command
    line (shared by the review's instruction benchmarks)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=3000)
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout whose code to count")
    args = parser.parse_args()
    print(f"build: {counted_build(args.tree.resolve())}")
    return args.tree.resolve(), args.indicators


def counted_build(tree: Path) -> str:
    """Which build the counts are of (``--tree`` checkouts run from their sources)."""
    from jixiao.build_info import build_label

    return build_label() if tree == ROOT else "interpreted"


def main() -> None:
    tree, indicators_wanted = counting_arguments(__doc__)
    base, _ = _count(tree, indicators_wanted, "none")
    counted = {}
    for mode in ("warm", "cold", "again"):
        refs, indicators = _count(tree, indicators_wanted, mode)
        counted[mode] = review = refs - base
        if mode == "again":  # a second warm pass: only what is paid per occurrence
            mode, review = "truly warm: second pass", review - counted["warm"]
        print(f"{tree.name}: review ({mode}) {review / 1e6:,.1f} million instructions, "
              f"{review / indicators:,.0f} per indicator ({indicators:,} indicators)")  # fmt: skip


if __name__ == "__main__":
    main()
