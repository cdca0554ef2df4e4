"""Start Django outside a web server (the CLI's ``--db`` options), migrating if needed."""

from __future__ import annotations

import os


def configure(migrate: bool = True) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jixiao.web.settings")
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
