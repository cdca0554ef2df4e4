"""What a document's walk comes to once every block is read: its kind, the projects'
missing names and goals, and indicators written as sentences when it has no table."""

from __future__ import annotations

import re

from jixiao.importers.blocks import Block, Paragraph, Row
from jixiao.importers.mapping import kinds
from jixiao.importers.mapping.budget_list import listed_budgets
from jixiao.importers.mapping.cover_labels import cover_name
from jixiao.importers.mapping.cut_header import header_only
from jixiao.importers.mapping.department_name import stated_department
from jixiao.importers.mapping.directed_rows import directed_rows
from jixiao.importers.mapping.doubled_across import doubled_indicators
from jixiao.importers.mapping.figure_chain import figure_chain_rows
from jixiao.importers.mapping.fiscal_levels import read_fiscal_levels
from jixiao.importers.mapping.funds_table import read_funds_tables
from jixiao.importers.mapping.glued_outcomes import glued_outcome_rows
from jixiao.importers.mapping.goal_outcomes import read_goal_outcomes
from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.labelled_runs import labelled_run
from jixiao.importers.mapping.line_outcomes import line_outcome_rows
from jixiao.importers.mapping.listed_indicators import Line, listed_indicators
from jixiao.importers.mapping.loose_tables import LooseTable, to_disclosure
from jixiao.importers.mapping.period_to_date import date_monitoring_round
from jixiao.importers.mapping.project_sections import section_projects
from jixiao.importers.mapping.prose_grade import read_prose_grade
from jixiao.importers.mapping.prose_indicators import ProseIndicators, opens_run
from jixiao.importers.mapping.prose_monitoring import read_prose_monitoring
from jixiao.importers.mapping.prose_outcomes import outcome_indicators
from jixiao.importers.mapping.prose_report import read_plan_budget, read_report_figures
from jixiao.importers.mapping.prose_stated_budget import read_stated_budget
from jixiao.importers.mapping.report_sections import by_report_sections
from jixiao.importers.mapping.score_list import listed_projects
from jixiao.importers.mapping.spent_in_full import read_spent_in_full
from jixiao.importers.mapping.summary_projects import summary_projects
from jixiao.importers.mapping.table_titles import document_title
from jixiao.importers.mapping.verdict_rows import verdict_rows
from jixiao.importers.mapping.vocabulary import vocabulary
from jixiao.importers.mapping.whole_and_projects import whole_and_projects
from jixiao.importers.mapping.year import filed_plan_year, stated_year, texts_of
from jixiao.importers.text_spaces import spaced_words
from jixiao.model.disclosure import Disclosure, DisclosureTable
from jixiao.model.plan import DepartmentPlan, Indicator, Project
from jixiao.textnorm import clean_cell, split_numbered_items, squeeze_spaces, to_simplified
from jixiao.textnorm.enumeration import has_enumeration


def fill_plan(
    plan: DepartmentPlan,
    projects: list[Project],
    blocks: list[Block],
    headers: list[GridHeader],
    loose: list[LooseTable],
    flat_tables: list[DisclosureTable],
) -> list[str]:
    """Fill ``plan`` from what the walk read: projects, kind, disclosure tables, year,
    title and department. Returns the document's titles (for the 未识别 message)."""
    titles = kinds.titles_of(blocks)
    plan.projects = completed(projects, blocks, titles)
    decision = decide_kind(titles, blocks, headers, loose)
    if decision is not None:
        plan.kind, plan.kind_evidence = decision.kind, decision.evidence
    # a cover's glued labels name the project a report tells in prose ('项目名称:…项目单位:…')
    cover = cover_name(blocks) if not plan.projects else {}
    subject = cover.get("name") or subject_of(titles)
    if not plan.projects:  # a table cut before its grid: its header block alone
        plan.projects = header_only(projects, plan.kind, subject)
    read_funds_tables(plan.projects, blocks)
    if plan.kind == "plan":  # a plan told in prose: '全年预算数为362万元', '资金总额500万元'
        plan.projects = listed_budgets(plan.projects, blocks)  # '1.青年人才生活补贴 2293万元;'
        plan.projects = read_plan_budget(plan.projects, blocks, subject)
    if plan.kind == "self_evaluation":
        plan.projects = listed_projects(plan.projects, blocks)
        plan.projects = read_report_figures(plan.projects, blocks, subject)
        if not plan.projects:  # two projects or more, each told in a numbered section
            plan.projects = section_projects(blocks, stated_year(texts_of(blocks)))
        if not plan.projects:  # a unit's whole and its projects ('…整体和项目支出…报告')
            plan.projects = whole_and_projects(blocks)
    if not plan.projects:  # a 决算's projects, one a numbered '…项目绩效目标完成情况综述'
        plan.projects = summary_projects(blocks)
    for project in plan.projects:
        if cover and project.name == cover["name"]:  # as a header block's 主管部门 / 项目单位
            project.department = project.department or cover.get("department")
            project.implementer = project.implementer or cover.get("implementer")
    if plan.kind in ("disclosure", "final_accounts") or not plan.projects:
        tables = [t for t in (to_disclosure(lt) for lt in loose) if t is not None]
        tables += flat_tables
        if tables:
            plan.disclosure = Disclosure(tables=tables)
    plan.year = stated_year(texts_of(blocks))
    if plan.year is None and plan.kind == "plan":
        plan.year = filed_plan_year(texts_of(blocks))
    if plan.kind == "monitoring":
        plan.projects = read_prose_monitoring(plan.projects, blocks)
        # a report of one project told in prose: its labelled budget ('项目资金共157万元')
        read_stated_budget(plan.projects, blocks, plan=True)
        read_spent_in_full(plan.projects, blocks)  # '项目资金共157万元,已全部拨付完成'
        date_monitoring_round(plan.projects, texts_of(blocks))
    read_fiscal_levels(plan.projects, blocks)  # '中央资金 / 省级资金 / 地方资金' as 财政资金
    plan.title = document_title(titles)
    departments = [p.department for p in plan.projects if p.department]
    plan.department = departments[0] if departments else None
    if plan.department is None and plan.kind in ("disclosure", "final_accounts"):
        plan.department = stated_department(texts_of(blocks))
    return titles


