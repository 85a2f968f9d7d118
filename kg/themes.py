"""The theme taxonomy of findings and recommendations (ontology/themes.yaml), and how texts are tagged with it.

Tagging is deterministic: a text gets every concept one of whose patterns matches it once the
words its `unless` patterns name are set aside ("under review" is not reviewing, "quality
assurance" not assessment, "improvement plan" not case planning). Each pattern is a regular expression from the scheme
(case-insensitive) wrapped in word boundaries, so `plans?` meets "plans" but not
"explanation", and `ETE` meets "ETE" but not "complete". Patterns are read for the
family's wording (inspection reports and the papers discussing them), never learned, so the
same text always gets the same themes and a user can read why: `explain(text)` lists the
matching pattern of each theme. The accuracy of the rules is measured against a
hand-labelled sample of corpus sentences in tests/test_themes.py.

`scheme_graph` writes the scheme as SKOS (a skos:ConceptScheme with skos:Concepts, their
prefLabel, altLabels, notation and broader links) for the RDF side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

from kg.model import load_model, ontology_file


@dataclass(frozen=True)
class Concept:
    id: str
    pref_label: str
    alt_labels: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]
    broader: str | None = None

    def matches(self, text: str) -> re.Match[str] | None:
        for pattern in self.unless:
            text = pattern.sub(lambda m: " " * len(m.group(0)), text)
        return next((match for pattern in self.patterns if (match := pattern.search(text))), None)


@dataclass(frozen=True)
class Scheme:
    id: str
    label: str
    comment: str
    concepts: tuple[Concept, ...]

    def concept(self, concept_id: str) -> Concept:
        for concept in self.concepts:
            if concept.id == concept_id:
                return concept
        raise KeyError(concept_id)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A scheme pattern wrapped in word boundaries that also hold beside apostrophes and hyphens."""
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_scheme() -> Scheme:
    raw = yaml.safe_load(ontology_file("themes.yaml").read_text(encoding="utf-8"))
    concepts = tuple(
        Concept(
            id=entry["id"],
            pref_label=entry["prefLabel"],
            alt_labels=tuple(entry.get("altLabels", [])),
            patterns=tuple(compile_pattern(str(p)) for p in entry.get("patterns", [])),
            unless=tuple(compile_pattern(str(p)) for p in entry.get("unless", [])),
            broader=entry.get("broader"),
        )
        for entry in raw["concepts"]
    )
    scheme = raw["scheme"]
    return Scheme(scheme["id"], scheme["label"], " ".join(scheme.get("comment", "").split()), concepts)


def tag(text: str) -> list[str]:
    """The ids of the concepts the text is about, in scheme order."""
    return [concept.id for concept in load_scheme().concepts if concept.matches(text)]


def explain(text: str) -> dict[str, str]:
    """Each matching concept's id and the words that made it match."""
    return {concept.id: match.group(0) for concept in load_scheme().concepts if (match := concept.matches(text))}


def scheme_graph(scheme: Scheme | None = None) -> Graph:
    """The scheme as SKOS triples, under the model's base IRI."""
    scheme = scheme or load_scheme()
    base = load_model().base.rstrip("/") + "/"
    themes = Namespace(base + "theme/")
    graph = Graph()
    graph.bind("skos", SKOS)
    graph.bind("theme", themes)
    scheme_iri = URIRef(base + "scheme/" + scheme.id)
    graph.add((scheme_iri, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme_iri, SKOS.prefLabel, Literal(scheme.label, lang="en")))
    if scheme.comment:
        graph.add((scheme_iri, SKOS.definition, Literal(scheme.comment, lang="en")))
    for concept in scheme.concepts:
        iri = themes[concept.id]
        graph.add((iri, RDF.type, SKOS.Concept))
        graph.add((iri, SKOS.inScheme, scheme_iri))
        graph.add((iri, SKOS.notation, Literal(concept.id)))
        graph.add((iri, SKOS.prefLabel, Literal(concept.pref_label, lang="en")))
        for alt in concept.alt_labels:
            graph.add((iri, SKOS.altLabel, Literal(alt, lang="en")))
        if concept.broader:
            graph.add((iri, SKOS.broader, themes[concept.broader]))
        else:
            graph.add((iri, SKOS.topConceptOf, scheme_iri))
            graph.add((scheme_iri, SKOS.hasTopConcept, iri))
    return graph
