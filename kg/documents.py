"""Documents as read: the text every statement's offsets point into."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.statements import stable_hash


class DocumentError(Exception):
    """A document that cannot be read; the message names the reason in one line."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class Document:
    id: str
    name: str
    path: str
    format: str
    text: str

    @classmethod
    def from_text(cls, name: str, text: str, fmt: str = "text", path: str = "") -> Document:
        return cls(id=stable_hash(text, length=24), name=name, path=path or name, format=fmt, text=text)
