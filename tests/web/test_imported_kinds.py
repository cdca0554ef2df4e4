"""导入 of every kind through the web: a 自评表 lands in the project's 自评 (published beside
recomputed scores), a 监控表 in the 监控 round of its 1–N月, 公开表 and 决算表 kept with the
department's year; the kind is shown with its evidence and can be corrected (audited).

Real documents of other provinces (tests/fixtures/corpus/, with their hand transcriptions)
are uploaded through the web client and followed through the import job."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape

from jixiao.evaluation import score_batch
from jixiao.evaluation.imported import batch_from_plan, compare_published
from jixiao.importers.api import import_file
from jixiao.web.audit.models import AuditEntry
from jixiao.web.department.recording import open_department_evaluation
from jixiao.web.documents.models import ImportedDocument, PublishedEvaluation
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.plans.models import ImportBatch, PlanRecord
from jixiao.web.plans.storing import store_plan
from jixiao.web.reporting.profile import evaluation_profile
from tests.conftest import seed_path
from tests.web.conftest import World

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
SELF_EVALUATION = CORPUS / "self_evaluation" / "anhui_huoqiu-kejiju-kejitepaiyuan_2022.txt"
MONITORING = CORPUS / "monitoring" / "hubei_huangshi-wenwuju-shenyi-jiankong_2019.txt"
DISCLOSURE = CORPUS / "disclosure" / "chongqing_jiangbei-qubenji-sangong_2021.txt"
FINAL_ACCOUNTS = CORPUS / "final_accounts" / "anhui_huaiyuan-shuangqiaoji-sangong-juesuan_2020.txt"


def expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    return data


def preview_of(client: Client, *paths: Path) -> tuple[ImportBatch, str]:
    """Upload the files, follow the parsing job to its preview."""
    files = [SimpleUploadedFile(p.name, p.read_bytes()) for p in paths]
    response = client.post("/import/", {"documents": files})
    assert response.status_code == 302
    page = client.get(response["Location"], follow=True)
    batch = ImportBatch.objects.filter(state="staged").latest("pk")
    assert page.redirect_chain[-1][0] == f"/import/{batch.pk}/"
    return batch, page.content.decode()


def commit(client: Client, batch: ImportBatch) -> Any:
    done = client.post(f"/import/{batch.pk}/decide/", {"decision": "commit"}, follow=True)
    assert done.status_code == 200
    return done


def goal_plan_of(world: World, path: Path) -> PlanRecord:
    """The department's goal plan of that year, with the document's projects (as the unit
    would have entered it before the year ended)."""
    plan = import_file(path)
    return store_plan(plan.model_copy(update={"kind": "plan"}), world.own, force=True)


@pytest.mark.django_db
def test_a_self_evaluation_lands_in_the_projects_self_evaluation(world: World) -> None:
    client = world.client("editor")
    plan = goal_plan_of(world, SELF_EVALUATION)
    batch, preview = preview_of(client, SELF_EVALUATION)
    assert "识别为：<b>自评表</b>（依据：项目支出绩效自评表）" in preview
    assert f"确认后导入到：<b>{plan}的绩效自评</b>（将开始该年度自评）" in preview
    assert "对应的项目：科技特派员创业行动经费" in preview
    assert "项目“地震经费”未读到指标，不计入自评" in preview  # cut off in the source page
    assert "确认后将替换" not in preview  # a 自评表 replaces no plan

    done = commit(client, batch)
    assert done.redirect_chain[-1][0] == f"/plans/{plan.pk}/evaluation/"
    want = expected(SELF_EVALUATION)["projects"][0]
    published = PublishedEvaluation.objects.get(entry__evaluation__plan=plan)
    assert published.project["name"] == want["name"]
    assert Decimal(published.project["total_score"]) == Decimal(str(want["total_score"]))
    assert Decimal(published.project["execution_rate"]) == Decimal(str(want["execution_rate"]))
    stated = [
        (i["level3"], i["value"], i["actual"], Decimal(i["weight"]), Decimal(i["score"]))
        for i in published.project["indicators"]
    ]
    transcribed = [
        (i["level3"], i["value"], i["actual"], Decimal(i["weight"]), Decimal(i["score"]))
        for i in want["indicators"]
    ]
    assert stated == transcribed

    entry = published.entry
    assert Decimal(entry.data["executed"]) == Decimal(str(want["budget_total"]))
    assert [(i["level3"], i["actual"]) for i in entry.data["indicators"]] == [
        (i["level3"], i["actual"]) for i in want["indicators"]
    ]
    assert entry.total is not None and entry.grade  # scored by the profile

    document = ImportedDocument.objects.get(batch=batch)
    assert (document.kind, document.kind_evidence) == ("self_evaluation", "项目支出绩效自评表")
    assert document.plan == plan and document.notes == ["项目“地震经费”未读到指标，不计入自评"]

    page = client.get(f"/plans/{plan.pk}/evaluation/").content.decode()
    assert "公布得分与复算得分" in page
    assert f'<td class="num published-total">{want["total_score"]}' in page
    assert f'<td class="num recomputed-total">{entry.total:.2f}</td>' in page


@pytest.mark.django_db
def test_a_self_evaluation_without_its_plan_is_kept_and_says_so(world: World) -> None:
    client = world.client("editor")
    batch, preview = preview_of(client, SELF_EVALUATION)
    assert f"未找到{world.own.name}2022年度的绩效文本，自评表只保存为导入文档" in preview
    commit(client, batch)
    document = ImportedDocument.objects.get(batch=batch)
    assert document.attached_to == "仅保存为导入文档" and document.plan is None
    assert not SelfEvaluationRecord.objects.exists()
    page = client.get(f"/imported/{document.pk}/").content.decode()
    assert "科技特派员创业行动经费" in page and "未找到" in page


@pytest.mark.django_db
def test_a_monitoring_document_lands_in_the_round_of_its_months(world: World) -> None:
    client = world.client("editor")
    plan = goal_plan_of(world, MONITORING)
    batch, preview = preview_of(client, MONITORING)
    assert "识别为：<b>监控表</b>" in preview
    assert f"{plan}截至2019年6月30日的绩效运行监控</b>（将新建该轮监控）" in preview
    done = commit(client, batch)
    round_ = MonitoringRoundRecord.objects.get(plan=plan)
    assert done.redirect_chain[-1][0] == f"/monitoring/{round_.pk}/"
    assert round_.monitor_date.isoformat() == "2019-06-30"
    entry = round_.entries.get()
    assert entry.project.name == expected(MONITORING)["projects"][0]["name"]
    # the notes of the transcription: 1-6月执行数 87.57 of 220 (a rate of 0.398)
    assert entry.data["spent_to_date"] == 87.57
    assert entry.execution_rate == pytest.approx(87.57 / 220)
    round_.refresh_from_db()  # the round's checks ran: the entry is lit, and counted
    assert entry.light in ("red", "yellow", "green") and round_.unfilled == 0
    assert getattr(round_, entry.light) == 1
    page = client.get(f"/monitoring/{round_.pk}/").content.decode()
    assert "申遗经费" in page
    assert AuditEntry.objects.filter(action="open_monitoring", plan=plan).exists()


@pytest.mark.django_db
def test_disclosure_and_final_accounts_tables_are_kept_and_shown(world: World) -> None:
    client = world.client("editor")
    batch, preview = preview_of(client, DISCLOSURE, FINAL_ACCOUNTS)
    assert "识别为：<b>公开表</b>" in preview and "识别为：<b>决算表</b>" in preview
    assert f"{world.own.name}2021年度的公开表（导入的文档）" in preview
    commit(client, batch)
    stored = {d.kind: d for d in ImportedDocument.objects.filter(batch=batch)}
    assert set(stored) == {"disclosure", "final_accounts"}
    for kind, path in (("disclosure", DISCLOSURE), ("final_accounts", FINAL_ACCOUNTS)):
        document = stored[kind]
        want = expected(path)
        assert document.year == want["year"]
        page = client.get(f"/imported/{document.pk}/").content.decode()
        stored_rows = [(r["name"], r["cells"]) for t in document.tables for r in t["rows"]]
        transcribed = [
            (r["name"], r["cells"]) for t in want["disclosure_tables"] for r in t["rows"]
        ]
        assert transcribed and all(row in stored_rows for row in transcribed)
        for name, cells in transcribed:  # the label, then its cells, as published
            assert "<td>" + "</td><td>".join([name, *cells]) + "</td>" in page
    page = client.get(f"/imported/{stored['disclosure'].pk}/").content.decode()
    assert "<tr><th>项目</th><th>预算数</th></tr>" in page  # the header over the label
    listing = client.get("/imported/").content.decode()
    assert DISCLOSURE.name in listing and FINAL_ACCOUNTS.name in listing


@pytest.mark.django_db
def test_the_kind_can_be_corrected_before_committing_and_is_audited(world: World) -> None:
    client = world.client("editor")
    batch, _ = preview_of(client, DISCLOSURE)
    page = client.post(
        f"/import/{batch.pk}/kind/", {"document": "0", "kind": "final_accounts"}, follow=True
    ).content.decode()
    assert "识别为：<b>决算表</b>" in page and "已由您更正" in page
    audit = AuditEntry.objects.get(action="import_kind")
    assert audit.before["kind"] == "disclosure" and audit.after == {"kind": "final_accounts"}
    refused = client.post(
        f"/import/{batch.pk}/kind/", {"document": "0", "kind": "poem"}, follow=True
    )
    assert "没有“poem”这种文档类别" in refused.content.decode()
    commit(client, batch)
    document = ImportedDocument.objects.get(batch=batch)
    assert (document.kind, document.detected_kind) == ("final_accounts", "disclosure")
    assert "由导入人从“公开表”更正" in client.get(f"/imported/{document.pk}/").content.decode()


@pytest.mark.django_db
def test_imported_disclosure_tables_feed_the_department_figures(
    world: World, tmp_path: Path
) -> None:
    """Seed 004 is a Hebei 文本 whose 部门预算公开 tables a unit may bring in as its 公开表:
    corrected to that kind, its tables start the 部门整体自评 of the department's year."""
    client = world.client("editor")
    seed = Path(seed_path("004_c52ee38ce6c6c3d2"))
    assert import_file(seed).kind == "plan"
    batch, _ = preview_of(client, seed)
    client.post(f"/import/{batch.pk}/kind/", {"document": "0", "kind": "disclosure"})
    commit(client, batch)
    assert world.own_plan.projects.count() == 8, "a 公开表 replaces no plan"
    document = ImportedDocument.objects.get(batch=batch)
    assert (document.kind, document.year) == ("disclosure", world.own_plan.year)

    record = open_department_evaluation(world.users["editor"], world.own_plan)
    assert record.data["figures"]["budget_initial"] == "8900.03"  # 收支总表's 支出总计
    page = client.get(f"/plans/{world.own_plan.pk}/department/").content.decode()
    assert "预算公开表中本年“三公”经费预算374.46万元" in page  # 三公经费表's 合计


