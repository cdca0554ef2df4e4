"""An imported 自评表 written into the plan's 绩效自评: each matched project's entry takes the
document's money and indicator rows (the plan's target where the document has none), is
scored by the profile, and keeps the published figures beside it for the comparison."""

from __future__ import annotations

from typing import Any

from jixiao.evaluation import ProjectEvaluation, missing_to_score, score_project
from jixiao.evaluation.imported import ScoreDifference, batch_from_plan, compare_published
from jixiao.model.plan import DepartmentPlan, Project
from jixiao.web.documents.models import ImportedDocument, PublishedEvaluation
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.evaluation.recording import MONEY, save_evaluation
from jixiao.web.evaluation.records import (
    entries,
    evaluation_of,
    open_evaluation,
    refresh_evaluation,
)
from jixiao.web.plans.models import PlanRecord
from jixiao.web.reporting.entries import entry_for
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.web.runtime.compiled import CompiledQuery


def published_entry(stored: ProjectEvaluation, imported: ProjectEvaluation) -> ProjectEvaluation:
    """The entry as the document states it; what the document leaves blank stays stored."""
    targets = {i.level3: i.target for i in stored.indicators}
    indicators = [
        i if i.target else i.model_copy(update={"target": targets.get(i.level3, "")})
        for i in imported.indicators
    ]
    update: dict[str, Any] = {"indicators": indicators}
    update |= {key: getattr(stored, key) for key in MONEY if getattr(imported, key) is None}
    update["goal_expected"] = imported.goal_expected or stored.goal_expected
    return imported.model_copy(update=update)


def attach_evaluation(
    user: Any, document: ImportedDocument, plan: DepartmentPlan, record: PlanRecord
) -> int:
    """Write the document's projects into the plan's 自评 (opened if need be); the count."""
    evaluation = SelfEvaluationRecord.objects.filter(plan=record).first()
    if evaluation is None:
        evaluation = open_evaluation(user, record)
    rows = entries(evaluation)
    written = 0
    for project in plan.projects:
        entry = entry_for(rows, project.code, project.name)
        if entry is None or not project.indicators:
            continue  # said in the preview and kept in the document's notes
        imported = batch_from_plan(plan.model_copy(update={"projects": [project]})).projects[0]
        merged = published_entry(evaluation_of(entry), imported)
        save_evaluation(user, entry, merged, entry.lock_version)
        PublishedEvaluation.objects.update_or_create(
            entry=entry,
            defaults={"document": document, "project": project.model_dump(mode="json")},
        )
        written += 1
    refresh_evaluation(evaluation)  # an import's pages are current at once
    return written


# asked on every view of a 自评 page: compiled once per process
_PUBLISHED: CompiledQuery[PublishedEvaluation] = CompiledQuery(
    lambda evaluation_id: (
        PublishedEvaluation.objects.filter(entry__evaluation_id=evaluation_id)
        .select_related("entry__project", "document")
        .order_by("entry__project__position")
    ),
    int,
)


def published_scores(
    evaluation: SelfEvaluationRecord,
) -> list[tuple[Any, ScoreDifference, list[str]]]:
    """Each entry written from a 自评表: its published 总分 beside the profile's, and why;
    with what the entry still misses to be graded (填报中, as on the list above: the 复算
    总分 and the reasons stay, the 复算等级 is not given)."""
    out = []
    profile = evaluation_profile()
    for item in _PUBLISHED.objects(evaluation.pk):
        project = Project.model_validate(item.project)
        plan = DepartmentPlan(source_file=item.document.source_file, projects=[project])
        entry = evaluation_of(item.entry)
        score = score_project(entry, profile)
        out.append((item, compare_published(plan, [score])[0], missing_to_score(entry)))
    return out
