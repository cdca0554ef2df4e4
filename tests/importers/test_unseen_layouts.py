"""Layouts met on held-out real documents (the ``import-unseen`` share of the corpus),
each read by a general rule tested on generated input (hypothesis) and on the real
document that showed it:

* a header whose words wrap inside their cells (``年度 | 实际`` over ``指标值 | 完成值``);
* a self-evaluation report telling each indicator as a sentence with its target and
  actual value (``…年初指标值为不低于85%,全年实际完成值100%``);
* a report's ``…4次,指标完成率100%``: the completion of the item before, not a row;
* a flattened self-evaluation line that names 绩效目标 before its 实际完成值 column;
* a year in a cited notice (``根据《…2016年度…的通知》``) that is not the document's.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.blocks import Cell, Row
from jixiao.importers.mapping.header import parse_header
from jixiao.importers.mapping.prose_indicators import ProseIndicators
from jixiao.importers.mapping.prose_outcomes import outcome_indicators
from jixiao.importers.mapping.year import stated_year
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import CORPUS, measure_stem

SOURCE = SourceRef(file="generated.txt")
SETTINGS = settings(max_examples=40, deadline=None)
# name characters that never spell a phrase, a label, a sign or a number
NAME = st.text(alphabet="路灯桥梁树苗学校车辆培训覆盖发放补助维修", min_size=2, max_size=12)
FIGURE = st.builds(
    lambda sign, n, unit: f"{sign}{n}{unit}",
    st.sampled_from(["", "≥", "≤", "不低于", "不少于"]),
    st.integers(0, 99999),
    st.sampled_from(["人", "次", "%", "万元", "元/辆", "册"]),
)
TARGET_PHRASE = st.sampled_from(["年初指标值为", "绩效目标值是", "年度目标值为", "指标值为"])
ACTUAL_PHRASE = st.sampled_from(["全年实际完成值", "实际完成值为", "实际完成值是"])


def _row(texts: list[str]) -> Row:
    return Row(cells=[Cell(t, SOURCE, i) for i, t in enumerate(texts)], source=SOURCE)


@SETTINGS
@given(
    label=st.sampled_from(["产出数量指标", "数量指标", "(3)数量目标", "1、产出质量指标"]),
    items=st.lists(
        st.tuples(NAME, TARGET_PHRASE, FIGURE, ACTUAL_PHRASE, FIGURE),
        min_size=1,
        max_size=4,
        unique_by=lambda item: item[0],
    ),
    ordinal=st.booleans(),
)
def test_outcome_sentences_read_back(
    label: str, items: list[tuple[str, str, str, str, str]], ordinal: bool
) -> None:
    numbers = "一二三四"
    sentences = [
        f"{'第' + numbers[i] + ',' if ordinal else ''}{name}{target}{value},{actual_phrase}{actual}"
        for i, (name, target, value, actual_phrase, actual) in enumerate(items)
    ]
    found = outcome_indicators(f"{label}:" + "。".join(sentences) + "。", SOURCE)
    assert [(i.level3, i.value, i.actual) for i in found] == [
        (name, value, actual) for name, _, value, _, actual in items
    ]
    assert {i.level2 for i in found} <= {"数量指标", "质量指标"}


# the figures a prose run's items end with (its grammar: sign, number, short unit)
RUN_FIGURE = st.builds(
    lambda sign, n, unit: f"{sign}{n}{unit}",
    st.sampled_from(["", "≥", "≤"]),
    st.integers(0, 99999),
    st.sampled_from(["人", "次", "%", "万元", "册"]),
)


@SETTINGS
@given(
    items=st.lists(st.tuples(NAME, RUN_FIGURE), min_size=1, max_size=4, unique_by=lambda i: i[0])
)
def test_completion_rates_are_not_rows(items: list[tuple[str, str]]) -> None:
    prose = ProseIndicators()
    text = ",".join(f"{name}{figure},指标完成率100%" for name, figure in items)
    prose.read(f"数量指标:{text}。", SOURCE)
    assert [(i.level3, i.value) for i in prose.indicators] == items


WRAPPED = [("年度", "指标值", "value"), ("实际", "完成值", "actual"), ("全年", "实际值", "actual")]


@SETTINGS
@given(
    parts=st.lists(st.sampled_from(WRAPPED), min_size=1, max_size=2, unique_by=lambda p: p[2]),
    tail=st.sampled_from([["分值", "得分"], ["得分"], ["分值", "得分", "偏差原因分析及改进措施"]]),
)
def test_wrapped_header_words_join(parts: list[tuple[str, str, str]], tail: list[str]) -> None:
    upper = ["一级指标", "二级指标", "三级指标", *(p[0] for p in parts), *tail]
    header = parse_header(_row(upper))
    assert header is not None
    assert header.join_wrapped(_row([p[1] for p in parts]))
    assert [header.roles[3 + i] for i in range(len(parts))] == [p[2] for p in parts]
    again = parse_header(_row(upper))
    assert again is not None and not again.join_wrapped(_row([p[1] for p in parts] + ["备注"]))


def test_wrapped_header_needs_words_that_name_roles() -> None:
    header = parse_header(_row(["一级指标", "二级指标", "三级指标", "年度", "分值", "得分"]))
    assert header is not None
    assert not header.join_wrapped(_row(["产出指标"]))  # a data row, not the header's rest
    assert header.roles[3] is None


def test_cited_notice_year_is_not_the_documents() -> None:
    cited = "根据《福建省财政厅关于开展省直部门2016年度专项支出绩效自评工作的通知》要求"
    assert stated_year([cited, "2017年财政支出项目绩效目标表"]) == 2017
    assert stated_year([cited]) == 2016  # the only year stated: the notice's
    mirrored = "《梁平区林业局2022年度部门整体绩效自评表.docx》由会员分享"
    assert stated_year([mirrored]) == 2022


def test_real_wrapped_header_self_evaluation() -> None:
    result = measure_stem("anhui_luan-yuan-wenlv-wenwu-baohu-zhuanxiang_2022")
    assert (result.found, result.actual_found, result.invented) == (9, 9, [])


def test_real_outcome_sentence_reports() -> None:
    jinghu = measure_stem("anhui_wuhu-jinghu-canlian-zhuanyi-zhifu-prose-baogao_2023")
    assert (jinghu.found, jinghu.actual_found, jinghu.invented) == (5, 5, [])
    ningde = measure_stem("fujian_ningde-rencai-yizhan-prose-tradmirror_nd")
    assert ningde.kind_ok and ningde.invented == []
    assert ningde.found >= 2  # 時效 and 成本 told only in sentences
    baoshan = measure_stem("yunnan_baoshan-tushuguan-gonggong-wenhua-prose-baogao_2022")
    assert baoshan.found >= 2 and baoshan.invented == []


def test_real_cited_notice_year() -> None:
    result = measure_stem("fujian_shengtailian-taibao-pingjiazhibiao-jixiaobiaozhun_2017")
    want = json.loads(
        next(CORPUS.glob("*/fujian_shengtailian-*.expected.json")).read_text(encoding="utf-8")
    )
    assert result.year_ok and want["year"] == 2017
