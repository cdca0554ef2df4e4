"""A form label is never the value of a name, department, implementer or 负责人: a blank
申报表 prints its labels one after another ('项目名称 | 项目类型 | 主管部门编码 | 主管部门名称 |
项目实施单位 | 项目负责人 | 联系电话'), a report's cover an empty '主管部门:' above
'评价时间: 2017913日至 2017915' (real documents of the corpus: the 2021 申报表 form read
with the project named '主管部门编码', 海口 档案局 with the department '评价时间:…')."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.header_block import HeaderBlockReader
from jixiao.importers.mapping.label_like import is_form_label, unit_name
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
SOURCE = SourceRef(file="form.txt")
IDENTITY = ("name", "department", "implementer", "manager")
FIELD_LABELS = st.sampled_from(
    ["项目名称", "主管部门", "项目实施单位", "项目负责人", "填报单位", "项目单位", "申报单位"]
)
# labels a form prints that name no field this reader fills, or a neighbouring one
FORM_LABELS = st.one_of(
    st.builds(
        lambda label, ending: label + ending,
        st.sampled_from(["主管部门", "项目实施单位", "项目负责人", "填报单位"]),
        st.sampled_from(["编码", "代码", "电话", "联系电话"]),
    ),
    st.sampled_from(["联系电话", "联系人", "电话", "联系方式"]),
    st.builds(
        lambda word, value: f"{word}:{value}",
        st.sampled_from(["评价时间", "上报时间", "组织方式", "评价机构", "评价单位", "填报日期"]),
        # '' : the label standing empty ('审核单位：' on a cover left to fill in)
        st.sampled_from(["2017年9月13日", "财政部门", "某某局", "中介机构专家组", ""]),
    ),
)
NAMES = st.sampled_from(["档案征集编研", "某某县交通运输局", "乡村道路养护", "张三"])


def _cells(texts: list[str]) -> list[Cell]:
    return [Cell(raw=text, source=SOURCE, col=index) for index, text in enumerate(texts)]


def _identity(texts: list[str]) -> dict[str, str | None]:
    project = Project(name="")
    HeaderBlockReader().read(_cells(texts), project)
    return {field: getattr(project, field) or None for field in IDENTITY}


@given(st.lists(st.one_of(FIELD_LABELS, FORM_LABELS), min_size=2, max_size=10))
def test_a_blank_form_names_nothing(labels: list[str]) -> None:
    """Labels only, one after another: no identity field takes a label as its value."""
    assert _identity(labels) == dict.fromkeys(IDENTITY)


@given(FIELD_LABELS, FORM_LABELS)
def test_a_form_label_is_no_value(label: str, form_label: str) -> None:
    assert is_form_label(form_label)
    assert not is_form_label(label)


@given(FIELD_LABELS, NAMES, st.lists(FORM_LABELS, max_size=3))
def test_a_value_before_the_next_label_is_read(label: str, name: str, after: list[str]) -> None:
    """Counter-example: 'label | value' (and 'label:value') are read as before, whatever
    labels follow."""
    assert name in _identity([label, name, *after]).values()
    assert name in _identity([f"{label}:{name}", *after]).values()


def test_real_forms_name_no_label() -> None:
    form = import_file(
        CORPUS
        / "plan"
        / "unknown_ru8-caizheng-zhichu-shenbaobiao-touru-guocheng-sheet-cut_2021.txt"
    ).projects[0]
    assert (form.name, form.department, form.implementer, form.manager) == (
        "财政支出绩效目标申报表",  # the table's title, as transcribed
        None,
        None,
        None,
    )
    haikou = import_file(
        CORPUS
        / "self_evaluation"
        / "hainan_ru9-haikou-danganju-zhengji-bianyan-mubiaobiao-cut_2016.txt"
    )
    project = haikou.projects[0]
    assert (project.name, project.implementer, project.department) == (
        "档案征集编研",
        "海口市档案局",
        None,  # '主管部门:' stands empty
    )


UNITS = st.sampled_from(
    ["原州区宗教事务局", "昌宁县农业农村局", "银川市第六中学", "某某县(区)财政局"]
)


@given(
    UNITS,
    st.sampled_from(["", "[101]", "411001-", "116 - "]),
    st.one_of(st.just(""), st.integers(100000, 10**18).map(str)),
    st.sampled_from(["", "。", ";", ",", "。。"]),
)
def test_a_units_codes_and_sentence_end_are_cut(
    unit: str, prefix: str, code: str, end: str
) -> None:
    """'原州区宗教事务局116422210101621779' under 主管部门及代码, '昌宁县农业农村局。' in a
    report's '项目主管部门:' line: the unit's name alone."""
    assert unit_name(prefix + unit + code + end) == unit


@given(UNITS, st.integers(1, 99999))
def test_a_short_number_in_a_name_stays(unit: str, number: int) -> None:
    """Counter-example: a number of fewer than six digits is part of the name ('第118中学')."""
    assert unit_name(f"{unit}{number}") == f"{unit}{number}"


def test_a_seals_line_names_no_unit() -> None:
    """鄂州's '主管部门审核意见单位公章:年月 日鄂州市2022年…目标表': the seal's line
    glued after the 主管部门 it follows is no department."""
    assert unit_name("审核意见单位公章:年月日鄂州市2022年市直部门预算项目支出绩效目标表") is None
    plan = import_file(CORPUS / "plan" / "hubei_ezhou-shizhi-binhu-bangonglou-yunxing_2022.txt")
    assert plan.department is None


def test_an_empty_label_is_no_value() -> None:
    """大英 文旅局's 自评表 ('项目负责人: | 财务负责人: | |'): the 项目负责人 stands empty;
    the next label, its colon last, was read as the name."""
    assert is_form_label("审核单位：") and is_form_label("财务负责人:")
    assert not is_form_label("大英县文化广播电视和旅游局")
    plan = import_file(
        CORPUS / "self_evaluation" / "sichuan_daying-wenlvju-tushuguan-zhifafuzhuang_2022.txt"
    )
    assert plan.projects[0].manager is None
