"""The 自评等级 a 自评表 states, shown where its 总分 is: the import preview, the imported
document and the 自评 page's 公布得分与复算得分 (the real 永德 table: 总分 96, 优)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.web.documents.models import ImportedDocument, PublishedEvaluation
from tests.web.conftest import World
from tests.web.test_imported_kinds import commit, goal_plan_of, preview_of

YONGDE = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "corpus"
    / "self_evaluation"
    / "yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022.txt"
)


@pytest.mark.django_db
def test_the_stated_grade_is_shown_beside_the_stated_total(world: World) -> None:
    client = world.client("editor")
    plan = goal_plan_of(world, YONGDE)
    batch, preview = preview_of(client, YONGDE)
    assert "<th>公布等级</th>" in preview
    assert '<td class="num">96</td><td class="stated-grade">优</td>' in preview

    commit(client, batch)
    published = PublishedEvaluation.objects.get(entry__evaluation__plan=plan)
    assert (str(published.project["total_score"]), published.project["grade"]) == ("96", "优")
    page = client.get(f"/plans/{plan.pk}/evaluation/").content.decode()
    assert '<td class="num published-total">96</td><td class="published-grade">优</td>' in page
    entry = published.entry
    # the 自评表 gives no 全年预算数 or 全年执行数: the entry is 填报中, graded nowhere
    assert entry.grade == "" and '<td class="recomputed-grade"><span class="filling"' in page

    document = ImportedDocument.objects.get(batch=batch)
    shown = client.get(f"/imported/{document.pk}/").content.decode()
    assert '<td class="num">96</td><td class="stated-grade">优</td>' in shown


@pytest.mark.django_db
def test_a_table_without_a_grade_shows_a_dash(world: World) -> None:
    client = world.client("editor")
    huoqiu = YONGDE.parent / "anhui_huoqiu-kejiju-kejitepaiyuan_2022.txt"
    plan = goal_plan_of(world, huoqiu)
    batch, _ = preview_of(client, huoqiu)
    commit(client, batch)
    page = client.get(f"/plans/{plan.pk}/evaluation/").content.decode()
    assert '<td class="num published-total">100</td><td class="published-grade">—</td>' in page
