"""The 自评等级 and the 预算执行率's 分值 / 得分 a 自评表 states, read by the import."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.vocabulary import vocabulary

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
YONGDE = CORPUS / "yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022.txt"
TOTAL_LINE = "| 总分 | 100 | 96 | 优 |"
GRADES = sorted(vocabulary().stated_grades)
WRAPS = st.sampled_from([("", ""), ("（", "）"), ("(", ")"), ("", "等级"), ("【", "】")])


@given(st.sampled_from(GRADES), WRAPS)
def test_a_grade_word_is_read_however_it_is_wrapped(word: str, wrap: tuple[str, str]) -> None:
    assert vocabulary().grade_of(f"{wrap[0]}{word}{wrap[1]}") == word


@given(st.text(alphabet="优良中差好秀合格一般较及不ABCD/、 ", min_size=1, max_size=6))
def test_only_a_grade_word_is_a_grade(text: str) -> None:
    # a blank form's '优/良/中/差' or '优、良' lists the grades, it gives none
    found = vocabulary().grade_of(text)
    assert found is None or found in GRADES
    if "/" in text or "、" in text:
        assert found is None


@settings(max_examples=25, deadline=None)
@given(
    st.decimals(min_value=0, max_value=100, places=2).map(lambda d: d.normalize()),
    st.sampled_from(GRADES),
)
def test_the_total_and_grade_under_a_real_grid_are_read_as_written(
    score: Decimal, grade: str
) -> None:
    text = YONGDE.read_text(encoding="utf-8")
    written = f"{score:f}"
    with tempfile.TemporaryDirectory() as folder:
        changed = Path(folder) / YONGDE.name
        changed.write_text(
            text.replace(TOTAL_LINE, f"| 总分 | 100 | {written} | {grade} |"), encoding="utf-8"
        )
        project = import_file(changed).projects[0]
    assert project.total_score == Decimal(written)
    assert project.grade == grade
    assert len(project.indicators) == 9  # the grid above is read as before


def test_a_blank_grade_column_gives_no_grade() -> None:
    # 柯桥区: a 自评分数 / 自评等级 list whose 等级 cells are empty
    plan = import_file(next(CORPUS.glob("zhejiang_keqiao-weijian*.txt")))
    assert all(p.grade is None for p in plan.projects)
