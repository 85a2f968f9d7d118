"""Stop 37's attendance layer (batches b113-b116), in fixtures written for it, each twice (one batch's layout and
another author's): a board's register with no heading, each member surname first in capitals and the forename, then
the post and body with no padding between ('FENBY Martin Head of Youth Offending Service', or a comma after the
forename); an apologies heading whose list runs on into a remark after a semicolon ('Sent apologies: PILLING Robert
(Fire Service); Susan Crabtree would leave at 11.30am.'); a scrutiny register in two columns side by side, each entry
closing with its mark ('ALDRIDGE, Petra (Cllr) - Chair .... P    GOWER, Simon (Cllr) .... P') over a key whose 'S =
substituted' says the member sent a substitute; 'Cabinet Member attending:' over the member; 'declared that a family
member ...'; a sentence of those present whose chair is told in a relative clause ('A, Post, who chaired the meeting; B,
...'), a deputy who 'attended on his behalf' in the apologies, and a member 'chairing' another body's meeting, no chair."""

from __future__ import annotations

from tests.conftest import load_text, people_rows, role_rows

# --- a register surname first, run into the posts, no heading ------------------------------------------------------

REGISTER_RUN_ON = """QUARLBY YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on Tuesday 3 March 2015 at 10.00am
Kestle Room, Town Hall, Quarlby

ASHWORTH-LYNE Gillian Director of Children's Services Quarlby Borough Council (Chair)
FENBY Martin Head of Youth Offending Service
OKONJO David Superintendent Quarlby Police
CRABTREE Susan Cllr Cabinet Member for Children
DOWLING Karen Committee Officer (minutes)

Sent apologies: PILLING Robert (Quarlby Fire Service); Susan Crabtree would leave at 11.30am.

1.  WELCOME
GAL welcomed members.
"""

# another author: a comma after the forename, the post and body parted by commas, 'Apologies:' and '(notes)'
REGISTER_COMMAS = """ASHENHOLT YOUTH JUSTICE PARTNERSHIP BOARD
Notes of the meeting, 4 May 2016

WHITTLE Joanne, Head of Youth Justice, Ashenholt Council (Chair)
BRAITHWAITE Imran, Chief Inspector, Keldmouth Police
NAYLOR Paula, Service Manager, Ashenholt Youth Justice Service
TEMPLE Alan, Board Support Officer (notes)

Apologies: RAWCLIFFE Helen (Public Health); the Head of Inclusion would send a deputy next time.

1. Minutes
JW said the minutes were agreed.
"""


def test_a_register_surname_first_with_no_heading_is_those_present() -> None:
    for text, present, chair, taker, away in (
            (REGISTER_RUN_ON, {"Gillian Ashworth-Lyne", "Martin Fenby", "David Okonjo", "Susan Crabtree"},
             "Gillian Ashworth-Lyne", "Karen Dowling", "Robert Pilling"),
            (REGISTER_COMMAS, {"Joanne Whittle", "Imran Braithwaite", "Paula Naylor"}, "Joanne Whittle", "Alan Temple",
             "Helen Rawcliffe")):
        rows = people_rows(load_text(text, "board_minutes.txt"))
        assert present <= {name for name, relation in rows if relation == "present_at_meeting"}
        assert (chair, "board_chair") in rows
        assert (taker, "minute_taker") in rows
        assert {name for name, relation in rows if relation == "apologies"} == {away}


def test_a_registers_post_run_into_its_body_and_a_title_after_the_forename() -> None:
    rows = role_rows(load_text(REGISTER_RUN_ON, "board_minutes.txt"))
    assert ("Gillian Ashworth-Lyne", "present_at_meeting", "Director of Children's Services") in rows
    assert ("Susan Crabtree", "present_at_meeting", "Cabinet Member for Children") in rows


# --- a register in two columns, each entry closing with its mark -------------------------------------------------------

REGISTER_SIDE_BY_SIDE = """BRINDMOOR COUNCIL

CHILDREN'S SCRUTINY PANEL

Minutes - 3 March 2020 - Council Chamber

ATTENDANCE REGISTER
  ALDRIDGE, Petra (Cllr) - Chair ........ P    GOWER, Simon (Cllr) ............... P
  BASSETT, Owen (Cllr) - Vice-Chair ..... P    HURLEY, Janet (Cllr) .............. A
  CORNISH, Ruth (Cllr) .................. P    JEFFERY, Malcolm (Cllr) ........... S*

  * Cllr Dennis Pryor attended as substitute for Cllr Jeffery
  P = present   A = apologies   S = substituted

Cabinet Member attending:  Cllr L. Marsh (Children and Families)

5   DECLARATIONS OF INTEREST
    Cllr Gower declared that a family member is employed by the Youth Justice Service.
"""

