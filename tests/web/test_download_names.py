"""Downloads are saved under Chinese names from the document (department or project, kind,
year), each with an ASCII fallback: a 事前绩效评估表 was saved as exante-3.docx, a survey's
results as survey-1-results.xlsx."""

from __future__ import annotations

import pytest

from jixiao.web.pages.filenames import content_disposition
from tests.web.conftest import World
from tests.web.download_names import saved_as


def test_a_name_loses_what_no_file_system_takes_and_keeps_an_ascii_fallback() -> None:
    header = content_disposition('财政/局:"2024年"报告.docx', "report-7")
    assert saved_as({"Content-Disposition": header}) == (
        "财政_局_2024年_报告.docx",
        "report-7.docx",
    )
    inline = content_disposition("自评报告.pdf", "评估 7", inline=True)
    assert inline.startswith("inline;")
    assert saved_as({"Content-Disposition": inline}) == ("自评报告.pdf", "7.pdf")


@pytest.mark.django_db
def test_a_plans_download_and_a_lists_export_carry_their_chinese_names(world: World) -> None:
    plan = world.own_plan
    client = world.client("editor")
    name, plain = saved_as(client.get(f"/plans/{plan.pk}/download/docx"))
    assert name == f"{world.own.name}{plan.year}年部门预算绩效文本.docx"
    assert plain == f"plan-{plan.year}-{plan.pk}.docx"
