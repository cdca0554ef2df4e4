"""docs/rules/coverage.md — the map from the domain reference's checks (and issue 12's) to
the rules and modules that implement them — stays true: every rule id it names is in a
catalogue, every module and test it names exists, every row is implemented or says why
not, and every review rule of the catalogue is mapped to a check."""

from __future__ import annotations

import re
from pathlib import Path

from jixiao.evaluation.checks import CHECKS_BY_ID as EVALUATION_CHECKS
from jixiao.monitoring.checks import CHECKS_BY_ID as MONITORING_CHECKS
from jixiao.review import RULES_BY_ID

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "rules" / "coverage.md"
COLUMNS = ("编号", "检查", "出处", "实现", "测试", "覆盖", "说明")
STATES = ("完整", "部分", "不做")
_RULE_ID = re.compile(r"\b[A-Z][0-9]{3}\b")
_PATH = re.compile(r"`([^`]+)`")


def _rows() -> list[dict[str, str]]:
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("| 编号 |"))
    header = [c.strip() for c in lines[start].strip("|").split("|")]
    assert tuple(header) == COLUMNS
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        assert len(cells) == len(COLUMNS), line
        rows.append(dict(zip(COLUMNS, cells, strict=True)))
    return rows


def _known_ids() -> set[str]:
    return set(RULES_BY_ID) | set(MONITORING_CHECKS) | set(EVALUATION_CHECKS)


def test_the_table_has_the_domain_and_issue_checks() -> None:
    rows = _rows()
    numbers = [r["编号"] for r in rows]
    assert len(numbers) == len(set(numbers))
    sections = {r["出处"] for r in rows}
    for part in ("参考§3", "参考§4", "参考§5", "参考§6", "参考§7", "参考§8", "议题12"):
        assert part in sections, part


def test_every_rule_named_is_in_a_catalogue() -> None:
    known = _known_ids()
    for row in _rows():
        named = set(_RULE_ID.findall(_PATH.sub("", row["实现"])))
        assert named <= known, (row["编号"], named - known)


def test_every_module_and_test_named_exists() -> None:
    for row in _rows():
        for path in _PATH.findall(row["实现"]) + _PATH.findall(row["测试"]):
            file, _, function = path.partition("::")
            assert (ROOT / file).exists(), (row["编号"], file)
            if function:
                text = (ROOT / file).read_text(encoding="utf-8")
                assert f"def {function}(" in text, (row["编号"], path)


def test_every_row_is_implemented_or_says_why_not() -> None:
    for row in _rows():
        assert row["覆盖"] in STATES, row["编号"]
        implemented = _RULE_ID.search(row["实现"]) or _PATH.search(row["实现"])
        if row["覆盖"] == "不做":
            assert row["说明"], row["编号"]
            continue
        assert implemented, row["编号"]
        assert _PATH.search(row["测试"]), row["编号"]
        if row["覆盖"] == "部分":
            assert len(row["说明"]) >= 10, row["编号"]  # what is missing and why


def test_every_review_rule_is_mapped_to_a_check() -> None:
    mapped = {i for row in _rows() for i in _RULE_ID.findall(_PATH.sub("", row["实现"]))}
    assert set(RULES_BY_ID) - mapped == set()
