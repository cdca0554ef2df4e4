"""文字一致性 (consistency with words): description vs value, repeats, copies between projects."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from jixiao.checks import Criterion, Severity
from jixiao.grammar import IndicatorValue, ValueKind
from jixiao.review.context import IndicatorView, PlanView, ProjectView
from jixiao.review.examples import (
    S001,
    S002,
    S003,
    S004,
    indicator,
    indicator_example,
    plan,
    plan_example,
    project,
)
from jixiao.review.examples import project_example as _project_example
from jixiao.review.lexicon import Lexicon
from jixiao.review.rule import Hit, IndicatorRule, PlanRule, ProjectRule
from jixiao.review.rules.common import DOWNWARD, UPWARD, display, q, stated_quantity

FAMILY = "words"


def _base_unit(value: IndicatorValue) -> str:
    return (value.unit or "").split("/", 1)[0]


def _contradiction(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.direction is None or value.number is None or value.upper is not None:
        return None
    for field, label, text in (
        ("description", "绩效指标描述", v.indicator.description),
        ("level3", "指标名称", v.name),
    ):
        stated = stated_quantity(text, directed=True)
        if stated is None or _base_unit(stated) != _base_unit(value):
            continue
        up_down = (stated.direction in UPWARD and value.direction in DOWNWARD) or (
            stated.direction in DOWNWARD and value.direction in UPWARD
        )
        if up_down and stated.number == value.number:
            return Hit(
                f"{label}{q(text)}与指标值{q(v.indicator.value)}方向相反，两者必有一处写错。",
                field=field,
            )
    return None


W101 = IndicatorRule(
    id="W101",
    title="绩效指标描述与指标值相互矛盾",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.85,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    check=_contradiction,
    explanation=(
        "绩效指标描述（或指标名称）中写明的要求，与指标值对同一个数字给出了相反的方向"
        "（如描述写“大于150次”，指标值写“≤150次”），年终无法判断按哪一个考核。"
    ),
    suggestion="统一描述与指标值的方向和数值，以实际要求为准改正其中一处。",
    examples=(
        indicator_example(
            "描述“大于150次”，指标值“≤150次”",
            fails=True,
            level2="经济效益指标",
            level3="减少会议成本",
            description="视频会议召开次数大于150次",
            value="≤150次",
            origin=f"{S002} 项目8 第7项",
        ),
        indicator_example(
            "描述“每户小于90平米”，指标值“≥90平方米”",
            fails=True,
            level2="数量指标",
            level3="筹集周转房符合政策规定",
            description="县处级周转用房每户小于90平米",
            value="≥90平方米",
            origin=f"{S002} 项目7 第2项",
        ),
        indicator_example(
            "描述“每年抽查不少于4次”，指标值“≥4次”",
            fails=False,
            level2="数量指标",
            level3="督导、检查公务用车管理使用情况",
            description="定期督导、检查公车使用管理，每年抽查不少于4次",
            value="≥4次",
            origin=f"{S002} 项目1 第1项",
        ),
    ),
)


def _copied_description(v: IndicatorView) -> Hit | None:
    if not (v.echo and v.name):
        return None
    kind = "为空" if not v.indicator.description.strip() else "照抄指标名称"
    return Hit(f"指标{q(v.name)}的绩效指标描述{kind}。", field="description")


W102 = IndicatorRule(
    id="W102",
    title="绩效指标描述空缺或照抄指标名称",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.INFO,
    confidence=0.9,
    check=_copied_description,
    explanation=(
        "绩效指标描述应说明指标的含义和计算口径（如“验收合格工程占全部工程的比例”），"
        "照抄名称或空缺时，年终自评无法统一口径。"
    ),
    suggestion="为每项指标写明含义、统计范围和计算方法，如“满意人数÷调查总人数×100%”。",
    examples=(
        _project_example(
            "描述照抄名称",
            fails=True,
            project=project(
                indicator("数量指标", "购置数量", "≥2张/把/套/台等", "购置数量"),
                name="办公设备购置",
            ),
            shows="数量指标｜购置数量｜购置数量｜≥2张/把/套/台等",
            origin=f"{S001} 项目1 第1项",
        ),
        _project_example(
            "描述说明了口径",
            fails=False,
            project=project(
                indicator(
                    "质量指标", "维修维护工程合格率", "100百分比", "验收合格工程占全部工程的比例"
                ),
                name="后勤中心运行费2024",
            ),
            shows="质量指标｜维修维护工程合格率｜验收合格工程占全部工程的比例｜100百分比",
            origin=f"{S003} 项目13 第2项",
        ),
    ),
)


def _duplicates(p: ProjectView) -> list[Hit]:
    hits: list[Hit] = []
    seen: dict[str, IndicatorView] = {}
    for v in p.indicators:
        key = v.key
        if not key:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = v
            continue
        hits.append(
            Hit(
                f"指标{q(v.name)}在本项目中重复出现（第{first.index}项和第{v.index}项）。",
                field="level3",
                indicator_index=v.index,
            )
        )
    return hits


W103 = ProjectRule(
    id="W103",
    title="同一项目内指标重复",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.9,
    check=_duplicates,
    explanation="同一个三级指标在一个项目里出现两次，会重复计分，也说明指标是拼凑的。",
    suggestion="删除重复的指标，或把两处改为衡量不同内容的指标。",
    examples=(
        _project_example(
            "“电梯维保完成率”出现两次",
            fails=True,
            project=project(
                indicator("数量指标", "电梯维保完成率", "≥90%"),
                indicator("质量指标", "电梯维保完成率", "≥90%"),
                name="办公楼日常专用设备维护费",
            ),
            shows="数量指标｜电梯维保完成率｜≥90%；质量指标｜电梯维保完成率｜≥90%",
        ),
        _project_example(
            "名称不同的两项",
            fails=False,
            project=project(
                indicator("数量指标", "电梯维保完成率", "≥90%"),
                indicator("质量指标", "电梯基础设施正常运转率", "≥90%"),
                name="办公楼日常专用设备维护费",
            ),
            shows="数量指标｜电梯维保完成率｜≥90%；质量指标｜电梯基础设施正常运转率｜≥90%",
            origin=f"{S004} 项目1",
        ),
    ),
)


@lru_cache(maxsize=1 << 16)
def _terms(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Subject groups (对象) a text mentions: 食堂 and 餐厅 are both the group 餐饮."""
    return lexicon.subjects_in(text)


