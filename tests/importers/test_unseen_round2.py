"""Layouts met on the second held-out round (``import-unseen-2`` in the corpus notes),
each read by a general rule tested on generated input (hypothesis) and on the real
document that showed it:

* a Word document without tables whose paragraphs hold bar-separated text
  (``a | b | c``, what LibreOffice makes of a .txt): read as a text table;
* a total row (``合计 | 100``) under the grid: not an indicator;
* a sign written in words inside a prose target (``…(≥**平方米)大于等于10157.6平方米``):
  part of the value, not of the name;
* a glued row whose value is a list of figures (``全年检测次数自愿咨询检测1000人次以上,…``):
  its name cannot be cut from the list, so it is not read (nothing invented);
* a page's breadcrumb (``当前位置:首页>…>财政预决算公开>…``): not a title deciding the kind;
* a 批复表 rendered as a tree, one cell per line (label / label / name / value …):
  names read under their labels, a name wrapped around its value joined;
* the pre-2018 Fujian 目标表 (一级 column headed 绩效目标, rows numbered 目标N);
* a report's items followed by '指标完成率100%', under a heading '2.效益指标完成情况';
* a self-evaluation's outcome table glued into a report's line (target, actual, rate).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Paragraph
from jixiao.importers.mapping.glued import split_glued
from jixiao.importers.mapping.glued_outcomes import glued_outcome_rows
from jixiao.importers.mapping.kinds import titles_of
from jixiao.importers.mapping.listed_indicators import listed_indicators
from jixiao.importers.mapping.prose_indicators import ProseIndicators
from jixiao.importers.mapping.year import stated_year
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import CORPUS, measure_stem

SOURCE = SourceRef(file="generated.txt")
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NAME = st.text(alphabet="路灯桥梁树苗学校车辆培训覆盖发放补助维修", min_size=2, max_size=12)
NUMBER = st.integers(1, 99999)
UNIT = st.sampled_from(["人", "次", "%", "万元", "平方米", "册"])


def _indicators(path: Path) -> list[tuple[str, str, str | None]]:
    plan = import_file(path)
    return [(i.level3, i.value, i.actual) for p in plan.projects for i in p.indicators]


def _pipe_text(rows: list[tuple[str, int, str, int]]) -> list[str]:
    lines = [
        "项目支出绩效自评表(2023年度)",
        "项目名称 | 道路维修 |",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
    ]
    lines += [f"产出指标 | 数量指标 | {n} | ≥{v}{u} | {a}{u} | 10 | 10 |" for n, v, u, a in rows]
    return lines


@SETTINGS
@given(
    rows=st.lists(
        st.tuples(NAME, NUMBER, UNIT, NUMBER), min_size=1, max_size=5, unique_by=lambda r: r[0]
    )
)
def test_docx_paragraphs_with_bars_read_as_the_text_would(
    rows: list[tuple[str, int, str, int]], tmp_path: Path
) -> None:
    lines = _pipe_text(rows)
    text_path = tmp_path / "table.txt"
    text_path.write_text("\n".join(lines), encoding="utf-8")
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    docx_path = tmp_path / "table.docx"
    document.save(str(docx_path))
    from_docx = _indicators(docx_path)
    assert from_docx == _indicators(text_path)
    assert from_docx == [(n, f"≥{v}{u}", f"{a}{u}") for n, v, u, a in rows]


def test_docx_with_a_real_table_is_not_read_as_text(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("说明 | 见下表 | 单位:万元")
    document.add_paragraph("备注 | 无")
    table = document.add_table(rows=2, cols=3)
    for col, text in enumerate(["三级指标", "指标值", "一级指标"]):
        table.cell(0, col).text = text
    path = tmp_path / "mixed.docx"
    document.save(str(path))
    from jixiao.importers.docx_reader import read_docx_blocks

    blocks = read_docx_blocks(path)
    assert [b.raw for b in blocks if isinstance(b, Paragraph)][:2] == [
        "说明 | 见下表 | 单位:万元",
        "备注 | 无",
    ]  # paragraphs stay paragraphs beside a Word table


@SETTINGS
@given(
    rows=st.lists(st.tuples(NAME, NUMBER, UNIT), min_size=1, max_size=4, unique_by=lambda r: r[0]),
    closing=st.sampled_from(
        [
            "合计 | 100 | |",
            "总分 | 100 | |",
            "总计 | 100 | |",
            # round 3: a form label awaiting its entry (the next table's, or a note)
            "满意度指标 | 服务对象满意度指标 | 项目责任人: | 单位(盖章): |",
            "填报人: | 单位(盖章): |",
            "注: 1.其他资金是指单位自有资金 | |",
        ]
    ),
)
def test_total_row_is_not_an_indicator(
    rows: list[tuple[str, int, str]], closing: str, tmp_path: Path
) -> None:
    lines = ["项目支出绩效目标表(2024年度)", "一级指标 | 二级指标 | 三级指标 | 指标值 |"]
    lines += [f"产出指标 | 数量指标 | {n} | {v}{u} |" for n, v, u in rows]
    lines.append(closing)
    path = tmp_path / "total.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _indicators(path) == [(n, f"{v}{u}", None) for n, v, u in rows]


@SETTINGS
@given(
    items=st.lists(st.tuples(NAME, NUMBER, UNIT), min_size=1, max_size=4, unique_by=lambda i: i[0]),
    sign=st.sampled_from(["大于等于", "不低于", "不少于", "小于等于", "不超过"]),
)
def test_sign_words_belong_to_the_prose_value(items: list[tuple[str, int, str]], sign: str) -> None:
    prose = ProseIndicators()
    body = ";".join(f"{n}{sign}{v}{u}" for n, v, u in items)
    prose.read(f"数量指标:{body}。", SOURCE, simplify=False)
    assert [(i.level3, i.value) for i in prose.indicators] == [
        (n, f"{sign}{v}{u}") for n, v, u in items
    ]


@SETTINGS
@given(name=NAME, parts=st.lists(st.tuples(NAME, NUMBER, UNIT), min_size=2, max_size=4))
def test_glued_value_list_is_not_cut_into_a_name(
    name: str, parts: list[tuple[str, int, str]]
) -> None:
    listed = ",".join(f"{what}{n}{u}以上" for what, n, u in parts)
    assert split_glued(f"产出指标数量指标{name}{listed}", SOURCE) is None
    single = split_glued(f"产出指标数量指标{name}{parts[0][1]}{parts[0][2]}以上", SOURCE)
    assert single is not None and single[-2].text == name


def test_breadcrumb_is_not_a_title() -> None:
    crumb = Paragraph(raw="当前位置:首页 > 主动公开 > 财政预决算公开 > 部门预算", source=SOURCE)
    title = Paragraph(raw="某单位2020年项目绩效目标批复表", source=SOURCE)
    assert titles_of([crumb, title]) == ["某单位2020年项目绩效目标批复表"]


def test_real_round2_documents() -> None:
    daying = measure_stem("sichuan_daying-sifaju-anke-tidai-pipe-midtable-xingzhi_2023")
    assert (daying.found, daying.actual_found, daying.invented) == (1, 1, [])
    tongxin = measure_stem("ningxia_tongxin-xiamaguan-shangyuan-renju-prose-dayudengyu-cut_2022")
    assert (tongxin.found, tongxin.invented) == (1, [])
    qidong = measure_stem("hunan_qidong-jikong-zhengti-glued-yishang_2024")
    assert (qidong.found, qidong.invented) == (2, [])
    shizuishan = measure_stem("ningxia_shizuishan-jikong-yimiao-pifubiao-indent-cellperline_2020")
    assert (shizuishan.found, shizuishan.invented) == (13, [])
    assert shizuishan.kind_ok and shizuishan.year_ok
    # a Hunan 自评报告 cover (评价方式:部门(单位)绩效自评) cut before its tables
    assert _kind_ok("hunan_yueyangxian-nongcun-gonglu-yanghu-tradmirror-zhichumingxi-cut_2020")


def _kind_ok(stem: str) -> bool:
    return measure_stem(stem).kind_ok


def test_real_pipe_document_as_word(tmp_path: Path) -> None:
    stem = "sichuan_daying-sifaju-anke-tidai-pipe-midtable-xingzhi_2023"
    text = next(CORPUS.glob(f"*/{stem}.txt")).read_text(encoding="utf-8")
    document = Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "daying.docx"
    document.save(str(path))
    assert ("成本控制数", "≤30万元", "完成") in _indicators(path)


LEVEL2 = st.sampled_from(["数量指标", "质量指标(必填)", "时效指标(必填硬性指标)", "社会效益指标"])
LISTED_VALUE = st.builds(
    lambda sign, n, unit: f"{sign}{n}{unit}",
    st.sampled_from(["", "≥", "≤"]),
    NUMBER,
    st.sampled_from(["%", "人", "次", "万元"]),
)


@SETTINGS
@given(
    groups=st.lists(
        st.tuples(LEVEL2, st.lists(st.tuples(NAME, LISTED_VALUE), min_size=1, max_size=3)),
        min_size=1,
        max_size=3,
    ),
    indent=st.booleans(),
)
def test_listed_tree_reads_names_and_values(
    groups: list[tuple[str, list[tuple[str, str]]]], indent: bool
) -> None:
    pad = "    " if indent else ""
    lines = ["某单位2020年项目绩效目标批复表", "项目", "指标值", "某项目", "3000000", "产出指标"]
    want = []
    for level2, items in groups:
        lines.append(pad + level2)
        for name, value in items:
            lines += [pad * 2 + name, value]
            want.append(("产出指标", level2, name, value))
    got = listed_indicators([(line, SOURCE) for line in lines])
    assert [(i.level1, i.level2, i.level3, i.value) for i in got] == want


def test_listed_tree_needs_a_level2_and_a_unit() -> None:
    lines = ["某单位", "资金总额", "3000000", "产出指标", "数量指标", "组织实施", "10", "管理制度"]
    assert listed_indicators([(line, SOURCE) for line in lines]) == []


def test_listed_tree_name_wrapped_around_its_value() -> None:
    lines = ["产出指标", "数量指标", "各种强制免率、屠宰率", "100%", "及检疫率", "附件下载:"]
    got = listed_indicators([(line, SOURCE) for line in lines])
    assert [(i.level3, i.value) for i in got] == [("各种强制免率、屠宰率及检疫率", "100%")]


@SETTINGS
@given(
    groups=st.lists(
        st.tuples(
            st.sampled_from([("投入", "成本目标"), ("产出", "数量目标"), ("产出", "质量目标")]),
            st.lists(st.tuples(NAME, LISTED_VALUE), min_size=1, max_size=3),
        ),
        min_size=1,
        max_size=3,
    ),
    numbered=st.booleans(),
)
def test_unnamed_level1_column_and_numbering_cells(
    groups: list[tuple[tuple[str, str], list[tuple[str, str]]]], numbered: bool, tmp_path: Path
) -> None:
    """Pre-2018 Fujian 目标表: the 一级 column headed 绩效目标, rows numbered 目标N."""
    lines = ["2017年财政支出项目绩效目标表", "绩效目标 评价指标 绩效内容 绩效标准 全年绩效目标"]
    want = []
    for (level1, level2), items in groups:
        for n, (name, value) in enumerate(items, start=1):
            lead = f"{level1} {level2} " if n == 1 else ""
            number = f"目标{n} " if numbered else ""
            lines.append(f"{lead}{number}{name} 按标准执行 {value}")
            want.append((name, value))
    path = tmp_path / "fujian.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert [(n, v) for n, v, _ in _indicators(path)] == want


def test_real_unnamed_level1_column() -> None:
    taibao = measure_stem("fujian_shengtailian-taibao-pingjiazhibiao-jixiaobiaozhun_2017")
    assert (taibao.found, taibao.invented) == (4, [])


@SETTINGS
@given(
    heading=st.sampled_from(["2.效益指标完成情况", "(三)满意度指标完成情况", "产出指标完成情况"]),
    items=st.lists(
        # (a name before a qualitative target is at least four characters)
        st.tuples(
            st.text(alphabet="路灯桥梁树苗学校车辆培训覆盖发放补助维修", min_size=4, max_size=12),
            st.one_of(LISTED_VALUE, st.sampled_from(["逐年提升", "稳步提高"])),
        ),
        min_size=1,
        max_size=4,
        unique_by=lambda i: i[0],
    ),
    stray=st.tuples(NAME, LISTED_VALUE),
)
def test_report_heading_opens_completed_items(
    heading: str, items: list[tuple[str, str]], stray: tuple[str, str]
) -> None:
    """Under a report heading only items followed by a 100% completion are read, with
    the figure as both target and actual; a sentence ending in a figure is not."""
    prose = ProseIndicators()
    prose.read(heading, SOURCE)
    body = ";".join(f"{name}{value},指标完成率100%" for name, value in items)
    prose.read(f"{stray[0]}{stray[1]};{body}。", SOURCE)
    assert [(i.level3, i.value, i.actual) for i in prose.indicators] == [
        (name, value, value) for name, value in items
    ]
    prose.read(heading, SOURCE)
    prose.read("全年共接待读者12000人次,开展活动30场。", SOURCE)
    assert len(prose.indicators) == len(items)  # no completion: nothing read


def test_real_report_headings() -> None:
    baoshan = measure_stem("yunnan_baoshan-tushuguan-gonggong-wenhua-prose-baogao_2022")
    assert (baoshan.found, baoshan.actual_found, baoshan.invented) == (6, 6, [])


GLUED_UNIT = st.sampled_from(["个", "次", "人", "%", "万元"])


@SETTINGS
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(["数量目标", "质量目标"]), NAME, NUMBER, NUMBER, GLUED_UNIT),
        min_size=1,
        max_size=5,
        unique_by=lambda r: r[1],
    ),
    sign=st.sampled_from([">=", "≥", ""]),
)
def test_glued_outcome_table_rows(rows: list[tuple[str, str, int, int, str]], sign: str) -> None:
    """A report's outcome table glued into its line: name, target, actual, rate per row;
    the prose after it (with figures of its own) is not cut into rows."""
    body = "".join(
        f"{level2}{name}{sign}{target}{unit}{actual}{unit}{actual * 100 // max(target, 1)}%"
        for level2, name, target, actual, unit in rows
    )
    line = (
        f"如下表:评价内容绩效内容绩效目标值实际完成值累计完成率产出目标{body}"
        "(二)项目累计安排资金10万元,其中:立项6分"
    )
    got = glued_outcome_rows(line, SOURCE)
    shown = sign.replace(">=", "≥")
    assert [(i.level2, i.level3, i.value, i.actual) for i in got] == [
        (level2.replace("目标", "指标"), name, f"{shown}{target}{unit}", f"{actual}{unit}")
        for level2, name, target, actual, unit in rows
    ]  # the labels by the framework's names (数量目标 -> 数量指标)


def test_real_glued_outcome_table() -> None:
    ningde = measure_stem("fujian_ningde-rencai-yizhan-prose-tradmirror_nd")
    assert (ningde.found, ningde.actual_found, ningde.invented) == (7, 7, [])


@SETTINGS
@given(
    year=st.integers(2015, 2030),
    start=st.sampled_from(["元月起", "1月", "01月", "一月"]),
    link=st.sampled_from(["至", "-", "—"]),
    report=st.integers(1, 3),
)
def test_one_calendar_year_period_names_the_budget_year(
    year: int, start: str, link: str, report: int
) -> None:
    """'项目起止时间 2020年元月起至2020年12月止' under a report dated the next year."""
    texts = [f"报告日期:{year + report}年07月12日", f"{year}年{start}{link}{year}年12月止"]
    assert stated_year(texts) == year
    assert stated_year([f"{year}年3月至{year + 1}年2月"]) is None  # no calendar year
