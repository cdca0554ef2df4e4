"""More of what reviewers write back (审核意见, 第三方复核), round 2 of the held-out classes
(tests/review/defects/opinions_round2.py):

- W118: the project's 绩效目标 only repeats its name (“完成××项目”): 目标表述笼统, no
  产出 or 效果 said;
- R119: an output count (购置台数, 培训人数, 补助幼儿园个数) filed under 效益指标:
  效益指标与产出指标混淆, the number of things delivered is not their effect;
- N230: a 满意度 target written as the number of questionnaires or people (“≥200份”):
  the target is the share of satisfied respondents, the sample is how it is measured;
- N231: a self-evaluation's actual of a share that cannot exceed the whole (满意度,
  合格率, 知晓率 …) above 100%: 实际完成值口径有误.
"""

from __future__ import annotations

import re

from jixiao.content_caches import content_cache
from jixiao.grammar import UnitKind, ValueKind, parse_value
from jixiao.review.context import IndicatorView, ProjectView, squeeze
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import (
    DOWNWARD,
    EFFECT_LEVEL,
    PERCENT,
    amount,
    is_satisfaction,
    q,
)
from jixiao.review.rules.numbers.common import HUNDRED, bounded
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)

# a goal's frame around the name: numbering, a verb before it (“确保按期完成”), a year,
# words for the work after it (“的各项建设工作”); a name's own trailing words (项目, 经费)
_GOAL_VERB = re.compile(
    r"[0-9一二三四五六七八九十]*(?:确保|全面|按时|按期|顺利)?"
    r"(?:完成|实施|开展|做好|推进|落实|执行|保障|抓好)?[0-9]*"
)
_TAILS = (
    "建设", "实施", "工作", "任务", "目标", "项目", "经费", "资金", "专项", "补助", "支出",
    "各项", "的",
)  # fmt: skip
_SHORTEST_NAME = 4  # characters: shorter names (“主体班”) say too little to compare
# characters a frame may add to the name (“1.确保完成……的建设工作”): a longer goal says more
_FRAME = 12


@content_cache(maxsize=1 << 14)
def _core(text: str) -> str:
    """``text`` without punctuation, its numbering, leading verb and year, and its trailing
    frame words (“1.完成2023年××项目的建设工作” → “××”)."""
    squeezed = squeeze(text)
    verb = _GOAL_VERB.match(squeezed)
    core = squeezed[verb.end() if verb else 0 :]
    cut = True
    while cut:
        cut = False
        for word in _TAILS:
            if core.endswith(word):
                core, cut = core[: -len(word)], True
    return core


def _goals(p: ProjectView) -> list[str]:
    stated = [g for g in p.project.goals if g.strip()]
    if stated:
        return stated
    annual = p.project.annual_goal or ""
    return [annual] if annual.strip() else []


def _goal_is_name(p: ProjectView) -> list[Hit]:
    goals = _goals(p)
    longest = len(p.project.name) + _FRAME
    if not goals or any(len(goal) > longest for goal in goals):
        return []  # a goal longer than the name in its frame says more than the name
    name = _core(p.project.name)
    if len(name) < _SHORTEST_NAME:
        return []
    for goal in goals:
        if name[:_SHORTEST_NAME] not in goal or name not in squeeze(goal):
            return []  # the goal is about something else
        if _core(goal) != name:
            return []
    return [
        hit(
            f"绩效目标{q(goals[0], 30)}只是复述项目名称{q(p.project.name, 30)}，没有说明"
            "一年内要做到什么程度、产生什么效果。",
            field="goals",
        )
    ]


W118 = TABLE.rule("W118", _goal_is_name)

