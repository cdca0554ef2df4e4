"""绩效自评 pages: a plan's self-evaluation with every project's score, the unit's entry form
per project, the upload of filled 自评表, 报送 actions, the 自评表 and 自评报告
downloads, and 结果应用 — the budget office's list and next year's plan."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from jixiao.evaluation import (
    ProjectEvaluation,
    draft_report,
    missing_to_score,
)
from jixiao.evaluation.form import write_evaluation_form
from jixiao.forms.files import FORM_FORMATS
from jixiao.web.documents.evaluations import published_scores
from jixiao.web.evaluation.applying import carry_over, next_years_plan
from jixiao.web.evaluation.recording import FORMS_UPLOAD, save_evaluation
from jixiao.web.evaluation.records import (
    EvaluationRefused,
    entry_score,
    evaluation_of,
    evaluation_of_plan,
    find_entry,
    open_evaluation,
    scored,
)
from jixiao.web.orgs.access import (
    can_carry_over,
    can_fill_all,
    can_fill_unit,
    can_open_report,
    fill_scope,
)
from jixiao.web.pages import charting
from jixiao.web.pages.entryforms import (
    EVALUATION_MONEY,
    evaluation_values,
    read_evaluation,
    row_values,
)
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.views.plan import plan_or_404
from jixiao.web.pages.views.reports import (
    ReportPages,
    action_choices,
    file_response,
)
from jixiao.web.plans.storing import StoreRefused
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.web.reportstore.evaluations import advice_of, advised, score_shown
from jixiao.web.reportstore.reading import (
    fragment_key,
    grade_tally,
    score_rows,
    stored_evaluation,
)

if TYPE_CHECKING:  # the records are only named here; their queries are the services'
    from jixiao.web.evaluation.models import EvaluationEntryRecord

ROW_FIELDS = ("actual", "explanation")
ROWS_PER_PAGE = 100  # projects per page of a self-evaluation; the charts show them all


@member_required
def plan_evaluation(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The plan's self-evaluation, or the button to start it."""
    plan = plan_or_404(request, plan_id)
    member = current_member(request)
    evaluation = evaluation_of_plan(plan)
    if evaluation is None:
        return render(
            request,
            "pages/evaluation_start.html",
            {"plan": plan, "can_open": can_open_report(member, plan)},
        )
    found = stored_evaluation(evaluation)
    tally = grade_tally(evaluation)
    page = Paginator(range(tally.projects), ROWS_PER_PAGE).get_page(request.GET.get("page"))

    @functools.cache
    def rows() -> list[dict[str, Any]]:
        return score_rows(evaluation)

    def shown() -> list[dict[str, Any]]:
        return [
            {
                "entry_id": row["entry_id"],
                "unit_name": row["unit_name"],
                "score": score_shown(row),
                "blank": row["blank"],
                "missing": row["missing"].splitlines(),
                "findings_count": row["findings_count"],
                "editable": can_fill_unit(member, evaluation, row["unit_code"]),
            }
            for row in rows()[page.start_index() - 1 : page.end_index()]
        ]

    return render(
        request,
        "pages/evaluation.html",
        {
            "plan": plan,
            "evaluation": evaluation,
            "average": found.summary.average if found.summary else evaluation.average,
            "results_recomputing": "自评得分" if found.recomputing else "",
            "content_key": fragment_key(found),
            "fill_scope": fill_scope(member, evaluation),
            "rows": shown,
            "pager": page,
            "grade_counts": [(g, tally.grades.get(g, 0)) for g in charting.GRADES],
            "actions": action_choices(request, evaluation),
            "can_upload": can_fill_all(member, evaluation),
            "can_carry_over": can_carry_over(member, plan),
            "next_years_plan": next_years_plan(evaluation),
            "advice": lambda: [advice_of(row) for row in advised(rows())],
            "reported": tally.reported,
            "charts": lambda: _charts(rows(), tally.grades),
            "profile": evaluation_profile(),
            "published": published_scores(evaluation),
        },
    )


