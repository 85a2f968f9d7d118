"""Push the built graph to any SPARQL 1.1 store, replacing rather than duplicating.

Two ways in, both graph by graph so that pushing again after re-reading a document replaces
that document's graph:

- `gsp` (the SPARQL 1.1 Graph Store Protocol): one HTTP PUT per graph to the store's
  graph-store URL (`ENDPOINT?graph=IRI`); PUT replaces the graph's contents.
- `update` (SPARQL 1.1 Update): per graph, `DROP SILENT GRAPH` then `INSERT DATA`, in one
  request to the update URL.

With `graph` set, the union of all graphs goes into that one graph instead. With `prune`
(the IRI prefix of kg's graphs), the graphs under it that this push did not write (documents
removed or changed since the last push) are then removed: found with a query to the server's
query URL, removed by HTTP DELETE (`gsp`) or `DROP SILENT GRAPH` (`update`). Graphs outside
kg's prefix are never touched. Bodies are
N-Triples, which every Turtle parser reads too, so they are sent as text/turtle (servers
that mis-read Turtle escapes read N-Triples correctly). The password for basic
authentication comes from an environment variable and never appears in messages, nor does
the body of a 401 or 403 answer (a server may echo the Authorization header in it). A graph
IRI given by the user must be an absolute IRI, and is written into an update as an IRI
term, never spliced as text.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.rdf import ABSOLUTE_IRI

METHODS = ("gsp", "update")
TIMEOUT_SECONDS = 120
AUTHENTICATION_REFUSED = (401, 403)  # their bodies may echo the credentials: never shown


class PushError(Exception):
    """The endpoint refused or could not be reached; the message says which graph and why."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status  # the HTTP status of a refusal


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str

    def header(self) -> str:
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
        return f"Basic {token}"


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int
    removed: int = 0  # graphs removed by `prune`


def graphs_of(quads: Iterable[ox.Quad], graph: str | None = None) -> dict[str, list[ox.Triple]]:
    """The triples to send per target graph IRI: each named graph, or all in `graph`."""
    grouped: dict[str, set[ox.Triple]] = defaultdict(set)
    for q in quads:
        if graph:
            grouped[graph].add(q.triple)
        elif isinstance(q.graph_name, ox.NamedNode):
            grouped[q.graph_name.value].add(q.triple)
    return {name: sorted(triples, key=str) for name, triples in sorted(grouped.items())}


def ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""  # no output file: the bytes are returned


def safe_url(url: str) -> str:
    """The URL without any user or password in it, for messages."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = host + (f":{port}" if (port := url_port(url)) else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def url_port(url: str) -> int | str | None:
    """The URL's port, or its text when it is not a number (for the message that says so)."""
    parts = urllib.parse.urlsplit(url)
    try:
        return parts.port
    except ValueError:
        return parts.netloc.rpartition(":")[2]


def check_endpoint(url: str) -> None:
    """Refuse, in one line, a URL kg cannot send to: not http(s), or a port that is not a number."""
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise PushError(f"{safe_url(url)} is not an http(s) URL")
    port = url_port(url)
    if isinstance(port, str):
        raise PushError(f"{safe_url(url)}: the port {port!r} is not a number")


def check_target(endpoint: str, method: str, graph: str | None, query_endpoint: str | None = None) -> None:
    """Refuse, before anything is read or sent, a push that cannot work: its method, URLs or graph IRI."""
    if method not in METHODS:
        raise PushError(f"unknown method {method!r}: choose {' or '.join(METHODS)}")
    check_endpoint(endpoint)
    if query_endpoint:
        check_endpoint(query_endpoint)
    if graph:
        graph_iri(graph)


def graph_iri(graph: str) -> ox.NamedNode:
    """The user's target graph as an IRI term; refuses what is not an absolute IRI."""
    if not ABSOLUTE_IRI.match(graph):
        raise PushError(f"--graph {graph!r} is not an absolute IRI such as https://example.org/kg")
    try:
        return ox.NamedNode(graph)
    except ValueError as exc:
        raise PushError(f"--graph {graph!r} is not an IRI ({exc})") from None


def graph_url(endpoint: str, graph: str) -> str:
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return f"{endpoint}{separator}graph={urllib.parse.quote(graph, safe='')}"


