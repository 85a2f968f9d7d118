"""Stop 39's attendance layer (batches b129-b131), in fixtures written for it, each twice (one batch's layout and another
author's): a board's attendance register whose last column names who came in the member's place ('Sent in their
place'), a 'N' under its 'Attended' column saying the member did not come."""

from __future__ import annotations

from tests.conftest import load_text, people_rows, role_rows

# --- a register with a column for the one sent in the member's place ------------------------------------------------

REGISTER_TABBED = """Westmere Youth Offending Team
Management Board

Notes of meeting – 14 March 2014

ATTENDANCE REGISTER
Member\tAgency\tAttended\tSent in their place
Jo Lessiter (Chair)\tWestmere Council – People Directorate\tY\t
Ann Roebuck\tHead of Westmere YOT\tY\t
Ch Supt Dev Rao\tWestmere Constabulary\tN\tDI Kit Marlow
Hal Pennock\tWestmere Probation Trust\tN\tTess Ambler, Senior Probation Officer
Dr Uma Fenwick\tWestmere Clinical Commissioning Group\tN\t–
Head of Inclusion\tWestmere Council\tN\t–  (post vacant)

1   Introductions
    KM said the Constabulary would report at the next meeting.
"""

# another author: padded columns, 'Yes' / 'No', the stand-in's head 'Represented by' and the rows in another order
REGISTER_PADDED = """WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD
Minutes of the meeting held on 9 June 2014

Attendance
Name                 Organisation                    Attended   Represented by
Dr Uma Fenwick       Westmere Health                 No         -
Hal Pennock          Westmere Probation Trust        No         Tess Ambler, Senior Probation Officer
Jo Lessiter (Chair)  Westmere Council                Yes
Ch Supt Dev Rao      Westmere Constabulary           No         DI Kit Marlow
Ann Roebuck          Westmere YOS                    Yes

1.  Minutes of the last meeting
    Agreed.
"""


def test_a_register_names_who_was_sent_in_a_members_place() -> None:
    for text in (REGISTER_TABBED, REGISTER_PADDED):
        rows = people_rows(load_text(text, "board_minutes.txt"))
        for name in ("Jo Lessiter", "Ann Roebuck", "Kit Marlow", "Tess Ambler"):
            assert (name, "present_at_meeting") in rows
        assert {("Kit Marlow", "standing_deputy"), ("Tess Ambler", "standing_deputy"),
                ("Jo Lessiter", "board_chair")} <= rows
        for name in ("Dev Rao", "Hal Pennock", "Uma Fenwick"):  # 'N' under 'Attended': they did not come
            assert (name, "present_at_meeting") not in rows
        roles = role_rows(load_text(text, "board_minutes.txt"))
        assert ("Tess Ambler", "present_at_meeting", "Senior Probation Officer") in roles


# --- a margin label in capitals over members' surnames alone ---------------------------------------------------------

SURNAMES_BY_LABEL = """WESTMERE METROPOLITAN BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL

Membership: Councillors Jo Lessiter (Chair), Ann Roebuck (Vice-Chair), Dev Rao,
Kit Marlow and Tess Ambler.

M I N U T E S

PRESENT       LESSITER (Chair), ROEBUCK (Vice-Chair), RAO,
              AMBLER (as substitute for MARLOW)
ALSO PRESENT  Councillor Hal Pennock (Cabinet Member for Children's Services)

1.  APOLOGIES FOR ABSENCE

Apologies were received from Councillor Kit Marlow.
"""

# another author: the label's padding a tab, surnames in title case, the list wrapping after 'and'
SURNAMES_BY_LABEL_TABBED = """Westmere Council
Children's Scrutiny Panel

Membership: Councillors Jo Lessiter (Chair), Ann Roebuck (Vice-Chair), Dev Rao,
Kit Marlow and Tess Ambler.

Minutes of the meeting held on 3 May 2024

PRESENT\tLESSITER (Chair), ROEBUCK (Vice-Chair), RAO and
\tAMBLER (as substitute for MARLOW)

1.  Apologies

Apologies were received from Councillor Kit Marlow.
"""


def test_a_capitals_label_over_members_surnames_alone() -> None:
    for text in (SURNAMES_BY_LABEL, SURNAMES_BY_LABEL_TABBED):
        rows = people_rows(load_text(text, "scrutiny_minutes.txt"))
        for name in ("Jo Lessiter", "Ann Roebuck", "Dev Rao", "Tess Ambler"):
            assert (name, "present_at_meeting") in rows, name
        assert ("Jo Lessiter", "panel_chair") in rows
        assert ("Kit Marlow", "present_at_meeting") not in rows


# --- a register parted by headings between rules, a chair's marker before the mark -----------------------------------