def completed(projects: list[Project], blocks: list[Block], titles: list[str]) -> list[Project]:
    """The projects read, with their names and goals filled in; with no indicator table,
    the indicators written as sentences."""
    kept = [p for p in projects if p.indicators or p.name]
    if not any(p.indicators for p in kept):
        found = (
            prose_indicators(blocks)
            or listed_indicators(_single_cells(blocks))
            or listed_indicators(_flattened_words(blocks), wrapped=False)
            or doubled_indicators(blocks)
            or line_outcome_rows(blocks)
            or figure_chain_rows(blocks)
            or _directed_indicators(blocks)
        )
        if found:
            kept = kept or [Project(name="")]
            kept[0].indicators = found
    read_goal_outcomes(kept, blocks)
    read_prose_grade(kept, blocks)
    for project in kept:
        if not project.name:
            project.name = subject_of(titles)
        if not project.goals and project.annual_goal:
            project.goals = goal_items(project.annual_goal)
    return kept


def prose_indicators(blocks: list[Block]) -> list[Indicator]:
    """No indicator table: the targets may be written as sentences."""
    prose = ProseIndicators()
    for block in blocks:
        if isinstance(block, Row) and (len(block.filled()) == 1 or opens_run(block.texts[0])):
            # a line of its own read as a one-cell row, or a sentence of targets cut at
            # its spaces ('成效指标:…达90%以上。 二、…')
            block = _as_paragraph(block)
        elif isinstance(block, Row) and (run := labelled_run(block.texts)) is not None:
            block = Paragraph(raw=run, source=block.source)  # '产出指标 | a;b;c'
        if isinstance(block, Row):
            prose.see_line(block.texts)  # ('申报… | 三、项目绩效情况 | (一)项目完成情况.')
        elif isinstance(block, Paragraph):
            # the raw text: cleaning drops the '**' of '(≥**株)' as markup
            simplify = block.text != clean_cell(block.raw)  # a traditional mirror
            table = glued_outcome_rows(block.raw, block.source, simplify=simplify) or verdict_rows(
                block.raw, block.source, simplify=simplify
            )
            outcomes = outcome_indicators(block.raw, block.source, simplify=simplify)
            if table or outcomes:  # '…年初指标值为≥85%,全年实际完成值100%' sentences
                # a sentence retelling a row of the glued table (its sign dropped) is
                # that row, not a second indicator
                rows = {to_simplified(i.level3) for i in table}
                prose.indicators.extend(table)
                if prose.level1 and prose.level2:  # under headings of their own lines
                    _under_headings(outcomes, prose.level1, prose.level2)  # ('1、数量指标')
                prose.indicators.extend(o for o in outcomes if to_simplified(o.level3) not in rows)
                continue
            prose.read(block.raw, block.source, simplify=simplify)
    return prose.indicators


def _under_headings(outcomes: list[Indicator], level1: str, level2: str) -> None:
    """Outcome sentences without a run label of their own take the 一级 and 二级 headings
    last read on lines of their own ('(一) 产出指标', '1、数量指标'); both must have been
    read, a lone 二级 may be left over from another part of the report."""
    for outcome in outcomes:
        if not outcome.level1 and not outcome.level2:
            outcome.level1, outcome.level2 = level1, level2


