"""Resolution: one person across documents when the evidence agrees, review candidates when it conflicts."""

from __future__ import annotations

from pathlib import Path

from kg.loaders import load_document
from kg.loaders.readers import read_document
from kg.resolve import Judgement, Resolution, load_judgements, resolve, save_judgement
from kg.statements import Statement
from tests.conftest import load_text


def corpus_statements(corpus_dir: Path) -> list[Statement]:
    statements: list[Statement] = []
    for path in sorted(corpus_dir.rglob("*.txt")):
        statements.extend(load_document(read_document(path)).statements)
    return statements


def people_named(statements: list[Statement], resolution: Resolution, name: str) -> set[str]:
    """The canonical ids of the people with this name."""
    return {resolution.canonical[s.entity] for s in statements if s.schema == "Person" and s.prop == "name"
            and s.value == name}


def test_one_person_across_areas_when_the_organisation_agrees(corpus_dir: Path) -> None:
    statements = corpus_statements(corpus_dir)
    resolution = resolve(statements)
    assert len(people_named(statements, resolution, "Yvonne McGuckian")) == 1
    assert len(people_named(statements, resolution, "Helen Mercer")) == 1


def test_conflicting_context_is_not_merged_but_offered_for_review(corpus_dir: Path) -> None:
    statements = corpus_statements(corpus_dir)
    resolution = resolve(statements)
    assert len(people_named(statements, resolution, "Julie Fox")) >= 2
    pairs = [c for c in resolution.candidates if c.name_a == c.name_b == "Julie Fox"]
    assert pairs and all(c.evidence_for and c.evidence_against for c in pairs)


LETTER = """<i>To:</i>\tAmira Castell, Chair of {area} YOS Management Board
<i>From:</i>\tBernard Quill, Assistant Chief Inspector (Youth Justice)
<i>Publication date:</i>\t3 March 2015

Report of Short Quality Screening (SQS) of youth offending work in {area}

Copy to:

YJB link staff\t<i>{linked}</i>
"""


def test_judgements_confirm_and_reject_are_applied(tmp_path: Path) -> None:
    one = load_text(LETTER.format(area="Westmere", linked="Dora Finch"), "a.txt").statements
    two = load_text(LETTER.format(area="Eastholm", linked="Dora Finch"), "b.txt").statements
    merged = resolve(one + two)
    finch = sorted(s.entity for s in one + two if s.prop == "name" and s.value == "Dora Finch")
    assert len({merged.canonical[m] for m in finch}) == 1  # same organisation (YJB): one person

    path = tmp_path / "judgements.yaml"
    save_judgement(path, Judgement("reject", finch[0], finch[1], "two different people", "analyst", "2026-01-05"))
    apart = resolve(one + two, load_judgements(path))
    assert apart.canonical[finch[0]] != apart.canonical[finch[1]]

    assert load_judgements(path)[0].to_dict() == {"decision": "reject", "a": finch[0], "b": finch[1],
                                                  "note": "two different people", "by": "analyst",
                                                  "at": "2026-01-05"}
    save_judgement(path, Judgement("confirm", finch[0], finch[1]))
    assert len(load_judgements(path)) == 1  # a new decision on a pair replaces the old one
    together = resolve(one + two, load_judgements(path))
    assert together.canonical[finch[0]] == together.canonical[finch[1]]
