"""Layouts of the 53rd blind batch (u345-u352), each in a small fictional fixture: ratings tables with the domain in
the first column beside its first standard, codes and ratings parted by pipes in a press release's notes, a code's
name and rating two spaces apart, an 'OVERALL' row; a plan's membership in two columns of 'Name - Post' entries
whose posts wrap, under a lead sentence wrapped over lines; cases examined as a total; a label qualified by its unit."""

from __future__ import annotations

from tests.conftest import load_text, people_rows, rating_rows


def _ratings(text: str, name: str = "fixture.txt") -> set[tuple[str, str]]:
    return rating_rows(load_text(text, name))


def _observations(text: str, name: str = "fixture.txt") -> list[dict[str, str]]:
    observed: dict[str, dict[str, str]] = {}
    for s in load_text(text, name).statements:
        if s.schema == "Observation" and s.prop in ("metric", "value", "comparator_value"):
            observed.setdefault(s.entity, {})[s.prop] = s.value
    return list(observed.values())


MINUTES_TABLE = """WESTMERE YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on Wednesday 22 January 2025

3.  HMI Probation inspection - action plan update
Summary of the published ratings, for reference:

  Domain                      Standard                                  Rating
  ------------------------------------------------------------------------------
  Organisational delivery     1.1 Governance and leadership             Good
                              1.2 Staff                                 Outstanding
  Court disposals             2.1 Assessment                            Requires improvement
                              2.2 Planning                              Good
  Out-of-court disposals      3.1 Assessment  Good  | 3.2 Planning  Inadequate
  Resettlement                4.1 Resettlement policy and provision     Requires improvement
  OVERALL                                                                Good
"""


def test_a_domain_in_the_first_column_beside_its_first_standard() -> None:
    found = _ratings(MINUTES_TABLE, "westmere_board_minutes.txt")
    assert {("1.1 Governance and leadership", "Good"), ("1.2 Staff", "Outstanding"),
            ("2.1 Assessment", "Requires improvement"),
            ("4.1 Resettlement policy and provision", "Requires improvement")} <= found


def test_code_name_and_rating_two_spaces_apart_parted_by_a_pipe() -> None:
    found = _ratings(MINUTES_TABLE, "westmere_board_minutes.txt")
    assert {("3.1 Assessment", "Good"), ("3.2 Planning", "Inadequate")} <= found


def test_an_overall_row_alone_in_its_first_cell() -> None:
    assert ("overall", "Good") in _ratings(MINUTES_TABLE, "westmere_board_minutes.txt")


PRESS_NOTES = """Press release
HM Inspectorate of Probation

Westmere youth justice service rated Good

NOTES TO EDITORS
1.  The inspection was led by HMI Jo Lee. Fieldwork took place in June 2024.
2.  Ratings:      Organisational delivery          1.1 Good | 1.2 Outstanding |
                                                   1.3 Good | 1.4 Requires improvement
                  Court disposals                  2.1 Good | 2.2 Requires improvement
"""


def test_codes_and_ratings_parted_by_pipes_after_a_label() -> None:
    found = _ratings(PRESS_NOTES, "westmere_press_release.txt")
    assert {("1.1 Governance and leadership", "Good"), ("1.2 Staff", "Outstanding"),
            ("1.3 Partnerships and services", "Good"), ("1.4 Information and facilities", "Requires improvement"),
            ("2.1 Assessment", "Good"), ("2.2 Planning", "Requires improvement")} <= found


PLAN = """WESTMERE YOUTH JUSTICE PLAN 2021-2022

2. GOVERNANCE

The Youth Justice Partnership Board meets quarterly and reports to the Westmere
Safeguarding Children Partnership and the Safer Westmere Partnership. Membership at
1 June 2021:

BOARD MEMBER                          |  BOARD MEMBER
Janet Fairlie - Corporate Director,   |  Ch Supt Mark Roe - District
Children and Education (Chair)        |  Commander, Westmere Police
Derek Hollins - Head of Youth         |  Vacant - Head of Secondary
Justice Services                      |  Inclusion
Cllr Ruth Amble - Executive           |  Dr Sita Varma - Designated Nurse,
Member, Children and Families         |  Westmere CCG

3. PERFORMANCE
"""


def test_two_columns_of_dashed_entries_whose_posts_wrap() -> None:
    rows = {(n.lower(), r) for n, r in people_rows(load_text(PLAN, "westmere_yj_plan_2021.txt"))}
    assert {("janet fairlie", "board_member"), ("derek hollins", "board_member"), ("ruth amble", "board_member"),
            ("ruth amble", "cabinet_member"), ("mark roe", "board_member"), ("sita varma", "board_member")} <= rows
    assert not any(name.startswith("vacant") for name, _ in rows)


def test_cases_examined_as_a_total() -> None:
    report = ("We examined the quality of work in 21 court disposals and 16 out-of-court disposals, 37 cases in all,\n"
              "and interviewed case managers in 33 of them.\n")
    assert {"metric": "cases_examined", "value": "37"} in _observations(report, "westmere_inspection_report.txt")
    minutes = "Mr Hollins said that 62 cases had been examined.\n"
    assert {"metric": "cases_examined", "value": "62"} in _observations(minutes, "westmere_minutes.txt")


def test_a_label_qualified_by_its_unit_after_the_figure() -> None:
    facts = """Key facts

  44.1%       Reoffending rate in Westmere
  0.58        Custody rate per 1,000 in Westmere   (England and Wales: 0.33)
  338         First-time entrants per 100,000 in Westmere (England and Wales: 238)
"""
    observed = _observations(facts, "westmere_inspection_report.txt")
    metrics = {row["metric"] for row in observed}
    assert {"custody_rate", "first_time_entrant_rate"} <= metrics
    assert not {"custodial_sentences", "first_time_entrants"} & metrics


LETTER = """HM Inspectorate of Probation

To:    Janet Fairlie
       Chair, Westmere Youth Justice Partnership Board

From:  Ann Poe, Assistant Chief Inspector

Date:  4 April 2022

Dear Ms Fairlie

INSPECTION OF YOUTH JUSTICE SERVICES IN WESTMERE

The inspection will be led by Jo Lee, Senior HM Inspector, who led the 2019
inspection. She will be supported by HM Inspector Dev Rao and a team of
assistant inspectors.

Yours sincerely

Ann Poe
Assistant Chief Inspector
"""


def test_an_addressees_post_holds_its_key_relation() -> None:
    rows = {(n.lower(), r) for n, r in people_rows(load_text(LETTER, "westmere_letter_2022.txt"))}
    assert {("janet fairlie", "addressee"), ("janet fairlie", "board_chair")} <= rows


def test_the_team_in_the_sentence_after_the_leads() -> None:
    rows = {(n.lower(), r) for n, r in people_rows(load_text(LETTER, "westmere_letter_2022.txt"))}
    assert ("dev rao", "inspection_team") in rows


def test_a_service_with_its_initials_in_brackets_rated_and_a_standard_by_its_code() -> None:
    news = """Westmere Council News

Inspectors praise Westmere's youth justice team

Our Youth Justice Service (YJS) has been rated Good by HM Inspectorate of Probation,
with two areas of its work judged Outstanding.

The inspection team visited the service in June and rated the service Outstanding for
Staff (1.2) and for the delivery of out-of-court work (3.3).
"""
    overall = {rating for scope, rating in _ratings(news, "westmere_council_news.txt") if scope == "overall"}
    assert overall == {"Good"}
