"""The house's walls: no import cycles between the project's modules, no module too long.

The import graph is built from the source with :mod:`ast` (nothing is imported): every
``import`` and ``from ... import`` of every module of the apps counts, at module level or
inside a function or class; only the body of an ``if TYPE_CHECKING:`` block is exempt (those
imports never run). Relative imports are resolved against the importing module's package.
An edge goes to the module named: ``from skills.ingestion import sync`` imports the package
``skills.ingestion.sync`` (its ``__init__``), ``from skills.models import Skill`` imports
``skills.models``. Importing a submodule does not count as importing its parent packages'
``__init__`` as well: Python runs them, but a package that re-exports its submodules would
otherwise be a cycle with each of them.
"""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APPS = ("marketplace", "skills", "rankings", "moderation")
MAX_LINES = 800  # the hard limit; modules should stay under ~500 lines


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    """Every module of the apps (migrations excepted), by dotted name."""
    modules = {}
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.relative_to(ROOT).parts:
                continue
            modules[_module_name(path)] = path
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _imports(tree: ast.AST):
    """Every Import/ImportFrom node, skipping the bodies of ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
            continue
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))


def _known(name: str, modules: dict[str, Path]) -> str | None:
    """The project module `name` names, or its longest known prefix; None outside the project."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def import_graph(modules: dict[str, Path]) -> dict[str, dict[str, int]]:
    """module -> {imported project module: line of the first such import}."""
    graph: dict[str, dict[str, int]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: dict[str, int] = {}
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in _imports(tree):
            targets: list[str | None] = []
            if isinstance(node, ast.Import):
                targets = [_known(alias.name, modules) for alias in node.names]
            else:
                if node.level:
                    base_parts = package.split(".")
                    if node.level > 1:
                        base_parts = base_parts[: -(node.level - 1)]
                    base = ".".join(base_parts + ([node.module] if node.module else []))
                else:
                    base = node.module or ""
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    targets.append(sub if sub in modules else _known(base, modules))
            for target in targets:
                if target and target != name:
                    edges[target] = min(edges.get(target, node.lineno), node.lineno)
        graph[name] = edges
    return graph


def import_cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """One cycle (a closed path of modules) per strongly connected group of modules."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0

    def connect(v: str) -> None:  # Tarjan's algorithm
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            connect(v)

    cycles = []
    for group in groups:
        members = set(group)
        start = group[0]
        # Shortest way back to `start` inside the group (breadth-first).
        previous: dict[str, str] = {}
        frontier = [start]
        found = None
        while frontier and found is None:
            following = []
            for v in frontier:
                for w in sorted(graph[v]):
                    if w not in members:
                        continue
                    if w == start:
                        found = v
                        break
                    if w not in previous:
                        previous[w] = v
                        following.append(w)
                if found is not None:
                    break
            frontier = following
        path = [found]
        while path[-1] != start:
            path.append(previous[path[-1]])
        path = [*reversed(path), start]
        cycles.append(path)
    return cycles


def _describe(cycle: list[str], graph: dict[str, dict[str, int]], modules) -> str:
    steps = []
    for a, b in itertools.pairwise(cycle):
        path = modules[a].relative_to(ROOT)
        steps.append(f"  {a} -> {b}  ({path}:{graph[a][b]})")
    return "\n".join(steps)


def test_no_import_cycles_between_project_modules():
    modules = project_modules()
    graph = import_graph(modules)
    cycles = import_cycles(graph)
    report = "\n\n".join(_describe(cycle, graph, modules) for cycle in cycles)
    assert not cycles, f"{len(cycles)} import cycle(s):\n{report}"


def test_no_module_of_the_apps_is_over_800_lines():
    too_long = {
        str(path.relative_to(ROOT)): n
        for path in project_modules().values()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not too_long, f"modules over {MAX_LINES} lines (split them by concern): {too_long}"


# The checker itself, on small made-up trees.


@pytest.fixture
def tree(tmp_path, monkeypatch):
    def build(files: dict[str, str]) -> tuple[dict[str, Path], dict[str, dict[str, int]]]:
        for rel, text in files.items():
            path = tmp_path / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
        modules = project_modules()
        return modules, import_graph(modules)

    return build


def test_checker_sees_a_cycle_through_a_function_level_import(tree):
    _modules, graph = tree(
        {
            "skills/__init__.py": "",
            "skills/a.py": "from skills.b import f\n",
            "skills/b.py": "def f():\n    from skills import a\n",
        }
    )
    assert graph["skills.a"] == {"skills.b": 1}
    assert graph["skills.b"] == {"skills.a": 2}
    assert import_cycles(graph) == [["skills.a", "skills.b", "skills.a"]]


def test_checker_resolves_relative_imports_and_packages(tree):
    _modules, graph = tree(
        {
            "moderation/__init__.py": "",
            "moderation/scanner/__init__.py": "from . import engine\n",
            "moderation/scanner/engine.py": "from . import patterns\nfrom .. import models\n",
            "moderation/scanner/patterns.py": "",
            "moderation/models.py": "from moderation.scanner import patterns\n",
        }
    )
    assert set(graph["moderation.scanner"]) == {"moderation.scanner.engine"}
    assert set(graph["moderation.scanner.engine"]) == {
        "moderation.scanner.patterns",
        "moderation.models",
    }
    assert import_cycles(graph) == []


def test_checker_counts_a_package_import_as_its_init(tree):
    _modules, graph = tree(
        {
            "rankings/__init__.py": "",
            "rankings/pkg/__init__.py": "from rankings.pkg.run import go\n",
            "rankings/pkg/run.py": "from rankings.pkg import helper\nimport rankings.other\n",
            "rankings/pkg/helper.py": "",
            "rankings/other.py": "from rankings.pkg import go\n",
        }
    )
    assert graph["rankings.other"] == {"rankings.pkg": 1}
    assert graph["rankings.pkg.run"] == {"rankings.pkg.helper": 1, "rankings.other": 2}
    cycles = import_cycles(graph)
    assert len(cycles) == 1 and set(cycles[0]) == {
        "rankings.pkg",
        "rankings.pkg.run",
        "rankings.other",
    }


def test_checker_skips_type_checking_blocks_and_migrations(tree):
    modules, graph = tree(
        {
            "marketplace/__init__.py": "",
            "marketplace/a.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from marketplace import b\n"
                "else:\n    import marketplace.c\n"
            ),
            "marketplace/b.py": "import marketplace.a\n",
            "marketplace/c.py": "",
            "marketplace/migrations/0001_initial.py": "import marketplace.a\n",
        }
    )
    assert "marketplace.migrations.0001_initial" not in modules
    assert graph["marketplace.a"] == {"marketplace.c": 5}
    assert import_cycles(graph) == []
