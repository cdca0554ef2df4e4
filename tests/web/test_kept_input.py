"""Every form that saves with a 版本号 or can be refused keeps what was typed: a concurrent
save, a refused value or an expired session answers with everything typed and what to do,
in Chinese (the sixth walk did this for the goals and the 定性指标评分; these are the rest).
Each test failed before: a redirect, a 403 or a login page lost the input."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from jixiao.web.department.models import DepartmentRoundRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.monitoring.rounds import open_round
from jixiao.web.orgs.models import Membership
from jixiao.web.plans.decisions import act
from jixiao.web.rectification.models import RectificationRecord
from jixiao.workflow import Action, Role
from tests.web.conftest import World
from tests.web.reports_world import approve
from tests.web.test_exante_pages import _propose, proposal_form, scores
from tests.web.test_exante_pages import act as act_on_proposal
from tests.web.test_rectification_pages import _mark as mark_for_rectification

NOTHING_SAVED = "没有保存"


def _main(response: object) -> str:
    page: str = response.content.decode()  # type: ignore[attr-defined]
    return page.split("<main", 1)[1]


def _line_form(targets: int, cause: str) -> dict[str, object]:
    return {
        "lock_version": "1",
        "budget": "1000",
        "spent_to_date": "300",
        "to_date": ["已完成60%"] + [""] * (targets - 1),
        "likelihood": ["完全不可能"] + [""] * (targets - 1),
        "cause": [cause] + [""] * (targets - 1),
    }


@pytest.mark.django_db
def test_the_department_monitoring_line_keeps_its_input_on_a_conflict_and_a_refusal(
    world: World,
) -> None:
    """单位填报人, 部门整体运行监控: a later save on the same 版本号 and a refused 可能性 both
    redirected to the round with '请刷新后再保存' — the figures and every target's 完成情况
    gone. The answer lists each as typed under the form's names and says what to do."""
    plan = approve(world.own_plan, world.users["admin"])
    round_ = open_round(world.users["admin"], plan, dt.date(plan.year, 7, 31))
    editor = world.client("editor")
    url = f"/monitoring/{round_.pk}/department/"
    targets = editor.get(f"/monitoring/{round_.pk}/").context["department_line"][0].targets
    assert editor.post(url, _line_form(len(targets), "先保存的原因")).status_code == 302

    late = editor.post(url, _line_form(len(targets), "政策调整，资金延后下达"))
    assert late.status_code == 409
    page = _main(late)
    assert "部门整体监控已被他人更新" in page and "请刷新" not in page
    assert NOTHING_SAVED in page and "在新窗口打开最新版本" in page
    assert "部门预算数（万元）" in page and "1000" in page and "300" in page
    subject = targets[0]["subject"]
    assert subject in page and "偏差原因：政策调整，资金延后下达" in page
    assert "完成可能性：完全不可能" in page and "截至完成：已完成60%" in page
    assert DepartmentRoundRecord.objects.get(round=round_).targets[0]["cause"] == "先保存的原因"

    wrong = _line_form(len(targets), "原因照写") | {"lock_version": "2", "likelihood": "也许"}
    refused = editor.post(url, wrong)
    assert refused.status_code == 400
    page = _main(refused)
    assert "完成可能性应为" in page and "偏差原因：原因照写" in page and "未保存" in page


@pytest.mark.django_db
def test_a_reason_to_return_a_plan_someone_else_moved_on_is_given_back(world: World) -> None:
    """财政局, 退回修改: the plan was returned by another reviewer while this one wrote the
    reason; the answer was 403 and the reason lost. Now 409 with the reason typed."""
    plan = world.own_plan
    for action in (Action.SUBMIT, Action.FORWARD):
        act(world.users["admin"], Role.ADMIN, plan, action)
    act(world.users["admin"], Role.ADMIN, plan, Action.RETURN, "先退回的意见")
    reason = "绩效指标“办公设备采购数量”缺少指标值，请补充"
    late = world.client("bureau").post(
        f"/plans/{plan.pk}/action/", {"action": "return", "comment": reason}
    )
    assert late.status_code == 409
    page = _main(late)
    assert reason in page and "已被他人办理" in page and "在新窗口打开最新版本" in page
    # without a reason typed (nothing to lose) and for a role that never returns: as before
    stale = world.client("bureau").post(f"/plans/{plan.pk}/action/", {"action": "return"})
    assert stale.status_code == 403
    never = world.client("editor").post(
        f"/plans/{plan.pk}/action/", {"action": "approve", "comment": "同意"}
    )
    assert never.status_code == 403


@pytest.mark.django_db
def test_a_reason_to_return_a_monitoring_report_already_accepted_is_given_back(
    world: World,
) -> None:
    """财政局, 运行监控 退回: accepted by a colleague meanwhile — 403, the reason lost."""
    plan = approve(world.other_plan, world.users["admin"])
    round_ = open_round(world.users["admin"], plan, dt.date(plan.year, 7, 31))
    url = f"/monitoring/{round_.pk}/action/"
    assert world.client("other_editor").post(url, {"action": "submit"}).status_code == 302
    assert world.client("admin").post(url, {"action": "accept"}).status_code == 302
    reason = "7月执行数与账务不符，请核对"
    late = world.client("bureau").post(url, {"action": "return", "comment": reason})
    assert late.status_code == 409
    assert reason in _main(late) and "已被他人办理" in _main(late)
    assert MonitoringRoundRecord.objects.get(pk=round_.pk).status == "accepted"


