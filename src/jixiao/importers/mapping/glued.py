"""Tables whose cells were glued together when the document was flattened to text.

``绩效指标一级指标二级指标指标内容指标值`` then one line per row,
``产出指标数量指标农村义务教育学校改造覆盖率100%``: the header is recognised by
cutting the line into known header words, and each row by cutting off its known
一级 / 二级 labels at the front and its value (a number with its sign and unit,
or a short word) at the end; what is left is the indicator's name. Only grids
with a single value column after the name are cut this way — with more number
columns the cut would be a guess.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.grammar.units import spelling_pattern
from jixiao.importers.blocks import Cell, Row
from jixiao.importers.mapping.header import GridHeader, parse_header
from jixiao.importers.mapping.qualitative_tail import trailing_target
from jixiao.importers.mapping.vocabulary import compact, normalise, vocabulary
from jixiao.model.source import SourceRef

# A value at the end of a glued row: sign, number, unit (up to 4 characters).
_VALUE = re.compile(
    r"(?:[≥≤<>=]|大于等于|小于等于|不低于|不高于|不少于|不超过)?"
    r"\d+(?:\.\d+)?(?:[-~]\d+(?:\.\d+)?)?(?:%|[a-zA-Z\u4e00-\u9fff/]{0,4})(?:以上|以下|以内)?$"
)


# A figure closing a clause inside what would be the name: the value is a list of
# figures ('自愿咨询检测1000人次以上,艾滋病人检测600人次以上'), whose name cannot be told
# from its first item; cutting at the last figure would make a name of the list.
_LISTED_FIGURE = re.compile(r"\d+(?:\.\d+)?[%‰]?[a-zA-Z\u4e00-\u9fff/]{0,6}[,，;；]")

_COLUMN_MARK = re.compile(r"\([^()]{1,4}\)")


@cache
def _header_words() -> list[str]:
    words = vocabulary()
    names = {name for _, exact, _ in words.roles for name in exact if len(name) >= 2}
    names |= set(words.paired_children)
    return sorted(names, key=len, reverse=True)


@cache
def _labels() -> list[str]:
    words = vocabulary()
    return sorted({*words.level1, *words.level2}, key=len, reverse=True)


def glued_header_run(bare: str) -> tuple[list[str], int, int] | None:
    """The header words glued in a (normalised) line from its 一级指标 or 二级指标 on,
    with where they start and end; None when the line has no such run."""
    start = bare.find("一级指标")
    if start < 0:
        start = bare.find("二级指标")
    if start < 0:
        return None
    words: list[str] = []
    end = start
    while end < len(bare):
        word = next((w for w in _header_words() if bare.startswith(w, end)), None)
        if word is None:
            break
        words.append(word)
        end += len(word)
        mark = _COLUMN_MARK.match(bare, end)  # 年初目标值(A) 实际完成值(B)
        end = mark.end() if mark else end
    return words, start, end


def glued_header(text: str, source: SourceRef) -> Row | None:
    """The header row a glued line holds ('…一级指标二级指标三级指标指标值'), or None."""
    found = glued_header_rest(text, source)
    return found[0] if found is not None and not found[1] else None


def glued_header_rest(text: str, source: SourceRef) -> tuple[Row, str] | None:
    """The header row a glued paragraph holds and the text glued after it (its rows,
    when a whole table was flattened into one paragraph), or None."""
    bare = compact(text)  # (a traditional mirror's text is simplified already)
    found = glued_header_run(bare)
    if found is None:
        return None
    words, _, end = found
    cells = [Cell(raw=word, source=source, col=index) for index, word in enumerate(words)]
    row = Row(cells=cells, source=source)
    return (row, bare[end:]) if len(cells) >= 3 and parse_header(row) else None


def unread_columns(rest: str, source: SourceRef) -> bool:
    """Whether the text after a glued header run is more of the header, in words the
    vocabulary does not know ('内容评(扣分标准)度量单位指标值类型备注'): no figure and no
    一级 / 二级 label opening a row. The rows then hold more cells than the header read,
    and their last figure is not the value the header's last known column names."""
    return bool(rest) and not any(ch.isdigit() for ch in rest) and not leading_labels(rest, source)


def glued_rows(rest: str, source: SourceRef) -> list[list[Cell]]:
    """Rows glued one after another ('产出指标数量指标免费开放天数=300天质量指标…'):
    a new row starts where a 一级 / 二级 label follows an indicator's text, and the
    table ends where the next table's title begins. Rows that do not end in a value
    (a qualitative one cannot be told from its name) are not read."""
    rows: list[list[Cell]] = []
    for segment in _segments(rest):
        cells = split_glued(segment, source)
        # a row that cannot be cut still sets the 一级 / 二级 labels of the rows after it
        rows.append(_ocr_equals(cells) if cells is not None else leading_labels(segment, source))
    return rows


