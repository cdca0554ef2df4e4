"""Plans in the admin: for support and corrections; editing belongs to the pages."""

from django.contrib import admin

from jixiao.web.plans.models import Comment, PlanRecord, PlanVersion


@admin.register(PlanRecord)
class PlanRecordAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("department", "year", "status", "grade", "errors", "updated_at")
    list_filter = ("status", "year", "grade")
    search_fields = ("department__name",)
    fields = ("department", "year", "status", "deadline")
    readonly_fields = ("department", "year", "status")


@admin.register(PlanVersion)
class PlanVersionAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("plan", "number", "action", "status", "created_by", "created_at")
    readonly_fields = ("plan", "number", "action", "status", "comment", "created_by")
    exclude = ("snapshot",)


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("plan", "project", "indicator_label", "text", "author", "created_at")
