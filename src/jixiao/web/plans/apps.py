from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "jixiao.web.plans"
    label = "plans"
    verbose_name = "绩效目标"

    def ready(self) -> None:
        from jixiao.web.plans import public_cleanup  # noqa: F401  (connects its receiver)
