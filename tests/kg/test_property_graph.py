"""The embedded Cypher store holds exactly the resolved graph, and `kg cypher` answers in one
line or a console; parameters are data, never query text."""

from __future__ import annotations

import ast
import json
from collections import Counter
from pathlib import Path

import ladybug
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import ResolvedGraph, build_graph
from kg.pg import CypherError, property_graph_schema
from kg.pg.ladybug import LadybugWriter, Update, open_cypher, run_cypher
from kg.resolve import Resolution
from kg.statements import Statement
from kg.store import Store
from kg.writers import Change, WriteOptions, give_graph, write_graph

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


def said(mention: str, schema: str, prop: str, value: str, document_id: str, start: int) -> Statement:
    """A fictional statement of one document (its quote is its value)."""
    return Statement(mention, schema, prop, value, f"{document_id}.txt", document_id, start, start + len(value),
                     value, "test")


def fenmoor(*documents: str) -> list[Statement]:
    """Fictional documents, each a few facts: people (by mention), an organisation, an area, involvements."""
    facts = {
        "d0": [("org-fen", "Organisation", "name", "Fenmoor YS"), ("thing-t", "Organisation", "name", "Tarn Board"),
               ("doc-d0", "Document", "file_name", "d0.txt")],
        "d1": [("doc-d1", "Document", "file_name", "d1.txt"), ("doc-d1", "Document", "published", "2021-03-04"),
               ("org-fen", "Organisation", "name", "Fenmoor Youth Service"), ("m-ada1", "Person", "name", "Ada Quill"),
               ("org-fen", "Organisation", "area", "area-e"), ("area-e", "Area", "name", "Eastholm"),
               ("inv-1", "Involvement", "person", "m-ada1"), ("inv-1", "Involvement", "document", "doc-d1"),
               ("inv-1", "Involvement", "organisation", "org-fen"), ("inv-1", "Involvement", "relation", "lead_inspector")],
        "d2": [("doc-d2", "Document", "file_name", "d2.txt"), ("m-ada2", "Person", "name", "Dr Ada Quill"),
               ("m-bram", "Person", "name", "Bram Ostle"), ("inv-2", "Involvement", "person", "m-bram"),
               ("inv-2", "Involvement", "document", "doc-d2"), ("inv-2", "Involvement", "organisation", "org-fen"),
               ("inv-2", "Involvement", "role", "Chair"), ("inv-3", "Involvement", "person", "m-ada2"),
               ("inv-3", "Involvement", "document", "doc-d1"), ("inv-3", "Involvement", "organisation", "org-fen")],
        "d2b": [("doc-d2b", "Document", "file_name", "d2.txt"), ("m-ada2", "Person", "name", "Dr Ada Quill"),
                ("m-bram", "Person", "name", "Bram Ostle"), ("inv-2", "Involvement", "person", "m-bram"),
                ("inv-2", "Involvement", "document", "doc-d2b"), ("inv-2", "Involvement", "role", "Vice Chair"),
                ("inv-3", "Involvement", "person", "m-ada2"), ("inv-3", "Involvement", "document", "doc-d1")],
        "d3": [("doc-d3", "Document", "file_name", "d3.txt"), ("area-w", "Area", "name", "Wendle"),
               ("org-fen", "Organisation", "area", "area-w"), ("thing-t", "Area", "name", "Tarn"),
               ("m-bram", "Person", "title", "Councillor")],
    }
    return [said(*fact, document, 10 * i) for document in documents for i, fact in enumerate(facts[document])]


def database_rows(database: Path) -> dict[str, list[str]]:
    """Every row of every table of a LadybugDB database, sorted, by table (and label pair)."""
    connection = ladybug.Connection(ladybug.Database(str(database), read_only=True))
    schema = property_graph_schema()

    def rows(query: str) -> list[str]:
        return sorted(json.dumps(row, sort_keys=True, default=str) for row in run_cypher(connection, query)[1])

    found = {label: rows(f"MATCH (n:`{label}`) RETURN n.*") for label in schema.labels}
    for rel in schema.relationships.values():
        for source, target in rel.pairs:
            found[f"{rel.name}({source}->{target})"] = rows(f"MATCH (a:`{source}`)-[r:`{rel.name}`]->(b:`{target}`) "
                                                            "RETURN a.id, b.id, r.*")
    return found


def written_whole(statements: list[Statement], canonical: dict[str, str], database: Path) -> None:
    graph = build_graph(statements, Resolution(canonical, []))
    write_graph(graph, LadybugWriter(graph, database, WriteOptions()))


