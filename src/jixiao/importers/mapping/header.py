"""The header row of an indicator grid: which column plays which role.

A header is a row naming at least the 三级指标 column and a value-like column
(指标值, 实际完成值, 分值 …), in any province's words (see the vocabulary). Cells
before the 一级指标 column are side labels (a vertical "绩效指标" cell) and play
no role. A second header row of 中期 / 年度 splits the 指标值 column in two; one of
符号 / 单位 (and the parts of 自评得分) splits the column groups above it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.importers.blocks import Row
from jixiao.importers.mapping.standard_values import is_standard_header, standard_roles
from jixiao.importers.mapping.vocabulary import normalise, vocabulary

LEVEL_ROLES = ("level1", "level2")
# Columns a data row must fill after its 三级指标 name, when cells lose their places.
CORE_ROLES = frozenset(
    {"value", "midterm_value", "sign", "unit", "actual", "expected", "weight", "score"}
)
VALUE_ROLES = frozenset({"value", "actual", "midterm_value"})


@dataclass(slots=True)
class GridHeader:
    """The roles of an indicator grid's columns, by position (0-based)."""

    roles: list[str | None]
    cols: list[int] = field(default_factory=list)  # the reader's grid column of each position
    texts: list[str] = field(default_factory=list)
    # cells keep their columns whatever the first one holds (the older 评价指标 | 标准值
    # framework, whose first column names a goal, not a level)
    fixed: bool = False
    # 中期 then 年度 columns side by side, the same words twice (doubled_by_period)
    doubled: bool = False

    def position(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None

    def has(self, role: str) -> bool:
        return role in self.roles

    @property
    def width(self) -> int:
        return len(self.roles)

    def core_after_name(self) -> int:
        """How many positions after the 三级指标 one a row needs to be complete."""
        start = self.position("level3")
        if start is None:
            return 0
        last = max(
            (i for i, role in enumerate(self.roles) if role in CORE_ROLES and i > start),
            default=start,
        )
        return last - start

    def has_optional_tail(self) -> bool:
        """Whether text columns (偏差原因, 说明 …) follow the value columns."""
        start = self.position("level3") or 0
        last_core = start + self.core_after_name()
        return any(role is not None for role in self.roles[last_core + 1 :])

    def split_paired(self, row: Row) -> bool:
        """Take a 中期 / 年度 sub-header row, if ``row`` is one."""
        words = vocabulary().paired_children
        filled = [normalise(c.text) for c in row.cells if c.text]
        if not filled or not all(text in words for text in filled):
            return False
        parent = self.position("value")
        if parent is None:
            return False
        children: list[str | None] = [words[text] for text in filled]
        self.roles[parent : parent + 1] = children
        self.cols[parent : parent + 1] = [self.cols[parent] + i for i in range(len(children))]
        self.texts[parent : parent + 1] = filled
        return True

    def split_levels(self, row: Row) -> bool:
        """Take the lower row of a two-row header, if ``row`` is one: 一级指标 | 二级指标 |
        三级指标 under one cell merged across them (指标, 绩效指标), the other columns merged
        down both rows and empty here. The parent's columns take the levels they name."""
        words = vocabulary()
        filled = [c for c in row.cells if c.text]
        roles = [words.role_of(c.text) for c in filled]
        if not filled or any(r not in ("level1", "level2", "level3") for r in roles):
            return False
        at = [self.cols.index(c.col) if c.col in self.cols else -1 for c in filled]
        if len(set(roles)) < len(roles) or -1 in at or len({self.texts[i] for i in at}) > 1:
            return False  # (not all under one parent: its text fills each column it spans)
        parent = [i for i, text in enumerate(self.texts) if text == self.texts[at[0]]]
        outside = {r for i, r in enumerate(self.roles) if i not in parent}
        if (
            len(parent) < 2
            or outside & set(roles)
            or {self.roles[i] for i in parent} - {None, "level3"}
        ):
            return False
        for i in parent:
            self.roles[i] = None
        for i, role, cell in zip(at, roles, filled, strict=True):
            self.roles[i], self.texts[i] = role, normalise(cell.text)
        return True

    def join_wrapped(self, row: Row) -> bool:
        """Take the second line of header words wrapped in their cells, if ``row`` is
        one: ``… 三级指标 | 年度 | 实际 | 分值 …`` over ``指标值 | 完成值`` names the
        年度指标值 and 实际完成值 columns. Each word of ``row`` completes, in order, one
        header cell that plays no role yet, and every joined text must name a role the
        header lacks."""
        words = vocabulary()
        start = self.position("level3")
        filled = [normalise(c.text) for c in row.cells if c.text]
        if start is None or not filled:
            return False
        open_cells = [
            i for i in range(start + 1, self.width) if self.roles[i] is None and self.texts[i]
        ]
        if len(open_cells) != len(filled) or any(
            i > 0 and self.texts[i] == self.texts[i - 1] for i in open_cells
        ):
            return False
        joined = [
            normalise(self.texts[i]) + text for i, text in zip(open_cells, filled, strict=True)
        ]
        roles = [words.role_of(text) for text in joined]
        named = [r for r in roles if r is not None and r != "ignore"]
        if len(named) != len(roles) or len(set(named)) != len(named):
            return False
        if any(self.has(role) for role in named):
            return False
        for i, role, text in zip(open_cells, named, joined, strict=True):
            self.roles[i], self.texts[i] = role, text
        return True

    def split_refined(self, row: Row) -> bool:
        """Take a flattened sub-header row that splits column groups of this one, if
        ``row`` is one: ``符号 | 单位(文字描述) | 单项指标得分 | 权重占比(%) | 折算得分`` under
        ``… | 预期指标值 | 实际完成值 | 完成情况 | 自评得分``. Its 符号 / 单位 cells sit around
        the 指标值's number (whose own column is unnamed); the cells after them split the
        group of the first of their roles, that group's role kept on its first part."""
        words = vocabulary()
        filled = [c.text for c in row.cells if c.text]
        roles = [role for role in (words.role_of(text) for text in filled) if role]
        value = self.position("value")
        if not row.packed or value is None or self.has("sign") or self.has("unit"):
            return False
        if not filled or len(roles) < len(filled) or roles[0] not in ("sign", "unit"):
            return False
        lead = next((i for i, r in enumerate(roles) if r not in ("sign", "unit")), len(roles))
        rest = roles[lead:]
        group = self.position(rest[0]) if rest else None
        if rest and (group is None or group < value or rest[0] in roles[:lead]):
            return False
        split_value: list[str | None] = [
            *(r for r in roles[:lead] if r == "sign"),
            "value",
            *(r for r in roles[:lead] if r == "unit"),
        ]
        parts: dict[int, tuple[list[str | None], list[str]]] = {
            value: (split_value, [normalise(t) for t in filled[:lead]])
        }
        if group is not None:
            group_roles: list[str | None] = [rest[0], *([None] * (len(rest) - 1))]
            parts[group] = (group_roles, [normalise(t) for t in filled[lead:]])
        new_roles: list[str | None] = []
        new_texts: list[str] = []
        for position, (role, text) in enumerate(zip(self.roles, self.texts, strict=True)):
            if position in parts:
                new_roles.extend(parts[position][0])
                new_texts.extend(parts[position][1][: len(parts[position][0])])
                new_texts.extend([text] * (len(parts[position][0]) - len(parts[position][1])))
            else:
                new_roles.append(role)
                new_texts.append(text)
        self.roles, self.texts = new_roles, new_texts
        self.cols = list(range(len(new_roles)))
        return True


def doubled_by_period(roles: list[str | None]) -> bool:
    """二级指标 | 三级指标 | 指标值 written twice side by side: a 申报表's 中期目标 columns
    then its 年度目标 ones (安徽, 湖北 …)."""
    named = [i for i, role in enumerate(roles) if role in ("level2", "level3", "value")]
    half = len(named) // 2
    if half < 3 or len(named) % 2:
        return False
    left, right = named[:half], named[half:]
    return (
        [roles[i] for i in left] == [roles[i] for i in right]
        and roles[left[0]] == "level2"
        and right[0] - left[-1] == 1  # the halves adjoin, each naming its columns once
        and len({roles[i] for i in left}) == half
    )


def parse_header(row: Row) -> GridHeader | None:
    """The grid header ``row`` is, or None."""
    words = vocabulary()
    roles: list[str | None] = []
    cols: list[int] = []
    texts: list[str] = []
    for cell in row.cells:
        role = words.role_of(cell.text) if cell.text else None
        if normalise(cell.text) in words.paired_parents and cell.span > 1:
            role = "value"
        for offset in range(max(cell.span, 1)):
            roles.append(role if offset == 0 else None)
            cols.append(cell.col + offset)
            texts.append(cell.text)
    fixed = is_standard_header(texts)
    if fixed:
        roles = standard_roles(texts, roles)  # the older 评价指标 | 标准值 framework
    if "level3" not in roles and not ("level2" in roles and "value" in roles):
        return None
    if not (set(roles) & (VALUE_ROLES | {"weight", "score"})):
        return None
    names = [i for i, r in enumerate(roles) if r == "level3"]
    if len(names) > 1 and normalise(texts[names[0]]) in words.side_labels:
        roles[names[0]] = None  # a vertical "绩效指标" beside the grid; the next cell names rows
    first_level = next((i for i, r in enumerate(roles) if r in ("level1", "level2")), None)
    doubled = doubled_by_period(roles)
    seen: set[str] = set()
    for i, role in enumerate(roles):
        before_levels = first_level is not None and i < first_level
        # a second 符号 column is kept (指标性质 正向 | 指标方向 大于等于): the row's cells
        # tell which holds the sign (align.py)
        again = role in seen and role != "sign"
        if role is None or again or before_levels or role == "ignore":
            roles[i] = None
            continue
        seen.add(role)
    if "level2" in seen and "level1" not in seen and roles.index("level2") == 1 and not roles[0]:
        # 绩效目标 | 评价指标 | …: the grid's first column, left of the 二级 one, holds the
        # 一级 labels (投入 / 产出) whatever its header says
        roles[0] = "level1"
        seen.add("level1")
    if "level3" not in seen and "level2" not in seen:
        # '绩效指标 | 一级指标 | 指标值' (a top row split_stacked tries): the name column
        # stood left of the levels, so no column names the rows
        return None
    if "level3" not in seen:
        # "一级指标 | 二级指标 | 指标内容"-less grids: the column after 二级 names the row.
        level2 = roles.index("level2")
        if level2 + 1 < len(roles) and roles[level2 + 1] is None:
            roles[level2 + 1] = "level3"
        elif "level1" in seen and level2 + 1 < len(roles) and roles[level2 + 1] == "description":
            # 一级指标 | 二级指标 | 绩效标准 | 指标值 with no name column: the rows are named
            # under 二级指标 and categorised (数量指标 …) under 一级指标
            roles[roles.index("level1")], roles[level2] = "level2", "level3"
        else:
            return None
    return GridHeader(roles=roles, cols=cols, texts=texts, fixed=fixed, doubled=doubled)
