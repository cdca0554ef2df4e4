"""检查目录 (catalogue): the one mechanism every family of checks is listed by.

An entry — a review rule, a monitoring warning, a self-evaluation check — has a stable
id, a severity, a title, an explanation of why it matters and a suggestion, and (for the
review) a 审核要点. A :class:`Catalogue` indexes entries by id, refuses duplicates and
renders the table the documentation shows (:func:`catalogue_markdown`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Generic, Protocol, TypeVar

from jixiao.checks.finding import Finding
from jixiao.checks.severity import Criterion, Severity
from jixiao.packs.stamp import built_in_label


class Entry(Protocol):
    """What a catalogue needs to know of an entry (review rules and :class:`Check`)."""

    @property
    def id(self) -> str: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def title(self) -> str: ...
    @property
    def explanation(self) -> str: ...
    @property
    def suggestion(self) -> str: ...


_Entry = TypeVar("_Entry", bound=Entry)


@dataclass(frozen=True, slots=True)
class Check:
    """One entry of a catalogue whose findings the code words itself (monitoring,
    self-evaluation): :meth:`found` turns it into a :class:`Finding`."""

    id: str
    severity: Severity
    title: str
    explanation: str
    suggestion: str
    criterion: Criterion | None = None
    pack: str | None = None  # None: declared by jixiao's own code, the built-in pack

    def found(
        self,
        message: str,
        *,
        project: str | None = None,
        indicator: str | None = None,
        indicator_index: int | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """A finding of this check; ``severity`` overrides the usual one."""
        return Finding(
            rule=self.id,
            severity=severity or self.severity,
            criterion=self.criterion,
            title=self.title,
            message=message,
            suggestion=self.suggestion,
            project=project,
            indicator=indicator,
            indicator_index=indicator_index,
            pack=self.pack or built_in_label(),
        )


class Catalogue(Mapping[str, _Entry], Generic[_Entry]):
    """Entries by id, in the order given; ids must be unique."""

    def __init__(self, name: str, entries: Iterable[_Entry]) -> None:
        self.name = name
        self._by_id: dict[str, _Entry] = {}
        for entry in entries:
            if entry.id in self._by_id:
                raise ValueError(f"{name}编号重复：{entry.id}")
            self._by_id[entry.id] = entry

    def __getitem__(self, key: str) -> _Entry:
        return self._by_id[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    @property
    def entries(self) -> tuple[_Entry, ...]:
        return tuple(self._by_id.values())


def load_checks(package: str, resource: str) -> Catalogue[Check]:
    """The catalogue kept as data in ``resource`` beside ``package``'s code: its ``name``
    and ``checks``, each with id, severity, title, explanation, suggestion and, optionally,
    its 审核要点 (``criterion``)."""
    raw = json.loads(resources.files(package).joinpath(resource).read_text(encoding="utf-8"))
    return Catalogue(
        raw["name"],
        (
            Check(
                id=entry["id"],
                severity=Severity(entry["severity"]),
                title=entry["title"],
                explanation=entry["explanation"],
                suggestion=entry["suggestion"],
                criterion=Criterion(entry["criterion"]) if "criterion" in entry else None,
            )
            for entry in raw["checks"]
        ),
    )


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def catalogue_markdown(catalogue: Catalogue[_Entry]) -> str:
    """The catalogue as a markdown section: one row per entry."""
    lines = [
        f"## {catalogue.name}",
        "",
        "| 编号 | 名称 | 严重程度 | 说明 | 建议 |",
        "|---|---|---|---|---|",
    ]
    for entry in catalogue.entries:
        cells = (
            entry.id,
            entry.title,
            entry.severity.label,
            entry.explanation,
            entry.suggestion,
        )
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"
