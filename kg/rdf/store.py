"""The embedded SPARQL store: the resolved graph in an Oxigraph database, a backend folder of
the kg store (`STORE/backends/oxigraph`), written at build and opened read-only to query."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.rdf.files import QuadWriter, counted
from kg.store import Store
from kg.writers import Output

BACKEND = "oxigraph"


def bulk_load(quads: Iterable[ox.Quad], output: Output) -> int:
    """Stream the quads into a new database with Oxigraph's bulk loader, which writes them in
    batches of its own: memory holds a batch, not the graph."""
    assert isinstance(output, Path), "the Oxigraph backend writes a folder"
    database = ox.Store(str(output))
    count = [0]
    database.bulk_extend(counted(quads, count))
    database.flush()
    del database
    return count[0]


class OxigraphWriter(QuadWriter):
    serialise = staticmethod(bulk_load)



def open_rdf(store: Store) -> ox.Store:
    """The store's Oxigraph database, read-only."""
    return ox.Store.read_only(str(store.backend(BACKEND)))
