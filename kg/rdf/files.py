"""RDF files: the resolved graph as Turtle, TriG, N-Quads or JSON-LD, as registered writers.

TriG, N-Quads and JSON-LD keep one named graph per source document (so removing a document
removes its graph); Turtle has no named graphs and holds their union, each triple once.
TriG, N-Quads and Turtle are written by Oxigraph; JSON-LD by rdflib, compacted with a
context made of the model's prefixes, then put in a canonical order (rdflib's follows its
sets), so two builds of the same documents give the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pyoxigraph as ox
import rdflib

from kg.graph import Edge, Node, ResolvedGraph, Value
from kg.model import load_model
from kg.rdf import QuadMaker, Vocabulary, parse_nquads
from kg.writers import GraphWriter, Output, WriteOptions, write_bytes

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
STANDARD_PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}


def graph_prefixes() -> dict[str, str]:
    """The prefixes writers use: the model's vocabularies, rdf and rdfs."""
    return {**STANDARD_PREFIXES, **load_model().prefixes}


class QuadWriter(GraphWriter):
    """Notes the graph's entities as it is given them; `serialise` writes their quads, made as it
    reads them, so no list of every quad is held. Ref edges are node properties in RDF already,
    so only the entities behind main edges add quads."""

    serialise: Callable[[Iterable[ox.Quad], Output], int]

    def __init__(self, graph: ResolvedGraph, output: Output, options: WriteOptions) -> None:
        super().__init__(graph, output, options)
        self.maker = QuadMaker(graph, Vocabulary(base=options.base))
        self.entities: list[tuple[str, str, dict[str, list[Value]]]] = []

    def write_node(self, node: Node) -> None:
        self.entities.append((node.id, node.schema, node.props))

    def write_edge(self, edge: Edge) -> None:
        if edge.prop is None:
            self.entities.append((edge.entity, edge.schema, edge.props))

    def nquads(self) -> Iterator[str]:
        for entity in self.entities:
            yield from self.maker.entity_nquads(*entity)
        yield from self.maker.resolution_nquads()

    def quads(self) -> Iterator[ox.Quad]:
        return parse_nquads(self.nquads())

    def finalize(self) -> int:
        return type(self).serialise(self.quads(), self.output)


def counted(quads_in: Iterable[ox.Quad], count: list[int]) -> Iterator[ox.Quad]:
    """The quads, counting them into `count[0]` as they pass."""
    for quad in quads_in:
        count[0] += 1
        yield quad


def union_triples(quads_in: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The triples of all graphs together, each once, in a stable order."""
    return sorted({q.triple for q in quads_in}, key=str)


def write_turtle(quads_in: Iterable[ox.Quad], output: Output) -> int:
    count = [0]
    ox.serialize(union_triples(counted(quads_in, count)), output, ox.RdfFormat.TURTLE, prefixes=graph_prefixes())
    return count[0]


def write_trig(quads_in: Iterable[ox.Quad], output: Output) -> int:
    count = [0]
    ox.serialize(counted(quads_in, count), output, ox.RdfFormat.TRIG, prefixes=graph_prefixes())
    return count[0]


def write_nquads(quads_in: Iterable[ox.Quad], output: Output) -> int:
    count = [0]
    ox.serialize(counted(quads_in, count), output, ox.RdfFormat.N_QUADS)
    return count[0]


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph | ox.Triple) -> rdflib.term.Node:
    """One Oxigraph term as the equal rdflib term."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return rdflib.Literal(term.value, datatype=None if datatype == XSD_STRING else rdflib.URIRef(datatype))
    raise TypeError(f"cannot convert {term!r}")


def rdflib_dataset(quads_in: Iterable[ox.Quad]) -> rdflib.Dataset:
    """The quads in an rdflib Dataset (Memory store), named graphs kept."""
    dataset = rdflib.Dataset()
    for q in quads_in:
        graph = None if isinstance(q.graph_name, ox.DefaultGraph) else to_rdflib(q.graph_name)
        # rdflib takes a graph's name as the fourth term as well as a graph (its stubs say only a graph)
        dataset.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), graph))  # type: ignore[arg-type]
    return dataset


def rdflib_graph(quads_in: Iterable[ox.Quad]) -> rdflib.Graph:
    """The union of the quads' graphs as one rdflib Graph (Memory store)."""
    graph = rdflib.Graph()
    for q in quads_in:
        graph.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return graph


def canonical_order(value: Any) -> Any:
    """The JSON-LD with every array sorted (nodes, graphs and values are sets in RDF; no `@list` is written)."""
    if isinstance(value, dict):
        return {key: canonical_order(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [canonical_order(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def write_jsonld(quads_in: Iterable[ox.Quad], output: Output) -> int:
    count = [0]
    text = rdflib_dataset(counted(quads_in, count)).serialize(format="json-ld", context=graph_prefixes(), auto_compact=True)
    ordered = canonical_order(json.loads(text))
    write_bytes(output, (json.dumps(ordered, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))
    return count[0]


class TurtleWriter(QuadWriter):
    serialise = staticmethod(write_turtle)


class TrigWriter(QuadWriter):
    serialise = staticmethod(write_trig)


class NQuadsWriter(QuadWriter):
    serialise = staticmethod(write_nquads)


class JsonLdWriter(QuadWriter):
    serialise = staticmethod(write_jsonld)
