"""项目类型与指标 (project type): what kind of spending a project is, against what its
indicators measure. Project types and output words are lexicons (``lexicon-review.json``);
each rule says how sure it is, since a name tells only so much."""

from __future__ import annotations

from jixiao.review.context import IndicatorView, PlanView, ProjectView, plan_fact
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)


def _one_off(p: ProjectView) -> str | None:
    lists = words()
    match = lists.one_off_projects.search(p.project.name)
    if match is None or lists.one_off_exclude.search(p.project.name):
        return None
    return match.group(0)


def _recurring(v: IndicatorView) -> str | None:
    text = v.text + "｜" + (v.value.unit or "")
    match = words().recurring_outputs.search(text)
    return match.group(0) if match else None


def _one_off_with_service(p: ProjectView) -> list[Hit]:
    kind = _one_off(p)
    if kind is None:
        return []
    hits = []
    for v in p.indicators:
        word = _recurring(v)
        if word is not None and v.level2 in ("数量", "质量", "时效"):
            hits.append(
                hit(
                    f"{q(kind)}项目{q(p.project.name)}只付一次钱，指标{q(v.name)}"
                    f"却衡量经常性服务（{q(word)}）。",
                    field="level3",
                    indicator_index=v.index,
                )
            )
    return hits


R108 = TABLE.rule("R108", _one_off_with_service)


def _renovation_as_upkeep(p: ProjectView) -> list[Hit]:
    lists = words()
    name = p.project.name
    work = lists.renovation_projects.search(name)
    if work is None or lists.one_off_exclude.search(name):
        return []
    outputs = [v for v in p.indicators if v.level2 in ("数量", "质量", "时效")]
    if any(lists.renovation_projects.search(v.text) for v in outputs):
        return []  # the renovation itself is measured too
    hits = []
    for v in outputs:
        match = lists.routine_upkeep.search(v.text)
        if match is not None:
            hits.append(
                hit(
                    f"{q(work.group(0))}项目{q(name)}的指标{q(v.name)}衡量的是日常维护"
                    f"（{q(match.group(0))}），没有一项指标衡量{work.group(0)}工程本身。",
                    field="level3",
                    indicator_index=v.index,
                )
            )
    return hits


R109 = TABLE.rule("R109", _renovation_as_upkeep)


def _long_names(view: PlanView) -> tuple[str, ...]:
    """The names of the document's projects long enough to be told apart in a text."""
    return tuple([name for p in view.projects if len(name := p.project.name) >= 6])


def _funds_other_projects(p: ProjectView) -> list[Hit]:
    purpose = (p.project.purpose or "").strip()
    if not purpose:
        # Tables without a 资金用途 row say what the money is for in the 年度目标.
        goal = (p.project.annual_goal or "").strip()
        match = words().other_project_funding.search(goal)
        if match is None:
            return []
        return [
            hit(
                f"年度目标{q(goal)}写明{q(match.group(0))}，资金用于另一个项目。",
                field="annual_goal",
                confidence=0.65,
            )
        ]
    match = words().other_project_funding.search(purpose)
    if match is not None:
        return [hit(f"资金用途{q(purpose)}写明{q(match.group(0))}。", field="purpose")]
    if not any(map(purpose.__contains__, plan_fact(p.plan, _long_names))):
        return []  # (most purposes name no project: no loop over the projects)
    for other in p.plan.projects:
        name = other.project.name
        if other is not p and len(name) >= 6 and name in purpose and name not in p.project.name:
            return [
                hit(
                    f"资金用途{q(purpose)}提到本文本的另一个项目{other.index}{q(name)}。",
                    field="purpose",
                    confidence=0.6,
                )
            ]
    return []


R110 = TABLE.rule("R110", _funds_other_projects)


def _project_on_department_form(p: ProjectView) -> list[Hit]:
    if not phrases().project_on_department_form.search(p.project.name):
        return []
    return [
        hit(
            f"{q(p.project.name, 40)}是一项经费（专项资金），却用了部门整体支出绩效表："
            "整体支出表按单位职能和全部预算设目标，衡量不了这笔项目资金的产出和效益。",
            field="name",
        )
    ]


R118 = TABLE.rule("R118", _project_on_department_form)

RULES = (R108, R109, R110, R118)
