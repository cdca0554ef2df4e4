"""The cold review's view shortcuts give exactly what the forms they replace gave (branch
review-speed-cold-7).

``squeeze`` returns a text of letters and digits alone unchanged instead of running the
punctuation regex over it; hypothesis draws texts from punctuation, whitespace, ideographs,
digits of several scripts and letters, and every name, description, value and basis of the
seeds and the import corpus is compared too, against the regex's own result (the oracle).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jixiao.review.context import _PUNCT, squeeze
from tests.review.conftest import corpus_plans

# punctuation _PUNCT removes, some it keeps (％, ～, ＋), whitespace of several kinds,
# ideographs, ASCII and fullwidth letters and digits, circled and Roman numerals
_CHARACTERS = st.sampled_from(
    list("，。、；;：:,.!！?？“”\"'‘’()（）【】[]《》<>·…—-_/％%～~＋+ \t\u3000\xa0\n")
    + list("提升管理率人次万元ａＡaZ0９１①Ⅱ²½〇")
)
_TEXTS = st.lists(_CHARACTERS, max_size=12).map("".join)


def _squeezed_by_regex(text: str) -> str:
    return _PUNCT.sub("", text)


@given(_TEXTS)
def test_squeeze_as_the_regex(text: str) -> None:
    squeeze.cache_clear()
    assert squeeze(text) == _squeezed_by_regex(text)


def test_squeeze_of_every_corpus_text_as_the_regex() -> None:
    texts = {
        text
        for _, plan in corpus_plans()
        for project in plan.projects
        for i in project.indicators
        for text in (i.level3, i.description, i.value or "", i.basis)
    }
    assert len(texts) > 1000
    squeeze.cache_clear()
    differ = [t for t in texts if squeeze(t) != _squeezed_by_regex(t)]
    assert not differ
