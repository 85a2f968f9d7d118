"""The statement index: each generation's statements by entity, and its graph as built, so that an
incremental build reads only the statements of the entities a change touches, never the corpus's.

    STORE/gen-…/index/statements-N.sqlite   the statements of some documents: by entity, by the
                                            entity a value points at, and those that date and place
                                            inspections (`kg.inspections`); written once, never changed
    STORE/gen-…/index/graph.sqlite          each entity of the graph as built (schema, node or edge)
                                            and the graph's warnings, by document and by entity

The documents' statement files stay the source of truth; the index is derived from them. Its
segments are immutable, so a new generation takes the last one's as hard links and adds one
segment of the documents it read: a document's statements are those of the newest segment that
holds it, if it is still in the build. Small segments are merged as they pile up (the newest
two, while the newer holds at least half as many statements as the older: a segment is merged
about log(n) times), and all of them when a quarter of their statements are of documents gone
or read again. `graph.sqlite` is copied and changed where the graph changed. A popular entity (an
inspectorate, a chief inspector named in thousands of documents) costs its own statements: the
rows of one entity, not the documents that name it.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from kg.graph import ResolvedGraph
from kg.inspections import about_inspections
from kg.model import Model, load_model
from kg.statements import Statement
from kg.writers import Change

INDEX = "index"
GRAPH = "graph.sqlite"
SEGMENT_PREFIX = "statements-"
BATCH = 500  # ids a query asks for at once
MAX_DEAD = 0.25  # of the segments' statements, of documents gone or read again, before all are merged

SEGMENT_SCHEMA = (
    "CREATE TABLE statements(entity TEXT NOT NULL, ref TEXT, document TEXT NOT NULL, seq INTEGER NOT NULL, "
    "inspection INTEGER NOT NULL, line BLOB NOT NULL)",
    "CREATE TABLE documents(id TEXT PRIMARY KEY, lines INTEGER NOT NULL, statements INTEGER NOT NULL)",
)
SEGMENT_INDEXES = (
    "CREATE INDEX statements_by_entity ON statements(entity)",
    "CREATE INDEX statements_by_ref ON statements(ref) WHERE ref IS NOT NULL",
    "CREATE INDEX statements_about_inspections ON statements(inspection) WHERE inspection",
)
GRAPH_SCHEMA = (
    "CREATE TABLE entities(id TEXT PRIMARY KEY, schema TEXT NOT NULL, node INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE value_warnings(document TEXT NOT NULL, seq INTEGER NOT NULL, message TEXT NOT NULL)",
    "CREATE INDEX value_warnings_by_document ON value_warnings(document)",
    # rank: 0 for the entities behind edges, 1 for nodes, as a build reports them (kg.graph.GraphWarnings)
    "CREATE TABLE edge_warnings(entity TEXT NOT NULL, rank INTEGER NOT NULL, seq INTEGER NOT NULL, "
    "message TEXT NOT NULL)",
    "CREATE INDEX edge_warnings_by_entity ON edge_warnings(entity)",
)


def _writable(path: Path) -> sqlite3.Connection:
    """A database being written in a generation not yet published: no journal, no syncs (a build
    that dies leaves the whole generation to be removed, and publishing makes its files durable)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("BEGIN")
    return connection


def _read_only(path: Path) -> sqlite3.Connection:
    # immutable: a published generation's files never change (a segment may be a hard link shared by several)
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for one in ids:
        batch.append(one)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _marks(batch: list[str]) -> str:
    return ",".join("?" * len(batch))


class SegmentWriter:
    """Writes one segment, a document at a time."""

    def __init__(self, path: Path, model: Model | None = None) -> None:
        self.path = path
        self.model = model or load_model()
        self.refs: dict[tuple[str, str], bool] = {}
        self.connection = _writable(path)
        for statement in SEGMENT_SCHEMA:
            self.connection.execute(statement)

    def add(self, document_id: str, lines: Iterable[bytes]) -> list[Statement]:
        """Add the statements of a document (its file's lines); returns them."""
        rows = []
        found = []
        for seq, line in enumerate(lines):
            if not line.strip():
                continue
            s = Statement.from_line(line)
            found.append(s)
            rows.append((s.entity, s.value if self._is_ref(s) else None, document_id, seq, about_inspections(s), line))
        self.connection.executemany("INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?)", rows)
        self.connection.execute("INSERT INTO documents VALUES (?, ?, ?)",
                                (document_id, len(rows), len({s.id for s in found})))
        return found

    def _is_ref(self, s: Statement) -> bool:
        key = (s.schema, s.prop)
        known = self.refs.get(key)
        if known is None:
            known = self.refs[key] = self.model.property(s.schema, s.prop).type == "ref"
        return known

    def close(self) -> None:
        for statement in SEGMENT_INDEXES:
            self.connection.execute(statement)
        self.connection.execute("COMMIT")
        self.connection.close()


