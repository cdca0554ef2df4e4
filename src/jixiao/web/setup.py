"""Start Django outside a web server (the CLI's ``--db`` options), migrating if needed."""

from __future__ import annotations

import os
from pathlib import Path


def configure(migrate: bool = True) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jixiao.web.settings")
    if not os.environ.get("JIXIAO_SECRET_KEY"):
        # The command line signs nothing, but Django wants a key: the data folder's own
        # (made once, like the demo's), unless one is given.
        data = Path(os.environ.get("JIXIAO_DATA_DIR", Path.cwd() / "var"))
        os.environ.setdefault("JIXIAO_SECRET_KEY_FILE", str(data / "secret_key"))
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
