# Comments get a kind: a reviewer's 审核意见 or the unit's 填报说明 written on submitting.

from typing import Any

from django.db import migrations, models


def mark_submit_notes(apps: Any, schema_editor: Any) -> None:
    """Existing comments that repeat a submit version's comment by its author are notes."""
    Comment = apps.get_model("plans", "Comment")
    PlanVersion = apps.get_model("plans", "PlanVersion")
    for version in PlanVersion.objects.filter(action="submit").exclude(comment=""):
        Comment.objects.filter(
            plan_id=version.plan_id, author_id=version.created_by_id, text=version.comment
        ).update(kind="note")


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="comment",
            name="kind",
            field=models.CharField(
                choices=[("review", "审核意见"), ("note", "填报说明")],
                default="review",
                max_length=8,
                verbose_name="类别",
            ),
        ),
        migrations.RunPython(mark_submit_notes, migrations.RunPython.noop),
    ]
