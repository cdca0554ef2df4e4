"""A project header's amount with no money unit stated anywhere is read in 万元, except a
figure so large (≥ 10亿元 read so) that it is far likelier 元: then it is left unread.
青山区统计局's 2020 目标表 writes '资金总额 2800000.0000' (元: 280万元) and states no unit; it
was read as 2,800,000万元."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file

QINGSHAN = (
    Path(__file__).resolve().parent.parent
    / "fixtures/corpus/plan/hubei_ru13r-qingshan-tongjiju-dapucha-jingfei-mubiao-cut_2020.txt"
)


def _budget(text: str) -> Decimal | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "header.txt"
        path.write_text(text, encoding="utf-8")
        projects = import_file(path).projects
    assert len(projects) == 1
    return projects[0].budget_total


def _page(figure: str, label: str = "资金总额") -> str:
    """The 青山 page itself, its amounts replaced by ``figure``, its 资金总额 label by ``label``."""
    text = QINGSHAN.read_text(encoding="utf-8")
    text = text.replace("2800000.0000", figure).replace("2800000.00", figure)
    assert text.count("\n资金总额\n") == 1
    return text.replace("\n资金总额\n", f"\n{label}\n")


def test_qingshan_unitless_yuan_figure_is_not_read_as_wan() -> None:
    projects = import_file(QINGSHAN).projects
    assert [p.budget_total for p in projects] == [None]


def test_the_same_figure_under_a_stated_unit_is_read() -> None:
    assert _budget(_page("2800000.0000", "资金总额(元)")) == Decimal(280)
    assert _budget(_page("2800000.0000", "资金总额(万元)")) == Decimal(2800000)


def test_a_figure_with_its_own_unit_is_read() -> None:
    assert _budget(_page("2800000元")) == Decimal(280)


@settings(max_examples=30, deadline=None)
@given(st.decimals(1, 99999, places=2))
def test_an_ordinary_unitless_figure_stays_wan(figure: Decimal) -> None:
    assert _budget(_page(str(figure))) == figure