def read_lines(path: Path) -> list[bytes]:
    with path.open("rb") as fh:
        return fh.readlines()


def index_documents(folder: Path, documents: Iterable[str], statements_file: Callable[[str], Path]
                    ) -> Iterator[Statement]:
    """Write the index of the documents whole, into an empty `folder`; yields their statements in
    reading order as it goes (a build from scratch resolves every one)."""
    folder.mkdir(exist_ok=True)
    writer = SegmentWriter(folder / _segment_name(1))
    try:
        for document_id in documents:
            yield from writer.add(document_id, read_lines(statements_file(document_id)))
    finally:
        writer.close()


def has_index(generation: Path) -> bool:
    folder = generation / INDEX
    return (folder / GRAPH).is_file() and any(folder.glob(f"{SEGMENT_PREFIX}*.sqlite"))


def carry_index(last: Path, folder: Path, documents: list[str], fresh: set[str],
                statements_file: Callable[[str], Path]) -> None:
    """The index of a new generation from the `last` one's (its `index` folder): its segments as hard
    links, a segment of the documents `fresh`ly read, and segments merged as the module says."""
    folder.mkdir(exist_ok=True)
    segments = sorted(last.glob(f"{SEGMENT_PREFIX}*.sqlite"))
    for segment in segments:
        _link(segment, folder / segment.name)
    if fresh:
        number = _segment_number(segments[-1]) + 1 if segments else 1
        writer = SegmentWriter(folder / _segment_name(number))
        try:
            for document_id in documents:
                if document_id in fresh:
                    writer.add(document_id, read_lines(statements_file(document_id)))
        finally:
            writer.close()
    _merge(folder, documents)


def _link(source: Path, destination: Path) -> None:
    try:
        destination.hardlink_to(source)
    except OSError:  # another file system, or links not supported
        shutil.copyfile(source, destination)


def _segment_name(number: int) -> str:
    return f"{SEGMENT_PREFIX}{number:06d}.sqlite"


def _segment_number(path: Path) -> int:
    return int(path.stem.removeprefix(SEGMENT_PREFIX))


@dataclass
class Segment:
    path: Path
    rows: int  # every statement it holds
    live: int  # the statements of the documents it holds for the build
    owned: list[str]  # those documents


def _segments(folder: Path, documents: Iterable[str]) -> list[Segment]:
    """The folder's segments, oldest first, each with the documents whose statements it holds for a
    build of `documents` (the newest segment holding a document has its statements)."""
    wanted = set(documents)
    found: list[Segment] = []
    owner: dict[str, Segment] = {}
    counts: dict[tuple[Path, str], int] = {}
    for path in sorted(folder.glob(f"{SEGMENT_PREFIX}*.sqlite")):
        segment = Segment(path, 0, 0, [])
        found.append(segment)
        with closing(_read_only(path)) as connection:
            for document_id, lines in connection.execute("SELECT id, lines FROM documents"):
                segment.rows += lines
                counts[path, document_id] = lines
                if document_id in wanted:
                    owner[document_id] = segment
    for document_id, segment in owner.items():
        segment.owned.append(document_id)
        segment.live += counts[segment.path, document_id]
    return found


def _merge(folder: Path, documents: list[str]) -> None:
    """Merge segments as the module's docstring says, keeping only the statements each owns."""
    segments = _segments(folder, documents)
    rows = sum(s.rows for s in segments)
    if len(segments) > 1 and rows - sum(s.live for s in segments) > MAX_DEAD * rows:
        _merged(folder, segments)
        return
    while len(segments) > 1 and 2 * segments[-1].live >= segments[-2].live:
        merged = _merged(folder, segments[-2:])
        segments[-2:] = [merged]


