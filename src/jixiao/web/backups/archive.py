"""One backup archive (.tar.gz): ``manifest.json``, the database and ``files/``.

SQLite is copied with its online backup API (consistent while the server runs); PostgreSQL
with ``pg_dump --format=custom`` and restored with ``pg_restore --clean --single-transaction``,
so a failed restore leaves the database as it was. Stored files are MEDIA_ROOT (the data
folder's ``media/``), kept as ``files/`` in the archive.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connections
from django.utils import timezone

from jixiao.web.caching.config import forget_pages_outside_the_database

SQLITE_NAME = "database.sqlite3"
POSTGRES_NAME = "database.pgdump"


class BackupFailed(Exception):
    """Said in one Chinese line; nothing was changed."""


def _database() -> dict[str, Any]:
    db: dict[str, Any] = connections["default"].settings_dict
    return db


def _is_sqlite(db: dict[str, Any]) -> bool:
    return str(db["ENGINE"]).endswith("sqlite3")


def _pg_env(db: dict[str, Any]) -> dict[str, str]:
    env = dict(os.environ)
    env |= {
        "PGHOST": str(db.get("HOST") or "localhost"),
        "PGPORT": str(db.get("PORT") or 5432),
        "PGUSER": str(db.get("USER") or ""),
        "PGPASSWORD": str(db.get("PASSWORD") or ""),
        "PGDATABASE": str(db["NAME"]),
    }
    return env


def _run(command: list[str], env: dict[str, str]) -> None:
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        missing = f"找不到 {command[0]}：请安装 PostgreSQL 客户端（postgresql-client）"
        raise BackupFailed(missing) from None
    if done.returncode != 0:
        raise BackupFailed(f"{command[0]} 失败：{done.stderr.strip().splitlines()[-1:]}")


def files_root() -> Path:
    return Path(settings.MEDIA_ROOT)


def backup(target: Path) -> dict[str, Any]:
    """Write the archive to ``target``; returns its manifest."""
    db = _database()
    with tempfile.TemporaryDirectory(prefix="jixiao-backup-") as tmp:
        folder = Path(tmp)
        if _is_sqlite(db):
            name = SQLITE_NAME
            source = sqlite3.connect(str(db["NAME"]))
            copy = sqlite3.connect(str(folder / name))
            with copy:
                source.backup(copy)
            copy.close()
            source.close()
        else:
            name = POSTGRES_NAME
            _run(
                ["pg_dump", "--format=custom", "--no-owner", "-f", str(folder / name)], _pg_env(db)
            )
        manifest = {
            "created": timezone.now().isoformat(),
            "engine": "sqlite" if _is_sqlite(db) else "postgresql",
            "database": name,
            "files": sorted(
                str(p.relative_to(files_root())) for p in files_root().rglob("*") if p.is_file()
            )
            if files_root().exists()
            else [],
        }
        (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
        target.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(target, "w:gz") as archive:
            archive.add(folder / "manifest.json", "manifest.json")
            archive.add(folder / name, name)
            if files_root().exists():
                archive.add(files_root(), "files")
    return manifest


def restore(source: Path) -> dict[str, Any]:
    """Put the database and the files back as the archive holds them."""
    db = _database()
    with tempfile.TemporaryDirectory(prefix="jixiao-restore-") as tmp:
        folder = Path(tmp)
        try:
            with tarfile.open(source, "r:gz") as archive:
                archive.extractall(folder, filter="data")
            manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text())
        except (OSError, tarfile.TarError, ValueError, KeyError) as error:
            raise BackupFailed(f"{source.name} 不是有效的备份文件（{error}）") from None
        engine = "sqlite" if _is_sqlite(db) else "postgresql"
        if manifest.get("engine") != engine:
            raise BackupFailed(f"备份来自 {manifest.get('engine')}，当前数据库是 {engine}")
        connections.close_all()
        if engine == "sqlite":
            backup_db = sqlite3.connect(str(folder / SQLITE_NAME))
            live = sqlite3.connect(str(db["NAME"]))
            with live:
                backup_db.backup(live)
            live.close()
            backup_db.close()
        else:
            _run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    "-d",
                    str(db["NAME"]),
                    str(folder / POSTGRES_NAME),
                ],
                _pg_env(db),
            )
        if files_root().exists():
            shutil.rmtree(files_root())
        if (folder / "files").exists():
            shutil.copytree(folder / "files", files_root())
    forget_pages_outside_the_database()
    return manifest
