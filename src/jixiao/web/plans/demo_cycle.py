"""The rest of the cycle in the demo: an ex-ante assessment with its conclusion, a survey
with answers, 整改 items in each status (and, when loaded, a department's self-evaluation),
each made through the same services as the pages, so every home page has them to show."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db import transaction
from django.urls import reverse

from jixiao.department import DepartmentFigures
from jixiao.department.scoring import JudgedScore
from jixiao.web.department.recording import (
    gathered,
    open_department_evaluation,
    save_entries,
    save_judged,
)
from jixiao.web.exante.example import example_assessment
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord
from jixiao.web.rectification.tracking import candidates, mark, take_step
from jixiao.web.surveys.collecting import (
    open_survey,
    questionnaire_of,
    results,
    submit_answer,
)
from jixiao.workflow import Action, Role
from jixiao.workflow.rectification import RectificationAction

# How far each demo 整改 item goes: 待整改, 整改中, 已整改, 已核实.
RECTIFICATION_STEPS = (
    (),
    (RectificationAction.START,),
    (RectificationAction.START, RectificationAction.REPORT),
    (RectificationAction.START, RectificationAction.REPORT, RectificationAction.VERIFY),
)
SURVEY_ANSWERS = 36
# The satisfaction levels answered, most 满意 (5 = 非常满意 … 1 = 非常不满意).
LEVEL_WEIGHTS = {"5": 12, "4": 14, "3": 6, "2": 3, "1": 1}


@transaction.atomic
def load_cycle_examples(unit_user: User, bureau_user: User, experts: list[User]) -> list[str]:
    done: list[str] = []
    unit_plan = PlanRecord.objects.get(department=unit_user.membership.department, year=2023)
    record = example_assessment(
        unit_plan.department, unit_plan.year + 1, unit_user, bureau_user, experts
    )
    total = record.outcome.total if record.outcome else ""
    experts_scored = record.sheets.filter(expert=True, submitted_at__isnull=False).count()
    done.append(
        f"事前绩效评估：{record.core.name}，{record.conclusion}（{total}分，"
        f"专家评分{experts_scored}份）"
    )
    done.append(_rectification(unit_plan, unit_user, bureau_user))
    # the unit's plan of the year, approved, is where its survey collects answers
    admin = User.objects.get(username="admin")
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        act(admin, Role.ADMIN, unit_plan, action)
    unit_plan.refresh_from_db()
    done.append(_survey(unit_plan, unit_user))
    done.append(_department(unit_plan, unit_user, bureau_user))
    return done


def _rectification(plan: PlanRecord, unit_user: User, bureau_user: User) -> str:
    deadline = dt.date.today() + dt.timedelta(days=30)
    found = sorted(candidates(plan, deadline), key=lambda c: c.item.severity.value != "error")
    mark(bureau_user, plan, [c.key for c in found[: len(RECTIFICATION_STEPS)]], deadline)
    records = list(plan.rectifications.order_by("pk"))
    for record, steps in zip(records, RECTIFICATION_STEPS, strict=False):
        for action in steps:
            user = bureau_user if action is RectificationAction.VERIFY else unit_user
            files: list[UploadedFile[bytes]] = []
            if action is RectificationAction.REPORT:
                files = [SimpleUploadedFile("整改说明.txt", "已按要求修改绩效目标表。".encode())]
            record = take_step(
                user,
                user.membership,
                record,
                action,
                "已修改绩效目标表并重新报送" if action is RectificationAction.REPORT else "",
                record.lock_version,
                files,
            )
    return f"整改：{plan} {len(records)}项（待整改、整改中、已整改、已核实各一）"


def _survey(plan: PlanRecord, user: User) -> str:
    survey = open_survey(user, plan)
    keys = [q.key for q in questionnaire_of(survey).questions]
    chooser = random.Random(2024)  # the same demo answers every time
    levels, weights = list(LEVEL_WEIGHTS), list(LEVEL_WEIGHTS.values())
    for n in range(SURVEY_ANSWERS):
        answers = {key: chooser.choices(levels, weights)[0] for key in keys}
        submit_answer(survey, answers, f"demo-device-{n}", f"10.0.{n // 10}.{n}")
    return f"满意度调查：{plan} {results(survey).responses}份问卷"


def demo_people() -> tuple[User, User, list[User]]:
    """The demo's unit editor, bureau reviewer and two experts."""
    get = User.objects.get
    return (
        get(username="bianzhi"),
        get(username="caizheng"),
        [
            get(username="zhuanjia1"),
            get(username="zhuanjia2"),
        ],
    )


# The demo department's year in figures (万元): what a unit reads off its 决算.
DEMO_FIGURES = DepartmentFigures(
    budget_initial=Decimal("1180"),
    budget_final=Decimal("1236.5"),
    spent=Decimal("1172.8"),
    carryover=Decimal("63.7"),
    sangong=Decimal("36.2"),
    sangong_last_year=Decimal("39.8"),
    procurement_budget=Decimal("142"),
    procurement_actual=Decimal("131.5"),
    public_funds_budget=Decimal("86"),
    public_funds_actual=Decimal("84.1"),
)


def _department(plan: PlanRecord, unit_user: User, bureau_user: User) -> str:
    record = open_department_evaluation(unit_user, plan)
    targets = gathered(record).targets
    actuals = ["已完成"] * len(targets)
    record = save_entries(unit_user, record, DEMO_FIGURES, actuals, record.lock_version)
    judged = {
        "management": JudgedScore(points=Decimal(8), comment="资产管理制度健全，个别台账未更新"),
        "benefits": JudgedScore(points=Decimal(9), comment="保障有力，节能降耗成效明显"),
    }
    record = save_judged(bureau_user, record, judged, record.lock_version)
    report = reverse("department_report", args=[record.pk, "docx"])
    return f"部门整体自评：{plan} {record.total:g}分{record.grade}，自评报告 {report}"
