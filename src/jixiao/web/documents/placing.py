"""Where an imported document will go, said before it is committed (导入预览) and followed
when it is: a goal plan replaces the department's plan of its year; a 自评表 goes into
that plan's 绩效自评, a 监控表 into its 监控 round of 1–N月, each project matched by code,
else by name; 公开表 and 决算表 are kept with the department's year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jixiao.model.dates import chinese_date
from jixiao.model.plan import KIND_NAMES, DepartmentPlan, Project
from jixiao.monitoring.imported import round_date
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.orgs.models import Department
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from jixiao.web.plans.storing import import_refusal
from jixiao.web.reporting.models import ReportRecord
from jixiao.workflow import ReportStatus

TABLE_KINDS = ("disclosure", "final_accounts")
REPORT_KINDS = ("self_evaluation", "monitoring")
WITH_THE_UNIT = (ReportStatus.FILLING, ReportStatus.RETURNED)  # an import may still write


@dataclass
class Placement:
    """What committing one document does: its target in words, and what cannot follow."""

    kind: str
    target: str
    creates: str = ""  # what committing opens first: the year's 自评, a new 监控 round
    plan: PlanRecord | None = None
    monitor_date: dt.date | None = None
    matched: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    refused: str = ""  # why it cannot be attached at all (the document itself is still kept)
    blocked: str = ""  # why committing would fail: the whole batch is then refused
    superseded: str = ""  # a later document of the batch writes the same plan over this one

    @property
    def is_report(self) -> bool:
        """A 自评表 or 监控表: its execution figures and published scores are previewed."""
        return self.kind in REPORT_KINDS

    @property
    def is_scored(self) -> bool:
        """A 自评表: only it publishes scores and grades (a 监控表 has none to preview)."""
        return self.kind == "self_evaluation"


def kind_of(plan: DepartmentPlan) -> str:
    """The kind the commit follows: an unrecognised document is stored as a goal plan."""
    return plan.kind or "plan"


def project_for(projects: list[ProjectRecord], project: Project) -> ProjectRecord | None:
    """The stored project with the document's 项目编码, else with its name."""
    if project.code:
        for stored in projects:
            if stored.code == project.code:
                return stored
    return next((stored for stored in projects if stored.name == project.name), None)


def _match(placement: Placement, record: PlanRecord, projects: list[Project]) -> None:
    stored = list(record.projects.order_by("position"))
    for project in projects:
        if placement.kind == "self_evaluation" and not project.indicators:
            placement.unmatched.append(f"项目“{project.name}”未读到指标，不计入自评")
        elif project_for(stored, project) is None:
            placement.unmatched.append(f"项目“{project.name}”不在{record}中，未能对应")
        else:
            placement.matched.append(project.name)


def _report(department: Department, plan: DepartmentPlan, year: int | None) -> Placement:
    kind = kind_of(plan)
    name = KIND_NAMES[kind]
    year = plan.year or year
    placement = Placement(kind, "")
    if year is None:
        placement.refused = f"文档中没有年度，{name}无法对应到绩效文本"
        return placement
    record = PlanRecord.objects.filter(department=department, year=year).first()
    if record is None:
        placement.refused = (
            f"未找到{department.name}{year}年度的绩效文本，{name}只保存为导入文档，"
            "请先导入或编制该年度的绩效目标"
        )
        return placement
    placement.plan = record
    if kind == "monitoring":
        placement.monitor_date = round_date(plan.model_copy(update={"year": year}))
        if placement.monitor_date is None:
            placement.refused = f"{name}中没有读到“1-N月”，无法确定监控日期"
            return placement
        report: ReportRecord | None = record.monitoring_rounds.filter(
            monitor_date=placement.monitor_date
        ).first()
        placement.target = f"{record}截至{chinese_date(placement.monitor_date)}的绩效运行监控"
        placement.creates = "" if report else "将新建该轮监控"
    else:
        report = SelfEvaluationRecord.objects.filter(plan=record).first()
        placement.target = f"{record}的绩效自评"
        placement.creates = "" if report else "将开始该年度自评"
    if report is not None and report.status_enum not in WITH_THE_UNIT:
        placement.refused = (
            f"{placement.target}{report.status_enum.label}，不能用导入修改；{name}只保存为导入文档"
        )
        return placement
    _match(placement, record, plan.projects)
    if not placement.matched:
        placement.refused = f"文档中的项目都不在{record}中，{name}只保存为导入文档"
    return placement


def place(department: Department, plan: DepartmentPlan, year: int | None = None) -> Placement:
    """Where ``plan`` (one parsed document) goes in ``department`` on commit."""
    kind = kind_of(plan)
    if kind in REPORT_KINDS:
        return _report(department, plan, year)
    when = plan.year or year
    label = f"{when}年度" if when else "（未写明年度）"
    if kind in TABLE_KINDS:
        return Placement(kind, f"{department.name}{label}的{KIND_NAMES[kind]}（导入的文档）")
    placement = Placement(kind, f"{department.name}{label}的绩效文本")
    record = PlanRecord.objects.filter(department=department, year=when).first() if when else None
    if record is not None:
        placement.plan = record
        placement.blocked = import_refusal(record)
    return placement
