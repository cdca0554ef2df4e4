"""Which build of jixiao is running: the plain Python one, or the optional compiled build
whose hot core mypyc turned into C extensions (``setup.py``, docs/deploy.md 编译版).

Read by ``jixiao --version`` and the speed benchmarks, so that every figure says which
build it measured.
"""

from __future__ import annotations

import importlib.machinery
from importlib import import_module
from pathlib import Path

#: A module every compiled build compiles: whether it was loaded from a C extension.
_PROBE = "jixiao.grammar.value"


def compiled_modules() -> list[str]:
    """The jixiao modules that are C extensions in this installation, by dotted name."""
    package = Path(__file__).resolve().parent
    suffixes = sorted(importlib.machinery.EXTENSION_SUFFIXES, key=len, reverse=True)
    names = set()
    for file in package.rglob("*.so"):  # every suffix of an extension on this platform
        suffix = next((s for s in suffixes if file.name.endswith(s)), None)
        if suffix is None:
            continue
        *folders, name = (package.name, *file.relative_to(package).parts)
        stem = name.removesuffix(suffix)
        names.add(".".join(folders if stem == "__init__" else (*folders, stem)))
    return sorted(names)


def is_compiled() -> bool:
    """Whether the value grammar the review and import call runs compiled."""
    origin = import_module(_PROBE).__file__ or ""
    return origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def build_label() -> str:
    """``compiled (mypyc), N modules`` or ``interpreted``."""
    if not is_compiled():
        return "interpreted"
    return f"compiled (mypyc), {len(compiled_modules())} modules"
