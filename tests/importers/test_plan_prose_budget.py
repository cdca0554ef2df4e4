"""A plan told in prose (a notice, a 目标公示) takes the budget a label states in its
sentences, never a bare '预算' pricing a part nor an allocation
(:func:`jixiao.importers.mapping.prose_stated_budget.read_stated_budget` with ``plan``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Paragraph
from jixiao.importers.mapping.prose_stated_budget import read_stated_budget
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "plan"
# 巫溪县住建委's notice (corpus: chongqing_wuxi-zhujianwei-weifang-gaizao_2025)
WUXI = (
    "根据《重庆市财政局关于提前下达2025年农村危房改造补助资金预算的通知》要求,"
    "2025年农村危房改造项目资金预算484.45万元提前下达给你们。具体有关要求如下。"
)
# 江津区鼎山街道's 项目概况 pricing its parts (corpus: chongqing_ru9-jiangjin-…): its
# 预算数 is 2243.02, stated in the form, not here
JIANGJIN = (
    "项目概况本项目主要用于维护老集镇1个,标准5万元/年;背街小巷市政设施维护80万元;"
    "黄桷树长廊占地补偿1908株、单价37元/株,补上年未纳入预算38.01万元;"
)


def _read(text: str) -> Decimal | None:
    project = Project(name="项目")
    read_stated_budget(
        [project], [Paragraph(raw=text, source=SourceRef("t.txt", line=1))], plan=True
    )
    return project.budget_total


def test_a_labelled_budget_in_a_plan_s_prose_is_read() -> None:
    assert _read(WUXI) == Decimal("484.45")


def test_a_bare_budget_word_pricing_a_part_is_not_read() -> None:
    assert _read(JIANGJIN) is None


def test_an_allocation_is_not_a_plan_s_budget() -> None:
    # '安排…资金30万元' allots money; in a plan's prose it may be any part of it
    assert _read("安排同心县2025年设施农业技术培训资金30万元。") is None


def test_a_plan_s_prose_gives_no_amount_spent() -> None:
    project = Project(name="项目")
    text = "根据财政预算安排,全年预算数为 362万元,执行数为362万元。"
    read_stated_budget(
        [project], [Paragraph(raw=text, source=SourceRef("t.txt", line=1))], plan=True
    )
    assert (project.budget_total, project.spent, project.execution_rate) == (
        Decimal(362),
        None,
        None,
    )


def test_real_plans_take_their_prose_budget() -> None:
    wuxi = import_file(next(CORPUS.glob("chongqing_wuxi-zhujianwei-weifang-gaizao_2025.txt")))
    assert [p.budget_total for p in wuxi.projects] == [Decimal("484.45")]
    jiangjin = import_file(next(CORPUS.glob("chongqing_ru9-jiangjin-dingshan*.txt")))
    assert all(p.budget_total != Decimal("38.01") for p in jiangjin.projects)


def test_a_labelled_part_of_a_larger_amount_is_not_the_plan_s_budget() -> None:
    # 陈仓区残联's notice: '一般公共预算资金' labels one part of the fund handed down
    text = (
        "现将2023年中央残疾人事业发展补助资金134.39万元下达给你们,其中:一般公共预算资金"
        "50.29万元、中央专项彩票公益金支持残疾人事业发展补助资金84.1万元。"
    )
    assert _read(text) is None
