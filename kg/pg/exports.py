"""Bulk exports for Neo4j users, from the same rows as the push (`kg.pg.neo4j`).

- `cypher`: a script that rebuilds the graph in an empty database (`cypher-shell -f FILE`):
  the constraints and indexes, then the push's own `UNWIND ... MERGE` statements with their
  rows written as Cypher literals, one statement a line.
- `neo4j-csv`: a folder of node files (one per label) and relationship files (one per type)
  with the headers of `neo4j-admin database import full`, and `import-command.txt`, the
  exact command that loads them into a new database.
"""

from __future__ import annotations

import csv
import re
import shlex
from pathlib import Path
from typing import Any

from kg.pg import PropertyGraphWriter, neo4j_schema_statements
from kg.pg.neo4j import batched, edge_params, edge_statement, node_params, node_statement
from kg.writers import write_bytes

SCRIPT_BATCH = 200
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# characters a Cypher string keeps as escapes: control characters, and what editors and line
# readers take for a line break, so that every statement stays on one line
ESCAPED = re.compile("[\\x00-\\x1f\\x7f\\x85\\u2028\\u2029\\\\']")
SIMPLE_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
ARRAY_DELIMITERS = (";", "|", "¦", "\u241f")


def cypher_literal(value: Any) -> str:
    """A value as a Cypher literal: text quoted and escaped, lists and maps written out."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return "'" + ESCAPED.sub(lambda m: SIMPLE_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"), value) + "'"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{cypher_key(k)}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def cypher_key(key: str) -> str:
    return key if IDENTIFIER.fullmatch(key) else "`" + key.replace("`", "``") + "`"


class CypherScriptWriter(PropertyGraphWriter):
    def finalize(self) -> int:
        lines = [f"// kg: {sum(map(len, self.nodes.values()))} nodes and {sum(map(len, self.edges.values()))} "
                 "relationships; load into an empty database with: cypher-shell -f FILE"]
        lines += [f"{statement};" for statement in neo4j_schema_statements(self.schema)]
        count = 0
        for label, nodes in self.nodes.items():
            for chunk in batched(nodes.values(), SCRIPT_BATCH):
                lines.append(node_statement(label, cypher_literal([node_params(r) for r in chunk])) + ";")
                count += len(chunk)
        for key, edges in self.edges.items():
            for chunk in batched(edges, SCRIPT_BATCH):
                lines.append(edge_statement(key, cypher_literal([edge_params(r) for r in chunk])) + ";")
                count += len(chunk)
        write_bytes(self.output, ("\n".join(lines) + "\n").encode("utf-8"))
        return count


class Neo4jCsvWriter(PropertyGraphWriter):
    def finalize(self) -> int:
        if not isinstance(self.output, Path):
            raise ValueError("neo4j-csv writes a folder of files: give --output DIR")
        folder = self.output
        (folder / "nodes").mkdir(parents=True, exist_ok=True)
        (folder / "relationships").mkdir(exist_ok=True)
        delimiter = self.array_delimiter()
        arguments = ["neo4j-admin", "database", "import", "full", f"--array-delimiter={delimiter}",
                     "--multiline-fields=true"]
        count = 0
        for label, nodes in self.nodes.items():
            path = folder / "nodes" / f"{label}.csv"
            columns = self.schema.labels[label].properties
            header = ["id:ID" if p.name == "id" else f"{p.name}:string[]" if p.many else p.name for p in columns]
            count += write_csv(path, header, ([row[p.name] for p in columns] for row in nodes.values()), delimiter)
            arguments.append(f"--nodes={label}={path}")
        for rel_type in sorted({key[0] for key in self.edges}):
            path = folder / "relationships" / f"{rel_type}.csv"
            columns = self.schema.relationships[rel_type].properties
            header = [":START_ID", ":END_ID", *(f"{p.name}:string[]" if p.many else p.name for p in columns)]
            rows = ([row["from"], row["to"], *(row.get(p.name) for p in columns)]
                    for key, edges in self.edges.items() if key[0] == rel_type for row in edges)
            count += write_csv(path, header, rows, delimiter)
            arguments.append(f"--relationships={rel_type}={path}")
        arguments.append("DATABASE")
        command = shlex.join(arguments)
        (folder / "import-command.txt").write_text(
            "# load into a new database (stop it first; DATABASE is its name, e.g. neo4j):\n" + command + "\n",
            encoding="utf-8")
        self.note = f"load with: {command}"
        return count

    def array_delimiter(self) -> str:
        """The first delimiter that no list value contains."""
        rows = [*(row for nodes in self.nodes.values() for row in nodes.values()),
                *(row for edges in self.edges.values() for row in edges)]
        used = {ch for row in rows for v in row.values() if isinstance(v, list) for x in v for ch in x
                if ch in ARRAY_DELIMITERS}
        free = [d for d in ARRAY_DELIMITERS if d not in used]
        if not free:
            raise ValueError(f"every array delimiter ({' '.join(ARRAY_DELIMITERS)}) occurs in a list value")
        return free[0]


def write_csv(path: Path, header: list[str], rows: Any, delimiter: str) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([delimiter.join(v) if isinstance(v, list) else "" if v is None else v for v in row])
            count += 1
    return count
