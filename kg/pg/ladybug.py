"""The embedded Cypher store: the resolved graph in a LadybugDB database (the maintained
successor of Kuzu), a backend folder of the kg store (`STORE/backends/ladybug`), written at
build and opened read-only to query. Nothing needs a server.

Tables are created from the property-graph schema (`kg.pg`) and filled in bulk with
`COPY ... FROM` Parquet files, one per label and per label pair of each relationship type.
The rows go to those files in batches as the writer is given them, so memory holds a batch
per table, not the graph's rows; the files are removed once loaded.

A build that changed a few documents updates a copy of the last generation's database
instead (`start_from`): every row has an owner, the entity whose statements it was made from
(a node, its statements and their EVIDENCE, the relationships a node or an edge entity draws:
their ids start with the owner's id). The rows of the owners the change touches, and of the
owners of relationships into a touched entity whose label, caption or date changed, are made
again from the new graph and compared with the same owners' rows in the copy; only the rows
that differ are deleted, set or copied in. The copy belongs to the new generation, so a build
killed at any moment leaves the last generation's database as it was.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa
import pyarrow.parquet as pq

from kg.graph import Edge, Node, ResolvedGraph
from kg.pg import (
    EVIDENCE,
    STATEMENT,
    CypherError,
    EdgeKey,
    PgProperty,
    PgSchema,
    PropertyGraphWriter,
    cell_text,
    property_graph_schema,
    statement_row,
)
from kg.store import Store
from kg.writers import Change, Output, WriteOptions

BACKEND = "ladybug"
BATCH = 5_000  # rows a table holds before they go to its file (there are dozens of tables: 20,000 cost 40 MB more)
BUFFER_POOL = 256 * 2**20  # bytes the engine may cache; unbounded, it peaked 0.2 GB higher on 10,000 documents
# one thread copies the files in: each thread holds its own chunks (two cost 40 MB more at 10,000 documents, and
# were no faster on two cores)
COPY_THREADS = 1
IDS_PER_QUERY = 200  # entities whose rows an incremental update asks for at once


def create_statements() -> list[str]:
    """The DDL of the schema: node tables keyed by id, then relationship tables with their label pairs."""
    schema = property_graph_schema()
    ddl = []
    for label in schema.labels.values():
        columns = ", ".join(f"`{p.name}` {p.cypher_type}" for p in label.properties)
        ddl.append(f"CREATE NODE TABLE `{label.name}`({columns}, PRIMARY KEY (id))")
    for rel in schema.relationships.values():
        pairs = ", ".join(f"FROM `{a}` TO `{b}`" for a, b in rel.pairs)
        columns = "".join(f", `{p.name}` {p.cypher_type}" for p in rel.properties)
        ddl.append(f"CREATE REL TABLE `{rel.name}`({pairs}{columns})")
    return ddl


class RowFile:
    """The rows of one table, written to a Parquet file a batch at a time."""

    def __init__(self, path: Path, columns: list[PgProperty]) -> None:
        self.path = path
        self.schema = pa.schema([(c.name, pa.list_(pa.string()) if c.many else pa.string()) for c in columns])
        self.rows: list[dict[str, Any]] = []
        self.count = 0
        self.writer: pq.ParquetWriter | None = None

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, self.schema)
        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.count += len(self.rows)
        self.rows = []

    def close(self) -> None:
        self.flush()
        assert self.writer is not None
        self.writer.close()


class LadybugWriter(PropertyGraphWriter):
    """Streams each table's rows to a Parquet file; `finalize` creates the tables and copies the
    files in. After `start_from`, only the rows of the owners a change touches are made (and
    held), and `finalize` writes their difference into a copy of the last database."""

    def __init__(self, graph: ResolvedGraph, output: Output, options: WriteOptions) -> None:
        super().__init__(graph, output, options)
        assert isinstance(output, Path), "the LadybugDB backend writes a folder"
        self.database = output
        self.rows_folder = output.with_name(f"{output.name}.rows")
        self.rows_folder.mkdir()
        self.statement_ids: set[str] = set()
        self.node_files: dict[str, RowFile] = {}
        self.edge_files: dict[EdgeKey, RowFile] = {}
        self.update: Update | None = None

    def start_from(self, previous: Path, change: Change) -> bool:
        shutil.copyfile(previous, self.database)  # the last generation's file is never opened to write
        self.update = Update(self.database, self.graph, change, self.schema)
        return True

    def write_node(self, node: Node) -> None:
        if self.update is None or node.id in self.update.owners:
            super().write_node(node)

    def write_edge(self, edge: Edge) -> None:
        if self.update is None or edge.entity in self.update.owners:
            super().write_edge(edge)

    def add_statement(self, statement_id: str) -> None:
        if self.update is not None:
            super().add_statement(statement_id)
        elif statement_id not in self.statement_ids:
            self.statement_ids.add(statement_id)
            self.add_node(STATEMENT, statement_row(statement_id, self.graph))

    def add_node(self, label: str, row: dict[str, Any]) -> None:
        if self.update is not None:
            super().add_node(label, row)  # held, to compare with the last database's
        else:
            self.add_node_row(label, row)

    def add_edge(self, key: EdgeKey, row: dict[str, Any]) -> None:
        if self.update is not None:
            super().add_edge(key, row)
        else:
            self.add_edge_row(key, row)

    def add_node_row(self, label: str, row: dict[str, Any]) -> None:
        """A node row to copy in, on its way to its table's file."""
        if label not in self.node_files:
            self.node_files[label] = RowFile(self.rows_folder / f"{label}.parquet",
                                             list(self.schema.labels[label].properties))
        self.node_files[label].add(row)

    def add_edge_row(self, key: EdgeKey, row: dict[str, Any]) -> None:
        """A relationship row to copy in, on its way to its table's file."""
        if key not in self.edge_files:
            ends = [PgProperty("from"), PgProperty("to")]
            self.edge_files[key] = RowFile(self.rows_folder / f"{'-'.join(key)}.parquet",
                                           ends + list(self.schema.relationships[key[0]].properties))
        self.edge_files[key].add(row)

    def finalize(self) -> int:
        if self.update is not None:
            return self.update.apply(self.nodes, self.edges, self)
        # each COPY commits on its own (one transaction for all holds every row in memory; the
        # database is a new generation's, made current only once whole, so no reader sees it
        # half-written), in a buffer pool of bounded size (by default it takes most of the machine)
        database = ladybug.Database(str(self.database), buffer_pool_size=BUFFER_POOL, max_num_threads=COPY_THREADS)
        connection = ladybug.Connection(database)
        for statement in create_statements():
            connection.execute(statement)
        count = self.copy_in(connection)
        connection.execute("CHECKPOINT")
        connection.close()
        database.close()
        return count

    def copy_in(self, connection: ladybug.Connection) -> int:
        """Copy the rows given so far into the database's tables (nodes first); how many there were."""
        count = 0
        for name, rows in self.node_files.items():
            rows.close()
            connection.execute(f"COPY `{name}` FROM {_literal(rows.path)}")
            count += rows.count
        for (rel_type, source, target), rows in self.edge_files.items():
            rows.close()
            connection.execute(f"COPY `{rel_type}` FROM {_literal(rows.path)} (from='{source}', to='{target}')")
            count += rows.count
        for rows in [*self.node_files.values(), *self.edge_files.values()]:
            rows.path.unlink()
        self.rows_folder.rmdir()
        return count


