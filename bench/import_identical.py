"""Whether two checkouts import every document to the same JSON, byte for byte.

    python bench/import_identical.py --tree PATH [--docs 40] [FOLDER ...]

Imports the seeds, ``tests/fixtures/corpus``, the real samples of other provinces and
``--docs`` synthetic text documents (``bench/synthetic.py``), the seeds written as Word and
Excel files (by this checkout's exporters) and ``tests/fixtures/legacy`` — plus any FOLDER
given — once
with this checkout's code and once with ``--tree``'s (its ``src``, e.g. an export of
``main``), and compares the JSON ``jixiao import --out`` writes for each file (or the
error it raised). Prints the count compared and every file that differs; exits 1 if any.
For a speed change that must not change what is imported.
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

_SHARED = Path("/work/shared")
FOLDERS = (  # what both the import and the review comparisons read
    _SHARED / "seeds",
    ROOT / "tests" / "fixtures" / "corpus",
    ROOT / "tests" / "fixtures" / "legacy",
    _SHARED / "samples" / "real",
)

_WORK = """
import json, sys
from pathlib import Path
from jixiao.importers.api import expand_inputs, import_file
from jixiao.importers.errors import ImportFailed
out = {}
for path in expand_inputs([Path(p) for p in json.loads(sys.argv[1])]):
    try:
        out[str(path)] = import_file(path).model_dump_json()
    except ImportFailed as error:
        out[str(path)] = "ImportFailed: " + str(error)
Path(sys.argv[2]).write_text(json.dumps(out), encoding="utf-8")
"""


def _imports(tree: Path, folders: list[Path], out: Path) -> dict[str, str]:
    env = os.environ | {"PYTHONPATH": str(tree / "src")}
    names = json.dumps([str(folder) for folder in folders])
    subprocess.run([sys.executable, "-c", _WORK, names, str(out)], env=env, check=True)
    result: dict[str, str] = json.loads(out.read_text(encoding="utf-8"))
    return result


def _write_office(folder: Path) -> None:
    """The seeds as .docx and .xlsx files."""
    from jixiao.exporters.docx_writer import write_plan_docx
    from jixiao.exporters.plan_xlsx import write_plan_xlsx
    from jixiao.importers.api import import_file

    folder.mkdir()
    for seed in sorted((_SHARED / "seeds").glob("*.txt")):
        plan = import_file(seed)
        write_plan_docx(plan, folder / f"{seed.stem}.docx")
        write_plan_xlsx(plan, folder / f"{seed.stem}.xlsx")


def main() -> None:
    from bench.synthetic import plan_to_text, synthetic_plans

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, required=True, help="the checkout to compare with")
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("folders", type=Path, nargs="*")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        synthetic = Path(tmp) / "synthetic"
        synthetic.mkdir()
        for number, plan in enumerate(synthetic_plans(args.docs)):
            text = plan_to_text(plan)
            (synthetic / f"doc{number:05d}.txt").write_text(text, encoding="utf-8")
        _write_office(Path(tmp) / "office")
        folders = [f for f in (*FOLDERS, *args.folders) if f.exists()]
        folders += [synthetic, Path(tmp) / "office"]
        here = _imports(ROOT, folders, Path(tmp) / "here.json")
        there = _imports(args.tree.resolve(), folders, Path(tmp) / "there.json")
    names = here.keys() | there.keys()
    differ = sorted(name for name in names if here.get(name) != there.get(name))
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(here):,} documents compared, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
