"""绩效运行监控 pages: a plan's rounds, one round with every project's light, the unit's
entry form per project, the upload of actuals, 报送 actions and the 监控表 downloads."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from jixiao.charts import spending_chart
from jixiao.forms.files import FORM_FORMATS
from jixiao.model.dates import chinese_date
from jixiao.monitoring import MonitoringResult, ProjectProgress
from jixiao.monitoring.actuals import write_actuals_template
from jixiao.monitoring.form import write_monitoring_form
from jixiao.web.caching.fragments import cached
from jixiao.web.department.round_line import line_for, line_of
from jixiao.web.monitoring.recording import ACTUALS_UPLOAD, save_progress
from jixiao.web.monitoring.rounds import (
    RoundRefused,
    entry_result,
    find_entry,
    open_round,
    plan_rounds,
    progress_of,
    round_domain,
    round_report,
)
from jixiao.web.orgs.access import (
    can_fill_all,
    can_fill_unit,
    can_open_report,
    fill_scope,
)
from jixiao.web.pages import charting
from jixiao.web.pages.entryforms import (
    CAUSES,
    LIKELIHOODS,
    progress_values,
    read_progress,
    row_values,
)
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.views.plan import plan_or_404
from jixiao.web.pages.views.reports import (
    ReportPages,
    action_choices,
    file_response,
)
from jixiao.web.plans.convert import plan_to_domain, project_to_domain
from jixiao.web.reportstore.dashboards import LIGHTS
from jixiao.web.reportstore.reading import Stored, fragment_key, progress_rows, stored_round
from jixiao.web.reportstore.rounds import stored_report, stored_series
from jixiao.web.tasks.access import monitor_date_asked

if TYPE_CHECKING:  # the records are only named here; their queries are the services'
    from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
    from jixiao.web.plans.models import PlanRecord
    from jixiao.web.reportstore.models import RoundResult


ROWS_PER_PAGE = 100  # projects per page of a round; the charts show them all


def _default_date(plan: PlanRecord, rounds: list[MonitoringRoundRecord]) -> dt.date:
    """The date a 监控 task asks the department for (the page proposed 6月30日 to a unit
    asked for 7月31日, a round the task never counted); else today when in the budget
    year, else the usual mid-year date (6月30日)."""
    asked = monitor_date_asked(plan.department, plan.year, (r.monitor_date for r in rounds))
    if asked is not None:
        return asked
    today = dt.date.today()
    return today if today.year == plan.year else dt.date(plan.year, 6, 30)


@member_required
def plan_monitoring(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    member = current_member(request)
    rounds = list(plan_rounds(plan))
    return render(
        request,
        "pages/monitoring_rounds.html",
        {
            "plan": plan,
            "rounds": rounds,
            "can_open": can_open_report(member, plan),
            "default_date": _default_date(plan, rounds),
        },
    )


@member_required
@require_POST
def open_monitoring(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    if not can_open_report(current_member(request), plan):
        raise PermissionDenied("只有本部门的填报人可以在绩效文本批复后开始监控")
    try:
        date = dt.date.fromisoformat(request.POST.get("monitor_date", "").strip())
        round_ = open_round(request.user, plan, date)
    except ValueError:
        messages.error(request, "请填写监控日期，如 2024-06-30")
    except RoundRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, f"已开始{chinese_date(date)}的绩效运行监控")
        return redirect("monitoring_round", round_id=round_.pk)
    return redirect("plan_monitoring", plan_id=plan.pk)


@member_required
def round_page(request: HttpRequest, round_id: int) -> HttpResponse:
    """Every project's light from the stored results, a page of projects at a time; the
    table and charts are rendered once per stored computation (and page, and who may
    fill), the department's line once per computation and line revision."""
    round_ = round_or_404(request, round_id)
    member = current_member(request)
    found = stored_round(round_)

    @functools.cache
    def rows() -> list[dict[str, Any]]:
        return progress_rows(round_)

    @functools.cache
    def report() -> MonitoringResult:
        return stored_report(round_, rows())

    summary = found.summary
    stored = sum(getattr(summary, light) for light in LIGHTS) if summary else 0
    page = Paginator(range(stored), ROWS_PER_PAGE).get_page(request.GET.get("page"))

    def shown() -> list[dict[str, Any]]:
        chosen = range(page.start_index() - 1, page.end_index())
        return [
            {
                "entry_id": rows()[i]["entry_id"],
                "unit_name": rows()[i]["unit_name"],
                "result": report().projects[i],
                "editable": can_fill_unit(member, round_, rows()[i]["unit_code"]),
            }
            for i in chosen
        ]

    return render(
        request,
        "pages/monitoring_round.html",
        {
            "round": round_,
            "plan": round_.plan,
            "lights": summary or round_,
            "results_recomputing": "监控结果" if found.recomputing else "",
            "content_key": fragment_key(found),
            "fill_scope": fill_scope(member, round_),
            "rows": shown,
            "pager": page,
            "actions": action_choices(request, round_),
            "can_upload": can_fill_all(member, round_),
            "charts": lambda: _charts(found, rows(), report()),
            "department_line": _department_line(round_, found, report),
            "likelihoods": LIKELIHOODS,
        },
    )