@pytest.mark.django_db
def test_the_difference_from_the_published_scores_is_explained_as_the_cli_does(
    world: World,
) -> None:
    """临时救助 (安徽濉溪): two indicators' published 得分 differ from the profile's; the
    evaluation page gives the same reasons as ``jixiao evaluate`` on the document itself."""
    path = CORPUS / "self_evaluation" / "anhui_suixi-minzhengju-linshi-jiuzhu_2019.txt"
    client = world.client("editor")
    plan = goal_plan_of(world, path)
    batch, _ = preview_of(client, path)
    commit(client, batch)
    document = import_file(path)
    profile = evaluation_profile()
    cli = compare_published(document, score_batch(batch_from_plan(document), profile))
    page = client.get(f"/plans/{plan.pk}/evaluation/").content.decode()
    assert len(cli) == 1 and len(cli[0].reasons) == 2
    for reason in cli[0].reasons:
        assert f"<li>{escape(reason)}</li>" in page
    assert f'<td class="num recomputed-total">{cli[0].recomputed}</td>' in page


@pytest.mark.django_db
def test_a_self_evaluation_already_submitted_is_not_overwritten(world: World) -> None:
    client = world.client("editor")
    plan = goal_plan_of(world, SELF_EVALUATION)
    batch, _ = preview_of(client, SELF_EVALUATION)
    commit(client, batch)
    evaluation = SelfEvaluationRecord.objects.get(plan=plan)
    SelfEvaluationRecord.objects.filter(pk=evaluation.pk).update(status="submitted")
    entry = evaluation.entries.get(project__name="科技特派员创业行动经费")

    again, preview = preview_of(client, SELF_EVALUATION)
    assert f"{plan}的绩效自评已报送，待财政局审核，不能用导入修改" in preview
    commit(client, again)
    document = ImportedDocument.objects.get(batch=again)
    assert document.attached_to == "仅保存为导入文档" and document.plan is None
    assert evaluation.entries.get(pk=entry.pk).lock_version == entry.lock_version
    assert PublishedEvaluation.objects.get(entry=entry).document.batch == batch