REGISTER_RULED = """PENRHOS YOUTH JUSTICE SERVICE MANAGEMENT BOARD

COFNODION / MINUTES
Wednesday 7 December 2016

COFRESTR / REGISTER
Surname, forename\tInit.\tOrganisation / post\tStatus
-- Aelodau / Members --
LESSITER, Jo\tJL\tCorporate Director (Social Services), PCBC\tChair - P
ROEBUCK, Ann (Cllr)\tAR\tElected Member, PCBC\tP
RAO, Dev\tDR\tHead of CAMHS, Penrhos Health Board\tA
-- Yn bresennol / In attendance --
MARLOW, Kit\tKM\tHead of Youth Justice Service\t
AMBLER, Tess\tTA\tBusiness Support Officer, YJS (minutes)\t
Key: P = present; A = apologies

1. WELCOME AND APOLOGIES
JL welcomed members.
"""

# another author: padded columns, '==' rules, the officers' part first and 'Chair – P' with an en dash
REGISTER_RULED_PADDED = """PENRHOS YOUTH JUSTICE SERVICE MANAGEMENT BOARD
Minutes of the meeting, 7 December 2016

REGISTER
Name                  Organisation / post                       Status
== In attendance ==
Kit Marlow            Head of Youth Justice Service
Tess Ambler           Business Support Officer, YJS (minutes)
== Members ==
Jo Lessiter           Corporate Director, Penrhos Council       Chair – P
Cllr Ann Roebuck      Elected Member, Penrhos Council           P
Dev Rao               Head of CAMHS, Penrhos Health Board       A
Key: P = present; A = apologies

1. Welcome
"""


def test_a_register_parted_by_headings_between_rules() -> None:
    for text in (REGISTER_RULED, REGISTER_RULED_PADDED):
        rows = people_rows(load_text(text, "board_minutes.txt"))
        assert {("Jo Lessiter", "present_at_meeting"), ("Jo Lessiter", "board_chair"),
                ("Ann Roebuck", "present_at_meeting"), ("Dev Rao", "apologies"),
                ("Kit Marlow", "officer_attending"), ("Tess Ambler", "officer_attending"),
                ("Tess Ambler", "minute_taker")} <= rows
        for name in ("Kit Marlow", "Tess Ambler"):  # under 'In attendance': officers, not those present
            assert (name, "present_at_meeting") not in rows and (name, "board_member") not in rows
        assert ("Jo Lessiter", "board_member") not in rows


# --- a cabinet's decision notice, its members listed by portfolio --------------------------------------------------

DECISION_NOTICE = """WESTMERE COUNCIL

DECISION NOTICE - CABINET
Decisions taken at the meeting held on Tuesday 14 December 2021 at 6.00 pm
Council Chamber, Westmere Civic Centre

Date of publication:  16 December 2021

PRESENT
Leader of the Council (in the Chair) .... Councillor Jo Lessiter
Children and Young People ................ Councillor Ann Roebuck
Communities and Community Safety ......... Councillor Dev Rao

APOLOGIES
Housing and Regeneration ................. Councillor Kit Marlow

OFFICERS PRESENT
Tess Ambler (Chief Executive); Hal Pennock (Democratic Services)

6. YOUTH JUSTICE INSPECTION
Councillor Roebuck, introducing the report, explained that the service was rated Good.
"""

# another author: the notice's title in title case after the body, a colon list of those present
DECISION_NOTICE_TITLED = """Westmere Council

Cabinet – Record of Decisions
Decisions taken at the meeting of the Cabinet held on 14 December 2021

Present:  Councillor Jo Lessiter (Leader, in the Chair), Councillor Ann Roebuck (Children and Young
People) and Councillor Dev Rao (Communities and Community Safety)

Officers:  Tess Ambler (Chief Executive), Hal Pennock (Democratic Services)
"""


def test_a_cabinets_decision_notice_lists_its_members() -> None:
    for text in (DECISION_NOTICE, DECISION_NOTICE_TITLED):
        rows = people_rows(load_text(text, "cabinet_decisions.txt"))
        for name in ("Jo Lessiter", "Ann Roebuck", "Dev Rao"):
            assert {(name, "present_at_meeting"), (name, "cabinet_member")} <= rows, name
        assert ("Tess Ambler", "officer_attending") in rows and ("Tess Ambler", "cabinet_member") not in rows


# --- a register's last cell 'Minutes', a deputy '(for ...)' a member marked away, initials declaring ---------------

