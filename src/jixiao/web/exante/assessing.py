"""The 事前绩效评估 service: save and submit a proposal, assign assessors, save a score
sheet, conclude; an approved proposal becomes a draft project in the department's plan.

Every change goes through here with an optimistic lock and an audit entry; the scoring is
:func:`jixiao.exante.assess`, the checks :func:`check_estimate` and :func:`review_draft`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from jixiao.exante import (
    AssessorScores,
    ExAnteResult,
    OverrideError,
    Proposal,
    assess,
    draft_plan,
    override,
)
from jixiao.exante import draft_project as core_draft_project
from jixiao.exante.assess import ScoreError
from jixiao.exante.profile import ExAnteProfile, load_exante_profile
from jixiao.web.audit.log import record as audit
from jixiao.web.audit.models import AuditEntry
from jixiao.web.exante.access import assessor_choices
from jixiao.web.exante.models import ProposalRecord, SheetRecord
from jixiao.web.exante.status import ProposalStatus
from jixiao.web.orgs.models import Department, Membership, person
from jixiao.web.plans.editing import IndicatorEdit, add_project, save_project
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from jixiao.web.plans.storing import store_plan
from jixiao.workflow import Role, Status

SUPPORTED = ("予以支持", "调整后支持")


class AssessmentRefused(Exception):
    """A step that cannot be taken now, with the Chinese reason."""


class AssessmentConflict(AssessmentRefused):
    """Someone changed the proposal after the page was opened: nothing done (409)."""


def profile() -> ExAnteProfile:
    return load_exante_profile()


def _bump(record: ProposalRecord, version: int, **fields: Any) -> None:
    updated = ProposalRecord.objects.filter(pk=record.pk, lock_version=version).update(
        lock_version=F("lock_version") + 1, updated_at=timezone.now(), **fields
    )
    if not updated:
        raise _conflict(record)
    record.refresh_from_db()


def _on_time(record: ProposalRecord, version: int) -> None:
    """A step taken on the version the page showed: otherwise a conflict saying what changed
    (a second 出具结论 read 「只有评估中的申报可以出具结论」, as if the bureau had erred)."""
    if version != record.lock_version:
        raise _conflict(record)


def _conflict(record: ProposalRecord) -> AssessmentConflict:
    record.refresh_from_db()
    last = (
        AuditEntry.objects.filter(object_type="exante", object_id=str(record.pk))
        .select_related("user")
        .first()
    )
    done = f"{last.user_name}于{timezone.localtime(last.at):%H:%M} {last.summary}。" if last else ""
    return AssessmentConflict(
        f"该申报在您打开页面后已有新的办理：{done}现为“{record.status_enum.label}”。"
        "您的操作未办理、输入未保存；请在新窗口打开最新版本核对后再办理。"
    )


def _audit(user: Any, action: str, record: ProposalRecord, summary: str, **kw: Any) -> None:
    audit(
        user,
        f"exante_{action}",
        object_type="exante",
        object_id=record.pk,
        object_label=record.core.name,
        plan=record.plan,
        department=record.department,
        summary=summary,
        **kw,
    )


@transaction.atomic
def create_proposal(user: Any, department: Department, proposal: Proposal) -> ProposalRecord:
    record = ProposalRecord.objects.create(
        department=department,
        year=proposal.year,
        proposal=proposal.model_dump(mode="json"),
        created_by=user,
    )
    _audit(user, "create", record, f"新建事前评估申报，申请{proposal.requested}万元")
    return record


@transaction.atomic
def save_proposal(
    user: Any, record: ProposalRecord, proposal: Proposal, version: int
) -> ProposalRecord:
    if record.status_enum is not ProposalStatus.DRAFT:
        raise AssessmentRefused("申报已提交，不能再修改。")
    before = record.proposal
    after = proposal.model_dump(mode="json")
    _bump(record, version, proposal=after, year=proposal.year)
    _audit(user, "edit", record, "修改事前评估申报", before=before, after=after)
    return record


@transaction.atomic
def submit(user: Any, record: ProposalRecord, version: int) -> ProposalRecord:
    _on_time(record, version)
    if record.status_enum is not ProposalStatus.DRAFT:
        raise AssessmentRefused("申报已提交。")
    if record.core.requested <= 0 or not record.core.basis.strip():
        raise AssessmentRefused("请先填写申请金额和立项依据再提交。")
    _bump(record, version, status=ProposalStatus.SUBMITTED.value)
    _audit(user, "submit", record, "提交事前绩效评估")
    return record


@transaction.atomic
def assign(user: Any, record: ProposalRecord, member: Membership, version: int) -> SheetRecord:
    """Add an assessor: an expert, or (a unit editor of the department) the unit's 自评."""
    _on_time(record, version)
    if record.status_enum not in (ProposalStatus.SUBMITTED, ProposalStatus.ASSESSING):
        raise AssessmentRefused("只有已提交、尚未出结论的申报可以指派评估人。")
    if SheetRecord.objects.filter(proposal=record, assessor=member.user).exists():
        raise AssessmentRefused(f"{person(member.user)}已是本项目的评估人。")
    if not assessor_choices(record).filter(pk=member.pk).exists():
        raise AssessmentRefused(
            f"{person(member.user)}不是本区划的评估专家，也不是申报部门的填报人，不能指派。"
        )
    expert = member.role_enum is Role.EXPERT
    _bump(record, version, status=ProposalStatus.ASSESSING.value)
    sheet = SheetRecord.objects.create(proposal=record, assessor=member.user, expert=expert)
    _audit(
        user,
        "assign",
        record,
        f"指派{'专家' if expert else '单位自评'}：{person(member.user)}",
        after={"assessor": member.user.get_username(), "expert": expert},
    )
    return sheet


