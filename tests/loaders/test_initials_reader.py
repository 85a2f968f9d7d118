"""The initials reader: a document's own key to the initials its minutes use, and the people its lists and items name
by initials alone (`initials.document_key`, `attendance.by_initials`, `initials.initials_quoted`).

Each fixture is fictional and lays the key and the lists out differently from the development set: the name first
with the initials in brackets, two members parted by a lower-case letter ('RMa', 'RMc'); the initials in a padded
column after the name, a page's footer inside the key, the list of those present on a line of its own under its
heading; an equals-sign key at the foot of the minutes, a hyphenated surname's initials ('JF-A'), entries parted by
bars and 'in the chair'; no key at all, the initials derived from the names the lists give. The near misses: a table of
figures and an action log of initials, a list of posts with no names, a child's initials in a practice example,
initials two members share, and the letters of a body or a post the document names in full.
"""

from __future__ import annotations

from kg.loaders import initials
from kg.loaders.text import span
from tests.conftest import load_text, organisation_rows, people_rows, role_rows

BRACKETED_KEY = """Westmere Youth Justice Partnership Board
Minutes of the meeting held on Tuesday 4 February 2025

Membership of the Board
Anne Tranter (AT), Head of Service, Westmere Youth Justice Service
Harriet Quist (HQ), Chief Superintendent, Westmere Police
Ruth Marlow (RMa), Designated Nurse, NHS Westmere (PCT)
Rhona McAllister (RMc), Head of Inclusion, Westmere Council
Owen Keyes (OK), Cabinet Member for Children, Westmere Council

Present: AT (Chair); HQ; RMa and RMc
Apologies: OK

1. WELCOME
AT welcomed members.
2. HEALTH
RMa explained that the waiting time for speech and language assessments had halved.
RMc said that two schools had agreed to pilot the reintegration protocol.
"""


def test_a_key_of_names_with_bracketed_initials_reads_those_present_and_apologies() -> None:
    rows = people_rows(load_text(BRACKETED_KEY, "westmere_board_minutes.txt"))
    assert {("Anne Tranter", "present_at_meeting"), ("Anne Tranter", "board_chair"),
            ("Harriet Quist", "present_at_meeting"), ("Ruth Marlow", "present_at_meeting"),
            ("Rhona McAllister", "present_at_meeting"), ("Owen Keyes", "apologies")} <= rows
    assert ("Owen Keyes", "present_at_meeting") not in rows


def test_a_lower_case_letter_parts_two_members_with_the_same_capitals() -> None:
    rows = people_rows(load_text(BRACKETED_KEY, "westmere_board_minutes.txt"))
    assert {("Ruth Marlow", "quoted"), ("Rhona McAllister", "quoted")} <= rows


def test_an_entry_by_initials_has_the_post_and_body_the_key_declares() -> None:
    loaded = load_text(BRACKETED_KEY, "westmere_board_minutes.txt")
    assert ("Harriet Quist", "present_at_meeting", "Chief Superintendent") in role_rows(loaded)
    assert organisation_rows(loaded)[("Ruth Marlow", "present_at_meeting")] == "NHS Westmere", \
        "the body named before its letters in brackets"


PADDED_COLUMN_KEY = """NORTHSHIRE YOUTH OFFENDING SERVICE MANAGEMENT BOARD
Notes of the meeting of 12 October 2010

KEY TO MEMBERS
Name                     Init.    Post
Dr Lena Farrow           LF       Consultant Psychiatrist, Northshire CAMHS
Gordon Pybus             GP       Assistant Chief Officer, Northshire Probation Trust

                                        Northshire YOS Board 12.10.10   page 1 of 3
Tamsin Okoro             TO       Service Manager, Northshire YOS
Cllr Wilf Iredale        WI       Lead Member for Children

ATTENDANCE
   LF, GP, TO
APOLOGIES
   WI

1.  PERFORMANCE
    GP added that the probation transfer protocol had been signed.
"""


def test_a_padded_initials_column_after_the_name_with_a_footer_inside_the_key() -> None:
    rows = people_rows(load_text(PADDED_COLUMN_KEY, "northshire_board_notes.txt"))
    assert {("Lena Farrow", "present_at_meeting"), ("Gordon Pybus", "present_at_meeting"),
            ("Tamsin Okoro", "present_at_meeting"), ("Wilf Iredale", "apologies"), ("Gordon Pybus", "quoted")} <= rows
    assert ("Wilf Iredale", "present_at_meeting") not in rows


EQUALS_KEY_AT_THE_FOOT = """Eastmere Youth Justice Management Board
Action notes, 3 March 2016

Present - AT (in the chair) | JF-A | KO
Apologies - DW

Item 1   Youth justice plan
JF-A said the police would fund a second triage worker from April.
KO replied that the plan would go to Cabinet in June.

Action log
| No. | Action                          | Owner | Status |
| 4   | Chase ETE data-sharing protocol | DW    | Open   |

Key to initials: AT = Alun Tregear (Director of Children's Services, Eastmere Council); JF-A = Jo Fitz-Allen
(Superintendent, Eastmere Police); KO = Kath Oduya (Head of Youth Justice); DW = Dev Wardle (Probation)
"""


