"""The rules written for round 10 of the held-out classes (tests/review/defects/
opinions_round10.py): R138, R139, N251, N252 and M123 find their classes on real documents
of other provinces, also in wording the injections never used, stay silent where the two
columns agree (a 中期 floor beside a 年度 floor, units that convert or contain each other,
one figure done, an actual filled in), and say nothing on the corpus as it is."""

from __future__ import annotations

from jixiao.model import DepartmentPlan
from tests.review.test_opinions import _plans, _self_evaluations, spoken_on_corpus
from tests.review.test_opinions_round2 import _found
from tests.review.test_opinions_round3 import _rules_on

NEW_RULES = {"R138", "R139", "N251", "N252", "M123"}
LUAN = "anhui_luan-nongyenongcun-zhijian-sanpinyibiao_2024"
XUANCHENG = "anhui_ru5-xuancheng-gonganju-jindu-zhibiaoN_2021"
PUTIAN = "fujian_ru14-putian-shichang-jianguanju-biaozhunhua-buzhu-zixping-baogao-prose-cut_2024"


def test_the_new_rules_are_silent_on_the_unchanged_corpus() -> None:
    """Measured: no plan of the corpus has a 中期指标值 read, no self-evaluation an actual
    in another count unit, a span or a placeholder."""
    assert spoken_on_corpus(NEW_RULES) == set()


def test_each_class_is_found_by_its_rule() -> None:
    plans, evaluations = _plans(), _self_evaluations()
    assert _found(LUAN, "midterm_value_opposite_direction", "R138", plans)
    assert _found(LUAN, "midterm_value_other_unit", "R139", plans)
    assert _found(XUANCHENG, "actual_unit_differs", "N251", evaluations)
    assert _found(XUANCHENG, "actual_written_as_range", "N252", evaluations)
    assert _found(PUTIAN, "actual_left_as_template", "M123", evaluations)


def _luan_midterm(midterm: str) -> DepartmentPlan:
    """六安's plan with ``midterm`` as the 中期指标值 of its first row (“≥57个”)."""
    plan = _plans()[LUAN].model_copy(deep=True)
    plan.projects[0].indicators[0].midterm_value = midterm
    return plan


def test_midterm_values_against_the_year() -> None:
    row = _plans()[LUAN].projects[0].indicators[0]
    assert row.value == "≥57个", row.value
    for midterm in ("≤200个", "不超过57个", "120个以内"):
        assert [r for r, *_ in _rules_on(_luan_midterm(midterm), {"R138"})] == ["R138"]
    for midterm in ("≥200个", "57个", "≤95%"):  # a floor, a bare count; a rate is R139's
        assert not _rules_on(_luan_midterm(midterm), {"R138"}), midterm
    for midterm in ("≥120户", "≥95%", "200家"):
        assert [r for r, *_ in _rules_on(_luan_midterm(midterm), {"R139"})] == ["R139"]
    for midterm in ("≥200个", "57个", "≥3倍"):  # the same unit; 倍 may restate it
        assert not _rules_on(_luan_midterm(midterm), {"R139"}), midterm


def _xuancheng_actual(actual: str) -> DepartmentPlan:
    """宣城's self-evaluation with ``actual`` for its “毛发检查试剂数量 ≥2400份”."""
    plan = _self_evaluations()[XUANCHENG].model_copy(deep=True)
    rows = [i for i in plan.projects[0].indicators if i.value == "≥2400份"]
    assert len(rows) == 1, [i.value for i in plan.projects[0].indicators]
    rows[0].actual = actual
    return plan


def test_actuals_against_their_target() -> None:
    for actual in ("3200盒", "3200支"):
        assert [r for r, *_ in _rules_on(_xuancheng_actual(actual), {"N251"})] == ["N251"]
    for actual in ("3200份", "3200", "100%"):  # same unit, a bare number (M121), a rate (N217)
        assert not _rules_on(_xuancheng_actual(actual), {"N251"}), actual
    for actual in ("3000～3200份", "3000份-3200份", "3000到3200份"):
        assert [r for r, *_ in _rules_on(_xuancheng_actual(actual), {"N252"})] == ["N252"]
    for actual in ("3200份", "约3200份"):  # one figure; an approximation is N215's
        assert not _rules_on(_xuancheng_actual(actual), {"N252"}), actual
    for actual in ("XX份", "××份", "**份"):
        assert [r for r, *_ in _rules_on(_xuancheng_actual(actual), {"M123"})] == ["M123"]
    assert not _rules_on(_xuancheng_actual("3200份"), {"M123"})
