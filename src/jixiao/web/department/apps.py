from django.apps import AppConfig


class DepartmentConfig(AppConfig):
    name = "jixiao.web.department"
    label = "department_evaluation"
    verbose_name = "部门整体自评"
    default_auto_field = "django.db.models.BigAutoField"
