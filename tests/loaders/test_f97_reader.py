"""Stop 33's batch b97 layouts, in fixtures written for them: a board's register whose rows stand surname first with
a rank in brackets and a deputy's own cell after the member's mark; a year's register headed by its meetings' dates
alone, its rows surname and initial without a stop, its key naming in brackets whom each member sent; a plan's
membership table under 'Board membership at ... and attendance ...'; the plan's title in spaced capitals over a
county council's letterhead; the team's manager after 'management of the team is led by'; a task's '(lead officer:
X)' in a list of plans."""

from __future__ import annotations

from kg.documents import Document
from kg.loaders import generic
from kg.loaders.context import Context
from kg.loaders.text import is_column_heads, span
from tests.conftest import load_text, organisation_rows, people_rows

# A register of capitals and initials with dot leaders, a rank in brackets, a deputy's cell after the mark 'D'.
REGISTER_WITH_DEPUTIES = """HOLMBRIDGE YOUTH JUSTICE MANAGEMENT BOARD

MINUTES

Tuesday 8 June 2021, 10.00 am, Committee Room 2, Holmbridge Town Hall

ATTENDANCE REGISTER
Key:   P  present     A  apologies     D  apologies, deputy attended

KERSHAW T (Dr) ........... Director of Children's Services – Chair ................ P
PILLING R (Supt Eng) ..... Area Commander, Fellmoor Constabulary .................. D   Insp G Nuttall
OGDEN H (Ch Insp) ........ Partnerships, Fellmoor Constabulary ..................... A
WHITWORTH E .............. Associate Director, NHS Fellmoor CCG ..................... D   P Sowerby
CROWTHER B ............... Head of PDU, Probation Service ........................... P

In attendance
BARRACLOUGH J   Team Manager, YJS

1.  WELCOME

TK welcomed members. Inspector Gary Nuttall and Pam Sowerby attended with delegated authority.
"""


def test_a_registers_rank_in_brackets_is_the_members_title_not_the_role_above() -> None:
    rows = people_rows(load_text(REGISTER_WITH_DEPUTIES, "holmbridge-board-minutes.txt"))
    assert ("H Ogden", "apologies") in rows
    assert ("B Crowther", "present_at_meeting") in rows


def test_a_deputys_cell_after_the_members_mark_is_a_deputy_present() -> None:
    result = load_text(REGISTER_WITH_DEPUTIES, "holmbridge-board-minutes.txt")
    rows = people_rows(result)
    assert {("E Whitworth", "apologies"), ("Pam Sowerby", "present_at_meeting"), ("Pam Sowerby", "standing_deputy"),
            ("Gary Nuttall", "present_at_meeting"), ("Gary Nuttall", "standing_deputy")} <= rows
    assert ("Pam Sowerby", "officer_attending") not in rows  # 'attended with delegated authority': the register's deputy
    assert "Fellmoor Clinical Commissioning Group" in organisation_rows(result)[("Pam Sowerby", "standing_deputy")]


# A year's register headed by its meetings' dates alone; its key names in brackets whom each member sent.
REGISTER_BY_MEETINGS = """Holmbridge Youth Justice Management Board

Notes of meeting – 9 December 2021, 10:00–12:00

Board attendance 2021/22 (register kept by Business Support)

                                          10/06/21   09/09/21   09/12/21
Kershaw T     Chair – Director of Children's Services    ✓    ✓    ✓
Pilling R     Supt – Fellmoor Constabulary     ✓          D          D
Whitworth E   Dr – NHS Fellmoor CCG            ✓          A          D
Crowther B    Probation Service                ✓          ✓          A
Lumb S        Virtual School Head              –          ✓          ✓

✓ present   A apologies   D deputy (Pilling: DI G. Nuttall; Whitworth: P. Sowerby,
Designated Nurse)   – not yet a member

1.  Introductions

TK opened the meeting. GN said that two county lines had been disrupted.
"""


def test_a_head_row_of_meetings_dates_alone_is_the_registers_heads() -> None:
    line = "                                          10/06/21   09/09/21   09/12/21"
    assert is_column_heads(span(line, 0, len(line)))


def test_a_registers_last_meetings_mark_is_read_under_heads_of_dates_alone() -> None:
    rows = people_rows(load_text(REGISTER_BY_MEETINGS, "holmbridge-board-notes.txt"))
    assert {("T Kershaw", "present_at_meeting"), ("R Pilling", "apologies"), ("E Whitworth", "apologies"),
            ("B Crowther", "apologies"), ("S Lumb", "present_at_meeting")} <= rows
    assert ("B Crowther", "present_at_meeting") not in rows  # present at the earlier meetings only


def test_the_deputies_a_registers_key_names_for_members_sat_in_their_place() -> None:
    rows = people_rows(load_text(REGISTER_BY_MEETINGS, "holmbridge-board-notes.txt"))
    assert {("G. Nuttall", "present_at_meeting"), ("G. Nuttall", "standing_deputy"),
            ("P. Sowerby", "present_at_meeting"), ("P. Sowerby", "standing_deputy")} <= rows


