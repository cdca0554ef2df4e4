"""Render a :class:`Form` as HTML, and a run of forms as one printable page and PDF.

:func:`form_html` gives the ``<table>`` (for the web pages); :func:`forms_page` puts
forms on A4 pages — one form per page, landscape when the form is, labels shaded,
"第 N 页" in the foot, the plan publication's CJK fonts — and :func:`forms_pdf` prints
that page with WeasyPrint. A table row is never split across pages, nor are rows that
a merged cell (``down`` > 1) holds together.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from html import escape

from jixiao.exporters.html_page import FONT_STACK, cell_html, colgroup
from jixiao.forms.grid import Form, FormCell

_CSS = """
@page { size: A4; margin: 15mm 12mm 16mm 12mm;
  @bottom-center { content: "第 " counter(page) " 页"; font-size: 9pt; } }
@page wide { size: A4 landscape; }
html { font-family: FONTS; font-size: 9pt; line-height: 1.35; color: #000; }
body { margin: 0; }
section.form + section.form { break-before: page; }
section.wide { page: wide; }
h1 { font-size: 16pt; font-weight: bold; text-align: center; margin: 0 0 4pt; }
p.unit { text-align: right; margin: 0 0 3pt; }
table.jixiao-form { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.jixiao-form caption { font-weight: bold; margin-bottom: 3pt; }
.jixiao-form th, .jixiao-form td { border: 0.6pt solid #000; padding: 2pt 3pt;
  vertical-align: middle; overflow-wrap: anywhere; }
.jixiao-form tr { height: 17pt; }  /* a row of its own, even when merged cells cover it */
.jixiao-form th { font-weight: bold; background: #f2f2f2; text-align: center; }
.jixiao-form td.num { text-align: right; }
.jixiao-form td.center { text-align: center; }
.jixiao-form tr, .jixiao-form tbody { break-inside: avoid; }
""".replace("FONTS", FONT_STACK)


def stylesheet() -> str:
    """The forms' CSS, for a page that embeds :func:`form_html` tables."""
    return _CSS


def _cell(item: FormCell) -> str:
    tag = "th" if item.label else "td"
    spans = (f' colspan="{item.span}"' if item.span > 1 else "") + (
        f' rowspan="{item.down}"' if item.down > 1 else ""
    )
    klass = ""
    if not item.label and isinstance(item.value, Decimal):
        klass = ' class="num"'
    elif not item.label and item.center:
        klass = ' class="center"'
    return f"<{tag}{spans}{klass}>{cell_html(item.text)}</{tag}>"


def _groups(form: Form) -> Iterator[range]:
    """Runs of rows that merged cells hold together: each becomes a ``<tbody>``."""
    ends = list(range(len(form.rows)))  # the last row each row is tied to
    for r, _, item in form.placed():
        ends[r] = max(ends[r], r + item.down - 1)
    start = 0
    while start < len(ends):
        end = ends[start]
        row = start
        while row < end:
            row += 1
            end = max(end, ends[row])
        yield range(start, end + 1)
        start = end + 1


def form_html(form: Form, *, caption: bool = True) -> str:
    """The form as an HTML ``<table class="jixiao-form">``, its title as the caption."""
    rows: list[list[str]] = [[] for _ in form.rows]
    for r, _, item in form.placed():
        rows[r].append(_cell(item))
    total = sum(form.widths)
    parts = ['<table class="jixiao-form">']
    if caption:
        parts.append(f"<caption>{escape(f'{form.title}{form.subtitle}')}</caption>")
    parts.append(colgroup(100 * w / total for w in form.widths))
    for group in _groups(form):
        parts.append("<tbody>")
        parts.extend(f"<tr>{''.join(rows[r])}</tr>" for r in group)
        parts.append("</tbody>")
    parts.append("</table>")
    return "\n".join(parts) + "\n"


def _section(form: Form) -> str:
    klass = "form wide" if form.landscape else "form"
    return (
        f'<section class="{klass}">\n<h1>{escape(form.title)}</h1>\n'
        f'<p class="unit">{escape(form.subtitle)}</p>\n{form_html(form, caption=False)}'
        "</section>"
    )


def forms_page(forms: Sequence[Form], title: str) -> str:
    """The forms as one self-contained HTML page, a form per printed page."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        *(_section(form) for form in forms),
        "</body></html>",
    ]
    return "\n".join(parts)


def forms_pdf(forms: Sequence[Form], title: str) -> bytes:
    """The forms printed as PDF (WeasyPrint, as the plan publication)."""
    from jixiao.exporters.pdf_writer import html_pdf

    return html_pdf(forms_page(forms, title))
