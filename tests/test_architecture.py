"""docs/architecture.md describes exactly the packages under src/jixiao, and the import
graph between those packages has no cycle."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_ROOT = ROOT / "src" / "jixiao"
DOC = ROOT / "docs" / "architecture.md"

#: The front ends may import the web layer; the core may not.
FRONT_ENDS = {"web", "cli"}
#: No cycle is known (templates/ ↔ exporters/ ended when the plan's Excel writer moved into
#: exporters/, issue 16). Nothing may join this list.
KNOWN_CYCLES: set[frozenset[str]] = set()


def packages() -> set[str]:
    return {
        p.name
        for p in PACKAGE_ROOT.iterdir()
        if p.is_dir() and not p.name.startswith(("_", ".")) and any(p.glob("*.py"))
    }


def described() -> set[str]:
    return set(re.findall(r"^### `(\w+)/`$", DOC.read_text(encoding="utf-8"), re.MULTILINE))


@cache
def import_graph() -> dict[str, set[str]]:
    """Package → the other packages of jixiao its modules import (any import, any depth)."""
    names = packages()
    graph: dict[str, set[str]] = {name: set() for name in names}
    for name in names:
        for path in (PACKAGE_ROOT / name).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                modules: list[str] = []
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    modules = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
                elif isinstance(node, ast.Import):
                    modules = [alias.name for alias in node.names]
                for module in modules:
                    parts = module.split(".")
                    if len(parts) > 1 and parts[0] == "jixiao" and parts[1] in names:
                        graph[name].add(parts[1])
    for name in names:
        graph[name].discard(name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of two or more packages (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_package_is_described_and_every_description_is_a_package() -> None:
    assert packages() - described() == set(), "packages missing from docs/architecture.md"
    assert described() - packages() == set(), "docs/architecture.md names missing packages"


def test_the_graph_sees_the_packages_and_their_imports() -> None:
    graph = import_graph()
    assert {"model", "review", "web", "checks"} <= set(graph)
    assert "model" in graph["review"] and "checks" in graph["monitoring"]


def test_no_import_cycle_between_packages() -> None:
    unexpected = [group for group in cycles(import_graph()) if frozenset(group) not in KNOWN_CYCLES]
    assert unexpected == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [{"a", "b", "c"}]


def test_only_the_front_ends_import_the_web_layer() -> None:
    graph = import_graph()
    assert sorted(name for name, targets in graph.items() if "web" in targets) == sorted(
        FRONT_ENDS - {"web"}
    )


def test_monitoring_does_not_import_evaluation() -> None:
    assert "evaluation" not in import_graph()["monitoring"]


#: Modules allowed over the limit. Empty since issue 16 split the Word writer (docx_*) and
#: the PDF reader (pdf_*) along their seams. A module may leave this list, never join it.
OVERSIZED: set[str] = set()
MAX_LINES = 400


def test_no_module_over_the_limit() -> None:
    too_long = {
        str(path.relative_to(PACKAGE_ROOT))
        for path in PACKAGE_ROOT.rglob("*.py")
        if "migrations" not in path.parts
        and len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES
    }
    assert too_long - OVERSIZED == set()


#: The front doors: the web's pages (views) and API, and the command line (its ``--db``
#: paths). They authorise, call the web apps' services and render; the queries and writes
#: are the services' (issue 16). Nothing may join this list.
WEB = PACKAGE_ROOT / "web"
ORM_ALLOWED: set[str] = set()


def front_door_modules() -> list[Path]:
    pages = (
        path
        for path in WEB.rglob("*.py")
        if "views" in path.parts or path.stem == "views" or path.parent.name == "api"
    )
    return sorted([*pages, *(PACKAGE_ROOT / "cli").rglob("*.py")])


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Ids of the import nodes under ``if TYPE_CHECKING:`` (names for type hints only)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            inside |= {id(child) for child in ast.walk(node)}
    return inside


def orm_uses(path: Path) -> list[str]:
    """Where a module imports models or ``django.db``, or reaches a model's ``.objects``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = _type_checking_only(tree)
    found = []
    for node in ast.walk(tree):
        modules: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        if id(node) not in typing_only and any(
            m.endswith(".models") or m == "django.db" or m.startswith("django.db.") for m in modules
        ):
            found.append(f"{path.name}:{node.lineno} imports {modules[0]}")
        if isinstance(node, ast.Attribute) and node.attr == "objects":
            found.append(f"{path.name}:{node.lineno} uses .objects")
    return found


def test_views_and_api_reach_the_database_only_through_services() -> None:
    offenders = {
        str(path.relative_to(PACKAGE_ROOT)): uses
        for path in front_door_modules()
        if (uses := orm_uses(path)) and str(path.relative_to(PACKAGE_ROOT)) not in ORM_ALLOWED
    }
    assert offenders == {}


def test_the_orm_check_sees_a_query_and_an_import(tmp_path: Path) -> None:
    module = tmp_path / "views.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "from django.db.models import Q\n"
        "if TYPE_CHECKING:\n"
        "    from jixiao.web.plans.models import PlanRecord\n"
        "def page(): return Plan.objects.all()\n",
        encoding="utf-8",
    )
    assert orm_uses(module) == [
        "views.py:2 imports django.db.models",
        "views.py:5 uses .objects",
    ]
    doors = {str(path.relative_to(PACKAGE_ROOT)) for path in front_door_modules()}
    assert {"web/api/plans.py", "web/pages/views/plan.py", "cli/export_command.py"} <= doors
