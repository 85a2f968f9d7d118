"""Data-quality checks: they pass on the real corpus, and each fails on the regression it guards against."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.canned import canned_queries, parse_query
from kg.checks import run_checks, run_store_checks
from kg.documents import Document
from kg.gazetteer import Gazetteer
from kg.graph import build_graph
from kg.loaders.context import Context
from kg.loaders.text import span
from kg.resolve import resolve
from kg.store import Store
from tests.conftest import load_text


def test_every_check_passes_on_the_real_corpus(corpus_store: Path) -> None:
    store = Store(corpus_store)
    graph = store.graph()
    results = run_checks(graph) + run_store_checks(store, graph)
    failed = {r.name: r.problems for r in results if not r.passed}
    assert not failed, failed
    assert not [r.notes for r in results if r.notes], "every area of the real corpus is in the gazetteer"


def test_every_area_of_the_real_corpus_has_one_service_organisation(corpus_store: Path) -> None:
    graph = Store(corpus_store).graph()
    services: dict[str, list[str]] = {}
    for node in graph.nodes.values():
        if node.schema == "Organisation" and node.first("kind") == "youth_offending_service":
            for area in node.values("area"):
                services.setdefault(graph.caption(area), []).append(graph.caption(node.id))
    assert services and all(len(names) == 1 for names in services.values()), services
    assert services["Havering"] == ["Havering Youth Offending Service"]


def bad_graph() -> Context:
    """Statements as a careless loader would write them: two service nodes, a person as an area, a % as a rating."""
    ctx = Context(Document.from_text("bad.txt", "Westmere YOS and Westmere Youth Offending Service. Amira Castell. 85%"))
    ctx.emit("org-a", "Organisation", "name", "Westmere YOS", (0, 12))
    ctx.emit("org-a", "Organisation", "kind", "youth_offending_service", (0, 12))
    ctx.emit("org-b", "Organisation", "name", "Westmere Youth Offending Service", (17, 49))
    ctx.emit("org-b", "Organisation", "kind", "youth_offending_service", (17, 49))
    ctx.emit("area-x", "Area", "name", "Amira Castell", (51, 64))
    ctx.emit("area-w", "Area", "name", "Westmere", (0, 8))
    ctx.emit("area-q", "Area", "name", "Westmere'", (0, 8))
    ctx.emit("person-x", "Person", "name", "Amira Castell YOS", (51, 64))
    ctx.emit("person-a", "Person", "name", "Floor Civil", (51, 64))  # '1st Floor Civil Justice Centre', an address
    ctx.emit("rating-x", "Rating", "rating", "85%", (66, 69))
    ctx.emit("org-x", "Organisation", "name", "and Amira Castell", (47, 64))
    ctx.emit("org-f", "Organisation", "name", "Amira", (51, 56))
    ctx.emit("org-c", "Organisation", "name", "Westmere CABINET", (0, 8))
    ctx.emit("org-m", "Organisation", "name", "Westmere Minutes of a Meeting of the Cabinet", (0, 8))
    ctx.emit("org-n", "Organisation", "name", "Westmere NHS Trust", (0, 8))
    ctx.emit("org-t", "Organisation", "name", "D/Supt Amira Castell Police", (51, 64))
    ctx.emit("area-b", "Area", "name", "Inspectorate", (0, 8))
    ctx.emit("area-g", "Area", "name", "Good", (0, 8))  # a rating read as a place ('... service rated Good')
    ctx.emit("org-g", "Organisation", "name", "Good Council", (0, 8))  # its council does not make it one
    ctx.emit("org-g", "Organisation", "kind", "local_authority", (0, 8))
    ctx.emit("org-g", "Organisation", "area", "area-g", (0, 8))
    ctx.emit("area-h", "Area", "name", "Attendance", (0, 8))  # a minutes' heading over the board's name
    ctx.emit("org-h", "Organisation", "name", "Attendance Council", (0, 8))
    ctx.emit("org-h", "Organisation", "kind", "local_authority", (0, 8))
    ctx.emit("org-h", "Organisation", "area", "area-h", (0, 8))
    return ctx


def test_each_check_fails_on_its_regression() -> None:
    statements = list(bad_graph().statements.values())
    checked = run_checks(build_graph(statements, resolve(statements)))
    results = {r.name: r.problems for r in checked}
    assert results["areas-are-places"] == ["Inspectorate (area-b)", "Good (area-g)", "Attendance (area-h)",
                                           "Westmere' (area-q)", "Amira Castell (area-x)"]
    assert checked[0].notes == ["Westmere (area-w)"], "a place-like name the gazetteer lacks is a note"
    assert results["one-service-per-area"] == ["Westmere: Westmere YOS, Westmere Youth Offending Service"]
    address, person = results["people-are-people"]
    assert person.startswith("Amira Castell YOS (person-") and person.endswith("): yos")
    assert address.startswith("Floor Civil (person-") and address.endswith("): civil, floor")
    assert results["ratings-are-grades"] == ["rating-x: 85%"]
    assert results["organisations-are-not-people"] == ["Amira (org-f)", "and Amira Castell (org-x)"]
    assert results["organisations-hold-no-title"] == ["D/Supt Amira Castell Police (org-t): D/Supt"]
    # named after a place the documents taught (Westmere is no place of the gazetteer's) and linked to none
    assert "Westmere NHS Trust (org-n)" in results["local-organisations-have-areas"]
    assert results["organisations-named-plainly"] == ["Westmere CABINET (org-c): CABINET",
                                                      "Attendance Council (org-h): Attendance",
                                                      "Westmere Minutes of a Meeting of the Cabinet (org-m): Minutes"]


def test_a_role_holding_its_organisation_and_a_local_body_without_an_area_fail_their_checks() -> None:
    gazetteer = Gazetteer([{"name": "Ministry of Justice", "kind": "government"}], {},
                          places={"Northshire": "Northshire County Council"},
                          police_areas={"Northshire": ["Northshire"]})
    text = "Copy to: Policy Unit, Ministry of Justice Amira Castell. Northshire Police. Northshire Carers Forum."
    ctx = Context(Document.from_text("careless.txt", text), gazetteer=gazetteer)
    ctx.document_fact("file_name", "careless.txt", (0, 7))
    # written as a careless loader would (the context itself gives a role the organisation it names)
    person, involvement = ctx.person_id("Amira Castell"), "involvement-amira"
    ctx.emit(person, "Person", "name", "Amira Castell", span(text, 42, 55))
    for prop, value in (("person", person), ("relation", "copy_to"), ("role", "Policy Unit, Ministry of Justice"),
                        ("role", "Officer (01632 960 555, amira@careless.example)"), ("document", ctx.document_entity)):
        ctx.emit(involvement, "Involvement", prop, value, span(text, 9, 56))
    for name, start in (("Northshire Police", 58), ("Northshire Carers Forum", 77)):
        ctx.emit("org-" + name, "Organisation", "name", name, (start, start + len(name)))
    statements = ctx.finish()
    results = {r.name: r.problems for r in run_checks(build_graph(statements, resolve(statements)), gazetteer)}
    [role] = results["roles-name-their-organisation"]
    assert role.startswith("Amira Castell in careless.txt: 'Policy Unit, Ministry of Justice' has organisation none")
    assert results["roles-are-posts"] == [
        "Amira Castell in careless.txt: 'Officer (01632 960 555, amira@careless.example)'"]
    assert results["local-organisations-have-areas"] == ["Northshire Carers Forum (org-Northshire Carers Forum)",
                                                         "Northshire Police (org-Northshire Police)"]


def test_a_role_cut_by_a_lines_end_or_a_cells_edge_fails_its_check() -> None:
    text = "Present: Cllr Ann Ruddle, Cabinet Member for Children and\nDr Bo Lund, Health Board, A\nKim Orr\n"
    ctx = Context(Document.from_text("careless.txt", text))
    ctx.document_fact("file_name", "careless.txt", (0, 7))
    cut = {"Ann Ruddle": "Cabinet Member for Children and", "Bo Lund": "Health Board, A",
           "Kim Orr": "minutes), Business Support"}
    for name, role in cut.items():
        person, involvement = ctx.person_id(name), f"involvement-{name}"
        ctx.emit(person, "Person", "name", name, span(text, text.index(name), text.index(name) + len(name)))
        for prop, value in (("person", person), ("relation", "present_at_meeting"), ("role", role),
                            ("document", ctx.document_entity)):
            ctx.emit(involvement, "Involvement", prop, value, span(text, 0, len(text)))
    statements = ctx.finish()
    results = {r.name: r.problems for r in run_checks(build_graph(statements, resolve(statements)))}
    assert sorted(results["roles-are-whole"]) == sorted(f"{name} in careless.txt: {role!r}"
                                                       for name, role in cut.items())


def test_a_figure_its_unit_rules_out_fails_its_check() -> None:
    text = "3.3 Custody (rate per 1,000)\nReoffending 132%\nPopulation (ONS 2010) 118,400\nFirst-time entrants 41\n"
    ctx = Context(Document.from_text("careless.txt", text))
    observations = {"custodial_sentences": ("3.3", "count"), "reoffending_rate": ("132", "%"),
                    "population": ("2010", "count"), "first_time_entrants": ("41", "count")}
    for metric, (value, unit) in observations.items():
        observation = f"observation-{metric}"
        at = text.index(value)
        for prop, written in (("metric", metric), ("value", value), ("unit", unit)):
            ctx.emit(observation, "Observation", prop, written, span(text, at, at + len(value)))
    statements = ctx.finish()
    results = {r.name: r.problems for r in run_checks(build_graph(statements, resolve(statements)))}
    assert sorted(results["figures-possible"]) == ["careless.txt: custodial_sentences is 3.3 (count)",
                                                   "careless.txt: population is 2010 (count)",
                                                   "careless.txt: reoffending_rate is 132 (%)"]


def careless_findings() -> list:
    """Findings as a careless loader would write them: a rating as written, a theme under a second name, and an
    inspection that each of two papers made for itself."""
    text = ("Westmere YOS was rated good. Work to protect children and young people was good. "
            "Westmere inspection published March 2024. Westmere Cabinet, May 2024.")
    ctx = Context(Document.from_text("careless.txt", text))
    ctx.emit("area-w", "Area", "name", "Westmere", (0, 8))
    ctx.emit("rating-a", "Rating", "scope", "overall", (0, 27))
    ctx.emit("rating-a", "Rating", "rating", "good", (23, 27))
    ctx.emit("rating-b", "Rating", "scope", "Protecting children and young people", (29, 80))
    ctx.emit("rating-b", "Rating", "rating", "Good", (76, 80))
    ctx.emit("doc-report", "Document", "published", "2024-03", (81, 122))
    ctx.emit("doc-paper", "Document", "published", "2024-05", (123, 150))
    ctx.emit("inspection-report", "Inspection", "area", "area-w", (81, 89))
    ctx.emit("inspection-report", "Inspection", "published", "2024-03", (81, 122))
    ctx.emit("inspection-report", "Inspection", "reported_in", "doc-report", (81, 122))
    ctx.emit("inspection-paper", "Inspection", "area", "area-w", (123, 131))
    ctx.emit("inspection-paper", "Inspection", "reported_in", "doc-paper", (123, 150))
    return list(ctx.statements.values())


def test_ratings_as_written_a_theme_with_two_names_and_an_inspection_made_twice_fail_their_checks() -> None:
    from kg.resolve import Resolution

    statements = careless_findings()
    results = {r.name: r.problems for r in run_checks(build_graph(statements, Resolution({}, [], [])))}
    assert results["ratings-on-their-scale"] == ["overall: 'good'"]
    assert results["one-name-per-theme"] == [
        "'Protecting children and young people' is the theme 'Protecting the child or young person' (rating-b)"]
    assert results["one-node-per-inspection"] == ["Westmere: inspection-paper, inspection-report are one inspection"]
    resolved = {r.name: r.problems for r in run_checks(build_graph(statements, resolve(statements)))}
    assert resolved["one-node-per-inspection"] == [], "resolution merges the paper's inspection into the report's"


def test_comparators_kept_as_written_fail_one_name_per_comparator() -> None:
    """Comparators as a careless loader would write them (as the documents do) stay apart; the loaders give each
    its one name, and a comparator the vocabulary lacks is a note."""
    from kg.resolve import Resolution

    text = ("Reoffending in Westmere was 38.2% (national average 32.5%); in Eastholm 36.1% against the England and "
            "Wales rate of 32.5%. Harrowmere: 34.0%, county average 35.0%.")
    ctx = Context(Document.from_text("careless.txt", text))
    for entity, value, comparator, where in (("obs-w", "38.2", "national average", (0, 58)),
                                             ("obs-e", "36.1", "the England and Wales rate", (60, 120)),
                                             ("obs-h", "34.0", "county average", (122, 160))):
        ctx.emit(entity, "Observation", "metric", "reoffending_rate", where)
        ctx.emit(entity, "Observation", "value", value, where)
        ctx.emit(entity, "Observation", "comparator", comparator, where)
    statements = list(ctx.statements.values())
    [checked] = [r for r in run_checks(build_graph(statements, Resolution({}, [], []))) if
                 r.name == "one-name-per-comparator"]
    assert checked.problems == ["'national average', 'the England and Wales rate': the comparator 'England and Wales'"]
    assert checked.notes == ["county average"]
    factbox = ("Westmere Youth Justice Board\n\nReoffending rate: 38.2% (national average: 32.5%)\n\n"
               "First-time entrants: 171 per 100,000, against the England and Wales rate of 165.\n")
    loaded = load_text(factbox, "westmere.txt").statements
    graph = build_graph(loaded, resolve(loaded))
    observations = [node for node in graph.nodes.values() if node.schema == "Observation"]
    assert {(node.first("comparator_as_written"), node.first("comparator")) for node in observations} == {
        ("national average", "England and Wales"), ("the England and Wales rate", "England and Wales")}
    [checked] = [r for r in run_checks(graph) if r.name == "one-name-per-comparator"]
    assert checked.passed


def test_a_value_the_model_gives_once_held_twice_fails_its_check() -> None:
    """An organisation named twice (its name as written in two documents) and an inspection of two types (not the
    generic word, which the graph drops), as a careless loader would leave them: each engine would show a different
    one."""
    from kg.resolve import Resolution

    text = "Wessendon and Esk Police. Wessendon\n  Police. A standards inspection, discussed as a thematic."
    ctx = Context(Document.from_text("careless.txt", text))
    ctx.emit("org-w", "Organisation", "name", "Wessendon and Esk Police", (0, 24))
    ctx.emit("org-w", "Organisation", "name", "Wessendon\n  Police", (26, 44))
    ctx.emit("inspection-w", "Inspection", "inspection_type", "standards inspection", (48, 68))
    ctx.emit("inspection-w", "Inspection", "inspection_type", "thematic inspection", (84, 94))
    statements = list(ctx.statements.values())
    [checked] = [r for r in run_checks(build_graph(statements, Resolution({}, [], []))) if
                 r.name == "one-value-where-one-is-due"]
    assert checked.problems == [
        "standards inspection (inspection-w): Inspection.inspection_type is 'standards inspection', "
        "'thematic inspection'",
        "Wessendon and Esk Police (org-w): Organisation.name is 'Wessendon and Esk Police', "
        "'Wessendon\\n  Police'"]


def test_an_organisation_written_in_forms_that_fold_alike_has_one_name_and_the_rest_as_aliases() -> None:
    """'Wessendon & Esk CCG' in one paper, 'Wessendon and Esk CCG' in another and in capitals in a third: one name,
    the one a reader expects, and the others its aliases, with every statement kept."""
    from kg.resolve import Resolution

    statements = []
    for number, written in enumerate(["WESSENDON AND ESK CLINICAL COMMISSIONING GROUP",
                                      "Wessendon & Esk Clinical Commissioning Group",
                                      "Wessendon and Esk Clinical Commissioning Group"]):
        ctx = Context(Document.from_text(f"paper{number}.txt", written + ".\n"))
        ctx.emit("org-w", "Organisation", "name", written, (0, len(written)))
        statements += list(ctx.statements.values())
    graph = build_graph(statements, Resolution({}, [], []))
    node = graph.nodes["org-w"]
    assert node.values("name") == ["Wessendon and Esk Clinical Commissioning Group"]
    assert sorted(node.values("alias")) == ["WESSENDON AND ESK CLINICAL COMMISSIONING GROUP",
                                            "Wessendon & Esk Clinical Commissioning Group"]
    assert node.statement_ids() == {s.id for s in statements}
    [checked] = [r for r in run_checks(graph) if r.name == "one-value-where-one-is-due"]
    assert checked.passed


# board-members as it was: an attendee's board fell back to their own organisation where the minutes name no body.
CARELESS_BOARD_MEMBERS = """# name: board-members
# columns: area, board, person, relation, role, date, document
PREFIX kg: <https://w3id.org/kg-inspections/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ("" AS ?area) ?board ?person ?relation ("" AS ?role) ("" AS ?date) ?document WHERE {
  ?i a kg:Involvement ; org:member ?p ; kg:relation ?relation ; kg:document ?doc ; org:organization ?o .
  ?p skos:prefLabel ?person . ?o skos:prefLabel ?organisation . ?doc dcterms:source ?file .
  OPTIONAL { ?doc dcterms:title ?title } BIND(COALESCE(?title, ?file) AS ?document)
  OPTIONAL { ?doc kg:meetingOf ?body . ?body skos:prefLabel ?bodyName }
  BIND(COALESCE(?bodyName, ?organisation) AS ?board)
}"""


def test_an_attendee_under_their_own_organisation_and_engines_that_differ_fail_their_checks(
        corpus_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.checks

    careless = parse_query(CARELESS_BOARD_MEMBERS, "sparql")
    monkeypatch.setattr(kg.checks, "get_query", lambda name: careless)
    monkeypatch.setattr(kg.checks, "canned_queries", lambda engine: {"board-members": careless} if engine == "sparql"
                        else {"board-members": canned_queries("cypher")["board-members"]})
    store = Store(corpus_store)
    results = {r.name: r.problems for r in run_store_checks(store, store.graph())}
    assert "B. Fisher (present_at_meeting) in 57_vale_of_glamorgan_scrutiny_minutes_council.txt: board 'Tenant " \
           "Working Group', where the meeting is of no body named" in results["attendees-at-the-meeting"]
    assert [re.sub(r"\d+ rows", "N rows", problem.split(", such as")[0]) for problem in results["engines-agree"]] == [
        "board-members: N rows only in SPARQL", "board-members: N rows only in Cypher"]


def test_a_paper_dated_by_its_next_meeting_or_the_report_it_discusses_fails_its_check() -> None:
    """Dates as the old reader took them: the first short line with a date (the next meeting), or a paper's prose
    about the report it discusses; a report's own 'Report published March 2025' under its title is its date."""
    from kg.checks import documents_dated_by_their_own_date

    texts = {"minutes.txt": "Tollbridge Board\nNote of meeting: 22 September 2025, 1.30pm, Heron Suite\n\n"
                            "3  Date of next meeting\n9 December 2025\n",
             "report.txt": "Tollbridge Cabinet\n\n1.1 The report was published on 4 March 2025.\n",
             "letter.txt": "Tollbridge YJS\n<i>Publication date:</i>\t12 August 2025\n",
             "panel.txt": "Tollbridge Panel\n\n43. MINUTES\n\nRESOLVED that the minutes of the meeting held on 17 "
                          "October 2025 be\nconfirmed as a correct record.\n",
             "own.txt": "Tollbridge Full Joint Inspection\n\n                    Report published March 2025\n",
             # a news page's own date under its label, below a headline that says a report was published
             "news.txt": "Youth justice service inspection report published\nPosted on: 25 March 2025\n"}
    statements = []
    for name, text in texts.items():
        ctx = Context(Document.from_text(name, text))
        date = {"minutes.txt": "9 December 2025", "report.txt": "4 March 2025", "letter.txt": "12 August 2025",
                "panel.txt": "17 October 2025", "own.txt": "March 2025", "news.txt": "25 March 2025"}[name]
        start = text.index(date)
        ctx.document_fact("published", "2025", (start, start + len(date)))
        statements += ctx.finish()
    by_id = {Document.from_text(name, text).id: text for name, text in texts.items()}
    checked = documents_dated_by_their_own_date(build_graph(statements, resolve(statements)), by_id.__getitem__)
    assert sorted(problem.split(":")[0] for problem in checked.problems) == ["minutes.txt", "panel.txt", "report.txt"]


