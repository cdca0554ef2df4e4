"""整改: items from the real review of seed 002, their flow, the board, the budget signal."""

from __future__ import annotations

import io
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from jixiao.checks import Severity
from jixiao.forms import FormError
from jixiao.importers.api import import_file
from jixiao.rectification import act, board, budget_signals, from_review, is_overdue
from jixiao.rectification.items import Origin, RectificationItem
from jixiao.rectification.ledger import ledger_bytes, ledger_rows, read_ledger, write_ledger
from jixiao.review.engine import review_plan
from jixiao.workflow.rectification import (
    RectificationAction,
    RectificationStatus,
    rectification_actions,
)
from jixiao.workflow.states import Role, WorkflowError
from tests.conftest import seed_path

DEPARTMENT = "承德县机关事务管理办公室"
WHEN = datetime(2024, 3, 1, 9, 0)


def _items() -> list[RectificationItem]:
    plan = import_file(seed_path("002_9d52ecbd56ee9879"))
    findings = review_plan(plan).findings
    return from_review(findings, DEPARTMENT, 2023, date(2024, 3, 31), at_least=Severity.ERROR)


def test_error_findings_of_seed_002_become_items() -> None:
    items = _items()
    # Seed 002's three errors: a cost ceiling written "≥25万元" and two descriptions whose
    # direction contradicts the value.
    assert [(i.check, i.project) for i in items] == [
        ("N106", "纪委楼维修改造项目尾款"),
        ("W101", "县级领导周转用房"),
        ("W101", "县乡视频会议系统升级改造项目"),
    ]
    assert all(i.status is RectificationStatus.PENDING and i.indicator for i in items)


def test_from_finding_to_verified_keeps_who_said_what() -> None:
    item = _items()[0]
    item = act(item, RectificationAction.START, "bianzhi", Role.UNIT_EDITOR, WHEN)
    item = act(item, RectificationAction.REPORT, "bianzhi", Role.UNIT_EDITOR, WHEN, "已改为≥90%")
    item = act(
        item, RectificationAction.SEND_BACK, "caizheng", Role.BUREAU_REVIEWER, WHEN, "依据未补"
    )
    assert item.status is RectificationStatus.IN_PROGRESS
    item = act(item, RectificationAction.REPORT, "bianzhi", Role.UNIT_EDITOR, WHEN, "已补依据")
    item = act(item, RectificationAction.VERIFY, "caizheng", Role.BUREAU_REVIEWER, WHEN)
    assert item.status is RectificationStatus.VERIFIED
    assert [e.actor for e in item.events] == [
        "bianzhi",
        "bianzhi",
        "caizheng",
        "bianzhi",
        "caizheng",
    ]
    assert item.answer == "已补依据"


def test_wrong_role_and_empty_report_are_refused() -> None:
    item = _items()[0]
    with pytest.raises(WorkflowError, match="不能"):
        act(item, RectificationAction.VERIFY, "bianzhi", Role.UNIT_EDITOR, WHEN)
    with pytest.raises(WorkflowError, match="整改情况"):
        act(item, RectificationAction.REPORT, "bianzhi", Role.UNIT_EDITOR, WHEN, "  ")
    with pytest.raises(WorkflowError, match="不能"):
        act(item, RectificationAction.REPORT, "caizheng", Role.BUREAU_REVIEWER, WHEN, "代填")


def test_board_counts_overdue_and_signals_the_budget() -> None:
    items = _items()
    done = act(
        act(items[0], RectificationAction.REPORT, "u", Role.UNIT_EDITOR, WHEN, "已改"),
        RectificationAction.VERIFY,
        "b",
        Role.BUREAU_REVIEWER,
        WHEN,
    )
    reported = act(items[1], RectificationAction.REPORT, "u", Role.UNIT_EDITOR, WHEN, "已改")
    rest = items[2:]
    assert rest
    today = date(2024, 4, 15)  # after the deadline
    assert not is_overdue(reported, today) and not is_overdue(done, today)
    assert all(is_overdue(i, today) for i in rest)
    [row] = board([done, reported, *rest], today)
    assert (row.total, row.overdue) == (len(items), len(rest))
    assert row.counts["已核实"] == 1 and row.counts["已整改，待核实"] == 1
    signals = budget_signals([done, reported, *rest], today)
    assert signals[DEPARTMENT][0] == f"{len(rest)}项整改逾期未完成"
    assert budget_signals([done], today) == {}


