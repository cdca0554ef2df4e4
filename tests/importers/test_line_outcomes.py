"""A self-evaluation grid glued inside each row, one row a line (mapping/line_outcomes.py):
a row is read only when one cut alone makes its target and actual values."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.line_outcomes import split_outcome

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
HEADER = "绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施"


def _rows(path: Path) -> list[tuple[str, str, str, str | None]]:
    return [
        (i.level2, i.level3, i.value, i.actual)
        for p in import_file(path).projects
        for i in p.indicators
    ]


def test_ningxia_fucai_rows_one_a_line() -> None:
    """宁夏福彩's 自评表 read by text recognition: the four rows whose target and actual cut
    one way only; the 效益 rows (a sentence target glued to a word actual) stay unread."""
    path = CORPUS / "self_evaluation" / "ningxia_ru6-fucai-app-gaiban-ocr_2023.txt"
    assert _rows(path) == [
        ("数量指标", "福彩APP系统改版升级", "100%", "100%"),
        ("质量指标", "验收合格率", "100%", "100%"),
        ("时效指标", "完成时间", "12月", "已完成"),
        ("成本指标", "项目建设成本", "≤50万元", "47.68万元"),
    ]
    assert import_file(path).projects[0].name.endswith("宁夏福彩AP系统改版升级")


def test_a_cut_is_read_only_when_one_makes_two_values() -> None:
    assert split_outcome("≤50万元47.68万元") == ("≤50万元", "47.68万元")
    assert split_outcome("100%95%") == ("100%", "95%")
    assert split_outcome("210010") is None  # 2100 | 10, 21 | 0010 …: no single cut
    assert split_outcome("100%") is None  # no actual
    assert split_outcome("同比提高显著提高") is None


@settings(max_examples=60, deadline=None)
@given(
    target=st.integers(min_value=1, max_value=99999),
    actual=st.integers(min_value=0, max_value=99999),
    unit=st.sampled_from(["%", "人", "万元", "个", "次"]),
    sign=st.sampled_from(["", "≥", "≤"]),
)
def test_unit_bounded_values_split_back(target: int, actual: int, unit: str, sign: str) -> None:
    """A target and an actual that each end with their unit always split back."""
    assert split_outcome(f"{sign}{target}{unit}{actual}{unit}") == (
        f"{sign}{target}{unit}",
        f"{actual}{unit}",
    )


@settings(max_examples=60, deadline=None)
@given(target=st.integers(min_value=10, max_value=99999), actual=st.integers(0, 99999))
def test_bare_digits_are_never_cut(target: int, actual: int) -> None:
    """Two bare numbers glued ('210010') have many cuts: nothing is read."""
    assert split_outcome(f"{target}{actual}") is None


def test_lines_under_a_single_value_header_are_not_read(tmp_path: Path) -> None:
    """The counter-example: a 目标表 header (no actual column) over the same lines reads
    no target-and-actual rows; nor do lines after the header that open with no label."""
    rows = "产出指标数量指标培训人数100人95人\n质量指标合格率100%98%\n"
    plan = tmp_path / "plan.txt"
    plan.write_text("项目名称某项目\n一级指标二级指标三级指标指标值\n" + rows, encoding="utf-8")
    assert all(i.actual is None for p in import_file(plan).projects for i in p.indicators)
    prose = tmp_path / "prose.txt"
    prose.write_text(f"项目名称某项目\n{HEADER}\n全年培训100人95人\n", encoding="utf-8")
    assert _rows(prose) == []
    read = tmp_path / "read.txt"
    read.write_text(f"项目名称某项目\n{HEADER}\n{rows}", encoding="utf-8")
    assert _rows(read) == [
        ("数量指标", "培训人数", "100人", "95人"),
        ("质量指标", "合格率", "100%", "98%"),
    ]