def _charts(rows: list[dict[str, Any]], grades: dict[str, int]) -> dict[str, str]:
    """The scores chart and the grades' distribution."""
    scores = [(score_shown(row), row["entry_id"]) for row in rows if not row["blank"]]
    return {
        "scores": charting.scores(scores),
        "grades": charting.grade_distribution(
            [grade for grade, count in grades.items() for _ in range(count)]
        ),
    }


@member_required
@require_POST
def start_evaluation(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    if not can_open_report(current_member(request), plan):
        raise PermissionDenied("只有本部门的填报人可以在绩效文本批复后开始自评")
    try:
        open_evaluation(request.user, plan)
    except EvaluationRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, f"已开始{plan.year}年度绩效自评")
    return redirect("plan_evaluation", plan_id=plan.pk)


def _entry_context(
    entry: EvaluationEntryRecord,
    evaluation: ProjectEvaluation,
    editable: bool,
    values: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The page; ``values`` are the inputs to show (what was typed, after an error)."""
    score = entry_score(entry)
    shown = values if values is not None else evaluation_values(evaluation)
    return {
        "entry": entry,
        "report": entry.evaluation,
        "plan": entry.evaluation.plan,
        "evaluation": evaluation,
        "score": score,
        "missing": missing_to_score(evaluation),
        "values": shown,
        "money": [(name, label, shown.get(name, "")) for name, label in EVALUATION_MONEY],
        "rows": [(row, row_values(shown, n, ROW_FIELDS)) for n, row in enumerate(score.indicators)],
        "editable": editable,
    }


def _save(
    request: HttpRequest, entry: EvaluationEntryRecord, stored: ProjectEvaluation, version: int
) -> str:
    evaluation = read_evaluation(request.POST, stored)
    score = save_evaluation(request.user, entry, evaluation, version)
    missing = missing_to_score(evaluation)
    if missing:
        return f"已保存。填报中，暂不计分定级，还需填写：{'、'.join(missing)}"
    return f"已保存。自评得分 {score.total} 分，等级“{score.grade}”"


PAGES = ReportPages(
    kind="evaluation",
    report_name="绩效自评",
    entry_name="自评填报",
    find_entry=find_entry,
    report_of=lambda entry: entry.evaluation,
    stored=evaluation_of,
    entry_context=_entry_context,
    save=_save,
    upload=FORMS_UPLOAD,
    upload_field="forms",
)
evaluation_entry, evaluation_action, evaluation_upload = PAGES.views()
evaluation_or_404 = PAGES.report_or_404


@member_required
def evaluation_download(request: HttpRequest, evaluation_id: int, fmt: str) -> HttpResponse:
    evaluation = evaluation_or_404(request, evaluation_id)
    plan = evaluation.plan
    stem = f"{plan.department.name}{plan.year}年度项目支出绩效自评"
    fallback = f"self-evaluation-{plan.year}-{evaluation.pk}"
    rows = scored(evaluation)
    domains = [domain for _, domain, _ in rows]
    profile = evaluation_profile()
    if fmt == "report.md":
        text = draft_report(
            domains,
            [score for _, _, score in rows],
            department=plan.department.name,
            year=plan.year,
        )
        return file_response(
            lambda path: path.write_text(text, "utf-8"), f"{stem}报告（草稿）.md", fallback
        )
    if fmt not in FORM_FORMATS:
        raise Http404("不支持的格式")
    return file_response(
        lambda path: write_evaluation_form(domains, path, profile), f"{stem}表.{fmt}", fallback
    )


@member_required
@require_POST
def evaluation_carry_over(request: HttpRequest, evaluation_id: int) -> HttpResponse:
    evaluation = evaluation_or_404(request, evaluation_id)
    if not can_carry_over(current_member(request), evaluation.plan):
        raise PermissionDenied("只有本部门的填报人可以起草下一年度绩效目标")
    try:
        draft = carry_over(request.user, evaluation)
    except StoreRefused as refused:
        messages.error(request, str(refused))
        return redirect("plan_evaluation", plan_id=evaluation.plan_id)
    messages.success(
        request,
        f"已起草{draft.year}年度绩效文本：{draft.projects.count()}个项目，"
        "指标值确定依据中给出了本年度实际完成值（历史标准），请逐项修改后提交审核",
    )
    return redirect(reverse("plan", args=[draft.pk]))
