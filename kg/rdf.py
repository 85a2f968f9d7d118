"""The RDF view of the graph: statements as quads, one named graph per source document.

Each statement becomes a fact triple (subject, the property's IRI from the model, object)
and a provenance node (`kg:Statement`, with rdf:subject/predicate/object, prov:wasDerivedFrom
the document, kg:quote, kg:start, kg:end, kg:extractor) in the graph of its document, so
removing a document removes its graph and every fact keeps its quote. People merged by
resolution share one IRI; their preferred name goes in the resolution graph.

Instance IRIs sit under the model's base, or the one in KG_BASE_IRI, or one given here; the
kg: namespace of classes and properties does not move, so queries keep working.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.model import Model, load_model
from kg.resolve import Resolution
from kg.statements import Statement

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDF_SUBJECT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
RDF_PREDICATE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate")
RDF_OBJECT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#object")
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
SKOS_PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
YEAR = re.compile(r"^\d{4}$")
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+$")
BASE_IRI_ENV = "KG_BASE_IRI"


def base_iri(base: str) -> str:
    """The base for instance IRIs, ending in '/'; refuses what is not an absolute IRI."""
    if not ABSOLUTE_IRI.match(base):
        raise ValueError(f"base IRI {base!r} is not an absolute IRI such as https://example.org/kg/")
    return base.rstrip("/") + "/"


class Vocabulary:
    """IRIs for entities, graphs and the model's classes and properties under one base."""

    def __init__(self, model: Model | None = None, base: str | None = None) -> None:
        self.model = model or load_model()
        self.base = base_iri(base or os.environ.get(BASE_IRI_ENV) or self.model.base)
        self.kg = self.model.prefixes["kg"]

    def entity(self, entity_id: str) -> ox.NamedNode:
        kind, _, rest = entity_id.partition("-")
        return ox.NamedNode(f"{self.base}{kind}/{rest}")

    def graph(self, document_id: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}graph/{document_id}")

    @property
    def resolution_graph(self) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}graph/resolution")

    def term(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(self.kg + name)

    def predicate(self, schema: str, prop: str) -> ox.NamedNode:
        return ox.NamedNode(self.model.expand(self.model.property(schema, prop).rdf))

    def rdf_class(self, schema: str) -> ox.NamedNode:
        return ox.NamedNode(self.model.expand(self.model.schemas[schema].rdf_class))

    def kg_class(self, schema: str) -> ox.NamedNode:
        return ox.NamedNode(self.kg + schema)

    def value(self, schema: str, prop: str, value: str) -> ox.NamedNode | ox.Literal:
        kind = self.model.property(schema, prop).type
        if kind == "ref":
            return self.entity(value)
        if kind == "number":
            try:
                float(value)
                return ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal"))
            except ValueError:
                return ox.Literal(value)
        if kind == "date":
            for pattern, datatype in ((FULL_DATE, "date"), (YEAR_MONTH, "gYearMonth"), (YEAR, "gYear")):
                if pattern.match(value):
                    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))
        return ox.Literal(value)


def quads(statements: Iterable[Statement], resolution: Resolution, vocab: Vocabulary | None = None,
          *, include_contacts: bool = True) -> Iterator[ox.Quad]:
    """Every quad of the graph: facts and their provenance per document, then the resolution graph."""
    vocab = vocab or Vocabulary()
    typed: set[tuple[str, str]] = set()
    canonical = resolution.canonical
    for s in statements:
        if not include_contacts and vocab.model.property(s.schema, s.prop).contact:
            continue
        graph = vocab.graph(s.document_id)
        subject_id = canonical.get(s.entity, s.entity)
        subject = vocab.entity(subject_id)
        if (subject_id, s.document_id) not in typed:
            typed.add((subject_id, s.document_id))
            yield ox.Quad(subject, RDF_TYPE, vocab.rdf_class(s.schema), graph)
            yield ox.Quad(subject, RDF_TYPE, vocab.kg_class(s.schema), graph)
        predicate = vocab.predicate(s.schema, s.prop)
        obj = vocab.value(s.schema, s.prop, canonical.get(s.value, s.value))
        yield ox.Quad(subject, predicate, obj, graph)
        node = vocab.entity("statement-" + s.id)
        yield ox.Quad(node, RDF_TYPE, vocab.term("Statement"), graph)
        yield ox.Quad(node, RDF_SUBJECT, subject, graph)
        yield ox.Quad(node, RDF_PREDICATE, predicate, graph)
        yield ox.Quad(node, RDF_OBJECT, obj, graph)
        yield ox.Quad(node, ox.NamedNode(PROV + "wasDerivedFrom"), vocab.entity("doc-" + s.document_id), graph)
        yield ox.Quad(node, vocab.term("quote"), ox.Literal(s.quote), graph)
        yield ox.Quad(node, vocab.term("start"), ox.Literal(str(s.start), datatype=ox.NamedNode(XSD + "integer")), graph)
        yield ox.Quad(node, vocab.term("end"), ox.Literal(str(s.end), datatype=ox.NamedNode(XSD + "integer")), graph)
        yield ox.Quad(node, vocab.term("extractor"), ox.Literal(s.extractor), graph)
    yield from resolution_quads(resolution, vocab)


def resolution_quads(resolution: Resolution, vocab: Vocabulary) -> Iterator[ox.Quad]:
    """Each person's preferred name, and which mentions were merged into them."""
    graph = vocab.resolution_graph
    for entity in resolution.entities.values():
        if entity.schema == "Person":
            names = sorted(entity.props.get("name", ()), key=lambda n: (-len(n), n))
            if names:
                yield ox.Quad(vocab.entity(entity.id), SKOS_PREF, ox.Literal(names[0]), graph)
    for mention, person in sorted(resolution.canonical.items()):
        yield ox.Quad(vocab.entity(person), vocab.term("mergedFrom"), vocab.entity(mention), graph)
