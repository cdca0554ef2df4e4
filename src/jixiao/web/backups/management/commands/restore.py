"""``jixiao-web restore 备份.tar.gz``: the database and the stored files as the archive
holds them (stop the web server and the workers first)."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from jixiao.web.backups.archive import BackupFailed, restore


class Command(BaseCommand):
    help = "从备份文件恢复数据库和已存储的文件（请先停止网站和后台任务进程）"

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("archive", type=Path, help="jixiao-web backup 写出的备份文件")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            manifest = restore(options["archive"])
        except BackupFailed as failure:
            raise CommandError(str(failure)) from None
        self.stdout.write(f"已恢复 {manifest['created']} 的备份")
