"""The held-out rounds after the fifteenth (``heldout_later.py`` holds rounds 9–15): the
same frozen “before”, the live “after” and the reviewer's misses, on documents of a new
round."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.review.audit.heldout import _caught_rules, _round, _tallies, round_lines

HELDOUT_16 = Path(__file__).with_name("heldout_round16.json")


def heldout_round16_section(entries: list[dict[str, Any]]) -> list[str]:
    """Round 16: eight more unseen documents found by words inside grids; a special
    school's, a youth centre's and a welfare centre's own tables among them."""
    documents, before, after, missed = _round(HELDOUT_16, entries)
    caught, by_import, read, (b, a) = _tallies(before, after, missed)
    intro = (
        f"第十五轮之后再取 {len(documents)} 份从未见过的真实文档（语料中文件名带 ru16r-，注明"
        " held-out round 16 (review-unseen-16)）。第十六轮导入核查发现以标题检索到的网页只存到"
        "约2000字节、停在表格之前，本轮改用表格里的词（一级指标 二级指标 三级指标、产出指标"
        " 数量指标、年度指标值 全年实际完成值、指标值内容 评(扣)分标准）加水利、交通、农业农村、"
        "教育、民政、林草、气象、档案、粮食、商务、统计、供销、残联、体育、广电、乡村振兴等部门"
        "和事项词检索约一百次，只留存到表格各行的页面：湖南湘西州民族特殊教育学校学生伙食费"
        "目标表（每行单元格连写）、南岳区青少年校外活动中心专项申报表、炎陵县交通运输局2017年"
        "部门整体目标申报表（各指标挤在一格）、安徽霍山县特殊教育补助资金转移支付整体自评表、"
        "四川普惠金融发展专项资金自评表（整表连成一行），以及截断在指标之前的黄冈市社会福利中心"
        "部门整体申报表、广东省外语艺术职业学院二级项目表、安徽省广播电视局精品专项评价表。"
        "返回的表格页绝大多数已收录，新页面多来自学校、活动中心、福利中心自己的网站。先用 cand"
        "（5342ae0）的审核逐条分类（冻结在 tests/review/audit/heldout_round16.json），再通读原文"
        "记下漏掉的问题，然后只补通用办法。"
    )
    outcome = (
        f"改前的警告和错误出自 {len(read)} 份文档，其余 {len(documents) - len(read)} 份导入"
        "一个指标也没有读到（挤在一格的指标、截断在指标之前的表）。规则本身的误报改前"
        f" {b['false_alarm_review']} 条，改后 {a['false_alarm_review']} 条；导入误报改前"
        f" {b['false_alarm_import']} 条，改后 {a['false_alarm_import']} 条：霍山表尾的“分总 100"
        " 100”（“总分”两字颠倒）读成了一行满意度指标（M106、R102，分值合计成了190，N203）。"
        "导入改为把“分总”当作表尾占位行、读作成对的分值得分合计（import-headers.json、"
        "import-stated-totals.json），三条误报消失，读出总分100。其余导入误报在两张单元格连写的表上"
        "（湘西把单位行、项目行读成指标，S101、M105；普惠金融把一行错位，S101、M106、N206），"
        f"交导入改进。审核员会提出而审核没有提出的问题 {len(missed)} 条（其中 {by_import} 条导入"
        f"没有读出），改后补上 {len(caught)} 条{_caught_rules(caught)}：新补 W125（自评年度目标的"
        "实际完成情况只写笼统结论或执行程序：霍山“严格按照年初预算执行,采购手续合规合法,完成率"
        "100%。”），在此前收录的语料上另提出2条（天长“完成年度目标。”、六安文物“基本完成年度目标。”），"
        "都属实；写了任何具体内容的不提示。又补 R133（绩效指标要求增加“三公”经费：炎陵“三公经费"
        "2017年比2016年增加公务接待费990元”），导入没有读出炎陵挤在一格的各指标，规则的示例用手工"
        "转录；此前收录的语料、种子和样本上没有发现。其余各条在导入没有读出的内容上（湘西发放率"
        "“90%以上”、30万元只够105天；普惠金融执行52.8%、目标远低于实际；炎陵产出全是资金管理），"
        "或要另立判断（立项依据不具体），见下表。又补 W126（比率指标只写“覆盖率”“参与率”，"
        "没有说明是什么的比率：南岳“全区覆盖率 ≥95%”“活动参与率 ≥95%”），指标解释写明口径的"
        "不提示（成安“完成率”），此前收录的语料、种子和样本上没有新的发现。其后"
        "（review-leftovers-6）又补三条：导入把折成两行的二级指标（“满意度指标 服务对象”下一行"
        "“满意度指标”）接回一格，不再当作一行没有指标值、未导入的指标，霍山的表读全，S102 按所列"
        "二级指标推定空着的一级，提出缺少成本指标；新补 R140（时效指标的时间取决于外部条件、没有"
        "完成时限：霍山“根据资金到位时间执行项目进度 100%”），条件是计划、合同的或写了时限的"
        "不提示；新补 W129（立项依据只泛指“相关文件”“部门职责”、没有写明具体文件：南岳"
        "“各级相关文件要求及部门职责等。”），读出南岳表中“专项立项”一栏（import-headers.json）。"
        "三条在此前收录的语料和种子上都没有新的发现。"
    )
    title = "## 未见过的文档（第十六轮，held-out round 16）"
    return round_lines(title, intro, outcome, (before, after, missed))