def _directed_indicators(blocks: list[Block]) -> list[Indicator]:
    """A target table glued into a paragraph with weight and direction columns."""
    found: list[Indicator] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            found.extend(directed_rows(block.raw, block.source))
    return found


def _single_cells(blocks: list[Block]) -> list[Line]:
    """The document's lines of one cell each (a tree of labels, names and values)."""
    lines: list[Line] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append((block.text, block.source))
        elif len(block.filled()) == 1:
            lines.append((block.filled()[0].text, block.filled()[0].located()))
    return lines


def _flattened_words(blocks: list[Block]) -> list[Line]:
    """The words of the lines holding a grid's value column among their spaced words: a
    table flattened into a line, its merged cells out of order ('…产出指标 绩 效 指 标
    质量指标 三级指标 指标值 永安真武庙戏台 1处 …'), read as a tree of one cell a word."""
    lines: list[Line] = []
    role_of = vocabulary().role_of
    for block in blocks:
        if isinstance(block, Paragraph) and "指标值" in block.text:
            words = spaced_words(block.raw)
            if any(role_of(word) == "value" for word in words):
                lines.extend((word, block.source) for word in words)
    return lines


def _as_paragraph(row: Row) -> Paragraph:
    return Paragraph(raw=" ".join(cell.text for cell in row.filled()), source=row.source)


def decide_kind(
    titles: list[str], blocks: list[Block], headers: list[GridHeader], loose: list[LooseTable]
) -> kinds.KindDecision | None:
    """The document's kind: by a sentence only a 决算 writes about itself
    (``kinds.by_statements``), its titles, a long flattened line, its first grid
    header, a report's outline (``report_sections``), or — with nothing else — a loose
    table makes it a disclosure."""
    # a sentence only a 决算 writes about itself outweighs a cut line's words
    decision = kinds.by_statements(texts_of(blocks)) or kinds.by_titles(titles)
    if decision is None:
        # a table flattened into one long line still names itself in it
        decision = kinds.by_flat_lines([t for t in texts_of(blocks) if len(t) > 60])
    if (decision is None or decision.kind == "disclosure") and headers:
        # an indicator grid outweighs a 公开 word met in a cell ('其中:本年财政拨款' is a
        # row of every 目标表's 资金 block)
        header = headers[0]
        decision = kinds.by_headers(header.texts, {r for r in header.roles if r}) or decision
    elif decision is not None and decision.kind == "plan" and headers:
        decision = kinds.scored_grid(decision, headers[0].texts)
    if decision is None:
        # no kind named: a report's own outline may still show an evaluation
        decision = by_report_sections(titles)
    if decision is None and loose:
        decision = kinds.KindDecision("disclosure", loose[0].title or "表格")
    return decision


def subject_of(titles: list[str]) -> str:
    """A project without a 项目名称 is named by the document's title, else 未命名项目 —
    never by the first short line, which on a mirrored page is the site's chrome
    ('还剩1页未读,继续阅读')."""
    reported = None  # '2023年高龄补贴事后绩效评价报告': the project its report names
    for index, title in enumerate(titles):
        named = _REPORT_TITLE.match(title)
        if named is not None and reported is None:
            reported = named.group(1)
            unit = titles[index - 1] if index else ""
            if _YEAR_FIRST.match(reported) and kinds.is_unit_line(unit):
                reported = unit + reported  # the title broken after its unit's name
        if reported and kinds.is_attachment(title):
            continue  # the report's 附件 (its 目录, its list): a part of it, not its subject
        if "目标" in title or "自评" in title or "表" in title:
            # a numbered section heading ('(三)项目绩效目标') names no project
            return reported if reported and has_enumeration(title) else title
    return reported or "未命名项目"


_REPORT_TITLE = re.compile(
    r"^(.{4,}?)(?:(?:19|20)\d{2}年度?)?(?:事后|年度)?绩效(?:运行监控|监控|自评|评价)(?:总结)?报告$"
)


_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}年")
_GOAL_NUMBER = re.compile(r"(?:目标|任务)(\d{1,2})\s*[:：]")  # '目标2:' glued after item 1
_INTRO = re.compile(r"^[^:：]{4,}?[:：]\s*(?=(?:目标|任务)?1\s*[:：.、．])")


def goal_items(text: str) -> list[str]:
    """The numbered goals of a 年度目标 cell ('1、…2、…', '目标1:…目标2:…'), or the cell as
    one goal. A sentence introducing the items ('…达成以下目标: 目标1:…') is no goal."""
    text = _GOAL_NUMBER.sub(r" \1、", text)
    intro = _INTRO.match(text.strip())
    items = split_numbered_items(text.strip()[intro.end() :] if intro else text)
    return [squeeze_spaces(item) for item in items if item.strip()]
