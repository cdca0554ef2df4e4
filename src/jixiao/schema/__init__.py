"""The published JSON Schema of a department plan, generated from the model."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from jixiao.model.plan import DepartmentPlan

SCHEMA_ID = "https://jixiao.invalid/schema/department-plan.schema.json"


def plan_json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`DepartmentPlan` as serialised by ``jixiao import``."""
    schema = DepartmentPlan.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "部门预算绩效文本 (jixiao department plan)"
    return schema


def published_schema() -> dict[str, Any]:
    """The schema file shipped in the package (kept equal to the model by a test)."""
    text = (
        resources.files("jixiao.schema")
        .joinpath("department-plan.schema.json")
        .read_text(encoding="utf-8")
    )
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def render_schema() -> str:
    return json.dumps(plan_json_schema(), ensure_ascii=False, indent=2) + "\n"
