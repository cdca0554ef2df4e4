"""The HTML page: self-contained, Chinese, every table of the plan, safe text."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

from jixiao.exporters.html_page import plan_html, project_html, stylesheet
from jixiao.model.plan import DepartmentPlan, Indicator, Project


class _Tags(HTMLParser):
    """Collects tags, their attributes and the text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_page_is_self_contained(seed_plan: Callable[[str], DepartmentPlan]) -> None:
    html = plan_html(seed_plan("004_c52ee38ce6c6c3d2"))
    page = parse(html)
    assert not [t for t, _ in page.tags if t in ("link", "script", "img", "iframe")]
    for _, attrs in page.tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), value  # only in-page anchors
    assert "url(" not in html and "@import" not in html
    assert '<html lang="zh-CN">' in html and '<meta charset="utf-8">' in html


def test_page_holds_every_project_table_and_disclosure_table(
    seed_plan: Callable[[str], DepartmentPlan],
) -> None:
    plan = seed_plan("004_c52ee38ce6c6c3d2")
    html = plan_html(plan)
    page = parse(html)
    ids = {attrs.get("id") for _, attrs in page.tags}
    assert {f"project-{n}" for n in range(1, len(plan.projects) + 1)} <= ids
    assert html.count('class="goal goal-grid"') == len(plan.projects)
    assert plan.disclosure is not None
    assert html.count('<table class="data') == len(plan.disclosure.tables)
    text = "".join(page.text)
    for project in plan.projects:
        for indicator in project.indicators:
            assert indicator.level3 in text
    # The 目录 links every project and table to its heading.
    links = [attrs["href"] for tag, attrs in page.tags if tag == "a"]
    assert all(link is not None and link[1:] in ids for link in links)
    assert len(links) == len(plan.projects) + len(plan.disclosure.tables) + 3 + len(
        plan.disclosure.sections
    )


def test_merged_level1_cells_span_their_rows(seed_plan: Callable[[str], DepartmentPlan]) -> None:
    project = seed_plan("000_6fea33418e000787").projects[0]
    html = project_html(project, 1)
    spans = [int(n) for n in re.findall(r'rowspan="(\d+)"', html)]
    runs: dict[str, int] = {}
    for indicator in project.indicators:
        runs[indicator.level1] = runs.get(indicator.level1, 0) + 1
    # 产出 4, 效益 4 (满意度 has one row: no rowspan), plus 预算规模 and 资金支出计划 (2 each)
    assert sorted(spans) == sorted([2, 2, *[n for n in runs.values() if n > 1]])


def test_text_is_escaped_and_fragment_has_no_page_chrome() -> None:
    indicator = Indicator(
        level1="产出指标", level2="数量指标", level3="<b>件数</b>", value="<5 & >1"
    )
    fragment = project_html(Project(name="测试&项目", indicators=[indicator]), 2)
    assert "<b>" not in fragment and "&lt;b&gt;件数&lt;/b&gt;" in fragment
    assert "&lt;5 &amp; &gt;1" in fragment and "2.测试&amp;项目绩效目标表" in fragment
    assert fragment.startswith('<section class="project">') and "<html" not in fragment
    assert "@page" in stylesheet()