# A plan's membership table under a heading that dates it and adds the members' attendance; the title in spaced
# capitals under a county council's letterhead; the team's manager; another plan's lead officer in brackets.
PLAN_OF_A_DISTRICT = """

FELLMOOR COUNTY COUNCIL

H O L M B R I D G E   Y O U T H   J U S T I C E   P A R T N E R S H I P

Youth Justice Plan 2021 – 2022


1. GOVERNANCE

Holmbridge Youth Justice Service is delivered by Fellmoor County Council for the district. Day-to-day management of
the team is led by Stella Hirst (YJS Operations Manager), who reports to the Head of Service.

Table 1   Board membership at 1 June 2021 and attendance 2020/21 (four meetings)

NAME\tPOST\tAGENCY\tATT.
Dr Tamsin Kershaw\tDirector of Children's Services (Chair)\tFellmoor County Council\t4/4
Ruth Pilling\tArea Commander\tFellmoor Constabulary\t2/4
Bryony Crowther\tHead of Probation Delivery Unit\tProbation Service\t3/4

Links with other plans

. Holmbridge Community Safety Partnership plan 2020-23 (lead officer: J. Barraclough)
"""


def test_a_membership_heading_that_adds_the_members_attendance_heads_the_table() -> None:
    rows = people_rows(load_text(PLAN_OF_A_DISTRICT, "holmbridge-plan.txt"))
    assert {("Tamsin Kershaw", "board_member"), ("Ruth Pilling", "board_member"),
            ("Bryony Crowther", "board_member")} <= rows


def test_a_title_in_spaced_capitals_names_the_district_under_the_countys_letterhead() -> None:
    ctx = Context(Document.from_text("holmbridge-plan.txt", PLAN_OF_A_DISTRICT))
    assert generic.document_area(ctx) == "Holmbridge"


def test_the_team_whose_management_a_manager_leads_is_the_services() -> None:
    result = load_text(PLAN_OF_A_DISTRICT, "holmbridge-plan.txt")
    assert ("Stella Hirst", "staff") in people_rows(result)
    assert ("Stella Hirst", "lead_inspector") not in people_rows(result)


def test_a_lead_officer_in_brackets_after_another_plan_is_no_contact_of_the_document() -> None:
    rows = people_rows(load_text(PLAN_OF_A_DISTRICT, "holmbridge-plan.txt"))
    assert not any(relation == "contact_officer" for _, relation in rows)


# A cabinet's present list whose portfolio holds a semicolon, the list under 'Councillors' wrapped over three lines.
CABINET_PRESENT = """HOLMBRIDGE COUNCIL

CABINET

Wednesday 10 July 2024 at 2.00 pm, Council Chamber

Present:    Councillor T Ackroyd (Leader of the Council) – in the Chair
            Councillors M Haigh-Lister (Deputy Leader; Finance), R Sugden
            (Children and Families), P Mellor (Adult Care),
            J Oldroyd (Housing) and L Sutcliffe (Transport)

Officers:   Stella Hirst (Chief Executive)
"""


def test_a_semicolon_inside_a_portfolios_bracket_parts_no_list() -> None:
    rows = people_rows(load_text(CABINET_PRESENT, "holmbridge-cabinet.txt"))
    assert {("M Haigh-Lister", "present_at_meeting"), ("M Haigh-Lister", "cabinet_member")} <= rows


def test_councillors_of_a_list_wrapped_over_lines_sit_in_the_cabinet() -> None:
    rows = people_rows(load_text(CABINET_PRESENT, "holmbridge-cabinet.txt"))
    assert {("P Mellor", "cabinet_member"), ("J Oldroyd", "cabinet_member"), ("L Sutcliffe", "cabinet_member")} <= rows


# A plan's page in two columns: the membership in the left, each entry 'Name – Post' wrapped at the column's edge,
# a rank before a name, a chair's mark and a deputy's bracket; the headline figures in the right.
TWO_COLUMN_PLAN = """Holmbridge Council

HOLMBRIDGE YOUTH JUSTICE PLAN 2020/21

2   GOVERNANCE                                       HEADLINE PERFORMANCE 2019/20

The Youth Justice Management Board oversees the    First time entrants
work of the service.                               171 per 100,000
                                                   Down from 236 in 2018/19
Board membership (September 2020)                  Reoffending (binary, Apr 2017 – Mar
                                                   2018 cohort)
Tamsin Kershaw – Corporate Director,               Holmbridge 36.9%
People, Holmbridge Council (Chair)                 Custody
Superintendent Ruth Pilling – Local                0.21 per 1,000
Policing Commander, Fellmoor Constabulary          Five custodial sentences, four for one
  (deputy: DCI Gary Nuttall)                       incident in July 2019
Councillor Pam Sowerby – Cabinet Member,
Children and Families                              Cohort: 112 children
Bryony Crowther – Head of Probation Delivery
Unit, Probation Service


3   RESOURCES
"""


def test_a_membership_in_the_left_column_of_a_two_column_page_is_read_alone() -> None:
    result = load_text(TWO_COLUMN_PLAN, "holmbridge-plan-2020.txt")
    rows = people_rows(result)
    assert {("Tamsin Kershaw", "board_member"), ("Ruth Pilling", "board_member"), ("Pam Sowerby", "board_member"),
            ("Bryony Crowther", "board_member")} <= rows
    assert organisation_rows(result)[("Ruth Pilling", "board_member")] == "Fellmoor Constabulary"


def test_a_dashed_entrys_chair_mark_and_deputy_bracket() -> None:
    result = load_text(TWO_COLUMN_PLAN, "holmbridge-plan-2020.txt")
    rows = people_rows(result)
    assert {("Tamsin Kershaw", "board_chair"), ("Gary Nuttall", "standing_deputy")} <= rows
    assert organisation_rows(result)[("Gary Nuttall", "standing_deputy")] == "Fellmoor Constabulary"
