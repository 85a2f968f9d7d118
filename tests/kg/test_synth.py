"""Synthetic corpora: every family, people who recur across areas and years, and answer keys that
a build of the corpus scores well against."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.synth import FAMILIES, synthesise

runner = CliRunner()
INSPECTORS = {"lead_inspector", "deputy_lead_inspector", "inspection_team"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A small synthetic corpus (its folder) and its built store."""
    tmp_path = tmp_path_factory.mktemp("synthetic")
    out, store = tmp_path / "synthetic", tmp_path / "store"
    result = runner.invoke(app, ["synth", "--documents", "36", "--out", str(out)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["build", str(out / "documents"), "--store", str(store), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return out, store


def test_a_synthetic_corpus_builds_and_scores_high_against_its_own_keys(built: tuple[Path, Path]) -> None:
    out, store = built
    scored = runner.invoke(app, ["eval", "--gold", str(out / "gold"), "--store", str(store)])
    f1 = float(re.search(r"TOTAL precision .* F1 ([0-9.]+)", scored.output).group(1))  # type: ignore[union-attr]
    assert f1 >= 0.95, scored.output
    leads = runner.invoke(app, ["query", "lead-inspectors", "--store", str(store), "--format", "csv"])
    areas_led: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(leads.output)):
        areas_led.setdefault(row["inspector"], set()).add(row["area"])
    assert any(len(areas) >= 2 for areas in areas_led.values()), "no inspector leads in several areas"


@pytest.mark.parametrize("engine", ["sparql", "cypher"])
def test_synthetic_inspectors_work_in_teams_that_co_inspectors_pairs(built: tuple[Path, Path], engine: str) -> None:
    out, store = built
    teams = [{p["name"] for p in key["people"] if any(r["relation"] in INSPECTORS for r in p["relations"])}
             for key in map(json.loads, (p.read_text(encoding="utf-8") for p in sorted((out / "gold").iterdir())))]
    pairs = Counter(pair for team in teams for pair in combinations(sorted(team), 2))
    result = runner.invoke(app, ["query", "co-inspectors", "--store", str(store), "--engine", engine, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = {(r["person"], r["co_inspector"]): int(r["inspections"]) for r in csv.DictReader(io.StringIO(result.output))}
    assert pairs and rows == dict(pairs)


def test_every_family_is_written_and_recognised_as_itself(tmp_path: Path) -> None:
    from kg.loaders import load_document
    from kg.loaders.readers import read_document

    report = synthesise(len(FAMILIES) * 2, tmp_path, seed=7)
    assert set(report.families) == set(FAMILIES) and all(report.families.values())
    for path in sorted((tmp_path / "documents").iterdir()):
        family = next(f for f in FAMILIES if f"_{f}_" in path.name)
        assert family in load_document(read_document(path)).families, path.name


def test_officials_recur_and_children_are_never_people(tmp_path: Path) -> None:
    synthesise(60, tmp_path, seed=3)
    keys = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((tmp_path / "gold").iterdir())]
    documents_of: dict[str, set[str]] = {}
    for key in keys:
        for person in key["people"]:
            documents_of.setdefault(person["name"], set()).add(key["doc"])
    assert max(len(docs) for docs in documents_of.values()) >= 10, "no official recurs across many documents"
    pseudonyms = {p for key in keys for p in key["case_example_pseudonyms"]}
    assert pseudonyms and not any(name.split()[0] in pseudonyms for name in documents_of)


def test_the_same_seed_gives_the_same_corpus(tmp_path: Path) -> None:
    synthesise(12, tmp_path / "a", seed=5)
    synthesise(12, tmp_path / "b", seed=5)
    for path in sorted((tmp_path / "a" / "documents").iterdir()):
        assert path.read_bytes() == (tmp_path / "b" / "documents" / path.name).read_bytes()


def test_a_world_for_a_large_corpus_has_people_enough() -> None:
    import random

    from kg.synth import make_world

    world = make_world(400, random.Random(1))
    assert len(world.areas) >= 50


def test_every_synthetic_document_is_distinct(tmp_path: Path) -> None:
    """Two files of one text are one document to kg, so a corpus of N files must hold N texts (the
    press releases of one area in two years, with one chief inspector, once came out alike)."""
    synthesise(1000, tmp_path)
    texts = [p.read_bytes() for p in (tmp_path / "documents").iterdir()]
    assert len(texts) == 1000 and len(set(texts)) == 1000
