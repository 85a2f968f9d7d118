"""Extraction quality on the shared corpus, held to the acceptance floors.

The figures themselves are printed by `kg eval --corpus DIR`; this test only
fails when a change drops them below the floors, and shows the rows that went missing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.documents import Document
from kg.evaluate import (
    evaluate,
    evaluate_findings,
    evaluate_resolution,
    format_findings_report,
    format_report,
    format_resolution_report,
    gold_officials,
    same_role,
)
from kg.loaders import load_document
from kg.loaders.context import Context
from kg.loaders.readers import read_document
from kg.statements import Statement
from tests.conftest import load_text


def read_corpus(folder: Path) -> list[Statement]:
    statements: list[Statement] = []
    for path in sorted(folder.glob("*.txt")):
        statements.extend(load_document(read_document(path)).statements)
    return statements


@pytest.mark.parametrize(("subfolder", "floor"), [("", 0.97), ("extra", 0.90)])
def test_people_and_relations_f1_floor(corpus_dir: Path, gold_dir: Path, subfolder: str, floor: float) -> None:
    report = evaluate(read_corpus(corpus_dir / subfolder), gold_dir / subfolder)
    assert report.total.f1 >= floor, format_report(report)


@pytest.mark.parametrize(("subfolder", "floor"), [("", 0.97), ("extra", 0.90)])
def test_organisation_accuracy_floor(corpus_dir: Path, gold_dir: Path, subfolder: str, floor: float) -> None:
    report = evaluate(read_corpus(corpus_dir / subfolder), gold_dir / subfolder)
    accuracy = report.organisation_total()
    assert accuracy.compared and accuracy.rate >= floor, "\n".join(report.wrong_details)


KEY = {"doc": "westmere.txt", "area": "Westmere", "people": [
    {"name": "Amira Castell", "relations": [{"relation": "addressee", "role": "Chair of the YOS Management Board",
                                             "organisation": "Westmere YOS"}]},
    {"name": "Bernard Quill", "relations": [{"relation": "copy_to", "role": "Chief Inspector",
                                             "organisation": "Westmere Constabulary"}]}]}
LETTER = """To: Amira Castell, Chair of the YOS Management Board
Report of Short Quality Screening (SQS) of youth offending work in Westmere

Copy to:

