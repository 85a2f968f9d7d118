"""The embedded Cypher store: the resolved graph in a LadybugDB database (the maintained
successor of Kuzu), a backend folder of the kg store (`STORE/backends/ladybug`), written at
build and opened read-only to query. Nothing needs a server.

Tables are created from the property-graph schema (`kg.pg`) and filled in bulk with
`COPY ... FROM` Parquet files, one per label and per label pair of each relationship type.
The rows go to those files in batches as the writer is given them, so memory holds a batch
per table, not the graph's rows; the files are removed once loaded.

A build that changed a few documents updates a copy of the last generation's database instead
(`start_from`), whatever its size: the rows the change owns (the nodes of the changed entities, the
statements of the changed documents and their EVIDENCE, the relationships the changed entities draw)
are read back by key and compared with the new ones; nodes and statements gone are removed, only the
columns that differ are set in place (the relationships other documents own stay), relationships
alike in every property are left as they are, and the new rows go in (the nodes' changes in one
transaction, the new relationships of each table in one of their own, each checkpointed before the
next: `Update.transactions`). The engine's checkpoint rewrites every column chunk a change touches,
so a row written again unchanged costs as much as a changed one. Relationships drawn by unchanged
involvements carry the caption or date of an entity that changed: those values are replaced where
they differ. The copy belongs to the new generation, so a build killed at any moment leaves the last
generation's database as it was.
The checkpoint is most of an update's time (for 1% more of 10,000 documents, 2.4 of its 5.5 CPU
seconds: the inserts into the involvement tables alone rewrite them). It is not left to a later
build: with automatic checkpoints off and `CALL force_checkpoint_on_close=false` the engine keeps
the change in its write-ahead log beside the file, but every reader then replays that log when it
opens the database (0.5 CPU seconds and 250 MB for that change), and the next update twice.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa
import pyarrow.parquet as pq

from kg.graph import Edge, Node, ResolvedGraph
from kg.model import Model
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
from kg.store import Store, release_free_memory
from kg.writers import Change, Output, WriteOptions

BACKEND = "ladybug"
BATCH = 5_000  # rows a table holds before they go to its file (there are dozens of tables: 20,000 cost 40 MB more)
BUFFER_POOL = 256 * 2**20  # bytes the engine may cache; unbounded, it peaked 0.2 GB higher on 10,000 documents
# one thread copies the files in: each thread holds its own chunks (two cost 40 MB more at 10,000 documents, and
# were no faster on two cores)
COPY_THREADS = 1


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
    files in. After `start_from`, only the rows the change touches are made (and held: they are
    few), and `finalize` writes them into a copy of the last database (`Update`)."""

    def __init__(self, graph: ResolvedGraph, output: Output, options: WriteOptions) -> None:
        super().__init__(graph, output, options)
        assert isinstance(output, Path), "the LadybugDB backend writes a folder"
        self.database = output
        self.rows_folder = output.with_name(f"{output.name}.rows")
        self.rows_folder.mkdir()
        self.statement_ids: set[str] = set()
        self.node_files: dict[str, RowFile] = {}
        self.edge_files: dict[EdgeKey, RowFile] = {}
        self.change: Change | None = None
        self.previous: Path | None = None  # the last generation's database, when this one updates a copy of it

    @classmethod
    def updates(cls, previous: Path) -> bool:
        return previous.is_file()

    def start_from(self, previous: Path, change: Change) -> bool:
        if not self.updates(previous):
            return False
        shutil.copyfile(previous, self.database)  # the last generation's file is never opened to write
        self.rows_folder.rmdir()  # the rows are few: they go in as parameters, not files
        self.change, self.previous = change, previous
        return True

    def write_node(self, node: Node) -> None:
        if self.change is None or node.id in self.change.entities:
            super().write_node(node)

    def write_edge(self, edge: Edge) -> None:
        if self.change is None or edge.entity in self.change.entities:
            super().write_edge(edge)

    def add_statement(self, statement_id: str) -> None:
        if self.change is not None:
            if self.graph.statement(statement_id).document_id in self.change.documents:
                super().add_statement(statement_id)  # the other statements of a changed entity stay as they are
        elif statement_id not in self.statement_ids:
            self.statement_ids.add(statement_id)
            self.add_node(STATEMENT, statement_row(statement_id, self.graph))

    def add_node(self, label: str, row: dict[str, Any]) -> None:
        if self.change is not None:
            super().add_node(label, row)
            return
        if label not in self.node_files:
            self.node_files[label] = RowFile(self.rows_folder / f"{label}.parquet",
                                             list(self.schema.labels[label].properties))
        self.node_files[label].add(row)

    def add_edge(self, key: EdgeKey, row: dict[str, Any]) -> None:
        if self.change is not None:
            if key[0] != EVIDENCE or row["to"] in self.nodes[STATEMENT]:
                super().add_edge(key, row)
            return
        if key not in self.edge_files:
            ends = [PgProperty("from"), PgProperty("to")]
            self.edge_files[key] = RowFile(self.rows_folder / f"{'-'.join(key)}.parquet",
                                           ends + list(self.schema.relationships[key[0]].properties))
        self.edge_files[key].add(row)

    def finalize(self) -> int:
        return self.finalize_later()()

    def finalize_later(self) -> Callable[[], int]:
        if self.change is not None:
            return partial(Update.of(self, self.change).apply, self.database)
        for rows in [*self.node_files.values(), *self.edge_files.values()]:
            rows.close()
        copies = [(f"`{name}`", rows.path, "", rows.count) for name, rows in self.node_files.items()]
        copies += [(f"`{rel_type}`", rows.path, f" (from='{source}', to='{target}')", rows.count)
                   for (rel_type, source, target), rows in self.edge_files.items()]
        return partial(copy_in, self.database, self.rows_folder, copies)


