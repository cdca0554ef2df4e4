"""The review as a self-contained HTML page a reviewer reads and prints.

Summary and grades first; then each project's 绩效目标表 with every finding shown
beside the row it concerns, so the reviewer sees the text and the objection together.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from jixiao.benchmarks import DistributionStore
from jixiao.model import Project
from jixiao.review import Finding
from jixiao.review.profile import load_profile
from jixiao.review_report.review_benchmarks import unit_cost_section
from jixiao.review_report.reviewed import Reviewed, group_findings, sort_findings

_LABEL = {"error": "错误", "warning": "警告", "info": "提示"}

_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","SimSun",sans-serif;
margin:2em auto;max-width:1200px;color:#222;line-height:1.5}
h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:2px solid #444;margin-top:2em}
h3{font-size:1.1em;margin-top:1.5em}
table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.92em}
th,td{border:1px solid #999;padding:4px 6px;vertical-align:top}th{background:#eee}
.grade{font-weight:bold;font-size:1.1em}.g-优{color:#1a7f37}.g-良{color:#3b6}.g-中{color:#b58900}
.g-差{color:#c00}.error{color:#c00}.warning{color:#a60}.info{color:#07a}
.finding{margin:.2em 0;padding:.2em .4em;border-left:3px solid #ccc;background:#fafafa}
.finding.error{border-color:#c00}.finding.warning{border-color:#e90}.finding.info{border-color:#07a}
.suggest{color:#555;font-size:.9em}.loc{color:#888;font-size:.85em}
tr.flagged td:not(.findings){background:#fff8f0}td.findings{width:34%}
svg{max-width:100%;height:auto}
@media screen and (max-width:760px){body{margin:1em .6em}
table{display:block;overflow-x:auto;width:auto;max-width:100%}td.findings{min-width:14em}
figure.unit-cost{margin:1em 0;overflow-x:auto}figure.unit-cost svg{min-width:560px;max-width:none}}
@media print{body{margin:0;max-width:none}h2{page-break-before:always}
tr{page-break-inside:avoid}}
"""


def _finding(finding: Finding) -> str:
    severity = str(finding.severity)
    location = (
        f' <span class="loc">{escape(finding.location.describe())}</span>'
        if finding.location is not None
        else ""
    )
    return (
        f'<div class="finding {severity}"><b>{escape(finding.rule)} '
        f"{_LABEL.get(severity, severity)}</b> {escape(finding.title)}：{escape(finding.message)}"
        f'<div class="suggest">建议：{escape(finding.suggestion)}{location}</div></div>'
    )


def profile_title(profile: str) -> str:
    """The 审核方案 by its Chinese title (「河北省县（市、区）部门预算绩效目标审核」), not
    its id (「hebei-county」); the id of a profile no pack provides any more."""
    try:
        return load_profile(profile).title
    except (ValueError, OSError):
        return profile


def _summary(document: Reviewed) -> str:
    report = document.report
    counts = document.severity_counts()
    grade = report.grades.document
    shown = {index for index, _ in document.numbered_projects()}
    rows = "".join(
        f"<tr><td>{g.project_index}</td><td>{escape(g.project or '')}</td>"
        f'<td class="grade g-{g.grade}">{g.grade}</td><td>{g.score:.1f}</td>'
        f"<td>{document.project_count(g.project_index)}</td></tr>"
        for g in report.grades.projects
        if g.project_index in shown
    )
    return (
        f"<p>审核方案：{escape(profile_title(report.profile))}"
        f"（指标体系 {escape(report.framework)}）；"
        f"项目 {report.projects} 个，指标 {report.indicators} 条；"
        f'发现 <span class="error">错误 {counts.get("error", 0)}</span>、'
        f'<span class="warning">警告 {counts.get("warning", 0)}</span>、'
        f'<span class="info">提示 {counts.get("info", 0)}</span>。</p>'
        f'<p>文档等级：<span class="grade g-{grade.grade}">{grade.grade}</span>'
        f"（{grade.score:.1f} 分）</p>"
        "<table><tr><th>序号</th><th>项目</th><th>等级</th><th>得分</th><th>发现</th></tr>"
        f"{rows}</table>"
    )


def _groups(document: Reviewed, index: int) -> str:
    """A project's findings by rule, each with the rows it concerns (details beside rows)."""
    findings = document.all_project_findings(index)
    items = "".join(
        f'<li class="{g.severity}"><b>{escape(g.rule)}</b> {escape(g.title)}：'
        f"{len(g.findings)}处{('（' + escape(g.places) + '）') if g.places else ''}</li>"
        for g in group_findings(findings)
        if len(g.findings) > 1
    )
    return f'<ul class="groups">{items}</ul>' if items else ""