RowKey = tuple[str, ...]  # ("node", label, id) or ("edge", type, source label, target label, from, to, id)


class Update:
    """The rows a change touches in a copy of the last database: which owners to make again
    (`owners`), then `apply`, which writes only the rows that differ."""

    def __init__(self, database: Path, graph: ResolvedGraph, change: Change, schema: PgSchema) -> None:
        self.graph = graph
        self.schema = schema
        self.database = ladybug.Database(str(database), buffer_pool_size=BUFFER_POOL, max_num_threads=COPY_THREADS)
        self.connection = ladybug.Connection(self.database)
        touched = set(change.entities)
        before = self.faces(touched)
        after = {x: face for x in touched if (face := self.face(x)) is not None}
        renamed = {x for x in touched if before.get(x) != after.get(x)}
        self.owners = touched | self.referrers(renamed, before)

    def rows(self, query: str, params: dict[str, Any]) -> list[list[Any]]:
        """The rows of a query over `params["ids"]`, asked a slice of the ids at a time: the engine
        holds a query's whole result in its bounded buffer pool (all of them at once filled it
        on 10,000 documents)."""
        ids = params["ids"]
        found: list[list[Any]] = []
        for start in range(0, len(ids), IDS_PER_QUERY):
            result = self.connection.execute(query, {**params, "ids": ids[start:start + IDS_PER_QUERY]})
            assert not isinstance(result, list)
            while result.has_next():
                found.append(list(result.get_next()))
        return found

    def node_labels(self) -> list[str]:
        return [label for label in self.schema.labels if label != STATEMENT]

    def face(self, entity: str) -> tuple[str, str, str | None] | None:
        """What relationships into an entity show of it: its label, caption and date (None if it is no node)."""
        node = self.graph.nodes.get(entity)
        if node is None or node.schema not in self.schema.labels or self.graph.model.schemas[node.schema].edge:
            return None
        return node.schema, self.graph.caption(entity), node.first("published")

    def faces(self, entities: set[str]) -> dict[str, tuple[str, str, str | None]]:
        found = {}
        for label in self.node_labels():
            published = "n.published" if any(p.name == "published" for p in self.schema.labels[label].properties) \
                else "NULL"
            for entity, caption, date in self.rows(f"UNWIND $ids AS i MATCH (n:`{label}` {{id: i}}) "
                                                   f"RETURN n.id, n.caption, {published}", {"ids": sorted(entities)}):
                found[entity] = (label, caption, date)
        return found

    def referrers(self, renamed: set[str], before: dict[str, tuple[str, str, str | None]]) -> set[str]:
        """The owners of relationships into the entities whose face changed, before and after."""
        found = {edge.entity for edge in self.graph.edges if edge.target in renamed}
        ids = sorted(x for x in renamed if x in before)
        if ids:
            for rel in self.schema.relationships.values():
                if rel.name == EVIDENCE:
                    continue
                for source, target in rel.pairs:
                    for (edge_id,) in self.rows(f"UNWIND $ids AS i MATCH (:`{source}`)-[r:`{rel.name}`]->"
                                                f"(:`{target}` {{id: i}}) RETURN r.id", {"ids": ids}):
                        found.add(owner_of(edge_id))
        return found

    def old_rows(self) -> dict[RowKey, dict[str, Any]]:
        """The owners' rows in the last database."""
        ids = sorted(self.owners)
        found: dict[RowKey, dict[str, Any]] = {}
        for label in self.schema.labels:
            where = "WHERE n.entity = i" if label == STATEMENT else "WHERE n.id = i"
            for (row,) in self.rows(f"UNWIND $ids AS i MATCH (n:`{label}`) {where} RETURN n", {"ids": ids}):
                found["node", label, row["id"]] = _own(row)
        for rel in self.schema.relationships.values():
            for source, target in rel.pairs:
                if rel.name == EVIDENCE:
                    query = (f"UNWIND $ids AS i MATCH (a:`{source}` {{id: i}})-[r:`{rel.name}`]->(b:`{target}`) "
                             "RETURN a.id, b.id, r")
                else:
                    query = (f"UNWIND $ids AS i MATCH (a:`{source}`)-[r:`{rel.name}`]->(b:`{target}`) "
                             "WHERE string_split(r.id, ':')[1] = i RETURN a.id, b.id, r")
                for start, end, row in self.rows(query, {"ids": ids}):
                    found[_edge_key((rel.name, source, target), start, end, row)] = {"from": start, "to": end,
                                                                                    **_own(row)}
        return found

    def apply(self, nodes: dict[str, dict[str, dict[str, Any]]], edges: dict[EdgeKey, list[dict[str, Any]]],
              writer: LadybugWriter) -> int:
        """Write the difference between the owners' rows in the copy and the new ones; how many rows changed."""
        old = self.old_rows()
        new: dict[RowKey, dict[str, Any]] = {("node", label, row_id): row for label, rows in nodes.items()
                                             for row_id, row in rows.items()}
        new.update((_edge_key(key, row["from"], row["to"], row), row) for key, rows in edges.items() for row in rows)
        changed = {k for k in old.keys() & new.keys() if old[k] != new[k]}
        gone = (old.keys() - new.keys()) | {k for k in changed if k[0] == "edge"}
        added = (new.keys() - old.keys()) | {k for k in changed if k[0] == "edge"}
        self.delete_edges([k for k in gone if k[0] == "edge"])
        self.delete_nodes([k for k in gone if k[0] == "node"])
        self.set_nodes([(k, new[k]) for k in changed if k[0] == "node"])
        for key in sorted(k for k in added if k[0] == "node"):
            writer.add_node_row(key[1], new[key])
        for key in sorted(k for k in added if k[0] == "edge"):
            writer.add_edge_row((key[1], key[2], key[3]), new[key])
        writer.copy_in(self.connection)
        self.connection.execute("CHECKPOINT")
        self.connection.close()
        self.database.close()
        return len(gone) + len(added) + len(changed)

    def delete_edges(self, keys: list[RowKey]) -> None:
        by_table: dict[EdgeKey, list[dict[str, str]]] = defaultdict(list)
        for _, rel, source, target, start, end, edge_id in keys:
            by_table[rel, source, target].append({"f": start, "t": end, "id": edge_id})
        for (rel, source, target), rows in by_table.items():
            same = "" if rel == EVIDENCE else "WHERE r.id = x.id "
            self.connection.execute(f"UNWIND $rows AS x MATCH (a:`{source}` {{id: x.f}})-[r:`{rel}`]->"
                                    f"(b:`{target}` {{id: x.t}}) {same}DELETE r", {"rows": rows})

    def delete_nodes(self, keys: list[RowKey]) -> None:
        by_label: dict[str, list[str]] = defaultdict(list)
        for _, label, node_id in keys:
            by_label[label].append(node_id)
        for label, ids in by_label.items():
            self.connection.execute(f"UNWIND $ids AS i MATCH (n:`{label}` {{id: i}}) DETACH DELETE n", {"ids": ids})

    def set_nodes(self, rows: list[tuple[RowKey, dict[str, Any]]]) -> None:
        """Rows that stay with other values are set in place, so the relationships into them stay."""
        for key, row in rows:
            label = key[1]
            columns = [p.name for p in self.schema.labels[label].properties if p.name != "id"]
            assignments = ", ".join(f"n.`{c}` = $v{i}" for i, c in enumerate(columns))
            self.connection.execute(f"MATCH (n:`{label}` {{id: $id}}) SET {assignments}",
                                    {"id": row["id"], **{f"v{i}": row[c] for i, c in enumerate(columns)}})


