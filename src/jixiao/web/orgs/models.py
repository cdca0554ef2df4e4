"""Region (财政局) → Department (部门) → Unit (单位), and Membership (a person's role and place)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from jixiao.textnorm.natural import natural_text
from jixiao.workflow import Role
from jixiao.workflow.placement import placement_refusal


def person(user: Any) -> str:
    """How a person is named on the pages: the full name, else the user name."""
    if user is None:
        return "系统"
    return str(user.first_name or user.username)


def person_link(verbose_name: str | None = None, *, blank: bool = False) -> Any:
    """A record's link to the person who made or changed it: kept (emptied) when the
    account is deleted, and without a reverse accessor on the user."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=blank,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
    )


class Region(models.Model):
    """行政区划 and its 财政局: the finance bureau reviews the departments of its region."""

    name = models.CharField("区划名称", max_length=100, unique=True)
    bureau = models.CharField("财政局名称", max_length=100)

    class Meta:
        verbose_name = verbose_name_plural = "区划（财政局）"

    def __str__(self) -> str:
        return self.name


class Department(models.Model):
    """部门 (主管部门): owns one plan per budget year."""

    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="departments", verbose_name="区划"
    )
    name = models.CharField("部门名称", max_length=200)
    code = models.CharField("部门编码", max_length=20, blank=True)
    sort_key = models.TextField("排序键", editable=False, default="")
    """The name as the lists sort it (natural_text: 「样本3」 before 「样本28」, the same on
    every database); set from the name on each save."""

    class Meta:
        verbose_name = verbose_name_plural = "部门"
        unique_together = [("region", "name")]
        ordering = ["code", "sort_key"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.sort_key = natural_text(self.name)
        fields = kwargs.get("update_fields")
        if fields is not None and "name" in fields:
            kwargs["update_fields"] = {*fields, "sort_key"}
        super().save(*args, **kwargs)


class Unit(models.Model):
    """预算单位: the department's 本级 or a subordinate unit (e.g. 430001 …)."""

    department = models.ForeignKey(
        Department, on_delete=models.CASCADE, related_name="units", verbose_name="部门"
    )
    code = models.CharField("单位编码", max_length=20)
    name = models.CharField("单位名称", max_length=200)

    class Meta:
        verbose_name = verbose_name_plural = "单位"
        unique_together = [("department", "code")]
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


ROLE_CHOICES = [(role.value, role.label) for role in Role]


class Membership(models.Model):
    """一个人的角色与所属: which role, in which region / department / unit.

    A unit editor belongs to a department (and optionally one unit, then edits only that
    unit's projects); a department reviewer to a department; a bureau reviewer to a
    region; an administrator to a region.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership",
        verbose_name="用户",
    )
    role = models.CharField("角色", max_length=32, choices=ROLE_CHOICES)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="members", verbose_name="区划"
    )
    department = models.ForeignKey(
        Department,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
        verbose_name="部门",
    )
    unit = models.ForeignKey(
        Unit,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        verbose_name="单位",
    )

    class Meta:
        verbose_name = verbose_name_plural = "人员角色"

    def __str__(self) -> str:
        return f"{self.user} · {self.role_enum.label}"

    @property
    def role_enum(self) -> Role:
        return Role(self.role)

    def clean(self) -> None:
        """The admin's entry checked against the role (:func:`placement_refusal`)."""
        if self.role not in {role.value for role in Role}:
            return  # the field's own error says so
        department, unit = self.department, self.unit
        refusal = placement_refusal(
            Role(self.role),
            department=department.name if department else None,
            department_in_region=department is None
            or self.region_id is None
            or department.region_id == self.region_id,
            unit=unit.name if unit else None,
            unit_in_department=unit is None or unit.department_id == self.department_id,
        )
        if refusal:
            raise ValidationError(refusal)

    def place(self) -> str:
        """Where the person works, for the header: 单位 / 部门 / 财政局."""
        if self.unit is not None:
            return self.unit.name
        if self.department is not None:
            return self.department.name
        return self.region.bureau


from jixiao.web.orgs.tokens import ApiToken  # noqa: E402,F401  (registered with the app)
