"""问卷 (Questionnaire): one question per 满意度 indicator of a plan.

The indicator names who is asked (``服务对象满意度`` → 服务对象; ``干部职工对后勤保障满意度`` →
干部职工 about 后勤保障); its 指标值 gives the target the rate is compared with.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.grammar import Direction, ValueKind, parse_value
from jixiao.model.plan import DepartmentPlan, Indicator, Project
from jixiao.surveys.profile import SurveyProfile

_SATISFACTION = re.compile(r"满意")
# "对" but not the 对 of 对象 / 针对 (服务对象满意度 names a group, not a subject).
_WHO_ABOUT = re.compile(r"^(?P<who>.+?)(?<!针)对(?!象)(?P<about>.+?)(?:的)?满意(?:度|率|程度)")
_WHO = re.compile(r"^(?P<who>.+?)(?:的)?满意(?:度|率|程度)")
# A "who" that ends like a group of people; otherwise it names what is rated (接待满意度).
_PEOPLE = re.compile(
    r"(人员|对象|群众|公众|单位|职工|学生|居民|村民|企业|公司|机构|家长|患者|者|户|员|方|人)$"
)
DEFAULT_GROUP = "服务对象"
# An indicator written as a sentence ("不断提高机关事务工作，提高机关职工满意度"): the group
# is in its last clause, after the verb (机关职工), not the whole sentence.
_CLAUSE = re.compile(r"^.*[，,、；;。：:]")
_VERB = re.compile(r"^(?:不断|进一步|持续|努力)?(?:提高|提升|增强|确保|保证|保持|实现|达到)")


def _who(text: str) -> str:
    return _VERB.sub("", _CLAUSE.sub("", text))


class Question(BaseModel):
    """One question: which indicator it measures, whom it asks, what it must reach."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(description="问卷内编号, e.g. 'p2i7' (项目2 指标7)")
    project: str = Field(description="项目名称")
    project_index: int
    indicator_index: int
    indicator: str = Field(description="三级指标")
    text: str = Field(description="题目")
    group: str = Field(description="受访对象")
    target_text: str = Field(default="", description="指标值 as written")
    target_direction: Direction | None = None
    target_percent: Decimal | None = Field(default=None, description="目标满意率（%）")
    problems: tuple[str, ...] = Field(default=(), description="问卷设计上的问题")


class Questionnaire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    department: str | None = None
    year: int | None = None
    profile: str
    questions: tuple[Question, ...]

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)


def is_satisfaction_indicator(indicator: Indicator) -> bool:
    """满意度指标: by its first or second level, or a name about satisfaction."""
    return any(_SATISFACTION.search(text) for text in (indicator.level1, indicator.level2)) or (
        "满意" in indicator.level3 and not indicator.level3.startswith("不满意")
    )


def respondent_group(name: str, description: str = "") -> tuple[str, str | None]:
    """(受访对象, 调查内容) named by an indicator, e.g. ('干部职工', '后勤保障')."""
    for text in (name, description):
        compact = re.sub(r"\s+", "", text)
        match = _WHO_ABOUT.search(compact)
        if match and _who(match["who"]):
            return _who(match["who"]), match["about"]
    match = _WHO.search(re.sub(r"\s+", "", name))
    who = _who(match["who"]) if match else ""
    if who and who not in {"总体", "综合", "整体"}:
        return (who, None) if _PEOPLE.search(who) else (DEFAULT_GROUP, who)
    return DEFAULT_GROUP, None


def _problems(
    indicator: Indicator,
    group: str,
    target: Decimal | None,
    direction: Direction | None,
    profile: SurveyProfile,
) -> list[str]:
    problems: list[str] = []
    value_text = indicator.value
    if "满意" not in indicator.level3:
        problems.append(f"指标“{indicator.level3}”列在满意度指标下，但名称未体现满意度")
    if any(word in group for word in profile.not_respondents):
        problems.append(f"受访对象“{group}”不是服务对象：满意度应由服务对象或受益群众评价")
    if target is None:
        problems.append(f"指标值“{value_text or '（空）'}”不是百分比，无法与满意率比较")
    elif target >= 100:
        problems.append("目标满意率为100%：任何一份不满意的问卷都会使指标未完成")
    if direction in (Direction.LE, Direction.LT):
        problems.append(f"指标值“{value_text}”为上限，满意度目标应写作“≥”")
    return problems


def _question(
    project: Project, p_index: int, indicator: Indicator, i_index: int, profile: SurveyProfile
) -> Question:
    group, about = respondent_group(indicator.level3, indicator.description)
    subject = about or f"“{project.name}”的实施效果"
    value = parse_value(indicator.value)
    percent = (
        value.number
        if value.kind is ValueKind.QUANTITATIVE and value.unit == "%" and value.number is not None
        else None
    )
    return Question(
        key=f"p{p_index + 1}i{i_index + 1}",
        project=project.name,
        project_index=p_index,
        indicator_index=i_index,
        indicator=indicator.level3,
        text=f"您对{subject}满意吗？",
        group=group,
        target_text=indicator.value,
        target_direction=value.direction if percent is not None else None,
        target_percent=percent,
        problems=tuple(_problems(indicator, group, percent, value.direction, profile)),
    )


def questionnaire_from_plan(
    plan: DepartmentPlan,
    profile: SurveyProfile,
    projects: set[str] | None = None,
) -> Questionnaire:
    """The questionnaire of a plan's 满意度 indicators (of the named projects, or all)."""
    questions = [
        _question(project, p_index, indicator, i_index, profile)
        for p_index, project in enumerate(plan.projects)
        if projects is None or project.name in projects
        for i_index, indicator in enumerate(project.indicators)
        if is_satisfaction_indicator(indicator)
    ]
    who = plan.department or "本单位"
    year = f"{plan.year}年度" if plan.year else ""
    return Questionnaire(
        title=f"{who}{year}服务满意度调查",
        department=plan.department,
        year=plan.year,
        profile=profile.id,
        questions=tuple(questions),
    )
