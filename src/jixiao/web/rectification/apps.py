from django.apps import AppConfig


class RectificationConfig(AppConfig):
    name = "jixiao.web.rectification"
    label = "rectification"
    verbose_name = "整改"
    default_auto_field = "django.db.models.BigAutoField"
