"""Stable identities: once a person has a canonical id it keeps it across builds, whatever
documents are added; merges and splits between builds are recorded, not recomputed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.loaders import load_document
from kg.loaders.readers import read_document
from kg.rdf.sparql import run_sparql
from kg.rdf.store import open_rdf
from kg.resolve import assign_ids, resolve
from kg.statements import Statement
from kg.store import Store

PERSON_IRIS = "SELECT DISTINCT ?p WHERE { ?p a foaf:Person }"


@pytest.fixture(scope="module")
def statements_by_document(corpus_dir: Path) -> dict[str, list[Statement]]:
    documents = sorted(p for p in corpus_dir.rglob("*.txt") if p.name.lower() != "readme.txt")
    return {p.name: load_document(read_document(p)).statements for p in documents}


def everything_but(by_document: dict[str, list[Statement]], left_out: str) -> list[Statement]:
    return [s for name, statements in by_document.items() if name != left_out for s in statements]


def test_adding_any_document_keeps_every_existing_person_id(statements_by_document: dict[str, list[Statement]]
                                                            ) -> None:
    every = [s for statements in statements_by_document.values() for s in statements]
    renamed_without_memory = 0
    for left_out in statements_by_document:
        before = resolve(everything_but(statements_by_document, left_out)).canonical
        after = resolve(every, previous=before).canonical
        moved = {m: (before[m], after[m]) for m in before if after[m] != before[m]}
        assert not moved, f"adding {left_out} renamed people: {moved}"
        fresh = resolve(every).canonical
        renamed_without_memory += sum(1 for m in before if fresh[m] != before[m])
    assert renamed_without_memory, "the corpus has no case where an added document would rename a person"


def test_a_rebuild_with_one_more_document_keeps_every_person_iri(corpus_dir: Path, tmp_path: Path) -> None:
    documents = sorted(p for p in corpus_dir.glob("*.txt"))
    store = tmp_path / "store"
    build(documents[1:], store)
    before = {row[0] for row in run_sparql(open_rdf(Store(store)), "PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                                           + PERSON_IRIS)[1]}
    build(documents, store)
    after = {row[0] for row in run_sparql(open_rdf(Store(store)), "PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                                          + PERSON_IRIS)[1]}
    assert before and before <= after, f"lost: {sorted(before - after)[:5]}"


def test_clusters_that_join_keep_the_majority_id_and_record_a_merge() -> None:
    previous = {"m1": "person-a", "m2": "person-a", "m3": "person-b"}
    ids, events = assign_ids([["m1", "m2", "m3"]], {"m1": "Ann Lee", "m2": "Ann Lee", "m3": "Ann Lee"}, previous)
    assert ids == ["person-a"]
    assert [(e.kind, e.id, e.others) for e in events] == [("merge", "person-a", ("person-b",))]


def test_a_person_split_in_two_keeps_the_id_where_most_mentions_went_and_records_a_split() -> None:
    previous = {"m1": "person-a", "m2": "person-a", "m3": "person-a"}
    names = {"m1": "Ann Lee", "m2": "Ann Lee", "m3": "Ann Lee"}
    ids, events = assign_ids([["m3"], ["m1", "m2"]], names, previous)
    assert ids[1] == "person-a" and ids[0] not in ("person-a", ids[1])
    assert [(e.kind, e.id, e.others) for e in events] == [("split", "person-a", (ids[0],))]


def test_a_new_id_never_takes_an_id_held_by_an_earlier_person() -> None:
    first = assign_ids([["m1"]], {"m1": "Ann Lee"}, {})[0][0]
    ids, _ = assign_ids([["m1"], ["m2"]], {"m1": "Ann Lee", "m2": "Bo Lee"}, {"m2": first})
    assert ids[1] == first and ids[0] != first
