"""W109–W111: near-duplicate names, the same description twice, projects that overlap."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz import fuzz

from jixiao.checks import Criterion, Severity
from jixiao.review.context import IndicatorView, PlanView, ProjectView, squeeze
from jixiao.review.examples import indicator, plan, plan_example, project, project_example
from jixiao.review.rule import Hit, PlanRule, ProjectRule
from jixiao.review.rules.common import q
from jixiao.review.rules.statements.common import EZHOU, FAMILY, NEAR, OVERLAP, RONGCHANG
from jixiao.review.rules.words import related_projects


@lru_cache(maxsize=1 << 12)
def _near_pairs(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[int, int], ...]:
    """(later, earlier) positions of near-identical names under different second levels."""
    pairs = []
    for i, (level, key) in enumerate(rows):
        if len(key) < 4:
            continue
        for j in range(i):
            other_level, other = rows[j]
            if other_level == level or other == key or len(other) < 4:
                continue
            if abs(len(key) - len(other)) * 100 > (len(key) + len(other)) * 12:
                continue  # lengths alone keep the ratio under the threshold
            if fuzz.ratio(key, other) >= NEAR:
                pairs.append((i, j))
                break
    return tuple(pairs)


def _near_names(p: ProjectView) -> list[Hit]:
    views = p.indicators
    hits: list[Hit] = []
    for i, j in _near_pairs(tuple((v.level2, v.key) for v in views)):
        v, w = views[i], views[j]
        hits.append(
            Hit(
                f"指标{q(v.indicator.level2 + '/' + v.name)}与第{w.index}项"
                f"{q(w.indicator.level2 + '/' + w.name)}几乎相同。",
                field="level3",
                indicator_index=v.index,
            )
        )
    return hits


W109 = ProjectRule(
    id="W109",
    title="不同二级指标下的指标名称几乎相同",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.75,
    check=_near_names,
    explanation=(
        "同一项目里，数量指标和质量指标（或产出和效益）下各有一项几乎同名的指标"
        "（相似度≥88%，rapidfuzz），多是把一个指标换了个层级再填一次，会重复计分。"
    ),
    suggestion="删去其中一项，或把两项改为分别衡量数量和质量的不同指标。",
    examples=(
        project_example(
            "“日常维修维护验收合格率”与“日常维修维护验收合格数”",
            fails=True,
            project=project(
                indicator("数量指标", "办公大楼日常维修维护验收合格数", "≥2280次"),
                indicator("质量指标", "办公大楼日常维修维护验收合格率", ">92%"),
                name="办公大楼运行保障",
            ),
            shows="数量指标｜办公大楼日常维修维护验收合格数；质量指标｜办公大楼日常维修维护验收合格率",
            origin=f"{EZHOU} 质量指标行，数量指标行改写为构造",
        ),
        project_example(
            "“日常维修维护次数”与“日常维修维护验收合格率”",
            fails=False,
            project=project(
                indicator("数量指标", "办公大楼日常维修维护次数", "2280次"),
                indicator("质量指标", "办公大楼日常维修维护验收合格率", ">92%"),
                name="办公大楼运行保障",
            ),
            shows="数量指标｜办公大楼日常维修维护次数；质量指标｜办公大楼日常维修维护验收合格率",
            origin=EZHOU,
        ),
    ),
)


def _same_descriptions(p: ProjectView) -> list[Hit]:
    hits: list[Hit] = []
    seen: dict[str, IndicatorView] = {}
    for v in p.indicators:
        text = squeeze(v.indicator.description)
        if len(text) < 8 or v.echo:
            continue
        first = seen.setdefault(text, v)
        if first is not v and first.key != v.key:
            hits.append(
                Hit(
                    f"指标{q(v.name)}的描述与第{first.index}项{q(first.name)}完全相同："
                    f"{q(v.indicator.description, 30)}。",
                    field="description",
                    indicator_index=v.index,
                )
            )
    return hits


W110 = ProjectRule(
    id="W110",
    title="不同指标的描述完全相同",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.INFO,
    confidence=0.8,
    check=_same_descriptions,
    explanation=(
        "两项不同的指标用一字不差的描述，至少有一项的口径没有写清（常见于整列复制的"
        "“该指标主要考察……情况”）。"
    ),
    suggestion="为每项指标分别写明含义和计算方法。",
    examples=(
        project_example(
            "两项指标描述都是“反映办公大楼全年维修维护情况”",
            fails=True,
            project=project(
                indicator(
                    "数量指标", "办公大楼日常维修维护次数", "2280次", "反映办公大楼全年维修维护情况"
                ),
                indicator("数量指标", "大楼安检巡察次数", "200次", "反映办公大楼全年维修维护情况"),
                name="办公大楼运行保障",
            ),
            shows="两行描述：反映办公大楼全年维修维护情况",
            origin=f"{EZHOU} 第二行原描述“反映大楼保卫巡检情况”，改为相同以示问题",
        ),
        project_example(
            "描述各不相同",
            fails=False,
            project=project(
                indicator(
                    "数量指标", "办公大楼日常维修维护次数", "2280次", "反映办公大楼全年维修维护情况"
                ),
                indicator("数量指标", "大楼安检巡察次数", "200次", "反映大楼保卫巡检情况"),
                name="办公大楼运行保障",
            ),
            shows="描述：反映办公大楼全年维修维护情况；反映大楼保卫巡检情况",
            origin=EZHOU,
        ),
    ),
)


def _signature(p: ProjectView) -> frozenset[tuple[str, str]]:
    """The indicators of a project, name and value (a template shares names, not values)."""
    return frozenset((v.key, v.value.canonical) for v in p.indicators if v.key)


def _overlapping(view: PlanView) -> Iterator[Hit]:
    projects = [(p, _signature(p)) for p in view.projects if len(p.indicators) >= 3]
    for i, (p, mine) in enumerate(projects):
        for other, theirs in projects[:i]:
            common = len(mine & theirs)
            if common < 3:
                continue
            share = common / (min(len(mine), len(theirs)) or 1)
            if share < OVERLAP or related_projects(p, other):
                continue
            goals = fuzz.token_set_ratio(" ".join(p.project.goals), " ".join(other.project.goals))
            if goals < 60:
                continue
            yield Hit(
                f"项目{q(p.project.name)}与项目{other.index}{q(other.project.name)}有"
                f"{common}项指标名称和指标值都相同（占{share:.0%}），绩效目标相似度{goals:.0f}%，"
                "可能重复安排资金。",
                field="indicators",
                project_index=p.index,
                confidence=0.6 if share < 0.9 else None,
            )


# The Rongchang greening project both W111 examples compare with.
_GREENING = project(
    indicator("数量指标", "绿化美化公路", "=3500米"),
    indicator("数量指标", "购买发放李子苗", "=15000株"),
    indicator("质量指标", "树木成活率", "≥85%"),
    name="古昌镇大青冈村乡村振兴绿化美化项目",
    goals=["对古昌镇大青杠村约3500米公路沿线进行绿化美化"],
)


W111 = PlanRule(
    id="W111",
    title="两个项目的目标与指标大量重叠",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.7,
    check=_overlapping,
    explanation=(
        "同一部门的两个项目，绩效目标相近、六成以上的指标（名称和指标值）相同，可能是同一事项分两个项目"
        "申请资金（重复安排），值得审核人员看一眼。同一项目的不同年度或分期不在此列。"
    ),
    suggestion="说明两个项目的区别，或合并为一个项目。",
    examples=(
        plan_example(
            "两个项目都是“公路沿线绿化、李子苗发放”",
            fails=True,
            plan=plan(
                _GREENING,
                project(
                    indicator("数量指标", "绿化美化公路", "=3500米"),
                    indicator("数量指标", "购买发放李子苗", "=15000株"),
                    indicator("质量指标", "树木成活率", "≥85%"),
                    name="义务植树及林地改造项目",
                    goals=["对古昌镇大青杠村公路沿线进行绿化美化"],
                ),
            ),
            shows="两项目指标：绿化美化公路=3500米、购买发放李子苗=15000株、树木成活率≥85%",
            origin=f"{RONGCHANG} 第二个项目名取自同一页的项目清单，指标为构造",
        ),
        plan_example(
            "绿化项目与森林防火项目",
            fails=False,
            plan=plan(
                _GREENING,
                project(
                    indicator("数量指标", "防火隔离带建设长度", "≥10公里"),
                    indicator("质量指标", "隔离带验收合格率", "=100%"),
                    indicator("时效指标", "完成时间", "≤11月"),
                    name="防火隔离带建设",
                    goals=["建设防火隔离带，降低森林火灾风险"],
                ),
            ),
            shows="指标各不相同",
            origin=f"{RONGCHANG} 项目清单（防火隔离带建设50万元），指标为构造",
        ),
    ),
)
