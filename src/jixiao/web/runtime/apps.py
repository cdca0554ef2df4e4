from django.apps import AppConfig


class RuntimeConfig(AppConfig):
    name = "jixiao.web.runtime"
    label = "runtime"
    verbose_name = "运行环境"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from jixiao.web.runtime.sqlite import tune_sqlite

        connection_created.connect(tune_sqlite, dispatch_uid="jixiao-sqlite-tuning")
