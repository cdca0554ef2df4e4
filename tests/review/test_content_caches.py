"""The cold reset (``forget_shared`` and the grammar's ``clear_cache``) empties every cache
that remembers what a document's contents gave, and no such cache is left out of the
registry (:mod:`jixiao.content_caches`): a cold measurement is cold."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from types import ModuleType

import pytest

import jixiao.grammar
import jixiao.review
import jixiao.textnorm
from jixiao.content_caches import KEPT, content_sizes, registered
from jixiao.grammar import clear_cache
from jixiao.review import review_plan
from jixiao.review.engine import _SETUPS, forget_shared
from tests.review.conftest import seed_plan

_PACKAGES = (jixiao.review, jixiao.grammar, jixiao.textnorm)


def _modules() -> list[ModuleType]:
    found = []
    for package in _PACKAGES:
        found.append(package)
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if not info.name.endswith("__main__"):
                found.append(importlib.import_module(info.name))
    return found


def _reset() -> None:
    forget_shared()
    clear_cache()


def _lengths() -> dict[str, int]:
    """The length of every module-level dict, set and list of jixiao's loaded modules."""
    lengths = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("jixiao."):
            for attr, value in list(vars(module).items()):
                if isinstance(value, dict | set | list):
                    lengths[f"{name}.{attr}"] = len(value)
    return lengths


def test_a_review_fills_the_caches_and_the_cold_reset_empties_each() -> None:
    _reset()
    review_plan(seed_plan("000"))
    filled = content_sizes()
    for name in (  # the name facts, `squeeze`, a value's facts, the parse cache
        "jixiao.review.context._named",
        "jixiao.review.context.squeeze",
        "jixiao.review.triggers._by_value",
        "jixiao.grammar.value.parse_value_uncached",
    ):
        assert filled[name] > 0, name
    _reset()
    assert {name: size for name, size in content_sizes().items() if size} == {}
    for _, setup in _SETUPS.values():
        assert not setup.shared and not setup.rows_shared and not setup.verdicts


def test_every_cache_of_the_review_grammar_and_text_packages_is_registered_or_kept() -> None:
    joined = {id(cache) for cache in registered().values()}
    unknown = []
    for module in _modules():
        for attr, value in vars(module).items():
            if isinstance(value, type) or not hasattr(value, "cache_info"):
                continue
            wrapped = value.__wrapped__
            name = f"{wrapped.__module__}.{wrapped.__qualname__}"
            if id(value) not in joined and name not in KEPT:
                unknown.append(f"{module.__name__}.{attr}")
    assert unknown == []


@pytest.mark.parametrize("name", sorted(KEPT))
def test_each_kept_cache_exists(name: str) -> None:
    module, _, attr = name.rpartition(".")
    assert hasattr(importlib.import_module(module), attr)


def test_no_module_table_grows_with_the_documents_across_a_cold_reset() -> None:
    """A dict used as a memo table and not registered keeps a second document's entries."""
    first, second = seed_plan("000"), seed_plan("002")  # (imported: the importer's caches)
    review_plan(first)  # what is loaded once (profiles, lexicons) is loaded
    _reset()
    before = _lengths()
    review_plan(second)
    grown = {k: n for k, n in _lengths().items() if n > before.get(k, 0)}
    assert "jixiao.review.triggers._by_name" in grown  # what this test would see
    _reset()
    after = _lengths()
    assert {k: (before.get(k), n) for k, n in after.items() if n != before.get(k, n)} == {}
