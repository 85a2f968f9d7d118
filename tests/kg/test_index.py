"""The statement index: carried from generation to generation, it holds what a build from scratch
would write; an incremental build whose store writers all update in place builds only the part of
the graph a change touches, reads only the statement files of the documents it changes, and gives
the graph, counts, warnings and review queue of a full build."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg.writers
from kg.build import build
from kg.index import INDEX, StatementIndex, has_index
from kg.rdf.store import open_rdf
from kg.statements import Statement, read_jsonl
from kg.store import Store
from tests.kg.test_build import (
    SAMPLES,
    assert_isomorphic,
    assert_same_ladybug_rows,
    assert_same_rows,
    canned_rows,
    copy_list_letter,
    trig,
)


@pytest.fixture()
def oxigraph_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only Oxigraph among the store writers, for tests that compare its quads and the index: a
    build without LadybugDB costs less (its in-place update is compared row by row in
    tests/kg/test_property_graph.py and in the merge-and-split test below)."""
    monkeypatch.setattr(kg.writers, "BUILT_IN", tuple(s for s in kg.writers.BUILT_IN if s.name != "ladybug"))


@pytest.fixture()
def documents(corpus_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    shutil.copytree(corpus_dir, folder, ignore=shutil.ignore_patterns("README.md"))
    return folder


def index_rows(store: Path) -> list[Statement]:
    """Every statement the store's index holds for its documents, in reading order."""
    root = Store(store).root
    index = StatementIndex(root / INDEX, Store(store).document_ids())
    try:
        entities = {s.entity for s in Store(store).statements()}
        return index.of_entities(entities)
    finally:
        index.close()


def oxigraph_quads(store: Path) -> set[str]:
    return {str(q) for q in open_rdf(Store(store)).quads_for_pattern(None, None, None, None)}


def assert_same_as_full(store: Path, documents: list[Path], tmp_path: Path, name: str) -> Path:
    """The store, built incrementally, holds what a full build of the same documents (from a copy
    of it, so people keep their ids) holds: Oxigraph's quads, the canned queries' rows, the
    manifest's counts and warnings, the review queue, the index. The full build's store."""
    full = tmp_path / f"full-{name}"
    shutil.rmtree(full, ignore_errors=True)
    shutil.copytree(store, full, symlinks=True)
    build(documents, full, workers=1, full=True)
    assert oxigraph_quads(store) == oxigraph_quads(full)
    assert_isomorphic(trig(store, tmp_path, name), trig(full, tmp_path, f"full-{name}"))
    assert_same_rows(canned_rows(store, engines=("sparql",)), canned_rows(full, engines=("sparql",)))
    mine, theirs = Store(store).manifest(), Store(full).manifest()
    assert mine["counts"] == theirs["counts"]
    assert mine["warnings"] == theirs["warnings"]
    mine_resolved, their_resolved = Store(store).resolution().to_dict(), Store(full).resolution().to_dict()
    # (the identity events say what changed since the build before, which differs)
    assert (mine_resolved["canonical"], mine_resolved["groups"]) == (their_resolved["canonical"], their_resolved["groups"])
    assert index_rows(store) == index_rows(full) == list(Store(full).statements())
    return full


def test_an_incremental_build_of_a_part_of_the_graph_gives_a_full_build(
        oxigraph_only: None, documents: Path, tmp_path: Path) -> None:
    files = sorted(documents.rglob("*.txt"))
    aside = tmp_path / "aside"
    aside.mkdir()
    held_back = [files[0], files[7]]
    for path in held_back:
        shutil.move(path, aside / path.name)
    store = tmp_path / "store"
    build([documents], store, workers=1)
    for path in held_back:  # added
        shutil.move(aside / path.name, path)
    changed = files[3]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nCopy to: Dr Quentin Marlowe, Chair of the Board\n",
                       encoding="utf-8")
    files[5].unlink()  # gone
    phases: list[str] = []
    report = build([documents], store, workers=1, on_phase=phases.append)
    assert (report.read, report.dropped) == (3, 2)
    assert "updating oxigraph" in phases
    assert_same_as_full(store, [documents], tmp_path, "changed")


