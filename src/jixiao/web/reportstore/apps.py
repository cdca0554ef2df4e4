from django.apps import AppConfig


class ReportStoreConfig(AppConfig):
    name = "jixiao.web.reportstore"
    label = "reportstore"
    verbose_name = "监控与自评结果（存储）"
