"""`kg push sparql` against a real SPARQL server: the Oxigraph server from PyPI, started here
on a free 127.0.0.1 port, loaded by the push, queried back and stopped."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf import quads
from kg.rdf.push import PushError, push
from kg.store import Store
from tests.kg.test_build import documents  # noqa: F401 (a fixture: a copy of the corpus)
from tests.servers import fuseki_endpoint  # noqa: F401 (the session's Fuseki)

runner = CliRunner()
START_TIMEOUT_SECONDS = 20


def oxigraph_binary() -> str | None:
    beside_python = Path(sys.executable).with_name("oxigraph")
    return str(beside_python) if beside_python.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Server:
    url: str

    @property
    def store(self) -> str:
        return f"{self.url}/store"

    @property
    def update(self) -> str:
        return f"{self.url}/update"

    def select(self, query: str) -> list[dict[str, str]]:
        request = urllib.request.Request(f"{self.url}/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            bindings = json.load(response)["results"]["bindings"]
        return [{k: v["value"] for k, v in row.items()} for row in bindings]

    def count(self, where: str = "GRAPH ?g { ?s ?p ?o }") -> int:
        return int(self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0]["n"])

    def clear(self) -> None:
        request = urllib.request.Request(self.update, data=b"CLEAR ALL", method="POST",
                                         headers={"Content-Type": "application/sparql-update"})
        urllib.request.urlopen(request, timeout=30).read()


def wait_until_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the oxigraph server exited with {process.returncode}: "
                        f"{process.stderr.read().decode() if process.stderr else ''}")
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"the oxigraph server did not answer within {START_TIMEOUT_SECONDS} s")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the `oxigraph` server binary is not installed (pip install oxigraph, the test extra)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_up(f"http://127.0.0.1:{port}", process)
        yield Server(f"http://127.0.0.1:{port}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def local_count(store: Path) -> tuple[int, int]:
    every = set(quads(Store(store).graph()))
    return len(every), len({q.graph_name for q in every})


def test_push_loads_every_graph_and_a_second_push_replaces_it(server: Server, corpus_store: Path) -> None:
    server.clear()
    quads, graphs = local_count(corpus_store)
    result = runner.invoke(app, ["push", "sparql", "--endpoint", server.store, "--store", str(corpus_store)])
    assert result.exit_code == 0, result.output
    assert f"pushed {quads} triples in {graphs} graphs" in result.output
    assert server.count() == quads
    assert int(server.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"]) == graphs
    again = runner.invoke(app, ["push", "sparql", "--endpoint", server.store, "--store", str(corpus_store)])
    assert again.exit_code == 0, again.output
    assert server.count() == quads, "pushing again replaces the graphs rather than duplicating them"


def test_the_pushed_graph_answers_the_provenance_query(server: Server, corpus_store: Path) -> None:
    from kg.canned import get_query

    server.clear()
    push(quads(Store(corpus_store).graph()), server.store)
    rows = server.select(get_query("provenance").text)
    assert len(rows) == sum(1 for _ in Store(corpus_store).statements())
    assert all(row["quote"] and row["document"] for row in rows)


def test_push_by_sparql_update_replaces_too(server: Server, corpus_store: Path) -> None:
    server.clear()
    expected, _ = local_count(corpus_store)
    for _ in range(2):
        push(quads(Store(corpus_store).graph()), server.update, method="update")
    assert server.count() == expected


def test_push_into_one_graph(server: Server, corpus_store: Path) -> None:
    server.clear()
    report = push(quads(Store(corpus_store).graph()), server.store, graph="https://example.org/kg")
    assert report.graphs == 1
    assert server.count("GRAPH <https://example.org/kg> { ?s ?p ?o }") == report.triples


def test_a_refused_push_is_one_line_without_the_password(server: Server, corpus_store: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_TEST_PASSWORD", "s3cret-value")
    result = runner.invoke(app, ["push", "sparql", "--endpoint", f"{server.url}/no-such-path",
                                 "--store", str(corpus_store), "--user", "me", "--password-env", "KG_TEST_PASSWORD"])
    assert result.exit_code == 2
    assert "refused" in result.output and "s3cret-value" not in result.output
    assert "Traceback" not in result.output


def test_a_missing_password_variable_is_named(corpus_store: Path) -> None:
    result = runner.invoke(app, ["push", "sparql", "--endpoint", "http://127.0.0.1:9/store", "--store",
                                 str(corpus_store), "--user", "me", "--password-env", "KG_TEST_UNSET_VARIABLE"])
    assert result.exit_code == 2
    assert "KG_TEST_UNSET_VARIABLE is not set" in result.output


def test_an_unreachable_endpoint_is_a_push_error(corpus_store: Path) -> None:
    with pytest.raises(PushError, match="cannot reach http://127.0.0.1:9/store"):
        push(quads(Store(corpus_store).graph()), f"http://user:pw@127.0.0.1:{9}/store")


@pytest.mark.parametrize("graph", ["https://example.org/a> } ; DROP ALL ; INSERT DATA { GRAPH <https://example.org/b",
                                   "not an iri", "https://example.org/a b"])
def test_push_graph_is_validated_not_spliced(graph: str) -> None:
    result = runner.invoke(app, ["push", "sparql", "--endpoint", "http://127.0.0.1:9/update", "--method", "update",
                                 "--graph", graph, "--store", "no-store-needed"])
    assert result.exit_code == 2
    assert "is not an absolute IRI" in result.output or "is not an IRI" in result.output
    assert "cannot reach" not in result.output  # refused before anything is sent


def test_push_endpoint_with_a_port_that_is_not_a_number_is_one_line() -> None:
    result = runner.invoke(app, ["push", "sparql", "--endpoint", "http://127.0.0.1:abc/store", "--store", "x"])
    assert result.exit_code == 2
    assert "the port 'abc' is not a number" in result.output and "Traceback" not in result.output
    query = runner.invoke(app, ["query", "person-roles", "--endpoint", "http://127.0.0.1:abc/query"])
    assert query.exit_code == 2 and "is not a number" in query.output


@pytest.mark.parametrize("status", [401, 403])
def test_a_refused_login_prints_no_response_body(status: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that echoes the Authorization header in its 401 body: only the status and reason are shown."""
    import base64
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Echo(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = f"denied for {self.headers.get('Authorization')}\n".encode()
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("KG_TEST_PASSWORD", "s3cret-value")
    try:
        result = runner.invoke(app, ["query", "person-roles", "--endpoint",
                                     f"http://127.0.0.1:{server.server_address[1]}/query",
                                     "--user", "me", "--password-env", "KG_TEST_PASSWORD"])
    finally:
        server.shutdown()
    token = base64.b64encode(b"me:s3cret-value").decode()
    assert result.exit_code == 2
    assert f"({status} " in result.output
    assert token not in result.output and "denied for" not in result.output


def test_push_without_contacts_sends_no_email_or_phone(server: Server, corpus_store: Path) -> None:
    contact = "GRAPH ?g { { ?s <http://xmlns.com/foaf/0.1/mbox> ?o } UNION { ?s <http://xmlns.com/foaf/0.1/phone> ?o } }"
    server.clear()
    assert runner.invoke(app, ["push", "sparql", "--endpoint", server.store, "--store", str(corpus_store)]
                         ).exit_code == 0
    assert server.count(contact) > 0, "the corpus names officials' contact details"
    server.clear()
    result = runner.invoke(app, ["push", "sparql", "--endpoint", server.store, "--store", str(corpus_store),
                                 "--no-contacts"])
    assert result.exit_code == 0, result.output
    assert server.count(contact) == 0 and server.count() > 0


THEIRS = "https://example.org/theirs"  # a graph on the server that kg did not push: pruning never touches it


def update(url: str, text: str) -> None:
    request = urllib.request.Request(url, data=text.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(request, timeout=30).read()


def held_graphs(query_url: str) -> tuple[set[str], int]:
    """The named graphs the server holds and its number of quads."""
    from kg.rdf.endpoint import select

    graphs = {row[0] for row in select(query_url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")[1]}
    quads_held = int(select(query_url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[1][0][0])
    return graphs, quads_held


def assert_pruned_pushes_leave_the_stores_graphs(folder: Path, tmp_path: Path, push_to: list[str],
                                                 query_url: str, update_url: str) -> None:
    """Push with --prune; remove one document (`kg remove`) and change another (`kg build`); push again:
    the server holds exactly the store's graphs, and the graph that is not kg's."""
    from kg.build import build

    store = tmp_path / "store"
    assert not build([folder], store, workers=1).errors
    update(update_url, f'CLEAR ALL ; INSERT DATA {{ GRAPH <{THEIRS}> {{ <{THEIRS}#a> <{THEIRS}#b> "kept" }} }}')

    def push_pruning() -> str:
        result = runner.invoke(app, ["push", "sparql", *push_to, "--store", str(store), "--prune",
                                     "--query-endpoint", query_url])
        assert result.exit_code == 0, result.output
        return result.output

    assert "removed 0 graphs" in push_pruning()
    files = sorted(folder.rglob("*.txt"))
    removed = runner.invoke(app, ["remove", files[0].name, "--store", str(store)])
    assert removed.exit_code == 0, removed.output
    files[0].unlink()
    files[1].write_text(files[1].read_text(encoding="utf-8") + "\nCopy to: Dr Quentin Marlowe, Chair of the Board\n",
                        encoding="utf-8")
    assert build([folder], store, workers=1).read == 1
    assert "removed 2 graphs the store no longer holds" in push_pruning()
    every = set(quads(Store(store).graph()))
    graphs, quads_held = held_graphs(query_url)
    assert graphs == {q.graph_name.value for q in every} | {THEIRS}  # type: ignore[union-attr]
    assert quads_held == len(every) + 1


def test_push_with_prune_removes_the_graphs_of_removed_and_changed_documents(
        server: Server, documents: Path, tmp_path: Path) -> None:  # noqa: F811 (the fixture)
    assert_pruned_pushes_leave_the_stores_graphs(documents, tmp_path, ["--endpoint", server.store],
                                                 f"{server.url}/query", server.update)


def test_push_by_update_with_prune_on_fuseki(fuseki_endpoint: str, documents: Path,  # noqa: F811
                                            tmp_path: Path) -> None:
    assert_pruned_pushes_leave_the_stores_graphs(documents, tmp_path, ["--endpoint", fuseki_endpoint, "--method",
                                                                       "update"], fuseki_endpoint, fuseki_endpoint)


def test_prune_without_a_query_url_is_refused_before_anything_is_sent() -> None:
    result = runner.invoke(app, ["push", "sparql", "--endpoint", "http://127.0.0.1:9/store", "--prune",
                                 "--store", "no-store-needed"])
    assert result.exit_code == 2
    assert "--prune needs --query-endpoint" in result.output and "cannot reach" not in result.output
