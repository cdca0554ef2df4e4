"""Monitoring templates of other provinces, read by rules recognised from the table itself.

* a header naming a period to date (``1-6月份执行数``, ``1—7月执行率``, ``截至6月底执行数``,
  ``截至2023年6月30日完成情况``, ``上半年执行数``) is read as the period's last month and
  what is measured over it — ``1—7月执行率`` is the execution rate, not the amount spent;
* the row of amounts right under the budget columns' header is the budget line even when
  it names no line (a 项目资金 label spanning both rows, or a 合计 that is no field);
* a line of several ``label：value`` pairs separated by spaces (``填报单位：某局　　金额单位：
  万元``) ends each value at the next label.

Each rule has a property test over generated headers or tables, and the real 黄石 监控表
of the corpus still imports as before.
"""

from __future__ import annotations

import html
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.header_block import split_label
from jixiao.importers.mapping.period_to_date import period_to_date
from jixiao.importers.mapping.vocabulary import normalise, through_month, vocabulary
from jixiao.model.plan import DepartmentPlan
from jixiao.monitoring.imported import likelihood
from jixiao.monitoring.model import Likelihood
from tests.monitoring.word_tables import write_docx

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "monitoring"

SPENT_WORDS = ["执行数", "支出数", "执行金额", "预算执行数", "实际支出"]
RATE_WORDS = ["执行率", "预算执行率", "支出进度", "执行进度"]
ACTUAL_WORDS = ["完成值", "完成情况", "执行情况", "实际完成值", "指标完成情况"]
DASHES = ["-", "—", "–", "~", "至", "－"]


@st.composite
def periods(draw: st.DrawFn) -> tuple[str, int]:
    """A period to date as templates write it, and its last month."""
    month = draw(st.integers(1, 12))
    form = draw(st.sampled_from(["range", "until", "until-day", "named"]))
    if form == "range":
        dash = draw(st.sampled_from(DASHES))
        return f"1{dash}{month}月{draw(st.sampled_from(['', '份']))}", month
    year = draw(st.sampled_from(["", "2023年", "2021年"]))
    if form == "until":
        end = draw(st.sampled_from(["底", "末", ""]))
        return f"{draw(st.sampled_from(['截至', '截止']))}{year}{month}月{end}", month
    if form == "until-day":
        return f"截至{year}{month}月{draw(st.integers(1, 31))}日", month
    word, named = draw(st.sampled_from([("上半年", 6), ("半年度", 6), ("前三季度", 9)]))
    return word, named


@given(
    period=periods(),
    measure=st.sampled_from(["spent", "rate", "actual"]),
    data=st.data(),
)
def test_a_period_to_date_header_is_its_month_and_its_measure(
    period: tuple[str, int], measure: str, data: st.DataObject
) -> None:
    words = {"spent": SPENT_WORDS, "rate": RATE_WORDS, "actual": ACTUAL_WORDS}[measure]
    word = data.draw(st.sampled_from(words))
    filler = data.draw(st.sampled_from(["", "累计"]))
    unit = data.draw(st.sampled_from(["", "(万元)", "（%）"])) if measure != "actual" else ""
    spaced = data.draw(st.booleans())
    text, month = period
    header = f"{text}{filler}{word}{unit}"
    if spaced:
        header = " ".join(header)  # "1 - 6 月 执 行 数": letter-spaced headers
    found = period_to_date(normalise(header))
    assert found is not None and (found.month, found.measure) == (month, measure), header
    assert through_month(header) == month
    budget = vocabulary().budget_column(header)
    assert budget == {"spent": "spent", "rate": "execution_rate", "actual": None}[measure]
    if measure == "actual":
        assert vocabulary().role_of(header) == "actual"


@given(st.sampled_from(["全年预计执行数", "全年执行数", "年初预算数", "执行率", "全年预算数"]))
def test_whole_year_headers_name_no_period_to_date(header: str) -> None:
    assert period_to_date(normalise(header)) is None
    assert through_month(header) is None


@given(st.integers(13, 99), st.sampled_from(SPENT_WORDS))
def test_a_month_past_december_is_no_period(month: int, word: str) -> None:
    assert period_to_date(f"1-{month}月{word}") is None


# -- the budget line without a label ----------------------------------------------------

AMOUNTS = st.decimals(min_value=1, max_value=99999, places=2, allow_nan=False)