def test_an_equals_key_at_the_foot_and_a_hyphenated_surnames_initials() -> None:
    rows = people_rows(load_text(EQUALS_KEY_AT_THE_FOOT, "eastmere_action_notes.txt"))
    assert {("Alun Tregear", "present_at_meeting"), ("Alun Tregear", "board_chair"),
            ("Jo Fitz-Allen", "present_at_meeting"), ("Kath Oduya", "present_at_meeting"),
            ("Dev Wardle", "apologies"), ("Jo Fitz-Allen", "quoted"), ("Kath Oduya", "quoted")} <= rows
    assert ("Dev Wardle", "present_at_meeting") not in rows, "an action log's owner is not at the meeting"


NO_KEY = """Southmere Youth Offending Service Management Board
Minutes of the meeting held on 9 June 2016

Present:
Donna Carr-Smith, Director of Children's Services (Chair)
Mara Bell, Head of Community Safety
Milo Brant, Probation Officer
Priya Nandra, YOS Manager
In attendance: Keith Ormond, Performance Officer

1. Matters arising
PN said that the annual figures would be ready in July.
MB said that the community safety partnership would fund the post.
DCS said that the Director of Children's Services would write to the school.
YJB said nothing.

2. Practice example
A boy (JB, aged 15) was supported into college.

3. Performance
FTE                    187      241
Custody (%)            5.9      6.8
"""


def test_without_a_key_initials_of_one_member_speak_but_shared_ones_and_a_posts_letters_do_not() -> None:
    rows = people_rows(load_text(NO_KEY, "southmere_board_minutes.txt"))
    quoted = {name for name, relation in rows if relation == "quoted"}
    assert "Priya Nandra" in quoted, "PN: the initials of the one member the list names so"
    assert not quoted & {"Mara Bell", "Milo Brant"}, "MB is two members' initials"
    assert "Donna Carr-Smith" not in quoted, "DCS is the post the minutes name in full, not her initials"


NEAR_MISSES = """
4. Performance
AT         187      241
HQ         5.9      6.8

5. Practice example
A girl (RMc, aged 15) was supported into college; OK was her worker's phrase.

6. Venues
Committee Room 3 (CR3); Youth Centre (YC)
"""


def test_no_one_from_a_table_of_figures_a_practice_example_or_a_list_of_venues() -> None:
    rows = people_rows(load_text(BRACKETED_KEY + NEAR_MISSES, "westmere_board_minutes.txt"))
    assert {name for name, _ in rows} == {"Anne Tranter", "Harriet Quist", "Ruth Marlow", "Rhona McAllister",
                                          "Owen Keyes"}
    assert ("Harriet Quist", "present_at_meeting") in rows
    assert {relation for name, relation in rows if name == "Owen Keyes"} == {"apologies", "board_member",
                                                                              "cabinet_member"}


def test_the_key_resolves_declared_derived_and_refuses_shared_or_bodies_letters() -> None:
    text = "Jo Bloggs (JB) and Jan Bright\nTom Ashe, Youth Offending Service\nYasmin Olu Sharpe\nKim Ng\nKaren Nye\n"
    people = ["Jo Bloggs", "Jan Bright", "Tom Ashe", "Yasmin Olu Sharpe", "Kim Ng", "Karen Nye"]
    key = initials.document_key(text, people)
    holder = key.holder("JB")
    assert holder is not None and holder.name == "Jo Bloggs" and holder.declared, "the document's own pair wins"
    assert key.holder("TA") is not None and key.holder("TA").name == "Tom Ashe"  # type: ignore[union-attr]
    assert key.holder("YOS") is None, "a body's letters, though Yasmin Olu Sharpe has them"
    assert key.holder("KN") is None, "two people's initials"


def test_entries_by_initials_keep_their_spans_and_skip_what_is_no_ones() -> None:
    text = "Ruth Okafor (RO), Chair\nPresent: RO (Chair), XY; the YJB Manager\n"
    part = span(text, text.index("RO (Chair)"), len(text) - 1)
    entries = initials.initials_entries(text, part, initials.document_key(text))
    assert [(entry.holder.name, entry.evidence.text, entry.note.text if entry.note else None) for entry in entries] \
        == [("Ruth Okafor", "RO (Chair)", "Chair")]
    assert initials.initials_entries(text, part, initials.document_key(text), whole=True) == []


PLAN_MEMBERS = """Westmere Youth Justice Plan 2024-25

3. Governance

The Board's members are:

AT\tAlison Treverrow\tDirector of Children's Services, Westmere Council
GO\tGraham Oyelaran\tDivisional Commander, Westmere Police

4. Performance
The reoffending rate fell.
"""


def test_a_membership_tables_initials_column_is_no_members_post() -> None:
    roles = role_rows(load_text(PLAN_MEMBERS, "westmere_youth_justice_plan.txt"))
    assert {(name, role) for name, relation, role in roles if relation == "board_member"} == {
        ("Alison Treverrow", "Director of Children's Services, Westmere Council"),
        ("Graham Oyelaran", "Divisional Commander, Westmere Police")}
