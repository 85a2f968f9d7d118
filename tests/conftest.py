"""Shared fixtures: the real corpus beside the repository, loading documents from text, and
rows of canned queries as the CLI prints them."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.documents import Document
from kg.loaders import LoadResult, load_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _shared_dir(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.is_dir():
        if os.environ.get("KG_REQUIRE_CORPUS"):
            pytest.fail(f"KG_REQUIRE_CORPUS is set but {path.name!r} is not beside the repository (../shared)")
        pytest.skip("the shared corpus (../shared beside the repository) is not present")
    return path


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return _shared_dir("corpus")


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return _shared_dir("gold")


@pytest.fixture(scope="session")
def corpus_store(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real corpus built once per test session; tests read it and never change it."""
    from kg.build import build

    store = tmp_path_factory.mktemp("corpus") / "store"
    report = build([corpus_dir], store)
    assert not report.errors, report.errors
    return store


def load_text(text: str, name: str = "fixture.txt") -> LoadResult:
    """Load a document given as text (for small synthetic fixtures written for one behaviour)."""
    return load_document(Document.from_text(name, text))


def people_rows(result: LoadResult) -> set[tuple[str, str]]:
    """(person name, relation) pairs a load found."""
    names = {s.entity: s.value for s in result.statements if s.schema == "Person" and s.prop == "name"}
    rows: dict[str, dict[str, str]] = {}
    for s in result.statements:
        if s.schema == "Involvement" and s.prop in ("person", "relation"):
            rows.setdefault(s.entity, {})[s.prop] = s.value
    return {(names[r["person"]], r["relation"]) for r in rows.values() if "person" in r and "relation" in r}


def rating_rows(result: LoadResult) -> set[tuple[str, str]]:
    """(scope, rating) pairs a load found."""
    scopes = {s.entity: s.value for s in result.statements if s.schema == "Rating" and s.prop == "scope"}
    return {(scopes[s.entity], s.value) for s in result.statements if s.schema == "Rating" and s.prop == "rating"
            and s.entity in scopes}


def organisation_rows(result: LoadResult) -> dict[tuple[str, str], str]:
    """(person name, relation) -> the name of the organisation a load wrote for it ('' where none)."""
    names = {s.entity: s.value for s in result.statements if s.schema == "Person" and s.prop == "name"}
    bodies = {s.entity: s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    rows: dict[str, dict[str, str]] = {}
    for s in result.statements:
        if s.schema == "Involvement" and s.prop in ("person", "relation", "organisation"):
            rows.setdefault(s.entity, {})[s.prop] = s.value
    return {(names[r["person"]], r["relation"]): bodies.get(r.get("organisation", ""), "")
            for r in rows.values() if "person" in r and "relation" in r}


def role_rows(result: LoadResult) -> set[tuple[str, str, str | None]]:
    """(person name, relation, role) rows a load found."""
    names = {s.entity: s.value for s in result.statements if s.schema == "Person" and s.prop == "name"}
    rows: dict[str, dict[str, str]] = {}
    for s in result.statements:
        if s.schema == "Involvement" and s.prop in ("person", "relation", "role"):
            rows.setdefault(s.entity, {})[s.prop] = s.value
    return {(names[r["person"]], r["relation"], r.get("role")) for r in rows.values()}


def cli_rows(*args: str) -> list[dict[str, str]]:
    """The rows a kg command prints as CSV on standard output; the command must succeed."""
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def query_rows(store: Path, name: str, *params: str) -> list[dict[str, str]]:
    """The rows of a canned query on a store, each KEY=VALUE in `params` passed as --param."""
    return cli_rows("query", name, "--store", str(store), "--format", "csv",
                    *(arg for param in params for arg in ("--param", param)))
