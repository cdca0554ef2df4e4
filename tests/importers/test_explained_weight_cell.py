"""A template printing the indicator's explanation under 指标分值 (成安 2020 自评表: the
header's 指标分值 column holds '享受补贴政策人数占…的比例'): the import reads that text as
the description and locates the description there, not a 分值 cell — so the review does
not take the row for one whose 分值 cell was left blank (N239 reads the header)."""

from __future__ import annotations

from jixiao.importers.api import import_file
from tests.review.defects import SELF_EVALUATIONS

_CHENGAN = SELF_EVALUATIONS / "hebei_chengan-minzhengju-bainian-gaoling-jintie_2020.txt"


def test_an_explanation_under_the_weight_header_is_located_as_the_description() -> None:
    rows = import_file(_CHENGAN).projects[0].indicators
    first = rows[0]
    assert first.description.startswith("享受补贴政策人数")
    assert first.weight is None and first.score is not None
    assert "weight" not in first.sources
    assert first.sources["description"].col == first.sources["level3"].col + 1