def test_an_incremental_build_reads_the_statements_of_the_documents_it_changes_only(
        oxigraph_only: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new letter names the samples' popular people and organisations: the build takes their
    statements from the index, and reads no statement file but the new letter's."""
    import kg.build
    import kg.store

    work = tmp_path / "work"
    shutil.copytree(SAMPLES, work)
    for n in range(6):
        copy_list_letter(work, f"letter-{n}.txt", f"YJB link staff\t<i>Odile Farrant {n}</i>")
    store = tmp_path / "store"
    build([work], store, workers=1)
    read: list[str] = []

    def reading(path: Path) -> Iterator[Statement]:
        read.append(path.stem)
        return read_jsonl(path)

    monkeypatch.setattr(kg.build, "read_jsonl", reading)
    monkeypatch.setattr(kg.store, "read_jsonl", reading)
    new = copy_list_letter(work, "new.txt", "YJB link staff\t<i>Odile Farrant</i>")
    report = build([work], store, workers=1)
    monkeypatch.undo()
    new_id = next(d["id"] for d in Store(store).manifest()["documents"] if d["name"] == new.name)
    assert report.read == 1 and set(read) == {new_id}, "statement files of unchanged documents were read"
    assert_same_as_full(store, [work], tmp_path, "popular")


def test_an_incremental_build_that_merges_and_splits_people_gives_a_full_build(tmp_path: Path) -> None:
    """Every store writer (LadybugDB's rows and the Cypher rows of the canned queries too)."""
    work = tmp_path / "work"
    shutil.copytree(SAMPLES, work)
    copy_list_letter(work, "a.txt", "YJB link staff\t<i>Odile Farrant</i>")
    copy_list_letter(work, "b.txt", "Care Quality Commission\t<i>Odile Farrant</i>")
    store = tmp_path / "store"
    build([work], store, workers=1)
    bridge = copy_list_letter(work, "c.txt", "YJB link staff\t<i>Odile Farrant</i>",
                              "Care Quality Commission\t<i>Odile Farrant</i>")
    build([work], store, workers=1)
    assert [e.kind for e in Store(store).resolution().events] == ["merge"], "the new letter makes the two people one"
    full = assert_same_as_full(store, [work], tmp_path, "merged")
    assert_same_ladybug_rows(store, full)
    assert_same_rows(canned_rows(store), canned_rows(full))
    bridge.unlink()
    build([work], store, workers=1)
    assert [e.kind for e in Store(store).resolution().events] == ["split"], "without it they are two again"
    full = assert_same_as_full(store, [work], tmp_path, "split")
    assert_same_ladybug_rows(store, full)
    assert_same_rows(canned_rows(store), canned_rows(full))


def test_the_index_is_carried_with_small_segments_merged_and_stale_statements_dropped(tmp_path: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(SAMPLES, work)
    store = tmp_path / "store"
    build([work], store, workers=1)
    for n in range(8):
        copy_list_letter(work, f"letter-{n}.txt", f"YJB link staff\t<i>Odile Farrant {n}</i>")
        build([work], store, workers=1)
        assert index_rows(store) == list(Store(store).statements())
    segments = sorted((Store(store).root / INDEX).glob("statements-*.sqlite"))
    assert len(segments) <= 4, f"small segments were not merged: {[s.name for s in segments]}"
    for n in range(8):
        (work / f"letter-{n}.txt").unlink()
    build([work], store, workers=1)
    assert index_rows(store) == list(Store(store).statements())
    segments = sorted((Store(store).root / INDEX).glob("statements-*.sqlite"))
    assert len(segments) == 1, "the statements of removed documents were kept"
    assert has_index(Store(store).root)