def _html(rows: list[list[tuple[str, int]]], title: str) -> str:
    """Rows of (text, rowspan) cells as a page's HTML table."""
    body = "".join(
        "<tr>"
        + "".join(
            f'<td rowspan="{span}">{html.escape(text)}</td>'
            if span > 1
            else f"<td>{html.escape(text)}</td>"
            for text, span in row
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'<html><head><meta charset="utf-8"></head><body><p>{html.escape(title)}</p>'
        f"<table border=1>{body}</table></body></html>"
    )


def _pipes(rows: list[list[tuple[str, int]]], title: str) -> str:
    """The same rows as a page's text renders them: cells between bars, a spanned cell
    only on its first row."""
    return "\n".join([title, *(" | ".join(text for text, _ in row) + " |" for row in rows)])


def _figure(value: Decimal) -> str:
    return f"{value:,.2f}" if value >= 1000 else f"{value:.2f}"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    budget=AMOUNTS,
    share=st.integers(0, 100),
    period=periods(),
    word=st.sampled_from(SPENT_WORDS),
    label=st.sampled_from(["spanning", "合计", "none"]),
    page=st.sampled_from(["html", "txt"]),
)
def test_the_amounts_under_the_budget_header_are_the_budget_line(
    tmp_path: Path,
    budget: Decimal,
    share: int,
    period: tuple[str, int],
    word: str,
    label: str,
    page: str,
) -> None:
    spent = (budget * share / 100).quantize(Decimal("0.01"))
    rate = f"{share}.00%"
    text, month = period
    header = [("全年预算数", 1), (f"{text}{word}", 1), ("执行率", 1)]
    values = [(_figure(budget), 1), (_figure(spent), 1), (rate, 1)]
    if label == "spanning":
        header, values = [("项目资金", 2), *header], values
    elif label == "合计":
        header, values = [("预算执行情况（万元）", 1), *header], [("合计", 1), *values]
    rows = [
        [("项目名称", 1), ("乡村道路养护", 1), ("主管部门", 1), ("某县交通运输局", 1)],
        header,
        values,
        [
            ("一级指标", 1),
            ("二级指标", 1),
            ("三级指标", 1),
            ("年度指标值", 1),
            (f"{text}完成值", 1),
            ("全年预计完成值", 1),
        ],
        [
            ("产出指标", 1),
            ("数量指标", 1),
            ("养护里程", 1),
            ("≥150公里", 1),
            ("70公里", 1),
            ("150公里", 1),
        ],
    ]
    path = tmp_path / f"监控{month}{share}{label}.{page}"
    render = _html if page == "html" else _pipes
    path.write_text(render(rows, "2023年项目绩效运行监控表"), encoding="utf-8")
    plan = import_file(path)
    assert plan.kind == "monitoring"
    (project,) = plan.projects
    assert project.through_month == month
    assert (project.budget_adjusted, project.spent) == (budget, spent)
    assert project.execution_rate == Decimal(share) / 100
    (indicator,) = project.indicators
    assert (indicator.level3, indicator.actual, indicator.expected) == (
        "养护里程",
        "70公里",
        "150公里",
    )


def _import_lines(lines: list[str]) -> DepartmentPlan:
    """The page text ``lines`` imported from a file of their own."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "监控表.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        return import_file(path)


def _spent_40_of_100(progress_header: str) -> list[str]:
    """A 监控表 whose budget line (全年预算数 | 执行数) names no period, as pipe rows."""
    return [
        "项目名称 | 乡村道路养护 | 主管部门 | 某县交通运输局 |",
        "项目资金 | 全年预算数 | 执行数 | 执行率 |",
        "年度资金总额 | 100 | 40 | 40% |",
        f"一级指标 | 二级指标 | 三级指标 | 年度指标值 | {progress_header} | 全年预计完成值 |",
        "产出指标 | 数量指标 | 养护里程 | ≥150公里 | 70公里 | 150公里 |",
    ]


@settings(max_examples=25, deadline=None)
@given(period=periods(), word=st.sampled_from(ACTUAL_WORDS))
def test_the_grid_names_the_month_when_the_budget_line_does_not(
    period: tuple[str, int], word: str
) -> None:
    """全年预算数 | 执行数 | 执行率 above a grid whose to-date column is '1-6月完成值'."""
    text, month = period
    rows = _spent_40_of_100(f"{text}{word}")
    (project,) = _import_lines(["2023年项目绩效运行监控表", *rows]).projects
    assert (project.spent, project.through_month) == (Decimal(40), month)
    assert [i.actual for i in project.indicators] == ["70公里"]


@settings(max_examples=25, deadline=None)
@given(
    period=periods(),
    form=st.sampled_from(["（2023年{}）", "监控期间：2023年{}", "2023年{}绩效监控表"]),
)
def test_a_dating_line_gives_the_month_when_no_column_names_it(
    period: tuple[str, int], form: str
) -> None:
    """全年预算数 | 执行数 and 实际完成值 name no period; the line above the table does."""
    text, month = period
    plan = _import_lines(["项目绩效运行监控表", form.format(text), *_spent_40_of_100("实际完成值")])
    (project,) = plan.projects
    assert (plan.kind, project.spent, project.through_month) == ("monitoring", Decimal(40), month)


CAUSES = st.sampled_from(["", "", "雨季影响施工", "部分资金未到位", "半年调查样本较少"])


@settings(max_examples=25, deadline=None)
@given(
    answers=st.lists(
        st.tuples(CAUSES, st.sampled_from(["确定能", "有可能", "不可能"])), min_size=1, max_size=4
    )
)
def test_a_likelihood_moved_early_by_a_dropped_cause_cell_is_read_as_such(
    answers: list[tuple[str, str]],
) -> None:
    """Pipe rows drop the empty 偏差原因 cell and pad the row at its end: the 确定能 that
    lands under 偏差原因 is the 完成目标可能性, a written cause stays the cause."""
    header = (
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-6月完成值 | 全年预计完成值 | "
        "偏差原因分析 | 完成目标可能性 | 备注 |"
    )
    rows = [
        " | ".join(
            c
            for c in ["产出指标", "数量指标", f"指标甲{n}", "≥10个", "5个", "10个", cause, answer]
            if c
        )
        + " | "
        + "|" * (2 if cause else 3)
        for n, (cause, answer) in enumerate(answers)
    ]
    lines = ["2023年项目绩效运行监控表", "项目名称 | 乡村道路养护 |", header, *rows]
    (project,) = _import_lines(lines).projects
    got = [(i.deviation, i.likelihood) for i in project.indicators]
    assert got == [(cause or None, answer) for cause, answer in answers]


# -- several label：value pairs on one line ---------------------------------------------

LABELS = st.sampled_from(["填报单位", "主管部门", "实施单位", "项目名称"])
VALUES = st.text(alphabet="某市县区农业交通教育卫生健康局中心", min_size=2, max_size=12)
TRAILERS = st.sampled_from(
    ["金额单位：万元", "单位：元", "填报日期：2023年7月10日", "联系人：张三"]
)


@given(LABELS, VALUES, TRAILERS, st.sampled_from(["　　", "    ", " \u3000", "\t"]))
def test_a_value_ends_at_the_next_label_after_spaces(
    label: str, value: str, trailer: str, gap: str
) -> None:
    raw = f"{label}：{value}{gap}{trailer}"
    found = split_label(normalise(raw), raw)
    assert found is not None and found[1] == value


def test_a_value_with_inner_spaces_and_no_next_label_is_kept_whole() -> None:
    raw = "项目名称：城区 环卫 保洁"
    assert split_label(normalise(raw), raw) == ("name", "城区环卫保洁")


# -- a whole template, in Word --------------------------------------------------------

# 项目支出绩效目标执行监控表 as 财预〔2019〕136号 draws it (1—7月), one row a line
CENTRAL = [
    [cell.strip() for cell in row.split("|")]
    for row in """\