def test_a_rated_inspection_whose_report_gives_no_date_fails_its_check() -> None:
    from kg.resolve import Resolution

    text = "An inspection of youth justice services in Tollbridge. Overall: Good. Tollbridge Echo: rated Good."
    ctx = Context(Document.from_text("careless.txt", text))
    ctx.emit("doc-report", "Document", "family", "standards_inspection", (0, 54))
    ctx.emit("doc-news", "Document", "family", "press_release", (70, 98))
    for inspection, document, where in (("inspection-r", "doc-report", (0, 54)), ("inspection-n", "doc-news", (70, 98))):
        ctx.emit(inspection, "Inspection", "reported_in", document, where)
        ctx.emit("rating-" + inspection, "Rating", "inspection", inspection, where)
        ctx.emit("rating-" + inspection, "Rating", "rating", "Good", where)
    ctx.emit("area-t", "Area", "name", "Tollbridge", (43, 53))
    ctx.emit("inspection-n", "Inspection", "area", "area-t", (70, 80))
    statements = list(ctx.statements.values())
    checked = {r.name: r.problems for r in run_checks(build_graph(statements, Resolution({}, [], [])))}
    assert checked["rated-inspections-are-dated"] == ["inspection-r (no area)"], \
        "an inspection only news reports may stay undated"
    assert checked["rated-inspections-have-areas"] == ["inspection-r (doc-report)"]


