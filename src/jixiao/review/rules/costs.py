"""成本指标 (costs): a ceiling with its base, sums that add up, unit cost × quantity ≈ budget.

A cost item is a ceiling (≤) in money, either a total (≤65万元) or a unit cost with its
base (≤475元/亩, ≤86元/平方米/年). The rules check the form of each item and, for the
project, that the items agree with each other and with the budget.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks import Criterion, Severity
from jixiao.grammar import Direction, ValueKind, to_wan
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.examples import indicator, project, project_example
from jixiao.review.rule import Hit, IndicatorRule, ProjectRule
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import DOWNWARD, amount, is_money, q
from jixiao.review.wordlists import WordLists

FAMILY = "cost"
_SICHUAN = "四川某单位铁路沿线环境及安全整治项目自评表（samples/real）"
_FENGJIE = "重庆奉节县云雾乡2023年加工园配套设施建设项目绩效目标审批表（samples/real）"
_NANYUE = "湖南南岳区2018年人大代表扶贫基地绩效目标申报表（samples/real）"
_TONGXIN = "宁夏同心县下马关镇2023年黄金蜜（葡萄）种植项目绩效目标公示（samples/real）"
_EZHOU = "鄂州市2022年办公大楼运行保障项目支出绩效目标表（desk33.com）"
_PERIODS = frozenset({"年", "月", "天", "日", "季", "季度", "周", "次"})


def per_unit_base(unit: str | None) -> str | None:
    """The base of a unit cost (“元/亩” → “亩”, “元/平方米/年” → “平方米”), or None."""
    if unit is None or "/" not in unit:
        return None
    parts = unit.split("/")
    if parts[0] not in ("元", "万元", "千元") or parts[1] in _PERIODS:
        return None
    if len(parts) > 2 and parts[2] not in ("年",):
        return None
    return parts[1]


def _uncapped(v: IndicatorView) -> Hit | None:
    value = v.value
    if words().template_residue.search(v.indicator.value):
        return None  # “≤****000元”: the sign is there, the number is a template's (M113)
    if not is_money(value) or value.direction in DOWNWARD or value.direction is Direction.GE:
        return None  # ≥ is N106's
    if value.direction is Direction.GT:
        return None
    written = "“=”" if value.direction is Direction.EQ else "没有方向符号"
    return Hit(
        f"成本指标{q(v.name)}的指标值{q(v.indicator.value)}{written}，成本应是上限。",
        field="value",
    )


C101 = IndicatorRule(
    id="C101",
    title="成本指标没有写成上限（≤）",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.85,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    cost_only=True,
    check=_uncapped,
    explanation=(
        "成本指标控制的是支出的上限：写成“=6万元”或只写“6万元”时，花得少反而算未完成，"
        "年终自评无法判断。"
    ),
    suggestion="写成上限，如“≤6万元”“≤475元/亩”。",
    examples=(
        project_example(
            "“安全隐患排查成本预算 = 6万元”",
            fails=True,
            project=project(
                indicator("成本指标", "安全隐患排查成本预算", "=6万元"),
                name="铁路沿线环境及安全整治",
                budget="15",
            ),
            shows="成本指标｜安全隐患排查成本预算｜= 6 万元",
            origin=_SICHUAN,
        ),
        project_example(
            "“项目建设成本 ≤65万元”",
            fails=False,
            project=project(
                indicator("成本指标", "项目建设成本", "≤65万元"),
                name="加工园配套设施建设项目",
                budget="65",
            ),
            shows="成本指标｜项目建设成本｜≤65万元",
            origin=_FENGJIE,
        ),
    ),
)


def _scope_mismatch(v: IndicatorView) -> Hit | None:
    value = v.value
    if not is_money(value):
        return None
    lists = words()
    per_unit = value.unit is not None and "/" in value.unit
    if per_unit and lists.cost_total.search(v.name):
        return Hit(
            f"指标{q(v.name)}按名称是总成本，指标值{q(v.indicator.value)}却是单位成本。",
            field="value",
        )
    if not per_unit and lists.cost_unit.search(v.name):
        return Hit(
            f"指标{q(v.name)}按名称是单价或标准，指标值{q(v.indicator.value)}却没有计量基数"
            "（元/人、元/亩、元/平方米·年）。",
            field="value",
        )
    return None


C102 = IndicatorRule(
    id="C102",
    title="成本名称与数值口径不符（总额与单价）",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.8,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    cost_only=True,
    check=_scope_mismatch,
    explanation=(
        "名称写“总成本”“合计”的，指标值应是总额（≤X万元）；名称写“单价”“标准”“人均”的，"
        "指标值应带计量基数（≤X元/人）。口径不符时无法与预算数或支出标准比较。"
    ),
    suggestion="名称与数值取同一口径：总额写“≤X万元”，单价写“≤X元/亩”等。",
    examples=(
        project_example(
            "“流转土地补助标准 ≤2.85万元”没有基数",
            fails=True,
            project=project(
                indicator("成本指标", "流转土地补助标准", "≤2.85万元"),
                name="人大代表扶贫基地",
            ),
            shows="成本指标｜流转土地补助标准｜≤2.85万元",
            origin=f"{_NANYUE} 原表为“<=475元/亩”，改写为总额以示口径不符",
        ),
        project_example(
            "“流转土地补助标准 <=475元/亩”",
            fails=False,
            project=project(
                indicator("成本指标", "流转土地补助标准", "<=475元/亩"),
                name="人大代表扶贫基地",
            ),
            shows="成本指标｜流转土地补助标准｜<=475元/亩",
            origin=_NANYUE,
        ),
    ),
)


def _totals(p: ProjectView) -> list[tuple[IndicatorView, Decimal]]:
    out = []
    for v in p.indicators:
        value = v.value
        if v.is_cost and value.money_in_wan is not None and value.direction in (
            Direction.LE, Direction.LT, Direction.EQ, None,
        ):  # fmt: skip
            out.append((v, value.money_in_wan))
    return out


def _is_unit_item(v: IndicatorView, lists: WordLists) -> bool:
    """A unit cost written without its base (“单位水费 7.38元”): not a part of the total."""
    return lists.cost_unit.search(v.name) is not None or v.name.startswith(("单位", "每"))


def _sums(p: ProjectView) -> list[Hit]:
    items = _totals(p)
    if len(items) < 2:
        return []
    lists = words()
    tolerance = p.plan.profile.thresholds.money_tolerance_wan
    totals = [(v, m) for v, m in items if lists.cost_total.search(v.name)]
    parts = [
        (v, m)
        for v, m in items
        if not lists.cost_total.search(v.name) and not _is_unit_item(v, lists)
    ]
    added = sum((m for _, m in parts), Decimal(0))
    if len(totals) == 1 and len(parts) >= 2:
        total_v, total = totals[0]
        if added - total > max(tolerance, total / 100):  # fewer parts than the total may be listed
            return [
                Hit(
                    f"分项成本合计{amount(added)}万元，与{q(total_v.name)}"
                    f"{amount(total)}万元不符。",
                    field="value",
                    indicator_index=total_v.index,
                )
            ]
        return []
    budget = p.project.budget_total
    if totals or budget is None or budget <= 0 or len(parts) < 2:
        return []
    if added > budget * Decimal("1.01") + tolerance and all(m <= budget for _, m in parts):
        return [
            Hit(
                f"{len(parts)}项成本指标合计{amount(added)}万元，超过项目预算数{amount(budget)}万元。",
                field="value",
                indicator_index=parts[-1][0].index,
            )
        ]
    return []


C103 = ProjectRule(
    id="C103",
    title="分项成本合计与总成本或预算数不符",
    family=FAMILY,
    criterion=Criterion.APPROPRIATENESS,
    severity=Severity.WARNING,
    confidence=0.8,
    check=_sums,
    explanation=(
        "一个项目列了几项成本（保安、保洁、水电……）时，它们加起来不应超过所写的总成本"
        "和项目预算数；否则测算与预算不是一回事。单项超过预算由F101提示；分项少于总成本"
        "（只列了主要几项）不提示。"
    ),
    suggestion="按预算测算表重新核对各项成本，使合计等于总成本、不超过预算数。",
    examples=(
        project_example(
            "保安191＋保洁99＋水电维修524＝814万元，预算数794.55万元",
            fails=True,
            project=project(
                indicator("成本指标", "保安服务费", "≤191万元"),
                indicator("成本指标", "保洁服务费", "≤99万元"),
                indicator("成本指标", "水电气、维修维护费", "≤524万元"),
                name="办公大楼运行保障",
                budget="794.55",
            ),
            shows="成本：≤191万元、≤99万元、≤524万元；预算数794.55万元",
            origin=f"{_EZHOU} 成本构成（预算数取该表2021年实际执行数以示不符）",
        ),
        project_example(
            "合计814万元＝预算数814万元",
            fails=False,
            project=project(
                indicator("成本指标", "保安服务费", "≤191万元"),
                indicator("成本指标", "保洁服务费", "≤99万元"),
                indicator("成本指标", "水电气、维修维护费", "≤524万元"),
                name="办公大楼运行保障",
                budget="814",
            ),
            shows="成本：≤191万元、≤99万元、≤524万元；预算数814万元",
            origin=_EZHOU,
        ),
    ),
)


def _unit_times_quantity(p: ProjectView) -> list[Hit]:
    budget = p.project.budget_total
    if budget is None or budget <= 0:
        return []
    quantities: dict[str, Decimal] = {}
    for v in p.indicators:
        value = v.value
        if v.level2 == "数量" and value.number is not None and value.unit and not value.upper:
            quantities.setdefault(value.unit, value.number)
    products: list[str] = []
    total = Decimal(0)
    for v in p.indicators:
        value = v.value
        base = per_unit_base(value.unit) if v.is_cost else None
        if base is None or value.number is None or base not in quantities:
            continue
        money = to_wan(value.number * quantities[base], (value.unit or "").split("/")[0])
        if money is None:
            continue
        total += money
        products.append(f"{q(v.indicator.value)}×{amount(quantities[base])}{base}")
    if not products or total <= budget * Decimal("1.2"):
        return []
    return [
        Hit(
            f"单位成本×数量：{'＋'.join(products)}＝{amount(total.quantize(Decimal('0.01')))}万元，"
            f"是项目预算数{amount(budget)}万元的{total / budget:.1f}倍。",
            field="value",
        )
    ]


C104 = ProjectRule(
    id="C104",
    title="单位成本×数量与预算数相差悬殊",
    family=FAMILY,
    criterion=Criterion.APPROPRIATENESS,
    severity=Severity.WARNING,
    confidence=0.75,
    check=_unit_times_quantity,
    explanation=(
        "单位成本（≤475元/亩）乘以同一计量单位的数量指标（≥60亩）就是这部分支出；"
        "合计超过预算数两成以上，说明单价、数量或预算至少有一处不实。"
    ),
    suggestion="按“单价×数量”重新测算，使之与预算数相符，或改正单价、数量。",
    examples=(
        project_example(
            "≤28.40元/株×17600株＝49.98万元，预算数5万元",
            fails=True,
            project=project(
                indicator("数量指标", "黄金蜜（葡萄）种植数量", "≥17600株"),
                indicator("成本指标", "黄金蜜（葡萄）补助成本", "≤28.40元/株"),
                name="设施农业黄金蜜（葡萄）种植项目",
                budget="5",
            ),
            shows="数量≥17600株；成本≤28.40元/株；预算数5万元",
            origin=f"{_TONGXIN} 原预算数50万元（相符），此处改为5万元以示不符",
        ),
        project_example(
            "475元/亩×60亩＋2875元/个×4个＋3000元/平方米×20平方米＝10万元＝预算数",
            fails=False,
            project=project(
                indicator("数量指标", "贫困地区旅游基础设施建设工程", ">=20平方米"),
                indicator("数量指标", "贫困地区旅游景点开发数量", ">=4个"),
                indicator("数量指标", "流转土地", ">=60亩"),
                indicator("成本指标", "流转土地补助标准", "<=475元/亩"),
                indicator("成本指标", "景观建设成本", "<=2875元/个"),
                indicator("成本指标", "旅游基础设施建设工程建设成本", "<=3000元/平方米"),
                name="人大代表扶贫基地",
                budget="10",
            ),
            shows="数量：20平方米、4个、60亩；成本：475元/亩、2875元/个、3000元/平方米；预算数10万元",
            origin=_NANYUE,
        ),
    ),
)


def _misfiled_cost(v: IndicatorView) -> Hit | None:
    fw = v.plan.framework
    if not (fw.cost_keys & fw.first_keys) or v.level1 not in fw.cost_keys:
        return None
    if v.level2 in fw.money_cost_keys or not is_money(v.value):
        return None
    return Hit(
        f"以金额计的成本{q(v.name)}{q(v.indicator.value)}放在了{q(v.indicator.level2)}下，"
        "应列为经济成本指标。",
        field="level2",
    )


C105 = IndicatorRule(
    id="C105",
    title="金额成本未列在经济成本指标下",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.85,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    cost_only=True,
    check=_misfiled_cost,
    explanation=(
        "成本指标作为一级指标时（财预〔2021〕101号体系），分为经济成本、社会成本、生态环境"
        "成本：以金额计的支出属于经济成本；社会成本、生态环境成本衡量对社会和环境的代价"
        "（如占用耕地、碳排放），不是钱数。"
    ),
    suggestion="把金额成本移到“经济成本指标”下；社会、生态环境成本写对社会或环境的影响。",
    examples=(
        project_example(
            "“项目建设成本 ≤65万元”放在社会成本指标下",
            fails=True,
            project=project(
                indicator("社会成本指标", "项目建设成本", "≤65万元", level1="成本指标"),
                name="加工园配套设施建设项目",
                budget="65",
            ),
            shows="成本指标｜社会成本指标｜项目建设成本｜≤65万元",
            origin=f"{_FENGJIE} 原列在经济成本指标下，此处移至社会成本以示错列",
        ),
        project_example(
            "“项目建设成本 ≤65万元”在经济成本指标下",
            fails=False,
            project=project(
                indicator("经济成本指标", "项目建设成本", "≤65万元", level1="成本指标"),
                name="加工园配套设施建设项目",
                budget="65",
            ),
            shows="成本指标｜经济成本指标｜项目建设成本｜≤65万元",
            origin=_FENGJIE,
        ),
    ),
)

RULES = (C101, C102, C103, C104, C105)
