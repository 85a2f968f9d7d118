"""The embedded Cypher store holds exactly the resolved graph, and `kg cypher` answers in one
line or a console; parameters are data, never query text."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pg import CypherError, property_graph_schema
from kg.pg.ladybug import open_cypher, run_cypher
from kg.store import Store

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def test_the_cypher_store_holds_every_node_and_edge_of_the_graph(corpus_store: Path) -> None:
    store = Store(corpus_store)
    graph = store.graph()
    connection = open_cypher(store)
    _, labels = run_cypher(connection, "MATCH (n) RETURN label(n), count(*)")
    _, types = run_cypher(connection, "MATCH ()-[r]->() RETURN label(r), count(*)")
    expected_labels = Counter(n.schema for n in graph.nodes.values())
    expected_labels["Statement"] = len({sid for n in graph.nodes.values() for sid in n.statement_ids()}
                                       | {sid for e in graph.edges for sid in e.statements})
    expected_types = Counter(e.type for e in graph.edges)
    expected_types["EVIDENCE"] = sum(len(n.statement_ids()) for n in graph.nodes.values())
    assert {k: int(v) for k, v in labels} == dict(expected_labels)
    assert {k: int(v) for k, v in types} == dict(expected_types)


def test_an_edge_carries_what_users_filter_on_and_its_quote(corpus_store: Path) -> None:
    store = Store(corpus_store)
    _, rows = run_cypher(open_cypher(store), "MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document) WHERE p.caption = $name "
                         "AND i.relation = 'lead_inspector' RETURN d.caption, i.date, i.quote, i.quote_start, i.quote_end, d.id "
                         "ORDER BY d.caption", {"name": "Yvonne McGuckian"})
    assert len(rows) == 2
    for _document, date, quote, start, end, document_id in rows:
        assert date and "Yvonne McGuckian" in quote
        assert store.document_text(document_id.removeprefix("doc-"))[int(start):int(end)] == quote


def test_a_hostile_parameter_matches_nothing(corpus_store: Path) -> None:
    _, rows = run_cypher(open_cypher(Store(corpus_store)), "MATCH (p:Person) WHERE p.caption = $name RETURN p.id",
                         {"name": "x' OR 1=1 RETURN p //"})
    assert rows == []


def test_every_label_and_relationship_of_the_schema_is_documented() -> None:
    page = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    schema = property_graph_schema()
    for name in [*schema.labels, *schema.relationships]:
        assert f"| `{name}` |" in page, name


def test_cypher_command_one_query_and_one_line_errors(corpus_store: Path) -> None:
    result = runner.invoke(app, ["cypher", "MATCH (a:Area) WHERE a.caption = $a RETURN a.caption", "--param",
                                 "a=Havering", "--store", str(corpus_store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["a.caption", "Havering"]
    broken = runner.invoke(app, ["cypher", "MATCH (p:Person RETURN p", "--store", str(corpus_store)])
    assert broken.exit_code == 1 and "Parser exception" in broken.output and "Traceback" not in broken.output
    assert len(broken.output.strip().splitlines()) == 1


def test_cypher_console_reads_piped_queries_and_keeps_going_after_an_error(corpus_store: Path) -> None:
    script = "MATCH (x RETURN x;\nMATCH (a:Area)\nRETURN count(*) AS areas;\n"
    result = runner.invoke(app, ["cypher", "--store", str(corpus_store), "--format", "csv"], input=script)
    assert result.exit_code == 0, result.output
    assert "Parser exception" in result.output
    assert "areas" in result.output.splitlines()


def test_engine_errors_do_not_leak_as_exceptions(corpus_store: Path) -> None:
    with pytest.raises(CypherError):
        run_cypher(open_cypher(Store(corpus_store)), "MATCH (n:NoSuchLabel) RETURN n")


def test_only_the_rdf_backend_imports_pyoxigraph() -> None:
    offenders = []
    for path in [*(ROOT / "kg").rglob("*.py"), *(ROOT / "loaders").rglob("*.py")]:
        if (ROOT / "kg" / "rdf") in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.split(".")[0] == "pyoxigraph" for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert not offenders
