"""Administrators manage the organisation tree, people's roles and API tokens here."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User

from jixiao.web.orgs.models import Department, Membership, Region, Unit
from jixiao.web.orgs.tokens import ApiToken

# the header of every 系统管理 page ("Django 站点管理员" said nothing of what the site is)
admin.site.site_header = admin.site.site_title = "jixiao 系统管理"
admin.site.index_title = "区划、部门和单位、用户和人员角色"


class UnitInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Unit
    extra = 0


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "bureau")


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "code", "region")
    list_filter = ("region",)
    search_fields = ("name", "code")
    inlines = [UnitInline]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Searched by the person form's 单位 box: 200 departments' units are no list to scroll."""

    list_display = ("code", "name", "department")
    search_fields = ("code", "name", "department__name")
    list_select_related = ("department",)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "role", "region", "department", "unit")
    list_filter = ("role", "region")
    list_select_related = ("user", "region", "department", "unit")
    search_fields = (
        "user__username",
        "user__first_name",
        "department__name",
        "unit__name",
        "unit__code",
    )
    # typed to search, not a select of every user, department and unit of the province
    autocomplete_fields = ("user", "department", "unit")


class MembershipInline(admin.StackedInline):  # type: ignore[type-arg]
    """The person's role on the user's own page: a new account was saved without one (and
    could do nothing) until a second form, 人员角色, was filled in elsewhere."""

    model = Membership
    autocomplete_fields = ("department", "unit")
    extra = max_num = 1  # one role a person; left blank, none is saved


admin.site.unregister(User)


@admin.register(User)
class PersonAdmin(UserAdmin):  # type: ignore[type-arg]
    """用户: each with the role and place, filtered by them — 200 units' accounts are found."""

    inlines = [MembershipInline]
    list_display = ("username", "first_name", "role", "place", "email", "is_active")
    list_filter = ("membership__role", "membership__region", "is_active", "is_staff")
    list_select_related = ("membership__region", "membership__department", "membership__unit")
    search_fields = (
        "username",
        "first_name",
        "email",
        "membership__department__name",
        "membership__unit__name",
    )

    @admin.display(description="角色", ordering="membership__role")
    def role(self, user: User) -> str:
        member = getattr(user, "membership", None)
        return member.role_enum.label if member else "（未设角色）"

    @admin.display(description="所属")
    def place(self, user: User) -> str:
        member = getattr(user, "membership", None)
        return member.place() if member else ""


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "label", "created_at")
    readonly_fields = ("key",)

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        if not obj.key:
            obj.key = ApiToken.new_key()
        super().save_model(request, obj, form, change)
