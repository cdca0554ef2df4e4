"""manage.py load_demo SEEDS: the demo region, accounts and seed documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from jixiao.web.plans.demo import ACCOUNTS, DEMO_PASSWORD, load_demo, load_example_year
from jixiao.web.plans.demo_cycle import demo_people, load_cycle_examples
from jixiao.web.tasks.demo import open_demo_tasks


class Command(BaseCommand):
    help = "载入示例：示例区划、每个角色一个账号、种子文档及其审核结果"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("seeds", type=Path)
        parser.add_argument("--monitoring", type=Path, help="示例监控（jixiao monitor 的输入格式）")
        parser.add_argument(
            "--evaluation", type=Path, help="示例自评（jixiao evaluate 的输入格式）"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        seeds: Path = options["seeds"]
        if not seeds.is_dir():
            raise CommandError(
                f"没有找到种子文档文件夹：{seeds.resolve()}。"
                "请用 make demo SEEDS=/path/to/文件夹 指定放有绩效文本的文件夹。"
            )
        plans = load_demo(seeds)
        for plan in plans:
            plan.refresh_from_db()
            self.stdout.write(
                f"  {plan}: {plan.projects.count()} 个项目，审核等级 {plan.grade or '-'}"
            )
        if options["monitoring"] and options["evaluation"]:
            for line in load_example_year(options["monitoring"], options["evaluation"]):
                self.stdout.write(f"  {line}")
            for line in load_cycle_examples(*demo_people()):
                self.stdout.write(f"  {line}")
        for line in open_demo_tasks():
            self.stdout.write(f"  {line}")
        self.stdout.write(f"\n示例账号（密码均为 {DEMO_PASSWORD}）：")
        for account in ACCOUNTS:
            place = account.department or "示例区划财政局"
            self.stdout.write(f"  {account.username:<10} {account.role.label}（{place}）")
