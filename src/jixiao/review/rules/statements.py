"""描述与指标值、重复与重叠 (statements): what the words promise against the value, and
indicators or projects that say the same thing twice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz import fuzz

from jixiao.checks import Criterion, Severity
from jixiao.grammar import Direction, IndicatorValue, ValueKind, parse_value
from jixiao.review.context import IndicatorView, PlanView, ProjectView, squeeze
from jixiao.review.examples import indicator, plan, plan_example, project, project_example
from jixiao.review.rule import Hit, IndicatorRule, PlanRule, ProjectRule
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import PERCENT, amount, q
from jixiao.review.rules.words import related_projects

FAMILY = "words"
_NINGJIN = "河北宁晋县教育局2019年高中助学金项目绩效评价指标表（samples/real）"
_CITY = "城市管理委员会2020年抗疫特别国债项目绩效目标表（samples/real）"
_YUEYANG = "湖南岳阳楼区价格认证鉴定中心2023年部门整体绩效目标表（monopolymediamarketing.com 转载）"
_FENGJIE = "重庆奉节县云雾乡2023年加工园配套设施建设项目绩效目标审批表（samples/real）"
_EZHOU = "鄂州市2022年办公大楼运行保障项目支出绩效目标表（desk33.com）"
_RONGCHANG = "重庆荣昌区林业局2022年大青冈村绿化美化项目绩效目标表（samples/real）"
_NUMBER = re.compile(r"[0-9]")
_NEAR = 88.0  # rapidfuzz ratio from which two names are near-duplicates
_OVERLAP = 0.6  # share of indicator names two projects have in common


def _partial(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit != PERCENT or value.number is None or value.number >= 100:
        return None
    if value.direction not in (None, Direction.GE, Direction.GT, Direction.EQ):
        return None
    match = words().universal.search(v.indicator.description) or words().universal.search(v.name)
    if match is None:
        return None
    return Hit(
        f"{q(v.indicator.description or v.name)}说的是{q(match.group(0))}，"
        f"指标值{q(v.indicator.value)}却只要求一部分。",
        field="value",
    )


W106 = IndicatorRule(
    id="W106",
    title="描述说“全部”“全覆盖”，指标值却不到100%",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.8,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    check=_partial,
    explanation=(
        "描述或名称写“全部”“所有”“全覆盖”“应保尽保”，指标值却是“≥95%”：两者必有一处"
        "不实，年终自评会按低的一个打分。"
    ),
    suggestion="统一口径：确需全部完成的写“=100%”，否则删去“全部”“全覆盖”等字样。",
    examples=(
        project_example(
            "“辖区道路全部清扫保洁” ≥99%",
            fails=True,
            project=project(
                indicator("社会效益指标", "清扫保洁覆盖率", "≥99%", "辖区道路全部清扫保洁"),
                name="疫情期间区域病媒防治环境卫生清洁等费用",
            ),
            shows="社会效益指标｜清扫保洁覆盖率｜辖区道路全部清扫保洁｜≥99%",
            origin=f"{_CITY} “清扫保洁覆盖率 ≥99%”，描述为构造",
        ),
        project_example(
            "“建档立卡学生全面覆盖” 100%",
            fails=False,
            project=project(
                indicator("质量指标", "建档立卡学生全面覆盖", "100%", "建档立卡学生全面覆盖"),
                name="高中助学金",
            ),
            shows="质量指标｜建档立卡学生全面覆盖｜100%",
            origin=_NINGJIN,
        ),
    ),
)


def _stated(text: str) -> IndicatorValue | None:
    if not _NUMBER.search(text):
        return None
    stated = parse_value(text)
    if stated.kind is not ValueKind.QUANTITATIVE or stated.number is None or not stated.unit:
        return None
    return stated if stated.upper is None else None


def _number_differs(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.number is None or value.unit is None or value.upper is not None:
        return None
    stated = _stated(v.indicator.description)
    if stated is None or stated.unit != value.unit or stated.number == value.number:
        return None
    if value.unit == PERCENT and stated.direction is None:
        return None  # “覆盖率达到90%的村” describes, it does not set the target
    return Hit(
        f"绩效指标描述写{q(v.indicator.description)}（{amount(stated.number)}{stated.unit}），"
        f"指标值却是{q(v.indicator.value)}。",
        field="value",
    )


W107 = IndicatorRule(
    id="W107",
    title="描述中的数字与指标值不符",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.75,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    check=_number_differs,
    explanation=(
        "描述里写了要求（“24小时内办结”“每年检查4次”），指标值却是另一个数（“≤48小时”"
        "“≥6次”），年终按哪个考核说不清。计量单位相同而数字不同时提示；方向相反由W101提示。"
    ),
    suggestion="统一描述与指标值中的数字。",
    examples=(
        project_example(
            "描述“24小时内完成”，指标值“≤48小时”",
            fails=True,
            project=project(
                indicator("时效指标", "维修响应时间", "≤48小时", "接报修后24小时内完成维修"),
                name="办公大楼运行保障",
            ),
            shows="时效指标｜维修响应时间｜接报修后24小时内完成维修｜≤48小时",
            origin=f"构造，仿{_EZHOU}的维修维护指标",
        ),
        project_example(
            "描述与指标值一致",
            fails=False,
            project=project(
                indicator("数量指标", "大楼安检巡察次数", "200次", "全年安检巡察200次"),
                name="办公大楼运行保障",
            ),
            shows="数量指标｜大楼安检巡察次数｜全年安检巡察200次｜200次",
            origin=_EZHOU,
        ),
    ),
)


def _level_as_name(v: IndicatorView) -> Hit | None:
    name = squeeze(v.name)
    if name not in words().level_names:
        return None
    return Hit(f"三级指标{q(v.name)}只是层级名称，没有说明衡量什么。", field="level3")


W108 = IndicatorRule(
    id="W108",
    title="三级指标名称照抄层级名称",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.9,
    check=_level_as_name,
    explanation=(
        "三级指标要写具体衡量的内容；写成“社会成本指标”“数量指标”等层级名称，等于没有设置指标。"
    ),
    suggestion="写出具体的指标，如“业务工作支出安排金额”“价格认定完成件数”。",
    examples=(
        project_example(
            "三级指标“社会成本指标”",
            fails=True,
            project=project(
                indicator("成本指标", "社会成本指标", "100%", "该指标主要考察总成本控制情况"),
                name="部门整体支出",
            ),
            shows="成本指标｜社会成本指标｜100 %｜该指标主要考察总成本控制情况",
            origin=_YUEYANG,
        ),
        project_example(
            "三级指标“项目建设成本”",
            fails=False,
            project=project(indicator("成本指标", "项目建设成本", "≤65万元"), budget="65"),
            shows="成本指标｜项目建设成本｜≤65万元",
            origin=_FENGJIE,
        ),
    ),
)


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
            if fuzz.ratio(key, other) >= _NEAR:
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
            origin=f"{_EZHOU} 质量指标行，数量指标行改写为构造",
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
            origin=_EZHOU,
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
            origin=f"{_EZHOU} 第二行原描述“反映大楼保卫巡检情况”，改为相同以示问题",
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
            origin=_EZHOU,
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
            if share < _OVERLAP or related_projects(p, other):
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
                project(
                    indicator("数量指标", "绿化美化公路", "=3500米"),
                    indicator("数量指标", "购买发放李子苗", "=15000株"),
                    indicator("质量指标", "树木成活率", "≥85%"),
                    name="古昌镇大青冈村乡村振兴绿化美化项目",
                    goals=["对古昌镇大青杠村约3500米公路沿线进行绿化美化"],
                ),
                project(
                    indicator("数量指标", "绿化美化公路", "=3500米"),
                    indicator("数量指标", "购买发放李子苗", "=15000株"),
                    indicator("质量指标", "树木成活率", "≥85%"),
                    name="义务植树及林地改造项目",
                    goals=["对古昌镇大青杠村公路沿线进行绿化美化"],
                ),
            ),
            shows="两项目指标：绿化美化公路=3500米、购买发放李子苗=15000株、树木成活率≥85%",
            origin=f"{_RONGCHANG} 第二个项目名取自同一页的项目清单，指标为构造",
        ),
        plan_example(
            "绿化项目与森林防火项目",
            fails=False,
            plan=plan(
                project(
                    indicator("数量指标", "绿化美化公路", "=3500米"),
                    indicator("数量指标", "购买发放李子苗", "=15000株"),
                    indicator("质量指标", "树木成活率", "≥85%"),
                    name="古昌镇大青冈村乡村振兴绿化美化项目",
                    goals=["对古昌镇大青杠村约3500米公路沿线进行绿化美化"],
                ),
                project(
                    indicator("数量指标", "防火隔离带建设长度", "≥10公里"),
                    indicator("质量指标", "隔离带验收合格率", "=100%"),
                    indicator("时效指标", "完成时间", "≤11月"),
                    name="防火隔离带建设",
                    goals=["建设防火隔离带，降低森林火灾风险"],
                ),
            ),
            shows="指标各不相同",
            origin=f"{_RONGCHANG} 项目清单（防火隔离带建设50万元），指标为构造",
        ),
    ),
)

RULES = (W106, W107, W108, W109, W110, W111)
