# Uploads of 实际支出 and 自评表 run as jobs (issue 15).

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="job",
            name="kind",
            field=models.CharField(
                choices=[
                    ("import_stage", "识别上传的文档"),
                    ("import_commit", "导入文档"),
                    ("review_plans", "批量审核"),
                    ("export_plans", "批量导出"),
                    ("monitoring_upload", "上传实际支出"),
                    ("evaluation_upload", "上传自评表"),
                ],
                max_length=32,
                verbose_name="类型",
            ),
        ),
    ]
