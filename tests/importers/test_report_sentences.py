"""A 中央转移支付 self-evaluation report in prose, read by general rules tested on generated
input (hypothesis) with a counter-example, and on the real document that showed it:

* the report template's first section, '一、绩效目标分解下达情况', names a self-evaluation
  (the report goes on to 绩效目标完成情况); '绩效目标' alone in it named a plan;
* a level label opening a sentence inside a paragraph ('…具体指标。产出指标:全区县域商业
  建设行动试点县数量20个;') opens a run of items as one opening the paragraph does.

广西 县域商业 (kind plan -> self_evaluation, 0/1 -> 1/1).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.blocks import Paragraph
from jixiao.importers.mapping.outcome import prose_indicators
from jixiao.importers.route import assemble_document
from jixiao.importers.text_reader import read_text_blocks
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

SOURCE = SourceRef(file="generated.txt")
NAME = st.text(alphabet="全区县域商业建设试点数量乡镇中心改造", min_size=4, max_size=12)
FIGURE = st.sampled_from(["20个", "100%", "≥90%", "1200户", "30家"])
LEAD = st.sampled_from(["以乡镇为重点,升级改造一批商贸中心。具体指标", "同时下达绩效指标如下", ""])
LABEL = st.sampled_from(["产出指标", "效益指标", "数量指标", "满意度指标"])


def test_guangxi_report_read() -> None:
    result = measure_stem("guangxi_ru5-xianyu-shangye-quyu-prose-baogao_2022")
    assert result.kind_ok
    assert (result.found, result.expected) == (1, 1)
    assert result.invented == []


def _read(text: str) -> list[tuple[str, str]]:
    return [(i.level3, i.value) for i in prose_indicators([Paragraph(raw=text, source=SOURCE)])]


@settings(max_examples=30, deadline=None)
@given(
    lead=LEAD,
    label=LABEL,
    items=st.lists(st.tuples(NAME, FIGURE), min_size=1, max_size=3, unique_by=lambda i: i[0]),
    end=st.sampled_from(["。", ";", "!"]),
)
def test_label_opening_a_sentence_opens_a_run(
    lead: str, label: str, items: list[tuple[str, str]], end: str
) -> None:
    body = ";".join(name + figure for name, figure in items)
    text = f"{lead}{end if lead else ''}{label}:{body}。"
    assert _read(text) == items


@settings(max_examples=30, deadline=None)
@given(lead=st.sampled_from(["我们完成了", "各县按要求上报了", "其中"]), label=LABEL, name=NAME)
def test_counter_example_label_inside_a_sentence_opens_nothing(
    lead: str, label: str, name: str
) -> None:
    """The label in the middle of a sentence is the sentence's word, not a run's head."""
    assert _read(f"{lead}{label}:{name}20个。") == []


def _kind(lines: list[str]) -> str:
    plan = assemble_document(read_text_blocks("\n".join(lines), "report.txt"), "report.txt")
    return plan.kind


def test_report_template_section_names_a_self_evaluation() -> None:
    assert _kind(["一、绩效目标分解下达情况", "(一)中央下达资金和绩效目标情况", "正文。"]) == (
        "self_evaluation"
    )


def test_counter_example_goal_table_stays_a_plan() -> None:
    """'绩效目标' in a title without the report's 分解下达情况 still names a plan."""
    assert _kind(["2022年项目绩效目标", "一、项目基本情况", "正文。"]) == "plan"