def _money(value: object) -> str:
    # An absent amount shows as a dash, so a blank is never mistaken for zero.
    return "—" if value is None else escape(str(value))


def _project(document: Reviewed, index: int, project: Project) -> str:
    header = (
        f"<table><tr><th>项目编码</th><td>{escape(project.code or '')}</td>"
        f"<th>单位</th><td>{escape(project.unit_name or '')}</td></tr>"
        f"<tr><th>预算数（万元）</th><td>{_money(project.budget_total)}</td>"
        f"<th>财政资金 / 其他资金</th><td>{_money(project.budget_fiscal)} / "
        f"{_money(project.budget_other)}</td></tr>"
        "<tr><th>资金支出计划（%）</th><td colspan=3>"
        + "；".join(f"{k} {_money(v)}" for k, v in project.spend_plan.items())
        + "</td></tr><tr><th>绩效目标</th><td colspan=3>"
        + "<br>".join(f"{n}. {escape(g)}" for n, g in enumerate(project.goals, start=1))
        + "</td></tr></table>"
    )
    project_level = "".join(_finding(f) for f in sort_findings(document.project_findings(index)))
    rows = []
    for number, indicator in enumerate(project.indicators, start=1):
        findings = sort_findings(document.indicator_findings(index, number))
        cells = "".join(
            f"<td>{escape(text)}</td>"
            for text in (
                indicator.level1,
                indicator.level2,
                indicator.level3,
                indicator.description,
                indicator.value,
                indicator.basis,
            )
        )
        flagged = ' class="flagged"' if findings else ""
        notes = "".join(_finding(f) for f in findings)
        rows.append(f"<tr{flagged}><td>{number}</td>{cells}<td class=findings>{notes}</td></tr>")
    grid = (
        "<table><tr><th>#</th><th>一级指标</th><th>二级指标</th><th>三级指标</th>"
        "<th>绩效指标描述</th><th>指标值</th><th>指标值确定依据</th><th>审核意见</th></tr>"
        + "".join(rows)
        + "</table>"
    )
    grade = next((g for g in document.report.grades.projects if g.project_index == index), None)
    badge = f' <span class="grade g-{grade.grade}">{grade.grade}</span>' if grade else ""
    groups = _groups(document, index)
    return f"<h3>{index}. {escape(project.name)}{badge}</h3>{header}{groups}{project_level}{grid}"


# under its heading a bare 「无」 read as if the plan had no 部门整体 goals at all
_NONE_OVERALL = "<p>没有针对部门整体绩效目标或公开表的审核发现。</p>"


def review_html_section(document: Reviewed, peers: DistributionStore | None = None) -> str:
    """One document's part of the page (rendered beside its plan, then the plan can go);
    ``peers`` adds the distribution of each unit cost in a database to its chart. For a page
    of a long plan (:class:`Reviewed` holding some projects) the totals are the document's,
    the projects, their grades and charts the page's."""
    plan = document.plan
    title = f"{plan.department or plan.source_file} {plan.year or ''}"
    overall = "".join(_finding(f) for f in sort_findings(document.document_findings()))
    projects = "".join(
        _project(document, index, project) for index, project in document.numbered_projects()
    )
    return (
        f"<h2>{escape(title)}（{escape(plan.source_file)}）</h2>{_summary(document)}"
        f"{unit_cost_section(plan, peers, first=document.first)}"
        f"<h3>部门整体与公开表</h3>{overall or _NONE_OVERALL}{projects}"
    )


REVIEW_HTML_HEAD = (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
    # a phone lays the page out at its own width (its wide tables scroll in their boxes)
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    # no icon to fetch: opened from the web app, a /favicon.ico request was a 404 error
    '<title>绩效目标审核报告</title><link rel="icon" href="data:,">'
    f"<style>{_CSS}</style></head><body><h1>绩效目标审核报告</h1>"
)
REVIEW_HTML_TAIL = "</body></html>\n"


def render_review_html(
    documents: Iterable[Reviewed], peers: DistributionStore | None = None
) -> str:
    """One self-contained page (no external assets) for all reviewed documents; ``peers``
    adds the distribution of each unit cost in a database to its chart."""
    body = "".join(review_html_section(d, peers) for d in documents)
    return f"{REVIEW_HTML_HEAD}{body}{REVIEW_HTML_TAIL}"
