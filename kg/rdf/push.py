"""Push the built graph to any SPARQL 1.1 store, replacing rather than duplicating.

Two ways in, both graph by graph so that pushing again after re-reading a document replaces
that document's graph:

- `gsp` (the SPARQL 1.1 Graph Store Protocol): one HTTP PUT per graph to the store's
  graph-store URL (`ENDPOINT?graph=IRI`); PUT replaces the graph's contents.
- `update` (SPARQL 1.1 Update): per graph, `DROP SILENT GRAPH` then `INSERT DATA`, in one
  request to the update URL.

With `graph` set, the union of all graphs goes into that one graph instead. Bodies are
N-Triples, which every Turtle parser reads too, so they are sent as text/turtle (servers
that mis-read Turtle escapes read N-Triples correctly). The password for basic
authentication comes from an environment variable and never appears in messages.
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

METHODS = ("gsp", "update")
TIMEOUT_SECONDS = 120


class PushError(Exception):
    """The endpoint refused or could not be reached; the message says which graph and why."""


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
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


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
        detail = exc.read(300).decode("utf-8", "replace").strip().splitlines()
        reason = f"{exc.code} {exc.reason}" + (f": {detail[0]}" if detail else "")
        raise PushError(f"{safe_url(request.full_url)} refused {what} ({reason})") from None
    except (urllib.error.URLError, OSError) as exc:
        cause = getattr(exc, "reason", None) or exc
        raise PushError(f"cannot reach {safe_url(request.full_url)} ({cause})") from None


def put_graph(endpoint: str, graph: str, triples: list[ox.Triple], credentials: Credentials | None) -> None:
    request = urllib.request.Request(graph_url(endpoint, graph), data=ntriples(triples), method="PUT",
                                     headers={"Content-Type": "text/turtle; charset=utf-8"})
    send(request, credentials, f"graph <{graph}>")


def replace_by_update(endpoint: str, graph: str, triples: list[ox.Triple], credentials: Credentials | None) -> None:
    body = ntriples(triples).decode("utf-8")
    update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}"
    request = urllib.request.Request(endpoint, data=update.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-update; charset=utf-8"})
    send(request, credentials, f"the update of graph <{graph}>")


def push(quads: Iterable[ox.Quad], endpoint: str, *, method: str = "gsp", graph: str | None = None,
         credentials: Credentials | None = None) -> PushReport:
    """Load the quads into the SPARQL store at `endpoint`, replacing each graph pushed."""
    if method not in METHODS:
        raise PushError(f"unknown method {method!r}: choose {' or '.join(METHODS)}")
    if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
        raise PushError(f"{safe_url(endpoint)} is not an http(s) URL")
    replace = put_graph if method == "gsp" else replace_by_update
    grouped = graphs_of(quads, graph)
    for name, triples in grouped.items():
        replace(endpoint, name, triples, credentials)
    return PushReport(len(grouped), sum(len(t) for t in grouped.values()))
