"""A rate is rounded once and compared as shown.

服务保障运行经费 (seed 003's example 自评) spent 93.31 of 116.64 万元: 79.998%. The 自评 page
showed "80%" in its row and, in 结果应用, listed it 调整 for a 预算执行率偏低 (below 80%).
"""

from __future__ import annotations

import re

import pytest

from jixiao.web.evaluation.models import SelfEvaluationRecord
from tests.web.conftest import World
from tests.web.test_evaluation_pages import evaluate_example, evaluation  # noqa: F401

SERVICE = "2024年服务保障运行经费"


@pytest.mark.django_db
def test_a_rate_shown_80_percent_is_not_called_low(
    world: World,
    evaluation: SelfEvaluationRecord,  # noqa: F811
) -> None:
    evaluate_example(world, evaluation)
    page = world.client("bureau").get(f"/plans/{world.other_plan.pk}/evaluation/").content.decode()
    row = re.search(rf"<tr[^>]*>\s*<td><a [^>]*>{SERVICE}</a>.*?</tr>", page, re.DOTALL)
    assert row is not None, "the project's row is not on the page"
    assert ">80%<" in row.group(0), row.group(0)
    advice = page[page.index('id="budget-advice"') :]
    assert SERVICE not in advice, "shown as 80%, yet listed for a 预算执行率 below 80%"
    assert "2024年公务用车管理专项经费" in advice  # the list itself is there (中, 49.22%)