@dataclass(frozen=True)
class Update:
    """What an incremental build changes in a copy of the last database: the changed `documents` it
    holds (their statement nodes; a new document has none there), the changed `entities` (their
    nodes and the relationships they draw; `starts`, the nodes those relationships leave from), the
    new rows of both, and each changed entity's `faces` (caption and date) for the relationships of unchanged involvements that show
    them. The rows the change owns are read back by key and compared with the new ones, and only
    those that differ are written (`Writes`): the engine's checkpoint rewrites every column it
    finds changed, of every table, so a row set again unchanged costs as much as a changed one."""

    schema: PgSchema
    model: Model
    documents: list[str]
    entities: list[str]
    starts: list[str]
    nodes: dict[str, list[dict[str, Any]]]
    edges: dict[EdgeKey, list[dict[str, Any]]]
    previous: Path  # the last generation's database, of which the one updated is a copy
    faces: list[dict[str, Any]] = field(default_factory=list)
    held: list[str] | None = None  # the ids of the statements of `documents` there, if the change says them

    @classmethod
    def of(cls, writer: LadybugWriter, change: Change) -> Update:
        graph = writer.graph
        assert writer.previous is not None
        starts = set(change.entities)  # an edge entity's relationships leave from its source
        starts.update(row["from"] for rows in writer.edges.values() for row in rows)
        faces = [{"id": x, "caption": graph.caption(x), "date": _published(graph.nodes.get(x))}
                 for x in sorted(change.entities)]
        return cls(writer.schema, graph.model, sorted(change.documents - change.new), sorted(change.entities),
                   sorted(starts), {label: list(rows.values()) for label, rows in writer.nodes.items()},
                   dict(writer.edges), writer.previous, faces, None if change.held is None else sorted(change.held))

    def transactions(self, writes: Writes) -> list[list[Callable[[ladybug.Connection], None]]]:
        """The statements that write `writes`, in the order they must run (faces are compared
        before node rows change), in transactions each followed by a checkpoint: the faces, the
        rows gone, the columns set and the new nodes in one, then the new relationships of each
        table (label pair) in one of their own. The engine holds a transaction's inserted
        relationships, and its checkpoint each table's rewritten adjacency lists, in memory until
        they are written: one table at a time, the build adding 1% more to 2,000 documents peaked
        at 325 MB rather than 550 (above the full build's 430), in about the same CPU time (4.9 s, 5.2
        before: each checkpoint rewrites only the tables changed since the last; `benchmarks/build.py`)."""
        first: list[Callable[[ladybug.Connection], None]] = [
            self.replace_faces, partial(writes.delete, self.schema), partial(writes.set, self.schema),
            partial(writes.create_nodes, self.schema)]
        each: list[list[Callable[[ladybug.Connection], None]]] = [
            [partial(writes.create_relationships, self.schema, key)] for key in sorted(writes.new_relationships)]
        return [first, *each]

    def differences(self) -> Writes:
        """What differs from the last generation's database, read there, read-only: the engine keeps
        much of what a query held until the database closes (reading back the rows of 1% of
        10,000 documents left 220 MB it could not free), so the reads close before the writes open."""
        database = ladybug.Database(str(self.previous), read_only=True, buffer_pool_size=BUFFER_POOL,
                                    max_num_threads=COPY_THREADS)
        connection = ladybug.Connection(database)
        writes = Writes()
        self.compare(connection, writes)
        connection.close()
        database.close()
        # in a session of their own: after the comparison's dozens of queries, the engine's memory is full
        database = ladybug.Database(str(self.previous), read_only=True, buffer_pool_size=BUFFER_POOL,
                                    max_num_threads=COPY_THREADS)
        connection = ladybug.Connection(database)
        writes.keep_unchanged(connection, self.schema)
        connection.close()
        database.close()
        return writes

    def apply(self, database_path: Path) -> int:
        """Find what differs, then write it to the database at `database_path` (`transactions`);
        how many rows the change holds. The copy is the new generation's: a build that dies
        between two transactions leaves nothing a reader can open."""
        writes = self.differences()
        release_free_memory()  # what the reads held, before the writes take their own
        database = ladybug.Database(str(database_path), buffer_pool_size=BUFFER_POOL, max_num_threads=COPY_THREADS)
        connection = ladybug.Connection(database)
        for steps in self.transactions(writes):
            connection.execute("BEGIN TRANSACTION")
            for step in steps:
                step(connection)
            connection.execute("COMMIT")
            connection.execute("CHECKPOINT")
        connection.close()
        database.close()
        return sum(map(len, self.nodes.values())) + sum(map(len, self.edges.values()))

    def involvement_types(self) -> list[tuple[str, str | None]]:
        """The relationship types of the edge schemas, each with the ref property whose captions its
        relationships show (None for the main type, whose target's date they show)."""
        found: list[tuple[str, str | None]] = []
        for schema in self.model.edge_schemas():
            assert schema.edge is not None
            found.append((schema.edge.type, None))
            found += [(ref.relationship, ref.name) for ref in schema.refs()
                      if ref.name not in (schema.edge.source, schema.edge.target)]
        return found

    def replace_faces(self, connection: ladybug.Connection) -> None:
        """The captions (and the document's date) that the relationships of unchanged involvements
        show of a changed entity, replaced where the entity's caption (or date) changed: found from
        the entity, through the relationship into it, to the involvement's relationships (all
        leave from the involvement's source, and their ids start with the involvement's)."""
        kinds = self.involvement_types()
        for into, prop in kinds:
            for source, target in self.schema.relationships[into].pairs:
                if prop is None and target != "Document":
                    continue  # only a document's date is shown
                faces = self.changed_faces(connection, target, "date" if prop is None else "caption")
                if not faces:
                    continue
                if prop is None:
                    assignment = "m.date = f.date"
                else:
                    assignment = (f"m.`{prop}` = list_transform(m.`{prop}`, c -> CASE WHEN c = f.old THEN f.caption "
                                  "ELSE c END)")
                for out in dict.fromkeys(kind for kind, _ in kinds):
                    for _, other in (pair for pair in self.schema.relationships[out].pairs if pair[0] == source):
                        connection.execute(
                            f"UNWIND $faces AS f MATCH (a:`{source}`)-[r:`{into}`]->(x:`{target}` {{id: f.id}}) "
                            "WHERE NOT list_contains($entities, string_split(r.id, ':')[1]) "
                            "WITH a, f, string_split(r.id, ':')[1] AS owner "
                            f"MATCH (a)-[m:`{out}`]->(:`{other}`) WHERE string_split(m.id, ':')[1] = owner "
                            f"SET {assignment}", {"faces": faces, "entities": self.entities})

    def changed_faces(self, connection: ladybug.Connection, label: str, shown: str) -> list[dict[str, Any]]:
        """The faces of the changed entities of `label` whose caption (or date) differs from the
        database's, with the old one (a look-up by key of the changed entities only)."""
        column = "published" if shown == "date" else "caption"
        _, rows = run_cypher(connection, f"UNWIND $ids AS i MATCH (x:`{label}` {{id: i}}) RETURN x.id, x.`{column}`",
                             {"ids": self.entities})
        old = {entity: value for entity, value in rows}
        return [{**face, "old": old[face["id"]]} for face in self.faces
                if face["id"] in old and (old[face["id"]] or "") != (face[shown] or "")]

    def compare(self, connection: ladybug.Connection, writes: Writes) -> None:
        """Read the rows the change owns (the nodes of the changed entities, the statements of the
        changed documents and the relationships into them, the relationships the changed entities
        draw) and note in `writes` what differs from the new rows."""
        # the ids first: joined with the documents, the engine holds every row of the table it scans
        # (with all its columns, 600k statements overflow the buffer pool), then each row by its key; and
        # not at all when every changed document is new (the scan held 120 MB and 0.5 s on 10,000 documents),
        # nor when the change says them (read from the documents' statement files: the scan of the
        # statements' document column took 0.16 CPU s, 0.37 s, for 6 documents of 10,000)
        if self.held is not None or not self.documents:
            old_ids = self.held or []
        else:
            old_ids = [row["id"] for row in rows_of(connection, f"UNWIND $documents AS d MATCH (n:`{STATEMENT}`) "
                                                                "WHERE n.document_id = d RETURN n.id",
                                                    {"documents": self.documents}, ["id"])]
        columns = [p.name for p in self.schema.labels[STATEMENT].properties]
        old = rows_of(connection, f"UNWIND $ids AS i MATCH (n:`{STATEMENT}` {{id: i}}) RETURN {_returned('n', columns)}",
                      {"ids": old_ids}, columns)
        writes.compare_nodes(STATEMENT, old, self.nodes.get(STATEMENT, []), columns)
        for label in self.schema.labels:
            if label == STATEMENT:
                continue
            columns = [p.name for p in self.schema.labels[label].properties]
            found = rows_of(connection, f"UNWIND $ids AS i MATCH (n:`{label}` {{id: i}}) RETURN {_returned('n', columns)}",
                            {"ids": self.entities}, columns)
            writes.compare_nodes(label, found, self.nodes.get(label, []), columns)
            # a statement's EVIDENCE comes from the node of its entity, which is a changed one: known
            # without a join of the statements with each label's nodes (each held in the engine's memory)
            nodes = {row["id"] for row in found}
            evidence = (EVIDENCE, label, STATEMENT)
            writes.compare_relationships(evidence, [{"from": row["entity"], "to": row["id"]} for row in old
                                                    if row["entity"] in nodes], self.edges.get(evidence, []))
        drawn_by_others = {kind for kind, _ in self.involvement_types()}
        changed = set(self.entities)
        for rel in self.schema.relationships.values():
            if rel.name == EVIDENCE:
                continue
            for source, target in rel.pairs:
                # by ends and id only: the properties of every relationship of a person named in
                # a thousand documents cost more to read than the few owned here cost to write again
                found = rows_of(connection, f"UNWIND $ids AS i MATCH (a:`{source}` {{id: i}})-[r:`{rel.name}`]->"
                                            f"(b:`{target}`) RETURN a.id, b.id, r.id",
                                {"ids": self.starts if rel.name in drawn_by_others else self.entities},
                                ["from", "to", "id"])
                if rel.name in drawn_by_others:  # the involvements' own, found by their ids
                    found = [row for row in found if row["id"].split(":", 1)[0] in changed]
                writes.replace_relationships((rel.name, source, target), found,
                                             self.edges.get((rel.name, source, target), []))


