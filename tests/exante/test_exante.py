"""事前绩效评估: scoring by the profile with worked examples, the 测算 checks, the draft."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.exante import (
    AssessorScores,
    EstimateLine,
    OverrideError,
    Proposal,
    assess,
    check_estimate,
    draft_project,
    load_exante_profile,
    override,
    review_draft,
)
from jixiao.exante.assess import ScoreError
from jixiao.exante.form import read_exante_form, write_exante_form
from jixiao.importers.api import import_file
from tests.conftest import seed_path

PROFILE = load_exante_profile()
ITEMS = [item for dimension in PROFILE.dimensions for item in dimension.items]


def _sheet(name: str, share: Decimal, **overrides: Decimal) -> AssessorScores:
    """A sheet giving every sub-item ``share`` of its maximum, with some overridden."""
    scores = {item.id: (item.max * share).quantize(Decimal("0.01")) for item in ITEMS}
    return AssessorScores(assessor=name, scores={**scores, **overrides})


def test_the_profile_adds_up_to_100() -> None:
    assert PROFILE.total == 100
    assert [d.name for d in PROFILE.dimensions] == [
        "立项必要性",
        "投入经济性",
        "绩效目标合理性",
        "实施方案可行性",
        "筹资合规性",
    ]


def test_five_experts_drop_the_highest_and_lowest() -> None:
    # 政策相关性 scored 8, 9, 10, 6, 9 → drop 10 and 6 → (8 + 9 + 9) / 3 = 8.67.
    points = ["8", "9", "10", "6", "9"]
    sheets = [
        _sheet(f"专家{n}", Decimal(1), policy=Decimal(p)) for n, p in enumerate(points, start=1)
    ]
    result = assess(sheets, PROFILE)
    necessity = result.dimensions[0]
    assert necessity.items["政策相关性"] == Decimal("8.67")
    assert necessity.score == Decimal("8.67") + 10 + 5
    assert result.total == Decimal("98.67")
    assert result.conclusion == "予以支持"


def test_a_profile_that_only_averages_keeps_every_score() -> None:
    # The same five sheets under a rule of plain means: (8 + 9 + 10 + 6 + 9) / 5 = 8.40.
    mean_only = PROFILE.model_copy(update={"combine": "mean"})
    sheets = [
        _sheet(f"专家{n}", Decimal(1), policy=Decimal(p))
        for n, p in enumerate(["8", "9", "10", "6", "9"], start=1)
    ]
    assert assess(sheets, mean_only).dimensions[0].items["政策相关性"] == Decimal("8.40")
    assert "去掉" not in mean_only.combination_text(5)
    assert "去掉一个最高分和一个最低分后取平均" in PROFILE.combination_text(5)
    assert "5名及以上时" in PROFILE.combination_text(4)


def test_the_units_own_sheet_is_not_averaged_with_the_experts() -> None:
    unit = _sheet("单位", Decimal(1)).model_copy(update={"expert": False})
    experts = [_sheet("专家1", Decimal("0.7")), _sheet("专家2", Decimal("0.8"))]
    with_unit = assess([unit, *experts], PROFILE)
    assert with_unit == assess(experts, PROFILE)
    assert with_unit.assessors == 2
    assert assess([unit], PROFILE).total == 100  # alone, the unit's 自评 is the assessment


def test_the_bureau_overrides_the_conclusion_only_with_a_reason() -> None:
    result = assess([_sheet("专家1", Decimal("0.85"))], PROFILE)
    assert result.conclusion == "予以支持"
    assert override(result, "予以支持", "", PROFILE) == result
    with pytest.raises(
        OverrideError, match="评分得出的结论是“予以支持”；改为“调整后支持”须写明理由"
    ):
        override(result, "调整后支持", "  ", PROFILE)
    with pytest.raises(OverrideError, match="不在评分方案的结论中"):
        override(result, "暂缓", "理由", PROFILE)
    changed = override(result, "调整后支持", "设备单价高于询价，压减后支持", PROFILE)
    assert (changed.conclusion, changed.computed_conclusion) == ("调整后支持", "予以支持")
    assert changed.override_reason == "设备单价高于询价，压减后支持"
    assert changed.total == result.total


def test_conclusion_bands_and_reasons() -> None:
    assert assess([_sheet("甲", Decimal("0.7"))], PROFILE).conclusion == "调整后支持"
    weak = assess([_sheet("甲", Decimal("0.5"))], PROFILE)
    assert weak.conclusion == "不予支持" and weak.total == 50
    assert weak.reasons[0].endswith("得分率50%")


def test_a_majority_veto_rejects_a_high_score() -> None:
    sheets = [_sheet(n, Decimal("0.95")) for n in ("甲", "乙", "丙")]
    vetoing = [s.model_copy(update={"vetoes": ("duplicate",)}) for s in sheets[:2]]
    result = assess([*vetoing, sheets[2]], PROFILE)
    assert result.total == 95 and result.conclusion == "不予支持"
    assert result.reasons[0] == "否决项成立：与已有项目重复申报"
    minority = assess([vetoing[0], *sheets[1:]], PROFILE)
    assert minority.conclusion == "予以支持" and minority.vetoes == ()


def test_a_score_above_the_maximum_names_assessor_and_item() -> None:
    with pytest.raises(ScoreError, match="专家乙：“政策相关性”得分12超出0–10分"):
        assess([_sheet("专家乙", Decimal(1), policy=Decimal(12))], PROFILE)


@given(st.lists(st.decimals(min_value=0, max_value=1, places=2), min_size=1, max_size=9))
def test_total_stays_within_0_and_100(shares: list[Decimal]) -> None:
    result = assess([_sheet(f"专家{n}", s) for n, s in enumerate(shares)], PROFILE)
    assert 0 <= result.total <= 100
    assert all(0 <= d.score <= d.weight for d in result.dimensions)


def _proposal() -> Proposal:
    # Seed 003's 管理局运行费 (4.75万元) as a new project: its real goals and indicators
    # (with their real defect, a cost ceiling of ≤1402万元), an estimate made up for the test.
    plan = import_file(seed_path("003_8840c27e1ab8127d"))
    project = next(p for p in plan.projects if p.name == "管理局运行费")
    return Proposal(
        name=project.name,
        department=plan.department or "",
        year=2024,
        requested=Decimal("4.75"),
        basis="《党政机关办公用房管理办法》",
        estimate=(
            EstimateLine(
                item="评估审计服务",
                quantity=Decimal(5),
                unit="栋",
                unit_price=Decimal("0.8"),
                amount=Decimal(4),
                basis="市场询价",
            ),
            EstimateLine(item="报告编制", amount=Decimal("0.75"), basis="上年合同"),
        ),
        goals=tuple(project.goals),
        # A proposal is typed in, so its indicators carry no import sources.
        indicators=tuple(i.model_copy(update={"sources": {}}) for i in project.indicators),
    )


def test_a_sound_estimate_passes_and_a_wrong_one_is_quoted() -> None:
    proposal = _proposal()
    assert check_estimate(proposal, PROFILE) == []
    wrong = proposal.model_copy(
        update={"estimate": (proposal.estimate[0].model_copy(update={"amount": Decimal(5)}),)}
    )
    messages = [p.message for p in check_estimate(wrong, PROFILE)]
    assert messages[0] == "“评估审计服务”数量5栋×单价0.8万元=4万元，与所列金额5万元不符"
    assert messages[1] == "测算明细合计5万元，与申请金额4.75万元不符"


def test_the_draft_goal_table_carries_the_proposal_and_is_reviewed() -> None:
    proposal = _proposal()
    project = draft_project(proposal)
    assert (project.name, project.budget_total) == (proposal.name, Decimal("4.75"))
    assert project.indicators == list(proposal.indicators)
    # Seed 003's cost ceiling "≤1402万元" on a 4.75万元 project is caught in the draft too.
    findings = review_draft(proposal)
    assert [f.rule for f in findings if "1402" in f.message] == ["F101"]


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_the_assessment_form_round_trips(fmt: str, tmp_path: Path) -> None:
    proposal = _proposal()
    sheets = [_sheet(f"专家{n}", Decimal(share)) for n, share in enumerate(["0.9", "0.8", "0.7"])]
    result = override(assess(sheets, PROFILE), "不予支持", "同类设备已列入省级资金", PROFILE)
    path = tmp_path / f"事前绩效评估表.{fmt}"
    write_exante_form([(proposal, result)], path, PROFILE)
    [(back, back_result)] = read_exante_form(path, PROFILE)
    assert back == proposal
    assert back_result == result
