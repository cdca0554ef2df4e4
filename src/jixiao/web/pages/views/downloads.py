"""下载: a plan in every published format (the core's exporters) and the review report."""

from __future__ import annotations

import base64
import hashlib
import re
from typing import TYPE_CHECKING

from django.http import HttpResponse

from jixiao.exporters.formats import export_bytes, formats, get_format
from jixiao.model import DepartmentPlan
from jixiao.review_report.review_html import REVIEW_HTML_HEAD, REVIEW_HTML_TAIL
from jixiao.web.dispositions.handling import disposition_line
from jixiao.web.findings.reading import stored
from jixiao.web.findings.review_pages import ReviewPage, review_page
from jixiao.web.pages.filenames import as_download

DOWNLOADS = [(f.name, f.short_name, f.title) for f in formats().values()]
"""(format, link text, description) for the download links, in display order."""

if TYPE_CHECKING:
    from jixiao.web.plans.models import PlanRecord


def file_name(plan: PlanRecord, fmt: str) -> str:
    suffix = get_format(fmt).download_suffix
    return f"{plan.department.name}{plan.year}年部门预算绩效文本{suffix}"


def download(plan: PlanRecord, plan_model: DepartmentPlan, fmt: str) -> HttpResponse:
    """The plan as a file (for its department and the bureau; the public's copy, without
    file names, warnings or sources, is :mod:`jixiao.web.plans.public_files`')."""
    return file_download(plan, fmt, export_bytes(plan_model, fmt))


def file_download(plan: PlanRecord, fmt: str, body: bytes) -> HttpResponse:
    """``body``, the plan in ``fmt``, as a download under the plan's file name."""
    response = HttpResponse(body, content_type=get_format(fmt).media_type)
    as_download(
        response, file_name(plan, fmt), f"plan-{plan.year}-{plan.pk}", inline=fmt in ("html", "pdf")
    )
    return own_styles_allowed(response)


STYLE_BLOCK = re.compile(rb"<style[^>]*>(.*?)</style>", re.DOTALL)


def own_styles_allowed(response: HttpResponse) -> HttpResponse:
    """A standalone HTML document (the 网页 export, the 审核报告) carries its stylesheet in a
    <style> block, which the site's Content-Security-Policy refuses: the browser showed it
    unstyled. Exactly those blocks are allowed, by their hash; scripts stay forbidden."""
    if not response.get("Content-Type", "").startswith("text/html"):
        return response
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(block).digest()).decode() + "'"
        for block in STYLE_BLOCK.findall(response.content)
    ]
    if hashes:
        response._csp_update = {"style-src": hashes}  # type: ignore[attr-defined]  # django-csp
    return response


RECOMPUTING_NOTE = (
    '<p style="background:#fdf6e3;padding:8px 12px" role="status">审核发现正在按最新的内容和'
    "审核规则重新计算：本报告是上次计算的结果，可能已过时；稍后刷新即可看到最新报告。</p>"
)


def review_report(plan: PlanRecord, page: str | None = None) -> HttpResponse:
    """The printable 审核报告 of the stored review (never reviewed inside the request), a
    page of projects at a time (``?page=N``)."""
    found = stored(plan)
    shown = review_page(found, page)
    if shown is None:
        return HttpResponse(f"<!doctype html><title>审核报告</title>{RECOMPUTING_NOTE}")
    pager = _pager(shown)
    note = RECOMPUTING_NOTE if found.recomputing else ""
    # outside the cached section: a status set a moment ago shows on the next view
    handled = disposition_line(found)
    return own_styles_allowed(
        HttpResponse(
            f"{REVIEW_HTML_HEAD}{note}{handled}{pager}{shown.html}{pager}{REVIEW_HTML_TAIL}"
        )
    )


def _pager(page: ReviewPage) -> str:
    """Links to the report's other pages (none for a plan that fits on one)."""
    if page.pages == 1:
        return ""
    links = " ".join(
        f"<b>{n}</b>" if n == page.number else f'<a href="?page={n}">{n}</a>'
        for n in range(1, page.pages + 1)
    )
    return (
        f'<nav class="pager" aria-label="报告分页"><p>第 {page.number} 页，共 {page.pages} 页'
        f"（每页 {page.per_page} 个项目）：{links}</p></nav>"
    )