def owner_of(edge_id: str) -> str:
    """The entity a relationship was drawn from: its id, or the start of its id (`OWNER:prop:target`)."""
    return edge_id.split(":", 1)[0]


def _own(row: dict[str, Any]) -> dict[str, Any]:
    """A row as the engine returns it, without the engine's own keys."""
    return {k: v for k, v in row.items() if not k.startswith("_")}


def _edge_key(key: EdgeKey, start: str, end: str, row: dict[str, Any]) -> RowKey:
    return ("edge", *key, start, end, str(row.get("id") or ""))


def _literal(path: Path) -> str:
    """A file's path as a Cypher string (COPY takes no parameter for it); the store's path is the user's."""
    return "'" + str(path).replace("\\", "\\\\").replace("'", "\\'") + "'"


def open_cypher(store: Store) -> ladybug.Connection:
    """A read-only connection to the store's LadybugDB database."""
    database = ladybug.Database(str(store.backend(BACKEND)), read_only=True)
    return ladybug.Connection(database)


def run_cypher(connection: ladybug.Connection, text: str, params: dict[str, Any] | None = None
               ) -> tuple[list[str], list[list[str]]]:
    """Columns and rows (as text) of a Cypher query; parameters are passed to the engine, never spliced."""
    try:
        result = connection.execute(text, params or {})
    except RuntimeError as exc:
        raise CypherError(" ".join(str(exc).split())) from exc
    if isinstance(result, list):
        result = result[-1]
    columns = result.get_column_names()
    rows = []
    while result.has_next():
        rows.append([cell_text(v) for v in result.get_next()])
    return columns, rows
