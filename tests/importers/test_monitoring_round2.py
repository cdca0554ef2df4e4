"""Import-monitoring round 2: a 监控 report's projects stated as a total and its parts
(:mod:`jixiao.importers.mapping.breakdown_items`), and a report's targets named after
'主要指标是' (:mod:`jixiao.importers.mapping.prose_indicators`)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.breakdown_items import breakdown_items

# a district 医保局's half-year report on a template site, traditional as published
# (corpus: unknown_rm2-yibaoju-zhuanxiang-jiankong-baogao-tradmirror-cut_nd)
MEDICAL = (
    "項目運行績效監控報告 1\n一、項目支出基本情況\n"
    "。ㄒ唬╉椖扛艣r:資金規模共計2535.4萬元,其中:特殊人群醫療保險基金項目資金500萬元,"
    "城鄉居民醫療保險區級配套資金項目資金1740萬元,健康扶貧一站式結算住院醫療救助資金項目資金200萬元,"
    "醫保基金監管、稽核管理運行費項目資金20萬元,醫保內網信息網絡專線服務費資金項目15.4萬元,"
    "城鄉居民基本醫療保險參保籌資代辦工作經費項目資金60萬元。\n"
    "(二)項目實施期限:20xx年。\n"
)

# 长沙市城市建设档案馆 2022 (corpus: hunan_rm2-changsha-chengjian-danganguan-…): the fifth
# part is written '15元', so the parts do not make the 84万元 and none is read
ARCHIVES = (
    "一、项目支出基本情况\n长沙市城市建设档案馆2022年年初专项经费指标总额为84万元,其中:\n"
    "1、档案保护保管(档案事业发展)专项经费指标为36万元,用于对现有档案进行安全有效的保护保管;\n"
    "2、档案保护管理(电费)专项指标为16万元,用于加强档案保护保管;\n"
    "3、档案装具专项指标为12万元,用于声像档案拍摄及纸质档案整理;\n"
    "4、城建档案管理业务系统升级维护专项经费指标为5万元,用于城建档案管理业务系统维护维保;\n"
    "5、城建档案外租库房租赁经费专项指标为15元,用于租赁临时专业库房存放散放档案。\n"
)

# a 城维费 project (赤水, a pinyin-annotated mirror; corpus: guizhou_rm2-chishui-…)
CITY_UPKEEP = (
    "項(xiàng)目績效運(yùn)行監(jiān)控報(bào)告1\n一、項(xiàng)目基本情況\n(一)項(xiàng)目概況\n"
    "為了更好提高居民生活的環(huán)境質(zhì)量,按要求實(shí)施城維費(fèi)項(xiàng)目,主要指標(biāo)是城市道路裝燈率100%,"
    "亮燈率99%,免費(fèi)開放符合條件的社會(huì)公廁34座,城鄉(xiāng)垃圾無害化處理率達(dá)91%以上。\n"
)


def _items(text: str) -> list[tuple[str, Decimal | None]]:
    return [(p.name, p.budget_total) for p in breakdown_items(text)]


def test_parts_adding_up_to_the_stated_total_are_the_projects() -> None:
    assert _items(MEDICAL) == [
        ("特殊人群医疗保险基金", Decimal(500)),
        ("城乡居民医疗保险区级配套资金", Decimal(1740)),
        ("健康扶贫一站式结算住院医疗救助资金", Decimal(200)),
        ("医保基金监管、稽核管理运行费", Decimal(20)),
        ("医保内网信息网络专线服务费", Decimal("15.4")),
        ("城乡居民基本医疗保险参保筹资代办工作经费", Decimal(60)),
    ]


def test_parts_that_do_not_make_the_total_give_nothing() -> None:
    assert _items(ARCHIVES) == []
    # the same list with its fifth part in 万元 makes the total: read, the list numbers off
    assert _items(ARCHIVES.replace("15元", "15万元")) == [
        ("档案保护保管(档案事业发展)", Decimal(36)),
        ("档案保护管理(电费)", Decimal(16)),
        ("档案装具", Decimal(12)),
        ("城建档案管理业务系统升级维护", Decimal(5)),
        ("城建档案外租库房租赁经费", Decimal(15)),
    ]
    # a part left untold: the others are no longer the whole
    assert _items(MEDICAL.replace("共計2535.4萬元", "共計2646.34萬元")) == []


def test_the_report_imports_as_its_projects() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_text(MEDICAL, encoding="utf-8")
        plan = import_file(path)
    assert plan.kind == "monitoring"
    assert [p.budget_total for p in plan.projects] == [
        Decimal(500),
        Decimal(1740),
        Decimal(200),
        Decimal(20),
        Decimal("15.4"),
        Decimal(60),
    ]


def test_targets_named_after_main_indicators_are_read() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_text(CITY_UPKEEP, encoding="utf-8")
        plan = import_file(path)
    assert [(i.level3, i.value) for p in plan.projects for i in p.indicators] == [
        ("城市道路装灯率", "100%"),
        ("亮灯率", "99%"),
        ("免费开放符合条件的社会公厕", "34座"),
        ("城乡垃圾无害化处理率", "91%以上"),
    ]


def test_a_sentence_after_main_indicators_is_no_target() -> None:
    # the figures of a sentence going on about them are not targets
    text = CITY_UPKEEP.replace(
        "主要指標(biāo)是城市道路裝燈率100%,亮燈率99%,免費(fèi)開放符合條件的社會(huì)公廁34座,"
        "城鄉(xiāng)垃圾無害化處理率達(dá)91%以上。",
        "主要指標(biāo)是提升城市管理水平,改善人居環(huán)境,保潔面積達(dá)238萬平方米,群眾普遍認(rèn)可,城市面貌明顯改觀。",
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_text(text, encoding="utf-8")
        plan = import_file(path)
    assert [i for p in plan.projects for i in p.indicators] == []


NAMES = st.lists(
    st.text(alphabet="档案保管维护培训设备购置运行", min_size=2, max_size=8).map(
        lambda n: n + "经费"
    ),
    min_size=2,
    max_size=6,
    unique=True,
)
AMOUNTS = st.decimals(min_value=Decimal("0.1"), max_value=Decimal(5000), places=1)


@given(NAMES, st.data(), st.sampled_from(["项目资金", "专项指标为", ""]))
def test_parts_are_read_exactly_when_they_make_the_total(
    names: list[str], data: st.DataObject, suffix: str
) -> None:
    amounts = [data.draw(AMOUNTS) for _ in names]
    told = sum(amounts, Decimal(0)) + data.draw(st.sampled_from([Decimal(0), Decimal(1)]))
    parts = ",".join(f"{n}{suffix}{a}万元" for n, a in zip(names, amounts, strict=True))
    found = _items(f"资金规模共计{told}万元,其中:{parts}。")
    if told == sum(amounts, Decimal(0)):
        assert found == list(zip(names, amounts, strict=True))
    else:
        assert found == []
