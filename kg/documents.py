"""Documents as read: the text every statement's offsets point into."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from kg.statements import stable_hash


def display_path(path: Path | str) -> str:
    """A file name as text that can be printed and stored as UTF-8: bytes of a name that are not
    UTF-8 (Linux allows any) are shown as backslash escapes, so the file is still named and found."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class DocumentError(Exception):
    """A document that cannot be read; the message names the reason in one line."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{display_path(path)}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class Document:
    id: str
    name: str
    path: str
    format: str
    text: str
    pages: tuple[int, ...] = ()  # where each page starts in `text`, for documents that have pages (PDF)

    @classmethod
    def from_text(cls, name: str, text: str, fmt: str = "text", path: str = "", pages: tuple[int, ...] = ()
                  ) -> Document:
        return cls(id=stable_hash(text, length=24), name=name, path=path or name, format=fmt, text=text,
                   pages=pages)

    def page_at(self, offset: int) -> int | None:
        """The page number (from 1) that the character at `offset` is on, or None for a document without pages."""
        return bisect_right(self.pages, offset) if self.pages else None
