"""The demo: the seed documents in a demo region, one account per role, a few plans moved
along the workflow, and an example year of 监控 and 自评, so every dashboard has something
to show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from jixiao.evaluation import load_batch
from jixiao.importers.api import expand_inputs
from jixiao.model.dates import chinese_date
from jixiao.monitoring import MonitoringRound
from jixiao.web.evaluation.recording import apply_forms
from jixiao.web.evaluation.records import open_evaluation
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.monitoring.recording import apply_actuals
from jixiao.web.monitoring.rounds import open_round
from jixiao.web.orgs.models import Department, Membership, Region
from jixiao.web.plans.decisions import act
from jixiao.web.plans.loading import demo_region, load_files
from jixiao.web.plans.models import PlanRecord
from jixiao.web.reporting.decisions import act_on_report
from jixiao.workflow import Action, ReportAction, Role, Status, allowed_actions

DEMO_PASSWORD = "jixiao-demo"
EDITOR_DEPARTMENT = "承德县机关事务管理办公室"


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    name: str
    role: Role
    department: str | None


# Each a person's name, as a real account has: named by their role, the page header read
# 「财政局审核人 · 财政局审核人 · …」 and the audit log and versions 「系统管理员」 for a person.
ACCOUNTS = (
    DemoAccount("bianzhi", "王填报", Role.UNIT_EDITOR, EDITOR_DEPARTMENT),
    DemoAccount("chushen", "张初审", Role.DEPARTMENT_REVIEWER, EDITOR_DEPARTMENT),
    DemoAccount("caizheng", "赵财政", Role.BUREAU_REVIEWER, None),
    DemoAccount("admin", "刘管理", Role.ADMIN, None),
    # 事前绩效评估的评估专家 (the bureau assigns them; they see only those assessments)
    DemoAccount("zhuanjia1", "孙专家", Role.EXPERT, None),
    DemoAccount("zhuanjia2", "周专家", Role.EXPERT, None),
)


def create_account(region: Region, account: DemoAccount, password: str = DEMO_PASSWORD) -> User:
    user, _ = User.objects.get_or_create(username=account.username)
    user.first_name = account.name
    user.is_staff = user.is_superuser = account.role is Role.ADMIN
    user.set_password(password)
    user.save()
    department = None
    if account.department is not None:
        department, _ = Department.objects.get_or_create(region=region, name=account.department)
    Membership.objects.update_or_create(
        user=user,
        defaults={"role": account.role.value, "region": region, "department": department},
    )
    return user


@transaction.atomic
def load_demo(seeds: Path, *, with_plans: bool = True) -> list[PlanRecord]:
    region = demo_region()
    users = {a.username: create_account(region, a) for a in ACCOUNTS}
    if not with_plans:
        return []
    plans = load_files(expand_inputs([seeds]), region, default_year=2024)
    # 报送截止日期: two weeks from today, so the dashboards show a live deadline.
    PlanRecord.objects.filter(pk__in=[p.pk for p in plans]).update(
        deadline=timezone.localdate() + timedelta(days=14)
    )
    _move_along(plans, users)
    return plans


@transaction.atomic
def load_example_year(monitoring: Path, evaluation: Path) -> list[str]:
    """An example year of 监控 and 自评 (files in the CLI's input formats) for the plan of
    the department and year they name, approving it first: what the dashboards show."""
    admin = User.objects.get(username="admin")
    done = []
    round_ = MonitoringRound.model_validate_json(monitoring.read_text(encoding="utf-8"))
    plan = _approved(round_.department, round_.year, admin)
    record = open_round(admin, plan, round_.monitor_date)
    apply_actuals(admin, record, round_, monitoring.name)
    act_on_report(admin, Role.ADMIN, record, ReportAction.SUBMIT)
    when = chinese_date(round_.monitor_date)
    done.append(f"{plan} 监控（截至{when}）：红灯{_lights(record, 'red')}个")
    batch = load_batch(evaluation)
    plan = _approved(batch.department, batch.year, admin)
    scored = open_evaluation(admin, plan)
    apply_forms(admin, scored, batch.projects, evaluation.name)
    done.append(f"{plan} 自评：{len(batch.projects)}个项目已填报")
    return done


def _approved(department: str | None, year: int | None, admin: User) -> PlanRecord:
    if year is None:
        raise ValueError(f"{department}: 示例数据中没有年度")
    plan = PlanRecord.objects.get(department__name=department, year=year)
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        if plan.status_enum is not Status.APPROVED and action in allowed_actions(
            plan.status_enum, Role.ADMIN
        ):
            act(admin, Role.ADMIN, plan, action)
            plan.refresh_from_db()
    return plan


def _lights(record: MonitoringRoundRecord, light: str) -> int:
    return record.entries.filter(light=light).count()


def _move_along(plans: list[PlanRecord], users: dict[str, User]) -> None:
    """One plan approved and public, one waiting for the finance bureau."""
    by_department = {p.department.name: p for p in plans}
    approved = by_department.get("秦皇岛市北戴河区机关事务管理局")
    waiting = by_department.get("张家口市机关事务管理局")
    admin = users["admin"]
    if approved is not None:
        for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
            act(admin, Role.ADMIN, approved, action)
    if waiting is not None:
        for action in (Action.SUBMIT, Action.FORWARD):
            act(admin, Role.ADMIN, waiting, action)
