"""The header vocabulary (``profiles/import-headers.json``) and the lookups on it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from jixiao import packs
from jixiao.importers.mapping.period_to_date import period_to_date

_SPACE = re.compile(r"[\s\u3000\u00a0]+")
_FULL_MARKS = re.compile(r"\(\d+(?:\.\d+)?分\)$")
_SCORE_SUFFIX = re.compile(
    r"[(（]?\d+(?:\.\d+)?(?:[-~—]\d+(?:\.\d+)?)?[)）]?分[)）]?$|[(（][^()（）]*[)）]$"
)


_BUDGET_MEASURES = {"spent": "spent", "rate": "execution_rate"}
# the formula a column's label carries: '预算执行率(B/A×100%)', '全年预算数(A)'
_FORMULA_MARK = re.compile(r"[(（][A-Za-z](?:[/×*÷xX][A-Za-z\d%]+)*[)）]$")
# '得分(20分*执行率)': the 分值 the 执行率 is scored on, written in its 得分 column's label
_RATE_POINTS_MARK = re.compile(r"[(（]\d+(?:\.\d+)?分[*×xX]执行率[)）]$")
# '执行率(%)': the unit of a rate column (its bare figures are confirmed by the line's own
# 执行数 / 预算数 all the same)
_PERCENT_MARK = re.compile(r"(?<=率)[(（]%[)）]$")
# a head's circled number and formula ('支出实现率(%)⑤=④/③', '年中调整金额②'), cut off the raw
# text: normalising turns '①' into '1' (importers/mapping/circled_heads.py)
_CIRCLED_MARK = re.compile(
    r"\s*[\u2460-\u2473](?:\s*[=＝]\s*[\u2460-\u2473](?:\s*[+＋\-－/／×*÷]\s*[\u2460-\u2473])*)?\s*$"
)


def without_circled_mark(text: str) -> str:
    """'支出实现率(%)⑤=④/③' -> '支出实现率(%)'; a text without such a mark as it is."""
    return _CIRCLED_MARK.sub("", text)


def is_formula_mark(text: str) -> bool:
    """A column's formula mark alone ('(A)', '(B/A)'): cut off its label by a space."""
    return _FORMULA_MARK.fullmatch(normalise(text)) is not None


# what may follow a table's title: nothing, its bracket (年度), its year or a colon
_TITLE_END = re.compile(r"$|[(（\[【:：\d年]")

# '（良）', '优秀等级', '等级：优': the words around a grade
_GRADE_WRAPPING = re.compile(r"^[(（\[【]|[)）\]】]$|等级$|^等级")

_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


