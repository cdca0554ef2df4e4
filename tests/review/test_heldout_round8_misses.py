"""Rules for what the reviewer flagged on held-out round 8 and the review missed, tested on
plans built from the real documents' lines (the transcribed rows and the 项目资金 line as
printed; the importer does not read all these figures yet):

- N232 (鄂州): the 成本 row's 实际完成值 “150万” is the budget, while 125.25万 was spent;
- N236 (鄂州): the 执行率's 分值 printed 100 on the 资金 line beside rows with points;
  N221 no longer checks the points by that 分值;
- W119 (霍邱), M119 (宜兴): a 指标值, a 评价指标值 / 实际完成值 repeating the indicator's name;
- W108 (百色): a name copied from a compound 二级 such as “产出数量指标”.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan
from jixiao.model.plan import Indicator, Project
from jixiao.review import review_plan
from jixiao.review.wordlists import load_word_lists
from tests.review.audit.render import CORPUS
from tests.review.conftest import corpus_report, found, transcribed_rows

EZHOU = "self_evaluation/hubei_ru8-ezhou-shenpiju-shiminzhongxin-yunwei-cellperline-cut_2021"
YIXING = "self_evaluation/jiangsu_ru8-yixing-jiben-gongwei-laokuangjia-cellperline-cut_nd"
HUOQIU = "self_evaluation/anhui_huoqiu-kejiju-kejitepaiyuan_2022"
BAISE = "plan/guangxi_ru8-baise-jiaoyuju-tianli-xuexiao-banxue-butie-zhongqi-cut_2023"


def _cells_after(document: str, label: str, count: int) -> list[str]:
    """The ``count`` cells printed after ``label`` in a cell-per-line document."""
    lines = [c.strip(" |") for c in (CORPUS / f"{document}.txt").read_text().splitlines()]
    cells = [c for c in lines if c]
    at = cells.index(label)
    return cells[at + 1 : at + 1 + count]


def _wan(cell: str) -> Decimal:
    return Decimal(cell.removesuffix("万"))


def _funds_plan(
    document: str, name: str, rows: list[Indicator], **changes: object
) -> DepartmentPlan:
    """A self-evaluation of ``rows`` and the document's 年度资金总额 line as printed: 年初,
    全年预算, 全年执行, 分值, 执行率, 得分 (鄂州, 衡山 print it so)."""
    initial, annual, spent, weight, rate, score = _cells_after(document, "年度资金总额", 6)
    fields: dict[str, object] = {
        "name": name,
        "budget_total": _wan(annual),
        "budget_initial": _wan(initial),
        "budget_adjusted": _wan(annual),
        "spent": _wan(spent),
        "execution_weight": Decimal(weight),
        "execution_rate": Decimal(rate.rstrip("%")) / 100,
        "execution_score": Decimal(score),
        "indicators": rows,
    }
    project = Project.model_validate({**fields, **changes})
    return DepartmentPlan(source_file=document, kind="self_evaluation", projects=[project])


def _ezhou(**changes: object) -> DepartmentPlan:
    return _funds_plan(EZHOU, "市民中心运行维护费", transcribed_rows(EZHOU), **changes)


def test_the_real_funds_line_is_read_as_the_reviewer_read_it() -> None:
    assert _cells_after(EZHOU, "年度资金总额", 6) == [
        "150万",
        "150万",
        "125.25万",
        "100",
        "83.5%",
        "98",
    ]


def test_a_cost_actual_copied_from_the_budget_is_raised() -> None:
    """鄂州 row 5: 成本 “市民中心运行维护费” 150万, actual 150万, while 125.25万 was spent."""
    hits = found(review_plan(_ezhou()), "N232", 1)
    assert [f.indicator_index for f in hits] == [5]
    assert "150万" in hits[0].message and "125.25万元" in hits[0].message


def test_a_cost_actual_as_spent_or_a_budget_spent_in_full_is_left_alone() -> None:
    rows = transcribed_rows(EZHOU)
    rows[4] = rows[4].model_copy(update={"actual": "125.25万"})
    assert found(review_plan(_ezhou(indicators=rows)), "N232") == []
    assert found(review_plan(_ezhou(spent=Decimal(150), execution_rate=Decimal(1))), "N232") == []
    assert found(review_plan(_ezhou(spent=Decimal("149.5"))), "N232") == []  # 99.7%: rounding
    as_plan = _ezhou().model_copy(update={"kind": "plan"})
    assert found(review_plan(as_plan), "N232") == []  # a 目标表 reports nothing spent


def test_an_execution_weight_of_the_whole_table_is_raised_and_not_scored_by() -> None:
    """鄂州: 分值 100 on the 资金 line beside rows of 70 points; N221 would have asked
    for 83.5 points by that 分值, the wrong advice."""
    report = review_plan(_ezhou())
    hits = found(report, "N236", 1)
    assert len(hits) == 1 and "100分" in hits[0].message and "70分" in hits[0].message
    assert found(report, "N221") == []
    fixed = review_plan(_ezhou(execution_weight=Decimal(10), execution_score=Decimal("8.35")))
    assert found(fixed, "N236") == [] and found(fixed, "N221") == []
    wrong = review_plan(_ezhou(execution_weight=Decimal(10), execution_score=Decimal(10)))
    assert found(wrong, "N236") == [] and len(found(wrong, "N221")) == 1  # N221 still checks


def _yixing(actual: str, value: str = "100%") -> DepartmentPlan:
    """宜兴's “2.财务管理” row: 评价指标 财务管理规范度, 标准值 100%, 评价指标值 as given."""
    name = _cells_after(YIXING, "支出符合财务管理制度规定", 1)[0]
    row = Indicator(
        level1="管理目标", level2="财务管理", level3=name, value=value, actual=actual,
        weight=Decimal(2), score=Decimal("1.5"),
    )  # fmt: skip
    project = Project(name="基本公共卫生服务项目", indicators=[row])
    return DepartmentPlan(source_file=YIXING, kind="self_evaluation", projects=[project])


