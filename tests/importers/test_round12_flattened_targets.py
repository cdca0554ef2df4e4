"""Round 12's import misreads (audit round 12): a 项目绩效目标表 listing its projects, its
header naming the project's fields before the levels and flattened to text (扎赉特旗人民检察院),
and a 申报表 whose 中期 and 年度 columns stand side by side, each indicator written twice
(青阳县医保局). See docs/import-unseen.md, round 12 (import-flattened-targets).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.header import doubled_by_period
from tests.importers.corpus_metrics import CORPUS

SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NAME = st.text(alphabet="业务装备办案经费信息化建设运转保障", min_size=4, max_size=10)
YUAN = st.integers(10_000, 99_999_999)
HEADER = (
    "项目名称 项目单位 项目类别 预算数 年度绩效目标 "
    "一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值"
)


def _import(tmp_path: Path, text: str) -> Any:
    path = tmp_path / f"doc{hashlib.sha1(text.encode()).hexdigest()[:12]}.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path)


def _listing(first: str, second: str, yuan: int) -> str:
    return "\n".join(
        [
            "项目绩效目标表",
            "单位:元",
            HEADER,
            f"{first} 001-某单位 32-专项资金项目 {yuan:,}.00 保障工作。 产出指标(50分) 数量指标 "
            "采购数量 正向 大于等于 10 台 10",
            "质量指标 验收合格率 正向 等于 100 % 10",
            f"{second} 001-某单位 32-专项资金项目 1,000.00 保障办案。 产出指标(50分) 时效指标 "
            "结案及时率 正向 大于等于 95 % 5",
            "数量指标 办结案件数量 正向 大于等于 70 8",
        ]
    )


@SETTINGS
@given(first=NAME, second=NAME, yuan=YUAN)
def test_each_filled_project_row_opens_a_project(
    tmp_path: Path, first: str, second: str, yuan: int
) -> None:
    plan = _import(tmp_path, _listing(first, second + "项目", yuan))
    assert [p.name for p in plan.projects] == [first, second + "项目"]
    assert plan.projects[0].budget_total == Decimal(yuan) / 10_000
    assert [len(p.indicators) for p in plan.projects] == [2, 2]
    assert plan.template == "generic"


def test_a_form_opening_with_its_name_and_value_is_no_listing(tmp_path: Path) -> None:
    """Counter-example: '项目名称 | 某经费 | 一级指标 …' keeps its form reading (the label's
    neighbour is its value), and one project is read."""
    text = "\n".join(
        [
            "项目名称 城管执法经费",
            "一级指标 二级指标 三级指标 指标值",
            "产出指标 数量指标 巡查次数 ≥100次",
        ]
    )
    plan = _import(tmp_path, text)
    assert [p.name for p in plan.projects] == ["城管执法经费"]
    assert plan.projects[0].indicators[0].value == "≥100次"


def test_zhalaite_reads_both_projects() -> None:
    plan = import_file(
        CORPUS / "plan" / "neimenggu_ru12r-zhalaite-jianchayuan-xiangmu-mubiao-flat-cut_nd.txt"
    )
    assert [(p.name, p.budget_total) for p in plan.projects] == [
        ("业务装备经费", Decimal("103.07")),
        ("办案(业务)经费", Decimal("323.93")),
    ]
    assert [len(p.indicators) for p in plan.projects] == [11, 4]  # 15 of 15 rows
    assert plan.template == "generic"  # no longer the Hebei 文本's reading


# -- 中期 and 年度 side by side ---------------------------------------------------------


def test_qingyang_reads_each_indicator_once() -> None:
    plan = import_file(
        CORPUS
        / "plan"
        / "anhui_ru12r-qingyang-yibaoju-jijin-jianguan-shenbao-tradmirror-cut_nd.txt"
    )
    names = [i.level3 for i in plan.projects[0].indicators]
    assert len(names) == len(set(names)) == 5


HALF = ["level2", "level3", "value"]


def test_a_header_written_twice_is_doubled_by_period() -> None:
    assert doubled_by_period([None, *HALF, *HALF])
    assert doubled_by_period(["level1", *HALF, *HALF])


def test_headers_not_written_twice_are_not_doubled() -> None:
    assert not doubled_by_period(["level1", *HALF, "weight", "score"])
    assert not doubled_by_period([*HALF, None, *HALF])  # the halves do not adjoin
    assert not doubled_by_period(["level1", "level2", "level3", "value", "actual"])


@given(st.lists(st.sampled_from(["level1", "level2", "level3", "value", None]), max_size=10))
def test_doubled_means_two_equal_adjoining_halves(roles: list[str | None]) -> None:
    named = [r for r in roles if r in HALF]
    if doubled_by_period(roles):
        half = len(named) // 2
        assert named[:half] == named[half:] and named[0] == "level2"


def test_jingyan_listing_loses_its_unit_cell_on_the_second_project() -> None:
    """井研's 申报表 lists its projects under '单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标
    …'; the department's total row ('820-马踏镇部门 | 8,827,620.53') opens none, and the
    second project's row lost its merged 单位名称 cell at the left."""
    plan = import_file(
        CORPUS / "plan" / "sichuan_jingyan-matazhen-bumen-xiangmu-shenbaobiao_2023.txt"
    )
    assert [(p.name, p.budget_total) for p in plan.projects] == [
        ("村组干部报酬", Decimal("330.984")),
        ("基层组织活动经费", Decimal("66")),
    ]
    assert [len(p.indicators) for p in plan.projects] == [8, 5]


# -- a qualitative row's target and points wrapped below its 定性 mark ------------------


QUALITATIVE = "\n".join(
    [
        "项目名称 城管执法经费",
        "一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值",
        "产出指标 数量指标 巡查次数 正向 大于等于 100 次 10",
        "效益指标 社会效益 {name} 定性",
        "{target}",
        "15",
        "满意度指标 服务对象满意度 群众满意度 正向 大于等于 90 % 10",
    ]
)


@SETTINGS
@given(name=st.sampled_from(["市容环境改善", "执法规范化水平"]), target=NAME)
def test_a_qualitative_rows_target_on_the_next_line_is_its_value(
    tmp_path: Path, name: str, target: str
) -> None:
    plan = _import(tmp_path, QUALITATIVE.format(name=name, target=target + "提升"))
    rows = {i.level3: i.value for i in plan.projects[0].indicators}
    assert rows[name] == target + "提升"
    assert rows["群众满意度"] == "≥90%"  # the row after the wrapped one is its own


def test_a_quantitative_row_without_a_target_is_not_joined(tmp_path: Path) -> None:
    """Counter-example: a row marked 正向 whose target is missing is left out (warned),
    and the line below it stays a row of its own."""
    text = QUALITATIVE.replace("{name} 定性", "{name} 正向").format(name="巡查覆盖率", target="")
    plan = _import(tmp_path, text)
    assert "巡查覆盖率" not in {i.level3 for i in plan.projects[0].indicators}
    assert any(w.code == "indicator-without-value" for w in plan.warnings)
