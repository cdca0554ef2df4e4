"""One cause, one finding (一因一条): a rule whose finding names the cause of others in the
same project (``Rule.supersedes``) keeps them from being raised there.

阆中's 自评表 holds each row's 分值 and 得分 in its 指标值 and 实际完成值 columns (S112):
that every value lacks a unit (M105), that the 满意度 actual names no survey (N207) and that
every actual equals its target (N218) are that one fault seen row by row, and a reviewer
writes it once."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from jixiao.checks import Finding

Folded = frozenset[tuple[int | None, str]]
"""(project index, rule id) of the findings another finding of the project explains."""


def folded(findings: Iterable[Finding], supersedes: Mapping[str, frozenset[str]]) -> Folded:
    """The (project, rule) pairs to drop: those a finding of a superseding rule explains."""
    return frozenset(
        (f.project_index, explained)
        for f in findings
        if f.rule in supersedes
        for explained in supersedes[f.rule]
    )
