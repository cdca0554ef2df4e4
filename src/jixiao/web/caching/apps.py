from typing import Any

from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "jixiao.web.caching"
    label = "caching"
    verbose_name = "页面缓存"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        post_migrate.connect(_cache_table, sender=self, dispatch_uid="jixiao-cache-table")


def _cache_table(using: str = "default", **_: Any) -> None:
    """The database cache's table, made by ``migrate`` (``createcachetable`` is idempotent):
    a deployment needs no extra step, and neither do the tests."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)
