"""The RDF backend: the resolved graph as quads, one named graph per source document.

Every value of every entity (node, or the entity behind an edge) becomes, for each
statement behind it, a fact triple (subject, the property's IRI from the model, object) and
a provenance node (the model's `provenance` terms: kg:Statement with rdf:subject/predicate/
object, prov:wasDerivedFrom the document, kg:quote, kg:start, kg:end, kg:extractor, and
kg:page in a document that has pages) in the graph of the statement's document, so removing
a document removes its graph and every fact keeps its quote. People merged by resolution share one IRI; their preferred name and the
mentions merged into them go in the resolution graph.

Instance IRIs sit under the model's base, or the one in KG_BASE_IRI, or one given here; the
kg: namespace of classes and properties does not move, so queries keep working. This
package is the only place that speaks pyoxigraph: `files` (RDF exports), `store` (the
embedded Oxigraph store), `sparql` (queries), `push` (SPARQL servers), `validate` (SHACL).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Container, Iterator

import pyoxigraph as ox

from kg.graph import ResolvedGraph, Value, date_kind, is_number, preferred_name
from kg.model import Model, load_model
from kg.statements import Statement

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+$")
BASE_IRI_ENV = "KG_BASE_IRI"


def base_iri(base: str) -> str:
    """The base for instance IRIs, ending in '/'; refuses what is not an absolute IRI."""
    if not ABSOLUTE_IRI.match(base):
        raise ValueError(f"base IRI {base!r} is not an absolute IRI such as https://example.org/kg/")
    return base.rstrip("/") + "/"


class Vocabulary:
    """IRIs for entities, graphs and the model's classes, properties and provenance terms under one base."""

    def __init__(self, model: Model | None = None, base: str | None = None) -> None:
        self.model = model or load_model()
        self.base = base_iri(base or os.environ.get(BASE_IRI_ENV) or self.model.base)
        self.kg = self.model.prefixes["kg"]
        self._named: dict[tuple[str, ...], ox.NamedNode] = {}  # the few terms and graphs that name millions of quads

    def named(self, key: tuple[str, ...], iri: Callable[[], str]) -> ox.NamedNode:
        """The node for `key`, made from `iri()` the first time only."""
        if (node := self._named.get(key)) is None:
            node = self._named[key] = ox.NamedNode(iri())
        return node

    def entity(self, entity_id: str) -> ox.NamedNode:
        kind, _, rest = entity_id.partition("-")
        return ox.NamedNode(f"{self.base}{kind}/{rest}")

    def graph(self, document_id: str) -> ox.NamedNode:
        return self.named(("graph", document_id), lambda: f"{self.base}graph/{document_id}")

    @property
    def resolution_graph(self) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}graph/resolution")

    def term(self, name: str) -> ox.NamedNode:
        """A provenance or resolution term of the model (`quote`, `document`, `merged_from`, ...)."""
        return self.named(("term", name), lambda: self.model.term(name))

    def predicate(self, schema: str, prop: str) -> ox.NamedNode:
        return self.named(("predicate", schema, prop), lambda: self.model.expand(self.model.property(schema, prop).rdf))

    def rdf_class(self, schema: str) -> ox.NamedNode:
        return self.named(("class", schema), lambda: self.model.expand(self.model.schemas[schema].rdf_class))

    def kg_class(self, schema: str) -> ox.NamedNode:
        return self.named(("kg class", schema), lambda: self.kg + schema)

    def value(self, schema: str, prop: str, value: str) -> ox.NamedNode | ox.Literal:
        kind = self.model.property(schema, prop).type
        if kind == "ref":
            return self.entity(value)
        if kind == "number" and is_number(value):
            return ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal"))
        if kind == "date" and (datatype := date_kind(value)):
            return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))
        return ox.Literal(value)

    def integer(self, number: int) -> ox.Literal:
        return ox.Literal(str(number), datatype=ox.NamedNode(XSD + "integer"))