def _merged(folder: Path, segments: list[Segment]) -> Segment:
    """One segment holding what `segments` own, named as the newest of them, replacing them."""
    target = folder / f".merging-{segments[-1].path.name}"
    connection = _writable(target)
    for statement in SEGMENT_SCHEMA:
        connection.execute(statement)
    connection.execute("COMMIT")
    for number, segment in enumerate(segments):
        connection.execute(f"ATTACH DATABASE ? AS s{number}", (f"file:{segment.path}?mode=ro&immutable=1",))
    connection.execute("BEGIN")
    connection.execute("CREATE TEMP TABLE owned(id TEXT NOT NULL, segment INTEGER NOT NULL)")
    connection.executemany("INSERT INTO owned VALUES (?, ?)",
                           ((d, number) for number, segment in enumerate(segments) for d in segment.owned))
    for number in range(len(segments)):
        keep = f"(SELECT id FROM owned WHERE segment = {number})"
        connection.execute(f"INSERT INTO statements SELECT * FROM s{number}.statements WHERE document IN {keep}")
        connection.execute(f"INSERT INTO documents SELECT * FROM s{number}.documents WHERE id IN {keep}")
    for statement in SEGMENT_INDEXES:
        connection.execute(statement)
    connection.execute("COMMIT")
    for number in range(len(segments)):
        connection.execute(f"DETACH DATABASE s{number}")
    connection.close()
    for segment in segments:
        segment.path.unlink()
    final = segments[-1].path
    target.rename(final)
    live = sum(s.live for s in segments)
    return Segment(final, live, live, [d for s in segments for d in s.owned])


class StatementIndex:
    """A generation's statements as the index holds them, for a build of `documents` (in reading
    order): what comes back is in reading order, as a build from scratch reads it."""

    def __init__(self, folder: Path, documents: list[str]) -> None:
        self.folder = folder
        self.position = {document_id: n for n, document_id in enumerate(documents)}
        self.segments = [s for s in _segments(folder, documents) if s.owned]
        self.owner = {document_id: n for n, s in enumerate(self.segments) for document_id in s.owned}
        self.connections = [_read_only(s.path) for s in self.segments]

    def close(self) -> None:
        for connection in self.connections:
            connection.close()

    def _rows(self, query: str, batches: list[list[str]] | None = None) -> list[tuple[str, int, bytes]]:
        """The rows (document, seq, line) the query finds in every segment, for each batch of ids it
        takes (`{marks}` in the query), kept where the segment holds the document for this build."""
        found = []
        for number, connection in enumerate(self.connections):
            for batch in batches if batches is not None else [[]]:
                for document_id, seq, line in connection.execute(query.format(marks=_marks(batch)), batch):
                    if self.owner.get(document_id) == number:
                        found.append((document_id, seq, line))
        return found

    def _statements(self, rows: list[tuple[str, int, bytes]]) -> list[Statement]:
        rows.sort(key=lambda row: (self.position[row[0]], row[1]))
        return [Statement.from_line(line) for _, _, line in rows]

    def of_entities(self, ids: Iterable[str]) -> list[Statement]:
        """The statements about the entities (ids as the loaders wrote them)."""
        batches = list(_chunks(sorted(set(ids))))
        return self._statements(self._rows("SELECT document, seq, line FROM statements WHERE entity IN ({marks})",
                                           batches))

    def documents_naming(self, ids: Iterable[str]) -> set[str]:
        """The documents with a statement about one of the entities, or pointing at one."""
        batches = list(_chunks(sorted(set(ids))))
        return {document_id for column in ("entity", "ref") for document_id, _, _ in
                self._rows(f"SELECT document, seq, NULL FROM statements WHERE {column} IN ({{marks}})", batches)}

    def about_inspections(self) -> list[Statement]:
        """The statements that date and place inspections (`kg.inspections.about_inspections`)."""
        return self._statements(self._rows("SELECT document, seq, line FROM statements WHERE inspection"))

    def statement_count(self) -> int:
        """How many statements the documents hold (a statement read twice in one document is one)."""
        count = 0
        for number, connection in enumerate(self.connections):
            for document_id, statements in connection.execute("SELECT id, statements FROM documents"):
                if self.owner.get(document_id) == number:
                    count += statements
        return count


