"""任务下发与催报 and 站内消息 on the test world: progress read from the real records,
reminders to those not done, the daily 即将截止 notice, decisions as messages, e-mail
through a real SMTP server (aiosmtpd) started by the test."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from email.header import decode_header, make_header
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message as MessageHandler
from django.core.management import call_command
from django.utils import timezone

from jixiao.tasks import Progress, Stage
from jixiao.web.audit.models import AuditEntry
from jixiao.web.evaluation.records import open_evaluation
from jixiao.web.monitoring.rounds import open_round
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.decisions import act
from jixiao.web.plans.storing import store_plan
from jixiao.web.reporting.decisions import act_on_report
from jixiao.web.tasks.actions import open_task, remind, send_due_soon
from jixiao.web.tasks.board import board_rows
from jixiao.web.tasks.models import Message, Reminder, Task
from jixiao.workflow import Action, ReportAction, Role
from tests.web.conftest import World

TODAY = dt.date(2023, 3, 10)


def _progress(task: Task, today: dt.date = TODAY) -> dict[str, Progress]:
    return {
        r.department.name: r.progress for r in board_rows(task, list(task.departments.all()), today)
    }


def _declare(world: World, deadline: dt.date = dt.date(2023, 3, 31)) -> Task:
    # seed 002 is 2023 (own department); the other department's plan is 2024
    return open_task(
        world.users["bureau"], world.region, 2023, Stage.DECLARE, deadline, [world.own, world.other]
    )


def _inbox(world: World, who: str) -> list[Message]:
    return list(Message.objects.filter(recipient=world.users[who]).order_by("pk"))


@pytest.mark.django_db
def test_progress_is_read_from_the_plans_and_follows_the_workflow(world: World) -> None:
    task = _declare(world)
    assert _progress(task) == {
        world.own.name: Progress.FILLING,
        world.other.name: Progress.NOT_STARTED,
    }
    admin = world.users["admin"]
    act(world.users["editor"], Role.UNIT_EDITOR, world.own_plan, Action.SUBMIT)
    assert _progress(task)[world.own.name] is Progress.SUBMITTED
    act(admin, Role.DEPARTMENT_REVIEWER, world.own_plan, Action.RETURN, "请补充产出指标")
    assert _progress(task)[world.own.name] is Progress.RETURNED
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        act(admin, Role.ADMIN, world.own_plan, action)
    assert _progress(task)[world.own.name] is Progress.DONE
    # the editors were told: new task, returned with the comment, approved
    kinds = [(m.kind, m.title) for m in _inbox(world, "editor")]
    assert [k for k, _ in kinds] == ["task", "returned", "approved"]
    returned = _inbox(world, "editor")[1]
    assert "请补充产出指标" in returned.body and returned.link == f"/plans/{world.own_plan.pk}/"
    # and nobody in the other department heard of this plan
    assert [m.kind for m in _inbox(world, "other_editor")] == ["task"]


@pytest.mark.django_db
def test_overdue_and_reminders_go_to_those_not_done(world: World) -> None:
    task = _declare(world, deadline=dt.date(2023, 3, 5))
    act(world.users["editor"], Role.UNIT_EDITOR, world.own_plan, Action.SUBMIT)
    rows = {r.department.name: r for r in board_rows(task, list(task.departments.all()), TODAY)}
    assert rows[world.other.name].overdue and rows[world.other.name].days_left == -5
    assert not rows[world.own.name].overdue  # handed in, even though the date has passed
    reminded = remind(world.users["bureau"], task, list(task.departments.all()), TODAY)
    assert reminded == [world.other]
    assert Reminder.objects.filter(task=task).count() == 1
    other_inbox = [m for m in _inbox(world, "other_editor") if m.kind == "reminder"]
    assert len(other_inbox) == 1 and "已逾期 5 天" in other_inbox[0].body
    assert not [m for m in _inbox(world, "editor") if m.kind == "reminder"]
    assert AuditEntry.objects.filter(action="task_remind", department=world.other).count() == 1


@pytest.mark.django_db
def test_the_due_soon_notice_is_sent_once(world: World) -> None:
    task = _declare(world, deadline=TODAY + dt.timedelta(days=3))
    first = send_due_soon(TODAY)
    # both departments are not done: each department's editor(s) and reviewer(s)
    expected = {"editor", "reviewer", "other_editor", "other_reviewer", "unit_editor"}
    assert first == len(expected)
    assert send_due_soon(TODAY) == 0  # idempotent
    call_command("send_deadline_reminders", "--today", TODAY.isoformat())
    assert Message.objects.filter(kind="due_soon").count() == first
    # four days before, nothing; a task handed in, nothing
    assert send_due_soon(TODAY - dt.timedelta(days=1)) == 0
    assert Message.objects.filter(kind="due_soon", title__contains=str(task)).count() == first


@pytest.mark.django_db
def test_monitoring_and_evaluation_tasks_read_the_reports(world: World) -> None:
    admin = world.users["admin"]
    later = plan_to_domain(world.own_plan).model_copy(update={"year": 2031})
    plan = store_plan(later, world.own, force=True)
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        act(admin, Role.ADMIN, plan, action)
    plan.refresh_from_db()
    date = dt.date(2031, 7, 31)
    monitor = open_task(
        admin, world.region, 2031, Stage.MONITOR, dt.date(2031, 8, 10), [world.own], date
    )
    evaluate = open_task(
        admin, world.region, 2031, Stage.EVALUATE, dt.date(2032, 3, 1), [world.own]
    )
    assert _progress(monitor)[world.own.name] is Progress.NOT_STARTED
    open_round(admin, plan, dt.date(2031, 6, 30))  # another date: not this task's round
    assert _progress(monitor)[world.own.name] is Progress.NOT_STARTED
    round_ = open_round(admin, plan, date)
    assert _progress(monitor)[world.own.name] is Progress.FILLING
    act_on_report(admin, Role.ADMIN, round_, ReportAction.SUBMIT)
    assert _progress(monitor)[world.own.name] is Progress.SUBMITTED
    act_on_report(admin, Role.ADMIN, round_, ReportAction.RETURN, "支出偏慢，请说明")
    assert _progress(monitor)[world.own.name] is Progress.RETURNED
    assert "支出偏慢" in _inbox(world, "editor")[-1].body
    evaluation = open_evaluation(admin, plan)
    assert _progress(evaluate)[world.own.name] is Progress.FILLING
    act_on_report(admin, Role.ADMIN, evaluation, ReportAction.SUBMIT)
    act_on_report(admin, Role.ADMIN, evaluation, ReportAction.ACCEPT)
    assert _progress(evaluate)[world.own.name] is Progress.DONE
    assert _inbox(world, "editor")[-1].kind == "approved"


@pytest.mark.django_db
def test_pages_open_a_task_show_the_board_and_remind(world: World) -> None:
    bureau = world.client("bureau")
    today = timezone.localdate()
    response = bureau.post(
        "/tasks/new/",
        {
            "year": "2023",
            "stage": "declare",
            "deadline": (today - dt.timedelta(days=2)).isoformat(),
            "departments": [str(world.own.pk), str(world.other.pk)],
        },
    )
    task = Task.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/tasks/{task.pk}/"
    board = bureau.get(f"/tasks/{task.pk}/").content.decode()
    assert "逾期 2 天" in board and "一键催报（2 个部门）" in board
    assert bureau.post(f"/tasks/{task.pk}/remind/").status_code == 302
    assert Message.objects.filter(kind="reminder").count() == 5
    # the editor sees the task on the 工作台 and the unread count in the navigation
    editor = world.client("editor")
    home = editor.get("/").content.decode()
    assert "2023年度绩效目标申报" in home and "逾期 2 天" in home
    assert '<span class="unread" aria-label="未读消息">2</span>' in home
    message = Message.objects.filter(recipient=world.users["editor"], kind="reminder").get()
    opened = editor.post(f"/messages/{message.pk}/read/")
    assert opened["Location"] == f"/tasks/{task.pk}/"
    assert '<span class="unread" aria-label="未读消息">1</span>' in editor.get("/").content.decode()
    # the editor's board shows only the own department, and no reminder button
    page = editor.get(f"/tasks/{task.pk}/").content.decode()
    assert world.own.name in page and world.other.name not in page and "一键催报" not in page
    # bad input: a clear message, no task, never a 500
    for bad in (
        {"year": "x", "stage": "declare", "deadline": "2023-01-01", "all": "1"},
        {"year": "2023", "stage": "nope", "deadline": "2023-01-01", "all": "1"},
        {"year": "2023", "stage": "monitor", "deadline": "2023-01-01", "all": "1"},
        {"year": "2023", "stage": "declare", "deadline": "31.3.2023", "all": "1"},
    ):
        assert bureau.post("/tasks/new/", bad).status_code == 400
    assert Task.objects.count() == 1


class _Port:
    @staticmethod
    def free() -> int:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port: int = probe.getsockname()[1]
            return port


class _Collector(MessageHandler):
    def __init__(self) -> None:
        super().__init__()
        self.received: list[Any] = []

    def handle_message(self, message: Any) -> None:
        self.received.append(message)


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, _Collector]]:
    handler = _Collector()
    port = _Port.free()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, handler
    finally:
        controller.stop()


@pytest.mark.django_db(transaction=True)
def test_messages_are_emailed_when_smtp_is_configured(
    world: World, settings: Any, smtp_server: tuple[int, _Collector]
) -> None:
    port, handler = smtp_server
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.JIXIAO_EMAIL_NOTIFICATIONS = True
    settings.JIXIAO_SITE_URL = "https://jixiao.example"
    world.users["other_editor"].email = "other@example.org"
    world.users["other_editor"].save()
    task = _declare(world, deadline=dt.date(2023, 3, 5))
    remind(world.users["bureau"], task, [world.other], TODAY)
    subjects = sorted(str(make_header(decode_header(m["Subject"]))) for m in handler.received)
    assert len(handler.received) == 2  # the new task and the reminder; others have no address
    assert all(m["To"] == "other@example.org" for m in handler.received)
    assert any("催报" in s for s in subjects)
    body = handler.received[0].get_payload(decode=True).decode("utf-8")
    assert f"https://jixiao.example/tasks/{task.pk}/" in body


@pytest.mark.django_db(transaction=True)
def test_a_failing_mail_server_loses_no_message(world: World, settings: Any) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", _Port.free()  # nobody listens
    settings.JIXIAO_EMAIL_NOTIFICATIONS = True
    world.users["editor"].email = "editor@example.org"
    world.users["editor"].save()
    _declare(world)
    assert Message.objects.filter(recipient=world.users["editor"], kind="task").count() == 1
