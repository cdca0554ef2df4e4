"""结果应用 on seed 003 and its example self-evaluation."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.carryover import budget_office_list, next_year_plan
from jixiao.evaluation import load_batch, load_evaluation_profile, score_batch
from jixiao.exporters.plan_xlsx import write_plan_xlsx
from jixiao.importers.api import import_file
from jixiao.model.percent import percent_text
from tests.conftest import model_fields, seed_path

EXAMPLE = Path(__file__).parent.parent / "fixtures" / "evaluation" / "self-evaluation-2024.json"
PROFILE = load_evaluation_profile()


def test_next_year_plan_offers_last_years_actuals(tmp_path: Path) -> None:
    plan = import_file(seed_path("003_8840c27e1ab8127d"))
    batch = load_batch(EXAMPLE)
    draft = next_year_plan(plan, batch.projects)
    assert draft.year == 2025 and draft.department == plan.department
    assert len(draft.projects) == len(plan.projects)
    names = [p.name for p in draft.projects]
    assert "2025年服务保障运行经费" in names and "管理局运行费2025" in names
    service = next(p for p in draft.projects if p.name == "2025年服务保障运行经费")
    before = next(p for p in plan.projects if p.name == "2024年服务保障运行经费")
    assert service.goals == before.goals and service.budget_total == before.budget_total
    rate = next(i for i in service.indicators if i.level3 == "完成率")
    old = next(i for i in before.indicators if i.level3 == "完成率")
    assert rate.value == old.value
    expected = "历史标准：2024年实际完成95%" + (f"；原依据：{old.basis}" if old.basis else "")
    assert rate.basis == expected
    # A project without a self-evaluation keeps its bases.
    water = next(p for p in draft.projects if p.name == "2025年水电费")
    water_before = next(p for p in plan.projects if p.name == "2024年水电费")
    assert [i.basis for i in water.indicators] == [i.basis for i in water_before.indicators]
    assert not draft.warnings and all(not p.sources for p in draft.projects)
    # The draft is a plan like any other: it survives the Excel round trip.
    path = tmp_path / "2025.xlsx"
    write_plan_xlsx(draft, path)
    assert model_fields(import_file(path)) == model_fields(draft)


def test_budget_office_list() -> None:
    scores = score_batch(load_batch(EXAMPLE), PROFILE)
    advice = budget_office_list(scores, PROFILE)
    # 服务保障运行经费 spent 93.31 of 116.64 万元: 79.998%, which every page shows as 80% —
    # so it is not 偏低 against the 80% line either (it was listed 调整 beside "80%")
    assert [(a.name, a.treatment) for a in advice] == [
        ("2024年公务用车管理专项经费", "压减"),  # 中 and 49% executed: the stronger stands
    ]
    assert len(advice[0].reasons) == 2 and "49.22%" in advice[0].reasons[1]
    service = next(s for s in scores if s.name == "2024年服务保障运行经费")
    assert service.grade == "良" and service.execution_rate is not None
    assert Decimal("0.7999") < service.execution_rate < Decimal("0.8")
    assert percent_text(service.execution_rate) == "80%"
    # a cent less is 79.99% as shown, below the line: 调整, and the reason says 79.99%
    batch = load_batch(EXAMPLE)
    lower = [
        p.model_copy(update={"executed": Decimal("93.30")}) if p.name == service.name else p
        for p in batch.projects
    ]
    rescored = score_batch(batch.model_copy(update={"projects": lower}), PROFILE)
    [line] = [a for a in budget_office_list(rescored, PROFILE) if a.name == service.name]
    assert line.treatment == "调整" and "预算执行率79.99%" in line.reasons[-1]


def test_no_budget_line_for_an_unfinished_self_evaluation() -> None:
    """A project whose 全年执行数 is not filled yet — only its 满意率, filled in from a
    survey — scores a few points and grades 差; the budget office is not told to cancel it."""
    batch = load_batch(EXAMPLE)
    unfinished = batch.projects[0].model_copy(update={"executed": None})
    actuals = [i.model_copy(update={"actual": ""}) for i in unfinished.indicators]
    actuals[-1] = actuals[-1].model_copy(update={"actual": "100%"})
    unfinished = unfinished.model_copy(update={"indicators": actuals})
    [score] = score_batch(batch.model_copy(update={"projects": [unfinished]}), PROFILE)
    assert score.grade == "差" and score.execution_rate is None
    assert budget_office_list([score], PROFILE) == []
