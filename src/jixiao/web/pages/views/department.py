"""部门整体自评 pages: on an approved plan, the department's figures and targets entered by
the unit, the projects and surveys rolled up, the judged leaves scored by the reviewer,
the score table and chart, the 报送 flow, and the 自评表 download and upload."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from jixiao.charts import GRADE_TONES, Bar, bar_chart
from jixiao.charts.svg import Tone
from jixiao.department import DepartmentFigures, DepartmentScore
from jixiao.department.form import FIGURES, department_form_bytes
from jixiao.department.prefill import disclosed_sangong
from jixiao.department.report import REPORT_FORMATS, department_report_bytes
from jixiao.department.scoring import JudgedScore
from jixiao.forms.files import FORM_FORMATS, MEDIA_TYPES
from jixiao.textnorm.digit_groups import AmbiguousDigits, typed_digits
from jixiao.web.department.recording import (
    DepartmentConflict,
    DepartmentRefused,
    department_evaluation_of,
    department_profile,
    find_department_evaluation,
    open_department_evaluation,
    save_entries,
    save_judged,
    scored,
)
from jixiao.web.department.reporting import report_of
from jixiao.web.department.round_line import line_of, save_line, targets_of
from jixiao.web.department.uploading import DEPARTMENT_FORM_UPLOAD
from jixiao.web.documents.disclosures import plan_disclosure
from jixiao.web.monitoring.rounds import find_round
from jixiao.web.orgs.access import can_fill_all, can_open_report, can_view
from jixiao.web.pages.filenames import as_download
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.kept import Kept, refused, typed
from jixiao.web.pages.views.plan import plan_or_404
from jixiao.web.pages.views.reports import action_choices, decide, upload_as_job
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.workflow import Role

if TYPE_CHECKING:
    from jixiao.web.department.models import DepartmentSelfEvaluation
    from jixiao.web.orgs.models import Membership


def evaluation_or_404(request: HttpRequest, evaluation_id: int) -> DepartmentSelfEvaluation:
    record = find_department_evaluation(evaluation_id)
    if record is None or not can_view(current_member(request), record.plan):
        raise Http404("没有找到该部门整体自评")
    return record


def may_judge(member: Membership, record: DepartmentSelfEvaluation) -> bool:
    """The judged leaves are the reviewer's: the finance bureau (and administrators)."""
    return member.role_enum in (Role.BUREAU_REVIEWER, Role.ADMIN) and can_view(member, record.plan)


def _amount(text: str, caption: str) -> Decimal | None:
    text = text.strip()
    if not text:
        return None
    try:
        return Decimal(typed_digits(text))
    except AmbiguousDigits as ambiguous:
        raise DepartmentRefused(f"“{caption}”：{ambiguous}") from None
    except InvalidOperation:
        raise DepartmentRefused(f"“{caption}”：“{text}”不是数字（万元）") from None


def score_chart(score: DepartmentScore) -> str:
    """Each indicator's score as a share of its weight, coloured by the grade band the
    department profile gives it (the core decides the band, not this page)."""
    profile = department_profile()
    bars = []
    for i in score.indicators:
        share = None if i.score is None else float(i.score / i.weight * 100)
        tone: Tone = (
            "neutral"
            if i.score is None
            else GRADE_TONES.get(profile.grade_of_share(i.score, i.weight), "neutral")
        )
        text = "未填报" if i.score is None else f"{i.score}/{i.weight}"
        bars.append(Bar(label=i.name, value=share, tone=tone, text=text))
    return bar_chart(bars, maximum=100, unit="%", title="各指标得分率")


def _targets(targets: Any, typed: list[str] | None) -> list[tuple[Any, str]]:
    """Each target with its 实际完成值: as stored, or as the person typed it."""
    if typed is None:
        return [(t, t.actual) for t in targets]
    return [(t, typed[n] if n < len(typed) else "") for n, t in enumerate(targets)]


