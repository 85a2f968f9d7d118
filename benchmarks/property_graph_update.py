"""Benchmark: updating a copy of a store's LadybugDB database for a change of 1% of its documents,
step by step, against writing it whole.

On a built store (e.g. the one `benchmarks/build.py --workdir DIR` leaves in DIR/two, or one
`kg build` made of `kg synth --documents 10000`), takes 1% of its documents as changed (as if
read again with the same text: the rows compared are the rows the database holds, so the
database must end with the rows it had) and the entities their facts name, either spread over
the database (every hundredth document) or at its end (the last 1%, where new documents go),
and prints side by side the wall and CPU seconds of: copying the database file; making the
rows; each step of `kg.pg.ladybug.Update` (reading back and comparing the rows the change
owns, in the last database; then faces, deletes, columns set and creates, in one transaction); the
commit; the checkpoint and close; with the writes' buffer pool (`BUFFER_POOL`) and 1 GB;
and, with --whole, writing the whole database from the graph as a full build does.

    python benchmarks/property_graph_update.py DIR/two --whole
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import ladybug

from kg.graph import ResolvedGraph
from kg.pg.ladybug import BACKEND, BUFFER_POOL, COPY_THREADS, LadybugWriter, Update, Writes, run_cypher
from kg.store import Store
from kg.writers import Change, WriteOptions, give_graph

Timings = dict[str, tuple[float, float]]  # wall and CPU seconds


def changed_documents(store: Store, documents: list[str]) -> Change:
    """The documents as if read again, and every entity their statements name (canonical)."""
    canonical = store.resolution().canonical
    entities = {canonical.get(x, x) for d in documents for s in store.document_statements(d) for x in (s.entity, s.value)}
    return Change(frozenset(documents), frozenset(entities))


def timed(timings: Timings, name: str, step: Callable[[], object]) -> None:
    started, cpu = time.perf_counter(), cpu_seconds()
    step()
    wall, used = timings.get(name, (0.0, 0.0))
    timings[name] = (wall + time.perf_counter() - started, used + cpu_seconds() - cpu)


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def plan(graph: ResolvedGraph, previous: Path, change: Change, folder: Path, timings: Timings) -> Update:
    """The update's rows, made as a build makes them; copying the database is timed."""
    writer = LadybugWriter(graph, folder / BACKEND, WriteOptions())
    timed(timings, "copy the database file", lambda: writer.start_from(previous, change))
    timed(timings, "make the rows (graph)", lambda: give_graph(graph, writer))
    return Update.of(writer, change)


def run(update: Update, database: Path, buffer_pool: int, *, timings: Timings) -> None:
    """What differs, read from the last database; then the writes on `database` in one transaction,
    each timed, then the commit and checkpoint."""
    found: list[Writes] = []
    timed(timings, "read back and compare", lambda: found.append(update.differences()))
    engine = ladybug.Database(str(database), buffer_pool_size=buffer_pool, max_num_threads=COPY_THREADS)
    connection = ladybug.Connection(engine)
    connection.execute("BEGIN TRANSACTION")
    for name, step in update.steps(found[0]):
        timed(timings, name, lambda step=step: step(connection))  # type: ignore[misc]
    timed(timings, "commit", lambda: connection.execute("COMMIT"))
    timed(timings, "checkpoint and close", partial(checkpoint_and_close, engine, connection))


def checkpoint_and_close(engine: ladybug.Database, connection: ladybug.Connection) -> None:
    connection.execute("CHECKPOINT")
    connection.close()
    engine.close()


def counts(database: Path) -> dict[str, int]:
    engine = ladybug.Database(str(database), read_only=True)
    connection = ladybug.Connection(engine)
    found = {}
    for table in ("Statement", "Person", "Document"):
        found[table] = int(run_cypher(connection, f"MATCH (n:`{table}`) RETURN count(*)")[1][0][0])
    found["relationships"] = int(run_cypher(connection, "MATCH ()-[r]->() RETURN count(*)")[1][0][0])
    connection.close()
    engine.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path, help="a built kg store")
    parser.add_argument("--whole", action="store_true", help="also write the whole database from the graph")
    args = parser.parse_args()
    store = Store(args.store)
    previous = store.backend(BACKEND)
    print(f"database {previous.stat().st_size / 1e6:.0f} MB; reading the graph", flush=True)
    ids = store.document_ids()
    # changes spread over the database (every hundredth document), or at its end (the last 1%, as new documents are)
    scenarios = {"spread": changed_documents(store, ids[::100]), "last 1%": changed_documents(store, ids[-len(ids) // 100:])}
    graph = store.graph()
    before = counts(previous)
    print(f"rows before {before}", flush=True)
    variants = {f"pool {BUFFER_POOL // 2**20} MB": BUFFER_POOL, "pool 1 GB": 2**30}
    results: dict[str, Timings] = {}
    for scenario, change in scenarios.items():
        print(f"{scenario}: {len(change.documents)} documents, {len(change.entities)} entities", flush=True)
        for variant, size in variants.items():
            label = f"{scenario}, {variant}"
            with tempfile.TemporaryDirectory(dir=args.store.parent) as folder:
                timings: Timings = {}
                update = plan(graph, previous, change, Path(folder), timings)
                database = Path(folder) / BACKEND
                try:
                    run(update, database, size, timings=timings)
                except RuntimeError as exc:  # the engine's buffer pool full, say
                    print(f"  {label}: failed: {' '.join(str(exc).split())[:200]}", flush=True)
                    continue
                after = counts(database)
                assert after == before, f"{label}: the rows differ after the update: {after} against {before}"
                results[label] = timings
            print(f"  {label}: {sum(w for w, _ in timings.values()):.1f} s", flush=True)
    if args.whole:
        with tempfile.TemporaryDirectory(dir=args.store.parent) as folder:
            writer = LadybugWriter(graph, Path(folder) / BACKEND, WriteOptions())
            timings = {}
            timed(timings, "make the rows (graph)", lambda: give_graph(graph, writer))
            timed(timings, "COPY everything (whole)", writer.finalize_later())
            results["whole"] = timings
    names = list(dict.fromkeys(name for timings in results.values() for name in timings))
    print(f"\n{'step (wall / CPU seconds)':<34}" + "".join(f"{label:>24}" for label in results))
    for name in [*names, "total"]:
        cells = [(sum(w for w, _ in t.values()), sum(c for _, c in t.values())) if name == "total" else t.get(name)
                 for t in results.values()]
        print(f"{name:<34}" + "".join(f"{c[0]:>15.2f} / {c[1]:>5.2f}" if c is not None else f"{'':>24}"
                                      for c in cells))


if __name__ == "__main__":
    main()