def send(request: urllib.request.Request, credentials: Credentials | None, what: str) -> bytes:
    """The body of the server's answer; a refusal or no answer is a PushError naming the URL (never a password)."""
    if credentials:
        request.add_header("Authorization", credentials.header())
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            body: bytes = response.read()
            return body
    except urllib.error.HTTPError as exc:
        body = b"" if exc.code in AUTHENTICATION_REFUSED else exc.read(300)
        detail = body.decode("utf-8", "replace").strip().splitlines()
        reason = f"{exc.code} {exc.reason}" + (f": {detail[0]}" if detail else "")
        raise PushError(f"{safe_url(request.full_url)} refused {what} ({reason})", exc.code) from None
    except (urllib.error.URLError, OSError) as exc:
        cause = getattr(exc, "reason", None) or exc
        raise PushError(f"cannot reach {safe_url(request.full_url)} ({cause})") from None


def put_graph(endpoint: str, graph: str, triples: list[ox.Triple], credentials: Credentials | None) -> None:
    request = urllib.request.Request(graph_url(endpoint, graph), data=ntriples(triples), method="PUT",
                                     headers={"Content-Type": "text/turtle; charset=utf-8"})
    send(request, credentials, f"graph <{graph}>")


def replace_by_update(endpoint: str, graph: str, triples: list[ox.Triple], credentials: Credentials | None) -> None:
    body = ntriples(triples).decode("utf-8")
    target = str(graph_iri(graph))  # an IRI term in N-Triples syntax, never raw text
    update = f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{body}}} }}"
    request = urllib.request.Request(endpoint, data=update.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-update; charset=utf-8"})
    send(request, credentials, f"the update of graph <{graph}>")


def push(quads: Iterable[ox.Quad], endpoint: str, *, method: str = "gsp", graph: str | None = None,
         credentials: Credentials | None = None, prune: str | None = None, query_endpoint: str | None = None
         ) -> PushReport:
    """Load the quads into the SPARQL store at `endpoint`, replacing each graph pushed; with `prune`,
    then remove the graphs under that prefix that were not pushed (listed at `query_endpoint`)."""
    if prune and not query_endpoint:
        raise PushError("pruning needs the server's query URL, to list the graphs it holds")
    check_target(endpoint, method, graph, query_endpoint)
    replace = put_graph if method == "gsp" else replace_by_update
    grouped = graphs_of(quads, graph)
    for name, triples in grouped.items():
        replace(endpoint, name, triples, credentials)
    removed = 0
    if prune and query_endpoint:
        stale = sorted(set(graphs_under(query_endpoint, prune, credentials)) - set(grouped))
        if stale:
            (delete_graphs if method == "gsp" else drop_by_update)(endpoint, stale, credentials)
        removed = len(stale)
    return PushReport(len(grouped), sum(len(t) for t in grouped.values()), removed)


def graphs_under(query_endpoint: str, prefix: str, credentials: Credentials | None) -> list[str]:
    """The named graphs the server holds whose IRI starts with `prefix`."""
    from kg.canned import QueryError
    from kg.rdf.endpoint import select

    text = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), {ox.Literal(prefix)})) }}")
    try:
        return [row[0] for row in select(query_endpoint, text, credentials=credentials)[1]]
    except QueryError as exc:
        raise PushError(f"cannot list the graphs to prune: {exc}") from None


def delete_graphs(endpoint: str, graphs: list[str], credentials: Credentials | None) -> None:
    """HTTP DELETE of each graph (Graph Store Protocol); one already gone (404) is no error."""
    for graph in graphs:
        request = urllib.request.Request(graph_url(endpoint, graph), method="DELETE")
        try:
            send(request, credentials, f"the removal of graph <{graph}>")
        except PushError as exc:
            if exc.status != 404:
                raise


def drop_by_update(endpoint: str, graphs: list[str], credentials: Credentials | None) -> None:
    """One SPARQL Update dropping every graph; each IRI written as an IRI term, never spliced as text."""
    try:
        update = " ;\n".join(f"DROP SILENT GRAPH {ox.NamedNode(graph)}" for graph in graphs)
    except ValueError as exc:
        raise PushError(f"the server holds a graph whose name is not an IRI ({exc})") from None
    request = urllib.request.Request(endpoint, data=update.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-update; charset=utf-8"})
    send(request, credentials, "the removal of stale graphs")
