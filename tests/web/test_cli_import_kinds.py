"""``jixiao import --db`` stores each kind where the web import puts it, through the same
commit: a goal plan as the department's plan, a 自评表 in that plan's 自评 with its
published scores, a 监控表 in the 监控 round of its 1–N月, 公开表 / 决算表 as imported
documents of the department's year.

Real documents of other provinces (tests/fixtures/corpus/, with their hand transcriptions)
go through the real command into the test database; the goal plans they report on are
written as workbooks from the same documents' projects (what the unit entered at the start
of the year) and given to the same command run, before the reports on the command line's
order would have them."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from jixiao.cli.main import cli as main
from jixiao.exporters.plan_xlsx import write_plan_xlsx
from jixiao.exporters.project_form import SCORED_INDICATOR_FIELDS, SCORED_PROJECT_FIELDS
from jixiao.importers.api import import_file
from jixiao.web.audit.models import AuditEntry
from jixiao.web.documents.models import ImportedDocument, PublishedEvaluation
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.plans.models import PlanRecord

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
SELF_EVALUATION = CORPUS / "self_evaluation" / "anhui_suixi-minzhengju-linshi-jiuzhu_2019.txt"
MONITORING = CORPUS / "monitoring" / "hubei_huangshi-wenwuju-shenyi-jiankong_2019.txt"
DISCLOSURE = CORPUS / "disclosure" / "chongqing_jiangbei-qubenji-sangong_2021.txt"
FINAL_ACCOUNTS = CORPUS / "final_accounts" / "anhui_huaiyuan-shuangqiaoji-sangong-juesuan_2020.txt"
REGION = "乙省"


def expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    return data


def goal_plan_file(report: Path, folder: Path) -> Path:
    """The goal plan a report was written against: its projects, without their results, as
    a 绩效目标表 workbook (a project holding results is published as its 自评表)."""
    plan = import_file(report).model_copy(update={"kind": "plan"})
    results = dict.fromkeys(SCORED_INDICATOR_FIELDS)
    plan.projects = [
        project.model_copy(
            update=dict.fromkeys(SCORED_PROJECT_FIELDS)
            | {"indicators": [i.model_copy(update=results) for i in project.indicators]}
        )
        for project in plan.projects
    ]
    path = folder / f"{report.stem}-目标表.xlsx"
    write_plan_xlsx(plan, path)
    return path


def run(*args: object) -> Result:
    return CliRunner().invoke(main, ["import", *map(str, args), "--db", "--region", REGION])


@pytest.mark.django_db
def test_every_kind_goes_where_the_web_import_puts_it(tmp_path: Path) -> None:
    # reports before their plans on the command line: plans are stored first anyway
    result = run(
        SELF_EVALUATION,
        MONITORING,
        DISCLOSURE,
        FINAL_ACCOUNTS,
        goal_plan_file(SELF_EVALUATION, tmp_path),
        goal_plan_file(MONITORING, tmp_path),
    )
    assert result.exit_code == 0, result.output
    documents = {d.source_file: d for d in ImportedDocument.objects.all()}
    assert {d.kind for d in documents.values()} == {
        "plan",
        "self_evaluation",
        "monitoring",
        "disclosure",
        "final_accounts",
    }

    # the 自评表: into the plan's 自评, the published figures kept beside the entry
    want = expected(SELF_EVALUATION)
    plan = PlanRecord.objects.get(department__name=want["department"], year=want["year"])
    evaluation = SelfEvaluationRecord.objects.get(plan=plan)
    published = PublishedEvaluation.objects.get(entry__evaluation=evaluation)
    (project,) = want["projects"]
    assert published.entry.project.name == project["name"]
    entry_rows = [(i["level3"], i["actual"]) for i in published.entry.data["indicators"]]
    assert entry_rows == [(i["level3"], i["actual"]) for i in project["indicators"]]
    assert published.entry.total is not None  # scored by the profile on the way in
    document = documents[SELF_EVALUATION.name]
    assert (document.plan, document.attached_to) == (plan, f"{plan}的绩效自评")
    assert f"已写入数据库：{SELF_EVALUATION.name}（自评表）→ {plan}的绩效自评" in result.output

    # the 监控表: the round at the end of its 1–6月, with the document's execution
    want = expected(MONITORING)
    plan = PlanRecord.objects.get(department__name=want["department"], year=want["year"])
    round_ = MonitoringRoundRecord.objects.get(plan=plan)
    assert round_.monitor_date.isoformat() == "2019-06-30"
    entry = round_.entries.get()
    assert entry.project.name == want["projects"][0]["name"]
    assert Decimal(str(entry.data["spent_to_date"])) == Decimal("87.57")
    assert entry.light in ("red", "yellow", "green")
    assert documents[MONITORING.name].attached_to == f"{plan}截至2019年6月30日的绩效运行监控"

    # 公开表 and 决算表: kept with their rows as published, no plan made of them
    for path in (DISCLOSURE, FINAL_ACCOUNTS):
        want = expected(path)
        document = documents[path.name]
        assert (document.kind, document.year, document.plan) == (want["kind"], want["year"], None)
        rows = [(r["name"], r["cells"]) for t in document.tables for r in t["rows"]]
        transcribed = [
            (r["name"], r["cells"]) for t in want["disclosure_tables"] for r in t["rows"]
        ]
        assert transcribed and all(row in rows for row in transcribed)
    assert PlanRecord.objects.count() == 2
    assert AuditEntry.objects.filter(action="import_document").count() == len(documents)


@pytest.mark.django_db
def test_a_report_without_its_plan_is_kept_as_a_document_and_says_why(tmp_path: Path) -> None:
    unread = tmp_path / "会议通知.txt"
    unread.write_text("关于召开年度工作会议的通知\n请各单位准时参加。\n", encoding="utf-8")
    result = run(SELF_EVALUATION, unread)
    assert result.exit_code == 3, result.output  # the unread file is not a success
    assert "1 个未识别的文件未写入数据库" in result.output
    document = ImportedDocument.objects.get()
    assert (document.kind, document.attached_to, document.plan) == (
        "self_evaluation",
        "仅保存为导入文档",
        None,
    )
    assert not PlanRecord.objects.exists() and not SelfEvaluationRecord.objects.exists()
    assert "未找到濉溪县民政局2019年度的绩效文本，自评表只保存为导入文档" in result.output


@pytest.mark.django_db
def test_a_failing_file_leaves_the_database_untouched(tmp_path: Path) -> None:
    broken = tmp_path / "坏文件.xlsx"
    broken.write_bytes(b"not a workbook")
    result = run(goal_plan_file(MONITORING, tmp_path), MONITORING, broken)
    assert result.exit_code == 1
    assert "数据库未作任何修改" in result.output
    assert not ImportedDocument.objects.exists() and not PlanRecord.objects.exists()
