"""The home page's links to the rest of the cycle (事前评估, 满意度调查, 整改, 部门整体自评),
with what waits for the person there."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from jixiao.web.department.models import DepartmentSelfEvaluation
from jixiao.web.exante.access import visible_proposals
from jixiao.web.exante.models import SheetRecord
from jixiao.web.orgs.models import Membership
from jixiao.web.rectification.tracking import visible as visible_rectifications
from jixiao.web.surveys.models import SurveyRecord


@dataclass(frozen=True)
class CycleLink:
    label: str
    url: str
    note: str


def cycle_links(member: Membership, plans: Sequence[Any], user: Any) -> list[CycleLink]:
    proposals = visible_proposals(member)
    to_score = SheetRecord.objects.filter(
        assessor=user, submitted_at=None, proposal__status="assessing"
    )
    links = [
        CycleLink(
            "事前绩效评估",
            reverse("exante_list"),
            f"{proposals.count()}项，已出结论{proposals.filter(status='concluded').count()}项"
            + (f"，待我评分{to_score.count()}项" if to_score.exists() else ""),
        ),
    ]
    open_items = visible_rectifications(member).exclude(status="verified").count()
    links.append(CycleLink("整改", reverse("rectification_board"), f"未核实{open_items}项"))
    for survey in SurveyRecord.objects.filter(plan__in=plans).select_related("plan__department"):
        links.append(
            CycleLink(
                f"满意度调查 · {survey.plan.department.name} {survey.plan.year}年",
                reverse("survey", args=[survey.pk]),
                f"{survey.answers.count()}份问卷",
            )
        )
    evaluations = DepartmentSelfEvaluation.objects.filter(plan__in=plans).select_related(
        "plan__department"
    )
    for evaluation in evaluations:
        plan = evaluation.plan
        links.append(
            CycleLink(
                f"部门整体自评 · {plan.department.name} {plan.year}年",
                reverse("plan_department", args=[plan.pk]),
                f"{evaluation.status_enum.label}"
                + (f"，{evaluation.total:g}分" if evaluation.total is not None else ""),
            )
        )
    for sheet in to_score.select_related("proposal"):
        links.append(
            CycleLink(
                f"评分表 · {sheet.proposal.core.name}",
                reverse("exante_sheet", args=[sheet.proposal_id]),
                "待评分",
            )
        )
    return links
