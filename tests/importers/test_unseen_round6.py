"""Layouts met on the sixth held-out round (``import-unseen-6`` in the corpus notes),
each read by a general rule tested on generated input (hypothesis) with a
counter-example, and on the real document that showed it:

* an outcome sentence whose name closes its own clause and whose target follows its
  phrase with no link (``项目完成及时率,年初目标值100%,实际完成值100%。``); a name that
  restates its target (``…设备购置资金300万,年初目标值300万``) is read without it;
* a letter handing down money sets tasks (``对照绩效目标表做好绩效监控``): a kind word
  right after a verb of instruction, in a long flattened line, names no kind;
* a document site's preview titled by its file name (``…绩效评价报告.doc``) is titled
  without the extension;
* a 决算 whose 目录 lists a 自评表 among its 附表 stays a 决算;
* a target table glued into one paragraph with weight and direction columns (the 海南
  目标表: ``…权重*指标方向性*产出指标数量指标全年实现会展业综合收入≥280亿元30%正向指标``);
* a label-only row of a 收支总表 whose label holds a title word (``一般公共预算拨款 | ||||||``)
  is a row of the table when it ends like a money line (拨款, 收入, 资金, 支出).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.directed_rows import directed_rows
from jixiao.importers.mapping.prose_outcomes import outcome_indicators
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SOURCE = SourceRef(file="report.txt")
NAME = st.text(
    alphabet="学生教师家长对校园维修改造项目实施的满意度验收合格", min_size=3, max_size=14
)
MEASURE = st.builds(
    lambda sign, figure, unit: f"{sign}{figure}{unit}",
    st.sampled_from(["", "≥", "≤"]),
    st.integers(0, 999),
    st.sampled_from(["%", "人", "次", "万元", "个"]),
)
PHRASE = st.sampled_from(["年初目标值", "年初指标值", "年度目标值"])


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(i.level3, i.value, i.actual) for i in outcome_indicators(text, SOURCE)]


def _page(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


# -- outcome sentences: the name its own clause, no link before a figure -----------


@SETTINGS
@given(name=NAME, phrase=PHRASE, value=MEASURE, actual=MEASURE)
def test_a_name_closing_its_clause_before_an_unlinked_figure(
    name: str, phrase: str, value: str, actual: str
) -> None:
    assert _read(f"{name},{phrase}{value},实际完成值{actual}。") == [(name, value, actual)]


def test_an_unlinked_word_is_no_target() -> None:
    # counter-example: with no link, only a figure shows where the target ends
    assert _read("教育质量,年初目标值提高教育质量与上年相比显著提高,实际完成值显著提高。") == []


@SETTINGS
@given(name=NAME, value=MEASURE)
def test_a_name_restating_its_target_is_read_without_it(name: str, value: str) -> None:
    assert _read(f"{name}资金{value},年初目标值{value},实际完成值{value}。") == [
        (f"{name}资金", value, value)
    ]


def test_a_different_figure_ending_the_name_stays() -> None:
    # counter-example: '300万' is not the target '200万': it is part of the name
    assert _read("设备购置资金300万,年初目标值200万,实际完成值200万。") == [
        ("设备购置资金300万", "200万", "200万")
    ]


# -- a letter's tasks name no kind ---------------------------------------------------


LETTER = (
    "为支持我省会展业发展,现下达你单位省级会展项目奖励资金(具体项目及金额详见附件),"
    "请尽快将资金拨付申报单位,并对照有关绩效目标(详见附件2){task},确保年度绩效目标如期实现,"
    "附件:1.项目奖励资金分配表2.项目绩效目标表"
)


@SETTINGS
@given(
    verb=st.sampled_from(["做好", "开展", "加强"]),
    task=st.sampled_from(["绩效监控", "绩效监控与绩效评价", "绩效监控工作"]),
)
def test_a_task_set_by_a_letter_names_no_kind(verb: str, task: str, tmp_path: Path) -> None:
    lines = [LETTER.format(task=verb + task)]
    assert import_file(_page(tmp_path, lines)).kind == "plan"


def test_a_flattened_monitoring_table_stays_one(tmp_path: Path) -> None:
    # counter-example: the same words opening a flattened table title it
    line = (
        "项目支出绩效运行监控表(2022年度)项目名称某某项目主管部门某某局实施单位某某局"
        "年度资金总额100万元1-7月执行数60万元执行率60%一级指标二级指标三级指标年度指标值"
    )
    assert import_file(_page(tmp_path, [line])).kind == "monitoring"


# -- a preview titled by its file name ----------------------------------------------


@SETTINGS
@given(
    extension=st.sampled_from([".doc", ".docx", ".pdf", ".DOC"]),
    ending=st.sampled_from(["绩效评价报告", "绩效评价"]),
)
def test_a_file_name_title_is_read_without_its_extension(
    extension: str, ending: str, tmp_path: Path
) -> None:
    lines = [
        f"附件3:项目资金{ending}{extension}",
        "关于2021年度项目资金绩效评价报告 一、项目基本情况 (一)项目概况:全县隐患点共571处,"
        "其中:崩塌76处、滑坡487处。(二)绩效目标 依据方案的工作和职责要求,对全县有关人员进行培训。",
    ]
    assert import_file(_page(tmp_path, lines)).kind == "self_evaluation"


def test_an_extension_inside_a_title_is_kept(tmp_path: Path) -> None:
    # counter-example: only a title's last letters are an extension ('….doc版说明' is not)
    lines = ["项目资金绩效评价.doc版说明", "附件:项目绩效目标表"]
    assert import_file(_page(tmp_path, lines)).kind == "plan"


# -- a 决算 listing a 自评表 among its 附表 --------------------------------------------


def _contents(year: int, title: str) -> list[str]:
    return [
        f"{year}年度某某九年制学校",
        title,
        "目录",
        "第一部分 单位概况",
        f"第二部分 {year}年度单位决算情况说明",
        "一、收入支出决算总体情况说明",
        "第五部分 附表",
        "一、收入支出决算总表",
        "十三、财政拨款“三公”经费支出决算表",
        f"十四、部门预算项目支出绩效自评表({year}年度)",
    ]


@SETTINGS
@given(year=st.integers(2018, 2030))
def test_a_final_account_listing_a_self_evaluation_stays_one(year: int, tmp_path: Path) -> None:
    assert import_file(_page(tmp_path, _contents(year, "决算公开"))).kind == "final_accounts"


def test_a_self_evaluation_is_not_made_a_final_account(tmp_path: Path) -> None:
    # counter-example: with no 决算 title, the 自评表 line still names the document
    lines = [line for line in _contents(2024, "绩效公开") if "决算" not in line]
    assert import_file(_page(tmp_path, lines)).kind == "self_evaluation"


# -- a glued target table with weight and direction columns -------------------------


HEADER = "一级指标*二级指标*三级指标*绩效指标性质*绩效指标值*绩效度量单位权重*指标方向性*"
ROW = st.tuples(
    st.sampled_from(["", "产出指标数量指标", "产出指标质量指标", "效益指标社会效益指标"]),
    st.text(alphabet="全年实现会展业综合收入培育品牌项目带动行业", min_size=3, max_size=12),
    st.sampled_from(["≥", "≤", "=", ""]),
    st.integers(1, 999),
    st.sampled_from(["亿元", "个", "%", "人次"]),
    st.integers(1, 40),
    st.sampled_from(["正向指标", "反向指标"]),
)


@SETTINGS
@given(rows=st.lists(ROW, min_size=1, max_size=4))
def test_glued_rows_with_weight_and_direction(
    rows: list[tuple[str, str, str, int, str, int, str]],
) -> None:
    text = (
        "附件2项目绩效目标表"
        + HEADER
        + "".join(f"{a}{b}{c}{d}{e}{f}%{g}" for a, b, c, d, e, f, g in rows)
    )
    read = [(i.level3, i.value, i.weight) for i in directed_rows(text, SOURCE)]
    assert read == [(b, f"{c}{d}{e}", f) for _, b, c, d, e, f, _ in rows]


def test_a_row_without_a_figure_target_ends_the_chain() -> None:
    # counter-example: a qualitative row ('好') is no such row, and nothing after it is cut
    # into rows (the prose below a table is never read as one)
    text = HEADER + "产出指标质量指标办展质量定性好20%正向指标全年收入≥280亿元30%正向指标"
    assert directed_rows(text, SOURCE) == []


def test_no_direction_header_reads_nothing() -> None:
    # counter-example: the same glued row under a header without the direction column
    text = "一级指标二级指标三级指标指标值产出指标数量指标全年实现会展业综合收入≥280亿元30%正向指标"
    assert directed_rows(text, SOURCE) == []


# -- a money line with no amounts inside a 收支总表 ---------------------------------------


def _budget_table(labels: list[str], after: list[str]) -> list[str]:
    return [
        "表一 | ||||||",
        "财政拨款收支总表 | ||||||",
        "单位:某某局 | 单位:万元 | |||||",
        "项目 | 预算数 | 项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 |",
        "一、本年收入 | 1,200.00 | 一、本年支出 | 1,200.00 | 1,100.00 | 100.00 | |",
        "一般公共预算资金 | 1,100.00 | 社会保障和就业支出 | 600.00 | 600.00 | ||",
        "二、上年结转 | 二、结转下年 | |||||",
        *[f"{label} | ||||||" for label in labels],
        "收入合计 | 1,200.00 | 支出合计 | 1,200.00 | 1,100.00 | 100.00 |",
        *after,
    ]


@SETTINGS
@given(
    labels=st.lists(
        st.builds(
            lambda fund, ending: fund + ending,
            st.sampled_from(["一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理"]),
            st.sampled_from(["拨款", "收入", "资金"]),
        ),
        min_size=1,
        max_size=3,
        unique=True,
    )
)
def test_a_money_line_without_amounts_stays_in_its_table(labels: list[str], tmp_path: Path) -> None:
    plan = import_file(
        _page(tmp_path, ["某某局2023年部门预算情况说明", *_budget_table(labels, [])])
    )
    assert plan.disclosure is not None
    tables = plan.disclosure.tables
    assert [t.title for t in tables] == ["财政拨款收支总表"]
    names = [r.name for r in tables[0].rows]
    assert names[-len(labels) - 1 :] == [*labels, "收入合计"]


def test_a_table_title_after_the_figures_opens_the_next_table(tmp_path: Path) -> None:
    # counter-example: a line naming a table (…预算表) is the next table's title
    after = [
        "一般公共预算财政拨款支出预算表 | ||||",
        "功能分类科目 | 2023年预算数 | |||",
        "208 社会保障和就业支出 | 600.00 | |||",
    ]
    lines = ["某某局2023年部门预算情况说明", *_budget_table(["一般公共预算拨款"], after)]
    plan = import_file(_page(tmp_path, lines))
    assert plan.disclosure is not None
    titles = [t.title for t in plan.disclosure.tables]
    assert titles == ["财政拨款收支总表", "一般公共预算财政拨款支出预算表"]


# -- the real documents --------------------------------------------------------------


def test_real_round6_prose_outcomes() -> None:
    school = measure_stem("unknown_xiaoyuan-weixiu-shebei-gouzhi-ziping-jieguo-prose-masked_2022")
    assert (school.found, school.actual_found, school.invented) == (7, 7, [])


def test_real_round6_money_lines() -> None:
    dazu = measure_stem("chongqing_dazu-chengguanju-bumen-yusuan-pipe-cut_2023")
    assert (dazu.rows_found, dazu.rows_expected, dazu.kind_ok) == (14, 14, True)


def test_real_round6_directed_rows() -> None:
    hainan = measure_stem("hainan_shangwuting-huizhan-jiangli-zhibiaoxingzhi-glued-cut_2022")
    assert (hainan.found, hainan.expected, hainan.invented) == (1, 1, [])


@pytest.mark.parametrize(
    "stem",
    [
        "chongqing_rongchang-shuiku-yimin-houqi-fuchi-xiada-cut_2022",
        "hainan_shangwuting-huizhan-jiangli-zhibiaoxingzhi-glued-cut_2022",
        "jiangxi_quannan-zirandiyuan-dizhi-zaihai-qunce-qunfang-pingjia-baogao-docglued-cut_2021",
        "sichuan_renshou-yucheng-jingxian-jiunianzhi-xuexiao-juesuan-mulu-cut_2024",
    ],
)
def test_real_round6_kinds(stem: str) -> None:
    # the four kinds wrong before the round's rules (监控 twice, plan, 公开)
    result = measure_stem(stem)
    assert (result.kind_ok, result.invented) == (True, [])
