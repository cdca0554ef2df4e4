"""The 自评 budget line of a table flattened into one line, its figures glued together:
'…年初预算数全年预算数全年执行分值执行率得分年度资金总额303010100%其中…',
'全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10'.

The column heads (pack data, ``profiles/import-stated-totals.json``) give the order of
the figures; the run after the line's label is split into them where the line's own
arithmetic allows: 执行数 / 预算数 is the 执行率 (within a percentage point), a 分值 is a
whole or half point up to 40 (or the one '得分(20分*执行率)' states), the 得分 no more
than its 分值 and near 执行率 × 分值, a figure has no leading zero, a rate above 0 has
every amount above 0; a column may be empty (at most two). What every reading with the
fewest empty columns, then with a rate its amounts give to the rounding written, agrees
on is taken; the 执行率 must be among it. Amounts are taken only when the table says 万元
and the reading is the only one. Read for self-evaluations only, for
projects with no 执行率 and no 执行数 from a table; each figure keeps its line as source.
The 预算数 the project is reviewed by (``budget_total``) is the line's 预算数 only where the
其中 lines glued after it, as read, fit it (``budget_parts``): those are not split here,
and a total beside their glued figures would not add up.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.budget_parts import agreed_total, infer_total
from jixiao.importers.mapping.glued_total import first_part
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from jixiao.textnorm import strip_pinyin, to_simplified

_NUMBER = re.compile(r"(?:0|[1-9]\d{0,9})(?:\.\d{1,4})?")
_MARK = r"(?:\s+|[(（][^()（）]{0,12}[)）]|[(（][^()（）\u4e00-\u9fff]{0,12})*"
_MARKS = re.compile(r"[(（][^()（）]{0,12}[)）]|[(（][^()（）\u4e00-\u9fff]{0,12}")
_UNITS = re.compile(r"万元? ?")
_UNIT_ALONE = re.compile(r"[(（]?(?:单位[:：]\s*)?万元[)）]?")
_POINTS_MARK = re.compile(r"(\d+(?:\.\d+)?)分[*×xX]执行率")
_MAX_EMPTY = 2
_LONGEST = 64  # characters of a budget line's figures glued
_HEAD_BEFORE = 24  # characters before the label a flattened row may print a column head in
_CLOSE = Decimal("0.01")
_EXACT = Decimal("0.0051")  # a rate rounded to a whole percent
_SLACK = Decimal("0.15")  # of the 分值: a 得分 this far from 执行率 × 分值 is another split
_RATES = ("execution_rate",)
_POINTS = ("execution_weight", "execution_score")
_AMOUNTS = ("budget_initial", "budget_adjusted", "spent")
Reading = dict[str, Decimal]


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = packs.merged_data("import-stated-totals.json")
    return data


@cache
def _columns() -> dict[str, str]:
    return {word: column for column, words in _data()["budget_columns"].items() for word in words}


def _spaced(word: str) -> str:
    return r"\s*".join(re.escape(ch) for ch in word)


@cache
def _line() -> re.Pattern[str]:
    words = sorted(_columns(), key=len, reverse=True)
    column = "|".join(_spaced(w) for w in words)
    label = "|".join(_spaced(w) for w in sorted(_data()["budget_lines"], key=len, reverse=True))
    total = "|".join(_spaced(w) for w in _data()["sum_labels"])
    # or a line per 资金来源 first ('一般预算内拨款6363100%'), then theirs: '合计6363100%'
    sources = rf"(?:[^\d%:：]{{1,12}}?[\d.,%]+){{1,4}}?[^\d%:：]{{0,2}}?(?:{total})"
    return re.compile(
        rf"(?P<head>(?:(?:{column}){_MARK}){{3,8}})"
        rf"(?:[^\d%:：]{{0,8}}?(?:{label})|{sources})\s*[:：]?\s*"
        r"(?P<run>[\d.,%]+(?:(?: |万元? ?)[\d.,%]+)*)"
    )


@cache
def _label_first() -> re.Pattern[str]:
    """The label, then the heads, then the figures a space apart, the next line's after
    them: '年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分
    65.66 65.07 10 99% 9 65.66 65.07 — 99% —' (a sheet flattened row by row)."""
    words = sorted(_columns(), key=len, reverse=True)
    column = "|".join(_spaced(w) for w in words)
    label = "|".join(_spaced(w) for w in sorted(_data()["budget_lines"], key=len, reverse=True))
    return re.compile(
        rf"(?:{label})[^\d%]{{0,40}}?(?P<head>(?:(?:{column}){_MARK}){{3,8}})"
        r"(?P<run>[\d.,%]+(?: [\d.,%]+)+)"
    )


def _heads(head: str) -> list[str]:
    words = sorted(_columns(), key=len, reverse=True)
    bare = _MARKS.sub("", re.sub(r"\s", "", head))  # '得分(20分*执行率)' names one column
    found = re.findall("|".join(re.escape(w) for w in words), bare)
    return [_columns()[w] for w in found]


