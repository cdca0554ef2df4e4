"""The rules added by the domain gap analysis (docs/rules/coverage.md) on whole real
documents of the import corpus, not the seeds: each finds what the document holds, at the
row it concerns, and stays quiet on the rows beside it."""

from __future__ import annotations

from pathlib import Path

from jixiao.importers.api import import_file
from jixiao.review import Finding, review_plan

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def _found(document: str, rule: str) -> list[Finding]:
    plan = import_file(CORPUS / f"{document}.txt")
    return [f for f in review_plan(plan).findings if f.rule == rule]


def test_a_timeliness_rate_under_quantity_is_found_at_its_row() -> None:
    found = _found("plan/unknown_ru4-shipin-yaopin-jianguan-biaozhunzhi-flat_2017", "R113")
    assert [(f.project_index, f.indicator_index) for f in found] == [(1, 14)]
    assert "按时完成率" in found[0].message and "时效指标" in found[0].message


def test_rows_filed_where_they_belong_are_left_alone() -> None:
    # 完成时限 and 完成及时率 under 时效, 验收合格率 under 质量: nothing to say
    for document in (
        "plan/ningxia_tongxin-nongyenongcun-sheshinongye-peixun-prose_2025",
        "plan/hunan_yueyangxian-nongtian-gaobiaozhun_2022",
        "plan/hubei_wuhan-qingshan-jiaoyuju-jichusheshi-shebei_2020",
    ):
        assert _found(document, "R113") == [], document


def test_a_count_named_for_quality_stays_under_quantity() -> None:
    # 吕梁 “完成2021年吕梁山护工培训就业质量考核及验收 11所” under 产出数量: the number of
    # schools whose 就业质量 was assessed, a count (所), not how well something was done
    found = _found("self_evaluation/shanxi_ru5-lvliang-hugong-peixun-ocr-pipe_2021", "R113")
    assert all("11所" not in f.message for f in found)


def test_an_overshoot_without_a_word_is_found_row_by_row() -> None:
    found = _found(
        "self_evaluation/sichuan_ru4-suining-jingkai-liangpin-yixie-quyu-ziping_2021", "N213"
    )
    # ≥124 → 253 and ≥21 → 85 are found; ≥290 → 311 (107%) and ≥90 → 96 are not
    rows = {f.indicator_index for f in found}
    assert {4, 6} <= rows and not {5, 7} & rows
    assert all(f.indicator_index is not None for f in found)


def test_a_stated_rate_the_amounts_give_is_not_flagged() -> None:
    # 95.8% stated, 27.8 / 29 万元 = 95.86%: rounding, not a wrong rate
    assert _found("self_evaluation/anhui_luan-yuan-wenlv-wenwu-baohu-zhuanxiang_2022", "N212") == []
    assert _found("self_evaluation/anhui_jinzhai-chagu-meilixiangcun-zhengti_2023", "N212") == []
