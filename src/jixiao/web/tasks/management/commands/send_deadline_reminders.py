"""manage.py send_deadline_reminders: the daily 即将截止 notice (run by cron or the worker).

Idempotent: a person gets the notice for a task once, however often this runs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from jixiao.web.tasks.actions import send_due_soon


class Command(BaseCommand):
    help = "向截止日期在 3 天内、尚未报送的部门发送「即将截止」消息（每人每个任务一次）"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--today", help="按这一天计算（YYYY-MM-DD），默认今天")

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        if options["today"]:
            try:
                today = dt.date.fromisoformat(options["today"])
            except ValueError as wrong:
                raise CommandError(f"--today 应为 YYYY-MM-DD，而不是 {options['today']}") from wrong
        sent = send_due_soon(today)
        self.stdout.write(f"即将截止提醒：已发送 {sent} 条消息（{today:%Y-%m-%d}）")
