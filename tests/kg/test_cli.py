"""The command-line contract that users and outside tests rely on."""

from __future__ import annotations

import csv
import inspect
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
runner = CliRunner()


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "store"
    result = runner.invoke(app, ["build", str(SAMPLES), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.output
    return store


def rows(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output)))


def test_person_roles_columns_and_rows(sample_store: Path) -> None:
    result = runner.invoke(app, ["query", "person-roles", "--store", str(sample_store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[0]
    assert header == "document,person,relation,role,organisation"
    found = {(r["document"], r["person"], r["relation"]) for r in rows(result.output)}
    assert ("westmere_sqs_letter.txt", "Sian McAllister", "lead_inspector") in found
    assert ("westmere_sqs_letter.txt", "Dora Finch", "copy_to") in found
    assert ("westmere_sqs_letter.txt", "Amira Castell", "addressee") in found
    keys = [(r["document"], r["person"], r["relation"]) for r in rows(result.output)]
    assert len(keys) == len(set(keys)), "one row per (document, person, relation)"


def test_lead_inspectors_and_cross_area_people(sample_store: Path) -> None:
    leads = runner.invoke(app, ["query", "lead-inspectors", "--store", str(sample_store), "--format", "csv"])
    assert leads.output.splitlines()[0] == "inspector,area,document,date"
    led = {(r["inspector"], r["area"]) for r in rows(leads.output)}
    assert {("Sian McAllister", "Westmere"), ("Sian McAllister", "Eastholm")} <= led
    dates = {(r["inspector"], r["area"]): r["date"] for r in rows(leads.output)}
    assert dates[("Sian McAllister", "Westmere")] == "2015-03-03"
    cross = runner.invoke(app, ["query", "cross-area-people", "--store", str(sample_store), "--format", "json"])
    people = {r["person"]: r for r in json.loads(cross.output)}
    assert set(people) >= {"Sian McAllister"}
    assert set(people["Sian McAllister"]["areas"].split("; ")) == {"Westmere", "Eastholm"}


def test_query_parameters_are_bound_not_spliced(sample_store: Path) -> None:
    result = runner.invoke(app, ["query", "lead-inspectors", "--store", str(sample_store), "--format", "csv",
                                 "--param", "inspector=sian mcallister"])
    assert {r["inspector"] for r in rows(result.output)} == {"Sian McAllister"}
    hostile = runner.invoke(app, ["query", "lead-inspectors", "--store", str(sample_store), "--format", "csv",
                                  "--param", 'inspector=x") } DROP ALL #'])
    assert hostile.exit_code == 0 and rows(hostile.stdout) == []  # stderr says no rows matched


def test_query_list_names_every_canned_query(sample_store: Path) -> None:
    result = runner.invoke(app, ["query", "--list", "--format", "csv"])
    names = {r["name"] for r in rows(result.output)}
    assert {"person-roles", "lead-inspectors", "cross-area-people"} <= names


def test_export_statements_has_document_offsets_and_quotes(sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "statements.jsonl"
    result = runner.invoke(app, ["export", "statements", "--store", str(sample_store), "--output", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines
    for row in lines:
        text = (SAMPLES / row["document"]).read_text(encoding="utf-8")
        assert text[row["start"]:row["end"]] == row["quote"]


def test_unreadable_files_get_one_line_each_and_the_rest_is_built(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "letter.txt").write_text((SAMPLES / "westmere_sqs_letter.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (docs / "empty.txt").write_text("", encoding="utf-8")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage that is not a pdf")
    result = runner.invoke(app, ["build", str(docs), "--store", str(tmp_path / "store"), "--allow-errors", "2"])
    assert result.exit_code == 1
    assert "1 documents" in result.output
    error_lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert any("empty.txt" in line and "empty" in line for line in error_lines)
    assert any("broken.pdf" in line and "PDF" in line for line in error_lines)
    assert "Traceback" not in result.output


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "person-roles", "--store", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "kg build" in result.output


def test_eval_prints_scores(sample_store: Path, gold_dir: Path) -> None:
    result = runner.invoke(app, ["eval", "--gold", str(gold_dir), "--store", str(sample_store)])
    assert result.exit_code == 0
    assert "TOTAL precision" in result.output
    assert "ORGANISATION accuracy" in result.output
    relation_header = next(line for line in result.output.splitlines() if line.startswith("relation "))
    assert relation_header.split()[-2:] == ["org", "role"]


@pytest.mark.parametrize(("text", "reason"), [
    ("{bad", "not JSON"),
    ("[1]", "not an answer key"),
    ('{"doc": "x.txt", "people": [{"relations": []}]}', "'people' is not a list"),
])
def test_a_broken_answer_key_is_one_line_naming_it(sample_store: Path, tmp_path: Path, text: str,
                                                    reason: str) -> None:
    (tmp_path / "x.json").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(tmp_path), "--store", str(sample_store)])
    assert result.exit_code == 2
    assert "x.json" in result.output and reason in result.output
    assert "Traceback" not in result.output


def test_eval_checks_data_quality_and_its_exit_code_says_so(sample_store: Path) -> None:
    result = runner.invoke(app, ["eval", "--checks", "--store", str(sample_store)])
    assert result.exit_code == 0, result.output
    assert {line.split()[1] for line in result.output.splitlines() if line.startswith("ok ")} == {
        "areas-are-places:", "one-service-per-area:", "people-are-people:", "ratings-are-grades:",
        "ratings-on-their-scale:", "one-name-per-theme:", "one-node-per-inspection:",
        "roles-name-their-organisation:", "local-organisations-have-areas:", "one-name-per-comparator:",
        "one-value-where-one-is-due:", "organisations-are-not-people:", "organisations-named-plainly:",
        "roles-are-posts:", "roles-are-whole:", "rated-inspections-are-dated:", "documents-titled-plainly:", "engines-agree:",
        "attendees-at-the-meeting:", "documents-dated-by-their-own-date:", "organisations-hold-no-title:",
        "one-figure-per-metric:", "figures-possible:", "recommendations-addressed:", "meetings-have-areas:", "one-office-per-area:",
        "rated-inspections-have-areas:"}
    nothing = runner.invoke(app, ["eval", "--store", str(sample_store)])
    assert nothing.exit_code == 2 and "--checks" in nothing.output


def test_every_command_is_documented_with_an_example() -> None:
    for command in app.registered_commands:
        doc = command.callback.__doc__ or ""  # type: ignore[union-attr]
        assert "Example:" in doc, f"{command.callback.__name__} has no example in its help"  # type: ignore[union-attr]


def test_every_command_is_listed_in_one_line_of_kg_help() -> None:
    """`kg --help` lists a command by its help's first paragraph, line breaks and all: keep it one short line."""
    summaries = {command.callback.__name__: inspect.getdoc(command.callback).split("\n\n")[0]  # type: ignore[union-attr]
                 for command in app.registered_commands}
    assert {name: summary for name, summary in summaries.items()
            if "\n" in summary or len(summary) > 100} == {}


FINDINGS_COLUMNS = {
    "ratings": "area,inspection,date,scope,rating,score,percent_yes",
    "recommendations": "area,inspection,number,addressee,themes,text",
    "recurring-themes": "theme,areas,recommendations,findings",
    "metrics": "area,inspection,metric,value,unit,comparator,comparator_value,period,source",
}


@pytest.mark.parametrize(("name", "header"), sorted(FINDINGS_COLUMNS.items()))
def test_findings_queries_have_their_columns_and_rows(corpus_store: Path, name: str, header: str) -> None:
    result = runner.invoke(app, ["query", name, "--store", str(corpus_store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == header
    assert rows(result.output), f"{name} returned no rows on the corpus"


def test_ratings_of_barking_and_dagenham_with_percent_yes(corpus_store: Path) -> None:
    result = runner.invoke(app, ["query", "ratings", "--store", str(corpus_store), "--format", "csv",
                                 "--param", "area=Barking and Dagenham"])
    by_scope = {r["scope"]: r for r in rows(result.output)}
    assert by_scope["2.2 Planning"]["rating"] == "Inadequate"
    assert "2.2.2 = 48%" in by_scope["2.2 Planning"]["percent_yes"]
    assert len([s for s in by_scope if s[:1] in "123"]) == 12


def test_case_assessment_scores_are_scores_not_ratings(corpus_store: Path) -> None:
    """Portsmouth's five theme scores are all in the score column; none is shown as a rating."""
    result = runner.invoke(app, ["query", "ratings", "--store", str(corpus_store), "--format", "csv",
                                 "--param", "area=Portsmouth"])
    scored = [r for r in rows(result.output) if r["score"]]
    assert sorted(r["score"] for r in scored) == ["70%", "75%", "76%", "85%", "86%"]
    assert [r for r in rows(result.output) if r["rating"].endswith("%")] == []


def test_area_profile_gathers_inspections_ratings_recommendations_and_people(corpus_store: Path) -> None:
    result = runner.invoke(app, ["query", "area-profile", "--store", str(corpus_store), "--format", "csv",
                                 "--param", "area=barking and dagenham"])
    kinds = {r["kind"] for r in rows(result.output)}
    assert {"inspection", "rating", "recommendation", "person"} <= kinds
