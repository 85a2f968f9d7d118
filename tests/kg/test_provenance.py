"""Every statement's quote is the document text at its offsets; building twice gives the same graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.build import build
from kg.loaders import load_document
from kg.loaders.readers import read_document
from kg.rdf.store import open_rdf
from kg.store import Store


def corpus_files(corpus_dir: Path) -> list[Path]:
    return sorted(p for p in corpus_dir.rglob("*.txt"))


def test_every_quote_equals_the_text_at_its_offsets(corpus_dir: Path) -> None:
    bad = []
    for path in corpus_files(corpus_dir):
        text = path.read_text(encoding="utf-8")
        for s in load_document(read_document(path)).statements:
            if text[s.start:s.end] != s.quote or not s.quote:
                bad.append((path.name, s.prop, s.start, s.end, s.quote[:40]))
    assert not bad, "quotes that differ from the document text:\n" + "\n".join(map(str, bad[:20]))


def test_statements_are_identical_when_a_document_is_read_twice(corpus_dir: Path) -> None:
    for path in corpus_files(corpus_dir):
        first = load_document(read_document(path)).statements
        second = load_document(read_document(path)).statements
        assert [s.id for s in first] == [s.id for s in second], path.name


def _dataset(store: Path) -> set[str]:
    rdf = open_rdf(Store(store))
    return {str(q) for q in rdf.quads_for_pattern(None, None, None, None)}


def test_building_twice_gives_the_same_graph(corpus_dir: Path, corpus_store: Path, tmp_path: Path) -> None:
    build([corpus_dir], tmp_path / "two")
    one, two = _dataset(corpus_store), _dataset(tmp_path / "two")
    first, second = Store(corpus_store).root, Store(tmp_path / "two").root  # the generations in use
    assert one == two, f"only in the first: {sorted(one - two)[:5]}\nonly in the second: {sorted(two - one)[:5]}"
    for part in ("statements", "documents"):
        files = sorted(p.name for p in (first / part).iterdir())
        assert files == sorted(p.name for p in (second / part).iterdir())
        for name in files:
            assert (first / part / name).read_bytes() == (second / part / name).read_bytes(), name
    assert (first / "resolution.json").read_text() == (second / "resolution.json").read_text()


def test_every_fact_in_the_store_has_a_quote_in_its_document_graph(corpus_store: Path) -> None:
    store = Store(corpus_store)
    texts = {d["id"]: store.document_text(d["id"]) for d in store.manifest()["documents"]}
    rows = open_rdf(store).query(
        """PREFIX kg: <https://w3id.org/kg-inspections/ontology#>
           PREFIX prov: <http://www.w3.org/ns/prov#>
           SELECT ?g ?quote ?start ?end WHERE { GRAPH ?g { ?s a kg:Statement ; kg:quote ?quote ;
             kg:start ?start ; kg:end ?end ; prov:wasDerivedFrom ?doc } }""")
    checked = 0
    for row in rows:
        doc_id = row["g"].value.rsplit("/", 1)[-1]
        assert texts[doc_id][int(row["start"].value):int(row["end"].value)] == row["quote"].value
        checked += 1
    assert checked > 500
    assert isinstance(rows, ox.QuerySolutions)
