"""Benchmark: the embedded LadybugDB store against networkx queried through grand-cypher, and a
push to a local Neo4j server, on one large synthetic graph shaped like a real build (the
documents, inspections, ratings and people in roles of benchmarks/rdf_store.py, with a
`Statement` node behind every fact).

It prints, side by side in one run: the load rate of LadybugDB and of the networkx graph, the
time (and rows) of every canned Cypher query in queries/ and of two plain pattern queries on
LadybugDB, Neo4j and grand-cypher, and the push rate to Neo4j. A query grand-cypher cannot
parse or answer in time is reported, not a crash. Not a timed test: run it by hand.

    pip install -e '.[bench]'
    python benchmarks/property_graph.py --relationships 1000000
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import ladybug
import neo4j
import networkx as nx
from rdf_store import SyntheticCorpus, timed  # the same synthetic corpus as the RDF benchmark

from kg.canned import CannedQuery, canned_queries, cypher_parameters, run_canned_neo4j
from kg.graph import ResolvedGraph, build_graph
from kg.pg import PropertyGraphWriter
from kg.pg.ladybug import LadybugWriter, run_cypher
from kg.pg.neo4j import Neo4jTarget, connect, push
from kg.testservers import ServerUnavailable, neo4j_server
from kg.writers import WriteOptions, write_graph

RELATIONSHIPS_PER_DOCUMENT_ESTIMATE = 58
# Plain patterns every engine parses (grand-cypher reads no quoted literal, parameter or function
# of the canned queries): what networkx matching costs on the same graph.
PATTERNS = {
    "pattern person-document": "MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document) RETURN p.caption, d.caption",
    "pattern person-area": "MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document)-[r:IN_AREA]->(a:Area) "
                           "RETURN p.caption, a.caption",
}


def synthetic_parameters(corpus: SyntheticCorpus) -> dict[str, str]:
    """Values for every parameter a canned query may need, from the synthetic pools."""
    person = corpus.person_name(corpus.people[0])
    return {"area": f"Area {corpus.areas[0][-4:]}", "inspector": person, "name": person, "from": person,
            "to": corpus.person_name(corpus.people[1]), "post": "inspector", "at": "2015-06"}


def load_ladybug(graph: ResolvedGraph, folder: Path) -> tuple[int, int]:
    """The graph written into a new LadybugDB database: how many nodes and relationships."""
    writer = LadybugWriter(graph, folder / "ladybug", WriteOptions())
    write_graph(graph, writer)
    return sum(map(len, writer.nodes.values())), sum(map(len, writer.edges.values()))


def networkx_graph(graph: ResolvedGraph) -> nx.MultiDiGraph:
    """The same rows as a networkx graph, labels and types as grand-cypher reads them."""
    rows = PropertyGraphWriter(graph, Path(), WriteOptions())
    write_graph(graph, rows)
    network = nx.MultiDiGraph()
    for label, nodes in rows.nodes.items():
        network.add_nodes_from((key, {"__labels__": {label}, **row}) for key, row in nodes.items())
    for (rel_type, _, _), edges in rows.edges.items():
        network.add_edges_from((row["from"], row["to"], {"__labels__": {rel_type}, **row}) for row in edges)
    return network


def _grand_cypher_child(network: nx.MultiDiGraph, text: str, answer: Any) -> None:
    from grandcypher import GrandCypher

    try:
        result = GrandCypher(network).run(text)
        answer.send(len(next(iter(result.values()), [])))
    except Exception as exc:  # grand-cypher's parser and matcher raise many kinds: report the kind
        answer.send(f"cannot run ({type(exc).__name__})")


def run_grand_cypher(network: nx.MultiDiGraph, text: str, timeout: float, memory_gb: float
                     ) -> tuple[float, int | str]:
    """Rows of a query on networkx, in a forked child stopped at `timeout` seconds or when it
    holds `memory_gb` more than it started with (grand-cypher's matches can fill the machine)."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_grand_cypher_child, args=(network, text, send))
    start = time.perf_counter()
    child.start()
    assert child.pid is not None
    baseline = _resident_gb(child.pid)
    stopped = ""
    while not receive.poll(1.0):
        if time.perf_counter() - start > timeout:
            stopped = f"timed out after {timeout:.0f} s"
        elif _resident_gb(child.pid) - baseline > memory_gb:
            stopped = f"stopped: over {memory_gb:.0f} GB more memory"
        if stopped:
            child.kill()
            child.join()
            return time.perf_counter() - start, stopped
    seconds = time.perf_counter() - start
    rows = receive.recv()
    child.join()
    return seconds, rows


def _resident_gb(pid: int) -> float:
    """The memory a process holds (its resident set) in GB; 0 once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    line = next((line for line in status.splitlines() if line.startswith("VmRSS:")), "VmRSS: 0 kB")
    return int(line.split()[1]) / 1e6


def queries(corpus: SyntheticCorpus) -> list[tuple[str, str, dict[str, str], CannedQuery | None]]:
    """(label, text, parameters, canned query) of every canned Cypher query and plain pattern."""
    values = synthetic_parameters(corpus)
    found: list[tuple[str, str, dict[str, str], CannedQuery | None]] = []
    for query in canned_queries("cypher").values():
        params = {name: values[name] for name, required in query.parameter_names().items() if required}
        found.append((query.name, query.text, params, query))
    found += [(label, text, {}, None) for label, text in PATTERNS.items()]
    return found


def time_ladybug(connection: ladybug.Connection, text: str, params: dict[str, str]) -> tuple[float, int]:
    return timed(lambda: len(run_cypher(connection, text, params)[1]))


def time_neo4j(driver: neo4j.Driver, text: str, params: dict[str, str], canned: CannedQuery | None
               ) -> tuple[float | None, int | str | None]:
    """Seconds and rows of a canned query (its Neo4j spelling) or a plain pattern on the server."""
    if canned is not None:
        return timed(lambda: len(run_canned_neo4j(driver, canned, params)[1]))
    return timed(lambda: len(driver.execute_query(text).records))


def cell(seconds: float | None, rows: int | str | None) -> str:
    if seconds is None:
        return f"{'-':>18}"
    shown = f"{rows:,}" if isinstance(rows, int) else "!"
    return f"{seconds:9.2f} {shown:>8}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--relationships", type=int, default=1_000_000, help="about how many relationships")
    parser.add_argument("--grand-cypher-timeout", type=float, default=120.0, help="seconds per networkx query")
    parser.add_argument("--grand-cypher-memory", type=float, default=4.0,
                        help="GB a networkx query may add before it is stopped")
    parser.add_argument("--skip-neo4j", action="store_true", help="no push to (nor queries on) Neo4j")
    parser.add_argument("--batch", type=int, default=5000, help="rows per Neo4j write transaction")
    args = parser.parse_args(argv)
    corpus = SyntheticCorpus(max(1, args.relationships // RELATIONSHIPS_PER_DOCUMENT_ESTIMATE))
    seconds, graph = timed(lambda: build_graph(corpus.statements(), corpus.resolution()))
    print(f"synthetic corpus: {corpus.documents:,} documents, {len(graph.statements):,} statements, "
          f"resolved graph built in {seconds:.1f} s")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        load, (nodes, relationships) = timed(lambda: load_ladybug(graph, Path(tmp)))
        nx_load, network = timed(lambda: networkx_graph(graph))
        print(f"property graph: {nodes:,} nodes, {relationships:,} relationships\n")
        print(f"{'':34} {'LadybugDB':>18} {'Neo4j':>18} {'grand-cypher':>18}")
        print(f"{'load (s)':34} {load:18.1f} {'(push below)':>18} {nx_load:18.1f}")
        print(f"{'load rate (relationships/s)':34} {relationships / load:18,.0f} {'':>18} "
              f"{relationships / nx_load:18,.0f}")
        connection = ladybug.Connection(ladybug.Database(str(Path(tmp) / "ladybug"), read_only=True))
        with ExitStack() as stack:
            target = None if args.skip_neo4j else start_neo4j(stack)
            driver = None
            if target is not None:
                driver = connect(target)
                push_seconds, report = timed(lambda: push(graph, driver, batch=args.batch))
                pushed = report.nodes_created + report.relationships_created
                print(f"{'Neo4j push (s)':34} {'':>18} {push_seconds:18.1f}")
                print(f"{'Neo4j push rate (rows/s)':34} {'':>18} {pushed / push_seconds:18,.0f}   "
                      f"({report.nodes_created:,} nodes, {report.relationships_created:,} relationships)")
            print(f"\n{'query (s, rows)':34} {'LadybugDB':>18} {'Neo4j':>18} {'grand-cypher':>18}")
            notes = []
            for label, text, params, canned in queries(corpus):
                driver_params = cypher_parameters(canned, params) if canned else {}
                lb = time_ladybug(connection, text, driver_params)
                neo = time_neo4j(driver, text, params, canned) if driver is not None else (None, None)
                gc = run_grand_cypher(network, text, args.grand_cypher_timeout, args.grand_cypher_memory)
                if isinstance(gc[1], str):
                    notes.append(f"{label}: grand-cypher {gc[1]}")
                print(f"{label:34} {cell(*lb)} {cell(*neo)} {cell(*gc)}")
            if driver is not None:
                driver.close()
        print("\n! " + "\n! ".join(notes) if notes else "")


def start_neo4j(stack: ExitStack) -> Neo4jTarget | None:
    """A local Neo4j server (kg.testservers) for the rest of the run, or None when it cannot start."""
    try:
        uri, (user, password) = stack.enter_context(neo4j_server())
    except ServerUnavailable as exc:
        print(f"no Neo4j: {exc.reason}")
        return None
    return Neo4jTarget(uri, user, password)


if __name__ == "__main__":
    main()