@given(
    st.lists(
        st.tuples(st.sampled_from(list(RectificationAction)), st.sampled_from(list(Role))),
        max_size=12,
    )
)
def test_no_path_verifies_without_a_report(steps: list[tuple[RectificationAction, Role]]) -> None:
    item = RectificationItem(
        origin="review",
        check="N102",
        title="t",
        message="m",
        department="d",
        year=2024,
        deadline=date(2024, 3, 31),
    )
    for action, role in steps:
        if action in rectification_actions(item.status, role):
            item = act(item, action, "x", role, WHEN, "说明")
    if item.status is RectificationStatus.VERIFIED:
        actions = [e.action for e in item.events]
        assert RectificationAction.REPORT in actions
        assert actions.index(RectificationAction.REPORT) < actions.index(RectificationAction.VERIFY)


def test_the_ledger_lists_items_with_overdue_marked() -> None:
    items = _items()
    reported = act(
        items[0], RectificationAction.REPORT, "u", Role.UNIT_EDITOR, WHEN, "已改为≤25万元"
    )
    sheet = load_workbook(
        io.BytesIO(ledger_bytes([reported, *items[1:]], date(2024, 4, 15)))
    ).active
    assert sheet is not None
    rows = [row for row in sheet.iter_rows(values_only=True) if row[0] in (1, 2, 3)]
    assert [row[2] for row in rows] == ["N106", "W101", "W101"]
    assert rows[0][8] == "已整改，待核实" and rows[0][9] == "已改为≤25万元"
    assert rows[1][8] == "待整改（逾期）"


def _items_in_every_status() -> list[RectificationItem]:
    first, second, third = _items()
    second = act(second, RectificationAction.START, "u", Role.UNIT_EDITOR, WHEN)
    third = act(third, RectificationAction.REPORT, "u", Role.UNIT_EDITOR, WHEN, "已改为≥90%")
    verified = act(third, RectificationAction.VERIFY, "c", Role.BUREAU_REVIEWER, WHEN)
    return [first, second, third, verified]


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_the_ledger_round_trips(fmt: str, tmp_path: Path) -> None:
    items = _items_in_every_status()
    today = date(2024, 4, 15)  # the first two are past their deadline and unanswered
    path = tmp_path / f"整改台账.{fmt}"
    write_ledger(items, today, path, DEPARTMENT)
    [rows] = read_ledger(path)
    assert rows == ledger_rows(items, today)
    assert [(r.status, r.overdue) for r in rows] == [
        (RectificationStatus.PENDING, True),
        (RectificationStatus.IN_PROGRESS, True),
        (RectificationStatus.REPORTED, False),
        (RectificationStatus.VERIFIED, False),
    ]


_WORDS = st.text(alphabet="整改预算执行率不足指标值≥≤%万元0123456789，。（）ab", min_size=1)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.tuples(_WORDS, _WORDS, st.sampled_from(list(Origin)), st.dates()), max_size=6),
    st.dates(),
)
def test_any_ledger_reads_back_from_excel(
    rows: list[tuple[str, str, Origin, date]], today: date
) -> None:
    items = [
        RectificationItem(
            origin=origin,
            check="N102",
            title="t",
            message=message,
            suggestion=suggestion,
            department=DEPARTMENT,
            project=message[:4],
            year=2024,
            deadline=deadline,
        )
        for message, suggestion, origin, deadline in rows
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "台账.xlsx"
        write_ledger(items, today, path)
        assert read_ledger(path) == [ledger_rows(items, today)]


def test_a_wrong_deadline_is_named_by_its_cell(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    write_ledger(_items(), date(2024, 3, 1), path)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet["H4"] = "三月底"
    workbook.save(path)
    with pytest.raises(FormError, match=r"台账\.xlsx.*H4单元格.*“三月底”不是日期"):
        read_ledger(path)
