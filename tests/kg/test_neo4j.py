"""The property graph on a real Neo4j Community server (started on 127.0.0.1 by kg.testservers):
a push gives the embedded store's graph, a second push changes nothing, `--prune` after a
document is removed leaves what a fresh push of the rest gives, the `cypher` export rebuilds
the same graph, every canned Cypher query gives the embedded engine's rows, and
`kg cypher --uri` answers in one line or fails in one line."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from typer.testing import CliRunner

from kg.build import build
from kg.canned import canned_queries, run_canned_neo4j
from kg.cli import app
from kg.pg.ladybug import open_cypher, run_cypher
from kg.pg.neo4j import Neo4jTarget, connect, push
from kg.store import Store
from kg.writers import export
from tests.canned_cases import canned_cases, comparable, row_diff, run
from tests.servers import neo4j_uri  # noqa: F401  (the session's server)

runner = CliRunner()
PASSWORD_VARIABLE = "KG_TEST_NEO4J_PASSWORD"
Dump = tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str, str, str]]]


@pytest.fixture()
def driver(neo4j_uri: tuple[str, tuple[str, str]]) -> Iterator[neo4j.Driver]:  # noqa: F811
    """A driver on the server's database, emptied before the test."""
    uri, (user, password) = neo4j_uri
    with connect(Neo4jTarget(uri, user, password)) as connected:
        connected.execute_query("MATCH (n) DETACH DELETE n")
        yield connected


@pytest.fixture()
def cli_env(neo4j_uri: tuple[str, tuple[str, str]], monkeypatch: pytest.MonkeyPatch) -> list[str]:  # noqa: F811
    """The connection options of the CLI, with the password in an environment variable."""
    uri, (user, password) = neo4j_uri
    monkeypatch.setenv(PASSWORD_VARIABLE, password)
    return ["--uri", uri, "--user", user, "--password-env", PASSWORD_VARIABLE]


def dump(driver: neo4j.Driver) -> Dump:
    """Every node (labels, properties) and relationship (type, ends, properties) the server holds."""
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels, _, _ = driver.execute_query("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, "
                                      "properties(r) AS props")
    return (frozenset((":".join(sorted(r["labels"])), json.dumps(r["props"], sort_keys=True)) for r in nodes),
            frozenset((r["type"], r["a"], r["b"], json.dumps(r["props"], sort_keys=True)) for r in rels))


def embedded_counts(store: Store) -> tuple[Counter[str], Counter[str]]:
    connection = open_cypher(store)
    _, labels = run_cypher(connection, "MATCH (n) RETURN label(n), count(*)")
    _, types = run_cypher(connection, "MATCH ()-[r]->() RETURN label(r), count(*)")
    return Counter({k: int(v) for k, v in labels}), Counter({k: int(v) for k, v in types})


