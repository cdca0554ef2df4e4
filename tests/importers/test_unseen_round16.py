"""Layouts met on the sixteenth held-out round (``import-unseen round 16`` in the corpus
notes): twelve stored pages of 上海, 河南, 新疆, 内蒙古, 甘肃, 江西, 浙江, 湖北 and 云南, most
cut before any table.

* a cover naming its 评价机构 is an evaluation report's (新疆 大气污染防治资金, evaluated by a
  firm for the 财政厅; its title line was cut away), with the line taken out as the
  counter-example;
* ``主管部门(公章):`` labels the department, the seal note no part of its name;
* ``下达第一批森林火灾救灾补助1400万元`` allots a fund (a 补助 is a fund noun like 资金 and
  经费), while a budget label stated beside it still decides;
* a plan listing its projects one numbered line each with the amount
  (``1.青年人才生活补贴 2293万元;``) has those projects when the prose counts them or
  states their sum; a list without that, with a gap in its serials or with two amounts on
  a line has none — tested on the 河南 page and on generated lists.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Paragraph
from jixiao.importers.mapping.budget_list import read_budget_list
from jixiao.importers.mapping.prose_stated_budget import budget_statements
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import CORPUS, measure_stem
from tests.importers.unseen_helpers import import_text, only_file

ROUND16 = sorted(p.name.removesuffix(".expected.json") for p in CORPUS.glob("*/*ru16-*.json"))
SOURCE = SourceRef(file="t.txt")


def _blocks(text: str) -> list[Paragraph]:
    return [Paragraph(raw=line, source=SOURCE) for line in text.splitlines()]


@pytest.mark.parametrize("stem", ROUND16)
def test_round16_kind_year_and_budgets_as_transcribed(stem: str) -> None:
    """Kind and year right, nothing invented, no stated budget missed or wrong."""
    result = measure_stem(stem)
    fields = result.fields
    assert (result.kind_ok, result.year_ok, result.invented) == (True, True, [])
    assert fields.found["budget_total"] == fields.stated["budget_total"]


def test_a_cover_naming_its_evaluation_firm_is_an_evaluation(tmp_path: Path) -> None:
    """新疆: '评价机构:新疆谱诚项目管理咨询有限公司' on the cover; no title names the kind."""
    path = only_file("self_evaluation/xinjiang_ru16-*.txt")
    assert import_file(path).kind == "self_evaluation"
    without = "\n".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if "评价机构" not in line
    )
    assert import_text(tmp_path, without).kind != "self_evaluation"


def test_a_seal_note_after_the_department_label_is_no_part_of_the_name() -> None:
    """'主管部门(公章):自治区生态环境厅' names 自治区生态环境厅."""
    plan = import_file(only_file("self_evaluation/xinjiang_ru16-*.txt"))
    assert plan.department == "自治区生态环境厅"


def test_a_subsidy_handed_down_is_the_reports_budget() -> None:
    """云南 应急管理厅: '下达第一批森林火灾救灾补助1400万元' and '执行率为90.1%'."""
    (project,) = import_file(only_file("self_evaluation/yunnan_ru16-yingjiting-*.txt")).projects
    assert project.budget_total == Decimal(1400)
    assert project.execution_rate == Decimal("0.901")
    assert [s.value for s in budget_statements("下达第一批森林火灾救灾补助1400万元")] == [
        Decimal(1400)
    ]


def test_counter_example_a_budget_label_outranks_a_subsidy_handed_down() -> None:
    """'全年预算数1500万元' is tier 0; the 补助 allotted is the last tier."""
    statements = budget_statements("全年预算数1500万元,其中下达救灾补助1400万元")
    assert min(statements, key=lambda s: s.tier).value == Decimal(1500)


def test_henan_budget_list_gives_its_ten_projects() -> None:
    plan = import_file(only_file("plan/henan_ru16-*.txt"))
    assert len(plan.projects) == 10
    assert plan.projects[0].budget_total == Decimal(2293)
    assert plan.projects[4].name.startswith("农业防灾减灾和水利救灾资金")
    assert sum(p.budget_total or 0 for p in plan.projects) == Decimal("6692.8")


LEAD = "现对重点项目的绩效目标予以公开,涉及项目{n}个。项目分别为:"
SUM_LEAD = "现将重点项目绩效目标公开,财政资金{total}万元。"
NAMES = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=2)
AMOUNTS = st.decimals(min_value=Decimal("0.1"), max_value=Decimal(99999), places=1)
ITEMS = st.lists(st.tuples(NAMES, AMOUNTS), min_size=2, max_size=12)


def _listed(items: list[tuple[str, Decimal]], serials: list[int] | None = None) -> str:
    serials = serials or list(range(1, len(items) + 1))
    return "\n".join(f"{s}.{n} {a}万元;" for s, (n, a) in zip(serials, items, strict=True))


@given(ITEMS)
def test_a_counted_numbered_list_gives_each_project_and_its_amount(
    items: list[tuple[str, Decimal]],
) -> None:
    text = LEAD.format(n=len(items)) + "\n" + _listed(items)
    projects = read_budget_list(_blocks(text))
    assert [(p.name, p.budget_total) for p in projects] == items


@given(ITEMS)
def test_a_list_whose_sum_the_prose_states_is_read(items: list[tuple[str, Decimal]]) -> None:
    total = sum((a for _, a in items), Decimal(0))
    text = SUM_LEAD.format(total=total) + "\n" + _listed(items)
    assert len(read_budget_list(_blocks(text))) == len(items)


@given(ITEMS)
def test_counter_example_a_list_nothing_vouches_for_is_none(
    items: list[tuple[str, Decimal]],
) -> None:
    text = "资金用于以下方面:\n" + _listed(items)
    assert read_budget_list(_blocks(text)) == []


@given(ITEMS)
def test_counter_example_a_gap_in_the_serials_reads_no_whole_list(
    items: list[tuple[str, Decimal]],
) -> None:
    serials = [1, *range(3, len(items) + 2)]  # 1, 3, 4 …: a line lost
    text = LEAD.format(n=len(items)) + "\n" + _listed(items, serials)
    assert read_budget_list(_blocks(text)) == []


def test_counter_example_a_line_with_two_amounts_is_a_breakdown() -> None:
    text = LEAD.format(n=2) + "\n1.办公设备 120万元,其中中央资金100万元;\n2.培训 20万元;"
    assert read_budget_list(_blocks(text)) == []


def test_the_applicants_name_label_names_the_department() -> None:
    """上海 同舟: '申报单位名称:上海市同舟服务中心' on its own line, the label glued to the name."""
    plan = import_file(only_file("plan/shanghai_ru16-tongzhou-*.txt"))
    assert plan.department == "上海市同舟服务中心"
    (project,) = plan.projects
    assert project.name == "党外人才专项服务工作经费"
