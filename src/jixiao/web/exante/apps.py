from django.apps import AppConfig


class ExAnteConfig(AppConfig):
    name = "jixiao.web.exante"
    label = "exante"
    verbose_name = "事前绩效评估"
    default_auto_field = "django.db.models.BigAutoField"
