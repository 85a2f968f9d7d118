"""Canned queries: named, documented query files in `queries/`, one `.rq` (SPARQL) and, where
written, one `.cypher` per question.

Each file opens with a header of comment lines:

    # name: lead-inspectors
    # description: Who led which inspection of which area, and when.
    # parameters: inspector (optional) - only this inspector's name
    # columns: inspector, area, document, date

A query declares each parameter as `VALUES ?param_NAME { UNDEF }` inside its WHERE clause;
`--param NAME=VALUE` binds it to an RDF literal serialised by Oxigraph, so the value can
never change the query's structure. Unbound, the parameter does not filter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import pyoxigraph as ox

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


def term_text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal | ox.NamedNode):
        return term.value
    return str(term)


def bind_parameters(text: str, params: dict[str, str]) -> str:
    """Bind each parameter where the query declares it (`VALUES ?param_NAME { UNDEF }`).

    The value goes in as an RDF literal serialised by Oxigraph (quotes and newlines escaped),
    so a document's or user's text can never change the query's structure.
    """
    for key, value in params.items():
        declaration = f"VALUES ?param_{key} {{ UNDEF }}"
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) or declaration not in text:
            raise QueryError(f"this query takes no parameter {key!r}")
        text = text.replace(declaration, f"VALUES ?param_{key} {{ {ox.Literal(value)} }}")
    return text


def run_sparql(store: ox.Store, text: str, params: dict[str, str] | None = None,
               ) -> tuple[list[str], list[list[str]]]:
    """Columns and rows (as text) of a SPARQL SELECT over the store, all graphs as the default graph."""
    text = bind_parameters(text, params or {})
    try:
        result = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"SPARQL query failed: {exc}") from exc
    if isinstance(result, bool | ox.QueryBoolean):
        return ["result"], [["true" if bool(result) else "false"]]
    if not isinstance(result, ox.QuerySolutions):
        return ["subject", "predicate", "object"], [[term_text(t.subject), term_text(t.predicate),
                                                    term_text(t.object)] for t in result]
    columns = [v.value for v in result.variables]
    rows = [[term_text(solution[c]) for c in columns] for solution in result]
    return columns, rows
