"""An effect 二级 met after outputs with its 一级 cell left empty takes its own 一级: a
page that prints 产出指标 once and leaves the 一级 cells of its 社会效益 rows empty (慈溪's
2023 重大政策和项目绩效目标, a table flattened one cell per paragraph, round 7 of the
import corpus) does not make them outputs. The 一级 is inferred, so it has no source."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from tests.review.audit.render import CORPUS

CIXI = "plan/zhejiang_cixi-zhongda-zhengce-xiangmu-jixiao-mubiao-cut_2023"


def _levels(folder: Path, *rows: str) -> list[tuple[str, str]]:
    """The (一级, 二级) of each indicator of a pipe table with ``rows`` under its header."""
    path = folder / "table.txt"
    path.write_text("\n".join(["项目名称 | 城乡居民健康体检", _HEADER, *rows]), encoding="utf-8")
    return [(i.level1, i.level2) for p in import_file(path).projects for i in p.indicators]


def test_the_document_effect_rows_are_effects() -> None:
    rows = import_file(CORPUS / f"{CIXI}.txt").projects[0].indicators
    by_name = {i.level3: i for i in rows}
    assert by_name["婴幼儿健康管理率"].level1 == "效益指标"
    assert by_name["婴幼儿健康管理率"].level2 == "社会效益指标"
    assert by_name["应补尽补率"].level1 == "产出指标"  # the outputs stay outputs


_HEADER = "一级指标 | 二级指标 | 三级指标 | 指标值"
_OUTPUTS = ("数量指标", "质量指标", "时效指标")
_EFFECTS = {
    "社会效益指标": "效益指标",
    "经济效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
}


@settings(max_examples=25, deadline=None)
@given(output=st.sampled_from(_OUTPUTS), effect=st.sampled_from(sorted(_EFFECTS)))
def test_an_effect_level2_under_an_empty_level1_cell_leaves_the_outputs(
    tmp_path_factory: object, output: str, effect: str
) -> None:
    folder = Path(tmp_path_factory.mktemp("effect"))  # type: ignore[attr-defined]
    rows = (f"产出指标 | {output} | 体检人数 | ≥3000人", f" | {effect} | 群众健康知晓率 | ≥90%")
    assert _levels(folder, *rows) == [("产出指标", output), (_EFFECTS[effect], effect)]


def test_satisfaction_under_a_written_effect_level1_stays_there(tmp_path: Path) -> None:
    """The older framework files 满意度 under 效益指标: an inherited 效益 一级 is kept."""
    rows = _levels(
        tmp_path,
        "产出指标 | 数量指标 | 体检人数 | ≥3000人",
        "效益指标 | 社会效益指标 | 群众健康知晓率 | ≥90%",
        " | 服务对象满意度指标 | 参检群众满意度 | ≥90%",
    )
    assert rows[-1] == ("效益指标", "服务对象满意度指标")


def test_a_cost_level2_after_outputs_stays_an_output(tmp_path: Path) -> None:
    rows = _levels(
        tmp_path,
        "产出指标 | 数量指标 | 体检人数 | ≥3000人",
        " | 成本指标 | 人均体检费用 | ≤120元/人",
    )
    assert rows[-1] == ("产出指标", "成本指标")
