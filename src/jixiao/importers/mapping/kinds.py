"""What a document is, from its titles and headers (``profiles/document-kinds.json``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.vocabulary import normalise
from jixiao.model.plan import DocumentKind

# Titles are short: a long paragraph mentioning 自评 in passing decides nothing.
TITLE_LENGTH = 60


@dataclass(frozen=True, slots=True)
class KindDecision:
    kind: DocumentKind
    evidence: str


@cache
def _rules() -> dict[str, Any]:
    loaded: dict[str, Any] = packs.merged_data("document-kinds.json")
    return loaded


def titles_of(blocks: Iterable[Block]) -> list[str]:
    """The short texts of a document that may be its titles, in order."""
    found: list[str] = []
    for block in blocks:
        texts = [block.text] if isinstance(block, Paragraph) else block.texts
        for text in texts:
            bare = normalise(text)
            if (
                2 <= len(bare) <= TITLE_LENGTH
                and not _is_breadcrumb(bare)
                and not _is_sentence(bare)
            ):
                found.append(bare)
    return found


def _is_sentence(bare: str) -> bool:
    """A sentence of the text ('围绕绩效目标,从项目的开展…进行评价。'): it mentions what
    the document talks about, it does not title it."""
    return bare.endswith(("。", ";")) or bare.count(",") >= 2


def _is_breadcrumb(bare: str) -> bool:
    """The site's navigation path above a page (当前位置:首页>…): not a title."""
    return bare.startswith(tuple(_rules()["not_titles"]["prefixes"]))


def by_titles(titles: list[str]) -> KindDecision | None:
    shown = [_past_guide_words(title) for title in titles]
    for rule in _rules()["titles"]:
        for pattern in rule["patterns"]:
            for title, text in zip(titles, shown, strict=True):
                if pattern in text:
                    return KindDecision(cast(DocumentKind, rule["kind"]), title)
        # a title naming the document by its last words ('2020年度绩效评价'), where the
        # same words inside a title name something else ('部门绩效评价情况' in a 决算's 目录)
        endings = tuple(rule.get("endings", ()))
        for title, text in zip(titles, shown, strict=True):
            if endings and text.endswith(endings):
                return KindDecision(cast(DocumentKind, rule["kind"]), title)
    return None


def _past_guide_words(title: str) -> str:
    """The part of a title a guide's name does not cover: after its last guide word
    ('…自评表填写样例附件3:样例项目支出绩效目标申报表' -> '项目支出绩效目标申报表')."""
    cut = max(
        (title.rfind(w) + len(w) for w in _rules()["guide_words"]["words"] if w in title), default=0
    )
    return title[cut:]


def by_flat_lines(lines: list[str]) -> KindDecision | None:
    """The kind a table flattened into long lines names in its first words. A target
    table never has an 实际完成值 column: when such a line reads as a plan only by a
    word like 绩效目标 but carries a self-evaluation's column words, it is one."""
    heads = [normalise(line[:400]) for line in lines]
    decision = by_titles(heads)
    if decision is None or decision.kind != "plan":
        return decision
    for rule in _rules()["headers"]:
        if rule["kind"] != "self_evaluation":
            continue
        for pattern in rule["patterns"]:
            if any(pattern in head for head in heads):
                return KindDecision("self_evaluation", f"表头：{pattern}")
    return decision


def by_headers(header_texts: list[str], roles: set[str]) -> KindDecision | None:
    """The kind an indicator grid's header shows, when no title said it."""
    joined = "|".join(normalise(t) for t in header_texts if t)
    for rule in _rules()["headers"]:
        hits = [p for p in rule["patterns"] if p in joined]
        if hits or set(rule["roles"]) & roles:
            evidence = hits[0] if hits else "、".join(sorted(set(rule["roles"]) & roles))
            return KindDecision(cast(DocumentKind, rule["kind"]), f"表头：{evidence}")
    return None
