"""The register's marks and its header row: a header row the page's width wrapped onto two lines, its other tongue's
head over the English one (`attendance._wrapped_head_row`), and a bilingual status cell whose English half says what
the mark means ('Ymdd. / Apols', `attendance.status_cell`).

Each fixture is fictional and differs from the development set: tabs and a tick, the initials' head wrapped; wide
padding and a heavy tick, the post's head wrapped, the statuses spelled in full in both tongues; a plain header row
over bilingual statuses. The near misses: a table of figures whose header row wraps, and a register whose status is a
bare letter of the other tongue with no key (never guessed).
"""

from __future__ import annotations

from kg.loaders import attendance
from kg.loaders.text import lines
from tests.conftest import load_text, organisation_rows, people_rows, role_rows
from tests.linear_time import assert_grows_linearly

TICKED_WRAPPED = """Glanrafon Youth Justice Service
Management Board Minutes, 12 May 2025

ATTENDANCE REGISTER

Llyth.\tEnw / Name\tCorff / Body\t✓ / Ymdd.
Init.
AM\tAled Morgan\tGlanrafon County Council\t✓
SP\tSarah Powell\tGlanrafon Police\tYmdd. / Apols
RT\tRichard Thomas\tGlanrafon Probation Service\t✓

1. WELCOME
AM welcomed members.
"""

HEAVY_TICK_PADDED = """Dyffryn Youth Justice Partnership
Cofnodion / Minutes: Board meeting, 3 June 2025

PRESENT

Enw / Name          Swydd               Sefydliad / Organisation          ✔ / Absennol
                    Post
Megan Hughes        Head of Service     Dyffryn Youth Justice Service     ✔
Owen Parry          Superintendent      Dyffryn Police                    Ymddiheuriadau / Apologies
Carys Jenkins       Head of Inclusion   Dyffryn Council                   ✔

2. MINUTES
The minutes were agreed.
"""

PLAIN_HEADS_BILINGUAL = """Penllyn Youth Justice Board
Minutes of the meeting held on 9 July 2025

Attendance:
Name\tAgency\tStatus
Gareth Evans\tPenllyn Council\tPresennol / Present
Helen Roberts\tPenllyn Police\tAbsennol / Absent
Dylan Owen\tNHS Penllyn\tYmddiheuriadau / Apologies

1. WELCOME
"""

FIGURES_WRAPPED = """Penllyn Youth Justice Board
Budget report, 9 July 2025

Attendance:
Gareth Evans, Penllyn Council

Gwasanaeth\tBudget\tSpend\tVariance
Service
Prevention\t120,000\t118,500\t1,500
Court work\t95,000\t97,250\t-2,250
"""

BARE_WELSH_LETTER = """Penllyn Youth Justice Board
Minutes of the meeting held on 9 July 2025

Attendance:
Name\tAgency\tStatus
Gareth Evans\tPenllyn Council\tPresent
Helen Roberts\tPenllyn Police\tYmdd. / Q
"""


def test_a_header_row_wrapped_onto_two_lines_and_a_tick_read_the_register() -> None:
    rows = people_rows(load_text(TICKED_WRAPPED, "glanrafon-board-minutes.txt"))
    assert ("Aled Morgan", "present_at_meeting") in rows
    assert ("Richard Thomas", "present_at_meeting") in rows
    assert ("Sarah Powell", "apologies") in rows
    assert ("Sarah Powell", "present_at_meeting") not in rows


def test_a_padded_register_with_a_heavy_tick_and_statuses_in_both_tongues() -> None:
    rows = people_rows(load_text(HEAVY_TICK_PADDED, "dyffryn-board-minutes.txt"))
    assert {("Megan Hughes", "present_at_meeting"), ("Carys Jenkins", "present_at_meeting"),
            ("Owen Parry", "apologies")} <= rows
    assert ("Owen Parry", "present_at_meeting") not in rows


def test_a_bilingual_status_is_read_by_its_english_half() -> None:
    rows = people_rows(load_text(PLAIN_HEADS_BILINGUAL, "penllyn-board-minutes.txt"))
    assert ("Gareth Evans", "present_at_meeting") in rows
    assert ("Dylan Owen", "apologies") in rows
    assert ("Dylan Owen", "present_at_meeting") not in rows
    assert ("Helen Roberts", "present_at_meeting") not in rows


def test_the_wrapped_head_reader_reads_header_rows_and_only_them() -> None:
    for fixture, at in ((TICKED_WRAPPED, 5), (HEAVY_TICK_PADDED, 5)):
        assert attendance._wrapped_head_row(fixture, lines(fixture), at) is not None
    heads = attendance._wrapped_head_row(TICKED_WRAPPED, lines(TICKED_WRAPPED), 5)
    assert heads == ["init", "enw / name", "corff / body", "status"]
    # a table of figures: its first head's English half wraps too, but no other cell is a head of a people table
    figures = lines(FIGURES_WRAPPED)
    assert all(attendance._wrapped_head_row(FIGURES_WRAPPED, figures, at) is None for at in range(len(figures)))
    # an entry row over the next entry is no header row
    assert attendance._wrapped_head_row(TICKED_WRAPPED, lines(TICKED_WRAPPED), 7) is None


