"""The command line given hostile and wrong input: data printed verbatim, one-line errors, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()

MARKUP_NAME = "[bold red]letter [link=http:evil.example]x.txt"
MARKUP_LETTER = ("To: Nadia Crouch, Chair of the [/x] Board [bold red]\n"
                 "From: Gregory Lamb, HM Inspector [link=http://evil.example]x[/link] [/]\n")
ODD_NAME = b"minutes \xff\xfe.txt"  # not valid UTF-8, as Linux allows


def invoke(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A store built from a document and file name full of Rich markup, a file name that is not UTF-8 and an
    empty file with markup in its name; returns the store and the build's output."""
    root = tmp_path_factory.mktemp("hostile")
    docs = root / "docs"
    docs.mkdir()
    (docs / MARKUP_NAME).write_text(MARKUP_LETTER, encoding="utf-8")
    (docs / "[bold red]empty.txt").write_bytes(b"")
    with open(os.path.join(os.fsencode(docs), ODD_NAME), "wb") as fh:
        fh.write(b"To: Amira Castell, Chair of the Board\nFrom: Dora Finch, HM Inspector\n")
    code, output = invoke("build", docs, "--store", root / "store")
    assert code == 1, output
    return root / "store", output


def test_markup_in_names_and_errors_is_printed_verbatim(hostile_store: tuple[Path, str]) -> None:
    store, output = hostile_store
    assert "2 documents" in output
    assert "error: " in output and "[bold red]empty.txt: empty file" in output
    code, output = invoke("query", "person-roles", "--store", store)
    assert code == 0
    assert "Chair of the [/x] Board [bold red" in output
    assert "HM Inspector [link=http://evil.example]x[/link] [/" in output
    assert MARKUP_NAME in output


def test_markup_through_sparql_cypher_and_review(hostile_store: tuple[Path, str]) -> None:
    store, _ = hostile_store
    code, output = invoke("sparql", "SELECT ?quote WHERE { GRAPH ?g { ?s kg:quote ?quote } }", "--store", store)
    assert code == 0 and "HM Inspector [link=http://evil.example]x[/link] [/" in output
    code, output = invoke("cypher", "MATCH (d:Document) RETURN d.caption", "--store", store)
    assert code == 0 and MARKUP_NAME in output
    code, output = invoke("review", "--store", store, "--format", "table")
    assert code == 0
    code, output = invoke("query", "[/x]", "--store", store)
    assert code == 2 and "named '[/x]'" in output


def test_file_name_that_is_not_utf8_is_read_and_reported(hostile_store: tuple[Path, str]) -> None:
    store, _ = hostile_store
    code, output = invoke("query", "person-roles", "--store", store, "--format", "csv")
    assert code == 0
    assert "minutes \\xff\\xfe.txt,Dora Finch,author" in output
