"""Every canned query gives, on the real corpus, the rows saved before the resolved graph came
between resolution and the stores (tests/golden/canned-rows.json): a change of architecture
must not change an answer. Its SPARQL and Cypher give the same rows. A diff of the rows is
printed when they differ."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.canned import canned_queries
from kg.rdf.sparql import run_sparql
from kg.rdf.store import open_rdf
from kg.store import Store
from tests.canned_cases import ONLY_CYPHER, Case, canned_cases, comparable, row_diff, run

GOLDEN = json.loads((Path(__file__).resolve().parents[1] / "golden" / "canned-rows.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_canned_query_rows_are_unchanged(corpus_store: Path, name: str) -> None:
    saved = GOLDEN[name]
    columns, rows = run_sparql(open_rdf(Store(corpus_store)), canned_queries("sparql")[name].text, saved["params"])
    assert columns == saved["columns"]
    found = {tuple(r) for r in rows}
    expected = {tuple(r) for r in saved["rows"]}
    missing, extra = sorted(expected - found)[:10], sorted(found - expected)[:10]
    assert not missing and not extra, f"{name}: missing {missing}\nunexpected {extra}"
    assert len(rows) == len(saved["rows"])



@pytest.fixture(scope="module")
def cases(corpus_store: Path) -> dict[str, Case]:
    return {case.label: case for case in canned_cases(Store(corpus_store))}


def test_every_sparql_query_has_a_cypher_twin_with_the_same_header() -> None:
    sparql, cypher, neo4j = canned_queries("sparql"), canned_queries("cypher"), canned_queries("cypher", "neo4j")
    assert set(sparql) == set(cypher) - ONLY_CYPHER
    for name, query in cypher.items():
        for twin in (sparql.get(name), neo4j[name]):
            if twin is not None:
                assert (twin.description, twin.parameter_names(), twin.columns) == (
                    query.description, query.parameter_names(), query.columns), name
    assert {name for name, q in neo4j.items() if q.dialect == "neo4j"} == {"path"}


def test_sparql_and_cypher_give_the_same_rows_for_every_canned_query(corpus_store: Path,
                                                                     cases: dict[str, Case]) -> None:
    store = Store(corpus_store)
    differing = []
    for label, case in cases.items():
        if case.name in ONLY_CYPHER:
            continue
        sparql_columns, sparql_rows = run(store, case.name, case.params)
        cypher_columns, cypher_rows = run(store, case.name, case.params, engine="cypher")
        assert cypher_columns == sparql_columns, label
        if case.name == "provenance":
            sparql_rows, cypher_rows = [rdf_terms_as_ids(r) for r in sparql_rows], [ids_only(r) for r in cypher_rows]
        assert sparql_rows, f"{label} gives no rows on the corpus: nothing is compared"
        if comparable(sparql_rows) != comparable(cypher_rows):
            differing.append(f"{label}: Cypher against SPARQL\n{row_diff(cypher_rows, sparql_rows)}")
    assert not differing, "\n\n".join(differing)


def rdf_terms_as_ids(row: list[str]) -> list[str]:
    """A provenance row of SPARQL (subject IRI .../KIND/HASH, graph IRI .../graph/ID) in the
    property graph's terms (KIND-HASH, doc-ID), without the predicate and object, named
    differently by the two."""
    subject, _, _, document, quote, start, end, graph = row
    kind, key = subject.rsplit("/", 2)[1:]
    return [f"{kind}-{key}", document, quote, start, end, "doc-" + graph.rsplit("/", 1)[1]]


def ids_only(row: list[str]) -> list[str]:
    subject, _, _, document, quote, start, end, graph = row
    return [subject, document, quote, start, end, graph]


def test_a_query_of_one_language_only_says_which_engine_runs_it(corpus_store: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["query", "path", "--param", "from=A", "--param", "to=B",
                                      "--store", str(corpus_store)])
    assert result.exit_code == 2 and result.output.strip() == "error: path has no sparql version: run it with --engine cypher"


def test_every_path_chain_runs_from_one_end_to_the_other(corpus_store: Path, cases: dict[str, Case]) -> None:
    """The chain is read from the nodes between the ends (nodes(p) of a path crossing tables with
    differently typed properties can crash LadybugDB), with the ends put at either side."""
    store = Store(corpus_store)
    path = next(case for case in cases.values() if case.name == "path")
    columns, rows = run(store, "path", path.params, engine="cypher")
    assert rows, f"{path.label} gives no rows on the corpus: nothing is checked"
    for start, end, links, chain in rows:
        captions = chain.split(" > ")
        assert (captions[0], captions[-1], len(captions) - 1) == (start, end, int(links)), chain