def _segments(rest: str, *, titled: bool = True) -> list[str]:
    """The glued text cut where a 一级 / 二级 label follows an indicator's text, up to
    the next table's title (with ``titled``; else to its end)."""
    title = vocabulary().title_in_grid.search(rest) if titled else None
    rest = rest[: title.start()] if title else rest
    starts: list[int] = []
    index, after_label = 0, False
    while index < len(rest):
        label = next((w for w in _long_labels() if rest.startswith(w, index)), None)
        if label is None:
            index, after_label = index + 1, False
            continue
        if not after_label:
            starts.append(index)
        index, after_label = index + len(label), True
    ends = [*starts[1:], len(rest)][: len(starts)]
    return [rest[start:end] for start, end in zip(starts, ends, strict=True)]


@cache
def _described_item() -> re.Pattern[str]:
    """One '名称 反映… 值' item of a glued row: the name, the description opened by a
    known word and running to the first figure, the value with a known unit."""
    openers = "|".join(re.escape(w) for w in vocabulary().description_openers) or "(?!)"
    return re.compile(
        rf"(?P<name>[^\d]+?)(?P<description>(?:{openers})\D*?)"
        r"(?P<value>(?:[≥≤<>=]|大于等于|小于等于|不低于|不高于|不少于|不超过)?"
        rf"\d+(?:\.\d+)?(?:%|{spelling_pattern()})?(?:以上|以下|以内)?)"
    )


# '重.要': a dot between two Chinese characters is text recognition noise
_STRAY_DOT = re.compile(r"(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])")


def described_rows(rest: str, source: SourceRef) -> list[list[Cell]]:
    """Rows of a glued grid whose description column sits between the name and the
    value: '数量指标大楼巡察次数反映巡检情况200次维修次数反映…2280次' holds two rows
    under one label; a row is read only when its description and value are found."""
    rows: list[list[Cell]] = []
    for segment in _segments(rest):
        labels = leading_labels(segment, source)
        body = compact(segment)[sum(len(c.raw) for c in labels) :]
        at = 0
        for found in _described_item().finditer(body):
            if found.start() != at:
                break
            name = _STRAY_DOT.sub("", found.group("name"))
            texts = [name, found.group("description"), found.group("value")]
            cells = [*labels, *(Cell(raw=t, source=source, col=0) for t in texts)]
            for index, cell in enumerate(cells):
                cell.col = index
            rows.append(cells)
            labels, at = [], found.end()
        if at == 0:
            rows.append(labels)  # its labels still hold for the rows after it
    return rows


def described_value(header: GridHeader) -> bool:
    """Whether the columns after the name are a description and then one value."""
    start = header.position("level3")
    after = [r for r in header.roles[start + 1 :] if r] if start is not None else []
    return after == ["description", "value"]


def leading_labels(text: str, source: SourceRef) -> list[Cell]:
    """The 一级 / 二级 label cells a glued row opens with."""
    rest = compact(text)
    cells: list[Cell] = []
    for _ in range(2):
        label = next((w for w in _labels() if rest.startswith(w) and len(rest) > len(w)), None)
        if label is None:
            break
        cells.append(Cell(raw=label, source=source, col=len(cells)))
        rest = rest[len(label) :]
    return cells


@cache
def _long_labels() -> list[str]:
    """Labels long enough not to occur inside an indicator's name by chance."""
    return [label for label in _labels() if len(label) >= 4]


def _ocr_equals(cells: list[Cell]) -> list[Cell]:
    """'资金使用效率二100百分比': an '=' that text recognition read as '二'."""
    name, value = cells[-2], cells[-1]
    if len(cells) > 1 and name.text.endswith("二") and value.text[:1].isdigit():
        name.text, value.text = name.text[:-1], "=" + value.text
    return cells


def single_value(header: GridHeader) -> bool:
    """Whether the grid has one value column after the name (the only safe cut)."""
    return header.core_after_name() == 1


def starts_with_label(text: str) -> bool:
    """Whether a glued line opens with a 一级 / 二级 label (a row of the grid)."""
    bare = compact(text)
    return any(bare.startswith(w) and len(bare) > len(w) for w in _long_labels())


def split_glued(text: str, source: SourceRef) -> list[Cell] | None:
    """'产出指标数量指标新增企业15家' -> ['产出指标', '数量指标', '新增企业', '15家']."""
    cells = leading_labels(text, source)
    rest = compact(text)[sum(len(c.raw) for c in cells) :]
    value = _VALUE.search(rest)
    start = value.start() if value is not None else trailing_target(rest)
    if not start or _LISTED_FIGURE.search(rest[:start]):
        return None
    cells.append(Cell(raw=rest[:start], source=source, col=len(cells)))
    cells.append(Cell(raw=rest[start:], source=source, col=len(cells)))
    return cells


