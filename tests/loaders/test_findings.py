"""Findings against the gold keys of the real corpus, and small fictional documents for the layouts' variants."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from kg.evaluate import evaluate_findings, extracted_findings, format_findings_report, gold_findings
from kg.loaders import LoadResult, load_document
from kg.loaders.findings_ratings import themes_judged_at_score
from kg.loaders.readers import read_document
from tests.conftest import load_text
from tests.linear_time import assert_grows_linearly

BARKING = "003_7f08350e2b0dc4b1.txt"
PORTSMOUTH = "004_1ae96f1106e970da.txt"
SQS_LETTERS = ["000_07678c9e3f642107.txt", "001_e25209491b5badc3.txt", "002_0fa993fe3d4a66ee.txt"]


def entities(result: LoadResult, schema: str) -> list[dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for s in result.statements:
        if s.schema == schema:
            found[s.entity][s.prop].append(s.value)
    return list(found.values())


def diff(expected: set[tuple[str, ...]], got: set[tuple[str, ...]]) -> str:
    lines = [f"  missing    {row}" for row in sorted(expected - got)]
    lines += [f"  unexpected {row}" for row in sorted(got - expected)]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def corpus_rows(corpus_dir: Path, gold_dir: Path) -> tuple[dict, dict]:
    statements = []
    for path in sorted(corpus_dir.glob("*.txt")):
        statements.extend(load_document(read_document(path)).statements)
    return gold_findings(gold_dir), extracted_findings(statements)


@pytest.mark.parametrize("kind", ["rating", "percent_yes"])
def test_every_rating_and_percent_yes_of_barking_and_dagenham(corpus_rows: tuple[dict, dict], kind: str) -> None:
    gold, found = corpus_rows
    expected, got = gold[BARKING][kind], found[BARKING][kind]
    assert expected == got, diff(expected, got)


@pytest.mark.parametrize("doc", [BARKING, PORTSMOUTH])
def test_recommendations_with_their_addressees(corpus_rows: tuple[dict, dict], doc: str) -> None:
    gold, found = corpus_rows
    numbered = {row for row in gold[doc]["recommendation"] if row[1]}
    assert len(numbered) == 5
    assert numbered <= found[doc]["recommendation"], diff(numbered, found[doc]["recommendation"])


def test_theme_scores_of_the_full_joint_inspection(corpus_rows: tuple[dict, dict]) -> None:
    gold, found = corpus_rows
    assert gold[PORTSMOUTH]["theme_score"] == found[PORTSMOUTH]["theme_score"]


@pytest.mark.parametrize("doc", SQS_LETTERS + [BARKING])
@pytest.mark.parametrize("kind", ["strength", "improvement"])
def test_key_strengths_and_areas_for_improvement(corpus_rows: tuple[dict, dict], doc: str, kind: str) -> None:
    gold, found = corpus_rows
    expected, got = gold[doc][kind], found[doc][kind]
    assert expected == got, diff(expected, got)


def test_every_gold_metric_with_value_and_comparator(corpus_dir: Path, gold_dir: Path) -> None:
    statements = []
    for path in sorted(corpus_dir.glob("*.txt")) + sorted((corpus_dir / "extra").glob("*.txt")):
        statements.extend(load_document(read_document(path)).statements)
    report = evaluate_findings(statements, gold_dir)
    print(format_findings_report(report, details=False))
    missing = [row for kind, row in report.missing if kind == "metric"]
    assert not missing, "\n".join(map(str, missing))
    assert report.by_kind["programme"].recall >= 0.85, format_findings_report(report)
    assert report.by_kind["programme"].precision >= 0.9, format_findings_report(report)


def programme_names(text: str) -> set[str]:
    header = "Full Joint Inspection of youth offending work in Westmere\n\n"
    return {name for p in entities(load_text(header + text, "report.txt"), "Programme") for name in p["name"]}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Services provided by the police, including the gangs unit, are good; few were known to the gangs matrix.",
     {"gangs unit", "gangs matrix"}),
    ("The YOS has recently established an out-of-court disposal panel.", {"out-of-court disposal panel"}),
    ("Managers used the YJB live tracker tool.", {"YJB live tracker tool"}),
    ("Case managers read the police national computer.", {"police national computer"}),
    ("The Westmere YOT Development Day (May 2014), was well attended.", {"Westmere YOT Development Day (May 2014)"}),
    ("A'YOT/Social Care Interface Audit' had been carried out.", {"YOT/Social Care Interface Audit"}),
    ("Progress against the Westmere Youth Offending Team Improvement Plan was good.",
     {"Westmere Youth Offending Team Improvement Plan"}),
    ("The involvement of the Community Safety Team and Joint Action Team helped.",
     {"Community Safety Team", "Joint Action Team"}),
    ("They obtained their Construction Skills Certificate Scheme card.", {"Construction Skills Certificate Scheme"}),
    ("Members of the Child and Adolescent Mental Health Service team gave cover.",
     {"Child and Adolescent Mental Health Service"}),
])
def test_named_services_and_pieces_of_work_are_programmes(sentence: str, expected: set[str]) -> None:
    assert programme_names(sentence) == expected


@pytest.mark.parametrize("sentence", ["The report is attached to the agenda for the panel.",
                                      "The Westmere Youth Offending Team was inspected.",
                                      "Parenting programmes were offered.",
                                      "The Community Rehabilitation Company (CRC) was present.",
                                      "The meeting was held on Microsoft Teams.",
                                      "Head of Youth\nOffending Team Inspections",
                                      # people with their initials or their body; a council's own office
                                      "Present: Orla Brennick (OB), Tam Hale (YJB).",
                                      "Press contact: Communications Team, 01632 960 100."])
def test_services_bodies_and_kinds_of_work_are_not_programmes(sentence: str) -> None:
    assert programme_names(sentence) == set()


def test_the_plan_a_document_is_is_not_a_programme_it_names() -> None:
    plan = "Brackwick Youth Justice Plan 2024-25\n\nForeword\n\nThe Brackwick Youth Justice Plan sets out our aims.\n"
    assert not entities(load_text(plan, "plan.txt"), "Programme")
    minutes = "Brackwick Council\nCabinet\n\nRESOLVED that the Brackwick Youth Justice Plan be approved.\n"
    assert [p["name"] for p in entities(load_text(minutes, "minutes.txt"), "Programme")] == [["Brackwick Youth Justice Plan"]]


def test_inspection_facts_of_the_barking_and_dagenham_report(corpus_dir: Path, gold_dir: Path) -> None:
    result = load_document(read_document(corpus_dir / BARKING))
    key = json.loads((gold_dir / BARKING.replace(".txt", ".json")).read_text(encoding="utf-8"))
    [inspection] = entities(result, "Inspection")
    assert inspection["inspection_type"] == ["standards inspection"]
    assert inspection["published"][0] == key["published"]
    assert inspection["fieldwork_start"][0] == key["fieldwork"]["start"]
    assert {inspection["cases_examined"][0], inspection["cases_court"][0], inspection["cases_out_of_court"][0]} == {
        str(key["cases_examined"]), str(key["cases_examined_detail"]["court"]),
        str(key["cases_examined_detail"]["out_of_court"])}


@pytest.mark.parametrize("doc", SQS_LETTERS)
def test_sqs_fieldwork_and_publication(corpus_dir: Path, gold_dir: Path, doc: str) -> None:
    result = load_document(read_document(corpus_dir / doc))
    key = json.loads((gold_dir / doc.replace(".txt", ".json")).read_text(encoding="utf-8"))
    [inspection] = entities(result, "Inspection")
    assert inspection["inspection_type"] == ["SQS"]
    assert (inspection["fieldwork_start"][0], inspection["fieldwork_end"][0]) == (
        key["fieldwork"]["start"], key["fieldwork"]["end"])
    assert inspection["cases_examined"] == [str(key["cases_examined"])]


def test_the_area_link_of_havering(corpus_dir: Path) -> None:
    result = load_document(read_document(corpus_dir / SQS_LETTERS[0]))
    [link] = entities(result, "AreaLink")
    assert "managed by the London Borough of Barking & Dagenham" in link["nature"][0]


# --- fictional documents, one variant each ---------------------------------------------------

STANDARDS_REPORT = """An inspection of youth offending services in

