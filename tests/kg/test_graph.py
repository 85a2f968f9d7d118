"""The resolved graph: the model's shape, provenance on every value and edge, typed values checked."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from kg.graph import build_graph
from kg.model import load_model
from kg.resolve import Resolution
from kg.statements import Statement
from kg.store import Store


def test_every_value_and_edge_reaches_the_quote_it_was_read_from(corpus_store: Path) -> None:
    store = Store(corpus_store)
    graph = store.graph()
    texts = {d: store.document_text(d) for d in store.document_ids()}
    ids = [sid for node in graph.nodes.values() for sid in node.statement_ids()]
    ids += [sid for edge in graph.edges for sid in edge.statements]
    assert ids and all(edge.statements for edge in graph.edges)
    for sid in ids:
        s = graph.statement(sid)
        assert texts[s.document_id][s.start:s.end] == s.quote


def test_the_graph_has_the_shape_the_model_declares(corpus_store: Path) -> None:
    graph = Store(corpus_store).graph()
    model = load_model()
    assert not {n.schema for n in graph.nodes.values()} & {s.name for s in model.edge_schemas()}
    types = Counter(e.type for e in graph.edges)
    assert types["INVOLVED_IN"] == sum(1 for e in graph.edges if e.schema == "Involvement" and e.prop is None) > 100
    for edge in graph.edges:
        source, target = graph.nodes[edge.source], graph.nodes[edge.target]
        if edge.type == "INVOLVED_IN":
            assert (source.schema, target.schema) == ("Person", "Document")
        else:
            prop = model.property(edge.schema, edge.prop or "")
            assert target.schema == prop.range and edge.type == prop.relationship


def test_people_are_drawn_under_their_canonical_ids(corpus_store: Path) -> None:
    store = Store(corpus_store)
    graph = store.graph()
    canonical = store.resolution().canonical
    people = {n.id for n in graph.nodes.values() if n.schema == "Person"}
    assert people == set(canonical.values())
    mcguckian = [n for n in graph.nodes.values() if graph.caption(n.id) == "Yvonne McGuckian"]
    assert len(mcguckian) == 1


def fact(entity: str, schema: str, prop: str, value: str, start: int = 0) -> Statement:
    return Statement(entity, schema, prop, value, "t.txt", "d1", start, start + 1, "x", "test")


def test_a_date_or_number_that_does_not_parse_is_a_warning_and_kept_as_text() -> None:
    graph = build_graph([fact("doc-d1", "Document", "published", "next spring"),
                         fact("inspection-1", "Inspection", "cases_examined", "about forty", 1)], Resolution({}, []))
    assert graph.nodes["doc-d1"].values("published") == ["next spring"]
    assert graph.nodes["inspection-1"].values("cases_examined") == ["about forty"]
    assert any("'next spring' is not a date" in w for w in graph.warnings)
    assert any("'about forty' is not a number" in w for w in graph.warnings)


def test_contacts_are_left_out_when_asked() -> None:
    statements = [fact("person-1", "Person", "name", "Ann Lee"), fact("person-1", "Person", "email", "a@b.example", 1)]
    assert build_graph(statements, Resolution({}, [])).nodes["person-1"].values("email") == ["a@b.example"]
    assert "email" not in build_graph(statements, Resolution({}, []), include_contacts=False).nodes["person-1"].props


def test_a_ref_to_the_wrong_kind_of_entity_draws_no_edge_and_says_so() -> None:
    graph = build_graph([fact("person-1", "Person", "name", "Ann Lee"),
                         fact("rating-1", "Rating", "inspection", "person-1", 1)], Resolution({}, []))
    assert not graph.edges
    assert any("points at a Person where the model expects Inspection" in w for w in graph.warnings)


def test_a_persons_name_is_the_fullest_form_with_its_accents() -> None:
    from kg.graph import preferred_name

    assert preferred_name(["Sian O'Shaughnessy", "Siân O’Shaughnessy", "Siân O'Shaughnessy"]) == "Siân O'Shaughnessy"
    assert preferred_name(["Sunita Mistry-Baines", "Sunita K. Mistry-Baines"]) == "Sunita K. Mistry-Baines"
    assert preferred_name(["J.A.B. Bird", "Jo Bird", "Bird"]) == "Jo Bird"  # minutes' initials, a surname alone


def test_a_number_has_one_text_in_every_engine_and_a_papers_generic_inspection_is_no_second_type() -> None:
    """'35.0' is the RDF store's '35', so the property graph shows '35' too; a report's 'standards inspection' merged
    with a paper's 'inspection' is the standards inspection (else SPARQL's first type and Cypher's differ)."""
    graph = build_graph([fact("observation-1", "Observation", "comparator_value", "35.0"),
                         fact("observation-1", "Observation", "value", "0.210", 1),
                         fact("inspection-1", "Inspection", "inspection_type", "standards inspection", 2),
                         fact("inspection-1", "Inspection", "inspection_type", "inspection", 3),
                         fact("inspection-2", "Inspection", "inspection_type", "inspection", 4)], Resolution({}, []))
    observation = graph.nodes["observation-1"]
    assert (observation.values("comparator_value"), observation.values("value")) == (["35"], ["0.21"])
    assert graph.nodes["inspection-1"].values("inspection_type") == ["standards inspection"]
    assert graph.nodes["inspection-2"].values("inspection_type") == ["inspection"], "alone, the generic word stays"
