"""The networkx view: the resolved graph as it is, names found as people type them, subgraphs, layout."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from kg.network import NameNotFound, facts_by_node, find_node, laid_out, select, to_network
from kg.store import Store


@pytest.fixture(scope="module")
def graph(corpus_store: Path):  # type: ignore[no-untyped-def]
    return Store(corpus_store).graph(include_contacts=False)


@pytest.fixture(scope="module")
def net(graph) -> nx.MultiDiGraph:  # type: ignore[no-untyped-def]
    return to_network(graph)


def test_the_network_holds_every_node_and_edge_of_the_resolved_graph(graph, net: nx.MultiDiGraph) -> None:
    assert set(net.nodes) == set(graph.nodes)
    assert Counter((u, v, k) for u, v, k in net.edges(keys=True)) == Counter(
        (e.source, e.target, e.id) for e in graph.edges)
    assert {n: t for n, t in net.nodes(data="type")} == {n.id: n.schema for n in graph.nodes.values()}


def test_edges_carry_their_relation_role_document_and_quote(graph, net: nx.MultiDiGraph) -> None:
    for edge in graph.edges:
        data = net.edges[edge.source, edge.target, edge.id]
        first = graph.statement(edge.statements[0])
        assert data["quote"] == first.quote and first.document in data["document"]
        if edge.schema == "Involvement":
            assert data["relation"] == edge.first("relation") and data["role"] == edge.values("role")


def test_a_person_sits_in_the_areas_and_years_of_the_documents_they_appear_in(graph, net: nx.MultiDiGraph) -> None:
    for edge in graph.edges:
        if edge.type != "INVOLVED_IN":
            continue
        document = graph.nodes[edge.target]
        areas = {graph.caption(a) for a in document.values("area")}
        assert areas <= set(net.nodes[edge.source]["area"])
        published = document.first("published")
        if published:
            assert published[:4] in net.nodes[edge.source]["year"]


def test_names_are_found_as_people_type_them(net: nx.MultiDiGraph) -> None:
    person = find_node(net, "Yvonne McGuckian")
    assert find_node(net, "yvonne mcguckian") == find_node(net, "McGuckian") == person
    assert net.nodes[person]["type"] == "Person"
    with pytest.raises(NameNotFound, match="nearest: Yvonne McGuckian"):
        find_node(net, "McGuckin")


def test_a_name_shared_by_several_people_lists_them(net: nx.MultiDiGraph) -> None:
    surnames = Counter(label.split()[-1] for _, label in net.nodes(data="label")
                       if net.nodes[_]["type"] == "Person" and len(label.split()) == 2)
    shared = next(s for s, n in surnames.items() if n > 1)
    with pytest.raises(NameNotFound, match="matches"):
        find_node(net, shared)


def test_around_gives_the_neighbourhood_within_the_hops(net: nx.MultiDiGraph) -> None:
    centre = find_node(net, "McGuckian")
    undirected = nx.Graph(net)
    for hops in (1, 2):
        expected = set(nx.single_source_shortest_path_length(undirected, centre, cutoff=hops))
        sub = select(net, around="McGuckian", hops=hops)
        assert set(sub.nodes) == expected
        assert sub.number_of_edges() == net.subgraph(expected).number_of_edges()


def test_only_keeps_the_types_named(net: nx.MultiDiGraph) -> None:
    sub = select(net, only=["person", "Document"])
    assert {t for _, t in sub.nodes(data="type")} == {"Person", "Document"}
    assert sub.number_of_nodes() == sum(1 for _, t in net.nodes(data="type") if t in ("Person", "Document"))
    with pytest.raises(NameNotFound, match="no node type 'Child'"):
        select(net, only=["Child"])


def test_the_layout_places_every_node_and_repeats(net: nx.MultiDiGraph) -> None:
    first = laid_out(net.copy())
    again = laid_out(net.copy())
    assert all({"x", "y", "size"} <= set(d) for _, d in first.nodes(data=True))
    assert [first.nodes[n]["x"] for n in first] == [again.nodes[n]["x"] for n in again]
    assert len({(d["x"], d["y"]) for _, d in first.nodes(data=True)}) > 0.9 * first.number_of_nodes()


def test_facts_give_each_value_and_edge_with_its_quote(graph) -> None:
    person = next(n for n in graph.nodes.values() if graph.caption(n.id) == "Yvonne McGuckian")
    facts = facts_by_node(graph, [person.id])[person.id]
    edges = [e for e in graph.edges if person.id in (e.source, e.target)]
    assert len(facts) == sum(len(v) for v in person.props.values()) + len(edges)
    quotes = {graph.statement(e.statements[0]).quote for e in edges}
    assert quotes <= {f.quote for f in facts}


LAYOUT_SCRIPT = """
import json, sys
import networkx as nx
from kg.network import layout, louvain
from kg.viz.synthetic import synthetic_network
net = synthetic_network(600)
print(json.dumps([sorted(layout(net).items()), louvain(nx.Graph(net))]))
"""


def test_layout_and_communities_repeat_across_processes_whatever_their_hash_seed() -> None:
    import json
    import os
    import subprocess
    import sys

    from kg.network import LAYOUT_LIMIT
    from kg.viz.synthetic import synthetic_network

    assert max(len(c) for c in nx.connected_components(nx.Graph(synthetic_network(600)))) > LAYOUT_LIMIT
    runs = [subprocess.run([sys.executable, "-c", LAYOUT_SCRIPT], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert json.loads(runs[0]) == json.loads(runs[1])
