"""The finding key: the same finding keeps its key when the review is recomputed and
renumbered; findings of different places get different keys."""

from __future__ import annotations

import pytest

from jixiao.disposition import (
    DispositionRefused,
    DispositionStatus,
    check_disposition,
    finding_keys,
)
from jixiao.importers.api import import_file
from jixiao.review import review_plan
from jixiao.workflow import Role
from tests.conftest import seed_path


def _dicts(seed: str) -> list[dict[str, object]]:
    plan = import_file(seed_path(seed))
    return [f.model_dump(mode="json") for f in review_plan(plan).findings]


def test_keys_survive_a_renumbering_and_tell_places_apart() -> None:
    findings = _dicts("002_9d52ecbd56ee9879")
    assert len(findings) > 10
    keys = finding_keys(findings)
    assert len(set(keys)) == len(keys)  # one key per finding, even where a rule fires twice
    # the first project's findings gone (fixed), everything after renumbered
    first = findings[0]["project_index"]
    rest = [f | {"project_index": 0} for f in findings if f["project_index"] != first]
    assert len(rest) < len(findings)
    survived = dict(zip(keys, findings, strict=True))
    assert all(
        survived[key]["project"] == f["project"] and survived[key]["rule"] == f["rule"]
        for key, f in zip(finding_keys(rest), rest, strict=True)
    )
    assert set(finding_keys(rest)) < set(keys)


def test_who_may_set_which_status() -> None:
    assert check_disposition(Role.UNIT_EDITOR, "modified", "") is DispositionStatus.MODIFIED
    with pytest.raises(DispositionRefused, match="不予采纳"):
        check_disposition(Role.UNIT_EDITOR, "rejected", "理由")
    with pytest.raises(DispositionRefused, match="须填写理由"):
        check_disposition(Role.BUREAU_REVIEWER, "rejected", "  ")
    assert (
        check_disposition(Role.BUREAU_REVIEWER, "rejected", "符合规定")
        is DispositionStatus.REJECTED
    )
    with pytest.raises(DispositionRefused, match="未知"):
        check_disposition(Role.ADMIN, "done", "")
    with pytest.raises(DispositionRefused):
        check_disposition(Role.EXPERT, "modified", "")
