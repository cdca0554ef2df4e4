"""URL map: pages, the public site, the API (/api/, docs at /api/docs) and Django admin."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path, re_path

from jixiao.web.api.errors import unknown_api_route
from jixiao.web.api.site import api
from jixiao.web.pages.views import (
    about,
    audit,
    batch,
    dashboard,
    department,
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

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("about/", about.about, name="about"),
    # 满意度调查
    path("plans/<int:plan_id>/surveys/", surveys.plan_surveys, name="plan_surveys"),
    path("surveys/<int:survey_id>/", surveys.survey_page, name="survey"),
    path("surveys/<int:survey_id>/action/", surveys.survey_action, name="survey_action"),
    path(
        "surveys/<int:survey_id>/download/<str:what>",
        surveys.survey_download,
        name="survey_download",
    ),
    path("s/<str:token>/", surveys.public_survey, name="survey_public"),
    # 整改
    path("rectification/", rectification.rectification_board, name="rectification_board"),
    path(
        "rectification/<int:record_id>/",
        rectification.rectification_item,
        name="rectification_item",
    ),
    path(
        "rectification/<int:record_id>/files/<int:file_id>",
        rectification.rectification_file,
        name="rectification_file",
    ),
    path(
        "rectification/ledger.<str:fmt>",
        rectification.rectification_ledger,
        name="rectification_ledger",
    ),
    path(
        "plans/<int:plan_id>/rectification/",
        rectification.plan_rectification,
        name="plan_rectification",
    ),
    path(
        "plans/<int:plan_id>/rectification/mark/",
        rectification.plan_rectification_mark,
        name="plan_rectification_mark",
    ),
    # 事前绩效评估
    path("exante/", exante.exante_list, name="exante_list"),
    path("exante/new/", exante.exante_new, name="exante_new"),
    path("exante/<int:proposal_id>/", exante.exante_proposal, name="exante_proposal"),
    path("exante/<int:proposal_id>/action/", exante.exante_action, name="exante_action"),
    path("exante/<int:proposal_id>/sheet/", exante.exante_sheet, name="exante_sheet"),
    path(
        "exante/<int:proposal_id>/download/<str:fmt>",
        exante.exante_download,
        name="exante_download",
    ),
    # 部门整体自评
    path("plans/<int:plan_id>/department/", department.plan_department, name="plan_department"),
    path(
        "plans/<int:plan_id>/department/start/",
        department.plan_department_start,
        name="plan_department_start",
    ),
    path(
        "department/<int:evaluation_id>/action/",
        department.department_action,
        name="department_action",
    ),
    path(
        "department/<int:evaluation_id>/judge/",
        department.department_judge,
        name="department_judge",
    ),
    path(
        "department/<int:evaluation_id>/upload/",
        department.department_upload,
        name="department_upload",
    ),
    path(
        "department/<int:evaluation_id>/download/<str:fmt>",
        department.department_download,
        name="department_download",
    ),
    path(
        "department/<int:evaluation_id>/report/<str:fmt>",
        department.department_report_download,
        name="department_report",
    ),
    path(
        "monitoring/<int:round_id>/department/",
        department.monitoring_department,
        name="monitoring_department",
    ),
    path("plans/<int:plan_id>/", plan.plan_page, name="plan"),
    path("plans/<int:plan_id>/goals/", plan.save_goals, name="plan_goals"),
    path("plans/<int:plan_id>/action/", plan.workflow_action, name="plan_action"),
    path("plans/<int:plan_id>/comments/", plan.add_comment, name="plan_comment"),
    path("plans/<int:plan_id>/projects/new/", plan.new_project, name="plan_new_project"),
    path("plans/<int:plan_id>/versions/", versions.version_compare, name="plan_versions"),
    path(
        "plans/<int:plan_id>/versions/<int:number>/restore/",
        versions.version_restore,
        name="plan_version_restore",
    ),
    path("plans/<int:plan_id>/download/<str:fmt>", plan_files.plan_download, name="plan_download"),
    path("projects/<int:project_id>/", project.project_page, name="project"),
    # 绩效运行监控
    path("monitoring/", results.monitoring_overview, name="monitoring_overview"),
    path("plans/<int:plan_id>/monitoring/", monitoring.plan_monitoring, name="plan_monitoring"),
    path(
        "plans/<int:plan_id>/monitoring/new/",
        monitoring.open_monitoring,
        name="plan_monitoring_open",
    ),
    path("monitoring/<int:round_id>/", monitoring.round_page, name="monitoring_round"),
    path("monitoring/<int:round_id>/action/", monitoring.round_action, name="monitoring_action"),
    path("monitoring/<int:round_id>/upload/", monitoring.round_upload, name="monitoring_upload"),
    path(
        "monitoring/<int:round_id>/download/<str:fmt>",
        monitoring.round_download,
        name="monitoring_download",
    ),
    path("monitoring/entries/<int:entry_id>/", monitoring.progress_page, name="monitoring_entry"),
    # 绩效自评与结果应用
    path("evaluation/", results.evaluation_overview, name="evaluation_overview"),
    path("plans/<int:plan_id>/evaluation/", evaluation.plan_evaluation, name="plan_evaluation"),
    path(
        "plans/<int:plan_id>/evaluation/start/",
        evaluation.start_evaluation,
        name="plan_evaluation_start",
    ),
    path(
        "evaluation/<int:evaluation_id>/action/",
        evaluation.evaluation_action,
        name="evaluation_action",
    ),
    path(
        "evaluation/<int:evaluation_id>/upload/",
        evaluation.evaluation_upload,
        name="evaluation_upload",
    ),
    path(
        "evaluation/<int:evaluation_id>/download/<str:fmt>",
        evaluation.evaluation_download,
        name="evaluation_download",
    ),
    path(
        "evaluation/<int:evaluation_id>/carry-over/",
        evaluation.evaluation_carry_over,
        name="evaluation_carry_over",
    ),
    path(
        "evaluation/entries/<int:entry_id>/",
        evaluation.evaluation_entry,
        name="evaluation_entry",
    ),
    path("import/", imports.upload, name="import"),
    path("import/<int:batch_id>/", imports.preview, name="import_preview"),
    path("import/<int:batch_id>/decide/", imports.decide, name="import_decide"),
    path("import/<int:batch_id>/kind/", imports.correct_kind, name="import_kind"),
    path("imported/", documents.document_list, name="imported_documents"),
    path("imported/<int:document_id>/", documents.document_page, name="imported_document"),
    path("audit/", audit.audit_log, name="audit"),
    path("public/", public.index, name="public"),
    path("public/plans/<int:plan_id>/", public.plan_page, name="public_plan"),
    path(
        "public/plans/<int:plan_id>/download/<str:fmt>",
        public.plan_download,
        name="public_download",
    ),
    # 任务下发与催报, 站内消息
    path("tasks/", tasks.task_list, name="tasks"),
    path("tasks/new/", tasks.task_new, name="task_new"),
    path("tasks/<int:task_id>/", tasks.task_board, name="task"),
    path("tasks/<int:task_id>/remind/", tasks.task_remind, name="task_remind"),
    path("tasks/<int:task_id>/deadline/", tasks.task_deadline, name="task_deadline"),
    path("messages/", tasks.message_list, name="messages"),
    path("messages/<int:message_id>/read/", tasks.message_read, name="message_read"),
    path("messages/read/", tasks.messages_read_all, name="messages_read_all"),
    # 清单 (filter, sort, page, 合计, 导出Excel) and 批量通过/退回
    path("lists/plans/", lists.plans_list, name="list_plans"),
    path("lists/plans/<int:plan_id>/projects/", lists.projects_list, name="list_projects"),
    path("lists/monitoring/", lists.rounds_list, name="list_rounds"),
    path("lists/evaluation/", lists.evaluations_list, name="list_evaluations"),
    path("lists/off-track/", lists.off_track_list, name="list_off_track"),
    path("lists/budget/", lists.budget_list, name="list_budget"),
    path("lists/<str:kind>/batch/", batch.batch_confirm, name="batch_confirm"),
    path("lists/<str:kind>/batch/apply/", batch.batch_apply, name="batch_apply"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # 后台任务
    path("jobs/", jobs.job_list, name="jobs"),
    path("jobs/<int:job_id>/", jobs.job_page, name="job"),
    path("jobs/<int:job_id>/status", jobs.job_status, name="job_status"),
    path("jobs/<int:job_id>/cancel/", jobs.job_cancel, name="job_cancel"),
    path("jobs/<int:job_id>/download/", jobs.job_download, name="job_download"),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    re_path(r"^api/(?P<rest>.*)$", unknown_api_route),  # JSON 404, not the HTML page
]
