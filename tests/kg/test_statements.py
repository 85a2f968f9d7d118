"""Statements: content-addressed ids, and a JSON-lines round trip that loses nothing."""

from __future__ import annotations

import io
from pathlib import Path

from kg.statements import Statement, read_jsonl, stable_hash, write_jsonl


def statement(**changes: object) -> Statement:
    fields: dict[str, object] = dict(entity="person-1", schema="Person", prop="name", value="Ann Wright",
                                     document="minutes.txt", document_id="d1", start=10, end=20,
                                     quote="Ann Wright", extractor="loader")
    fields.update(changes)
    return Statement(**fields)  # type: ignore[arg-type]


def test_stable_hash_is_stable_and_separates_parts() -> None:
    assert stable_hash("a", "b") == stable_hash("a", "b")
    assert stable_hash("ab", "") != stable_hash("a", "b")
    assert stable_hash(None) == stable_hash("")
    assert len(stable_hash("a", length=8)) == 8


def test_the_id_is_the_content_not_the_extractor_or_quote() -> None:
    assert statement().id == statement(extractor="other", quote="x").id
    assert statement().id != statement(start=11).id
    assert statement().id != statement(value="Ann Wrigh").id
    assert statement().id != statement(document_id="d2").id


def test_jsonl_round_trip(tmp_path: Path) -> None:
    rows = [statement(), statement(prop="title", value="Ms — “Chair”", start=3, end=5)]
    path = tmp_path / "statements.jsonl"
    assert write_jsonl(rows, path) == 2
    assert list(read_jsonl(path)) == rows
    stream = io.BytesIO()
    write_jsonl(rows, stream)
    assert stream.getvalue().decode("utf-8") == path.read_text(encoding="utf-8")
    assert statement().to_dict()["id"] == statement().id
    assert Statement.from_dict(statement().to_dict()) == statement()