def test_a_document_titled_by_its_pages_furniture_fails_its_check() -> None:
    from kg.resolve import Resolution

    text = ("12 May 2025. Tollbridge Council – Newsroom. inspection of our work and. Rated Good by. Westmere rated Good. "
            "We use cookies on this site. Inspection of Tollbridge YJS by HM. Menu. Westmere YJS rated 'Good")
    ctx = Context(Document.from_text("careless.txt", text))
    for document, (start, end) in (("doc-a", (0, 11)), ("doc-b", (13, 42)), ("doc-c", (44, 70)), ("doc-d", (72, 85)),
                                   ("doc-e", (87, 106)), ("doc-f", (108, 135)), ("doc-g", (137, 171)),
                                   ("doc-h", (173, 177)), ("doc-i", (179, 203))):
        ctx.emit(document, "Document", "file_name", document + ".txt", (start, end))
        ctx.emit(document, "Document", "heading", text[start:end], (start, end))
    statements = list(ctx.statements.values())
    [checked] = [r for r in run_checks(build_graph(statements, Resolution({}, [], [])),
                                       Gazetteer([], {}, places={"Tollbridge": "Tollbridge Council"}))
                 if r.name == "documents-titled-plainly"]
    assert [problem.split(":")[0] for problem in checked.problems] == ["doc-a.txt", "doc-b.txt", "doc-c.txt",
                                                                      "doc-d.txt", "doc-f.txt", "doc-g.txt",
                                                                      "doc-h.txt", "doc-i.txt"]


