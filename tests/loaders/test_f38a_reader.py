"""Stop 38's attendance layer (batches b117-b120), in fixtures written for it, each twice (one batch's layout and another
author's): in a cabinet's own minutes the councillors 'also present' with a portfolio in brackets after the Leader took
the chair are members of the cabinet (a guest's bracket names a post: 'Ward Member', no portfolio); a councillor who
attended in prose as the chair of a scrutiny committee or panel chairs it, as in a list, and is quoted where they speak;
a member told present in a sentence who later 'explained' is no officer; a board's 'Others attending' column beside its
'Members', and a deputy marked '(deputising)' alone; 'Cabinet members present:' at the head of a cabinet's minutes, and
a relative declared with a word of kin before ('a close family member'); a register with no heading over a paragraph
whose apologies verb wraps to its second line; 'Public Document Pack' above the council's name is no part of it."""

from __future__ import annotations

from tests.conftest import load_text, people_rows

# --- a cabinet's members 'also present', a scrutiny chair attending -------------------------------------------------

CABINET_IN_PROSE = """Carrowmere Council                                         Cabinet  4 June 2015


                    MINUTES OF THE CABINET MEETING
       HELD ON TUESDAY 4 JUNE 2015 AT 10.00 AM IN THE GUILDHALL, CARROWMERE


The Leader of the Council, Councillor Agnes Dunthorne, took the chair. Also present
were Councillor Basil Ormerod (Children and Families), Councillor Cora Ambleside
(Housing, Planning and
Regeneration) and Councillor Dorian Felsham (Highways and Waste).

Councillor Edwina Marlow, Chair of the Children's Scrutiny Panel, attended at
the invitation of the Leader for minute 21 and spoke but did not vote.

Officers present: Frank Ostley (Chief Executive); Gail Pembury (Democratic Services
Officer).

20   APOLOGIES

     None.

21   YOUTH JUSTICE INSPECTION

     Councillor Ormerod introduced the report.

     Councillor Marlow said that the panel would ask for a progress report in the autumn.
"""

# another author: headings rather than a paragraph, the guest's post a committee's chairman after a comma
CABINET_HEADINGS = """CARROWMERE BOROUGH COUNCIL

Minutes of the meeting of the Cabinet held on Thursday 9 July 2015

Present:    Councillor Agnes Dunthorne (Leader) in the Chair

Also present:   Councillor Basil Ormerod (Children and Families)
                Councillor Cora Ambleside (Adult Social Care)
                Councillor Hugo Tarrant (Ward Member for Eastfield)

Councillor Edwina Marlow (Chairman, Overview and Scrutiny Committee) attended for
item 5.

1.  APOLOGIES

    There were none.

5.  YOUTH JUSTICE PLAN

    Councillor Marlow said that the committee had welcomed the plan.
"""


def test_a_cabinets_members_also_present_with_their_portfolios() -> None:
    for text in (CABINET_IN_PROSE, CABINET_HEADINGS):
        rows = people_rows(load_text(text, "cabinet_minutes.txt"))
        members = {name for name, relation in rows if relation == "cabinet_member"}
        assert {"Agnes Dunthorne", "Basil Ormerod", "Cora Ambleside"} <= members
        assert "Hugo Tarrant" not in members  # a ward member's bracket names a post: a guest
        assert "Edwina Marlow" not in members


def test_a_scrutiny_chair_attending_in_prose_chairs_it_and_is_quoted() -> None:
    for text in (CABINET_IN_PROSE, CABINET_HEADINGS):
        rows = people_rows(load_text(text, "cabinet_minutes.txt"))
        assert ("Edwina Marlow", "panel_chair") in rows
        assert ("Edwina Marlow", "present_at_meeting") in rows
        assert ("Edwina Marlow", "quoted") in rows


# --- a member told present in a sentence who speaks later is no officer ---------------------------------------------

BOARD_PRESENT_IN_A_SENTENCE = """Carrowmere Safer Communities Partnership Board
Minutes  -  Tuesday 8 March 2016

The Board met at 2.00pm in the Guildhall, Carrowmere. Present were Councillor Ruth Ashby
(in the chair), Mr P. Wainfleet, Superintendent K. Molyneux and Dr S. Everard. Ms Lorna
Pickering, Head of the Youth Offending Service, was in attendance.

1  Youth offending performance. Ms Pickering presented the report. Mr Wainfleet explained
that the council would fund the triage worker for another year.
"""

# another author: 'The meeting was attended by' and a member who 'reported'
BOARD_ATTENDED_BY = """CARROWMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Notes of the meeting held on 12 May 2017

The meeting was attended by Mrs J. Halloran (Chair), Mr T. Braddock, Inspector G. Oxley and
Ms F. Kettle.

2. Performance
Mr Braddock reported that first time entrants had fallen again.
"""


def test_a_member_told_present_in_a_sentence_speaking_is_no_officer() -> None:
    for text, member in ((BOARD_PRESENT_IN_A_SENTENCE, "P. Wainfleet"), (BOARD_ATTENDED_BY, "T. Braddock")):
        rows = people_rows(load_text(text, "board_minutes.txt"))
        assert (member, "present_at_meeting") in rows
        assert (member, "officer_attending") not in rows


# --- a board's two columns 'Members' and 'Others attending', a deputy marked '(deputising)' --------------------------

BOARD_OTHERS_ATTENDING = """CARROWMERE YOUTH OFFENDING MANAGEMENT BOARD

MINUTES - Thursday 5 April 2012, 2.00 pm
Council Offices, Carrowmere


Members                                        Others attending
Harriet Elsdon Director of Children's          Colin Ruddock Head of Youth
  Services (Chair)                               Offending Service
Ch Supt Owen Marsh Borough                     Tessa Vane Committee Officer
  Commander, Carrowmere Police                   (minutes)
Lionel Fry Senior Probation Officer,
  Carrowmere Probation Trust (deputising)

Apologies were received from Wanda Pike (Assistant Chief Officer, Carrowmere Probation
Trust), for whom Lionel Fry attended.

1   Performance

    Colin Ruddock explained that first time entrants had fallen.
"""