Northmoor

HM Inspectorate of Probation

MARCH 2021

Fieldwork started: January 2021

Overall rating

Good

{table}

Recommendations

Northmoor YJS should:

1. make sure that plans to keep children safe are reviewed when circumstances
change
2. improve the education offer for children excluded from school.

The Police and Crime Commissioner should:

3. fund the triage scheme.

Introduction
"""


@pytest.mark.parametrize("table", [
    "1.1\tGovernance and leadership\tOutstanding\n2.2\tPlanning\tRequires improvement",
    "| 1.1 | Governance and leadership | Outstanding |\n|---|---|---|\n| 2.2 | Planning | Requires improvement |",
    "<p>1.1. Governance and leadership</p> <p>The governance ...</p>\t<p>Outstanding</p>\n"
    "<p>2.2. Planning</p> <p>Planning is well-informed.</p>\t<p>Requires improvement</p>",
    "1.1 Governance and leadership   Outstanding\n2.2 Planning   Requires improvement",
])
def test_ratings_table_layouts(table: str) -> None:
    result = load_text(STANDARDS_REPORT.format(table=table))
    rows = {(r["scope"][0], r["rating"][0]) for r in entities(result, "Rating")}
    assert rows == {("overall", "Good"), ("1.1 Governance and leadership", "Outstanding"),
                    ("2.2 Planning", "Requires improvement")}


def test_recommendations_grouped_under_addressees_with_wrapped_lines() -> None:
    result = load_text(STANDARDS_REPORT.format(table=""))
    rows = {(r["number"][0], r["addressee"][0], r["text"][0]) for r in entities(result, "Recommendation")}
    assert rows == {
        ("1", "Northmoor YJS", "make sure that plans to keep children safe are reviewed when circumstances\nchange"),
        ("2", "Northmoor YJS", "improve the education offer for children excluded from school."),
        ("3", "The Police and Crime Commissioner", "fund the triage scheme."),
    }
    themes = {r["number"][0]: set(r.get("theme", [])) for r in entities(result, "Recommendation")}
    assert {"planning", "safety_wellbeing", "reviewing"} <= themes["1"] and "education" in themes["2"]


def test_owners_in_brackets_give_one_or_two_addressees() -> None:
    text = """Full Joint Inspection of Youth Offending Work in Eastbrook

Recommendations

- 1. Planning should involve parents/carers. (YOT manager)
- 2. Attendance at school should increase. (Chair of the YOT Management Board/YOT manager)

Contents
"""
    result = load_text(text)
    rows = {r["number"][0]: r for r in entities(result, "Recommendation")}
    assert rows["1"]["addressee"] == ["YOT manager"] and len(rows["1"]["addressed_to"]) == 1
    assert rows["2"]["addressee"] == ["Chair of the YOT Management Board/YOT manager"]
    organisations = {s.entity for s in result.statements if s.schema == "Organisation"}
    assert set(rows["2"]["addressed_to"]) <= organisations and rows["2"]["text"] == ["Attendance at school should increase."]


def test_an_item_wrapped_before_a_figure_and_its_owner_in_brackets() -> None:
    # batch 38: '24 hours' wraps from item 2, a figure where the list's next number would stand; the page's number after
    text = """Full Joint Inspection of Youth Offending Work in Eastbrook

Recommendations

(1)  reparation activities are meaningful and linked to victims' views
     (Head of YOS)

(2)  the police and YOS share information on looked after children who go missing within
     24 hours             (Eastbrook Police, Northern Division)

                                                                                   3
Contents
"""
    rows = {r["number"][0]: r for r in entities(load_text(text), "Recommendation")}
    assert rows["2"]["addressee"] == ["Eastbrook Police, Northern Division"]
    assert rows["2"]["text"][0].endswith("who go missing within\n     24 hours")


def test_an_addressee_ending_the_lists_introduction_or_the_subject_of_its_recommendation() -> None:
    text = """An inspection of youth justice services in Eastbrook

Recommendations

We have made four recommendations that will improve services in Eastbrook. The Eastbrook Youth Justice Service should:

   1. make sure that plans address risk of harm to others;
   2. improve the quality of management oversight.
"""
    by_subject = """Full Joint Inspection of Youth Offending Work in Eastbrook

Recommendations

  1. The Director of Children's Services, as chair of the management board,
     should ensure that the board monitors the quality of work.
  2. Eastbrook Police should share information on arrests within a day.
  3. Planning should involve parents and carers.
"""
    # the older joint inspections' list names no one: the work it asks for is the inspected service's
    post_inspection = """Full Joint Inspection of Youth Offending Work in Eastbrook

