"""The embedded SPARQL store: the resolved graph in an Oxigraph database, a backend folder of
the kg store (`STORE/backends/oxigraph`), written at build and opened read-only to query.

One named graph per document makes builds that change a few documents cheap: the new
generation's database starts as a checkpoint of the last one (hard links), and only the graphs
of the documents that changed, or whose entities resolution renamed, are written again."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from kg.graph import ResolvedGraph
from kg.rdf.files import QuadWriter
from kg.store import Store
from kg.writers import Change, Output, WriteOptions

BACKEND = "oxigraph"
BATCH = 200_000  # quads per bulk load


def bulk_load(quads: Iterable[ox.Quad], output: Output) -> int:
    """Stream the quads into a new database."""
    assert isinstance(output, Path), "the Oxigraph backend writes a folder"
    database = ox.Store(str(output))
    count = load_in_batches(database, quads)
    database.flush()
    del database
    return count


def load_in_batches(database: ox.Store, quads: Iterable[ox.Quad]) -> int:
    """Give Oxigraph's bulk loader the quads a batch at a time, as they are made; how many there were.
    Given a stream whole, the loader holds a million quads per thread (1.7 GB for 10,000 documents);
    in batches, memory holds one batch, for a few more files in the database."""
    count = 0
    stream = iter(quads)
    while batch := list(islice(stream, BATCH)):
        database.bulk_extend(batch)
        count += len(batch)
    return count


class OxigraphWriter(QuadWriter):
    """The graph's quads in a new database; or, after `start_from`, a copy of the last one with
    the named graphs of the changed documents replaced and the resolution graph brought up to date."""

    serialise = staticmethod(bulk_load)

    def __init__(self, graph: ResolvedGraph, output: Output, options: WriteOptions) -> None:
        super().__init__(graph, output, options)
        self.change: Change | None = None

    def start_from(self, previous: Path, change: Change) -> bool:
        assert isinstance(self.output, Path), "the Oxigraph backend writes a folder"
        # a checkpoint: the database files are hard links, so the copy costs little and the
        # last generation, which readers may hold open, is never written
        ox.Store.read_only(str(previous)).backup(str(self.output))
        self.change = change
        return True

    def finalize(self) -> int:
        if self.change is None:
            return super().finalize()
        assert isinstance(self.output, Path)
        database = ox.Store(str(self.output))
        vocab, documents = self.maker.vocab, self.change.documents
        for document_id in sorted(documents):
            database.remove_graph(vocab.graph(document_id))
        # only the entities the changed documents name have facts in their graphs
        count = load_in_batches(database, (quad for entity in self.entities if entity[0] in self.change.entities
                                           for quad in self.maker.entity_quads(*entity, documents=documents)))
        old = set(database.quads_for_pattern(None, None, None, vocab.resolution_graph))
        new = set(self.maker.resolution_quads())
        for quad in old - new:
            database.remove(quad)
        database.extend(new - old)
        database.flush()
        del database
        return count + len(new ^ old)



def open_rdf(store: Store) -> ox.Store:
    """The store's Oxigraph database, read-only."""
    return ox.Store.read_only(str(store.backend(BACKEND)))