REGISTER_STATUSES = """STOURLEIGH YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on Wednesday 18 May 2022, 10:00 – 12:00

Attendee\tInitials\tPost / Representing\tAttendance
Jo Lessiter (Chair)\tJL\tDirector of Children's Services, Westmere Council\tPresent
Ann Roebuck\tAR\tHead of Inclusion, Westmere Council\tPresent
Tess Ambler\tTA\tLead Nurse, Westmere Care Board (for Dr U Fenwick)\tPresent
Dr Uma Fenwick\tUF\tDesignated Doctor, Westmere Care Board\tApologies
Hal Pennock\tHP\tBusiness Support Officer\tMinutes

1.  Declarations of interest
AR declared an interest in item 6 as a governor of Eastfield Academy.
"""

# another author: padded columns, the statuses in capitals, the deputy's bracket 'for' the member's title and surname
REGISTER_STATUSES_PADDED = """WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD
Minutes of the meeting held on 9 June 2022

Name               Init   Organisation                                   Status
Jo Lessiter        JL     Westmere Council (Chair)                       PRESENT
Ann Roebuck        AR     Westmere Council, Head of Inclusion            PRESENT
Dr Uma Fenwick     UF     Westmere Care Board                            APOLOGIES
Tess Ambler        TA     Westmere Care Board (for Dr Fenwick)           PRESENT
Hal Pennock        HP     Westmere YOS, Business Support                 MINUTES

2.  Declarations of interest
    AR declared a personal interest in item 4.
"""


def test_a_registers_minutes_status_deputy_for_a_member_away_and_initials_declaring() -> None:
    for text in (REGISTER_STATUSES, REGISTER_STATUSES_PADDED):
        rows = people_rows(load_text(text, "board_minutes.txt"))
        assert {("Hal Pennock", "minute_taker"), ("Tess Ambler", "standing_deputy"), ("Tess Ambler", "present_at_meeting"),
                ("Uma Fenwick", "apologies"), ("Ann Roebuck", "declared_interest")} <= rows
        assert ("Hal Pennock", "present_at_meeting") in rows  # listed among those at the meeting, as its minute taker


# --- reserve members, a register's statuses with their remarks ------------------------------------------------------

RESERVES_AND_REMARKS = """Westmere Council
Browse meetings > Children and Young People Scrutiny Panel > Meeting

Minutes:
Children and Young People Scrutiny Panel
Wednesday, 19th January, 2022 7.00 pm
Venue: Committee Room 2, Westmere Civic Centre
Contact: Owen Faircloth, Scrutiny Officer  Tel: 01632 961 318

Membership: Councillors Lessiter (Chair), Roebuck (Vice-Chair), Rao and Marlow
Reserve members: Councillors Ambler and Pennock
Co-opted member (education): Gillian Fenwick (Diocesan Board of Education)

Attendance details
Attendee\tRole\tAttendance
Councillor Jo Lessiter\tChair\tPresent
Councillor Ann Roebuck\tVice-Chair\tPresent
Councillor Dev Rao\tCommittee Member\tApologies, sent substitute
Councillor Kit Marlow\tCommittee Member\tPresent
Councillor Tess Ambler\tReserve\tPresent as substitute
Mrs Gillian Fenwick\tCo-optee\tPresent

Items

33.  Minutes of the previous meeting
RESOLVED: that the minutes of the meeting held on 24 November 2021 be agreed as a
correct record.
"""

# another author: the reserves and the remarks after a dash, the register under 'Attendance details:' with padding
RESERVES_AND_REMARKS_PADDED = """Westmere Council
Children and Young People Scrutiny Panel
Minutes of the meeting held on 19 January 2022

Membership: Councillors Lessiter (Chair), Roebuck (Vice-Chair), Rao and Marlow
Reserves: Councillors Ambler and Pennock

Attendance details:
Attendee                    Role                Attendance
Councillor Jo Lessiter      Chair               Present
Councillor Ann Roebuck      Vice-Chair          Present
Councillor Dev Rao          Member              Apologies - sent substitute
Councillor Kit Marlow       Member              Present
Councillor Tess Ambler      Reserve             Present as substitute
"""


def test_reserve_members_and_a_registers_remarks() -> None:
    for text in (RESERVES_AND_REMARKS, RESERVES_AND_REMARKS_PADDED):
        rows = people_rows(load_text(text, "scrutiny_minutes.txt"))
        assert {("Tess Ambler", "standing_deputy"), ("Tess Ambler", "present_at_meeting"), ("Dev Rao", "apologies"),
                ("Kit Marlow", "present_at_meeting"), ("Jo Lessiter", "panel_chair")} <= rows
        assert ("Dev Rao", "present_at_meeting") not in rows
        for name in ("Tess Ambler", "Pennock"):  # reserves stand in for members: no seat of their own
            assert (name, "panel_member") not in rows