# another author: 'Others present' and a bracket that says 'substituting', the list's columns wider apart
BOARD_OTHERS_PRESENT = """CARROWMERE YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on 9 October 2014

Members                                   Others present
Dr Nadia Fenn (Chair)                     Paul Gedge, YOS Manager
Sgt Anil Dutta (substituting)             Ruth Mayhew, Board Support Officer (minutes)
Cllr Simon Ware

Apologies: Supt Gary Holt, for whom Sgt Dutta attended.

2. Minutes
Paul Gedge reported that the plan was on track.
"""


def test_a_boards_others_attending_column_and_a_deputy_marked_alone() -> None:
    for text, officer, taker, deputy in ((BOARD_OTHERS_ATTENDING, "Colin Ruddock", "Tessa Vane", "Lionel Fry"),
                                         (BOARD_OTHERS_PRESENT, "Paul Gedge", "Ruth Mayhew", "Anil Dutta")):
        rows = people_rows(load_text(text, "board_minutes.txt"))
        assert (officer, "officer_attending") in rows
        assert (taker, "minute_taker") in rows
        assert (deputy, "standing_deputy") in rows
        assert (deputy, "present_at_meeting") in rows
        assert (deputy, "officer_attending") not in rows


# --- 'Cabinet members present:' heads a cabinet's minutes; a relative declared with a word of kin before -----------

CABINET_MEMBERS_PRESENT = """Public Document Pack

Carrowmere Borough Council

Cabinet

Minutes of the meeting held on Monday, 7 March 2022 at 10.30 am in the Council Chamber

Cabinet members present: the Leader, Councillor Moira Tench, presided, with
Councillors Idris Pryor (Children and Families), Vera Lund (Housing) and Otto Brandt
(Adult Social Care).

CAB/22/11  Apologies for absence

None.

CAB/22/12  Declarations of interest

Councillor Lund declared that a close family member works for the Youth Justice Service.
"""

# another author: 'Executive Members in attendance:' and 'his eldest son'
EXECUTIVE_IN_ATTENDANCE = """CARROWMERE COUNCIL

EXECUTIVE

Minutes of the meeting of the Executive held on 3 May 2021

Executive Members in attendance: Councillor Moira Tench (Leader), Councillor Idris Pryor
(Children and Families) and Councillor Vera Lund (Housing).

1. Declarations of interest
Councillor Pryor declared that his eldest son is employed by the Youth Offending Service.
"""


def test_a_cabinets_members_present_label_and_a_relative_declared() -> None:
    for text, declared in ((CABINET_MEMBERS_PRESENT, "Vera Lund"), (EXECUTIVE_IN_ATTENDANCE, "Idris Pryor")):
        rows = people_rows(load_text(text, "cabinet_minutes.txt"))
        assert {"Moira Tench", "Idris Pryor", "Vera Lund"} <= {name for name, relation in rows
                                                               if relation == "cabinet_member"}
        assert (declared, "declared_interest") in rows


# --- a register with no heading over a paragraph whose apologies word wraps to its second line ----------------------

REGISTER_OVER_APOLOGIES = """CARROWMERE YOUTH JUSTICE SERVICE MANAGEMENT BOARD

Minutes  -  Thursday 6 February 2020, 10.00am
Committee Room 1, Civic Centre, Carrowmere


Imelda Garvey Corporate Director Social Services (Chair)  Owen Pritchard Head
of Youth Justice Service  Cllr Fay Rennick Cabinet Member Children and Families  Ch Insp
Neil Oakes Carrowmere Police  Dr Alma Trew Head of Children's Health Carrowmere UHB
Tessa Vane Business Support Officer (minutes)

Selwyn Hart Legal Adviser HMCTS Youth Court and Dora Quayle Head of Housing Carrowmere
Council sent their apologies.


1.  WELCOME AND APOLOGIES
The Chair welcomed members.
"""

# another author: one member a line, the apologies paragraph wrapped after a comma
LINES_OVER_APOLOGIES = """CARROWMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD
Notes of the meeting held on 2 June 2016

Imelda Garvey, Director of Children's Services (Chair)
Owen Pritchard, Head of Youth Offending Service
Neil Oakes, Chief Inspector, Carrowmere Police

Selwyn Hart, Legal Adviser, and Dora Quayle, Head of Housing,
had sent apologies.

1. Minutes
Agreed.
"""


def test_a_register_over_an_apologies_paragraph_wrapped() -> None:
    for text in (REGISTER_OVER_APOLOGIES, LINES_OVER_APOLOGIES):
        rows = people_rows(load_text(text, "board_minutes.txt"))
        assert ("Dora Quayle", "apologies") in rows
        assert ("Dora Quayle", "present_at_meeting") not in rows
        assert ("Imelda Garvey", "present_at_meeting") in rows
        assert ("Owen Pritchard", "present_at_meeting") in rows


def test_a_packs_furniture_above_the_council_is_no_part_of_its_name() -> None:
    for text in (CABINET_MEMBERS_PRESENT, "Public Document Pack\n\n" + EXECUTIVE_IN_ATTENDANCE):
        result = load_text(text, "cabinet_minutes.txt")
        bodies = {s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
        assert any(body.startswith("Carrowmere") and body.endswith("Council") for body in bodies), bodies
        assert not any("Document Pack" in body for body in bodies), bodies
