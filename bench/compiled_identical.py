"""Whether the compiled build writes the same JSON as the interpreted one, byte for byte.

    python bench/compiled_identical.py [--compiled .venv-compiled] [--interpreted .venv]
                                       [--docs 40] [FOLDER ...]

Runs ``jixiao import FOLDER --out`` and ``jixiao review FOLDER --format json`` of each
environment's command line (``make venv-compiled`` builds the compiled one) on the seeds,
``tests/fixtures/corpus`` and ``legacy``, the real samples of other provinces, ``--docs``
synthetic text documents and the seeds written as Word and Excel files — plus any FOLDER
given — and compares every file written, the exit codes and the review's output. Prints
what differs and the count compared; exits 1 if anything differs or the compiled
environment does not run the compiled build.
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.import_identical import FOLDERS, _write_office  # noqa: E402


def _run(venv: Path, folders: list[Path], out: Path) -> dict[str, str]:
    """Import and review each folder with ``venv``'s jixiao; the exit code and review
    output of each, by name (the imported JSON is under ``out``)."""
    jixiao = str(venv / "bin" / "jixiao")
    version = subprocess.run([jixiao, "--version"], capture_output=True, text=True, check=True)
    print(f"{venv}: {version.stdout.strip()}")
    results = {"version": "compiled" if "compiled (mypyc)" in version.stdout else "interpreted"}
    for number, folder in enumerate(folders):
        name = f"{number:02d}-{folder.name}"
        imported = subprocess.run(
            [jixiao, "import", str(folder), "--out", str(out / name), "--jobs", "1"],
            capture_output=True, text=True,
        )  # fmt: skip
        results[f"{name} import exit"] = str(imported.returncode)
        review = subprocess.run(
            [jixiao, "review", str(folder), "--format", "json", "--jobs", "1"],
            capture_output=True, text=True,
        )  # fmt: skip
        results[f"{name} review exit"] = str(review.returncode)
        results[f"{name} review"] = review.stdout + review.stderr
    return results


def _differing_files(left: Path, right: Path) -> tuple[int, list[str]]:
    """(files compared, relative paths that differ or exist on one side only)."""
    names = {p.relative_to(left) for p in left.rglob("*") if p.is_file()}
    names |= {p.relative_to(right) for p in right.rglob("*") if p.is_file()}
    differ = [
        str(name)
        for name in sorted(names)
        if not ((left / name).is_file() and (right / name).is_file())
        or not filecmp.cmp(left / name, right / name, shallow=False)
    ]
    return len(names), differ


def main() -> None:
    from bench.synthetic import plan_to_text, synthetic_plans

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compiled", type=Path, default=ROOT / ".venv-compiled")
    parser.add_argument("--interpreted", type=Path, default=ROOT / ".venv")
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("folders", type=Path, nargs="*")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        synthetic = work / "synthetic"
        synthetic.mkdir()
        for number, plan in enumerate(synthetic_plans(args.docs)):
            (synthetic / f"doc{number:05d}.txt").write_text(plan_to_text(plan), encoding="utf-8")
        _write_office(work / "office")
        folders = [f for f in (*FOLDERS, *args.folders) if f.exists()]
        folders += [synthetic, work / "office"]
        compiled = _run(args.compiled, folders, work / "compiled")
        interpreted = _run(args.interpreted, folders, work / "interpreted")
        files, differ = _differing_files(work / "compiled", work / "interpreted")
    outputs = [key for key in compiled if key != "version"]
    differ += [key for key in outputs if compiled[key] != interpreted.get(key)]
    for name in differ:
        print(f"differs: {name}")
    print(f"{files:,} imported JSON files and {len(outputs)} review outputs and exit codes "
          f"compared, {len(differ)} differ")  # fmt: skip
    if compiled["version"] != "compiled":
        print(f"{args.compiled} does not run the compiled build (make venv-compiled)")
    sys.exit(1 if differ or compiled["version"] != "compiled" else 0)


if __name__ == "__main__":
    main()
