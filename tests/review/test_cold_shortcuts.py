"""The cold review's shortcuts decide exactly as the forms they replace (branch
review-speed-cold-5).

R106 no longer builds each goal's probe (its bigrams, stop words aside) before looking for
them in the indicators: it reads the goal's bigrams lazily up to the first the indicators
hold, and builds the probe only for a goal none of whose bigrams they hold. Hypothesis draws
goals and indicator texts from stop-word characters, ordinary ones and separators and
compares the orphans with the probe's own verdict.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from jixiao.review.lexicon import load_lexicon
from jixiao.review.rules import fit, soundalike
from jixiao.review.rules.statements import repeats
from jixiao.review.rules.statements.common import NEAR

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


def _near_pairs_by_ratio(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[int, int], ...]:
    """W109's pairs as found before branch review-speed-cold-6: rapidfuzz's ratio of every
    pair the lengths allow, with no bound from the characters first."""
    pairs = []
    for i, (level, key) in enumerate(rows):
        if len(key) < 4:
            continue
        for j in range(i):
            other_level, other = rows[j]
            if other_level == level or other == key or len(other) < 4:
                continue
            core_pair = repeats._core(key) == repeats._core(other)
            if core_pair or repeats._padded(key, other) or fuzz.ratio(key, other) >= NEAR:
                pairs.append((i, j))
                break
    return tuple(pairs)


# names from a few characters, measure words (率, 数, 时) and fillers (情况, 工作), so that
# cores, paddings and ratios near the threshold all occur
_NAME_PARTS = ("培训", "人数", "人次", "设备", "维修", "率", "数", "时", "情况", "工作", "a", "b")
_NAMES = st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=7).map("".join)
_BASE_NAMES = st.lists(_NAMES, min_size=1, max_size=4)


@st.composite
def _project_rows(draw: st.DrawFn) -> tuple[tuple[str, str], ...]:
    """Rows under two or three second levels, many of them a few characters from another."""
    names = draw(_BASE_NAMES)
    rows = []
    for _ in range(draw(st.integers(0, 14))):
        name = draw(st.sampled_from(names))
        edit = draw(st.sampled_from(("", "drop", "add", "swap")))
        where = draw(st.integers(0, len(name)))
        part = draw(st.sampled_from(_NAME_PARTS))
        if edit == "drop":
            name = name[:where] + name[where + 1 :]
        elif edit == "add":
            name = name[:where] + part + name[where:]
        elif edit == "swap":
            name = name[:where] + part[0] + name[where + 1 :]
        rows.append((draw(st.sampled_from(("产出", "效益", "满意度"))), name))
    return tuple(rows)


@given(_project_rows())
def test_near_names_as_every_pair(rows: tuple[tuple[str, str], ...]) -> None:
    assert repeats._near_pairs.__wrapped__(rows) == _near_pairs_by_ratio(rows)


def test_length_windows_as_the_bounds() -> None:
    """Each length's window holds exactly the lengths a padding (a gap of one or two) or a
    ratio of NEAR (100·gap ≤ (100 − NEAR)·(both lengths)) allows, computed in integers."""
    for size in range(4, 2 * len(repeats._WINDOWS)):  # W109 reads names of four or more
        low, high = (
            repeats._WINDOWS[size] if size < len(repeats._WINDOWS) else repeats._sizes_near(size)
        )
        allowed = [
            other
            for other in range(1, 4 * size + 4)
            if abs(size - other) <= 2 or abs(size - other) * 100 <= (size + other) * 12
        ]
        assert (low, high) == (min(allowed), max(allowed))


def _sound_alikes_as_before(names: list[str]) -> dict[str, str]:
    """M115's sound-alikes as found before branch review-speed-cold-8: the endings of three
    characters the document writes read aloud whenever a tail of three is not a known rate
    name's reading, whether or not one of them is one slip from the tail."""
    names = list(dict.fromkeys(names))
    candidates = [(name, tails) for name in names if (tails := soundalike._tails(name))]
    _, by_sound, _ = soundalike._known()
    rated = [n for n in names if n.endswith("率")]
    written_slips = soundalike._slip_index(n[-3:] for n in rated if len(n) >= 3)
    found: dict[str, str] = {}
    for name, tails in candidates:
        for tail, near_known in tails:
            if not near_known and not soundalike._one_slip_from(tail, written_slips):
                continue
            key = (len(tail), soundalike.sound(tail))
            right = by_sound.get(key)
            if right is None and key[0] == 3:
                right = dict(filter(None, map(soundalike._written, rated))).get(key)
            if right is not None and soundalike._one_slip(tail, right) and right not in name:
                found[name] = right
                break
    return found


# names ending in rate names, their sound-alikes (合格绿, 完城率, 覆概率) and other endings
_RATE_PARTS = (
    "合格", "完成", "覆盖", "及格", "控制", "空置", "在线", "满意", "达标", "利用", "培训",
    "率", "绿", "律", "城", "概", "格", "成", "人数", "设备", "度",
)  # fmt: skip
_RATE_NAMES = st.lists(st.sampled_from(_RATE_PARTS), min_size=1, max_size=4).map("".join)


@settings(deadline=None)  # (the first draw loads pypinyin's dictionaries)
@given(st.lists(_RATE_NAMES, max_size=12))
def test_sound_alikes_as_before(names: list[str]) -> None:
    assert soundalike.sound_alikes(names) == _sound_alikes_as_before(names)


def test_sound_alikes_found_by_both() -> None:
    """A slip one character from a known rate name (完城率, 合格绿) and one from a rate name
    only the document writes (清云率 beside 清运率: the endings read aloud)."""
    names = ["项目完成率", "工程完城率", "设备合格绿", "培训人数", "垃圾清运率", "道路清云率"]
    found = soundalike.sound_alikes(names)
    assert found == _sound_alikes_as_before(names)
    assert found == {"工程完城率": "完成率", "设备合格绿": "合格率", "垃圾清运率": "清云率"}