def test_two_figures_for_one_metric_of_an_area_in_one_document_fail_their_check() -> None:
    """The area's figure and a comparator's read as the area's, as a careless loader would keep them; a figure of
    another period, or in another unit (a share of disposals beside a rate per 1,000), is no clash."""
    from kg.resolve import Resolution

    text = "Westmere 201\nEngland and Wales 149\nIn 2021 Westmere's rate was 230.\nCustody 6.2% of disposals"
    ctx = Context(Document.from_text("careless.txt", text))
    ctx.emit("area-w", "Area", "name", "Westmere", (0, 8))
    for entity, value, period, unit, where in (("obs-a", "201", None, "per 100,000", (0, 12)),
                                               ("obs-b", "149", None, "per 100,000", (13, 34)),
                                               ("obs-c", "230", "2021", "per 100,000", (35, 66)),
                                               ("obs-d", "6.2", None, "%", (67, 92))):
        ctx.emit(entity, "Observation", "metric", "first_time_entrant_rate", where)
        ctx.emit(entity, "Observation", "value", value, where)
        ctx.emit(entity, "Observation", "unit", unit, where)
        ctx.emit(entity, "Observation", "area", "area-w", where)
        if period:
            ctx.emit(entity, "Observation", "period", period, where)
    statements = list(ctx.statements.values())
    [checked] = [r for r in run_checks(build_graph(statements, Resolution({}, [], []))) if
                 r.name == "one-figure-per-metric"]
    assert checked.problems == ["careless.txt: first_time_entrant_rate (per 100,000) of Westmere (no period) is 149, 201"]


