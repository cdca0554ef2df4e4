"""The import's quick checks decide exactly what the full scans they stand in front of do.

Each shortcut of the text import's hot path (the pinyin pre-check, the script sample
joined in one go, the tab-row reader's one pass, the year patterns searched over the texts
joined) must give what the slow form gives.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers import targets
from jixiao.importers.blocks import Block, Paragraph, Row
from jixiao.importers.mapping import year
from jixiao.importers.script import _first_texts, _texts, normalise_script
from jixiao.importers.text_reader import read_text_blocks
from jixiao.model.source import SourceRef
from jixiao.textnorm import enumeration, script
from jixiao.textnorm.clean import (
    _FULLWIDTH_DIGITS,
    _MD_BULLET,
    _MD_HEADING,
    to_halfwidth_digits,
)
from jixiao.textnorm.enumeration import ENUMERATION, strip_enumeration

SEEDS = Path("/work/shared/seeds")
# brackets, letters with and without tones, CJK, spaces: the pieces of an annotation
_PIECES = st.sampled_from(list("(（)）學校項目 \u3000\txueǎéǚoz1٣０％"))


@settings(max_examples=3000)
@given(st.lists(_PIECES, max_size=16).map("".join))
def test_pinyin_precheck_never_hides_an_annotation(text: str) -> None:
    assert script.has_pinyin(text) == (script._PINYIN.search(text) is not None)


@settings(max_examples=1000)
@given(st.lists(_PIECES, max_size=16).map("".join))
def test_halfwidth_digits_as_the_full_translation(text: str) -> None:
    assert to_halfwidth_digits(text) == text.translate(_FULLWIDTH_DIGITS)


# markdown markers, whitespace of every kind (ASCII, ideographic, no-break, line breaks), text
_MARKDOWN_PIECES = st.sampled_from(list("#-*+ \u3000\u00a0\t\n\x1c\u2028a绩1."))


@settings(max_examples=3000)
@given(st.lists(_MARKDOWN_PIECES, max_size=12).map("".join))
def test_markdown_markers_stripped_only_where_they_can_start(text: str) -> None:
    """clean_markup tries the heading and bullet patterns only when the text starts with a
    marker or whitespace: on any other text neither matches (so both subs leave it)."""
    first = text[:1]
    if not (first in "-*+#" or first.isspace()):
        assert _MD_HEADING.match(text) is None and _MD_BULLET.match(text) is None


# traditional-only characters, simplified ones, brackets, toned and plain letters, breaks
_SCRIPT_PIECES = st.sampled_from([*"學校項們體为的项目(（)）xueǎéǚ \n", "們們們", "項(xiàng)"])


@settings(max_examples=3000)
@given(st.lists(st.lists(_SCRIPT_PIECES, max_size=12).map("".join), max_size=8))
def test_script_marks_decide_as_the_joined_sample(raws: list[str]) -> None:
    """Texts whose marks sum to less than 3 are a sample the full checks (main 3f9c02f:
    the texts joined by newlines, pinyin searched, traditional-only characters counted)
    find neither annotated nor traditional; then the blocks are left as they are."""
    blocks: list[Block] = [Paragraph(raw=raw, source=SourceRef("t.txt")) for raw in raws]
    texts = [block.text for block in blocks]  # type: ignore[union-attr]
    sample = "\n".join(texts)
    pinyin = script.has_pinyin(sample)
    traditional = script.is_traditional(script.strip_pinyin(sample) if pinyin else sample)
    if sum(map(script.script_marks, texts)) < 3:
        assert not pinyin and not traditional
    after = [block.text for block in normalise_script(blocks)]  # type: ignore[union-attr]
    assert (after != texts) <= (pinyin or traditional)


def test_script_of_a_long_document_is_decided_on_its_first_texts() -> None:
    """A document longer than the sample is decided on its first texts alone: traditional
    paragraphs after them leave it as it is, the same paragraphs before them convert it."""
    simplified = [Paragraph(raw="项目绩效目标" * 100, source=SourceRef("t.txt")) for _ in range(40)]
    traditional = Paragraph(raw="項目績效目標們" * 1000, source=SourceRef("t.txt"))
    after = normalise_script([*simplified, traditional])
    assert after[-1].text == "項目績效目標們" * 1000  # type: ignore[union-attr]
    before = normalise_script([traditional, *simplified[:39]])
    assert before[0].text == "项目绩效目标们" * 1000  # type: ignore[union-attr]


def _seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def test_script_sample_as_the_running_count() -> None:
    """Short documents take the one-go join, a long one (the seeds end to end) the running
    count: both give the sample the running count alone gives."""
    texts = _seed_texts()
    assert texts, f"no seed documents in {SEEDS}"
    long = "\n\n".join(texts)
    for text in [*texts, long]:
        blocks = read_text_blocks(text, "seed.txt")
        assert _texts(blocks) == _first_texts(blocks)
    assert len(_texts(read_text_blocks(long, "long.txt"))) < len(long)  # the cut was taken


def test_wrapped_tab_rows_are_joined_once() -> None:
    """A row cut short continues on the next line (its last cell, then the rest) and on
    lines without a tab; a blank line, or one of only spaces and tabs, ends the run
    (checked against the reader before its one-pass rewrite, main f4cb9bd)."""
    text = "a\tb\tc\nd\t甲\n乙\tg\np\tq\n尾\n再\n\n甲\t乙\n段落\n  \t \nx\ty\n"
    blocks = read_text_blocks(text, "w.txt")
    read = [
        (block.texts, [cell.source.line for cell in block.cells])
        if isinstance(block, Row)
        else (block.text, block.source.line)
        for block in blocks
    ]
    assert read == [
        (["a", "b", "c"], [1, 1, 1]),
        (["d", "甲乙", "g"], [2, 2, 3]),
        (["p", "q尾再"], [4, 4]),
        (["甲", "乙"], [8, 8]),
        ("段落", 9),
        (["x", "y"], [11, 11]),
    ]


# pieces of target sentences: subjects, verbs, signs, numbers, units, years, punctuation
_TARGET_PIECES = st.sampled_from(
    ["满意率", "覆盖", "达到", "不低于", "控制在", "≥", "=", "90", "1", "5.5", "-", "%", "万元",
     "人次", "以上", "2023年", "，", "。", " ", "“", "A", "ｂ", "٣"]
)  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(_TARGET_PIECES, max_size=30).map("".join))
def test_targets_tried_near_digits_as_everywhere(text: str) -> None:
    """Trying the target pattern only within reach of a digit finds every target it finds
    tried at every character, at the same places."""
    near = [match.span() for match in targets._targets_in(text)]
    assert near == [match.span() for match in targets._TARGET.finditer(text)]


_MARKER_PIECES = st.sampled_from(list(" 　（(一二十1２.、．）)①第部分标题٣"))


@settings(max_examples=2000)
@given(st.lists(_MARKER_PIECES, max_size=12).map("".join))
def test_enumeration_stripped_as_the_substitution(text: str) -> None:
    assert strip_enumeration(text) == ENUMERATION.sub("", text, count=1).strip()


_YEAR_PIECES = st.sampled_from(
    ["2021", "1999", "2020年", "年度", "预算年度：", "评价", "年", "-", "(", "（", ")", "）",
     "12月", "元月", "1月", "至", "—", "表", "项目", "经费", "。", "，", "《", "》", "通知",
     "关于", "3", "月", "1", "9", "0", "2"]
)  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(st.lists(_YEAR_PIECES, max_size=8).map("".join), max_size=6))
def test_year_searched_in_the_joined_texts_as_text_by_text(texts: list[str]) -> None:
    """Each year pattern searched once over the texts joined by newlines finds the year the
    search text by text finds (cited titles taken out the same way)."""
    own = year._year_in([year._CITED.sub("", text) for text in texts])
    assert year.stated_year(texts) == (own if own is not None else year._year_in(texts))


_ITEM_PIECES = st.sampled_from(
    ["1", "2", "3", "12", "2022", "年", ".", "、", "．", " ", "\n", "。", "；", "，", "：", "！",
     "？", "甲", "万元", "a", "٣", "５"]
)  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(_ITEM_PIECES, max_size=20).map("".join))
def test_item_numbers_tried_at_digits_as_everywhere(text: str) -> None:
    """Trying the item-number pattern only where a digit is finds every number it finds
    tried at every character, at the same places."""
    at_digits = [match.span() for match in enumeration._item_numbers(text)]
    assert at_digits == [match.span() for match in enumeration._ITEM_NUMBER.finditer(text)]