def _decimal(text: str) -> Decimal | None:
    if not _NUMBER.fullmatch(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None


def readings(
    run: str, columns: list[str], weight: Decimal | None = None
) -> list[tuple[int, Reading]]:
    """Every way to split ``run`` into ``columns`` (some left empty) that the line's
    arithmetic allows, as (empty columns, figures by column); ``weight`` is a 分值 the
    header states ('得分(20分*执行率)')."""
    run = run.replace(",", "")
    if len(run) > _LONGEST:
        return []  # several lines glued on: not one budget line
    start: Reading = {} if weight is None else {"execution_weight": weight}
    found: list[tuple[int, Reading]] = []

    def walk(pos: int, index: int, empty: int, taken: Reading, marked: bool) -> None:
        while pos < len(run) and run[pos] == " ":
            pos += 1
        if index == len(columns):
            if pos == len(run):
                reading = _checked(taken, marked)
                if reading is not None:
                    found.append((empty, reading))
            return
        if empty < _MAX_EMPTY:
            walk(pos, index + 1, empty + 1, taken, marked)
        column = columns[index]
        for end in range(pos + 1, min(len(run), pos + 16) + 1):
            token = run[pos:end]
            if " " in token or "%" in token:
                break
            value = _decimal(token)
            if value is None:
                continue
            percent = end < len(run) and run[end] == "%"
            if percent != (column == "execution_rate" and "%" in run):
                continue
            walk(end + percent, index + 1, empty, {**taken, column: value}, marked or percent)

    walk(0, 0, 0, start, False)
    return found


def _rank(empty: int, reading: Reading) -> tuple[int, int]:
    """Fewest empty columns first, then a rate its own amounts give exactly."""
    budget = _budget(reading)
    spent = reading.get("spent")
    exact = bool(budget) and spent is not None
    if exact and budget and spent is not None:
        exact = abs(spent / budget - reading["execution_rate"]) <= reading["rate_step"]
    return empty, 0 if exact else 1


def _budget(reading: Reading) -> Decimal | None:
    """The reading's 预算数: its 全年 (else 年初) 预算数, as ``infer_total`` takes it."""
    return reading.get("budget_adjusted") or reading.get("budget_initial")


def _checked(taken: Reading, marked: bool) -> Reading | None:
    reading = dict(taken)
    rate = reading.get("execution_rate")
    budget = reading.get("budget_adjusted") or reading.get("budget_initial")
    spent = reading.get("spent")
    if rate is None:
        return None
    if marked:
        # half a unit of the last digit written ('4.91%': 0.00005): the amounts' share
        # rounded as the rate is written is the rate
        reading["rate_step"] = Decimal(5).scaleb(rate.as_tuple().exponent - 3)  # type: ignore[operator]
        rate = rate / 100
    elif budget and spent is not None:  # a bare 执行率: as a fraction or in percent
        share = spent / budget
        rate = next((r for r in (rate, rate / 100) if abs(r - share) <= _CLOSE), None)
        if rate is None:
            return None
        reading["rate_step"] = _EXACT
    else:
        return None
    reading["execution_rate"] = rate
    # 年初预算数 0 with a 全年预算数: a project funded during the year, not a missing amount
    funded_later = reading.get("budget_initial") == 0 and bool(reading.get("budget_adjusted"))
    amounts = [
        reading[key]
        for key in _AMOUNTS
        if key in reading and not (funded_later and key == "budget_initial")
    ]
    if rate > 2 or (rate == 0 and any(amounts)) or (rate > 0 and not all(amounts)):
        return None  # nothing spent is 0% of every amount; a rate needs amounts above 0
    if budget and spent is not None and abs(spent / budget - rate) > _CLOSE:
        return None
    weight = reading.get("execution_weight")
    if weight is not None and not (1 <= weight <= 40 and (weight * 2) % 1 == 0):
        return None
    score = reading.get("execution_score")
    if score is not None:
        if weight is None:
            return None
        # the document's own rounding or grading may differ a little from 执行率 × 分值
        if score > weight or abs(score - min(rate, Decimal(1)) * weight) > _SLACK * weight:
            return None
    return reading


def agreed(found: list[tuple[int, Reading]], amounts: bool) -> Reading:
    """What every reading with the fewest empty columns agrees on (amounts only when it
    is the only reading and ``amounts``)."""
    if not found:
        return {}
    ranks = [(_rank(empty, reading), reading) for empty, reading in found]
    first = min(rank for rank, _ in ranks)
    best = [reading for rank, reading in ranks if rank == first]
    keys = _RATES + _POINTS + (_AMOUNTS if amounts and len(best) == 1 else ())
    out: Reading = {}
    for key in keys:
        values = {reading.get(key) for reading in best}
        value = values.pop() if len(values) == 1 else None
        if value is not None:
            out[key] = value
    budgets = {_budget(reading) for reading in best}
    budget = budgets.pop() if len(budgets) == 1 else None
    if amounts and len(best) > 1 and budget is not None:
        # the readings differ on the column ('30 | 30 | (empty)' or '(empty) | 30 | 30')
        # but agree on the 预算数
        out["budget"] = budget
    return out if "execution_rate" in out else {}


def confirmed(found: list[tuple[int, Reading]], after: str) -> list[tuple[int, Reading]]:
    """Of readings whose 预算数 differ, the one whose 预算数 the labelled part glued right
    after the line states ('…2456.182456.182456.1810100%10按收入性质分:2456.18': 2456.1 |
    82456.1 … splits too, but the document's own next figure is 2456.18); all of them
    when none or several fit."""
    if len({_budget(reading) for _, reading in found}) < 2:
        return found
    stated = first_part(after)
    fitting = [(empty, r) for empty, r in found if stated is not None and _budget(r) == stated]
    return fitting if len(fitting) == 1 else found


def budget_lines(text: str) -> list[Reading]:
    """The glued budget lines a line or paragraph holds, each as what its figures say."""
    text = re.sub(r"\s+", " ", to_simplified(strip_pinyin(unicodedata.normalize("NFKC", text))))
    out: list[Reading] = []
    glued = list(_line().finditer(text))
    runs = {match.start("run") for match in glued}
    spaced = [m for m in _label_first().finditer(text) if m.start("run") not in runs]
    for match in glued + spaced:
        head = match.group("head")
        mark = _POINTS_MARK.search(re.sub(r"\s", "", head))  # '得分(20分*执行率)': its 分值
        weight = Decimal(mark.group(1)) if mark is not None else None
        before = text[max(0, match.start() - 16) : match.start("run")]
        run = _UNITS.sub(" ", match.group("run"))  # '10万10万100%': the unit parts them
        columns = _heads(head)
        if match.re is _label_first():  # a cell per figure: the first as many as heads
            run = " ".join(run.split(" ")[: len(columns)])
        found = confirmed(readings(run, columns, weight), text[match.end() :])
        if not found and match.re is _label_first():
            found = readings(run, _with_head_before(text, match.start(), columns), weight)
        reading = agreed(found, "万元" in before or run != match.group("run"))
        if reading:
            out.append(reading)
    return out


def _with_head_before(text: str, label: int, columns: list[str]) -> list[str]:
    """The columns with a head a sheet flattened out of order printed before the line's
    label ('年初预算 数 0 项目资金 (万元) 年度资金总额 … 全年预算数 全年执行数 分值 执行率 得分
    0 207.4538 10 100% 10'): its figure is the row's first. None when there is no such head."""
    before = _heads(text[max(0, label - _HEAD_BEFORE) : label])
    missing = [column for column in before if column not in columns]
    return missing[:1] + columns if missing else []


def _head_alone(text: str) -> bool:
    """Whether the line ends in the budget line's label after its column heads, the
    figures on the next line ('| 年初预算数 | … | 得分 | 年度资金总额 |'), or ends in the
    column heads alone, the label and its figures on the next line ('全年预算数(A)全年
    执行数(B)预算执行率(B/A)' over '年度资金总额:40004000100%')."""
    text = to_simplified(strip_pinyin(unicodedata.normalize("NFKC", text)))
    if _line().search(text) is not None:
        return False
    return _line().search(text + " 1%") is not None or _heads_last().search(text) is not None


@cache
def _heads_last() -> re.Pattern[str]:
    words = sorted(_columns(), key=len, reverse=True)
    column = "|".join(_spaced(w) for w in words)
    return re.compile(rf"(?:(?:{column}){_MARK}){{3,8}}$")


def read_glued_budget(projects: list[Project], blocks: list[Block]) -> None:
    """Projects with no 执行率 and no 执行数 take those of their glued budget line."""
    if not projects or any(p.execution_rate is not None or p.spent is not None for p in projects):
        return
    found: list[tuple[Reading, SourceRef]] = []
    head = ""  # a row of the column heads ending in the line's label, its figures below
    for block in blocks:
        text = block.raw if isinstance(block, Paragraph) else " ".join(block.raws())
        text, head = head + text, ""
        if _UNIT_ALONE.fullmatch(text.strip()):
            head = text + " "  # '(万元)' on its own line over the heads: the amounts' unit
            continue
        if "执" not in text and "執" not in text:
            continue
        lines = budget_lines(text)
        if not lines and _head_alone(text):
            head = text + " "
        found.extend((r, block.source.with_raw(text)) for r in lines)
    if not found or (len(projects) > 1 and len(found) != len(projects)):
        return
    for project, (reading, source) in zip(projects, found, strict=False):
        agreed_budget = reading.pop("budget", None)
        for key, value in reading.items():
            if getattr(project, key) is None:
                setattr(project, key, value)
                project.sources[key] = source
        if not infer_total(project) and agreed_budget is not None:
            agreed_total(project, agreed_budget, source)
