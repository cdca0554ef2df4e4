"""The audit log is read-only, in the admin as on its page."""

from typing import Any

from django.contrib import admin

from jixiao.web.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("at", "user", "action", "object_label", "summary")
    list_filter = ("action", "department")
    search_fields = ("summary", "object_label", "user__username")

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False