def test_minutes_with_no_area_and_a_recommendation_to_no_one_fail_their_checks() -> None:
    """Minutes whose area was not read and a recommendation whose addressee was not, as a careless loader would leave
    them; the area given and a body as addressee pass."""
    from kg.resolve import Resolution

    text = "Tarrow Scrutiny Committee. Tarrow. That the work programme be noted. Tarrow Police should share data."
    ctx = Context(Document.from_text("careless.txt", text))
    ctx.document_fact("file_name", "careless.txt", (0, 6))
    ctx.document_fact("meeting_of", ctx.organisation("Tarrow Scrutiny Committee", (0, 25)), (0, 25))
    for entity, words, addressee in (("rec-a", (35, 68), None), ("rec-b", (69, 101), (69, 82))):
        ctx.emit(entity, "Recommendation", "text", text[slice(*words)], words)
        if addressee:
            ctx.emit(entity, "Recommendation", "addressee", text[slice(*addressee)], addressee)

    def problems() -> dict[str, list[str]]:
        statements = list(ctx.statements.values())
        return {r.name: r.problems for r in run_checks(build_graph(statements, Resolution({}, [], [])))}

    found = problems()
    assert found["meetings-have-areas"] == ["careless.txt: a meeting of Tarrow Scrutiny Committee"]
    assert found["recommendations-addressed"] == ["- 'That the work programme be noted.' (rec-a): addressed to no one"]
    ctx.home_area = "Tarrow"  # read from the title: a place the gazetteer lacks
    ctx.document_fact("area", ctx.area("Tarrow", (27, 33)), (27, 33))
    assert problems()["meetings-have-areas"] == []