# another author: no leaders, 'Y' and 'N' for marks, an executive member, a relative declared
REGISTER_MARKS_YN = """OXCOMBE BOROUGH COUNCIL
Children and Young People Scrutiny Committee
Minutes of the meeting held on 9 June 2021

REGISTER OF ATTENDANCE
LOCKYER, Anne (Chair)       Y      PRENTICE, Gary          Y
MORLEY, Bernard             Y      QUINN, Harriet          N
NEWBOLD, Cheryl             Y      ROYSTON, Ian            Y

Y = present   N = apologies

Executive Member attending:  Councillor T. Varley (Education)

3. Declarations of interest
Councillor Prentice declared that a relative works for the Youth Offending Team.
"""


def test_a_register_in_two_columns_with_marks_reads_each_column() -> None:
    for text, present, away, cabinet, declared in (
            (REGISTER_SIDE_BY_SIDE, {"Petra Aldridge", "Owen Bassett", "Ruth Cornish", "Simon Gower", "Dennis Pryor"},
             {"Janet Hurley", "Malcolm Jeffery"}, "L. Marsh", "Simon Gower"),
            (REGISTER_MARKS_YN, {"Anne Lockyer", "Bernard Morley", "Cheryl Newbold", "Gary Prentice", "Ian Royston"},
             {"Harriet Quinn"}, "T. Varley", "Gary Prentice")):
        rows = people_rows(load_text(text, "scrutiny_minutes.txt"))
        assert {name for name, relation in rows if relation == "present_at_meeting"} == present | {cabinet}
        assert {name for name, relation in rows if relation == "apologies"} == away
        assert (cabinet, "cabinet_member") in rows
        assert (declared, "declared_interest") in rows
    assert ("Dennis Pryor", "standing_deputy") in people_rows(load_text(REGISTER_SIDE_BY_SIDE, "scrutiny_minutes.txt"))


# --- those present in a sentence, the chair in a relative clause; a deputy 'on his behalf' ---------------------------

PRESENT_IN_A_SENTENCE = """Brindmoor Youth Justice Partnership Board

Notes of meeting - Tuesday 4 February 2020 - 10:00-12:00
Garnet Room, Brindmoor Civic Centre

Those present were Helen Tranter, Director of Children's Services, Brindmoor
Council, who chaired the meeting; Cllr Jean Maddock, Cabinet Member for
Children; Oliver Pym, Head of Youth Justice Service; and Sarah Lund, Education
Inclusion Manager. Notes were taken by Kim Fairley, Business Support Officer.

Apologies:-
   Peter Wragg (Designated Nurse, Brindmoor CCG) - Anita Bowe attended
   on his behalf
   Cllr Ross Kemble (sends apologies - chairing Licensing Panel briefing)

1   Welcome
    HT welcomed everyone.
"""

# another author: posts in brackets, 'who presided over the meeting', the apologies on one line
PRESENT_IN_BRACKETS = """OXCOMBE YOUTH OFFENDING SERVICE MANAGEMENT BOARD
Minutes of the meeting of 12 May 2018

Present were Graham Ellery (Director of Children's Services), who presided over the meeting, Nadia Fenwick
(Head of Youth Offending Service) and Supt Carl Webster (Oxcombe Police). Minutes were taken by Jo Tilley.

Apologies: Dr Ruth Caddy (Oxcombe CCG) - Leonard Shaw attended on her behalf; Cllr Amy Pike (chairing the
Licensing Committee).

1. Minutes of the last meeting
Agreed.
"""


def test_a_sentence_of_those_present_with_its_chair_in_a_relative_clause() -> None:
    for text, chair, present, deputy, away in (
            (PRESENT_IN_A_SENTENCE, "Helen Tranter", {"Jean Maddock", "Oliver Pym", "Sarah Lund"}, "Anita Bowe",
             {"Peter Wragg", "Ross Kemble"}),
            (PRESENT_IN_BRACKETS, "Graham Ellery", {"Nadia Fenwick", "Carl Webster"}, "Leonard Shaw",
             {"Ruth Caddy", "Amy Pike"})):
        rows = people_rows(load_text(text, "board_minutes.txt"))
        assert {name for name, relation in rows if relation == "board_chair"} == {chair}
        assert present | {chair, deputy} == {name for name, relation in rows if relation == "present_at_meeting"}
        assert (deputy, "standing_deputy") in rows
        assert {name for name, relation in rows if relation == "apologies"} == away


# --- who clerked the meeting; a member 'substituted by' another --------------------------------------------------------

CLERKED_UNDER_OFFICERS = """BRINDMOOR BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

MINUTES OF A MEETING held in the Council Chamber, Brindmoor Town Hall, on Tuesday, 4 May 2021 at 6.00 p.m.

PRESENT:  Councillor Ada Thorne (Chair); Councillors Basil Crewe and Clara Dunstan.

OFFICERS:  Edwin Farr (Director of Children's Services) attended for item 4. The meeting was
clerked by Gail Hollis, Democratic Services Officer.

Councillor Hugo Ince was substituted by Councillor Basil Crewe.

1.    MINUTES
"""

