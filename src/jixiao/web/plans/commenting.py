"""审核意见: a reviewer's comment on a plan, one of its projects or one indicator."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from jixiao.web.audit.log import record as audit
from jixiao.web.plans.models import Comment, IndicatorRecord, PlanRecord, ProjectRecord


@transaction.atomic
def add_comment(
    user: Any,
    plan: PlanRecord,
    text: str,
    project_id: int | None = None,
    indicator_id: int | None = None,
) -> Comment:
    """Attach the comment where it belongs; the target must be part of ``plan``."""
    project = indicator = None
    if indicator_id is not None:
        indicator = IndicatorRecord.objects.filter(pk=indicator_id, project__plan=plan).first()
        if indicator is None:
            raise ValueError("该指标不属于本绩效文本")
        project = indicator.project
    elif project_id is not None:
        project = ProjectRecord.objects.filter(pk=project_id, plan=plan).first()
        if project is None:
            raise ValueError("该项目不属于本绩效文本")
    comment = Comment.objects.create(
        plan=plan,
        project=project,
        indicator=indicator,
        indicator_label=indicator.level3 if indicator else "",
        text=text.strip(),
        author=user,
    )
    where = indicator.level3 if indicator else (project.name if project else str(plan))
    audit(
        user,
        "comment",
        object_type="comment",
        object_id=comment.pk,
        object_label=where,
        plan=plan,
        summary=f"审核意见（{where}）：{text.strip()[:100]}",
        after={"text": text.strip()},
    )
    return comment


def return_comments(plan: PlanRecord) -> list[Comment]:
    """The reviewers' comments since the plan was last submitted: what the unit must act on.
    The unit's own 填报说明 and the comments of earlier rounds are not among them."""
    comments = plan.comments.filter(kind=Comment.Kind.REVIEW).select_related(
        "author", "project", "indicator"
    )
    last_submit = plan.versions.filter(action="submit").order_by("-number").first()
    if last_submit is not None:
        comments = comments.filter(created_at__gte=last_submit.created_at)
    return list(comments)


def returned_comments(plans: list[PlanRecord], limit: int) -> list[Comment]:
    """The latest review comments on these (returned) plans, for the unit's 工作台."""
    found = Comment.objects.filter(plan__in=plans, kind=Comment.Kind.REVIEW)
    return list(found.select_related("author", "plan__department")[:limit])