项目名称 | 教师培训经费
主管部门及代码 | [201]某县教育局 | 实施单位 | 某县教师发展中心
项目资金（万元） | 年初预算数 | 1—7月执行数 | 1—7月执行率 | 偏差原因分析 | 完成目标可能性
年度资金总额 | 100 | 45 | 45% |  | 确定能
其中：财政拨款 | 100 | 45 | 45%
一级指标|二级指标|三级指标|年度指标值|1—7月执行情况|全年预计完成情况|偏差原因分析|完成目标可能性
产出指标 | 数量指标 | 培训人次 | ≥500人次 | 260人次 | 520人次 |  | 确定能
满意度指标|服务对象满意度指标|参训教师满意度|≥90%|88%|92%|部分教师尚未参训|有可能\
""".splitlines()
]


def test_the_central_template_reads_its_rate_apart_from_the_amount(tmp_path: Path) -> None:
    title = ["项目支出绩效目标执行监控表", "（2020年度）"]
    plan = import_file(write_docx(tmp_path / "执行监控表.docx", title, [CENTRAL]))
    assert (plan.kind, plan.year) == ("monitoring", 2020)
    (project,) = plan.projects
    assert project.department == "某县教育局"
    assert (project.budget_initial, project.spent, project.execution_rate) == (
        Decimal(100),
        Decimal(45),
        Decimal("0.45"),
    )
    assert project.through_month == 7
    got = [(i.level3, i.actual, i.expected, i.deviation) for i in project.indicators]
    assert got == [
        ("培训人次", "260人次", "520人次", None),
        ("参训教师满意度", "88%", "92%", "部分教师尚未参训"),
    ]
    assert [likelihood(i.likelihood) for i in project.indicators] == [
        Likelihood.CERTAIN,
        Likelihood.POSSIBLE,
    ]


def test_a_yes_no_answer_is_a_likelihood() -> None:
    assert [likelihood(w) for w in ("能", "不能", "是", "否", "能否")] == [
        Likelihood.CERTAIN,
        Likelihood.IMPOSSIBLE,
        Likelihood.CERTAIN,
        Likelihood.IMPOSSIBLE,
        None,
    ]


def test_the_real_huangshi_table_still_reads_its_half_year_spending() -> None:
    plan = import_file(CORPUS / "hubei_huangshi-wenwuju-shenyi-jiankong_2019.txt")
    (project,) = plan.projects
    assert (plan.kind, plan.year) == ("monitoring", 2019)
    assert (project.budget_initial, project.spent, project.through_month) == (
        Decimal(220),
        Decimal("87.57"),
        6,
    )
    assert project.spend_forecast is None
