"""Layouts met on held-out round 9b (``import-unseen-9b`` in the corpus notes: 公开 and 决算
tables, 三公 决算表, a 部门整体 自评报告), each read by a general rule tested on generated
input (hypothesis) with a counter-example, and on the real documents that showed it:

* a label alone on a line of a table's run, which the reader put in the same table as the
  figures above it, is that table's row with no amounts: the space-aligned
  ``      1.公务用车购置费    `` between two rows of figures (南通 国资委 三公预算), the bar
  line ``公务用车购置费 |`` closing a bar table (六安 工商联 三公决算) — not a sentence of
  the notes under it, a lone 科目编码 or 行次 the page cut, or ``其中:``;
* a prose 自评报告's completion section (``(一)项目完成情况``) restating the targets read
  sections before, by their name or its tail (``1.老年人日间照料中心资金完成61.99万元。
  群众满意度达90%以上。``), gives them their actuals (琼海, hainan, round 4: actual 0/2).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from tests.importers.corpus_metrics import CORPUS, measure, measure_stem

SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
LABEL = st.text(alphabet="公务接待用车购置运行维护费会议培训出国境", min_size=3, max_size=10)
AMOUNT = st.decimals(0, 9999, places=2, allow_nan=False, allow_infinity=False).map(str)
TITLE = "2016年市国资委财政拨款“三公”经费预算表"


def _rows(lines: list[str], tmp_path: Path) -> set[tuple[str, tuple[str, ...]]]:
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    plan = import_file(page)
    assert plan.disclosure is not None
    return {(r.name or "", tuple(c for c in r.cells if c)) for t in plan.disclosure.tables
            for r in t.rows}  # fmt: skip


def _numbered(labels: list[str]) -> list[str]:
    return [f"{n}.{label}" for n, label in enumerate(labels, 1)]


@SETTINGS
@given(
    filled=st.lists(st.tuples(LABEL, AMOUNT), min_size=3, max_size=6, unique_by=lambda r: r[0]),
    lone=LABEL,
    at=st.integers(1, 5),
)
def test_space_aligned_label_alone_between_figures_is_a_row(
    tmp_path: Path, filled: list[tuple[str, str]], lone: str, at: int
) -> None:
    *labels, lone_label = _numbered([label for label, _ in filled] + [lone])
    amounts = [amount for _, amount in filled]
    at = min(at, len(filled) - 1)  # (between two rows of figures)
    rows = [f"{label} {a} {a}" for label, a in zip(labels, amounts, strict=True)]
    rows.insert(at, f"      {lone_label}    ")
    lines = [TITLE, "金额单位:万元", "项目 2016年预算数", "小计 其中:一般公共预算安排数"]
    read = _rows(lines + rows, tmp_path)
    assert (lone_label, ()) in read
    assert {(label, (a, a)) for label, a in zip(labels, amounts, strict=True)} <= read


@SETTINGS
@given(
    filled=st.lists(st.tuples(LABEL, AMOUNT), min_size=2, max_size=5, unique_by=lambda r: r[0]),
    lone=LABEL,
)
def test_bar_line_closing_a_table_is_a_row(
    tmp_path: Path, filled: list[tuple[str, str]], lone: str
) -> None:
    if lone in {label for label, _ in filled}:
        return
    lines = ["一、2021年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元"]
    lines += ["项 目 | 预 算 数 | 决 算 数 |"]
    lines += [f"{label} | {amount} | {amount} |" for label, amount in filled]
    lines += [f"{lone} |", "二、2021年度一般公共预算财政拨款“三公”经费支出情况说明"]
    read = _rows(lines, tmp_path)
    assert (lone, ()) in read
    assert {(label, (a, a)) for label, a in filled} <= read


def test_notes_codes_and_openings_are_no_rows(tmp_path: Path) -> None:
    # counter-examples: what stands alone on a line of the table's run but is no row
    lines = [TITLE, "项目 2016年预算数", "小计 其中:一般公共预算安排数"]
    lines += ["一、“三公”经费合计 21.63 21.63", "(二)公务接待费 14.83 14.83"]
    lines += ["其中:", "2080207", "(3)公务接待费,指单位按规定开支的各类公务接待支出。", "时效指标"]
    lines += ["(三)公务用车费 6.8 6.8", "注:“三公”经费包括因公出国(境)费"]
    read = _rows(lines, tmp_path)
    names = {name for name, _ in read}
    assert {"一、“三公”经费合计", "(二)公务接待费", "(三)公务用车费"} <= names
    assert not names & {"其中:", "2080207", "注:“三公”经费包括因公出国(境)费", "时效指标"}
    assert not any(name.startswith("(3)") for name in names)


def test_label_alone_outside_the_table_is_no_row(tmp_path: Path) -> None:
    # counter-example: after the table's last row a paragraph, then a lone label of the
    # text below — the reader did not put it in the table
    lines = ["一、2021年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元"]
    lines += ["项 目 | 预 算 数 | 决 算 数 |", "合 计 | 1.8 | 1.52 |", "公务接待费 | 1.8 | 1.52 |"]
    lines += ["", "六安市工商业联合会公务接待共8批次,160人次。", "", "联系人张三"]
    names = {name for name, _ in _rows(lines, tmp_path)}
    assert "联系人张三" not in names


# -- a report's completions restated by name ---------------------------------------

SUBJECT = st.sampled_from(["老年人日间照料中心", "农村饮水安全工程", "乡村文化站"])
FIGURE = st.integers(1, 9999).map(str)


def _report(subject: str, target: str, done: str, heading: str) -> list[str]:
    return [
        f"{subject}项目", "绩效自评报告", "(二)项目绩效目标。",
        f"绩效目标:{subject}资金完成{target}万元。",
        f"成效指标:{subject}群众满意度达90%以上。 二、项目资金管理情况",
        f"申报预算资金{target}万元,已完成批复。 三、项目绩效情况 {heading}",
        f"1.{subject}资金完成{done}万元。群众满意度达85%以上。完成培训30人次。",
    ]  # fmt: skip


def _actuals(lines: list[str], tmp_path: Path) -> dict[str, str | None]:
    page = tmp_path / "report.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    plan = import_file(page)
    return {i.level3: i.actual for p in plan.projects for i in p.indicators}


@SETTINGS
@given(subject=SUBJECT, target=FIGURE, done=FIGURE)
def test_completion_section_restates_targets(
    tmp_path: Path, subject: str, target: str, done: str
) -> None:
    lines = _report(subject, target, done, "(一)项目完成情况.")
    read = _actuals(lines, tmp_path)
    assert read == {f"{subject}资金完成": f"{done}万元", f"{subject}群众满意度": "85%以上"}
    # counter-example: the same sentences under another heading are no completions
    lines[-2] = lines[-2].replace("项目完成情况", "项目效益情况")
    assert set(_actuals(lines, tmp_path).values()) == {None}


def test_a_tail_naming_two_targets_restates_none(tmp_path: Path) -> None:
    # counter-example: '群众满意度' ends two targets' names: which one is not said
    lines = ["绩效目标:甲村群众满意度达90%以上。", "成效指标:乙村群众满意度达95%以上。"]
    lines += ["申报预算资金10万元。 三、项目绩效情况 (一)项目完成情况.", "1.群众满意度达88%。"]
    assert set(_actuals(lines, tmp_path).values()) == {None}


def test_hainan_report_reads_its_actuals() -> None:
    result = measure_stem("hainan_ru4-qionghai-rijian-zhaoliao-zhongxin-prose-baogao_2020")
    assert (result.actual_found, result.actual_expected, result.invented) == (2, 2, [])


ROUND = "held-out round 9b (import-unseen-9b)"


def _round_documents() -> list[tuple[Path, Path]]:
    pairs = []
    for expected in sorted(CORPUS.glob("*/*.expected.json")):
        if ROUND in json.loads(expected.read_text(encoding="utf-8"))["notes"]:
            stem = expected.name.removesuffix(".expected.json")
            pairs.append((expected, expected.with_name(stem + ".txt")))
    return pairs


def test_round_has_its_documents() -> None:
    assert len(_round_documents()) == 12


@pytest.mark.parametrize("expected,document", _round_documents(), ids=lambda p: p.stem[:40])
def test_round9b_pages_read_every_row_kind_and_year(expected: Path, document: Path) -> None:
    result = measure(expected, document)
    assert result.rows_found == result.rows_expected
    assert result.kind_ok and result.year_ok
    assert not result.invented
