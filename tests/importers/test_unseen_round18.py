"""The eighteenth held-out round (``import-unseen round 18`` in the corpus notes): five
stored pages never seen by the importer, measured as they entered (no rule was added in
this round; docs/import-unseen.md, "Round 18", says what stays unread and why).

These pin what the importer already reads on them, so a later rule cannot lose it
unnoticed; the misses are counted by tests/importers/test_corpus.py's floors.
"""

from __future__ import annotations

import pytest

from jixiao.importers.api import import_file
from tests.importers.corpus_metrics import CORPUS, measure_stem

ROUND18 = sorted(p.name.removesuffix(".expected.json") for p in CORPUS.glob("*/*ru18-*.json"))
# read as the wrong kind today: a 决算 page telling project budgets in prose (大英 信访) and a
# 决算 page whose only words are 自评 results and budget figures (梧州 医保)
KIND_MISSED = {
    "sichuan_ru18-daying-xinfangju-juesuan-xiangmu-prose-cut_2021",
    "guangxi_ru18-wuzhou-yibao-juesuan-ziping-jieguo-prose-cut_2024",
}


def test_round18_has_its_five_pages() -> None:
    assert len(ROUND18) == 5


@pytest.mark.parametrize("stem", sorted(set(ROUND18) - KIND_MISSED))
def test_round18_kind_year_and_nothing_invented(stem: str) -> None:
    result = measure_stem(stem)
    assert (result.kind_ok, result.year_ok, result.invented) == (True, True, [])
    assert result.fields.wrong_total == 0


def test_a_fujian_whole_department_self_evaluation_reads_its_rows_and_scores() -> None:
    """宁德 地震局's 部门整体 自评表: each row's 目标值 and 完成值 stand before a long 评分标准
    text, its 分值 and 自评得分 after it; the third row is cut inside its 评分标准."""
    (path,) = CORPUS.glob("self_evaluation/*ru18-ningde-dizhenju-*.txt")
    (project,) = import_file(path).projects
    rows = [(i.level3, i.value, i.actual, i.weight, i.score) for i in project.indicators]
    assert rows[:2] == [
        ("抽查全市地震监测台站运维情况个数", "9个", "9个", 6, 6),
        ("开展防震减灾科普“进基层”宣传活动场数", "10场", "11场", 6, 6),
    ]
    assert rows[2][:3] == ("协同相关部门开展防震减灾宣传活动场数", "6场", "7场")
