"""Names written surname first in capitals with no comma ('PENHALLOW Hugh (Chair); RUDD Janet'), in a membership list
parted by semicolons, one member a line with the post after a gap or a tab, or two lists side by side under one line of
headings, the posts wrapped onto indented lines under their column; the surname alone later in the document is the
listed person's. Capitals headings, bodies, places and children's pseudonyms are never people."""

from __future__ import annotations

from collections.abc import Callable

from kg.loaders import attendance
from kg.loaders.text import lines
from tests.conftest import load_text, people_rows
from tests.linear_time import assert_grows_linearly

# A committee's membership on the heading's line, parted by semicolons and wrapped under its own indent; its members
# named by surname alone under 'Councillors' in the minutes.
MEMBERSHIP_SEMICOLONS = """Aldermoor District Council

SCHOOLS AND FAMILIES SCRUTINY PANEL

Wednesday, 14 March 2018, 7.00 p.m.

Membership:  CARRICK Edwina (Chair); KOWALCZYK Dorota (Vice-Chair); MBEKI Thabo;
             O'HARE Declan; STREATFIELD-JONES Gareth

MINUTES

1.   APOLOGIES

Apologies were received from Councillor O'Hare.

2.   YOUTH OFFENDING SERVICE PERFORMANCE

Councillor Mbeki asked about the number of first time entrants. Councillor
Kowalczyk welcomed the report.
"""


def test_a_semicolon_membership_surname_first_in_capitals_reads_each_member() -> None:
    rows = people_rows(load_text(MEMBERSHIP_SEMICOLONS, "aldermoor-scrutiny-minutes.txt"))
    names = {name for name, _ in rows}
    assert {"Edwina Carrick", "Dorota Kowalczyk", "Thabo Mbeki", "Declan O'Hare", "Gareth Streatfield-Jones"} <= names
    assert ("Edwina Carrick", "panel_chair") in rows
    assert not {name for name in names if name.isupper() or name in ("Mbeki", "Kowalczyk")}


# One member a line, the post after two spaces or a tab, a title in brackets, the post wrapped onto an indented line.
ONE_COLUMN_TABS = """HARTLEPOOL ROAD YOUTH OFFENDING MANAGEMENT BOARD

Minutes of the meeting held on 4 June 2019 at Fernbank House

PRESENT
MACAULAY Siobhan (Chair)\tStrategic Director of People,
  Brackwater Council
PRENTICE Alastair (Dr)\tConsultant Paediatrician, Brackwater Hospitals Trust
ODUNSI Folake (Ch Insp)  Brackwater Police
WHITTLE Graham  Head of Youth Offending Service

APOLOGIES
GREATOREX Miriam  Head of Probation Delivery Unit

1.  Welcome
    Dr Prentice said that health assessments were now completed within 20 days.
"""


def test_one_member_a_line_surname_first_in_capitals_with_the_post_after_a_gap() -> None:
    rows = people_rows(load_text(ONE_COLUMN_TABS, "brackwater-board-minutes.txt"))
    assert ("Siobhan Macaulay", "present_at_meeting") in rows and ("Siobhan Macaulay", "board_chair") in rows
    assert ("Alastair Prentice", "present_at_meeting") in rows
    assert ("Folake Odunsi", "present_at_meeting") in rows
    assert ("Graham Whittle", "present_at_meeting") in rows
    assert ("Miriam Greatorex", "apologies") in rows and ("Miriam Greatorex", "present_at_meeting") not in rows
    assert not {name for name, _ in rows if name.isupper() or "Brackwater" in name or "Fernbank" in name}


# Two lists side by side under one heading line, the posts wrapped under their column, the right column's rows not
# quite under its heading, a second heading in the right column lower down, an officer's '(item 2)' beside a member.
TWO_COLUMNS = """KESTONBURY YOUTH JUSTICE PARTNERSHIP BOARD

Minutes of meeting held 12 October 2022, via video call

PRESENT                                     IN ATTENDANCE
HOLLINGWORTH Bernard  Director of           ACHTERBERG Lena  Head of Youth
  Children's Services, Kestonbury Council     Justice Service
  (Chair)                                   PELLEGRINI Marco  Team Manager,
DUFFIELD Yvonne (Cllr)  Cabinet Member        Kestonbury YJS (item 2)
  for Children and Families                 APOLOGIES
OKAFOR Chidi (Supt)  Kestonbury Police      RADCLIFFE Imogen  Head of PDU,
TREMAYNE Alison  Head of Virtual School       Probation Service

1  Introductions
   Supt Okafor said that arrests of children had fallen. Cllr Duffield
   thanked the service.
"""


