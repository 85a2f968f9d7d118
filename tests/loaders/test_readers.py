"""Bad and odd input through the reader and the loaders: statements, or one clear line naming the file."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from kg.documents import DocumentError
from kg.loaders import LoadResult, load_document
from kg.loaders.readers import read_document
from tests.conftest import load_text, people_rows
from tests.linear_time import assert_grows_linearly


def tiny_pdf(text_lines: list[str]) -> bytes:
    """A one-page PDF with a text layer."""
    return paged_pdf([text_lines])


def paged_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with one page per list of lines (no lines: a page with no text layer), written by hand
    (object offsets computed, no PDF library)."""
    count = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {count} >>"]
    font = 3 + 2 * count
    for i, lines in enumerate(pages):
        content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> >>")
        objects.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
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


def encrypted_pdf(lines: list[str], password: str) -> bytes:
    """A PDF that opens only with the user password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append_pages_from_reader(PdfReader(io.BytesIO(tiny_pdf(lines))))
    writer.encrypt(password, "owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def word_file(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A .docx of the paragraphs, then a table, then a closing paragraph, written with python-docx."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    document.add_paragraph("Yours sincerely")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


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
    ("zero.pdf", b"", "empty file (0 bytes)"),
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
    assert "truncated PDF" in refusal(write(tmp_path, "cut.pdf", whole[: len(whole) // 3]))


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
    """A long cell once took minutes (every separator re-read the rest of the row); now in time linear in the row."""
    results: dict[int, LoadResult] = {}

    def read(text: str) -> None:
        results[len(text)] = load_text(text)

    # 14 KB of names in a cell, then 56 KB
    assert_grows_linearly(read, lambda n: "Copy to:\nYOS Manager\t" + "Nadia Crouch, " * n + "\n", 1_000)
    assert people_rows(results[max(results)]) == {("Nadia Crouch", "copy_to")}


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


def test_encrypted_pdf_says_it_needs_a_password(tmp_path: Path) -> None:
    data = encrypted_pdf(["To: Nadia Crouch, Chair of the Board"], "letmein")
    assert refusal(write(tmp_path, "locked.pdf", data)) == "encrypted PDF: it needs a password to open"


def test_pdf_without_a_text_layer_needs_ocr(tmp_path: Path) -> None:
    assert "needs OCR" in refusal(write(tmp_path, "scan.pdf", paged_pdf([[], []])))


def test_pdf_quotes_know_their_page(tmp_path: Path) -> None:
    pages = [["A note for the board"], ["Some words about the service."],
             ["To: Nadia Crouch, Chair of the Board", "From: Gregory Lamb, HM Inspector"]]
    result = outcome(write(tmp_path, "letter.pdf", paged_pdf(pages)))
    assert isinstance(result, LoadResult)
    assert len(result.document.pages) == 3
    people = {s.value: s for s in result.statements if s.schema == "Person" and s.prop == "name"}
    assert {people["Nadia Crouch"].page, people["Gregory Lamb"].page} == {3}
    for statement in result.statements:
        assert result.document.text[statement.start:statement.end] == statement.quote
        page_start = result.document.pages[statement.page - 1]
        assert statement.page == 1 or result.document.text[page_start - 2:page_start] == "\n\n"
        assert statement.start >= page_start


def test_text_statements_have_no_page() -> None:
    result = load_text("To: Nadia Crouch, Chair of the Board\nFrom: Gregory Lamb, HM Inspector\n")
    assert result.statements and all(s.page is None for s in result.statements)
    assert "page" not in result.statements[0].to_dict()


def test_docx_is_read_with_offsets_and_tables(tmp_path: Path) -> None:
    data = word_file(["Note of a meeting", "To: Nadia Crouch, Chair of the Board",
                      "From: Gregory Lamb, Service Manager"],
                     [["Copy to:", ""], ["YOS Manager", "Patricia Orme"]])
    result = outcome(write(tmp_path, "note.docx", data))
    assert isinstance(result, LoadResult), result
    assert result.document.format == "docx"
    assert "YOS Manager\tPatricia Orme" in result.document.text
    assert {("Nadia Crouch", "addressee"), ("Gregory Lamb", "author")} <= people_rows(result)
    for statement in result.statements:
        assert result.document.text[statement.start:statement.end] == statement.quote


def test_docx_is_never_a_binary_file(tmp_path: Path) -> None:
    data = word_file(["To: Nadia Crouch, Chair of the Board"])
    renamed = outcome(write(tmp_path, "note-without-suffix", data))
    assert isinstance(renamed, LoadResult) and renamed.document.format == "docx"
    reason = refusal(write(tmp_path, "broken.docx", data[: len(data) // 2]))
    assert "Word file" in reason and "binary" not in reason
    legacy = refusal(write(tmp_path, "old.docx", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(600)))
    assert "Word file" in legacy


LETTER = "To: Nadia Crouch, Chair of the Board\nFrom: Gregory Lamb, HM Inspector\nFees of £40 – agreed.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_decodes(tmp_path: Path, encoding: str) -> None:
    result = outcome(write(tmp_path, "utf16.txt", LETTER.encode(encoding)))
    assert isinstance(result, LoadResult)
    assert result.document.text == LETTER


def test_cp1252_pound_sign_stays_a_pound_sign(tmp_path: Path) -> None:
    text = "Minutes\n\nThe budget of £12,000 for Chloé’s team was agreed.\n"
    result = outcome(write(tmp_path, "minutes.txt", text.encode("cp1252")))
    assert isinstance(result, LoadResult)
    assert result.document.text == text


def test_one_bad_byte_in_utf8_costs_only_that_byte(tmp_path: Path) -> None:
    data = LETTER.encode("utf-8").replace(b"agreed", b"agr\xffeed")
    result = outcome(write(tmp_path, "damaged.txt", data))
    assert isinstance(result, LoadResult)
    assert result.document.text == LETTER.replace("agreed", "agr\ufffdeed")


def test_file_without_extension_is_read_only_if_it_looks_like_text(tmp_path: Path) -> None:
    assert isinstance(outcome(write(tmp_path, "LETTER", LETTER.encode())), LoadResult)
    assert "binary" in refusal(write(tmp_path, "MANIFEST-000004", b"\x00\x01rocksdb\x00" * 50))


def test_the_files_under_a_folder_are_its_supported_files_at_any_depth(tmp_path: Path) -> None:
    """Supported files in the folder and its subfolders, sorted; hidden files and folders, READMEs and other
    suffixes left out; a linked file is read, a linked folder is not followed (it may hold the folder itself)."""
    from kg.loaders.readers import supported_files

    for name in ("b.txt", "A.PDF", "sub/deeper/c.html", "sub/d.docx", "README.md", "notes.md", ".hidden.txt",
                 ".git/e.txt", "image.png", "sub/.cache/f.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("text", encoding="utf-8")
    (tmp_path / "linked.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    found, errors = supported_files(tmp_path)
    assert errors == []
    assert found == sorted(tmp_path / name for name in ("b.txt", "A.PDF", "sub/deeper/c.html", "sub/d.docx",
                                                         "notes.md", "linked.txt"))
