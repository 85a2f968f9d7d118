"""Format readers: turn a text, PDF or HTML file into one text that offsets point into.

Line endings are folded to "\\n" as Python's own text reading does, so a quote checked
against `Path.read_text()` of a text file matches. PDFs are read with pdfplumber (it keeps
a table row on one line); HTML with BeautifulSoup, table cells joined by tabs.
"""

from __future__ import annotations

import io
from pathlib import Path

from charset_normalizer import from_bytes

from kg.documents import Document, DocumentError

MAX_BYTES = 200 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".csv", ".tsv", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


def read_document(path: Path) -> Document:
    """Read one file into a Document, or raise DocumentError with a one-line reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot be opened ({exc.strerror or exc})") from exc
    if len(data) > MAX_BYTES:
        raise DocumentError(path, f"too large ({len(data) // (1024 * 1024)} MiB; the limit is {MAX_BYTES // (1024 * 1024)} MiB)")
    if not data.strip():
        raise DocumentError(path, "empty file")
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES or data.startswith(b"%PDF-"):
        text, fmt = pdf_text(path, data), "pdf"
    elif suffix in HTML_SUFFIXES or looks_like_html(data):
        text, fmt = html_text(decode(path, data)), "html"
    else:
        text, fmt = decode(path, data), "text"
    text = fold_newlines(text)
    if not text.strip():
        raise DocumentError(path, "no text could be read from it")
    return Document.from_text(path.name, text, fmt=fmt, path=str(path))


def fold_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(path, "binary file, not text, PDF or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DocumentError(path, "text in an unknown encoding (not UTF-8, and no other encoding fits)")
    text = str(best)
    if sum(1 for ch in text[:4096] if not ch.isprintable() and ch not in "\n\r\t") > 16:
        raise DocumentError(path, "binary file, not text, PDF or HTML")
    return text


def pdf_text(path: Path, data: bytes) -> str:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text(layout=False) or "" for page in pdf.pages]
    except (PDFSyntaxError, PdfminerException, ValueError, KeyError, TypeError) as exc:
        raise DocumentError(path, f"corrupt or unreadable PDF ({type(exc).__name__})") from exc
    if not any(page.strip() for page in pages):
        raise DocumentError(path, "PDF has no text layer (scanned image?)")
    return "\n\n".join(pages)


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
    for line in soup.get_text("\n").split("\n"):
        blocks.append(" ".join(line.split()) if "\t" not in line else line.strip())
    text = "\n".join(blocks)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"