Chief Inspector, Westmere Police\tBernard Quill
"""


def test_organisation_and_role_are_scored_through_the_gazetteer(tmp_path: Path) -> None:
    (tmp_path / "westmere.json").write_text(json.dumps(KEY), encoding="utf-8")
    report = evaluate(load_text(LETTER, "westmere.txt").statements, tmp_path)
    assert report.total.tp == 2
    # "Westmere YOS" in the key is the "Westmere Youth Offending Service" the loaders write
    assert (report.organisation["addressee"].right, report.organisation["addressee"].compared) == (1, 1)
    assert (report.organisation["copy_to"].right, report.organisation["copy_to"].compared) == (0, 1)
    assert report.role["copy_to"].right == 1  # "Chief Inspector" is in "Chief Inspector, Westmere Police"
    assert any("Westmere Constabulary" in line for line in report.wrong_details)


@pytest.mark.parametrize(("gold", "found", "same"), [
    ("CQC Inspectors", "CQC Inspector", True),  # a plural post over a list is each member's post
    ("HMI Probation Inspector", "HMI Probation Inspectors", True),
    ("Chief Inspector", "Chief Inspector, Westmere Police", True),
    ("Chairman", "Chair", True),
    ("CQC Inspectors", "HMI Probation Inspector", False),
    ("Inspectors", "Directors", False),
])
def test_roles_agree_as_one_post_whatever_its_number(gold: str, found: str, same: bool) -> None:
    assert same_role(gold, found) is same


def test_the_cases_examined_a_core_key_states_apart_is_scored_as_a_metric(tmp_path: Path) -> None:
    """The core keys give `cases_examined` beside `metrics[]`; the graph may hold it on the inspection only."""
    (tmp_path / "westmere.json").write_text(json.dumps({"doc": "westmere.txt", "cases_examined": 12, "metrics": []}),
                                            encoding="utf-8")
    ctx = Context(Document.from_text("westmere.txt", "We examined 12 cases in Westmere."))
    ctx.emit("inspection-w", "Inspection", "cases_examined", "12", (12, 14))
    score = evaluate_findings(ctx.finish(), tmp_path).by_kind["metric"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_a_key_scores_only_the_kinds_of_finding_it_states(tmp_path: Path) -> None:
    """The extra schema has no programmes: a programme found is then neither right nor wrong; an empty list of metrics
    states there are none."""
    (tmp_path / "westmere.json").write_text(json.dumps({"doc": "westmere.txt", "metrics": []}), encoding="utf-8")
    ctx = Context(Document.from_text("westmere.txt", "Westmere runs the Spark2Life scheme; 12 cases examined."))
    ctx.emit("programme-s", "Programme", "name", "Spark2Life", (18, 28))
    ctx.emit("observation-c", "Observation", "metric", "cases_examined", (41, 55))
    ctx.emit("observation-c", "Observation", "value", "12", (41, 43))
    report = evaluate_findings(ctx.finish(), tmp_path)
    assert report.by_kind.get("programme") is None
    assert (report.by_kind["metric"].tp, report.by_kind["metric"].fp) == (0, 1)


def test_a_keys_ratings_are_scored_on_the_scales_labels_and_the_themes_one_name(tmp_path: Path) -> None:
    """A key may write 'Require improvement' or a theme's other name: kg gives one label per scale and one name per
    theme, so both are scored as the same rating."""
    ratings = [{"scope": "overall", "rating": "Require improvement"},
               {"scope": "Protecting children and young people", "rating": "unsatisfactory"}]
    (tmp_path / "westmere.json").write_text(json.dumps({"doc": "westmere.txt", "ratings": ratings}), encoding="utf-8")
    text = ("Westmere YOS was found to require improvement overall. Work to protect children and young people was "
            "unsatisfactory.\n")
    score = evaluate_findings(load_text(text, "westmere.txt").statements, tmp_path).by_kind["rating"]
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)


def test_a_keys_comparator_as_written_is_scored_by_its_one_name(tmp_path: Path) -> None:
    """A key writes a comparator as its document does ('National average'), kg by the vocabulary's name: both are
    compared through the one normalisation, and a figure against another comparator is no match."""
    metrics = [{"name": "reoffending_rate", "value": 38.2, "unit": "%", "comparator": "National average",
                "comparator_value": 32.5},
               {"name": "reoffending_rate", "value": 38.2, "unit": "%", "comparator": "family group",
                "comparator_value": 35.0}]
    (tmp_path / "westmere.json").write_text(json.dumps({"doc": "westmere.txt", "metrics": metrics}), encoding="utf-8")
    text = ("Westmere Youth Justice Board\n\nReoffending stood at 38.2%, against 32.5% for England and Wales and "
            "35.0% in the region.\n")
    report = evaluate_findings(load_text(text, "westmere.txt").statements, tmp_path)
    score = report.by_kind["metric"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 1)
    assert [row[3] for _, row in report.missing] == ["35 YOT family"]


def test_a_figure_a_key_writes_as_a_range_is_compared_as_written(tmp_path: Path) -> None:
    """A key's figure that is no number ('11-13 per worker') is a row like any other, not a crash."""
    metrics = [{"name": "caseload", "value": "11-13", "unit": "per worker", "comparator": None,
                "comparator_value": None}]
    (tmp_path / "westmere.json").write_text(json.dumps({"doc": "westmere.txt", "metrics": metrics}), encoding="utf-8")
    text = "Westmere Youth Justice Board\n\nCaseloads are already at 11-13 per worker.\n"
    report = evaluate_findings(load_text(text, "westmere.txt").statements, tmp_path)
    assert [row[2] for _, row in report.missing] == ["11-13"]


