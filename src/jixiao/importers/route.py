"""Route a document to the reader of what it is.

The Hebei 部门预算绩效文本 (department part, 绩效目标表 per project, Hebei
disclosure titles) keeps its own assembler, field for field; every other
document — another province's 目标表, a 自评表, a 监控表, a 公开 or 决算 table —
goes to the generic header-driven mapper. Both see the same blocks.
"""

from __future__ import annotations

from jixiao.importers.ambiguous_cells import name_ambiguous, name_ambiguous_prose
from jixiao.importers.assemble import assemble
from jixiao.importers.blocks import Block, undo_extensions
from jixiao.importers.invented_rows import screen_rows
from jixiao.importers.mapping import kinds
from jixiao.importers.mapping.document import GenericAssembler
from jixiao.importers.mapping.glued import starts_with_label
from jixiao.importers.mapping.glued_total import read_glued_total
from jixiao.importers.mapping.notice_budget import read_notice_budget
from jixiao.importers.mapping.trailing_rate import read_trailing_rate
from jixiao.importers.mapping.year import stated_year, texts_of
from jixiao.model.plan import DepartmentPlan, Project

# The grid columns the Hebei assembler reads; a header with more is another template.
HEBEI_ROLES = frozenset({"level1", "level2", "level3", "description", "value", "basis"})


def _disclosure_rows(plan: DepartmentPlan) -> int:
    return sum(len(t.rows) for t in plan.disclosure.tables) if plan.disclosure else 0


def _valued(plan: DepartmentPlan) -> int:
    return sum(1 for p in plan.projects for i in p.indicators if i.value and i.level3)


def _label_rows(plan: DepartmentPlan) -> int:
    """Rows without a target or an actual named by a 一级 / 二级 label with a fragment glued
    on ('时效指标' + the '截' a page cut left): a label row misread, not a draft's row."""
    return sum(
        1
        for p in plan.projects
        for i in p.indicators
        if not i.value and not i.actual and starts_with_label(i.level3)
    )


def _department_part(plan: DepartmentPlan) -> bool:
    return bool(plan.overall_goal or plan.sub_goals or plan.measures)


def _hebei_fits(hebei: DepartmentPlan, generic: GenericAssembler) -> bool:
    department_part = _department_part(hebei)
    generic_empty = not generic.plan.projects and not _disclosure_rows(generic.plan)
    if department_part or generic_empty:
        return True  # (when neither reads anything, the Hebei reading keeps its warnings)
    if not hebei.indicator_count and not generic.plan.indicator_count:
        # a Hebei 绩效目标表 heading with nothing under it yet — unless the titles were
        # all it read, while the generic reading found a project's own fields
        # (鄂州市图书馆 named by its 申报单位, not the page's title)
        titles_only = all(map(_bare, hebei.projects))
        # (or its 预算数 where the Hebei reading has none: 沙县区 地质灾害防治's goal
        # table under a notice, named by its 专项名称; the Hebei reading took the notice's
        # 附件 line for the name)
        budgeted = any(p.budget_total is not None for p in hebei.projects)
        richer = any(
            _filled(p) or (p.budget_total is not None and not budgeted)
            for p in generic.plan.projects
        )
        return bool(hebei.projects) and not (titles_only and richer)
    roles = {role for header in generic.headers for role in header.roles if role}
    if hebei.indicator_count:
        # jixiao's own forms and single Hebei tables: the Hebei reading keeps more
        # (spending plan, purpose), as long as it reads every value the other one does.
        # ... and reads no more label rows as indicators
        return (
            roles <= HEBEI_ROLES
            and _valued(hebei) >= _valued(generic.plan)
            and _label_rows(hebei) <= _label_rows(generic.plan)
        )
    return _disclosure_rows(hebei) > 0 and _disclosure_rows(hebei) >= _disclosure_rows(generic.plan)


def _explain_nothing(hebei: DepartmentPlan, generic: DepartmentPlan) -> None:
    """Nothing read: say which titles the document showed (the generic reading's reason)."""
    reasons = [w for w in generic.warnings if w.code == "no-structure"]
    if reasons and any(w.code == "no-structure" for w in hebei.warnings):
        hebei.warnings = [w for w in hebei.warnings if w.code != "no-structure"] + reasons


