"""Levels a document writes its own way, which the audit found read as false alarms:

* S110 judges the 二级 names a table writes: a report listing its indicators under their
  一级 only ('2.效益指标完成情况' then the sentences) writes none, and an empty 二级 is
  then nothing to judge (S102 still names the required 二级 that are missing);
* a row under a scoring 一级 word (项目决策) whose 二级 is a goal indicator's (数量指标 …)
  is a goal indicator filed under the document's own label, reviewed as one; the
  scoring rows of a 评分表 (项目决策 / 决策过程) stay silent (tests/review/test_scope.py);
* the last project of another province's document without a row, while the projects
  before it have theirs, is a table the text was cut before (a page or a stored fragment
  ending after its 项目名称 and budget lines): S101 does not say it set no indicator."""

from __future__ import annotations

from jixiao.importers.api import import_file
from jixiao.review import review_plan
from tests.importers.corpus_metrics import CORPUS

BAOSHAN = "yunnan_baoshan-tushuguan-gonggong-wenhua-prose-baogao_2022.txt"
DAYING = "sichuan_daying-sifaju-anke-tidai-pipe-midtable-xingzhi_2023.txt"
SHUANGXIN = "sichuan_daying-shuangxin-wenming-chuangjian-shishijindu_2020.txt"


def test_an_empty_second_level_of_a_report_is_not_outside_the_framework() -> None:
    plan = import_file(CORPUS / "self_evaluation" / BAOSHAN)
    unlabelled = [i.level3 for i in plan.projects[0].indicators if not i.level2]
    assert unlabelled == ["国民综合阅读率", "基本公共文化服务水平", "服务读者满意度"]
    findings = review_plan(plan).findings
    assert not [f for f in findings if f.rule == "S110"]
    missing = [f.message for f in findings if f.rule == "S102"]
    assert missing == ["缺少二级指标：时效指标、成本指标。"]


def test_a_second_level_written_outside_the_framework_is_still_one() -> None:
    # counter-example: '经济成本指标' is written, and is no 88号文 二级
    plan = import_file(CORPUS / "self_evaluation" / DAYING)
    s110 = [f.message for f in review_plan(plan).findings if f.rule == "S110"]
    assert s110 == ["二级指标“经济成本指标”不属于88号文指标体系（成本指标属产出指标）。"]


def test_goal_rows_under_a_scoring_word_are_reviewed_as_goal_indicators() -> None:
    plan = import_file(CORPUS / "self_evaluation" / SHUANGXIN)
    rows = plan.projects[0].indicators
    assert [r.level1 for r in rows[:4]] == ["项目决策"] * 4
    assert [r.level2 for r in rows[:4]] == ["数量指标", "质量指标", "时效指标", "成本指标"]
    findings = [(f.rule, f.project_index, f.indicator_index) for f in review_plan(plan).findings]
    # before: the four rows were taken for scoring criteria, and 产出指标 said missing
    assert ("S101", 1, None) not in findings
    assert {("S110", 1, i) for i in (1, 2, 3, 4)} <= set(findings)  # 项目决策 is no 一级
    assert {("M103", 1, 2), ("C101", 1, 4)} <= set(findings)


CUT_TAILS = [
    ("plan", "anhui_luan-jinan-tiyuju-wangqiu-saishi_2025", 2),
    ("plan", "chongqing_tongnan-wuguizhen-yibanxing-xiangmu_2023", 3),
    ("self_evaluation", "anhui_huoqiu-kejiju-kejitepaiyuan_2022", 2),
    ("self_evaluation", "sichuan_daying-wenlvju-tushuguan-zhifafuzhuang_2022", 2),
]


def test_a_last_project_cut_before_its_rows_is_not_said_to_have_none() -> None:
    for kind, stem, last in CUT_TAILS:
        plan = import_file(CORPUS / kind / f"{stem}.txt")
        assert len(plan.projects) == last and not plan.projects[-1].indicators, stem
        findings = review_plan(plan).findings
        assert not [f for f in findings if f.rule == "S101" and f.project_index == last], stem
    # what the cut project states is still reviewed (金安: its goal names another project)
    plan = import_file(CORPUS / "plan" / f"{CUT_TAILS[0][1]}.txt")
    assert ("R110", 2) in {(f.rule, f.project_index) for f in review_plan(plan).findings}


def test_a_project_without_rows_before_the_last_is_said_to_have_none() -> None:
    # counter-example: only the last project can be the one the text was cut in
    plan = import_file(CORPUS / "plan" / f"{CUT_TAILS[1][1]}.txt")
    plan.projects[1].indicators = []
    none = "项目没有填写任何绩效指标。"
    findings = review_plan(plan).findings
    assert [f.project_index for f in findings if f.rule == "S101" and f.message == none] == [2]
