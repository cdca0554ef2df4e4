"""Ties ordered by the department's natural sort key (orgs 0004), not its name as text."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("orgs", "0004_department_sort_key"),
        ("monitoring", "0002_unfilled_light"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="monitoringroundrecord",
            options={
                "ordering": ["-monitor_date", "plan__department__sort_key"],
                "verbose_name": "监控轮次",
                "verbose_name_plural": "监控轮次",
            },
        ),
    ]
