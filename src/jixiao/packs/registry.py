"""Finding the installed packs, and reading their data and code in the packs' order.

The order, which decides what overrides what (later packs win, see :mod:`merge`):

1. jixiao's built-in pack (``jixiao``: Hebei and the national data);
2. the other packs installed as Python packages (entry point group ``jixiao.packs``), by name;
3. the folder packs listed in ``JIXIAO_PACKS`` (folders separated by ``os.pathsep``), in order.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Iterable
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, TypeVar

from jixiao.packs.merge import merge_data
from jixiao.packs.pack import HOOKS, Pack, PackError, folder_pack

GROUP = "jixiao.packs"
BUILT_IN = "jixiao"
FOLDERS_VARIABLE = "JIXIAO_PACKS"
_BUILT_IN_OBJECT = "jixiao.builtin_pack:PACK"

T = TypeVar("T")


def _load(reference: str, origin: str) -> object:
    module, _, attribute = reference.partition(":")
    try:
        loaded: object = importlib.import_module(module)
        for part in attribute.split(".") if attribute else []:
            loaded = getattr(loaded, part)
    except (ImportError, AttributeError) as error:
        raise PackError(f"扩展包“{origin}”：无法加载 {reference}（{error}）") from error
    return loaded


def _entry_point_packs() -> list[Pack]:
    found: list[Pack] = []
    for point in entry_points(group=GROUP):
        pack = _load(point.value, point.name)
        if not isinstance(pack, Pack):
            raise PackError(f"入口点 {GROUP}:{point.name} 指向的不是 jixiao.packs.Pack")
        where = f"Python 包 {point.dist.name if point.dist else point.value}"
        found.append(_with_origin(pack, pack.origin or where))
    return found


def _with_origin(pack: Pack, origin: str) -> Pack:
    return Pack(pack.name, pack.version, pack.title, pack.data, pack.code, origin)


def _folder_packs() -> list[Pack]:
    listed = os.environ.get(FOLDERS_VARIABLE, "")
    return [folder_pack(Path(item)) for item in listed.split(os.pathsep) if item.strip()]


@cache
def installed() -> tuple[Pack, ...]:
    """Every pack in effect, in merge order (built-in first)."""
    by_entry = _entry_point_packs()
    built_in = [p for p in by_entry if p.name == BUILT_IN]
    if not built_in:  # an editable install made before the entry point was declared
        pack = _load(_BUILT_IN_OBJECT, BUILT_IN)
        assert isinstance(pack, Pack)
        built_in = [pack]
    others = sorted((p for p in by_entry if p.name != BUILT_IN), key=lambda p: p.name)
    ordered = [built_in[0], *others, *_folder_packs()]
    seen: dict[str, Pack] = {}
    for pack in ordered:
        if pack.name in seen:
            raise PackError(f"扩展包重名：“{pack.name}”（{seen[pack.name].origin}；{pack.origin}）")
        seen[pack.name] = pack
    return tuple(ordered)


def data_text(name: str) -> str | None:
    """The last pack's copy of data file ``name`` (a whole profile: later packs replace)."""
    for pack in reversed(installed()):
        entry = pack.data_file(name)
        if entry is not None:
            return entry.read_text(encoding="utf-8")
    return None


def data_source(name: str) -> Pack | None:
    """The pack whose copy of ``name`` :func:`data_text` reads."""
    return next((p for p in reversed(installed()) if p.data_file(name) is not None), None)


def data_names(suffix: str = ".json") -> list[str]:
    """The data file names ending in ``suffix`` that some pack provides."""
    return sorted({n for pack in installed() for n in pack.data_files() if n.endswith(suffix)})


@cache
def merged_data(name: str) -> Any:
    """Data file ``name`` merged over every pack that has it (see :mod:`merge`)."""
    merged: Any = None
    for pack in installed():
        entry = pack.data_file(name)
        if entry is None:
            continue
        try:
            loaded = json.loads(entry.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise PackError(
                f"扩展包“{pack.name}”的 {name} 第 {error.lineno} 行不是有效的 JSON：{error.msg}"
            ) from None
        merged = loaded if merged is None else merge_data(merged, loaded)
    if merged is None:
        raise PackError(f"没有扩展包提供数据文件“{name}”")
    return merged


@cache
def _contributions(hook: str) -> tuple[tuple[Pack, str, object], ...]:
    """(pack, reference, object) for every object the packs give for ``hook``."""
    found: list[tuple[Pack, str, object]] = []
    for pack in installed():
        for reference in pack.code.get(hook, ()):
            loaded = _load(reference, pack.name)
            items: Iterable[object] = loaded if isinstance(loaded, (list, tuple)) else (loaded,)
            found.extend((pack, reference, item) for item in items)
    return tuple(found)


def contributed_by(hook: str, kind: type[T]) -> list[tuple[Pack, T]]:
    """Every ``kind`` the packs give for ``hook`` with the pack that gives it, in the packs'
    order; a reference may name one object or a sequence of them."""
    if hook not in HOOKS:
        raise ValueError(f"unknown pack hook {hook!r}")
    found: list[tuple[Pack, T]] = []
    for pack, reference, item in _contributions(hook):
        if not isinstance(item, kind):
            raise PackError(
                f"扩展包“{pack.name}”的 {reference} 不是{HOOKS[hook]}（{kind.__name__}）"
            )
        found.append((pack, item))
    return found


def contributed(hook: str, kind: type[T]) -> list[T]:
    """Every ``kind`` the packs give for ``hook``, in the packs' order."""
    return [item for _, item in contributed_by(hook, kind)]


def provides(pack: Pack) -> dict[str, list[str]]:
    """What ``pack`` provides, for listing: its data files and its code by hook."""
    listed: dict[str, list[str]] = {"data": pack.data_files()}
    for hook, references in pack.code.items():
        listed[hook] = list(references)
    return listed


def listing() -> list[dict[str, object]]:
    """Each installed pack as a JSON-ready record (``jixiao packs``, the web's about page)."""
    return [
        {
            "name": pack.name,
            "version": pack.version,
            "title": pack.title,
            "origin": pack.origin,
            "provides": provides(pack),
        }
        for pack in installed()
    ]