def test_a_recommendation_to_a_body_by_its_letters_is_addressed() -> None:
    """'Tarrow YJS should:' addresses the service by its letters: a body, as 'Tarrow YOS' is."""
    from kg.resolve import Resolution

    text = "Tarrow YJS should share data."
    ctx = Context(Document.from_text("letters.txt", text))
    ctx.emit("rec-c", "Recommendation", "text", "share data", (18, 28))
    ctx.emit("rec-c", "Recommendation", "addressee", "Tarrow YJS", (0, 10))
    [checked] = [r for r in run_checks(build_graph(list(ctx.statements.values()), Resolution({}, [], [])))
                 if r.name == "recommendations-addressed"]
    assert checked.problems == []


def test_one_office_for_the_papers_of_two_areas_fails_its_check() -> None:
    """Two boroughs' papers each naming their commissioner's office by its kind alone: one node each (the gazetteer
    gives each area its own), or, as before, one node for both, which fails."""

    def papers(area: str, office_id: str | None) -> list:
        text = f"{area}. Jo Pell, Office of the Police and Crime Commissioner."
        ctx = Context(Document.from_text(f"{area.lower()}.txt", text))
        ctx.home_area = area
        ctx.document_fact("area", ctx.area(area, (0, len(area))), (0, len(area)))
        office = office_id or ctx.organisation("Office of the Police and Crime Commissioner", (len(area) + 11, len(text) - 1))
        if office_id:
            ctx.emit(office, "Organisation", "name", "Office of the Police and Crime Commissioner", (len(area) + 11, len(text) - 1))
        ctx.emit(ctx.person_id("Jo Pell"), "Person", "name", "Jo Pell", (len(area) + 2, len(area) + 9))
        for prop, value in (("person", ctx.person_id("Jo Pell")), ("relation", "board_member"),
                            ("organisation", office), ("document", ctx.document_entity)):
            ctx.emit(f"involvement-{area}", "Involvement", prop, value, (len(area) + 2, len(text) - 1))
        return list(ctx.statements.values())

    def problems(office_id: str | None) -> list[str]:
        statements = papers("Tarrowby", office_id) + papers("Westmere", office_id)
        [checked] = [r for r in run_checks(build_graph(statements, resolve(statements)))
                     if r.name == "one-office-per-area"]
        return checked.problems

    assert problems(None) == []
    assert problems("org-office") == ["Office of the Police and Crime Commissioner (org-office): Tarrowby, Westmere"]


