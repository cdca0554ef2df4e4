"""``jixiao-web backup 备份.tar.gz``: the database and the stored files in one archive."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from jixiao.web.backups.archive import BackupFailed, backup


class Command(BaseCommand):
    help = "备份数据库和已存储的文件到一个归档文件"

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("archive", type=Path, help="备份文件（.tar.gz）")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            manifest = backup(options["archive"])
        except BackupFailed as failure:
            raise CommandError(str(failure)) from None
        files = len(manifest["files"])
        self.stdout.write(f"已备份到 {options['archive']}（{manifest['engine']}，{files} 个文件）")
