"""The admin shows jobs in Chinese; the queue's own rows and django-axes' records (English
only) are left out of it: jobs are followed on /jobs/ and with ``jixiao-web jobs``, failed
sign-ins in the log and with ``jixiao-web axes_list_attempts`` / ``axes_reset_username``."""

from __future__ import annotations

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django_tasks_db.models import DBTaskResult

from jixiao.web.jobs.models import Job

for model in (DBTaskResult, AccessAttempt, AccessFailureLog, AccessLog):
    if admin.site.is_registered(model):
        admin.site.unregister(model)


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["pk", "kind", "title", "state", "done", "total", "created_by", "created_at"]
    list_filter = ["kind", "state"]
    readonly_fields = [f.name for f in Job._meta.fields]
