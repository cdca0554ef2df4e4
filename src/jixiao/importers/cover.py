"""Document identity: department and budget year from the cover, titles or units."""

from __future__ import annotations

import re
from collections import Counter

_PLAN_TITLE = re.compile(r"^(?P<dept>.*?)(?P<year>20\d{2})年(?:度)?部门预算绩效文本")
_DISCLOSURE_TITLE = re.compile(
    r"^(?:[一二三四五六七八九十]+、)?(?P<dept>.+?)(?:部门)?(?P<year>20\d{2})年度?部门预算公开表"
)
_YEAR_ONLY = re.compile(r"(?P<year>20\d{2})年(?:度)?部门预算")
_BUDGET_YEAR = re.compile(r"预算年度[：:]\s*(?P<year>20\d{2})")
_COMPILER = re.compile(r"^(?:编制单位[：:]\s*(?P<unit>.+)|(?P<dept>.+?)编制)$")
_YEAR_IN_TEXT = re.compile(r"(20\d{2})年")
_UNIT_SUFFIX = re.compile(r"[（(]?本级[）)]?$")


class CoverReader:
    """Picks the department and year out of the paragraphs that state them."""

    def __init__(self) -> None:
        self.department: str | None = None
        self.year: int | None = None
        self.title: str | None = None
        self._previous: str = ""

    def see(self, text: str) -> None:
        plan = _PLAN_TITLE.match(text)
        disclosure = _DISCLOSURE_TITLE.match(text)
        if plan:
            self.title = self.title or text
            self._set_year(plan.group("year"))
            self._set_department(plan.group("dept") or self._previous)
        elif disclosure:
            self._set_year(disclosure.group("year"))
            self._set_department(disclosure.group("dept"))
        elif (year := _YEAR_ONLY.search(text) or _BUDGET_YEAR.search(text)) is not None:
            self._set_year(year.group("year"))
        elif (compiler := _COMPILER.match(text)) is not None:
            self._set_department(compiler.group("unit") or compiler.group("dept"))
        self._previous = text

    def _set_year(self, year: str) -> None:
        if self.year is None:
            self.year = int(year)

    def _set_department(self, name: str) -> None:
        name = name.strip()
        if self.department is None and 2 <= len(name) <= 60:
            self.department = name


def department_from_unit(unit_name: str) -> str:
    """'秦皇岛市北戴河区机关事务管理局(本级)' -> '秦皇岛市北戴河区机关事务管理局'."""
    return _UNIT_SUFFIX.sub("", unit_name)


def year_from_texts(texts: list[str]) -> int | None:
    """The year most often named in project texts, when no title states it."""
    counts = Counter(int(y) for text in texts for y in _YEAR_IN_TEXT.findall(text))
    if not counts:
        return None
    year, _ = counts.most_common(1)[0]
    return year
