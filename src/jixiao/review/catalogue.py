"""规则目录 (catalogue): every rule, by family, with a stable and unique id.

The rules and families are those the packs register (hook ``rule_sets``, see
:mod:`jixiao.review.rule_set`; the built-in ones are in :mod:`jixiao.review.builtin_rules`),
in the packs' order.

Ids are stable: a rule that is withdrawn keeps its id unused, and a new rule takes the
next free number of its family. The letter names the family:

====  ==============  ==================================================================
S     structure       结构完整性：必设层级、绩效目标、依据、部门整体目标、预算数
M     measurability   可衡量性：是/否、模糊表述、文字、缺单位、空值、定性未分档
N     numbers         数值合理性：超过100%、≥100%、≤100%、数量用百分比、成本无金额/用≥
F     money           资金一致性：成本超预算、资金来源之和、资金支出计划
W     words           文字一致性：描述与指标值矛盾、照抄名称、重复、跨项目复制
R     fit             归属与对应：二级指标归属（术语表）、目标无指标衡量、项目类型与指标
B     basis           指标值确定依据：照抄、写成数值、无来源、过期计划、写法不一
C     cost            成本与单价：上限、口径、合计、单价×数量、单位成本基准
D     disclosure      预算公开：收支平衡、各项勾稽关系、说明与表格一致
====  ==============  ==================================================================
"""

from __future__ import annotations

from jixiao import packs
from jixiao.checks import Catalogue
from jixiao.review.rule import AnyRule
from jixiao.review.rule_set import RuleSet

_SETS = packs.contributed_by("rule_sets", RuleSet)
FAMILIES: dict[str, str] = {k: v for _, rule_set in _SETS for k, v in rule_set.families.items()}
RULES: tuple[AnyRule, ...] = tuple(rule for _, rule_set in _SETS for rule in rule_set.rules)
RULE_PACKS: dict[str, str] = {
    rule.id: packs.label(pack) for pack, rule_set in _SETS for rule in rule_set.rules
}
"""Rule id → the pack that registered it (``name@version``), recorded in every finding."""


def _index(rules: tuple[AnyRule, ...]) -> Catalogue[AnyRule]:
    for rule in rules:
        if rule.family not in FAMILIES:
            raise ValueError(f"规则{rule.id}的规则族“{rule.family}”未登记")
    return Catalogue("审核规则", rules)


RULES_BY_ID: Catalogue[AnyRule] = _index(RULES)


def get_rule(rule_id: str) -> AnyRule:
    """The rule with id ``rule_id`` (KeyError if unknown)."""
    return RULES_BY_ID[rule_id]