def test_a_value_cell_repeating_the_name_is_raised() -> None:
    """宜兴: the 评价指标值 printed “财务管理规范度”, the 评价指标's own name; 霍邱 (in the
    audited corpus, imported): the 指标值 “巩固拓展脱贫攻坚成果” is the row's name."""
    printed = _cells_after(YIXING, "符合财务管理制度规定", 1)[0]
    assert printed == "财务管理规范度"
    hits = found(review_plan(_yixing(printed)), "M119", 1, 1)
    assert len(hits) == 1 and hits[0].field == "actual"
    huoqiu = found(corpus_report(HUOQIU), "W119", 1)
    assert [(f.indicator_index, f.field) for f in huoqiu] == [(6, "value")]


def test_values_that_are_values_are_left_alone() -> None:
    for actual in ("100%", "符合财务管理制度规定", "财务管理规范", "规范度100%"):
        assert found(review_plan(_yixing(actual)), "M119") == [], actual
    assert found(review_plan(_yixing("100%", value="财务管理规范度≥95%")), "W119") == []
    both = review_plan(_yixing("财务管理规范度", value="财务管理规范度"))
    assert len(found(both, "W119")) == 1 and found(both, "M119") == []  # said once
    assert (
        found(review_plan(_yixing("财务管理规范度").model_copy(update={"kind": "plan"})), "M119")
        == []
    )


def test_a_name_copied_from_a_compound_second_level_is_raised() -> None:
    """百色: its 二级 reads “产出数量指标”; a row named so is only a level's name (the
    defect injection's W108 case missed it); “新增学位” itself is not."""
    words = load_word_lists()
    for label in ("产出数量指标", "产出质量指标", "效益社会效益指标", "满意度服务对象满意度指标"):
        assert words.is_level_name(label, label), label
    for name in ("新增学位", "产出效益分析", "效益评估报告质量"):
        assert not words.is_level_name(name, name), name
    rows = transcribed_rows(BAISE)
    assert rows[0].level2 == "产出数量指标"
    copied = rows[0].model_copy(update={"level3": rows[0].level2})
    plan = DepartmentPlan(
        source_file=BAISE,
        kind="plan",
        projects=[Project(name="百色天立学校办学补贴", indicators=[copied])],
    )
    assert len(found(review_plan(plan), "W108", 1, 1)) == 1
    assert found(corpus_report(BAISE), "W108") == []


HENGSHAN = "self_evaluation/hunan_ru8-hengshan-guantangxiang-bumenzhengti-cellperline-cut_2023"


def _hengshan(**changes: object) -> DepartmentPlan:
    """衡山 (年初 861.10, 全年 2030.12): the cut document ends before its rows, and the
    review reads projects with rows only: one is made up."""
    row = Indicator(
        level1="产出指标", level2="数量指标", level3="重点工作完成数", value="≥10项", actual="10项"
    )
    return _funds_plan(HENGSHAN, "衡山县贯塘乡人民政府", [row], **changes)


def test_a_budget_more_than_doubled_in_the_year_unexplained_is_raised() -> None:
    """衡山: 861.10 → 2030.12万元 (+136%), 执行率 100% for full points, not a word on why."""
    hits = found(review_plan(_hengshan()), "R120", 1)
    assert len(hits) == 1 and "1169.02万元" in hits[0].message and "136%" in hits[0].message


def test_additions_explained_or_modest_are_left_alone() -> None:
    told = "年中追加上级转移支付资金1169.02万元，用于乡村振兴项目。"
    assert found(review_plan(_hengshan(annual_goal_actual=told)), "R120") == []
    assert found(review_plan(_hengshan(budget_adjusted=Decimal("1291.65"))), "R120") == []
    as_plan = _hengshan().model_copy(update={"kind": "plan"})
    assert found(review_plan(as_plan), "R120") == []
