"""绩效文本页: department goals, projects, findings, workflow, comments, versions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from jixiao.model import SubGoal
from jixiao.web.evaluation.records import evaluation_of_plan
from jixiao.web.findings.reading import stored
from jixiao.web.orgs.access import can_comment, can_edit_plan, can_import, can_view
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.kept import refused, typed
from jixiao.web.pages.views.downloads import DOWNLOADS
from jixiao.web.pages.views.plan_fragments import plan_fragments, project_page
from jixiao.web.plans import commenting, editing
from jixiao.web.plans.decisions import act
from jixiao.web.plans.lookup import find_plan, plan_comments, version_list
from jixiao.web.plans.overrides import needs_override, record_override
from jixiao.web.plans.replacing import IMPORT_FREEZE
from jixiao.web.plans.storing import import_refusal
from jixiao.workflow import Action, Status, WorkflowError, allowed_actions

if TYPE_CHECKING:
    from jixiao.web.plans.models import PlanRecord

ACTION_LABELS = {a.value: a.label for a in Action} | {IMPORT_FREEZE: "导入替换前的草稿"}


def plan_or_404(request: HttpRequest, plan_id: int) -> PlanRecord:
    plan = find_plan(plan_id)
    if plan is None or not can_view(current_member(request), plan):
        raise Http404("没有找到该绩效文本")
    return plan


@member_required
def plan_page(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    member = current_member(request)
    found = stored(plan)
    # the step forward first, 退回修改 last: the same place for 初审 and 财政局
    allowed = allowed_actions(plan.status_enum, member.role_enum)
    actions = sorted(allowed, key=lambda action: action.needs_comment)
    page = project_page(found, request.GET.get("page"))
    approved = plan.status == Status.APPROVED.value
    return render(
        request,
        "pages/plan.html",
        {
            "plan": plan,
            "project_page": page,
            # the project list, the comment form's choices among the projects shown (a long
            # plan is not listed whole) and the document's own findings
            "fragments": plan_fragments(found, page),
            # written with the findings by the same review
            "findings_total": plan.errors + plan.warnings_count + plan.infos,
            "findings_recomputing": found.recomputing,
            "actions": [(a.value, a.label) for a in actions],
            "comment_required": any(a.needs_comment for a in actions),
            "can_edit": can_edit_plan(member, plan),
            "can_comment": can_comment(member, plan),
            # offered only while an import may replace the plan: on a plan in review or
            # approved the upload ran its job only for the preview to say 不能导入
            "can_import": can_import(member, plan.department) and not import_refusal(plan),
            "comments": plan_comments(plan.pk),
            "returned_comments": (
                commenting.return_comments(plan) if plan.status == "returned" else []
            ),
            # the public page's formats and words (「CSV（压缩包）」, a pack's own format too)
            "downloads": DOWNLOADS,
            "version_rows": [
                (v, ACTION_LABELS.get(v.action, v.action)) for v in version_list(plan.pk)
            ],
            "sub_goals": plan.sub_goals,
            # shown once the plan is approved (monitoring and self-evaluation follow it)
            "latest_round": plan.monitoring_rounds.first() if approved else None,
            "evaluation": evaluation_of_plan(plan) if approved else None,
            "measures_text": "\n".join(plan.measures),
        },
    )


@member_required
@require_POST
def save_goals(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    if not can_edit_plan(current_member(request), plan):
        raise PermissionDenied("您不能修改该绩效文本的部门目标")
    titles = request.POST.getlist("sub_title")
    goals = request.POST.getlist("sub_goal")
    indicators = request.POST.getlist("sub_indicator")
    sub_goals = [
        SubGoal(title=t.strip() or None, goal=g.strip() or None, indicator=i.strip() or None)
        for t, g, i in zip(titles, goals, indicators, strict=False)
        if t.strip() or g.strip() or i.strip()
    ]
    measures = [m.strip() for m in request.POST.get("measures", "").splitlines() if m.strip()]
    try:
        editing.save_goals(
            request.user,
            plan,
            request.POST.get("overall_goal", "").strip(),
            sub_goals,
            measures,
            int(request.POST.get("lock_version", "0")),
        )
    except editing.EditConflict as conflict:
        # every part typed, under the names the form gives it: the page listed the raw POST
        # (lock_version, csrfmiddlewaretoken, sub_title …) with one value a name, so of
        # three 分项绩效目标 typed only the last was there to copy back
        kept = [("总体绩效目标", request.POST.get("overall_goal", "").strip())]
        kept += [
            (f"分项绩效目标{n}", "\n".join(_sub_goal_lines(g))) for n, g in enumerate(sub_goals, 1)
        ]
        kept.append(("工作保障措施", "\n".join(measures)))
        return refused(request, str(conflict), kept, reverse("plan", args=[plan.pk]), conflict=True)
    messages.success(request, "部门整体绩效目标已保存")
    return redirect("plan", plan_id=plan.pk)


def _sub_goal_lines(goal: SubGoal) -> list[str]:
    parts = (("标题", goal.title), ("绩效目标", goal.goal), ("绩效指标", goal.indicator))
    return [f"{name}：{text}" for name, text in parts if text]


@member_required
@require_POST
def workflow_action(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    member = current_member(request)
    try:
        action = Action(request.POST.get("action", ""))
    except ValueError as unknown:
        raise PermissionDenied("未知的流程操作") from unknown
    # a refused step gives back the 意见 or 退回理由 typed with it (a redirect lost it)
    kept = typed(request.POST, [("意见（退回理由）", "comment")])
    here = reverse("plan", args=[plan.pk])
    if action not in allowed_actions(plan.status_enum, member.role_enum):
        stale = any(action in allowed_actions(s, member.role_enum) for s in Status)
        if not (kept[0][1] and stale):
            raise PermissionDenied(f"当前状态下您不能{action.label}")
        # the page was out of date: someone moved the plan on while the reason was written
        now = f"该绩效文本已被他人办理，现为“{plan.status_enum.label}”，不能{action.label}"
        return refused(request, now, kept, here, conflict=True)
    if needs_override(plan, action) and request.POST.get("override") != "1":
        reason = f"该文本仍有 {plan.errors} 个错误级审核发现：确认仍要批复请勾选确认后再提交"
        return refused(request, reason, kept, here)
    try:
        version = act(request.user, member.role_enum, plan, action, request.POST.get("comment", ""))
        if needs_override(plan, action):
            record_override(request.user, plan)
    except WorkflowError as error:
        return refused(request, f"未能{action.label}：{error}", kept, here)
    plan.refresh_from_db(fields=["status"])
    # what became of the plan and who has it now, then the version (「提交审核：已生成版本 1」
    # said only the version, a word of the program's)
    messages.success(
        request,
        f"已{action.label}，文本现为“{plan.status_enum.label}”。"
        f"此时的内容已存为版本 {version.number}，可在下方「版本」中查看或对比。",
    )
    return redirect("plan", plan_id=plan.pk)


@member_required
@require_POST
def add_comment(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    if not can_comment(current_member(request), plan):
        raise PermissionDenied("只有审核人可以添加审核意见")
    on_findings = request.POST.get("back") == "findings"  # the 审核发现处理 page's form
    latest = reverse("plan_findings" if on_findings else "plan", args=[plan.pk])
    try:
        project = _target_id(request, "project_id", "该项目不属于本绩效文本")
        indicator = _target_id(request, "indicator_id", "该指标不属于本绩效文本")
        commenting.add_comment(request.user, plan, request.POST.get("text", ""), project, indicator)
    except ValueError as wrong:
        kept = typed(request.POST, [("审核意见", "text")])
        return refused(request, str(wrong), kept, latest)
    messages.success(request, "审核意见已添加")
    return redirect(latest)


def _target_id(request: HttpRequest, name: str, wrong: str) -> int | None:
    """意见针对: a record id from the form, or None (the whole plan); anything else is a
    stale or hand-made form, refused with ``wrong`` (the core checks the id is the plan's)."""
    raw = request.POST.get(name, "").strip()
    if raw and not (raw.isascii() and raw.isdigit() and len(raw) < 19):
        raise ValueError(wrong)
    return int(raw) if raw else None


@member_required
@require_POST
def new_project(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    if not can_edit_plan(current_member(request), plan):
        raise PermissionDenied("您不能在该绩效文本中新增项目")
    name = request.POST.get("name", "").strip() or "新项目"
    project = editing.add_project(request.user, plan, name, request.POST.get("unit_code", ""))
    return redirect("project", project_id=project.pk)
