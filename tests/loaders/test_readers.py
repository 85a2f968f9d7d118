"""Bad and odd input through the reader and the loaders: statements, or one clear line naming the file."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from kg.documents import DocumentError
from kg.loaders import LoadResult, load_document
from kg.loaders.readers import read_document
from tests.conftest import load_text, people_rows


def tiny_pdf(text_lines: list[str]) -> bytes:
    """A one-page PDF with a text layer, written by hand (object offsets computed, no PDF library)."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in text_lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def outcome(path: Path) -> LoadResult | DocumentError:
    """What a batch gets for one file: a load result, or the reader's refusal."""
    try:
        return load_document(read_document(path))
    except DocumentError as error:
        return error


def refusal(path: Path) -> str:
    result = outcome(path)
    assert isinstance(result, DocumentError), f"{path.name} was read, but should have been refused"
    message = str(result)
    assert "\n" not in message and path.name in message
    return result.reason


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n", "empty"),
    ("noise.bin", bytes(range(256)) * 16, "binary"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nthis is not a pdf", "PDF"),
    ("renamed.pdf", b"just some words, not a PDF at all", "PDF"),
])
def test_unreadable_files_are_refused_in_one_line(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    assert reason.lower() in refusal(write(tmp_path, name, data)).lower()


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    whole = tiny_pdf(["To: Nadia Crouch, Chair of the Board"])
    assert "pdf" in refusal(write(tmp_path, "cut.pdf", whole[: len(whole) // 3])).lower()


def test_missing_file_is_refused(tmp_path: Path) -> None:
    assert "cannot be opened" in refusal(tmp_path / "absent.txt")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_decode(tmp_path: Path, encoding: str) -> None:
    text = ("Minutes of the meeting\n\nPresent:\nChloé Brontë, Head of Service\nGregory Lamb, Team Manager\n\n"
            "The café’s report was noted.\n" if encoding == "cp1252" else
            "Minutes of the meeting\n\nPresent:\nChloé Brontë, Head of Service\nGregory Lamb, Team Manager\n\n"
            "The café report was noted.\n")
    result = outcome(write(tmp_path, f"{encoding}.txt", text.encode(encoding)))
    assert isinstance(result, LoadResult)
    assert result.document.text == text
    assert ("Chloé Brontë", "present_at_meeting") in people_rows(result)


def test_utf16_with_byte_order_mark_decodes(tmp_path: Path) -> None:
    text = "To: Nadia Crouch, Chair of the Board\nFrom: Gregory Lamb, HM Inspector\n"
    result = outcome(write(tmp_path, "utf16.txt", text.encode("utf-16")))
    assert isinstance(result, LoadResult)
    assert {("Nadia Crouch", "addressee"), ("Gregory Lamb", "author")} <= people_rows(result)


def test_small_pdf_is_read_without_pypdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)  # any import of pypdf now fails
    path = write(tmp_path, "letter.pdf", tiny_pdf(["To: Nadia Crouch, Chair of the Board",
                                                   "From: Gregory Lamb, HM Inspector"]))
    result = outcome(path)
    assert isinstance(result, LoadResult)
    assert result.document.format == "pdf"
    assert {("Nadia Crouch", "addressee"), ("Gregory Lamb", "author")} <= people_rows(result)
    for statement in result.statements:
        assert result.document.text[statement.start:statement.end] == statement.quote


def test_html_table_rows_become_tab_separated_lines(tmp_path: Path) -> None:
    html = ("<!DOCTYPE html><html><head><title>YOT</title><script>var x = 'Nadia Evil';</script></head><body>"
            "<h1>Youth offending team</h1><p>Contact us</p><table>"
            "<tr><th>Name</th><th>Post</th></tr>"
            "<tr><td>Nadia Crouch</td><td>YOS Manager</td></tr>"
            "<tr><td>Gregory Lamb</td><td>Team Leader</td></tr></table></body></html>")
    result = outcome(write(tmp_path, "team.html", html.encode()))
    assert isinstance(result, LoadResult)
    assert "Nadia Crouch\tYOS Manager" in result.document.text
    assert "var x" not in result.document.text
    assert people_rows(result) == {("Nadia Crouch", "staff"), ("Gregory Lamb", "staff")}


HOSTILE = [
    pytest.param("To: Robert'); DROP TABLE people;--, Chair of the Board\nFrom: Gregory Lamb, HM Inspector\n",
                 id="sql-in-a-name"),
    pytest.param("To: <script>alert('Nadia Crouch')</script>, Chair\nFrom: Gregory Lamb\x00\x07, HM Inspector\n",
                 id="script-and-control-characters"),
    pytest.param("Copy to:\nYOS Manager\t" + "Nadia Crouch, " * 1_500 + "\n", id="very-long-table-row"),
    pytest.param("PRESS RELEASE\n\n" + "said Nadia Crouch, Chief Inspector of Probation. " * 2_000, id="very-long-line"),
    pytest.param("Copy to:\n" + "\t\t|||\n" * 500 + "Chair\t\n", id="empty-table"),
    pytest.param("“" * 5000 + "said Nadia Crouch, Chief Inspector of Probation" + "”" * 5000, id="unbalanced-quotes"),
    pytest.param("\u202eTo: \ufeffNadia\u200b Crouch, Chair\n", id="invisible-characters"),
    pytest.param("x", id="one-character"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_raises(text: str) -> None:
    result = load_text(text)
    for statement in result.statements:
        assert result.document.text[statement.start:statement.end] == statement.quote


def test_long_rows_are_read_in_linear_time() -> None:
    """A long cell once took minutes (every separator re-read the rest of the row); now seconds."""
    started = time.perf_counter()
    result = load_text("Copy to:\nYOS Manager\t" + "Nadia Crouch, " * 6_000 + "\n")
    assert time.perf_counter() - started < 30
    assert people_rows(result) == {("Nadia Crouch", "copy_to")}


def test_hostile_names_are_not_invented() -> None:
    result = load_text("To: Robert'); DROP TABLE people;--, Chair of the Board\nFrom: Gregory Lamb, HM Inspector\n")
    names = {name for name, _ in people_rows(result)}
    assert not any("DROP" in name or ";" in name for name in names)
    assert "Gregory Lamb" in names


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_through_the_reader(tmp_path: Path, text: str) -> None:
    result = outcome(write(tmp_path, "hostile.txt", text.encode("utf-8")))
    assert isinstance(result, LoadResult | DocumentError)


def test_blank_document_given_as_text_yields_nothing() -> None:
    assert load_text(" \n\t").statements == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Note of a meeting\n\nTo: Nadia Crouch, Chair of the Board\nFrom: Gregory Lamb, Service Manager\n",
                 {("Nadia Crouch", "addressee"), ("Gregory Lamb", "author")}, id="to-from-block"),
    pytest.param("A review of the service\n\nThe review was led by Gregory Lamb, HM Inspector.\n",
                 {("Gregory Lamb", "lead_inspector")}, id="led-by-line"),
    pytest.param("A letter\n\nCopy to:\nYOS Manager\tNadia Crouch\nDirector of Children's Services\tGregory Lamb\n",
                 {("Nadia Crouch", "copy_to"), ("Gregory Lamb", "copy_to")}, id="copy-list"),
    pytest.param("Workshop notes, 4 May 2016\n\nPresent:\nNadia Crouch, YOS Manager\nGregory Lamb, Team Leader\n\n"
                 "Apologies:\nPatricia Orme, Police\n\n1. The group discussed the plan.\n",
                 {("Nadia Crouch", "present_at_meeting"), ("Gregory Lamb", "present_at_meeting"),
                  ("Patricia Orme", "apologies")}, id="attendance-list"),
])
def test_unknown_family_still_yields_generic_facts(text: str, expected: set[tuple[str, str]]) -> None:
    result = load_text(text)
    assert result.families == ("unknown",)
    assert people_rows(result) == expected