def test_two_columns_side_by_side_surname_first_in_capitals_with_wrapped_posts() -> None:
    rows = people_rows(load_text(TWO_COLUMNS, "kestonbury-board-minutes.txt"))
    assert ("Bernard Hollingworth", "present_at_meeting") in rows and ("Bernard Hollingworth", "board_chair") in rows
    # the item in the right column is the officer's beside her, not the councillor's: she sat throughout
    assert ("Yvonne Duffield", "present_at_meeting") in rows and ("Yvonne Duffield", "officer_attending") not in rows
    assert ("Chidi Okafor", "present_at_meeting") in rows
    assert ("Alison Tremayne", "present_at_meeting") in rows
    assert ("Lena Achterberg", "officer_attending") in rows
    assert ("Marco Pellegrini", "officer_attending") in rows
    assert ("Imogen Radcliffe", "apologies") in rows and ("Imogen Radcliffe", "present_at_meeting") not in rows
    names = {name for name, _ in rows}
    assert not {name for name in names if name.isupper() or "Kestonbury" in name or name in ("Okafor", "Duffield")}


# Near misses: capitals headings and bodies before words in title case, a venue list, a table of figures, a practice
# example naming a child by a pseudonym: none is a person.
NEAR_MISSES = """YOUTH JUSTICE PLAN 2023-24

PRESENT POSITION  The service has improved since 2021.

VENUES
KINGSWAY Centre  Mondays and Wednesdays
ELMFIELD Library  Thursdays

PERFORMANCE
TOTAL Cases  45
CUSTODY Rate  0.12

PRACTICE EXAMPLE
CASE Jayden  aged 15, referred for knife possession
Jayden was supported by his case manager to return to school.

WESTMERE COUNCIL  Annual Report
"""


def test_capitals_headings_bodies_venues_and_pseudonyms_are_not_people() -> None:
    rows = people_rows(load_text(NEAR_MISSES, "westmere-youth-justice-plan.txt"))
    assert not {name for name, _ in rows if any(word in name for word in
                                                 ("Kingsway", "Elmfield", "Total", "Custody", "Jayden", "Case",
                                                  "Westmere", "Present", "Position"))}


def test_a_heading_in_capitals_before_a_forename_is_no_surname() -> None:
    for written in ("APOLOGIES Helen  Head of PDU", "PRESENT Mary  Chair", "MEMBERSHIP Anne; Clive"):
        assert attendance.capitals_first_name(written, 0, len(written)) is None, written
    written = "VARLEY Helen  Head of PDU"
    named = attendance.capitals_first_name(written, 0, len(written))
    assert named is not None and named.name == "Helen Varley"


def test_a_long_run_of_capitals_and_gaps_reads_in_linear_time() -> None:
    def read(run: str) -> None:
        attendance.CAPITALS_FIRST_RE.match(run)
        attendance.capitals_first_name(run, 0, len(run))

    # each run about 25 KB, then 100 KB
    runs: list[tuple[Callable[[int], str], int]] = [
        (lambda n: "ABCDEFG " * n, 3_000), (lambda n: "AB-CD'EF" * n, 3_000), (lambda n: "ABC Hij  " * n, 2_500),
        (lambda n: "ABC" + " " * n, 25_000), (lambda n: "ABC Hij" + " AB" * n, 7_500),
        (lambda n: "ABC Hij" + " (" * n, 12_500), (lambda n: "ABC Hij;" * n, 3_000)]
    for run, count in runs:
        assert_grows_linearly(read, run, count)

    def read_headings(text: str) -> None:
        for line in lines(text):
            attendance.heading_kind(text, line)

    assert_grows_linearly(read_headings, lambda n: "PRESENT" + " " * 40 + "IN ATTENDANCE\n" + "ABCDEFG Hij  " * n + "\n",
                          2_000)
