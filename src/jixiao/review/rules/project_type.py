"""项目类型与指标 (project type): what kind of spending a project is, against what its
indicators measure. Project types and output words are lexicons (``lexicon-review.json``);
each rule says how sure it is, since a name tells only so much."""

from __future__ import annotations

from jixiao.checks import Criterion, Severity
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.examples import indicator, plan, plan_example, project, project_example
from jixiao.review.rule import Hit, ProjectRule
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import q

FAMILY = "fit"
_RONGCHANG = "重庆荣昌区林业局2022年项目清单与绩效目标表（samples/real）"
_FENGJIE = "重庆奉节县云雾乡2023年加工园配套设施建设项目绩效目标审批表（samples/real）"
_SHIZHU = "构造：仿纪委楼维修改造尾款类项目（同类写法见各地公开文本）"


def _one_off(p: ProjectView) -> str | None:
    lists = words()
    match = lists.one_off_projects.search(p.project.name)
    if match is None or lists.one_off_exclude.search(p.project.name):
        return None
    return match.group(0)


def _recurring(v: IndicatorView) -> str | None:
    text = v.text + "｜" + (v.value.unit or "")
    match = words().recurring_outputs.search(text)
    return match.group(0) if match else None


def _one_off_with_service(p: ProjectView) -> list[Hit]:
    kind = _one_off(p)
    if kind is None:
        return []
    hits = []
    for v in p.indicators:
        word = _recurring(v)
        if word is not None and v.level2 in ("数量", "质量", "时效"):
            hits.append(
                Hit(
                    f"{q(kind)}项目{q(p.project.name)}只付一次钱，指标{q(v.name)}"
                    f"却衡量经常性服务（{q(word)}）。",
                    field="level3",
                    indicator_index=v.index,
                )
            )
    return hits


R108 = ProjectRule(
    id="R108",
    title="尾款、欠款或一次性购置项目设了经常性服务指标",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.7,
    check=_one_off_with_service,
    explanation=(
        "支付尾款、清偿欠款或一次性购置的项目，产出是付清的合同、到货验收的设备；"
        "“电梯维保≥2次/月”“日常保洁”这类经常性服务指标衡量的是另一笔钱，"
        "多是照抄运行经费项目的指标。项目类型和服务词表是数据。"
    ),
    suggestion="按本项目实际产出设指标，如“尾款支付完成率=100%”“设备验收合格率=100%”。",
    examples=(
        project_example(
            "“维修改造项目尾款”里的“电梯维保次数”",
            fails=True,
            project=project(
                indicator("数量指标", "电梯维保次数", "≥2次/月", "定期对电梯进行维护保养"),
                indicator("质量指标", "工程验收合格率", "=100%"),
                name="办公楼维修改造项目尾款",
            ),
            shows="项目：办公楼维修改造项目尾款；数量指标｜电梯维保次数｜≥2次/月",
            origin=_SHIZHU,
        ),
        project_example(
            "“森林防火交通工具”购置项目只有购置指标",
            fails=False,
            project=project(
                indicator("数量指标", "购置森林防火交通工具", "=2辆"),
                indicator("质量指标", "车辆验收合格率", "=100%"),
                name="国有岚峰林场森林防火交通工具购置",
                budget="20",
            ),
            shows="项目：森林防火交通工具购置（20万元）；数量指标｜购置森林防火交通工具｜=2辆",
            origin=f"{_RONGCHANG} 项目清单“国有岚峰林场森林防火交通工具20万元”，指标为构造",
        ),
    ),
)


def _renovation_as_upkeep(p: ProjectView) -> list[Hit]:
    lists = words()
    name = p.project.name
    work = lists.renovation_projects.search(name)
    if work is None or lists.one_off_exclude.search(name):
        return []
    outputs = [v for v in p.indicators if v.level2 in ("数量", "质量", "时效")]
    if any(lists.renovation_projects.search(v.text) for v in outputs):
        return []  # the renovation itself is measured too
    hits = []
    for v in outputs:
        match = lists.routine_upkeep.search(v.text)
        if match is not None:
            hits.append(
                Hit(
                    f"{q(work.group(0))}项目{q(name)}的指标{q(v.name)}衡量的是日常维护"
                    f"（{q(match.group(0))}），没有一项指标衡量{work.group(0)}工程本身。",
                    field="level3",
                    indicator_index=v.index,
                )
            )
    return hits


