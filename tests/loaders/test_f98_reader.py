"""Stop 33's batch b98 layouts, in fixtures written for them: an attendance table whose middle columns are the bodies
the members sit for, each member's post written under their body's head and a status column of P, A and S after them;
a deputy's post ending 'attending for' the member, on its line or the next; an action log quoting owners by initials in
its cells, the key of those initials at its foot."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows

# A tabbed table: the name, one column per body (the post under the member's own), the status by the document's key.
BODIES_AS_COLUMNS = """HARROWFELL METROPOLITAN BOROUGH COUNCIL
HARROWFELL YOUTH JUSTICE MANAGEMENT BOARD

MINUTES of the meeting held on Tuesday 9 November 2021 at 2.00 pm

ATTENDANCE
Name\tHarrowfell MBC\tDunmarsh Police\tProbation\tOther partners\tStatus
Imogen Ashdown (Chair)\tDirector of Children's Services\t\t\t\tP
Rowan Pettifer\tHead of Youth Justice Service\t\t\t\tP
Keeley Brannigan\tHead of Early Help\t\t\t\tA
Insp. Declan Mayhew\t\tNeighbourhood Inspector, Harrowfell East (attending for Supt R. Quested)\t\t\tS
Priya Sandhu\t\t\tHead of Harrowfell PDU, National Probation Service\t\tP
Owen Tredgold\t\t\t\tChair, Harrowfell Youth Bench\tP
Key: P = present  A = apologies  S = substitute

1.  WELCOME AND APOLOGIES
1.1  The Chair welcomed members. Apologies were received from Keeley Brannigan.
"""


def test_a_tables_body_columns_give_each_member_the_post_under_their_body() -> None:
    result = load_text(BODIES_AS_COLUMNS, "harrowfell-board-minutes.txt")
    rows = people_rows(result)
    assert {("Imogen Ashdown", "present_at_meeting"), ("Rowan Pettifer", "present_at_meeting"),
            ("Keeley Brannigan", "apologies"), ("Priya Sandhu", "present_at_meeting"),
            ("Owen Tredgold", "present_at_meeting"), ("Declan Mayhew", "present_at_meeting"),
            ("Declan Mayhew", "standing_deputy")} <= rows
    orgs = organisation_rows(result)
    assert "Dunmarsh Police" in orgs[("Declan Mayhew", "present_at_meeting")]  # the column's head: the body
    assert "National Probation Service" in orgs[("Priya Sandhu", "present_at_meeting")]  # the post's own body
    assert not any("Council" in org for org in orgs[("Rowan Pettifer", "present_at_meeting")])  # the service's head


# A members' list whose deputy's post runs on to 'attending for' the member, on its line or the next.
ATTENDING_FOR = """HARROWFELL YOUTH JUSTICE MANAGEMENT BOARD
MINUTES - Tuesday 14 March 2023, 10:00

PRESENT
I Ashdown (IA)  Chair - Director of Children's Services
D Mayhew (DM)  Constabulary, attending for
Supt R Quested
P Sandhu (PS)  Senior Probation Officer, attending for K Lomax
O Tredgold (OT)  Head of Service, Harrowfell YJS

APOLOGIES
Supt R Quested; K Lomax

1. WELCOME
IA welcomed members.
"""


def test_a_post_attending_for_a_member_is_a_deputy_and_the_member_no_one_present() -> None:
    result = load_text(ATTENDING_FOR, "harrowfell-board-minutes.txt")
    rows = people_rows(result)
    assert {("D Mayhew", "standing_deputy"), ("P Sandhu", "standing_deputy"), ("P Sandhu", "present_at_meeting"),
            ("R Quested", "apologies")} <= rows
    assert ("R Quested", "present_at_meeting") not in rows  # the member sat for, on the post's next line
    assert ("O Tredgold", "standing_deputy") not in rows


# An action log: its rows first, a cell's update quoting an owner by initials, the key of those initials at the foot.
ACTION_LOG = """HARROWFELL YOUTH JUSTICE PARTNERSHIP BOARD - ACTION LOG
Updated following the meeting of 7 February 2024

Ref\tRaised\tAction\tOwner\tDue\tRAG\tUpdate
24/01\t07.02.24\tRemand review\tRP\tMar 24\tG\tRP explained that the review had begun.
24/02\t07.02.24\tSchool places audit\tKB\tApr 24\tA\tNot yet complete. KB said the sample was drawn.

Board membership (initials used in this log)
IA\tImogen ASHDOWN\tChair; Director of Children's Services, Harrowfell MBC
RP\tRowan PETTIFER\tHead of Service, Harrowfell Youth Justice Service
KB\tKeeley BRANNIGAN\tHead of Early Help, Harrowfell MBC
"""


def test_a_logs_owners_quoted_by_the_initials_its_key_at_the_foot_defines() -> None:
    rows = people_rows(load_text(ACTION_LOG, "harrowfell-action-log.txt"))
    assert {("Rowan Pettifer", "quoted"), ("Keeley Brannigan", "quoted")} <= rows  # after a tab, after a full stop
    assert ("Imogen Ashdown", "quoted") not in rows
