from django.apps import AppConfig


class BenchmarkingConfig(AppConfig):
    name = "jixiao.web.benchmarking"
    label = "benchmarking"
    verbose_name = "单位成本基准"
