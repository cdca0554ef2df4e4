"""What a 自评表 concludes — its 自评等级, its 预算执行率得分 and its 总分 — read by the import
and checked by N220–N222 on the real self-evaluations of the corpus (not the seeds)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.checks import Finding
from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan
from jixiao.review import review_plan
from jixiao.review.profile import Profile, StatedGrade, load_profile

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
YONGDE = CORPUS / "yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022.txt"
TOTAL_LINE = "| 总分 | 100 | 96 | 优 |"


def _plan(stem: str) -> DepartmentPlan:
    return import_file(next(CORPUS.glob(stem + "*.txt")))


def _findings(plan: DepartmentPlan, rule: str, profile: Profile | None = None) -> list[Finding]:
    return [f for f in review_plan(plan, profile).findings if f.rule == rule]


def _yongde_with(total_line: str, tmp_path: Path) -> DepartmentPlan:
    text = YONGDE.read_text(encoding="utf-8")
    assert TOTAL_LINE in text
    changed = tmp_path / YONGDE.name
    changed.write_text(text.replace(TOTAL_LINE, total_line), encoding="utf-8")
    return import_file(changed)


def test_the_grade_after_the_total_is_read_with_its_place() -> None:
    # '| 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 |': the line that ends the grid
    project = import_file(YONGDE).projects[0]
    assert (project.total_score, project.grade) == (Decimal(96), "优")
    where = project.sources["grade"]
    assert (where.line, where.col) == (34, 6)
    assert project.sources["total_score"].col == 5


def test_a_grade_that_matches_its_total_is_left_alone() -> None:
    assert _findings(import_file(YONGDE), "N220") == []


def test_a_grade_above_its_total_is_found(tmp_path: Path) -> None:
    plan = _yongde_with("| 总分 | 100 | 86 | 优 |", tmp_path)
    found = _findings(plan, "N220")
    assert len(found) == 1
    assert "“优”" in found[0].message and "86" in found[0].message
    assert "应为“良”" in found[0].message
    assert found[0].suggestion is not None and "良" in found[0].suggestion


def test_a_grade_written_in_words_is_read_by_its_band(tmp_path: Path) -> None:
    plan = _yongde_with("| 总分 | 100 | 96 | 优秀 |", tmp_path)
    assert plan.projects[0].grade == "优秀"
    assert _findings(plan, "N220") == []
    plan = _yongde_with("| 总分 | 100 | 96 | 合格 |", tmp_path)
    assert [f.field for f in _findings(plan, "N220")] == ["grade"]


def test_the_bands_are_the_profiles() -> None:
    base = load_profile()
    strict = [
        StatedGrade(grade="优", min_score=97, words=["优"]),
        StatedGrade(grade="良", min_score=85, words=["良"]),
        StatedGrade(grade="中", min_score=60, words=["中"]),
        StatedGrade(grade="差", min_score=-1000, words=["差"]),
    ]
    thresholds = base.thresholds.model_copy(update={"selfeval_grades": strict})
    profile = base.model_copy(update={"thresholds": thresholds, "id": "strict-grades"})
    found = _findings(import_file(YONGDE), "N220", profile)
    assert len(found) == 1 and "应为“良”" in found[0].message


def test_execution_points_not_weight_times_rate() -> None:
    # 六安裕安区: 分值 9, 执行率 0.958, 得分 8 (9 × 95.8% = 8.62)
    plan = _plan("anhui_luan-yuan-wenlv")
    project = plan.projects[0]
    assert (project.execution_weight, project.execution_score) == (Decimal(9), Decimal(8))
    assert project.sources["execution_score"].line == 8
    found = _findings(plan, "N221")
    assert len(found) == 1 and "8.62" in found[0].message and found[0].project_index == 1


@pytest.mark.parametrize(
    ("stem", "weight", "score"),
    [
        # '得分(20分*执行率)': the 分值 from its column's label; 20% of 20 = 4
        ("yunnan_ru4-changning", Decimal(20), Decimal(4)),
        ("anhui_huoqiu-kejiju", Decimal(10), Decimal(10)),
        ("anhui_suixi-minzhengju", Decimal(10), Decimal(10)),
    ],
)
def test_execution_points_that_agree_are_left_alone(
    stem: str, weight: Decimal, score: Decimal
) -> None:
    plan = _plan(stem)
    project = plan.projects[0]
    assert (project.execution_weight, project.execution_score) == (weight, score)
    assert _findings(plan, "N221") == []


def test_a_line_of_nothing_spent_gives_its_points_with_its_rate() -> None:
    # 池州棠溪镇: '年度资金总额: 0 0 0 10 0 0' — a bare 执行率 0 beside 0 spent is 0 either
    # way; its 分值 10 and 得分 0 come with it, and 0 × 10 = 0 is no N221
    plan = _plan("anhui_chizhou-guichi-tangxizhen-weituoyewu")
    project = plan.projects[0]
    assert (project.execution_rate, project.execution_weight) == (0, 10)
    assert project.execution_score == 0
    assert _findings(plan, "N221") == []


def test_a_total_unlike_its_parts_is_found(tmp_path: Path) -> None:
    source = next(CORPUS.glob("anhui_huoqiu-kejiju*.txt"))
    plan = import_file(source)
    assert _findings(plan, "N222") == []  # 90 + 10 = 100
    project = plan.projects[0]
    changed = plan.model_copy(
        update={"projects": [project.model_copy(update={"total_score": Decimal(98)})]}
    )
    found = _findings(changed, "N222")
    assert len(found) == 1 and "为100" in found[0].message
    assert _findings(changed, "N201") == []  # 98 is within the 执行率's 10 points
