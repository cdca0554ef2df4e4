"""``jixiao import`` and ``review`` over many documents: memory bounded by one document,
``--jobs`` giving the output of one process, broken files isolated, Ctrl+C stopping all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from bench.synthetic import plan_to_text, synthetic_plans
from click.testing import CliRunner

from jixiao.cli.main import cli
from tests.conftest import SEEDS_DIR, seed_path


def run_jixiao(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jixiao.cli.main", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def write_documents(folder: Path, count: int, projects: int) -> Path:
    """``count`` synthetic text documents made from the seeds, ``projects`` projects each."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, plan in enumerate(synthetic_plans(count)):
        plan.projects = plan.projects[:projects]
        (folder / f"doc{number:04d}.txt").write_text(plan_to_text(plan), encoding="utf-8")
    return folder


def traced_peak(*args: str) -> int:
    """Peak Python memory (bytes) of one in-process ``jixiao`` run."""
    tracemalloc.start()
    try:
        result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.exit_code == 0, result.output
    return peak


@pytest.mark.parametrize("command", ["import", "review"])
def test_many_documents_take_the_memory_of_one(tmp_path: Path, command: str) -> None:
    """200 documents peak near 20 documents: each plan is released once written.

    Keeping every plan (as the commands did) makes the 200 run peak ~10× the 20 run."""
    seed_path("000_6fea33418e000787")
    few = write_documents(tmp_path / "few", 20, projects=3)
    many = write_documents(tmp_path / "many", 200, projects=3)

    def peak(folder: Path) -> int:
        if command == "import":
            out = tmp_path / f"{folder.name}-json"
            return traced_peak("import", str(folder), "--out", str(out), "--jobs", "1")
        findings = tmp_path / f"{folder.name}-findings.json"
        return traced_peak(
            "review", str(folder), "--format", "json", "-o", str(findings), "--jobs", "1"
        )

    # Warm on every document first: the profile, and the review's bounded caches of
    # distinct indicators and parsed values, are filled once per process, not per document.
    peak(many)
    few_peak, many_peak = peak(few), peak(many)
    assert many_peak < 2 * few_peak, (few_peak, many_peak)


@pytest.fixture(scope="module")
def seed_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    seed_path("000_6fea33418e000787")
    root = tmp_path_factory.mktemp("seed-runs")
    runs: dict[str, Path] = {}
    for jobs in ("1", "2"):
        out = root / f"json-{jobs}"
        imported = run_jixiao("import", str(SEEDS_DIR), "--out", str(out), "--jobs", jobs)
        assert imported.returncode == 0, imported.stderr
        (root / f"import-{jobs}.txt").write_text(
            imported.stdout.replace(str(out), "OUT"), encoding="utf-8"
        )
        runs[f"json-{jobs}"] = out
        runs[f"import-{jobs}"] = root / f"import-{jobs}.txt"
        for name, source in (("sources", SEEDS_DIR), ("json", out)):
            findings = root / f"findings-{name}-{jobs}.json"
            reviewed = run_jixiao(
                "review", str(source), "--format", "json", "-o", str(findings), "--jobs", jobs
            )
            assert reviewed.returncode == 0, reviewed.stderr
            runs[f"findings-{name}-{jobs}"] = findings
    return runs


def test_two_jobs_write_what_one_job_writes(seed_runs: dict[str, Path]) -> None:
    assert seed_runs["import-1"].read_text() == seed_runs["import-2"].read_text()
    one, two = seed_runs["json-1"], seed_runs["json-2"]
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.stem + ".json" for p in SEEDS_DIR.glob("*.txt"))
    assert names == sorted(p.name for p in two.iterdir())
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    for name in ("sources", "json"):
        first = seed_runs[f"findings-{name}-1"].read_text(encoding="utf-8")
        assert first == seed_runs[f"findings-{name}-2"].read_text(encoding="utf-8")


