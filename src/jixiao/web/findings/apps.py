from django.apps import AppConfig


class FindingsConfig(AppConfig):
    name = "jixiao.web.findings"
    label = "findings"
    verbose_name = "审核发现（存储）"
