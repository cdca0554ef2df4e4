"""Held-out round 14: what the reviewer flagged on the round's documents and the review missed
before (the audit of the round is kept honest by tests/review/test_audit.py).

- N105 on 福田区民政局's report: its '(4)成本指标' (“社会化发放率100%”) is read under the
  '1.产出指标完成情况分析' heading, a 二级 of 产出指标, not a 一级 of the 2021 framework that
  turned the money-cost checks off;
- the target opening the paragraph under a level heading of its own is read ('(2)质量指标'
  then '救助资金发放准确率100%。按照相关规定,…'), so S102 no longer says 质量 and 时效 are missing;
- the other misses lie in what the import does not read (prose, 阆中's glued cells).
"""

from __future__ import annotations

from jixiao.importers.api import import_file
from tests.review.audit.render import CORPUS
from tests.review.conftest import corpus_report, found

FUTIAN = (
    "self_evaluation/"
    "guangdong_ru14r-futian-minzhengju-kunnan-qunzhong-jiuzhu-shiyong-qingkuang-prose-cut_2021"
)
HONGHE = (
    "self_evaluation/yunnan_ru13-honghe-dier-renmin-yiyuan-gongwei-zixping-baogao-prose-cut_2023"
)


def test_a_report_heading_ending_in_analysis_opens_its_first_level() -> None:
    rows = import_file(CORPUS / f"{FUTIAN}.txt").projects[0].indicators
    assert [(r.level1, r.level2, r.level3, r.value) for r in rows] == [
        ("产出指标", "质量指标", "救助资金发放准确率", "100%"),
        ("产出指标", "时效指标", "救助资金发放及时率", "100%"),
        ("产出指标", "成本指标", "社会化发放率", "100%"),
    ]  # each level's target opens its paragraph, the clauses after it tell how it was met
    (hit,) = found(corpus_report(FUTIAN), "N105")
    assert hit.indicator_index == 3 and "社会化发放率" in hit.message


def test_the_satisfaction_heading_of_a_report_is_its_first_level_too() -> None:
    """红河's '3.满意度指标完成情况分析': its row gets the 一级 it was written under."""
    rows = import_file(CORPUS / f"{HONGHE}.txt").projects[0].indicators
    assert [(r.level1, r.level2) for r in rows if "满意" in r.level3] == [
        ("满意度指标", "服务对象满意度指标")
    ]
