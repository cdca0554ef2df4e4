"""预算数, 执行率 read from the budget lines of real documents, and a 预算数 a reader infers
kept only where the document's own parts (其中：财政拨款, 其他资金) fit it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.budget_parts import parts_agree
from jixiao.importers.mapping.glued_budget import budget_lines
from jixiao.importers.mapping.vocabulary import vocabulary
from jixiao.model.plan import Project

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
AMOUNTS = st.decimals(min_value=Decimal(0), max_value=Decimal(100000), places=2)


def _project(pattern: str) -> Project:
    found = (p for p in CORPUS.glob(f"*/{pattern}*") if not p.name.endswith(".json"))
    return import_file(next(found)).projects[0]


@given(AMOUNTS, AMOUNTS)
def test_a_total_fits_the_parts_it_is_the_sum_of(fiscal: Decimal, other: Decimal) -> None:
    assert parts_agree(fiscal + other, fiscal, other)
    assert parts_agree(fiscal + other, fiscal, None)


@given(AMOUNTS, AMOUNTS, st.decimals(min_value=Decimal("0.05"), max_value=Decimal(99), places=2))
def test_a_total_below_a_part_or_off_their_sum_never_fits(
    fiscal: Decimal, other: Decimal, gap: Decimal
) -> None:
    assert not parts_agree(fiscal + other - gap, fiscal, other)
    assert not parts_agree(fiscal + other + gap, fiscal, other)
    assert not parts_agree(fiscal - gap, fiscal, None)


def test_a_glued_budget_line_gives_the_total_its_parts_fit() -> None:
    # 衡山县储备粮: '年度资金总额194.9194.9100%其中:中央、省、市补助县级资金194.9194.9100%'
    hengshan = _project("hunan_hengshan-chubeiliang")
    assert hengshan.budget_total == Decimal("194.9") == hengshan.budget_adjusted
    assert hengshan.sources["budget_total"].line is not None
    # 襄阳市中心医院: '…年度财政 资金总额10001000100%20…'
    assert _project("hubei_xiangyang-zhongxin-yiyuan").budget_total == Decimal(1000)
    # 中江县水标尺: '年度资金总额:202010100.00%10其中:本年财政拨款2020' — the 其中 line's
    # glued '2020' read as one figure does not fit 20: no 预算数 rather than a doubtful one
    zhongjiang = _project("sichuan_zhongjiang-shuiliju")
    assert zhongjiang.budget_adjusted == Decimal(20)
    assert zhongjiang.budget_total is None


def test_a_priced_label_on_its_own_line_names_the_figure_under_it() -> None:
    # 忠县生猪调出大县: '资金情况 |' / '年度金额(万元): |' / '397 | |||'
    assert _project("chongqing_ru6-zhongxian-shengzhu").budget_total == Decimal(397)
    # 芜湖特殊人群筛查: '项目总预算(万元) 75.00      项目当年预算(万元) 25.00'
    assert _project("anhui_ru8-wuhu-weijianwei").budget_total == Decimal(25)


def test_a_rate_column_marked_in_percent() -> None:
    words = vocabulary()
    assert words.budget_column("执行率(%)") == words.budget_column("预算执行率（%）")
    assert words.budget_column("执行率(%)") == "execution_rate"
    assert words.budget_column("得分(%)") is None
    assert words.budget_column("全年预算数(%)") is None
    # 甘其毛都口岸分局: '执行率(%) |' over '0 | 2.38 | 2.38 | 10 | 100 | 10'
    assert _project("neimenggu_bayannaoer-ganqimaodu").execution_rate == Decimal(1)


def test_a_bare_zero_rate_beside_nothing_spent() -> None:
    # 棠溪镇: '年度资金总额: 0 0 0 10 0 0' — nothing budgeted on the line, nothing spent
    project = _project("anhui_chizhou-guichi-tangxizhen-weituoyewu")
    assert project.spent == 0 and project.execution_rate == 0


def test_a_funds_table_gives_the_total_its_own_lines_add_up_to() -> None:
    # 百色天立学校: '项目资金 (万元) | 合计 | 1800' / '一般公共预算拨款 | 小计 | 1800' /
    # '市本级 | 1800'
    assert _project("guangxi_ru8-baise-jiaoyuju").budget_total == Decimal(1800)
    # 昭化区: '年度资金总额 | 金额(万元)' with no figure, '(一)财政拨款小计 6.30' over its items
    assert _project("sichuan_guangyuan-zhaohua").budget_total == Decimal("6.3")
    assert _project("sichuan_ru8-zhaohua-jikong").budget_total == Decimal(4)


_GRID = "一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 补助人数 | ≥10人\n"


def _funds_text(sources: list[list[Decimal]], total: Decimal | None) -> str:
    head = "项目资金(万元) | 年度资金总额 | 金额(万元)"
    if total is not None:
        head = f"项目资金(万元) | 合计 | {total}"
    lines = ["项目名称 | 某补助项目", head]
    ordinals = "一二三四"
    for at, items in enumerate(sources):
        lines.append(f"({ordinals[at]})第{at + 1}类资金小计 | {sum(items, Decimal(0))}")
        lines += [f"{n + 1}、第{n + 1}项 | {item}" for n, item in enumerate(items)]
    return "\n".join([*lines, "年度目标 | 完成补助发放", _GRID])


SOURCES = st.lists(st.lists(AMOUNTS, min_size=1, max_size=3), min_size=1, max_size=3)


@settings(deadline=None, max_examples=40)  # each example imports a document
@given(SOURCES, st.booleans())
def test_a_funds_table_read_by_its_sums(
    tmp_path_factory: pytest.TempPathFactory, sources: list[list[Decimal]], stated: bool
) -> None:
    whole = sum((sum(items, Decimal(0)) for items in sources), Decimal(0))
    path = tmp_path_factory.mktemp("funds") / "plan.txt"
    path.write_text(_funds_text(sources, whole if stated else None), encoding="utf-8")
    assert import_file(path).projects[0].budget_total == whole


@settings(deadline=None, max_examples=40)
@given(SOURCES, st.decimals(min_value=Decimal("0.05"), max_value=Decimal(50), places=2))
def test_a_funds_table_whose_sums_do_not_hold_is_not_read(
    tmp_path_factory: pytest.TempPathFactory, sources: list[list[Decimal]], gap: Decimal
) -> None:
    whole = sum((sum(items, Decimal(0)) for items in sources), Decimal(0))
    path = tmp_path_factory.mktemp("funds") / "plan.txt"
    path.write_text(_funds_text(sources, whole + gap), encoding="utf-8")
    assert import_file(path).projects[0].budget_total is None


def test_budget_labels_of_other_templates() -> None:
    # 湘潭市环卫处: '年度本级 预算金额 |' / '250万 |'
    assert _project("hunan_xiangtan-huanwei-wupaoche-jiangchen_2023").budget_total == 250
    # 南县疾控: '年度本级预算金额 | 70.00 | 该项目支出上级资金'
    assert _project("hunan_nanxian-jikong-jibengong").budget_total == 70
    # 岳阳县农村公路养护: '計劃安排資金 (萬元) | 700 | 實際到位資金 (萬元) | 7,00.0,77'
    assert _project("hunan_yueyangxian-nongcun-gonglu").budget_total == 700


def test_a_notice_states_the_fund_it_hands_down() -> None:
    # 惠安县: '现将2025年市级财政衔接推进乡村振兴补助(第二批应急救助)资金23.8万元…下达给你们'
    assert _project("fujian_huian-shiji-xianjie").budget_total == Decimal("23.8")
    # 舟山市: '现将义务教育经费保障机制补助经费126.44万元(其中中央直达资金139.71万元…)下达'
    assert _project("zhejiang_ru9-zhoushan-yiwu").budget_total == Decimal("126.44")
    # 陈仓区残联: '现将2023年中央残疾人事业发展补助资金134.39万元下达给你们,其中:一般公共
    # 预算资金50.29万元…' — the fund's whole, not the 一般公共预算 project's 50.29
    assert _project("shaanxi_chencang-canlian").budget_total is None


NAMES = st.sampled_from(["农村饮水安全巩固提升工程", "强制免疫补助", "公共文化服务体系建设补助"])


def _notice(path: Path, name: str, sentences: list[str]) -> Project:
    lines = [*sentences, f"{name}绩效目标表", f"资金名称 | {name}", _GRID]
    path.write_text("\n".join(lines), encoding="utf-8")
    return import_file(path).projects[0]


@settings(deadline=None, max_examples=30)
@given(NAMES, AMOUNTS.filter(lambda a: a > 0), AMOUNTS.filter(lambda a: a > 0))
def test_a_notice_amount_only_when_the_document_states_no_other(
    tmp_path_factory: pytest.TempPathFactory, name: str, first: Decimal, second: Decimal
) -> None:
    path = tmp_path_factory.mktemp("notice") / "plan.txt"
    handed = f"现将{name}资金{first}万元下达给你们。"
    assert _notice(path, name, [handed]).budget_total == first
    earlier = f"上年已安排{name}资金{second}万元。"
    expected = first if first == second else None
    assert _notice(path, name, [handed, earlier]).budget_total == expected


def test_a_glued_budget_line_parted_by_its_unit() -> None:
    # 黄冈市档案馆: '…得分(20分*執行率)年度財政資金總額10萬10萬100%20年度績效指標'
    line = "預算數(A)執行數(B)執行率(B/A)得分(20分*執行率)年度財政資金總額10萬10萬100%20年度"
    (found,) = budget_lines(line)
    assert (found["budget_adjusted"], found["spent"]) == (Decimal(10), Decimal(10))
    assert (found["execution_rate"], found["execution_score"]) == (Decimal(1), Decimal(20))


# a budget line's figures: 预算数, then 执行数 and 执行率 as that share of it
LINES = st.tuples(
    AMOUNTS.filter(lambda a: a >= 1), st.decimals(min_value=Decimal("0.3"), max_value=1, places=2)
).map(lambda pair: _figures(*pair))


def _figures(budget: Decimal, share: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    spent = (budget * share).quantize(Decimal("0.01"))
    return budget, spent, (spent / budget * 100).quantize(Decimal("0.01"))


@given(LINES)
def test_units_between_glued_figures_read_as_the_bare_line(
    line: tuple[Decimal, Decimal, Decimal],
) -> None:
    budget, spent, rate = line
    head = "全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额"
    bare = budget_lines(f"{head}{budget:f} {spent:f} {rate}%其中")
    parted = budget_lines(f"{head}{budget:f}万元{spent:f}万元{rate}%其中")
    assert [r["execution_rate"] for r in parted] == [r["execution_rate"] for r in bare]
    if parted:
        assert parted[0].get("budget_adjusted") in (None, budget)


def test_a_glued_budget_line_per_source_then_their_total() -> None:
    # 蔡甸区森林防火: '資金來源預算數(A)執行數(B)執行率(B/A)一般預算內撥款6363100%合計6363100%'
    line = (
        "預算執行情況(萬元)資金來源預算數(A)執行數(B)執行率(B/A)一般預算內撥款6363100%合計6363100%"
    )
    assert budget_lines(line) == [
        {"execution_rate": Decimal(1), "budget_adjusted": Decimal(63), "spent": Decimal(63)}
    ]
    caidian = _project("hubei_caidian-linyeju-senlin")
    assert (caidian.budget_total, caidian.execution_rate) == (Decimal(63), Decimal(1))


@given(LINES)
def test_the_total_line_after_source_lines_is_the_one_read(
    line: tuple[Decimal, Decimal, Decimal],
) -> None:
    figures = "{:f} {:f} {}%".format(*line)
    head = "预算数(A)执行数(B)执行率(B/A)"
    alone = budget_lines(f"{head}年度资金总额{figures}年度")
    assert budget_lines(f"{head}一般预算拨款{figures}合计{figures}年度") == alone


LINGLING = (
    "年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额"
    "2456.182456.182456.1810100%10按收入性质分:2456.18按支出性质分:2456.18"
)


def test_the_split_the_next_part_states_is_the_one_read() -> None:
    """零陵 疾控: '…年度资金总额2456.182456.182456.1810100%10按收入性质分:2456.18' splits as
    2456.18 | 2456.18 | 2456.18 and as 2456.1 | 82456.1 | 82456.18; the part glued after it
    states 2456.18."""
    (line,) = budget_lines(LINGLING)
    assert (line["budget_adjusted"], line["spent"]) == (Decimal("2456.18"), Decimal("2456.18"))
    assert _project("hunan_lingling-jikong").budget_total == Decimal("2456.18")


def test_counter_example_a_part_no_split_gives_confirms_nothing() -> None:
    # the part states an amount none of the splits has (a 财政拨款 below the total): the
    # readings still differ on the 预算数, so none is taken
    line = LINGLING.replace("按收入性质分:2456.18", "其中:财政拨款:2000")
    (reading,) = budget_lines(line)
    assert "budget_adjusted" not in reading and "spent" not in reading
    assert reading["execution_rate"] == Decimal(1)


@given(LINES)
def test_a_part_stating_the_budget_picks_the_split_that_has_it(
    line: tuple[Decimal, Decimal, Decimal],
) -> None:
    budget, spent, rate = line
    head = "全年预算数全年执行数执行率(万元)年度资金总额"
    glued = f"{head}{budget:f}{spent:f}{rate}%"
    found = budget_lines(f"{glued}其中:财政拨款:{budget:f}")
    assert all(r.get("budget_adjusted") in (None, budget) for r in found)
    assert all(r.get("spent") in (None, spent) for r in found)