_YEARISH = re.compile(r"[0-9]+|年度?|[（(][^）)]*[）)]|-")


def related_projects(a: ProjectView, b: ProjectView) -> bool:
    """The same project in another year or part (“管理局运行费” and “管理局运行费2024”)."""
    x = _YEARISH.sub("", a.project.name)
    y = _YEARISH.sub("", b.project.name)
    return bool(x and y) and (x in y or y in x)


def _same(a: IndicatorView, b: IndicatorView, word: str) -> bool:
    """``b`` is ``a`` written in another project: the same name, or the same level and value
    with the same subject word in both names (“电梯维保” and “电梯保养”, both ≥12次/月)."""
    if a.key == b.key:
        return True
    return a.level2 == b.level2 and a.value.canonical == b.value.canonical and word in b.name


def _copied(view: PlanView) -> Iterator[Hit]:
    if len(view.projects) < 2:
        return
    lexicon = view.lexicon
    context = {p.index: _terms(p.context_text, lexicon) for p in view.projects}
    for p in view.projects:
        own = context[p.index]
        for v in p.indicators:
            words = v.subjects
            if not words:
                continue
            for word in sorted(words):
                group = lexicon.subject_of[word]
                if group in own:
                    continue
                source = _copied_from(view, p, v, word, group, context)
                if source is None:
                    continue
                other_p, other_v = source
                mutual = any(
                    (_terms(w.name, lexicon) - context[other_p.index]) & own
                    for w in other_p.indicators
                )
                yield Hit(
                    f"指标{q(display(v))}与项目{other_p.index}{q(other_p.project.name)}的指标"
                    f"{q(other_v.name)}相同或相近，其中的{q(word)}在本项目的名称、资金用途和"
                    "绩效目标中都没有出现，疑似从该项目复制而来。",
                    field="level3",
                    project_index=p.index,
                    indicator_index=v.index,
                    confidence=0.6 if mutual else None,
                )
                break


