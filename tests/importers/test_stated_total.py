"""The 总分 a self-evaluation states outside a label cell (glued into a flattened line, in
a report's prose, or a grid's closing 合计 pair), read into Project.total_score with its
line (:mod:`jixiao.importers.mapping.stated_total`)."""

from __future__ import annotations

import json
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao import packs
from jixiao.importers.api import import_file
from jixiao.importers.mapping.stated_total import stated_totals, total_of

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
DATA = packs.merged_data("import-stated-totals.json")
TOTAL_LABELS = st.sampled_from(DATA["total_labels"])
SCORE_LABELS = st.sampled_from(DATA["score_labels"])
SCORES = st.decimals(min_value=Decimal("0.5"), max_value=Decimal(100), places=1)
LINKS = st.sampled_from(["", "为", "：", ":", " ", "(分)", "（分）"])
ENDS = st.sampled_from(["分。", "分", "", "部门联系人", " 偏差原因分析", "，等级为优。"])
# text before a label that names neither a rule nor a row
LEADS = st.sampled_from(["", "经自评，", "项目名称某某经费主管部门某局", "(一)", "填报日期："])


def _written(score: Decimal) -> str:
    return format(score.normalize(), "f")


@given(LEADS, TOTAL_LABELS, LINKS, SCORES, ENDS)
def test_a_total_after_its_label_is_read(
    lead: str, label: str, link: str, score: Decimal, end: str
) -> None:
    assert stated_totals(f"{lead}{label}{link}{_written(score)}{end}") == [score]


@given(TOTAL_LABELS, SCORES, st.sampled_from(["", " ", "  "]))
def test_full_marks_then_the_score_give_the_score(label: str, score: Decimal, gap: str) -> None:
    # '总分 | 100 | 98' flattened to '总分 100 98', or glued to '总分10098'
    written = _written(score)
    if gap:
        assert stated_totals(f"{label} 100{gap}{written}") == [score]
    elif not written.startswith("0"):
        assert stated_totals(f"{label}100{written}注：") == [score]


@given(
    SCORE_LABELS, SCORES, st.sampled_from(["实际完成值≥90%,", "年初目标值=100%，", "执行率100%,"])
)
def test_a_row_score_is_no_total(label: str, score: Decimal, row: str) -> None:
    # '…实际完成值≥90%,自评得分20分;': an indicator's own score
    assert stated_totals(f"1.免疫密度,{row}{label}{_written(score)}分;") == []


@given(
    st.one_of(TOTAL_LABELS, SCORE_LABELS), st.sampled_from(["分值统一设置为:", "满分", "计分原则:"])
)
def test_a_rule_is_no_total(label: str, rule: str) -> None:
    assert stated_totals(f"注:{rule}{label}100分") == []


@pytest.mark.parametrize(
    ("first", "second", "total"),
    [
        ("98", None, Decimal(98)),
        ("10098", None, Decimal(98)),
        ("100100", None, Decimal(100)),
        ("10099.5", None, Decimal("99.5")),
        ("100", "96", Decimal(96)),
        ("1000", None, None),  # glued 100 | 0: no score
        ("2023", None, None),  # a year
        ("0", None, None),
        ("105", None, None),
        ("90", "96", Decimal(90)),  # the second figure counts only after full marks
    ],
)
def test_figures_after_a_label(first: str, second: str | None, total: Decimal | None) -> None:
    assert total_of(first, second) == total


def test_a_percent_or_a_year_is_no_total() -> None:
    assert stated_totals("总分100%") == []
    assert stated_totals("自评总分2023年") == []
    assert stated_totals("合计 100 95.5 95.5%") == []  # a budget line, not the grid's pair
    assert stated_totals("合计   100   96 ") == [Decimal(96)]


def _expected_totals() -> list[tuple[Path, Decimal]]:
    """The corpus 自评表 whose 总分 stands outside a label cell, by their transcriptions."""
    stems = [
        "chongqing_kexuecheng-rongmeiti-zhongxin-bumenzhengti_2021",
        "chongqing_liangping-linyeju-bumenzhengti_2022",
        "fujian_ningde-rencai-yizhan-prose-tradmirror_nd",
        "hubei_hbust-benzhuanke-jiangzhuxuejin-zipingjieguo_2021",
        "hubei_ru7-huanggang-shuibao-jiance-tradmirror-glued_2020",
        "hubei_ru7-tongcheng-tanghuzhen-bumenzhengti-pipe_nd",
        "hubei_xinzhou-chujutuan-yanchushebei-glued_2020",
        "ningxia_ru4-yuanzhou-malingshu-fanyu-ocr_2022",
        "ningxia_yinchuan-liuzhong-chuzhong-gongyongjingfei_2021",
        "sichuan_daying-wenlvju-tushuguan-zhifafuzhuang_2022",
        "sichuan_zhongjiang-shuiliju-shuibiaochi_2022",
        "unknown_changjiang-jinbu-yuchuan-butie-glued-docpreview_2020",
        "unknown_xiaoyuan-weixiu-shebei-gouzhi-ziping-jieguo-prose-masked_2022",
        "yunnan_baoshan-tushuguan-gonggong-wenhua-prose-baogao_2022",
        "yunnan_baoshan-tushuguan-mianfei-kaifang-prose-baogao-cut_2022",
        "yunnan_ru6-changning-genga-dongwu-fangyi-prose-baogao_2021",
    ]
    out = []
    for stem in stems:
        expected = json.loads((CORPUS / f"{stem}.expected.json").read_text(encoding="utf-8"))
        out.append((CORPUS / f"{stem}.txt", Decimal(str(expected["projects"][0]["total_score"]))))
    return out


@pytest.mark.parametrize(("document", "total"), _expected_totals(), ids=lambda v: str(v)[-40:])
def test_real_totals_outside_label_cells_are_read(document: Path, total: Decimal) -> None:
    project = import_file(document).projects[0]
    assert project.total_score == total
    source = project.sources["total_score"]
    assert source.line is not None and source.raw is not None


def test_real_rows_and_headers_give_no_total() -> None:
    # 寿县: a header row ending in its 自评得分 column, the first row's 序号 '1' below it
    shouxian = import_file(next(CORPUS.glob("anhui_shouxian-bumenzhengti*.txt")))
    assert all(p.total_score is None for p in shouxian.projects)
    # 耿马 (沧源): five rows '…实际完成值≥90%,自评得分20分;' and the total '评价分100分'
    changning = import_file(next(CORPUS.glob("yunnan_ru6-changning-genga*.txt")))
    assert changning.projects[0].total_score == Decimal(100)
    assert "评价分100分" in (changning.projects[0].sources["total_score"].raw or "")


def test_two_different_totals_give_none() -> None:
    document = next(CORPUS.glob("unknown_xiaoyuan-weixiu-shebei*.txt"))
    text = document.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        changed = Path(folder) / document.name
        changed.write_text(text + "\n(二)上年度自评得分95分\n", "utf-8")
        assert import_file(changed).projects[0].total_score is None