def change_between(before: list[Statement], after: list[Statement], previous: dict[str, str],
                   canonical: dict[str, str]) -> Change:
    """The change as a build finds it (`kg.build.changes`): the documents new, gone, or naming
    someone resolution names otherwise, and every entity their facts name, before and after."""
    by_document = {s.document_id for s in before} ^ {s.document_id for s in after}
    by_document |= {s.document_id for s in after
                    if any(canonical.get(x, x) != previous.get(x, x) for x in (s.entity, s.value))}
    entities = {ids.get(x, x) for s in [*before, *after] if s.document_id in by_document for x in (s.entity, s.value)
                for ids in (canonical, previous)}
    return Change(frozenset(by_document), frozenset(entities))


def graph_part(statements: list[Statement], canonical: dict[str, str], change: Change) -> ResolvedGraph:
    """What `Change` promises an updating writer: the nodes and edges of the changed entities, each
    whole; their edges may point at nodes outside the part."""
    whole = build_graph(statements, Resolution(canonical, []))
    nodes = {x: node for x, node in whole.nodes.items() if x in change.entities}
    edges = [edge for edge in whole.edges if edge.entity in change.entities]
    ids = {sid for node in nodes.values() for sid in node.statement_ids()} | {sid for e in edges for sid in e.statements}
    return ResolvedGraph(whole.model, nodes, edges, {sid: whole.statements[sid] for sid in ids}, whole.resolution)


@pytest.mark.parametrize("partial", [False, True], ids=["whole graph", "partial graph"])
def test_an_updated_database_holds_the_rows_of_one_written_whole(tmp_path: Path, partial: bool) -> None:
    """A document changed (d2 read again as d2b: an involvement loses its organisation), one removed (d3: the area loses its last fact,
    thing-t its Area facts), one added first (d0: the organisation's caption changes, which an
    unchanged involvement shows, and thing-t becomes an Organisation), and a person merged by
    resolution (Bram into Ada). Given only the part of the graph the change touches, the
    organisation's edge to its area (unchanged, outside the part) is drawn all the same."""
    previous = {"m-ada1": "person-ada", "m-ada2": "person-ada", "m-bram": "person-bram"}
    canonical = {**previous, "m-bram": "person-ada"}
    before, after = fenmoor("d1", "d2", "d3"), fenmoor("d0", "d1", "d2b")
    written_whole(before, previous, tmp_path / "before")
    written_whole(after, canonical, tmp_path / "whole")
    change = change_between(before, after, previous, canonical)
    assert "d1" not in change.documents
    graph = graph_part(after, canonical, change) if partial else build_graph(after, Resolution(canonical, []))
    writer = LadybugWriter(graph, tmp_path / "updated", WriteOptions())
    assert writer.start_from(tmp_path / "before", change)
    write_graph(graph, writer)
    updated, whole = database_rows(tmp_path / "updated"), database_rows(tmp_path / "whole")
    assert database_rows(tmp_path / "before") != whole
    for table in sorted(whole):
        assert updated[table] == whole[table], table


def test_an_update_writes_again_only_the_relationships_that_differ(tmp_path: Path) -> None:
    """A document added (d3: the organisation gets a second area; its first stays as it was): the
    relationships the change's entities draw that are as they were are neither deleted nor created
    again (a checkpoint rewrites every table a write touches), the new one is created, and the
    database ends with the rows of one written whole."""
    previous = {"m-ada1": "person-ada", "m-ada2": "person-ada", "m-bram": "person-bram"}
    before, after = fenmoor("d1", "d2"), fenmoor("d1", "d2", "d3")
    written_whole(before, previous, tmp_path / "before")
    written_whole(after, previous, tmp_path / "whole")
    change = change_between(before, after, previous, previous)
    assert "org-fen" in change.entities  # so its relationship to area-e is owned by the change
    graph = build_graph(after, Resolution(previous, []))
    writer = LadybugWriter(graph, tmp_path / "updated", WriteOptions())
    assert writer.start_from(tmp_path / "before", change)
    give_graph(graph, writer)
    writes = Update.of(writer, change).differences()
    in_area = ("IN_AREA", "Organisation", "Area")
    assert [(row["from"], row["to"]) for row in writes.new_relationships.get(in_area, [])] == [("org-fen", "area-w")]
    assert in_area not in writes.gone_relationships
    assert not {key for key in writes.gone_relationships if key[0] != "EVIDENCE"}, writes.gone_relationships
    writer.finalize()
    updated, whole = database_rows(tmp_path / "updated"), database_rows(tmp_path / "whole")
    for table in sorted(whole):
        assert updated[table] == whole[table], table