RECOMMENDATIONS

Post-inspection improvement work should focus particularly on ensuring that:

(1) a timely and good quality assessment is completed when a child enters
    the youth justice system
(2) the Management Board receives regular information about the quality
    of practice
"""
    rows = [{r["number"][0]: r.get("addressee", [None])[0] for r in entities(load_text(one), "Recommendation")}
            for one in (text, by_subject, post_inspection)]
    assert rows == [{"1": "The Eastbrook Youth Justice Service", "2": "The Eastbrook Youth Justice Service"},
                    {"1": "The Director of Children's Services", "2": "Eastbrook Police",
                     "3": "Eastbrook Youth Offending Service"},
                    {"1": "Eastbrook Youth Offending Service", "2": "Eastbrook Youth Offending Service"}]


def test_a_council_papers_recommendation_is_addressed_to_the_body_it_puts_the_resolution_to() -> None:
    """'That Cabinet notes the findings ...': a cabinet report's recommendation is the council's cabinet's to decide,
    named with its area as every council has one."""
    text = """ORRINGHAM BOROUGH COUNCIL

CABINET – 11 JULY 2023

OUTCOME OF THE INSPECTION OF ORRINGHAM YOUTH JUSTICE SERVICE

Recommendation

2.   That Cabinet notes the findings of the inspection and endorses the improvement plan at
     Appendix A.
3.   That the Children and Young People Scrutiny Committee receives a progress report in six months.

Background

4.   The service was inspected in March 2023.
"""
    result = load_text(text)
    names = {s.entity: s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    rows = {r["number"][0]: (r["addressee"], [names[o] for o in r["addressed_to"]])
            for r in entities(result, "Recommendation")}
    assert rows == {"2": (["Cabinet"], ["Orringham Cabinet"]),
                    "3": (["Children and Young People Scrutiny Committee"],
                          ["Orringham Children and Young People Scrutiny Committee"])}
    assert any(s.prop == "area" and names.get(s.entity) == "Orringham Cabinet" for s in result.statements), \
        "the council's cabinet is of its area"


@pytest.mark.parametrize("sentence, value, comparator_value", [
    ("The published reoffending rate for Westdale was 39.6% against the England and Wales average of 36.1%.",
     "39.6", "36.1"),
    ("And, she says, reoffending rates for Westdale at 32.8 per cent remain well below the national average for "
     "England and Wales of 36.6 per cent.", "32.8", "36.6"),
    ("The published reoffending rate for Westdale was 41.9%. This was worse than the previous year and worse than "
     "the England and Wales average of 36.6%.", "41.9", "36.6"),
    ("The published rate for children and young people in Westdale at the time of the inspection was 42.5%, worse "
     "than the average performance for England and Wales (35.4%).", "42.5", "35.4"),
])
def test_reoffending_sentence_variants(sentence: str, value: str, comparator_value: str) -> None:
    result = load_text("Westdale council news\n\n" + sentence + "\n")
    rows = {(o["metric"][0], o["value"][0], o.get("comparator_value", [None])[0]) for o in entities(result, "Observation")}
    assert ("reoffending_rate", value, comparator_value) in rows


def test_strengths_and_improvements_without_bullets() -> None:
    text = """Report of Short Quality Screening (SQS) of youth offending work in Southby

Key strengths

Assessments of risk of harm to others were thorough.
Case managers engaged well with parents/carers.

Areas requiring improvement

Management oversight of plans to keep children safe must improve.

