"""Ties ordered by the department's natural sort key (orgs 0004), not its name as text."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("orgs", "0004_department_sort_key"),
        ("evaluation", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="selfevaluationrecord",
            options={
                "ordering": ["-plan__year", "plan__department__sort_key"],
                "verbose_name": "绩效自评",
                "verbose_name_plural": "绩效自评",
            },
        ),
    ]