def test_the_share_of_overall_ratings_read_is_reported(tmp_path: Path) -> None:
    """`kg eval` says how many of the overall ratings the keys state were read: one of two here."""
    texts = {"westmere.txt": "The overall rating for Westmere YJS is Good.\n",
             "eastholm.txt": "Eastholm YJS was inspected in May.\n"}
    statements: list[Statement] = []
    for doc, text in texts.items():
        key = {"doc": doc, "ratings": [{"scope": "overall", "rating": "Good"}]}
        (tmp_path / f"{doc}.json").write_text(json.dumps(key), encoding="utf-8")
        statements.extend(load_text(text, doc).statements)
    report = evaluate_findings(statements, tmp_path)
    assert (report.overall_stated, report.overall_read) == (2, 0.5)
    assert [row[0] for row in report.overall_missed] == ["eastholm.txt"]
    assert "overall ratings read: 1 of 2 (0.500)" in format_findings_report(report, details=False)


def write_key(folder: Path, doc: str, area: str, people: list[tuple[str, str]]) -> None:
    key = {"doc": doc, "area": area, "people": [
        {"name": name, "relations": [{"relation": "quoted", "role": None, "organisation": organisation,
                                      "evidence": name}]} for name, organisation in people]}
    (folder / f"{doc}.json").write_text(json.dumps(key), encoding="utf-8")


def test_officials_in_several_documents_are_scored_as_one_person_or_split(tmp_path: Path) -> None:
    write_key(tmp_path, "a.txt", "Northshire", [("Ann Hall", "Northshire Council"), ("Ivy Cole", "HM Inspectorate of Probation"), ("Tom Reed", "Northshire YOT")])
    write_key(tmp_path, "b.txt", "Eastholm", [("Ivy Cole", "HM Inspectorate of Probation"), ("Tom Reed", "Eastholm YOT")])
    write_key(tmp_path, "c.txt", "Northshire", [("Ann Hall", "")])
    assert sorted(gold_officials(tmp_path)) == [("ann hall", {"a.txt", "c.txt"}), ("ivy cole", {"a.txt", "b.txt"})]
    statements = [Statement(f"{doc}-{name}", "Person", "name", name, doc, doc, 0, 1, name, "test")
                  for doc, name in [("a.txt", "Ann Hall"), ("c.txt", "Ann Hall"), ("a.txt", "Ivy Cole"),
                                    ("b.txt", "Ivy Cole")]]
    one_ann = {"a.txt-Ann Hall": "person-ann", "c.txt-Ann Hall": "person-ann"}
    report = evaluate_resolution(statements, one_ann, tmp_path)
    assert (report.officials, report.found, report.resolved) == (2, 2, 1)
    assert report.split == [("ivy cole", ("a.txt", "b.txt"), 2)]


def test_an_official_merged_with_someone_else_is_not_resolved(tmp_path: Path) -> None:
    """One Person node holding an official and another person the keys name (Ann Hall of Northshire and the Ann
    Hall of Eastholm, or Ann Hall and Tom Reed) is a false merge: counted apart, never as resolved."""
    write_key(tmp_path, "a.txt", "Northshire", [("Ann Hall", "Northshire Council"), ("Tom Reed", "Northshire YOT")])
    write_key(tmp_path, "b.txt", "Northshire", [("Ann Hall", "Northshire Council")])
    write_key(tmp_path, "c.txt", "Eastholm", [("Ann Hall", "Eastholm Council")])
    statements = [Statement(f"{doc}-{name}", "Person", "name", name, doc, doc, 0, 1, name, "test")
                  for doc, name in [("a.txt", "Ann Hall"), ("b.txt", "Ann Hall"), ("c.txt", "Ann Hall"),
                                    ("a.txt", "Tom Reed")]]
    apart = {"a.txt-Ann Hall": "person-ann", "b.txt-Ann Hall": "person-ann"}
    assert evaluate_resolution(statements, apart, tmp_path).resolved == 1
    with_eastholm = {**apart, "c.txt-Ann Hall": "person-ann"}
    report = evaluate_resolution(statements, with_eastholm, tmp_path)
    assert (report.found, report.resolved, report.merged) == (1, 0, [("ann hall", (("c.txt", "ann hall"),))])
    with_tom = {**apart, "a.txt-Tom Reed": "person-ann"}
    assert evaluate_resolution(statements, with_tom, tmp_path).merged == [("ann hall", (("a.txt", "tom reed"),))]
    assert "merged with someone else: 1" in format_resolution_report(report)