def _copied_from(
    view: PlanView,
    p: ProjectView,
    v: IndicatorView,
    word: str,
    group: str,
    context: dict[int, frozenset[str]],
) -> tuple[ProjectView, IndicatorView] | None:
    for other in view.projects:
        if other is p or group not in context[other.index] or related_projects(p, other):
            continue
        for w in other.indicators:
            if _same(v, w, word):
                return other, w
    return None


W104 = PlanRule(
    id="W104",
    title="指标疑似从其他项目复制，与本项目不符",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.7,
    check=_copied,
    explanation=(
        "同一文本中，一个项目的指标与另一个项目的指标相同，而指标所涉及的对象（如电梯、"
        "租金、食堂）只出现在另一个项目的名称、用途或目标中，说明该指标是照搬来的，"
        "与本项目的内容无关。对象词语取自术语表。"
    ),
    suggestion="删除与本项目无关的指标，按本项目的资金用途和绩效目标重新设置。",
    examples=(
        plan_example(
            "纪委楼改造尾款项目里的“电梯维保”",
            fails=True,
            plan=plan(
                project(
                    indicator("数量指标", "电梯保养", "≥12次/月", "定期进行电梯维护保养"),
                    name="维修费",
                    goals=["政府大院、办公楼及附属设施的维护及维修", "纪委楼办公楼维修及电梯保养"],
                ),
                project(
                    indicator("数量指标", "电梯维保", "≥12次/月", "电梯维保"),
                    name="纪委楼维修改造项目尾款",
                    purpose="纪委楼维修改造",
                    goals=["整栋墙面隔断改造、粉刷、吊顶", "整栋楼换门", "整栋楼改电路、改水项目"],
                ),
            ),
            shows=(
                "项目5 维修费（目标含“电梯保养”）：数量指标｜电梯保养｜≥12次/月；"
                "项目6 纪委楼维修改造项目尾款（目标：墙面隔断改造、换门、改电路）："
                "数量指标｜电梯维保｜≥12次/月"
            ),
            origin=f"{S002} 项目5、项目6",
        ),
        plan_example(
            "两个维修项目都涉及电梯",
            fails=False,
            plan=plan(
                project(
                    indicator("数量指标", "电梯检测完成率", "≥90%"),
                    name="办公楼日常专用设备维护费",
                    goals=["完成对办公楼日常维修及设备维护，主要包括电梯维保、空调维保"],
                ),
                project(
                    indicator("数量指标", "电梯检测完成率", "≥90%"),
                    name="办公楼修缮工程费",
                    goals=["完成对办公楼日常维修及设备维护，主要包括电梯维保、电梯检测"],
                ),
            ),
            shows="项目1、项目3的目标都写明电梯维保，两者都有“电梯检测完成率≥90%”",
            origin=f"{S004} 项目1、项目3",
        ),
    ),
)


def _long_name(v: IndicatorView) -> Hit | None:
    limit = v.plan.profile.thresholds.long_name_chars
    if len(v.name) <= limit:
        return None
    return Hit(
        f"三级指标名称有{len(v.name)}个字：{q(v.name, 30)}，是一句目标表述，不是指标名称。",
        field="level3",
    )


W105 = IndicatorRule(
    id="W105",
    title="三级指标名称写成了长句",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.INFO,
    confidence=0.85,
    check=_long_name,
    explanation=(
        "三级指标名称应当简短地说明衡量什么（如“设备完好率”），整句照抄绩效目标会使"
        "指标含义不清，通常也没有可衡量的指标值。字数上限由审核方案规定。"
    ),
    suggestion="把名称压缩为“对象+计量内容”，如“办公设备完好率”，要求写到描述里。",
    examples=(
        indicator_example(
            "名称是一整句目标",
            fails=True,
            level2="社会效益指标",
            level3=(
                "对各种设备的日常运行和维修进行有效的管理，保障机关工作人员正常运转，"
                "加强固定资产管理，做好设备维修维护。"
            ),
            description="对各种设备的日常运行和维修进行有效的管理",
            value="比上年有所提高",
            origin=f"{S004} 项目1 第13项",
        ),
        indicator_example(
            "简短的名称",
            fails=False,
            level2="质量指标",
            level3="消防基础设施正常运转率",
            description="消防基础设施正常运转率",
            value="≥90%",
            origin=f"{S004} 项目1 第6项",
        ),
    ),
)

RULES = (W101, W102, W103, W104, W105)
