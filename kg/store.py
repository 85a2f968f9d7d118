"""The embedded store: one directory holding the statements, the document texts and an
Oxigraph (SPARQL) database derived from them. Nothing needs a server.

    STORE/manifest.json       what was built: documents, families, counts, warnings, errors
    STORE/statements.jsonl    every statement (the source of truth)
    STORE/documents/ID.txt    the text each statement's offsets point into
    STORE/candidates.json     person pairs left for review
    STORE/oxigraph/           the RDF database (one named graph per document)

A build writes a new directory beside the store and swaps it in only when complete, so a
failed build never damages the last good graph.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.documents import Document
from kg.resolve import Resolution, resolve
from kg.statements import Statement, read_jsonl, write_jsonl

DEFAULT_STORE = Path("kg-store")
FORMAT_VERSION = 1


class StoreError(Exception):
    """The store is missing, unfinished or from another version; the message says what to do."""


@dataclass(frozen=True)
class Store:
    path: Path

    @property
    def manifest_path(self) -> Path:
        return self.path / "manifest.json"

    def check(self) -> None:
        if not self.manifest_path.exists():
            raise StoreError(f"no graph at {self.path}: run `kg build PATH... --store {self.path}` first")

    def manifest(self) -> dict[str, Any]:
        self.check()
        manifest: dict[str, Any] = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT_VERSION:
            raise StoreError(f"{self.path} was built by another version of kg: build it again")
        return manifest

    def statements(self) -> Iterator[Statement]:
        self.check()
        return read_jsonl(self.path / "statements.jsonl")

    def document_text(self, document_id: str) -> str:
        return (self.path / "documents" / f"{document_id}.txt").read_text(encoding="utf-8")

    def candidates(self) -> list[dict[str, Any]]:
        self.check()
        return json.loads((self.path / "candidates.json").read_text(encoding="utf-8"))

    def rdf(self) -> ox.Store:
        self.check()
        return ox.Store.read_only(str(self.path / "oxigraph"))

    def resolution(self) -> Resolution:
        """The resolution as built (recomputed from the statements and the judgements used)."""
        from kg.resolve import Judgement

        manifest = self.manifest()
        judgements = [Judgement(**j) for j in manifest.get("judgements", [])]
        return resolve(list(self.statements()), judgements)


def write_store(target: Path, documents: list[Document], statements: list[Statement], resolution: Resolution,
                manifest: dict[str, Any]) -> None:
    """Write a complete store into a fresh directory beside `target`, then swap it in."""
    from kg.rdf import quads

    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        (building / "documents").mkdir()
        for document in documents:
            (building / "documents" / f"{document.id}.txt").write_text(document.text, encoding="utf-8")
        write_jsonl(statements, building / "statements.jsonl")
        (building / "candidates.json").write_text(
            json.dumps([c.to_dict() for c in resolution.candidates], indent=1, ensure_ascii=False), encoding="utf-8")
        rdf = ox.Store(str(building / "oxigraph"))
        rdf.bulk_extend(quads(statements, resolution))
        rdf.flush()
        del rdf
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
