"""/api: 事前绩效评估 and 部门整体自评, as the pages show them (read-only).

The content is the core's: :class:`jixiao.exante.Proposal` and
:class:`jixiao.exante.ExAnteResult`; :class:`jixiao.department.DepartmentEvaluation` and
:class:`jixiao.department.DepartmentScore`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.http import Http404, HttpRequest
from ninja import Router, Schema

from jixiao.department import DepartmentEvaluation, DepartmentScore
from jixiao.exante import ExAnteResult, Proposal
from jixiao.web.api.lookup import member, plan_for
from jixiao.web.department.recording import department_evaluation_of, scored
from jixiao.web.exante.access import visible_proposals

if TYPE_CHECKING:
    from jixiao.web.exante.models import ProposalRecord

router = Router(tags=["事前评估与部门整体自评"])


class ProposalSummary(Schema):
    id: int
    department: str
    year: int
    name: str
    requested: Decimal
    status: str
    status_label: str
    conclusion: str
    total: Decimal | None


class ProposalDetail(ProposalSummary):
    proposal: Proposal
    result: ExAnteResult | None
    plan_id: int | None
    project_id: int | None


class DepartmentOut(Schema):
    id: int
    plan_id: int
    status: str
    status_label: str
    evaluation: DepartmentEvaluation
    score: DepartmentScore


def _summary(record: ProposalRecord) -> dict[str, Any]:
    core, result = record.core, record.outcome
    return {
        "id": record.pk,
        "department": record.department.name,
        "year": record.year,
        "name": core.name,
        "requested": core.requested,
        "status": record.status,
        "status_label": record.status_enum.label,
        "conclusion": record.conclusion,
        "total": result.total if result else None,
    }


@router.get("/exante", response=list[ProposalSummary], summary="事前绩效评估")
def list_proposals(request: HttpRequest) -> list[dict[str, Any]]:
    return [_summary(r) for r in visible_proposals(member(request)).order_by("-year", "pk")]


@router.get("/exante/{proposal_id}", response=ProposalDetail, summary="一项事前绩效评估")
def get_proposal(request: HttpRequest, proposal_id: int) -> dict[str, Any]:
    record = visible_proposals(member(request)).filter(pk=proposal_id).first()
    if record is None:
        raise Http404("没有找到该事前评估申报")
    return _summary(record) | {
        "proposal": record.core,
        "result": record.outcome,
        "plan_id": record.plan_id,
        "project_id": record.project_id,
    }


@router.get("/plans/{plan_id}/department", response=DepartmentOut, summary="部门整体自评")
def get_department(request: HttpRequest, plan_id: int) -> dict[str, Any]:
    plan = plan_for(request, plan_id)
    record = department_evaluation_of(plan)
    if record is None:
        raise Http404("该绩效文本尚未开始部门整体自评")
    evaluation, score = scored(record)
    return {
        "id": record.pk,
        "plan_id": plan.pk,
        "status": record.status,
        "status_label": record.status_enum.label,
        "evaluation": evaluation,
        "score": score,
    }
