"""Write a :class:`DepartmentPlan` as PDF: the HTML page printed by WeasyPrint.

The page (:mod:`jixiao.exporters.html_page`) carries the print rules: A4 pages
numbered "第 N 页" (none on the cover), the 目录 with page numbers, table rows
that never break across pages, the indicator grid's header repeated on every
page it runs onto, and landscape pages for wide disclosure tables. Chinese text
is set in the CJK fonts jixiao brings (:mod:`jixiao.exporters.fonts`), so no
system font is needed; WeasyPrint needs Pango (Debian: libpango-1.0-0,
libpangoft2-1.0-0).
"""

from __future__ import annotations

from pathlib import Path

from jixiao.exporters.fonts import font_face_css
from jixiao.exporters.html_page import plan_html
from jixiao.model.plan import DepartmentPlan


def html_pdf(page: str) -> bytes:
    """A self-contained HTML page printed as PDF bytes (its CSS sets pages and fonts)."""
    from weasyprint import CSS, HTML  # imported here: loading Pango takes a moment
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    bundled = CSS(string=font_face_css(), font_config=fonts)
    pdf: bytes = HTML(string=page).write_pdf(stylesheets=[bundled], font_config=fonts)
    return pdf


def plan_pdf(plan: DepartmentPlan) -> bytes:
    """The plan as PDF bytes."""
    return html_pdf(plan_html(plan))


def write_plan_pdf(plan: DepartmentPlan, path: Path) -> None:
    """Write ``plan`` to ``path`` as a PDF."""
    path.write_bytes(plan_pdf(plan))
