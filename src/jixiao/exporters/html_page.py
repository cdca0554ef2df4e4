"""The plan as one self-contained HTML page (网页公开), printable and readable back.

:func:`plan_html` gives the whole page — cover, 目录, department goals, every
project's 绩效目标表, the disclosure tables — with its stylesheet inline and no
external assets, so a web app can serve it as it is and a browser can print it.
:func:`project_html` gives one project's section, for embedding in another page
(with :func:`stylesheet`). The same page, printed by WeasyPrint, is the PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from jixiao.exporters.layout import TableRow, merged_runs
from jixiao.exporters.publication import (
    DataTable,
    GoalTable,
    Heading,
    Publication,
    Text,
    build_publication,
    is_amount,
    project_blocks,
)
from jixiao.model.plan import DepartmentPlan, Project

# The bundled font first (defined for the PDF by jixiao.exporters.fonts; a browser skips
# it), so a PDF looks the same on every machine.
FONT_STACK = (
    '"jixiao Noto Serif SC", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", '
    'SimSun, "宋体", "Noto Sans CJK SC", serif'
)
GRID_WIDTHS = (14, 13, 15, 14, 11, 16, 17)
"""Widths of the 7 grid columns of a 绩效目标表, in percent of the table."""

_CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @bottom-center { content: "第 " counter(page) " 页"; font-size: 9pt; } }
@page cover { @bottom-center { content: none; } }
@page wide { size: A4 landscape; margin: 18mm 15mm 18mm 15mm; }
html { font-family: FONTS; font-size: 10.5pt; line-height: 1.5; color: #000; }
body { margin: 0 auto; max-width: 190mm; padding: 0 4mm; }
h1, h2 { font-weight: bold; margin: 0.9em 0 0.5em; line-height: 1.4; break-after: avoid; }
h1 { font-size: 16pt; text-align: center; }
h2 { font-size: 13pt; }
h2.center { text-align: center; }
p { margin: 0 0 0.45em; text-align: left; }
p.body { text-indent: 2em; }
p.unit { text-align: right; margin: 0 0 0.2em; break-after: avoid; }
p.line { margin: 0 0 0.2em; break-after: avoid; }
p.note { font-size: 9pt; margin-top: 0.3em; }
.cover { page: cover; padding-top: 45mm; }
.cover p { text-align: center; }
.cover .department { font-size: 24pt; font-weight: bold; margin-bottom: 12mm; }
.cover .title { font-size: 20pt; font-weight: bold; }
.cover .fields { margin: 70mm auto 0; width: 120mm; text-align: left; font-size: 14pt; }
.cover .fields p { margin: 0 0 6mm; text-align: left; }
.toc { break-before: page; }
.toc h2 { text-align: center; font-size: 16pt; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0 0 0.35em; }
.toc li.level-2 { padding-left: 2em; }
.toc a { color: inherit; text-decoration: none; }
.part { break-before: page; }
.new-page { break-before: page; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0; }
td, th { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: middle;
  overflow-wrap: break-word; word-break: normal; }
th, td.label { font-weight: bold; background: #f2f2f2; text-align: center; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
table.goal { font-size: 9.5pt; }
table.goal-grid { margin-top: -0.6pt; }
table.data { font-size: 8.5pt; margin-bottom: 0.3em; }
table.data td.number { text-align: right; }
td.merged { vertical-align: top; }
table.data.wide { font-size: 7.5pt; }
section.wide { page: wide; break-before: page; break-after: page; }
@media print {
  body { max-width: none; padding: 0; }
  .toc a::after { content: leader(".") target-counter(attr(href), page); }
}
@media screen {
  body { padding: 8mm 6mm; background: #fff; }
  .cover { padding-top: 10mm; }
  .cover .fields { margin-top: 12mm; max-width: 100%; }
  .part, .new-page, .toc { border-top: 1px solid #ccc; padding-top: 4mm; }
}
""".replace("FONTS", FONT_STACK)


def stylesheet() -> str:
    """The page's CSS, for a page that embeds :func:`project_html` fragments."""
    return _CSS


def plan_html(plan: DepartmentPlan) -> str:
    """The whole plan as one self-contained HTML page (UTF-8, no external assets)."""
    return publication_html(build_publication(plan))


def publication_html(publication: Publication) -> str:
    """Any :class:`Publication` (a plan, a report) as one self-contained HTML page."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(publication.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        _cover(publication),
        _toc(publication),
        _body(publication),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def project_html(project: Project, number: int = 1) -> str:
    """One project's title, unit line and 绩效目标表 as an HTML fragment."""
    inner = "\n".join(_block(block) for block in project_blocks(project, number))
    return f'<section class="project">\n{inner}\n</section>'


def _cover(publication: Publication) -> str:
    if not publication.cover:
        return ""
    lines = [
        f'<p class="{line.role}">{escape(line.text)}</p>'
        for line in publication.cover
        if line.role != "field"
    ]
    fields = [f"<p>{escape(line.text)}</p>" for line in publication.cover if line.role == "field"]
    fields_html = f'<div class="fields">{"".join(fields)}</div>' if fields else ""
    return f'<section class="cover">{"".join(lines)}{fields_html}</section>'


