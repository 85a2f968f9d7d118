"""Every canned query gives, on the real corpus, the rows saved before the resolved graph came
between resolution and the stores (tests/golden/canned-rows.json): a change of architecture
must not change an answer. A diff of the rows is printed when one does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.canned import canned_queries
from kg.rdf.sparql import run_sparql
from kg.rdf.store import open_rdf
from kg.store import Store

GOLDEN = json.loads((Path(__file__).resolve().parents[1] / "golden" / "canned-rows.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_canned_query_rows_are_unchanged(corpus_store: Path, name: str) -> None:
    saved = GOLDEN[name]
    columns, rows = run_sparql(open_rdf(Store(corpus_store)), canned_queries("sparql")[name].text, saved["params"])
    assert columns == saved["columns"]
    found = {tuple(r) for r in rows}
    expected = {tuple(r) for r in saved["rows"]}
    missing, extra = sorted(expected - found)[:10], sorted(found - expected)[:10]
    assert not missing and not extra, f"{name}: missing {missing}\nunexpected {extra}"
    assert len(rows) == len(saved["rows"])

