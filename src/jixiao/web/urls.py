"""URL map: pages, the public site, the API (/api/, docs at /api/docs) and Django admin."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from jixiao.web.api.site import api
from jixiao.web.pages.views import (
    audit,
    dashboard,
    imports,
    plan,
    plan_files,
    project,
    public,
    versions,
)

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("plans/<int:plan_id>/", plan.plan_page, name="plan"),
    path("plans/<int:plan_id>/goals/", plan.save_goals, name="plan_goals"),
    path("plans/<int:plan_id>/action/", plan.workflow_action, name="plan_action"),
    path("plans/<int:plan_id>/comments/", plan.add_comment, name="plan_comment"),
    path("plans/<int:plan_id>/projects/new/", plan.new_project, name="plan_new_project"),
    path("plans/<int:plan_id>/versions/", versions.version_compare, name="plan_versions"),
    path("plans/<int:plan_id>/download/<str:fmt>", plan_files.plan_download, name="plan_download"),
    path("projects/<int:project_id>/", project.project_page, name="project"),
    path("import/", imports.upload, name="import"),
    path("import/<int:batch_id>/", imports.preview, name="import_preview"),
    path("import/<int:batch_id>/decide/", imports.decide, name="import_decide"),
    path("audit/", audit.audit_log, name="audit"),
    path("public/", public.index, name="public"),
    path("public/plans/<int:plan_id>/", public.plan_page, name="public_plan"),
    path(
        "public/plans/<int:plan_id>/download/<str:fmt>",
        public.plan_download,
        name="public_download",
    ),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
]
