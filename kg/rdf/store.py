"""The embedded SPARQL store: the resolved graph in an Oxigraph database, a backend folder of
the kg store (`STORE/backends/oxigraph`), written at build and opened read-only to query."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.rdf.files import QuadWriter
from kg.store import Store
from kg.writers import Output

BACKEND = "oxigraph"


def bulk_load(quads: list[ox.Quad], output: Output) -> None:
    assert isinstance(output, Path), "the Oxigraph backend writes a folder"
    database = ox.Store(str(output))
    database.bulk_extend(quads)
    database.flush()
    del database


class OxigraphWriter(QuadWriter):
    serialise = staticmethod(bulk_load)



def open_rdf(store: Store) -> ox.Store:
    """The store's Oxigraph database, read-only."""
    return ox.Store.read_only(str(store.backend(BACKEND)))
