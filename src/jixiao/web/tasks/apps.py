from django.apps import AppConfig


class TasksConfig(AppConfig):
    name = "jixiao.web.tasks"
    label = "tasks"
    verbose_name = "任务与消息"

    def ready(self) -> None:
        # workflow decisions become messages to the unit (退回 / 批复 / 审核通过)
        from jixiao.web.tasks import notices  # noqa: F401
