"""Canned queries: named, documented query files in `queries/`, one `.rq` (SPARQL) and one
`.cypher` per question, which give the same rows.

Each file opens with a header of comment lines (`#` in SPARQL, `//` in Cypher):

    # name: lead-inspectors
    # description: Who led which inspection of which area, and when.
    # parameters: inspector (optional) - only this inspector's name
    # columns: inspector, area, document, date

Cypher is written in the subset LadybugDB and Neo4j 5 both run. Where they spell something
differently (shortest paths), `NAME.cypher` is the LadybugDB spelling and `NAME.neo4j.cypher`
the Neo4j one, each saying so in a `dialect:` header line; a query sent to Neo4j takes its
Neo4j variant where there is one.

A parameter is never spliced into the text: SPARQL binds it as a literal (`kg.rdf.sparql`);
Cypher receives every declared parameter as a driver parameter (`$area`), the empty string
where not given, so an optional filter reads `$area = '' OR ...` (LadybugDB types a null
parameter as a boolean, which no text comparison accepts; '' means the same on both engines).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import neo4j

    from kg.rdf.push import Credentials
    from kg.store import Store

ENGINES = {"sparql": ".rq", "cypher": ".cypher"}
NEAREST = 3  # how many near values a hint names
Rows = tuple[list[str], list[list[str]]]
HEADER_RE = re.compile(r"^(?:#|//)\s*(name|description|parameters|columns|dialect)\s*:\s*(.*)$")
EMBEDDED_DIALECTS = ("", "ladybug")  # what the embedded engine runs: portable Cypher, or its own spelling


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
    dialect: str = ""  # Cypher only: '' (portable), 'ladybug' or 'neo4j'

    def parameter_names(self) -> dict[str, bool]:
        """Each declared parameter's name, and whether it is required."""
        if self.parameters.strip() == "none":
            return {}
        found = {}
        for part in self.parameters.split(";"):
            words = part.split()
            if words:
                found[words[0]] = "(required)" in part
        return found

    def check_parameters(self, params: dict[str, str]) -> None:
        declared = self.parameter_names()
        unknown = sorted(set(params) - set(declared))
        if unknown:
            raise QueryError(f"{self.name} takes no parameter {unknown[0]!r} (it takes: {', '.join(declared) or 'none'})")
        missing = [name for name, required in declared.items() if required and not params.get(name)]
        if missing:
            raise QueryError(f"{self.name} needs --param {missing[0]}=VALUE")


def parse_query(text: str, engine: str) -> CannedQuery:
    header: dict[str, str] = {}
    for line in text.splitlines():
        match = HEADER_RE.match(line.strip())
        if match:
            header[match.group(1)] = match.group(2).strip()
        elif line.strip() and not line.startswith(("#", "//")):
            break
    if "name" not in header:
        raise QueryError("query file has no '# name:' header")
    columns = tuple(c.strip() for c in header.get("columns", "").split(",") if c.strip())
    dialect = header.get("dialect", "").split(" ", 1)[0]
    return CannedQuery(header["name"], header.get("description", ""), header.get("parameters", "none"),
                       columns, engine, text, dialect)


def canned_queries(engine: str = "sparql", dialect: str = "") -> dict[str, CannedQuery]:
    """The canned queries of one language by name; for Cypher, the embedded engine's spelling,
    or with `dialect` ('neo4j') that engine's variant where a query has one."""
    suffix = ENGINES[engine]
    found: dict[str, CannedQuery] = {}
    for entry in sorted(resources.files("kg.queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(suffix):
            query = parse_query(entry.read_text(encoding="utf-8"), engine)
            if query.dialect in EMBEDDED_DIALECTS:
                found.setdefault(query.name, query)
            if dialect and query.dialect == dialect:
                found[query.name] = query
    return found


def get_query(name: str, engine: str = "sparql") -> CannedQuery:
    queries = canned_queries(engine)
    if name not in queries:
        others = [other for other in ENGINES if other != engine and name in canned_queries(other)]
        if others:
            raise QueryError(f"{name} has no {engine} version: run it with --engine {others[0]}")
        known = ", ".join(sorted(queries)) or "none"
        raise QueryError(f"no canned {engine} query named {name!r} (known: {known})")
    return queries[name]


def run_canned(store: Store, query: CannedQuery, params: dict[str, str]) -> tuple[list[str], list[list[str]]]:
    """Columns and rows of a canned query on the store's embedded engine for its language."""
    query.check_parameters(params)
    if query.engine == "sparql":
        from kg.rdf.sparql import run_sparql
        from kg.rdf.store import open_rdf

        # an empty value means not given, as in Cypher ('' does not filter there)
        return run_sparql(open_rdf(store), query.text, {k: v for k, v in params.items() if v})
    from kg.pg import CypherError
    from kg.pg.ladybug import open_cypher, run_cypher

    try:
        return run_cypher(open_cypher(store), query.text, cypher_parameters(query, params))
    except CypherError as exc:
        raise QueryError(f"Cypher error in {query.name}: {exc}") from exc


def cypher_parameters(query: CannedQuery, params: dict[str, str]) -> dict[str, str]:
    """Every parameter the query declares, '' where not given."""
    return {name: params.get(name) or "" for name in query.parameter_names()}


def run_canned_neo4j(driver: neo4j.Driver, query: CannedQuery, params: dict[str, str], database: str | None = None
                     ) -> tuple[list[str], list[list[str]]]:
    """Columns and rows of a canned Cypher query on a Neo4j server."""
    from kg.pg import CypherError
    from kg.pg.neo4j import Neo4jUnavailable, run_cypher_neo4j

    if query.engine != "cypher":
        raise QueryError(f"{query.name}: Neo4j runs Cypher, not {query.engine}")
    query = canned_queries("cypher", "neo4j").get(query.name, query)
    query.check_parameters(params)
    try:
        return run_cypher_neo4j(driver, query.text, cypher_parameters(query, params), database)
    except CypherError as exc:
        raise QueryError(f"Cypher error in {query.name}: {exc}") from exc
    except Neo4jUnavailable as exc:
        raise QueryError(str(exc)) from exc


def run_canned_endpoint(endpoint: str, query: CannedQuery, params: dict[str, str],
                        credentials: Credentials | None = None) -> tuple[list[str], list[list[str]]]:
    """Columns and rows of a canned SPARQL query on a SPARQL 1.1 server (see kg.rdf.endpoint)."""
    from kg.rdf.endpoint import run_sparql_endpoint

    if query.engine != "sparql":
        raise QueryError(f"{query.name}: a SPARQL endpoint runs SPARQL, not {query.engine}")
    query.check_parameters(params)
    return run_sparql_endpoint(endpoint, query.text, params, credentials)


def nearest_values(query: CannedQuery, params: dict[str, str], run: Callable[[dict[str, str]], Rows]
                   ) -> dict[str, list[str]]:
    """For each optional parameter that filters a column of its own name (`inspector`, `area`), the values of that
    column nearest to what was typed, from the rows the query gives without it: the hint when nothing matched."""
    from rapidfuzz import fuzz, process

    found: dict[str, list[str]] = {}
    for key, typed in params.items():
        if query.parameter_names().get(key, True):  # required, or unknown: the query cannot run without it
            continue
        columns, rows = run({k: v for k, v in params.items() if k != key})
        if key not in columns:
            continue
        index = columns.index(key)
        values = sorted({row[index] for row in rows if row[index]})
        found[key] = [value for value, _, _ in process.extract(typed, values, scorer=fuzz.WRatio, limit=NEAREST)]
    return found
