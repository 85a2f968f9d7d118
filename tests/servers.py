"""Session-scoped fixtures for real Neo4j and Fuseki servers on 127.0.0.1 (see kg.testservers).

Import the fixtures into a test module (or a conftest) to use them. Where a server cannot be had
(no JDK 17+, no Maven, no build), its tests skip with the reason; with KG_REQUIRE_NEO4J (or
KG_REQUIRE_FUSEKI) set they fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import NoReturn

import pytest

from kg.testservers import ServerUnavailable, fuseki_server, neo4j_server


def _unavailable(error: ServerUnavailable, variable: str) -> NoReturn:
    if os.environ.get(variable):
        pytest.fail(f"{variable} is set but the server is unavailable: {error.reason}")
    pytest.skip(error.reason)


@pytest.fixture(scope="session")
def neo4j_uri() -> Iterator[tuple[str, tuple[str, str]]]:
    """The Bolt URI of a Neo4j server and its (user, password)."""
    try:
        with neo4j_server() as server:
            yield server
    except ServerUnavailable as error:
        _unavailable(error, "KG_REQUIRE_NEO4J")


@pytest.fixture(scope="session")
def fuseki_endpoint() -> Iterator[str]:
    """The URL of a Fuseki dataset open to SPARQL queries and updates."""
    try:
        with fuseki_server() as url:
            yield url
    except ServerUnavailable as error:
        _unavailable(error, "KG_REQUIRE_FUSEKI")
