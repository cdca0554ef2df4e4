"""Layouts of the review audit's held-out round 4 (区域绩效自评表 and a .doc-derived
自评表), each read by a general rule tested on generated input (hypothesis) with a
counter-example, and on the real document that showed it:

* a grid header alone on its line, its words cut by single spaces (``二级指标 三级指标
  指标值 完成值``), starts the grid the spaced rows below it fill (遂宁经开 0/16 -> 16/16);
* a stream whose rows end with points under no 得分 word (the section's ``50`` beside the
  header) gets a 得分 column, found from the rows themselves (安居 4/9 -> 9/9, no row
  invented);
* a stream under ``三级指标 | 年初目标值 (A) | 实际完成值 (B) | 得分`` whose names wrap over
  lines is cut after each row's points, the name's pieces joined; a stretch that does not
  read so is left out (商务局 0/8 -> 5/8, none invented);
* budget figures each right after its own label (``转移支付预算数(A) | 5.8万 | 预算执行率(B/A)
  | 100%``), a label's formula mark (``(A)``, ``(B/A×100%)``, cut off by a space or not)
  and ``万`` as a unit: the 执行率 that N211 reads.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.header_block import HeaderBlockReader
from jixiao.importers.mapping.vocabulary import vocabulary
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import CORPUS, measure_stem

SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NAME = st.text(alphabet="药品化妆品器械抽验监管企业培训宣传覆盖率", min_size=3, max_size=10)
NUMBER = st.integers(1, 999)
POINTS = st.integers(1, 10)
SOURCE = SourceRef(file="generated.txt")


def _document(stem: str) -> Path:
    return next(CORPUS.glob(f"*/{stem}*.txt"))


def _indicators(path: Path) -> list[tuple[str, str | None, str | None, float | None]]:
    plan = import_file(path)
    return [
        (i.level3, i.value, i.actual, None if i.score is None else float(i.score))
        for p in plan.projects
        for i in p.indicators
    ]


def _unique(names: list[str]) -> list[str]:
    return [f"指标{index}.{name}" for index, name in enumerate(names, start=1)]


# -- a grid header alone on a spaced line -------------------------------------------------


@SETTINGS
@given(st.lists(st.tuples(NAME, NUMBER, NUMBER), min_size=2, max_size=8))
def test_a_spaced_header_line_starts_the_grid(
    tmp_path: Path, rows: list[tuple[str, int, int]]
) -> None:
    names = _unique([name for name, _, _ in rows])
    lines = [
        ("数量指标 " if index == 0 else "") + f"{name} ≥{target} {actual}"
        for index, (name, (_, target, actual)) in enumerate(zip(names, rows, strict=True))
    ]
    text = [
        "2021年区域绩效目标自评表",
        "",
        "一级",
        "指标",
        "二级指标 三级指标 指标值 完成值",
        "",
        *lines,
    ]
    path = tmp_path / "spaced-header.txt"
    path.write_text("\n".join(text), encoding="utf-8")
    want = [(name, f"≥{t}", str(a), None) for name, (_, t, a) in zip(names, rows, strict=True)]
    assert _indicators(path) == want


def test_a_spaced_line_of_other_words_starts_no_grid(tmp_path: Path) -> None:
    """Counter-example: a line whose words are not all header words is text."""
    lines = [
        "2021年区域绩效目标自评表",
        "",
        "二级指标 说明 如下 文字",
        "",
        "数量指标 指标1.药品抽验 ≥3 4",
    ]
    path = tmp_path / "not-a-header.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _indicators(path) == []


def test_suining_region_self_evaluation_reads_every_row_and_its_budget() -> None:
    result = measure_stem("sichuan_ru4-suining-jingkai-liangpin-yixie-quyu-ziping_2021")
    assert (result.found, result.actual_found, result.invented) == (16, 16, [])
    (project,) = import_file(_document("sichuan_ru4-suining")).projects
    assert (project.budget_adjusted, project.spent) == (Decimal("5.8"), Decimal("5.8"))
    assert project.execution_rate == 1


# -- points under no 得分 word -----------------------------------------------------------


def _stream(tmp_path: Path, rows: list[tuple[str, int, int, int]], points: bool) -> Path:
    cells = ["区域绩效目标自评表", "年度绩效指标完成情况"]
    cells += ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值"]
    cells += ["50"] if points else []
    cells += ["产出指标", "数量指标"]
    for name, target, actual, score in rows:
        cells += [name, f"{target}个", f"{actual}个", *([str(score)] if points else [])]
    path = tmp_path / "stream.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    return path


ROWS = st.lists(st.tuples(NAME, NUMBER, NUMBER, POINTS), min_size=3, max_size=8)


@SETTINGS
@given(ROWS)
def test_points_after_each_row_are_its_score(
    tmp_path: Path, rows: list[tuple[str, int, int, int]]
) -> None:
    names = _unique([row[0] for row in rows])
    rows = [(name, *row[1:]) for name, row in zip(names, rows, strict=True)]
    want = [(n, f"{t}个", f"{a}个", float(s)) for n, t, a, s in rows]
    assert _indicators(_stream(tmp_path, rows, points=True)) == want


@SETTINGS
@given(ROWS)
def test_rows_without_points_get_no_score(
    tmp_path: Path, rows: list[tuple[str, int, int, int]]
) -> None:
    """Counter-example: the same stream without the points reads as before, no 得分."""
    names = _unique([row[0] for row in rows])
    rows = [(name, *row[1:]) for name, row in zip(names, rows, strict=True)]
    want = [(n, f"{t}个", f"{a}个", None) for n, t, a, _ in rows]
    assert _indicators(_stream(tmp_path, rows, points=False)) == want


def test_anju_rows_keep_their_points() -> None:
    result = measure_stem("sichuan_ru4-anju-shipin-jianguan-quyu-ziping-blank_2021")
    assert (result.found, result.actual_found, result.invented) == (9, 9, [])
    scores = [score for *_, score in _indicators(_document("sichuan_ru4-anju"))]
    assert scores == [5, 4, 5, 3, 3, 3, 5, 3, 3]


# -- rows cut after their points, wrapped names joined ----------------------------------


@SETTINGS
@given(st.lists(st.tuples(NAME, st.integers(1, 3), NUMBER, NUMBER, POINTS), min_size=2, max_size=6))
def test_names_wrapped_over_words_are_joined(
    tmp_path: Path, rows: list[tuple[str, int, int, int, int]]
) -> None:
    words = ["2020年项目自评表", "三级指标", "年初目标值", "(A)", "实际完成值", "(B)", "得分"]
    want = []
    for index, (name, pieces, target, actual, points) in enumerate(rows, start=1):
        full = f"第{index}项{name}"
        size = -(-len(full) // pieces)
        words += [full[i : i + size] for i in range(0, len(full), size)]
        words += [str(target), str(actual), str(points)]
        want.append((full, str(target), str(actual), float(points)))
    path = tmp_path / "wrapped.txt"
    path.write_text(" ".join([*words, "单位主要负责人", "签批意见"]), encoding="utf-8")
    assert _indicators(path) == want


def test_shangwuju_rows_are_read_whole_and_none_invented() -> None:
    result = measure_stem("unknown_ru4-qu-shangwuju-fuwu-maoyi-fazhan-docflat_2020")
    assert (result.found, result.actual_found, result.invented) == (5, 5, [])
    names = [name for name, *_ in _indicators(_document("unknown_ru4-qu-shangwuju"))]
    assert "支持服务贸易、服务外包企业数量" in names
    (project,) = import_file(_document("unknown_ru4-qu-shangwuju")).projects
    assert (project.budget_total, project.spent) == (Decimal("285.84"), Decimal("285.84"))
    assert project.execution_rate == 1


# -- budget figures after their own labels; formula marks --------------------------------

MARK = st.sampled_from(["(A)", "(B)", "(B/A)", "(B/A×100%)", "(A)"])
BUDGET_LABEL = st.sampled_from(["全年预算数", "全年执行数", "预算执行率", "执行率", "年初预算数"])


@given(BUDGET_LABEL, MARK)
def test_a_formula_mark_names_the_same_budget_column(label: str, mark: str) -> None:
    words = vocabulary()
    assert words.budget_column(label + mark) == words.budget_column(label) is not None


def _cells(texts: list[str]) -> list[Cell]:
    return [Cell(raw=text, source=SOURCE, col=index) for index, text in enumerate(texts)]


@given(
    st.decimals(1, 99999, places=2),
    st.decimals(0, 99999, places=2),
    st.integers(0, 100),
    st.sampled_from(["", "万", "万元"]),
)
def test_budget_figures_after_their_labels(
    budget: Decimal, spent: Decimal, rate: int, unit: str
) -> None:
    project = Project(name="")
    reader = HeaderBlockReader()
    reader.read(
        _cells(["转移支付预算数(A)", f"{budget}{unit}", "预算执行率(B/A)", f"{rate}%"]), project
    )
    reader.read(_cells(["转移支付执行数", "(B)", f"{spent}{unit}"]), project)
    assert (project.budget_adjusted, project.budget_total) == (budget, budget)
    assert project.spent == spent
    assert project.execution_rate == Decimal(rate) / 100


def test_a_header_of_budget_columns_is_no_pairs() -> None:
    """Counter-example: labels in a row then their figures are a budget header."""
    project = Project(name="")
    reader = HeaderBlockReader()
    reader.read(
        _cells(["全年预算数(A)", "全年执行数(B)", "执行率(B/A)", "120", "90", "75%"]), project
    )
    assert (project.budget_adjusted, project.spent) == (Decimal(120), Decimal(90))
    assert project.execution_rate == Decimal("0.75")


def test_execution_rates_read_on_real_self_evaluations() -> None:
    chaotian = import_file(_document("sichuan_ru4-chaotian")).projects[0]
    assert (chaotian.name, chaotian.execution_rate) == (
        "广元市朝天区全民健身中心项目",
        Decimal("0.5789"),
    )
    huangshi = import_file(_document("hubei_huangshi-tushuguan-gongxiang-gongcheng")).projects[0]
    assert (huangshi.budget_total, huangshi.execution_rate) == (5, 1)


@given(st.integers(1, 9999), st.integers(0, 100))
def test_a_rate_without_percent_is_read_as_its_line_confirms(budget: int, percent: int) -> None:
    """'预算数(A) | 执行数(B) | 执行率(B/A) | 得分 | 年度财政资金总额 | 50 | 10 | 20 | 4 | 年度绩效
    目标 …' (a stream running on into the grid): the 执行率 '20' is 20% because 10 / 50 is."""
    spent = Decimal(budget) * percent / 100
    header = ["预算数(A)", "执行数(B)", "执行率(B/A)", "得分", "年度财政资金总额"]
    line = [str(budget), str(spent), str(percent), "4", "年度绩效目标", "(80分)"]
    project = Project(name="")
    HeaderBlockReader().read(_cells([*header, *line]), project)
    assert (project.budget_adjusted, project.spent) == (budget, spent)
    assert project.execution_rate == Decimal(percent) / 100