class GraphTable:
    """`graph.sqlite`: every entity of a generation's graph (its schema; a node, or an edge), and the
    graph's warnings by document and entity, so an incremental build that builds only a part of the
    graph knows the rest: the nodes its edges may point at, the counts, the warnings."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        """The table at `path`; `read_only` for a published generation's, which never changes."""
        self.path = path
        self.connection = _read_only(path) if read_only else sqlite3.connect(path, isolation_level=None)

    def close(self) -> None:
        self.connection.close()

    @classmethod
    def write(cls, path: Path, graph: ResolvedGraph) -> GraphTable:
        """The table of a whole graph."""
        connection = _writable(path)
        for statement in GRAPH_SCHEMA:
            connection.execute(statement)
        connection.execute("COMMIT")
        connection.close()
        table = cls(path)
        table._add(graph, set(graph.warned.values))
        return table

    @classmethod
    def patched(cls, path: Path, last: Path, graph: ResolvedGraph, change: Change, documents: Iterable[str]
                ) -> GraphTable:
        """The `last` table with the entities of `change` (every one whole in `graph`, a part of the
        whole) and the documents it changed taken from `graph`, for a build of `documents`."""
        shutil.copyfile(last, path)
        table = cls(path)
        connection = table.connection
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute("BEGIN")
        connection.execute("CREATE TEMP TABLE changed(id TEXT PRIMARY KEY)")
        connection.executemany("INSERT INTO changed VALUES (?)", ((e,) for e in change.entities))
        connection.execute("DELETE FROM entities WHERE id IN (SELECT id FROM changed)")
        connection.execute("DELETE FROM edge_warnings WHERE entity IN (SELECT id FROM changed)")
        live = set(documents)
        stale = {d for (d,) in connection.execute("SELECT DISTINCT document FROM value_warnings")
                 if d not in live or d in change.documents}
        connection.executemany("DELETE FROM value_warnings WHERE document = ?", ((d,) for d in stale))
        connection.execute("COMMIT")
        table._add(graph, change.documents & live)
        return table

    def _add(self, graph: ResolvedGraph, documents: Collection[str]) -> None:
        """Add the graph's entities, its edge warnings, and its value warnings of `documents`."""
        connection = self.connection
        connection.execute("BEGIN")
        entities = [(node.id, node.schema, 1) for node in graph.nodes.values()]
        entities += [(edge.entity, edge.schema, 0) for edge in graph.edges if edge.prop is None]
        connection.executemany("INSERT INTO entities VALUES (?, ?, ?)", entities)
        schema_of = {entity: schema for entity, schema, _ in entities}
        connection.executemany("INSERT INTO value_warnings VALUES (?, ?, ?)",
                               ((d, seq, message) for d, found in graph.warned.values.items() if d in documents
                                for seq, message in enumerate(found)))
        rank = {name: int(schema.edge is None) for name, schema in graph.model.schemas.items()}
        connection.executemany("INSERT INTO edge_warnings VALUES (?, ?, ?, ?)",
                               ((entity, rank[schema_of[entity]], seq, message)
                                for entity, found in graph.warned.edges.items() for seq, message in enumerate(found)))
        connection.execute("COMMIT")

    def node_schema(self, node_id: str) -> str | None:
        """The schema of a node of the graph, or None if it has no such node."""
        row = self.connection.execute("SELECT schema FROM entities WHERE id = ? AND node", (node_id,)).fetchone()
        return None if row is None else str(row[0])

    def schema_counts(self) -> Counter[str]:
        """Nodes and edges (the main edge of an edge entity) by schema."""
        return Counter({schema: count for schema, count in
                        self.connection.execute("SELECT schema, COUNT(*) FROM entities GROUP BY schema")})

    def warnings(self, documents: list[str]) -> list[str]:
        """The graph's warnings in the order a build reports them, for a build of `documents`."""
        position = {document_id: n for n, document_id in enumerate(documents)}
        values = sorted((position[d], seq, message) for d, seq, message in
                        self.connection.execute("SELECT document, seq, message FROM value_warnings")
                        if d in position)
        edges = self.connection.execute("SELECT message FROM edge_warnings ORDER BY rank, entity, seq")
        return [message for _, _, message in values] + [message for (message,) in edges]
