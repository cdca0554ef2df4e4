"""What the public may see of a plan (公开): its content, without how it was stored.

A published plan leaves out the name of the file it was read from, the import warnings and
every source location (file, sheet, line): internal working data of the unit and the
bureau. :func:`public_bytes` gives any download format from such a copy; the open-data JSON
(alone or in the CSV package) has no ``source_file``, ``warnings`` or ``sources`` keys.
"""

from __future__ import annotations

import json
from typing import Any

from jixiao.exporters.formats import export_bytes
from jixiao.exporters.open_data import (
    INDICATORS_CSV,
    PLAN_JSON,
    csv_bytes,
    datapackage,
    indicators_csv,
)
from jixiao.exporters.zipped import zip_bytes
from jixiao.model.plan import DepartmentPlan

INTERNAL = frozenset({"source_file", "warnings", "sources"})


def _without_internal(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_internal(v) for k, v in value.items() if k not in INTERNAL}
    if isinstance(value, list):
        return [_without_internal(v) for v in value]
    return value


def public_data(plan: DepartmentPlan) -> dict[str, Any]:
    """The plan as open data: the JSON model less its internal fields."""
    data: dict[str, Any] = _without_internal(plan.model_dump(mode="json"))
    return data


def public_json(plan: DepartmentPlan) -> str:
    return json.dumps(public_data(plan), ensure_ascii=False, indent=1)


def public_plan(plan: DepartmentPlan) -> DepartmentPlan:
    """A copy to render (Word, PDF, Excel, web page): no file name, warnings or sources."""
    data = public_data(plan)
    data["source_file"] = plan.department or "公开文本"
    return DepartmentPlan.model_validate(data)


def public_bytes(plan: DepartmentPlan, fmt: str) -> bytes:
    """A public download in ``fmt`` (see :func:`jixiao.exporters.formats.formats`)."""
    if fmt == "json":
        return public_json(plan).encode()
    if fmt == "csv":
        descriptor = json.dumps(
            datapackage(plan, INDICATORS_CSV, PLAN_JSON), ensure_ascii=False, indent=1
        )
        return zip_bytes(
            [
                (INDICATORS_CSV, csv_bytes(indicators_csv(plan))),
                ("datapackage.json", descriptor),
                (PLAN_JSON, public_json(plan)),
            ]
        )
    return export_bytes(public_plan(plan), fmt)
