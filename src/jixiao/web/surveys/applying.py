"""The survey's rates offered as indicator actuals (实际完成值) in the plan's latest 监控
round and its 自评: written only where the unit has not filled the value yet, each save
through the report's own service (optimistic lock, audit), and the skipped ones listed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from jixiao.surveys import QuestionResult
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.evaluation.recording import save_evaluation
from jixiao.web.evaluation.records import evaluation_of
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.monitoring.recording import save_progress
from jixiao.web.monitoring.rounds import progress_of
from jixiao.web.surveys.collecting import SurveyRefused, results
from jixiao.web.surveys.models import SurveyRecord
from jixiao.workflow.reports import ReportStatus


class Applied(BaseModel):
    written: list[str] = []
    kept: list[str] = []


def _rates(survey: SurveyRecord) -> dict[tuple[str, str], QuestionResult]:
    return {(q.project, q.indicator): q for q in results(survey).questions if q.rate is not None}


def _apply(
    user: Any,
    entries: Any,
    read: Callable[[Any], Any],
    save: Callable[[Any, Any, Any, int], object],
    field: str,
    rates: dict[tuple[str, str], QuestionResult],
) -> Applied:
    applied = Applied()
    for entry in entries:
        data = read(entry)
        changed = False
        rows = []
        for row in data.indicators:
            found = rates.get((data.name, row.level3))
            if found is not None:
                place = f"{data.name}：{row.level3}"
                if getattr(row, field).strip():
                    applied.kept.append(place)
                else:
                    row = row.model_copy(update={field: found.actual_text})
                    applied.written.append(place)
                    changed = True
            rows.append(row)
        if changed:
            save(user, entry, data.model_copy(update={"indicators": rows}), entry.lock_version)
    return applied


def _editable(status: str) -> bool:
    return status in (ReportStatus.FILLING.value, ReportStatus.RETURNED.value)


def apply_to_evaluation(user: Any, survey: SurveyRecord) -> Applied:
    evaluation = SelfEvaluationRecord.objects.filter(plan=survey.plan).first()
    if evaluation is None or not _editable(evaluation.status):
        raise SurveyRefused("本年度自评尚未开始或已报送，不能填入。")
    entries = evaluation.entries.select_related("project").order_by("pk")
    return _apply(user, entries, evaluation_of, save_evaluation, "actual", _rates(survey))


def apply_to_monitoring(user: Any, survey: SurveyRecord) -> Applied:
    round_ = (
        MonitoringRoundRecord.objects.filter(plan=survey.plan).order_by("-monitor_date").first()
    )
    if round_ is None or not _editable(round_.status):
        raise SurveyRefused("没有正在填报的监控轮次，不能填入。")
    entries = round_.entries.select_related("project").order_by("pk")
    return _apply(user, entries, progress_of, save_progress, "value_to_date", _rates(survey))
