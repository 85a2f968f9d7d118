"""Build: documents in, a resolved graph out, written to the store as a new generation.

Files and folders are read recursively (kg stores met on the way are never read as
documents). Each document is read and loaded in a worker process, local or on a Dask
cluster (`kg.executors`; the loaders are pure functions of one document), and its text and
statements go straight to the new generation's folder, so memory holds the documents in
flight, not the corpus. On a store that exists, a build reads only the files whose content
(hash) or name changed: the others are taken from the last generation as they are, and the
statements of files no longer among the inputs are dropped. Then every statement is resolved
again (people keep their ids) and the backends are written from the resolved graph: on a
store that exists, each starts from a copy of its last version and takes only what changed
(`changes`: the documents new, gone or naming someone resolution now names otherwise, and
the entities they touch).

A file that cannot be read, or on which a loader fails, gets one line naming the file and
the reason. A build that read no document, or met more such files than it was allowed
(`allow_errors`), is not made current: the last good graph stays as it was.
"""

from __future__ import annotations

import ast
import hashlib
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

from kg.blocks import BLOCKS, Block, make_blocks, read_blocks, resolve_change, write_blocks
from kg.documents import Document, DocumentError, display_path
from kg.executors import WORKER_DIED, Pool, check_executor, open_pool
from kg.graph import ResolvedGraph, build_graph
from kg.index import GRAPH, INDEX, GraphTable, StatementIndex, carry_index, has_index, index_documents
from kg.loaders import LoadResult, load_document
from kg.loaders.readers import read_document, supported_files
from kg.names import release_lexicons
from kg.resolve import Judgement, Resolution, load_judgements, mentions, resolve_mentions, with_inspections
from kg.statements import Statement, read_jsonl, stable_hash, write_jsonl
from kg.store import (
    Generation,
    Store,
    StoreError,
    is_store,
    new_generation,
    previous_identities,
    remove_debris,
    store_lock,
)
from kg.writers import Change

Progress = Callable[[Path], None]
Phase = Callable[[str], None]


@dataclass
class BuildReport:
    documents: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    read: int = 0  # documents read and loaded by this build
    reused: int = 0  # unchanged documents taken from the last build
    dropped: int = 0  # documents of the last build that are no longer in it
    refused: str | None = None  # why the store was left as it was, if it was


@dataclass(frozen=True)
class Loaded:
    """What a worker read from one file; its text and statements wait in the generation's `incoming` folder."""

    path: str
    id: str
    name: str
    format: str
    source_hash: str
    families: tuple[str, ...]
    statements: int
    warnings: tuple[str, ...]
    status: dict[str, int]  # the file's `file_status` when it was hashed

    def entry(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "path": display_path(self.path), "format": self.format,
                "families": list(self.families), "statements": self.statements, "source_hash": self.source_hash,
                "warnings": list(self.warnings), **self.status}


@dataclass(frozen=True)
class Unreadable:
    path: str
    message: str


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """The files to read: files named directly, and supported files under folders (sorted), leaving
    out hidden files and folders and any kg store (its documents and database files are not inputs);
    and one line for each path or folder that cannot be read."""
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            found, unreadable = supported_files(path)
            files.extend(outside_stores(found, path))
            errors.extend(unreadable)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(f"{display_path(path)}: no such file or folder")
    return files, errors


def outside_stores(files: list[Path], folder: Path) -> list[Path]:
    """The files that are not inside a kg store under `folder`."""
    verdicts: dict[Path, bool] = {}

    def in_store(directory: Path) -> bool:
        if directory not in verdicts:
            verdicts[directory] = directory != folder and (is_store(directory) or in_store(directory.parent))
        return verdicts[directory]

    return [f for f in files if not in_store(f.parent)]


