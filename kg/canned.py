"""Canned queries: named, documented query files in `queries/`, one `.rq` (SPARQL) and, where
written, one `.cypher` per question.

Each file opens with a header of comment lines:

    # name: lead-inspectors
    # description: Who led which inspection of which area, and when.
    # parameters: inspector (optional) - only this inspector's name
    # columns: inspector, area, document, date

How a parameter is bound is the engine's business (`kg.rdf.sparql` for SPARQL): never by
splicing text into the query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

ENGINES = {"sparql": ".rq", "cypher": ".cypher"}
HEADER_RE = re.compile(r"^#\s*(name|description|parameters|columns)\s*:\s*(.*)$")


class QueryError(Exception):
    pass


@dataclass(frozen=True)
class CannedQuery:
    name: str
    description: str
    parameters: str
    columns: tuple[str, ...]
    engine: str
    text: str


def parse_query(text: str, engine: str) -> CannedQuery:
    header: dict[str, str] = {}
    for line in text.splitlines():
        match = HEADER_RE.match(line.strip())
        if match:
            header[match.group(1)] = match.group(2).strip()
        elif line.strip() and not line.startswith("#"):
            break
    if "name" not in header:
        raise QueryError("query file has no '# name:' header")
    columns = tuple(c.strip() for c in header.get("columns", "").split(",") if c.strip())
    return CannedQuery(header["name"], header.get("description", ""), header.get("parameters", "none"),
                       columns, engine, text)


def canned_queries(engine: str = "sparql") -> dict[str, CannedQuery]:
    suffix = ENGINES[engine]
    found = {}
    for entry in sorted(resources.files("kg.queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(suffix):
            query = parse_query(entry.read_text(encoding="utf-8"), engine)
            found[query.name] = query
    return found


def get_query(name: str, engine: str = "sparql") -> CannedQuery:
    queries = canned_queries(engine)
    if name not in queries:
        known = ", ".join(sorted(queries)) or "none"
        raise QueryError(f"no canned {engine} query named {name!r} (known: {known})")
    return queries[name]
