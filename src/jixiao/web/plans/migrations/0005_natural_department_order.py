"""Ties ordered by the department's natural sort key (orgs 0004), not its name as text."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("orgs", "0004_department_sort_key"),
        ("plans", "0004_workflow_steps"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="planrecord",
            options={
                "ordering": ["-year", "department__code", "department__sort_key"],
                "verbose_name": "部门绩效文本",
                "verbose_name_plural": "部门绩效文本",
            },
        ),
    ]
