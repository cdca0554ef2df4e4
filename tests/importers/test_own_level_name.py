"""An indicator named by the 二级 that heads its run ('服务对象满意度指标:服务对象满意度≥80%')
is read; a level word after another level, or with a bare count, stays a label."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.prose_indicators import ProseIndicators
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
SHIDIAN = CORPUS / "yunnan_ru8-shidian-tangliaozhe-liangzhong-prose-baogao-cut_2021.txt"
LABELS = st.sampled_from(["服务对象满意度指标", "满意度指标", "服务对象满意度"])
NAMES = st.sampled_from(["服务对象满意度", "服务对象满意度指标"])
SIGNS = st.sampled_from(["≥", "≤", ">", "<", ""])


def _read(*lines: str) -> list[tuple[str, str]]:
    prose = ProseIndicators()
    for line in lines:
        prose.read(line, SourceRef(file="f.txt"))
    return [(i.level3, i.value) for i in prose.indicators]


@given(LABELS, NAMES, SIGNS, st.integers(min_value=1, max_value=100))
def test_satisfaction_named_by_its_own_level_is_read(
    label: str, name: str, sign: str, percent: int
) -> None:
    assert _read(f"{label}:{name}{sign}{percent}%。") == [(name, f"{sign}{percent}%")]


@given(st.sampled_from(["质量指标", "时效指标"]), st.integers(min_value=1, max_value=100))
def test_another_level_word_stays_a_label(other: str, percent: int) -> None:
    # the counter-example: a level word that is not the run's own 二级 names no indicator
    assert _read(f"数量指标:{other}{percent}%。") == []


def test_a_level_word_with_a_bare_count_stays_a_label() -> None:
    assert _read("数量指标:数量指标5个。") == []


def test_shidian_satisfaction_after_the_benefit_part_is_read() -> None:
    indicators = import_file(SHIDIAN).projects[0].indicators
    found = [(i.level2, i.level3, i.value) for i in indicators if "满意度" in i.level3]
    assert found == [("服务对象满意度指标", "服务对象满意度", "≥80%")]