We are grateful for the support that we received.
"""
    result = load_text(text)
    rows = {(f["polarity"][0], f["text"][0]) for f in entities(result, "Finding")}
    assert rows == {("strength", "Assessments of risk of harm to others were thorough."),
                    ("strength", "Case managers engaged well with parents/carers."),
                    ("improvement", "Management oversight of plans to keep children safe must improve.")}


def test_a_rating_is_its_scales_label_with_the_words_as_written_in_its_quote() -> None:
    result = load_text("Minutes\n\nMembers noted that the Youth Offending Service was rated INADEQUATE overall.\n"
                       "Work to protect the public was judged to be poor.\n")
    rows = {(r["scope"][0], r["rating"][0], r.get("normalised", [None])[0]) for r in entities(result, "Rating")}
    assert rows == {("overall", "Inadequate", "Inadequate"), ("Protecting the public", "Poor", "Inadequate")}
    quotes = {s.quote for s in result.statements if s.schema == "Rating" and s.prop == "rating"}
    assert any("rated INADEQUATE overall" in quote for quote in quotes)
    assert any("judged to be poor" in quote for quote in quotes)


def test_one_inspection_across_the_report_and_the_minutes_discussing_it() -> None:
    report = load_text("Report of Short Quality Screening (SQS) of youth offending work in Southby\n\n"
                       "The inspection was conducted from 3-5 March 2015 as part of our programme.\n", "report.txt")
    minutes = load_text("Southby Council scrutiny minutes\n\nDuring March 2015 the Inspectorate undertook a short "
                        "quality screening of the Youth Offending Service.\n", "minutes.txt")
    [a] = {s.entity for s in report.statements if s.schema == "Inspection"}
    [b] = {s.entity for s in minutes.statements if s.schema == "Inspection"}
    assert a == b


def test_a_document_of_no_known_family_loads_quietly() -> None:
    result = load_text("Shopping list\n\n- 3 apples\n- Bread\n\nRecommendations\n\n\n\n1.\n")
    assert not result.warnings
    assert not [s for s in result.statements if s.schema in {"Rating", "Finding", "Recommendation", "Inspection"}]


def test_a_piece_of_work_judged_good_is_not_the_overall_rating() -> None:
    result = load_text("Southby YOS news\n\nThe quality of reports to the youth court was judged to be good.\n"
                       "The service was rated as good overall.\n")
    rows = {(r["scope"][0], r["rating"][0]) for r in entities(result, "Rating")}
    assert rows == {("overall", "Good")}


def overall_ratings(result: LoadResult) -> set[tuple[str, str, str]]:
    """(area of the rated inspection, normalised rating, quote) of every overall rating a load found."""
    areas = {s.entity: s.value for s in result.statements if s.schema == "Area" and s.prop == "name"}
    inspection_area = {s.entity: areas.get(s.value, s.value) for s in result.statements
                       if s.schema == "Inspection" and s.prop == "area"}
    found = set()
    for rating in entities(result, "Rating"):
        if rating.get("scope") == ["overall"]:
            quote = next(s.quote for s in result.statements if s.schema == "Rating" and s.prop == "rating"
                         and s.value == rating["rating"][0])
            found.add((inspection_area.get((rating.get("inspection") or [""])[0], ""), rating["normalised"][0], quote))
    return found


NEWS = "Northshire County Council news\n\nPosted on 3 March 2021\n\n"
# Fictional places are areas only where a document's title names them (the gazetteer knows only real ones).
WESTMERE_NEWS = "Westmere Council news\n\nPosted on 3 March 2021\n\n"
EASTHOLM_NEWS = "Eastholm Council news\n\nPosted on 3 March 2021\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(NEWS + "Northshire YOS has received an overall rating of 'Good' from the inspectors.\n",
                 ("Northshire", "Good", "Northshire YOS has received an overall rating of 'Good' from the inspectors."),
                 id="received-overall-rating-of"),
    pytest.param(WESTMERE_NEWS + "The Inspectorate has given Westmere YJS a ‘Requires improvement’ rating.\n",
                 ("Westmere", "Requires improvement",
                  "The Inspectorate has given Westmere YJS a ‘Requires improvement’ rating."), id="given-a-rating"),
    pytest.param(EASTHOLM_NEWS + 'Eastholm YJS was rated as "Requires improvement" in its first inspection.\n',
                 ("Eastholm", "Requires improvement",
                  'Eastholm YJS was rated as "Requires improvement" in its first inspection.'), id="rated-as-quoted"),
    pytest.param(NEWS + "Northshire Youth Justice Service has been assessed by HM Inspectorate of Probation as "
                 "“Outstanding”, its highest grade.\n",
                 ("Northshire", "Outstanding", "Northshire Youth Justice Service has been assessed by HM Inspectorate of "
                  "Probation as “Outstanding”, its highest grade."), id="assessed-by-as"),
    pytest.param(NEWS + "The overall rating for Northshire YJS is Good.\n",
                 ("Northshire", "Good", "The overall rating for Northshire YJS is Good."), id="overall-rating-for-is"),
    pytest.param(WESTMERE_NEWS + "WESTMERE YOUTH JUSTICE SERVICE WAS RATED GOOD FOLLOWING A RECENT VISIT BY THE INSPECTORATE.\n",
                 ("Westmere", "Good", "WESTMERE YOUTH JUSTICE SERVICE WAS RATED GOOD FOLLOWING A RECENT VISIT BY THE "
                  "INSPECTORATE."), id="rated-good-capitals"),
    pytest.param("Westmere Council news\n\nOur youth justice service was rated good following a recent visit by the "
                 "inspectorate.\n",
                 ("Westmere", "Good", "Our youth justice service was rated good following a recent visit by the "
                  "inspectorate."), id="service-unnamed-document-area"),
    pytest.param(EASTHOLM_NEWS + "Eastholm Youth Justice Service was given the rating ‘Outstanding’ again.\n",
                 ("Eastholm", "Outstanding", "Eastholm Youth Justice Service was given the rating ‘Outstanding’ again."),
                 id="given-the-rating"),
    pytest.param(NEWS + "Overall, Northshire Youth Justice Service was rated as: Good.\n",
                 ("Northshire", "Good", "Overall, Northshire Youth Justice Service was rated as: Good."),
                 id="rated-as-colon"),
    pytest.param(WESTMERE_NEWS + "A rating of ‘Requires improvement’ has been given to Westmere YJS after its inspection.\n",
                 ("Westmere", "Requires improvement", "A rating of ‘Requires improvement’ has been given to Westmere YJS "
                  "after its inspection."), id="a-rating-of-given-to"),
    pytest.param(WESTMERE_NEWS + "The inspectorate's verdict on Westmere YJS was 'requires improvement'.\n",
                 ("Westmere", "Requires improvement", "The inspectorate's verdict on Westmere YJS was 'requires "
                  "improvement'."), id="inspectorates-verdict-was"),
    pytest.param(WESTMERE_NEWS + "Westmere Youth Justice Service had been found to Require Improvement overall.\n",
                 ("Westmere", "Requires improvement", "Westmere Youth Justice Service had been found to Require "
                  "Improvement overall."), id="found-to-require-improvement"),
    pytest.param(WESTMERE_NEWS + "In January the inspectorate rated the service inadequate.\n",
                 ("Westmere", "Inadequate", "In January the inspectorate rated the service inadequate."),
                 id="rated-the-service-rating"),
    # batch 28: the sentence wrapped between the verb and the service it rates
    pytest.param(WESTMERE_NEWS + "In its 2022 inspection HM Inspectorate of Probation rated the\nWestmere Youth Justice "
                 "Service as 'Requires improvement'.\n",
                 ("Westmere", "Requires improvement", "In its 2022 inspection HM Inspectorate of Probation rated the\n"
                  "Westmere Youth Justice Service as 'Requires improvement'."), id="rated-the-wrapped-service-as"),
    pytest.param(WESTMERE_NEWS + "HM Inspectorate of Probation judged the service to Require Improvement.\n",
                 ("Westmere", "Requires improvement", "HM Inspectorate of Probation judged the service to Require "
                  "Improvement."), id="judged-the-service-to-require"),
    pytest.param(WESTMERE_NEWS + "Westmere's youth justice service is 'Good', according to a report published today.\n",
                 ("Westmere", "Good", "Westmere's youth justice service is 'Good', according to a report published "
                  "today."), id="service-is-quoted-rating"),
    pytest.param(WESTMERE_NEWS + "Westmere Youth Justice Service: Good (overall)\n",
                 ("Westmere", "Good", "Westmere Youth Justice Service: Good (overall)"), id="rating-then-overall-in-brackets"),
    # batch 24: the service's rating as a possessive, and 'rated it' with 'overall' after the rating
    pytest.param(WESTMERE_NEWS + "She said that the service's 'Good' rating from the Inspectorate was deserved.\n",
                 ("Westmere", "Good", "She said that the service's 'Good' rating from the Inspectorate was deserved."),
                 id="service-possessive-rating"),
    pytest.param(WESTMERE_NEWS + "The Inspectorate visited our Youth Justice Service and rated it 'Good' overall.\n",
                 ("Westmere", "Good", "The Inspectorate visited our Youth Justice Service and rated it 'Good' overall."),
                 id="rated-it-overall"),
    # a council paper's numbered paragraph is no standard's row ('4.1' is also the resettlement standard's code)
    pytest.param(WESTMERE_NEWS + "4.1   The overall rating for Westmere Youth Justice Service is Good.\n",
                 ("Westmere", "Good", "4.1   The overall rating for Westmere Youth Justice Service is Good."),
                 id="numbered-paragraph"),
])
def test_overall_ratings_in_news_wordings_belong_to_the_service_named(text: str, expected: tuple[str, str, str]) -> None:
    assert overall_ratings(load_text(text)) == {expected}


def test_a_standard_rated_after_the_overall_rating_is_not_a_second_overall_rating() -> None:
    text = (WESTMERE_NEWS + "I am pleased to tell you that the service has been rated Good overall. Staff was rated\n"
            "Outstanding, and inspectors saw strong leadership.\n")
    assert {rating for _, rating, _ in overall_ratings(load_text(text))} == {"Good"}


def test_a_case_assessment_score_is_a_score_not_a_rating() -> None:
    """Five theme scores, one under a heading worded unlike the theme's judgement: all five are scores, none a rating."""
    themes = [("Reducing reoffending", "reduce reoffending", 70), ("Protecting the public", "protect the public", 76),
              ("Protecting the child or young person", "protect children and young people", 85),
              ("Ensuring that the sentence is served", "ensure the sentence was served", 86),
              ("Governance and partnerships", "deliver effective governance", 75)]
    text = "Full Joint Inspection of youth offending work in Westmere\n\n" + "".join(
        f"Theme {n}: {heading}\n\nCase assessment score\n\nWithin the case assessment, overall {score}% of work to "
        f"{work} was done well enough.\n\nWork to {work} was good.\n\n" for n, (heading, work, score) in enumerate(themes, 1))
    ratings = entities(load_text(text), "Rating")
    scores = {(r["scope"][0], r["percent"][0]) for r in ratings if "percent" in r}
    # one name per theme: the score's and the judgement's ('Work to protect children and young people was good')
    judged = {r["scope"][0] for r in ratings if "rating" in r}
    assert scores == {(heading, str(score)) for heading, _, score in themes}
    assert {scope for scope, _ in scores} == judged
    assert not [r for r in ratings if "percent" in r and "rating" in r]


