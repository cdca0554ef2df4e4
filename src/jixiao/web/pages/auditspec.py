"""The declaration of the 审计日志 list: who did what when, and each project edit's changes
worded as 版本对比 words them. The other lists are declared in :mod:`.listspecs`."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from jixiao.web.audit.changes import described_changes
from jixiao.web.listing import Column, Filter, ListSpec
from jixiao.web.orgs.models import Department
from jixiao.web.pages.listspecs import departments_filter


def _before_after(entry: Any) -> SafeString:
    if entry.before is None and entry.after is None:
        return SafeString("")
    changes = described_changes(entry)
    if changes is not None:
        # a project's edit: the changes, not two dumps of the whole project in English keys,
        # cut at 4,000 characters (the change was often past the cut)
        if not changes:
            return SafeString("内容没有变化")
        return format_html(
            '<ul class="audit-changes">{}</ul>',
            format_html_join("", "<li>{}</li>", ((c,) for c in changes)),
        )
    return format_html(
        '<details><summary>查看</summary><div class="beforeafter"><pre>{}</pre><pre>{}</pre>'
        "</div></details>",
        pretty_json(entry.before),
        pretty_json(entry.after),
    )


def pretty_json(value: object) -> str:
    if value is None:
        return ""
    text = json.dumps(value, ensure_ascii=False, indent=1, default=str)
    return text if len(text) < 4000 else text[:4000] + "\n…"


def audit_spec(
    departments: QuerySet[Department],
    actions: Callable[[], Sequence[str]],
    label: Callable[[str], str],
) -> ListSpec:
    return ListSpec(
        "audit",
        (
            Column("at", "时间", "datetime"),
            Column("user_name", "人员", sort="user__first_name"),
            Column("action", "操作", value=lambda e: label(e.action), sort="action"),
            Column(
                "object_label",
                "对象",
                link=lambda e: reverse("plan", args=[e.plan_id]) if e.plan_id else "",
            ),
            Column("department__name", "部门", sort="department__sort_key"),
            Column("summary", "摘要"),
            Column("changes", "修改前 / 修改后", sort="", value=lambda e: "", html=_before_after),
        ),
        filters=(
            departments_filter(departments),
            Filter("action", "操作", "action", lambda: [(a, label(a)) for a in actions()]),
            Filter("plan", "文本", "plan_id", lambda: [], integer=True),
        ),
        search=("summary", "object_label", "user__first_name", "user__username"),
        search_label="搜索摘要或人员",
        default_sort="-at",
        page_sizes=(50, 20, 100, 200),
    )