def server_counts(driver: neo4j.Driver) -> tuple[Counter[str], Counter[str]]:
    labels, _, _ = driver.execute_query("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
    types, _, _ = driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
    return Counter({r["label"]: r["n"] for r in labels}), Counter({r["type"]: r["n"] for r in types})


def node_ids(graph: Dump) -> set[str]:
    return {json.loads(props)["id"] for _, props in graph[0]}


def diff(found: Dump, expected: Dump) -> str:
    lines = []
    for kind, a, b in (("nodes", found[0], expected[0]), ("relationships", found[1], expected[1])):
        lines += [f"{kind} missing: {sorted(b - a)[:5]}", f"{kind} unexpected: {sorted(a - b)[:5]}"]
    return "\n".join(lines)


def test_a_push_gives_the_embedded_graph_and_a_second_push_changes_nothing(corpus_store: Path,
                                                                          driver: neo4j.Driver) -> None:
    store = Store(corpus_store)
    first = push(store.graph(), driver, batch=400)
    labels, types = server_counts(driver)
    assert (labels, types) == embedded_counts(store)
    assert first.nodes_created == sum(labels.values()) and first.relationships_created == sum(types.values())
    before = dump(driver)
    second = push(store.graph(), driver, batch=400)
    assert not second.changed(), second
    assert second.nodes_unchanged == first.nodes_created
    assert second.relationships_unchanged == first.relationships_created
    assert dump(driver) == before


def test_prune_after_a_document_is_removed_leaves_what_a_fresh_push_of_the_rest_gives(
        corpus_dir: Path, tmp_path: Path, driver: neo4j.Driver) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    for path in sorted(corpus_dir.glob("*.txt")):
        shutil.copy(path, documents / path.name)
    store_path = tmp_path / "store"
    assert not build([documents], store_path).errors
    push(Store(store_path).graph(), driver)
    everything = dump(driver)
    removed = sorted(documents.glob("*.txt"))[0]
    removed.unlink()
    assert not build([documents], store_path).errors
    rest = Store(store_path).graph()

    pruned = push(rest, driver, prune=True)
    after_prune = dump(driver)
    driver.execute_query("MATCH (n) DETACH DELETE n")
    push(rest, driver)
    fresh = dump(driver)

    assert after_prune == fresh, diff(after_prune, fresh)
    before_ids, after_ids = node_ids(everything), node_ids(fresh)
    assert pruned.nodes_removed == len(before_ids - after_ids) > 0
    assert pruned.nodes_created == len(after_ids - before_ids)
    # the people the removed document named that other documents name too keep their node and its id
    removed_documents = {json.loads(props)["id"] for labels, props in everything[0] - fresh[0] if labels == "Document"}
    named_there = {a for kind, a, b, _ in everything[1] if kind == "INVOLVED_IN" and b in removed_documents}
    assert len(removed_documents) == 1 and named_there & after_ids, (removed_documents, named_there)


def test_without_prune_a_push_removes_nothing(corpus_store: Path, driver: neo4j.Driver) -> None:
    driver.execute_query("CREATE (:Person {id: 'person-not-in-the-graph', caption: 'Someone Else'})")
    report = push(Store(corpus_store).graph(), driver)
    assert report.nodes_removed == 0
    records, _, _ = driver.execute_query("MATCH (p:Person {id: 'person-not-in-the-graph'}) RETURN count(p) AS n")
    assert records[0]["n"] == 1


def test_the_cypher_export_rebuilds_the_pushed_graph(corpus_store: Path, tmp_path: Path,
                                                     driver: neo4j.Driver) -> None:
    store = Store(corpus_store)
    push(store.graph(), driver)
    pushed = dump(driver)
    driver.execute_query("MATCH (n) DETACH DELETE n")
    script = tmp_path / "graph.cypher"
    export(store, "cypher", script)
    statements = [line.rstrip().removesuffix(";") for line in script.read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("//")]
    with driver.session() as session:
        for statement in statements:
            session.run(statement).consume()
    loaded = dump(driver)
    assert loaded == pushed, diff(loaded, pushed)


def test_kg_push_neo4j_prints_a_summary_and_never_the_password(corpus_store: Path, driver: neo4j.Driver,
                                                               cli_env: list[str]) -> None:
    result = runner.invoke(app, ["push", "neo4j", "--store", str(corpus_store), *cli_env])
    assert result.exit_code == 0, result.output
    assert "created" in result.output and "relationships" in result.output
    again = runner.invoke(app, ["push", "neo4j", "--store", str(corpus_store), *cli_env])
    for what in ("nodes", "relationships"):
        row = next(line for line in again.output.splitlines() if what in line)
        created, updated, unchanged, removed = map(int, re.findall(r"\d+", row))
        assert (created, updated, removed) == (0, 0, 0) and unchanged > 0, row
    password = runner.invoke(app, ["cypher", "RETURN 1", *cli_env]).output
    assert "kg-test" not in result.output + again.output + password


def test_kg_cypher_on_the_server_answers_and_fails_in_one_line(corpus_store: Path, driver: neo4j.Driver,
                                                               cli_env: list[str]) -> None:
    push(Store(corpus_store).graph(), driver)
    result = runner.invoke(app, ["cypher", "MATCH (p:Person) WHERE p.caption = $name RETURN p.caption AS name",
                                 "--param", "name=Yvonne McGuckian", "--format", "csv", *cli_env])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["name", "Yvonne McGuckian"]
    broken = runner.invoke(app, ["cypher", "MATCH (n RETURN n", *cli_env])
    assert broken.exit_code == 1
    assert len(broken.output.strip().splitlines()) == 1 and "Cypher" in broken.output


def test_a_wrong_password_is_one_line_naming_the_server(neo4j_uri: tuple[str, tuple[str, str]],  # noqa: F811
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    uri, (user, _) = neo4j_uri
    monkeypatch.setenv(PASSWORD_VARIABLE, "not-the-password")
    result = runner.invoke(app, ["cypher", "RETURN 1", "--uri", uri, "--user", user,
                                 "--password-env", PASSWORD_VARIABLE])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"error: {uri}: the server refused the login of user '{user}'"]
    assert "not-the-password" not in result.output


def test_every_canned_cypher_query_gives_the_embedded_rows_on_the_server(corpus_store: Path,
                                                                         driver: neo4j.Driver) -> None:
    store = Store(corpus_store)
    push(store.graph(), driver)
    differing = []
    for case in canned_cases(store):
        columns, expected = run(store, case.name, case.params, engine="cypher")
        found_columns, found = run_canned_neo4j(driver, canned_queries("cypher")[case.name], case.params)
        assert found_columns == columns, case.label
        if comparable(found) != comparable(expected):
            differing.append(f"{case.label}: Neo4j against LadybugDB\n{row_diff(found, expected)}")
    assert not differing, "\n\n".join(differing)
