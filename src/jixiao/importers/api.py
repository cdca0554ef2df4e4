"""Import any supported document into a :class:`DepartmentPlan`.

``import_file`` picks the reader from the registry (:mod:`jixiao.importers.registry`:
by the file's suffix, checked against the bytes), reads the grid of blocks
(:func:`read_blocks`), runs the shared assembler and returns the plan with its
warnings. Anything it cannot read raises :class:`ImportFailed` with one line
naming the file; partial documents give what can be read plus warnings.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import ValidationError

from jixiao.importers import registry
from jixiao.importers.blocks import Block
from jixiao.importers.errors import ImportFailed
from jixiao.importers.route import assemble_document
from jixiao.importers.script import normalise_script
from jixiao.model.plan import DepartmentPlan
from jixiao.packs import produced_by

Reader = Callable[[Path], list[Block]]


def supported_suffixes() -> frozenset[str]:
    """The suffixes some registered reader takes."""
    return registry.supported_suffixes()


def reader_for(path: Path) -> Reader:
    """The read function for ``path`` (by suffix, checked against the content)."""
    return registry.reader_for(path).read


def read_blocks(path: Path) -> list[Block]:
    """The grid stage: any supported file as paragraphs and rows (see ``blocks``)."""
    reader = reader_for(path)
    try:
        blocks = reader(path)
    except ImportFailed:
        raise
    except Exception as error:  # a damaged file must give a clear line, not a traceback
        raise ImportFailed(path.name, f"无法读取：{type(error).__name__}: {error}") from error
    return normalise_script(blocks)


def import_file(path: Path | str) -> DepartmentPlan:
    """Read one document into the model; raise :class:`ImportFailed` if impossible."""
    path = Path(path)
    if not path.exists():
        raise ImportFailed(path.name, "文件不存在")
    if not path.is_file():
        raise ImportFailed(path.name, "不是文件")
    # A document's reading makes many objects and almost no reference cycles: the cyclic
    # collector, run every few hundred of them, would walk everything read so far again
    # and again (its objects are freed by their counts either way; it runs again after).
    collecting = gc.isenabled()
    gc.disable()
    try:
        plan = assemble_document(read_blocks(path), path.name)
    finally:
        if collecting:
            gc.enable()
    plan.produced_by = produced_by()
    return plan


def load_plan(path: Path | str) -> DepartmentPlan:
    """A plan from any document :func:`import_file` reads, or from the JSON that
    ``jixiao import --out`` writes (the published schema)."""
    path = Path(path)
    if path.suffix.lower() != ".json":
        return import_file(path)
    try:
        return DepartmentPlan.model_validate_json(path.read_bytes())
    except OSError as error:
        raise ImportFailed(path.name, f"无法读取：{error.strerror or error}") from error
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "（根）"
        raise ImportFailed(
            path.name, f"不是 jixiao 导出的部门预算绩效 JSON：{where} {first['msg']}"
        ) from None


def expand_inputs(inputs: list[Path], *, with_json: bool = False) -> Iterator[Path]:
    """Files named, and the supported files inside folders named, in a stable order.

    ``with_json`` also takes the .json files in folders (plans written by import).
    """
    supported = supported_suffixes()
    suffixes = supported | {".json"} if with_json else supported
    for item in inputs:
        if item.is_dir():
            yield from sorted(
                p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
            )
        else:
            yield item
