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
from collections.abc import Callable, Container, Iterable, Iterator

import pyoxigraph as ox

from kg.graph import ResolvedGraph, Value, date_kind, is_number, preferred_name
from kg.model import Model, load_model
from kg.statements import Statement

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+$")
BASE_IRI_ENV = "KG_BASE_IRI"


def base_iri(base: str) -> str:
    """The base for instance IRIs, ending in '/'; refuses what is not an absolute IRI."""
    if not ABSOLUTE_IRI.match(base):
        raise ValueError(f"base IRI {base!r} is not an absolute IRI such as https://example.org/kg/")
    return base.rstrip("/") + "/"


def literal_text(text: str, datatype: str | None = None) -> str:
    """A literal in N-Quads: quotes, backslashes, line breaks and control characters escaped."""
    quoted = '"' + text.translate(LITERAL_ESCAPES) + '"'
    return f"{quoted}^^<{datatype}>" if datatype else quoted


LITERAL_ESCAPES = {ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r",
                   **{c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if c not in (0x0A, 0x0D)}}
NQUADS_CHUNK = 1 << 20  # characters of N-Quads parsed at once into quads


def parse_nquads(texts: Iterable[str]) -> Iterator[ox.Quad]:
    """The quads of N-Quads text given in pieces of whole lines, parsed a chunk at a time."""
    for chunk in nquads_chunks(texts, NQUADS_CHUNK):
        yield from ox.parse(chunk, ox.RdfFormat.N_QUADS)


def nquads_chunks(texts: Iterable[str], size: int) -> Iterator[str]:
    """Pieces of whole lines joined into chunks of about `size` characters."""
    pieces: list[str] = []
    length = 0
    for text in texts:
        pieces.append(text)
        length += len(text)
        if length >= size:
            yield "".join(pieces)
            pieces, length = [], 0
    if pieces:
        yield "".join(pieces)