def _toc(publication: Publication) -> str:
    entries = publication.toc
    if not entries:
        return ""
    items = "".join(
        f'<li class="level-{h.level}"><a href="#{h.anchor}">{escape(h.text)}</a></li>'
        for h in entries
    )
    return f'<nav class="toc"><h2>目录</h2><ol>{items}</ol></nav>'


def _body(publication: Publication) -> str:
    """The blocks; wide disclosure tables in sections printed on landscape pages."""
    starts = {first: last for first, last in publication.landscape_runs()}
    ends = set(starts.values())
    out: list[str] = ["<main>"]
    for index, block in enumerate(publication.blocks):
        if index in starts:
            out.append('<section class="wide">')
        out.append(_block(block))
        if index in ends:
            out.append("</section>")
    out.append("</main>")
    return "\n".join(out)


def _block(block: Heading | Text | GoalTable | DataTable) -> str:
    if isinstance(block, Heading):
        return _heading(block)
    if isinstance(block, Text):
        return f'<p class="{block.kind.value}">{escape(block.text)}</p>'
    if isinstance(block, GoalTable):
        return _goal_table(block)
    return _data_table(block)


def _heading(heading: Heading) -> str:
    classes = []
    if heading.level == 1:
        classes.append("part")
    elif heading.new_page:
        classes.append("new-page")
    if heading.center:
        classes.append("center")
    tag = f"h{heading.level}"
    return (
        f'<{tag} id="{heading.anchor}" class="{" ".join(classes)}">{escape(heading.text)}</{tag}>'
    )


def cell_html(text: str) -> str:
    """A cell's lines, each escaped, separated by line breaks (绩效目标 1.… 2.…)."""
    return "<br>".join(escape(line) for line in text.split("\n"))


def colgroup(widths: Iterable[float]) -> str:
    return "<colgroup>" + "".join(f'<col style="width:{w:.2f}%">' for w in widths) + "</colgroup>"


def _goal_rows(rows: Sequence[TableRow], *, header: bool = False) -> list[str]:
    runs = {start: length for start, length in merged_runs(rows)}
    out: list[str] = []
    tag = "th" if header else "td"
    for index, row in enumerate(rows):
        cells: list[str] = []
        for segment in row.segments:
            if segment.start == 0 and row.joins_above:
                continue  # covered by the first-column cell above (rowspan)
            attrs = []
            if segment.span > 1:
                attrs.append(f'colspan="{segment.span}"')
            classes = []
            if segment.start == 0 and runs.get(index, 1) > 1:
                attrs.append(f'rowspan="{runs[index]}"')
                classes.append("merged")  # text on top: the run may go on for pages
            if segment.label and not header:
                classes.append("label")
            if classes:
                attrs.append(f'class="{" ".join(classes)}"')
            attr = (" " + " ".join(attrs)) if attrs else ""
            cells.append(f"<{tag}{attr}>{cell_html(segment.text)}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return out


def _goal_table(table: GoalTable) -> str:
    """The header block and the indicator grid: two tables drawn as one, so the grid's
    header row repeats on every page the grid runs onto."""
    columns = colgroup(GRID_WIDTHS)
    html: list[str] = []
    head = table.header_block
    if head:
        html.append(f'<table class="goal goal-head">{columns}<tbody>')
        html.extend(_goal_rows(head))
        html.append("</tbody></table>")
    grid = table.grid
    if grid:
        html.append(f'<table class="goal goal-grid">{columns}<thead>')
        html.extend(_goal_rows(grid[:1], header=True))
        html.append("</thead><tbody>")
        html.extend(_goal_rows(grid[1:]))
        html.append("</tbody></table>")
    return "\n".join(html)


def _colspan(span: int) -> str:
    return f' colspan="{span}"' if span > 1 else ""


def _data_table(table: DataTable) -> str:
    weights = table.weights()
    total = sum(weights) or 1.0
    classes = "data wide" if table.wide else "data"
    html = [f'<table class="{classes}">', colgroup(100 * w / total for w in weights), "<thead>"]
    heads = [*table.header, *([table.column_numbers] if table.column_numbers else [])]
    for row in heads:
        cells = "".join(f"<th{_colspan(n)}>{escape(t)}</th>" for t, n in table.spans(row))
        html.append(f"<tr>{cells}</tr>")
    html.append("</thead><tbody>")
    for data in table.rows:
        cells = "".join(
            f'<td class="number"{_colspan(n)}>{escape(t)}</td>'
            if is_amount(t)
            else f"<td{_colspan(n)}>{escape(t)}</td>"
            for t, n in table.spans(data)
        )
        html.append(f"<tr>{cells}</tr>")
    html.append("</tbody></table>")
    return "\n".join(html)
