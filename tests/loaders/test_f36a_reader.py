"""Stop 36's minutes layer (batches b109-b112), in fixtures written for it, each twice (one batch's layout and another
author's): a 'Members' list set as a column beside another list's ('Members   In attendance', 'Members:   Officers /
guests:') names those who sat at the meeting, not a membership; a register's column heads 'Capacity' and 'Portfolio'
are heads, no person ('Initials   Name   Capacity'), and its officers beside the councillors attend as officers; a
register's mark with a substitute's bracket ('Y (sub for Cllr X)'); an entry of a list that sent apologies ('Co-opted:
Revd X (Diocese) sent his apologies')."""

from __future__ import annotations

from tests.conftest import load_text, people_rows, role_rows

# --- a 'Members' column beside another list's ------------------------------------------------------------------------

BOARD_IN_COLUMNS = """QUENNFORD YOUTH JUSTICE MANAGEMENT BOARD

Minutes of the meeting held on Tuesday 9 March 2021, 2.00pm, by video call

ATTENDANCE
Members                                      In attendance
T Harlowe (TH)  Chair, DCS, QCC              M Vossel (MV)    Head of YJS
Supt K Dimmock (KD)  Quennford Police        P Ruddle (PR)    YJS Analyst
L Fenchurch (LF)  Probation Service          A Corbel  Business Support (notes)

Apologies: Head of Inclusion (QCC); B Stannard

1      Welcome
       TH welcomed members.

2      Performance
       KD said that arrests had fallen.
"""

# another author: the heads with colons, entries 'Name - Post', the apologies in a sentence
BOARD_IN_COLUMNS_DASHED = """HARNWICK YOUTH JUSTICE PARTNERSHIP BOARD
Minutes of the meeting held on 14 January 2022 in the Council Chamber, Harnwick

Attendance
Members:                                  In attendance:
Cllr Bryony Askew - Chair                 Lucas Penhallow - Head of YJS
Det Supt Oren Vail - Harnwick Police      Ines Marlow - Team Manager
Dr Cora Lindell - Harnwick ICB            Zak Tull - Business Support (minutes)

Apologies were received from Neville Orr (Probation).

1.  Budget
    OV said that the police contribution was unchanged.
"""


def test_a_boards_members_column_beside_those_in_attendance_sat_at_the_meeting() -> None:
    for text, members, officers in (
            (BOARD_IN_COLUMNS, {"T Harlowe", "K Dimmock", "L Fenchurch"}, {"M Vossel", "P Ruddle"}),
            (BOARD_IN_COLUMNS_DASHED, {"Bryony Askew", "Oren Vail", "Cora Lindell"}, {"Lucas Penhallow", "Ines Marlow"})):
        rows = people_rows(load_text(text, "board_minutes.txt"))
        assert {name for name, relation in rows if relation == "present_at_meeting"} == members
        assert not {name for name, relation in rows if relation == "board_member"}
        assert officers <= {name for name, relation in rows if relation == "officer_attending"}
    assert ("T Harlowe", "board_chair") in people_rows(load_text(BOARD_IN_COLUMNS, "board_minutes.txt"))


PANEL_IN_COLUMNS = """TOLSEY BOROUGH COUNCIL

CHILDREN'S SCRUTINY PANEL

Minutes of the meeting held at the Guildhall, Tolsey on Monday 4 October 2021 at 6.30pm


Members:                                   Officers / guests:
Cllr J Penrose (Chairman)                  Ruth Abbing - Head of Youth
Cllr F Dornay (Vice-Chairman)                Justice Service
Cllr K Ostler                              Ivo Marchant - Democratic Services
Cllr W Blyth                                 Officer

Also present: Cllr H Quarry (Portfolio Holder for Children)

1   APOLOGIES
    Apologies were received from Cllr N Tulk.
"""

