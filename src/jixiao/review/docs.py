"""规则说明页 (rule pages): markdown generated from the catalogue, one page per rule.

``python -m jixiao.review docs/rules`` rewrites ``docs/rules/<id>.md`` and the index
``docs/rules/README.md``; a test fails when a committed page differs from
:func:`render_rule_page`, so the pages cannot go stale.
"""

from __future__ import annotations

import re
from pathlib import Path

from jixiao.grammar import ValueKind
from jixiao.grammar.kind_labels import KIND_LABELS
from jixiao.review.catalogue import FAMILIES, RULES
from jixiao.review.profile import load_profile
from jixiao.review.rule import AnyRule, Example, IndicatorRule

GENERATED = "<!-- 本页由 jixiao.review.docs 根据规则目录生成，请勿手工修改。 -->"

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|") or "（空）"


def _example(example: Example) -> list[str]:
    verdict = "应当发现" if example.fails else "不应发现"
    lines = [f"**{verdict}：{example.label}**", "", f"来源：{example.origin}", ""]
    if example.row is not None:
        lines += [
            "| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |",
            "|---|---|---|---|---|",
            "| " + " | ".join(_cell(c) for c in example.row) + " |",
        ]
    else:
        lines.append(f"> {example.shows}")
    return [*lines, ""]


def render_rule_page(rule: AnyRule) -> str:
    """The markdown page of one rule."""
    family = FAMILIES.get(rule.family, rule.family)
    facts = [
        ("规则族", f"{family}（{rule.family}）"),
        ("审核要点", rule.criterion.value),
        ("默认严重程度", f"{rule.severity.label}（{rule.severity.value}）"),
        ("审核对象", rule.scope.label),
        ("默认把握程度", f"{rule.confidence:.2f}"),
    ]
    if isinstance(rule, IndicatorRule) and rule.kinds is not None:
        kinds = "、".join(KIND_LABELS[k] for k in ValueKind if k in rule.kinds)
        facts.append(("适用的指标值类型", kinds))
    if rule.supersedes:  # one cause, one finding (jixiao.review.folding)
        facts.append(("提示时同一项目不再提示", "、".join(sorted(rule.supersedes))))
    lines = [
        GENERATED,
        "",
        f"# {rule.id} {rule.title}",
        "",
        "| 项目 | 内容 |",
        "|---|---|",
        *(f"| {k} | {_cell(v)} |" for k, v in facts),
        "",
        "## 说明",
        "",
        rule.explanation,
        "",
        "## 修改建议",
        "",
        _PLACEHOLDER.sub("……", rule.suggestion),
        "",
        "## 示例",
        "",
    ]
    for example in rule.examples:
        lines += _example(example)
    return "\n".join(lines).rstrip() + "\n"


def render_index() -> str:
    """The index page listing every rule."""
    lines = [
        GENERATED,
        "",
        "# 审核规则目录",
        "",
        "严重程度与开关可由审核方案（`src/jixiao/profiles/*.json`）调整。",
        "",
        *_grading_lines(),
        "",
        "| 编号 | 规则 | 规则族 | 审核要点 | 严重程度 | 对象 |",
        "|---|---|---|---|---|---|",
    ]
    for rule in RULES:
        lines.append(
            f"| [{rule.id}]({rule.id}.md) | {_cell(rule.title)} | {FAMILIES[rule.family]} | "
            f"{rule.criterion.value} | {rule.severity.label} | {rule.scope.label} |"
        )
    return "\n".join(lines) + "\n"


def _grading_lines() -> list[str]:
    grading = load_profile().grading
    weights = "、".join(f"{s.label}{w:g}" for s, w in grading.weights.items())
    bands = "，".join(
        f"{b.grade} ≥ {b.min_score:g}" if b.min_score > -1000 else f"{b.grade}其余"
        for b in grading.ordered_bands()
    )
    caps = "、".join(f"{rule} {cap:g}分" for rule, cap in sorted(grading.rule_caps.items()))
    per_row = f"逐行报告、按项目只算一次的规则另有上限（{caps}）。" if caps else ""
    return [
        "## 等级的计算",
        "",
        f"每条发现扣“严重程度权重 × 把握程度”分（默认方案：{weights}）；"
        f"同一规则在一个项目内最多扣{grading.cap_per_rule:g}分；{per_row}"
        f"项目得分 = {grading.start:g} − 该项目（含其指标）的扣分；"
        "文本得分 = 各项目得分的平均 − 针对整个文本的发现的扣分。"
        f"等级：{bands}；中、差退回修改。权重、上限和分档在审核方案的 `grading` 中。",
    ]


def write_rule_pages(directory: Path) -> list[Path]:
    """Write every rule page and the index into ``directory``; returns the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for rule in RULES:
        path = directory / f"{rule.id}.md"
        path.write_text(render_rule_page(rule), encoding="utf-8")
        written.append(path)
    index = directory / "README.md"
    index.write_text(render_index(), encoding="utf-8")
    written.append(index)
    return written
