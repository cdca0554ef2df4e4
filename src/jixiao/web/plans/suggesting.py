"""指标库推荐 in the editor: the core's library, built from every stored document, cached
until a plan changes."""

from __future__ import annotations

import threading
from typing import Any

from django.conf import settings
from django.db.models import Count, F, Max, Sum

from jixiao.library import IndicatorLibrary, build_library, suggest
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import PlanRecord, ProjectRecord

_lock = threading.Lock()
_cache: dict[str, Any] = {"key": None, "library": None}


def library_key() -> tuple[object, ...]:
    """What the library is built from, as a revision of every plan's content: plans and
    projects counted, their highest ids and the sums of their content versions (a 审核流程
    step is no content: lock_version less workflow_steps). It was the latest ``updated_at``,
    which every submit, return and approval moved — each rebuilt the library, reading up to
    300 plans (about 5 s) for the next person to open an editor."""
    plans = PlanRecord.objects.order_by().aggregate(
        n=Count("id"), last=Max("id"), content=Sum(F("lock_version") - F("workflow_steps"))
    )
    projects = ProjectRecord.objects.order_by().aggregate(
        n=Count("id"), last=Max("id"), edits=Sum("lock_version")
    )
    return (*plans.values(), *projects.values())


def current_library() -> IndicatorLibrary:
    """The library of the stored plans (the most recently changed ones, up to the setting
    ``JIXIAO_LIBRARY_PLANS``: a province's thousands would take minutes to read); rebuilt
    only when a plan's content was added or changed (:func:`library_key`)."""
    key = library_key()
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
