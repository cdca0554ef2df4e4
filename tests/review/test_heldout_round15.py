"""Held-out round 15: what the reviewer flagged on the round's documents and the review missed
before (the audit of the round is kept honest by tests/review/test_audit.py).

- 开州's table is cut inside a row opened by a bar and never closed: the import dropped the
  cut cell and then read the empty row's first cell (IndexError); now the row goes with it;
- N211 on 零陵's 自评表: '执行率 100%' (scored 10) above 3824.26 of 4753.66万元, 80.45%;
- N105 says that '每亩300' lacks its money unit instead of calling it no amount;
- the other misses lie in what the import does not read (prose, 衡阳's glued cells).
"""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from tests.review.audit.render import CORPUS
from tests.review.conftest import corpus_report, found

KAIZHOU = (
    "self_evaluation/chongqing_ru15r-kaizhou-minzhengju-yanglao-jigou-yunying-butie-ziping-cut_2020"
)
LINGLING = "self_evaluation/hunan_ru15r-lingling-linyeju-bumen-zhengti-ziping-cut_2021"
HBUST = "self_evaluation/hubei_hbust-benzhuanke-jiangzhuxuejin-zipingjieguo_2021"


def test_a_table_cut_inside_a_row_opened_by_a_bar_is_read() -> None:
    project = import_file(CORPUS / f"{KAIZHOU}.txt").projects[0]
    assert (project.name, project.budget_total, project.execution_rate) == (
        "社会办养老机构运营补贴",
        Decimal("350"),
        Decimal("0.9773"),
    )


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="养老机构补贴12|, ", min_size=1, max_size=30))
def test_a_last_line_opened_by_a_bar_never_breaks_the_import(tail: str) -> None:
    head = (CORPUS / f"{KAIZHOU}.txt").read_text(encoding="utf-8").rsplit("\n", 1)[0]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cut.txt"
        path.write_text(f"{head}\n| {tail}", encoding="utf-8")
        assert import_file(path).projects  # read, not raised


def test_n211_reads_the_amounts_when_the_stated_rate_hides_a_low_execution() -> None:
    (hit,) = found(corpus_report(LINGLING), "N211")
    assert "80.45%" in hit.message and "表中却写作100%" in hit.message


def test_n211_keeps_a_stated_rate_the_amounts_round_to() -> None:
    """湖北科技学院: 99% written, 2595.6208 of 2596 is 99.99% — N212 speaks, N211 does not."""
    report = corpus_report(HBUST)
    assert found(report, "N212") and not found(report, "N211")


def test_n105_names_the_missing_money_unit_of_a_bare_figure() -> None:
    hits = found(corpus_report(LINGLING), "N105")
    assert [h.indicator_index for h in hits] == [
        6,
        7,
    ]  # 造林补助, 育补助 (the broken head no longer a row 1)
    assert all("没有写明金额单位" in h.message for h in hits)


def test_n105_keeps_no_amount_for_a_bare_rate_and_points_to_a_unit_in_the_name() -> None:
    """廊坊 '指标1成本控制率 | 100' is a rate, not an amount short of its unit; 蔡甸
    '成本控制数(万元) | 63' has its unit in the name only."""
    rate = found(
        corpus_report(
            "self_evaluation/hebei_langfang-shipin-gongcheng-xuexiao-nuantong-gaizao_2019"
        ),
        "N105",
    )
    assert rate and all("不是金额" in h.message for h in rate)
    named = found(
        corpus_report("self_evaluation/hubei_caidian-linyeju-senlin-fanghuo-tradmirror_2021"),
        "N105",
    )
    assert named and all("金额单位只写在名称里" in h.message for h in named)


def test_lingling_is_reviewed_on_what_the_page_says() -> None:
    # (review-leftovers-5) its 一般公共预算 read as 财政资金: the parts make the 预算数, no F102;
    # the head broken over three lines is no row, no M102 on '分析及'; the whole goal block
    # read, N249 says the 实际完成情况 copies the three goals
    report = corpus_report(LINGLING)
    assert not found(report, "F102")
    assert [f.indicator for f in found(report, "M102")] == ["提高就业率"]
    (copied,) = found(report, "N249")
    assert "一字不差" in copied.message