@pytest.mark.django_db
def test_a_refused_conclusion_gives_back_its_reason_and_opinion(world: World) -> None:
    """财政局, 事前评估结论: a refused conclusion (here: a 版本号 out of date) redirected and
    lost the 理由 and the 意见 typed."""
    record = _propose(world, 2023)
    bureau = world.client("bureau")
    act_on_proposal(world.client("editor"), record, action="submit")
    member = Membership.objects.get(user=world.users["expert"])
    act_on_proposal(bureau, record, action="assign", member=member.pk)
    world.client("expert").post(f"/exante/{record.pk}/sheet/", scores())
    opinion = "设备单价按询价最低价执行"
    posted = {"action": "conclude", "opinion": opinion, "reason": "", "lock_version": "1"}
    refused = bureau.post(f"/exante/{record.pk}/action/", posted | {"conclusion": "予以支持"})
    assert refused.status_code == 409  # a 版本号 out of date is a conflict
    page = _main(refused)
    assert opinion in page and "财政局意见" in page and "评估结论" in page and "予以支持" in page
    record.refresh_from_db()
    assert record.outcome is None


@pytest.mark.django_db
def test_a_proposal_saved_late_is_kept_with_the_version_to_save_it_again(world: World) -> None:
    """单位, 事前评估申报: a save on an old 版本号 showed the form again with the old 版本号
    (each later save refused too) and said '请刷新' — which loses the input."""
    record = _propose(world, 2023)
    url = f"/exante/{record.pk}/"
    editor = world.client("editor")
    assert editor.post(url, proposal_form(2023) | {"lock_version": "1"}).status_code == 302
    mine = proposal_form(2023, basis="县生态环境局2023年第5号整改通知") | {"lock_version": "1"}
    late = editor.post(url, mine)
    assert late.status_code == 200  # the form shown again, as for a wrong value
    page = late.content.decode()
    assert "县生态环境局2023年第5号整改通知" in page and "请刷新" not in page
    assert "您填写的内容仍在下面的表中" in page
    record.refresh_from_db()
    assert f'name="lock_version" value="{record.lock_version}"' in page
    again = mine | {"lock_version": str(record.lock_version)}
    assert editor.post(url, again).status_code == 302
    record.refresh_from_db()
    assert record.core.basis == "县生态环境局2023年第5号整改通知"


@pytest.mark.django_db
def test_a_refused_score_sheet_keeps_its_remarks_and_vetoes(world: World) -> None:
    """专家, 评分表: a refused score kept the scores but put back the stored 评估意见 and
    否决项 — the remarks written were lost."""
    record = _propose(world, 2023)
    act_on_proposal(world.client("editor"), record, action="submit")
    member = Membership.objects.get(user=world.users["expert"])
    act_on_proposal(world.client("bureau"), record, action="assign", member=member.pk)
    remarks = "测算依据充分，建议按询价最低价安排"
    posted = scores({"policy": "11"}) | {"remarks": remarks}
    refused = world.client("expert").post(f"/exante/{record.pk}/sheet/", posted)
    assert refused.status_code == 200  # the sheet shown again, as before
    assert f">{remarks}</textarea>" in refused.content.decode()


@pytest.mark.django_db
def test_a_rectification_step_on_an_old_version_says_the_comment_is_kept(world: World) -> None:
    """单位, 整改 reply on an old 版本号: the comment was kept but the message said
    '请刷新后再操作' — which loses it — and not that the files must be chosen again."""
    record = mark_for_rectification(world, "2030-06-30", count=1)[0]
    said = "已将≥25万元改为≤25万元"
    late = world.client("editor").post(
        f"/rectification/{record.pk}/", {"action": "report", "comment": said, "lock_version": "0"}
    )
    assert late.status_code == 409  # someone acted first: a conflict (400 before)
    page = late.content.decode()
    assert f">{said}</textarea>" in page and "请刷新" not in page
    assert "已被他人办理（现为“待整改”）" in page
    assert "所选附件须重新选择" in page
    assert RectificationRecord.objects.get(pk=record.pk).status == "pending"


@pytest.mark.django_db
def test_a_refused_finding_mark_gives_back_its_note(world: World) -> None:
    """财政局, 审核发现处理: a refused mark (the finding gone after a new review) redirected
    and lost the 说明 written."""
    note = "经核实，该指标值为年度累计数"
    refused = world.client("bureau").post(
        f"/plans/{world.own_plan.pk}/findings/mark/",
        {"finding": "no-such-finding", "status": "verified", "note": note},
    )
    assert refused.status_code == 400
    page = _main(refused)
    assert note in page and "已不存在" in page and NOTHING_SAVED in page


@pytest.mark.django_db
def test_a_refused_survey_gives_back_its_projects_and_access_code(world: World) -> None:
    """单位, 满意度调查: refused (no satisfaction indicator among the projects chosen), the
    redirect lost the projects ticked and the 访问码 typed."""
    approve(world.other_plan, world.users["admin"])
    refused = world.client("other_editor").post(
        f"/plans/{world.other_plan.pk}/surveys/",
        {"projects": ["没有满意度指标的项目"], "access_code": "2468"},
    )
    assert refused.status_code == 400
    page = _main(refused)
    assert "2468" in page and "没有满意度指标的项目" in page and "访问码" in page


@pytest.mark.django_db
def test_a_user_admin_form_sent_after_the_session_ran_out_says_so(world: World) -> None:
    """管理员, 用户管理 (Django admin): sent after the session ran out, the admin's login
    page, then the form empty. The same 登录已过期 answer as the pages (401)."""
    user = world.users["editor"]
    expired = Client().post(f"/admin/auth/user/{user.pk}/change/", {"first_name": "王填报"})
    assert expired.status_code == 401
    page = _main(expired)
    assert "登录已过期" in page and NOTHING_SAVED in page and "返回上一页" in page
    signing_in = Client().post("/admin/login/", {"username": "x", "password": "y"})
    assert signing_in.status_code == 200, "the admin's own sign-in is left alone"