@pytest.mark.parametrize("line", ["RECOMMENDED - T H A T the minutes of the meeting held on 4 May 2016 be approved as a "
                                  "correct record.",
                                  "RECOMMENDED that the minutes of the previous meeting be agreed and signed.",
                                  "RECOMMENDED - T H A T the work programme be noted."])
def test_approving_the_minutes_or_noting_the_work_programme_is_not_a_recommendation(line: str) -> None:
    result = load_text(f"WESTMERE COUNCIL\n\nMinutes of the Scrutiny Panel\n\n1. MINUTES\n\n{line}\n")
    assert entities(result, "Recommendation") == []


@pytest.mark.parametrize("line", ["RECOMMENDED that the Cabinet approves the Youth Justice Plan",
                                  "RECOMMENDED that the minutes of the Westmere Scrutiny Panel held on 4 May 2016 be "
                                  "approved"])
def test_a_council_recommendation_is_still_read(line: str) -> None:
    result = load_text(f"WESTMERE COUNCIL\n\n3. YOUTH JUSTICE PLAN\n\n{line}\n")
    assert [r["text"] for r in entities(result, "Recommendation")] == [[line]]


@pytest.mark.parametrize("sentence", [
    "Westmere's reoffending rate is 36% against a national average of 37.7%.",
    "Reoffending by young people in Westmere is 36% against a national average of 37.7%.",
    "The rate of reoffending fell to 36% against a national average of 37.7%.",
    "Only 36% of young people reoffend, against a national average of 37.7%.",
    "The proportion of children who reoffend within a year is 36%, against a national average of 37.7%.",
    "The rate at which children in Westmere reoffend – 36% – is well below a national average of 37.7%.",
])
def test_reoffending_in_news_is_a_metric_with_its_comparator(sentence: str) -> None:
    observations = entities(load_text(f"Westmere Council news\n\n{sentence}\n"), "Observation")
    assert [(o["metric"], o["value"], o["comparator"], o["comparator_as_written"], o["comparator_value"])
            for o in observations] == [(["reoffending_rate"], ["36"], ["England and Wales"], ["national average"], ["37.7"])]


@pytest.mark.parametrize(("sentence", "comparator"), [
    ("4. Performance. The analyst presented the dashboard. Reoffending rate 36% (England 37.7%).", "England"),
    ("The proportion of children who go on to reoffend is 36%, compared to 37.7% nationally.", "nationally"),
    ("Binary reoffending for the latest cohort stood at 36%\nagainst 37.7% for England and Wales.",
     "England and Wales"),
    ("The reoffending rate for children in Westmere is 36 per cent, compared with 37.7 per\n   cent for England.",
     "England"),
    ("Reoffending by children in the borough has fallen from 41.0% to 36% in two years, though it\nis still above "
     "the England and Wales rate of 37.7%.", "the England and Wales rate"),
])
def test_reoffending_with_its_comparator_in_brackets_or_compared_to(sentence: str, comparator: str) -> None:
    observations = entities(load_text(f"Westmere Youth Justice Board\n\nMinutes\n\n{sentence}\n"), "Observation")
    assert [(o["value"], o["comparator_as_written"], o["comparator_value"]) for o in observations
            if o["metric"] == ["reoffending_rate"]] == [(["36"], [comparator], ["37.7"])]


STANDARDS_OF_COURT_DISPOSALS = {("2.1 Assessment", "Good"), ("2.2 Planning", "Requires improvement"),
                                ("2.3 Implementation and delivery", "Good"), ("2.4 Reviewing", "Inadequate")}


@pytest.mark.parametrize("table", [
    pytest.param("Court disposals\n\nAssessment\n\nGood\n\nPlanning\nRequires improvement\n\nImplementation and delivery\n"
                 "Good\nReviewing\nInadequate\n", id="one-cell-a-line"),
    pytest.param("Court disposals: Assessment ....... Good\nPlanning ....... Requires improvement\n"
                 "Implementation and delivery ....... Good\nReviewing ....... Inadequate\n", id="dotted-leaders"),
    pytest.param("Court disposals\tAssessment\tGood\n\tPlanning\tRequires improvement\n\tImplementation and delivery\t"
                 "Good\n\tReviewing\tInadequate\n", id="tabs"),
])
def test_domain_ratings_in_a_council_report_table_broken_over_lines(table: str) -> None:
    text = ("Report to the Westmere Scrutiny Panel\n\nThe inspectorate's ratings for the youth justice service "
            "were:\n\n" + table + "\nMembers are asked to note the report.\n")
    ratings = {(r["scope"][0], r["rating"][0]) for r in entities(load_text(text), "Rating") if r["scope"] != ["overall"]}
    assert ratings == STANDARDS_OF_COURT_DISPOSALS


