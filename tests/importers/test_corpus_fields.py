"""The comparison behind the 预算数 / 执行率 / 自评总分 columns of docs/import-corpus.md."""

from __future__ import annotations

from tests.importers.corpus_fields import measure_fields, same
from tests.importers.corpus_metrics import norm


def test_rounding_tolerance() -> None:
    assert same("budget_total", 31.69, "31.6900")
    assert same("budget_total", 35543.19, 35543.2)  # 元 kept in 万元 to one place
    assert not same("budget_total", 31.69, 32.4)
    assert same("execution_rate", 0.897, 0.8966)
    assert not same("execution_rate", 0.897, 0.89)
    assert same("total_score", 97.93, 97.9)
    assert not same("total_score", 97.93, 97.8)


def test_found_wrong_and_missing_are_told_apart() -> None:
    want = {
        "projects": [
            {"name": "甲 项目", "budget_total": 10, "execution_rate": 0.9, "total_score": 95},
            {"name": "乙项目", "budget_total": 20, "execution_rate": None, "total_score": 90},
        ]
    }
    got = {
        "projects": [
            {"name": "甲项目", "budget_total": 10.0, "execution_rate": 0.8, "total_score": None},
            {"name": "丙项目", "budget_total": 20, "total_score": 90},
        ]
    }
    counts = measure_fields(want, got, norm)
    assert counts.stated == {"budget_total": 2, "execution_rate": 1, "total_score": 2}
    assert counts.found == {"budget_total": 1, "execution_rate": 0, "total_score": 0}
    assert counts.wrong == {"budget_total": 0, "execution_rate": 1, "total_score": 0}
    # 乙 has no imported partner (two projects each side, none of its name): missing
    assert [m[:2] for m in counts.misses] == [
        ("execution_rate", "甲 项目"),
        ("total_score", "甲 项目"),
        ("budget_total", "乙项目"),
        ("total_score", "乙项目"),
    ]


def test_a_lone_project_is_compared_whatever_its_name() -> None:
    want = {"projects": [{"name": "收容所建设项目", "budget_total": 31.69}]}
    got = {"projects": [{"name": "2023年收容所建设", "budget_total": 32.4}]}
    assert measure_fields(want, got, norm).wrong["budget_total"] == 1
