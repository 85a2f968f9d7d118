"""Extraction quality on the shared corpus, held to the acceptance floors.

The figures themselves are printed by `kg eval --corpus DIR`; this test only
fails when a change drops them below the floors, and shows the rows that went missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate, format_report
from kg.loaders import load_document
from kg.loaders.readers import read_document
from kg.statements import Statement


def read_corpus(folder: Path) -> list[Statement]:
    statements: list[Statement] = []
    for path in sorted(folder.glob("*.txt")):
        statements.extend(load_document(read_document(path)).statements)
    return statements


@pytest.mark.parametrize(("subfolder", "floor"), [("", 0.97), ("extra", 0.90)])
def test_people_and_relations_f1_floor(corpus_dir: Path, gold_dir: Path, subfolder: str, floor: float) -> None:
    report = evaluate(read_corpus(corpus_dir / subfolder), gold_dir / subfolder)
    assert report.total.f1 >= floor, format_report(report)
