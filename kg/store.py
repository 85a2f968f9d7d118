"""The store: one directory of parts, from which every backend is derived. Nothing needs a server.

    STORE/current                     a link to the generation readers use, replaced in one step
    STORE/gen-STAMP/manifest.json     what was built: documents (with their files' content hashes),
                                      families, counts, warnings, errors, judgements
    STORE/gen-STAMP/documents/ID.txt  the text each statement's offsets point into
    STORE/gen-STAMP/statements/ID.jsonl  the statements read from one document (the source of truth)
    STORE/gen-STAMP/resolution.json   canonical ids of the people (kept across builds), review groups, identity events
    STORE/gen-STAMP/blocks.tsv        the mentions of each name as resolved (`kg.blocks`), for the next build
    STORE/gen-STAMP/backends/NAME     one part per store writer: `oxigraph` (SPARQL), `ladybug` (Cypher)
    STORE/.lock                       held by the one build writing the store
    STORE/.building-STAMP             a generation being written; never read

A document's statements sit in a file of their own, named by the document's content hash and
never changed once written, so a new generation takes the unchanged documents of the last one
as hard links and only new documents cost anything. Reading the store never re-runs
resolution: the graph is the saved statements under the saved canonical ids. A build writes a
whole generation, then points `current` at it with one atomic rename: there is no moment
without a store, and a reader resolves `current` once, so it sees the old graph or the new
one, never half. A build that dies (killed, disk full, an exception) leaves a `.building-*`
folder that the next build removes; the generation a build replaced stays until the next
build, so a reader that opened it can finish.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from kg.fsutil import durable, sync_directory
from kg.resolve import Resolution, ReviewGroup
from kg.statements import Statement, read_jsonl, write_jsonl

if TYPE_CHECKING:
    from kg.documents import Document
    from kg.graph import ResolvedGraph
    from kg.writers import Change

DEFAULT_STORE = Path("kg-store")
FORMAT_VERSION = 2
CURRENT = "current"
LOCK = ".lock"
GENERATION_PREFIX = "gen-"
BUILDING_PREFIX = ".building-"
MANIFEST, RESOLUTION = "manifest.json", "resolution.json"
LEGACY_PARTS = (MANIFEST, RESOLUTION, "documents", "statements", "backends")


class StoreError(Exception):
    """The store is missing, unfinished or from another version; the message says what to do."""


class StoreBusy(StoreError):
    """Another build holds the store's lock."""


@dataclass(frozen=True)
class Store:
    path: Path

    @cached_property
    def root(self) -> Path:
        """The generation this reader uses, resolved once: later swaps do not move it."""
        return generation_root(self.path)

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST

    def check(self) -> None:
        if self.path.is_file():
            raise StoreError(f"{self.path} is a file, not a graph's folder: choose another --store")
        if not self.manifest_path.exists():
            raise StoreError(f"no graph at {self.path}: run `kg build PATH... --store {self.path}` first")

    def manifest(self) -> dict[str, Any]:
        self.check()
        return self._manifest

    @cached_property
    def _manifest(self) -> dict[str, Any]:
        """The manifest, read once: a generation never changes once published."""
        manifest = _read_part(self.manifest_path)
        if manifest.get("format") != FORMAT_VERSION:
            raise StoreError(f"{self.path} was built by another version of kg: build it again")
        return manifest

    def document_ids(self) -> list[str]:
        return [str(d["id"]) for d in self.manifest()["documents"]]

    def document_statements(self, document_id: str) -> Iterator[Statement]:
        return read_jsonl(self.root / "statements" / f"{document_id}.jsonl")

    def statements(self) -> Iterator[Statement]:
        """Every statement, document by document in reading order."""
        for document_id in self.document_ids():
            yield from self.document_statements(document_id)

    def document_text(self, document_id: str) -> str:
        return (self.root / "documents" / f"{document_id}.txt").read_text(encoding="utf-8")

    def resolution(self) -> Resolution:
        """The resolution as built: canonical ids, review groups, identity events."""
        self.manifest()
        return Resolution.from_dict(self._resolution)

    @cached_property
    def _resolution(self) -> dict[str, Any]:
        """The resolution's file, read once: a build asks for it twice (ids to keep, and blocks to keep)."""
        return _read_part(self.root / RESOLUTION)

    def review_groups(self) -> list[ReviewGroup]:
        """The review queue as built: one group per ambiguous name."""
        return self.resolution().groups

    def graph(self, *, include_contacts: bool = True) -> ResolvedGraph:
        """The resolved graph of the saved statements and resolution."""
        from kg.graph import build_graph

        return build_graph(self.statements(), self.resolution(), include_contacts=include_contacts)

    def backend(self, name: str) -> Path:
        path = self.root / "backends" / name
        if not path.exists():
            self.manifest()
            raise StoreError(f"{self.path} has no {name} backend: build it again")
        return path