def test_a_rate_the_line_does_not_confirm_is_not_read() -> None:
    """Counter-example: '80' under 执行率 when 执行数 / 预算数 is 20%: no rate is stated."""
    line = ["预算数(A)", "执行数(B)", "执行率(B/A)", "得分", "合计", "50", "10", "80", "4", "注"]
    project = Project(name="")
    HeaderBlockReader().read(_cells(line), project)
    assert project.spent == 10
    assert project.execution_rate is None


def test_execution_rates_without_percent_on_real_self_evaluations() -> None:
    changning = import_file(_document("yunnan_ru4-changning")).projects[0]
    assert (changning.budget_total, changning.spent) == (50, 10)
    assert changning.execution_rate == Decimal("0.2")
    luan = import_file(_document("anhui_luan-yuan-wenlv-wenwu-baohu-zhuanxiang")).projects[0]
    assert luan.execution_rate == Decimal("0.958")


# -- the stated 自评得分 of two label–value columns flattened ----------------------------

PAIR = st.tuples(st.sampled_from(["省级财政部门", "省级主管部门", "中央主管部门"]), NAME)


@given(st.lists(PAIR, max_size=3), st.integers(0, 100), st.lists(NUMBER, max_size=4))
def test_the_stated_score_is_the_first_figure_after_other_labels(
    pairs: list[tuple[str, str]], score: int, later: list[int]
) -> None:
    """'自评得分 | 省级财政部门 | 四川省财政厅 | … | 100 | 预算执行情况 | 预算数: | 2.38 …': the
    score is the first figure after its label, not the last figure of the flattened line."""
    between = [text for pair in pairs for text in pair]
    texts = ["专项名称", "某专项", "自评得分", *between, str(score), "预算执行情况"]
    texts += [str(n) for n in later]
    project = Project(name="")
    HeaderBlockReader().read(_cells(texts), project)
    assert project.total_score == score


def test_a_score_right_after_its_points_total_is_the_last_of_the_two() -> None:
    """Counter-example: '总分 | 100 | 98.62' is the 分值 total, then the score published."""
    project = Project(name="")
    HeaderBlockReader().read(_cells(["总分", "100", "98.62"]), project)
    assert project.total_score == Decimal("98.62")


def test_anju_stated_score() -> None:
    assert import_file(_document("sichuan_ru4-anju")).projects[0].total_score == 100
