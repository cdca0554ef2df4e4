"""/api/plans: plans, department goals, findings, workflow actions, versions, comments."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from django.http import HttpRequest, HttpResponse
from ninja import Field, Router, Status
from ninja.errors import HttpError

from jixiao.model import SubGoal
from jixiao.review import Severity
from jixiao.web.api.lookup import member, plan_for
from jixiao.web.api.schemas import (
    ActionIn,
    CommentIn,
    CommentOut,
    DiffOut,
    FindingOut,
    GoalsIn,
    NewProjectIn,
    PlanDetail,
    PlanSummary,
    ProjectSummary,
    VersionOut,
)
from jixiao.web.api.shapes import plan_summary, project_summary
from jixiao.web.findings.paging import (
    FINDINGS_PER_PAGE,
    MAX_FINDINGS_PER_PAGE,
    MAX_OFFSET,
    page_response,
)
from jixiao.web.findings.reading import stored
from jixiao.web.orgs.access import can_comment, can_edit_plan, visible_plans
from jixiao.web.plans import commenting, editing
from jixiao.web.plans.decisions import act
from jixiao.web.plans.versions import version_diff
from jixiao.workflow import WorkflowError, allowed_actions

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from jixiao.web.findings.models import StoredFinding
    from jixiao.web.plans.models import Comment, PlanRecord

router = Router(tags=["绩效文本"])


@router.get("/plans", response=list[PlanSummary], summary="可见的绩效文本")
def list_plans(request: HttpRequest) -> list[dict[str, Any]]:
    return [plan_summary(p) for p in visible_plans(member(request))]


@router.get("/plans/{plan_id}", response=PlanDetail, summary="绩效文本详情")
def get_plan(request: HttpRequest, plan_id: int) -> dict[str, Any]:
    plan = plan_for(request, plan_id)
    who = member(request)
    actions = allowed_actions(plan.status_enum, who.role_enum) if who else []
    return plan_summary(plan) | {
        "overall_goal": plan.overall_goal,
        "sub_goals": plan.sub_goals,
        "measures": plan.measures,
        "units": plan.units,
        "project_list": [project_summary(p) for p in plan.projects.all()],
        "actions": [a.value for a in actions],
    }


@router.put(
    "/plans/{plan_id}/goals",
    response=PlanSummary,
    summary="保存部门整体绩效目标（需带 lock_version）",
)
def save_goals(request: HttpRequest, plan_id: int, payload: GoalsIn) -> Any:
    plan = plan_for(request, plan_id)
    if not can_edit_plan(member(request), plan):
        raise HttpError(403, "您不能修改该绩效文本的部门目标")
    try:
        saved = editing.save_goals(
            request.user,
            plan,
            payload.overall_goal,
            [SubGoal(title=g.title, goal=g.goal, indicator=g.indicator) for g in payload.sub_goals],
            payload.measures,
            payload.lock_version,
        )
    except editing.EditConflict as conflict:
        raise HttpError(409, str(conflict)) from conflict
    return plan_summary(saved)


@router.get("/plans/{plan_id}/projects", response=list[ProjectSummary], summary="项目列表")
def list_projects(request: HttpRequest, plan_id: int) -> list[dict[str, Any]]:
    return [project_summary(p) for p in plan_for(request, plan_id).projects.all()]


@router.post("/plans/{plan_id}/projects", response={201: ProjectSummary}, summary="新增项目")
def add_project(request: HttpRequest, plan_id: int, payload: NewProjectIn) -> Any:
    plan = plan_for(request, plan_id)
    if not can_edit_plan(member(request), plan):
        raise HttpError(403, "您不能在该绩效文本中新增项目")
    project = editing.add_project(request.user, plan, payload.name, payload.unit_code)
    return Status(201, project_summary(project))


@router.get(
    "/plans/{plan_id}/findings",
    response=list[FindingOut],
    summary="审核发现（可按规则、严重程度、项目筛选；分页）",
    description=(
        "读取已存储的审核发现，按序号分页：offset 起的 limit 条（默认 100，最多 1000）。"
        '响应头 X-Total-Count 为筛选后的总条数，还有下一页时 Link 头给出 rel="next" 的地址。'
        "响应头 X-Findings-State 为 current（与当前文本和审核规则一致）"
        "或 recomputing（正在重新计算，返回的是上次的结果）。"
    ),
)
def findings(
    request: HttpRequest,
    plan_id: int,
    rule: str | None = None,
    severity: Severity | None = None,
    project_id: int | None = None,
    limit: Annotated[int, Field(ge=1, le=MAX_FINDINGS_PER_PAGE)] = FINDINGS_PER_PAGE,
    offset: Annotated[int, Field(ge=0, le=MAX_OFFSET)] = 0,
) -> HttpResponse:
    found = stored(plan_for(request, plan_id))

    def rows() -> QuerySet[StoredFinding]:  # only when the page is not in the cache
        chosen = found.rows(project_id)
        if rule:
            chosen = chosen.filter(rule=rule)
        if severity:
            chosen = chosen.filter(severity=severity.value)
        return chosen

    filters = repr((rule, severity.value if severity else None, project_id))
    return page_response(request, found, rows, filters, limit, offset)


@router.post("/plans/{plan_id}/actions", response=PlanSummary, summary="流程操作：提交/退回/通过")
def workflow_action(request: HttpRequest, plan_id: int, payload: ActionIn) -> dict[str, Any]:
    plan = plan_for(request, plan_id)
    who = member(request)
    if who is None or payload.action not in allowed_actions(plan.status_enum, who.role_enum):
        raise HttpError(403, f"当前状态下您不能{payload.action.label}")
    try:
        act(request.user, who.role_enum, plan, payload.action, payload.comment)
    except WorkflowError as refused:
        raise HttpError(422, str(refused)) from refused
    plan.refresh_from_db()
    return plan_summary(plan)


@router.get("/plans/{plan_id}/versions", response=list[VersionOut], summary="版本列表")
def versions(request: HttpRequest, plan_id: int) -> list[dict[str, Any]]:
    plan = plan_for(request, plan_id)
    return [
        {
            "number": v.number,
            "action": v.action,
            "status": v.status,
            "comment": v.comment,
            "created_at": v.created_at,
            "created_by": v.created_by.username if v.created_by else "",
        }
        for v in plan.versions.select_related("created_by")
    ]


@router.get("/plans/{plan_id}/versions/{number}", summary="版本快照（JSON）")
def version_snapshot(request: HttpRequest, plan_id: int, number: int) -> Any:
    version = plan_for(request, plan_id).versions.filter(number=number).first()
    if version is None:
        raise HttpError(404, "没有该版本")
    return version.snapshot


@router.get("/plans/{plan_id}/diff", response=DiffOut, summary="两个版本（或当前稿）之间的差异")
def diff(request: HttpRequest, plan_id: int, old: int, new: int = 0) -> dict[str, Any]:
    """``new=0`` compares with the current draft."""
    plan = plan_for(request, plan_id)
    result = version_diff(plan, old, new or None)
    if result is None:
        raise HttpError(404, "没有该版本")
    return result


@router.get("/plans/{plan_id}/comments", response=list[CommentOut], summary="审核意见")
def comments(request: HttpRequest, plan_id: int) -> list[dict[str, Any]]:
    plan = plan_for(request, plan_id)
    return [comment_out(c) for c in plan.comments.select_related("author")]


@router.post("/plans/{plan_id}/comments", response={201: CommentOut}, summary="添加审核意见")
def add_comment(request: HttpRequest, plan_id: int, payload: CommentIn) -> Any:
    plan = plan_for(request, plan_id)
    if not can_comment(member(request), plan):
        raise HttpError(403, "只有审核人可以添加审核意见")
    comment = create_comment(
        request.user, plan, payload.text, payload.project_id, payload.indicator_id
    )
    return Status(201, comment_out(comment))


def comment_out(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.pk,
        "text": comment.text,
        "author": comment.author.username if comment.author else "",
        "created_at": comment.created_at,
        "project_id": comment.project_id,
        "indicator_id": comment.indicator_id,
        "indicator_label": comment.indicator_label,
        "resolved": comment.resolved,
    }


def create_comment(
    user: Any, plan: PlanRecord, text: str, project_id: int | None, indicator_id: int | None
) -> Comment:
    try:
        return commenting.add_comment(user, plan, text, project_id, indicator_id)
    except ValueError as wrong:
        raise HttpError(422, str(wrong)) from wrong