def test_a_short_form_resolved_to_the_official_is_found_and_scored_as_the_key_writes_it(tmp_path: Path) -> None:
    """Minutes' 'Cllr Halloran' resolved to Ann Halloran is her mention there (the key names her in full); minutes'
    'A Halloran' that the key writes as such is right under either name; a short form that fits is no false merge."""
    write_key(tmp_path, "a.txt", "Northshire", [("Ann Halloran", "Northshire Council")])
    write_key(tmp_path, "b.txt", "Northshire", [("Ann Halloran", "Northshire Council")])
    write_key(tmp_path, "c.txt", "Northshire", [("A Halloran", "Northshire Council")])
    statements = [s for doc, name in [("a.txt", "Ann Halloran"), ("b.txt", "Halloran"), ("c.txt", "A Halloran")]
                  for s in (Statement(f"{doc}-p", "Person", "name", name, doc, doc, 0, 1, name, "test"),
                            Statement(f"{doc}-i", "Involvement", "person", f"{doc}-p", doc, doc, 0, 1, name, "test"),
                            Statement(f"{doc}-i", "Involvement", "relation", "quoted", doc, doc, 0, 1, name, "test"))]
    one = {f"{doc}-p": "person-ann" for doc in ("a.txt", "b.txt", "c.txt")}
    report = evaluate_resolution(statements, one, tmp_path)
    assert (report.officials, report.found, report.resolved, report.merged) == (1, 1, 1, [])
    assert evaluate_resolution(statements, {}, tmp_path).found == 0, "unresolved, 'Halloran' is nobody's mention"
    assert evaluate(statements, tmp_path, canonical=one).total.f1 == 1.0


def test_an_official_written_with_a_familiar_forename_resolved_to_the_full_one_is_no_false_merge(
        tmp_path: Path) -> None:
    """'Bob Castellane' in two news items and Robert Castellane in two sets of minutes, one person: each official is
    resolved; a 'Roberta Castellane' held by that person is a false merge."""
    written = [("a.txt", "Robert Castellane"), ("b.txt", "Robert Castellane"), ("c.txt", "Bob Castellane"),
               ("d.txt", "Bob Castellane"), ("e.txt", "Roberta Castellane"), ("f.txt", "Roberta Castellane")]
    for doc, name in written:
        write_key(tmp_path, doc, "Northshire", [(name, "Northshire Council")])
    statements = [Statement(f"{doc}-p", "Person", "name", name, doc, doc, 0, 1, name, "test") for doc, name in written]
    one = {f"{doc}-p": "person-robert" for doc in ("a.txt", "b.txt", "c.txt", "d.txt")}
    one.update({"e.txt-p": "person-roberta", "f.txt-p": "person-roberta"})
    report = evaluate_resolution(statements, one, tmp_path)
    assert (report.officials, report.found, report.resolved, report.merged) == (3, 3, 3, [])
    merged = {key: "person-robert" for key in one}
    assert len(evaluate_resolution(statements, merged, tmp_path).merged) == 3


def test_an_official_written_short_in_several_documents_resolved_to_the_full_name_is_no_false_merge(
        tmp_path: Path) -> None:
    """'A Halloran' in two sets of minutes and Ann Halloran in two letters, one person: each official is resolved."""
    for doc, name in [("a.txt", "Ann Halloran"), ("b.txt", "Ann Halloran"), ("c.txt", "A Halloran"),
                      ("d.txt", "A Halloran")]:
        write_key(tmp_path, doc, "Northshire", [(name, "Northshire Council")])
    statements = [Statement(f"{doc}-p", "Person", "name", name, doc, doc, 0, 1, name, "test")
                  for doc, name in [("a.txt", "Ann Halloran"), ("b.txt", "Ann Halloran"), ("c.txt", "A Halloran"),
                                    ("d.txt", "A Halloran")]]
    one = {f"{doc}-p": "person-ann" for doc in ("a.txt", "b.txt", "c.txt", "d.txt")}
    report = evaluate_resolution(statements, one, tmp_path)
    assert (report.officials, report.found, report.resolved, report.merged) == (2, 2, 2, [])
