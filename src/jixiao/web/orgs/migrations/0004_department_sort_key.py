"""Departments sort by a stored natural key (样本3 before 样本28, the same on SQLite and
PostgreSQL): the column, filled in for the departments already there."""

from typing import Any

from django.db import migrations, models

from jixiao.textnorm.natural import natural_text


def fill_sort_keys(apps: Any, schema_editor: Any) -> None:
    Department = apps.get_model("orgs", "Department")
    for department in Department.objects.only("pk", "name"):
        department.sort_key = natural_text(department.name)
        department.save(update_fields=["sort_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("orgs", "0003_membership_expert_role"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="department",
            options={
                "ordering": ["code", "sort_key"],
                "verbose_name": "部门",
                "verbose_name_plural": "部门",
            },
        ),
        migrations.AddField(
            model_name="department",
            name="sort_key",
            field=models.TextField(default="", editable=False, verbose_name="排序键"),
        ),
        migrations.RunPython(fill_sort_keys, migrations.RunPython.noop),
    ]
