"""Tables a PDF flattened to one cell a line: the heads one a line ('Member' / 'Role' / 'Agency', 'NAME' / 'AGENCY'),
then each record's cells one a line, a long cell wrapped onto a further line. One splitter
(`person_cells.stacked_table`) read by the membership reader (`board_member`) and the attendance reader (the meeting's
own relations). Fictional fixtures in wordings the dev set does not use: a membership with blank lines between
records, names wrapped after a rank or an honorific, posts wrapped after an open end, a page's footer and running
header inside, a vacant seat; a board's attendance list of the same shape; a membership of two heads whose bodies wrap
and whose last record runs straight into a sentence; a scrutiny panel's members under 'Member' / 'Representing',
names and political groups wrapped. Near misses: a table whose records do not fit its heads (a cell
missing: nothing read, not a member given another's name as a body), seats with no one in them, a case study's table
of a child's pseudonym, age and outcome, a sign-off's shape (a name over a post) inside the table."""

from __future__ import annotations

from kg.loaders import person_cells
from kg.loaders.text import lines
from tests.conftest import load_text, organisation_rows, role_rows

MEMBERSHIP_WITH_GAPS = """Brackenholt Youth Justice Plan 2024-25

1. Introduction

This plan sets out how the partners in Brackenholt will prevent offending by
children. It was agreed by the Youth Justice Partnership Board in May 2024.

2. Governance

The Youth Justice Partnership Board meets every two months and reports to the
Safer Brackenholt Partnership. Board membership as at April 2024:

Member
Role
Agency

Dr Ottilie Ravensworth
Executive Director of People (Chair)
Brackenholt Borough Council

County Councillor Idris
Fenwick-Hale
Cabinet Member for Education, Children and
Young People
Brackenholt Borough Council

Chief Inspector Maud Carrow
Area Commander
Northmoor Constabulary
                                                    Page 4 of 12
Brackenholt Youth Justice Plan 2024-25
Vacant
Head of Probation Delivery Unit
The Probation Service

Anselm Quigley
Head of Service, Youth Justice
and Targeted Support
Brackenholt Borough Council

3. Performance

The number of first-time entrants fell by 12%.
"""


def test_a_membership_flattened_one_cell_a_line_with_gaps_wraps_a_footer_and_a_vacant_seat() -> None:
    result = load_text(MEMBERSHIP_WITH_GAPS, "brackenholt_youth_justice_plan_2024.txt")
    rows = role_rows(result)
    assert {row for row in rows if row[1] == "board_member"} == {
        ("Ottilie Ravensworth", "board_member", "Executive Director of People (Chair)"),
        ("Idris Fenwick-Hale", "board_member", "Cabinet Member for Education, Children and Young People"),
        ("Maud Carrow", "board_member", "Area Commander"),
        ("Anselm Quigley", "board_member", "Head of Service, Youth Justice and Targeted Support")}
    assert ("Idris Fenwick-Hale", "cabinet_member",
            "Cabinet Member for Education, Children and Young People") in rows
    assert organisation_rows(result)[("Maud Carrow", "board_member")] == "Northmoor Constabulary"
    # a name over its post inside the table is a member's record, not a title page's signature
    assert not {row for row in rows if row[1] == "author"}


ATTENDANCE_FLATTENED = """Kestlemoor Youth Justice Management Board

Minutes of the meeting held on Thursday 14 March 2024 at 2.00 pm, Committee Room 3, Kestlemoor Town Hall

Present:
Name
Post
Organisation
Rosalind Achebe-Marsh
Corporate Director, Children and
Families (Chair)
Kestlemoor Council

Councillor Tobias
Wainwright-Lee
Lead Member for Children
Kestlemoor Council

Detective Superintendent Hal
Okonjo
Head of Public Protection
Eastfold Police
Page 1 of 5
Nerys Caddick
Head of Youth Justice Service
Kestlemoor Council

Apologies:
Imogen Thistlewood, Designated Nurse, Kestlemoor ICB

1. Welcome and introductions

The Chair welcomed everyone to the meeting.
"""


def test_an_attendance_list_flattened_one_cell_a_line_its_names_wrapped_after_a_rank() -> None:
    rows = role_rows(load_text(ATTENDANCE_FLATTENED, "kestlemoor_board_minutes_2024_03.txt"))
    assert {row for row in rows if row[1] == "present_at_meeting"} == {
        ("Rosalind Achebe-Marsh", "present_at_meeting", "Corporate Director, Children and Families"),
        ("Tobias Wainwright-Lee", "present_at_meeting", "Lead Member for Children"),
        ("Hal Okonjo", "present_at_meeting", "Head of Public Protection"),
        ("Nerys Caddick", "present_at_meeting", "Head of Youth Justice Service")}
    assert ("Imogen Thistlewood", "apologies", "Designated Nurse") in rows