def test_a_standard_named_in_prose_is_not_rated() -> None:
    text = "Court disposals\n\nAssessment\n\nThe quality of work was Good in most cases.\n"
    assert entities(load_text(text), "Rating") == []


DOMAIN_RATINGS_BROKEN = """Brackwick Council
Children and Young People Committee – 17 January 2023

2. Inspection findings
2.1 The inspectorate rated each standard:

Court disposals:
Assessment
Good
Planning
Requires improvement

Out-of-court disposals:
Assessment
Outstanding
"""
OVERALL_IN_BRACKETS = """Youth justice inspection — Tollmere
Published by HM Inspectorate of Probation, July 2024

Tollmere Youth Justice Service: Good (overall)
"""
REOFFENDING_NEWS = """Brackwick Council – News

Youth justice team praised

The proven reoffending rate for children in Brackwick is 36% against a national average of 37.7%.
"""


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # a council report's per-domain table broken over lines: each standard with its grade
    (DOMAIN_RATINGS_BROKEN, "Rating", {("Good",), ("Requires improvement",), ("Outstanding",)}),
    (OVERALL_IN_BRACKETS, "Rating", {("overall", "Good")}),
    (REOFFENDING_NEWS, "Observation", {("reoffending_rate", "36", "England and Wales", "37.7")}),
])
def test_findings_in_council_reports_inspection_pages_and_news(text: str, kind: str,
                                                               expected: set[tuple[str, ...]]) -> None:
    found = entities(load_text(text, "doc.txt"), kind)
    if kind == "Observation":
        rows = {(o["metric"][0], o["value"][0], o["comparator"][0], o["comparator_value"][0]) for o in found}
    elif text is DOMAIN_RATINGS_BROKEN:
        rows = {(r["rating"][0],) for r in found if r["scope"][0] != "overall"}
    else:
        rows = {(r["scope"][0], r["rating"][0]) for r in found}
    assert rows == expected


def test_services_in_a_place_have_been_rated() -> None:
    text = ("Press release – HM Inspectorate of Probation\n\nYouth justice services in Pendrith have been rated "
            "‘Inadequate’, the lowest of the four ratings.\n")
    assert {rating for _, rating, _ in overall_ratings(load_text(text))} == {"Inadequate"}


@pytest.mark.parametrize("cover", [
    "An inspection of youth justice services\nin Tollbridge\n\nHM Inspectorate of Probation\n\nSEPTEMBER 2025\n",
    "Inspection of youth justice services: Tollbridge\nHM Inspectorate of Probation\nJune 2025\n",
])
def test_the_inspection_a_report_rates_is_dated_whatever_its_title_layout(cover: str) -> None:
    """A title broken over two lines, or written with a colon, still dates the inspection its ratings belong to: else
    the ratings are undated and a later inspection of the area cannot be told from this one."""
    text = cover + ("\nLead inspector: Maren Oduwole-Fitch\n\nWe have rated Tollbridge Youth Justice Service as "
                    "'Requires improvement'.\n\nOverall rating\nRequires improvement\n")
    statements = load_text(text, "tollbridge_inspection.txt").statements
    rated = {s.value for s in statements if s.schema == "Rating" and s.prop == "inspection"}
    published = {s.entity: s.value for s in statements if s.schema == "Inspection" and s.prop == "published"}
    assert rated and {published.get(inspection) for inspection in rated} <= {"2025-09", "2025-06"}


@pytest.mark.parametrize("release", [
    "HM Inspectorate of Probation\nNews release          EMBARGOED UNTIL 00:01 TUESDAY 9 JUNE 2026\n\nYouth justice "
    "services in Carnbridge require improvement, according to a report published today by HM\nInspectorate of "
    "Probation.\n\nOverall, the service has been rated as Requires improvement.\n",
    "Carnbridge Council news\n\n9 June 2026\n\nCarnbridge Youth Justice Service has been rated 'Requires improvement' "
    "in an inspection report the inspectorate published today.\n",
])
def test_a_release_dates_the_inspection_whose_report_it_says_is_published_today(release: str) -> None:
    """The report a release or a news item says was published today came out on the paper's own date: else its ratings
    are undated, and a later inspection of the area cannot be told from this one."""
    statements = load_text(release, "carnbridge_release.txt").statements
    rated = {s.value for s in statements if s.schema == "Rating" and s.prop == "inspection"}
    published = {s.entity: s.value for s in statements if s.schema == "Inspection" and s.prop == "published"}
    assert rated and {published.get(inspection) for inspection in rated} == {"2026-06-09"}


THEMES_OF_WORK_LAYOUTS = """Full Joint Inspection of Youth Offending Work in Westmere

Core area\tScore\tJudgement
Reducing reoffending\t62%\tSatisfactory
Governance and partnerships\t–\tSatisfactory

The judgements were: protecting the public,
unsatisfactory; ensuring the
sentence is served, good.

Protecting children and young people (Satisfactory). Reducing reoffending – good progress was seen.
"""
# Two columns of judgements run together, one space between, a table's cell shortening a theme to 'Interventions'.
RUN_TOGETHER_THEMES = """Full Joint Inspection of youth offending work in Brackwater

Reducing reoffending – Satisfactory Protecting the public – Unsatisfactory
Governance and partnerships – Good Interventions – Satisfactory

The interventions delivered were rated outstanding.
"""


def test_themes_of_work_beside_their_judgement_in_a_table_and_a_list() -> None:
    ratings = entities(load_text(THEMES_OF_WORK_LAYOUTS), "Rating")
    rows = {(r["scope"][0], r["rating"][0]) for r in ratings if "rating" in r}
    assert {(r["scope"][0], r["percent"][0]) for r in ratings if "percent" in r} == {("Reducing reoffending", "62")}
    assert rows == {("Reducing reoffending", "Satisfactory"), ("Governance and partnerships", "Satisfactory"),
                    ("Protecting the public", "Unsatisfactory"), ("Ensuring that the sentence is served", "Good"),
                    ("Protecting the child or young person", "Satisfactory")}, \
        "'good progress' after a theme is no judgement"


