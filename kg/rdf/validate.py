"""SHACL validation of the built graph against the shapes generated from the model
(ontology/shapes.ttl).

pySHACL runs over an in-memory rdflib copy of the union of the store's graphs: on a graph
backed by Oxigraph it is about a hundred times slower. Each violation is reported with the
entity, the property, the offending value and, where the fact came from a document, the
document's file name and the quote, so a reader can see at once what to fix.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate
from rdflib.namespace import RDF, SH

from kg.model import ontology_file
from kg.rdf.files import rdflib_graph

KG = rdflib.Namespace("https://w3id.org/kg-inspections/ontology#")
PROV_DERIVED = rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
DCTERMS_SOURCE = rdflib.URIRef("http://purl.org/dc/terms/source")


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    value: str
    message: str
    severity: str
    document: str = ""
    quote: str = ""

    def describe(self) -> str:
        where = f" (in {self.document}: {self.quote!r})" if self.document else ""
        value = f" value {self.value!r}:" if self.value else ""
        return f"{self.severity}: {self.focus} {self.path}{value} {self.message}{where}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: list[Violation]
    triples: int


def shapes_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(data=ontology_file("shapes.ttl").read_text(encoding="utf-8"), format="turtle")


def text(node: rdflib.term.Node | None) -> str:
    return "" if node is None else str(node)


def evidence(data: rdflib.Graph, focus: rdflib.term.Node, path: rdflib.term.Node | None,
             value: rdflib.term.Node | None) -> tuple[str, str]:
    """The document file name and quote of the statement behind a fact, if there is one."""
    for node in data.subjects(RDF.subject, focus):
        if path is not None and (node, RDF.predicate, path) not in data:
            continue
        if value is not None and (node, RDF.object, value) not in data:
            continue
        document = data.value(node, PROV_DERIVED)
        return text(data.value(document, DCTERMS_SOURCE) or document), text(data.value(node, KG.quote))
    return "", ""


def violations(data: rdflib.Graph, results: rdflib.Graph) -> list[Violation]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        document, quote = evidence(data, focus, path, value) if focus is not None else ("", "")
        severity = results.value(result, SH.resultSeverity)
        found.append(Violation(text(focus), text(path), text(value), text(results.value(result, SH.resultMessage)),
                               text(severity).rpartition("#")[2] or "Violation", document, quote))
    return sorted(found, key=lambda v: (v.focus, v.path, v.value, v.message))


def validate_graph(data: rdflib.Graph) -> ValidationReport:
    conforms, results, _ = shacl_validate(data, shacl_graph=shapes_graph(), inference="none",
                                          abort_on_first=False, allow_warnings=True)
    return ValidationReport(bool(conforms), violations(data, results), len(data))


def validate_quads(quads: Iterable[ox.Quad]) -> ValidationReport:
    """Validate the union of the quads' graphs against the model's shapes."""
    return validate_graph(rdflib_graph(quads))