def sheet_scores(sheet: SheetRecord) -> AssessorScores:
    return sheet.core(person(sheet.assessor))


@transaction.atomic
def save_sheet(
    user: Any,
    sheet: SheetRecord,
    scores: dict[str, Decimal],
    vetoes: list[str],
    remarks: str,
    version: int,
) -> SheetRecord:
    """Save and submit the assessor's sheet; ScoreError/AssessmentRefused with the reason."""
    if sheet.proposal.status_enum is not ProposalStatus.ASSESSING:
        raise AssessmentRefused("评估已结束，评分表不能再修改。")
    scored = AssessorScores(
        assessor=person(user), expert=sheet.expert, scores=scores, vetoes=tuple(vetoes)
    )
    assess([scored], profile())  # validates every sub-item and veto against the profile
    before = {"scores": sheet.scores, "vetoes": sheet.vetoes}
    after = {"scores": {k: str(v) for k, v in scores.items()}, "vetoes": vetoes}
    updated = SheetRecord.objects.filter(pk=sheet.pk, lock_version=version).update(
        lock_version=F("lock_version") + 1,
        submitted_at=timezone.now(),
        remarks=remarks.strip(),
        **after,
    )
    if not updated:
        raise AssessmentRefused(
            "该评分表已在别处更新，您的输入未保存、仍保留在页面上；核对后再提交即以您的输入为准。"
        )
    sheet.refresh_from_db()
    _audit(user, "score", sheet.proposal, "提交评分表", before=before, after=after)
    return sheet


def submitted_sheets(record: ProposalRecord) -> list[SheetRecord]:
    return list(
        record.sheets.filter(submitted_at__isnull=False).select_related("assessor").order_by("pk")
    )


def preview(record: ProposalRecord) -> ExAnteResult | None:
    """The combined result of the sheets submitted so far (None before the first)."""
    sheets = submitted_sheets(record)
    if not sheets:
        return None
    return assess([sheet_scores(s) for s in sheets], profile())


@transaction.atomic
def conclude(
    user: Any,
    record: ProposalRecord,
    opinion: str,
    version: int,
    conclusion: str = "",
    reason: str = "",
) -> ProposalRecord:
    """The conclusion from the sheets, with the bureau's reasons; a supported proposal
    becomes a draft project of the department's plan for its year. ``conclusion`` other
    than the scored one is the bureau's override and needs its ``reason`` (audited)."""
    _on_time(record, version)
    if record.status_enum is not ProposalStatus.ASSESSING:
        raise AssessmentRefused("只有评估中的申报可以出具结论。")
    try:
        result = preview(record)
    except ScoreError as error:
        raise AssessmentRefused(str(error)) from None
    if result is None:
        raise AssessmentRefused("尚无评估人提交评分表，不能出具结论。")
    try:
        result = override(result, conclusion.strip() or result.conclusion, reason, profile())
    except OverrideError as error:
        raise AssessmentRefused(f"{error}；结论未出具。") from None
    if opinion.strip():
        result = result.model_copy(update={"reasons": (*result.reasons, opinion.strip())})
    project = None
    if result.conclusion in SUPPORTED:
        project = _draft_project(user, record)
    _bump(
        record,
        version,
        status=ProposalStatus.CONCLUDED.value,
        result=result.model_dump(mode="json"),
        conclusion=result.conclusion,
        opinion=opinion.strip(),
        project=project,
        plan=project.plan if project else None,
    )
    _audit(
        user,
        "conclude",
        record,
        f"评估结论：{result.conclusion}（{result.total}分）",
        after={"conclusion": result.conclusion, "total": str(result.total)},
    )
    if result.computed_conclusion:
        _audit(
            user,
            "override",
            record,
            f"改变评估结论：{result.computed_conclusion} → {result.conclusion}"
            f"，理由：{result.override_reason}",
            before={"conclusion": result.computed_conclusion},
            after={"conclusion": result.conclusion, "reason": result.override_reason},
        )
    return record


def _draft_project(user: Any, record: ProposalRecord) -> ProjectRecord:
    """The proposal's goal table in the plan of its year (created 编制中 if missing)."""
    proposal = record.core
    plan = PlanRecord.objects.filter(department=record.department, year=proposal.year).first()
    if plan is None:
        plan = store_plan(draft_plan(proposal), record.department, user)
        project = plan.projects.get()
        return project
    if plan.status_enum not in (Status.DRAFT, Status.RETURNED):
        raise AssessmentRefused(
            f"{plan}的绩效目标处于“{plan.status_enum.label}”状态，不能加入新项目；"
            "请先退回该年度绩效目标再出具支持结论。"
        )
    project = add_project(user, plan, proposal.name)
    drafted = core_draft_project(proposal)
    rows = [IndicatorEdit(None, indicator) for indicator in drafted.indicators]
    return save_project(user, project, drafted, rows, project.lock_version)


def proposal_year(department: Department) -> int:
    """预算年度 a new proposal is for, as the project editor's is its plan's: the year of
    the department's plan being drafted (编制中 or 已退回), else the next budget year (after
    this one and the latest plan's): 事前评估 comes before a project enters a budget."""
    plans = PlanRecord.objects.filter(department=department).order_by("-year")
    drafting = plans.filter(status__in=(Status.DRAFT.value, Status.RETURNED.value)).first()
    if drafting is not None:
        return drafting.year
    latest = plans.values_list("year", flat=True).first()
    return max(latest or 0, timezone.localdate().year) + 1
