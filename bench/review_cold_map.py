"""Where a cold review's instructions go, by function and by kind of work (callgrind).

    python bench/review_cold_map.py [--indicators 3000] [--keep out/bench/cold.callgrind]

Runs the documents of ``bench/review_speed.py`` cold (every content cache emptied before
each document, as ``bench/review_cold_stages.py``) under ``valgrind --tool=callgrind
--dump-instr=no`` (fixed hash seed), collecting only inside the reviews (each is called
through ``operator.call``, the toggle), and prints per indicator:

* the engine's parts, inclusive: the views (the grammar's parse inside them), the facts,
  the content rules and their verdicts, placing the content findings, the project and
  plan rules (the rest of ``_review``, their findings included), the grades;
* what cuts across them, inclusive: the value grammar's parse, the regex engine, the
  ``lru_cache`` wrappers' own work, attribute reads on pydantic models (CPython's
  ``__getattr__`` hook: ``BaseModel`` defines one), interpreted Python (what mypyc left);
* exclusive C work by kind: dicts, allocation, ``str``, tuples and lists;
* the costliest compiled functions, inclusive.

Run it with ``.venv-compiled/bin/python`` for the compiled build (what the brief measures:
mypyc's functions keep their names, interpreted code is one ``_PyEval_EvalFrameDefault``).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_WORK = """
import gc, operator, sys
sys.path.insert(0, {root!r})
from bench.review_speed import documents
from jixiao.grammar import clear_cache
from jixiao.review import engine, review_plan
plans = documents({count})
gc.collect(); gc.freeze()
review_plan(plans[0])
for plan in plans:
    engine.forget_shared(); clear_cache()
    operator.call(review_plan, plan)  # (the only calls of _operator_call: collected)
print(sum(p.indicator_count for p in plans))
"""
_LINE = re.compile(r"^\s*([\d,]+) \([^)]*\)\s+(?:\S*/)?([^/\s]*):(\S+?)('\d+)?(?: \[.*)?$")
# the engine's parts (mypyc's names): what _review calls, each inclusive
_ENGINE = (
    ("views (build_view, the parse inside)", "CPyDef_context___build_view"),
    ("facts (facts_of)", "CPyDef_triggers___facts_of"),
    ("content rules and their verdicts", "CPyDef_engine____content_verdicts"),
    ("- of it, the verdicts' templates", "CPyDef_engine____Setup___content_verdict"),
    ("content findings placed (place_rows)", "CPyDef_placing___Collector___place_rows"),
    ("project and plan rules' findings (add)", "CPyDef_placing___Collector___add"),
    ("grades (grade_tallies)", "CPyDef_grading___grade_tallies"),
)
_RE_CALLS = ("search", "sub", "findall", "finditer", "match", "fullmatch", "split")
_ACROSS = (
    ("value grammar's parse (every caller)", ("CPyDef_value___parse_value",)),
    ("regex engine (re's C functions)", tuple(f"_sre_SRE_Pattern_{m}" for m in _RE_CALLS)),
    ("pydantic attribute reads (__getattr__ hook)", ("slot_tp_getattr_hook",)),
    ("interpreted Python (frames entered)", ("_PyEval_Vector",)),
    ("lru_cache wrappers, with their misses' calls", ("lru_cache_call",)),
    ("cyclic GC", ("gc_collect_main",)),
)
_KINDS = {  # exclusive cost by CPython source file
    "dicts and sets": ("dictobject.c", "setobject.c", "pyhash.c"),
    "allocation and freeing": ("obmalloc.c", "malloc.c", "gcmodule.c", "pycore_object.h"),
    "str": ("unicodeobject.c", "fastsearch.h", "unicodeobject.h", "str_ops.c"),
    "tuples and lists": ("tupleobject.c", "listobject.c"),
    "attribute and type look-ups": ("typeobject.c", "object.c", "descrobject.c"),
    "regex engine": ("sre_lib.h", "sre.c", "sre.c.h"),
}


def _annotate(path: Path, inclusive: bool) -> list[tuple[int, str, str]]:
    done = subprocess.run(
        ["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}", "--auto=no",
         "--threshold=100", str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    rows = []
    for line in done.stdout.splitlines():
        m = _LINE.match(line)
        if m and m.group(4) is None:  # (a recursive entry's cost is in its first one)
            rows.append((int(m.group(1).replace(",", "")), m.group(2), m.group(3)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=3000)
    parser.add_argument("--keep", type=Path, help="write the callgrind file there")
    args = parser.parse_args()
    out = args.keep or Path(tempfile.mkdtemp()) / "cold.callgrind"
    out.parent.mkdir(parents=True, exist_ok=True)
    env = os.environ | {"PYTHONHASHSEED": "0"}
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--dump-instr=no", "--collect-atstart=no",
         "--toggle-collect=_operator_call", f"--callgrind-out-file={out}", sys.executable,
         "-c", _WORK.format(root=str(ROOT), count=args.indicators)],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    indicators = int(done.stdout.split()[-1])
    inclusive: dict[str, int] = defaultdict(int)
    for cost, _, function in _annotate(out, inclusive=True):
        inclusive[function] = max(inclusive[function], cost)
    total = inclusive["CPyDef_engine____review"] or inclusive["_review"]

    def show(label: str, cost: int) -> None:
        print(f"{label:<48}{cost / indicators:>10,.0f}{cost / total:>8.1%}")

    print(f"cold review, {indicators:,} indicators: per indicator, share of the pass")
    show("in all (_review)", total)
    parts = 0
    for label, function in _ENGINE:
        show(label, inclusive[function])
        parts += 0 if label.startswith("-") else inclusive[function]
    show("the rest: project and plan rules, result", total - parts)
    print("across the parts (inclusive):")
    for label, functions in _ACROSS:
        show(label, sum(inclusive[f] for f in functions))
    print("exclusive C work by kind:")
    kinds: dict[str, int] = defaultdict(int)
    for cost, file, _ in _annotate(out, inclusive=False):
        for kind, files in _KINDS.items():
            if file in files:
                kinds[kind] += cost
    for kind in _KINDS:
        show(kind, kinds[kind])
    print("costliest compiled functions (inclusive, the engine's own left out):")
    ranked = sorted(
        (cost, f) for f, cost in inclusive.items()
        if f.startswith("CPyDef_") and "engine___" not in f
        and "_gen_____mypyc_generator_helper__" not in f
    )  # fmt: skip
    for cost, function in ranked[::-1][:25]:
        show(function.removeprefix("CPyDef_"), cost)


if __name__ == "__main__":
    main()
