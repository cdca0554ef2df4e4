"""The optional compiled build: with ``JIXIAO_MYPYC=1`` the modules of ``mypyc-modules.txt``
are compiled to C extensions by mypyc (as black and mypy ship themselves).

Everything else about the package is in pyproject.toml. Without the variable this file
adds nothing, so ``pip install -e .`` (development) stays plain Python and no stale ``.so``
can shadow an edited ``.py``. Build the compiled wheel with ``make venv-compiled`` or::

    JIXIAO_MYPYC=1 .venv/bin/pip wheel --no-build-isolation --no-deps -w dist .

``--no-build-isolation`` uses the development environment's pinned mypy (and the
libraries its type check reads, pydantic and django-stubs among them), so the compiler is
the same release that checks the code. A module that does not compile fails the build.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
MODULE_LIST = ROOT / "mypyc-modules.txt"


def listed_modules(text: str, src: Path) -> list[Path]:
    """The source files the module list names, in a stable order.

    An entry names a package (every module under it) or one module; ``!module`` leaves a
    module out. An entry that names nothing, or an exclusion of something not listed, is
    an error: a renamed module must not silently drop out of the compiled build.
    """
    chosen: dict[str, Path] = {}
    excluded: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        entry = raw.split("#", 1)[0].strip()
        if not entry:
            continue
        if entry.startswith("!"):
            excluded.append(entry[1:].strip())
            continue
        path = src.joinpath(*entry.split("."))
        if path.is_dir():
            files = sorted(path.rglob("*.py"))
        elif path.with_suffix(".py").is_file():
            files = [path.with_suffix(".py")]
        else:
            raise SystemExit(f"{MODULE_LIST.name}:{number}: no module or package {entry!r}")
        for file in files:
            chosen[_module_name(file, src)] = file
    for name in excluded:
        if chosen.pop(name, None) is None:
            raise SystemExit(f"{MODULE_LIST.name}: excluded {name!r} is not among the listed")
    return [chosen[name] for name in sorted(chosen)]


def _module_name(file: Path, src: Path) -> str:
    parts = file.relative_to(src).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _pinned_mypy() -> str:
    """The mypy release pyproject.toml pins as a development tool (mypyc ships in it)."""
    found = re.search(r'"mypy==([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    if found is None:
        raise SystemExit("pyproject.toml pins no mypy release: the compiled build needs one")
    return found.group(1)


def _compiled_extensions() -> list[object]:
    from mypy.version import __version__ as mypy_version
    from mypyc.build import mypycify

    pinned = _pinned_mypy()
    if mypy_version != pinned:
        raise SystemExit(
            f"the compiled build needs mypy (mypyc) {pinned} as pinned in pyproject.toml, "
            f"found {mypy_version}: build with --no-build-isolation in the dev environment"
        )
    files = listed_modules(MODULE_LIST.read_text(encoding="utf-8"), SRC)
    print(f"mypyc {mypy_version}: compiling {len(files)} modules", file=sys.stderr)
    return list(
        mypycify(
            [str(file.relative_to(ROOT)) for file in files],
            opt_level="3",
            # one C file per module so the C compiler can run in parallel (build_ext below)
            multi_file=True,
            group_name="jixiao",
        )
    )


# Only the commands that build code compile (not the metadata step pip runs first).
_BUILDING = {"bdist_wheel", "build", "build_ext"}
_EDITABLE = {"editable_wheel", "develop"}

if os.environ.get("JIXIAO_MYPYC") != "1":
    setup()
elif _EDITABLE.intersection(sys.argv):
    raise SystemExit("JIXIAO_MYPYC=1 builds a wheel, never an editable install: a .so beside "
                     "the sources would shadow every later edit of them")  # fmt: skip
elif _BUILDING.intersection(sys.argv):
    setup(
        ext_modules=_compiled_extensions(),
        options={"build_ext": {"parallel": os.cpu_count() or 1}},
    )
else:
    setup()