def _read_part(path: Path) -> dict[str, Any]:
    """A JSON part of a generation (the manifest, the resolution), as `_write_part` wrote it."""
    part: dict[str, Any] = orjson.loads(path.read_bytes())
    return part


def _write_part(path: Path, part: dict[str, Any]) -> None:
    """Write a JSON part of a generation, indented for a reader's eye."""
    # orjson: the standard library's encoder, indented, takes a tenth of a second a build on 10,000 documents
    path.write_bytes(orjson.dumps(part, option=orjson.OPT_INDENT_2))


def generation_root(store: Path) -> Path:
    """The folder holding the store's parts: the generation `current` points at, or the store
    itself for a store written before generations (it is moved into one by the next build)."""
    link = store / CURRENT
    return link.resolve() if link.is_symlink() or link.is_dir() else store  # a dir: a copy that followed the link


def is_store(folder: Path) -> bool:
    """Whether a folder is a kg store (so a build never reads one as documents)."""
    return (generation_root(folder) / MANIFEST).is_file() or (folder / LOCK).is_file()


def previous_identities(store: Store) -> dict[str, str]:
    """The canonical ids of the store being replaced, so people keep them; none for a new store."""
    try:
        return store.resolution().canonical
    except (StoreError, OSError, ValueError, KeyError):
        return {}


@contextmanager
def store_lock(target: Path, *, wait: bool = False) -> Iterator[Path]:
    """Hold the store's lock while writing it: a second build refuses (or, with `wait`, waits).

    The lock is an flock on STORE/.lock, so the kernel releases it when its holder dies, however
    it dies; a lock file left behind by a killed build locks nothing.
    """
    target = target.absolute()
    if target.exists() and not target.is_dir():
        raise StoreError(f"{target} is a file, not a graph's folder: choose another --store")
    if target.is_dir() and not is_store(target) and any(target.iterdir()):
        raise StoreError(f"{target} exists and is not a kg store: choose another --store")
    try:
        target.mkdir(parents=True, exist_ok=True)
        handle = (target / LOCK).open("a+")
    except OSError as exc:
        raise StoreError(f"{target}: cannot write the store here ({exc.strerror or exc})") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise StoreBusy(f"another build is writing {target} ({holder}); wait for it, or use --wait") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        try:
            yield target
        finally:
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_debris(target: Path) -> list[Path]:
    """Remove what dead builds left: unfinished generations, and generations no reader can reach
    (all but `current` and the one it replaced). Call only while holding the store's lock."""
    keep = {generation_root(target).name}
    try:
        keep.add(str(Store(target).manifest().get("replaces") or ""))
    except (StoreError, OSError, ValueError):
        pass
    removed = []
    for child in target.iterdir():
        dead = child.name.startswith(BUILDING_PREFIX) or child.name.startswith(".current-") or (
            child.name.startswith(GENERATION_PREFIX) and child.name not in keep)
        if dead:
            removed.append(child)
    # folders of the layout before generations, written beside the store
    removed.extend(p for p in target.parent.glob(f".{target.name}.building-*"))
    removed.extend(p for p in target.parent.glob(f".{target.name}.old-*"))
    for path in removed:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    return removed


