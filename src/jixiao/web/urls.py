"""URL map: pages, the public site, the API (/api/, docs at /api/docs) and Django admin."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.http import HttpResponseBase
from django.urls import path, re_path

from jixiao.web.api.errors import unknown_api_route
from jixiao.web.api.site import api
from jixiao.web.pages.views import (
    about,
    audit,
    batch,
    dashboard,
    department,
    dispositions,
    documents,
    evaluation,
    exante,
    imports,
    jobs,
    lists,
    monitoring,
    plan,
    plan_files,
    project,
    public,
    rectification,
    results,
    surveys,
    versions,
)
from jixiao.web.tasks import views as tasks

#: Every page: (route, view, URL name), one a row, in the order Django tries them.
PAGES: list[tuple[str, Callable[..., HttpResponseBase], str]] = [
    ("", dashboard.dashboard, "dashboard"),
    ("about/", about.about, "about"),
    # 满意度调查
    ("plans/<int:plan_id>/surveys/", surveys.plan_surveys, "plan_surveys"),
    ("surveys/<int:survey_id>/", surveys.survey_page, "survey"),
    ("surveys/<int:survey_id>/action/", surveys.survey_action, "survey_action"),
    ("surveys/<int:survey_id>/download/<str:what>", surveys.survey_download, "survey_download"),
    ("s/<str:token>/", surveys.public_survey, "survey_public"),
    # 整改
    ("rectification/", rectification.rectification_board, "rectification_board"),
    ("rectification/<int:record_id>/", rectification.rectification_item, "rectification_item"),
    (
        "rectification/<int:record_id>/files/<int:file_id>",
        rectification.rectification_file,
        "rectification_file",
    ),
    ("rectification/ledger.<str:fmt>", rectification.rectification_ledger, "rectification_ledger"),
    ("plans/<int:plan_id>/rectification/", rectification.plan_rectification, "plan_rectification"),
    (
        "plans/<int:plan_id>/rectification/mark/",
        rectification.plan_rectification_mark,
        "plan_rectification_mark",
    ),
    # 事前绩效评估
    ("exante/", exante.exante_list, "exante_list"),
    ("exante/new/", exante.exante_new, "exante_new"),
    ("exante/<int:proposal_id>/", exante.exante_proposal, "exante_proposal"),
    ("exante/<int:proposal_id>/action/", exante.exante_action, "exante_action"),
    ("exante/<int:proposal_id>/sheet/", exante.exante_sheet, "exante_sheet"),
    ("exante/<int:proposal_id>/download/<str:fmt>", exante.exante_download, "exante_download"),
    # 部门整体自评
    ("plans/<int:plan_id>/department/", department.plan_department, "plan_department"),
    (
        "plans/<int:plan_id>/department/start/",
        department.plan_department_start,
        "plan_department_start",
    ),
    ("department/<int:evaluation_id>/action/", department.department_action, "department_action"),
    ("department/<int:evaluation_id>/judge/", department.department_judge, "department_judge"),
    ("department/<int:evaluation_id>/upload/", department.department_upload, "department_upload"),
    (
        "department/<int:evaluation_id>/download/<str:fmt>",
        department.department_download,
        "department_download",
    ),
    (
        "department/<int:evaluation_id>/report/<str:fmt>",
        department.department_report_download,
        "department_report",
    ),
    (
        "monitoring/<int:round_id>/department/",
        department.monitoring_department,
        "monitoring_department",
    ),
    ("plans/<int:plan_id>/", plan.plan_page, "plan"),
    ("plans/<int:plan_id>/goals/", plan.save_goals, "plan_goals"),
    ("plans/<int:plan_id>/action/", plan.workflow_action, "plan_action"),
    ("plans/<int:plan_id>/comments/", plan.add_comment, "plan_comment"),
    ("plans/<int:plan_id>/projects/new/", plan.new_project, "plan_new_project"),
    ("plans/<int:plan_id>/versions/", versions.version_compare, "plan_versions"),
    (
        "plans/<int:plan_id>/versions/<int:number>/restore/",
        versions.version_restore,
        "plan_version_restore",
    ),
    ("plans/<int:plan_id>/download/<str:fmt>", plan_files.plan_download, "plan_download"),
    ("projects/<int:project_id>/", project.project_page, "project"),
    # 绩效运行监控
    ("monitoring/", results.monitoring_overview, "monitoring_overview"),
    ("plans/<int:plan_id>/monitoring/", monitoring.plan_monitoring, "plan_monitoring"),
    ("plans/<int:plan_id>/monitoring/new/", monitoring.open_monitoring, "plan_monitoring_open"),
    ("monitoring/<int:round_id>/", monitoring.round_page, "monitoring_round"),
    ("monitoring/<int:round_id>/action/", monitoring.round_action, "monitoring_action"),
    ("monitoring/<int:round_id>/upload/", monitoring.round_upload, "monitoring_upload"),
    (
        "monitoring/<int:round_id>/download/<str:fmt>",
        monitoring.round_download,
        "monitoring_download",
    ),
    ("monitoring/entries/<int:entry_id>/", monitoring.progress_page, "monitoring_entry"),
    # 绩效自评与结果应用
    ("evaluation/", results.evaluation_overview, "evaluation_overview"),
    ("plans/<int:plan_id>/evaluation/", evaluation.plan_evaluation, "plan_evaluation"),
    ("plans/<int:plan_id>/evaluation/start/", evaluation.start_evaluation, "plan_evaluation_start"),
    ("evaluation/<int:evaluation_id>/action/", evaluation.evaluation_action, "evaluation_action"),
    ("evaluation/<int:evaluation_id>/upload/", evaluation.evaluation_upload, "evaluation_upload"),
    (
        "evaluation/<int:evaluation_id>/download/<str:fmt>",
        evaluation.evaluation_download,
        "evaluation_download",
    ),
    (
        "evaluation/<int:evaluation_id>/carry-over/",
        evaluation.evaluation_carry_over,
        "evaluation_carry_over",
    ),
    ("evaluation/entries/<int:entry_id>/", evaluation.evaluation_entry, "evaluation_entry"),
    ("import/", imports.upload, "import"),
    ("import/<int:batch_id>/", imports.preview, "import_preview"),
    ("import/<int:batch_id>/decide/", imports.decide, "import_decide"),
    ("import/<int:batch_id>/kind/", imports.correct_kind, "import_kind"),
    ("imported/", documents.document_list, "imported_documents"),
    ("imported/<int:document_id>/", documents.document_page, "imported_document"),
    ("audit/", audit.audit_log, "audit"),
    ("public/", public.index, "public"),
    ("public/open-data.zip", public.open_data, "public_open_data"),
    ("public/plans/<int:plan_id>/", public.plan_page, "public_plan"),
    ("public/plans/<int:plan_id>/download/<str:fmt>", public.plan_download, "public_download"),
    # 任务下发与催报, 站内消息
    ("tasks/", tasks.task_list, "tasks"),
    ("tasks/new/", tasks.task_new, "task_new"),
    ("tasks/<int:task_id>/", tasks.task_board, "task"),
    ("tasks/<int:task_id>/remind/", tasks.task_remind, "task_remind"),
    ("tasks/<int:task_id>/deadline/", tasks.task_deadline, "task_deadline"),
    ("messages/", tasks.message_list, "messages"),
    ("messages/<int:message_id>/read/", tasks.message_read, "message_read"),
    ("messages/read/", tasks.messages_read_all, "messages_read_all"),
    # 清单 (filter, sort, page, 合计, 导出Excel) and 批量通过/退回
    ("lists/plans/", lists.plans_list, "list_plans"),
    ("lists/plans/<int:plan_id>/projects/", lists.projects_list, "list_projects"),
    ("lists/monitoring/", lists.rounds_list, "list_rounds"),
    ("lists/evaluation/", lists.evaluations_list, "list_evaluations"),
    ("lists/off-track/", lists.off_track_list, "list_off_track"),
    ("lists/budget/", lists.budget_list, "list_budget"),
    ("lists/<str:kind>/batch/", batch.batch_confirm, "batch_confirm"),
    ("lists/<str:kind>/batch/apply/", batch.batch_apply, "batch_apply"),
    ("accounts/login/", auth_views.LoginView.as_view(), "login"),
    ("accounts/logout/", auth_views.LogoutView.as_view(), "logout"),
    # 后台任务
    ("jobs/", jobs.job_list, "jobs"),
    ("jobs/<int:job_id>/", jobs.job_page, "job"),
    ("jobs/<int:job_id>/status", jobs.job_status, "job_status"),
    ("jobs/<int:job_id>/cancel/", jobs.job_cancel, "job_cancel"),
    ("jobs/<int:job_id>/download/", jobs.job_download, "job_download"),
    # 审核发现处理 (待处理 / 已修改 / 不予采纳 / 已核实)
    ("plans/<int:plan_id>/findings/", dispositions.plan_findings, "plan_findings"),
    ("plans/<int:plan_id>/findings/mark/", dispositions.plan_findings_mark, "plan_findings_mark"),
]

urlpatterns = [
    *(path(route, view, name=name) for route, view, name in PAGES),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    re_path(r"^api/(?P<rest>.*)$", unknown_api_route),  # JSON 404, not the HTML page
]