class QuadMaker:
    """The quads of one graph's entities, typed in each graph they are in."""

    def __init__(self, graph: ResolvedGraph, vocab: Vocabulary) -> None:
        self.graph = graph
        self.vocab = vocab

    def entity_quads(self, entity_id: str, schema: str, props: dict[str, list[Value]],
                     documents: Container[str] | None = None) -> Iterator[ox.Quad]:
        """The entity's quads, each once (a fact read twice in one document is one quad), in the
        graphs of its documents (of `documents` only, if given). No two entities share a quad, so
        each is made once however the graph's quads are streamed."""
        seen: set[ox.Quad] = set()
        for quad in self._entity_quads(entity_id, schema, props, documents):
            if quad not in seen:
                seen.add(quad)
                yield quad

    def _entity_quads(self, entity_id: str, schema: str, props: dict[str, list[Value]],
                      documents: Container[str] | None) -> Iterator[ox.Quad]:
        vocab = self.vocab
        subject = vocab.entity(entity_id)
        typed: set[str] = set()  # the documents whose graph has the entity's types already
        for prop, values in props.items():
            predicate = vocab.predicate(schema, prop)
            for value in values:
                obj = vocab.value(schema, prop, value.text)
                for statement_id in value.statements:
                    s = self.graph.statement(statement_id)
                    if documents is not None and s.document_id not in documents:
                        continue
                    graph = vocab.graph(s.document_id)
                    if s.document_id not in typed:
                        typed.add(s.document_id)
                        yield ox.Quad(subject, RDF_TYPE, vocab.rdf_class(schema), graph)
                        yield ox.Quad(subject, RDF_TYPE, vocab.kg_class(schema), graph)
                    yield ox.Quad(subject, predicate, obj, graph)
                    yield from self.provenance_quads(s, subject, predicate, obj, graph)

    def provenance_quads(self, s: Statement, subject: ox.NamedNode, predicate: ox.NamedNode,
                         obj: ox.NamedNode | ox.Literal, graph: ox.NamedNode) -> Iterator[ox.Quad]:
        """The statement as a node: what it says, its document, span, quote and extractor."""
        vocab = self.vocab
        node = vocab.entity("statement-" + s.id)
        yield ox.Quad(node, RDF_TYPE, vocab.term("statement"), graph)
        yield ox.Quad(node, vocab.term("subject"), subject, graph)
        yield ox.Quad(node, vocab.term("predicate"), predicate, graph)
        yield ox.Quad(node, vocab.term("object"), obj, graph)
        yield ox.Quad(node, vocab.term("document"), vocab.entity("doc-" + s.document_id), graph)
        yield ox.Quad(node, vocab.term("quote"), ox.Literal(s.quote), graph)
        yield ox.Quad(node, vocab.term("start"), vocab.integer(s.start), graph)
        yield ox.Quad(node, vocab.term("end"), vocab.integer(s.end), graph)
        yield ox.Quad(node, vocab.term("extractor"), ox.Literal(s.extractor), graph)
        if s.page is not None:
            yield ox.Quad(node, vocab.term("page"), vocab.integer(s.page), graph)

    def resolution_quads(self) -> Iterator[ox.Quad]:
        """Each person's preferred name, and which mentions were merged into them."""
        vocab, graph = self.vocab, self.vocab.resolution_graph
        for node in self.graph.nodes.values():
            if node.schema == "Person" and (name := preferred_name(node.values("name"))):
                yield ox.Quad(vocab.entity(node.id), vocab.term("preferred_name"), ox.Literal(name), graph)
        for mention, person in sorted(self.graph.resolution.canonical.items()):
            yield ox.Quad(vocab.entity(person), vocab.term("merged_from"), vocab.entity(mention), graph)


def quads(graph: ResolvedGraph, vocab: Vocabulary | None = None) -> Iterator[ox.Quad]:
    """Every quad of the graph, each once: facts and their provenance per document, then the resolution graph."""
    maker = QuadMaker(graph, vocab or Vocabulary())
    for entity_id, schema, props in graph.entities():
        yield from maker.entity_quads(entity_id, schema, props)
    yield from maker.resolution_quads()