# another author: the clerk closing the officers' list after a semicolon, 'had been replaced by'
CLERKED_AFTER_A_SEMICOLON = """OXCOMBE COUNTY COUNCIL
CHILDREN'S SERVICES SCRUTINY COMMITTEE

MINUTES of a meeting held at County Hall, Oxcombe on Tuesday, 8 June 2021 at 10.00 am

Present: County Councillor Irene Jowett (in the Chair); County Councillors Kenneth Lomax and Lydia Mace.

Officers: Martin Nash, Director of Children's Services, and Olive Pratt, Head of Youth Offending
Service; Quentin Reeve (Democratic Services) clerked the meeting.

County Councillor Sylvia Tate had been replaced by County Councillor Lydia Mace for the day.

45.  Declarations of Interest
"""


def test_the_officer_who_clerked_the_meeting_and_a_member_substituted_by_another() -> None:
    for text, clerk, member, deputy in (
            (CLERKED_UNDER_OFFICERS, "Gail Hollis", "Hugo Ince", "Basil Crewe"),
            (CLERKED_AFTER_A_SEMICOLON, "Quentin Reeve", "Sylvia Tate", "Lydia Mace")):
        rows = people_rows(load_text(text, "scrutiny_minutes.txt"))
        assert (clerk, "minute_taker") in rows
        assert (member, "apologies") in rows
        assert (member, "present_at_meeting") not in rows
        assert (deputy, "standing_deputy") in rows


# --- a guest's 'for item' mark wrapped under the post --------------------------------------------------------------------

ITEM_MARK_WRAPPED = """BRINDMOOR YOUTH OFFENDING TEAM MANAGEMENT BOARD

Notes of meeting held 10 March 2010, 2.00pm

Initials   Name                  Organisation / post
--------   -------------------   ---------------------------------------------
RT         Rhona Tebbit          Strategic Director, Brindmoor City Council (Chair)
WU         Walter Usher          Head of Brindmoor Youth Offending Team
VW         Vera Wilde            Head of Business Area, Youth Justice Board
                                 (attending for item 3)

Apologies: Cllr Xavier Yates.

1.  Welcome
"""

# another author: names first in padded columns, the mark '(for item 2 only)' under the body
ITEM_MARK_WRAPPED_PADDED = """OXCOMBE YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on 2 February 2017

Present:
Alma Brook          Director of Children's Services, Oxcombe Council (Chair)
Cyril Dawes         Head of Youth Justice Service
Edna Frost          Service Manager, Oxcombe Housing Trust
                    (for item 2 only)

1.  Minutes
"""


def test_a_guests_mark_for_an_item_wrapped_under_the_post() -> None:
    for text, guest, members in ((ITEM_MARK_WRAPPED, "Vera Wilde", {"Rhona Tebbit", "Walter Usher"}),
                                 (ITEM_MARK_WRAPPED_PADDED, "Edna Frost", {"Alma Brook", "Cyril Dawes"})):
        rows = people_rows(load_text(text, "board_minutes.txt"))
        assert (guest, "officer_attending") in rows
        assert {name for name, relation in rows if relation == "present_at_meeting"} == members


# --- a cabinet's chair who 'took the Chair', a member absent with an apology, 'Minuted by:' ------------------------------

CABINET_TOOK_THE_CHAIR = """LONDON BOROUGH OF BRINDMOOR

MINUTES OF THE CABINET

held on Tuesday 9 July 2019 at 7.00pm in Committee Room 1, Brindmoor Town Hall

The Leader of the Council, Councillor Harriet Quarmby, took the Chair. Also present were Councillor
Ivor Redfern (Children and Young People) and Councillor June Sallis (Finance).

Cabinet member absent: Councillor Keith Tolley (Housing and Planning) - apology, illness.

1.  Apologies for absence

As above.

2.  Declarations of interest

None.

Minuted by: Una Vickers
"""

# another author: the chair in a bracket, 'Executive members absent:' over the member, a bilingual 'Minuted by'
CABINET_MEMBERS_ABSENT = """OXCOMBE COUNTY BOROUGH COUNCIL
CABINET
Minutes of the meeting held on 5 April 2022

Present: Cllr Walter Yeo (Leader) (Chair); Cllr Zena Abbot (Education); Cllr Brian Cole (Social Services)

Executive members absent:
Cllr Dora Evans (Environment) – apologies

1.  Apologies
Noted.

Cofnodwyd gan / Minuted by: Fay Gilmour
"""


def test_a_cabinets_chair_its_member_absent_with_an_apology_and_who_minuted_it() -> None:
    for text, chair, away, clerk in ((CABINET_TOOK_THE_CHAIR, "Harriet Quarmby", "Keith Tolley", "Una Vickers"),
                                     (CABINET_MEMBERS_ABSENT, "Walter Yeo", "Dora Evans", "Fay Gilmour")):
        rows = people_rows(load_text(text, "cabinet_minutes.txt"))
        assert (chair, "present_at_meeting") in rows
        assert (away, "apologies") in rows
        assert (away, "present_at_meeting") not in rows
        assert (clerk, "minute_taker") in rows
