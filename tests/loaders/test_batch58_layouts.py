"""Layouts of the 58th blind batch (u361-u368), each in a small fictional fixture: a board's register with an initials
column, names surname first in capitals and a status column a long post runs into; a memo's labels before dot leaders;
a copy list of posts over names in two columns; a plan's membership rows that run the name into the post; 'Cllrs' over
surnames in capitals; a dame called by her forename; a council report's head of service named in its prose; standards'
codes, names and ratings run over a flattened table's lines; a table row's unit on the line below, comparators named in
its cells, and the children's population written figure first or as 'of whom N are aged 10 to 17'."""

from __future__ import annotations

from tests.conftest import load_text, people_rows, rating_rows, role_rows


def _rows(text: str, name: str) -> set[tuple[str, str]]:
    return {(n.lower(), r) for n, r in people_rows(load_text(text, name))}


def _ratings(text: str, name: str = "fixture.txt") -> set[tuple[str, str]]:
    return rating_rows(load_text(text, name))


def _observations(text: str, name: str = "fixture.txt") -> list[dict[str, str]]:
    observed: dict[str, dict[str, str]] = {}
    for s in load_text(text, name).statements:
        if s.schema == "Observation" and s.prop in ("metric", "value", "unit", "comparator", "comparator_value"):
            observed.setdefault(s.entity, {})[s.prop] = s.value
    return list(observed.values())


REGISTER = """WESTMERE COUNCIL
YOUTH OFFENDING SERVICE MANAGEMENT BOARD

MINUTES OF MEETING HELD ON TUESDAY 8 APRIL 2014

Initials   Name                        Agency / Post                                   Status
JBL        BLOGGS-LANE, Joanna         Director of Children's Services (Chair)         Present
AL         LAU, Cllr Anna              Cabinet Member for Children                     Present
RBa        BARNARD, Ruth               Westmere CCG, Head of Children's
                                       Commissioning                                   Present
RBr        BRENNAN, Rory               Westmere Probation Trust, Assistant Chief Officer Apologies
DOR        O'ROURKE, Dermot            Head of Youth Offending Service                 In attendance
           PATEL, Sunil                Westmere Police, Partnership Inspector          Apologies

1.   WELCOME AND APOLOGIES
     JBL welcomed members. RBa was welcomed to her first meeting.
"""


def test_a_register_with_an_initials_column_and_names_surname_first_in_capitals() -> None:
    rows = _rows(REGISTER, "westmere_yos_board_minutes_2014.txt")
    assert {("joanna bloggs-lane", "board_chair"), ("anna lau", "present_at_meeting"),
            ("ruth barnard", "present_at_meeting"), ("dermot o'rourke", "officer_attending"),
            ("sunil patel", "apologies")} <= rows


def test_a_status_a_long_post_runs_into_and_a_status_on_a_wrapped_posts_line() -> None:
    result = load_text(REGISTER, "westmere_yos_board_minutes_2014.txt")
    rows = {(n.lower(), r) for n, r in people_rows(result)}
    assert ("rory brennan", "apologies") in rows and ("rory brennan", "present_at_meeting") not in rows
    roles = {(n.lower(), r): role for n, r, role in role_rows(result)}
    assert roles[("rory brennan", "apologies")] == "Assistant Chief Officer"
    assert "Present" not in (roles[("ruth barnard", "present_at_meeting")] or "")


MEMO_LETTER = """HM Inspectorate of Probation

To ......................... Jo Bloggs, Head of Youth Offending Service,
                             London Borough of Westmere
From ....................... Ann Lee, HM Inspector of Probation
Date ....................... 3 March 2013
Subject .................... Short Quality Screening of youth offending work in Westmere

Dear Ms Bloggs

We recently conducted a Short Quality Screening (SQS) of youth offending work in Westmere.

Yours sincerely

Ann Lee
HM Inspector of Probation

Copy to:

Director of Children's Services             Chief Executive
  Mark Roe                                    Sita Varma
Chair of the YOS Management Board           Leader of the Council
  Mark Roe                                    Cllr Ruth Amble
YJB Partnership Manager
  Dev Rao
"""


def test_memo_labels_before_dot_leaders_name_the_addressee_and_the_lead() -> None:
    result = load_text(MEMO_LETTER, "westmere_sqs_letter_2013.txt")
    rows = {(n.lower(), r) for n, r in people_rows(result)}
    assert {("jo bloggs", "addressee"), ("ann lee", "author"), ("ann lee", "lead_inspector")} <= rows
    roles = {(n.lower(), r): role for n, r, role in role_rows(result)}
    assert roles[("jo bloggs", "addressee")] == "Head of Youth Offending Service"  # the council on its own line