def _charts(
    found: Stored[RoundResult], rows: list[dict[str, Any]], report: MonitoringResult
) -> dict[str, str]:
    """The rates chart and the department's curve."""
    links = [reverse("monitoring_entry", args=[row["entry_id"]]) for row in rows]
    curve = found.summary.curve if found.summary is not None else {}
    return {
        "rates": charting.execution_rates(report, links),
        "curve": spending_chart(stored_series(curve, len(rows))),
    }


def _department_line(
    round_: MonitoringRoundRecord, found: Stored[RoundResult], report: Callable[[], Any]
) -> tuple[Any, Any]:
    """The department's line: its record (the form) and the verdict, computed once per
    stored computation, line revision and plan revision (the targets of a new line)."""
    record = line_of(round_)
    if not found.content_key:
        return record, line_for(round_, record, report())
    key = (
        f"jixiao:department-line:{found.content_key}:{record.pk}:{record.lock_version}"
        f":{round_.plan.lock_version}"
    )
    line = cached(key, lambda: line_for(round_, record, report()))
    return record, line


ROW_FIELDS = ("value_to_date", "expected_value", "likelihood", "cause", "cause_text", "measures")


def _entry_context(
    entry: ProgressRecord,
    progress: ProjectProgress,
    editable: bool,
    values: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The page; ``values`` are the inputs to show (what was typed, after an error)."""
    project = project_to_domain(entry.project)
    result = entry_result(entry, project)
    shown = values if values is not None else progress_values(progress)
    months = range(1, progress.monitor_date.month + 1)
    return {
        "entry": entry,
        "round": entry.round,
        "plan": entry.round.plan,
        "progress": progress,
        "values": shown,
        "months": [(m, shown.get(f"month_{m}", "")) for m in months],
        "rows": [
            (item, outlook, row_values(shown, n, ROW_FIELDS))
            for n, (item, outlook) in enumerate(
                zip(progress.indicators, result.indicators, strict=True)
            )
        ],
        "result": result,
        "editable": editable,
        "likelihoods": LIKELIHOODS,
        "causes": CAUSES,
        "chart": charting.project_spending(progress, result, project),
    }


def _save(
    request: HttpRequest, entry: ProgressRecord, stored: ProjectProgress, version: int
) -> str:
    progress = read_progress(request.POST, stored)
    return f"已保存。监控结果：{save_progress(request.user, entry, progress, version).light.label}"


PAGES = ReportPages(
    kind="monitoring",
    report_name="监控",
    entry_name="监控填报",
    find_entry=find_entry,
    report_of=lambda entry: entry.round,
    stored=progress_of,
    entry_context=_entry_context,
    save=_save,
    upload=ACTUALS_UPLOAD,
    upload_field="actuals",
)
progress_page, round_action, round_upload = PAGES.views()
round_or_404 = PAGES.report_or_404


@member_required
def round_download(request: HttpRequest, round_id: int, fmt: str) -> HttpResponse:
    round_ = round_or_404(request, round_id)
    plan = round_.plan
    stem = f"{plan.department.name}{plan.year}年绩效运行监控"
    fallback = f"monitoring-{plan.year}-{round_.pk}"
    if fmt == "actuals.xlsx":
        domain = plan_to_domain(plan)
        return file_response(
            lambda path: write_actuals_template(domain, path, round_.monitor_date),
            f"{stem}实际支出填报表.xlsx",
            f"{fallback}-actuals",
        )
    if fmt not in FORM_FORMATS:
        raise Http404("不支持的格式")
    monitoring_round = round_domain(round_)
    report = round_report(round_)
    return file_response(
        lambda path: write_monitoring_form(monitoring_round, path, report),
        f"{stem}表.{fmt}",
        fallback,
    )
