"""Layouts met on the eighth held-out round (``import-unseen-8`` in the corpus notes),
each read by a general rule tested on generated input (hypothesis) with a
counter-example, and on the real document that showed it:

* pipe rows padded to one width though most hold a label alone
  (``公共安全支出 | ||||||||`` among ``一、本年收入 | 78.50 | 一、本年支出 | … | ||||``) are rows,
  not a table written one cell a line;
* a numbered entry that names another kind (``2、重点项目绩效目标编制情况``,
  ``十四、部门预算项目支出绩效自评表(2024年度)``) yields to a title of the document's own
  naming a 决算 (a part heading ``第二部分2024年度单位决算情况说明`` too) or, above the
  entry, the budget's 公开 (``…2022年部门预算信息公开``);
* a part heading's ``第二部分`` is no part of the department a title names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.department_name import stated_department
from jixiao.importers.mapping.kinds import by_titles
from jixiao.importers.text_pipe_shapes import padded_rows
from tests.importers.corpus_metrics import measure_stem

SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
LABEL = st.text(alphabet="一般公共服务教育科技文旅卫生健康环保", min_size=2, max_size=8)
AMOUNT = st.decimals(0, 99999, places=2, allow_nan=False, allow_infinity=False).map(str)
UNIT_NAME = st.text(alphabet="广水市十里街道办事处琼中县重大项目统战部", min_size=3, max_size=12)
YEAR = st.integers(2015, 2030)
CN_NUMBER = st.sampled_from(["一", "二", "三", "九", "十", "十四"])


# -- pipe rows padded to one width --------------------------------------------------


@SETTINGS
@given(
    filled=st.lists(st.tuples(LABEL, AMOUNT), min_size=2, max_size=3, unique_by=lambda r: r[0]),
    empty=st.lists(LABEL, min_size=6, max_size=12, unique=True),
    width=st.integers(5, 9),
)
def test_padded_rows_are_rows(
    tmp_path: Path, filled: list[tuple[str, str]], empty: list[str], width: int
) -> None:
    empty = [e for e in empty if e not in {f for f, _ in filled}]
    lines = ["财政拨款收支总表 |" + " " + "|" * (width - 1), "项目 | 预算数 | " + "|" * (width - 2)]
    lines += [f"{label} | {amount} | " + "|" * (width - 2) for label, amount in filled]
    lines += [f"{label} | " + "|" * (width - 1) for label in empty]
    numbered = list(enumerate(lines, 1))
    assert padded_rows(numbered)
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    plan = import_file(page)
    assert plan.disclosure is not None
    rows = {(r.name, tuple(r.cells)) for t in plan.disclosure.tables for r in t.rows}
    assert {(label, (amount,)) for label, amount in filled} <= rows
    assert {(label, ()) for label in empty} <= rows


def test_one_cell_a_line_is_no_padded_table() -> None:
    # counter-example: a table written one cell a line pads only each row's last cell
    lines = ["产出指标 |", "数量指标 |", "培训人数 |", "100人 | ||", "质量指标 |", "合格率 |"]
    lines += ["95% | ||"]
    assert not padded_rows(list(enumerate(lines, 1)))
    # nor do rows of two cells or more of differing widths
    assert not padded_rows(list(enumerate(["a | 1 | |", "b | 2 | 3 | |", "c | ||"], 1)))


def test_hainan_two_sided_table_reads_every_row() -> None:
    result = measure_stem(
        "hainan_ru8-qiongzhong-zhongda-xiangmu-zhongxin-yusuan-gongkai-pipe-cut_2025"
    )
    assert (result.rows_found, result.rows_expected) == (37, 37)


# -- a numbered entry yields to the document's own title ---------------------------------


@SETTINGS
@given(unit=UNIT_NAME, year=YEAR, entry=st.integers(1, 12))
def test_budget_page_listing_goal_sections(unit: str, year: int, entry: int) -> None:
    titles = [
        f"{unit}{year}年部门预算信息公开",
        "目录",
        "第一部分单位概况",
        f"{entry}、部门整体绩效目标编制情况",
        f"{entry + 1}、重点项目绩效目标编制情况",
    ]
    decision = by_titles(titles)
    assert decision is not None and decision.kind == "disclosure"
    assert decision.evidence == titles[0]


@SETTINGS
@given(year=YEAR, number=CN_NUMBER)
def test_final_accounts_part_heading_outweighs_a_listed_self_evaluation(
    year: int, number: str
) -> None:
    titles = [
        "目录",
        "第一部分单位概况",
        f"第二部分{year}年度单位决算情况说明",
        "一、收入支出决算总表",
        f"{number}、部门预算项目支出绩效自评表({year}年度)",
    ]
    decision = by_titles(titles)
    assert decision is not None and decision.kind == "final_accounts"


def test_own_titles_do_not_overrule_a_titled_goal_table() -> None:
    # counter-examples: the kind named by the document's own title stays; a 公开 word only
    # below the entry is no reason to change it, nor is a title opening with a decimal
    # figure ('1.5万元…') a numbered entry
    titled = by_titles(["广水市2022年部门预算项目绩效目标表", "1、项目名称", "财政拨款收支总表"])
    assert titled is not None and titled.kind == "plan"
    below = by_titles(["1、项目支出绩效目标表", "财政拨款收支总表"])
    assert below is not None and below.kind == "plan"
    figure = by_titles(["广水市2022年部门预算信息公开", "1.5万元项目绩效目标表"])
    assert figure is not None and figure.kind == "plan"


@pytest.mark.parametrize(
    ("stem", "kind"),
    [
        ("hubei_ru8-guangshui-shili-jiedao-bumen-yusuan-mulu-cut_2022", "disclosure"),
        ("sichuan_ru8-renshou-cihang-xiaoxue-juesuan-mulu-zixping-cut_2024", "final_accounts"),
    ],
)
def test_round8_pages_keep_their_kind(stem: str, kind: str) -> None:
    assert measure_stem(stem).kind_ok, kind


# -- a part heading before the department's name -----------------------------------------


@SETTINGS
@given(unit=UNIT_NAME, year=YEAR, number=CN_NUMBER)
def test_part_heading_is_no_part_of_the_department(unit: str, year: int, number: str) -> None:
    assert stated_department([f"第{number}部分{unit}{year}年部门预算报表"]) == unit


def test_a_name_holding_part_words_is_kept() -> None:
    # counter-example: only a leading 第N部分 goes; '第一中学' is a name
    assert stated_department(["第一中学2021年部门预算"]) == "第一中学"
