"""The test servers of kg.testservers start for real and answer their clients."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
import uuid

import pytest
from neo4j import GraphDatabase

from kg.testservers import ServerUnavailable, fuseki_server
from tests.servers import fuseki_endpoint, neo4j_uri  # noqa: F401 (fixtures)


def test_neo4j_counts_back_the_node_it_created(neo4j_uri: tuple[str, tuple[str, str]]) -> None:  # noqa: F811
    uri, auth = neo4j_uri
    assert uri.startswith("bolt://127.0.0.1:")
    name = uuid.uuid4().hex
    with GraphDatabase.driver(uri, auth=auth) as driver:
        driver.execute_query("CREATE (:Probe {name: $name})", name=name)
        records, _, _ = driver.execute_query("MATCH (p:Probe {name: $name}) RETURN count(p) AS n", name=name)
    assert records[0]["n"] == 1


def test_fuseki_selects_the_triple_it_was_sent(fuseki_endpoint: str) -> None:  # noqa: F811
    assert fuseki_endpoint.startswith("http://127.0.0.1:")
    subject = f"urn:kg:test:{uuid.uuid4().hex}"
    update = f'INSERT DATA {{ <{subject}> <urn:kg:test:label> "probe" }}'
    request = urllib.request.Request(fuseki_endpoint, data=update.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status in (200, 204)
    query = f"SELECT ?label WHERE {{ <{subject}> <urn:kg:test:label> ?label }}"
    request = urllib.request.Request(fuseki_endpoint, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        rows = json.load(response)["results"]["bindings"]
    assert [row["label"]["value"] for row in rows] == ["probe"]


def test_without_maven_a_server_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(ServerUnavailable, match="mvn"), fuseki_server():
        pass
