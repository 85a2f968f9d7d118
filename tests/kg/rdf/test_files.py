"""The RDF side of the built graph: exports that round-trip, SHACL validation, provenance
traced by one query, the configurable base IRI, and the store's atomic rebuild."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from typer.testing import CliRunner

import kg.rdf
import kg.rdf.store
from kg.build import build
from kg.canned import get_query
from kg.cli import app
from kg.documents import Document
from kg.graph import build_graph
from kg.rdf.files import rdflib_dataset, rdflib_graph
from kg.rdf.sparql import run_sparql
from kg.rdf.store import open_rdf
from kg.rdf.validate import validate_quads
from kg.resolve import Resolution
from kg.statements import Statement
from kg.store import Store, write_store
from kg.writers import export, writers

runner = CliRunner()


def assert_isomorphic(expected: rdflib.Graph, found: rdflib.Graph, what: str) -> None:
    if not isomorphic(expected, found):
        _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(found))
        pytest.fail(f"{what} differs:\nmissing:\n{missing.serialize(format='nt')[:2000]}\n"
                    f"unexpected:\n{extra.serialize(format='nt')[:2000]}")


def named_graphs(dataset: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


@pytest.mark.parametrize("fmt", ["trig", "nq", "jsonld"])
def test_dataset_exports_round_trip_graph_by_graph(corpus_store: Path, tmp_path: Path, fmt: str) -> None:
    output = tmp_path / ("graph" + writers("file")[fmt].suffix)
    export(Store(corpus_store), fmt, output)
    expected = named_graphs(rdflib_dataset(kg.rdf.quads(Store(corpus_store).graph())))
    found = named_graphs(rdflib.Dataset().parse(output, format={"nq": "nquads", "jsonld": "json-ld"}.get(fmt, fmt)))
    assert sorted(found) == sorted(expected)
    for name, graph in expected.items():
        assert_isomorphic(graph, found[name], f"{fmt} graph {name}")


def test_turtle_export_round_trips_to_the_union_of_the_graphs(corpus_store: Path, tmp_path: Path) -> None:
    output = tmp_path / "graph.ttl"
    export(Store(corpus_store), "ttl", output)
    assert_isomorphic(rdflib_graph(kg.rdf.quads(Store(corpus_store).graph())), rdflib.Graph().parse(output), "Turtle")


def test_jsonld_export_has_a_context_of_the_model_prefixes(corpus_store: Path, tmp_path: Path) -> None:
    output = tmp_path / "graph.jsonld"
    export(Store(corpus_store), "jsonld", output)
    context = json.loads(output.read_text(encoding="utf-8"))["@context"]
    assert context["kg"] == "https://w3id.org/kg-inspections/ontology#"
    assert context["org"] == "http://www.w3.org/ns/org#"


def test_one_named_graph_per_document(corpus_store: Path) -> None:
    manifest = Store(corpus_store).manifest()
    graphs = {q.graph_name.value for q in kg.rdf.quads(Store(corpus_store).graph())}
    documents = {d["id"] for d in manifest["documents"] if d["statements"]}
    assert {g.rpartition("/")[2] for g in graphs} == documents | {"resolution"}


def test_corpus_graph_conforms_to_the_shapes(corpus_store: Path) -> None:
    report = validate_quads(kg.rdf.quads(Store(corpus_store).graph()))
    assert report.conforms, "\n".join(v.describe() for v in report.violations[:20])


def document(document_id: str, name: str) -> Document:
    return Document(document_id, name, name, "text", "x" * 40)


def broken_statements() -> list[Statement]:
    """A rating with two inspections and a per cent that is not a number; a person as organisation."""
    def fact(entity: str, schema: str, prop: str, value: str, start: int) -> Statement:
        return Statement(entity, schema, prop, value, "broken.txt", "d0c", start, start + 5, value[:5], "test")
    return [
        fact("doc-d0c", "Document", "file_name", "broken.txt", 0),
        fact("inspection-1", "Inspection", "inspection_type", "full joint", 1),
        fact("inspection-2", "Inspection", "inspection_type", "full joint", 2),
        fact("rating-1", "Rating", "inspection", "inspection-1", 3),
        fact("rating-1", "Rating", "inspection", "inspection-2", 4),
        fact("rating-1", "Rating", "percent", "eighty", 5),
        fact("person-1", "Person", "name", "Ann Example", 6),
        fact("involvement-1", "Involvement", "person", "person-1", 7),
        fact("involvement-1", "Involvement", "organisation", "person-1", 8),
    ]


def test_a_broken_graph_does_not_conform_and_says_where() -> None:
    report = validate_quads(kg.rdf.quads(build_graph(broken_statements(), Resolution({}, []))))
    assert not report.conforms
    found = {(v.focus.rpartition("/")[2], v.path.rpartition("#")[2]) for v in report.violations}
    assert found == {("1", "inspection"), ("1", "percent"), ("1", "organization")}
    percent = next(v for v in report.violations if v.path.endswith("#percent"))
    assert (percent.document, percent.quote, percent.value) == ("broken.txt", "eight", "eighty")


def test_validate_command_exits_non_zero_on_violations(tmp_path: Path) -> None:
    write_store(tmp_path / "broken", [document("d0c", "broken.txt")],
                build_graph(broken_statements(), Resolution({}, [])), {})
    result = runner.invoke(app, ["validate", "--store", str(tmp_path / "broken"), "--format", "csv"])
    assert result.exit_code == 1
    assert "3 violations" in result.output
    assert "eighty" in result.output


def test_every_fact_is_traced_to_its_document_and_quote_by_one_query(corpus_store: Path) -> None:
    store = Store(corpus_store)
    columns, rows = run_sparql(open_rdf(store), get_query("provenance").text)
    assert len(rows) == sum(1 for _ in store.statements())
    texts = {d["name"]: store.document_text(d["id"]) for d in store.manifest()["documents"]}
    for row in rows:
        fact = dict(zip(columns, row, strict=True))
        assert texts[fact["document"]][int(fact["start"]):int(fact["end"])] == fact["quote"]


def test_provenance_query_takes_a_subject(corpus_store: Path) -> None:
    store = Store(corpus_store)
    _, every = run_sparql(open_rdf(store), get_query("provenance").text)
    subject = every[0][0]
    _, some = run_sparql(open_rdf(store), get_query("provenance").text, {"subject": subject})
    assert some and {row[0] for row in some} == {subject}


def test_export_under_another_base_moves_instances_not_the_vocabulary(corpus_store: Path, tmp_path: Path) -> None:
    output = tmp_path / "graph.nq"
    result = runner.invoke(app, ["export", "nq", "--store", str(corpus_store), "--output", str(output),
                                 "--base", "https://example.org/yj/"])
    assert result.exit_code == 0, result.output
    quads = list(ox.parse(path=str(output), format=ox.RdfFormat.N_QUADS))
    assert all(q.subject.value.startswith("https://example.org/yj/") for q in quads)
    assert any(q.predicate.value.startswith("https://w3id.org/kg-inspections/ontology#") for q in quads)


def test_a_base_that_is_not_an_iri_is_one_line_of_error(corpus_store: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "ttl", "--store", str(corpus_store), "--output",
                                 str(tmp_path / "x.ttl"), "--base", "not an iri"])
    assert result.exit_code == 2
    assert "not an absolute IRI" in result.output and "Traceback" not in result.output


def test_base_iri_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_BASE_IRI", "https://example.org/env")
    assert kg.rdf.Vocabulary().entity("person-ab").value == "https://example.org/env/person/ab"


def test_a_failing_build_leaves_the_previous_store_intact(corpus_dir: Path, corpus_store: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    shutil.copytree(corpus_store, store)  # a built store, without building it again
    before = sorted(str(q) for q in open_rdf(Store(store)).quads_for_pattern(None, None, None, None))
    manifest = Store(store).manifest()

    def failing_quads(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full halfway through")

    # the loading both a whole write and an update of the store go through
    monkeypatch.setattr(kg.rdf.store, "load_nquads", failing_quads)
    with pytest.raises(RuntimeError, match="disk full"):
        build([corpus_dir], store)
    assert Store(store).manifest() == manifest
    assert sorted(str(q) for q in open_rdf(Store(store)).quads_for_pattern(None, None, None, None)) == before
    assert [p.name for p in tmp_path.iterdir()] == ["store"], "no half-built directory is left behind"


@pytest.fixture()
def small_store(tmp_path: Path) -> Path:
    def fact(entity: str, schema: str, prop: str, value: str, start: int) -> Statement:
        return Statement(entity, schema, prop, value, "small.txt", "5a11", start, start + 3, value[:3], "test")
    statements = [fact("doc-5a11", "Document", "file_name", "small.txt", 0),
                  fact("person-1", "Person", "name", "Ann Example", 4),
                  fact("person-2", "Person", "name", "Bo Example", 8)]
    write_store(tmp_path / "small", [document("5a11", "small.txt")], build_graph(statements, Resolution({}, [])), {})
    return tmp_path / "small"


NAMES_QUERY = "SELECT ?name WHERE { ?p a kg:Person ; foaf:name ?name } ORDER BY ?name"


def test_sparql_command_runs_a_query_with_the_model_prefixes(small_store: Path) -> None:
    result = runner.invoke(app, ["sparql", NAMES_QUERY, "--store", str(small_store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["name", "Ann Example", "Bo Example"]


def test_sparql_command_reads_a_file_and_reports_syntax_errors_in_one_line(small_store: Path, tmp_path: Path) -> None:
    query = tmp_path / "q.rq"
    query.write_text(NAMES_QUERY, encoding="utf-8")
    result = runner.invoke(app, ["sparql", "-f", str(query), "--store", str(small_store), "--format", "json"])
    assert [r["name"] for r in json.loads(result.output)] == ["Ann Example", "Bo Example"]
    broken = runner.invoke(app, ["sparql", "SELECT WHERE {", "--store", str(small_store)])
    assert broken.exit_code == 2 and "SPARQL syntax error" in broken.output and "Traceback" not in broken.output


def test_console_reads_multi_line_queries_ended_by_semicolon_or_blank_line(tmp_path: Path) -> None:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from kg.console import run_console

    ran: list[str] = []
    history = FileHistory(str(tmp_path / "history"))
    with create_pipe_input() as pipe:
        pipe.send_text("SELECT ?s\nWHERE { ?s ?p ?o };\nASK {}\n\nquit\n")
        session: PromptSession[str] = PromptSession(input=pipe, output=DummyOutput(), history=history)
        run_console(ran.append, session=session)
    assert ran == ["SELECT ?s\nWHERE { ?s ?p ?o }", "ASK {}"]
    assert "ASK {}" in (tmp_path / "history").read_text(encoding="utf-8")


def test_ask_query_prints_true_or_false_regression(small_store: Path) -> None:
    result = runner.invoke(app, ["sparql", "ASK { ?p a kg:Person }", "--store", str(small_store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["result", "true"]


def test_piped_queries_run_without_prompts(small_store: Path) -> None:
    result = runner.invoke(app, ["sparql", "--store", str(small_store), "--format", "csv"],
                           input=NAMES_QUERY.replace("WHERE", "\nWHERE") + ";\nASK { ?p a kg:Area }\n")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["name", "Ann Example", "Bo Example", "result", "false"]


def test_jsonld_export_is_byte_identical_across_two_builds(tmp_path: Path) -> None:
    """rdflib orders JSON-LD by its sets, which follow Python's per-process hash seed: export in two processes."""
    import os
    import subprocess
    import sys

    samples = Path(__file__).resolve().parents[3] / "samples"
    outputs = []
    for seed in ("1", "2"):
        store = tmp_path / f"store-{seed}"
        assert runner.invoke(app, ["build", str(samples), "--store", str(store)]).exit_code == 0
        out = tmp_path / f"graph-{seed}.jsonld"
        subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "export", "jsonld", "--store",
                        str(store), "-o", str(out)], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_export_with_base_writes_no_duplicate_quads(tmp_path: Path) -> None:
    samples = Path(__file__).resolve().parents[3] / "samples"
    store = tmp_path / "store"
    assert runner.invoke(app, ["build", str(samples), "--store", str(store)]).exit_code == 0
    plain, based = tmp_path / "plain.nq", tmp_path / "based.nq"
    assert runner.invoke(app, ["export", "nq", "--store", str(store), "-o", str(plain)]).exit_code == 0
    assert runner.invoke(app, ["export", "nq", "--store", str(store), "-o", str(based), "--base",
                               "https://example.org/kg/"]).exit_code == 0
    lines = based.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len(plain.read_text(encoding="utf-8").splitlines())


def test_pdf_quotes_carry_their_page_into_rdf(tmp_path: Path) -> None:
    from tests.loaders.test_readers import paged_pdf

    (tmp_path / "letter.pdf").write_bytes(paged_pdf([["A note for the board"], [
        "To: Nadia Crouch, Chair of the Board", "From: Gregory Lamb, HM Inspector"]]))
    build([tmp_path / "letter.pdf"], tmp_path / "store")
    columns, rows = run_sparql(open_rdf(Store(tmp_path / "store")), """
        PREFIX kg: <https://w3id.org/kg-inspections/ontology#>
        SELECT ?quote ?page WHERE { ?s kg:quote ?quote ; kg:page ?page }""")
    pages = {quote: page for quote, page in rows}
    assert pages.get("Nadia Crouch") == "2"
