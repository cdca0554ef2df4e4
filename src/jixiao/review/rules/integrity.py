"""文字与单位完整性 (integrity): currency units, one value per cell, plausible frequencies,
template residue, truncated sentences and misspellings.

The service frequency table, template markers, sentence endings and the character
confusions behind misspellings are data (``lexicon-review.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from jixiao.checks import Criterion, Severity
from jixiao.grammar import ValueKind
from jixiao.review.context import IndicatorView, PlanView
from jixiao.review.examples import indicator, plan, plan_example, project, project_example
from jixiao.review.rule import Hit, IndicatorRule, PlanRule
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import q

FAMILY = "measurability"
_TONGXIN = "宁夏同心县下马关镇2023年黄金蜜（葡萄）种植项目绩效目标公示（samples/real）"
_CITY = "城市管理委员会2020年抗疫特别国债项目绩效目标表（samples/real）"
_NANYUE = "湖南南岳区2018年人大代表扶贫基地绩效目标申报表（samples/real）"
_DONGGUAN = "东莞展览馆2022年物业管理费支出绩效目标表（dgec.org.cn）"
_RONGCHANG = "重庆荣昌区林业局2022年大青冈村绿化美化项目绩效目标表（samples/real）"
_QUANTITY = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:万|亿)?[\u4e00-\u9fff㎡%]")
_WAN_ONLY = "单位“万”按万元理解"


def _currency(v: IndicatorView) -> Hit | None:
    value = v.value
    raw = v.indicator.value
    if _WAN_ONLY in value.problems:
        return Hit(f"金额{q(raw)}只写了“万”，没有写“元”。", field="value")
    if value.unit is None and value.unparsed.startswith("/"):
        return Hit(f"成本{q(raw)}没有货币单位（应为“元{value.unparsed}”之类）。", field="value")
    return None


M110 = IndicatorRule(
    id="M110",
    title="金额缺少货币单位",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.9,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    cost_only=True,
    check=_currency,
    explanation=(
        "金额要写明货币单位：“≤28.40/株”不知是元还是万元，“≤620万/月”少了“元”。"
        "单位不全时无法与预算数、支出标准比较。"
    ),
    suggestion="写全货币单位，如“≤28.40元/株”“≤620万元/月”。",
    examples=(
        project_example(
            "“≤28.40/株”",
            fails=True,
            project=project(
                indicator("成本指标", "黄金蜜（葡萄）补助成本", "≤28.40/株"),
                name="设施农业黄金蜜（葡萄）种植项目",
                budget="50",
            ),
            shows="成本指标｜黄金蜜(葡萄)补助成本(≤**元/株)｜≤28.40/株",
            origin=_TONGXIN,
        ),
        project_example(
            "“≤620万/月”",
            fails=True,
            project=project(
                indicator("成本指标", "人工成本", "≤620万/月"),
                name="疫情期间区域病媒防治环境卫生清洁等费用",
                budget="5652",
            ),
            shows="成本指标｜人工成本｜≤620万/月",
            origin=_CITY,
        ),
        project_example(
            "“<=475元/亩”",
            fails=False,
            project=project(
                indicator("成本指标", "流转土地补助标准", "<=475元/亩"), name="人大代表扶贫基地"
            ),
            shows="成本指标｜流转土地补助标准｜<=475元/亩",
            origin=_NANYUE,
        ),
    ),
)


def _several(v: IndicatorView) -> Hit | None:
    value = v.value
    raw = v.indicator.value
    if "多个计量单位并列" in value.problems or (value.unit or "").endswith("等"):
        return Hit(f"指标值{q(raw)}并列了几个计量单位，无法汇总考核。", field="value")
    if value.unparsed and _QUANTITY.search(value.unparsed):
        return Hit(f"指标值{q(raw)}含有不止一个数值，年终无法按一个目标考核。", field="value")
    return None


M111 = IndicatorRule(
    id="M111",
    title="一个指标值含多个数值或单位",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.85,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    check=_several,
    explanation=(
        "一个三级指标只考核一个数值：“建筑面积2.6万平方米，展示面积1万平方米”是两个目标，"
        "“≥2张/把/套/台等”无法相加。应拆成两项指标或统一计量单位。"
    ),
    suggestion="拆成几项指标，每项一个数值和一个计量单位。",
    examples=(
        project_example(
            "“建筑面积2.6万平方米,展示面积1万平方米”",
            fails=True,
            project=project(
                indicator("数量指标", "物管服务面积", "建筑面积2.6万平方米,展示面积1万平方米"),
                name="物业管理费支出",
                budget="282.92",
            ),
            shows="数量指标｜物管服务面积｜建筑面积2.6万平方米,展示面积1万平方米",
            origin=_DONGGUAN,
        ),
        project_example(
            "“3500米”",
            fails=False,
            project=project(indicator("数量指标", "绿化美化公路", "=3500米"), name="绿化美化"),
            shows="数量指标｜绿化美化公路｜米｜=｜3500",
            origin=_RONGCHANG,
        ),
    ),
)

_PERIOD_OF_UNIT = {"次/月": "月", "次/年": "年", "次/季度": "季", "次/季": "季"}


def _frequency(v: IndicatorView) -> Hit | None:
    value = v.value
    period = _PERIOD_OF_UNIT.get(value.unit or "")
    if period is None or value.number is None:
        return None
    for entry in words().frequencies:
        if not entry.words.search(v.text):
            continue
        bounds = entry.per.get(period)
        if bounds is None:
            return None
        low, high = bounds
        number = value.number
        if low <= number <= high:
            return None
        side = "少于" if number < low else "多于"
        limit = low if number < low else high
        return Hit(
            f"{entry.service}{q(v.indicator.value)}{side}常见频次"
            f"（每{period}{_n(limit)}次，{entry.source}）。",
            field="value",
            confidence=0.85 if number < low else 0.6,
        )
    return None


def _n(number: Decimal) -> str:
    return format(number.normalize(), "f")


M112 = IndicatorRule(
    id="M112",
    title="服务频次不合常理",
    family=FAMILY,
    criterion=Criterion.FEASIBILITY,
    severity=Severity.WARNING,
    confidence=0.75,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    check=_frequency,
    explanation=(
        "有些服务的频次有规定或惯例：电梯每15日至少维保一次，消防设施每年检测一次。"
        "频次低于规定说明目标不达标，远高于惯例多半是单位写错（次/年写成次/月）。"
        "频次表是数据，每行注明出处。"
    ),
    suggestion="按规定或合同写频次，如电梯维保“≥2次/月”、消防设施检测“=1次/年”。",
    examples=(
        project_example(
            "电梯维保“1次/月”",
            fails=True,
            project=project(
                indicator("数量指标", "电梯维保次数", "≥1次/月", "办公楼电梯维护保养"),
                name="办公大楼运行保障",
            ),
            shows="数量指标｜电梯维保次数｜办公楼电梯维护保养｜≥1次/月",
            origin="构造：按TSG T5002-2017每月至少2次；真实表中常见此写法",
        ),
        project_example(
            "城市道路考核“1次/月”（不在频次表中）",
            fails=False,
            project=project(
                indicator("时效指标", "城市道路以克论净量化考核", "1次/月"),
                name="疫情期间区域病媒防治环境卫生清洁等费用",
            ),
            shows="时效指标｜城市道路以克论净量化考核｜1次/月",
            origin=_CITY,
        ),
    ),
)


def _residue(v: IndicatorView) -> Hit | None:
    for field, text in (("level3", v.name), ("value", v.indicator.value)):
        match = words().template_residue.search(text)
        if match is not None:
            return Hit(f"{q(text)}中留有填表模板的提示{q(match.group(0))}。", field=field)
    return None


M113 = IndicatorRule(
    id="M113",
    title="留有填表模板的提示语",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.9,
    check=_residue,
    explanation=(
        "指标名称或指标值里留着模板的占位符（“(≥**个)”“XX”），说明是照模板填的，"
        "没有删去提示，公开时也不规范。"
    ),
    suggestion="删去模板提示，只保留指标名称和实际目标值。",
    examples=(
        project_example(
            "“贫困地区旅游景点开发数量( ≥**个 )”",
            fails=True,
            project=project(
                indicator("数量指标", "贫困地区旅游景点开发数量( ≥**个 )", ">=4个"),
                name="人大代表扶贫基地",
            ),
            shows="数量指标｜贫困地区旅游景点开发数量( ≥**个 )｜>=4个",
            origin=_NANYUE,
        ),
        project_example(
            "“流转土地”",
            fails=False,
            project=project(indicator("数量指标", "流转土地", ">=60亩"), name="人大代表扶贫基地"),
            shows="数量指标｜流转土地｜>=60亩",
            origin=_NANYUE,
        ),
    ),
)


def _truncated(v: IndicatorView) -> Hit | None:
    text = v.indicator.description.strip()
    if len(text) < 6:
        return None
    opened = text.count("（") + text.count("(") - text.count("）") - text.count(")")
    if opened > 0 or text.endswith(words().truncation_endings):
        return Hit(f"绩效指标描述{q(text[-30:])}没有写完。", field="description")
    return None


M114 = IndicatorRule(
    id="M114",
    title="句子没有写完",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.INFO,
    confidence=0.7,
    check=_truncated,
    explanation=(
        "绩效指标描述停在顿号、“和”“的”或未闭合的括号上，多是复制时截断或单元格溢出，"
        "口径因此不完整。"
    ),
    suggestion="补全描述，说明统计范围和计算方法。",
    examples=(
        project_example(
            "描述停在“、”",
            fails=True,
            project=project(
                indicator(
                    "数量指标", "清扫保洁道路面积", "1346.0088万平方米", "主次干道、背街小巷、"
                ),
                name="疫情期间区域病媒防治环境卫生清洁等费用",
            ),
            shows="数量指标｜清扫保洁道路面积｜主次干道、背街小巷、｜1346.0088万平方米",
            origin=f"{_CITY} 的指标行，描述为构造",
        ),
        project_example(
            "完整的描述",
            fails=False,
            project=project(
                indicator(
                    "质量指标", "垃圾无害化处理率", "100%", "无害化处理的生活垃圾占清运量的比例"
                ),
                name="疫情期间区域病媒防治环境卫生清洁等费用",
            ),
            shows="质量指标｜垃圾无害化处理率｜无害化处理的生活垃圾占清运量的比例｜100%",
            origin=_CITY,
        ),
    ),
)


@lru_cache(maxsize=1 << 10)
def _misspelt(names: tuple[str, ...]) -> tuple[tuple[int, str, str], ...]:
    """(position, wrong window, right window) of names with a confusable character whose
    corrected form is written elsewhere in the same document."""
    confusions = words().confusions
    text = "｜".join(dict.fromkeys(names))
    found = []
    for n, name in enumerate(names):
        for i, char in enumerate(name):
            right = confusions.get(char)
            if right is None or i < 2:
                continue
            window = name[i - 2 : i + 1]
            fixed = window[:-1] + right
            if fixed in text:
                found.append((n, window, fixed))
                break
    return tuple(found)


def _misspellings(view: PlanView) -> Iterator[Hit]:
    views = [v for p in view.projects for v in p.indicators]
    for n, window, fixed in _misspelt(tuple(v.name for v in views)):
        v = views[n]
        yield Hit(
            f"指标名称{q(v.name)}中的{q(window)}疑为{q(fixed)}之误（本文本其他指标写作{q(fixed)}）。",
            field="level3",
            project_index=v.project.index,
            indicator_index=v.index,
            params={"fixed": fixed},
        )


M115 = PlanRule(
    id="M115",
    title="疑似错别字",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.INFO,
    confidence=0.75,
    check=_misspellings,
    explanation=(
        "同一文本里多数指标写“成活率”，个别写“成活律”：与本文本中常用写法只差一个"
        "易混字（率/律、及/既、安/按……）的，多半是错别字。易混字表是数据。"
    ),
    suggestion="改为{fixed}。",
    examples=(
        plan_example(
            "“苗木成活律”与“树木成活率”",
            fails=True,
            plan=plan(
                project(
                    indicator("质量指标", "树木成活率", "≥85%"),
                    indicator("质量指标", "苗木成活律", "≥85%"),
                    name="大青冈村乡村振兴绿化美化项目",
                )
            ),
            shows="质量指标｜树木成活率｜≥85%；质量指标｜苗木成活律｜≥85%",
            origin=f"{_RONGCHANG} “树木成活率 ≥85%”，第二行为构造",
        ),
        plan_example(
            "“树木成活率”",
            fails=False,
            plan=plan(
                project(
                    indicator("质量指标", "树木成活率", "≥85%"), name="大青冈村乡村振兴绿化美化项目"
                )
            ),
            shows="质量指标｜树木成活率｜%｜≥｜85",
            origin=_RONGCHANG,
        ),
    ),
)

RULES = (M110, M111, M112, M113, M114, M115)