class Vocabulary:
    """IRIs for entities, graphs and the model's classes, properties and provenance terms under one base,
    as Oxigraph's terms and as N-Quads text (`*_text`: what the stores and files are written from)."""

    def __init__(self, model: Model | None = None, base: str | None = None) -> None:
        self.model = model or load_model()
        self.base = base_iri(base or os.environ.get(BASE_IRI_ENV) or self.model.base)
        self.kg = self.model.prefixes["kg"]
        self._named: dict[tuple[str, ...], str] = {}  # the few terms and graphs that name millions of quads

    def named(self, key: tuple[str, ...], iri: Callable[[], str]) -> str:
        """The N-Quads text of the IRI for `key`, made from `iri()` the first time only."""
        if (text := self._named.get(key)) is None:
            text = self._named[key] = f"<{iri()}>"
        return text

    def entity_iri(self, entity_id: str) -> str:
        kind, _, rest = entity_id.partition("-")
        return f"{self.base}{kind}/{rest}"

    def entity(self, entity_id: str) -> ox.NamedNode:
        return ox.NamedNode(self.entity_iri(entity_id))

    def entity_text(self, entity_id: str) -> str:
        return f"<{self.entity_iri(entity_id)}>"

    def graph_text(self, document_id: str) -> str:
        return self.named(("graph", document_id), lambda: f"{self.base}graph/{document_id}")

    def graph(self, document_id: str) -> ox.NamedNode:
        return ox.NamedNode(self.graph_text(document_id)[1:-1])

    @property
    def resolution_graph(self) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}graph/resolution")

    def term_text(self, name: str) -> str:
        """A provenance or resolution term of the model (`quote`, `document`, `merged_from`, ...)."""
        return self.named(("term", name), lambda: self.model.term(name))

    def term(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(self.term_text(name)[1:-1])

    def predicate_text(self, schema: str, prop: str) -> str:
        return self.named(("predicate", schema, prop), lambda: self.model.expand(self.model.property(schema, prop).rdf))

    def rdf_class_text(self, schema: str) -> str:
        return self.named(("class", schema), lambda: self.model.expand(self.model.schemas[schema].rdf_class))

    def kg_class_text(self, schema: str) -> str:
        return self.named(("kg class", schema), lambda: self.kg + schema)

    def value_text(self, schema: str, prop: str, value: str) -> str:
        kind = self.model.property(schema, prop).type
        if kind == "ref":
            return self.entity_text(value)
        if kind == "number" and is_number(value):
            return literal_text(value, XSD + "decimal")
        if kind == "date" and (datatype := date_kind(value)):
            return literal_text(value, XSD + datatype)
        return literal_text(value)


class QuadMaker:
    """The quads of one graph's entities, typed in each graph they are in, made as N-Quads text (which
    the Oxigraph store loads as it is, and the other writers parse into quads)."""

    def __init__(self, graph: ResolvedGraph, vocab: Vocabulary) -> None:
        self.graph = graph
        self.vocab = vocab
        self.chosen: tuple[Container[str], set[str]] | None = None  # some documents, and their statements' ids

    def statements_of(self, documents: Container[str]) -> set[str]:
        """The ids of the graph's statements read in the documents (kept for the next call with them: an
        update asks once for every entity of its change, and the popular ones have thousands of statements)."""
        if self.chosen is None or self.chosen[0] is not documents:
            self.chosen = documents, {sid for sid, s in self.graph.statements.items() if s.document_id in documents}
        return self.chosen[1]

    def entity_nquads(self, entity_id: str, schema: str, props: dict[str, list[Value]],
                      documents: Container[str] | None = None) -> Iterator[str]:
        """The entity's quads as N-Quads lines (a few at a time), each quad once (a fact read twice
        in one document is one quad), in the graphs of its documents (of `documents` only, if given).
        No two entities share a quad, so each is made once however the graph's quads are streamed."""
        vocab = self.vocab
        subject = vocab.entity_text(entity_id)
        classes = dict.fromkeys((vocab.rdf_class_text(schema), vocab.kg_class_text(schema)))  # one, for a kg class
        typed: set[str] = set()  # the documents whose graph has the entity's types already
        facts: set[str] = set()
        told: set[str] = set()  # the statements whose provenance is written (a statement read twice is one)
        chosen = None if documents is None else self.statements_of(documents)
        for prop, values in props.items():
            predicate = vocab.predicate_text(schema, prop)
            for value in values:
                obj = None
                for statement_id in value.statements:
                    if (chosen is not None and statement_id not in chosen) or statement_id in told:
                        continue
                    if obj is None:  # made only for a value of the documents chosen
                        obj = vocab.value_text(schema, prop, value.text)
                    s = self.graph.statement(statement_id)
                    told.add(statement_id)
                    graph = vocab.graph_text(s.document_id)
                    if s.document_id not in typed:
                        typed.add(s.document_id)
                        yield "".join(f"{subject} {RDF_TYPE} {kind} {graph} .\n" for kind in classes)
                    fact = f"{subject} {predicate} {obj} {graph} .\n"
                    if fact not in facts:
                        facts.add(fact)
                        yield fact
                    yield self.provenance_nquads(s, subject, predicate, obj, graph)

    def provenance_nquads(self, s: Statement, subject: str, predicate: str, obj: str, graph: str) -> str:
        """The statement as a node: what it says, its document, span, quote and extractor."""
        term = self.vocab.term_text
        node = self.vocab.entity_text("statement-" + s.id)
        page = f"{node} {term('page')} {integer_text(s.page)} {graph} .\n" if s.page is not None else ""
        return (f"{node} {RDF_TYPE} {term('statement')} {graph} .\n"
                f"{node} {term('subject')} {subject} {graph} .\n"
                f"{node} {term('predicate')} {predicate} {graph} .\n"
                f"{node} {term('object')} {obj} {graph} .\n"
                f"{node} {term('document')} {self.vocab.entity_text('doc-' + s.document_id)} {graph} .\n"
                f"{node} {term('quote')} {literal_text(s.quote)} {graph} .\n"
                f"{node} {term('start')} {integer_text(s.start)} {graph} .\n"
                f"{node} {term('end')} {integer_text(s.end)} {graph} .\n"
                f"{node} {term('extractor')} {literal_text(s.extractor)} {graph} .\n{page}")

    def resolution_quads(self, people: Container[str] | None = None, mentions: Iterable[str] | None = None
                         ) -> Iterator[ox.Quad]:
        return parse_nquads(self.resolution_nquads(people, mentions))

    def resolution_nquads(self, people: Container[str] | None = None, mentions: Iterable[str] | None = None
                          ) -> Iterator[str]:
        """Each person's preferred name, and which mentions were merged into them: the names of the
        `people` only, if given; the entries of the `mentions` only, if given, else of the people."""
        vocab, graph = self.vocab, f"<{self.vocab.resolution_graph.value}>"
        preferred, merged = vocab.term_text("preferred_name"), vocab.term_text("merged_from")
        for node in self.graph.nodes.values():
            if node.schema == "Person" and (people is None or node.id in people) \
                    and (name := preferred_name(node.values("name"))):
                yield f"{vocab.entity_text(node.id)} {preferred} {literal_text(name)} {graph} .\n"
        canonical = self.graph.resolution.canonical
        if mentions is None:
            entries = [(m, person) for m, person in sorted(canonical.items()) if people is None or person in people]
        else:
            entries = sorted((m, canonical[m]) for m in set(mentions) if m in canonical)
        for mention, person in entries:
            yield f"{vocab.entity_text(person)} {merged} {vocab.entity_text(mention)} {graph} .\n"


def integer_text(number: int) -> str:
    return f'"{number}"^^<{XSD}integer>'


def nquads(graph: ResolvedGraph, vocab: Vocabulary | None = None) -> Iterator[str]:
    """Every quad of the graph as N-Quads text, each once: facts and their provenance per document,
    then the resolution graph."""
    maker = QuadMaker(graph, vocab or Vocabulary())
    for entity_id, schema, props in graph.entities():
        yield from maker.entity_nquads(entity_id, schema, props)
    yield from maker.resolution_nquads()


def quads(graph: ResolvedGraph, vocab: Vocabulary | None = None) -> Iterator[ox.Quad]:
    """Every quad of the graph, each once: facts and their provenance per document, then the resolution graph."""
    return parse_nquads(nquads(graph, vocab))
