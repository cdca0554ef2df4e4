"""Template families: each document is reviewed by the rules its template calls for."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.importers.api import import_file
from jixiao.review import review_plan
from jixiao.review.families import families, family_for
from tests.conftest import seed_path

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
DEPARTMENT_RULES = {"S106", "S107", "S108", "S109", "F106", "F107"}


def test_a_hebei_text_is_the_department_family() -> None:
    report = review_plan(import_file(seed_path("000_6fea33418e000787")))
    assert report.family == "hebei-department" and report.profile == "hebei-county"


def test_a_single_project_table_gets_no_department_or_spending_plan_rules() -> None:
    plan = import_file(CORPUS / "plan" / "hunan_nanyue-fupin-rendadaibiao-jidi_2018.txt")
    assert len(plan.projects) == 1 and plan.template == "generic"
    report = review_plan(plan)
    assert report.family == "single-project-table"
    rules = {f.rule for f in report.findings}
    assert not rules & (DEPARTMENT_RULES | {"F109", "F110", "F111", "W111"})
    assert set(report.skipped_rules) >= DEPARTMENT_RULES
    assert "M113" in rules  # the template hints “(≥**个)” left in the names are still found


@pytest.mark.parametrize(
    "path", sorted((CORPUS / "self_evaluation").glob("*.txt")), ids=lambda p: p.stem
)
def test_self_evaluations_are_reviewed_as_such(path: Path) -> None:
    plan = import_file(path)
    report = review_plan(plan)
    family = family_for(plan)
    assert family is not None and report.family == family.id
    if plan.template == "generic" and plan.kind == "self_evaluation":
        # A table whose rows the import could not read is reviewed as nothing read (no
        # findings from a failed reading) but for its 预算执行率 when that was read (N211);
        # the corpus test measures the reading itself.
        # A 评价得分表 (only 分值 and 得分, no target or actual anywhere) is a scoring table.
        targets = any(i.value or i.actual for p in plan.projects for i in p.indicators)
        expected = (
            {"self-evaluation-table" if targets else "scoring-table"}
            if plan.indicator_count
            else {
                "self-evaluation-table",
                "money-read",
                "nothing-read",
            }
        )
        assert family.id in expected
        assert not {f.rule for f in report.findings} & family.disable


def test_every_family_is_reachable_and_disables_known_rules() -> None:
    from jixiao.review import RULES_BY_ID

    ids = [f.id for f in families()]
    assert len(ids) == len(set(ids))
    for family in families():
        assert family.disable - {"*"} <= set(RULES_BY_ID), family.id


def test_a_document_nothing_was_read_from_is_not_reviewed() -> None:
    plan = import_file(CORPUS / "plan" / "hebei_handan-kunnanqunzhong-jiuzhu-tradmirror_2019.txt")
    assert not plan.projects and any(w.code == "no-structure" for w in plan.warnings)
    report = review_plan(plan)
    assert report.family == "nothing-read" and report.findings == []


def test_hebei_tables_without_a_department_part_get_no_department_rules() -> None:
    """A Hebei-format reading of project tables alone (扎赉特's 项目绩效目标表 was read so
    before round 12's import fix: two projects, no 部门整体目标) is no 文本 missing its
    department part; the seed it is cut from, its department part read, still is."""
    whole = import_file(seed_path("000_6fea33418e000787"))
    tables = whole.model_copy(update={"overall_goal": None, "sub_goals": [], "measures": []})
    report = review_plan(tables)
    assert report.family == "hebei-project-tables"
    assert not {f.rule for f in report.findings} & {"S106", "S107", "S108"}
    assert {"F106", "S109"} & set(report.skipped_rules) == set()  # project-level rules stay on
    assert review_plan(whole).family == "hebei-department"
