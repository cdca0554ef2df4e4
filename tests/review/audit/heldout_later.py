"""The held-out rounds after the eighth (``heldout.py`` holds rounds 2–8): the same frozen
“before”, the live “after” and the reviewer's misses, on documents of a new round."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.review.audit.heldout import _caught_rules, _round, _tallies, round_lines

HELDOUT_9 = Path(__file__).with_name("heldout_round9.json")


def heldout_round9_section(entries: list[dict[str, Any]]) -> list[str]:
    """Round 9: ten more unseen documents, the corpus's first 西藏 among them."""
    documents, before, after, missed = _round(HELDOUT_9, entries)
    caught, by_import, read, (b, a) = _tallies(before, after, missed)
    intro = (
        f"第八轮之后再取 {len(documents)} 份从未见过的真实自评文档（语料中文件名带 ru9-，注明"
        " held-out round 9 (review-unseen-9)）：云南保山市退役军人事务局春节走访慰问经费的自评表，"
        "四川大英经开区河道保洁（部门决算中的项目表，从表格中间开始），海南海口市档案局2016年的旧框架"
        "项目绩效目标表，湖南南湖新区优抚、浙江缙云农村垃圾清运、河北遵化残联村专职委员补贴的评价报告"
        "（只到资金部分），安徽宣城动物防疫区域自评表（繁体镜像），黑龙江虎林林业改革发展资金和西藏"
        "卡若区社会福利机构经费（语料中第一份西藏文档）的报告，以及一份隐去县名的食品安全抽检自评表。"
        "检索工具的网页库约四十次检索按省份、市县名称查到的几乎都已收录，本轮多靠事项名称和表头找到。"
        "先用 cand（67dc4bc）的审核逐条分类（冻结在 tests/review/audit/heldout_round9.json），"
        "再通读原文记下漏掉的问题，然后只补通用规则。"
    )
    outcome = (
        f"改前的警告和错误只出自 {len(read)} 份文档：其余 {len(documents) - len(read)} 份"
        "导入一个指标也没有读到（文字报告、截断在指标之前的表、读成公开表的决算片段、旧框架的两级"
        f"目标表），审核无从看到。规则本身的误报改前 {b['false_alarm_review']} 条，改后 "
        f"{a['false_alarm_review']} 条；导入误报改前 {b['false_alarm_import']} 条（保山表尾"
        f"“总分(100分)”一行读成了满意度指标），改后 {a['false_alarm_import']} 条。"
        f"审核员会提出而审核没有提出的问题 {len(missed)} 条（其中 {by_import} 条导入没有读出），"
        f"改后补上 {len(caught)} 条{_caught_rules(caught)}：新补 N237（数量指标把要完成的人数、户数"
        "写在名称里，指标值只写“100%”：保山“慰问伤残军人50人;…边海防官兵320人。”）和 W120（名称要求"
        "“年内无群体性事件发生”，指标值却是“小于5次”）；两条在此前收录的语料、种子和样本上都没有新的"
        "发现（衡山“5000吨稻谷、500吨成品粮储备到位率 100%”是比率，不提）。导入改为把带满分注记的"
        "“总分(100分)”一行当作表尾（占位行），读出项目的自评总分100和等级“优”，保山的导入误报随之"
        "消失。其余6条都在导入没有读出的文档上，见下表。"
    )
    title = "## 未见过的文档（第九轮，held-out round 9）"
    return round_lines(title, intro, outcome, (before, after, missed))
