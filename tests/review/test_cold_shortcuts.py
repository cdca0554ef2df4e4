"""The cold review's shortcuts decide exactly as the forms they replace (branch
review-speed-cold-5).

R106 no longer builds each goal's probe (its bigrams, stop words aside) before looking for
them in the indicators: it reads the goal's bigrams lazily up to the first the indicators
hold, and builds the probe only for a goal none of whose bigrams they hold. Hypothesis draws
goals and indicator texts from stop-word characters, ordinary ones and separators and
compares the orphans with the probe's own verdict.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jixiao.review.lexicon import load_lexicon
from jixiao.review.rules import fit

_LEXICON = load_lexicon()
# goals and rows made of stop words (保障, 正常, 运转 …), words a goal measures, their
# characters apart, separators and letters
_WORDS = (
    *_LEXICON.goal_stop_words[:40], "培训", "人次", "设备", "维修", "率", "绿化", "覆盖",
    "保", "障", "设", "，", "。", "、", " ", "1", "a", "（", "）",
)  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_WORDS), max_size=10).map("".join)
_GOALS = _TEXTS
_ROWS = st.lists(_TEXTS, max_size=4)


def _orphan_by_probe(goal: str, measured: str) -> bool:
    """R106's verdict as it was written: a goal whose probe is not empty and none of whose
    probe's bigrams occurs in the indicators."""
    grams = fit._probe(goal, _LEXICON)
    return bool(grams) and not any(gram in measured for gram in grams)


@given(_GOALS, _ROWS)
def test_orphans_as_the_probe(goal: str, rows: list[str]) -> None:
    measured = "｜".join(rows)
    stop = fit._stop_bigrams(_LEXICON)
    lazily = not fit._measured(goal, stop, measured.__contains__) and bool(
        fit._probe(goal, _LEXICON)
    )
    assert lazily == _orphan_by_probe(goal, measured)


@given(_GOALS)
def test_a_goal_measured_by_its_own_words(goal: str) -> None:
    """A goal written among the indicators is an orphan by neither form."""
    assert not _orphan_by_probe(goal, goal)
    assert fit._measured(goal, fit._stop_bigrams(_LEXICON), goal.__contains__) or not fit._probe(
        goal, _LEXICON
    )
