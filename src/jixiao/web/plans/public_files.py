"""The public downloads of a published plan, rendered once per plan revision.

Rendering the public PDF takes 5–9 seconds; every visitor asked for it again. A rendered
file is kept in the data directory (``public-files/plan-<id>/``), named by what it was
rendered from: the plan's content revision (:func:`jixiao.web.findings.storing.plan_revision`,
which every edit, import and workflow step changes, and the plan's time of change: an id
used again after a database is rebuilt does not find an old file), its department's name
(on the cover) and the exporter's fingerprint
(:func:`jixiao.exporters.fingerprint.exporter_fingerprint`).
An edit gives a new name, so the next download renders anew and replaces the old file.
Files, not the page cache: a PDF is large, and a cache eviction would bring the delay back.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from django.conf import settings

from jixiao.exporters.fingerprint import exporter_fingerprint
from jixiao.web.findings.storing import plan_revision
from jixiao.web.orgs.access import published_plans
from jixiao.web.plans.models import PlanRecord

FOLDER = "public-files"


def folder(plan: PlanRecord) -> Path:
    return Path(settings.DATA_DIR) / FOLDER / f"plan-{plan.pk}"


def file_key(plan: PlanRecord) -> str:
    """Names everything a public file of the plan is rendered from."""
    # the status too: the content revision leaves it out, and 审核单位 on the cover follows it
    revision = f"{plan_revision(plan.pk)}|{plan.status}|{plan.updated_at.isoformat()}"
    parts = f"{revision}|{plan.department.name}|{exporter_fingerprint()}"
    return hashlib.sha256(parts.encode()).hexdigest()[:24]


def public_file(plan: PlanRecord, fmt: str, render: Callable[[], bytes]) -> bytes:
    """The plan's public file in ``fmt``: the kept one if current, else ``render()``d and kept."""
    return _kept(folder(plan), file_key(plan), fmt, render)


def _published_in_order() -> list[PlanRecord]:
    return list(published_plans().select_related("department").order_by("year", "pk"))


def open_data_key() -> str:
    """Names everything the open-data bundle is made from: every published plan's file key."""
    plans = _published_in_order()
    key = hashlib.sha256("|".join(file_key(plan) for plan in plans).encode()).hexdigest()[:24]
    return f"{key}-{exporter_fingerprint()}"


def open_data_file(render: Callable[[list[PlanRecord]], bytes]) -> bytes:
    """The open-data bundle of every published plan (``render`` makes it from the plans),
    kept until a plan is published, withdrawn or changed, or the exporter changes."""
    place = Path(settings.DATA_DIR) / FOLDER / "open-data"
    return _kept(place, open_data_key(), "zip", lambda: render(_published_in_order()))


def _kept(place: Path, key: str, suffix: str, render: Callable[[], bytes]) -> bytes:
    """The file ``key.suffix`` in ``place`` if it is there, else ``render()``d and kept
    (written whole under a temporary name, then renamed: a reader never sees half a file),
    the other files of that suffix (earlier revisions) removed."""
    path = place / f"{key}.{suffix}"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    body = render()
    place.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=place, suffix=".part")
    with os.fdopen(handle, "wb") as out:
        out.write(body)
    os.replace(temporary, path)
    for old in place.glob(f"*.{suffix}"):  # earlier revisions of the same format
        if old != path:
            old.unlink(missing_ok=True)
    return body
