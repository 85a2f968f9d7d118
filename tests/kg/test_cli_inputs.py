"""The command line given hostile and wrong input: data printed verbatim, one-line errors, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.store import Store

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
    code, output = invoke("build", docs, "--store", root / "store", "--allow-errors", "1")
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


LETTER = "To: Amira Castell, Chair of the Board\nFrom: Dora Finch, HM Inspector\n"


def test_unreadable_subfolder_is_reported_and_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    (docs / "locked").mkdir(parents=True)
    (docs / "letter.txt").write_text(LETTER, encoding="utf-8")
    (docs / "locked" / "hidden.txt").write_text(LETTER.replace("Dora", "Nell"), encoding="utf-8")
    scandir = os.scandir

    def refusing(path: str | os.PathLike[str]) -> object:  # as root cannot be refused by chmod, refuse here
        if Path(os.fspath(path)).name == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    code, output = invoke("build", docs, "--store", tmp_path / "store", "--allow-errors", "1")
    assert code == 1
    assert "1 documents" in output and "1 errors" in output
    assert f"error: {docs / 'locked'}: folder cannot be read (Permission denied)" in output


def test_unreadable_file_named_directly_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    letter, locked = tmp_path / "letter.txt", tmp_path / "locked.txt"
    letter.write_text(LETTER, encoding="utf-8")
    locked.write_text(LETTER, encoding="utf-8")
    read_bytes = Path.read_bytes

    def refusing(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refusing)
    code, output = invoke("build", letter, locked, "--store", tmp_path / "store", "--workers", "1")  # patched here
    assert code == 1 and "Usage" not in output
    assert f"error: {locked}: cannot be opened (Permission denied)" in output.splitlines()


def test_files_without_an_extension_in_a_folder_are_not_read(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "letter.txt").write_text(LETTER, encoding="utf-8")
    (docs / "LOG").write_text("2026/01/01 RocksDB version: 9.0\nOptions.error_if_exists: 0\n", encoding="utf-8")
    (docs / "CURRENT").write_bytes(b"MANIFEST-000005\n\x00\x01")
    code, output = invoke("build", docs, "--store", tmp_path / "store")
    assert code == 0, output
    assert "1 documents" in output and "0 errors" in output
    code, output = invoke("build", docs / "LOG", "--store", tmp_path / "store")  # named directly: read as text
    assert code == 0 and "1 documents" in output


@pytest.mark.parametrize(("content", "message"), [
    ("a: b\n", "should be a list of decisions"),
    ("just words\n", "should be a list of decisions"),
    ("- [unclosed\n", "not valid YAML"),
    (b"\xff\xfe\x00[", "cannot be read"),
])
def test_bad_judgements_file_is_one_line(tmp_path: Path, content: str | bytes, message: str) -> None:
    judgements = tmp_path / "judgements.yaml"
    if isinstance(content, bytes):
        judgements.write_bytes(content)
    else:
        judgements.write_text(content, encoding="utf-8")
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    code, output = invoke("build", tmp_path / "letter.txt", "--store", tmp_path / "store", "--judgements", judgements)
    assert code == 2
    assert output.startswith(f"error: {judgements}: {message}") and len(output.strip().splitlines()) == 1
    assert not (tmp_path / "store").exists()


def test_store_that_is_a_file_or_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    a_file = tmp_path / "a-file"
    a_file.write_text("not a store", encoding="utf-8")
    code, output = invoke("build", tmp_path / "letter.txt", "--store", a_file)
    assert code == 2 and "is a file, not a graph's folder" in output
    code, output = invoke("query", "person-roles", "--store", a_file)
    assert code == 2 and "is a file, not a graph's folder" in output
    code, output = invoke("build", tmp_path / "letter.txt", "--store", a_file / "inside" / "store")
    assert code == 2 and "cannot write the store" in output and len(output.strip().splitlines()) == 1


SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("samples") / "store"
    code, output = invoke("build", SAMPLES, "--store", store)
    assert code == 0, output
    return store


def test_lead_inspectors_by_surname_as_typed_mcguckian(sample_store: Path) -> None:
    code, output = invoke("query", "lead-inspectors", "--store", sample_store, "--format", "csv",
                          "--param", "inspector=  mcallister ")
    assert code == 0
    assert {line.split(",")[0] for line in output.splitlines()[1:]} == {"Sian McAllister"}


def test_filter_matching_nothing_names_the_nearest_values(sample_store: Path) -> None:
    result = runner.invoke(app, ["query", "lead-inspectors", "--store", str(sample_store), "--format", "csv",
                                 "--param", "inspector=McAlister"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["inspector,area,document,date"]  # csv on stdout stays clean
    assert "no rows match inspector='McAlister' (nearest inspector values: Sian McAllister" in result.stderr


def test_area_profile_without_its_required_area_is_an_error(sample_store: Path) -> None:
    code, output = invoke("query", "area-profile", "--store", sample_store)
    assert code == 2 and "area-profile needs --param area=VALUE" in output


def test_judge_refuses_ids_not_in_the_store(sample_store: Path, tmp_path: Path) -> None:
    judgements = tmp_path / "judgements.yaml"
    code, output = invoke("judge", "confirm", "person-0000000000000000", "person-1111111111111111",
                          "--store", sample_store, "--judgements", judgements)
    assert code == 2 and "person-0000000000000000 is not a person mention" in output
    assert not judgements.exists()
    mentions = sorted(Store(sample_store).resolution().canonical)
    code, output = invoke("judge", "reject", mentions[0], mentions[1], "--store", sample_store,
                          "--judgements", judgements)
    assert code == 0 and judgements.exists()


def test_export_ttl_to_dash_writes_standard_output(sample_store: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = invoke("export", "ttl", "-o", "-", "--store", sample_store)
    assert code == 0 and output.startswith("@prefix")
    assert not (tmp_path / "-").exists()


def test_table_into_a_pipe_is_not_wrapped_or_cut(sample_store: Path) -> None:
    long_value = "Westmere " + "and the long tail of a very long value " * 8 + "000_07678c9e3f642107"
    code, output = invoke("sparql", f'SELECT ?v WHERE {{ BIND("{long_value}" AS ?v) }}', "--store", sample_store)
    assert code == 0
    assert any(long_value in line for line in output.splitlines())
    assert "…" not in output


def test_version() -> None:
    from importlib.metadata import version

    code, output = invoke("--version")
    assert code == 0 and output.strip() == f"kg {version('kg-inspections')}"


def test_escape_sequences_in_a_document_do_not_reach_the_terminal(tmp_path: Path) -> None:
    link = "\x1b]8;;http://evil.example\x1b\\here\x1b]8;;\x1b\\"
    (tmp_path / "letter.txt").write_text(f"To: Amira Castell, Chair of the Board {link}\n"
                                         "From: Dora Finch, HM Inspector\n", encoding="utf-8")
    assert invoke("build", tmp_path / "letter.txt", "--store", tmp_path / "store")[0] == 0
    code, table = invoke("query", "person-roles", "--store", tmp_path / "store")
    assert code == 0 and "\x1b" not in table and "\\x1b]8;;http://evil.example" in table
    code, csv_rows = invoke("query", "person-roles", "--store", tmp_path / "store", "--format", "csv")
    assert code == 0 and link in csv_rows  # csv and json are data for programs: verbatim


def test_a_folder_of_word_files_is_built(tmp_path: Path) -> None:
    from tests.loaders.test_readers import word_file

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "letter.docx").write_bytes(word_file(LETTER.splitlines()))
    code, output = invoke("build", docs, "--store", tmp_path / "store")
    assert code == 0 and "1 documents" in output, output
    code, output = invoke("query", "person-roles", "--store", tmp_path / "store", "--format", "csv")
    assert "letter.docx,Amira Castell,addressee" in output