def _label_hebei(hebei: DepartmentPlan, blocks: list[Block]) -> None:
    """The Hebei reading knows what it read: a 文本 (or a form) of goal tables, or only
    its disclosure tables — of a 决算 when the titles say so (the same tables and
    情况说明 sections serve the 预算 and the 决算 公开)."""
    hebei.template = "hebei"
    goals = hebei.overall_goal is not None or hebei.sub_goals
    only_tables = not goals and hebei.disclosure and all(map(_bare, hebei.projects))
    if only_tables:
        hebei.projects = []  # a 目录's '十、部门整体支出绩效目标表' names a table, no project
    hebei.kind = "disclosure" if only_tables else "plan"
    hebei.kind_evidence = "部门预算绩效文本的结构（部门整体绩效目标、项目绩效目标表或公开表）"
    if only_tables:
        titled = kinds.by_titles(kinds.titles_of(blocks))
        if titled is not None and titled.kind == "final_accounts":
            hebei.kind, hebei.kind_evidence = titled.kind, titled.evidence


def _bare(project: Project) -> bool:
    """A project of nothing but a name: no indicator, goal or amount was read for it."""
    return not (
        project.indicators
        or project.annual_goal
        or project.midterm_goal
        or project.budget_initial is not None
        or project.budget_adjusted is not None
    )


def _filled(project: Project) -> bool:
    """A project with something of its own read: not bare, its unit named, or its 总分 or
    自评等级 stated (a 自评 sheet of '项目名称' and '总分 | 90 | 优' only, which the Hebei
    reading takes for a title and an unknown row)."""
    stated = project.total_score is not None or project.grade is not None
    return not _bare(project) or bool(project.department or project.implementer) or stated


def _hebei_alone(hebei: DepartmentPlan) -> bool:
    """Whether the Hebei reading is taken whatever the generic one reads: it found the
    department part (so it fits) and no 'nothing recognised' to explain."""
    return _department_part(hebei) and not any(w.code == "no-structure" for w in hebei.warnings)


def _generic_reading(blocks: list[Block], file_name: str) -> GenericAssembler:
    # The Hebei reading joins wrapped text into the cells themselves, which would glue
    # text below a table to the generic reading's last value: undone first.
    undo_extensions(blocks)
    generic = GenericAssembler(file_name)
    for block in blocks:
        generic.feed(block)
    generic.finish(blocks)
    return generic


def assemble_document(blocks: list[Block], file_name: str) -> DepartmentPlan:
    """The plan of whichever reading understands the document, its rows screened for
    pieces that are no indicator (see ``invented_rows``)."""
    plan = _assemble_document(blocks, file_name)
    screen_rows(plan, lambda: texts_of(blocks))
    if plan.kind == "plan":  # a notice's 预算数, whichever reading is taken (Hebei's too)
        read_notice_budget(plan.projects, blocks)
    read_glued_total(plan.projects, blocks)  # '资金总额:704' where its parts add up to it
    if plan.kind == "self_evaluation":  # '执行数 6.84 100.00' under '预算执行进度(%)'
        read_trailing_rate(plan.projects, blocks)
    return plan


def _assemble_document(blocks: list[Block], file_name: str) -> DepartmentPlan:
    hebei = assemble(blocks, file_name)
    if _hebei_alone(hebei):
        # of the generic reading only its year would be read below: a Hebei 文本 is read
        # once, and its blocks searched for the year the generic reading would state
        _label_hebei(hebei, blocks)
        if hebei.year is None:
            undo_extensions(blocks)
            _take_year(hebei, stated_year(texts_of(blocks)))
        if hebei.disclosure is not None and hebei.disclosure.tables:
            name_ambiguous(hebei, blocks)  # the amounts of its 公开表
        return hebei
    generic = _generic_reading(blocks, file_name)
    plan = _chosen(hebei, generic, blocks)
    # (a Hebei 文本 of goal tables alone names its own: goal_values' amounts)
    name_ambiguous(plan, blocks)
    if plan.kind == "self_evaluation":  # the figures its prose readers left unread
        name_ambiguous_prose(plan, blocks)
    return plan


def _chosen(
    hebei: DepartmentPlan, generic: GenericAssembler, blocks: list[Block]
) -> DepartmentPlan:
    if not _hebei_fits(hebei, generic):
        generic.plan.template = "generic"
        return generic.plan
    _label_hebei(hebei, blocks)
    _explain_nothing(hebei, generic.plan)
    if not (hebei.projects or hebei.disclosure or _department_part(hebei)):
        hebei.kind, hebei.kind_evidence = generic.plan.kind, generic.plan.kind_evidence
    if hebei.year is None:
        _take_year(hebei, generic.plan.year)
    if hebei.department is None and hebei.kind in ("disclosure", "final_accounts"):
        hebei.department = generic.plan.department  # a 公开 table's title names it
    return hebei


def _take_year(hebei: DepartmentPlan, year: int | None) -> None:
    """A year stated where the Hebei cover reader does not look."""
    if year is not None:
        hebei.year = year
        hebei.warnings = [w for w in hebei.warnings if w.code != "year-missing"]
