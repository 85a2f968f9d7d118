"""The loaders import one another without a cycle: a module a family and the generic extractors both need lives
where both can import it (people_lists, attendance, speakers), never in a module that imports them back. Only
imports at a module's top are counted: the registry finds the family modules when asked, by design."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

LOADERS = Path(__file__).resolve().parents[2] / "loaders"


def top_level_imports(path: Path, modules: set[str]) -> set[str]:
    """The loader modules a module imports when it is imported ('from kg.loaders import generic', 'from
    kg.loaders.text import span')."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module == "kg.loaders":
            found |= {alias.name for alias in node.names} & modules
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg.loaders."):
            found.add(node.module.removeprefix("kg.loaders."))
        elif isinstance(node, ast.Import):
            found |= {alias.name.removeprefix("kg.loaders.") for alias in node.names} & modules
    return found


def test_no_import_cycle_among_the_loaders() -> None:
    paths = {path.stem: path for path in LOADERS.glob("*.py") if path.stem != "__init__"}
    imports = nx.DiGraph()
    imports.add_nodes_from(paths)
    imports.add_edges_from((name, imported) for name, path in paths.items()
                           for imported in top_level_imports(path, set(paths)))
    assert imports.has_edge("generic", "people_lists"), "the imports are read"
    assert sorted(sorted(cycle) for cycle in nx.simple_cycles(imports)) == []
