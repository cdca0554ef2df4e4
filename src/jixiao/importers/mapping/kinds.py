"""What a document is, from its titles and headers (``profiles/document-kinds.json``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.budget_comparison import next_year_titles
from jixiao.importers.mapping.vocabulary import normalise
from jixiao.model.plan import DocumentKind
from jixiao.textnorm.alternation import alternation

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
            if "》" in bare:
                found.extend(_file_names(bare))
            if (
                2 <= len(bare) <= TITLE_LENGTH
                and not _is_breadcrumb(bare)
                and not _is_sentence(bare)
                and bare not in _column_words()
            ):
                found.append(bare)
    return found


def is_attachment(title: str) -> bool:
    """Whether a title names an attachment ('附件:…评分表', '附表2…')."""
    return title.startswith(tuple(_rules()["attachments"]["words"]))


def is_unit_line(title: str) -> bool:
    """Whether a title is a unit's name alone ('儋州市人民法院')."""
    endings = tuple(_rules()["unit_lines"]["endings"])
    return (
        2 < len(title) <= _UNIT_LENGTH
        and _CHINESE.fullmatch(title) is not None
        and (title.endswith(endings))
    )


_UNIT_LENGTH = 22
_CHINESE = re.compile(r"[\u4e00-\u9fff]+")


def _file_names(bare: str) -> list[str]:
    """The file names a document site's line cites in book-title brackets ('《宝坻区2019年…
    绩效评价报告.docx》由会员分享,…'): the page's own document, titled by its file. A bracketed
    name without a file extension is a law or notice the text cites, no title. The name is
    kept without its extension (it may name a project with no 项目名称)."""
    return [
        _without_extension(name)
        for name in _BRACKETED.findall(bare)
        if name.lower().endswith(tuple(_rules()["file_extensions"]["words"]))
    ]


_BRACKETED = re.compile(rf"《([^《》]{{2,{TITLE_LENGTH}}})》")


def _without_extension(bare: str) -> str:
    """A preview titled by its file's name ('…绩效评价报告.doc') without the extension."""
    lowered = bare.lower()
    for extension in _rules()["file_extensions"]["words"]:
        if lowered.endswith(extension) and len(bare) > len(extension):
            return bare[: -len(extension)]
    return bare


def _is_sentence(bare: str) -> bool:
    """A sentence of the text ('围绕绩效目标,从项目的开展…进行评价。'): it mentions what
    the document talks about, it does not title it."""
    return bare.endswith(("。", ";")) or bare.count(",") >= 2


@cache
def _column_words() -> frozenset[str]:
    """Cells that are column labels, never titles ('财政拨款' alone, a funding source)."""
    return frozenset(_rules()["not_titles"].get("cells", ()))


def _is_breadcrumb(bare: str) -> bool:
    """The site's navigation path above a page (当前位置:首页>…): not a title."""
    return bare.startswith(tuple(_rules()["not_titles"]["prefixes"]))


# an entry of a 目录: '十四、…', '2、…', a bracketed sub-entry '(二)部门决算中项目绩效自评结果'
# or a part heading '第二部分…'
_ENTRY = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|第[一二三四五六七八九十]{1,3}部分)"
)
# an item of a list ('十四、…', '2、…', '(二)…'); a part heading ('第二部分…') is the document's own
_LISTED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|[(（][一二三四五六七八九十]{1,3}[)）])"
)


def by_titles(titles: list[str]) -> KindDecision | None:
    """The kind the titles name. A 决算 lists its 附表 in its 目录, some of another kind
    ('十四、部门预算项目支出绩效自评表(2024年度)'), and a 部门预算 its sections
    ('2、重点项目绩效目标编制情况'): when the kind comes from such a numbered entry, a
    title of the document's own naming a 决算 (its page title or a part heading,
    '第二部分2024年度单位决算情况说明') decides, else one above the entry naming the
    budget's 公开 ('…2022年部门预算信息公开'). A 决算 section of the year before a budget
    another title names is that budget's comparison (``budget_comparison``). A page titled
    by one table of the set its 目录 lists is the set (``_one_of_listed``)."""
    decision = _by_titles(titles)
    if decision is not None and (listed := _one_of_listed(titles, decision)) is not None:
        return listed
    if decision is None or not _ENTRY.match(decision.evidence):
        return decision
    if decision.kind != "final_accounts":
        accounts = _own_title(titles, _ENTRY) or _own_title(titles, _LISTED)
        if accounts is not None:
            return _own_kind_above(titles, decision.kind, accounts) or KindDecision(
                "final_accounts", accounts
            )
    if decision.kind not in ("final_accounts", "disclosure"):
        above = titles[: titles.index(decision.evidence)]
        budget = titled_as([t for t in above if not _ENTRY.match(t)], "disclosure")
        if budget is not None:
            return KindDecision("disclosure", budget)
    if decision.kind == "self_evaluation":
        return _reported_above(titles, decision)
    if decision.kind == "final_accounts":
        budget = titled_as(next_year_titles(titles, decision.evidence), "disclosure")
        if budget is not None:
            return KindDecision("disclosure", budget)
    return decision


