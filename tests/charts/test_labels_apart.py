"""Row labels cut to fit: at the end, or in the middle where the end-cut would make two
different labels read the same (a bureau's 60 departments sharing a long prefix)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jixiao.charts.svg import labels_apart, text_width

WIDTH = 112.0


def test_departments_sharing_a_prefix_keep_their_ends() -> None:
    names = [f"张家口市机关事务管理局（样本{n}）" for n in (13, 18)] + ["财政局"]
    shown = labels_apart(names, WIDTH)
    assert shown[2] == "财政局"
    assert shown[0] != shown[1] and shown[0].endswith("13）") and shown[1].endswith("18）")
    assert labels_apart(["承德县机关事务管理办公室本级单位"], WIDTH) == ["承德县机关事务管…"]


@given(st.lists(st.text(alphabet="机关事务局样本（）0123456789ab", max_size=30), max_size=6))
def test_every_label_fits(labels: list[str]) -> None:
    for label, shown in zip(labels, labels_apart(labels, WIDTH), strict=True):
        assert text_width(shown) <= WIDTH
        assert shown == label or "…" in shown
