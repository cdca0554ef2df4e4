"""Round trips of the corpus (other provinces' documents): import → export → import.

For each document of ``tests/fixtures/corpus`` (or a sample), the imported plan is written
in each format, the export imported again, and every field the model holds compared: the
plan's (department, year, goals, units), each project's (budget, funds, execution, total
score, 项目概况 fields) and each indicator's (value, actual, weight, score, deviation, unit,
nature, 中期 value …), and the disclosure rows. A field is *lost* when the original holds a
value and the round trip gives none, *changed* when it gives another. The CSV is not a
document to import: its indicators.csv is compared with the indicators it was written from.

    .venv/bin/python -m tests.exporters.corpus_round_trips            # the full sweep
    .venv/bin/python -m tests.exporters.corpus_round_trips --pdf 20   # PDF for 20 documents
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.exporters.formats import export_plan, get_format
from jixiao.exporters.layout import plain_number
from jixiao.exporters.open_data import CSV_ENCODING
from jixiao.importers.api import import_file, load_plan
from jixiao.importers.errors import ImportFailed
from jixiao.model.plan import DepartmentPlan
from tests.conftest import published_fields
from tests.importers.corpus_metrics import _documents as transcribed

FORMATS = ("docx", "xlsx", "html", "json", "csv", "pdf")
EMPTY: tuple[object, ...] = (None, "", [], {}, False)


@dataclass
class Trip:
    """One document through one format."""

    document: str
    kind: str
    fmt: str
    fields: int = 0
    lost: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    failed: str | None = None

    @property
    def whole(self) -> bool:
        return self.failed is None and not self.lost and not self.changed


def corpus_documents() -> list[tuple[str, Path]]:
    """(kind, document) for every transcribed corpus document, in name order."""
    return [(expected.parent.name, document) for expected, document in transcribed()]


def flatten(value: Any, path: str = "") -> dict[str, Any]:
    """Leaves of the plan's fields by path (``projects[0].indicators[3].actual``)."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(flatten(item, f"{path}.{key}" if path else str(key)))
        return out
    if isinstance(value, list) and value and isinstance(value[0], dict | list):
        out = {}
        for index, item in enumerate(value):
            out.update(flatten(item, f"{path}[{index}]"))
        return out
    return {path: value}


def field_name(path: str) -> str:
    """The field a path names, without its indexes: ``indicators.actual``."""
    parts = [part.split("[")[0] for part in path.split(".")]
    return ".".join(part for part in parts[-2:] if part)


def compare(original: DepartmentPlan, back: DepartmentPlan, trip: Trip) -> None:
    want, got = flatten(published_fields(original)), flatten(published_fields(back))
    for path, value in want.items():
        if value in EMPTY:
            continue
        trip.fields += 1
        other = got.get(path)
        if other in EMPTY:
            trip.lost.append(path)
        elif other != value:
            trip.changed.append(path)


# What indicators.csv carries of each indicator (its column names are the model's); the
# rest of the plan travels in the package's department-plan.json (the "json" figures).
CSV_FIELDS = (
    "level1", "level2", "level3", "description", "value", "basis",
    "midterm_value", "actual", "weight", "score", "deviation",
)  # fmt: skip


def compare_csv(plan: DepartmentPlan, path: Path, trip: Trip) -> None:
    """The CSV's records against the plan's indicators, field by field."""
    with path.open(encoding=CSV_ENCODING, newline="") as file:
        records = {(r["project_no"], r["indicator_no"]): r for r in csv.DictReader(file)}
    for p, project in enumerate(plan.projects, start=1):
        for i, indicator in enumerate(project.indicators, start=1):
            record = records.get((str(p), str(i)), {})
            for name in CSV_FIELDS:
                value = getattr(indicator, name)
                if value in EMPTY:
                    continue
                trip.fields += 1
                text = record.get(name, "").removeprefix("'")  # a neutralised formula start
                path_name = f"projects[{p - 1}].indicators[{i - 1}].{name}"
                if not text:
                    trip.lost.append(path_name)
                elif text != (plain_number(value) if isinstance(value, Decimal) else value):
                    trip.changed.append(path_name)


def round_trip(plan: DepartmentPlan, fmt: str, folder: Path, trip: Trip) -> None:
    chosen = get_format(fmt)
    target = folder / (chosen.file_name or f"plan{chosen.suffix}")
    try:
        written = export_plan(plan, fmt, target)
        if fmt == "csv":
            compare_csv(plan, written[0], trip)
            return
        back = load_plan(written[0])
    except (ImportFailed, Exception) as error:  # a failure is a figure, not a crash
        trip.failed = f"{type(error).__name__}: {error}"[:200]
        return
    compare(plan, back, trip)


def measure(
    documents: list[tuple[str, Path]], formats: tuple[str, ...], pdf_every: int = 0
) -> list[Trip]:
    """Each document through each format; PDF only for every ``pdf_every``-th one."""
    trips: list[Trip] = []
    for index, (kind, document) in enumerate(documents):
        try:
            plan = import_file(document)
        except ImportFailed:
            continue
        for fmt in formats:
            if fmt == "pdf" and not (pdf_every and index % pdf_every == 0):
                continue
            trip = Trip(document.name, kind, fmt)
            with tempfile.TemporaryDirectory() as folder:
                round_trip(plan, fmt, Path(folder), trip)
            trips.append(trip)
    return trips


def report(trips: list[Trip]) -> str:
    """Per format and per kind: documents whole / documents, fields lost, fields changed."""
    lines = ["| format | kind | documents whole | fields | lost | changed | failed |"]
    lines.append("|---|---|---|---|---|---|---|")
    groups: dict[tuple[str, str], list[Trip]] = defaultdict(list)
    for trip in trips:
        groups[(trip.fmt, trip.kind)].append(trip)
        groups[(trip.fmt, "all")].append(trip)
    order = {fmt: i for i, fmt in enumerate(FORMATS)}
    for (fmt, kind), group in sorted(groups.items(), key=lambda g: (order[g[0][0]], g[0][1])):
        whole = sum(t.whole for t in group)
        lines.append(
            f"| {fmt} | {kind} | {whole}/{len(group)} | {sum(t.fields for t in group)} | "
            f"{sum(len(t.lost) for t in group)} | {sum(len(t.changed) for t in group)} | "
            f"{sum(t.failed is not None for t in group)} |"
        )
    return "\n".join(lines)


def worst_fields(trips: list[Trip], fmt: str, top: int = 12) -> list[tuple[str, int]]:
    """The fields most often lost or changed in ``fmt``."""
    counts: Counter[str] = Counter()
    for trip in trips:
        if trip.fmt == fmt:
            counts.update(f"lost {field_name(p)}" for p in trip.lost)
            counts.update(f"changed {field_name(p)}" for p in trip.changed)
    return counts.most_common(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=int, default=20, help="PDF for this many documents")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--kind", default=None, help="only this corpus folder")
    parser.add_argument("--fields", action="store_true", help="the fields most often lost")
    args = parser.parse_args(argv)
    documents = [(k, d) for k, d in corpus_documents() if args.kind in (None, k)]
    formats = tuple(args.formats.split(","))
    pdf_every = max(1, len(documents) // args.pdf) if args.pdf else 0
    trips = measure(documents, formats, pdf_every)
    print(report(trips))
    if args.fields:
        for fmt in formats:
            print(f"\n{fmt}:", ", ".join(f"{name} {n}" for name, n in worst_fields(trips, fmt)))
        for trip in trips:
            if trip.failed:
                print(f"failed {trip.fmt} {trip.document}: {trip.failed}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
