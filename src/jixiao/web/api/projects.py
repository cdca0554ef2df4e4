"""/api/projects: the goal table of one project — read, save (乐观锁), check, suggestions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse
from ninja import Router, Status
from ninja.errors import HttpError

from jixiao.model import Indicator, Project
from jixiao.web.api.lookup import member, project_for
from jixiao.web.api.schemas import (
    DraftFinding,
    FindingOut,
    IndicatorOut,
    ProjectIn,
    ProjectOut,
    SuggestionOut,
)
from jixiao.web.dispositions.handling import statuses_by_ordinal
from jixiao.web.findings.reading import stored
from jixiao.web.orgs.access import can_edit_plan, can_edit_project
from jixiao.web.plans import editing
from jixiao.web.plans.convert import amount, plan_to_domain
from jixiao.web.plans.presenting import draft_findings
from jixiao.web.plans.suggesting import suggestions_for, suggestions_named

if TYPE_CHECKING:
    from jixiao.web.plans.models import ProjectRecord

router = Router(tags=["项目绩效目标表"])


def project_out(request: HttpRequest, project: ProjectRecord) -> dict[str, Any]:
    return project_data(project) | {
        "editable": can_edit_project(member(request), project),
    }


def project_data(project: ProjectRecord) -> dict[str, Any]:
    """The project's goal table, the same for everyone who may see it."""
    return {
        "id": project.pk,
        "plan_id": project.plan_id,
        "position": project.position,
        "lock_version": project.lock_version,
        "unit_code": project.unit_code,
        "unit_name": project.unit_name,
        "code": project.code,
        "name": project.name,
        "budget_total": amount(project.budget_total),
        "budget_fiscal": amount(project.budget_fiscal),
        "budget_other": amount(project.budget_other),
        "purpose": project.purpose,
        "spend_plan": project.spend_plan,
        "goals": project.goals,
        # ordered by its own columns: the model's ordering joins the plan and its department
        "indicators": [indicator_out(i) for i in project.indicators.order_by("position", "pk")],
        "grade": project.grade,
        "score": project.score,
    }


def indicator_out(indicator: Any) -> dict[str, Any]:
    return {
        "id": indicator.pk,
        "position": indicator.position,
        "level1": indicator.level1,
        "level2": indicator.level2,
        "level3": indicator.level3,
        "description": indicator.description,
        "value": indicator.value,
        "basis": indicator.basis,
    }


def to_domain(payload: ProjectIn) -> tuple[Project, list[editing.IndicatorEdit]]:
    rows = [
        editing.IndicatorEdit(
            row.id,
            Indicator(
                level1=row.level1.strip(),
                level2=row.level2.strip(),
                level3=row.level3.strip(),
                description=row.description.strip(),
                value=row.value.strip(),
                basis=row.basis.strip(),
            ),
        )
        for row in payload.indicators
    ]
    project = Project(
        unit_code=payload.unit_code or None,
        unit_name=payload.unit_name or None,
        code=payload.code or None,
        name=payload.name.strip(),
        budget_total=payload.budget_total,
        budget_fiscal=payload.budget_fiscal,
        budget_other=payload.budget_other,
        purpose=payload.purpose or None,
        spend_plan={**Project(name="-").spend_plan, **payload.spend_plan},
        goals=[g.strip() for g in payload.goals if g.strip()],
        indicators=[r.indicator for r in rows],
    )
    return project, rows


@router.get("/projects/{project_id}", response=ProjectOut, summary="项目绩效目标表")
def get_project(request: HttpRequest, project_id: int) -> dict[str, Any]:
    return project_out(request, project_for(request, project_id))


@router.put(
    "/projects/{project_id}",
    response=ProjectOut,
    summary="保存项目绩效目标表（需带 lock_version；他人先保存时返回 409）",
)
def save_project(request: HttpRequest, project_id: int, payload: ProjectIn) -> dict[str, Any]:
    project = project_for(request, project_id)
    if not can_edit_project(member(request), project):
        raise HttpError(403, "您不能修改该项目（权限或流程状态不允许）")
    domain, rows = to_domain(payload)
    try:
        saved = editing.save_project(request.user, project, domain, rows, payload.lock_version)
    except editing.EditConflict as conflict:
        raise HttpError(409, str(conflict)) from conflict
    return project_out(request, saved)


@router.delete("/projects/{project_id}", response={204: None}, summary="删除项目")
def delete_project(request: HttpRequest, project_id: int) -> Any:
    project = project_for(request, project_id)
    if not can_edit_plan(member(request), project.plan):
        raise HttpError(403, "您不能删除该项目")
    editing.delete_project(request.user, project)
    return Status(204, None)


@router.get("/projects/{project_id}/indicators", response=list[IndicatorOut], summary="指标列表")
def indicators(request: HttpRequest, project_id: int) -> list[dict[str, Any]]:
    return [indicator_out(i) for i in project_for(request, project_id).indicators.all()]


@router.get(
    "/projects/{project_id}/findings",
    response=list[FindingOut],
    summary="项目审核发现（响应头 X-Findings-State：current 或 recomputing）",
)
def findings(request: HttpRequest, project_id: int) -> HttpResponse:
    project = project_for(request, project_id)
    found = stored(project.plan)
    return found.response(found.rows(project.pk), statuses_by_ordinal(found))


@router.post(
    "/projects/{project_id}/check",
    response=list[DraftFinding],
    summary="检查未保存的修改（不保存），返回审核发现",
)
def check(request: HttpRequest, project_id: int, payload: ProjectIn) -> list[dict[str, Any]]:
    project = project_for(request, project_id)
    domain, rows = to_domain(payload)
    return draft_findings(
        plan_to_domain(project.plan), project.position, domain, [r.id for r in rows]
    )


@router.get(
    "/projects/{project_id}/suggestions",
    response=list[SuggestionOut],
    summary="指标库推荐：同类项目常用的指标及其典型值",
)
def suggestions(
    request: HttpRequest,
    project_id: int,
    level1: str | None = None,
    level2: str | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    project = project_for(request, project_id)
    return suggestions_for(project, level1=level1, level2=level2, limit=max(1, min(limit, 100)))


@router.get(
    "/suggestions",
    response=list[SuggestionOut],
    summary="指标库推荐（按项目名称）：尚未保存的项目，如事前评估申报的指标草案",
)
def suggestions_by_name(
    request: HttpRequest,
    name: str = "",
    level1: str | None = None,
    level2: str | None = None,
    existing: str = "",
    limit: int = 20,
) -> list[dict[str, Any]]:
    """``existing``: the draft's 三级指标 so far, one a line (left out of the answer)."""
    have = [line.strip() for line in existing.splitlines() if line.strip()]
    return suggestions_named(
        name, level1=level1, level2=level2, existing=have, limit=max(1, min(limit, 100))
    )
