"""版本对比 page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.timezone import localtime
from django.views.decorators.http import require_POST

from jixiao.diff.changes import KIND_NAMES, ChangeKind
from jixiao.web.findings.storing import plan_revision
from jixiao.web.orgs.access import can_edit_plan
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.params import int_param
from jixiao.web.pages.views.plan import ACTION_LABELS, plan_or_404
from jixiao.web.plans.lookup import version_list
from jixiao.web.plans.replacing import RestoreConflict, restore_version
from jixiao.web.plans.storing import StoreRefused
from jixiao.web.plans.versions import version_diff

if TYPE_CHECKING:
    from jixiao.web.plans.models import PlanRecord, PlanVersion


def _label(version: PlanVersion) -> str:
    """「版本 2 · 退回修改 · 赵财政 · 2024-03-05 15:40」: a number alone said nothing of
    which step froze it, by whom or when."""
    action = ACTION_LABELS.get(version.action, version.action)
    when = localtime(version.created_at).strftime("%Y-%m-%d %H:%M")
    return f"版本 {version.number} · {action} · {version.created_by_name} · {when}"


@member_required
def version_compare(request: HttpRequest, plan_id: int) -> HttpResponse:
    return _compare_page(request, plan_or_404(request, plan_id))


def _compare_page(
    request: HttpRequest, plan: PlanRecord, old_default: int | None = None, stale: str = ""
) -> HttpResponse:
    """The comparison; ``stale`` (a refused restore's reason) answers 409 above it."""
    versions = version_list(plan.pk)
    numbers = [v.number for v in versions]
    if not numbers:
        return render(request, "pages/versions.html", {"plan": plan, "numbers": []})
    default = numbers[-2] if len(numbers) > 1 else numbers[-1]
    old = int_param(request, "old", old_default or default)
    new = int_param(request, "new", 0)
    result = version_diff(plan, old, new or None)
    if result is None:
        raise Http404("没有该版本")
    for change in result["changes"]:
        change["kind_label"] = KIND_NAMES[ChangeKind(change["kind"])]
    return render(
        request,
        "pages/versions.html",
        {
            "plan": plan,
            "diff": result,
            "numbers": numbers,
            "choices": [(v.number, _label(v)) for v in versions],
            "old": old,
            "new": new,
            "can_restore": can_edit_plan(current_member(request), plan),
            # the draft's revision as shown: a restore from this page checks it is current
            "revision": plan_revision(plan.pk),
            "stale": stale,
        },
        status=409 if stale else 200,
    )


@member_required
@require_POST
def version_restore(request: HttpRequest, plan_id: int, number: int) -> HttpResponse:
    """恢复为该版本: the version becomes the draft (the draft before is frozen first)."""
    plan = plan_or_404(request, plan_id)
    if not can_edit_plan(current_member(request), plan):
        raise PermissionDenied("您不能修改该绩效文本")
    try:
        restore_version(request.user, plan, number, request.POST.get("revision", ""))
    except LookupError:
        raise Http404("没有该版本") from None
    except RestoreConflict as conflict:
        return _compare_page(request, plan, number, str(conflict))
    except StoreRefused as refused:
        messages.error(request, f"未能恢复：{refused}")
        return redirect("plan_versions", plan_id=plan.pk)
    messages.success(request, f"已恢复为版本 {number}，恢复前的草稿已保存为新版本")
    return redirect("plan", plan_id=plan.pk)
