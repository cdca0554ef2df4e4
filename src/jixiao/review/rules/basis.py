"""指标值确定依据 (basis): where a target value comes from, said so it can be checked.

A basis names a source type — 计划标准, 行业标准, 历史标准, 预算支出标准, a contract or a
cited document — and sometimes its year. These rules read the basis beside the name,
description and value; the source types and stock phrases are data
(``lexicon-review.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from jixiao.checks import Criterion, Severity
from jixiao.grammar import ValueKind, parse_value
from jixiao.review.context import IndicatorView, PlanView, squeeze
from jixiao.review.examples import indicator, plan, plan_example, project, project_example
from jixiao.review.rule import Hit, IndicatorRule, PlanRule
from jixiao.review.rules.common import q
from jixiao.review.wordlists import WordLists, load_word_lists

FAMILY = "basis"
_FULIANG = "江西浮梁县林业局2026年部门整体绩效目标表（samples/real，指标值说明列）"
_NANYUE = "湖南南岳区2018年人大代表扶贫基地绩效目标申报表（samples/real）"
_DONGGUAN = "东莞展览馆2022年物业管理费支出绩效目标表（dgec.org.cn）"
_EZHOU = "鄂州市2022年办公大楼运行保障项目支出绩效目标表（desk33.com）"
_DIGIT = re.compile("[0-9]")
_YEAR = re.compile(r"(?<![0-9])(20[0-9]{2}|19[0-9]{2})\s*年")


def words() -> WordLists:
    return load_word_lists()


@lru_cache(maxsize=1 << 14)
def basis_core(text: str) -> str:
    """A basis without 根据/依据/按照 and punctuation, for comparisons (“根据上年,” → “上年”)."""
    core = squeeze(text)
    return words().basis_prefix.sub("", core)


def _basis(v: IndicatorView) -> str:
    return v.indicator.basis.strip()


def _repeats(v: IndicatorView) -> Hit | None:
    basis = _basis(v)
    if not basis:
        return None
    core = basis_core(basis)
    if len(core) < 2:
        return None
    description = squeeze(v.indicator.description)
    if core == v.key or (core and core == description):
        what = "指标名称" if core == v.key else "绩效指标描述"
        return Hit(f"指标值确定依据{q(basis)}照抄了{what}，没有说明目标值从何而来。", field="basis")
    return None


B101 = IndicatorRule(
    id="B101",
    title="指标值确定依据照抄指标名称或描述",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.9,
    check=_repeats,
    explanation=(
        "指标值确定依据要说明目标值的来源（计划标准、行业标准、历史标准、预算支出标准或"
        "所引文件），照抄指标名称或描述等于没有填写。"
    ),
    suggestion="写明来源，如“2024年度工作计划”“上年实际完成数”“××支出标准（××〔2023〕×号）”。",
    examples=(
        project_example(
            "依据照抄指标名称“流转土地补助标准”",
            fails=True,
            project=project(
                indicator("成本指标", "流转土地补助标准", "≤475元/亩", basis="流转土地补助标准"),
                name="市级专项扶贫资金基础设施（人大代表扶贫基地）",
            ),
            shows="成本指标｜流转土地补助标准｜≤475元/亩｜依据：流转土地补助标准",
            origin=f"{_NANYUE} 成本指标行，依据列照抄名称（该表无依据列，依据为构造）",
        ),
        project_example(
            "依据“依据招标文件”",
            fails=False,
            project=project(
                indicator("成本指标", "保安服务费", "≤191万元", basis="依据招标文件"),
                name="办公大楼运行保障",
                budget="814",
            ),
            shows="成本指标｜保安服务费｜≤191万元｜依据：依据招标文件",
            origin=f"{_EZHOU} 成本构成“保安服务费 191 依据招标文件”",
        ),
    ),
)


def _value_as_basis(v: IndicatorView) -> Hit | None:
    basis = _basis(v)
    if not basis or _DIGIT.search(basis) is None:
        return None
    parsed = parse_value(basis)
    if parsed.kind is not ValueKind.QUANTITATIVE or parsed.unit is None:
        return None
    if parsed.unparsed and len(parsed.unparsed) > 2:
        return None  # a sentence with a number in it (“根据上年完成120次推算”)
    swapped = v.value.kind in (ValueKind.TEXT, ValueKind.VAGUE) and bool(
        words().source_types(v.indicator.value)
    )
    if swapped:
        return Hit(
            f"指标值{q(v.indicator.value)}与指标值确定依据{q(basis)}疑似填反了。",
            field="basis",
            confidence=0.9,
        )
    return Hit(f"指标值确定依据{q(basis)}是一个目标值，不是依据。", field="basis")


B102 = IndicatorRule(
    id="B102",
    title="指标值确定依据写成了目标值（或与指标值填反）",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.8,
    check=_value_as_basis,
    explanation=(
        "指标值确定依据一栏写的是“≥95%”“3次”这样的数值，说明填表时把目标值写进了依据，"
        "或把指标值与依据两栏填反了；依据应说明数值从何而来。"
    ),
    suggestion="把数值移到指标值一栏，依据写明来源，如“上年实际完成数”“年度工作计划”。",
    examples=(
        project_example(
            "依据写“≥95%”，指标值写“年度工作计划”",
            fails=True,
            project=project(
                indicator("质量指标", "工资发放准确性", "年度工作计划", basis="≥95%"),
                name="保障服务",
            ),
            shows="质量指标｜工资发放准确性（%）｜指标值：年度工作计划｜依据：≥95%",
            origin=f"{_FULIANG} “工资发放准确性(%) ≥ 95 %”，两栏互换为构造",
        ),
        project_example(
            "依据“根据上年实际完成数”",
            fails=False,
            project=project(
                indicator("质量指标", "工资发放准确性", "≥95%", basis="根据上年实际完成数"),
                name="保障服务",
            ),
            shows="质量指标｜工资发放准确性｜≥95%｜依据：根据上年实际完成数",
            origin=f"{_FULIANG} 质量指标行",
        ),
    ),
)


@lru_cache(maxsize=1 << 14)
def _sourceless(basis: str) -> tuple[bool, bool]:
    """(names no source type, is a stock phrase) of a basis text; templates repeat bases."""
    lists = words()
    boilerplate = basis_core(basis) in lists.basis_boilerplate
    return boilerplate or lists.any_source.search(basis) is None, boilerplate


def _no_source(v: IndicatorView) -> Hit | None:
    basis = _basis(v)
    if not basis:
        return None
    sourceless, boilerplate = _sourceless(basis)
    if not sourceless:
        return None
    return Hit(
        f"指标值确定依据{q(basis)}看不出来源类型（计划、行业、历史、预算支出标准或所引文件）。",
        field="basis",
        confidence=0.9 if boilerplate else None,
    )


B103 = IndicatorRule(
    id="B103",
    title="指标值确定依据看不出来源",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.INFO,
    confidence=0.6,
    check=_no_source,
    explanation=(
        "财政部门审核目标值是否适当，要能追到来源：计划标准（工作计划、任务）、行业标准、"
        "历史标准（上年或近三年数）、预算支出标准、合同，或具体文件。“数据合理”之类的套话"
        "不是依据。来源类型的词语取自用词表。"
    ),
    suggestion="写明一种来源并尽量具体，如“近三年平均完成数”“《××管理办法》（××〔2022〕×号）”。",
    examples=(
        project_example(
            "依据“该指标值数据合理”",
            fails=True,
            project=project(
                indicator("数量指标", "保障在职职工人数", "=116人", basis="该指标值数据合理"),
                name="部门整体支出",
            ),
            shows="数量指标｜保障在职职工人数（人）｜= 116 人｜指标值说明：该指标值数据合理",
            origin=f"{_FULIANG} 数量指标第1行",
        ),
        project_example(
            "依据“依据招标文件”",
            fails=False,
            project=project(
                indicator("成本指标", "保洁服务费", "≤99万元", basis="依据招标文件"),
                name="办公大楼运行保障",
                budget="814",
            ),
            shows="成本指标｜保洁服务费｜≤99万元｜依据：依据招标文件",
            origin=f"{_EZHOU} 成本构成“保洁服务费 99 依据招标文件”",
        ),
    ),
)


@lru_cache(maxsize=1 << 14)
def _plan_years(basis: str) -> tuple[int, ...]:
    """Years of the plans, budgets or programmes a basis cites (“2020年度工作计划” → 2020).

    A year followed by a standing rule (办法、标准) is left out: such rules stay in force.
    """
    if "年" not in basis:
        return ()
    lists = words()
    years = []
    for match in _YEAR.finditer(basis):
        rest = basis[match.end() : match.end() + 12]
        if not lists.plan_words.search(rest):
            continue
        if lists.standing_documents.search(rest.split("计划")[0]):
            continue
        years.append(int(match.group(1)))
    return tuple(years)


def _stale(v: IndicatorView) -> Hit | None:
    budget_year = v.plan.plan.year
    years = _plan_years(v.indicator.basis)
    if budget_year is None or not years:
        return None
    old = [y for y in years if y < budget_year - 1]  # last year's figures are 历史标准
    if not old:
        return None
    return Hit(
        f"指标值确定依据{q(_basis(v))}引用的是{old[0]}年的计划或预算，"
        f"早于预算年度{budget_year}年。",
        field="basis",
    )


B104 = IndicatorRule(
    id="B104",
    title="指标值确定依据引用了过期的计划",
    family=FAMILY,
    criterion=Criterion.APPROPRIATENESS,
    severity=Severity.WARNING,
    confidence=0.8,
    uses_project=True,
    check=_stale,
    explanation=(
        "目标值依据的工作计划、实施方案或预算应是本预算年度的；引用两年以前的计划，"
        "多半是照抄往年的目标表。上年的实际数（历史标准）和仍然有效的办法、标准不在此列。"
    ),
    suggestion="改为本年度的计划或方案，或写明沿用的理由。",
    examples=(
        project_example(
            "2023年预算的依据“2020年度工作计划”",
            fails=True,
            project=project(
                indicator("数量指标", "清扫保洁道路条数", "485条", basis="2020年度工作计划"),
                name="区域病媒防治环境卫生清洁",
            ),
            shows="数量指标｜清扫保洁道路条数｜485条｜依据：2020年度工作计划（预算年度2023）",
            origin="城市管理委员会2020年抗疫特别国债项目绩效目标表（samples/real）的指标行，依据为构造",
        ),
        project_example(
            "依据“2022年实际执行数”",
            fails=False,
            project=project(
                indicator("数量指标", "清扫保洁道路条数", "485条", basis="2022年实际执行数"),
                name="区域病媒防治环境卫生清洁",
            ),
            shows="数量指标｜清扫保洁道路条数｜485条｜依据：2022年实际执行数（预算年度2023）",
            origin=f"{_EZHOU} 测算依据列“2020年实际执行数”（历史标准）",
        ),
    ),
)


def _spellings(view: PlanView) -> Iterator[Hit]:
    """Bases that are the same once 根据/依据 and punctuation are cut, written differently."""
    by_core: dict[str, dict[str, int]] = {}
    places: dict[str, list[IndicatorView]] = {}
    for p in view.projects:
        for v in p.indicators:
            basis = v.indicator.basis
            if not basis:
                continue
            core = basis_core(basis)
            if len(core) < 2:
                continue
            spellings = by_core.get(core)
            if spellings is None:
                by_core[core] = {basis: 1}
                places[core] = [v]
                continue
            spellings[basis] = spellings.get(basis, 0) + 1
            places[core].append(v)
    for core, spellings in by_core.items():
        if len(spellings) < 2:
            continue
        usual = max(spellings, key=lambda s: spellings[s])
        for v in places[core]:
            basis = v.indicator.basis
            if basis != usual:
                yield Hit(
                    f"同一依据在本文本中有{len(spellings)}种写法：{q(basis)}，多数写作{q(usual)}。",
                    field="basis",
                    project_index=v.project.index,
                    indicator_index=v.index,
                    params={"usual": usual},
                )


B105 = PlanRule(
    id="B105",
    title="同一依据写法不一",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.INFO,
    confidence=0.8,
    check=_spellings,
    explanation=(
        "同一文本中同一种依据（去掉“根据”“依据”和标点后相同）写成几种样子，"
        "汇总和核对时会被当作不同的来源。"
    ),
    suggestion="统一写作{usual}。",
    examples=(
        plan_example(
            "“依据招标文件”与“根据招标文件。”",
            fails=True,
            plan=plan(
                project(
                    indicator("成本指标", "保安服务费", "≤191万元", basis="依据招标文件"),
                    indicator("成本指标", "保洁服务费", "≤99万元", basis="依据招标文件"),
                    indicator("数量指标", "大楼安检巡察次数", "200次", basis="根据招标文件。"),
                    name="办公大楼运行保障",
                    budget="814",
                ),
            ),
            shows="依据：依据招标文件；依据招标文件；根据招标文件。",
            origin=f"{_EZHOU} 测算依据列，第三处写法为构造",
        ),
        plan_example(
            "写法一致",
            fails=False,
            plan=plan(
                project(
                    indicator("成本指标", "保安服务费", "≤191万元", basis="依据招标文件"),
                    indicator("成本指标", "保洁服务费", "≤99万元", basis="依据招标文件"),
                    name="办公大楼运行保障",
                    budget="814",
                ),
            ),
            shows="依据：依据招标文件；依据招标文件",
            origin=f"{_EZHOU} 测算依据列",
        ),
    ),
)

RULES = (B101, B102, B103, B104, B105)
