"""Neo4j: push the resolved graph to a Neo4j server with the official driver, and run Cypher there.

A push writes the model's constraints and indexes first, then the rows of `kg.pg` in batches
of `UNWIND $rows AS row MERGE ...` statements, each batch in a managed write transaction
(retried by the driver on transient errors). Every node is merged on its label and `id`,
every relationship on its type, its ends and its `id`, and its properties are set only
where they differ from what the server holds, so a second push of the same graph changes
nothing. With `prune`, nodes of the model's labels and relationships between them that the
graph no longer has (their documents were removed or changed) are deleted afterwards; what
other documents still support stays, because it is still in the graph.

The same statements, with the rows written as literals, make the `cypher` export
(`kg.pg.exports`), so a script and a push build the same graph.

    with connect(Neo4jTarget("bolt://localhost:7687", "neo4j", password)) as driver:
        report = push(store.graph(), driver)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as GraphPath

from kg.graph import ResolvedGraph
from kg.pg import EVIDENCE, CypherError, EdgeKey, PropertyGraphWriter, cell_text, neo4j_schema_statements
from kg.writers import WriteOptions, write_graph

DEFAULT_BATCH = 1000


class Neo4jUnavailable(Exception):
    """The server cannot be reached or refused the login or the database; the message is one line."""


@dataclass(frozen=True)
class Neo4jTarget:
    uri: str
    user: str = "neo4j"
    password: str | None = field(default=None, repr=False)
    database: str | None = None  # None: the server's default database


def connect(target: Neo4jTarget) -> neo4j.Driver:
    """A driver whose connection and login have been checked (the password is never in a message)."""
    auth = (target.user, target.password) if target.password is not None else None
    try:
        # the server's notifications (a property no node has yet, ...) are advice, not results: never printed
        driver = neo4j.GraphDatabase.driver(target.uri, auth=auth, notifications_min_severity="OFF")
    except (DriverError, ValueError) as exc:
        raise Neo4jUnavailable(f"{target.uri}: not a Neo4j URI ({_one_line(exc)})") from None
    try:
        driver.verify_connectivity()
        driver.execute_query("RETURN 1", database_=target.database)  # the database exists and answers
    except AuthError:
        driver.close()
        raise Neo4jUnavailable(f"{target.uri}: the server refused the login of user {target.user!r}") from None
    except ServiceUnavailable as exc:
        driver.close()
        raise Neo4jUnavailable(f"{target.uri}: no Neo4j server answers ({_one_line(exc)})") from None
    except (Neo4jError, DriverError, ValueError) as exc:  # ValueError: a host or port that does not resolve
        driver.close()
        raise Neo4jUnavailable(f"{target.uri}: {_one_line(exc)}") from None
    return driver


def run_cypher_neo4j(driver: neo4j.Driver, text: str, params: dict[str, Any] | None = None,
                     database: str | None = None) -> tuple[list[str], list[list[str]]]:
    """Columns and rows (as text, as `kg.pg.ladybug.run_cypher` gives them) of a query on the server."""
    try:
        records, _, keys = driver.execute_query(text, params or {}, database_=database)
    except Neo4jError as exc:
        raise CypherError(_one_line(exc)) from None
    except DriverError as exc:
        raise Neo4jUnavailable(_one_line(exc)) from None
    return list(keys), [[cell_text(_plain(value)) for value in record.values()] for record in records]


def _plain(value: Any) -> Any:
    if isinstance(value, Node | Relationship):
        return dict(value)
    if isinstance(value, GraphPath):
        return [dict(node) for node in value.nodes]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _one_line(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(message).split())


# -- the statements of a push (and of the cypher export) ---------------------------------------

def node_statement(label: str, rows: str = "$rows") -> str:
    return (f"UNWIND {rows} AS row MERGE (n:`{label}` {{id: row.id}}) "
            "WITH n, row WHERE properties(n) <> row.props SET n = row.props RETURN count(n) AS changed")


def edge_statement(key: EdgeKey, rows: str = "$rows") -> str:
    rel_type, source, target = key
    ends = f"MATCH (a:`{source}` {{id: row.from}}) MATCH (b:`{target}` {{id: row.to}}) "
    if rel_type == EVIDENCE:
        return f"UNWIND {rows} AS row {ends}MERGE (a)-[r:`{rel_type}`]->(b) RETURN count(r) AS changed"
    return (f"UNWIND {rows} AS row {ends}MERGE (a)-[r:`{rel_type}` {{id: row.id}}]->(b) "
            "WITH r, row WHERE properties(r) <> row.props SET r = row.props RETURN count(r) AS changed")


def node_params(row: dict[str, Any]) -> dict[str, Any]:
    """A node row as the statement takes it: its id and its properties (absent values left out,
    as Neo4j stores no nulls, so that an unchanged node compares equal)."""
    return {"id": row["id"], "props": {k: v for k, v in row.items() if v is not None}}


def edge_params(row: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in row.items() if v is not None and k not in ("from", "to")}
    return {"from": row["from"], "to": row["to"], "id": row.get("id"), "props": props}


@dataclass
class Batch:
    statement: str
    rows: list[dict[str, Any]]
    kind: str  # node | relationship | evidence (a relationship without properties)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def push_batches(rows: PropertyGraphWriter, size: int = DEFAULT_BATCH) -> Iterator[Batch]:
    """Every label's nodes, then every relationship type's edges, in batches of `size` rows."""
    for label, nodes in rows.nodes.items():
        for chunk in batched(nodes.values(), size):
            yield Batch(node_statement(label), [node_params(r) for r in chunk], "node")
    for key, edges in rows.edges.items():
        kind = "evidence" if key[0] == EVIDENCE else "relationship"
        for chunk in batched(edges, size):
            yield Batch(edge_statement(key), [edge_params(r) for r in chunk], kind)


def graph_rows(graph: ResolvedGraph) -> PropertyGraphWriter:
    rows = PropertyGraphWriter(graph, Path(), WriteOptions())
    write_graph(graph, rows)
    return rows


# -- the push -----------------------------------------------------------------------------------

@dataclass
class PushReport:
    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_unchanged: int = 0
    nodes_removed: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    relationships_unchanged: int = 0
    relationships_removed: int = 0

    def changed(self) -> bool:
        return any((self.nodes_created, self.nodes_updated, self.nodes_removed, self.relationships_created,
                    self.relationships_updated, self.relationships_removed))


def push(graph: ResolvedGraph, driver: neo4j.Driver, database: str | None = None, *, batch: int = DEFAULT_BATCH,
         prune: bool = False, progress: Callable[[int, int], None] | None = None) -> PushReport:
    """Merge the graph into the server; `progress(done, total)` is called after each batch of rows."""
    if batch < 1:
        raise ValueError("the batch size must be at least 1")
    rows = graph_rows(graph)
    total = rows.finalize()
    report = PushReport()
    try:
        for statement in neo4j_schema_statements(rows.schema):
            driver.execute_query(statement, database_=database)
        done = 0
        with driver.session(database=database) as session:
            for item in push_batches(rows, batch):
                changed, created = session.execute_write(_write_batch, item)
                _count(report, item, changed, created)
                done += len(item.rows)
                if progress:
                    progress(done, total)
            if prune:
                report.relationships_removed, report.nodes_removed = _prune(session, rows, batch)
    except Neo4jError as exc:
        raise Neo4jUnavailable(f"the server refused the push: {_one_line(exc)}") from None
    except DriverError as exc:
        raise Neo4jUnavailable(f"the push was cut off: {_one_line(exc)}") from None
    return report


def _write_batch(tx: neo4j.ManagedTransaction, item: Batch) -> tuple[int, int]:
    result = tx.run(item.statement, rows=item.rows)
    changed = int(result.single(strict=True)["changed"])
    counters = result.consume().counters
    return changed, counters.nodes_created if item.kind == "node" else counters.relationships_created


def _count(report: PushReport, item: Batch, changed: int, created: int) -> None:
    if item.kind == "evidence":
        changed = created  # evidence has no properties: merged is either created or unchanged
    if item.kind != "node":
        report.relationships_created += created
        report.relationships_updated += changed - created
        report.relationships_unchanged += len(item.rows) - changed
    else:
        report.nodes_created += created
        report.nodes_updated += changed - created
        report.nodes_unchanged += len(item.rows) - changed


def _prune(session: neo4j.Session, rows: PropertyGraphWriter, size: int) -> tuple[int, int]:
    """Delete the relationships, then the nodes, of the model's types that the graph no longer has."""
    removed_relationships = 0
    for rel in rows.schema.relationships.values():
        for source, target in rel.pairs:
            key = (rel.name, source, target)
            wanted = {(r.get("id"), r["from"], r["to"]) for r in rows.edges.get(key, [])}
            held = session.execute_read(_read_all, f"MATCH (a:`{source}`)-[r:`{rel.name}`]->(b:`{target}`) "
                                                   "RETURN r.id AS id, a.id AS from, b.id AS to")
            stale = [{"id": r["id"], "from": r["from"], "to": r["to"]} for r in held
                     if (r["id"], r["from"], r["to"]) not in wanted]
            delete = (f"UNWIND $rows AS k MATCH (a:`{source}` {{id: k.from}})-[r:`{rel.name}`]->(b:`{target}`"
                      " {id: k.to}) WHERE coalesce(r.id, '') = coalesce(k.id, '') DELETE r")
            removed_relationships += _delete(session, delete, stale, size, relationships=True)
    removed_nodes = 0
    for label in rows.schema.labels:
        wanted_ids = set(rows.nodes.get(label, {}))
        held = session.execute_read(_read_all, f"MATCH (n:`{label}`) RETURN n.id AS id")
        stale = [{"id": r["id"]} for r in held if r["id"] not in wanted_ids]
        delete = f"UNWIND $rows AS k MATCH (n:`{label}` {{id: k.id}}) DETACH DELETE n"
        removed_nodes += _delete(session, delete, stale, size, relationships=False)
    return removed_relationships, removed_nodes


def _read_all(tx: neo4j.ManagedTransaction, statement: str) -> list[dict[str, Any]]:
    return [record.data() for record in tx.run(statement)]


def _delete(session: neo4j.Session, statement: str, stale: Iterable[dict[str, Any]], size: int, *,
            relationships: bool) -> int:
    removed = 0
    for chunk in batched(stale, size):
        counters = session.execute_write(_run_write, statement, chunk)
        removed += counters.relationships_deleted if relationships else counters.nodes_deleted
    return removed


def _run_write(tx: neo4j.ManagedTransaction, statement: str, rows: list[dict[str, Any]]) -> neo4j.SummaryCounters:
    return tx.run(statement, rows=rows).consume().counters
