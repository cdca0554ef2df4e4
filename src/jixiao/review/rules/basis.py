"""指标值确定依据 (basis): where a target value comes from, said so it can be checked.

A basis names a source type — 计划标准, 行业标准, 历史标准, 预算支出标准, a contract or a
cited document — and sometimes its year. These rules read the basis beside the name,
description and value; the source types and stock phrases are data
(``lexicon-review.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.content_caches import content_cache
from jixiao.grammar import ValueKind, parse_value
from jixiao.review.context import IndicatorView, PlanView, ProjectView, rows_fact, squeeze
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q
from jixiao.review.wordlists import WordLists, load_word_lists

TABLE = rule_table(__name__)

_DIGIT = re.compile("[0-9]")
MAX_UNPARSED = 2  # a basis that is a value: its quantity and at most this much else
_YEAR = re.compile(r"(?<![0-9])(20[0-9]{2}|19[0-9]{2})\s*年")


def words() -> WordLists:
    return load_word_lists()


@content_cache(maxsize=1 << 14)
def basis_core(text: str) -> str:
    """A basis without 根据/依据/按照 and punctuation, for comparisons (“根据上年,” → “上年”)."""
    core = squeeze(text)
    return words().basis_prefix.sub("", core)


def _basis(v: IndicatorView) -> str:
    return v.basis.strip()


def _repeats(v: IndicatorView) -> Hit | None:
    basis = _basis(v)
    if not basis:
        return None
    core = basis_core(basis)
    if len(core) < 2:
        return None
    # both sides without 根据/按照: a name may itself start with one (“按照物价部门定价标准采购”)
    named = core == v.key or core == basis_core(v.name)
    if named or core == squeeze(v.description):
        what = "指标名称" if named else "绩效指标描述"
        return hit(f"指标值确定依据{q(basis)}照抄了{what}，没有说明目标值从何而来。", field="basis")
    return None


B101 = TABLE.rule("B101", _repeats)


def _value_as_basis(v: IndicatorView) -> Hit | None:
    basis = _basis(v)
    if not basis or _DIGIT.search(basis) is None:
        return None
    parsed = parse_value(basis)
    if parsed.kind is not ValueKind.QUANTITATIVE or parsed.unit is None:
        return None
    if parsed.unparsed and len(parsed.unparsed) > MAX_UNPARSED:
        return None  # a sentence with a number in it (“根据上年完成120次推算”)
    swapped = v.value.kind in (ValueKind.TEXT, ValueKind.VAGUE) and bool(
        words().source_types(v.raw)
    )
    if swapped:
        return hit(
            f"指标值{q(v.raw)}与指标值确定依据{q(basis)}疑似填反了。",
            field="basis",
            confidence=0.9,
        )
    return hit(f"指标值确定依据{q(basis)}是一个目标值，不是依据。", field="basis")


B102 = TABLE.rule("B102", _value_as_basis)


@content_cache(maxsize=1 << 14)
def sourceless(basis: str) -> tuple[bool, bool]:
    """(names no source type, is a stock phrase) of a basis text; templates repeat bases."""
    lists = words()
    boilerplate = basis_core(basis) in lists.basis_boilerplate
    return boilerplate or lists.any_source.search(basis) is None, boilerplate


def _no_source(v: IndicatorView) -> Hit | None:
    basis = _basis(v)
    if not basis:
        return None
    unsourced, boilerplate = sourceless(basis)
    if not unsourced:
        return None
    return hit(
        f"指标值确定依据{q(basis)}看不出来源类型（计划、行业、历史、预算支出标准或所引文件）。",
        field="basis",
        confidence=0.9 if boilerplate else None,
    )


B103 = TABLE.rule("B103", _no_source)


@content_cache(maxsize=1 << 14)
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
    years = _plan_years(v.basis)
    if budget_year is None or not years:
        return None
    old = [y for y in years if y < budget_year - 1]  # last year's figures are 历史标准
    if not old:
        return None
    return hit(
        f"指标值确定依据{q(_basis(v))}引用的是{old[0]}年的计划或预算，"
        f"早于预算年度{budget_year}年。",
        field="basis",
    )


def _cites_plan_year(v: IndicatorView) -> bool:
    return bool(_plan_years(v.basis))


B104 = TABLE.rule("B104", _stale, gate=_cites_plan_year)  # needs basis_digit: _YEAR's digits


def _later(v: IndicatorView) -> Hit | None:
    """B108: a plan or budget of a year after the budget year, not yet drawn up."""
    budget_year = v.plan.plan.year
    years = _plan_years(v.basis)
    later = [y for y in years if budget_year is not None and y > budget_year]
    if not later:
        return None
    return hit(
        f"指标值确定依据{q(_basis(v))}引用的是{later[0]}年的计划或预算，"
        f"晚于预算年度{budget_year}年：编制本年度目标时还没有这份文件。",
        field="basis",
    )


B108 = TABLE.rule("B108", _later, gate=_cites_plan_year)


def _cores(p: ProjectView) -> tuple[tuple[int, str, str], ...]:
    """(position, core, basis) of a project's rows whose basis has a core to compare."""
    found = []
    for n, v in enumerate(p.indicators):
        basis = v.basis
        if basis:
            core = basis_core(basis)
            if len(core) >= 2:
                found.append((n, core, basis))
    return tuple(found)


def _spellings(view: PlanView) -> Iterator[Hit]:
    """Bases that are the same once 根据/依据 and punctuation are cut, written differently."""
    by_core: dict[str, dict[str, int]] = {}
    for p in view.projects:
        for _, core, basis in rows_fact(p, _cores):
            spellings = by_core.get(core)
            if spellings is None:
                by_core[core] = {basis: 1}
            else:
                spellings[basis] = spellings.get(basis, 0) + 1
    varied = {core for core, spellings in by_core.items() if len(spellings) >= 2}
    if not varied:
        return  # (the usual case: the rows are not walked again)
    places: dict[str, list[IndicatorView]] = {core: [] for core in varied}
    for p in view.projects:
        views = p.indicators
        for n, core, _ in rows_fact(p, _cores):
            if core in places:
                places[core].append(views[n])
    for core, spellings in by_core.items():
        if core not in places:
            continue
        usual = max(spellings, key=lambda s: spellings[s])
        for v in places[core]:
            basis = v.indicator.basis
            if basis != usual:
                yield hit(
                    f"同一依据在本文本中有{len(spellings)}种写法：{q(basis)}，多数写作{q(usual)}。",
                    field="basis",
                    project_index=v.project.index,
                    indicator_index=v.index,
                    params={"usual": usual},
                )


B105 = TABLE.rule("B105", _spellings)

RULES = (B101, B102, B103, B104, B105, B108)
