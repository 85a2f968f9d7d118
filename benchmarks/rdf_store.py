"""Benchmark: the embedded Oxigraph store against rdflib's default in-memory store, on one
large synthetic graph shaped like a real build (documents, inspections, ratings, people in
roles, and a provenance node beside every fact).

It prints the load rate of each store from the same N-Quads file and the time of every
canned SPARQL query in queries/, side by side, with ratios. Not a timed test: run it by hand.

    python benchmarks/rdf_store.py --triples 1000000
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
import rdflib

from kg.canned import CannedQuery, canned_queries
from kg.graph import build_graph
from kg.rdf import quads
from kg.resolve import Resolution
from kg.statements import Statement

RELATIONS = ("lead_inspector", "inspection_team", "copy_to", "addressee", "board_member", "panel_chair")
RATINGS = ("Outstanding", "Good", "Requires improvement", "Inadequate")
QUADS_PER_DOCUMENT_ESTIMATE = 850


class SyntheticCorpus:
    """Statements for `documents` documents over shared pools of people, areas and organisations."""

    def __init__(self, documents: int, seed: int = 7) -> None:
        self.documents = documents
        self.random = random.Random(seed)
        self.people = [f"person-p{i:06d}" for i in range(max(50, documents * 2))]
        self.areas = [f"area-a{i:04d}" for i in range(150)]
        self.organisations = [f"org-o{i:05d}" for i in range(max(20, documents // 4))]

    def statements(self) -> Iterator[Statement]:
        for number in range(self.documents):
            yield from self.document(number)

    def document(self, number: int) -> Iterator[Statement]:
        doc_id = f"{number:024x}"
        name = f"synthetic_{number:06d}.txt"
        offset = iter(range(0, 10_000_000, 7))

        def fact(entity: str, schema: str, prop: str, value: str) -> Statement:
            start = next(offset)
            return Statement(entity, schema, prop, value, name, doc_id, start, start + 6, value[:6], "synthetic")

        area = self.random.choice(self.areas)
        inspection = f"inspection-i{number:06d}"
        yield fact(f"doc-{doc_id}", "Document", "file_name", name)
        yield fact(f"doc-{doc_id}", "Document", "family", "sqs_letter")
        yield fact(f"doc-{doc_id}", "Document", "area", area)
        yield fact(f"doc-{doc_id}", "Document", "published", f"{2010 + number % 14}-0{1 + number % 9}-15")
        yield fact(area, "Area", "name", f"Area {area[-4:]}")
        yield fact(inspection, "Inspection", "area", area)
        yield fact(inspection, "Inspection", "reported_in", f"doc-{doc_id}")
        for domain in range(3):
            rating = f"rating-r{number:06d}{domain}"
            yield fact(rating, "Rating", "inspection", inspection)
            yield fact(rating, "Rating", "scope", f"domain {domain + 1}")
            yield fact(rating, "Rating", "rating", self.random.choice(RATINGS))
        for index in range(9):
            involvement = f"involvement-v{number:06d}{index}"
            person = self.random.choice(self.people)
            organisation = self.random.choice(self.organisations)
            yield fact(person, "Person", "name", self.person_name(person))
            yield fact(organisation, "Organisation", "name", f"Organisation {organisation[-5:]}")
            yield fact(involvement, "Involvement", "person", person)
            yield fact(involvement, "Involvement", "relation", RELATIONS[index % len(RELATIONS)])
            yield fact(involvement, "Involvement", "role", "Inspector")
            yield fact(involvement, "Involvement", "organisation", organisation)
            yield fact(involvement, "Involvement", "document", f"doc-{doc_id}")

    @staticmethod
    def person_name(person: str) -> str:
        return f"Person {person[-6:]}"

    def resolution(self) -> Resolution:
        return Resolution({}, [])


Result = TypeVar("Result")


def timed(action: Callable[[], Result]) -> tuple[float, Result]:
    """How long an action took, in seconds, and what it gave."""
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def write_nquads(triples: int, folder: Path) -> tuple[Path, int]:
    corpus = SyntheticCorpus(max(1, triples // QUADS_PER_DOCUMENT_ESTIMATE))
    path = folder / "synthetic.nq"
    collected = list(quads(build_graph(corpus.statements(), corpus.resolution())))
    ox.serialize(collected, str(path), ox.RdfFormat.N_QUADS)
    return path, len(collected)


def load_oxigraph(path: Path, folder: Path) -> ox.Store:
    store = ox.Store(str(folder / "oxigraph"))
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    store.flush()
    return store


def load_rdflib(path: Path) -> rdflib.Dataset:
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(str(path), format="nquads")
    return dataset


def run_oxigraph(store: ox.Store, query: CannedQuery) -> int:
    return sum(1 for _ in store.query(query.text, use_default_graph_as_union=True))


def run_rdflib(dataset: rdflib.Dataset, query: CannedQuery) -> int | str:
    """Rows of the query on rdflib, or why rdflib could not answer it (its engine rejects some valid queries)."""
    try:
        return sum(1 for _ in dataset.query(query.text))
    except Exception as exc:  # rdflib's own bug, e.g. NotBoundError on an OPTIONAL BIND: report, go on
        return f"rdflib failed ({type(exc).__name__})"


def ratio(slow: float, fast: float) -> str:
    return f"{slow / fast:.1f}x" if fast > 0 else "-"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="about how many quads to generate")
    parser.add_argument("--skip-rdflib", action="store_true", help="measure the Oxigraph store only")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        folder = Path(tmp)
        seconds, (path, count) = timed(lambda: write_nquads(args.triples, folder))
        print(f"synthetic graph: {count:,} quads, {path.stat().st_size / 1e6:.0f} MB of N-Quads, "
              f"generated in {seconds:.1f} s")
        ox_load, store = timed(lambda: load_oxigraph(path, folder))
        rdflib_load, dataset = (None, None) if args.skip_rdflib else timed(lambda: load_rdflib(path))
        print(f"\n{'':28} {'oxigraph':>12} {'rdflib':>12} {'rdflib/ox':>10}")
        print(f"{'load rate (quads/s)':28} {count / ox_load:12,.0f} "
              f"{(count / rdflib_load if rdflib_load else 0):12,.0f} {ratio(rdflib_load or 0, ox_load):>10}")
        print(f"{'load (s)':28} {ox_load:12.2f} {(rdflib_load or 0):12.2f} {ratio(rdflib_load or 0, ox_load):>10}")
        for query in canned_queries("sparql").values():
            ox_seconds, ox_rows = timed(lambda q=query: run_oxigraph(store, q))  # type: ignore[misc]
            if dataset is None:
                rdf_seconds, rdf_rows = 0.0, "-"
            else:
                rdf_seconds, rdf_rows = timed(lambda q=query: run_rdflib(dataset, q))  # type: ignore[misc]
            print(f"{'query ' + query.name + ' (s)':28} {ox_seconds:12.2f} {rdf_seconds:12.2f} "
                  f"{ratio(rdf_seconds, ox_seconds):>10}   rows: {ox_rows} / {rdf_rows}")


if __name__ == "__main__":
    main()