def _one_of_listed(titles: list[str], decision: KindDecision) -> KindDecision | None:
    """A page titled by one table of the set its 目录 lists ('…部门整体支出绩效自评表', listed
    as '部门整体支出绩效自评表 | 公开11表' under '…部门决算公开表目录') is the set: a title of
    its own naming a 决算 decides (``listed_tables`` of ``document-kinds.json``)."""
    if decision.kind == "final_accounts":
        return None
    words = tuple(_rules()["listed_tables"]["words"])
    at = next((i for i, title in enumerate(titles) if title.endswith(words)), None)
    if at is None:
        return None
    listed = [t for t in titles[at + 1 :] if len(t) >= 6 and t != decision.evidence]
    if not any(decision.evidence.endswith(entry) for entry in listed):
        return None
    accounts = _own_title(titles, _ENTRY)
    return None if accounts is None else KindDecision("final_accounts", accounts)


def by_statements(texts: Iterable[str]) -> KindDecision | None:
    """A sentence only a 决算 writes about itself ('本部门在2021年度部门决算中反映…'), met in
    any text, long ones included (``statements`` of ``document-kinds.json``)."""
    rules = _rules()["statements"]
    phrases = [(kind, word) for kind, words in rules.items() if kind != "notes" for word in words]
    for text in texts:
        for kind, word in phrases:
            if word in text:
                return KindDecision(cast(DocumentKind, kind), word)
    return None


def _reported_above(titles: list[str], decision: KindDecision) -> KindDecision:
    """A 监控报告 is outlined like a 自评报告 ('一、绩效目标分解下达情况', '二、绩效目标完成
    情况'): when a self-evaluation comes only from such a numbered section, a title above it
    naming a monitoring (the report's own title, '…项目绩效运行监控报告') decides."""
    above = [t for t in titles[: titles.index(decision.evidence)] if not _ENTRY.match(t)]
    monitoring = titled_as(above, "monitoring")
    return decision if monitoring is None else KindDecision("monitoring", monitoring)


def _own_kind_above(titles: list[str], kind: str, accounts: str) -> KindDecision | None:
    """A report outlines itself like a 决算 may ('三、评价结论及绩效分析') and lists its 附件
    ('附件5.项目支出决算表'): a title of its own above that 决算 title naming the kind its
    numbered entry named (the report's title, '…项目支出绩效自评报告') decides, not the
    attachment's name."""
    above = titles[: titles.index(accounts)]
    own = titled_as([t for t in above if not _ENTRY.match(t)], kind)
    return None if own is None else KindDecision(cast(DocumentKind, kind), own)


def _own_title(titles: list[str], entry: re.Pattern[str]) -> str | None:
    """The first title naming a 决算 among those ``entry`` does not match."""
    return titled_as([t for t in titles if not entry.match(t)], "final_accounts")


def _by_titles(titles: list[str]) -> KindDecision | None:
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
            if endings and _without_extension(text).endswith(endings):
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
    heads = [_without_instructions(normalise(line[:400])) for line in lines]
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


@cache
def _instruction() -> re.Pattern[str]:
    """A verb of instruction and the kind word it governs ('做好绩效监控')."""
    verbs = _rules()["instructions"]["verbs"]
    words = {p for rule in _rules()["titles"] for p in rule["patterns"]}
    words |= {e for rule in _rules()["titles"] for e in rule.get("endings", ())}
    return re.compile(rf"(?:{alternation(verbs)})(?:{alternation(words)})")


def _without_instructions(head: str) -> str:
    """A letter's line with the tasks it sets ('…做好绩效监控…') blanked: those words name
    what is to be done, not what the document is."""
    return _instruction().sub(lambda m: "·" * len(m.group()), head)


def titled_as(titles: list[str], kind: str) -> str | None:
    """The first title holding a pattern of ``kind``'s rule, whatever other kinds' words
    other titles hold, or None."""
    for rule in _rules()["titles"]:
        if rule["kind"] != kind:
            continue
        for pattern in rule["patterns"]:
            for title in titles:
                if pattern in title:
                    return title
    return None


def scored_grid(decision: KindDecision, header_texts: list[str]) -> KindDecision:
    """A target table never has an 实际完成值 column: a plan only by a form's label
    ('年度 绩效目标' beside its 预期目标 cell, no 目标表 or 申报表 title) whose first grid's
    header names a self-evaluation's column words (实际完成值, 自评得分) is a
    self-evaluation, as a flattened line is (``by_flat_lines``)."""
    if normalise(decision.evidence) not in _rules()["form_labels"]["plan"]:
        return decision
    joined = "|".join(normalise(t) for t in header_texts if t)
    for rule in _rules()["headers"]:
        if rule["kind"] == "self_evaluation":
            hits = [p for p in rule["patterns"] if p in joined]
            if hits:
                return KindDecision("self_evaluation", f"表头：{hits[0]}")
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
