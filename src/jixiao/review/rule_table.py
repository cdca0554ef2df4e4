"""规则表 (rule tables): the catalogue entries of the rules, kept as data.

Every rule is a named entry — id, title, family, 审核要点, severity, confidence, what it
applies to (value kinds, second levels, cost items), explanation, suggestion and the real
examples it must flag or leave alone — in the JSON table beside its family's module
(``rules/tables/<module>.json``). The module keeps only what is code, the check itself:
``F108 = TABLE.rule("F108", _deadline_as_percent)``. So the ninety-odd declarations no
longer repeat one shape in code, and a rule's wording or threshold of confidence is
changed in one data file.

An example in a table is one of these forms (the builders of :mod:`jixiao.review.examples`):
``row`` (one indicator row), ``project``, ``plan``, ``tables`` (部门预算公开 tables) or
``spend`` (a spending plan), with ``label``, ``fails`` and optionally ``shows``/``origin``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from jixiao.checks import Criterion, Severity
from jixiao.grammar import ValueKind
from jixiao.model import DepartmentPlan, Indicator, Project
from jixiao.review.examples import (
    disclosure_example,
    indicator,
    indicator_example,
    plan,
    plan_example,
    project,
    project_example,
    spend_example,
)
from jixiao.review.rule import AnyRule, Example, IndicatorRule, PlanRule, ProjectRule
from jixiao.review.rules.worded import worded_check

_TABLES = "jixiao.review.rules"
_PREFIX = _TABLES + "."
_SCOPES: dict[str, type[IndicatorRule] | type[ProjectRule] | type[PlanRule]] = {
    "indicator": IndicatorRule,
    "project": ProjectRule,
    "plan": PlanRule,
}


# What a 自评表 states besides the goal table (rules N201–N222), the plan's own 期限 and
# 立项依据, set on the built example, and where the import read a field (``sources``: a
# grid's cell, for S102 and N239).
_STATED_ROW = (
    "actual", "weight", "score", "deviation", "midterm_value", "expected", "likelihood", "sources",
)  # fmt: skip
_STATED_PROJECT = (
    "total_score",
    "grade",
    "execution_rate",
    "execution_weight",
    "execution_score",
    "spent",
    "annual_goal",
    "midterm_goal",
    "annual_goal_actual",
    "budget_initial",
    "budget_adjusted",
    "spend_forecast",
    "through_month",
    "period",
    "sources",
    "basis",
)


def _stated(fields: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: fields.pop(key) for key in keys if key in fields}


def _indicator(raw: Mapping[str, Any]) -> Indicator:
    fields = dict(raw)
    stated = _stated(fields, _STATED_ROW)
    row = indicator(**fields)
    return Indicator.model_validate({**row.model_dump(), **stated}) if stated else row


def _project(raw: Mapping[str, Any]) -> Project:
    fields = dict(raw)
    rows = fields.pop("indicators", ())
    stated = _stated(fields, _STATED_PROJECT)
    if fields.get("spend") is not None:
        fields["spend"] = tuple(fields["spend"])
    built = project(*(_indicator(row) for row in rows), **fields)
    return Project.model_validate({**built.model_dump(), **stated}) if stated else built


def _plan(raw: Mapping[str, Any]) -> DepartmentPlan:
    fields = dict(raw)
    projects = fields.pop("projects", ())
    return plan(*(_project(p) for p in projects), **fields)


def _example(raw: Mapping[str, Any]) -> Example:
    fields = dict(raw)
    label, fails = fields.pop("label"), fields.pop("fails")
    if "row" in fields:
        return indicator_example(label, fails=fails, **fields.pop("row"), **fields)
    if "project" in fields:
        built = _project(fields.pop("project"))
        return project_example(label, fails=fails, project=built, **fields)
    if "plan" in fields:
        return plan_example(label, fails=fails, plan=_plan(fields.pop("plan")), **fields)
    if "tables" in fields:
        return disclosure_example(label, fails=fails, **fields)
    if "spend" in fields:
        spend = tuple(fields.pop("spend"))
        return spend_example(label, fails=fails, spend=spend, **fields)
    raise ValueError(f"规则示例“{label}”没有 row/project/plan/tables/spend 之一")


def _entry(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of a rule class from a table entry."""
    fields = {k: v for k, v in raw.items() if k not in ("scope", "examples", "hit")}
    fields["criterion"] = Criterion(fields["criterion"])
    fields["severity"] = Severity(fields["severity"])
    if fields.get("kinds") is not None:
        fields["kinds"] = frozenset(ValueKind(k) for k in fields["kinds"])
    if fields.get("levels") is not None:
        fields["levels"] = frozenset(fields["levels"])
    if "needs" in fields:
        fields["needs"] = frozenset(fields["needs"])
    if "supersedes" in fields:
        fields["supersedes"] = frozenset(fields["supersedes"])
    fields["examples"] = tuple(_example(e) for e in raw.get("examples", ()))
    return fields


@dataclass(frozen=True, slots=True)
class RuleTable:
    """The entries of one module's rules, by id."""

    name: str
    entries: Mapping[str, Mapping[str, Any]]

    def rule(
        self,
        rule_id: str,
        check: Callable[..., Any] | None = None,
        *,
        examples: tuple[Example, ...] = (),
        gate: Callable[..., bool] | None = None,
        shared_by: Callable[..., Hashable] | None = None,
        applies_to: Callable[..., bool] | None = None,
    ) -> AnyRule:
        """Rule ``rule_id`` of this table with its ``check`` — without one, the worded check
        its ``hit`` entry describes; ``examples`` that need code (a database of peers) come
        after those of the table; ``gate`` (an indicator rule that reads the project) tells
        from the content alone whether the rule can fire; ``shared_by`` (a project rule that
        reads only its rows and these inputs) lets projects with the same rows share hits;
        ``applies_to`` (a project or plan rule) is its precondition on the document."""
        try:
            raw = self.entries[rule_id]
        except KeyError:
            raise KeyError(f"规则表 {self.name} 中没有规则 {rule_id}") from None
        fields = _entry(raw)
        # (a project or plan rule's ``check`` applies its ``applies_to``; ``run`` is bare)
        called = "check" if raw["scope"] == "indicator" else "run"
        fields[called] = check if check is not None else worded_check(raw["hit"])
        fields["examples"] += examples
        if gate is not None:
            fields["gate"] = gate
        if shared_by is not None:
            fields["shared_by"] = shared_by
        if applies_to is not None:
            fields["applies_to"] = applies_to
        rule: AnyRule = _SCOPES[raw["scope"]](**fields)
        return rule


def rule_table(module: str) -> RuleTable:
    """The table of rule module ``module`` (its ``__name__``)."""
    name = module.removeprefix(_PREFIX)
    text = resources.files(_TABLES).joinpath("tables", f"{name}.json").read_text("utf-8")
    rules = json.loads(text)["rules"]
    return RuleTable(name, {entry["id"]: entry for entry in rules})