TWO_HEADS_IN_CAPITALS = """ASHCOMBE VALE YOUTH JUSTICE SERVICE
Annual Report and Plan 2025

2.1 Governance

The Ashcombe Vale Youth Justice Partnership Board meets six times a year.
Board membership at 1 April 2025:
NAME
AGENCY
Professor Adaeze
Okonkwo-Hart (Chair)
Ashcombe Vale Council
Revd Canon Peter Lisle
Diocese of Ashcombe
Sgt Rhiannon Tapsell
Ashcombe Vale Constabulary
Juno Mabbott
Ashcombe and Wyre NHS Foundation Trust (non-
voting)
The Board reviewed its terms of reference in January 2025 and agreed them without change.

2.2 Case study

Name
Age
Outcome
Kai
15
Referral order completed
"""


def test_a_membership_of_two_heads_its_bodies_wrapped_and_a_sentence_straight_after() -> None:
    result = load_text(TWO_HEADS_IN_CAPITALS, "ashcombe_vale_annual_report_2025.txt")
    members = {name for name, relation, _role in role_rows(result) if relation == "board_member"}
    assert members == {"Adaeze Okonkwo-Hart", "Peter Lisle", "Rhiannon Tapsell", "Juno Mabbott"}
    organisations = organisation_rows(result)
    assert organisations[("Juno Mabbott", "board_member")] == "Ashcombe and Wyre NHS Foundation Trust"
    assert organisations[("Rhiannon Tapsell", "board_member")] == "Ashcombe Vale Constabulary"


RECORDS_THAT_DO_NOT_FIT = """Dunmere Youth Justice Plan 2024

3. Partnership arrangements

The Dunmere Youth Justice Management Board oversees the service. Its membership on 1 May 2024 was:

Name
Position
Organisation
Harriet Calloway
Director of Children's Services
Dunmere Council
Bartholomew Yeo
Head of Youth Justice Service
Felicity Arkwright
Cabinet Member for Children
Dunmere Council
Superintendent Ngozi Ilori
District Commander
Dunmere Police

The Board meets quarterly.

4. Governance changes

Board membership as at March 2024:

Name
Role
Organisation
Vacant
Director of Public Health
Dunmere Council
Head of Education
Dunmere Council

Dunmere Council hosts the service at Pendle House, Market Street.
"""


def test_records_that_do_not_fit_the_heads_and_seats_with_no_one_are_read_as_nobody() -> None:
    # a record lacks its body: which line is whose is not clear, so the table is left unread (not 'Bartholomew Yeo' of
    # the body 'Felicity Arkwright'), and the name over its post is no signature either
    rows = role_rows(load_text(RECORDS_THAT_DO_NOT_FIT, "dunmere_youth_justice_plan_2024.txt"))
    assert rows == set()


def test_stacked_table_groups_records_by_the_name_that_opens_them() -> None:
    text = ("Name\nPost\nAgency\nJo Lee\nHead of Early Help and\nPrevention\nWestmere Council\n\n"
            "Councillor Ann\nWright\nCabinet Member\nWestmere Council\n")
    table = person_cells.stacked_table(text, lines(text))
    assert table is not None and table.heads == ("name", "post", "body")
    assert [[cell.text for cell in record] for record in table.records] == [
        ["Jo Lee", "Head of Early Help and Prevention", "Westmere Council"],
        ["Councillor Ann Wright", "Cabinet Member", "Westmere Council"]]
    name = person_cells.stacked_name(table, table.records[1][0])
    assert name is not None and name.name == "Ann Wright" and text[name.start:name.end] == "Councillor Ann\nWright"
    # a line that is neither a name nor the wrap of a cell: too many lines for the heads, the record is unread
    text = "Name\nPost\nAgency\nJo Lee\nHead of Service\nWestmere Council\nDeputy Director\n"
    table = person_cells.stacked_table(text, lines(text))
    assert table is not None and table.records == ()


PANEL_MEMBERS_FLATTENED = """WESTHOLM BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL

Minutes of the meeting of the Children and Young People Scrutiny Panel held on Wednesday 9 October 2024 at 6.00 pm \
in the Council Chamber, Westholm Civic Centre

Members:
Member
Representing
Councillor Philippa
Darnell-Akande (Chair)
Westholm Labour Group
Councillor Oswin Teague
Westholm Conservative Group
Councillor Marisol
Ferreira-Quist
Westholm Liberal Democrat
Group

Officers in attendance:
Yusuf Okereke-Blaine, Head of Youth Justice Service

1. Apologies for absence

There were no apologies.
"""


def test_a_panels_members_flattened_under_two_heads_their_names_and_groups_wrapped() -> None:
    rows = role_rows(load_text(PANEL_MEMBERS_FLATTENED, "westholm_scrutiny_minutes_2024_10.txt"))
    assert {name for name, relation, _role in rows if relation in ("panel_member", "panel_chair")} == \
        {"Philippa Darnell-Akande", "Oswin Teague", "Marisol Ferreira-Quist"}
    # the wrapped group's first line ('Westholm Liberal Democrat') is the body's, no one's name
    assert {name for name, _relation, _role in rows} == \
        {"Philippa Darnell-Akande", "Oswin Teague", "Marisol Ferreira-Quist", "Yusuf Okereke-Blaine"}
