"""Import leftovers round 14: a cover's labels glued on one line (上海 审计局, 文昌 林业局),
a 监控 report's whole fund paid out (新田镇), a report's title naming its project over a
numbered section heading (岐山)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.cover_labels import cover_fields
from jixiao.importers.mapping.glued import titled_labels, titled_next
from jixiao.importers.mapping.outcome import subject_of
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
SHANGHAI = (
    CORPUS
    / "self_evaluation"
    / (
        "shanghai_ru16-shenjiju-shenji-zhuanxiang-gongzuo-jingfei-pingjia-baogao-disanfang-wenku-cut_2018.txt"
    )
)
XINTIAN = (
    CORPUS
    / "monitoring"
    / ("anhui_ru10-xuanzhou-xintianzhen-xianjie-jiankong-baogao-pinyinmirror-cut_2022.txt")
)
SHANGHAI_LINE = (
    "财政项目支出绩效评价报告 项目名称:2018年上海市审计局审计专项工作经费项目单位:上海市审计局"
    "主管部门:上海市审计局委托单位:上海市审计局评价机构:上海浦江会计师事务所(普通合伙)2019年6月21日"
)
WENCHANG_LINE = (
    "评价类型:□实施过程评价☑完成结果评价项目名称:2017年退耕还林苗圃建设市级配套项目项目单位:"
    "文昌市林业局主管部门:文昌市人民政府评价时间:2018年6月15日至2018年6月25日组织方式:□财政部门"
)


def test_shanghai_cover_cut_at_its_labels() -> None:
    assert cover_fields(SHANGHAI_LINE) == {
        "name": "2018年上海市审计局审计专项工作经费",
        "implementer": "上海市审计局",
        "department": "上海市审计局",
    }


def test_wenchang_cover_of_the_ministry_template() -> None:
    fields = cover_fields(WENCHANG_LINE)
    assert fields["name"] == "2017年退耕还林苗圃建设市级配套项目"
    assert (fields["implementer"], fields["department"]) == ("文昌市林业局", "文昌市人民政府")


def test_a_name_holding_unit_or_department_is_not_cut() -> None:
    unit = "项目名称:市直单位公务用车运行经费项目单位:市机关事务局主管部门:市政府委托单位:某所"
    assert cover_fields(unit)["name"] == "市直单位公务用车运行经费"
    department = "项目名称:主管部门业务培训经费项目单位:市人社局主管部门:市人社局评价机构:某所"
    assert cover_fields(department)["name"] == "主管部门业务培训经费"


def test_labels_out_of_the_templates_order_or_alone_give_nothing() -> None:
    assert cover_fields("项目名称:某经费") == {}
    # 项目单位 after 委托单位 is no template's order: the run ends, its values unbounded
    assert cover_fields("委托单位:市财政局项目单位:某中心") == {}
    # the last value runs on into the text: never taken
    assert "implementer" not in cover_fields("项目名称:某经费主管部门:市财政局项目单位:某中心")
    # a name ending in 项目 before 主管部门, or a 项目主管部门 label: no sure cut, no name
    assert cover_fields("项目名称:博物馆提升改造项目主管部门:市文旅局项目单位:某馆") == {}


_WORDS = st.text(
    alphabet="市县局单位部门主管项目经费专项运行保障年度名称建设", min_size=2, max_size=9
)


@given(name=_WORDS, unit=_WORDS, department=_WORDS)
def test_glued_cover_gives_each_value_back(name: str, unit: str, department: str) -> None:
    """Each value comes back whole, or the run stops before it: never a value cut short.
    A value ending in a longer label's first word ('项目' + '主管部门:') is that label's."""
    line = f"项目名称:{name}项目单位:{unit}主管部门:{department}委托单位:市财政局"
    fields = cover_fields(line)
    wanted = {"name": name, "implementer": unit, "department": department}
    assert fields.items() <= wanted.items() and fields["name"] == name
    if not unit.endswith("项目"):
        assert fields == wanted


def test_shanghai_report_is_named_by_its_cover() -> None:
    (project,) = import_file(SHANGHAI).projects
    assert project.name == "2018年上海市审计局审计专项工作经费"
    assert project.department == "上海市审计局"


def test_xintian_whole_fund_paid_out_is_spent_to_month_12() -> None:
    """'项目资金共157万元,已全部拨付完成' in the report of 1-12月份."""
    (project,) = import_file(XINTIAN).projects
    assert (project.spent, project.through_month) == (157, 12)
    assert project.name == "新田镇吴冲路和枫树路项目"


def _monitoring(tmp_path: Path, sentence: str) -> tuple[object, object, object]:
    path = tmp_path / "t.txt"
    path.write_text(
        "某某路建设项目绩效运行监控报告\n现将1-6月份的绩效运行监控报告如下:\n"
        "1.数量指标:建设里程1公里。\n2.质量指标:项目验收合格率100%。\n"
        f"项目资金共100万元。{sentence}\n",
        encoding="utf-8",
    )
    (project,) = import_file(path).projects
    return project.spent, project.through_month, project.budget_total


def test_paid_out_in_full_only_for_the_whole_budget(tmp_path: Path) -> None:
    assert _monitoring(tmp_path, "项目资金100万元已全部拨付完成。") == (100, 6, 100)
    # a part of the fund paid out is no 执行数 of the whole
    assert _monitoring(tmp_path, "其中一期资金40万元已全部拨付完成。") == (None, None, 100)
    # arrived at the unit is not spent
    assert _monitoring(tmp_path, "项目资金100万元已全部拨付到位。") == (None, None, 100)


def test_report_title_names_the_project_over_a_numbered_heading() -> None:
    titles = ["2023年高龄补贴事后绩效评价报告", "(三)项目绩效目标"]
    assert subject_of(titles) == "2023年高龄补贴"
    # a title of a form of its own still names it
    assert subject_of(["某某路建设项目绩效评价报告", "某某路建设项目绩效目标表"]) == (
        "某某路建设项目绩效目标表"
    )
    assert subject_of(["某某路建设项目绩效评价报告", "(一)绩效目标"]) == "某某路建设项目"
    assert subject_of(["还剩1页未读,继续阅读"]) == "未命名项目"


BAOSHAN = CORPUS / "self_evaluation" / "yunnan_ru7-baoshan-danganju-prose-baogao-cut_2017.txt"


def test_baoshan_two_projects_each_with_its_sections_budget() -> None:
    """(一)…转化经费项目 '争取到…项目资金42万元' beside '截止2013年已安排项目经费380万元' (the
    past years' total), (二)…日常维护项目 '争取到市级财政资金21.44万元'."""
    projects = import_file(BAOSHAN).projects
    assert [(p.name, p.budget_total) for p in projects] == [
        ("馆藏档案全文数字化转化经费项目", 42),
        ("馆藏档案日常维护项目", Decimal("21.44")),
    ]


def _sections(tmp_path: Path, first: str, second: str) -> list[tuple[str, object]]:
    path = tmp_path / "t.txt"
    path.write_text(
        "某局2017年度项目绩效自评报告\n一、项目基本情况\n(一)档案数字化项目\n"
        f"{first}\n(二)档案维护经费\n{second}\n二、绩效目标\n",
        encoding="utf-8",
    )
    return [(p.name, p.budget_total) for p in import_file(path).projects]


def test_sections_pair_each_budget_with_its_own_project(tmp_path: Path) -> None:
    assert _sections(tmp_path, "下达资金42万元。", "下达资金21万元。") == [
        ("档案数字化项目", 42),
        ("档案维护经费", 21),
    ]
    # an amount counted to the report's own year stays a budget: two disagree, none taken
    assert _sections(
        tmp_path, "截止2017年已安排资金380万元,下达资金42万元。", "下达资金21万元。"
    ) == [
        ("档案数字化项目", None),
        ("档案维护经费", 21),
    ]
    # to an earlier year it is the past's total
    assert _sections(tmp_path, "截止2013年已安排资金380万元,下达资金42万元。", "下达资金21万元。")[
        0
    ] == ("档案数字化项目", 42)


def test_sections_named_otherwise_are_one_reports_parts(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(
        "某局2017年度项目绩效自评报告\n一、项目基本情况\n(一)项目概况\n下达资金42万元。\n"
        "(二)绩效目标\n下达资金21万元。\n",
        encoding="utf-8",
    )
    # two budgets and no project's section: no project at all (the same text with project
    # headings gives two, test_sections_pair_each_budget_with_its_own_project)
    assert import_file(path).projects == []


PLAN = CORPUS / "plan"
JIAYUGUAN_HEAD = (
    "省级部门预算项目支出绩效目标表(2023年度)一*级项目名称文化事业发展专项资金二级项目名称"
    "博物馆纪念馆市级免费开放补助资金项目类型新增项目项目分类专项工作经费资金用途业务类项目"
    "主管部门嘉峪关市文化和旅游局项目开始日期2023-01-01项目完成H期2023-12-31项目总投资20万元"
    "中央补助安排0省级财政安排0其他资金20万元预算申报数20万元资金性质一般公共预算"
)
WHERE = SourceRef(file="t.txt")


def test_jiayuguan_head_opened_by_its_title() -> None:
    cells = titled_labels(JIAYUGUAN_HEAD, WHERE)
    assert cells is not None
    pairs = dict(zip([c.text for c in cells[::2]], [c.text for c in cells[1::2]], strict=True))
    assert pairs["二级项目名称"] == "博物馆纪念馆市级免费开放补助资金"
    assert pairs["一级项目名称"] == "文化事业发展专项资金"
    assert pairs["预算申报数"] == "20万元"
    # prose before the labels is no title: the line is no head
    labels = JIAYUGUAN_HEAD.split(")", 1)[1]
    assert titled_labels("根据有关文件要求" + labels, WHERE) is None


def test_second_form_after_the_rows_opened_by_its_title() -> None:
    rows = "满意度指标服务对象满意度服务对象满意度%=99百分比"
    second = (
        "省级部门预算项目支出绩效目标表2023年度一*级项目名称公共文化服务体系建设专项资金"
        "二级项目名称博物馆提升改造项目项目类型新增项目"
    )
    assert titled_next(rows + second, WHERE) == second
    # a title in the rows with no labels after it opens nothing
    assert titled_next(rows + "省级部门预算项目支出绩效目标表说明见附件", WHERE) is None


def test_jiayuguan_two_forms_two_projects() -> None:
    plan = import_file(PLAN / "gansu_jiayuguan-bowuguan-mianfeikaifang_2023.txt")
    first, second = plan.projects
    assert (first.name, first.budget_total, first.department) == (
        "博物馆纪念馆市级免费开放补助资金",
        20,
        "嘉峪关市文化和旅游局",
    )
    assert len(first.indicators) == 7
    # its 项目总投资 is cut from its figure by the line's end: no budget
    assert (second.name, second.budget_total, second.indicators) == ("博物馆提升改造项目", None, [])


def test_second_level_project_name_names_the_project() -> None:
    """南县's 项目绩效年度表: '一级项目名称 | 二级项目名称 | 国有资产出租收入应交税费'."""
    path = PLAN / "hunan_ru12r-nanxian-zhufang-baozhang-zichan-chuzu-niandubiao-pipe-cut_2024.txt"
    (project,) = import_file(path).projects
    assert project.name == "国有资产出租收入应交税费"


XUCHANG = (
    CORPUS
    / "self_evaluation"
    / ("henan_ru15r-xuchang-hehu-shuixi-diaodu-zhengti-ziping-baogao-prose-cut_2022.txt")
)


def test_xuchang_whole_and_its_project() -> None:
    """803.74 = 基本支出 757.49 + 项目支出 46.25; '共有1个项目…项目金额46.00万元。其中:
    河湖水系闸坝工程运行维修经费46.00万元'."""
    projects = import_file(XUCHANG).projects
    assert [(p.name, p.budget_total) for p in projects] == [
        ("许昌市河湖水系水源调度中心", Decimal("803.74")),
        ("河湖水系闸坝工程运行维修经费", 46),
    ]


def _whole_report(tmp_path: Path, whole: str, listed: str) -> list[tuple[str, object]]:
    path = tmp_path / "t.txt"
    path.write_text(
        "某某水利服务中心2022年整体和项目支出绩效自评报告\n"
        f"一是单位整体绩效自评情况:{whole}二是项目绩效自评情况。{listed}\n",
        encoding="utf-8",
    )
    return [(p.name, p.budget_total) for p in import_file(path).projects]


def test_whole_and_projects_only_where_their_sums_hold(tmp_path: Path) -> None:
    whole = "部门预算总金额100万元其中:基本支出70万元,项目支出30万元。"
    listed = "我单位共有2个项目,项目金额30万元。其中:甲经费10万元,乙经费20万元。"
    assert _whole_report(tmp_path, whole, listed) == [
        ("某某水利服务中心", 100),
        ("甲经费", 10),
        ("乙经费", 20),
    ]
    # parts that miss the total, or a part of no spending kind: no whole
    missed = whole.replace("70万元", "60万元")
    assert _whole_report(tmp_path, missed, listed)[0] == ("甲经费", 10)
    other = whole.replace("基本支出", "其他支出")
    assert _whole_report(tmp_path, other, listed)[0] == ("甲经费", 10)
    # a count the list does not hold: no project
    assert _whole_report(tmp_path, whole, listed.replace("共有2个", "共有3个")) == [
        ("某某水利服务中心", 100)
    ]
