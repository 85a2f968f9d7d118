"""The store: one directory of parts, from which every backend is derived. Nothing needs a server.

    STORE/manifest.json               what was built: documents, families, counts, warnings, errors, judgements
    STORE/documents/ID.txt            the text each statement's offsets point into
    STORE/statements/ID.jsonl         the statements read from one document (the source of truth)
    STORE/resolution.json             canonical ids of the people (kept across builds), review groups, identity events
    STORE/backends/NAME               one part per store writer: `oxigraph` (SPARQL), `ladybug` (Cypher)

A document's statements sit in a file of their own, so one document can be added or removed
without rewriting the others. Reading the store never re-runs resolution: the graph is the
saved statements under the saved canonical ids. A build writes a new directory beside the
store and swaps it in only when complete, so a failed build never damages the last good graph.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.documents import Document
from kg.resolve import Resolution, ReviewGroup
from kg.statements import Statement, read_jsonl, write_jsonl

if TYPE_CHECKING:
    from kg.graph import ResolvedGraph

DEFAULT_STORE = Path("kg-store")
FORMAT_VERSION = 2


class StoreError(Exception):
    """The store is missing, unfinished or from another version; the message says what to do."""


@dataclass(frozen=True)
class Store:
    path: Path

    @property
    def manifest_path(self) -> Path:
        return self.path / "manifest.json"

    def check(self) -> None:
        if self.path.is_file():
            raise StoreError(f"{self.path} is a file, not a graph's folder: choose another --store")
        if not self.manifest_path.exists():
            raise StoreError(f"no graph at {self.path}: run `kg build PATH... --store {self.path}` first")

    def manifest(self) -> dict[str, Any]:
        self.check()
        manifest: dict[str, Any] = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT_VERSION:
            raise StoreError(f"{self.path} was built by another version of kg: build it again")
        return manifest

    def document_ids(self) -> list[str]:
        return [str(d["id"]) for d in self.manifest()["documents"]]

    def document_statements(self, document_id: str) -> Iterator[Statement]:
        return read_jsonl(self.path / "statements" / f"{document_id}.jsonl")

    def statements(self) -> Iterator[Statement]:
        """Every statement, document by document in reading order."""
        for document_id in self.document_ids():
            yield from self.document_statements(document_id)

    def document_text(self, document_id: str) -> str:
        return (self.path / "documents" / f"{document_id}.txt").read_text(encoding="utf-8")

    def resolution(self) -> Resolution:
        """The resolution as built: canonical ids, review groups, identity events."""
        self.manifest()
        return Resolution.from_dict(json.loads((self.path / "resolution.json").read_text(encoding="utf-8")))

    def review_groups(self) -> list[ReviewGroup]:
        """The review queue as built: one group per ambiguous name."""
        return self.resolution().groups

    def graph(self, *, include_contacts: bool = True) -> ResolvedGraph:
        """The resolved graph of the saved statements and resolution."""
        from kg.graph import build_graph

        return build_graph(self.statements(), self.resolution(), include_contacts=include_contacts)

    def backend(self, name: str) -> Path:
        path = self.path / "backends" / name
        if not path.exists():
            self.manifest()
            raise StoreError(f"{self.path} has no {name} backend: build it again")
        return path


def previous_identities(target: Path) -> dict[str, str]:
    """The canonical ids of the store being replaced, so people keep them; none for a new store."""
    try:
        return Store(target).resolution().canonical
    except (StoreError, OSError, ValueError, KeyError):
        return {}


def write_store(target: Path, documents: list[Document], graph: ResolvedGraph, manifest: dict[str, Any]) -> None:
    """Write a complete store of the graph into a fresh directory beside `target`, then swap it in."""
    from kg.writers import make_writer, write_graph, writers

    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        for folder in ("documents", "statements", "backends"):
            (building / folder).mkdir()
        by_document: dict[str, list[Statement]] = {d.id: [] for d in documents}
        manifest.setdefault("documents", [{"id": d.id, "name": d.name} for d in documents])
        for statement in graph.statements.values():
            by_document[statement.document_id].append(statement)
        for document in documents:
            (building / "documents" / f"{document.id}.txt").write_text(document.text, encoding="utf-8")
            write_jsonl(by_document[document.id], building / "statements" / f"{document.id}.jsonl")
        (building / "resolution.json").write_text(json.dumps(graph.resolution.to_dict(), indent=1, ensure_ascii=False),
                                                  encoding="utf-8")
        for name in writers("store"):
            write_graph(graph, make_writer(name, graph, building / "backends" / name))
        manifest = {"format": FORMAT_VERSION, **manifest}
        (building / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
        _swap(building, target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise


def _swap(building: Path, target: Path) -> None:
    old = None
    if target.exists():
        if not (target / "manifest.json").exists() and any(target.iterdir()):
            raise StoreError(f"{target} exists and is not a kg store: choose another --store")
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        target.rename(old)
    building.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
