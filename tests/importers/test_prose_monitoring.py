"""A 监控 report telling each project's budget and amount spent in sentences, read only
where its own totals add up (:mod:`jixiao.importers.mapping.prose_monitoring`)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.prose_monitoring import monitored_items

# a unit's half-year 绩效运行监控报告 (corpus: unknown_ru10-jiankong-baogao-zhaotoubiao-…),
# traditional characters as published
REPORT = (
    "績效運行監控報告\n一、項目支出基本情況\n"
    "2023年本單位項目支出預算19.3萬元,1-6月實際支出3.12萬元,預算執行率為16.17%。"
    "公用經費年初45.76萬元,1-6月執行27.13萬元,完成率59.29%。"
    "辦公樓運行經費預算1.1萬元,主要涉及辦公用水支出,截止6月30日止,已執行0.72萬元,完成率65.45%;"
    "保密檔案辦公設備購置費預算2.9萬元,涉及一臺便攜式筆記本電腦和2臺臺式電腦采購支出,執行0元,完成率0%。"
    "招投標辦案工作經費預算15.3萬元,已執行2.4萬元,完成率15.69%。\n"
)


def _items(text: str) -> list[tuple[str, Decimal | None, Decimal | None, int | None]]:
    return [(p.name, p.budget_total, p.spent, p.through_month) for p in monitored_items(text)]


def test_items_the_report_s_totals_confirm_are_its_projects() -> None:
    assert _items(REPORT) == [
        ("办公楼运行经费", Decimal("1.1"), Decimal("0.72"), 6),
        ("保密档案办公设备购置费", Decimal("2.9"), Decimal(0), 6),
        ("招投标办案工作经费", Decimal("15.3"), Decimal("2.4"), 6),
    ]


def test_budgets_that_do_not_add_up_to_the_total_give_nothing() -> None:
    # a fourth 专项 left untold: the three are not the 项目支出 of 19.3
    assert _items(REPORT.replace("預算19.3萬元", "預算25.3萬元")) == []


def test_amounts_spent_that_do_not_add_up_are_not_kept() -> None:
    items = _items(REPORT.replace("實際支出3.12萬元", "實際支出4.12萬元"))
    assert [(name, budget) for name, budget, _, _ in items] == [
        ("办公楼运行经费", Decimal("1.1")),
        ("保密档案办公设备购置费", Decimal("2.9")),
        ("招投标办案工作经费", Decimal("15.3")),
    ]
    assert all(spent is None for _, _, spent, _ in items)


def test_the_report_imports_as_its_projects() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_text(REPORT, encoding="utf-8")
        plan = import_file(path)
    assert plan.kind == "monitoring"
    assert sorted(p.budget_total for p in plan.projects if p.budget_total) == [
        Decimal("1.1"),
        Decimal("2.9"),
        Decimal("15.3"),
    ]


NAMES = st.lists(
    st.text(alphabet="办公楼运行设备购置维修培训", min_size=2, max_size=8).map(
        lambda n: n + "经费"
    ),
    min_size=2,
    max_size=5,
    unique=True,
)
AMOUNTS = st.decimals(min_value=Decimal("0.1"), max_value=Decimal(500), places=1)


@given(NAMES, st.data())
def test_items_are_read_exactly_when_their_total_holds(
    names: list[str], data: st.DataObject
) -> None:
    budgets = [data.draw(AMOUNTS) for _ in names]
    told = "。".join(f"{n}预算{b}万元" for n, b in zip(names, budgets, strict=True))
    total = sum(budgets, Decimal(0))
    read = [(p.name, p.budget_total) for p in monitored_items(f"项目支出预算{total}万元。{told}。")]
    assert read == list(zip(names, budgets, strict=True))
    assert monitored_items(f"项目支出预算{total + 1}万元。{told}。") == []