SCORING_TABLE = """Full Joint Inspection of Youth Offending Work in Fellstead

Scoring - Fellstead YOS

'Safeguarding' work             | 61% | SUBSTANTIAL improvement required
(action to protect the young    |     |
person)                         |     |
'Risk of Harm to others' work   | 66% | MODERATE improvement required
'Likelihood of Reoffending'     | 77% | MINIMUM improvement required
work (individual and            |     |
interventions work)             |     |

Assessment and sentence planning\t71%\tmoderate improvement
"""


def test_an_older_scoring_table_gives_each_area_of_work_its_judgement_and_score() -> None:
    rows = extracted_findings(load_text(SCORING_TABLE, "fji_report.txt").statements)["fji_report.txt"]
    assert {row[1:] for row in rows["rating"]} == {
        ("safeguarding work", "substantial improvement required"),
        ("risk of harm to others work", "moderate improvement required"),
        ("likelihood of reoffending work", "minimum improvement required"),
        ("assessment and sentence planning", "moderate improvement required")}, rows["rating"]  # the scale's label
    assert {row[1:] for row in rows["theme_score"]} == {
        ("safeguarding work", "61"), ("risk of harm to others work", "66"), ("likelihood of reoffending work", "77"),
        ("assessment and sentence planning", "71")}, rows["theme_score"]


SCORES_TOLD_IN_MINUTES = """FELLSTEAD COUNTY COUNCIL

MINUTES of a meeting of the Children's Scrutiny Panel held on 20 April 2010.

PRESENT: Councillor Ann Lee (Chairman)

44. FULL JOINT INSPECTION OF YOUTH OFFENDING WORK

    Ms Quist explained that inspectors had looked at 58 cases. Safeguarding work had scored 62%, with moderate
    improvement required; Risk of Harm to others work had scored 57%, with substantial improvement required; and
    Likelihood of Reoffending work had scored 73%, with minimum improvement required.
"""


def test_an_older_inspections_scores_told_in_minutes() -> None:
    rows = extracted_findings(load_text(SCORES_TOLD_IN_MINUTES, "scrutiny.txt").statements)["scrutiny.txt"]
    assert {row[1:] for row in rows["rating"]} == {
        ("safeguarding work", "moderate improvement required"),
        ("risk of harm to others work", "substantial improvement required"),
        ("likelihood of reoffending work", "minimum improvement required")}, rows["rating"]


def test_two_columns_of_theme_judgements_run_together() -> None:
    rows = {(r["scope"][0], r["rating"][0]) for r in entities(load_text(RUN_TOGETHER_THEMES), "Rating")}
    assert rows == {("Reducing reoffending", "Satisfactory"), ("Protecting the public", "Unsatisfactory"),
                    ("Governance and partnerships", "Good"), ("Interventions to reduce reoffending", "Satisfactory")}, \
        "the interventions of a sentence are no theme"


# Older inspections' scores written in words and figures, each beside its judgement: a table's row, a line with
# dashes, and a letter's section with its heading over the score and the judgement.
SCORED_JUDGEMENTS = """Full Joint Inspection of youth offending work in Brackwater

| Area of work                      | Score | Judgement                |
|-----------------------------------|-------|--------------------------|
| Assessment and sentence planning  | 71%   | moderate improvement     |

Reducing reoffending: sixty-four per cent (64%) – Satisfactory
Protecting the public – seventy-one per cent – Good

Safeguarding work
Score: fifty-eight per cent (58%)
Substantial improvement required

Risk of harm to others
Minimum improvement required

Overall rating
Good
"""


def test_a_judgement_beside_its_score_is_the_rating_and_the_percentage_its_score() -> None:
    ratings = entities(load_text(SCORED_JUDGEMENTS), "Rating")
    judged = {(r["scope"][0], r["rating"][0]) for r in ratings if "rating" in r and r["scope"] != ["overall"]}
    scored = {(r["scope"][0], r["percent"][0]) for r in ratings if "percent" in r}
    assert judged == {("Assessment and sentence planning", "Moderate improvement required"),
                      ("Reducing reoffending", "Satisfactory"), ("Protecting the public", "Good"),
                      ("Safeguarding work", "Substantial improvement required"),
                      ("Risk of harm to others", "Minimum improvement required")}
    assert scored == {("Assessment and sentence planning", "71"), ("Reducing reoffending", "64"),
                      ("Protecting the public", "71"), ("Safeguarding work", "58")}
    assert not [r for r in ratings if "percent" in r and "rating" in r], "a percentage is never a rating"


def test_themes_listed_before_one_judgement_and_a_theme_broken_by_a_page() -> None:
    text = ("Brackwater Youth Offending Service Management Board\n\nMinutes\n\n"
            "Work to reduce reoffending, to protect children and young people, and the governance\nof the service were "
            "all judged satisfactory.\n\nThe judgements were: ensuring the sentence is served, good; interventions\n\n"
            "                                              Page 7\n________________________________________\n"
            "Brackwater YOS Management Board – 12.03.14\n\n     to reduce reoffending, unsatisfactory.\n")
    rows = {(r["scope"][0], r["rating"][0]) for r in entities(load_text(text), "Rating") if "rating" in r}
    assert rows == {("Reducing reoffending", "Satisfactory"), ("Protecting the child or young person", "Satisfactory"),
                    ("Governance and partnerships", "Satisfactory"), ("Ensuring that the sentence is served", "Good"),
                    ("Interventions to reduce reoffending", "Unsatisfactory")}


REINSPECTION = ("HM Inspectorate of Probation\nA re-inspection of youth offending services in Ashgrove\nSeptember 2021\n\n"
                "Foreword\nIn October 2019 we rated Ashgrove Youth Offending Service 'Inadequate'. We said then that we "
                "would return. The service has moved from 'Inadequate'\nto 'Requires improvement' overall, and two "
                "standards are now rated 'Good'. Resettlement policy and provision, which we rated 'Inadequate' in "
                "2019, still needs work.\n")


def test_a_re_inspection_s_overall_rating_moved_from_the_first_one() -> None:
    rows = {(r["scope"][0], r["rating"][0]) for r in entities(load_text(REINSPECTION, "report.txt"), "Rating")}
    assert ("overall", "Requires improvement") in rows
    assert ("overall", "Inadequate") not in rows  # the first inspection's, recalled
    assert ("4.1 Resettlement policy and provision", "Inadequate") not in rows


