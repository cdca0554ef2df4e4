"""The department's 自评报告 from its stored self-evaluation: the score as the page shows
it, and the department's 整改 items of the year as the report's 整改措施."""

from __future__ import annotations

from jixiao.department.report import department_report
from jixiao.exporters.report_document import ReportDocument
from jixiao.rectification.items import summary_line
from jixiao.web.department.models import DepartmentSelfEvaluation
from jixiao.web.department.recording import department_profile, scored
from jixiao.web.rectification.models import RectificationRecord


def report_of(record: DepartmentSelfEvaluation) -> ReportDocument:
    evaluation, score = scored(record)
    items = RectificationRecord.objects.filter(
        department_id=record.plan.department_id, year=record.plan.year
    ).order_by("deadline", "pk")
    lines = [summary_line(item.core) for item in items]
    return department_report(evaluation, score, department_profile(), lines)
