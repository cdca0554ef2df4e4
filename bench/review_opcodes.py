"""Where a cold review's Python work goes, line by line: opcodes counted, not timed.

    python bench/review_opcodes.py [--indicators 3000] [--top 40] [--match PATH_PART]
        [--kind self-evaluation]

Reviews the documents of ``bench/review_speed.py`` cold (shared table and parse cache
emptied before every document, as ``review_instructions.py`` does) with a ``sys.settrace``
hook counting every Python opcode executed, and prints the opcodes per indicator of the
costliest functions and lines (``--match`` keeps those whose file path contains it, e.g.
``rules/``). Like valgrind's count, load does not move it, and it runs in seconds rather
than minutes, but it says where the interpreter's steps go, not what they cost: work done
in C (regular expressions, ``map``, set operations) counts as one opcode however long it
takes, and making an iterator per call can cost more than the opcodes it saves. So use
it to find what a rule does per pair or per row that it could do once, and keep a change
only if ``bench/review_instructions.py`` agrees. ``--kind self-evaluation`` reviews the
corpus's 自评表 (``bench/selfeval_set.py``), where the rules gated on a 自评表 run.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.review_speed import documents
from jixiao.grammar import clear_cache
from jixiao.review import review_plan
from jixiao.review.engine import forget_shared

_Line = tuple[str, int, str]


def count_opcodes(indicators: int, kind: str = "plans") -> tuple[Counter[_Line], int]:
    """Opcodes executed per (file, line, function) in a cold review, and the indicators."""
    if kind == "plans":
        plans = documents(indicators)
    else:
        from bench import selfeval_set

        bases = selfeval_set.corpus_self_evaluations()
        plans = selfeval_set.documents(bases, indicators, seed=7)
    review_plan(plans[0])  # modules loaded, lexicons compiled: not part of a review
    lines: Counter[_Line] = Counter()

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        frame.f_trace_opcodes = True
        if event == "opcode":
            code = frame.f_code
            lines[(code.co_filename.split("/src/")[-1], frame.f_lineno, code.co_name)] += 1
        return trace

    sys.settrace(trace)
    try:
        for plan in plans:
            forget_shared()
            clear_cache()
            review_plan(plan)
    finally:
        sys.settrace(None)
    return lines, sum(p.indicator_count for p in plans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=3000)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--match", default="", help="only files whose path contains this")
    parser.add_argument("--kind", choices=("plans", "self-evaluation"), default="plans")
    args = parser.parse_args()
    lines, indicators = count_opcodes(args.indicators, args.kind)
    print(f"cold review: {sum(lines.values()) / indicators:,.0f} opcodes per indicator")
    kept = Counter({k: v for k, v in lines.items() if args.match in k[0]})
    functions: Counter[tuple[str, str]] = Counter()
    for (path, _, name), count in kept.items():
        functions[(path, name)] += count
    print("functions (opcodes per indicator):")
    for (path, name), count in functions.most_common(args.top):
        print(f"{count / indicators:>9.1f}  {path} {name}")
    print("lines:")
    for (path, line, name), count in kept.most_common(args.top):
        print(f"{count / indicators:>9.1f}  {path}:{line} {name}")


if __name__ == "__main__":
    main()
