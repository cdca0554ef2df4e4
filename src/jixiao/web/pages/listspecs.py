"""The declarations of the list pages (清单): columns, filters, search — one each for the
plans, a plan's projects, the 监控 rounds, the 自评, the off-track projects and the budget
office's list. The mechanism that runs them is :mod:`jixiao.web.listing`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from jixiao.exporters.formats import formats
from jixiao.web.listing import Column, Filter, ListSpec
from jixiao.web.orgs.models import Department
from jixiao.workflow import ReportStatus, Status

GRADES = ("优", "良", "中", "差")
LIGHTS = (("red", "红灯"), ("yellow", "黄灯"), ("green", "绿灯"))


def _years(rows: Callable[[], Any]) -> Callable[[], Sequence[tuple[str, str]]]:
    def options() -> list[tuple[str, str]]:
        years = sorted(set(rows()), reverse=True)
        return [(str(y), f"{y}年") for y in years]

    return options


def departments_filter(departments: QuerySet[Department], field: str = "department_id") -> Filter:
    return Filter(
        "department",
        "部门",
        field,
        lambda: [(str(d.pk), d.name) for d in departments.order_by("sort_key")],
        integer=True,
    )


def plan_status(plan: Any) -> SafeString:
    return format_html(
        '<span class="status status-{}">{}</span>', plan.status, plan.status_enum.label
    )


def report_status(report: Any) -> SafeString:
    return format_html(
        '<span class="status report-{}">{}</span>', report.status, report.status_enum.label
    )


def grade_badge(grade: str) -> SafeString:
    if not grade:
        return format_html('<span class="muted">{}</span>', "—")
    return format_html('<span class="grade grade-{}">{}</span>', grade, grade)


def light_badge(light: str) -> SafeString:
    return format_html('<span class="light light-{}">{}</span>', light, dict(LIGHTS).get(light, ""))


FINDING_CHOICES = {
    "errors": ("有错误", Q(errors__gt=0)),
    "warnings": ("无错误、有警告", Q(errors=0, warnings_count__gt=0)),
    "clean": ("无错误和警告", Q(errors=0, warnings_count=0)),
}
"""The plans list's 审核发现 filter: the bureau of 60 plans finds those with errors."""


def plans_spec(
    departments: QuerySet[Department], years: Callable[[], Any], batch: bool
) -> ListSpec:
    return ListSpec(
        "plans",
        (
            Column(
                "department__name",
                "部门",
                link=lambda p: reverse("plan", args=[p.pk]),
                sort="department__sort_key",
            ),
            Column("year", "年度", "int"),
            Column(
                "status",
                "状态",
                html=plan_status,
                value=lambda p: p.status_enum.label,
                sort="status",
            ),
            Column("project_count", "项目数", "int", total=True),
            Column("budget", "预算数", "money", total=True),
            Column("errors", "错误", "int", total=True),
            Column("warnings_count", "警告", "int"),
            Column("grade", "审核等级", html=lambda p: grade_badge(p.grade)),
            Column("updated_at", "更新时间", "datetime"),
        ),
        filters=(
            Filter("year", "年度", "year", _years(years), integer=True),
            departments_filter(departments),
            Filter("status", "状态", "status", lambda: [(s.value, s.label) for s in Status]),
            Filter("grade", "审核等级", "grade", lambda: [(g, g) for g in GRADES]),
            Filter(
                "findings",
                "审核发现",
                "errors",
                lambda: [(value, label) for value, (label, _) in FINDING_CHOICES.items()],
                conditions={value: q for value, (_, q) in FINDING_CHOICES.items()},
            ),
        ),
        # a unit asks after its plan by its own name or code: found in its department's
        search=("department__name", "title", "department__units__name", "department__units__code"),
        search_label="搜索部门或单位",
        default_sort="-year",
        select=(lambda p: int(p.pk)) if batch else None,
    )


def projects_spec(units: Sequence[tuple[str, str]]) -> ListSpec:
    return ListSpec(
        "projects",
        (
            Column("position", "序号", "int"),
            Column("unit_name", "单位"),
            Column("code", "项目编码"),
            Column("name", "项目名称", link=lambda p: reverse("project", args=[p.pk])),
            Column("budget_total", "预算数", "money", total=True),
            Column("budget_fiscal", "财政资金", "money", total=True),
            Column("budget_other", "其他资金", "money", total=True),
            Column("indicator_count", "指标数", "int", total=True),
            Column("findings_count", "审核发现", "int", total=True),
            Column("grade", "审核等级", html=lambda p: grade_badge(p.grade)),
        ),
        filters=(
            Filter("unit", "单位", "unit_code", lambda: units),
            Filter("grade", "审核等级", "grade", lambda: [(g, g) for g in GRADES]),
        ),
        search=("name", "code"),
        search_label="搜索项目",
        default_sort="position",
        page_sizes=(50, 20, 100),
    )


def _report_spec(
    name: str,
    link: Callable[[Any], str],
    columns: tuple[Column, ...],
    default_sort: str,
    lists: tuple[QuerySet[Department], Callable[[], Any], bool],
) -> ListSpec:
    """A list of reports (监控 rounds, 自评): the department (linked to the report), the
    year, ``columns`` (:data:`REPORT_STATUS` among them), the budget and the last change;
    filtered by year, department and 报送状态 and searched by department — ``lists``: the
    departments and years to offer, and whether rows are selectable for 批量通过/退回."""
    departments, years, batch = lists
    return ListSpec(
        name,
        (
            Column("plan__department__name", "部门", link=link, sort="plan__department__sort_key"),
            Column("plan__year", "年度", "int"),
            *columns,
            Column("budget", "预算数", "money", total=True),
            Column("updated_at", "更新时间", "datetime"),
        ),
        filters=(
            Filter("year", "年度", "plan__year", _years(years), integer=True),
            departments_filter(departments, "plan__department_id"),
            Filter("status", "状态", "status", lambda: [(s.value, s.label) for s in ReportStatus]),
        ),
        search=(
            "plan__department__name",
            "plan__department__units__name",
            "plan__department__units__code",
        ),
        search_label="搜索部门或单位",
        default_sort=default_sort,
        select=(lambda r: int(r.pk)) if batch else None,
    )


