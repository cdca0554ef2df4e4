"""项目绩效目标表编辑器: the page; the grid itself is driven by static/jixiao/editor.js
through the API (save with lock_version, live grammar and check, suggestions)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.model import SPEND_CHECKPOINTS
from jixiao.web.api.lookup import project_for
from jixiao.web.api.plans import comment_out
from jixiao.web.api.projects import project_out
from jixiao.web.findings.reading import stored
from jixiao.web.orgs.access import can_comment
from jixiao.web.pages.guards import current_member, member_required

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
    state = {
        "project": project_out(request, project),
        "findings": found.dicts(found.rows(project.pk)),
        "comments": [comment_out(c) for c in project.comments.select_related("author")],
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
