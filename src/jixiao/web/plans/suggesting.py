"""指标库推荐 in the editor: the core's library, built from every stored document, cached
until a plan changes."""

from __future__ import annotations

import threading
from typing import Any

from django.conf import settings
from django.db.models import Count, Max

from jixiao.library import IndicatorLibrary, build_library, suggest
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import PlanRecord, ProjectRecord

_lock = threading.Lock()
_cache: dict[str, Any] = {"key": None, "library": None}


def current_library() -> IndicatorLibrary:
    """The library of the stored plans (the most recently changed ones, up to the setting
    ``JIXIAO_LIBRARY_PLANS``: a province's thousands would take minutes to read); rebuilt
    only when a plan was added or changed."""
    stamp = PlanRecord.objects.aggregate(n=Count("id"), at=Max("updated_at"))
    key = (stamp["n"], stamp["at"])
    with _lock:
        if _cache["key"] != key:
            recent = PlanRecord.objects.select_related("department").order_by("-updated_at")
            plans = [plan_to_domain(p) for p in recent[: settings.JIXIAO_LIBRARY_PLANS]]
            _cache["library"] = build_library(plans)
            _cache["key"] = key
        library: IndicatorLibrary = _cache["library"]
    return library


def suggestions_for(
    project: ProjectRecord, *, level1: str | None, level2: str | None, limit: int
) -> list[dict[str, Any]]:
    existing = list(project.indicators.values_list("level3", flat=True))
    return suggestions_named(
        project.name, level1=level1, level2=level2, existing=existing, limit=limit
    )


def suggestions_named(
    name: str, *, level1: str | None, level2: str | None, existing: list[str], limit: int
) -> list[dict[str, Any]]:
    """推荐指标 for a project named ``name`` that has ``existing`` 三级指标 — a stored
    project's, or a draft's not stored yet (事前评估申报的指标草案)."""
    found = suggest(
        current_library(), name, level1=level1, level2=level2, existing=existing, limit=limit
    )
    return [s.model_dump(mode="json") for s in found]