R109 = ProjectRule(
    id="R109",
    title="改造、修缮项目按日常维护设指标",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.65,
    check=_renovation_as_upkeep,
    explanation=(
        "改造、修缮、新建项目的产出是完成的工程量（面积、长度、验收合格率、竣工时间）；"
        "只用“日常维护次数”“保洁”衡量，说明指标是从运行经费项目套来的，"
        "工程本身无从考核。"
    ),
    suggestion="设工程量和验收指标，如“改造面积≥X平方米”“工程验收合格率=100%”“≤10月竣工”。",
    examples=(
        project_example(
            "“办公楼修缮”只有“日常维护次数”",
            fails=True,
            project=project(
                indicator("数量指标", "日常维护次数", "≥24次", "办公楼日常维护"),
                indicator("质量指标", "设施正常运转率", "≥95%"),
                name="办公楼修缮",
            ),
            shows="项目：办公楼修缮；数量指标｜日常维护次数｜≥24次",
            origin="构造：修缮项目照抄运行经费指标的常见写法",
        ),
        project_example(
            "“加工园配套设施建设”按工程量设指标",
            fails=False,
            project=project(
                indicator("数量指标", "新建中药材晾晒房", "=1座", "新建晾晒房占地300平方米"),
                indicator("数量指标", "硬化室外晒坝", "=420平方米"),
                name="加工园配套设施新建工程",
                budget="65",
            ),
            shows="项目：加工园配套设施新建工程；数量指标｜新建中药材晾晒房｜=1座",
            origin=_FENGJIE,
        ),
    ),
)


def _funds_other_projects(p: ProjectView) -> list[Hit]:
    purpose = (p.project.purpose or "").strip()
    if not purpose:
        return []
    match = words().other_project_funding.search(purpose)
    if match is not None:
        return [Hit(f"资金用途{q(purpose)}写明{q(match.group(0))}。", field="purpose")]
    for other in p.plan.projects:
        name = other.project.name
        if other is not p and len(name) >= 6 and name in purpose and name not in p.project.name:
            return [
                Hit(
                    f"资金用途{q(purpose)}提到本文本的另一个项目{other.index}{q(name)}。",
                    field="purpose",
                    confidence=0.6,
                )
            ]
    return []


R110 = ProjectRule(
    id="R110",
    title="资金用途列支其他项目",
    family=FAMILY,
    criterion=Criterion.RELEVANCE,
    severity=Severity.WARNING,
    confidence=0.75,
    check=_funds_other_projects,
    explanation=(
        "资金用途应是本项目的支出内容；写着“调剂用于……”“弥补其他项目缺口”或"
        "列着本文本另一个项目的名称，说明资金实际用于别处，绩效目标与资金对不上。"
    ),
    suggestion="资金用途只写本项目的支出内容；确需统筹的，单独设项目。",
    examples=(
        plan_example(
            "资金用途写着另一个项目",
            fails=True,
            plan=plan(
                project(
                    indicator("数量指标", "林业新闻信息投稿数", "=30篇"),
                    name="林长制工作经费",
                    purpose="林长制日常工作及森林防火综合治理建设配套",
                ),
                project(
                    indicator("数量指标", "防火隔离带建设", "≥10公里"),
                    name="森林防火综合治理建设配套",
                    purpose="防火隔离带建设",
                ),
            ),
            shows="项目1资金用途：林长制日常工作及森林防火综合治理建设配套",
            origin="江西浮梁县林业局2026年项目清单（samples/real），资金用途为构造",
        ),
        plan_example(
            "资金用途是本项目的内容",
            fails=False,
            plan=plan(
                project(
                    indicator("数量指标", "林业新闻信息投稿数", "=30篇"),
                    name="林长制工作经费",
                    purpose="林长制日常工作、宣传及巡林",
                ),
            ),
            shows="资金用途：林长制日常工作、宣传及巡林",
            origin="江西浮梁县林业局2026年项目清单（samples/real），资金用途为构造",
        ),
    ),
)

RULES = (R108, R109, R110)