def test_a_copy_list_of_posts_over_names_in_columns() -> None:
    rows = _rows(MEMO_LETTER, "westmere_sqs_letter_2013.txt")
    assert {("mark roe", "copy_to"), ("mark roe", "board_chair"), ("sita varma", "copy_to"), ("ruth amble", "copy_to"),
            ("ruth amble", "cabinet_member"), ("dev rao", "copy_to")} <= rows


def test_memo_labels_in_two_columns_are_not_one_address() -> None:
    memo = MEMO_LETTER.replace("From ....................... Ann Lee, HM Inspector of Probation\n", "").replace(
        "To ......................... Jo Bloggs, Head of Youth Offending Service,\n"
        "                             London Borough of Westmere\n",
        "TO ............ Jo Bloggs            FROM ........ Ann Lee\n")
    rows = _rows(memo, "westmere_sqs_letter_2013.txt")
    assert ("ann lee", "addressee") not in rows


PLAN = """WESTMERE COUNCIL
Westmere Youth Justice Service

YOUTH JUSTICE PLAN 2022 - 2023

2. GOVERNANCE
The Head of Youth Justice Service, Kim Ford, is line managed by the Director of Children's Services.

Board membership (June 2022)
Helen Marsh Director of Children's Services, Westmere Council (Chair)
Cllr Ruth Amble Cabinet Member for Children and Families, Westmere Council
DCI Sam Okoro Head of Public Protection, Westmere Police
Dr Lena Frost Designated Doctor for Safeguarding, Westmere Integrated Care Board
Kim Ford Head of Youth Justice Service
Vacant Magistrates' representative, Westmere Bench
Tom Baxter Youth Justice Service Manager (adviser to the Board)

Westmere is a unitary authority with a population of 214,600, of whom 19,870 are children aged 10 to 17.
"""


def test_membership_rows_that_run_the_name_into_the_post() -> None:
    result = load_text(PLAN, "westmere_yj_plan_2022.txt")
    rows = {(n.lower(), r) for n, r in people_rows(result)}
    assert {("helen marsh", "board_chair"), ("ruth amble", "board_member"), ("ruth amble", "cabinet_member"),
            ("sam okoro", "board_member"), ("lena frost", "board_member"), ("kim ford", "board_member"),
            ("tom baxter", "board_member")} <= rows
    assert not any(name.startswith("vacant") for name, _ in rows)
    roles = {(n.lower(), r): role for n, r, role in role_rows(result)}
    assert roles[("sam okoro", "board_member")] == "Head of Public Protection"


def test_a_service_paper_under_its_councils_name_names_its_head_as_staff() -> None:
    assert ("kim ford", "staff") in _rows(PLAN, "westmere_yj_plan_2022.txt")


def test_the_childrens_population_of_whom_or_figure_first() -> None:
    assert {"metric": "youth_population", "value": "19870", "unit": "count"} in [
        {k: v for k, v in o.items() if k in ("metric", "value", "unit")} for o in _observations(PLAN)]
    facts = """Contextual facts
331,400         Total population of Westmere
26,900          Child population (10-17 years)
"""
    assert any(o.get("metric") == "youth_population" and o.get("value") == "26900" for o in _observations(facts))
    sentence = "Westmere has 118,000 residents, including 12,400 young people aged 10-17.\n"
    assert any(o.get("metric") == "youth_population" and o.get("value") == "12400" for o in _observations(sentence))


SCRUTINY = """                                   Westmere Council
              CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL

Co-opted member (voting): Revd Alan Tuckett (Diocese of Westmere).

MINUTES of the meeting held on Tuesday 7 March 2023 at 6.00 pm.

PRESENT:   Cllr HOLT (Chair); Cllrs MORLEY, HAFEEZ, DENT-HOLLOWAY
           and BEWLEY (substitute for Cllr RIDSDALE).
OFFICERS:  Mark Roe (Director of Children's Services) and Kim Ford (Head of Youth Justice Service).

41.  APOLOGIES
     Apologies were received from Councillor Carol Ridsdale, and from the co-opted member, Revd Tuckett.
"""


def test_surnames_in_capitals_under_cllrs_and_a_substitutes_own_bracket() -> None:
    result = load_text(SCRUTINY, "westmere_scrutiny_minutes_2023.txt")
    rows = {(n.lower(), r) for n, r in people_rows(result)}
    assert {("holt", "present_at_meeting"), ("morley", "present_at_meeting"), ("hafeez", "present_at_meeting"),
            ("dent-holloway", "present_at_meeting"), ("bewley", "standing_deputy")} <= rows
    assert ("dent-holloway", "standing_deputy") not in rows


