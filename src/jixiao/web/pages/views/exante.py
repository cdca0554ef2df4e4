"""事前绩效评估 pages: the list beside the plans, a unit's proposal (form, checks,
assessors, conclusion), an assessor's score sheet, and the 事前绩效评估表 downloads."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from jixiao.exante import Proposal, check_estimate, review_draft
from jixiao.exante.assess import ScoreError
from jixiao.exante.form import FORM_TITLE, exante_form_bytes
from jixiao.forms.files import FORM_FORMATS, MEDIA_TYPES
from jixiao.textnorm.natural import natural_key
from jixiao.web.exante.access import (
    assessor_choices,
    can_decide,
    can_edit_proposal,
    can_propose,
    find_proposal,
    sees_only_own_sheet,
    sheet_of,
    visible_proposals,
)
from jixiao.web.exante.assessing import (
    AssessmentConflict,
    AssessmentRefused,
    assign,
    conclude,
    create_proposal,
    preview,
    profile,
    proposal_year,
    save_proposal,
    save_sheet,
    submit,
)
from jixiao.web.exante.entry import KINDS, EntryError, form_rows, parse_proposal, proposal_rows
from jixiao.web.exante.status import ProposalStatus
from jixiao.web.pages.filenames import as_download
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.kept import refused, typed

if TYPE_CHECKING:
    from jixiao.web.exante.models import ProposalRecord


def proposal_or_404(request: HttpRequest, proposal_id: int) -> ProposalRecord:
    record = visible_proposals(current_member(request)).filter(pk=proposal_id).first()
    if record is None:
        raise Http404("没有找到该事前评估申报")
    return record


def _version(request: HttpRequest) -> int:
    try:
        return int(request.POST.get("lock_version", "0"))
    except ValueError:
        return 0


@member_required
def exante_list(request: HttpRequest) -> HttpResponse:
    """Every proposal the person may see, by year, with status, amounts and conclusion."""
    member = current_member(request)
    records = list(visible_proposals(member).order_by("-year", "pk"))
    records.sort(key=lambda r: (-r.year, natural_key(r.department.name)))  # stable: pk
    rows = [(r, r.core, r.outcome) for r in records]
    supported = [
        core.requested for r, core, _ in rows if r.conclusion in ("予以支持", "调整后支持")
    ]
    return render(
        request,
        "pages/exante_list.html",
        {
            "rows": rows,
            "may_propose": can_propose(member),
            "requested": sum((core.requested for _, core, _ in rows), Decimal(0)),
            "supported": sum(supported, Decimal(0)),
        },
    )


def _form_page(
    request: HttpRequest, record: ProposalRecord | None, values: Any, rows: Any
) -> HttpResponse:
    return render(
        request,
        "pages/exante_new.html",
        {
            "record": record,
            "values": values,
            "goals_text": values.get("goals", ""),
            "rows": rows,
            "kinds": KINDS,
        },
    )


@member_required
def exante_new(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    if not can_propose(member):
        raise PermissionDenied("只有部门的单位填报人可以申报事前绩效评估")
    department = member.department
    assert department is not None
    if request.method != "POST":
        return _form_page(request, None, {"year": proposal_year(department)}, form_rows({}))
    unit = member.unit.name if member.unit else None
    try:
        proposal = parse_proposal(request.POST, department.name, unit)
    except EntryError as error:
        messages.error(request, str(error))
        return _form_page(request, None, request.POST, form_rows(request.POST))
    record = create_proposal(request.user, department, proposal)
    messages.success(request, "已保存申报，核对自动检查结果后请提交。")
    return redirect("exante_proposal", proposal_id=record.pk)


def _total(scores: dict[str, str]) -> Decimal:
    return sum((Decimal(v) for v in scores.values()), Decimal(0))


def _checks(proposal: Proposal) -> dict[str, Any]:
    return {
        "estimate_problems": check_estimate(proposal, profile()),
        # the project's own findings: the draft plan has no 部门整体 goals to review
        "findings": [f for f in review_draft(proposal) if f.severity.value != "info" and f.project],
    }


@member_required
def exante_proposal(request: HttpRequest, proposal_id: int) -> HttpResponse:
    record = proposal_or_404(request, proposal_id)
    member = current_member(request)
    editable = can_edit_proposal(member, record) and record.status_enum is ProposalStatus.DRAFT
    if request.method == "POST":
        if not can_edit_proposal(member, record):
            raise Http404("没有找到该事前评估申报")
        try:
            proposal = parse_proposal(request.POST, record.department.name, record.core.unit)
            save_proposal(request.user, record, proposal, _version(request))
            messages.success(request, "已保存。")
        except (EntryError, AssessmentRefused) as error:
            messages.error(request, f"{error}您填写的内容仍在下面的表中，核对后再保存。")
            # the form again as typed, with the current 版本号: saving it again then wins
            # over the other save instead of being refused each time
            record.refresh_from_db()
            return _form_page(request, record, request.POST, form_rows(request.POST))
        return redirect("exante_proposal", proposal_id=record.pk)
    proposal = record.core
    deciding = can_decide(member, record)
    try:
        combined = preview(record) if deciding else None
    except ScoreError as error:
        combined = None
        messages.warning(request, str(error))
    sheets = list(record.sheets.select_related("assessor").order_by("pk"))
    if sees_only_own_sheet(member) and not deciding:
        sheets = [s for s in sheets if s.assessor_id == request.user.pk]
    return render(
        request,
        "pages/exante_proposal.html",
        {
            "record": record,
            "proposal": proposal,
            "values": proposal.model_dump(mode="json"),
            "goals_text": "\n".join(proposal.goals),
            "rows": proposal_rows(proposal),
            "kinds": KINDS,
            "editable": editable,
            "deciding": deciding,
            "sheets": [(s, _total(s.scores) if s.submitted_at else None) for s in sheets],
            "own_sheet": sheet_of(request.user, record),
            "choices": [
                m
                for m in assessor_choices(record)
                if m.user_id not in {s.assessor_id for s in sheets}
            ],
            "combined": combined,
            "combination": profile().combination_text(combined.assessors) if combined else "",
            "conclusions": profile().conclusion_labels(),
            "result": record.outcome,
            "profile": profile(),
            "formats": FORM_FORMATS,
            **_checks(proposal),
        },
    )


@member_required
@require_POST
def exante_action(request: HttpRequest, proposal_id: int) -> HttpResponse:
    record = proposal_or_404(request, proposal_id)
    member = current_member(request)
    action = request.POST.get("action", "")
    allowed = (
        can_edit_proposal(member, record) if action == "submit" else can_decide(member, record)
    )
    if action not in ("submit", "assign", "conclude") or not allowed:
        raise PermissionDenied("您不能办理该操作")
    version = _version(request)
    try:
        if action == "submit":
            submit(request.user, record, version)
            messages.success(request, "已提交财政局评估。")
        elif action == "assign":
            chosen = assessor_choices(record).filter(pk=request.POST.get("member") or 0).first()
            if chosen is None:
                raise AssessmentRefused("请选择评估人。")
            assign(request.user, record, chosen, version)
            messages.success(request, "已指派评估人。")
        else:
            conclude(
                request.user,
                record,
                request.POST.get("opinion", ""),
                version,
                request.POST.get("conclusion", ""),
                request.POST.get("reason", ""),
            )
            messages.success(request, f"已出具评估结论：{record.conclusion}。")
    except AssessmentRefused as error:
        # the 理由 and the 意见 typed given back, with the 结论 chosen: the redirect lost them
        written = [("改变结论的理由", "reason"), ("财政局意见", "opinion")]
        kept = typed(request.POST, written) if action == "conclude" else []
        if any(text for _, text in kept):
            kept = typed(request.POST, [("评估结论", "conclusion")]) + kept
        here = reverse("exante_proposal", args=[record.pk])
        conflict = isinstance(error, AssessmentConflict)
        return refused(request, str(error), kept, here, conflict=conflict)
    return redirect("exante_proposal", proposal_id=record.pk)


def _posted_scores(request: HttpRequest) -> dict[str, Decimal]:
    scores: dict[str, Decimal] = {}
    for dimension in profile().dimensions:
        for item in dimension.items:
            text = request.POST.get(f"score-{item.id}", "").strip()
            if not text:
                raise AssessmentRefused(f"请为“{dimension.name}—{item.name}”打分")
            try:
                scores[item.id] = Decimal(text)
            except InvalidOperation:
                raise AssessmentRefused(f"“{item.name}”：“{text}”不是数字") from None
    return scores


@member_required
def exante_sheet(request: HttpRequest, proposal_id: int) -> HttpResponse:
    """The assessor's own score sheet: sub-items with their guide, vetoes, remarks."""
    record = find_proposal(proposal_id)
    sheet = sheet_of(request.user, record) if record is not None else None
    if record is None or sheet is None:
        raise Http404("您不是该项目的评估人")
    values: dict[str, Any] = {**sheet.scores}
    if request.method == "POST":
        try:
            save_sheet(
                request.user,
                sheet,
                _posted_scores(request),
                request.POST.getlist("vetoes"),
                request.POST.get("remarks", ""),
                _version(request),
            )
            messages.success(request, "已提交评分表。")
            return redirect("exante_proposal", proposal_id=record.pk)
        except (AssessmentRefused, ScoreError) as error:
            messages.error(request, str(error))
            values = {k[6:]: v for k, v in request.POST.items() if k.startswith("score-")}
            # the vetoes and remarks as typed too, and the current 版本号 to save them with
            sheet.refresh_from_db()
            sheet.vetoes = request.POST.getlist("vetoes")
            sheet.remarks = request.POST.get("remarks", "")
    return render(
        request,
        "pages/exante_sheet.html",
        {
            "record": record,
            "proposal": record.core,
            "sheet": sheet,
            "values": values,
            "profile": profile(),
            "open": record.status_enum is ProposalStatus.ASSESSING,
            **_checks(record.core),
        },
    )


@member_required
def exante_download(request: HttpRequest, proposal_id: int, fmt: str) -> HttpResponse:
    record = proposal_or_404(request, proposal_id)
    result = record.outcome
    if fmt not in FORM_FORMATS or result is None:
        raise Http404("尚未出具评估结论，或没有这种格式")
    body = exante_form_bytes([(record.core, result)], profile(), fmt)
    response = HttpResponse(body, content_type=MEDIA_TYPES[fmt])
    proposal = record.core
    name = f"{proposal.department}{proposal.year}年{proposal.name}{FORM_TITLE}.{fmt}"
    as_download(response, name, f"exante-{record.pk}")
    return response