# units that count things delivered; people counts (人, 人次, 户) are effects as often
# (受益人数, 接待游客人次) and are taken only with a verb of delivery
_THING_UNITS = frozenset(
    {"台", "套", "辆", "座", "条", "种", "株", "棵", "处", "所", "件", "册", "本", "批",
     "个", "场", "期", "块", "架", "艘", "部", "张", "盏", "根", "眼", "口"}
)  # fmt: skip
_DELIVERY = re.compile(
    r"培训|资助|补助|补贴|扶助|慰问|发放|奖励|表彰|体检|聘用|招聘|购置|采购|配备"
)
# what an effect counts: people reached, jobs, visitors, incidents avoided, things gained
_EFFECT = re.compile(
    r"受益|惠及|带动|就业|岗位|增收|增加|新增|减少|降低|提高|提升|吸引|接待|游客|观众|"
    r"事故|案件|火灾|投诉|纠纷|发生|死亡|伤亡|覆盖|参与|参加|入驻|落户|引进|孵化|转化|"
    r"培育|创建|获得|获评|荣誉|品牌|专利|论文|成果|示范|达标|合格|满意|减排|节约|节水|节能"
)


def _last(words: re.Pattern[str], name: str) -> int:
    """Where the last of ``words`` starts in ``name``, -1 when none is there."""
    found = -1
    for match in words.finditer(name):
        found = match.start()
    return found


def _output_as_effect(v: IndicatorView) -> Hit | None:
    if v.level1 != EFFECT_LEVEL:  # (rules.common.is_effect, inline; the fact ``effect``)
        return None
    value = v.value
    if value.unit_kind is not UnitKind.COUNT or not value.number:
        return None
    if value.direction in DOWNWARD:
        return None
    delivered = _last(_DELIVERY, v.name)
    effect = _last(_EFFECT, v.name)
    # the name's head (Chinese puts it last) decides: '对…死亡家庭进行扶助' counts the
    # help given, '培训后就业人数' the jobs it brought
    if effect >= 0 and effect > delivered:
        return None
    if value.unit not in _THING_UNITS and delivered < 0:
        return None
    return hit(
        f"{v.indicator.level2 or '效益指标'}下的{q(v.name, 24)}（{q(v.indicator.value, 16)}）"
        "是交付的数量，属于产出指标：效益指标应写这些产出带来的变化（受益面、改善程度、"
        "增收节支等）。",
        field="level2",
    )


R119 = TABLE.rule("R119", _output_as_effect)

_COUNTED_NAME = re.compile(r"(?:数|数量|份数|人数|次数|户数)$")


def _satisfaction_as_count(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit_kind is not UnitKind.COUNT or value.number is None:
        return None
    if not (v.facts.satisfaction or "满意" in v.name or is_satisfaction(v)):
        return None
    if _COUNTED_NAME.search(v.name):
        return None
    return hit(
        f"满意度指标{q(v.name, 24)}的目标{q(v.indicator.value)}是调查的份数或人数，"
        "不是满意度：目标应是满意的受访者占全部受访者的比例（如“≥90%”）。",
        field="value",
    )


N230 = TABLE.rule("N230", _satisfaction_as_count)


def _share_over_whole(p: ProjectView) -> list[Hit]:
    hits = []
    for v in p.indicators:
        text = (v.indicator.actual or "").strip()
        if "%" not in text and "％" not in text:
            continue
        if v.value.unit != PERCENT or v.value.kind is not ValueKind.QUANTITATIVE or not bounded(v):
            continue
        actual = parse_value(text)
        top = actual.upper if actual.upper is not None else actual.number
        if actual.unit != PERCENT or top is None or top <= HUNDRED:
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}是部分占全部的比例，实际完成值{q(text, 16)}超过100%"
                f"（目标{q(v.indicator.value, 16)}）：比例不可能超过{amount(HUNDRED)}%，"
                "多半是算法或填写有误。",
                field="actual",
                indicator_index=v.index,
            )
        )
    return hits


N231 = TABLE.rule("N231", _share_over_whole, applies_to=is_self_evaluation)

RULES = (W118, R119, N230, N231)
