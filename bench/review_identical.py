"""Whether two checkouts review every document to the same JSON, byte for byte.

    python bench/review_identical.py --tree PATH [--docs 40] [--mixed 200] [FOLDER ...]

Reviews the seeds, ``tests/fixtures/corpus``, ``tests/fixtures/legacy``, the real samples of
other provinces (plus any FOLDER given), ``--docs`` synthetic documents (``bench/synthetic.py``)
and ``--mixed`` documents whose indicators are recombined at random from the corpus's
(levels, names, descriptions, values and bases drawn apart, so rules meet combinations no
real document holds) — once with this checkout's code and once with ``--tree``'s (its
``src``, e.g. an export of ``main``), each document twice: warm (one process reviewing them
in turn, sharing what identical indicators and rows have in common) and cold (everything
shared forgotten before it). Compares the whole report ``jixiao review --format json`` is
made from (``ReviewResult`` as JSON: findings, grades, skipped rules). Prints the count
compared and every document that differs; exits 1 if any. For a speed change of the review
that must not change what it finds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.import_identical import FOLDERS  # noqa: E402  (after the path is set)

_WORK = """
import json, random, sys
from pathlib import Path
sys.path.insert(1, {root!r})  # this checkout's bench, after the compared tree's src
from bench.review_identical import mixed_plans
from bench.synthetic import synthetic_plans
from jixiao.grammar import clear_cache
from jixiao.importers.api import expand_inputs, import_file
from jixiao.importers.errors import ImportFailed
from jixiao.review import review_plan
from jixiao.review.engine import forget_shared
plans = {{}}
for path in expand_inputs([Path(p) for p in json.loads(sys.argv[1])]):
    try:
        plans[str(path)] = import_file(path)
    except ImportFailed:
        pass  # import_identical.py compares imports; here only what is reviewed
read = list(plans.values())
for n, plan in enumerate(synthetic_plans({docs})):
    plans[f"synthetic/{{n}}"] = plan
for n, plan in enumerate(mixed_plans(read, {mixed})):
    plans[f"mixed/{{n}}"] = plan
out = {{}}
for name, plan in plans.items():
    out["warm " + name] = review_plan(plan).model_dump_json()
for name, plan in plans.items():
    forget_shared(); clear_cache()
    out["cold " + name] = review_plan(plan).model_dump_json()
Path(sys.argv[2]).write_text(json.dumps(out), encoding="utf-8")
"""

_FIELDS = ("level1", "level2", "level3", "description", "value", "basis")


def mixed_plans(plans: list[object], count: int, seed: int = 11) -> list[object]:
    """``count`` documents from ``plans`` whose indicator fields are drawn at random from the
    pools of all their indicators' fields (each field apart)."""
    import random

    from jixiao.model import DepartmentPlan

    read = [p for p in plans if isinstance(p, DepartmentPlan) and p.indicator_count]
    pools: dict[str, list[str]] = {name: [] for name in _FIELDS}
    for plan in read:
        for project in plan.projects:
            for indicator in project.indicators:
                for name in _FIELDS:
                    pools[name].append(getattr(indicator, name))
    rng = random.Random(seed)
    mixed: list[object] = []
    for number in range(count if read else 0):
        base = read[number % len(read)]
        projects = []
        for project in base.projects:
            rows = [
                row.model_copy(update={name: rng.choice(pools[name]) for name in _FIELDS})
                for row in project.indicators
            ]
            projects.append(project.model_copy(update={"indicators": rows}))
        mixed.append(base.model_copy(update={"projects": projects}))
    return mixed


def _reviews(
    tree: Path, folders: list[Path], args: argparse.Namespace, out: Path
) -> dict[str, str]:
    env = os.environ | {"PYTHONPATH": str(tree / "src"), "PYTHONHASHSEED": "0"}
    code = _WORK.format(root=str(ROOT), docs=args.docs, mixed=args.mixed)
    names = json.dumps([str(folder) for folder in folders])
    subprocess.run([sys.executable, "-c", code, names, str(out)], env=env, check=True)
    result: dict[str, str] = json.loads(out.read_text(encoding="utf-8"))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, required=True, help="the checkout to compare with")
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--mixed", type=int, default=200)
    parser.add_argument("folders", type=Path, nargs="*")
    args = parser.parse_args()
    folders = [f for f in (*FOLDERS, *args.folders) if f.exists()]
    with tempfile.TemporaryDirectory() as tmp:
        here = _reviews(ROOT, folders, args, Path(tmp) / "here.json")
        there = _reviews(args.tree.resolve(), folders, args, Path(tmp) / "there.json")
    names = here.keys() | there.keys()
    differ = sorted(name for name in names if here.get(name) != there.get(name))
    for name in differ:
        print(f"differs: {name}")
    findings = sum(len(json.loads(report)["findings"]) for report in here.values())
    print(f"{len(here):,} reviews compared ({findings:,} findings), {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