REPORT_STATUS = Column(
    "status", "报送状态", html=report_status, value=lambda r: r.status_enum.label, sort="status"
)


def rounds_spec(
    departments: QuerySet[Department], years: Callable[[], Any], batch: bool
) -> ListSpec:
    return _report_spec(
        "rounds",
        lambda r: reverse("monitoring_round", args=[r.pk]),
        (
            Column("monitor_date", "监控日期", "date"),
            REPORT_STATUS,
            Column("red", "红灯", "int", total=True),
            Column("yellow", "黄灯", "int", total=True),
            Column("green", "绿灯", "int", total=True),
        ),
        "-monitor_date",
        (departments, years, batch),
    )


def evaluations_spec(
    departments: QuerySet[Department], years: Callable[[], Any], batch: bool
) -> ListSpec:
    return _report_spec(
        "evaluations",
        lambda e: reverse("plan_evaluation", args=[e.plan_id]),
        (
            REPORT_STATUS,
            Column(
                "average",
                "平均分",
                "int",
                value=lambda e: None if e.average is None else round(e.average, 1),
                sort="average",
            ),
            Column("filled", "已填报项目", "int", total=True),
        ),
        "-plan__year",
        (departments, years, batch),
    )


def off_track_spec(departments: QuerySet[Department], years: Callable[[], Any]) -> ListSpec:
    return ListSpec(
        "off_track",
        (
            Column(
                "round__plan__department__name", "部门", sort="round__plan__department__sort_key"
            ),
            Column(
                "project__name", "项目", link=lambda e: reverse("monitoring_entry", args=[e.pk])
            ),
            Column("round__monitor_date", "监控日期", "date"),
            Column(
                "light",
                "监控结果",
                html=lambda e: light_badge(e.light),
                value=lambda e: e.get_light_display(),  # the export said "yellow"
                sort="light",
            ),
            Column("project__budget_total", "预算数", "money", total=True),
            Column("execution_rate", "预算执行率", "percent"),
            Column("forecast_rate", "预计年底执行率", "percent"),
        ),
        filters=(
            Filter("year", "年度", "round__plan__year", _years(years), integer=True),
            departments_filter(departments, "round__plan__department_id"),
            Filter("light", "监控结果", "light", lambda: LIGHTS[:2]),
        ),
        search=("project__name", "project__code"),
        search_label="搜索项目",
        default_sort="execution_rate",
    )


def budget_spec(departments: QuerySet[Department], years: Callable[[], Any]) -> ListSpec:
    """Rows are dicts (the advice is computed, not stored)."""
    return ListSpec(
        "budget",
        (
            Column("department", "部门"),
            Column("year", "年度", "int"),
            Column("name", "项目"),
            Column("code", "项目编码"),
            Column("grade", "等级", html=lambda a: grade_badge(a["grade"])),
            Column("total", "总分", "int"),
            Column("execution_rate", "预算执行率", "percent"),
            Column("budget", "预算数", "money", total=True),
            Column(
                "treatment",
                "建议",
                html=lambda a: format_html(
                    '<span class="treatment treatment-{}">{}</span>', a["treatment"], a["treatment"]
                ),
            ),
            Column("reasons", "理由", sort=""),
        ),
        filters=(
            Filter("year", "年度", "year", _years(years), integer=True),
            departments_filter(departments),
            Filter(
                "treatment", "建议", "treatment", lambda: [(t, t) for t in ("取消", "压减", "调整")]
            ),
            Filter("grade", "等级", "grade", lambda: [(g, g) for g in GRADES]),
        ),
        search=("name", "code", "department"),
        search_label="搜索项目",
    )


def _downloads(plan: Any) -> SafeString:
    """Every public format, as the plan's own page lists them (the list had five of its own:
    no 网页, and none a pack adds)."""
    links = [
        format_html(
            '<a href="{}" title="{}">{}</a>',
            reverse("public_download", args=[plan.pk, f.name]),
            f.title,
            f.short_name,
        )
        for f in formats().values()
    ]
    return format_html(" · ".join(["{}"] * len(links)), *links)


def public_spec(
    regions: Callable[[], Sequence[tuple[str, str]]], years: Callable[[], Any]
) -> ListSpec:
    return ListSpec(
        "public",
        (
            Column(
                "department__name",
                "部门",
                link=lambda p: reverse("public_plan", args=[p.pk]),
                sort="department__sort_key",
            ),
            Column("department__region__name", "区划"),
            Column("year", "年度", "int"),
            Column("project_count", "项目数", "int", total=True),
            Column("budget", "预算数", "money", total=True),
            Column("downloads", "下载", sort="", value=lambda p: "", html=_downloads),
        ),
        filters=(
            Filter("year", "年度", "year", _years(years), integer=True),
            Filter("region", "区划", "department__region_id", regions, integer=True),
        ),
        search=("department__name", "title"),
        search_label="按部门名称查找",
        default_sort="-year",
    )