def test_a_bilingual_status_without_a_meaning_is_never_guessed() -> None:
    rows = people_rows(load_text(BARE_WELSH_LETTER, "penllyn-board-minutes.txt"))
    assert ("Gareth Evans", "present_at_meeting") in rows
    assert ("Helen Roberts", "apologies") not in rows
    assert attendance.status_cell(BARE_WELSH_LETTER, "Helen Roberts\tPenllyn Police\tYmdd. / Q") is None


def test_a_long_run_of_bilingual_status_halves_stays_linear() -> None:
    def read(row: str) -> None:
        attendance.status_cell(row, row)
        attendance._wrapped_head_row(row + "\nInit.\n", lines(row + "\nInit.\n"), 0)

    # 26 KB of halves, then 105 KB
    assert_grows_linearly(read, lambda n: "Jo Bloggs\t" + "Ymdd / " * n + "Apols", 3_750)


APPENDIX_POST_FIRST = """Harrowmere Council
Report to Cabinet, 14 October 2025
Youth Justice Plan 2025-26

1. PURPOSE
1.1 To endorse the Youth Justice Plan.

ANNEX B (DRAFT) – YOUTH JUSTICE PARTNERSHIP BOARD MEMBERSHIP

Post\tName\tOrganisation
Director of Children's Services\tJoanne Whitaker\tHarrowmere Council
Head of Youth Justice Service\tDaniel Ashworth\tHarrowmere Council
Superintendent, Neighbourhood Policing\tClaire Brennan\tWestvale Police
Head of Probation Delivery Unit\tMark Sutton\tProbation Service

Background papers: none.
"""

APPENDIX_FIGURES = """Harrowmere Council
Report to Cabinet, 14 October 2025

APPENDIX 2 (COSTS) - BOARD MEMBERSHIP

Item\tBudget\tSpend
Venue hire\t1,200\t1,150
Training\t3,000\t2,875
"""


def test_a_membership_table_under_an_appendix_heading_with_a_bracketed_word_reads_its_post_first_rows() -> None:
    result = load_text(APPENDIX_POST_FIRST, "harrowmere-cabinet-report.txt")
    rows = people_rows(result)
    assert {("Joanne Whitaker", "board_member"), ("Daniel Ashworth", "board_member"),
            ("Claire Brennan", "board_member"), ("Mark Sutton", "board_member")} <= rows
    assert organisation_rows(result)[("Claire Brennan", "board_member")] == "Westvale Police"
    assert ("Claire Brennan", "board_member", "Superintendent, Neighbourhood Policing") in role_rows(result)
    # a table of figures under such a heading names no one
    assert not {row for row in people_rows(load_text(APPENDIX_FIGURES, "harrowmere-cabinet-report.txt"))
                if row[1] == "board_member"}


def test_a_long_run_of_bracketed_words_before_a_membership_heading_stays_linear() -> None:
    from kg.loaders import people_lists

    # 25 KB of bracketed words, then 100 KB
    assert_grows_linearly(people_lists.membership_rows,
                          lambda n: "APPENDIX " + "(EXTRACT) " * n + "- BOARD MEMBERSHIP\nPost\tName\tOrganisation\n", 2_500)


INITIALLED_TEAM = """Inspection of youth offending work in Kestrelmoor
A report by HM Inspectorate of Probation

APPENDIX 2 - HOW WE INSPECTED

Inspection team

JW\tLead Inspector\tJoanne Whitaker\tHMI Probation
CB\tHealth Inspector\tClaire Brennan\tCare Quality Commission
MS\tEducation Inspector\tMark Sutton\tOfsted
--\tLocal Assessor\t(seconded from a neighbouring YOT)

Acknowledgements

We thank the staff of the service.
"""


def test_a_headless_team_row_opening_with_its_members_initials_reads_post_and_body_by_position() -> None:
    result = load_text(INITIALLED_TEAM, "kestrelmoor-inspection-report.txt")
    roles = role_rows(result)
    assert ("Claire Brennan", "inspection_team", "Health Inspector") in roles
    assert ("Mark Sutton", "inspection_team", "Education Inspector") in roles
    assert not any(role in ("JW", "CB", "MS") for _, _, role in roles)
    bodies = organisation_rows(result)
    assert bodies[("Claire Brennan", "inspection_team")] == "Care Quality Commission"
    assert bodies[("Mark Sutton", "inspection_team")] == "Ofsted"


KEY_ON_THE_HEADING = """Fernleigh Youth Offending Service
Management Board minutes, 5 March 2025

Attendance Register\tP = present   Ap = apologies   S = substitute

NAME\tAGENCY\tCODE
Joanne Whitaker (Chair)\tFernleigh Council\tP
Supt Claire Brennan\tFernleigh Police\tAp
Insp Mark Sutton (for Supt Brennan)\tFernleigh Police\tS

1. WELCOME
"""


def test_a_key_on_the_registers_heading_line_says_what_its_codes_mean() -> None:
    assert attendance.status_key(KEY_ON_THE_HEADING) == {"P": "present", "Ap": "apologies", "S": "substitute"}
    rows = people_rows(load_text(KEY_ON_THE_HEADING, "fernleigh-board-minutes.txt"))
    assert ("Claire Brennan", "apologies") in rows
    assert ("Mark Sutton", "standing_deputy") in rows
    assert ("Mark Sutton", "apologies") not in rows
    # a heading of many words, or an entry, before padding is no key's heading
    line = lines("Jo Bloggs\tA = apologies   P = present")[0]
    assert attendance.key_line("Jo Bloggs\tA = apologies   P = present", line) is None
