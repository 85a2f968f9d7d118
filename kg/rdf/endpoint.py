"""Canned SPARQL on any SPARQL 1.1 server the graph was pushed to (`kg push sparql`).

The embedded store answers over the union of its named graphs (one per document). A plain
server's default graph is usually empty or its own, so a query is sent with the SPARQL 1.1
Protocol's dataset parameters instead: every named graph the server holds as
`default-graph-uri` (their merge is the default graph, as embedded) and as `named-graph-uri`
(so `GRAPH ?g` patterns still see each document's graph). The query text is the canned one,
unchanged, with its parameters bound as literals (`kg.rdf.sparql.bind_parameters`).
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from typing import Any

from kg.canned import QueryError
from kg.rdf.push import Credentials, PushError, check_endpoint, safe_url, send
from kg.rdf.sparql import bind_parameters

GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def select(endpoint: str, text: str, dataset: list[str] | None = None, credentials: Credentials | None = None
           ) -> tuple[list[str], list[list[str]]]:
    """Columns and rows (as text) of a SELECT sent to the server's query URL."""
    fields: list[tuple[str, str]] = [("query", text)]
    for graph in dataset or []:
        fields += [("default-graph-uri", graph), ("named-graph-uri", graph)]
    request = urllib.request.Request(endpoint, data=urllib.parse.urlencode(fields).encode("utf-8"), method="POST",
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    try:
        body = send(request, credentials, "the query")
    except PushError as exc:
        raise QueryError(str(exc)) from None
    try:
        answer = json.loads(body)
        columns: list[str] = answer["head"]["vars"]
        bindings: list[dict[str, Any]] = answer["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        raise QueryError(f"{safe_url(endpoint)} did not answer with SPARQL JSON results") from None
    return columns, [[_text(row.get(c)) for c in columns] for row in bindings]


def _text(term: dict[str, str] | None) -> str:
    if term is None:
        return ""
    return f"_:{term['value']}" if term.get("type") == "bnode" else term.get("value", "")


def run_sparql_endpoint(endpoint: str, text: str, params: dict[str, str] | None = None,
                        credentials: Credentials | None = None) -> tuple[list[str], list[list[str]]]:
    """A query over every named graph of the server, as the embedded store answers it."""
    try:
        check_endpoint(endpoint)
    except PushError as exc:
        raise QueryError(str(exc)) from None
    text = bind_parameters(text, params or {})
    graphs = [row[0] for row in select(endpoint, GRAPHS_QUERY, credentials=credentials)[1]]
    return select(endpoint, text, sorted(graphs), credentials)