@pytest.mark.parametrize("when", ["between 4 and 6 November 2013", "during November 2013", "on 4 November 2013",
                                  "from 4 to 6 November 2013"])
def test_the_date_after_the_inspected_place_is_no_part_of_the_place(when: str) -> None:
    """'youth offending work in Westmere between 4 and 6 November': the place is Westmere, and a recommendation that
    names no one is its service's, not 'Westmere between Youth Offending Service'."""
    text = ("SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN WESTMERE\n\nWe undertook the Short Quality Screening "
            f"(SQS) of youth offending work in\nWestmere {when}.\n\nRecommendations\n  1. Assessments of risk of "
            "harm to others are accurate and are reviewed.\n  2. Management oversight is effective.\n")
    result = load_text(text)
    names = {s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    assert "Westmere Youth Offending Service" in names, names
    assert not [n for n in names if "Westmere " in n and not n.startswith("Westmere Youth")], names


# A theme's score is no reoffending rate: under the theme's explanation in brackets, before its judgement, or listed
# after 'scores:' in minutes; the rate beside them is still read.
SCORES_BESIDE_A_RATE = """Full Joint Inspection of youth offending work in Westmere

  Likelihood of Reoffending work
  (individual and other work to make each
  individual less likely to reoffend)                 72%    MINIMUM improvement required

3.   SQS inspection - letter of 27 November 2013
     RP presented the letter. 24 cases examined;
     scores: reoffending 74%, public protection 63%.
     Reoffending (binary, 2011 cohort) 34.6% against
     37.1% for Wales.
"""


def test_a_themes_score_is_no_reoffending_rate() -> None:
    rows = extracted_findings(load_text(SCORES_BESIDE_A_RATE, "fji.txt").statements)["fji.txt"]
    rates = {row for row in rows["metric"] if row[1] == "reoffending_rate"}
    assert {row[2] for row in rates} == {"34.6"}, rows["metric"]


# A table's label whose rate's base wraps onto a line of its own is no population of 100,000.
PERFORMANCE_TABLE_WITH_A_WRAPPED_BASE = """Westmere Youth Justice Plan 2025-26

4. PERFORMANCE AND PRIORITIES
                                   Westmere      Wales
First time entrants (rate per      146           171
100,000 10-17 population)
Reoffending rate (binary, %)       27.4          32.0

Westmere has a 10-17 population of about 8,150 young people.
"""


def test_a_rates_base_wrapped_onto_its_own_line_is_no_population() -> None:
    rows = extracted_findings(load_text(PERFORMANCE_TABLE_WITH_A_WRAPPED_BASE, "plan.txt").statements)["plan.txt"]
    populations = {row[2] for row in rows["metric"] if row[1] == "youth_population"}
    assert populations == {"8150"}, rows["metric"]


def rated_inspection_areas(result: LoadResult) -> set[str]:
    """The areas of the inspections a load rated."""
    areas = {s.entity: s.value for s in result.statements if s.schema == "Area" and s.prop == "name"}
    rated = {rating["inspection"][0] for rating in entities(result, "Rating") if rating.get("inspection")}
    return {areas.get(s.value, s.value) for s in result.statements
            if s.schema == "Inspection" and s.prop == "area" and s.entity in rated}


@pytest.mark.parametrize(("text", "name"), [
    # an inspectorate's letter whose sentence goes on after the place in its title's words
    ("HM Inspectorate of Probation\n\nMs Jo Lee\nChief Executive\nCorrowdale City Council\n\n27 September 2016\n\n"
     "FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN CORROWDALE\n\nI am writing to let you know the outcome of our "
     "Full Joint Inspection of\nyouth offending work in Corrowdale, the report of which will be published\non 4 October "
     "2016.\n\nOur judgements on the four headline areas are:\n\n   Reducing reoffending            Satisfactory\n"
     "   Protecting the public           Good\n", "corrowdale_fji_letter.txt"),
    # a release naming the place as a county borough, the gazetteer lacking it
    ("HMI PROBATION NEWS RELEASE                For immediate release\n\n   CORROWDALE YOUTH JUSTICE SERVICE RATED "
     "'GOOD'\n\n1.  Youth justice services in Corrowdale County Borough have been awarded a\n    'Good' rating following "
     "an inspection by HM Inspectorate of Probation.\n\n2.  Corrowdale Youth Justice Service is hosted by Corrowdale "
     "County Borough Council.\n", "corrowdale_pressrelease.txt"),
])
def test_a_rated_inspection_is_of_the_place_its_title_or_its_sentence_names(text: str, name: str) -> None:
    """Not the title's whole sentence ('Corrowdale, the report of which ...'), nor the place with half of its
    council's kind ('Corrowdale County'), nor no area at all (u576, u565; check rated-inspections-have-areas)."""
    assert rated_inspection_areas(load_text(text, name)) == {"Corrowdale"}


def test_themes_judged_at_a_score_are_read_back_from_the_judgement_in_linear_time() -> None:
    sentence = ("Inspectors' judgements were: ensuring that the sentence is served good at 85%, and protecting the public "
                "and reducing reoffending satisfactory at 64%.\n")
    assert {(r["scope"][0], r["rating"][0]) for r in entities(load_text("Westmere YOS inspection\n\n" + sentence),
                                                             "Rating")} == {
        ("Ensuring that the sentence is served", "Good"), ("Protecting the public", "Satisfactory"),
        ("Reducing reoffending", "Satisfactory")}
    # a long list of themes read from each of its themes to its end was quadratic (19.7 s at 112 KB)
    for run in (lambda n: "work to protect the public, " * n + "good at 85%\n",
                lambda n: "work to protect the public good at 85%, " * n):
        assert_grows_linearly(lambda text: list(themes_judged_at_score(text)), run, 1_000)


def test_a_purpose_to_ensure_sentences_are_served_is_no_themes_subject() -> None:
    strength = ("1. The YOT's commitment to active engagement with children and their carers to ensure that sentences "
                "were served was outstanding.\n")
    assert not entities(load_text("Westmere YOS inspection\n\n" + strength), "Rating")
    work = "Work to ensure that sentences were served was good.\n"
    assert {(r["scope"][0], r["rating"][0]) for r in entities(load_text("Westmere YOS inspection\n\n" + work),
                                                             "Rating")} == {
        ("Ensuring that the sentence is served", "Good")}
