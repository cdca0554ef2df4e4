"""Layouts met on the eighteenth held-out round (``import-unseen round 18`` in the corpus
notes): eight stored pages of 福建, 四川, 云南, 广西, 河北 and 上海.

* a 决算's own sentence ('本部门在2021年度部门决算中反映…') names its kind before any title,
  and a page titled by one table of the set its 目录 lists is the set (a 决算);
* a 决算 tells each project in a numbered '…项目绩效目标完成情况综述' paragraph with its
  全年预算数 and 执行数;
* budget heads numbered by circled figures ('支出实现率(%)⑤=④/③'), a 小计 after the 年初
  head, the formula row '③=①+②' between the heads and the figures;
* '本部门' is the text speaking of itself, no department's name.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.circled_heads import formula_row, with_subtotal
from jixiao.importers.mapping.department_name import stated_department
from jixiao.importers.mapping.vocabulary import vocabulary, without_circled_mark
from jixiao.model.plan import DepartmentPlan
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import CORPUS, measure_stem

ROUND18 = sorted(p.name.removesuffix(".expected.json") for p in CORPUS.glob("*/*ru18-*.json"))
# 梧州 医保's 决算 page names no kind at all and states a result in a target's words
UNREAD = {"guangxi_ru18-wuzhou-yibao-juesuan-ziping-jieguo-prose-cut_2024"}
CIRCLED = [chr(c) for c in range(0x2460, 0x2474)]  # ① … ⑳


def _only(pattern: str) -> Path:
    (path,) = CORPUS.glob(pattern)
    return Path(path)


def _import_text(tmp_path: Path, text: str) -> DepartmentPlan:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path)


def _cells(*texts: str) -> list[Cell]:
    return [Cell(raw=t, source=SourceRef(file="t.txt"), col=i) for i, t in enumerate(texts)]


def test_round18_has_its_eight_pages() -> None:
    assert len(ROUND18) == 8


@pytest.mark.parametrize("stem", sorted(set(ROUND18) - UNREAD))
def test_round18_kind_year_and_nothing_invented(stem: str) -> None:
    result = measure_stem(stem)
    assert (result.kind_ok, result.year_ok, result.invented) == (True, True, [])
    assert result.fields.wrong_total == 0


def test_a_final_accounts_sentence_names_the_kind_before_a_cut_line() -> None:
    plan = import_file(_only("final_accounts/*ru18-daying-*.txt"))
    assert (plan.kind, plan.department) == ("final_accounts", None)


def test_a_report_without_the_sentence_keeps_its_title(tmp_path: Path) -> None:
    text = "2021年度项目支出绩效自评报告\n项目全年预算数2万元,执行数为2万元。\n本单位决算数见附表。"
    assert _import_text(tmp_path, text).kind == "self_evaluation"


def test_a_page_titled_by_one_table_of_its_listed_set_is_the_set() -> None:
    plan = import_file(_only("final_accounts/*ru18-yongshan-*.txt"))
    assert plan.kind == "final_accounts"
    assert plan.disclosure is not None


def test_a_self_evaluation_whose_list_does_not_hold_its_title_stays_one(tmp_path: Path) -> None:
    text = (
        "某县红十字会2021年度部门整体支出绩效自评表\n"
        "附件目录\n1 | 收入支出决算总表 | 公开01表\n2 | 项目支出绩效自评表 | 公开12表\n"
    )
    assert _import_text(tmp_path, text).kind == "self_evaluation"


def test_numbered_summary_paragraphs_are_the_projects_with_their_budgets() -> None:
    plan = import_file(_only("final_accounts/*ru18-daying-*.txt"))
    read = [(p.name, p.budget_total, p.execution_rate) for p in plan.projects]
    assert read == [
        ("信访补贴", Decimal("2.03"), 1),
        ("信访事务(宣传费)", 2, 1),
        ("信访事务(印刷费)", 5, 1),
        ("信访事务", 9, 1),
    ]


def test_summary_paragraphs_without_figures_give_no_project(tmp_path: Path) -> None:
    text = (
        "本部门在2021年度部门决算中反映2个项目绩效目标实际完成情况。\n"
        "(1)甲项目绩效目标完成情况综述。通过项目实施,保障了工作开展。\n"
        "(2)乙项目绩效目标完成情况综述。群众满意度得到提升。\n"
    )
    assert _import_text(tmp_path, text).projects == []


def test_circled_budget_heads_give_the_subtotal_and_the_rate() -> None:
    plan = import_file(_only("self_evaluation/*ru18-ningde-dizhenju-*.txt"))
    (project,) = plan.projects
    assert (project.budget_total, project.budget_initial, project.spent) == (
        Decimal("188.61"),
        Decimal("130.54"),
        Decimal("188.45"),
    )
    assert project.execution_rate == Decimal("0.9992")
    rows = [(i.level3, i.value, i.actual, i.weight, i.score) for i in project.indicators]
    assert rows[:2] == [
        ("抽查全市地震监测台站运维情况个数", "9个", "9个", 6, 6),
        ("开展防震减灾科普“进基层”宣传活动场数", "10场", "11场", 6, 6),
    ]


def test_a_subtotal_is_a_budget_only_after_an_initial_budget_head() -> None:
    words = vocabulary()
    after = _cells("年初部门预算安排金额①", "年中调整金额②", "小计", "年度拨付金额")
    roles = with_subtotal(after, [words.budget_column(c.text) for c in after])
    assert roles == ["budget_initial", None, "budget_adjusted", "spent"]
    alone = _cells("合计", "小计", "基本支出", "项目支出")
    assert with_subtotal(alone, [words.budget_column(c.text) for c in alone]) == [None] * 4


def test_a_formula_row_is_circled_formulas_only() -> None:
    assert formula_row(_cells("③=①+②"))
    assert not formula_row(_cells("财政资金小计", "130.54"))
    assert not formula_row(_cells("3=1+2"))


@given(
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_characters="".join(CIRCLED)), max_size=12
    ),
    st.sampled_from(CIRCLED),
    st.lists(st.sampled_from(CIRCLED), max_size=3),
    st.sampled_from(["+", "-", "/", "×"]),
)
def test_a_circled_mark_and_its_formula_are_cut_off_the_head(
    head: str, number: str, terms: list[str], operator: str
) -> None:
    formula = ("=" + operator.join(terms)) if terms else ""
    assert without_circled_mark(head + number + formula) == head.rstrip()
    assert without_circled_mark(head) == head


def test_a_text_speaking_of_itself_names_no_department() -> None:
    assert (
        stated_department(["本部门在2021年度部门决算中反映5个项目绩效目标实际完成情况。"]) is None
    )
    named = stated_department(["昭通市大关县天星镇中心卫生院2021年部门决算公开表"])
    assert named == "昭通市大关县天星镇中心卫生院"
