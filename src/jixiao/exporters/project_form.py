"""A project that holds results published as a 项目支出绩效自评表, not as a goal table.

A 绩效目标表 has no place for 实际完成值, 分值, 得分, 偏差原因 or the 执行数 / 执行率 / 总分
of a self-evaluation: written there they would be dropped. A project holding any of them
is laid out in the national 自评表 form instead — 项目名称, the 概况 fields, 项目资金
(年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), 年度总体目标 (预期目标, 实际完成情况),
the indicator grid with every column some indicator holds, and 总分 — so the published
form reads back as what was imported. Only what the project knows is written.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.exporters.layout import goals_text, plain_number
from jixiao.model.plan import Project

SCORED_INDICATOR_FIELDS = (
    "actual", "weight", "score", "deviation", "standard", "expected", "likelihood",
)  # fmt: skip
SCORED_PROJECT_FIELDS = (
    "budget_initial", "budget_adjusted", "spent", "execution_rate", "total_score",
    "execution_weight", "execution_score", "annual_goal_actual", "spend_forecast",
)  # fmt: skip

# The grids' first columns, the same in every form: the levels and the targets.
_LEVELS_AND_TARGETS: tuple[tuple[str, str], ...] = (
    ("level1", "一级指标"),
    ("level2", "二级指标"),
    ("level3", "三级指标"),
    ("description", "绩效指标描述"),
    ("midterm_value", "中期指标值"),
    ("value", "年度指标值"),
    ("basis", "指标值确定依据"),
)
# (field, header) of the indicator grid, in the national form's order; a column is
# written when some indicator holds its field (一级, 二级, 三级 and 指标值 always).
_GRID: tuple[tuple[str, str], ...] = (
    *_LEVELS_AND_TARGETS,
    ("actual", "实际完成值"),
    ("weight", "分值"),
    ("score", "得分"),
    ("deviation", "偏差原因分析及改进措施"),
    ("standard", "评分标准"),
)
# A 项目支出绩效目标执行监控表's grid: the year's target, the value to date, the year's
# forecast, the 完成可能性 and the 偏差原因 (with its 纠偏措施), as finance bureaus lay it out.
_MONITOR_GRID: tuple[tuple[str, str], ...] = (
    *_LEVELS_AND_TARGETS,
    ("actual", "1-{month}月实际完成值"),
    ("expected", "全年预计完成值"),
    ("likelihood", "完成目标可能性"),
    ("deviation", "偏差原因分析及纠偏措施"),
    ("weight", "分值"),
    ("score", "得分"),
    ("standard", "评分标准"),
)
NOT_STATED = "—"
_ALWAYS = frozenset({"level1", "level2", "level3", "value"})
_FUNDS_HEADER = (
    "项目资金（万元）",
    "",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
)
# 概况 fields written as label and value, in the form's order.
_FACTS: tuple[tuple[str, str], ...] = (
    ("code", "项目编码"),
    ("department", "主管部门"),
    ("implementer", "实施单位"),
    ("manager", "项目负责人"),
    ("period", "项目期限"),
    ("basis", "立项依据"),
    ("overview", "项目概况"),
    ("purpose", "资金用途"),
    ("midterm_goal", "中期目标"),
)


# Fields of a project (and of its indicators) that a 绩效目标表 has no row or column for.
_FORM_PROJECT_FIELDS = (*(name for name, _ in _FACTS[1:-2]), "midterm_goal", "annual_goal")


def needs_form(project: Project) -> bool:
    """Whether the project holds what only the 申报表 / 自评表 form carries."""
    if is_scored(project) or any(getattr(project, name) for name in _FORM_PROJECT_FIELDS):
        return True
    return any(indicator.midterm_value for indicator in project.indicators)


def is_scored(project: Project) -> bool:
    """Whether the project holds results a goal table cannot carry."""
    if any(getattr(project, name) is not None for name in SCORED_PROJECT_FIELDS):
        return True
    return any(
        getattr(indicator, name) is not None
        for indicator in project.indicators
        for name in SCORED_INDICATOR_FIELDS
    )


def is_monitored(project: Project) -> bool:
    """Whether the project holds a 监控表's execution to date or forecasts: it is published
    as a 项目支出绩效目标执行监控表."""
    if project.through_month is not None or project.spend_forecast is not None:
        return True
    return any(i.expected is not None or i.likelihood is not None for i in project.indicators)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return plain_number(value)
    return str(value)


def _percent(rate: Decimal | None) -> str:
    # 0.958 -> "95.8%": the product's trailing zeros ("95.800") are not the document's
    return "" if rate is None else f"{plain_number((rate * 100).normalize())}%"


def _columns(project: Project) -> list[tuple[str, str]]:
    grid = _MONITOR_GRID if is_monitored(project) else _GRID
    month = project.through_month or 12  # a forecast alone: the year to date
    held = {
        name for i in project.indicators for name, _ in grid if getattr(i, name) not in (None, "")
    }
    return [
        (name, head.format(month=month)) for name, head in grid if name in _ALWAYS or name in held
    ]


def form_rows(project: Project, *, scored: bool) -> tuple[tuple[str, ...], ...]:
    """The project's 自评表 (``scored``) or 申报表 as the rows of a plain grid, all of one
    width (no merged cells: the reader needs none)."""
    columns = _columns(project)
    width = max(len(_FUNDS_HEADER), len(columns) + 1 + bool(project.grade))  # grade: after 总分
    rows: list[list[str]] = [["项目名称", project.name]]
    rows += [
        [head, _text(getattr(project, name))] for name, head in _FACTS if getattr(project, name)
    ]
    if is_monitored(project):
        rows += _monitor_funds_rows(project)
    else:
        rows += _funds_rows(project) if scored else _planned_funds_rows(project)
    rows += _goal_rows(project) if scored else _planned_goal_rows(project)
    if project.indicators:
        rows.append(["绩效指标", *(head for _, head in columns)])
        for indicator in project.indicators:
            cells = [_text(getattr(indicator, name)) for name, _ in columns]
            if indicator.core:
                cells[2] = f"★{cells[2]}"
            rows.append(["", *cells])
    if project.total_score is not None:
        score_at = next((i for i, (n, _) in enumerate(columns, 1) if n == "score"), width - 2)
        total = ["总分"] + [""] * (width - 1)
        total[score_at] = plain_number(project.total_score)
        if project.grade:  # the 自评等级 right after the 总分 it grades
            total[score_at + 1] = project.grade
        rows.append(total)
    elif project.grade:  # a grade with no 总分: its own labelled row, as a form states it
        rows.append(["自评等级", project.grade])
    width = max(width, *(len(row) for row in rows))  # a forecast adds a funds column
    return tuple(tuple(row + [""] * (width - len(row))) for row in rows)


def _funds_rows(project: Project) -> list[list[str]]:
    amounts = (
        project.budget_initial, project.budget_adjusted, project.budget_total, project.spent,
        project.execution_weight, project.execution_rate, project.execution_score,
    )  # fmt: skip
    if all(value is None for value in amounts):
        return []
    planned = (
        project.budget_adjusted if project.budget_adjusted is not None else project.budget_total
    )
    cells = (
        _text(project.budget_initial), _text(planned), _text(project.spent),
        _text(project.execution_weight), _percent(project.execution_rate),
        _text(project.execution_score),
    )  # fmt: skip
    # An empty cell would let the reader move the next amount left into it: "—" holds it.
    header = list(_FUNDS_HEADER)
    if project.through_month is not None:  # a 监控表's execution to date: '1-6月执行数'
        header[4] = f"1-{project.through_month}月执行数"
    return [header, ["", "年度资金总额", *(c or NOT_STATED for c in cells)], *_source_rows(project)]


def _source_rows(project: Project) -> list[list[str]]:
    """其中：财政资金 and 其他资金, under the year's budget."""
    sources = (("其中：财政资金", project.budget_fiscal), ("其他资金", project.budget_other))
    return [["", label, "", _text(value)] for label, value in sources if value is not None]


