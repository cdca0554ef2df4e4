"""Indicator rows into :class:`Indicator`: merged labels carried down, the value
joined from its sign, number and unit columns, placeholders left out."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.align import (
    align,
    label_fragment,
    level_kind,
    points_pair,
    scored_tail,
)
from jixiao.importers.mapping.class_named_rows import class_named, reads_class_names
from jixiao.importers.mapping.consistent_rows import header_continuation
from jixiao.importers.mapping.dated_names import dated_name
from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.likelihood_cell import move_early_likelihood
from jixiao.importers.mapping.standard_values import section_label
from jixiao.importers.mapping.vocabulary import normalise, vocabulary
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.textnorm.digit_groups import ungrouped

Warn = Callable[[str, str, SourceRef | None], None]

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_BLANK = re.compile(r"[/／\\—–-]+")
_SIGN_START = re.compile(r"^(?:[≥≤<>=＜＞＝]|大于|小于|不低于|不高于|不少于|不超过)")
_POINTS = re.compile(r"\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]$")  # '规划 (15分)'
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
# A cell numbering the row within its 二级 ('目标1', '目标2' of the pre-2018 Fujian
# table): a counter, not a name; the row reads as if the cell were not there.
_NUMBERING = re.compile(r"目标\s*\d{1,2}")
_TEXT_FIELDS = (
    "description",
    "basis",
    "midterm_value",
    "actual",
    "deviation",
    "standard",
    "expected",
    "likelihood",
)


def number(text: str) -> Decimal | None:
    """The number of a 分值 / 得分 cell ('10分', '9.5'), None when there is none."""
    bare = ungrouped(text)
    match = _NUMBER.search(bare) if bare is not None else None
    if match is None or len(text) > 16:
        return None
    try:
        return Decimal(match.group())
    except InvalidOperation:
        return None


# the variant signs a value may open with, as the 指标性质 column's are read ('≧90%')
_VARIANT_SIGNS = {"≧": "≥", "≦": "≤", "⩾": "≥", "⩽": "≤"}


def joined_value(value: str, sign: str, unit: str) -> str:
    """One value out of 指标性质 / 指标值 / 计量单位 columns: '≥' '85' '%' -> '≥85%'."""
    words = vocabulary()
    symbol = words.sign(sign) if sign else None
    text = value
    if text[:1] in _VARIANT_SIGNS:
        text = _VARIANT_SIGNS[text[0]] + text[1:]
    if unit and text and not text.endswith(unit) and _NUMBER.fullmatch(text.replace(",", "")):
        text += unit
    if symbol and text and not _SIGN_START.match(text):
        text = symbol + text
    return text


# a row's 分值 out of the 100 a grid shares; a larger lone figure is something else
_MAX_POINTS = 100


@cache
def _qualitative_marks() -> frozenset[str]:
    return frozenset(packs.merged_data("import-headers.json")["qualitative_marks"]["marks"])


def _dual(label: str) -> bool:
    """A label that is 一级 in one framework and 二级 in the other (成本指标, 满意度指标)."""
    words = vocabulary()
    return bool(label) and bool(
        words.level(label, words.level1) and words.level(label, words.level2)
    )


class IndicatorReader:
    """Reads the data rows under one grid header into indicators."""

    def __init__(self, header: GridHeader, warn: Warn) -> None:
        self.header = header
        self._warn = warn
        self.level1 = ""
        self.level2 = ""
        self.level1_source: SourceRef | None = None
        self.level2_source: SourceRef | None = None
        self.left_out = 0
        self._pending: list[Cell] | None = None  # a row that ended at its name
        self._awaiting_points: Indicator | None = None  # a joined row whose 分值 may follow
        self._upright: list[Cell] = []  # a label written one character a line, so far
        self._last: Indicator | None = None  # the row read last, for a doubled grid's halves
        self._class_rows = reads_class_names(header)

    def read(self, cells: list[Cell], where: SourceRef, packed: bool = False) -> Indicator | None:
        self._upright = []
        if (
            self._late_points(cells)
            or self._label_piece(cells)
            or header_continuation(cells)
            or self._section(cells)
        ):
            return None
        cells = [c for c in cells if not _NUMBERING.fullmatch(c.text.strip())]
        pending, self._pending = self._pending, None
        joined = pending is not None and packed and self._continues(pending, cells)
        if pending is not None and joined:
            cells = [*pending, *cells]  # the rest of a row broken after its name
        elif pending is not None and not self._label_broken(pending, cells):
            self._left_out(pending)
        mapped = (self._class_rows and class_named(cells)) or align(
            self.header, cells, packed, self.level2
        )
        if not mapped:
            return None
        self._labels(mapped)
        name_cell = mapped.get("level3")
        name = name_cell.text if name_cell else ""
        words = vocabulary()
        # (a bracketed explanation is no header word: '结余率(计算方法为:结余数/预算数)')
        unbracketed = _BRACKETED.sub("", name) or name
        header_word = words.role_of(unbracketed) and not dated_name(unbracketed, mapped)
        not_a_name = words.is_placeholder(name) or header_word or words.sign(name)
        # a label in the name's column is a label-only row; but a label word after the
        # row's own, different 二级 label is a name (满意度指标 | 服务对象满意度指标 |
        # 满意度 | …, or | 服务对象满意度 | …)
        kind = level_kind(name)
        level2 = mapped["level2"].text if "level2" in mapped else ""
        if not level2 and "value" in mapped and mapped["value"].text and _dual(self.level2):
            # 社会成本指标 | 定量 | 100 | % under an inherited 成本指标: the 2021 framework's
            # 二级 words name the rows under the older framework's 二级 成本指标
            level2 = self.level2
        under_level2 = bool(level2) and normalise(level2) != normalise(name)
        if not name or not_a_name or (kind and not under_level2):
            return None  # a label-only row, a template's 指标1 / …… row, a header word
        if words.ends_grid(name):
            return None  # 审核意见, 其他需说明的问题, a table title: not an indicator
        move_early_likelihood(self.header, mapped)
        text = {role: cell.text for role, cell in mapped.items()}
        for role in ("value", "actual", "expected"):
            if role in text and _BLANK.fullmatch(text[role]):
                text[role] = ""  # '/' or '—': the template's way of leaving a cell empty
        weight_text = text.get("weight", "")
        explained = (
            number(weight_text) is None and len(weight_text) > 8 and not text.get("description")
        )
        if explained:
            # a template printing the indicator's explanation under 指标分值
            text["description"] = weight_text
        value = joined_value(text.get("value", ""), text.get("sign", ""), text.get("unit", ""))
        # a scoring row (评价得分表, a self-evaluation row whose target cell is empty)
        # is kept with its 分值 and 得分, the target left empty
        scored = number(text.get("weight", "")) is not None and "score" in text
        unvalued = not value and not text.get("actual") and not scored
        if packed and (joined or unvalued) and self._broken_after_name(mapped, cells):
            self._pending = cells  # its values (and its points) may follow on the next lines
            return None
        if unvalued:
            self._left_out(cells, name, where)
            return None
        indicator = Indicator(
            level1=self.level1,
            level2=self.level2,
            level3=name.replace("★", "") or name,
            value=value,
            core="★" in name or bool(text.get("core")),
        )
        for field in _TEXT_FIELDS:
            if text.get(field):
                setattr(indicator, field, text[field])
        indicator.weight = number(text.get("weight", ""))
        indicator.score = number(text.get("score", ""))
        for role, cell in mapped.items():
            # (the explanation printed under 指标分值 is where the description was read)
            indicator.sources["description" if explained and role == "weight" else role] = (
                cell.located()
            )
        for role in ("level1", "level2"):
            if role in mapped and mapped[role].text != getattr(indicator, role):
                # a non-standard label read as the framework's name: keep what was written
                indicator.sources[role] = mapped[role].source.with_raw(mapped[role].raw.strip())
        if self.level1_source is not None and "level1" not in mapped:
            indicator.sources["level1"] = self.level1_source
        if self.level2_source is not None and "level2" not in mapped:
            indicator.sources["level2"] = self.level2_source
        if joined and indicator.weight is None and self.header.has("weight"):
            self._awaiting_points = indicator
        if self._second_half(indicator):
            return None
        self._last = indicator
        return indicator

    def upright_piece(self, cell: Cell, text: str) -> bool:
        """A line of one character (``text``, as compared) between the grid's rows: a piece
        of a 一级 label merged down the rows and written upright ('产' / '出' / '指' / '标'
        before its first row, 青阳). Once the pieces spell a 一级 label, the rows below
        take it (True)."""
        if len(text) != 1 or not "\u4e00" <= text <= "\u9fff":
            self._upright = []
            return False
        self._upright.append(Cell(raw=text, source=cell.source, col=cell.col))
        spelt = "".join(c.text for c in self._upright)
        if len(self._upright) < 2 or level_kind(spelt) != "level1":
            return False
        source = self._upright[0].source.with_raw(spelt)
        self._labels({"level1": Cell(raw=spelt, source=source, col=cell.col)})
        self._upright = []
        return True

    def _second_half(self, indicator: Indicator) -> bool:
        """In a grid of 中期 then 年度 columns (``header.doubled``) read as rows of half
        its width, the row right after one naming the same indicator with another target
        is that indicator's 年度 half: the first row's target is its 中期 value."""
        last = self._last
        if not self.header.doubled or last is None or last.midterm_value:
            return False
        same = (last.level2, last.level3) == (indicator.level2, indicator.level3)
        if not same or not indicator.value or last.value == indicator.value:
            return False
        last.midterm_value, last.value = last.value, indicator.value
        if "value" in last.sources:
            last.sources["midterm_value"] = last.sources["value"]
        if "value" in indicator.sources:
            last.sources["value"] = indicator.sources["value"]
        return True

    def _late_points(self, cells: list[Cell]) -> bool:
        """A lone figure right after a row joined from broken lines that still lacks its
        分值, in a grid with a 分值 column and no 得分 one: the row's points, wrapped onto a
        line of their own ('… 推动…配置 定性' / '长期' / '15', 扎赉特)."""
        waiting, self._awaiting_points = self._awaiting_points, None
        if waiting is None or self.header.has("score"):
            return False
        filled = [c for c in cells if c.text]
        points = number(filled[0].text) if len(filled) == 1 else None
        if points is None or not 0 < points <= _MAX_POINTS:
            return False
        waiting.weight = points
        waiting.sources["weight"] = filled[0].located()
        return True

    def _left_out(self, cells: list[Cell], name: str = "", where: SourceRef | None = None) -> None:
        if not name:
            mapped = align(self.header, cells, True)
            name = mapped["level3"].text if "level3" in mapped else cells[0].text
            where = cells[0].source
        self.left_out += 1
        self._warn("indicator-without-value", f"指标“{name}”没有指标值，未导入", where)

    def _broken_after_name(self, mapped: dict[str, Cell], cells: list[Cell]) -> bool:
        """A scoring grid's row that stops at its name, or soon after, without its
        points ('效益指标 | 经济效益指标 | 减轻贫困学生家庭经济负担'): the flattening broke
        it, its cells continue below."""
        header = self.header
        if not header.has("weight") or "level3" not in mapped:
            return False
        name = next(i for i, c in enumerate(cells) if c is mapped["level3"])
        tail = [c for c in cells[name + 1 :] if c.text]
        if len(tail) >= header.core_after_name():
            return False
        if tail and normalise(tail[-1].text) in _qualitative_marks():
            # '… | 可持续影响 | 推动…配置 | 定性' then '长期' and '15' on lines of their own:
            # a qualitative row's target and points wrapped below its 指标性质 (扎赉特)
            return True
        return header.has("score") and not set(mapped) & {"weight", "score"}

    def _continues(self, pending: list[Cell], cells: list[Cell]) -> bool:
        """Whether ``cells`` carry on the row ``pending`` broke off: they open with no
        label, and the cells after the name either read as its values and points or
        are still fewer than the columns after the name."""
        filled = [c for c in cells if c.text]
        if not filled or level_kind(filled[0].text) is not None:
            return False
        name_cell = align(self.header, pending, True)["level3"]
        name = next(i for i, c in enumerate(pending) if c is name_cell)
        tail = [c for c in pending[name + 1 :] if c.text] + filled
        position = self.header.position("level3")
        assert position is not None
        if scored_tail(self.header, position, tail) is not None:
            return True  # the row is whole again: its values, then its points
        core = self.header.core_after_name()
        return len(tail) < core or (len(tail) == core and points_pair(tail[-2:]))

    def _label_broken(self, pending: list[Cell], cells: list[Cell]) -> bool:
        """Whether a row that stopped at its name and the next line, one cell, spell a
        level label broken over two lines ('满意度指标 | 服务对象' then '满意度指标', 霍山):
        no row left out, the label the rows below take."""
        filled = [c for c in cells if c.text]
        name = align(self.header, pending, True).get("level3") if len(filled) == 1 else None
        if name is None:
            return False
        whole = name.text + filled[0].text
        role = level_kind(whole)
        if role is None:
            return False
        self._labels({role: Cell(raw=whole, source=name.source, col=name.col)})
        return True

    def _section(self, cells: list[Cell]) -> bool:
        """A section row of the older framework's grid ('一、投入目标', '1.数量目标' in
        the goal's column, the rest empty): it sets the label the next rows take."""
        found = section_label([c.text for c in cells]) if self.header.fixed else None
        if found is not None:
            role, label = found
            self._labels({role: Cell(raw=label, source=cells[0].source, col=cells[0].col)})
        return found is not None

    def _label_piece(self, cells: list[Cell]) -> bool:
        """A row holding only a piece of a level label wrapped over two lines
        ('可持续影' then '响指标'): the first piece sets the label, the last is dropped."""
        filled = [c for c in cells if c.text]
        if len(filled) != 1:
            return False
        whole = label_fragment(filled[0].text)
        if whole is None:
            return False
        if whole:
            role = level_kind(whole) or "level2"
            self._labels({role: Cell(raw=whole, source=filled[0].source, col=filled[0].col)})
        return True

    def _labels(self, mapped: dict[str, Cell]) -> None:
        """Set the 一级 / 二级 labels a row states; the next rows inherit them."""
        words = vocabulary()
        first = mapped.get("level1")
        if first is not None and first.text:
            opening = bool(self.level1)  # (a 一级 first met mid-span keeps the 二级 above)
            self.level1 = words.level(first.text, words.level1) or _POINTS.sub("", first.text)
            self.level1_source = first.source.with_raw(first.raw.strip())
            if opening:
                self.level2, self.level2_source = "", None
        second = mapped.get("level2")
        if second is not None and second.text:
            self.level2 = words.level(second.text, words.level2) or _POINTS.sub("", second.text)
            self.level2_source = second.source.with_raw(second.raw.strip())
            parent = words.effect_level2.get(self.level2)
            if parent and not (first and first.text) and self.level1 in words.output_level1:
                # an effect 二级 after outputs, its 一级 cell left empty (产出指标 … |
                # 社会效益 | 覆盖率): not an output; the 一级 is inferred, so no source
                self.level1, self.level1_source = parent, None
