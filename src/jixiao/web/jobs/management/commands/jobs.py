"""``jixiao-web jobs``: list background jobs, follow one with a progress bar, cancel one,
or start a bulk review or export of a region's plans and follow it.

    jixiao-web jobs                        # the latest jobs
    jixiao-web jobs watch 12               # a bar until job 12 ends
    jixiao-web jobs cancel 12
    jixiao-web jobs review --user admin    # review every plan the person may read
    jixiao-web jobs export --user admin --format pdf -o 全部.zip
"""

from __future__ import annotations

import time
from argparse import ArgumentParser, BooleanOptionalAction
from pathlib import Path
from typing import IO, Any, cast

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from jixiao.exporters.formats import formats
from jixiao.web.jobs import bulk, running
from jixiao.web.jobs.models import Job
from jixiao.web.orgs.access import membership_of, visible_plans


class Command(BaseCommand):
    help = "后台任务：列出、跟踪进度、取消，或启动批量审核 / 批量导出"

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "action",
            nargs="?",
            default="list",
            choices=["list", "watch", "cancel", "review", "export"],
        )
        parser.add_argument("job", nargs="?", type=int, help="任务编号（watch / cancel）")
        parser.add_argument("--user", help="以此账号启动任务（review / export）")
        parser.add_argument("--format", choices=sorted(formats()), default="pdf")
        parser.add_argument("-o", "--output", type=Path, help="导出结果写到此文件")
        parser.add_argument(
            "--wait", action=BooleanOptionalAction, default=True, help="等待完成（--no-wait 不等）"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        stream = cast(IO[str], self.stdout._out)  # the stream call_command gave (or sys.stdout)
        console = Console(file=stream, width=120)
        action = options["action"]
        if action == "list":
            for job in bulk.latest_jobs():
                console.print(
                    f"{job.pk:>5}  {job.created_at:%Y-%m-%d %H:%M}  {job.get_state_display():<4}"
                    f"  {job.percent:>3}%  {job.get_kind_display()}：{job.title[:50]}"
                )
            return
        if action in ("review", "export"):
            job = self._start(action, options)
            console.print(f"已启动任务 {job.pk}：{job.title}")
            if not options["wait"]:
                return
        else:
            if options["job"] is None:
                raise CommandError("请给出任务编号")
            found = bulk.find_job(options["job"])
            if found is None:
                raise CommandError(f"没有任务 {options['job']}")
            job = found
            if action == "cancel":
                running.cancel(job)
                console.print(f"已请求取消任务 {job.pk}（{job.get_state_display()}）")
                return
        job = self._watch(job, console)
        if job.state != Job.State.SUCCEEDED:
            raise CommandError(f"任务 {job.pk} {job.get_state_display()}：{job.error}")
        output = bulk.output_of(job)
        if output is not None and options["output"]:
            options["output"].write_bytes(bytes(output.content))
            console.print(f"结果已写入 {options['output']}")
        console.print(f"任务 {job.pk} 已完成：{job.result}")

    def _start(self, action: str, options: dict[str, Any]) -> Job:
        user = User.objects.filter(username=options["user"] or "").first()
        member = membership_of(user)
        if user is None or member is None:
            raise CommandError("请用 --user 指定一个有角色的账号")
        plans = list(visible_plans(member).values_list("pk", flat=True))
        if action == "review":
            return bulk.start_review(user, plans)
        return bulk.start_export(user, plans, options["format"])

    def _watch(self, job: Job, console: Console) -> Job:
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
        with Progress(*columns, console=console, transient=True) as bar:
            shown = bar.add_task(job.get_kind_display(), total=None)
            while not job.finished:
                bar.update(
                    shown,
                    completed=job.done,
                    total=job.total or None,
                    description=job.step or job.get_state_display(),
                )
                time.sleep(0.5)
                job.refresh_from_db()
        return job
