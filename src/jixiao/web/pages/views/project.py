"""项目绩效目标表编辑器: the page; the grid itself is driven by static/jixiao/editor.js
through the API (save with lock_version, live grammar and check, suggestions)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.model import SPEND_CHECKPOINTS
from jixiao.web.api.lookup import project_for
from jixiao.web.api.plans import comment_out
from jixiao.web.api.projects import project_data
from jixiao.web.caching.fragments import cached
from jixiao.web.findings.reading import Stored, stored
from jixiao.web.orgs.access import can_comment, can_edit_project
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.plans.lookup import project_comments

if TYPE_CHECKING:
    from jixiao.web.plans.models import ProjectRecord

LEVEL1 = ("产出指标", "效益指标", "满意度指标", "成本指标")
LEVEL2 = {
    "产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
    "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
    "满意度指标": ["服务对象满意度指标"],
    "成本指标": ["经济成本指标", "社会成本指标", "生态环境成本指标"],
}


@member_required
def project_page(request: HttpRequest, project_id: int) -> HttpResponse:
    project = project_for(request, project_id)
    member = current_member(request)
    plan = project.plan
    found = stored(plan)
    shown = project_content(found, project)
    state = {
        "project": shown["project"] | {"editable": can_edit_project(member, project)},
        "findings": shown["findings"],
        "comments": [comment_out(c) for c in project_comments(project.pk)],
        "can_comment": can_comment(member, plan),
        "checkpoints": list(SPEND_CHECKPOINTS),
        "level1": list(LEVEL1),
        "level2": LEVEL2,
        "units": plan.units,
        "plan_id": plan.pk,
    }
    return render(
        request,
        "pages/project.html",
        {
            "plan": plan,
            "project": project,
            "state": state,
            "findings_recomputing": found.recomputing,
        },
    )


def project_content(found: Stored, project: ProjectRecord) -> dict[str, Any]:
    """The goal table and its stored findings, cached under the plan's content key (which
    covers every save of the project) and the project's own revision."""

    def read() -> dict[str, Any]:
        return {"project": project_data(project), "findings": found.dicts(found.rows(project.pk))}

    if not found.content_key:
        return read()
    key = f"jixiao:project-page:{found.content_key}:{project.pk}:{project.lock_version}"
    return cached(key, read) or read()
