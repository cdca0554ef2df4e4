"""满意度 (satisfaction): a threshold with its sign, asked of the service recipients, set
alike across the document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks import Criterion, Severity
from jixiao.grammar import ValueKind
from jixiao.review.context import IndicatorView, PlanView
from jixiao.review.examples import indicator, plan, plan_example, project, project_example
from jixiao.review.rule import Hit, IndicatorRule, PlanRule
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import PERCENT, amount, is_satisfaction, q

_NANYUE = "湖南南岳区2018年人大代表扶贫基地绩效目标申报表（samples/real）"
_CITY = "城市管理委员会2020年抗疫特别国债项目绩效目标表（samples/real）"
_TONGXIN = "宁夏同心县下马关镇2023年黄金蜜（葡萄）种植项目绩效目标公示（samples/real）"
_GAP = Decimal(10)  # percentage points between a threshold and the document's usual one


def _satisfied(v: IndicatorView) -> bool:
    return is_satisfaction(v) or v.facts.satisfaction


def _no_sign(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit != PERCENT or value.direction is not None or value.number is None:
        return None
    if value.number >= 100 or not _satisfied(v):
        return None  # 100% is N109's
    return Hit(
        f"满意度目标{q(v.indicator.value)}没有比较符号，达到{amount(value.number)}%以上是否算完成不明确。",
        field="value",
    )


N111 = IndicatorRule(
    id="N111",
    title="满意度目标缺少比较符号",
    family="numbers",
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.85,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    check=_no_sign,
    explanation=(
        "满意度是下限目标：写“90%”时，调查结果95%算不算完成、89%差多少，都要靠猜。应写成“≥90%”。"
    ),
    suggestion="写成下限，如“≥90%”。",
    examples=(
        project_example(
            "“周围群众满意度 90%”",
            fails=True,
            project=project(
                indicator("服务对象满意度指标", "周围群众满意度", "90%"),
                name="疫情期间区域病媒防治环境卫生清洁等费用",
            ),
            shows="服务对象满意度指标｜周围群众满意度｜90%",
            origin=f"{_CITY} 原值“≥90%”，去掉符号以示问题",
        ),
        project_example(
            "“受益脱贫户满意度 ≥95%”",
            fails=False,
            project=project(
                indicator("服务对象满意度指标", "受益脱贫户满意度", "≥95%"),
                name="设施农业黄金蜜（葡萄）种植项目",
            ),
            shows="服务对象满意度指标｜受益脱贫户满意度｜≥95%",
            origin=_TONGXIN,
        ),
    ),
)


def _respondents(v: IndicatorView) -> Hit | None:
    if not _satisfied(v):
        return None
    match = words().wrong_respondents.search(v.name) or words().wrong_respondents.search(
        v.indicator.description
    )
    if match is None:
        return None
    return Hit(
        f"满意度{q(v.name)}调查的是{q(match.group(0))}，不是项目的服务对象。",
        field="level3",
    )


R107 = IndicatorRule(
    id="R107",
    title="满意度的调查对象不是服务对象",
    family="fit",
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.8,
    check=_respondents,
    explanation=(
        "服务对象满意度问的是接受服务的群众、学生、使用单位；中标单位、供应商、施工方是"
        "花钱买来的服务提供者，本单位和主管部门是出资方，他们的满意度证明不了服务效果。"
        "调查对象词表是数据。"
    ),
    suggestion="改为服务对象的满意度，如“周围群众满意度≥90%”“使用人员满意度≥90%”。",
    examples=(
        project_example(
            "“服务外包公司满意度”",
            fails=True,
            project=project(
                indicator(
                    "服务对象满意度指标", "外包公司满意度", "≥90%", "服务外包公司对结算的满意程度"
                ),
                name="疫情期间区域病媒防治环境卫生清洁等费用",
            ),
            shows="服务对象满意度指标｜外包公司满意度｜≥90%",
            origin=f"{_CITY} 目标写明“工作由服务外包公司承担”，此满意度行为构造",
        ),
        project_example(
            "“参与旅游扶贫项目贫困群众满意度”",
            fails=False,
            project=project(
                indicator("服务对象满意度指标", "参与旅游扶贫项目贫困群众满意度", ">=90%"),
                name="人大代表扶贫基地",
            ),
            shows="服务对象满意度指标｜参与旅游扶贫项目贫困群众满意度｜>=90%",
            origin=_NANYUE,
        ),
    ),
)


def _thresholds(view: PlanView) -> Iterator[Hit]:
    found: list[tuple[IndicatorView, Decimal]] = []
    for p in view.projects:
        for v in p.indicators:
            value = v.value
            number = value.number
            if value.unit != PERCENT or number is None or value.upper is not None:
                continue
            if number <= 100 and _satisfied(v):
                found.append((v, number))
    if len(found) < 3:
        return
    usual, count = Counter(n for _, n in found).most_common(1)[0]
    if count * 2 <= len(found):
        return  # no usual threshold to compare with
    for v, number in found:
        if abs(number - usual) >= _GAP:
            yield Hit(
                f"满意度{q(v.name)}的目标{q(v.indicator.value)}与本文本多数满意度目标"
                f"（{amount(usual)}%，{count}项）相差{amount(abs(number - usual))}个百分点。",
                field="value",
                project_index=v.project.index,
                indicator_index=v.index,
                params={"usual": amount(usual)},
            )


N112 = PlanRule(
    id="N112",
    title="满意度目标前后不一",
    family="numbers",
    criterion=Criterion.APPROPRIATENESS,
    severity=Severity.INFO,
    confidence=0.6,
    check=_thresholds,
    explanation=(
        "同一部门的满意度目标一般取同一档（如≥90%）；个别项目定得明显偏低（≥70%）或偏高，"
        "需要说明理由，否则像是随手填写。相差10个百分点以上时提示。"
    ),
    suggestion="与本文本其他满意度目标取齐（多数为{usual}%），或在依据中说明理由。",
    examples=(
        plan_example(
            "三项≥90%，一项≥70%",
            fails=True,
            plan=plan(
                project(
                    indicator("服务对象满意度指标", "旅游行业经营主体满意度", ">=90%"),
                    indicator("服务对象满意度指标", "参与旅游扶贫项目贫困群众满意度", ">=90%"),
                    indicator("服务对象满意度指标", "旅游区居民满意度", ">=90%"),
                    indicator("服务对象满意度指标", "游客满意度", ">=70%"),
                    name="人大代表扶贫基地",
                )
            ),
            shows="满意度：>=90%、>=90%、>=90%、>=70%",
            origin=f"{_NANYUE} 四项原均为>=90%，末项改为>=70%以示不一",
        ),
        plan_example(
            "四项都是≥90%",
            fails=False,
            plan=plan(
                project(
                    indicator("服务对象满意度指标", "旅游行业经营主体满意度", ">=90%"),
                    indicator("服务对象满意度指标", "参与旅游扶贫项目贫困群众满意度", ">=90%"),
                    indicator("服务对象满意度指标", "旅游区居民满意度", ">=90%"),
                    indicator("服务对象满意度指标", "游客满意度", ">=90%"),
                    name="人大代表扶贫基地",
                )
            ),
            shows="满意度：>=90%、>=90%、>=90%、>=90%",
            origin=_NANYUE,
        ),
    ),
)

RULES = (N111, N112, R107)
