"""The SECRET_KEY: from the environment, or from a file (made with a random key the first
time, for the demo), never a built-in one when DEBUG is off."""

from __future__ import annotations

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key

DEVELOPMENT_KEY = "jixiao-development-key-only-with-JIXIAO_DEBUG=1"


def secret_key(debug: bool) -> str:
    key = os.environ.get("JIXIAO_SECRET_KEY", "").strip()
    if key:
        return key
    file = os.environ.get("JIXIAO_SECRET_KEY_FILE", "").strip()
    if file:
        path = Path(file)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w", encoding="ascii") as out:
                out.write(get_random_secret_key() + "\n")
        return path.read_text(encoding="ascii").strip()
    if debug:
        return DEVELOPMENT_KEY
    raise ImproperlyConfigured(
        "未设置密钥：关闭调试模式时必须提供 JIXIAO_SECRET_KEY 或 JIXIAO_SECRET_KEY_FILE"
        "（见 docs/deploy.md）"
    )