@cache
def _simplifier() -> Callable[[str], str]:
    from opencc import OpenCC

    convert: Callable[[str], str] = OpenCC("t2s").convert
    return convert


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Text as compared: NFKC, simplified characters without pinyin annotations
    (項(xiàng)目 -> 项目), no whitespace, no '*' marks or trailing colon."""
    text = _PINYIN.sub("", _SPACE.sub("", unicodedata.normalize("NFKC", text)))
    return _simplifier()(text).strip("*★").rstrip(":")


def compact(text: str) -> str:
    """Text without whitespace or pinyin annotations, its characters kept as written
    (for cutting a cell's text; :func:`normalise` is for comparing it)."""
    return _PINYIN.sub("", _SPACE.sub("", unicodedata.normalize("NFKC", text)))


@dataclass(frozen=True, slots=True)
class Vocabulary:
    roles: list[tuple[str, frozenset[str], tuple[str, ...]]]
    paired_parents: frozenset[str]
    paired_children: dict[str, str]
    header_fields: dict[str, str]
    # labels naming a field only when their value follows a colon in the cell ('金额:100')
    labelled_fields: dict[str, str]
    budget_columns: dict[str, str]
    money_units: dict[str, Decimal]
    placeholders: tuple[re.Pattern[str], ...]
    grid_end: tuple[str, ...]
    side_labels: frozenset[str]
    title_in_grid: re.Pattern[str]
    signs: dict[str, str]
    level1: dict[str, str]
    level2: dict[str, str]
    midterm_suffixes: tuple[str, ...] = ()
    annual_suffixes: tuple[str, ...] = ()
    description_openers: tuple[str, ...] = ()  # '反映…': where a glued description starts
    stated_grades: frozenset[str] = frozenset()  # 自评等级 words: 优, 良好, 合格 …
    output_level1: frozenset[str] = frozenset()  # 一级 of outputs: 产出指标 (成本指标)
    effect_level2: dict[str, str] = field(default_factory=dict)  # 社会效益指标 → 效益指标 …
    header_note: re.Pattern[str] | None = None  # a form's '(150字内)' after a header word
    standard_family: dict[str, str] = field(default_factory=dict)  # 评价指标 → level3 …
    standard_goal_words: frozenset[str] = frozenset()  # 目标名称: that family's goal column
    # a header amount at or above this many 万元 is not read where no money unit is stated
    unitless_amount_ceiling: Decimal | None = None
    # roles already found, per header text: every row of a grid is tried as a header, and
    # the same few hundred cell texts recur in every document
    _roles_seen: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def role_of(self, header: str) -> str | None:
        """The column role a header cell names, or None."""
        seen = self._roles_seen
        if header in seen:
            return seen[header]
        role = seen[header] = self._role_of(header)
        if len(seen) > 1 << 16:
            seen.clear()
        return role

    def _role_of(self, header: str) -> str | None:
        text = normalise(header)
        if not text:
            return None
        noted = self.header_note.search(text) if self.header_note else None
        if noted and noted.start():  # '指标内容(150字内)': the word before the form's note
            return self.role_of(text[: noted.start()])
        # 二级指标(长期) | 指标值(长期) | 二级指标(年度) …: a grid doubled by period, the
        # 年度 half read; of the 长期 half only its value is kept (as the midterm value).
        for suffix in self.midterm_suffixes:
            if text.endswith(suffix) and len(text) > len(suffix):
                base = self.role_of(text.removesuffix(suffix))
                return "midterm_value" if base == "value" else "ignore" if base else None
        for suffix in self.annual_suffixes:
            if text.endswith(suffix) and len(text) > len(suffix):
                return self.role_of(text.removesuffix(suffix))
        to_date = period_to_date(text)  # "1-6月完成值", "截至6月30日完成情况": done so far
        if to_date is not None and to_date.measure == "actual":
            return "actual"
        for role, exact, _ in self.roles:
            if text in exact:
                return role
        for role, _, fragments in self.roles:
            if any(fragment in text for fragment in fragments):
                return role
        return None

    def field_of(self, label: str, labelled: bool = False) -> str | None:
        """The project field a header-block label names ('项目名称' -> 'name'); a 总分 label
        may carry its full marks ('总分(100分)'). ``labelled``: the label has its value
        after a colon in the same cell, where a few more words are labels ('金额:100 万元')."""
        bare = normalise(label)
        field = self.header_fields.get(bare) or (
            self.labelled_fields.get(bare) if labelled else None
        )
        if field is None and bare.endswith("分)"):
            field = self.header_fields.get(_FULL_MARKS.sub("", bare))
            return field if field == "total_score" else None
        return field

    def grade_of(self, text: str) -> str | None:
        """A 自评等级 as written ('优', '（良）', '良好等级' -> '良好'), None when the text
        is no grade word."""
        bare = _GRADE_WRAPPING.sub("", normalise(text))
        return bare if bare in self.stated_grades else None

    def budget_column(self, header: str) -> str | None:
        text = normalise(without_circled_mark(header))  # '支出实现率(%)⑤=④/③'
        to_date = period_to_date(text)  # "1-6月执行数" / "1—7月执行率": spent so far
        if to_date is not None and to_date.measure in _BUDGET_MEASURES:
            return _BUDGET_MEASURES[to_date.measure]
        found = self.budget_columns.get(text)
        if found is None and _FORMULA_MARK.search(text):
            found = self.budget_columns.get(_FORMULA_MARK.sub("", text))
        if found is None and _RATE_POINTS_MARK.search(text):
            found = self.budget_columns.get(_RATE_POINTS_MARK.sub("", text))
        if found is None and _PERCENT_MARK.search(text):
            found = self.budget_columns.get(_PERCENT_MARK.sub("", text))
            return found if found == "execution_rate" else None
        return found

    def sign(self, text: str) -> str | None:
        """'>=' / '004 >=' / '大于等于' -> '≥'; None when the text is no sign."""
        bare = re.sub(r"^\d{2,4}", "", normalise(text))
        return self.signs.get(bare)

    def ends_grid(self, text: str) -> bool:
        """A 审核意见 / 评价结论 / 填报人 line under the grid, not an indicator."""
        bare = normalise(text)
        return any(word in bare for word in self.grid_end) or self._titled(bare)

    def _titled(self, bare: str) -> bool:
        """Whether a table's title stands in the text: a title phrase ending the text or
        followed by its bracket or year — one going on ('是否完成绩效目标申报表中申报的
        数量') is words of an indicator's name."""
        for found in self.title_in_grid.finditer(bare):
            if _TITLE_END.match(bare, found.end()):
                return True
        return False

    def is_placeholder(self, name: str) -> bool:
        """A template's 指标1 / …… / 合计 row, or a form label awaiting its entry
        ('项目责任人:', '注:'): matched as compared and as written (a colon kept)."""
        texts = (normalise(name), compact(name))
        return any(pattern.match(text) for pattern in self.placeholders for text in texts)

    def level(self, text: str, table: dict[str, str]) -> str | None:
        bare = _SCORE_SUFFIX.sub("", normalise(text))
        return table.get(bare)


def through_month(header: str) -> int | None:
    """N of a header naming a period to date ('1-6月执行数', '截至6月底执行数' -> 6)."""
    to_date = period_to_date(normalise(header))
    return to_date.month if to_date is not None else None


def grid_month(headers: list[str]) -> int | None:
    """The month N an indicator grid's to-date column names ('1-6月完成值' -> 6)."""
    found = (period_to_date(normalise(text)) for text in headers if text)
    return next((f.month for f in found if f is not None and f.measure == "actual"), None)


def _load_json() -> dict[str, Any]:
    loaded: dict[str, Any] = packs.merged_data("import-headers.json")
    return loaded


def _inverted(table: dict[str, list[str]]) -> dict[str, str]:
    return {normalise(alias): name for name, aliases in table.items() for alias in aliases}


@cache
def vocabulary() -> Vocabulary:
    data = _load_json()
    roles = [
        (
            entry["role"],
            frozenset(normalise(name) for name in entry["exact"]),
            tuple(normalise(name) for name in entry["contains"]),
        )
        for entry in data["column_roles"]
    ]
    family = data["standard_family"]
    # the family's words no column role names elsewhere are header words all the same
    roles.append(
        ("ignore", frozenset(normalise(w) for w in [*family["roles"], *family["goal_words"]]), ())
    )
    paired = data["paired_columns"]
    fields = {
        normalise(label): entry["field"]
        for entry in data["header_fields"]
        for label in entry["labels"]
    }
    return Vocabulary(
        roles=roles,
        paired_parents=frozenset(normalise(p) for p in paired["parents"]),
        paired_children={normalise(k): v for k, v in paired["children"].items()},
        header_fields=fields,
        labelled_fields={
            normalise(label): entry["field"]
            for entry in data["labelled_header_fields"]
            for label in entry["labels"]
        },
        budget_columns=_inverted(data["budget_columns"]),
        money_units={unit: Decimal(str(factor)) for unit, factor in data["money_units"].items()},
        unitless_amount_ceiling=Decimal(str(data["unitless_amount"]["ceiling"])),
        placeholders=tuple(re.compile(p) for p in data["placeholders"]),
        grid_end=tuple(normalise(w) for w in data["grid_end"]),
        side_labels=frozenset(normalise(w) for w in data["side_labels"]),
        title_in_grid=re.compile(data["titles_in_grid"]),
        signs={
            normalise(alias): sign for sign, aliases in data["signs"].items() for alias in aliases
        },
        level1=_inverted(data["level1"]),
        level2=_inverted(data["level2"]),
        midterm_suffixes=tuple(normalise(s) for s in data["period_suffixes"]["midterm"]),
        annual_suffixes=tuple(normalise(s) for s in data["period_suffixes"]["annual"]),
        description_openers=tuple(data.get("description_openers", ())),
        stated_grades=frozenset(data.get("stated_grades", ())),
        output_level1=frozenset(data.get("output_level1", ())),
        effect_level2=dict(data.get("effect_level2", {})),
        standard_family={normalise(k): v for k, v in family["roles"].items()},
        standard_goal_words=frozenset(normalise(w) for w in family["goal_words"]),
        header_note=re.compile(data["header_notes"]["pattern"]) if "header_notes" in data else None,
    )
