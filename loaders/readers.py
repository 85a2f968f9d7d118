"""Format readers: turn a text, PDF, Word (.docx) or HTML file into one text that offsets point into.

Line endings are folded to "\\n" as Python's own text reading does, so a quote checked
against `Path.read_text()` of a text file matches. PDFs are read with pdfplumber (it keeps
a table row on one line), page by page, and the Document keeps where each page starts so a
quote knows its page; Word files with python-docx, paragraphs and tables in document order;
HTML with BeautifulSoup. Table cells are joined by tabs in all three.

Text that is not UTF-8 is read as the documents are written: in English, so a legacy
single-byte file is Windows Western (cp1252, where 0xA3 is "£"), and UTF-16 is recognised
with or without a byte-order mark. A UTF-8 file with a few bad bytes loses only those bytes
(each becomes U+FFFD), not the whole file. In a folder only files with a known extension
are read; a file named directly is read whatever its name, as text if it looks like text.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from charset_normalizer import from_bytes

from kg.documents import Document, DocumentError, display_path

MAX_BYTES = 200 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES
PAGE_BREAK = "\n\n"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc, and Office files encrypted with a password
NOT_TEXT = "binary file, not text, PDF, Word (.docx) or HTML"


def supported_files(folder: Path) -> tuple[list[Path], list[str]]:
    """The files under a folder (recursively, sorted) with a supported extension, hidden ones and READMEs left
    out, and one line for each subfolder that could not be read (so nothing is skipped silently)."""
    found: list[Path] = []
    errors: list[str] = []

    def unreadable(exc: OSError) -> None:
        errors.append(f"{display_path(exc.filename or folder)}: folder cannot be read ({exc.strerror or exc})")

    # the entries' own types (os.scandir), not a status asked of each file: a folder of 10,000 documents took
    # 0.2 CPU s of every build, most of an incremental build's look at its files; folders linked are not followed
    pending = [str(folder)]
    while pending:
        try:
            with os.scandir(pending.pop()) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir() and not entry.is_symlink():
                        pending.append(entry.path)
                    elif Path(entry.name).suffix.lower() in SUPPORTED and entry.name.lower() != "readme.md" \
                            and entry.is_file():
                        found.append(Path(entry.path))
        except OSError as exc:
            unreadable(exc)
    return sorted(found), errors


def read_document(path: Path) -> Document:
    """Read one file into a Document, or raise DocumentError with a one-line reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot be opened ({exc.strerror or exc})") from exc
    if len(data) > MAX_BYTES:
        raise DocumentError(path, f"too large ({len(data) // (1024 * 1024)} MiB; the limit is {MAX_BYTES // (1024 * 1024)} MiB)")
    if not data.strip():
        raise DocumentError(path, "empty file" + (" (0 bytes)" if not data else ""))
    suffix = path.suffix.lower()
    pages: tuple[int, ...] = ()
    if suffix in PDF_SUFFIXES or data.startswith(b"%PDF-"):
        text, pages, fmt = *pdf_text(path, data), "pdf"
    elif suffix in DOCX_SUFFIXES or looks_like_docx(data):
        text, fmt = docx_text(path, data), "docx"
    elif suffix in HTML_SUFFIXES or looks_like_html(data):
        text, fmt = html_text(decode(path, data)), "html"
    else:
        text, fmt = fold_newlines(decode(path, data)), "text"
    if not text.strip():
        raise DocumentError(path, "no text could be read from it")
    return Document.from_text(display_path(path.name), text, fmt=fmt, path=display_path(path), pages=pages)


def fold_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def looks_like_docx(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]


def decode(path: Path, data: bytes) -> str:
    """The text of a file in whichever encoding it is in (see the module docstring), or a one-line refusal."""
    utf16 = utf16_codec(data)
    if utf16:
        text = data.decode(utf16, errors="replace").removeprefix("\ufeff")
    elif b"\x00" in data[:8192]:
        raise DocumentError(path, NOT_TEXT)
    else:
        text = decode_8bit(path, data)
    if control_characters(text[:4096]) > 16:
        raise DocumentError(path, NOT_TEXT)
    return text


def utf16_codec(data: bytes) -> str | None:
    """'utf-16' for text with a byte-order mark, 'utf-16-le'/'-be' for text whose every other byte is zero
    (English in UTF-16 without a mark), else None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even_zeros, odd_zeros = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    if odd_zeros > 0.6 * pairs and even_zeros < 0.05 * pairs:
        return "utf-16-le"
    if even_zeros > 0.6 * pairs and odd_zeros < 0.05 * pairs:
        return "utf-16-be"
    return None


def decode_8bit(path: Path, data: bytes) -> str:
    """UTF-8 (a few bad bytes replaced), else cp1252, else what charset_normalizer finds."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8-sig", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    if good > bad:  # mostly valid UTF-8 with some damage: lose the damaged bytes only
        return lenient
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DocumentError(path, "text in an unknown encoding (not UTF-8, and no other encoding fits)")
    return str(best)


def control_characters(text: str) -> int:
    return sum(1 for ch in text if not ch.isprintable() and ch not in "\n\r\t\f\v\ufeff\u200b")


def pdf_text(path: Path, data: bytes) -> tuple[str, tuple[int, ...]]:
    """The text of every page, pages apart by a blank line, and the offset where each page starts."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [fold_newlines(page.extract_text(layout=False) or "") for page in pdf.pages]
    except (PDFSyntaxError, PdfminerException, ValueError, KeyError, TypeError) as exc:
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise DocumentError(path, "encrypted PDF: it needs a password to open") from exc
        if b"%%EOF" not in data[-2048:]:
            raise DocumentError(path, "truncated PDF (it ends before its end-of-file marker)") from exc
        raise DocumentError(path, f"corrupt or unreadable PDF ({type(cause).__name__})") from exc
    if not any(page.strip() for page in pages):
        raise DocumentError(path, f"PDF has no text layer ({len(pages)} pages of images?): it needs OCR")
    starts, offset = [], 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + len(PAGE_BREAK)
    return PAGE_BREAK.join(pages), tuple(starts)


def docx_text(path: Path, data: bytes) -> str:
    """Paragraphs one a line, table rows as tab-separated lines, in document order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    if data.startswith(OLE_MAGIC):
        raise DocumentError(path, "encrypted or old-format Word file (.doc): save it as .docx without a password")
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend("\t".join(cell.text.strip() for cell in row.cells) for row in block.rows)
            else:
                lines.append(block.text)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(path, f"corrupt or unreadable Word file ({type(exc).__name__})") from exc
    return fold_newlines("\n".join(lines)).strip() + "\n"


def html_text(markup: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "svg"]):
        tag.decompose()
    for row in soup.find_all("tr"):
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
        row.replace_with(soup.new_string("\n" + "\t".join(cells) + "\n"))
    for br in soup.find_all("br"):
        br.replace_with(soup.new_string("\n"))
    blocks = []
    for line in fold_newlines(soup.get_text("\n")).split("\n"):
        blocks.append(" ".join(line.split()) if "\t" not in line else line.strip())
    text = "\n".join(blocks)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"
