"""A form's own cells read as a row are skipped by the review; a named indicator whose value
is only a sign or a unit (“≥”, “%”: the number left out) is not — it is reviewed, and M102
says the value holds nothing to verify."""

from __future__ import annotations

import pytest

from jixiao.review import review_plan
from jixiao.review.examples import indicator, plan, project


def _rules_on(name: str, value: str) -> set[str]:
    document = plan(
        project(
            indicator("质量指标", name, value, level1="产出指标"),
            indicator("数量指标", "维修设备数量", "≥20台", level1="产出指标"),
        )
    )
    return {f.rule for f in review_plan(document).findings if f.indicator == name}


@pytest.mark.parametrize("value", ["≥", "≤", "%", "="])
def test_a_named_row_with_only_a_sign_is_reviewed(value: str) -> None:
    assert "M102" in _rules_on("设备完好率", value)


def test_a_header_cell_read_as_a_row_is_still_skipped() -> None:
    document = plan(
        project(
            indicator("质量指标", "", "≥", level1="产出指标"),
            indicator("数量指标", "维修设备数量", "≥20台", level1="产出指标"),
        )
    )
    assert not [f for f in review_plan(document).findings if f.indicator_index == 1]