def load_file(path: Path) -> tuple[Document, LoadResult]:
    """Read and load one file; DocumentError says in one line why it could not be."""
    document = read_document(path)
    limit = loading_limit(document)
    try:
        with time_limit(limit):
            return document, load_document(document)
    except LoadingTooSlow as exc:  # a loader's pattern that never ends on this text must not stop the batch
        raise DocumentError(path, f"the loaders took over {limit:.0f} s on it, a fault in kg worth reporting; "
                                  "skipped") from exc
    except Exception as exc:  # a loader bug must not stop the batch
        raise DocumentError(path, f"could not be read by the loaders ({type(exc).__name__}: {exc})") from exc


# The loaders read about 100 KB a processor second; a document that takes ten times as long (a minute at least) has met a fault
# in them (a pattern slow on its text, a loop that does not end), and is reported and skipped, not waited for.
LOADING_SECONDS_PER_100_KB = 10.0
SHORTEST_LOADING_LIMIT = 60.0


class LoadingTooSlow(Exception):
    """A document's loading ran past its limit."""


def loading_limit(document: Document) -> float:
    return max(SHORTEST_LOADING_LIMIT, LOADING_SECONDS_PER_100_KB * len(document.text) / 100_000)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise LoadingTooSlow in the block once it has used `seconds` of processor time (a busy machine does not count
    against it). A timer signal needs the main thread of its process (a build's worker process, or the build itself);
    elsewhere (a thread of a distributed worker) the block runs unlimited."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise LoadingTooSlow

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def file_hash(path: Path) -> str:
    """The content hash of a file's bytes: a file whose hash and name are unchanged is not read again."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:32]


RACY_NS = 2 * 10**9  # a file written this close to being read may change again within its time's grain
STATUS = ("size", "mtime_ns", "ctime_ns", "inode")


def file_status(path: Path) -> dict[str, int]:
    """What says a file is as it was without reading it, as git's index does: its size, the times it
    was last written and its status last changed, and its inode (the change time cannot be set back:
    a file edited in place with its write time restored, as copy tools do, is hashed); nothing for a
    file written within `RACY_NS` of now (git's racy rule: written again in the same tick of a
    coarse clock, its size and time would not show it), which is then known by its content hash only."""
    now = time.time_ns()
    status = path.stat()
    if status.st_mtime_ns >= now - RACY_NS:
        return {}
    return {"size": status.st_size, "mtime_ns": status.st_mtime_ns, "ctime_ns": status.st_ctime_ns,
            "inode": status.st_ino}


def read_into(path: Path, incoming: Path) -> Loaded | Unreadable:
    """The map step, run in a worker: read and load one file, write its text and statements into
    `incoming` under a name of its own (two files may hold one text), and say what was read."""
    try:
        status = file_status(path)  # before the hash: a file written while it is read looks changed next time
        source_hash = file_hash(path)
        document, result = load_file(path)
        token = _incoming_token(str(path))
        (incoming / f"{token}.txt").write_text(document.text, encoding="utf-8")
        write_jsonl(result.statements, incoming / f"{token}.jsonl")
    except DocumentError as exc:
        return Unreadable(str(path), str(exc))
    except OSError as exc:
        return Unreadable(str(path), f"{display_path(path)}: cannot be read ({exc.strerror or exc})")
    except Exception as exc:  # one odd file must not stop the batch
        return Unreadable(str(path), f"{display_path(path)}: could not be stored ({type(exc).__name__}: {exc})")
    return Loaded(str(path), document.id, document.name, document.format, source_hash, result.families,
                  len(result.statements), tuple(result.warnings), status)


def _incoming_token(path: str) -> str:
    return stable_hash(display_path(os.path.abspath(path)), length=24)  # the same for a path given absolute


def read_files(files: list[Path], incoming: Path, workers: int, progress: Progress | None = None, *,
               executor: str = "local", scheduler: str | None = None) -> Iterator[Loaded | Unreadable]:
    """Read the files on the executor (`kg.executors`: `workers` local processes, this one for 1, or a
    Dask cluster), a few per worker in flight, so memory holds only the documents being read;
    outcomes come as they finish. A worker that dies (a document too big for memory) takes the
    documents it held with it: a local one breaks its pool, and Dask gives up on a document whose
    workers died under it, even if another document killed them. Those documents are read again
    one at a time in a fresh pool, so that only the one that kills its worker again is reported,
    and the rest of the batch goes on."""
    queue = deque(files)
    suspects: deque[Path] = deque()
    while queue or suspects:
        with open_pool(executor, workers, scheduler) as pool:
            if pool is None:
                for path in queue:
                    yield read_into(path, incoming)
                    if progress:
                        progress(path)
                return
            if suspects:
                for culprit in (yield from read_on(pool, suspects, incoming, progress, in_flight=1)):
                    yield Unreadable(str(culprit), f"{display_path(culprit)}: {WORKER_DIED}")
                    if progress:
                        progress(culprit)
            else:
                suspects.extend((yield from read_on(pool, queue, incoming, progress, in_flight=pool.slots * 4)))


def read_on(pool: Pool, queue: deque[Path], incoming: Path, progress: Progress | None, *, in_flight: int
            ) -> Generator[Loaded | Unreadable, None, list[Path]]:
    """Read the files of `queue` on `pool`, `in_flight` at a time, until the queue is empty or the
    pool breaks; returns the suspects: the files in flight when it broke, and those whose worker
    died while others were in flight (any of them may have killed it)."""
    # workers elsewhere may run in another folder: they get absolute paths, the outcome names the file as given
    folder = Path(os.path.abspath(incoming)) if pool.remote else incoming
    pending: dict[Future[Loaded | Unreadable], Path] = {}
    suspects: list[Path] = []
    # a worker's death is the document's own only when it was read alone
    died_with_others = pool.died if in_flight > 1 else ()
    while True:
        while queue and len(pending) < in_flight:
            path = queue.popleft()
            task = Path(os.path.abspath(path)) if pool.remote else path
            try:
                pending[pool.executor.submit(read_into, task, folder)] = path
            except pool.breaks:
                return [*suspects, *pending.values(), path]
        if not pending:
            return suspects
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            path = pending.pop(future)
            try:
                outcome = future.result()
            except pool.breaks:
                return [*suspects, path, *pending.values()]
            except died_with_others:
                suspects.append(path)
                continue
            except pool.lost as exc:
                yield Unreadable(str(path), f"{display_path(path)}: {pool.why_lost(exc)}")
            else:
                yield as_given(outcome, path)
            if progress:
                progress(path)


def as_given(outcome: Loaded | Unreadable, path: Path) -> Loaded | Unreadable:
    """The outcome of reading `path` under an absolute name, named as the user gave it."""
    if outcome.path == str(path):
        return outcome
    if isinstance(outcome, Loaded):
        return replace(outcome, path=str(path))
    absolute = display_path(outcome.path)
    message = outcome.message
    if message.startswith(absolute):
        message = display_path(path) + message[len(absolute):]
    return Unreadable(str(path), message)


def read_all(files: list[Path], report: BuildReport, progress: Progress | None = None
             ) -> tuple[list[Document], list[Statement]]:
    """Read and load the files in this process, keeping everything in memory (for scoring without a store)."""
    documents: dict[str, Document] = {}
    statements: list[Statement] = []
    for path in files:
        if progress:
            progress(path)
        try:
            document, result = load_file(path)
        except DocumentError as exc:
            report.errors.append(str(exc))
            continue
        if document.id in documents:
            report.warnings.append(f"{display_path(path)}: same content as {documents[document.id].path}; read once")
            continue
        documents[document.id] = document
        statements.extend(result.statements)
        report.warnings.extend(result.warnings)
    return list(documents.values()), statements


@cache
def extraction_version() -> str:
    """A hash of the code and data that turn a document into statements: when it changes, the
    statements kept from the last build are stale and every document is read again."""
    return _sources_hash(extraction_sources())


@cache
def extraction_sources() -> list[Path]:
    """The files that turn a document into statements: every loader module, every kg module the
    loaders import (followed through those modules' own imports), and the ontology's data. Found
    from the import statements, so a helper module a loader starts to use is never left out."""
    import kg
    import kg.loaders
    import kg.ontology

    package = Path(kg.__file__).parent
    found: set[Path] = set()
    pending = sorted(Path(kg.loaders.__file__).parent.glob("*.py"))
    while pending:
        source = pending.pop()
        if source not in found:
            found.add(source)
            pending.extend(_kg_modules_imported(source, package))
    ontology = Path(kg.ontology.__file__).parent
    return sorted(found) + sorted(ontology.glob("*.py")) + sorted(ontology.glob("*.yaml"))


def _kg_modules_imported(source: Path, package: Path) -> Iterator[Path]:
    """The files of the kg package (outside loaders and ontology, which are listed whole) that a
    module imports."""
    for name in _imported_names(source.read_text(encoding="utf-8")):
        parts = name.split(".")
        if parts[0] != "kg" or parts[1:2] in (["loaders"], ["ontology"]):
            continue
        module = package.joinpath(*parts[1:])
        for candidate in (module.with_suffix(".py"), module / "__init__.py"):
            if candidate.is_file():
                yield candidate


def _imported_names(text: str) -> Iterator[str]:
    """The modules a module's text imports, and for `from M import N` both M and M.N (N may be a module)."""
    for node in _import_statements(ast.parse(text).body):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif node.level == 0 and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _import_statements(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements of a block and of the blocks inside it (functions, classes, branches,
    handlers, cases): imports are statements, so the expressions, most of a module's tree, are never
    walked (walking every node of the loaders took 0.3 s of every build)."""
    for statement in body:
        if isinstance(statement, ast.Import | ast.ImportFrom):
            yield statement
        blocks = [getattr(statement, name, []) for name in ("body", "orelse", "finalbody")]
        blocks += [part.body for part in [*getattr(statement, "handlers", []), *getattr(statement, "cases", [])]]
        for block in blocks:
            yield from _import_statements(block)


@cache
def backends_version() -> str:
    """A hash of what turns statements into the store's backends (the loaders' version, the
    graph, the writers, the base of the IRIs): a backend is updated from the last generation's
    only when it is unchanged, and written whole otherwise."""
    import kg
    from kg.rdf import Vocabulary

    folder = Path(kg.__file__).parent
    sources = [folder / "graph.py", folder / "writers.py", *sorted((folder / "rdf").glob("*.py")),
               *sorted((folder / "pg").glob("*.py"))]
    return _sources_hash(sources, extraction_version(), Vocabulary().base)


@cache
def resolution_version() -> str:
    """A hash of the rules that make people of mentions (and of the loaders' version, whose name keys and mentions
    they read): the last build's blocks are taken as resolved only under the same rules."""
    import kg

    folder = Path(kg.__file__).parent
    return _sources_hash([folder / "resolve.py", folder / "blocks.py"], extraction_version())


def _sources_hash(sources: list[Path], *more: str) -> str:
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    for text in more:
        digest.update(b"\0" + text.encode())
    return digest.hexdigest()[:16]


def build(paths: Iterable[Path], store: Path, *, judgements_file: Path | None = None,
          progress: Progress | None = None, on_files: Callable[[int], None] | None = None,
          on_phase: Phase | None = None, workers: int | None = None, allow_errors: int = 0,
          full: bool = False, wait: bool = False, executor: str = "local", scheduler: str | None = None
          ) -> BuildReport:
    """Build the documents under `paths` into `store`, reading only what changed since its last
    build unless `full`, on the executor (`kg.executors`); the new graph is made current only if at
    least one document is in it and no more than `allow_errors` files could not be read."""
    check_executor(executor, scheduler, workers)
    report = BuildReport()
    files, errors = discover(paths)
    report.errors.extend(errors)
    judgements: list[Judgement] = load_judgements(judgements_file)
    with store_lock(store, wait=wait) as target:
        remove_debris(target)
        previous = Store(target)
        reusable = Reusable() if full else reusable_documents(previous)
        with new_generation(target) as generation:
            entries, fresh = _gather(files, reusable, previous, generation, report, workers or os.cpu_count() or 1,
                                     progress, on_files, on_phase, executor=executor, scheduler=scheduler)
            report.refused = refusal(report, entries, allow_errors, target)
            if report.refused is None:
                _resolve_and_write(generation, entries, judgements, previous_identities(previous), report,
                                   extraction_version(), on_phase, None if full else previous, fresh)
                generation.publish()
            else:
                generation.discard()
    return report


@dataclass(frozen=True)
class Reusable:
    """The last build's documents, if read by these loaders: by (file content hash, file name), and
    by path for the files whose status says they are unchanged without reading them."""

    by_content: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    by_path: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.by_content)

    def ids(self) -> set[str]:
        return {str(d["id"]) for d in self.by_content.values()}

    def unchanged(self, path: Path) -> dict[str, Any] | None:
        """The entry of a file whose content is the last build's: known by its status (size, times
        written and changed, inode) where that is the one recorded, else by its content hash."""
        status = file_status(path)  # before the hash, as when it was read
        known = self.by_path.get(display_path(path))
        if status and known is not None and all(known[k] == status[k] for k in STATUS):
            return known
        found = self.by_content.get((file_hash(path), path.name))
        if found is None:
            return None
        return {**{k: v for k, v in found.items() if k not in STATUS}, **status}  # as it is now, for next time


def reusable_documents(store: Store) -> Reusable:
    """The last build's documents, if read by these loaders."""
    try:
        manifest = store.manifest()
    except (StoreError, OSError, ValueError):
        return Reusable()
    if manifest.get("extraction") != extraction_version():
        return Reusable()
    documents = [d for d in manifest["documents"] if d.get("source_hash")]
    return Reusable({(str(d["source_hash"]), str(d["name"])): d for d in documents},
                    {str(d["path"]): d for d in documents if all(k in d for k in STATUS)})


def _gather(files: list[Path], reusable: Reusable, previous: Store,
            generation: Generation, report: BuildReport, workers: int, progress: Progress | None,
            on_files: Callable[[int], None] | None, on_phase: Phase | None, *, executor: str = "local",
            scheduler: str | None = None) -> tuple[list[dict[str, Any]], set[str]]:
    """Every input's manifest entry in input order: unchanged documents linked from the last
    generation, the others read by the workers; duplicates (one text under two names) once. And
    the ids of the documents read."""
    outcome: dict[str, Loaded | Unreadable | dict[str, Any]] = {}
    to_read = []
    if reusable and on_phase:
        on_phase("finding new and changed files")
    for path in files:
        kept = _unchanged(path, reusable)
        if kept is None:
            to_read.append(path)
        else:
            outcome[str(path)] = {**kept, "path": display_path(path)}
    if on_files:
        on_files(len(to_read))
    incoming = generation.path / "incoming"
    incoming.mkdir()
    if reusable and executor == "local" and few_and_small(to_read):
        workers = 1  # an incremental build's few files are read in this process
    for result in read_files(to_read, incoming, workers, progress, executor=executor, scheduler=scheduler):
        outcome[result.path] = result
    entries: list[dict[str, Any]] = []
    fresh: set[str] = set()
    seen: dict[str, str] = {}
    for path in files:
        found = outcome[str(path)]
        if isinstance(found, Unreadable):
            report.errors.append(found.message)
            continue
        entry = found.entry() if isinstance(found, Loaded) else found
        if entry["id"] in seen:
            report.warnings.append(f"{display_path(path)}: same content as {seen[entry['id']]}; read once")
            continue
        seen[entry["id"]] = display_path(path)
        if isinstance(found, Loaded):
            token = _incoming_token(found.path)
            text_path, statements_path = generation.document_paths(found.id)
            os.replace(incoming / f"{token}.txt", text_path)
            os.replace(incoming / f"{token}.jsonl", statements_path)
            fresh.add(found.id)
            report.read += 1
        else:
            generation.keep_document(previous.root, entry["id"])
            report.reused += 1
        entries.append(entry)
        report.warnings.extend(entry.get("warnings", []))
    _remove_tree(incoming)
    report.dropped = len(reusable.ids() - set(seen))
    report.documents = entries
    return entries, fresh


# A local worker's start (importing the loaders, reading the gazetteer and the name lists) costs about
# 1.5 s, and reading a synthetic document about 16 ms: below about a hundred documents, two workers
# finish no sooner than this process reading them alone, and spend more CPU time.
FEW_FILES = 128
SMALL_FILE = 2**20  # bytes: a document that could exhaust memory is read in a worker, which may die for it


def few_and_small(files: list[Path]) -> bool:
    """Whether the files are too few to start workers for, and none is large."""
    try:
        return len(files) <= FEW_FILES and all(path.stat().st_size <= SMALL_FILE for path in files)
    except OSError:
        return False  # a worker will say why it cannot be read


def _unchanged(path: Path, reusable: Reusable) -> dict[str, Any] | None:
    if not reusable:
        return None
    try:
        return reusable.unchanged(path)
    except OSError:
        return None  # the worker will say why it cannot be read


def _remove_tree(folder: Path) -> None:
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()


def refusal(report: BuildReport, entries: list[dict[str, Any]], allow_errors: int, target: Path) -> str | None:
    """Why this build must not replace the store's graph, or None if it may."""
    unreadable = len(report.errors)
    if not entries:
        return f"no document was read, so {target} was left as it was"
    if unreadable > allow_errors:
        allowed = f"at most {allow_errors} allowed" if allow_errors else "none allowed"
        return (f"{unreadable} files could not be read ({allowed}), so {target} was left as it was; "
                f"fix them, or build anyway with --allow-errors {unreadable}")
    return None


@dataclass
class Corpus:
    """The statements of a build's `documents` (ids in reading order), read only as far as the build
    needs them: the index (`kg.index`) for the entities a change touches, the files of the documents
    a change reads, and every statement only where a part of the build needs the whole."""

    generation: Generation
    documents: list[str]
    index: StatementIndex
    every: list[Statement] | None = None  # every statement, once read

    def all(self) -> list[Statement]:
        if self.every is None:
            self.every = list(self.of_documents(self.documents))
        return self.every

    def of_documents(self, documents: Iterable[str]) -> Iterator[Statement]:
        for document_id in documents:
            yield from read_jsonl(self.generation.statements_file(document_id))


def _resolve_and_write(generation: Generation, entries: list[dict[str, Any]], judgements: list[Judgement],
                       previous: dict[str, str], report: BuildReport, extraction: str | None,
                       on_phase: Phase | None, last: Store | None = None, fresh: set[str] | None = None) -> None:
    """Resolve the statements of the generation's documents and write its index, the backends and the
    manifest (`extraction`: the version of the loaders that read the statements). Given the `last`
    generation (and the documents `fresh`ly read), the index, resolution and the backends that can
    are updated from it with the documents that changed; and when every store backend can, only the
    part of the graph they touch is built (`changes`), from the index."""
    fresh = fresh or set()
    documents = [str(e["id"]) for e in entries]
    if on_phase:
        on_phase("resolving")
    folder = generation.path / INDEX
    every = None
    # carried when most documents are as they were; else written whole, as the statements are read anyway
    carried = last is not None and has_index(last.root) and len(fresh) < len(documents) / 2
    if last is not None and carried:
        carry_index(last.root / INDEX, folder, documents, fresh, generation.statements_file)
    else:
        every = list(index_documents(folder, documents, generation.statements_file))
    corpus = Corpus(generation, documents, StatementIndex(folder, documents), every)
    try:
        resolution, blocks = resolve_statements(corpus, fresh, judgements, previous, last)
        write_blocks(generation.path / BLOCKS, blocks)
        release_lexicons()  # the names are resolved: the lexicons' memory is the databases' now
        if on_phase:
            on_phase("building the graph")
        change = None if last is None else changes(last, corpus, resolution, previous, fresh)
        if last is not None and change is not None and carried and generation.updates_in_place():
            graph = graph_part(corpus, resolution, change, last.root / INDEX / GRAPH)
            table = GraphTable.patched(folder / GRAPH, last.root / INDEX / GRAPH, graph, change, documents)
            report.counts = counts_of(table.schema_counts(), len(entries), corpus.index.statement_count(),
                                      len(resolution.groups))
            report.warnings.extend(table.warnings(documents))
            part = True
        else:
            graph = build_graph(corpus.all(), resolution)
            table = GraphTable.write(folder / GRAPH, graph)
            report.counts = graph_counts(graph, len(entries))
            report.warnings.extend(graph.warnings)
            part = False
        table.close()
    finally:
        corpus.index.close()
    del corpus, every  # the statements: the graph holds those it needs until the writers have them
    manifest = {"documents": entries, "counts": report.counts, "errors": report.errors,
                "warnings": report.warnings, "judgements": [j.to_dict() for j in judgements],
                "extraction": extraction, "backends": backends_version(), "resolution": resolution_version()}
    load_backends = generation.write_backends(graph, on_phase, change, part=part)
    del graph, resolution, blocks  # the databases load in the memory these held
    load_backends()
    generation.write_manifest(manifest)


def resolve_statements(corpus: Corpus, fresh: set[str], judgements: list[Judgement], previous: dict[str, str],
                       last: Store | None) -> tuple[Resolution, dict[str, Block]]:
    """The resolution of the corpus's statements (canonical ids kept from `previous`), and its
    blocks. Given the `last` generation, judged alike, only the blocks (`kg.blocks`) of the documents
    new, gone or read again (`fresh`) are resolved again, unless they are half the documents or more:
    then only their statements are read, and those that date and place inspections."""
    saved = _saved_blocks(last, judgements)
    documents = set(corpus.documents)
    if last is not None and saved is not None:
        before = set(last.document_ids())
        again = (before - documents) | (fresh & before)
        if len(again | fresh) < len(documents) / 2:
            gone = mentions(s for document_id in sorted(again) for s in last.document_statements(document_id))
            new = mentions(corpus.of_documents(d for d in corpus.documents if d in fresh))
            resolution, blocks = resolve_change(saved, gone, new, judgements, last.resolution())
            return with_inspections(resolution, corpus.index.about_inspections()), blocks
    statements = corpus.all()
    found = mentions(statements)
    people = resolve_mentions(found, judgements, previous)
    return (with_inspections(Resolution(people.canonical, people.groups, people.events), statements),
            make_blocks(found, people.near))


def _saved_blocks(last: Store | None, judgements: list[Judgement]) -> dict[str, Block] | None:
    """The last generation's blocks, if it has them and was built under the same judgements and rules."""
    if last is None:
        return None
    try:
        manifest = last.manifest()
        if manifest.get("judgements") != [j.to_dict() for j in judgements] \
                or manifest.get("resolution") != resolution_version():
            return None
        return read_blocks(last.root / BLOCKS)
    except (StoreError, OSError, ValueError):
        return None


def changes(last: Store, corpus: Corpus, resolution: Resolution, previous: dict[str, str], fresh: set[str]
            ) -> Change | None:
    """How the graph of the corpus under `resolution` differs from the `last` generation's (whose
    canonical ids were `previous`): the documents new, gone, read again (`fresh`: a renamed file
    keeps its id, not its name), or with a statement about an entity, or pointing at one, that
    resolution now names otherwise (found in the index); and every entity their statements name,
    by its ids before and after. None when the last generation's backends were made by other code,
    or when so much changed that writing them whole costs less."""
    try:
        manifest = last.manifest()
    except (StoreError, OSError, ValueError):
        return None
    if manifest.get("backends") != backends_version():
        return None
    before = {str(d["id"]) for d in manifest["documents"]}
    documents = set(corpus.documents)
    changed = (before ^ documents) | (fresh & documents)
    canonical = resolution.canonical
    renamed = {x for x in canonical.keys() | previous.keys() if canonical.get(x, x) != previous.get(x, x)}
    changed |= corpus.index.documents_naming(renamed)
    if len(changed) >= len(documents) / 2:
        return None
    entities: set[str] = set()
    mentions = set(renamed)
    held: set[str] = set()  # the statements of the changed documents as the last generation held them
    gone: list[Statement] = []
    for document_id in sorted(changed & before):
        for s in last.document_statements(document_id):
            held.add(s.id)
            if document_id not in documents:
                gone.append(s)
    for s in chain(corpus.of_documents(sorted(changed & documents)), gone):
        mentions.add(s.entity)
        for x in (s.entity, s.value):
            entities.update((canonical.get(x, x), previous.get(x, x)))
    return Change(frozenset(changed), frozenset(entities), frozenset(mentions), frozenset(changed - before),
                  frozenset(held))


def graph_part(corpus: Corpus, resolution: Resolution, change: Change, last_graph: Path) -> ResolvedGraph:
    """The part of the graph a change touches (`kg.writers.Change`): every entity of `change.entities`
    whole, from the index (a statement is about the entity resolution names it by), and so every
    statement of `change.documents`; its edges may point at the other nodes of the graph, which
    are those of the last generation's (`last_graph`)."""
    wanted = change.entities
    canonical = resolution.canonical
    raw = {x for x, entity in canonical.items() if entity in wanted} | {x for x in wanted if x not in canonical}
    statements = [s for s in corpus.index.of_entities(raw) if canonical.get(s.entity, s.entity) in wanted]
    table = GraphTable(last_graph, read_only=True)
    try:
        # an entity of the change not in the part has no statements left: it is no node of the graph
        return build_graph(statements, resolution,
                           outside=lambda node: None if node in wanted else table.node_schema(node))
    finally:
        table.close()


def remove(store: Path, documents: list[str], *, judgements_file: Path | None = None, wait: bool = False,
           on_phase: Phase | None = None) -> BuildReport:
    """Remove documents (by file name, path or id) from the store's graph: a new generation
    without them, resolved again."""
    judgements = load_judgements(judgements_file)
    report = BuildReport()
    with store_lock(store, wait=wait) as target:
        remove_debris(target)
        previous = Store(target)
        entries = previous.manifest()["documents"]
        chosen = {str(e["id"]) for name in documents for e in _matching(entries, name)}
        missing = [name for name in documents if not _matching(entries, name)]
        if missing:
            raise StoreError(f"no document {missing[0]!r} in {store} (give a file name, path or id)")
        kept = [e for e in entries if str(e["id"]) not in chosen]
        if not kept:
            raise StoreError(f"that would remove every document of {store}: delete the folder instead")
        with new_generation(target) as generation:
            for entry in kept:
                generation.keep_document(previous.root, str(entry["id"]))
                report.warnings.extend(entry.get("warnings", []))
            report.reused, report.dropped, report.documents = len(kept), len(chosen), kept
            _resolve_and_write(generation, kept, judgements, previous.resolution().canonical, report,
                               previous.manifest().get("extraction"), on_phase, previous, set())
            generation.publish()
    return report


def _matching(entries: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [e for e in entries if name in (e["id"], e["name"], e.get("path"))]


def graph_counts(graph: ResolvedGraph, documents: int) -> dict[str, int]:
    """What a build summary says: documents, statements, people, organisations, relations, review groups, per schema."""
    schemas = Counter(node.schema for node in graph.nodes.values())
    schemas.update(edge.schema for edge in graph.edges if edge.prop is None)
    return counts_of(schemas, documents, len(graph.statements), len(graph.resolution.groups))


def counts_of(schemas: Counter[str], documents: int, statements: int, review_groups: int) -> dict[str, int]:
    """The counts of a build summary, from the graph's nodes and main edges by schema."""
    return {
        "documents": documents,
        "statements": statements,
        "people": schemas.get("Person", 0),
        "organisations": schemas.get("Organisation", 0),
        "relations": schemas.get("Involvement", 0),
        "review_groups": review_groups,
        **{f"entities:{k}": v for k, v in sorted(schemas.items())},
    }
