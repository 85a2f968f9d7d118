"""Network analysis on the real corpus, checked against counts made here from the canned rows."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.analysis import area_connections, bridges, communities, inspector_coverage
from kg.cli import app
from kg.network import to_network
from kg.store import Store
from tests.conftest import cli_rows

runner = CliRunner()


@pytest.fixture(scope="module")
def net(corpus_store: Path) -> nx.MultiDiGraph:
    return to_network(Store(corpus_store).graph(include_contacts=False))


def areas_of_documents(store: Path) -> dict[str, set[str]]:
    """File name -> area names, read straight from the statements."""
    names: dict[str, str] = {}
    files: dict[str, str] = {}
    refs: dict[str, set[str]] = defaultdict(set)
    for s in Store(store).statements():
        if s.schema == "Area" and s.prop == "name":
            names[s.entity] = s.value
        elif s.schema == "Document" and s.prop == "file_name":
            files[s.entity] = s.value
        elif s.schema == "Document" and s.prop == "area":
            refs[s.entity].add(s.value)
    return {files[d]: {names[a] for a in refs[d]} for d in files}


def people_areas(store: Path) -> dict[str, set[str]]:
    """Person -> areas, counted from `kg query person-roles` and the documents' areas."""
    documents = areas_of_documents(store)
    found: dict[str, set[str]] = defaultdict(set)
    for row in cli_rows("query", "person-roles", "--store", str(store), "--format", "csv"):
        found[row["person"]] |= documents[row["document"]]
    return found


def test_the_people_who_link_most_areas_match_a_count_from_person_roles(corpus_store: Path) -> None:
    expected = people_areas(corpus_store)
    rows = [r for r in cli_rows("analyze", "bridges", "--store", str(corpus_store), "--format", "csv")
            if r["type"] == "Person"]
    found: dict[str, set[str]] = defaultdict(set)  # person-roles names people: namesakes fall together
    for r in rows:
        found[r["name"]] |= set(r["areas"].split("; "))
    most = max(len(a) for a in expected.values())
    assert most >= 3
    assert {p: a for p, a in found.items() if len(a) == most} == {p: a for p, a in expected.items() if len(a) == most}
    graph = Store(corpus_store).graph()
    borne = Counter(graph.caption(n.id) for n in graph.nodes.values() if n.schema == "Person")
    assert {p: a for p, a in found.items() if borne[p] == 1} == {
        p: a for p, a in expected.items() if len(a) > 1 and borne[p] == 1}
    assert all(a <= expected[p] for p, a in found.items())
    assert [int(r["area_count"]) for r in rows] == sorted((int(r["area_count"]) for r in rows), reverse=True)


def test_area_links_name_who_links_both_areas(net: nx.MultiDiGraph) -> None:
    rows = area_connections(net)
    assert rows
    by_name = {d["label"]: set(d["area"]) for _, d in net.nodes(data=True) if d["type"] in ("Person", "Organisation")}
    for row in rows:
        assert row.through and all({row.area, row.other_area} <= by_name[name] for name in row.through)
    pairs = {(r.area, r.other_area) for r in rows}
    assert all((b, a) in pairs for a, b in pairs)


def test_bridges_rank_by_areas_and_betweenness_is_a_share(net: nx.MultiDiGraph) -> None:
    rows = bridges(net)
    assert all(0.0 <= r.betweenness_areas <= 1.0 and 0.0 <= r.betweenness_graph <= 1.0 for r in rows)
    assert any(r.type == "Organisation" for r in rows) and any(r.type == "Person" for r in rows)


def test_communities_cover_every_node_and_repeat(net: nx.MultiDiGraph) -> None:
    first, again = communities(net), communities(net)
    assert first == again
    assert sum(c.size for c in first) == net.number_of_nodes()


def test_coverage_lists_each_inspector_in_the_areas_of_their_documents(corpus_store: Path,
                                                                       net: nx.MultiDiGraph) -> None:
    documents = areas_of_documents(corpus_store)
    inspectors = {"lead_inspector", "deputy_lead_inspector", "inspection_team", "head_of_inspections",
                  "chief_inspector"}
    expected = {(row["person"], area)
                for row in cli_rows("query", "person-roles", "--store", str(corpus_store), "--format", "csv")
                if row["relation"] in inspectors for area in documents[row["document"]]}
    assert {(c.inspector, c.area) for c in inspector_coverage(net)} == expected


def test_analyze_around_a_surname_and_a_name_not_found(corpus_store: Path) -> None:
    result = runner.invoke(app, ["analyze", "--store", str(corpus_store), "--around", "McGuckian", "--hops", "1",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    tables = json.loads(result.stdout)
    assert set(tables) == {"bridges", "communities", "area-links", "coverage"}
    assert "Yvonne McGuckian" in {r["name"] for r in tables["bridges"]}
    missing = runner.invoke(app, ["analyze", "--store", str(corpus_store), "--around", "McGuckin"])
    assert missing.exit_code == 2 and "nearest: Yvonne McGuckian" in missing.output
    assert "Traceback" not in missing.output
