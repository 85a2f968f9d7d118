"""The ontology, shapes and model page generated from ontology/model.yaml."""

from __future__ import annotations

import dataclasses

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg.model import load_model
from kg.modelgen import (
    ModelError,
    check_model,
    default_root,
    model_markdown,
    ontology_turtle,
    shapes_turtle,
    stale_files,
)

KG = rdflib.Namespace("https://w3id.org/kg-inspections/ontology#")


def test_generated_files_are_up_to_date_with_the_model() -> None:
    stale = stale_files(default_root())
    assert not stale, f"run `kg ontology` to regenerate: {', '.join(p.name for p in stale)}"


def test_ontology_parses_and_declares_every_schema_as_a_class() -> None:
    graph = rdflib.Graph().parse(data=ontology_turtle(), format="turtle")
    model = load_model()
    for name, schema in model.schemas.items():
        assert (KG[name], RDF.type, OWL.Class) in graph
        if schema.rdf_class != f"kg:{name}":
            assert (KG[name], RDFS.subClassOf, rdflib.URIRef(model.expand(schema.rdf_class))) in graph


def test_shared_property_has_one_declaration_with_a_union_domain() -> None:
    graph = rdflib.Graph().parse(data=ontology_turtle(), format="turtle")
    assert len(list(graph.objects(KG.inspection, RDFS.domain))) == 1
    assert (KG.inspection, RDFS.range, KG.Inspection) in graph
    assert (KG.reports, OWL.inverseOf, KG.reportedIn) in graph


def test_shapes_parse_with_a_property_shape_per_model_property() -> None:
    graph = rdflib.Graph().parse(data=shapes_turtle(), format="turtle")
    expected = sum(len(s.properties) for s in load_model().schemas.values())
    named = [s for s in graph.subjects(RDF.type, SH.PropertyShape)]
    assert len(named) == expected
    assert len(list(graph.subjects(RDF.type, SH.NodeShape))) == len(load_model().schemas) + 1


def test_model_page_lists_every_schema() -> None:
    page = model_markdown()
    for name in load_model().schemas:
        assert f"## {name}\n" in page


def test_one_iri_with_two_ranges_is_refused() -> None:
    model = load_model()
    rating = model.schemas["Rating"]
    clash = dataclasses.replace(rating.properties["code"], type="number")
    broken = dataclasses.replace(model, schemas={**model.schemas, "Rating": dataclasses.replace(
        rating, properties={**rating.properties, "code": clash})})
    with pytest.raises(ModelError, match="kg:code is used with different ranges"):
        check_model(broken)
