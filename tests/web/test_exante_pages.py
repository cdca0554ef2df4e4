"""事前绩效评估 through the web: a unit proposes (with a 测算 slip the checks catch), the
bureau assigns two experts who score, the conclusion creates the project's draft goal
table in the plan; the 事前绩效评估表 downloads and reads back to the same result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jixiao.exante import load_exante_profile
from jixiao.exante.form import read_exante_form
from jixiao.web.audit.models import AuditEntry
from jixiao.web.exante.models import ProposalRecord
from jixiao.web.orgs.models import Membership
from jixiao.web.plans.models import PlanRecord
from tests.web.conftest import World
from tests.web.download_names import saved_as

PROFILE = load_exante_profile()


def proposal_form(year: int, **extra: str) -> dict[str, str]:
    return {
        "name": "机关食堂油烟净化改造",
        "year": str(year),
        "kind": "新增项目",
        "requested": "36",
        "basis": "《饮食业油烟排放标准》GB 18483；县生态环境局整改通知",
        "plan": "公开招标，6月前完成设备采购安装，9月验收。",
        "est-0-item": "油烟净化设备",
        "est-0-quantity": "2",
        "est-0-unit": "台",
        "est-0-unit_price": "12",
        "est-0-amount": "24",
        "est-0-basis": "市场询价三家",
        "est-1-item": "管道改造",
        "est-1-amount": "12",
        "est-1-basis": "设计概算",
        "goals": "完成机关食堂油烟净化改造\n油烟排放达标",
        "ind-0-level1": "产出指标",
        "ind-0-level2": "数量指标",
        "ind-0-level3": "安装油烟净化设备数量",
        "ind-0-value": "2台",
        "ind-1-level1": "效益指标",
        "ind-1-level2": "生态效益指标",
        "ind-1-level3": "油烟排放浓度",
        "ind-1-value": "≤1.0mg/m³",
        **extra,
    }


def scores(points: dict[str, str] | None = None) -> dict[str, str]:
    """Each sub-item at 90% of its maximum unless given."""
    given = points or {}
    return {
        f"score-{i.id}": given.get(i.id, str(i.max * 9 / 10))
        for d in PROFILE.dimensions
        for i in d.items
    } | {"lock_version": "1"}


def _propose(world: World, year: int, **extra: str) -> ProposalRecord:
    response = world.client("editor").post("/exante/new/", proposal_form(year, **extra))
    assert response.status_code == 302, response.content.decode()[:500]
    return ProposalRecord.objects.latest("pk")


def act(client: Any, record: ProposalRecord, **data: Any) -> Any:
    """A step on the proposal at its current version."""
    record.refresh_from_db()
    return client.post(
        f"/exante/{record.pk}/action/", data | {"lock_version": str(record.lock_version)}
    )


def _through_assessment(world: World, record: ProposalRecord) -> None:
    editor, bureau = world.client("editor"), world.client("bureau")
    act(editor, record, action="submit")
    for who in ("expert", "expert2"):
        member = Membership.objects.get(user=world.users[who])
        act(bureau, record, action="assign", member=member.pk)
    world.client("expert").post(f"/exante/{record.pk}/sheet/", scores())
    world.client("expert2").post(f"/exante/{record.pk}/sheet/", scores({"estimate": "6"}))


@pytest.mark.django_db
def test_from_proposal_to_a_draft_goal_table_in_the_plan(world: World) -> None:
    record = _propose(world, 2023, **{"est-0-amount": "25"})  # 2 × 12 ≠ 25
    page = world.client("editor").get(f"/exante/{record.pk}/").content.decode()
    assert "油烟净化设备”数量2台×单价12万元=24万元，与所列金额25万元不符" in page
    assert "测算明细合计37万元，与申请金额36万元不符" in page
    # the unit corrects the line (the lock moves on), then the experts score
    fixed = proposal_form(2023) | {"lock_version": "1"}
    assert world.client("editor").post(f"/exante/{record.pk}/", fixed).status_code == 302
    stale = world.client("editor").post(f"/exante/{record.pk}/", fixed, follow=True)
    assert "已有新的办理" in stale.content.decode()
    record.refresh_from_db()
    assert record.core.estimate[0].amount == 24 and record.lock_version == 2
    _through_assessment(world, record)
    bureau = world.client("bureau")
    page = bureau.get(f"/exante/{record.pk}/").content.decode()
    assert "予以支持" in page and "资金测算合理性" not in page  # dimensions, not sub-items
    response = act(bureau, record, action="conclude", opinion="设备单价按询价最低价执行")
    assert response.status_code == 302
    record.refresh_from_db()
    result = record.outcome
    assert result is not None and record.conclusion == "予以支持"
    shown = bureau.get(f"/exante/{record.pk}/").content.decode()
    assert ">Word</a>" in shown and ">docx</a>" not in shown  # formats by name, as elsewhere
    # 投入经济性: 资金测算合理性 (9, 6) → 7.5, 投入产出比 9 → 16.5 of 20
    economy = next(d for d in result.dimensions if d.name == "投入经济性")
    assert economy.score == pytest.approx(16.5)
    assert result.reasons[-1] == "设备单价按询价最低价执行"
    project = world.own_plan.projects.get(name="机关食堂油烟净化改造")
    assert record.project == project and project.budget_total == 36
    assert [i.level3 for i in project.indicators.order_by("position")] == [
        "安装油烟净化设备数量",
        "油烟排放浓度",
    ]
    actions = set(AuditEntry.objects.filter(object_type="exante").values_list("action", flat=True))
    assert actions >= {"exante_create", "exante_edit", "exante_submit", "exante_assign"}
    assert {"exante_score", "exante_conclude"} <= actions
    listing = bureau.get("/exante/").content.decode()
    assert "机关食堂油烟净化改造" in listing and "予以支持" in listing


@pytest.mark.django_db
def test_a_supported_proposal_for_a_year_without_plan_creates_it(world: World) -> None:
    record = _propose(world, 2031)
    _through_assessment(world, record)
    act(world.client("bureau"), record, action="conclude")
    plan = PlanRecord.objects.get(department=world.own, year=2031)
    assert plan.status == "draft" and plan.projects.get().name == "机关食堂油烟净化改造"


@pytest.mark.django_db
def test_a_veto_by_the_majority_rejects_and_no_project_is_made(world: World) -> None:
    record = _propose(world, 2023)
    editor, bureau = world.client("editor"), world.client("bureau")
    act(editor, record, action="submit")
    member = Membership.objects.get(user=world.users["expert"])
    act(bureau, record, action="assign", member=member.pk)
    sheet = scores() | {"vetoes": ["duplicate"]}
    world.client("expert").post(f"/exante/{record.pk}/sheet/", sheet)
    act(bureau, record, action="conclude")
    record.refresh_from_db()
    assert record.conclusion == "不予支持" and record.project is None
    assert "否决项成立：与已有项目重复申报" in record.outcome.reasons  # type: ignore[union-attr]
    assert not world.own_plan.projects.filter(name="机关食堂油烟净化改造").exists()


@pytest.mark.django_db
def test_bad_input_is_named_and_kept(world: World) -> None:
    form = proposal_form(2023, **{"est-1-unit_price": "十二"})
    response = world.client("editor").post("/exante/new/", form)
    page = response.content.decode()
    assert "资金测算第2行“单价”：“十二”不是数字" in page
    assert 'value="油烟净化设备"' in page and not ProposalRecord.objects.exists()
    # every slip at once, not one per sending (the year, the amount, a price, a row's name)
    slips = {"requested": "三十六万", "est-0-unit_price": "abc"}
    page = world.client("editor").post(
        "/exante/new/", proposal_form(2023, **slips) | {"year": "二〇二五"}
    )
    said = page.content.decode()
    assert "预算年度：“二〇二五”不是数字" in said and "申请金额：“三十六万”不是数字" in said
    assert "资金测算第1行“单价”：“abc”不是数字" in said
    assert 'value="三十六万"' in said and not ProposalRecord.objects.exists()
    # a decimal comma is refused, not read as 125 (thousands, '1,250', are read)
    comma = {"est-0-unit_price": "12,5", "requested": "1,250"}
    said = world.client("editor").post("/exante/new/", proposal_form(2023, **comma))
    page = said.content.decode()
    assert "资金测算第1行“单价”：“12,5”的逗号不是千分位" in page and "申请金额：" not in page
    assert not ProposalRecord.objects.exists()
    # 数量 × 单价 = 金额, as the table's heading says: the amount may be left to it
    record = _propose(world, 2023, **{"est-0-amount": "", "est-0-unit_price": "12.5"})
    assert record.core.estimate[0].amount == 25
    record.delete()
    over = scores({"policy": "11"})
    record = _propose(world, 2023)
    act(world.client("editor"), record, action="submit")
    member = Membership.objects.get(user=world.users["expert"])
    act(world.client("bureau"), record, action="assign", member=member.pk)
    page = world.client("expert").post(f"/exante/{record.pk}/sheet/", over).content.decode()
    assert "“政策相关性”得分11超出0–10分" in page


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_the_assessment_form_reads_back(world: World, fmt: str, tmp_path: Path) -> None:
    record = _propose(world, 2023)
    _through_assessment(world, record)
    act(world.client("bureau"), record, action="conclude")
    record.refresh_from_db()
    response = world.client("editor").get(f"/exante/{record.pk}/download/{fmt}")
    assert response.status_code == 200
    proposal = record.core
    assert saved_as(response) == (
        f"{proposal.department}2023年{proposal.name}事前绩效评估表.{fmt}",
        f"exante-{record.pk}.{fmt}",
    )
    path = tmp_path / f"exante.{fmt}"
    path.write_bytes(
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    [(proposal, result)] = read_exante_form(path, PROFILE)
    assert proposal == record.core
    assert result.total == record.outcome.total  # type: ignore[union-attr]
    assert result.conclusion == "予以支持"
    # another department sees nothing of it
    assert world.client("other_editor").get(f"/exante/{record.pk}/").status_code == 404


@pytest.mark.django_db
def test_an_expert_sees_and_scores_only_what_they_were_assigned(world: World) -> None:
    first, second = _propose(world, 2023), _propose(world, 2024)
    for record in (first, second):
        act(world.client("editor"), record, action="submit")
    bureau, expert = world.client("bureau"), world.client("expert")
    # only experts (and the department's own editors) may be assigned: not a reviewer
    choices = bureau.get(f"/exante/{first.pk}/").content.decode()
    assert "expert2（评估专家）" in choices and "reviewer（" not in choices
    reviewer = Membership.objects.get(user=world.users["reviewer"])
    refused = act(bureau, first, action="assign", member=reviewer.pk)
    assert refused.status_code == 302 and not first.sheets.exists()
    for who in ("expert", "expert2"):
        member = Membership.objects.get(user=world.users[who])
        act(bureau, first, action="assign", member=member.pk)
    assert first.sheets.get(assessor=world.users["expert"]).expert
    # the expert sees the assigned proposal only, and nothing of the plans
    listing = expert.get("/exante/").content.decode()
    assert f"/exante/{first.pk}/" in listing and f"/exante/{second.pk}/" not in listing
    assert expert.get(f"/exante/{second.pk}/").status_code == 404
    assert expert.get(f"/exante/{second.pk}/sheet/").status_code == 404
    assert expert.get(f"/plans/{world.own_plan.pk}/").status_code == 404
    assert expert.get("/audit/").status_code in (403, 404)
    assert expert.get(f"/api/exante/{second.pk}").status_code == 404
    assert expert.get(f"/api/exante/{first.pk}").status_code == 200
    expert.post(f"/exante/{first.pk}/sheet/", scores())
    world.client("expert2").post(f"/exante/{first.pk}/sheet/", scores({"estimate": "6"}))
    # each sees their own sheet, not the other's remarks or totals
    page = expert.get(f"/exante/{first.pk}/").content.decode()
    assert page.count("<td>专家</td>") == 1
    # the experts may not conclude
    assert act(expert, first, action="conclude").status_code == 403


@pytest.mark.django_db
def test_the_bureau_overrides_the_conclusion_with_a_reason(world: World) -> None:
    record = _propose(world, 2023)
    _through_assessment(world, record)
    bureau = world.client("bureau")
    page = bureau.get(f"/exante/{record.pk}/").content.decode()
    assert "2名评估人，每个子项取平均（5名及以上时去掉一个最高分和一个最低分）" in page
    refused = act(bureau, record, action="conclude", conclusion="不予支持")
    assert refused.status_code == 302
    record.refresh_from_db()
    assert record.status == "assessing" and record.outcome is None
    reason = "同类设备已列入省级大气污染防治资金，不再安排本级资金"
    act(bureau, record, action="conclude", conclusion="不予支持", reason=reason)
    record.refresh_from_db()
    result = record.outcome
    assert result is not None and record.conclusion == "不予支持"
    assert (result.computed_conclusion, result.override_reason) == ("予以支持", reason)
    assert record.project is None  # not supported: no goal table is made
    entry = AuditEntry.objects.get(action="exante_override")
    assert entry.user == world.users["bureau"]
    assert entry.summary == f"改变评估结论：予以支持 → 不予支持，理由：{reason}"
    page = bureau.get(f"/exante/{record.pk}/").content.decode()
    assert "财政局改变了评分结论（评分结论：予以支持）" in page
