"""The embedded Cypher store: the resolved graph in a LadybugDB database (the maintained
successor of Kuzu), a backend folder of the kg store (`STORE/backends/ladybug`), written at
build and opened read-only to query. Nothing needs a server.

Tables are created from the property-graph schema (`kg.pg`) and filled in bulk with
`COPY ... FROM` Parquet files, one per label and per label pair of each relationship type.
The rows go to those files in batches as the writer is given them, so memory holds a batch
per table, not the graph's rows; the files are removed once loaded.

A build that changed a few documents updates a copy of the last generation's database instead
(`start_from`), with a few set-based Cypher statements whose lists come from the change, not
from reading the database back: the statement nodes of the changed documents go (with their
EVIDENCE), so do the relationships the changed entities draw; the node rows of the changed
entities are set in place (the relationships other documents own stay) or removed if they are
gone; then the new rows go in. Relationships drawn by unchanged involvements carry the
caption or date of an entity that changed: those values are replaced where they differ. The
copy belongs to the new generation, so a build killed at any moment leaves the last
generation's database as it was.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
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
from kg.store import Store
from kg.writers import Change, Output, WriteOptions

BACKEND = "ladybug"
BATCH = 5_000  # rows a table holds before they go to its file (there are dozens of tables: 20,000 cost 40 MB more)
BUFFER_POOL = 256 * 2**20  # bytes the engine may cache; unbounded, it peaked 0.2 GB higher on 10,000 documents
# one thread copies the files in: each thread holds its own chunks (two cost 40 MB more at 10,000 documents, and
# were no faster on two cores)
COPY_THREADS = 1
# a database up to half the buffer pool is updated in place, a bigger one written whole: updating 1% of the
# documents of a 159 MB database (10,000 documents) filled a 256 MB pool (the pages a change touches stay in it
# until the checkpoint) and, in a pool of 1 GB, took 63 s, 6 s of it CPU, waiting on a disk shared with other work
UPDATE_LIMIT = BUFFER_POOL // 2


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

    @classmethod
    def updates(cls, previous: Path) -> bool:
        return previous.is_file() and previous.stat().st_size <= UPDATE_LIMIT

    def start_from(self, previous: Path, change: Change) -> bool:
        if not self.updates(previous):
            return False
        shutil.copyfile(previous, self.database)  # the last generation's file is never opened to write
        self.rows_folder.rmdir()  # the rows are few: they go in as parameters, not files
        self.change = change
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
    """What an incremental build changes in a copy of the last database, all known from the change
    and the graph (nothing is read back from the database): the changed `documents` (their
    statement nodes go), the changed `entities` (the relationships they draw go; `starts`, the
    nodes those relationships leave from), the new rows of both, and each changed entity's
    `faces` (caption and date) for the relationships of unchanged involvements that show them."""

    schema: PgSchema
    model: Model
    documents: list[str]
    entities: list[str]
    starts: list[str]
    nodes: dict[str, list[dict[str, Any]]]
    edges: dict[EdgeKey, list[dict[str, Any]]]
    faces: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def of(cls, writer: LadybugWriter, change: Change) -> Update:
        graph = writer.graph
        starts = set(change.entities)  # an edge entity's relationships leave from its source
        starts.update(row["from"] for rows in writer.edges.values() for row in rows)
        faces = [{"id": x, "caption": graph.caption(x), "date": _published(graph.nodes.get(x))}
                 for x in sorted(change.entities)]
        return cls(writer.schema, graph.model, sorted(change.documents), sorted(change.entities), sorted(starts),
                   {label: list(rows.values()) for label, rows in writer.nodes.items()}, dict(writer.edges), faces)

    def steps(self) -> list[tuple[str, Callable[[ladybug.Connection], None]]]:
        """The statements in the order they must run (faces are compared before node rows change)."""
        return [("faces", self.replace_faces), ("delete statements", self.delete_statements),
                ("delete relationships", self.delete_relationships), ("delete nodes", self.delete_nodes),
                ("set nodes", self.set_nodes), ("create statements", self.create_statements),
                ("create relationships", self.create_relationships)]

    def apply(self, database_path: Path) -> int:
        """Run every step on the database at `database_path`; how many rows were written."""
        database = ladybug.Database(str(database_path), buffer_pool_size=BUFFER_POOL, max_num_threads=COPY_THREADS)
        connection = ladybug.Connection(database)
        for _, step in self.steps():
            step(connection)
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

    def delete_statements(self, connection: ladybug.Connection) -> None:
        connection.execute(f"UNWIND $documents AS d MATCH (s:`{STATEMENT}`) WHERE s.document_id = d DETACH DELETE s",
                           {"documents": self.documents})

    def delete_relationships(self, connection: ladybug.Connection) -> None:
        """The relationships the changed entities drew: every one leaving a changed node (a node
        draws its own), and those of the changed involvements (found by their ids, which start
        with the involvement's, among the relationships leaving their sources)."""
        drawn_by_others = {kind for kind, _ in self.involvement_types()}
        changed = set(self.entities)
        for rel in self.schema.relationships.values():
            if rel.name == EVIDENCE:
                continue
            for source, target in rel.pairs:
                if rel.name not in drawn_by_others:
                    connection.execute(f"UNWIND $ids AS i MATCH (a:`{source}` {{id: i}})-[r:`{rel.name}`]->"
                                       f"(:`{target}`) DELETE r", {"ids": self.entities})
                    continue
                _, found = run_cypher(connection, f"UNWIND $ids AS i MATCH (a:`{source}` {{id: i}})-[r:`{rel.name}`]->"
                                                  f"(b:`{target}`) RETURN a.id, b.id, r.id", {"ids": self.starts})
                gone = [{"from": a, "to": b, "id": r} for a, b, r in found if r.split(":", 1)[0] in changed]
                if gone:
                    connection.execute(f"UNWIND $rows AS x MATCH (a:`{source}` {{id: x.`from`}})-[r:`{rel.name}`]->"
                                       f"(b:`{target}`) WHERE r.id = x.id DELETE r", {"rows": gone})

    def delete_nodes(self, connection: ladybug.Connection) -> None:
        """The changed entities that are no node of a label now: nothing else points at them."""
        for label in self.schema.labels:
            if label == STATEMENT:
                continue
            kept = {row["id"] for row in self.nodes.get(label, [])}
            gone = [x for x in self.entities if x not in kept]
            connection.execute(f"UNWIND $ids AS i MATCH (n:`{label}` {{id: i}}) DETACH DELETE n", {"ids": gone})

    def set_nodes(self, connection: ladybug.Connection) -> None:
        """Node rows set in place, so the relationships of other documents into them stay."""
        for label, rows in self.nodes.items():
            if label == STATEMENT:
                continue
            properties = [p for p in self.schema.labels[label].properties if p.name != "id"]
            assignments = ", ".join(f"n.`{p.name}` = CAST(row.`{p.name}` AS {p.cypher_type})" for p in properties)
            connection.execute(f"UNWIND $rows AS row MERGE (n:`{label}` {{id: row.id}}) SET {assignments}",
                               {"rows": rows})

    def create_statements(self, connection: ladybug.Connection) -> None:
        rows = self.nodes.get(STATEMENT, [])
        if rows:
            columns = ", ".join(f"`{p.name}`: CAST(row.`{p.name}` AS {p.cypher_type})"
                                for p in self.schema.labels[STATEMENT].properties)
            connection.execute(f"UNWIND $rows AS row CREATE (:`{STATEMENT}` {{{columns}}})", {"rows": rows})

    def create_relationships(self, connection: ladybug.Connection) -> None:
        for (rel_type, source, target), rows in self.edges.items():
            columns = ", ".join(f"`{p.name}`: CAST(row.`{p.name}` AS {p.cypher_type})"
                                for p in self.schema.relationships[rel_type].properties)
            # one MATCH a node: each is then a look-up by key (together, the engine joins two scans)
            connection.execute(f"UNWIND $rows AS row MATCH (a:`{source}` {{id: row.`from`}}) "
                               f"MATCH (b:`{target}` {{id: row.`to`}}) CREATE (a)-[:`{rel_type}` {{{columns}}}]->(b)",
                               {"rows": rows})


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
    columns = result.get_column_names()
    rows = []
    while result.has_next():
        rows.append([cell_text(v) for v in result.get_next()])
    return columns, rows
