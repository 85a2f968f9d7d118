"""The embedded SPARQL store: the resolved graph in an Oxigraph database, a backend folder of
the kg store (`STORE/backends/oxigraph`), written at build and opened read-only to query.

One named graph per document makes builds that change a few documents cheap: the new
generation's database starts as a checkpoint of the last one (hard links), and only the graphs
of the documents that changed, or whose entities resolution renamed, are written again."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from kg.graph import ResolvedGraph
from kg.rdf import Vocabulary, nquads_chunks
from kg.rdf.files import QuadWriter
from kg.store import Store
from kg.writers import Change, Output, WriteOptions

BACKEND = "oxigraph"
CHUNK = 8 * 2**20  # characters of N-Quads per bulk load: Oxigraph's loader holds them, sorted, until written
# chunks loaded at once: each of Oxigraph's loads of a small chunk runs on one core. One at a time: at 10,000
# documents a second loader cut the load by 8% of the build's time but added 40 MB at the build's peak (1,003
# against 963 MB), which sits here, and the peak is the tighter of the two limits (benchmarks/build.py)
LOADERS = 1


def load_nquads(output: Path, texts: Iterable[str]) -> int:
    """Load N-Quads text (whole lines) into the database at `output`, a chunk at a time by `LOADERS`
    threads at once (the loader lets go of Python's lock), so memory holds a chunk a thread, not the
    loader's million quads a thread; how many quads there were."""
    database = ox.Store(str(output))
    count = 0
    with ThreadPoolExecutor(LOADERS) as pool:
        loading: deque[Future[None]] = deque()
        for chunk in nquads_chunks(texts, CHUNK):
            if len(loading) == LOADERS:
                loading.popleft().result()
            loading.append(pool.submit(database.bulk_load, chunk.encode("utf-8"), ox.RdfFormat.N_QUADS))
            count += chunk.count("\n")
        for chunk_loaded in loading:
            chunk_loaded.result()
    database.flush()
    del database
    return count


def file_lines(path: Path) -> Iterator[str]:
    """The lines of a file, read and removed once read."""
    with path.open(encoding="utf-8", newline="\n") as fh:
        yield from fh
    path.unlink()


class OxigraphWriter(QuadWriter):
    """The graph's quads in a new database, written first as N-Quads to a file beside it, which
    `finalize_later`'s last step loads once the graph is gone; or, after `start_from`, a copy of
    the last database with the named graphs of the changed documents replaced and the resolution
    graph brought up to date."""

    def __init__(self, graph: ResolvedGraph, output: Output, options: WriteOptions) -> None:
        super().__init__(graph, output, options)
        assert isinstance(output, Path), "the Oxigraph backend writes a folder"
        self.database = output
        self.change: Change | None = None

    @classmethod
    def updates(cls, previous: Path) -> bool:
        return previous.exists()

    def start_from(self, previous: Path, change: Change) -> bool:
        # a checkpoint: the database files are hard links, so the copy costs little and the
        # last generation, which readers may hold open, is never written
        ox.Store.read_only(str(previous)).backup(str(self.database))
        self.change = change
        return True

    def finalize(self) -> int:
        return self.finalize_later()()

    def finalize_later(self) -> Callable[[], int]:
        if self.change is not None:
            count = self.update(self.change)
            return lambda: count
        nquads = self.database.with_name(f"{self.database.name}.nq")
        with nquads.open("w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(self.nquads())
        return partial(load_nquads, self.database, file_lines(nquads))

    def update(self, change: Change) -> int:
        """Replace the named graphs of the changed documents, and bring the resolution graph up to
        date for the people of the change: which mentions each merges, and their preferred names (the
        graph may be only the change's part, `kg.writers.Change`)."""
        database = ox.Store(str(self.database))
        vocab, documents = self.maker.vocab, change.documents
        for document_id in sorted(documents):
            if database.contains_named_graph(vocab.graph(document_id)):  # a new document has none: no scan for it
                database.remove_graph(vocab.graph(document_id))
        database.flush()
        del database
        # only the entities the changed documents name have facts in their graphs
        count = load_nquads(self.database, (text for entity in self.entities if entity[0] in change.entities
                                            for text in self.maker.entity_nquads(*entity, documents=documents)))
        # the resolution entries that may differ: the preferred names of the change's people, and which
        # person each of the change's mentions (new, gone or named otherwise now) is merged into
        database = ox.Store(str(self.database))
        graph, preferred, merged_from = vocab.resolution_graph, vocab.term("preferred_name"), vocab.term("merged_from")
        people = list(iris(vocab, change.entities))
        old = {quad for person in people for quad in database.quads_for_pattern(person, preferred, None, graph)}
        if change.mentions is None:  # every entry of the change's people
            old.update(quad for person in people for quad in database.quads_for_pattern(person, merged_from, None, graph))
        else:
            old.update(quad for mention in iris(vocab, change.mentions)
                       for quad in database.quads_for_pattern(None, merged_from, mention, graph))
        new = set(self.maker.resolution_quads(change.entities, change.mentions))
        for quad in old - new:
            database.remove(quad)
        database.extend(new - old)
        database.flush()
        del database
        return count + len(new ^ old)


def iris(vocab: Vocabulary, entities: Iterable[str]) -> Iterator[ox.NamedNode]:
    """The IRIs of the entities (a change's entities hold the values its statements point at: a value that
    makes no IRI names no entity)."""
    for entity in sorted(entities):
        try:
            yield vocab.entity(entity)
        except ValueError:
            continue


def open_rdf(store: Store) -> ox.Store:
    """The store's Oxigraph database, read-only."""
    return ox.Store.read_only(str(store.backend(BACKEND)))