@member_required
def plan_department(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    member = current_member(request)
    record = department_evaluation_of(plan)
    typed = None  # a refused form, shown again as the person filled it
    if request.method == "POST":
        if record is None or not can_fill_all(member, record):
            raise Http404("没有找到该部门整体自评")
        try:
            figures = DepartmentFigures(
                **{name: _amount(request.POST.get(name, ""), c) for c, name in FIGURES}
            )
            version = int(request.POST.get("lock_version", "0") or 0)
            save_entries(request.user, record, figures, request.POST.getlist("actual"), version)
            messages.success(request, "已保存并重新计算。")
            return redirect("plan_department", plan_id=plan.pk)
        except DepartmentRefused as refused:
            messages.error(request, str(refused))
            typed = request.POST
    return _page(request, plan, record, typed=typed)


def _page(
    request: HttpRequest,
    plan: Any,
    record: DepartmentSelfEvaluation | None,
    *,
    typed: Any = None,
    typed_judged: Any = None,
) -> HttpResponse:
    """The page; after a refused save, with the refused form as the person filled it
    (``typed``: the unit's figures and targets, ``typed_judged``: the bureau's scores)."""
    member = current_member(request)
    context: dict[str, object] = {
        "plan": plan,
        "record": record,
        "may_open": record is None and can_open_report(member, plan),
    }
    if record is not None:
        evaluation, score = scored(record)
        figures = evaluation.figures
        context |= {
            "evaluation": evaluation,
            "score": score,
            "chart": score_chart(score),
            "figures": [
                (c, name, typed.get(name) if typed else getattr(figures, name))
                for c, name in FIGURES
            ],
            "targets": _targets(evaluation.targets, typed.getlist("actual") if typed else None),
            "sangong_budget": disclosed_sangong(plan_disclosure(plan)),
            "may_fill": can_fill_all(member, record),
            "may_judge": may_judge(member, record),
            "judged": [
                (leaf, _given(leaf.id, evaluation.judged.get(leaf.id), typed_judged))
                for level in department_profile().levels
                for leaf in level.indicators
                if leaf.measure == "judged"
            ],
            "actions": action_choices(request, record),
            "action_url": reverse("department_action", args=[record.pk]),
            "formats": FORM_FORMATS,
            "report_formats": REPORT_FORMATS,
        }
    refused = typed is not None or typed_judged is not None
    return render(request, "pages/department.html", context, status=400 if refused else 200)


def _given(leaf_id: str, stored: JudgedScore | None, typed: Any) -> Any:
    """A judged leaf's score and comment: as stored, or as the reviewer typed them."""
    if typed is None:
        return stored
    return {
        "points": typed.get(f"judged-{leaf_id}", ""),
        "comment": typed.get(f"comment-{leaf_id}", ""),
    }


@member_required
@require_POST
def plan_department_start(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    if not can_open_report(current_member(request), plan):
        raise Http404("没有找到该绩效文本")
    open_department_evaluation(request.user, plan)
    messages.success(request, "已开始部门整体自评，年初预算等数据已从预算公开表带入（如有）。")
    return redirect("plan_department", plan_id=plan.pk)


@member_required
@require_POST
def department_action(request: HttpRequest, evaluation_id: int) -> HttpResponse:
    record = evaluation_or_404(request, evaluation_id)
    return decide(request, record, reverse("plan_department", args=[record.plan_id]))


@member_required
@require_POST
def department_judge(request: HttpRequest, evaluation_id: int) -> HttpResponse:
    record = evaluation_or_404(request, evaluation_id)
    if not may_judge(current_member(request), record):
        raise PermissionDenied("评价人（财政局）为定性指标打分")
    try:
        judged = {}
        for level in department_profile().levels:
            for leaf in level.indicators:
                points = _amount(request.POST.get(f"judged-{leaf.id}", ""), leaf.name)
                if leaf.measure == "judged" and points is not None:
                    comment = request.POST.get(f"comment-{leaf.id}", "").strip()
                    judged[leaf.id] = JudgedScore(points=points, comment=comment)
        version = int(request.POST.get("lock_version", "0") or 0)
        save_judged(request.user, record, judged, version)
        messages.success(request, "已保存评分。")
    except (DepartmentRefused, ValueError) as refused:
        # the page again with every score and comment as typed: a redirect lost them all
        messages.error(request, f"评分未保存：{refused}")
        fresh = find_department_evaluation(record.pk)
        return _page(request, record.plan, fresh, typed_judged=request.POST)
    return redirect("plan_department", plan_id=record.plan_id)


@member_required
@require_POST
def department_upload(request: HttpRequest, evaluation_id: int) -> HttpResponse:
    """The filled 自评表 is kept with a job (read and written by a worker, within the
    limits); its page shows the progress and leads back here."""
    record = evaluation_or_404(request, evaluation_id)
    if not can_fill_all(current_member(request), record):
        raise PermissionDenied("只有本部门的填报人可以在填报期间上传自评表")
    job_page = upload_as_job(request, record, DEPARTMENT_FORM_UPLOAD, "form")
    return job_page or redirect("plan_department", plan_id=record.plan_id)


def _stem(record: DepartmentSelfEvaluation) -> str:
    plan = record.plan
    return f"{plan.department.name}{plan.year}年度部门整体支出绩效自评"


@member_required
def department_download(request: HttpRequest, evaluation_id: int, fmt: str) -> HttpResponse:
    record = evaluation_or_404(request, evaluation_id)
    if fmt not in FORM_FORMATS:
        raise Http404("没有这种格式")
    evaluation, _ = scored(record)
    body = department_form_bytes([evaluation], department_profile(), evaluation_profile(), fmt)
    response = HttpResponse(body, content_type=MEDIA_TYPES[fmt])
    name = f"{_stem(record)}表.{fmt}"
    as_download(response, name, f"department-{record.plan_id}")
    return response


@member_required
def department_report_download(request: HttpRequest, evaluation_id: int, fmt: str) -> HttpResponse:
    """The 部门整体支出绩效自评报告 (docx or pdf) of what the page shows."""
    record = evaluation_or_404(request, evaluation_id)
    if fmt not in REPORT_FORMATS:
        raise Http404("没有这种格式")
    body = department_report_bytes(report_of(record), fmt)
    response = HttpResponse(body, content_type=MEDIA_TYPES[fmt])
    name = f"{_stem(record)}报告.{fmt}"
    fallback = f"department-report-{record.plan_id}"
    as_download(response, name, fallback)
    return response


@member_required
@require_POST
def monitoring_department(request: HttpRequest, round_id: int) -> HttpResponse:
    """The unit's 部门整体运行监控 entries on a round."""
    found = find_round(round_id)
    if found is None or not can_view(current_member(request), found.plan):
        raise Http404("没有找到该监控轮次")
    if not can_fill_all(current_member(request), found):
        raise PermissionDenied("只有本部门的填报人可以在填报期间填报部门整体监控")
    record = line_of(found)
    fields = ("to_date", "expected", "likelihood", "cause")
    columns = {f: request.POST.getlist(f) for f in fields}
    rows = [
        {f: columns[f][n] if n < len(columns[f]) else "" for f in fields}
        for n in range(len(record.targets))
    ]
    try:
        save_line(
            request.user,
            record,
            _amount(request.POST.get("budget", ""), "部门预算数"),
            _amount(request.POST.get("spent_to_date", ""), "截至监控日执行数"),
            rows,
            int(request.POST.get("lock_version", "0") or 0),
        )
    except (DepartmentRefused, ValueError) as error:
        page = reverse("monitoring_round", args=[found.pk])
        conflict = isinstance(error, DepartmentConflict)
        return refused(request, str(error), _line_typed(request, record), page, conflict=conflict)
    messages.success(request, "已保存部门整体监控。")
    return redirect("monitoring_round", round_id=found.pk)


LINE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("截至完成", "to_date"),
    ("全年预计", "expected"),
    ("完成可能性", "likelihood"),
    ("偏差原因", "cause"),
)
"""The 部门整体监控 columns of each target, under the names the form gives them."""


def _line_typed(request: HttpRequest, record: Any) -> Kept:
    """The department line as typed: the two figures, then each target's four columns."""
    kept = typed(
        request.POST,
        [("部门预算数（万元）", "budget"), ("截至监控日执行数（万元）", "spent_to_date")],
    )
    columns = [(label, request.POST.getlist(name)) for label, name in LINE_COLUMNS]
    for n, target in enumerate(targets_of(record)):
        parts = [(label, values[n].strip()) for label, values in columns if n < len(values)]
        kept.append((target.subject, "\n".join(f"{a}：{b}" for a, b in parts if b)))
    return kept
