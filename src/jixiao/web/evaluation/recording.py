"""A unit's 自评填报 of one project, and the upload of a filled 自评表 for many projects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.db import transaction
from django.urls import reverse

from jixiao.evaluation import ProjectEvaluation, ProjectScore, missing_to_score
from jixiao.evaluation.form import read_evaluation_form
from jixiao.web.evaluation.models import EvaluationEntryRecord, SelfEvaluationRecord
from jixiao.web.evaluation.records import (
    entries,
    entry_cache,
    entry_score,
    evaluation_of,
    find_evaluation,
    refresh_average,
    refresh_evaluation,
)
from jixiao.web.jobs.models import Job
from jixiao.web.reporting.entries import (
    UploadRejected,
    kept,
    merged_rows,
    save_checked,
    write_upload,
)
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.web.reporting.uploads import ReportUpload
from jixiao.web.reportstore.queueing import after_commit, queue_evaluation

#: What the unit may not change here: which project, department, unit and year.
IDENTITY = ("name", "code", "department", "unit", "year")


@transaction.atomic
def save_evaluation(
    user: Any, entry: EvaluationEntryRecord, evaluation: ProjectEvaluation, version: int
) -> ProjectScore:
    """Save the entry (or raise EditConflict) and return its score."""
    evaluation = kept(evaluation_of(entry), evaluation, IDENTITY)
    score = save_checked(
        user,
        entry,
        evaluation,
        version,
        entry_score,
        lambda score: _saved(entry, evaluation, score),
        action="edit_evaluation",
    )
    refresh_average(entry.evaluation)
    after_commit(queue_evaluation, entry.evaluation_id)  # the 自评 page and dashboards
    return score


def _saved(
    entry: EvaluationEntryRecord, evaluation: ProjectEvaluation, score: ProjectScore
) -> tuple[str, dict[str, Any]]:
    """The audit line and the cached columns: a score only once the entry is complete."""
    missing = missing_to_score(evaluation)
    said = f"{score.total}分（{score.grade}）" if not missing else f"填报中，尚缺{len(missing)}项"
    return f"填报项目“{entry.project.name}”的自评：{said}", entry_cache(score, bool(missing))


@transaction.atomic
def apply_forms(
    user: Any,
    evaluation: SelfEvaluationRecord,
    uploaded: list[ProjectEvaluation],
    filename: str,
) -> int:
    """Write the filled 自评表 of many projects; all or nothing. Returns the count."""
    if not uploaded:
        raise UploadRejected([f"{filename}：没有找到自评表"])

    def problem(entry: EvaluationEntryRecord | None, item: ProjectEvaluation) -> str | None:
        if entry is None:
            return f"{filename}：项目“{item.code or ''} {item.name}”不在本年度自评中"
        return None

    def write(entry: EvaluationEntryRecord, item: ProjectEvaluation) -> None:
        stored = evaluation_of(entry)
        save_evaluation(user, entry, merged_evaluation(stored, item), entry.lock_version)

    written = write_upload(entries(evaluation), uploaded, problem, write)
    refresh_evaluation(evaluation)  # an upload is a job already: its page is current at once
    return written


MONEY = (
    "budget_initial",
    "budget_total",
    "executed",
    "fiscal_current",
    "carried_over",
    "other_funds",
)


def merged_evaluation(stored: ProjectEvaluation, item: ProjectEvaluation) -> ProjectEvaluation:
    """What an upload changes: the amounts and texts it gives; a blank leaves the stored
    value, and indicator rows are matched by 三级指标 (the targets stay the approved ones)."""
    indicators = merged_rows(stored.indicators, item.indicators, {"actual", "explanation"})
    update: dict[str, Any] = {"indicators": indicators}
    update |= {key: getattr(item, key) for key in MONEY if getattr(item, key) is not None}
    if item.goal_achieved:
        update["goal_achieved"] = item.goal_achieved
    return stored.model_copy(update=update)


def read_forms(path: Path) -> list[ProjectEvaluation]:
    """Every filled 自评表 of an uploaded file, read with this installation's profile."""
    return read_evaluation_form(path, evaluation_profile())


#: 上传自评表: filled 自评表 of many projects, as a background job.
FORMS_UPLOAD = ReportUpload(
    kind=Job.Kind.EVALUATION_UPLOAD,
    what="自评表",
    report_of=find_evaluation,
    read=read_forms,
    apply=apply_forms,
    page_of=lambda evaluation: reverse("plan_evaluation", args=[evaluation.plan_id]),
)
