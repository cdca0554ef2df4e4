"""Builders for rule examples (规则示例): a snippet of a table becomes a tiny plan."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan, Indicator, Project
from jixiao.review.rule import Example

# Where an example comes from: the five Hebei seed documents.
S000 = "种子000（秦皇岛市北戴河区机关事务管理局）"
S001 = "种子001（曹妃甸区政务接待中心）"
S002 = "种子002（承德县机关事务管理办公室）"
S003 = "种子003（张家口市机关事务管理局）"
S004 = "种子004（秦皇岛经济技术开发区机关事务服务中心）"
EXAMPLE_FILE = "示例.txt"

_LEVEL1_OF = {
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "时效指标": "产出指标",
    "成本指标": "产出指标",
    "经济效益指标": "效益指标",
    "社会效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
}


def _amount(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def indicator(
    level2: str,
    level3: str,
    value: str,
    description: str = "",
    *,
    level1: str | None = None,
    basis: str = "年度工作计划",
) -> Indicator:
    """An indicator row; the first level follows from the second (88号 layout) unless
    given (``""``: a table whose 一级 column is empty)."""
    return Indicator(
        level1=level1 if level1 is not None else _LEVEL1_OF.get(level2, "产出指标"),
        level2=level2,
        level3=level3,
        description=description,
        value=value,
        basis=basis,
    )


def project(
    *indicators: Indicator,
    name: str = "示例项目",
    budget: str | None = "10.00",
    fiscal: str | None = None,
    other: str | None = None,
    goals: list[str] | None = None,
    purpose: str | None = None,
    spend: tuple[str | None, str | None, str | None, str | None] | None = (
        "25",
        "50",
        "75",
        "100",
    ),
) -> Project:
    """A project around ``indicators``; 财政资金 defaults to the whole budget."""
    keys = ("3月底", "6月底", "10月底", "12月底")
    return Project(
        name=name,
        budget_total=_amount(budget),
        budget_fiscal=_amount(fiscal if fiscal is not None else budget),
        budget_other=_amount(other),
        purpose=purpose,
        spend_plan=dict(zip(keys, (_amount(v) for v in (spend or (None,) * 4)), strict=True)),
        goals=goals if goals is not None else ["完成示例项目年度任务"],
        indicators=list(indicators),
    )


def plan(*projects: Project, **fields: object) -> DepartmentPlan:
    """A document holding ``projects``; other fields (department part…) as given."""
    data: dict[str, object] = {
        "source_file": EXAMPLE_FILE,
        "department": "示例部门",
        "year": 2023,
        "overall_goal": "保障机关正常运转。",
        "measures": ["加强预算绩效管理。"],
    }
    data.update(fields)
    data["projects"] = list(projects)
    return DepartmentPlan.model_validate(data)


def indicator_example(
    label: str,
    *,
    fails: bool,
    level2: str,
    level3: str,
    value: str,
    description: str = "",
    level1: str | None = None,
    origin: str = "构造",
    budget: str | None = "10.00",
    name: str = "示例项目",
    goals: list[str] | None = None,
) -> Example:
    """An example made of one indicator row (in a project of ``budget`` 万元)."""
    row = indicator(level2, level3, value, description, level1=level1)
    p = project(row, name=name, budget=budget, goals=goals)
    cells = (row.level1, row.level2, row.level3, row.description, row.value)
    return Example(label=label, fails=fails, plan=plan(p), origin=origin, row=cells)


def project_example(
    label: str, *, fails: bool, project: Project, shows: str, origin: str = "构造"
) -> Example:
    """An example made of one project."""
    return Example(label=label, fails=fails, plan=plan(project), origin=origin, shows=shows)


def plan_example(
    label: str, *, fails: bool, plan: DepartmentPlan, shows: str, origin: str = "构造"
) -> Example:
    """An example made of a whole (small) document."""
    return Example(label=label, fails=fails, plan=plan, origin=origin, shows=shows)


def disclosure_example(
    label: str, *, fails: bool, tables: list[dict[str, object]], shows: str, origin: str = "构造"
) -> Example:
    """An example made of 部门预算公开 tables (in a document with one empty project)."""
    document = plan(project(name="示例项目"), disclosure={"tables": tables})
    return plan_example(label, fails=fails, plan=document, shows=shows, origin=origin)


_CHECKPOINTS = ("3月底", "6月底", "10月底", "12月底")


def spend_example(
    label: str,
    *,
    fails: bool,
    spend: tuple[str | None, str | None, str | None, str | None],
    name: str = "示例项目",
    origin: str = "构造",
) -> Example:
    """An example project with the spending plan ``spend``, shown as the table reads."""
    shown = "，".join(
        f"{point}{share}%" if share is not None else f"{point}（空）"
        for point, share in zip(_CHECKPOINTS, spend, strict=True)
    )
    return project_example(
        label,
        fails=fails,
        project=project(name=name, spend=spend),
        shows=f"资金支出计划：{shown}",
        origin=origin,
    )
