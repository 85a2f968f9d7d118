"""The embedded Cypher store: the resolved graph in a LadybugDB database (the maintained
successor of Kuzu), a backend folder of the kg store (`STORE/backends/ladybug`), written at
build and opened read-only to query. Nothing needs a server.

Tables are created from the property-graph schema (`kg.pg`) and filled in bulk with
`COPY ... FROM` Parquet files, one per label and per label pair of each relationship type.
The rows go to those files in batches as the writer is given them, so memory holds a batch
per table, not the graph's rows; the files are removed once loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa
import pyarrow.parquet as pq

from kg.graph import ResolvedGraph
from kg.pg import (
    STATEMENT,
    CypherError,
    EdgeKey,
    PgProperty,
    PropertyGraphWriter,
    cell_text,
    property_graph_schema,
    statement_row,
)
from kg.store import Store
from kg.writers import Output, WriteOptions

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
    files in. It is written whole at every build: from Parquet that costs less than deleting and
    rewriting the rows an incremental build touches (which LadybugDB's checkpoint makes a rewrite
    of most of the file), and holds less memory."""

    def __init__(self, graph: ResolvedGraph, output: Output, options: WriteOptions) -> None:
        super().__init__(graph, output, options)
        assert isinstance(output, Path), "the LadybugDB backend writes a folder"
        self.database = output
        self.rows_folder = output.with_name(f"{output.name}.rows")
        self.rows_folder.mkdir()
        self.statement_ids: set[str] = set()
        self.node_files: dict[str, RowFile] = {}
        self.edge_files: dict[EdgeKey, RowFile] = {}

    def add_statement(self, statement_id: str) -> None:
        if statement_id not in self.statement_ids:
            self.statement_ids.add(statement_id)
            self.add_node(STATEMENT, statement_row(statement_id, self.graph))

    def add_node(self, label: str, row: dict[str, Any]) -> None:
        if label not in self.node_files:
            self.node_files[label] = RowFile(self.rows_folder / f"{label}.parquet",
                                             list(self.schema.labels[label].properties))
        self.node_files[label].add(row)

    def add_edge(self, key: EdgeKey, row: dict[str, Any]) -> None:
        if key not in self.edge_files:
            ends = [PgProperty("from"), PgProperty("to")]
            self.edge_files[key] = RowFile(self.rows_folder / f"{'-'.join(key)}.parquet",
                                           ends + list(self.schema.relationships[key[0]].properties))
        self.edge_files[key].add(row)

    def finalize(self) -> int:
        return self.finalize_later()()

    def finalize_later(self) -> Callable[[], int]:
        for rows in [*self.node_files.values(), *self.edge_files.values()]:
            rows.close()
        copies = [(f"`{name}`", rows.path, "", rows.count) for name, rows in self.node_files.items()]
        copies += [(f"`{rel_type}`", rows.path, f" (from='{source}', to='{target}')", rows.count)
                   for (rel_type, source, target), rows in self.edge_files.items()]
        return partial(copy_in, self.database, self.rows_folder, copies)


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
