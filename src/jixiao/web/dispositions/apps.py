from django.apps import AppConfig


class DispositionsConfig(AppConfig):
    name = "jixiao.web.dispositions"
    label = "dispositions"
    verbose_name = "审核发现处理"
