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
    if not text.strip():
        raise ValueError("请填写审核意见")
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
    since = 0
    if last_submit is not None:
        comments = comments.filter(created_at__gte=last_submit.created_at)
        since = last_submit.number
    # The note a reviewer wrote on passing the plan on (「初审同意」) asks nothing of the unit.
    passed_on = set(
        plan.versions.filter(action="forward", number__gt=since)
        .exclude(comment="")
        .values_list("comment", "created_by_id")
    )
    return [c for c in comments if (c.text, c.author_id) not in passed_on]


def returned_comments(plans: list[PlanRecord], limit: int) -> list[Comment]:
    """The comments each of these (returned) plans was returned with, for the unit's 工作台:
    the same as the plan page's 退回意见, never an earlier round's or a forwarding note."""
    found = [c for plan in plans[:limit] for c in return_comments(plan)]
    return sorted(found, key=lambda c: c.created_at, reverse=True)[:limit]