# another author: full names, 'Name, Post' and 'Officers:' beside the members
PANEL_IN_COLUMNS_COMMAS = """TOLSEY BOROUGH COUNCIL
CHILDREN'S SCRUTINY PANEL
Minutes of the meeting held on Monday 4 October 2021 at 6.30pm

Members:                                   Officers:
Councillor Jane Penrose (Chair)            Ruth Abbing, Head of Youth Justice
Councillor Fred Dornay (Vice-Chair)        Ivo Marchant, Democratic Services
Councillor Kay Ostler                      Officer

Also present: Councillor Vic Orme (Cabinet Member for Children)
"""


def test_a_panels_members_column_beside_the_officers_sat_at_the_meeting_and_is_no_membership() -> None:
    for text, members in ((PANEL_IN_COLUMNS, {"K Ostler", "W Blyth"}), (PANEL_IN_COLUMNS_COMMAS, {"Kay Ostler"})):
        rows = people_rows(load_text(text, "scrutiny_minutes.txt"))
        assert members <= {name for name, relation in rows if relation == "present_at_meeting"}
        assert not {name for name, relation in rows if relation == "panel_member"}
        assert {relation for name, relation in rows if name.endswith("Penrose")} == {"panel_chair", "present_at_meeting"}


def test_a_members_list_in_two_columns_of_names_is_still_the_membership() -> None:
    # the members' names set in two columns under the one heading: no other list beside them
    text = ("SKELLOW METROPOLITAN BOROUGH COUNCIL\n\nCHILDREN'S SCRUTINY PANEL\n\n"
            "Minutes of the meeting held on Tuesday, 3rd March, 2015 at 6.00 p.m.\n\n"
            "Members:   Councillor J. Orrin (Chair)          Councillor D. Wace\n"
            "           Councillor S. Pim                    Councillor A. Lusk\n\n"
            "Also in attendance:  Jo Rand (Strategic Director).\n\n"
            "Apologies for absence were received from Councillor M. Tay.\n")
    rows = people_rows(load_text(text, "scrutiny_minutes.txt"))
    assert {("D. Wace", "panel_member"), ("A. Lusk", "panel_member")} <= rows


# --- a register's column heads, and its officers ----------------------------------------------------------------------

CABINET_REGISTER = """                        Harnwick District Council
                                 CABINET
                   Record of Decisions and Minutes
        Tuesday 12 March 2024, 6.00pm, Council Chamber, Harnwick House

Attendance register
  Initials   Name                              Capacity
  OB         Cllr Olwen Brisco                 Leader of the Council (Chair)
  DT         Cllr Dev Tamsett                  Portfolio Holder for Housing
  ----------------------------------------------------------------------------
  RV         Rona Vetch                        Chief Executive
  ----------------------------------------------------------------------------
  Apologies: Cllr Ifor Gell (Portfolio Holder for Leisure)

1.  Budget
    DT presented the report. OB said the budget was fair.
"""

# another author: a pipe table under 'PRESENT', the officers in a list of their own
CABINET_PIPE_TABLE = """OSTLEY BOROUGH COUNCIL
EXECUTIVE
Minutes of the meeting held on Wednesday 6 November 2019 at 7pm

PRESENT
| Initials | Name                     | Capacity                    |
|----------|--------------------------|-----------------------------|
| AF       | Councillor Agnes Fairlop | Leader (Chair)              |
| BT       | Councillor Basil Trounce | Executive Member, Children  |

Officers present: Wendy Calloway (Chief Executive)

1.  Youth justice
    BT said the plan was sound.
"""


def test_a_registers_capacity_column_is_a_head_and_the_posts_under_it() -> None:
    register = role_rows(load_text(CABINET_REGISTER, "cabinet_minutes.txt"))
    assert not {name for name, _, _ in register if "Initials" in name or "Name" in name}
    assert ("Dev Tamsett", "cabinet_member", "Portfolio Holder for Housing") in register
    table = role_rows(load_text(CABINET_PIPE_TABLE, "executive_minutes.txt"))
    assert ("Basil Trounce", "present_at_meeting", "Executive Member, Children") in table
    assert ("Agnes Fairlop", "cabinet_member", "Leader") in table


