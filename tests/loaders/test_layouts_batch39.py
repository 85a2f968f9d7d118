"""Layouts of the 39th blind batch (u249-u256), one small fictional fixture each: a copy list labelled 'Copy:' whose
posts wrap under their own column, a plan's membership table of names then wrapped posts, a scrutiny register written
surname first with dot leaders and P / Ap codes, a standards report whose cover is set in spaced capitals with its team
in an annex, and the wordings around them."""

from __future__ import annotations

from tests.conftest import load_text, people_rows

COPY_LETTER = """\
                                               Children's Services
                                               Tamberley Council

Mr Oswin Pargeter
Head of Youth Justice Inspections
HM Inspectorate of Probation

Dear Oswin

PROGRESS SINCE THE INSPECTION OF YOUTH JUSTICE SERVICES IN TAMBERLEY

I write to thank you and HM Inspector Fenella Quarry and her team for the inspection. Idris Mallory, our Head of
Youth Justice and Adolescent Services, would be glad to show you the changes.

Yours sincerely

Wilfred Ashgrove
Director of Children's Services

Copy:
Cllr Hester Dunmore             Leader of the Council
Cllr Rafe Collingwood           Cabinet Member for Children and Families
Idris Mallory                   Head of Youth Justice and Adolescent
                                Services
"""


def test_a_copy_list_labelled_copy_with_posts_wrapped_under_their_column() -> None:
    rows = people_rows(load_text(COPY_LETTER, "letter.txt"))
    assert {("Hester Dunmore", "copy_to"), ("Hester Dunmore", "cabinet_member"), ("Rafe Collingwood", "copy_to"),
            ("Rafe Collingwood", "cabinet_member"), ("Idris Mallory", "copy_to")} <= rows
    roles = {s.value for s in load_text(COPY_LETTER, "letter.txt").statements if s.prop == "role"}
    assert "Head of Youth Justice and Adolescent Services" in roles


def test_an_inspector_thanked_with_her_team_leads_and_our_head_of_service_is_staff() -> None:
    rows = people_rows(load_text(COPY_LETTER, "letter.txt"))
    assert {("Fenella Quarry", "lead_inspector"), ("Idris Mallory", "staff")} <= rows


PLAN_TABLE = """\
TAMBERLEY YOUTH JUSTICE PLAN 2023-24

3  GOVERNANCE

The service is accountable to the Partnership Board, which meets quarterly. Board
membership at June 2023:

Board member                      Role / agency
Wilfred Ashgrove (Chair)          Director of Children's Services,
                                  Tamberley Council
Idris Mallory                     Head of Youth Justice and Adolescent
                                  Services
Cllr Rafe Collingwood             Cabinet Member for Children and
                                  Families (observer)

4  PERFORMANCE
"""


def test_a_membership_table_of_names_then_posts_wrapped_under_them() -> None:
    statements = load_text(PLAN_TABLE, "plan.txt").statements
    rows = people_rows(load_text(PLAN_TABLE, "plan.txt"))
    assert {("Idris Mallory", "board_member"), ("Rafe Collingwood", "board_member"),
            ("Rafe Collingwood", "cabinet_member")} <= rows
    roles = {s.value for s in statements if s.prop == "role"}
    assert "Head of Youth Justice and Adolescent Services" in roles
    assert any(role.startswith("Cabinet Member for Children and Families") for role in roles), roles


REGISTER = """\
TAMBERLEY COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

MINUTES of the meeting held in the Council Chamber, Civic Centre,
Tamberley on TUESDAY 7 MAY 2024 at 6.30 pm

REGISTER OF ATTENDANCE
  QUINLAN, Margery .......... Councillor (Chair)               P
  OKAFOR, Ruth .............. Councillor (Vice-Chair)          P
  BRADSHAW, Oliver .......... Councillor (substitute for
                              Cllr Pemberton)                  P
  PEMBERTON, Sylvia ......... Councillor                       Ap
  FAIRCLOUGH, Neil .......... Councillor                       P
  P = present   Ap = apologies

Officers: Wilfred Ashgrove (Director of Children's Services) and Hattie
Colquhoun (Democratic Services Officer). Inspector Rowan Tasker of
Tamberleyshire Police attended for minute 12.

12   YOUTH JUSTICE

     Councillor Fairclough asked about diversion. Inspector
     Tasker said the force would share its figures.

     Enquiries: Hattie Colquhoun, Democratic Services Officer,
     01632 960 102
"""


def test_a_register_surname_first_with_dot_leaders_and_codes() -> None:
    rows = people_rows(load_text(REGISTER, "minutes.txt"))
    assert {("Margery Quinlan", "present_at_meeting"), ("Margery Quinlan", "panel_chair"),
            ("Ruth Okafor", "panel_vice_chair"), ("Oliver Bradshaw", "present_at_meeting"),
            ("Oliver Bradshaw", "standing_deputy"), ("Sylvia Pemberton", "apologies"),
            ("Neil Fairclough", "present_at_meeting")} <= rows
    assert ("Sylvia Pemberton", "present_at_meeting") not in rows
    assert not any(name in ("Pemberton", "Ap Fairclough", "Bradshaw") for name, _ in rows), rows


