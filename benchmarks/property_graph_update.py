"""Benchmark: updating a copy of a store's LadybugDB database for a change of 1% of its documents,
step by step, against writing it whole.

On a built store (e.g. the one `benchmarks/build.py --workdir DIR` leaves in DIR/two), takes 1% of
its documents as changed (as if read again with the same text: the rows deleted are the rows
created again, so the database must end with the rows it had) and the entities their facts name,
either spread over the database (every hundredth document) or at its end (the last 1%, where new
documents go), and prints side by side the seconds of: copying the database file; making the
rows; each set-based Cypher step of `kg.pg.ladybug.Update` (faces, deletes of statements,
relationships and nodes, node rows set, statements and relationships created with
`UNWIND $rows ... CREATE`); the checkpoint and close; with buffer pools of 256 MB and 1 GB, and
with the creates as `COPY` of small Parquet files into the filled tables; and, with --whole,
writing the whole database from the graph as a full build does.

    python benchmarks/property_graph_update.py DIR/two --whole
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import ladybug

import kg.pg.ladybug
from kg.graph import ResolvedGraph
from kg.pg import STATEMENT, PgProperty
from kg.pg.ladybug import BACKEND, COPY_THREADS, LadybugWriter, RowFile, Update, _literal, run_cypher
from kg.store import Store
from kg.writers import Change, WriteOptions, give_graph

Timings = dict[str, float]


def changed_documents(store: Store, documents: list[str]) -> Change:
    """The documents as if read again, and every entity their statements name (canonical)."""
    canonical = store.resolution().canonical
    entities = {canonical.get(x, x) for d in documents for s in store.document_statements(d) for x in (s.entity, s.value)}
    return Change(frozenset(documents), frozenset(entities))


def timed(timings: Timings, name: str, step: Callable[[], object]) -> None:
    started = time.perf_counter()
    step()
    timings[name] = timings.get(name, 0.0) + time.perf_counter() - started


def plan(graph: ResolvedGraph, previous: Path, change: Change, folder: Path, timings: Timings) -> Update:
    """The update's rows, made as a build makes them; copying the database is timed."""
    writer = LadybugWriter(graph, folder / BACKEND, WriteOptions())
    timed(timings, "copy the database file", lambda: writer.start_from(previous, change))
    timed(timings, "make the rows (graph)", lambda: give_graph(graph, writer))
    return Update.of(writer, change)


def run(update: Update, database: Path, buffer_pool: int, *, copy: bool, timings: Timings) -> None:
    """The update's steps on `database`, each timed; creates as COPY of Parquet files if `copy`."""
    engine = ladybug.Database(str(database), buffer_pool_size=buffer_pool, max_num_threads=COPY_THREADS)
    connection = ladybug.Connection(engine)
    steps = dict(update.steps())
    if copy:
        steps["create statements"] = lambda c: None
        steps["create relationships"] = lambda c: copy_rows(update, database.parent, c)
    for name, step in steps.items():
        timed(timings, "COPY statements and relationships" if copy and name == "create relationships" else name,
              lambda step=step: step(connection))  # type: ignore[misc]
    timed(timings, "checkpoint and close", partial(checkpoint_and_close, engine, connection))


def checkpoint_and_close(engine: ladybug.Database, connection: ladybug.Connection) -> None:
    connection.execute("CHECKPOINT")
    connection.close()
    engine.close()


def copy_rows(update: Update, folder: Path, connection: ladybug.Connection) -> None:
    files = []
    statements = RowFile(folder / "statements.parquet", list(update.schema.labels[STATEMENT].properties))
    for row in update.nodes.get(STATEMENT, []):
        statements.add(row)
    statements.close()
    files.append((f"`{STATEMENT}`", statements.path, ""))
    for index, ((rel, source, target), rows) in enumerate(update.edges.items()):
        edges = RowFile(folder / f"edges-{index}.parquet",
                        [PgProperty("from"), PgProperty("to"), *update.schema.relationships[rel].properties])
        for row in rows:
            edges.add(row)
        edges.close()
        files.append((f"`{rel}`", edges.path, f" (from='{source}', to='{target}')"))
    for table, path, options in files:
        connection.execute(f"COPY {table} FROM {_literal(path)}{options}")
        path.unlink()


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
    kg.pg.ladybug.UPDATE_LIMIT = previous.stat().st_size  # the update measured whatever the database's size
    print(f"database {previous.stat().st_size / 1e6:.0f} MB; reading the graph", flush=True)
    ids = store.document_ids()
    # changes spread over the database (every hundredth document), or at its end (the last 1%, as new documents are)
    scenarios = {"spread": changed_documents(store, ids[::100]), "last 1%": changed_documents(store, ids[-len(ids) // 100:])}
    graph = store.graph()
    before = counts(previous)
    print(f"rows before {before}", flush=True)
    variants = {"UNWIND 256MB": (256, False), "UNWIND 1GB": (1024, False), "COPY 1GB": (1024, True)}
    results: dict[str, Timings] = {}
    for scenario, change in scenarios.items():
        print(f"{scenario}: {len(change.documents)} documents, {len(change.entities)} entities", flush=True)
        for variant, (megabytes, copy) in variants.items():
            label = f"{scenario}, {variant}"
            with tempfile.TemporaryDirectory(dir=args.store.parent) as folder:
                timings: Timings = {}
                update = plan(graph, previous, change, Path(folder), timings)
                database = Path(folder) / BACKEND
                try:
                    run(update, database, megabytes * 2**20, copy=copy, timings=timings)
                except RuntimeError as exc:  # the engine's buffer pool full, say
                    print(f"  {label}: failed: {' '.join(str(exc).split())[:200]}", flush=True)
                    continue
                after = counts(database)
                assert after == before, f"{label}: the rows differ after the update: {after} against {before}"
                results[label] = timings
            print(f"  {label}: {sum(timings.values()):.1f} s", flush=True)
    if args.whole:
        with tempfile.TemporaryDirectory(dir=args.store.parent) as folder:
            writer = LadybugWriter(graph, Path(folder) / BACKEND, WriteOptions())
            timings = {}
            timed(timings, "make the rows (graph)", lambda: give_graph(graph, writer))
            timed(timings, "COPY everything (whole)", writer.finalize_later())
            results["whole"] = timings
    names = list(dict.fromkeys(name for timings in results.values() for name in timings))
    print(f"\n{'step (seconds)':<34}" + "".join(f"{label:>22}" for label in results))
    for name in [*names, "total"]:
        cells = [sum(t.values()) if name == "total" else t.get(name) for t in results.values()]
        print(f"{name:<34}" + "".join(f"{c:>22.2f}" if c is not None else f"{'':>22}" for c in cells))


if __name__ == "__main__":
    main()
