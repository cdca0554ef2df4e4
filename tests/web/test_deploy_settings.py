"""Safe to deploy: no start without a key when DEBUG is off, `check --deploy` clean with the
documented settings, a Content-Security-Policy, login throttling and password rules."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client

from tests.web.conftest import PASSWORD, World

REPO = Path(__file__).resolve().parents[2]
JIXIAO_WEB = str(Path(sys.executable).parent / "jixiao-web")


def _documented_environment() -> dict[str, str]:
    """deploy/jixiao.env.example, the file docs/deploy.md tells a province to install."""
    values = {}
    for line in (REPO / "deploy" / "jixiao.env.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value
    return values


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("JIXIAO_", "DJANGO_"))}
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [JIXIAO_WEB, *args],
        env=clean | {"DJANGO_SETTINGS_MODULE": "jixiao.web.settings"} | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_without_a_key_it_refuses_to_start_and_a_key_file_is_made_once(tmp_path: Path) -> None:
    data = {"JIXIAO_DATA_DIR": str(tmp_path)}
    refused = _run(data, "check")
    assert refused.returncode != 0
    assert "未设置密钥：关闭调试模式时必须提供 JIXIAO_SECRET_KEY" in refused.stderr
    key_file = tmp_path / "secret_key"
    assert _run(data | {"JIXIAO_SECRET_KEY_FILE": str(key_file)}, "check").returncode == 0
    key = key_file.read_text()
    assert len(key.strip()) >= 50 and (key_file.stat().st_mode & 0o777) == 0o600
    assert _run(data | {"JIXIAO_SECRET_KEY_FILE": str(key_file)}, "check").returncode == 0
    assert key_file.read_text() == key, "the key is kept, not made anew"
    assert _run(data | {"JIXIAO_DEBUG": "1"}, "check").returncode == 0


def test_check_deploy_is_clean_with_the_documented_settings(tmp_path: Path) -> None:
    env = _documented_environment()
    (tmp_path / "secret_key").write_text("")  # made by the first start
    (tmp_path / "secret_key").unlink()
    env |= {
        "JIXIAO_SECRET_KEY_FILE": str(tmp_path / "secret_key"),
        "JIXIAO_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'check.sqlite3'}",
    }
    result = _run(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    # and without the switches, check --deploy says what is missing
    bare = _run(
        {"JIXIAO_SECRET_KEY_FILE": env["JIXIAO_SECRET_KEY_FILE"], "JIXIAO_DATA_DIR": str(tmp_path)},
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert bare.returncode != 0 and "SECURE_HSTS_SECONDS" in bare.stderr + bare.stdout


@pytest.mark.django_db
def test_pages_carry_a_content_security_policy(world: World) -> None:
    response = world.client("editor").get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy
    assert "unsafe-inline" not in policy.split("style-src-attr")[0]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_repeated_failed_sign_ins_lock_the_account_and_are_logged(
    world: World, caplog: Any
) -> None:
    client = Client()
    with caplog.at_level(logging.WARNING, logger="axes"):
        for attempt in range(1, 6):
            failed = client.post(
                "/accounts/login/", {"username": "editor", "password": "wrong-password"}
            )
            # the form again with its error; the fifth failure locks
            assert failed.status_code == (429 if attempt == 5 else 200)
    assert any("editor" in r.getMessage() for r in caplog.records)
    locked = client.post("/accounts/login/", {"username": "editor", "password": PASSWORD})
    assert locked.status_code == 429
    assert "登录已暂停" in locked.content.decode()
    from axes.models import AccessAttempt

    assert AccessAttempt.objects.get(username="editor").failures_since_start >= 5
    # another account from the same address still signs in
    other = Client().post("/accounts/login/", {"username": "reviewer", "password": PASSWORD})
    assert other.status_code == 302


@pytest.mark.parametrize("password", ["12345678901", "password123", "editor2025", "short"])
@pytest.mark.django_db
def test_weak_passwords_are_refused(world: World, password: str) -> None:
    with pytest.raises(ValidationError):
        validate_password(password, world.users["editor"])
    validate_password("绩效-管理-2025-春", world.users["editor"])