def test_an_officers_list_ends_at_its_full_stop_and_a_rank_over_a_line_break_speaks() -> None:
    statements = load_text(REGISTER, "minutes.txt").statements
    rows = people_rows(load_text(REGISTER, "minutes.txt"))
    assert {("Hattie Colquhoun", "officer_attending"), ("Hattie Colquhoun", "contact_officer"),
            ("Rowan Tasker", "quoted")} <= rows
    roles = {s.value for s in statements if s.prop == "role"}
    assert not any("Inspector Rowan" in role for role in roles), roles


SPACED_REPORT = """\
HM Inspectorate of Probation


        A N   I N S P E C T I O N   O F   Y O U T H   J U S T I C E
        S E R V I C E S   I N   T A M B E R L E Y

The fieldwork took place in May 2023. The inspection was led by HM Inspector Fenella Quarry.

ANNEX: THE INSPECTION TEAM

Fenella Quarry          HM Inspector (lead)
Clement Hartigan        HM Inspector
Oswin Pargeter          Head of Youth Justice Inspections
"""


def test_a_cover_in_spaced_capitals_and_a_team_in_an_unnumbered_annex() -> None:
    rows = people_rows(load_text(SPACED_REPORT, "report.txt"))
    assert {("Fenella Quarry", "lead_inspector"), ("Clement Hartigan", "inspection_team"),
            ("Oswin Pargeter", "head_of_inspections")} <= rows
    assert ("Fenella Quarry", "inspection_team") not in rows


RELEASE = """\
PRESS RELEASE

Youth justice work in Tamberley rated 'Good'

HM Inspectorate of Probation has rated the service 'Good' overall.

NOTES TO EDITORS
1.  The inspection was led by HM Inspector Fenella Quarry. Youth justice inspections
    are overseen by Oswin Pargeter, Head of Youth Justice Inspections.
"""


def test_inspections_overseen_by_the_head_in_a_release() -> None:
    assert ("Oswin Pargeter", "head_of_inspections") in people_rows(load_text(RELEASE, "release.txt"))


CABINET_REPORT = """\
TAMBERLEY COUNCIL

REPORT TO:            CABINET
REPORT AUTHOR:        Idris Mallory, Head of Youth Justice

TITLE: OUTCOME OF THE HM INSPECTORATE OF PROBATION INSPECTION OF
TAMBERLEY YOUTH JUSTICE SERVICE

6.1   The plan was agreed by the Partnership Board. It is overseen by the Chair of the board, the
      Director of Children's Services, Wilfred Ashgrove, and reported quarterly.

7.    FINANCIAL IMPLICATIONS
      Costs will be met from reserves. (Finance officer: Marisol Achebe, Senior Finance
      Business Partner)
"""


def test_a_chair_named_past_a_second_post_and_an_officer_labelled_by_field() -> None:
    result = load_text(CABINET_REPORT, "report.txt")
    assert {("Wilfred Ashgrove", "board_chair"), ("Marisol Achebe", "staff")} <= people_rows(result)
    roles = {s.value for s in result.statements if s.prop == "role"}
    assert "Chair of the board" in roles and not any(role.startswith("Chair of the board,") for role in roles), roles


def test_a_labelled_title_that_stops_on_of_goes_on_to_the_next_line() -> None:
    result = load_text(CABINET_REPORT, "report.txt")
    titles = {s.value for s in result.statements if s.prop == "heading"}
    assert any(title.endswith("INSPECTION OF TAMBERLEY YOUTH JUSTICE SERVICE") for title in titles), titles


BOARD_MINUTES = """\
TAMBERLEY YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on Wednesday 10 January 2024

MEMBERS PRESENT
WA\tWilfred AshgroveDirector of Children's Services (Chair)
IM\tIdris MalloryHead of Service, Tamberley Youth Justice Service

1.  WELCOME
WA thanked the team and said the outcome reflected steady work. IM confirmed the plan.
"""


def test_initials_quoted_after_their_thanks() -> None:
    rows = people_rows(load_text(BOARD_MINUTES, "minutes.txt"))
    assert ("Wilfred Ashgrove", "quoted") in rows
    assert ("Idris Mallory", "quoted") not in rows  # 'confirmed' says what they did


NEWS = """\
TAMBERLEY COUNCIL
News

New hub opens for young people
Published: 4 March 2024

Council leader Cllr Hester Dunmore added: "This is the early help we promised."
"""


def test_a_council_leader_is_a_cabinet_member() -> None:
    assert ("Hester Dunmore", "cabinet_member") in people_rows(load_text(NEWS, "news.txt"))
