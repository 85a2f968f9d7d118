"""Graph files read back with their formats' readers: the same nodes and edges, with labels,
types, colours, positions and the evidence on every edge; no contact details unless asked."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.network import select, to_network
from kg.store import Store

runner = CliRunner()
pydot = pytest.importorskip("pydot")


@pytest.fixture(scope="module")
def net(corpus_store: Path) -> nx.MultiDiGraph:
    return to_network(Store(corpus_store).graph(include_contacts=False))


def export(store: Path, kind: str, output: Path, *options: str) -> Path:
    result = runner.invoke(app, ["export", kind, "--store", str(store), "--output", str(output), *options])
    assert result.exit_code == 0, result.output
    return output


def read_cytoscape(path: Path) -> nx.MultiDiGraph:
    elements = json.loads(path.read_text(encoding="utf-8"))["elements"]
    graph = nx.MultiDiGraph()
    for node in elements["nodes"]:
        graph.add_node(node["data"]["id"], **node["data"], x=node["position"]["x"], y=node["position"]["y"])
    for edge in elements["edges"]:
        graph.add_edge(edge["data"]["source"], edge["data"]["target"], key=edge["data"]["id"], **edge["data"])
    return graph


def dot_text(value: str) -> str:
    """A DOT value as Graphviz reads it: pydot keeps the quotes and the escapes."""
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), value.strip('"'))


def read_dot(path: Path) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(nx.nx_pydot.read_dot(str(path)))
    for _, data in graph.nodes(data=True):
        data.update({k: dot_text(v) for k, v in data.items() if isinstance(v, str)})
    for *_, data in graph.edges(data=True):
        data.update({k: dot_text(v) for k, v in data.items() if isinstance(v, str)})
    return graph


READERS = {
    "graphml": lambda p: nx.read_graphml(p, force_multigraph=True),
    "gexf": nx.read_gexf,
    "cytoscape": read_cytoscape,
    "dot": read_dot,
}


def edge_evidence(graph: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, v, str(d["relation"])) for u, v, d in graph.edges(data=True)}


@pytest.mark.parametrize("kind", sorted(READERS))
def test_each_format_reads_back_with_the_same_nodes_and_edges(kind: str, corpus_store: Path,
                                                             net: nx.MultiDiGraph, tmp_path: Path) -> None:
    back = READERS[kind](export(corpus_store, kind, tmp_path / f"graph.{kind}"))
    assert back.number_of_nodes() == net.number_of_nodes()
    assert back.number_of_edges() == net.number_of_edges()
    assert set(map(str, back.nodes)) == set(net.nodes)
    assert edge_evidence(back) == edge_evidence(net)
    labels = {str(n): d.get("label") for n, d in back.nodes(data=True)}
    assert labels == dict(net.nodes(data="label"))
    for node, data in back.nodes(data=True):
        kind_of = net.nodes[str(node)]["type"]
        assert data.get("type") == kind_of
        assert "x" in data or "viz" in data or "pos" in data
    quotes = {str(d.get("quote")) for *_, d in back.edges(data=True)}
    assert quotes == {d["quote"] for *_, d in net.edges(data=True)}


def test_gexf_carries_colours_and_positions(corpus_store: Path, net: nx.MultiDiGraph, tmp_path: Path) -> None:
    back = nx.read_gexf(export(corpus_store, "gexf", tmp_path / "graph.gexf"))
    colours = {(d["type"], (d["viz"]["color"]["r"], d["viz"]["color"]["g"], d["viz"]["color"]["b"]))
               for _, d in back.nodes(data=True)}
    assert len(colours) == len({t for _, t in net.nodes(data="type")})
    assert len({(d["viz"]["position"]["x"], d["viz"]["position"]["y"]) for _, d in back.nodes(data=True)}) > 1


def test_around_and_only_cut_the_export(corpus_store: Path, net: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = export(corpus_store, "graphml", tmp_path / "around.graphml", "--around", "mcguckian", "--hops", "2",
                  "--only", "Person,Document,Organisation")
    back = nx.read_graphml(path, force_multigraph=True)
    expected = select(net, around="McGuckian", hops=2, only=["Person", "Document", "Organisation"])
    assert set(back.nodes) == set(expected.nodes) and back.number_of_edges() == expected.number_of_edges()


def test_shared_files_leave_contacts_out_unless_asked(corpus_store: Path, tmp_path: Path) -> None:
    graph = Store(corpus_store).graph()
    contacts = {v.text for n in graph.nodes.values() for p in ("email", "phone") for v in n.props.get(p, [])}
    assert contacts, "the corpus names officials' contact details"
    plain = export(corpus_store, "gexf", tmp_path / "plain.gexf").read_text(encoding="utf-8")
    assert not [c for c in contacts if c in plain]
    asked = export(corpus_store, "gexf", tmp_path / "asked.gexf", "--contacts").read_text(encoding="utf-8")
    assert all(c.replace("&", "&amp;") in asked for c in contacts)


def test_hostile_names_stay_data_in_dot() -> None:
    from kg.viz.exports import dot_string

    hostile = 'Ann "x" \\ O\'Neil\n}; digraph evil {'
    graph = pydot.graph_from_dot_data(f"digraph g {{ a [label={dot_string(hostile)}]; }}")[0]
    assert len(graph.get_nodes()) == 1
    assert dot_text(graph.get_node("a")[0].get("label")) == hostile
