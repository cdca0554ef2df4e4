"""绩效运行监控 through the web: a unit reports the example year on seed 003, the lights on
the pages are the core's, uploads are all-or-nothing, the 报送 flow and its permissions."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook

from jixiao.evaluation import Light
from jixiao.monitoring import MonitoringRound, monitor_round
from jixiao.monitoring.form import read_monitoring_pdf, read_monitoring_xlsx, write_monitoring_form
from jixiao.web.audit.models import AuditEntry
from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
from jixiao.web.monitoring.recording import merged_progress
from jixiao.web.monitoring.rounds import progress_of, round_domain
from jixiao.web.pages.entryforms import progress_values
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.reporting.profile import evaluation_profile
from tests.web.conftest import World
from tests.web.reports_world import approve, example_round, find

DATE = "2024-07-31"


@pytest.fixture
def round_(world: World) -> MonitoringRoundRecord:
    """Seed 003 approved, and its editor opens the round at 31 July."""
    approve(world.other_plan, world.users["admin"])
    response = world.client("other_editor").post(
        f"/plans/{world.other_plan.pk}/monitoring/new/", {"monitor_date": DATE}
    )
    assert response.status_code == 302, response.content
    return MonitoringRoundRecord.objects.get(plan=world.other_plan)


def post_entry(
    client: Any, entry: ProgressRecord, progress: Any, version: int | None = None
) -> Any:
    data = progress_values(progress) | {
        "lock_version": str(entry.lock_version if version is None else version)
    }
    return client.post(f"/monitoring/entries/{entry.pk}/", data)


def report_example(world: World, round_: MonitoringRoundRecord) -> MonitoringRound:
    example = example_round()
    client = world.client("other_editor")
    entries = list(round_.entries.select_related("project"))
    for item in example.projects:
        entry = find([e.project for e in entries], item.code, item.name).progress_entries.get()
        response = post_entry(client, entry, merged_progress(progress_of(entry), item))
        assert response.status_code == 302, response.content.decode()[:2000]
    return example


@pytest.mark.django_db
def test_a_round_starts_prefilled_from_the_approved_goal_tables(
    world: World, round_: MonitoringRoundRecord
) -> None:
    assert round_.entries.count() == world.other_plan.projects.count() == 14
    entry = round_.entries.select_related("project").first()
    assert entry is not None
    progress = progress_of(entry)
    assert progress.budget_total is not None and progress.spent_to_date is None
    assert [i.target for i in progress.indicators] == list(
        entry.project.indicators.values_list("value", flat=True)
    )
    # nothing reported yet: every project is 未填报 (grey), not 黄灯 — on the round's page,
    # in its counts and on the monitoring dashboard
    assert round_.entries.filter(light="unfilled").count() == 14
    round_.refresh_from_db()
    assert (round_.unfilled, round_.red, round_.yellow, round_.green) == (14, 0, 0, 0)
    page = world.client("other_editor").get(f"/monitoring/{round_.pk}/").content.decode()
    assert page.count('data-light="unfilled"') == 14 and 'data-light="yellow"' not in page
    assert "未填报 14" in page
    entry_page = world.client("other_editor").get(f"/monitoring/entries/{entry.pk}/")
    text = entry_page.content.decode()
    assert "light light-unfilled" in text and "light light-green" not in text
    board = world.client("bureau").get("/monitoring/").content.decode()
    assert "未填报 14" in board


@pytest.mark.django_db
def test_the_example_year_lights_on_the_pages_are_the_cores(
    world: World, round_: MonitoringRoundRecord
) -> None:
    example = report_example(world, round_)
    expected = monitor_round(
        example, plan_to_domain(world.other_plan), evaluation_profile()
    ).by_light()
    round_.refresh_from_db()
    assert (round_.red, round_.yellow, round_.green) == tuple(
        len(expected[light]) for light in (Light.RED, Light.YELLOW, Light.GREEN)
    )
    red = set(
        ProgressRecord.objects.filter(round=round_, light="red").values_list(
            "project__name", flat=True
        )
    )
    assert red == set(expected[Light.RED]) and len(red) >= 2
    page = world.client("bureau").get(f"/monitoring/{round_.pk}/").content.decode()
    assert page.count('data-light="red"') == len(red)
    assert "chart-spending" in page and "chart-bar" in page
    overview = world.client("bureau").get("/monitoring/").content.decode()
    for name in red:
        assert name in overview
    # the other department's editor sees none of it
    assert world.client("editor").get(f"/monitoring/{round_.pk}/").status_code == 404
    assert "张家口" not in world.client("editor").get("/monitoring/").content.decode()


@pytest.mark.django_db
def test_an_entry_page_shows_the_spending_chart_and_the_reasons(
    world: World, round_: MonitoringRoundRecord
) -> None:
    report_example(world, round_)
    entry = ProgressRecord.objects.get(round=round_, project__name="后勤中心运行费2024")
    page = world.client("other_editor").get(f"/monitoring/entries/{entry.pk}/").content.decode()
    assert entry.light == "red"
    assert "低于6月底计划累计支出" in page
    assert 'class="chart-actual' in page or "chart-actual" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("十二万", "“1–N月累计支出”应为数字（万元），不是“十二万”"),
        # a decimal comma is no thousands separator: refused, never read as 15
        ("1,5", "“1–N月累计支出”：“1,5”的逗号不是千分位"),
    ],
)
def test_a_bad_amount_is_reported_next_to_the_field_and_keeps_the_input(
    world: World, round_: MonitoringRoundRecord, typed: str, said: str
) -> None:
    entry = round_.entries.first()
    assert entry is not None
    data = progress_values(progress_of(entry)) | {
        "lock_version": str(entry.lock_version),
        "spent_to_date": typed,
        "expected_full_year": "1,500",  # thousands: read
        "goal_progress": "上半年完成采购",
    }
    response = world.client("other_editor").post(f"/monitoring/entries/{entry.pk}/", data)
    assert response.status_code == 400
    page = response.content.decode()
    assert said in page and "“全年预计执行数”应为" not in page
    assert "“全年预计执行数”：" not in page
    assert "上半年完成采购" in page and f'value="{typed}"' in page
    entry.refresh_from_db()
    assert progress_of(entry).goal_progress == ""


@pytest.mark.django_db
def test_two_people_saving_the_same_entry_conflict_and_nothing_is_lost(
    world: World, round_: MonitoringRoundRecord
) -> None:
    entry = round_.entries.first()
    assert entry is not None
    stored = progress_of(entry)
    first = post_entry(
        world.client("other_editor"),
        entry,
        stored.model_copy(update={"goal_progress": "第一位填报人"}),
    )
    assert first.status_code == 302
    second = post_entry(
        world.client("admin"),
        entry,
        stored.model_copy(update={"goal_progress": "第二位"}),
        version=1,
    )
    assert second.status_code == 409
    page = second.content.decode()
    assert "编辑冲突" in page and "第二位" in page
    entry.refresh_from_db()
    assert progress_of(entry).goal_progress == "第一位填报人"
    assert AuditEntry.objects.filter(action="edit_progress", object_id=str(entry.pk)).count() == 1


def _filled_actuals(world: World, round_: MonitoringRoundRecord, extra_row: bool = False) -> bytes:
    client = world.client("other_editor")
    template = client.get(f"/monitoring/{round_.pk}/download/actuals.xlsx")
    assert template.status_code == 200
    workbook = load_workbook(io.BytesIO(template.content))
    sheet = workbook["实际支出"]
    example = {p.code: p for p in example_round().projects}
    header_row = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "项目编码")
    headers = {sheet.cell(header_row, c).value: c for c in range(1, sheet.max_column + 1)}
    row = header_row + 1
    while sheet.cell(row, 1).value or sheet.cell(row, 2).value:
        item = example.get(sheet.cell(row, 1).value)
        if item is not None:
            sheet.cell(row, headers["累计支出"]).value = float(item.spent_to_date or 0)
            for month, amount in item.monthly.items():
                sheet.cell(row, headers[f"{month}月"]).value = float(amount)
        row += 1
    if extra_row:
        sheet.cell(row, 1).value = "NO-SUCH-CODE"
        sheet.cell(row, 2).value = "不存在的项目"
        sheet.cell(row, headers["监控日期"]).value = DATE
        sheet.cell(row, headers["累计支出"]).value = 1
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@pytest.mark.django_db
def test_actuals_for_every_project_upload_at_once_or_not_at_all(
    world: World, round_: MonitoringRoundRecord
) -> None:
    client = world.client("other_editor")
    bad = io.BytesIO(_filled_actuals(world, round_, extra_row=True))
    bad.name = "实际支出.xlsx"
    response = client.post(f"/monitoring/{round_.pk}/upload/", {"actuals": bad}, follow=True)
    assert (
        "不存在的项目" in response.content.decode() and "未作任何修改" in response.content.decode()
    )
    assert not any(progress_of(e).spent_to_date for e in round_.entries.all())

    good = io.BytesIO(_filled_actuals(world, round_))
    good.name = "实际支出.xlsx"
    response = client.post(f"/monitoring/{round_.pk}/upload/", {"actuals": good}, follow=True)
    assert "已从“实际支出.xlsx”更新14个项目的实际支出" in response.content.decode()
    late = ProgressRecord.objects.get(round=round_, project__name="后勤中心运行费2024")
    example = find(example_round().projects, None, "后勤中心运行费2024")
    assert progress_of(late).spent_to_date == example.spent_to_date
    assert late.light == "red"


@pytest.mark.django_db
def test_a_cell_that_is_not_a_number_names_the_cell(
    world: World, round_: MonitoringRoundRecord
) -> None:
    workbook = load_workbook(io.BytesIO(_filled_actuals(world, round_)))
    sheet = workbook["实际支出"]
    target = next(c for c in sheet["D"] if isinstance(c.value, float))
    target.value = "约五万"
    out = io.BytesIO()
    workbook.save(out)
    out.seek(0)
    out.name = "实际支出.xlsx"
    client = world.client("other_editor")
    page = client.post(f"/monitoring/{round_.pk}/upload/", {"actuals": out}, follow=True)
    text = page.content.decode()
    assert f"D{target.row}" in text and "未作任何修改" in text


@pytest.mark.django_db
def test_the_reporting_flow_between_unit_and_bureau(
    world: World, round_: MonitoringRoundRecord
) -> None:
    editor, bureau = world.client("other_editor"), world.client("bureau")
    entry = round_.entries.first()
    assert entry is not None
    url = f"/monitoring/{round_.pk}/action/"
    assert world.client("other_reviewer").post(url, {"action": "accept"}).status_code == 403
    assert editor.post(url, {"action": "submit"}).status_code == 302
    round_.refresh_from_db()
    assert round_.status == "submitted"
    # reported: the unit cannot change it any more
    assert post_entry(editor, entry, progress_of(entry)).status_code == 403
    bureau.post(url, {"action": "return", "comment": " "})
    round_.refresh_from_db()
    assert round_.status == "submitted"
    bureau.post(url, {"action": "return", "comment": "7月执行数与账务不符，请核对"})
    round_.refresh_from_db()
    assert round_.status == "returned" and "账务不符" in round_.last_comment
    page = editor.get(f"/monitoring/{round_.pk}/").content.decode()
    assert "7月执行数与账务不符" in page
    assert post_entry(editor, entry, progress_of(entry)).status_code == 302
    editor.post(url, {"action": "submit"})
    bureau.post(url, {"action": "accept"})
    round_.refresh_from_db()
    assert round_.status == "accepted" and round_.last_comment == ""
    actions = list(
        AuditEntry.objects.filter(object_type="monitoringroundrecord").values_list(
            "action", flat=True
        )
    )
    assert actions.count("report_submit") == 2 and "report_accept" in actions


@pytest.mark.django_db
def test_a_unit_restricted_editor_reports_only_that_units_projects(
    world: World, round_: MonitoringRoundRecord
) -> None:
    client = world.client("unit_editor")  # 430004 only
    own = round_.entries.filter(project__unit_code="430004").first()
    other = round_.entries.exclude(project__unit_code="430004").first()
    assert own is not None and other is not None
    assert post_entry(client, own, progress_of(own)).status_code == 302
    assert post_entry(client, other, progress_of(other)).status_code == 403
    assert client.post(f"/monitoring/{round_.pk}/action/", {"action": "submit"}).status_code == 403
    upload = io.BytesIO(b"x")
    upload.name = "a.xlsx"
    assert client.post(f"/monitoring/{round_.pk}/upload/", {"actuals": upload}).status_code == 403


@pytest.mark.django_db
def test_monitoring_needs_an_approved_plan(world: World) -> None:
    response = world.client("editor").post(
        f"/plans/{world.own_plan.pk}/monitoring/new/", {"monitor_date": "2023-06-30"}
    )
    assert response.status_code == 403
    assert not MonitoringRoundRecord.objects.exists()


@pytest.mark.django_db
def test_the_monitoring_form_downloads_read_back_as_the_round(
    world: World, round_: MonitoringRoundRecord, tmp_path: Any
) -> None:
    report_example(world, round_)
    response = world.client("bureau").get(f"/monitoring/{round_.pk}/download/xlsx")
    assert response.status_code == 200
    path = tmp_path / "监控表.xlsx"
    path.write_bytes(response.content)
    assert read_monitoring_xlsx(path) == round_domain(round_)
    word = world.client("bureau").get(f"/monitoring/{round_.pk}/download/docx")
    assert word.status_code == 200 and word.content[:2] == b"PK"


def test_an_upload_changes_only_what_it_gives() -> None:
    example = example_round().projects[0]
    stored = example.model_copy(update={"goal_progress": "已完成评估"})
    upload = example.model_copy(
        update={"spent_to_date": Decimal("1.5"), "expected_full_year": None, "indicators": []}
    )
    merged = merged_progress(stored, upload)
    assert merged.spent_to_date == Decimal("1.5")
    assert merged.expected_full_year == stored.expected_full_year is not None
    assert merged.goal_progress == "已完成评估" and merged.indicators == stored.indicators


@pytest.mark.django_db
def test_the_dashboard_lists_reports_waiting(world: World, round_: MonitoringRoundRecord) -> None:
    editor, bureau = world.client("other_editor"), world.client("bureau")
    line = "绩效运行监控（截至2024年7月31日）"  # a date in a sentence, as Chinese writes it
    assert line in editor.get("/").content.decode()
    assert line not in bureau.get("/").content.decode()
    editor.post(f"/monitoring/{round_.pk}/action/", {"action": "submit"})
    assert line in bureau.get("/").content.decode()
    assert line not in world.client("editor").get("/").content.decode()


@pytest.mark.django_db
def test_the_api_gives_each_projects_light_and_figures(
    world: World, round_: MonitoringRoundRecord
) -> None:
    report_example(world, round_)
    client = world.client("other_reviewer")
    rounds = client.get(f"/api/plans/{world.other_plan.pk}/monitoring").json()
    assert [r["id"] for r in rounds] == [round_.pk]
    detail = client.get(f"/api/monitoring/{round_.pk}").json()
    lights = {p["name"]: p["light"] for p in detail["projects"]}
    assert lights == dict(
        ProgressRecord.objects.filter(round=round_).values_list("project__name", "light")
    )
    assert detail["red"] == list(lights.values()).count("red")
    assert world.client("editor").get(f"/api/monitoring/{round_.pk}").status_code == 404


@pytest.mark.django_db
def test_a_filled_word_monitoring_form_uploads_for_every_project(
    world: World, round_: MonitoringRoundRecord, tmp_path: Any
) -> None:
    example = example_round()
    path = tmp_path / "监控表.docx"
    write_monitoring_form(example, path)
    upload = io.BytesIO(path.read_bytes())
    upload.name = path.name
    client = world.client("other_editor")
    page = client.post(f"/monitoring/{round_.pk}/upload/", {"actuals": upload}, follow=True)
    assert f"更新{len(example.projects)}个项目" in page.content.decode()
    expected = monitor_round(example, plan_to_domain(world.other_plan), evaluation_profile())
    red = set(
        ProgressRecord.objects.filter(round=round_, light="red").values_list(
            "project__name", flat=True
        )
    )
    assert red == set(expected.by_light()[Light.RED])


@pytest.mark.django_db
def test_the_pdf_monitoring_form_reads_back_as_the_round(
    world: World, round_: MonitoringRoundRecord, tmp_path: Any
) -> None:
    report_example(world, round_)
    response = world.client("other_reviewer").get(f"/monitoring/{round_.pk}/download/pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    path = tmp_path / "监控表.pdf"
    path.write_bytes(response.content)
    assert read_monitoring_pdf(path) == round_domain(round_)
