"""Instructions the text import executes per indicator, counted by valgrind.

    python bench/import_instructions.py [--docs 20] [--tree PATH]

CPU time on a shared machine varies 2× from run to run; the number of machine instructions
does not. This writes ``--docs`` synthetic text documents (``bench/import_speed.py``'s),
then runs Python under ``valgrind --tool=cachegrind --cache-sim=no`` twice with a fixed hash
seed — importing them all once (modules loaded, profiles and dictionaries read, caches
warm), then twice — and prints the instructions per indicator of the second pass (the
difference): the steady state that ``import_speed.py``'s best of three passes measures.
``--tree`` counts another checkout's code (its ``src``), e.g. a worktree of ``main``, on
the same documents. Each run takes a minute or two; valgrind must be installed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.review_instructions import count_instructions, counted_build  # noqa: E402

_WORK = """
import sys
from pathlib import Path
from jixiao.importers.api import import_file
files = sorted(Path({folder!r}).glob("*.txt"))
for _ in range({passes!r}):
    count = sum(import_file(path).indicator_count for path in files)
print(count)
"""


def _count(tree: Path, folder: Path, passes: int) -> tuple[int, int]:
    """(instructions, indicators of a pass) of one run."""
    return count_instructions(tree, _WORK.format(folder=str(folder), passes=passes))


def main() -> None:
    from bench.synthetic import plan_to_text, synthetic_plans

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20)
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout whose code to count")
    args = parser.parse_args()
    tree = args.tree.resolve()
    print(f"build: {counted_build(tree)}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for number, plan in enumerate(synthetic_plans(args.docs)):
            (folder / f"doc{number:05d}.txt").write_text(plan_to_text(plan), encoding="utf-8")
        base, _ = _count(tree, folder, passes=1)
        refs, indicators = _count(tree, folder, passes=2)
    work = refs - base
    print(
        f"{tree.name}: text import {work / 1e6:,.1f} million instructions, "
        f"{work / indicators:,.0f} per indicator ({indicators:,} indicators, {args.docs} docs)"
    )


if __name__ == "__main__":
    main()
