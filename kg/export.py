"""RDF writers: the built graph as Turtle, TriG, N-Quads or JSON-LD.

Every writer has one shape, `write(quads, output, prefixes)`, and is found by its name in
`FORMATS`. TriG, N-Quads and JSON-LD keep one named graph per source document (so removing a
document removes its graph); Turtle has no named graphs and holds their union, each triple
once. TriG, N-Quads and Turtle are written by Oxigraph; JSON-LD by rdflib, compacted with a
context made of the model's prefixes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
import rdflib

from kg.model import load_model
from kg.rdf import Vocabulary, quads
from kg.store import Store

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
STANDARD_PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}

Output = Path | BinaryIO
Writer = Callable[[Iterable[ox.Quad], Output, dict[str, str]], None]


@dataclass(frozen=True)
class RdfFormat:
    name: str
    suffix: str
    description: str
    write: Writer


def graph_prefixes() -> dict[str, str]:
    """The prefixes writers use: the model's vocabularies, rdf and rdfs."""
    return {**STANDARD_PREFIXES, **load_model().prefixes}


def store_quads(store: Store, base: str | None = None) -> Iterator[ox.Quad]:
    """Every quad of the built graph; with another base, minted afresh from the statements."""
    if base is None:
        yield from store.rdf().quads_for_pattern(None, None, None, None)
    else:
        yield from quads(store.statements(), store.resolution(), Vocabulary(base=base))


def union_triples(quads_in: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The triples of all graphs together, each once, in a stable order."""
    return sorted({q.triple for q in quads_in}, key=str)


def write_turtle(quads_in: Iterable[ox.Quad], output: Output, prefixes: dict[str, str]) -> None:
    ox.serialize(union_triples(quads_in), output, ox.RdfFormat.TURTLE, prefixes=prefixes)


def write_trig(quads_in: Iterable[ox.Quad], output: Output, prefixes: dict[str, str]) -> None:
    ox.serialize(quads_in, output, ox.RdfFormat.TRIG, prefixes=prefixes)


def write_nquads(quads_in: Iterable[ox.Quad], output: Output, prefixes: dict[str, str]) -> None:
    ox.serialize(quads_in, output, ox.RdfFormat.N_QUADS)


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph) -> rdflib.term.Node:
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
        dataset.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), graph))
    return dataset


def rdflib_graph(quads_in: Iterable[ox.Quad]) -> rdflib.Graph:
    """The union of the quads' graphs as one rdflib Graph (Memory store)."""
    graph = rdflib.Graph()
    for q in quads_in:
        graph.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return graph


def write_jsonld(quads_in: Iterable[ox.Quad], output: Output, prefixes: dict[str, str]) -> None:
    text = rdflib_dataset(quads_in).serialize(format="json-ld", context=prefixes, auto_compact=True)
    data = text.encode("utf-8")
    if isinstance(output, Path):
        output.write_bytes(data)
    else:
        output.write(data)


FORMATS: dict[str, RdfFormat] = {f.name: f for f in (
    RdfFormat("ttl", ".ttl", "Turtle: the union of all document graphs", write_turtle),
    RdfFormat("trig", ".trig", "TriG: one named graph per document", write_trig),
    RdfFormat("nq", ".nq", "N-Quads: one named graph per document", write_nquads),
    RdfFormat("jsonld", ".jsonld", "JSON-LD with a context: one named graph per document", write_jsonld),
)}


def export(store: Store, fmt: str, output: Path, base: str | None = None) -> int:
    """Write the store's graph to `output` in the named format; returns the number of quads."""
    writer = FORMATS[fmt]
    collected = list(store_quads(store, base))
    writer.write(collected, output, graph_prefixes())
    return len(collected)