# another author: officers in the sentence of those present, beside the councillors
CABINET_PRESENT_SENTENCE = """OSTLEY BOROUGH COUNCIL
CABINET
Minutes of the meeting held on Wednesday 6 November 2019 at 7pm

Present: Councillor Agnes Fairlop (Leader, in the Chair), Councillor Basil Trounce
(Cabinet Member for Children), Wendy Calloway (Chief Executive) and Omar Preddy
(Head of Youth Justice Service)

1.  Youth justice
    Councillor Trounce said the plan was sound.
"""


def test_an_officer_listed_with_the_councillors_present_attends_as_an_officer() -> None:
    register = people_rows(load_text(CABINET_REGISTER, "cabinet_minutes.txt"))
    assert ("Rona Vetch", "officer_attending") in register and ("Rona Vetch", "present_at_meeting") not in register
    assert ("Dev Tamsett", "present_at_meeting") in register
    sentence = people_rows(load_text(CABINET_PRESENT_SENTENCE, "cabinet_minutes.txt"))
    assert {("Wendy Calloway", "officer_attending"), ("Omar Preddy", "officer_attending"),
            ("Basil Trounce", "present_at_meeting")} <= sentence
    assert ("Omar Preddy", "present_at_meeting") not in sentence


# --- a register's substitute, and an entry that sent apologies --------------------------------------------------------

SCRUTINY_REGISTER = """HARNWICK COUNTY COUNCIL

CHILDREN'S OVERVIEW AND SCRUTINY COMMITTEE

MINUTES of a meeting of the Children's Overview and Scrutiny Committee held at
County Hall, Harnwick on Tuesday, 8 February 2022 at 2.00 pm.

ATTENDANCE REGISTER
Member                              Present   Absent / Apologies
QUILLER, Anne (Chairman)              Y
BRADDOCK, Simon                       Y
ELSWORTH, Mary                                 Apologies
TEMPEST, Hugh                         Y (sub for Cllr Elsworth)

Officers: Rhoda Penhale (Head of Youth Justice Service).

Co-opted (non-voting): Mr Alun Voisey (Parent Governor) sent
his apologies.

1   MINUTES
Agreed.
"""

# another author: a register of words, a deputy's bracket, the co-opted members in a sentence of their own
PANEL_REGISTER = """HARNWICK COUNTY COUNCIL
CORPORATE PARENTING PANEL
Minutes of the meeting held at County Hall, Harnwick on Thursday, 10 March 2022 at 10.00 am.

Register of attendance
Member                        Attendance
Cllr Pia Quorn (Chair)        Present
Cllr Eli Stroud               Apologies
Cllr Tom Varley               Present (deputising for Cllr Stroud)
Cllr Una Rix                  Present

Co-opted members: Mrs Dee Hallam (Foster Carers' Association), who sent apologies;
Mr Ron Pike (Care Leavers' Forum).

1.  Minutes
    Agreed.
"""


def test_a_registers_mark_with_a_substitutes_bracket_is_a_standing_deputy() -> None:
    for text, deputy in ((SCRUTINY_REGISTER, "Hugh Tempest"), (PANEL_REGISTER, "Tom Varley")):
        rows = people_rows(load_text(text, "minutes.txt"))
        assert {(deputy, "present_at_meeting"), (deputy, "standing_deputy")} <= rows


def test_an_entry_that_sent_apologies_is_away() -> None:
    for text, away, came in ((SCRUTINY_REGISTER, "Alun Voisey", None), (PANEL_REGISTER, "Dee Hallam", "Ron Pike")):
        rows = role_rows(load_text(text, "minutes.txt"))
        assert {relation for name, relation, _ in rows if name == away} == {"apologies"}
        assert not {role for name, _, role in rows if name == away and role and "apolog" in role}
        if came:
            assert (came, "present_at_meeting") in {(name, relation) for name, relation, _ in rows}


