"""Benchmark: every canned query on one built store, in SPARQL (Oxigraph) and Cypher (LadybugDB),
side by side with their ratio.

Each query runs once without its optional parameters (the required ones filled from the graph)
and once per optional parameter. Every run is a child process with a time limit, so a query over
the limit is printed as "> N s" and the run goes on; a child that dies (an engine's crash) is
printed as such. Not a timed test: run it by hand, on a store built from `kg synth`.

    kg synth --documents 1000 --out /tmp/syn1k && kg build /tmp/syn1k/documents --store /tmp/store1k
    python benchmarks/canned_queries.py /tmp/store1k --limit 60
"""

from __future__ import annotations

import argparse
import math
import time
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.connection import Connection
from pathlib import Path

from kg.canned import canned_queries, run_canned
from kg.store import Store

LIMIT = 60.0  # seconds a query may take before it is stopped
OVER, CRASHED = math.inf, math.nan


@dataclass(frozen=True)
class Timing:
    seconds: float  # OVER past the limit, CRASHED if the child died
    rows: int = 0

    def text(self, limit: float) -> str:
        if self.seconds == OVER:
            return f"> {limit:g} s"
        if math.isnan(self.seconds):
            return "crashed"
        return f"{self.seconds:.3f}"


def parameter_values(store: Store) -> dict[str, str]:
    """A value for every parameter a canned query takes, taken from the graph: the first document's
    area, the first person of person-roles, the first lead inspector, a metric, a theme, a post."""
    sparql = canned_queries("sparql")
    area = str(store.manifest()["documents"][0]["name"]).rsplit("_", 2)[1].title()
    person = run_canned(store, sparql["person-roles"], {})[1][0][1]
    inspector = run_canned(store, sparql["lead-inspectors"], {})[1][0][0]
    themes = run_canned(store, sparql["recurring-themes"], {})[1]
    return {"area": area, "name": person, "inspector": inspector, "post": "lead inspector", "at": "2020",
            "metric": "reoffending_rate", "theme": themes[0][0] if themes else "education", "from": person,
            "to": inspector}


def cases(values: dict[str, str]) -> list[tuple[str, dict[str, str]]]:
    """Each query with its required parameters, then once more with each optional one as well."""
    found = []
    for name, query in sorted(canned_queries("cypher").items()):
        declared = query.parameter_names()
        required = {k: values[k] for k, needed in declared.items() if needed}
        found.append((name, required))
        found += [(name, {**required, k: values[k]}) for k, needed in declared.items()
                  if not needed and k in values and k not in ("subject", "predicate")]  # ids differ by engine
    return found


def child(store_path: str, engine: str, name: str, params: dict[str, str], answer: Connection) -> None:
    store = Store(Path(store_path))
    query = canned_queries(engine)[name]
    started = time.monotonic()
    rows = run_canned(store, query, params)[1]
    answer.send((time.monotonic() - started, len(rows)))


def timed(store: Path, engine: str, name: str, params: dict[str, str], limit: float) -> Timing:
    """One canned query in a child process, stopped at the time limit."""
    context = get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=child, args=(str(store), engine, name, params, send))
    process.start()
    send.close()
    try:
        if receive.poll(limit + 5):  # the child's own start-up is not the query's
            seconds, rows = receive.recv()
            return Timing(seconds, rows) if seconds <= limit else Timing(OVER)
        return Timing(CRASHED) if not process.is_alive() else Timing(OVER)
    except EOFError:
        return Timing(CRASHED)
    finally:
        if process.is_alive():
            process.kill()
        process.join()


def label(name: str, params: dict[str, str]) -> str:
    return name + "".join(f" {k}={v}" for k, v in sorted(params.items()))


def ratio(sparql: Timing, cypher: Timing) -> str:
    if math.isfinite(sparql.seconds) and math.isfinite(cypher.seconds) and cypher.seconds > 0:
        return f"{sparql.seconds / cypher.seconds:.1f}x"
    return ""


def report(store_path: Path, limit: float, only: list[str]) -> None:
    store = Store(store_path)
    counts = store.manifest()["counts"]
    print(f"{store_path}: {counts['documents']} documents, {counts['statements']} statements; limit {limit:g} s")
    sparql = canned_queries("sparql")
    print(f"{'canned query':<60} {'sparql s':>10} {'cypher s':>10} {'ratio':>7} {'rows':>14}")
    for name, params in cases(parameter_values(store)):
        if only and name not in only:
            continue
        s = timed(store_path, "sparql", name, params, limit) if name in sparql else None
        c = timed(store_path, "cypher", name, params, limit)
        rows = f"{s.rows}/{c.rows}" if s else str(c.rows)
        print(f"{label(name, params)[:60]:<60} {s.text(limit) if s else '-':>10} {c.text(limit):>10} "
              f"{ratio(s, c) if s else '':>7} {rows:>14}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path, help="a built store (kg build ... --store STORE)")
    parser.add_argument("--limit", type=float, default=LIMIT, help="seconds a query may take (default: 60)")
    parser.add_argument("--only", nargs="*", default=[], help="only these canned queries")
    args = parser.parse_args()
    report(args.store, args.limit, args.only)


if __name__ == "__main__":
    main()
