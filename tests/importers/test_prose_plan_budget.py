"""A plan told in prose with no project read gets the project its title names where its
prose states one labelled budget (``prose_report.read_plan_budget``); a monitoring
report of one project its labelled budget; the 年度 budget label of a 批复表 beside its
中期 one (东莞)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Paragraph
from jixiao.importers.mapping.prose_report import read_plan_budget
from jixiao.importers.mapping.prose_stated_budget import read_stated_budget
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

PLANS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "plan"
MONITORING = PLANS.parent / "monitoring"
XINTIAN = "anhui_ru10-xuanzhou-xintianzhen-xianjie-jiankong-baogao-pinyinmirror-cut_2022"
ZHANGGONG = "jiangxi_ru11-zhanggong-linye-youhai-shengwu-fangzhi-mubiao-gongshi-prose_2019"
GUANGDE = "anhui_ru9-guangde-lucunxiang-shuiyuandi-baohu-prose-cut_2022"
DONGGUAN = "guangdong_dongguan-jiaotong-zhenji-lianwanglu-pifubiao-zhongqi-niandu_2019"


def _lines(*texts: str) -> list[Paragraph]:
    return [Paragraph(text, SourceRef(file="t.txt", line=n)) for n, text in enumerate(texts, 1)]


def test_plans_told_in_prose_get_their_project_and_budget() -> None:
    """章贡: '全年预算数为 362万元'; 广德: '(6)年度预算安排:500万元。'."""
    for stem, budget, line in (
        (ZHANGGONG, Decimal(362), "全年预算数为 362万元"),
        (GUANGDE, Decimal(500), "年度预算安排:500万元"),
    ):
        (project,) = import_file(PLANS / f"{stem}.txt").projects
        assert project.budget_total == budget, stem
        assert line in (project.sources["budget_total"].raw or ""), stem
        assert project.name, stem


def test_counter_example_no_project_where_the_prose_counts_several_or_only_allots() -> None:
    budget = "根据财政预算安排,全年预算数为 362万元,执行数为362万元。"
    assert read_plan_budget([], _lines("实施项目共15个。", budget), "某某项目公示") == []
    assert read_plan_budget([], _lines(budget), "") == []  # no title to name it by
    # 同心: an allocation, no budget label ('安排…资金30万元')
    allotted = "安排同心县2025年设施农业技术培训资金30万元。"
    assert read_plan_budget([], _lines(allotted), "同心县2025年设施农业技术培训项目") == []
    (project,) = read_plan_budget([], _lines(budget), "章贡区林业有害生物防治项目")
    assert project.budget_total == Decimal(362)


def test_dongguan_year_budget_beside_the_midterm_one() -> None:
    """'中期市财政预算(万元) | 284500.00 | 本年度申请市财政预算资金(万元) | 919.00': the
    year's; the 中期 amount is never the 预算数."""
    (project,) = import_file(PLANS / f"{DONGGUAN}.txt").projects
    assert project.budget_total == Decimal(919)


def test_a_monitoring_report_of_one_project_gets_its_labelled_budget() -> None:
    """新田镇's report in a pinyin mirror: '項(xiàng)目資金共157萬元,已全部撥付完成。' —
    the mirror's pinyin taken out, 项目资金 with its total word is the budget."""
    (project,) = import_file(MONITORING / f"{XINTIAN}.txt").projects
    assert project.budget_total == Decimal(157)
    assert "157" in (project.sources["budget_total"].raw or "")


def test_counter_example_a_monitoring_line_naming_no_total_or_allotting_is_none() -> None:
    """'…项目资金42万元' names one of several projects' funds (no total word); a 下达
    sentence allots, it labels no budget."""
    for line in ("转化经费项目资金42万元,已执行30万元。", "现下达项目资金157万元给你镇。"):
        project = Project(name="某项目")
        read_stated_budget([project], _lines(line), plan=True)
        assert project.budget_total is None, line