# --- a note's 'also there:', and a minute taker's team ----------------------------------------------------------------

BOARD_NOTE = """OSTLEY YOUTH OFFENDING SERVICE MANAGEMENT BOARD
Minutes of the meeting held Tuesday 5 March 2013, 10.00am
Room 2, Ostley Civic Centre

Present: Agnes Fairlop, Director of Children's Services (Chair); Ch Supt Basil Trounce, Ostley Police
also there: Wendy Calloway Performance Analyst YOS; Omar Preddy (notes)

Sent apologies - Dee Hallam, Youth Court.

1.  PERFORMANCE
WC said that first time entrants had fallen.
"""

# another author: 'Also there:' with the posts in brackets and the minute taker's team
BOARD_NOTE_BRACKETS = BOARD_NOTE.replace(
    "also there: Wendy Calloway Performance Analyst YOS; Omar Preddy (notes)",
    "Also there:  Wendy Calloway (Performance Analyst), Omar Preddy (Committee Services - minutes)")


def test_those_also_there_attend_as_officers_and_not_in_the_line_above() -> None:
    for text, post in ((BOARD_NOTE, "Performance Analyst YOS"), (BOARD_NOTE_BRACKETS, "Performance Analyst")):
        rows = role_rows(load_text(text, "board_minutes.txt"))
        assert ("Wendy Calloway", "officer_attending", post) in rows
        assert ("Basil Trounce", "present_at_meeting", "Chief Superintendent") in rows
        assert ("Omar Preddy", "minute_taker") in {(name, relation) for name, relation, _ in rows}
        assert ("Omar Preddy", "present_at_meeting") not in {(name, relation) for name, relation, _ in rows}


def test_a_minute_takers_team_is_their_role() -> None:
    assert ("Omar Preddy", "minute_taker", "Committee Services") in \
        role_rows(load_text(BOARD_NOTE_BRACKETS, "board_minutes.txt"))
    assert ("A Corbel", "minute_taker", "Business Support") in role_rows(load_text(BOARD_IN_COLUMNS, "board_minutes.txt"))
    assert ("Zak Tull", "minute_taker", "Business Support") in \
        role_rows(load_text(BOARD_IN_COLUMNS_DASHED, "board_minutes.txt"))


# --- a register's seat column: 'Chair' after the leaders -------------------------------------------------------------

REGISTER_WITH_LEADERS = """HARNWICK COUNTY BOROUGH COUNCIL
Minutes of the CHILDREN AND FAMILIES SCRUTINY COMMITTEE held in the Council
Chamber, Civic Centre, Harnwick on Thursday 6 February 2020 at 10.00 am.

Register of attendance
QUORN, Cllr Pia ........................... Chair ........... present
STROUD, Cllr Eli ........................... Vice-Chair ...... present
VARLEY, Cllr Tom .......................... Member .......... apologies
RIX, Cllr Una ............................. Member .......... present

Officers: Ms D. Hallam, Corporate Director (Social Services).

1.  DECLARATIONS OF INTEREST
    None.
"""

# another author: padded columns under heads, 'Chairman' in the seat's column
REGISTER_PADDED = """OSTLEY BOROUGH COUNCIL
CORPORATE PARENTING PANEL
Minutes of the meeting held on Monday 2 March 2020 at 2.00 pm

Attendance
Member                           Seat                 Attended
Councillor Ruth Ansty            Chairman             Yes
Councillor Kofi Bream            Vice-Chairman        Yes
Councillor Lyle Drew             Member               No
Councillor Ida Fane              Member               Yes
"""


def test_a_registers_seat_column_saying_chair_marks_the_chair() -> None:
    for text, chair in ((REGISTER_WITH_LEADERS, "Pia Quorn"), (REGISTER_PADDED, "Ruth Ansty")):
        rows = people_rows(load_text(text, "scrutiny_minutes.txt"))
        assert {(chair, "panel_chair"), (chair, "present_at_meeting")} <= rows