def test_an_area_a_council_is_named_after_is_a_place_though_its_name_is_a_given_name() -> None:
    """'Ashley Borough Council' makes Ashley a place, noted as the gazetteer lacks it; a given name alone, with no
    council of it, is a person's name read as an area."""
    from kg.resolve import Resolution

    ctx = Context(Document.from_text("plan.txt", "Ashley Borough Council. Ashley. Miriam."))
    ctx.emit("area-a", "Area", "name", "Ashley", (24, 30))
    ctx.emit("area-m", "Area", "name", "Miriam", (32, 38))
    for prop, value in (("name", "Ashley Borough Council"), ("kind", "local_authority"), ("area", "area-a")):
        ctx.emit("org-a", "Organisation", prop, value, (0, 22))
    statements = list(ctx.statements.values())
    [checked] = [r for r in run_checks(build_graph(statements, Resolution({}, [], [])), Gazetteer([], {}))
                 if r.name == "areas-are-places"]
    assert (checked.problems, checked.notes) == (["Miriam (area-m)"], ["Ashley (area-a)"])


def test_a_local_youth_justice_boards_chair_has_the_areas_service_not_the_national_board() -> None:
    """'Chair, Youth Justice Board' signing an area's annual report chairs the area's board, of its service (the
    loaders' rule): that organisation passes; none fails."""
    text = "Westmere Youth Justice Service Annual Report. Amira Castell, Chair, Youth Justice Board."
    gazetteer = Gazetteer([{"name": "Youth Justice Board", "kind": "government"}], {})

    def problems(organisation: str | None) -> list[str]:
        ctx = Context(Document.from_text("annual.txt", text), gazetteer=gazetteer)
        ctx.home_area = "Westmere"
        ctx.document_fact("file_name", "annual.txt", (0, 8))
        ctx.document_fact("area", ctx.area("Westmere", (0, 8)), (0, 8))
        person, involvement = ctx.person_id("Amira Castell"), "involvement-amira"
        ctx.emit(person, "Person", "name", "Amira Castell", (46, 59))
        values = [("person", person), ("relation", "board_chair"), ("role", "Chair, Youth Justice Board"),
                  ("document", ctx.document_entity)]
        if organisation:
            values.append(("organisation", ctx.organisation(organisation, (0, 30))))
        for prop, value in values:
            ctx.emit(involvement, "Involvement", prop, value, (46, 87))
        statements = ctx.finish()
        return {r.name: r.problems for r in run_checks(build_graph(statements, resolve(statements)),
                                                       gazetteer)}["roles-name-their-organisation"]

    assert problems("Westmere YOS") == []
    [problem] = problems(None)
    assert problem.startswith("Amira Castell in annual.txt: 'Chair, Youth Justice Board' has organisation none")