@cache
def _field_labels() -> list[str]:
    return sorted(
        (label for label in vocabulary().header_fields if len(label) >= 4), key=len, reverse=True
    )


@cache
def _field_label_pattern() -> re.Pattern[str]:
    """The labels as one alternation, longest first: ``search`` finds the leftmost label
    and, there, the longest — what trying every label at every position found, in one
    pass of the regex engine instead of labels × characters ``startswith`` calls."""
    return re.compile("|".join(re.escape(label) for label in _field_labels()))


def split_labelled(text: str, source: SourceRef) -> list[Cell] | None:
    """'项目名称某项目主管部门区教育局' -> label and value cells, when the line starts
    with a header-block label (of four characters or more) glued to its value."""
    bare = normalise(text)
    labels = _field_label_pattern()
    if labels.match(bare) is None:
        return None  # the usual line: no label at its start, nothing to scan
    found: list[tuple[int, str]] = []
    index = 0
    while (match := labels.search(bare, index)) is not None:
        found.append((match.start(), match.group()))
        index = match.end()
    if not found or found[0][0] != 0 or len(bare) == len(found[0][1]):
        return None
    cells: list[Cell] = []
    for (start, label), following in zip(found, [*found[1:], (len(bare), "")], strict=True):
        value = bare[start + len(label) : following[0]].strip(":")
        cells.append(Cell(raw=label, source=source, col=len(cells)))
        cells.append(Cell(raw=value, source=source, col=len(cells)))
    return cells


def next_project(text: str, source: SourceRef) -> int | None:
    """Where the rows of a glued table give way to the next project's header block
    ('…演出人员满意度100%100%2020总分10098项目名称中青年演员培训经费主管部门…'): a project
    name label with its value and, right after, another header label with its own — a
    second table glued on, whose project is not the first one's."""
    for match in _field_label_pattern().finditer(text):
        if vocabulary().field_of(match.group()) != "name":
            continue
        cells = split_labelled(text[match.start() :], source)
        if cells is not None and len(cells) >= 4 and all(c.raw for c in cells[:4]):
            return match.start()
    return None


def labelled_within(text: str, source: SourceRef) -> list[Cell] | None:
    """:func:`split_labelled` from the first header-block label in the line (a line that
    starts with a notice's prose and goes on with the table's 项目名称 …)."""
    bare = normalise(text)
    starts = [i for label in _field_labels() if (i := bare.find(label)) >= 0]
    return split_labelled(bare[min(starts) :], source) if starts else None


def unglued(row: Row) -> Row:
    """A form's line of one cell whose label and value a lost single space glued
    ('项目名称保障运转类-六安市农业技术推广工作经费'): the row of label and value cells it
    was, as :func:`split_labelled` reads a paragraph so glued. Only a line opening with
    the project's or its unit's name label is split: a table's title opens with other
    labels' words ('财政拨款收支总表'), and a cell with a colon is a label written with its
    value ('项目单位(盖章):…'), read as it stands."""
    filled = row.filled()
    if len(filled) != 1 or ":" in filled[0].text or "：" in filled[0].text:
        return row
    cells = split_labelled(filled[0].text, row.source)
    if cells is None or vocabulary().field_of(cells[0].text) not in _IDENTITY:
        return row
    return Row(cells=cells, source=row.source, packed=row.packed)


_IDENTITY = frozenset({"name", "department", "implementer"})


_YEAR_AFTER_TITLE = re.compile(r"[(（]?(?:19|20)\d{2}年度?[)）]?")


def titled_labels(text: str, source: SourceRef) -> list[Cell] | None:
    """'省级部门预算项目支出绩效目标表(2023年度)一*级项目名称…二级项目名称…': a line opened by
    a form's title (and its year), then the form's header-block labels glued to their
    values, as :func:`split_labelled` reads them. A '*' mark (a required field's, or one
    text recognition put inside '一*级') is no part of a label."""
    bare = normalise(text).replace("*", "")
    title = vocabulary().title_in_grid.match(bare)
    if title is None:
        return None
    year = _YEAR_AFTER_TITLE.match(bare, title.end())
    return split_labelled(bare[year.end() if year else title.end() :], source)


def titled_next(rest: str, source: SourceRef) -> str | None:
    """The text from the next form's title on, where a glued grid's rows give way to a
    second form opened by its title and header labels (:func:`titled_labels`)."""
    for title in vocabulary().title_in_grid.finditer(rest):
        if titled_labels(rest[title.start() :], source) is not None:
            return rest[title.start() :]
    return None