def test_apologies_from_a_member_by_a_clergy_title_and_surname() -> None:
    assert ("alan tuckett", "apologies") in _rows(SCRUTINY, "westmere_scrutiny_minutes_2023.txt")


def test_a_dame_called_by_her_forename_is_the_dame_named_in_full() -> None:
    release = """PRESS RELEASE                                               HM Inspectorate of Probation

Westmere youth justice services 'require improvement', says Chief Inspector

Chief Inspector of Probation, Dame Jo Bloggs, said: "Staff care deeply about the children."

Dame Jo added: "I expect to see real progress by the time we return."
"""
    rows = _rows(release, "westmere_press_release_2023.txt")
    assert ("jo bloggs", "quoted") in rows and ("jo", "quoted") not in rows


CABINET_REPORT = """ WESTMERE COUNCIL                                                     Agenda Item 9

 REPORT TO:          CABINET
 DATE:               18 April 2023
 REPORT OF:          Director of Children's Services
 PORTFOLIO HOLDER:   Councillor Ruth Amble, Cabinet Member for Children and Families
 SUBJECT:            Youth Justice Service Inspection - Improvement Plan
 REPORT AUTHOR:      Dev Rao, Youth Justice Service Manager

4.    THE IMPROVEMENT PLAN
4.1   The Head of Youth Justice Service, Kim Ford, will be responsible for the day to day delivery of the plan.

For further information contact Dev Rao, Youth Justice Service Manager, on 01632 960 123.
"""


def test_a_council_reports_head_of_service_is_staff_and_its_contact_is_not() -> None:
    rows = _rows(CABINET_REPORT, "westmere_cabinet_report_2023.txt")
    assert ("kim ford", "staff") in rows
    assert ("dev rao", "staff") not in rows


FLATTENED_RATINGS = """Ratings
Westmere Youth Offending Service         Score 25/36
Overall rating        Good
1. Organisational delivery
1.1 Governance and leadership       Good  1.2 Staff
Good     1.3 Partnerships and
services   Requires
improvement    1.4 Information and facilities        Good
2. Court disposals
2.3 Implementation and
delivery     Good        2.4 Reviewing       Requires
improvement
"""


def test_standards_run_over_a_flattened_tables_lines() -> None:
    found = _ratings(FLATTENED_RATINGS, "westmere_inspection_2019.txt")
    assert {("1.2 Staff", "Good"), ("1.3 Partnerships and services", "Requires improvement"),
            ("1.4 Information and facilities", "Good"), ("2.3 Implementation and delivery", "Good"),
            ("2.4 Reviewing", "Requires improvement")} <= found


def test_a_standard_in_brackets_before_its_rating_in_a_sentence() -> None:
    minutes = ("The service had been rated Requires improvement overall. Of the thirteen standards, six were rated\n"
               "Good, six Requires improvement and one (2.4 Reviewing) Inadequate.\n")
    assert ("2.4 Reviewing", "Inadequate") in _ratings(minutes, "westmere_scrutiny_minutes_2023.txt")


PERFORMANCE = """3. PERFORMANCE

  Indicator                    Westmere        North West        England and
                                               region            Wales
  ---------------------------------------------------------------------------
  First time entrants          187             201               167
  (per 100,000 10-17 pop.)
  Custody rate                 0.09            0.14              0.11
  (per 1,000 10-17 pop.)

5.   PERFORMANCE REPORT
       Reoffending (binary)    39.7%   London 37.1%   England & Wales 35.9%
"""


def test_a_rows_unit_on_the_line_below_and_comparators_named_in_its_cells() -> None:
    found = _observations(PERFORMANCE, "westmere_yj_plan_2021.txt")
    custody = [o for o in found if o.get("metric") == "custody_rate" and o.get("value") == "0.09"]
    assert custody and {o.get("comparator_value") for o in custody} >= {"0.11", "0.14"}
    assert not any(o.get("metric") == "custodial_sentences" for o in found)
    entrants = [o for o in found if o.get("value") == "187"]
    assert entrants and all(o.get("unit") == "per 100,000" for o in entrants)
    reoffending = [o for o in found if o.get("metric") == "reoffending_rate" and o.get("value") == "39.7"]
    assert {o.get("comparator_value") for o in reoffending} >= {"37.1", "35.9"}