@dataclass
class Writes:
    """What an update writes: the rows the change owns that are gone, the columns of rows that
    differ (one list per table and column, so only the columns that changed are set), and the new
    rows; relationships are known by their ends and id."""

    gone_nodes: dict[str, list[str]] = field(default_factory=dict)
    gone_relationships: dict[EdgeKey, list[dict[str, Any]]] = field(default_factory=dict)
    node_columns: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    new_nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    new_relationships: dict[EdgeKey, list[dict[str, Any]]] = field(default_factory=dict)

    def compare_nodes(self, label: str, old: list[dict[str, Any]], new: list[dict[str, Any]], columns: list[str]
                      ) -> None:
        before = {row["id"]: row for row in old}
        after = {row["id"]: row for row in new}
        _extend(self.gone_nodes, label, [key for key in before if key not in after])
        _extend(self.new_nodes, label, [row for key, row in after.items() if key not in before])
        for key, row in after.items():
            if key in before:
                for column in columns:
                    if before[key][column] != row[column]:
                        _extend(self.node_columns, (label, column), [{"id": key, "value": row[column]}])

    def compare_relationships(self, key: EdgeKey, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
        """Relationships without properties (EVIDENCE), known by their ends: those gone and those new."""
        before, after = {_ends(row) for row in old}, {_ends(row) for row in new}
        _extend(self.gone_relationships, key, [row for row in old if _ends(row) not in after])
        _extend(self.new_relationships, key, [row for row in new if _ends(row) not in before])

    def replace_relationships(self, key: EdgeKey, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
        """Relationships with properties: the old ones go (once each: a delete by ends and id removes
        every one that shares them), the new ones come; those alike in both stay (`keep_unchanged`)."""
        _extend(self.gone_relationships, key, list({_ends(row): row for row in old}.values()))
        _extend(self.new_relationships, key, new)

    def keep_unchanged(self, connection: ladybug.Connection, schema: PgSchema) -> None:
        """Leave out of the writes the relationships with properties that are as they were: one gone
        and one new with the same ends and id, alike in every property (read back for those only, by
        key). Written again unchanged, each would cost as much as a changed one: a checkpoint rewrites
        every table a write touches (a document added leaves most of the relationships of the people,
        areas and inspections it names as they were)."""
        for key, new in list(self.new_relationships.items()):
            if key[0] == EVIDENCE or key not in self.gone_relationships:
                continue
            unchanged = unchanged_relationships(connection, key, self.gone_relationships[key], new, schema)
            _replace(self.gone_relationships, key, [row for row in self.gone_relationships[key]
                                                    if _ends(row) not in unchanged])
            _replace(self.new_relationships, key, [row for row in new if _ends(row) not in unchanged])

    def delete(self, schema: PgSchema, connection: ladybug.Connection) -> None:
        """The relationships gone, then the nodes (a statement or node gone takes what points at it)."""
        for (rel_type, source, target), rows in self.gone_relationships.items():
            match = _relationship_match(rel_type, source, target)
            connection.execute(f"UNWIND $rows AS x {match} DELETE r", {"rows": rows})
        for label, ids in self.gone_nodes.items():
            connection.execute(f"UNWIND $ids AS i MATCH (n:`{label}` {{id: i}}) DETACH DELETE n", {"ids": ids})

    def set(self, schema: PgSchema, connection: ladybug.Connection) -> None:
        """The columns that differ, in place, so the relationships other documents own stay."""
        for (label, column), rows in self.node_columns.items():
            kind = _cypher_type(schema.labels[label].properties, column)
            connection.execute(f"UNWIND $rows AS x MATCH (n:`{label}` {{id: x.id}}) "
                               f"SET n.`{column}` = CAST(x.value AS {kind})", {"rows": rows})

    def create_nodes(self, schema: PgSchema, connection: ladybug.Connection) -> None:
        """The new nodes (statements among them)."""
        for label, rows in self.new_nodes.items():
            columns = ", ".join(f"`{p.name}`: CAST(row.`{p.name}` AS {p.cypher_type})"
                                for p in schema.labels[label].properties)
            connection.execute(f"UNWIND $rows AS row CREATE (:`{label}` {{{columns}}})", {"rows": rows})

    def create_relationships(self, schema: PgSchema, key: EdgeKey, connection: ladybug.Connection) -> None:
        """The new relationships of one table and label pair (their nodes are in the database)."""
        rel_type, source, target = key
        columns = ", ".join(f"`{p.name}`: CAST(row.`{p.name}` AS {p.cypher_type})"
                            for p in schema.relationships[rel_type].properties)
        # one MATCH a node: each is then a look-up by key (together, the engine joins two scans)
        connection.execute(f"UNWIND $rows AS row MATCH (a:`{source}` {{id: row.`from`}}) "
                           f"MATCH (b:`{target}` {{id: row.`to`}}) CREATE (a)-[:`{rel_type}` {{{columns}}}]->(b)",
                           {"rows": self.new_relationships[key]})


def unchanged_relationships(connection: ladybug.Connection, key: EdgeKey, old: list[dict[str, Any]],
                            new: list[dict[str, Any]], schema: PgSchema) -> set[tuple[str, str, str | None]]:
    """The ends and ids of the relationships of `key` that are one in the database (`old`, by ends and
    id) and one among the `new` rows, alike in every property."""
    old_count, new_count = Counter(map(_ends, old)), Counter(map(_ends, new))
    candidates = [row for row in old if old_count[_ends(row)] == 1 and new_count[_ends(row)] == 1]
    if not candidates:
        return set()
    rel_type, source, target = key
    columns = [p.name for p in schema.relationships[rel_type].properties]
    found = rows_of(connection, f"UNWIND $rows AS x {_relationship_match(rel_type, source, target)} "
                                f"RETURN a.id, b.id, {_returned('r', columns)}", {"rows": candidates},
                    ["from", "to", *columns])
    by_ends = {_ends(row): row for row in new}
    return {_ends(row) for row in found if by_ends[_ends(row)] == row}


def _replace(table: dict[Any, list[Any]], key: Any, items: list[Any]) -> None:
    """The table's rows of `key` replaced by `items` (none: no rows, so no statement runs for the key)."""
    if items:
        table[key] = items
    else:
        del table[key]


def _extend(table: dict[Any, list[Any]], key: Any, items: list[Any]) -> None:
    if items:
        table.setdefault(key, []).extend(items)


def _ends(row: dict[str, Any]) -> tuple[str, str, str | None]:
    """What a relationship is known by: its ends, and its id if it has one (EVIDENCE has none)."""
    return row["from"], row["to"], row.get("id")


def _relationship_match(rel_type: str, source: str, target: str) -> str:
    """The MATCH of a relationship by its ends and id (`x`), from the end that has fewer: a
    statement has one or two relationships in, an entity may have thousands out."""
    if rel_type == EVIDENCE:
        return (f"MATCH (a:`{source}`)-[r:`{EVIDENCE}`]->(b:`{target}` {{id: x.`to`}}) WHERE a.id = x.`from`")
    return (f"MATCH (a:`{source}` {{id: x.`from`}})-[r:`{rel_type}`]->(b:`{target}`) "
            "WHERE b.id = x.`to` AND r.id = x.id")


def _cypher_type(properties: tuple[PgProperty, ...], name: str) -> str:
    return next(p.cypher_type for p in properties if p.name == name)


def _returned(variable: str, columns: list[str]) -> str:
    return ", ".join(f"{variable}.`{column}`" for column in columns)


def rows_of(connection: ladybug.Connection, text: str, params: dict[str, Any], columns: list[str]
            ) -> list[dict[str, Any]]:
    """The rows of a query as the engine gives them (lists as lists, NULL as None), by column."""
    result = connection.execute(text, params)
    assert not isinstance(result, list)
    return [dict(zip(columns, row, strict=True)) for row in _records(result)]


def _records(result: ladybug.QueryResult) -> Iterator[list[Any] | dict[str, Any]]:
    """A result's rows, one by one, as the engine gives them."""
    while result.has_next():
        yield result.get_next()


def _published(node: Node | None) -> str | None:
    return node.first("published") if node is not None and node.schema == "Document" else None


def copy_in(database_path: Path, rows_folder: Path, copies: list[tuple[str, Path, str, int]]) -> int:
    """Create the tables and copy each file of rows into its table (`copies`: the table, the file,
    COPY's options, how many rows it holds); the files go once loaded. How many rows there were."""
    # each COPY commits on its own (one transaction for all holds every row in memory; the
    # database is a new generation's, made current only once whole, so no reader sees it
    # half-written), in a buffer pool of bounded size (by default it takes most of the machine)
    database = ladybug.Database(str(database_path), buffer_pool_size=BUFFER_POOL, max_num_threads=COPY_THREADS)
    connection = ladybug.Connection(database)
    for statement in create_statements():
        connection.execute(statement)
    for table, path, options, _ in copies:
        connection.execute(f"COPY {table} FROM {_literal(path)}{options}")
    connection.execute("CHECKPOINT")
    connection.close()
    database.close()
    for _, path, _, _ in copies:
        path.unlink()
    rows_folder.rmdir()
    return sum(count for *_, count in copies)


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
    return result.get_column_names(), [[cell_text(v) for v in row] for row in _records(result)]