def test_review_of_imported_json_equals_review_of_the_sources(
    seed_runs: dict[str, Path],
) -> None:
    import json

    from_sources = json.loads(seed_runs["findings-sources-2"].read_text(encoding="utf-8"))
    from_json = json.loads(seed_runs["findings-json-2"].read_text(encoding="utf-8"))
    assert from_sources and from_json == from_sources
    # The findings point into the original documents, not into the JSON read.
    seeds = {p.name for p in SEEDS_DIR.glob("*.txt")}
    assert {f["source"] for f in from_json} == seeds
    located = [f["location"] for f in from_json if f["location"]]
    assert located and all(loc.split(":")[0] in seeds for loc in located)


def test_a_broken_file_among_good_ones_gives_its_line_and_the_others_go_on(
    tmp_path: Path,
) -> None:
    seed_path("000_6fea33418e000787")
    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in SEEDS_DIR.glob("*.txt"):
        (inputs / seed.name).write_bytes(seed.read_bytes())
    (inputs / "003_broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out"
    result = run_jixiao("import", str(inputs), "--out", str(out), "--jobs", "2")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors == ["错误 003_broken.docx: 文件已损坏或不是有效的 Office 文档"]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        p.stem + ".json" for p in SEEDS_DIR.glob("*.txt")
    )
    assert all(name in result.stdout for name in ("000_6fea33418e000787.txt", "004_c52ee38ce6"))

    (out / "not-a-plan.json").write_text('{"rule": "R001"}', encoding="utf-8")
    findings = tmp_path / "findings.json"
    reviewed = run_jixiao(
        "review", str(inputs), str(out), "--format", "json", "-o", str(findings), "--jobs", "2"
    )
    assert reviewed.returncode == 1
    broken = [line for line in reviewed.stderr.splitlines() if line.startswith("错误")]
    assert len(broken) == 2
    assert broken[0].startswith("错误 003_broken.docx: 文件已损坏")
    assert broken[1].startswith("错误 not-a-plan.json: 不是 jixiao 导出的部门预算绩效 JSON")
    assert findings.exists() and "004_c52ee38ce6c6c3d2.txt" in findings.read_text("utf-8")


def _session_processes(session: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command name: state, ppid, pgrp, session…
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def test_ctrl_c_stops_the_workers_and_says_how_far_it_got(tmp_path: Path) -> None:
    seed_path("000_6fea33418e000787")
    inputs = write_documents(tmp_path / "in", 400, projects=19)
    out = tmp_path / "out"
    command = ["import", str(inputs), "--out", str(out), "--jobs", "2"]
    process = subprocess.Popen(
        [sys.executable, "-m", "jixiao.cli.main", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal gives a command
    )
    deadline = time.monotonic() + 120
    while not (out.is_dir() and any(out.glob("*.json"))) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert process.poll() is None, "the import ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl+C sends: the whole group
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "已中断：已处理" in stderr and "Traceback" not in stderr
    time.sleep(0.5)
    assert _session_processes(process.pid) == []
    written = list(out.iterdir())
    assert 0 < len(written) < 400
    assert all(p.suffix == ".json" and not p.name.startswith(".") for p in written)


@pytest.mark.parametrize("output_format", ["table", "html", "xlsx"])
def test_two_jobs_review_in_every_format_as_one_job(tmp_path: Path, output_format: str) -> None:
    import openpyxl

    seed_path("000_6fea33418e000787")
    written = []
    for jobs in ("1", "2"):
        output = tmp_path / f"review-{jobs}.{output_format}"
        result = run_jixiao(
            "review", str(SEEDS_DIR), "--format", output_format, "-o", str(output), "--jobs", jobs
        )
        assert result.returncode == 0, result.stderr
        if output_format == "xlsx":  # the zip's timestamps differ; the cells must not
            book = openpyxl.load_workbook(output)
            written.append([[c.value for c in row] for s in book for row in s.iter_rows()])
        else:
            written.append(output.read_text(encoding="utf-8"))
    assert written[0] and written[0] == written[1]
    assert "004_c52ee38ce6c6c3d2.txt" in str(written[1])
