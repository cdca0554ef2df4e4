from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "jixiao.web.plans"
    label = "plans"
    verbose_name = "绩效目标"
