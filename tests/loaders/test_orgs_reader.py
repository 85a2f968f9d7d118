"""The organisation kg gives a person, by the body they serve there: the head of the area's youth justice service
listed among a council's officers serves the service, not the council whose paper it is ('Head of Youth Justice'
alone heads the service; 'Head of Youth Justice and Prevention' a council division); a board's chair addressed at
the council employing them keeps the council; the council's other officers stay the council's; a board's chair
quoted at its meeting speaks as its chair, for the service, whoever employs them."""

from __future__ import annotations

from loaders.roles import organisation_for_role
from tests.conftest import load_text, organisation_rows
from tests.linear_time import assert_grows_linearly

CABINET = """WESTMERE COUNCIL

CABINET

Minutes of the meeting held on 12 March 2019

Present: Councillor A. Brook (Chair), Councillor P. Hartley

Officers: Joanna Bloggs (Director of Children's Services), Dominic Ashe (Head of Youth Justice)

5. Youth Justice Plan

Mr Ashe explained that the plan had been agreed by the board.

Contact officer:  Dominic Ashe, Head of Youth Justice
"""

SCRUTINY = """Northfell Borough Council

Children's Scrutiny Panel - 3 June 2021

PRESENT: Councillor R. Oduya (Chair), Councillor T. Veal

OFFICERS IN ATTENDANCE:
Priya Lomax - Head of Youth Justice
Colin Dart - Democratic Services Officer

Ms Lomax presented the annual report of the service.
"""


def test_the_head_of_youth_justice_alone_heads_the_service() -> None:
    assert organisation_for_role("Head of Youth Justice", "Westmere") == "Westmere Youth Offending Service"
    assert organisation_for_role("Head of Youth Justice and Prevention", "Westmere") == "Westmere Council"
    assert organisation_for_role("Head of Youth Justice Partnerships", "Westmere") != "Westmere Youth Offending Service"


def test_the_service_head_among_a_councils_officers_serves_the_service() -> None:
    rows = organisation_rows(load_text(CABINET, "westmere_cabinet_2019_03.txt"))
    for relation in ("officer_attending", "contact_officer", "quoted"):
        assert rows[("Dominic Ashe", relation)] == "Westmere Youth Offending Service"
    assert rows[("Joanna Bloggs", "officer_attending")] == "Westmere Council"


def test_a_service_manager_in_a_scrutiny_panels_officers_serves_the_service() -> None:
    rows = organisation_rows(load_text(SCRUTINY, "northfell_scrutiny_2021_06.txt"))
    assert rows[("Priya Lomax", "officer_attending")] == "Northfell Youth Offending Service"
    assert rows[("Colin Dart", "officer_attending")].endswith("Council")


BOARD = """NORTHFELL YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on 4 May 2016

Present:
AK   Alice Kemp (Chair)     Corporate Director, People, Northfell Borough Council
RT   Rob Tandy              Superintendent, Northfell Police

1. Performance

The Chair, Ms Kemp, said the reoffending rate had improved.
Mr Tandy said that the force would share its arrest data every month.
"""


def test_a_boards_chair_speaks_at_its_meeting_for_the_service() -> None:
    rows = organisation_rows(load_text(BOARD, "northfell_board_minutes_2016_05.txt"))
    assert rows[("Alice Kemp", "quoted")] == "Northfell Youth Offending Service"
    assert rows[("Alice Kemp", "present_at_meeting")].endswith("Council")  # listed with her employer, as its officer
    assert rows[("Rob Tandy", "present_at_meeting")] == "Northfell Police"


def test_a_local_body_by_its_kinds_letters_is_named_in_full() -> None:
    assert organisation_for_role("Consultant Clinical Psychologist, Westmere PCT", "Westmere") == "Westmere Primary Care Trust"
    assert organisation_for_role("Chief Education Officer, Cwm Dyfnant CBC", "Cwm Dyfnant") == \
        "Cwm Dyfnant County Borough Council"


def test_a_long_run_of_the_posts_words_reads_in_linear_time() -> None:
    from loaders.roles import YOS_ROLE

    def read(run: str) -> None:
        YOS_ROLE.search(run.replace("Head of", "Lead for")[:-1] + " x")
        list(YOS_ROLE.finditer(run))

    # the pattern's words and separators, 30 KB then 120 KB
    assert_grows_linearly(read, lambda n: "Head of Youth Justice " * n + "&" * (2 * n), 1_250)
