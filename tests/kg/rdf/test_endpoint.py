"""`kg query NAME --endpoint URL` on real SPARQL servers after `kg push sparql`: the Oxigraph
server from PyPI and Apache Jena Fuseki (kg.testservers) give, for every canned query, the
rows of the embedded store."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app
from kg.store import Store
from tests.canned_cases import ONLY_CYPHER, canned_cases, comparable, row_diff, run
from tests.kg.rdf.test_push import Server, server  # noqa: F401  (the Oxigraph server fixture)
from tests.servers import fuseki_endpoint  # noqa: F401  (the session's Fuseki)

runner = CliRunner()


def endpoint_differences(store_path: Path, push_url: str, query_url: str) -> list[str]:
    """Push the store with the CLI, then run every canned SPARQL query there with the CLI."""
    pushed = runner.invoke(app, ["push", "sparql", "--endpoint", push_url, "--store", str(store_path)])
    assert pushed.exit_code == 0, pushed.output
    store = Store(store_path)
    differing = []
    for case in canned_cases(store):
        if case.name in ONLY_CYPHER:
            continue
        params = [arg for key, value in case.params.items() for arg in ("--param", f"{key}={value}")]
        result = runner.invoke(app, ["query", case.name, "--endpoint", query_url, "--format", "json", *params])
        assert result.exit_code == 0, f"{case.label}: {result.output}"
        columns, expected = run(store, case.name, case.params)
        found = [[record[c] for c in columns] for record in json.loads(result.output)]
        if comparable(found) != comparable(expected):
            differing.append(f"{case.label}: {query_url} against the embedded store\n{row_diff(found, expected)}")
    return differing


def test_every_canned_query_gives_the_embedded_rows_on_oxigraph_server(
        corpus_store: Path, server: Server) -> None:  # noqa: F811
    server.clear()
    differing = endpoint_differences(corpus_store, server.store, f"{server.url}/query")
    assert not differing, "\n\n".join(differing)


def test_every_canned_query_gives_the_embedded_rows_on_fuseki(corpus_store: Path,
                                                              fuseki_endpoint: str) -> None:  # noqa: F811
    differing = endpoint_differences(corpus_store, fuseki_endpoint, fuseki_endpoint)
    assert not differing, "\n\n".join(differing)
