"""The 年度总体目标 block of a 自评表: the goal set (预期目标) and what was done
(实际完成情况), side by side::

    年度总体目标 | 预期目标 | 实际完成情况
                 | 1.建设…；2.整治… | 1.启动…；2.整治美丽宜居自然村庄202个…

A row naming the two columns — a goal label (预期目标, 总体目标, 年度预期目标 …) with an
outcome label (实际完成情况, 全年实际完成情况 …) right after it — is followed either by
the two texts on the same row or by a row holding exactly two texts: the first is the
goal, the second the outcome. A row holding one text (the outcome column left blank, or
the two run together) is not cut: which column it fills cannot be told. Both are kept
with their cells as sources, so a review can see an outcome that only repeats the goal.

A table flattened one cell per line (零陵's 部门整体 自评表) puts the two labels and then
each numbered goal on a line of its own, the goals first, then the outcomes numbered
again ('目标1:造林1.2万亩, / 目标2… / 目标3… / 目标1:造林1.2万亩, / …'): the outcome
column starts where the numbering starts again. Without such a restart it is not cut.
"""

from __future__ import annotations

import re
from copy import copy

from jixiao.importers.blocks import Block, Cell, Row
from jixiao.importers.mapping.vocabulary import normalise
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

GOAL_LABELS = frozenset(
    {"预期目标", "总体目标", "年度预期目标", "年初设定目标", "年初绩效目标", "年度目标"}
)
OUTCOME_LABELS = frozenset(
    {
        "实际完成情况",
        "全年实际完成情况",
        "目标实际完成情况",
        "年度目标实际完成情况",
        "具体完成情况",
        "实际完成",
    }
)
# the labels a goal block may open with, and those that end it (the indicator grid)
_BLOCK_LABELS = frozenset({"年度总体目标", "年度总体目标完成情况", "总体目标完成情况"})
_ENDS = ("绩效指标", "一级指标", "年度绩效指标完成情况")

Read = tuple[Cell, Cell]
# an item's number: '目标1:', '1.', '(一)', '二、' (the mark, with what it numbers by)
_NUMBER = re.compile(
    r"(?:目标)?\s*[(（]?[0-9一二三四五六七八九十]{1,3}(?=[)）.、:：]|[^\d一二三四五六七八九十])"
)


def header_at(texts: list[str]) -> int | None:
    """Where the outcome label of a goal–outcome header stands among a row's texts."""
    bare = [normalise(t) for t in texts]
    for index in range(1, len(bare)):
        if bare[index] in OUTCOME_LABELS and bare[index - 1] in GOAL_LABELS:
            return index
    return None


def _texts_after(cells: list[Cell]) -> list[Cell]:
    """The filled cells up to the grid's first label."""
    out: list[Cell] = []
    for cell in cells:
        bare = normalise(cell.text)
        if bare.startswith(_ENDS):
            break
        if bare and bare not in _BLOCK_LABELS and bare != "—":
            out.append(cell)
    return out


def _joined(cells: list[Cell]) -> Cell:
    cell = copy(cells[0])
    cell.text = " ".join(c.text.strip() for c in cells)
    return cell


def _lined_pair(blocks: list[Block], index: int) -> Read | None:
    """The goal and outcome of a block flattened one cell per line whose labels stand on
    ``index`` and the next line, the outcomes numbered again after the goals."""
    lines: list[Cell] = []
    for block in blocks[index + 2 :]:
        if not isinstance(block, Row) or len(block.cells) != 1:
            break
        texts = _texts_after(block.cells)
        if not texts:
            break
        lines.append(texts[0])
    first = _NUMBER.match(normalise(lines[0].text)) if lines else None
    if first is None:
        return None
    for at in range(1, len(lines)):
        again = _NUMBER.match(normalise(lines[at].text))
        if again is not None and again.group() == first.group():
            return _joined(lines[:at]), _joined(lines[at:])
    return None


def _labels_on_lines(blocks: list[Block], index: int) -> bool:
    """The goal label alone on line ``index``, the outcome label alone on the next."""
    first = blocks[index]
    if not isinstance(first, Row) or len(first.cells) != 1 or "目标" not in first.cells[0].text:
        return False  # (every goal label names a 目标: most lines are refused here)
    second = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        isinstance(second, Row)
        and len(second.cells) == 1
        and header_at([first.cells[0].text, second.cells[0].text]) == 1
    )


def goal_outcome_pairs(blocks: list[Block]) -> list[Read]:
    """Each goal block's (goal, outcome) cells, in document order."""
    found: list[Read] = []
    for index, block in enumerate(blocks):
        if not isinstance(block, Row) or "完成" not in "".join(block.texts):
            if isinstance(block, Row) and _labels_on_lines(blocks, index):
                lined = _lined_pair(blocks, index)
                found += [lined] if lined is not None else []
            continue
        at = header_at(block.texts)
        if at is None:
            continue
        filled = [c for c in block.cells[at + 1 :] if c.text.strip()]
        texts = _texts_after(filled)
        if not texts and index + 1 < len(blocks) and isinstance(blocks[index + 1], Row):
            following = blocks[index + 1]
            assert isinstance(following, Row)
            texts = _texts_after([c for c in following.cells if c.text.strip()])
            if len(texts) != 2:
                continue
        if len(texts) >= 2:
            found.append((texts[0], texts[1]))
    return found


def _start(project: Project) -> int | None:
    lines = [ref.line for ref in project.sources.values() if ref.line is not None]
    return min(lines) if lines else None


def project_at(projects: list[Project], where: SourceRef) -> Project | None:
    """The project a block belongs to: the only one, or the last one read before it."""
    if len(projects) == 1:
        return projects[0]
    if where.line is None:
        return None
    before = [(s, p) for p in projects if (s := _start(p)) is not None and s <= where.line]
    return max(before, key=lambda pair: pair[0])[1] if before else None


def read_goal_outcomes(projects: list[Project], blocks: list[Block]) -> None:
    """Fill each project's annual goal and its 实际完成情况 from its goal block."""
    for goal, outcome in goal_outcome_pairs(blocks):
        project = project_at(projects, goal.located())
        if project is None or project.annual_goal_actual is not None:
            continue
        if not project.annual_goal or goal.text.startswith(project.annual_goal):
            project.annual_goal = goal.text  # (or the whole of a goal read to its first line)
            project.sources["annual_goal"] = goal.located()
        project.annual_goal_actual = outcome.text
        project.sources["annual_goal_actual"] = outcome.located()