def _monitor_funds_rows(project: Project) -> list[list[str]]:
    """The 监控表's budget line: 年度预算, 1-N月执行数, 执行率, 全年预计执行数 — only the
    columns the project holds, so none is left empty for the reader to shift into."""
    month = project.through_month or 12
    planned = project.budget_adjusted
    if planned is None and project.budget_initial is None:
        planned = project.budget_total
    columns = (
        ("年初预算数", project.budget_initial), ("全年预算数", planned),
        (f"1-{month}月执行数", project.spent), ("分值", project.execution_weight),
        ("执行率", project.execution_rate), ("得分", project.execution_score),
        ("全年预计执行数", project.spend_forecast),
    )  # fmt: skip
    held = [(head, value) for head, value in columns if value is not None]
    if not held:
        return []
    cells = [_percent(v) if head == "执行率" else _text(v) for head, v in held]
    return [
        ["项目资金（万元）", "", *(head for head, _ in held)],
        ["", "年度资金总额", *cells],
        *_source_rows(project),
    ]


def _planned_funds_rows(project: Project) -> list[list[str]]:
    amounts = (project.budget_total, project.budget_fiscal, project.budget_other)
    labels = ("年度资金总额", "其中：财政资金", "其他资金")
    held = [
        (label, value) for label, value in zip(labels, amounts, strict=True) if value is not None
    ]
    # One amount a row, under one 项目资金 label: the reader takes each label's own value.
    return [
        ["项目资金（万元）" if i == 0 else "", label, _text(value)]
        for i, (label, value) in enumerate(held)
    ]


def _planned_goal_rows(project: Project) -> list[list[str]]:
    expected = project.annual_goal or goals_text(project.goals)
    return [["年度目标", expected]] if expected else []


def _goal_rows(project: Project) -> list[list[str]]:
    if not project.annual_goal_actual:  # no result: the goal's labelled row, read back whole
        return _planned_goal_rows(project)
    expected = project.annual_goal or goals_text(project.goals)
    return [
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["", expected, project.annual_goal_actual or ""],
    ]
