"""A province-year through the CLI: import, then review the JSON it wrote, as a user runs them.

    python bench/province_year.py                 # 5,000 projects (a developer run, < 3 min)
    python bench/province_year.py --full          # 100,000 projects (the issue's figures)
    python bench/province_year.py --projects 30000 --jobs 2

Synthetic text documents made from the seeds (``bench/synthetic.py``: projects shuffled,
renamed, budgets varied) are written to a temporary folder, then

    jixiao import DIR --out OUT --jobs N
    jixiao review OUT --jobs N --format json -o findings.json

run as subprocesses. Printed for each step and for both: wall time, documents/s,
indicators/s (per core by wall time, and by the CPU time the command and its workers
used — the fair figure when the machine is shared), and peak memory two ways — the
largest single process (``getrusage(RUSAGE_CHILDREN)`` max RSS, which covers the workers
too) and the sum over the command's whole process tree sampled every 0.2 s (what the
machine must actually hold) — each next to the issue's floor.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import plan_to_text, synthetic_plans

FULL_PROJECTS = 100_000
DEVELOPER_PROJECTS = 5_000
# Projects whose documents are made one by one; more are copies under other names.
DISTINCT_PROJECTS = 5_000
# The floors (issue 15, "A CLI for a province-year").
WALL_FLOOR_S = 300.0
MEMORY_FLOOR_MIB = 1024.0
IMPORT_FLOOR_PER_CORE = 50_000
REVIEW_FLOOR_PER_CORE = 100_000
_PAGE_MIB = resource.getpagesize() / 2**20


@dataclass(frozen=True)
class Step:
    name: str
    wall: float
    cpu: float  # user + system seconds of the command and all its workers
    tree_peak_mib: float


def write_province(
    folder: Path, projects: int, distinct: int = DISTINCT_PROJECTS
) -> tuple[int, int, int]:
    """Documents until ``projects`` projects are written; (documents, projects, indicators).

    The first ``distinct`` projects' documents are made from the seeds; the rest are those
    documents again under other department names (``（样本N）-2``…): making 100,000
    projects' documents one by one took over half an hour on the shared machine. The
    importer and the review meet the same tables and texts either way — the synthetic
    documents only shuffle and rename the seeds' projects."""
    made: list[tuple[str, str, int, int]] = []  # department line, rest, projects, indicators
    documents = written = indicators = 0

    def write(text: str, count: int, indicator_count: int) -> None:
        nonlocal documents, written, indicators
        path = folder / f"{documents // 1000:03d}" / f"doc{documents:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        documents += 1
        written += count
        indicators += indicator_count

    for plan in synthetic_plans(min(projects, distinct)):  # never more documents than projects
        plan.projects = plan.projects[: min(projects, distinct) - written]
        department, rest = plan_to_text(plan).split("\n", 1)
        made.append((department, rest, len(plan.projects), plan.indicator_count))
        write(f"{department}\n{rest}", len(plan.projects), plan.indicator_count)
        if written >= min(projects, distinct):
            break
    copy = 1
    while written < projects:
        copy += 1
        for department, rest, count, indicator_count in made:
            if written >= projects:
                break
            write(f"{department}-{copy}\n{rest}", count, indicator_count)
    return documents, written, indicators


def _tree_rss_mib(root: int) -> float:
    """Resident memory of ``root`` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    resident: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            pages = int((entry / "statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents[int(entry.name)] = int(stat[1])
        resident[int(entry.name)] = pages
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(resident.get(pid, 0) for pid in tree) * _PAGE_MIB


def run_step(name: str, args: list[str]) -> Step:
    """Run ``jixiao ARGS``, sampling its process tree's memory until it ends."""
    command = [sys.executable, "-m", "jixiao.cli.main", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.2):
            peak = max(peak, _tree_rss_mib(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Step(name, wall, cpu, peak)


def _load() -> str:
    """The machine's load: wall times mean little on a shared machine without it."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} cores"


def _verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=DEVELOPER_PROJECTS)
    parser.add_argument("--full", action="store_true", help=f"{FULL_PROJECTS:,} projects")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    projects = FULL_PROJECTS if args.full else args.projects

    with tempfile.TemporaryDirectory(prefix="province-year-") as tmp:
        root = Path(tmp)
        source, out, findings = root / "documents", root / "json", root / "findings.json"
        source.mkdir()
        start = time.perf_counter()
        documents, projects, indicators = write_province(source, projects)
        print(
            f"province-year: {documents:,} documents, {projects:,} projects, "
            f"{indicators:,} indicators (written in {time.perf_counter() - start:.0f} s); "
            f"--jobs {args.jobs}; {_load()}"
        )
        jobs = ["--jobs", str(args.jobs)]
        steps = [
            run_step("import", ["import", str(source), "--out", str(out), *jobs]),
            run_step(
                "review (of the JSON)",
                ["review", str(out), *jobs, "--format", "json", "-o", str(findings)],
            ),
        ]
        findings_mib = findings.stat().st_size / 2**20
    single_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    floors = {"import": IMPORT_FLOOR_PER_CORE, "review (of the JSON)": REVIEW_FLOOR_PER_CORE}
    for step in steps:
        rate = indicators / step.wall
        per_core = rate / args.jobs
        per_cpu_second = indicators / step.cpu
        print(
            f"{step.name:<22}{step.wall:>7.1f} s wall {step.cpu:>7.1f} s CPU "
            f"{documents / step.wall:>8.1f} docs/s {rate:>9,.0f} ind/s | per core "
            f"{per_core:>7,.0f} by wall, {per_cpu_second:>7,.0f} by CPU time "
            f"(floor {floors[step.name]:,}: {_verdict(per_core >= floors[step.name])}) | "
            f"tree peak {step.tree_peak_mib:,.0f} MiB"
        )
    print(f"after the run: {_load()}")
    total = sum(step.wall for step in steps)
    tree_peak = max(step.tree_peak_mib for step in steps)
    print(f"findings.json: {findings_mib:,.0f} MiB")
    print(
        f"import + review: {total:.1f} s (floor < {WALL_FLOOR_S:.0f} s: "
        f"{_verdict(total < WALL_FLOOR_S)}); peak memory {tree_peak:,.0f} MiB for the whole "
        f"process tree, {single_mib:,.0f} MiB largest process (floor < {MEMORY_FLOOR_MIB:.0f} "
        f"MiB: {_verdict(tree_peak < MEMORY_FLOOR_MIB)})"
    )
    if projects < FULL_PROJECTS:
        print(f"(a province-year is {FULL_PROJECTS:,} projects: --full)")


if __name__ == "__main__":
    main()
