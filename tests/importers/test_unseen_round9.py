"""Layouts met on the ninth held-out round (``import-unseen-9`` in the corpus notes),
each read by a general rule tested on generated input (hypothesis) with a
counter-example, and on the real document that showed it:

* a grid whose 指标名称 column holds the indicator's class (``指标类型 | 指标名称 | 指标值 |
  指标描述``, 二级 words under 指标名称, the merged 一级 left out on later rows): the
  description names the indicator;
* a 申报表's ``项目开始年度 2023`` states the year budgeted when nothing else names one;
* when no reading finds an indicator, projects named only by titles yield to a project
  with fields of its own (its 申报单位);
* a row with ``序号`` is a list's column heads: its 单位名称 / 项目名称 take no value.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.class_named_rows import class_named
from jixiao.importers.mapping.year import stated_year
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
WHAT = st.text(alphabet="完成全市绿地养护维护道路清扫保洁覆盖", min_size=6, max_size=20)
AMOUNT = st.integers(1, 9999)
YEAR = st.integers(2015, 2030)
UNIT = st.text(alphabet="鄂州市图书档案文化中心", min_size=3, max_size=10).map(lambda s: s + "馆")
CLASSES = [
    ("产出指标", "数量指标"),
    ("产出指标", "质量指标"),
    ("效益指标", "社会效益指标"),
    ("效益指标", "可持续性发展影响指标"),
    ("满意度指标", "服务对象或受益者满意度指标"),
]


def _cells(*texts: str) -> list[Cell]:
    source = SourceRef(file="t.txt", line=1)
    return [Cell(raw=t, source=source, col=i) for i, t in enumerate(texts)]


# -- a grid whose name column holds the class --------------------------------------


def _class_grid(rows: list[tuple[int, str, str]]) -> str:
    lines = ["项目名称: | 绿化养护经费 | 项目编号: |", "指标类型 | 指标名称 | 指标值 | 指标描述 |"]
    last = ""
    for at, what, value in rows:
        level1, level2 = CLASSES[at]
        lead = f"{level1} | " if level1 != last else ""
        last = level1
        lines.append(f"{lead}{level2} | {value} | {what} |")
    return "\n".join(lines) + "\n"


@SETTINGS
@given(
    rows=st.lists(
        st.tuples(st.integers(0, len(CLASSES) - 1), WHAT, AMOUNT.map(lambda n: f"{n}个")),
        min_size=2,
        max_size=5,
        unique_by=lambda r: r[1],
    )
)
def test_class_named_grid_reads_descriptions_as_names(
    tmp_path: Path, rows: list[tuple[int, str, str]]
) -> None:
    rows.sort(key=lambda r: r[0])
    page = tmp_path / "page.txt"
    page.write_text(_class_grid(rows), encoding="utf-8")
    plan = import_file(page)
    read = {(i.level2, i.level3, i.value) for p in plan.projects for i in p.indicators}
    assert read == {(CLASSES[at][1], what, value) for at, what, value in rows}


def test_a_named_row_is_no_class_row() -> None:
    # counter-examples: a row with its own name between class and value, or a value that is
    # itself a class word, is read as usual
    assert class_named(_cells("产出指标", "数量指标", "培训人数", "100人", "反映培训规模")) is None
    assert class_named(_cells("数量指标", "质量指标", "合格率")) is None
    assert class_named(_cells("培训人数", "100人", "反映培训规模")) is None
    mapped = class_named(_cells("质量指标", "100%", "达到绿化绿地全覆盖"))
    assert mapped is not None
    assert {r: c.text for r, c in mapped.items()} == {
        "level2": "质量指标",
        "value": "100%",
        "level3": "达到绿化绿地全覆盖",
    }


def test_linhai_class_named_grid() -> None:
    result = measure_stem("zhejiang_ru9-linhai-lvhua-yanghu-jijin-zhibiaoleixing-pipe-cut_nd")
    assert (result.found, result.expected, len(result.invented)) == (7, 7, 0)


# -- the year of a project's first year --------------------------------------------


@SETTINGS
@given(year=YEAR, filed=YEAR)
def test_project_start_year_states_the_year(year: int, filed: int) -> None:
    texts = [f"申报日期:{filed}部门(单位)分管领导签章:", f"负责人张元项目开始年度{year}项目期限"]
    assert stated_year(texts) == year


def test_a_titled_year_outranks_the_start_year() -> None:
    # counter-example: a table's own '(2024年度)' is stronger than a project's first year
    assert stated_year(["项目支出绩效目标表", "(2024年度)", "项目开始年度2021"]) == 2024
    assert stated_year(["项目开始时间2023年"]) is None  # a 时间, not a 年度 field


def test_maping_school_year() -> None:
    result = measure_stem("hubei_ru9-guangshui-maping-zhongxue-xiangmu-shenbao-pdf-cut_2023")
    assert result.year_ok


# -- a project of its own fields against projects named by titles -------------------


@SETTINGS
@given(unit=UNIT, name=WHAT, year=YEAR)
def test_declared_project_outranks_title_projects(
    tmp_path: Path, unit: str, name: str, year: int
) -> None:
    title = f"鄂州市{year}年市直部门预算项目支出绩效目标表"
    lines = [title, "", title, "", f" 申报单位: {unit}", "", "项目名称", "", name, ""]
    lines += ["项目类别", "", "运行维护类", ""]
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    plan = import_file(page)
    assert [p.name for p in plan.projects] == [name]
    assert plan.department == unit


def test_ezhou_library_named_by_its_declaring_unit() -> None:
    plan = import_file(
        Path("tests/fixtures/corpus/plan")
        / "hubei_ru9-ezhou-tushuguan-ziyuan-gouzhi-mubiao-cellpara-cut_2020.txt"
    )
    assert [p.name for p in plan.projects] == ["图书馆资源购置和信息共享等专项经费"]
    assert plan.department == "鄂州市图书馆"


# -- a list's column heads ---------------------------------------------------------


@SETTINGS
@given(unit=UNIT, name=WHAT, amount=AMOUNT)
def test_list_heads_take_no_value(tmp_path: Path, unit: str, name: str, amount: int) -> None:
    lines = ["附件1 | ||||", "序号 | 单位名称 | 项目名称 | 内容 | 合计 |"]
    lines.append(f"1 | {unit} | {name} | 公用经费 | {amount} |")
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    plan = import_file(page)
    assert plan.department not in ("项目名称", "内容")
    assert all(p.name not in ("项目名称", "内容") for p in plan.projects)


def test_form_labels_without_a_number_column_keep_their_values(tmp_path: Path) -> None:
    # counter-example: a form's 项目主管部门 beside 实施单位 (the 主管部门 cell left empty)
    # is no list: the unit after them is still read
    lines = ["项目支出绩效目标批复表 | ||||||", "(2022年度) | ||||||"]
    lines += ["项目名称 | 主体班 | 项目负责人 | ||||"]
    lines += ["项目主管部门 | 实施单位 | 中共黄石市委党校 | ||||"]
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    plan = import_file(page)
    assert plan.department == "中共黄石市委党校"
