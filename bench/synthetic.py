"""A synthetic set of department plans built from the seeds, for benchmarks.

Each synthetic document is a seed plan with its projects shuffled, names and
numbers varied, so the importer meets realistic tables of realistic sizes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from jixiao.importers.api import import_file
from jixiao.model import DepartmentPlan, Project

SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def seed_plans() -> list[DepartmentPlan]:
    return [import_file(path) for path in sorted(SEEDS_DIR.glob("*.txt"))]


def _vary(project: Project, rng: random.Random, index: int) -> Project:
    copy = project.model_copy(deep=True)
    copy.name = f"{project.name}{index}"
    if copy.budget_total is not None:
        copy.budget_total = (copy.budget_total * Decimal(rng.randint(50, 150)) / 100).quantize(
            Decimal("0.01")
        )
        copy.budget_fiscal = copy.budget_total
    return copy


def synthetic_plans(count: int, seed: int = 7) -> Iterator[DepartmentPlan]:
    rng = random.Random(seed)
    bases = seed_plans()
    for number in range(count):
        base = bases[number % len(bases)]
        plan = base.model_copy(deep=True)
        plan.department = f"{base.department}（样本{number}）"
        projects = list(base.projects)
        rng.shuffle(projects)
        plan.projects = [_vary(p, rng, i) for i, p in enumerate(projects)]
        yield plan


def _cell(text: str | None) -> str:
    return (text or "").replace("\t", " ").replace("\n", " ")


def _number(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


def plan_to_text(plan: DepartmentPlan) -> str:
    """Render a plan as a tab-separated text rendering (the layout of seeds 002/003)."""
    lines = [
        f"{plan.department}",
        f"{plan.year or ''}年部门预算绩效文本",
        "",
        "第一部分",
        "部门整体绩效目标",
        "一、总体绩效目标",
        plan.overall_goal or "",
        "二、分项绩效目标",
    ]
    for sub in plan.sub_goals:
        lines += [
            f"（一）{sub.title or ''}",
            f"绩效目标：{sub.goal or ''}",
            f"绩效指标：{sub.indicator or ''}",
        ]
    lines += ["三、工作保障措施", *[f"（{i + 1}）{m}" for i, m in enumerate(plan.measures)]]
    lines += ["第二部分", "预算项目绩效目标"]
    for number, project in enumerate(plan.projects, start=1):
        lines += ["", f"{number}.{project.name}绩效目标表", ""]
        if project.unit_code:
            lines += [f"{project.unit_code} {project.unit_name}", "", "单位：万元", ""]
        lines.append(f"项目编码\t{_cell(project.code)}\t\t项目名称\t{_cell(project.name)}\t\t")
        lines.append(
            f"预算规模及资金用途\t预算数\t{_number(project.budget_total)}\t其中：财政资金\t"
            f"{_number(project.budget_fiscal)}\t其他资金\t{_number(project.budget_other)}"
        )
        lines.append(f"\t{_cell(project.purpose)}\t\t\t\t\t")
        plan_cells = [
            _number(v) + ("%" if v is not None else "") for v in project.spend_plan.values()
        ]
        lines.append("资金支出计划（%）\t3月底\t6月底\t10月底\t12月底\t\t")
        lines.append("\t" + "\t".join(plan_cells) + "\t\t")
        goals = " ".join(f"{i + 1}.{g}" for i, g in enumerate(project.goals))
        lines.append(f"绩效目标\t{_cell(goals)}\t\t\t\t\t")
        lines.append("一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t")
        previous = ""
        for ind in project.indicators:
            level1 = "" if ind.level1 == previous else ind.level1
            previous = ind.level1
            lines.append(
                "\t".join(
                    _cell(x)
                    for x in (level1, ind.level2, ind.level3, ind.description, ind.value, ind.basis)
                )
                + "\t"
            )
    return "\n".join(lines) + "\n"
