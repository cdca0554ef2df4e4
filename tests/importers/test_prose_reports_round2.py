"""Prose 自评/评价报告, second round (``import-prose-reports-2``): what the held-out review
round 14 missed in reports told in sentences, each read by a general rule tested on the
real report that showed it and on a counter-example:

* a '评分结果' stated right before the grade is the total (潼南 '最终评分结果为90分,
  绩效评价等级为“优”');
* a report's own outline — an outcome analysis beside a money or verdict section — makes
  it a 自评 where no title names a kind (福田 '…补助资金管理使用情况');
* a report counting several projects gets the project of its whole where the counting
  sentence states their money and spent ÷ budget is the stated 执行率 (承德 87.43%);
* a fund the report says arrived in full is its budget (沅江 '专项资金92.4万元,全额拨付到位').
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.arrived_budget import read_arrived_budget
from jixiao.importers.mapping.counted_total import read_counted_total
from jixiao.importers.mapping.graded_score import graded_totals
from jixiao.importers.mapping.project_counts import counted_projects
from jixiao.importers.mapping.report_sections import by_report_sections
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

SELF = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
TONGNAN = "chongqing_ru14r-tongnan-fagaiwei-chubeiliang-butie-pingjia-baogao-prose-cut_2023"
FUTIAN = "guangdong_ru14r-futian-minzhengju-kunnan-qunzhong-jiuzhu-shiyong-qingkuang-prose-cut_2021"
CHENGDE = "hebei_ru14r-chengde-nongyenongcun-xiangmu-ziping-gongzuo-baogao-prose-cut_2023"
HONGHE = "yunnan_honghe-shuju-fazhan-zhongxin-prose-baogao-cut_2024"
YUANJIANG = "hunan_ru11-yuanjiang-dangxiao-zhuanxiang-pingjia-baogao-prose-cut_2023"
SOURCE = SourceRef(file="t.txt", line=1)


def _text(stem: str) -> str:
    return (SELF / f"{stem}.txt").read_text(encoding="utf-8")


def _paragraphs(*texts: str) -> list[Block]:
    return [Paragraph(raw=text, source=SOURCE) for text in texts]


def test_tongnan_score_before_its_grade_is_the_total() -> None:
    line = "最终评分结果为90分,绩效评价等级为“优”。"
    assert graded_totals(f"对项目进行了客观评价,{line}") == [Decimal(90)]
    (project,) = import_file(SELF / f"{TONGNAN}.txt").projects
    assert project.total_score == Decimal(90)
    assert "评分结果为90分" in (project.sources["total_score"].raw or "")


def test_counter_example_a_score_result_with_no_grade_after_it_is_no_total() -> None:
    assert graded_totals("满意度评分结果为90分,较上年提高。") == []
    assert graded_totals("最终评分结果为90分。") == []


def test_futian_outline_makes_a_self_evaluation() -> None:
    plan = import_file(SELF / f"{FUTIAN}.txt")
    assert plan.kind == "self_evaluation"
    assert (plan.kind_evidence or "").startswith("报告结构：1.产出指标完成情况分析")
    (project,) = plan.projects
    assert project.budget_total == Decimal(71)  # '调减40万元…全年实际下达71万元'


def test_counter_example_one_kind_of_section_alone_makes_no_report() -> None:
    assert by_report_sections(["三、资金分配及使用情况", "四、资金绩效评价结果"]) is None
    assert by_report_sections(["1.产出指标完成情况分析", "二、项目概况"]) is None
    decision = by_report_sections(["二、绩效目标完成情况", "三、评价结论"])
    assert decision is not None and decision.kind == "self_evaluation"


def test_chengde_counted_projects_total_with_its_rate() -> None:
    (project,) = import_file(SELF / f"{CHENGDE}.txt").projects
    assert project.budget_total == Decimal("3267.28")
    assert project.spent == Decimal("2856.63")
    assert project.execution_rate == Decimal("0.8743")
    assert "项目共计113个" in (project.sources["budget_total"].raw or "")


def test_counter_example_chengde_with_a_budget_its_rate_does_not_give() -> None:
    """The same report with the counted money changed by 1万元: 2856.63 / 3268.28 is
    87.41%, not the 87.43% stated — no project, rather than a figure read wrong."""
    changed = _text(CHENGDE).replace("财政资金3267.28万元", "财政资金3268.28万元")
    blocks = _paragraphs(*changed.splitlines())
    assert read_counted_total("承德市农业农村局项目绩效自评工作报告", blocks) == []


def test_counter_example_honghe_counts_projects_without_a_rate() -> None:
    assert import_file(SELF / f"{HONGHE}.txt").projects == []


def test_counting_phrases_with_a_total_word() -> None:
    assert counted_projects("2023年预算安排我局专项资金项目共计113个,财政资金3267.28万元") == [113]
    assert counted_projects("项目合计5个") == [5]


@settings(max_examples=40, deadline=None)
@given(
    st.integers(2, 400),
    st.decimals(Decimal("10.00"), Decimal("90000.00"), places=2),
    st.integers(50, 100),
    st.sampled_from([0, 1]),
)
def test_counted_total_only_where_spent_over_budget_is_the_rate(
    count: int, budget: Decimal, percent: int, off: int
) -> None:
    spent = (budget * percent / 100).quantize(Decimal("0.01"))
    rate = (spent / budget * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) + off
    blocks = _paragraphs(
        f"本年预算安排专项资金项目共计{count}个,财政资金{budget}万元。",
        f"至年底项目执行金额{spent}万元,执行率{rate}%。",
    )
    found = read_counted_total("某局项目绩效自评报告", blocks)
    if off:
        assert found == []
    else:
        (project,) = found
        assert project.budget_total == budget
        assert project.execution_rate == rate / 100


def test_yuanjiang_fund_arrived_in_full_is_the_budget() -> None:
    (project,) = import_file(SELF / f"{YUANJIANG}.txt").projects
    assert project.budget_total == Decimal("92.4")
    assert "全额拨付到位" in (project.sources["budget_total"].raw or "")


@given(st.decimals(Decimal("0.10"), Decimal("90000.00"), places=2))
def test_one_fund_arrived_in_full_is_read(figure: Decimal) -> None:
    project = Project(name="p")
    read_arrived_budget([project], _paragraphs(f"本年度专项资金{figure}万元已全部到位。"))
    assert project.budget_total == figure


def test_counter_example_a_part_and_the_total_arrived_give_none() -> None:
    """Two amounts said to arrive (a part, then the whole) state no one budget; an
    amount with no fund noun before it, or a 到位率, is none either."""
    project = Project(name="p")
    blocks = _paragraphs(
        "中央资金2855万元已全部到位,省级资金753万元已全部到位。", "到位率100%,全部到位。"
    )
    read_arrived_budget([project], blocks)
    assert project.budget_total is None
    read_arrived_budget([project], _paragraphs("共计3728万元全部到位。"))
    assert project.budget_total is None
