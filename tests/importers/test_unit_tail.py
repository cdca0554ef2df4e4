"""A 计量单位 cell glued after the name (importers/invented_rows.py): a unit over a unit
at the name's end is cut off when the value carries its own unit; a bare value keeps it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.invented_rows import screen_rows
from jixiao.model.plan import DepartmentPlan, Indicator, Project

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"


def _screened(name: str, value: str) -> tuple[str, list[str]]:
    indicator = Indicator(level1="产出指标", level2="成本指标", level3=name, value=value)
    plan = DepartmentPlan(source_file="t.txt", projects=[Project(name="p", indicators=[indicator])])
    screen_rows(plan, lambda: [])
    return plan.projects[0].indicators[0].level3, [w.code for w in plan.warnings]


def test_xinzhou_cost_row_unit_cut_off() -> None:
    """新洲楚剧团's glued 自评表: '演出设备成本件/件2万元2万元2018' read the 计量单位 into the
    name; the name is 演出设备成本 (its value 2万元)."""
    path = CORPUS / "hubei_xinzhou-chujutuan-yanchushebei-glued_2020.txt"
    rows = [(i.level3, i.value) for p in import_file(path).projects for i in p.indicators]
    assert ("演出设备成本", "2万元") in rows
    assert not any(name.endswith("/件") for name, _ in rows)


def test_bare_values_and_other_names_keep_their_text() -> None:
    """Counter-examples: the unit belongs to a bare value; a slash inside the name; a
    name that is only the unit."""
    assert _screened("人均补助标准元/人", "500") == ("人均补助标准元/人", [])
    assert _screened("城乡/农村覆盖率", "95%") == ("城乡/农村覆盖率", [])
    assert _screened("元/人", "500元") == ("元/人", [])


@given(
    st.text(alphabet="演出设备采购成本补助标准", min_size=2, max_size=10),
    st.sampled_from(["件/件", "元/人", "人/次", "万元/台"]),
    st.integers(min_value=1, max_value=10**5),
    st.sampled_from(["", "万元", "元", "%", "件"]),
)
def test_the_unit_is_cut_only_before_a_value_with_its_own(
    name: str, unit: str, number: int, value_unit: str
) -> None:
    screened, warnings = _screened(name + unit, f"{number}{value_unit}")
    if value_unit:
        assert (screened, warnings) == (name, ["row-unit-split"])
    else:
        assert (screened, warnings) == (name + unit, [])
