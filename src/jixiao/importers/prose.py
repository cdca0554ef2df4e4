"""Paragraph handling for prose sections: re-joining page breaks, grouping items."""

from __future__ import annotations

from jixiao.textnorm.enumeration import has_enumeration

_SENTENCE_END = tuple('。！？；：!?;:）)”"》')


def is_heading_like(text: str) -> bool:
    """A short enumerated line such as "1、完善制度建设" (a heading, not a sentence)."""
    return has_enumeration(text) and len(text) <= 30 and "。" not in text[:-1]


def continues(previous: str, current: str) -> bool:
    """Whether ``current`` is the rest of a sentence that a page break cut in ``previous``."""
    if not previous or not current:
        return False
    if previous.endswith(_SENTENCE_END) or is_heading_like(previous):
        return False
    return not has_enumeration(current)


class ProseCollector:
    """Collects paragraphs, joining those a page break split mid-sentence."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []

    def add(self, text: str) -> None:
        if self.paragraphs and continues(self.paragraphs[-1], text):
            self.paragraphs[-1] += text
        else:
            self.paragraphs.append(text)

    def text(self) -> str | None:
        return "\n".join(self.paragraphs) if self.paragraphs else None


def group_enumerated(paragraphs: list[str]) -> list[list[str]]:
    """Group paragraphs into items that start at an enumeration marker."""
    items: list[list[str]] = []
    for paragraph in paragraphs:
        if has_enumeration(paragraph) or not items:
            items.append([paragraph])
        else:
            items[-1].append(paragraph)
    return items
