"""The embedded Cypher store: the resolved graph in a LadybugDB database (the maintained
successor of Kuzu), a backend folder of the kg store (`STORE/backends/ladybug`), written at
build and opened read-only to query. Nothing needs a server.

Tables are created from the property-graph schema (`kg.pg`) and filled in bulk with
`COPY ... FROM` data frames, one per label and per label pair of each relationship type.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ladybug
import pandas as pd

from kg.pg import CypherError, PropertyGraphWriter, cell_text, property_graph_schema
from kg.store import Store

BACKEND = "ladybug"


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


class LadybugWriter(PropertyGraphWriter):
    def finalize(self) -> int:
        assert isinstance(self.output, Path), "the LadybugDB backend writes a folder"
        database = ladybug.Database(str(self.output))
        connection = ladybug.Connection(database)
        # one transaction for the whole load: committing each COPY on its own costs three times as long
        connection.execute("BEGIN TRANSACTION")
        for statement in create_statements():
            connection.execute(statement)
        count = 0
        for name, nodes in self.nodes.items():
            frame = pd.DataFrame(list(nodes.values()), columns=self.node_columns(name))
            connection.execute(f"COPY `{name}` FROM frame")
            count += len(frame)
        for (rel_type, source, target), edges in self.edges.items():
            frame = pd.DataFrame(edges, columns=["from", "to", *self.edge_columns(rel_type)])
            connection.execute(f"COPY `{rel_type}` FROM frame (from='{source}', to='{target}')")
            count += len(frame)
        connection.execute("COMMIT")
        connection.close()
        database.close()
        return count


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
