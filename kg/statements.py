"""Statements: the unit of data, and the one source of truth for every store and export.

A statement says that one property of one entity has one value, and where that was read:
the document (content hash and file name), the character span and the exact quote, and
the page the quote is on for documents that have pages. Its id
is a hash of its content, so reading a document again gives the same statements, and
removing a document removes exactly its statements.

A store keeps them as JSON lines (orjson: a build reads every statement of the corpus back at
least once, and the standard library's json took most of that time), each with its id, which
reading trusts rather than hashing again: the files are written by this code, and a change to
it changes the loaders' version, so every document is read again (`kg.build.extraction_version`).
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import BinaryIO

import orjson


def stable_hash(*parts: object, length: int = 16) -> str:
    """A short hex digest of the parts, stable across runs and machines."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True, order=True, slots=True)
class Statement:
    entity: str
    schema: str
    prop: str
    value: str
    document: str
    document_id: str
    start: int
    end: int
    quote: str
    extractor: str
    page: int | None = None  # the quote's page (from 1), for documents that have pages
    id: str = field(init=False, compare=False, repr=False)  # computed once: every writer asks for it

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", stable_hash(self.entity, self.prop, self.value, self.document_id, self.start,
                                                   self.end))

    def to_dict(self) -> dict[str, object]:
        # the fields by name, not dataclasses.asdict: its deep copy cost a tenth of a build's reading
        row = {name: getattr(self, name) for name in STATEMENT_FIELDS}
        if self.page is None:
            del row["page"]
        return row

    @classmethod
    def from_dict(cls, row: dict[str, object]) -> Statement:
        given = {f.name: _shared(f.name, row[f.name]) for f in fields(cls) if f.init and f.name in row}
        return cls(**given)  # type: ignore[arg-type]

    @classmethod
    def from_line(cls, line: bytes | str) -> Statement:
        """The statement of one line that `write_jsonl` wrote, its id as written (see the module's
        docstring): field by field, as a build reads hundreds of thousands of them."""
        row = orjson.loads(line)
        if "id" not in row:
            return cls.from_dict(row)
        statement = object.__new__(cls)
        put = object.__setattr__
        intern = sys.intern  # see _shared
        put(statement, "entity", intern(row["entity"]))
        put(statement, "schema", intern(row["schema"]))
        put(statement, "prop", intern(row["prop"]))
        put(statement, "value", intern(row["value"]))
        put(statement, "document", intern(row["document"]))
        put(statement, "document_id", intern(row["document_id"]))
        put(statement, "start", row["start"])
        put(statement, "end", row["end"])
        put(statement, "quote", row["quote"])
        put(statement, "extractor", intern(row["extractor"]))
        put(statement, "page", row.get("page"))
        put(statement, "id", row["id"])
        return statement

    def line(self) -> bytes:
        """The statement as one line of JSON, keys sorted, ending in a line break."""
        return orjson.dumps(self.to_dict(), option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


STATEMENT_FIELDS = tuple(f.name for f in fields(Statement))


def _shared(field: str, value: object) -> object:
    """One copy of a text that many statements repeat (entity and document ids, names, schemas):
    a build holds every statement of the corpus, and these are most of their bytes."""
    return sys.intern(value) if isinstance(value, str) and field != "quote" else value


def write_jsonl(statements: Iterable[Statement], output: Path | BinaryIO) -> int:
    """Write one JSON object a line to a file or a binary stream; returns how many."""
    count = 0
    with output.open("wb") if isinstance(output, Path) else nullcontext(output) as fh:
        for statement in statements:
            fh.write(statement.line())
            count += 1
    return count


def read_jsonl(path: Path) -> Iterator[Statement]:
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                yield Statement.from_line(line)