class Generation:
    """A generation of the store being written: documents and statements as they come, then the
    resolution, the backends and the manifest, then `publish` points `current` at it."""

    def __init__(self, target: Path) -> None:
        self.target = target.absolute()
        self.name = f"{GENERATION_PREFIX}{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**9}"
        self.path = self.target / f"{BUILDING_PREFIX}{self.name}"
        for folder in ("documents", "statements", "backends"):
            (self.path / folder).mkdir(parents=True)

    def document_paths(self, document_id: str) -> tuple[Path, Path]:
        return self.path / "documents" / f"{document_id}.txt", self.statements_file(document_id)

    def statements_file(self, document_id: str) -> Path:
        return self.path / "statements" / f"{document_id}.jsonl"

    def add_document(self, document: Document, statements: list[Statement]) -> None:
        text_path, statements_path = self.document_paths(document.id)
        write_document_files(document.text, statements, text_path, statements_path)

    def keep_document(self, previous: Path, document_id: str) -> None:
        """Take an unchanged document from the previous generation: a hard link (its files never change)."""
        # paths as text: an incremental build takes every document this way, and pathlib's joins cost as much
        # as the links themselves (0.29 CPU s for 10,000 documents, 0.15 without them)
        for folder, name in (("documents", f"{document_id}.txt"), ("statements", f"{document_id}.jsonl")):
            source, destination = os.path.join(previous, folder, name), os.path.join(self.path, folder, name)
            try:
                os.link(source, destination)
            except FileExistsError:  # one text under two file names
                continue
            except OSError:  # another file system, or links not supported
                shutil.copyfile(source, destination)

    def finish(self, graph: ResolvedGraph, manifest: dict[str, Any],
               on_phase: Callable[[str], None] | None = None, change: Change | None = None) -> None:
        """Write the resolution, every store backend and, last, the manifest. Given the `change`
        since the last generation, a backend that can starts from its copy there and writes only
        what changed."""
        self.write_backends(graph, on_phase, change)()
        self.write_manifest(manifest)

    def updates_in_place(self) -> bool:
        """Whether every store writer will update its output of the last generation, rather than
        write it whole (so the part of the graph a change touches is all it needs)."""
        from kg.writers import writers

        previous = generation_root(self.target) / "backends"
        return all(spec.load().updates(previous / name) for name, spec in writers("store").items())

    def write_backends(self, graph: ResolvedGraph, on_phase: Callable[[str], None] | None = None,
                       change: Change | None = None, *, part: bool = False) -> Callable[[], None]:
        """Write the resolution and what every store backend needs the graph for (`finalize_later`);
        returns the backends' last steps (loading their databases), to be run once the caller has let
        the graph go, in the memory it held. A `part` of the graph (`kg.writers.Change`) is only for
        backends that all update their last output."""
        from kg.writers import give_graph, make_writer, writers

        _write_part(self.path / RESOLUTION, graph.resolution.to_dict())
        previous = generation_root(self.target) / "backends"
        last_steps = []
        for name in writers("store"):
            writer = make_writer(name, graph, self.path / "backends" / name)
            updating = change is not None and (previous / name).exists() and writer.updates(previous / name)
            if on_phase:  # before its start: copying the last output is part of the update
                on_phase(f"updating {name}" if updating else f"writing {name}")
            updating = updating and change is not None and writer.start_from(previous / name, change)
            if part and not updating:
                raise RuntimeError(f"the {name} backend was given a part of the graph but would write it whole")
            give_graph(graph, writer)
            last_steps.append(writer.finalize_later())
            del writer
        return partial(load_backends, last_steps, on_phase)

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        manifest = {"format": FORMAT_VERSION, **manifest, "replaces": generation_root(self.target).name}
        _write_part(self.path / MANIFEST, manifest)

    def publish(self) -> None:
        """Point `current` at this generation in one rename; then drop what readers can no longer reach."""
        previous_root = generation_root(self.target)
        durable(self.path)  # on disk before anything points at it: a power cut must not publish holes
        final = self.target / self.name
        self.path.rename(final)
        self.path = final
        link = self.target / f".current-{self.name}"
        link.symlink_to(self.name)
        current = self.target / CURRENT
        if current.is_dir() and not current.is_symlink():  # a copy of the store made `current` a folder
            current.rename(self.target / f"{BUILDING_PREFIX}replaced-{self.name}")
        os.replace(link, current)
        sync_directory(self.target)
        if previous_root == self.target:  # a store from before generations: its parts move out of the way
            for part in LEGACY_PARTS:
                legacy = self.target / part
                if legacy.is_dir():
                    shutil.rmtree(legacy, ignore_errors=True)
                else:
                    legacy.unlink(missing_ok=True)
        remove_debris(self.target)

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


@contextmanager
def new_generation(target: Path) -> Iterator[Generation]:
    """A new generation of the store to write, removed if the writing stops (an error, an interrupt) before it is
    published."""
    generation = Generation(target)
    try:
        yield generation
    except BaseException:
        generation.discard()
        raise


def load_backends(last_steps: list[Callable[[], int]], on_phase: Callable[[str], None] | None) -> None:
    """Run the store backends' last steps one after the other, so their engines' memory never stacks."""
    if on_phase:
        on_phase("loading the databases")
    for step in last_steps:
        release_free_memory()  # what the graph held, then what the last engine held, for the next
        step()


def release_free_memory() -> None:
    """Give the memory a backend's engine freed back to the system, so the next one's does not
    stack on top of it (glibc keeps freed memory for reuse; elsewhere this does nothing)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def write_document_files(text: str, statements: list[Statement], text_path: Path, statements_path: Path) -> None:
    """A document's text and statements, each written whole under a temporary name and renamed,
    so two workers writing one document (the same text under two file names) never mix."""
    suffix = f".{os.getpid()}.part"
    text_part, statements_part = text_path.with_name(text_path.name + suffix), \
        statements_path.with_name(statements_path.name + suffix)
    text_part.write_text(text, encoding="utf-8")
    write_jsonl(statements, statements_part)
    os.replace(text_part, text_path)
    os.replace(statements_part, statements_path)


def write_store(target: Path, documents: list[Document], graph: ResolvedGraph, manifest: dict[str, Any], *,
                wait: bool = False, on_phase: Callable[[str], None] | None = None) -> None:
    """Write a complete store of the graph as a new generation of `target`, and make it current."""
    with store_lock(target, wait=wait):
        remove_debris(target.absolute())
        with new_generation(target) as generation:
            by_document: dict[str, list[Statement]] = {d.id: [] for d in documents}
            manifest.setdefault("documents", [{"id": d.id, "name": d.name} for d in documents])
            for statement in graph.statements.values():
                by_document[statement.document_id].append(statement)
            for document in documents:
                generation.add_document(document, by_document[document.id])
            generation.finish(graph, manifest, on_phase)
            generation.publish()
