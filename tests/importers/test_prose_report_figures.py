"""The figures a 自评报告 told in prose states: its own project, the budget stated by a
label or an allocation, the rate computed from a stated budget and 执行数, and outcome
sentences told as '<name>年初任务数<target>,全年完成值<actual>'.

The sentence parsers are tested on generated input (hypothesis), each rule on the real
documents that showed it, with counter-examples (two budgets disagreeing, a total smaller
than its own parts, a report stating no figure, a bare '共计' amount).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao import packs
from jixiao.importers.api import import_file
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.project_counts import counted_projects
from jixiao.importers.mapping.prose_grade import stated_grades
from jixiao.importers.mapping.prose_outcomes import outcome_indicators
from jixiao.importers.mapping.prose_stated_budget import (
    Statement,
    budget_statements,
    read_stated_budget,
    spent_amounts,
    stated_budget,
)
from jixiao.model.plan import DepartmentPlan, Project
from jixiao.model.source import SourceRef

SELF = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
DATA = packs.merged_data("import-prose-figures.json")
TIERS: list[list[str]] = DATA["budget_tiers"]
AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999"), places=2)
LINKS = st.sampled_from(["", "为", "是", ":", "合计为", "共"])
LEADS = st.sampled_from(["", "2021年,", "项目", "中央下达中央政法转移支付"])
NAMES = st.text(alphabet="养老金领取人数全年平均缴费参保发放户次", min_size=4, max_size=14)
COUNTS = st.integers(min_value=1, max_value=999999)


def _import(stem: str) -> DepartmentPlan:
    return import_file(SELF / f"{stem}.txt")


LABELS = [label for tier in TIERS for label in tier if label not in DATA["needs_total"]]


@given(st.sampled_from(LABELS), LEADS, LINKS, AMOUNTS)
def test_a_labelled_amount_is_a_budget_statement(
    label: str, lead: str, link: str, value: Decimal
) -> None:
    found = budget_statements(f"{lead}{label}{link}{value}万元,用于项目建设。")
    assert [s.value for s in found] == [value]
    assert found[0].tier == next(n for n, tier in enumerate(TIERS) if label in tier)


@given(st.sampled_from(DATA["needs_total"]), st.sampled_from(DATA["total_words"]), AMOUNTS)
def test_a_label_naming_a_budget_only_as_a_total(label: str, total: str, value: Decimal) -> None:
    assert [s.value for s in budget_statements(f"{label}{total}{value}万元。")] == [value]
    assert budget_statements(f"数字化转化经费{label}{value}万元,用于更换服务器。") == []


@given(st.sampled_from(DATA["allocation_verbs"]), AMOUNTS)
def test_an_allotted_amount_in_yuan_is_read_in_wan(verb: str, value: Decimal) -> None:
    found = budget_statements(f"市财政{verb}我局森林防火经费{value * 10000}元。")
    assert [s.value for s in found] == [value]
    assert found[0].tier == len(TIERS)


@given(AMOUNTS, AMOUNTS)
def test_a_budget_label_outweighs_an_allocation_whatever_the_order(
    budget: Decimal, allotted: Decimal
) -> None:
    for text in (
        f"下达转移支付资金{allotted}万元;全年预算数{budget}万元。",
        f"全年预算数{budget}万元;下达转移支付资金{allotted}万元。",
    ):
        assert stated_budget(budget_statements(text)) == budget


@given(AMOUNTS, AMOUNTS)
def test_counter_example_two_budgets_of_one_tier_state_none(
    first: Decimal, second: Decimal
) -> None:
    statements = budget_statements(f"下达预算{first}万元;再次下达预算{second}万元。")
    assert stated_budget(statements) == (first if first == second else None)


def test_a_stated_total_outweighs_its_parts() -> None:
    statements = [
        Statement(len(TIERS), False, Decimal("1372.7")),
        Statement(len(TIERS), True, Decimal("2330.9")),
    ]
    assert stated_budget(statements) == Decimal("2330.9")


@given(AMOUNTS, st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99"), places=2))
def test_counter_example_a_total_smaller_than_its_parts_is_none(
    total: Decimal, extra: Decimal
) -> None:
    text = f"下达给我单位资金{total}万元,其中:退耕还林抚育调减{total + extra}万元。"
    assert budget_statements(text) == []


@given(AMOUNTS)
def test_counter_example_a_bare_amount_or_a_rate_is_no_budget(value: Decimal) -> None:
    assert budget_statements(f"共计{value}万元,预算执行率{value}%,总投资{value}万元。") == []


@given(st.sampled_from(DATA["spent_labels"]), st.sampled_from(["", "为", ":"]), AMOUNTS)
def test_a_spent_label_states_the_amount_spent(label: str, link: str, value: Decimal) -> None:
    assert spent_amounts(f"2023年{label}{link}{value}万元。") == [value]


@given(NAMES, COUNTS, COUNTS)
def test_task_and_completed_value_sentences_are_outcomes(
    name: str, target: int, actual: int
) -> None:
    text = f"数量指标。{name}年初任务数{target}人,全年完成值{actual}人。"
    found = outcome_indicators(text, SourceRef(file="generated.txt"))
    assert [(i.level3, i.value, i.actual) for i in found] == [(name, f"{target}人", f"{actual}人")]


@given(
    st.sampled_from(["优", "良", "中", "差", "优秀", "良好"]), st.sampled_from(["“”", "「」", '""'])
)
def test_a_grade_in_quotes_is_stated(grade: str, quotes: str) -> None:
    text = f"自评绩效等级为{quotes[0]}{grade}{quotes[1]},分数为97分。"
    assert stated_grades(text) == [grade]


def test_counter_example_the_grades_listed_in_quotes_state_none() -> None:
    assert stated_grades("自评等级为“优/良/中/差”。") == []


def test_xilinguole_outcomes_budget_and_rate() -> None:
    """'预算数30075万元' and '预算执行率为98.67%': the report's one project, its two
    '年初任务数 … 全年完成值' outcomes (0 -> 2 of 2)."""
    plan = _import("neimenggu_ru5-xilinguole-chengxiang-yanglao-prose-baogao_2022")
    (project,) = plan.projects
    assert (project.budget_total, project.execution_rate) == (Decimal(30075), Decimal("0.9867"))
    assert [(i.level3, i.value, i.actual) for i in project.indicators] == [
        ("养老金领取人数全年平均数", "101974人", "103119人"),
        ("全年缴费人数", "216786人", "201201人"),
    ]


def test_dongyang_rate_computed_from_stated_budget_and_spent() -> None:
    """'全年预算数为1050万元,执行数为1050万元,完成预算的100%': no '执行率' word."""
    (project,) = _import(
        "zhejiang_dongyang-wenguanglvti-gonggong-wenhua-pingjia-prose_2020"
    ).projects
    assert (project.budget_total, project.spent) == (Decimal(1050), Decimal(1050))
    assert project.execution_rate == Decimal(1)
    assert "执行数为1050万元" in (project.sources["execution_rate"].raw or "")


def test_prose_reports_get_their_project_with_the_stated_budget() -> None:
    budgets = {
        "guangxi_ru5-chengxiang-yanglao-quyu-prose-baogao_2022": Decimal("1080245.79"),
        "gansu_ru6-huining-caipiao-gongyijin-tuoyang-prose-baogao_2021": Decimal(200),
        "neimenggu_linhe-tuiyijunren-youfu-buzhu-prose-baogao_2023": Decimal("2330.9"),
        "yunnan_ru7-changning-binzang-fuwu-prose-baogao_2019": Decimal("124.79"),
        "xizang_ru9-karuo-minzhengju-shehui-fuli-jigou-pingjia-baogao-prose-cut_2022": Decimal(
            "423.38"
        ),
    }
    for stem, budget in budgets.items():
        (project,) = _import(stem).projects
        assert project.budget_total == budget, stem
        assert project.name, stem


def test_a_prose_report_stating_a_score_and_grade_gets_them() -> None:
    """The held-out 华容 report: '县财政列支179万元列入…预算', '自评绩效等级为“优”'."""
    (project,) = _import(
        "hunan_ru11p-huarong-tushuguan-zongfenguan-prose-baogao-masked_nd"
    ).projects
    assert (project.budget_total, project.grade) == (Decimal(179), "优")


def test_counter_example_disagreeing_or_masked_budgets_are_not_taken() -> None:
    """广西 农业: three batches '下达…预算463142/163455/44440万元'; 汶川: '预算资金3万元'
    then '补助预算1.5万元'; 虎林: '下达…资金1.53万元,其中:…调减2.66万元' (masked)."""
    for stem in (
        "guangxi_ru8-quyu-nongye-shengchan-fazhan-zhuanyi-prose-baogao-cut_2021",
        "sichuan_wenchuan-shipin-jianguan-zhuanyi-zhifu-prose-baogao_2021",
        "heilongjiang_ru9-hulin-linye-gaige-fazhan-zhuanyi-prose-masked-cut_2021",
    ):
        assert all(p.budget_total is None for p in _import(stem).projects), stem


def test_counter_example_a_report_stating_no_figure_gets_no_project() -> None:
    """沐川 states income and spending (收入合计, 支出合计), no budget, rate or score: it is
    given no project. 保山 档案局 tells two projects ('…转化经费项目资金42万元', '争取到市级
    财政资金21.44万元'): never one project of both figures, but one per numbered section
    (import-leftovers-14, tests/importers/test_leftovers_round14.py). (耒阳's '共计239万元'
    with no budget label is one now: its parts, '其中上级资金179.25万元,本级59.75万元', add
    up to it — tests/importers/test_summed_budget.py.)"""
    plan = _import("sichuan_ru11p-muchuan-shengtai-huanjingju-zhengti-prose-baogao-cut_2022")
    assert plan.kind == "self_evaluation" and plan.projects == []
    plan = _import("yunnan_ru7-baoshan-danganju-prose-baogao-cut_2017")
    assert [p.budget_total for p in plan.projects] == [42, Decimal("21.44")]


@given(
    st.integers(min_value=1, max_value=99),
    st.sampled_from(["项目{n}个", "项目共{n}个", "{n}个项目"]),
)
def test_a_report_counts_its_projects(n: int, phrase: str) -> None:
    assert counted_projects(
        "我单位2023年新增专项债券" + phrase.format(n=n) + ",争取资金1.69亿元。"
    ) == [n]


def test_counter_example_a_report_of_several_projects_takes_no_prose_budget() -> None:
    """柯桥: '新增地方政府专项债券项目3个,争取债券资金1.69亿元' is three hospitals' bonds,
    not the budget of the one project its half-read table gives; 红河: '实施项目共15个'."""
    for stem in (
        "zhejiang_keqiao-weijian-zhuanxiangzhai-pingjiabiao_2023",
        "yunnan_honghe-shuju-fazhan-zhongxin-prose-baogao-cut_2024",
    ):
        assert all(p.budget_total is None for p in _import(stem).projects), stem


def test_counter_example_an_allotment_that_is_part_of_a_larger_amount_is_no_budget() -> None:
    """芦山 (held-out round 11): '下达我县中央水利发展资金500万元' is one source of the
    project's '立项批复525.39万元,其中500万元为中央水利发展资金': not its budget."""
    for project in _import(
        "sichuan_ru11-lushan-shuitu-baochi-xiaoliuyu-ziping-baogao-masked-cut_nd"
    ).projects:
        assert project.budget_total != Decimal(500)


@given(AMOUNTS, AMOUNTS)
def test_an_allotment_stated_as_a_part_of_a_larger_whole_is_no_budget(
    part: Decimal, rest: Decimal
) -> None:
    whole = part + rest
    alone = f"报告\n下达我县项目资金{part}万元。\n项目按进度实施。\n"
    as_part = alone + f"项目立项批复{whole}万元,其中{part}万元为中央资金。\n"
    assert _budget_of(alone) == part
    assert _budget_of(as_part) is None


def _budget_of(text: str) -> Decimal | None:
    project = Project(name="项目")
    source = SourceRef(file="t.txt", line=1)
    blocks: list[Block] = [Paragraph(raw=line, source=source) for line in text.splitlines() if line]
    read_stated_budget([project], blocks)
    return project.budget_total
