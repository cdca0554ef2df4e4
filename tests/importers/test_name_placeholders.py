"""A form's 填报单位 left as its placeholder ('(盖章)') or masked in the published copy
('****') names no department: the import leaves the department empty rather than
storing the placeholder (real 湖南 and 安徽 申报表 of the corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.importers.api import import_file

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus" / "plan"


@pytest.mark.parametrize(
    "stem",
    [
        "hunan_xiangtan-huanwei-wupaoche-jiangchen_2023",  # 填报单位:(盖章) 单位:万元
        "anhui_taihu-chengguan-zhifa-cheliang-ranyou_2023",  # the unit masked as ****
    ],
)
def test_a_placeholder_names_no_department(stem: str) -> None:
    plan = import_file(CORPUS / f"{stem}.txt")
    for department in [plan.department, *(p.department for p in plan.projects)]:
        assert department is None or ("盖章" not in department and "*" not in department)


def test_a_named_unit_beside_the_money_unit_is_kept() -> None:
    plan = import_file(CORPUS / "hunan_nanyue-xiangcunzhenxing-yulujihua_2023.txt")
    assert plan.projects[0].department == "南岳区乡村振兴局"
