"""Statements: the unit of data, and the one source of truth for every store and export.

A statement says that one property of one entity has one value, and where that was read:
the document (content hash and file name), the character span and the exact quote, and
the page the quote is on for documents that have pages. Its id
is a hash of its content, so reading a document again gives the same statements, and
removing a document removes exactly its statements.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import BinaryIO


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
            fh.write((json.dumps(statement.to_dict(), ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
            count += 1
    return count


def read_jsonl(path: Path) -> Iterator[Statement]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield Statement.from_dict(json.loads(line))
