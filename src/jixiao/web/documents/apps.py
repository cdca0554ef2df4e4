from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "jixiao.web.documents"
    label = "documents"
    verbose_name = "导入的文档"
    default_auto_field = "django.db.models.BigAutoField"
