"""Whole attendance blocks kg once read not at all: a register keyed by codes in brackets ('(P) present   (A)
apologies'), the headings 'Members of the Committee present' and 'Officers and others present', a member written
surname first whose forename the lexicon lacks where a post stands in the next column ('Adeyemi-Cole, Tunde   Head of
Service'), and a surname in capitals with its initial set off by two blanks only ('OKONJO-BELL T  Head of Inclusion').

Each fixture is fictional and differs from the development set: a key with a label and lower-case codes, a key set
with tabs, a deputy's row indented under the member's; two columns under the new headings, and one heading alone over
one column; surname-first rows in one column and in the left of two; the initial after a two-blank gap in a
register's right column. The near misses: lettered sub-items '(a) ... (b) ...' (no key), 'Members of the public
present' (no list of people), a forename the lexicon lacks with no post after it, and a place after the comma.
"""

from __future__ import annotations

import pytest

from kg.names import find_names
from loaders import attendance
from loaders.text import lines
from tests.conftest import load_text, people_rows, role_rows
from tests.linear_time import assert_grows_linearly


def _names(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for section in attendance.sections(text):
        found.setdefault(section.kind, []).extend(person.name.name for person in section.attendees)
    return found


BRACKET_KEY_LABELLED = """Brackenmoor Youth Justice Management Board
Minutes of the Board meeting, 14 October 2025, Room 4, Civic Offices

RECORD OF ATTENDANCE
Key: (p) present;  (r) remote;  (ap) apologies;  (d) deputising

MALLINSON, Ruth       Director of Children's Services (Chair)        p
TRENOWETH, Gary       Superintendent, Brackenmoor Police             ap
    DALRYMPLE, Fiona  Chief Inspector, Brackenmoor Police            d
OYELARAN, Grace       Head of Youth Justice Service                  r
PICKTHALL, Simon      Head of Education Inclusion                    ap

1.  Welcome and apologies
    RM welcomed members.
"""

BRACKET_KEY_TABBED = """Fellsmouth Youth Offending Service Board
Minutes, 2 February 2026

Attendance register
(A)\tattended\t(V)\tby video\t(X)\tapologies sent

Helen Whitcombe\tCorporate Director, People (Chair)\tA
Imran Sadiq\tHead of Service, YOS\tV
Joanne Pettigrew\tHead of Probation Delivery Unit\tX

1. Minutes of the last meeting
Agreed.
"""


def _statuses(text: str) -> dict[str, tuple[str | None, bool]]:
    return {person.name.name: (person.status, person.substitute)
            for section in attendance.sections(text) for person in section.attendees}


def test_a_register_keyed_by_codes_in_brackets_reads_each_mark() -> None:
    assert _statuses(BRACKET_KEY_LABELLED) == {
        "Ruth Mallinson": ("present", False), "Gary Trenoweth": ("apologies", False),
        "Fiona Dalrymple": ("present", True), "Grace Oyelaran": ("present", False),
        "Simon Pickthall": ("apologies", False)}
    rows = people_rows(load_text(BRACKET_KEY_LABELLED))
    assert ("Fiona Dalrymple", "present_at_meeting") in rows
    assert ("Fiona Dalrymple", "apologies") not in rows


def test_a_tabbed_key_of_bracketed_codes() -> None:
    # 'A' is the key's 'attended' here, not the apologies it marks in most registers
    assert attendance.status_key(BRACKET_KEY_TABBED) == {"A": "present", "V": "present", "X": "apologies"}
    assert _statuses(BRACKET_KEY_TABBED) == {"Helen Whitcombe": ("present", False), "Imran Sadiq": ("present", False),
                                             "Joanne Pettigrew": ("apologies", False)}
    rows = people_rows(load_text(BRACKET_KEY_TABBED))
    assert ("Helen Whitcombe", "present_at_meeting") in rows
    assert ("Helen Whitcombe", "apologies") not in rows
    assert ("Joanne Pettigrew", "apologies") in rows


def test_lettered_sub_items_are_no_key() -> None:
    text = "Brackenmoor Board\n\n(a) present the audit to the Board   (b) agree the plan\n(P) present   (A) apologies\n"
    assert attendance.key_line(text, lines(text)[2]) is None
    assert attendance.key_line(text, lines(text)[3]) == {"P": "present", "A": "apologies"}


COMMITTEE_PRESENT_TWO_COLUMNS = """Hollinbrook District Council
Children's Services Scrutiny Committee
Minutes of the meeting held on Thursday 6 November 2025 at 7.00 pm

MEMBERS OF THE COMMITTEE PRESENT:                OFFICERS & OTHERS PRESENT:
Councillor Wendy Axford (Chairman)               Mr Dominic Pryce - Head of
Councillor Ian Goodliffe (Vice-Chairman)            Youth Offending Service
Councillor Asha Mistry                           Ms Lena Corbishley - Democratic
Councillor Pete Rennard                             Services Officer

1.  DECLARATIONS OF INTEREST
    None.
"""

COUNCILLORS_OF_THE_PANEL = """Hollinbrook District Council
Corporate Parenting Panel - minutes, 3 December 2025

Councillors of the Panel present:-
Sarah Quinlan (Chair), Mohammed Iqbal, Trevor Hulse

Officers and others present:-
Ms Nia Bellweather, Service Manager, Youth Justice

1.  MINUTES
"""


def test_members_of_the_committee_present_and_officers_and_others_present() -> None:
    found = _names(COMMITTEE_PRESENT_TWO_COLUMNS)
    assert {"Wendy Axford", "Ian Goodliffe", "Asha Mistry", "Pete Rennard"} <= set(found.get(attendance.PRESENT, []))
    assert {"Dominic Pryce", "Lena Corbishley"} <= set(found.get(attendance.OFFICERS, []))
    rows = people_rows(load_text(COMMITTEE_PRESENT_TWO_COLUMNS))
    assert ("Asha Mistry", "present_at_meeting") in rows
    assert ("Dominic Pryce", "officer_attending") in rows


def test_councillors_of_the_panel_present_one_column() -> None:
    found = _names(COUNCILLORS_OF_THE_PANEL)
    assert {"Sarah Quinlan", "Mohammed Iqbal", "Trevor Hulse"} <= set(found.get(attendance.PRESENT, []))
    assert "Nia Bellweather" in found.get(attendance.OFFICERS, [])


def test_members_of_the_public_present_heads_no_list() -> None:
    text = ("Hollinbrook District Council\nCabinet minutes, 1 May 2025\n\nMembers of the public present: 4\n"
            "Members of the Cabinet present: Councillor Jo Varley\n")
    found = _names(text)
    assert found.get(attendance.PRESENT) == ["Jo Varley"]


SURNAME_FIRST_UNKNOWN_FORENAMES = """Wrexley Youth Justice Partnership Board
Minutes - 21 January 2026, 2.00 pm, Boardroom, Wrexley House

PRESENT
Adeyemi-Cole, Tunde     Strategic Director,
                        People and Communities (Chair)
Whitlow, Mark           Head of Youth Justice
                        Service
Nwachukwu, Ngozi        Designated Nurse, Wrexley ICB
Farrant, Cllr Kemi      Lead Member, Children

1   Welcome
"""

SURNAME_FIRST_LEFT_COLUMN = """Wrexley Youth Justice Partnership Board
Minutes - 18 March 2026

PRESENT                                        APOLOGIES
Mapfumo, Tendai    Head of Service, YJS        Okoli, Obinna    Senior Probation
Dunmore, Alice     Chief Inspector,                             Officer
                   Wrexley Police

1   Minutes
"""


def test_surname_first_with_a_forename_the_lexicon_lacks_and_a_post_after() -> None:
    found = _names(SURNAME_FIRST_UNKNOWN_FORENAMES)
    assert {"Tunde Adeyemi-Cole", "Mark Whitlow", "Ngozi Nwachukwu", "Kemi Farrant"} <= set(found[attendance.PRESENT])
    rows = role_rows(load_text(SURNAME_FIRST_UNKNOWN_FORENAMES))
    assert any(name == "Tunde Adeyemi-Cole" and relation == "board_chair" for name, relation, _ in rows)


def test_surname_first_unknown_forenames_in_two_columns() -> None:
    found = _names(SURNAME_FIRST_LEFT_COLUMN)
    assert "Tendai Mapfumo" in found[attendance.PRESENT]
    assert "Obinna Okoli" in found[attendance.APOLOGIES]


def test_unknown_forename_without_a_post_or_after_a_place_is_no_name() -> None:
    assert [name.name for name in find_names("Members:\nOkoli, Obinna     Senior Practitioner\n", strict=False)] \
        == ["Obinna Okoli"]
    assert not find_names("Copies:\nOkoli, Obinna\n", strict=False)
    assert not [name.name for name in find_names("Totals:\nWrexley, Ottersby     Service 12\n", strict=False)
                if "Ottersby" in name.name]
    assert not find_names("Area:\nNorth, East     Manager 4\n", strict=False)


CAPITALS_INITIAL_TWO_BLANKS = """Sallowmere Youth Justice Board
Minutes | 5 March 2026 | Committee Room 1

MEMBERS PRESENT                              APOLOGIES
HARTIGAN P  Chief Executive (Chair)          OKONJO-BELL T  Head of Inclusion,
QUARRIE M  Superintendent, Sallowmere                       Sallowmere Council
           Police                            DENBY R  Probation Service

1   Apologies
    Noted.
"""


def test_a_capitals_surname_and_initial_set_off_by_two_blanks() -> None:
    found = _names(CAPITALS_INITIAL_TWO_BLANKS)
    assert {"P Hartigan", "M Quarrie"} <= set(found[attendance.PRESENT])
    assert {"T Okonjo-Bell", "R Denby"} <= set(found[attendance.APOLOGIES])


def test_the_bracketed_key_and_post_column_stay_linear() -> None:
    def key(text: str) -> object:
        attendance.status_key.cache_clear()
        return attendance.status_key(text)

    assert_grows_linearly(key, lambda n: "(P) present " + "(A) " * n + "\n", 2000)
    assert_grows_linearly(lambda text: find_names(text, strict=False),
                          lambda n: "x\nSmith, Tendai" + "  " * n + "Head " * n + "\n", 500)


STOPPED_CAPITALS_INITIALS = """Wendlebury District Council
Housing and Communities Scrutiny Panel
Minutes of the meeting held on Monday, 12 January 2026 at 7.00 pm

Members present:  ASHLING R. (Chairman); McCREADY T. J. (Vice-Chairman); PENNOCK D. (substitute
for LARCH W.); ROOKSBY A.

1.  APOLOGIES
Apologies were received from Councillor Wendy Larch.
"""


def test_a_capitals_surname_then_initials_with_stops_in_a_run_on_list() -> None:
    found = _names(STOPPED_CAPITALS_INITIALS)
    assert {"R. Ashling", "T. J. McCready", "D. Pennock", "A. Rooksby"} <= set(found[attendance.PRESENT])
    chairs = {person.name.name: (person.chair, person.vice_chair, person.substitute)
              for section in attendance.sections(STOPPED_CAPITALS_INITIALS) for person in section.attendees}
    assert chairs["R. Ashling"] == (True, False, False)
    assert chairs["D. Pennock"] == (False, False, True)


def test_capitals_words_and_a_lettered_part_are_no_name() -> None:
    assert attendance.surname_initials_first("PART B. (Exempt)", attendance.span("PART B. (Exempt)", 0, 16)) is None
    text = "Members present:  SCHEDULE A.; ANNEX C.\n"
    assert not _names(text).get(attendance.PRESENT)
    assert attendance.surname_initials_first("ROOKSBY A.;", attendance.span("ROOKSBY A.;", 0, 11)) is not None


CABINET_EXTRACT_AFTER_REPORT = """Wendlebury District Council

Report to:          CABINET
Date of meeting:    4 February 2026
Report of:          Director of People
YOUTH JUSTICE PLAN 2026/27

1.  The plan is attached as Appendix A for this meeting of the Cabinet.

Contact officer: Harriet Quist, Youth Justice Manager

_____________________________________________________________________________

INSPECTION OF YOUTH OFFENDING WORK IN WENDLEBURY

Report of HM Inspectorate of Probation, published January 2026.
Lead inspector: Oswin Telfer

1.  Summary
The inspection found the work with children to be good.

_____________________________________________________________________________

EXTRACT FROM THE MINUTES OF CABINET, 4 FEBRUARY 2026

Present: Cllr F. Ormsby (Leader, in the Chair), Cllr G. Tiplady,
Cllr H. Wragge-Bell, Cllr K. Lusty

41.  YOUTH JUSTICE PLAN
     Cllr Tiplady introduced the report.
"""


def test_minutes_set_after_an_enclosed_report_are_read() -> None:
    rows = people_rows(load_text(CABINET_EXTRACT_AFTER_REPORT))
    assert any(name.endswith("Tiplady") and relation == "present_at_meeting" for name, relation in rows)
    assert any(name.endswith("Lusty") and relation == "present_at_meeting" for name, relation in rows)
    assert any(name.endswith("Ormsby") and relation == "cabinet_member" for name, relation in rows)


def test_a_designated_post_ends_the_name_before_it() -> None:
    row = "Dr Amara Gill Designated Nurse for Looked After Children, Wendlebury ICB"
    assert [(person.name.name, person.role_text) for person in attendance.attendees_in(row, attendance.span(row, 0, len(row)))] \
        == [("Amara Gill", "Designated Nurse for Looked After Children, Wendlebury ICB")]


LEAD_SENTENCES_AFTER_THE_BOARD = """Harnley Youth Justice Plan 2025/26

2. GOVERNANCE

The Management Board meets every eight weeks and is chaired by the Director. It reports to the Harnley
Community Safety Partnership. Membership at March 2025:

  Name                        Post                                Agency
  Hannah Oakcroft (Chair)     Director of Children's Services     Harnley Council
  Ravi Chaudry                Head of Youth Justice               Harnley YJS
  Supt Leona Brisk            Area Commander                      Harnley Police

3. PERFORMANCE
"""

WRAPPED_NAME_CELLS = """Harnley Youth Justice Plan 2025/26

Board membership:

Name                  Post                                 Agency
Dr Priyanka           Designated Nurse for Looked          Harnley Integrated
Ravindran             After Children                       Care Board
Cllr Gordon           Lead Member for Children             Harnley Council
Ashcombe-Lyle
Tomasz Zielinski      Head of Service                      Harnley YJS
"""


def test_a_membership_lead_a_sentence_after_the_board() -> None:
    rows = people_rows(load_text(LEAD_SENTENCES_AFTER_THE_BOARD))
    assert {("Ravi Chaudry", "board_member"), ("Leona Brisk", "board_member")} <= rows


@pytest.mark.parametrize("dated", ["Membership\nat the date of this plan:", "Membership at the time of writing:"])
def test_a_membership_lead_dated_in_words(dated: str) -> None:
    """'Membership at the date of this plan:' (wrapped after 'Membership' too) leads the table as a month would."""
    text = LEAD_SENTENCES_AFTER_THE_BOARD.replace("Membership at March 2025:", dated).replace(
        "  Name                        Post                                Agency\n",
        "Name                 | Role                              | Agency\n---------------------|-------------------"
        "----------------|---------------\n").replace("  Hannah Oakcroft (Chair)     Director of Children's Services     "
                                                       "Harnley Council", "Hannah Oakcroft      | Director (Chair)     "
                                                       "             | Harnley Council")
    rows = people_rows(load_text(text))
    assert {("Hannah Oakcroft", "board_member"), ("Ravi Chaudry", "board_member"), ("Leona Brisk", "board_member")} \
        <= rows


def test_a_name_cell_wrapped_onto_the_line_below() -> None:
    rows = people_rows(load_text(WRAPPED_NAME_CELLS))
    assert {("Priyanka Ravindran", "board_member"), ("Gordon Ashcombe-Lyle", "board_member"),
            ("Tomasz Zielinski", "board_member")} <= rows
    assert not any(name in ("Priyanka", "Gordon") for name, _ in rows)
