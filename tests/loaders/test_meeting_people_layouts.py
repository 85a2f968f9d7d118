"""People at meetings in more layouts, each in a small fictional fixture: council minutes whose attendance headings
come in two languages, the other's first ('YN BRESENNOL / PRESENT:', '1.  YMDDIHEURIADAU / APOLOGIES') and whose
entries open with the other language's honorific ('Y Cynghorydd / Councillor A. Osei'); members parted by semicolons,
each surname first in capitals; a board's initials table under a time line; an initials column before a name on a
heading's line; a register's status marks in square brackets with '(attending)'; the youth justice board's chair
among the officers at a scrutiny committee."""

from __future__ import annotations

from tests.conftest import load_text, people_rows, role_rows

BILINGUAL_CABINET = """CYNGOR SIR WESTMERE                          WESTMERE COUNTY COUNCIL

COFNODION Y CABINET                          MINUTES OF THE CABINET

Dyddiad / Date:      Dydd Mawrth, 4 Mawrth 2025 / Tuesday, 4 March 2025

YN BRESENNOL / PRESENT:

Y Cynghorydd / Councillor J. Bloggs-Hart (Arweinydd / Leader) (Cadeirydd / Chair)

Y Cynghorwyr / Councillors:
K. Adamson – Addysg / Education
L. Brereton – Tai / Housing

SWYDDOGION / OFFICERS:
Prif Weithredwr / Chief Executive – Dylan ap Rhys
Pennaeth Cyfiawnder Ieuenctid / Head of Youth Justice – Morwenna Trevithick

YMDDIHEURIADAU / APOLOGIES:
Y Cynghorydd / Councillor P. Quigley (Cabinet Member, Environment)

12.  DATGAN BUDDIANT / DECLARATIONS OF INTEREST

     Councillor K. Adamson declared a personal interest in minute 14 as a trustee of a youth club.

13.  COFNODION / MINUTES

     RESOLVED that the minutes be approved.
"""

BILINGUAL_SCRUTINY = """PWYLLGOR CRAFFU PLANT
CHILDREN'S SCRUTINY COMMITTEE

Cofnodion y cyfarfod / Minutes of the meeting held on Tuesday, 4 March 2025 at 2.00pm

YN BRESENNOL / PRESENT:
Cynghorydd / Councillor Rhiannon Bevan (Cadeirydd / Chair)
Cllr T. Gethin
Cllr S. Okafor

SWYDDOGION / OFFICERS:
Dylan ap Rhys - Director of Social Services

1.  YMDDIHEURIADAU / APOLOGIES

An apology for absence was received from Councillor Marged Howe.

2.  DATGANIADAU O FUDDIANT / DECLARATIONS OF INTEREST

None.
"""


def test_council_minutes_whose_headings_come_in_two_languages_are_read() -> None:
    rows = people_rows(load_text(BILINGUAL_CABINET, "westmere_cabinet_minutes_2025_03.txt"))
    assert {("J. Bloggs-Hart", "present_at_meeting"), ("K. Adamson", "present_at_meeting"),
            ("L. Brereton", "present_at_meeting"), ("Dylan ap Rhys", "officer_attending"),
            ("Morwenna Trevithick", "officer_attending"), ("P. Quigley", "apologies"),
            ("K. Adamson", "declared_interest")} <= rows
    scrutiny = people_rows(load_text(BILINGUAL_SCRUTINY, "westmere_scrutiny_minutes_2025_03.txt"))
    assert {("Rhiannon Bevan", "present_at_meeting"), ("Rhiannon Bevan", "panel_chair"),
            ("T. Gethin", "present_at_meeting"), ("Dylan ap Rhys", "officer_attending"),
            ("Marged Howe", "apologies")} <= scrutiny


def test_the_other_languages_honorific_is_no_name() -> None:
    rows = people_rows(load_text(BILINGUAL_CABINET, "westmere_cabinet_minutes_2025_03.txt"))
    assert not {person for person, _ in rows if person.startswith("Y ")}
    assert ("J. Bloggs-Hart", "panel_chair") in rows


MEMBERS_SURNAME_FIRST = """Westmere Metropolitan Borough Council

CHILDREN'S SCRUTINY PANEL

Thursday, 9th January, 2014     6.00 pm     Council Chamber


Members:  ASHWORTH, Helena (Chair); BRIGGS, Owen (Vice-Chair); CHAUDHRY, Imran;
DOBSON, Pauline; EDWARDS, Colin (substitute for Cllr Ann Fairley)

Co-opted:  Mrs K. Gale (Diocesan representative)

Officers:  Jo Hart (Head of Youth Offending Service)


12.  APOLOGIES FOR ABSENCE

     Apologies were received from Councillor Ann Fairley.

13.  DECLARATIONS OF INTEREST

     Councillor Dobson declared a personal interest in item 15 as a referral order panel member.

14.  MINUTES

     RESOLVED - That the minutes of the meeting held on 21st November 2013 be approved.
"""


def test_members_parted_by_semicolons_surname_first_in_capitals_sat_at_the_meeting() -> None:
    rows = people_rows(load_text(MEMBERS_SURNAME_FIRST, "westmere_scrutiny_minutes_2014_01.txt"))
    assert {("Helena Ashworth", "panel_chair"), ("Helena Ashworth", "present_at_meeting"),
            ("Owen Briggs", "panel_vice_chair"), ("Owen Briggs", "present_at_meeting"),
            ("Imran Chaudhry", "present_at_meeting"), ("Pauline Dobson", "present_at_meeting"),
            ("Colin Edwards", "present_at_meeting"), ("Colin Edwards", "standing_deputy"),
            ("Pauline Dobson", "declared_interest")} <= rows
    assert not {person for person, _ in rows if person in ("Ashworth", "Helena", "Dobson")}


INITIALS_TABLE = """WESTMERE YOUTH JUSTICE PARTNERSHIP BOARD

MINUTES                                                  Thursday 13 February 2025
                                                         10.00am - 12.15pm
                                                         Committee Room 2, Civic Centre

Initials  Name                      Organisation / role
AB        Anita Brennan             Director of Children's Services, Westmere Council (Chair)
KO        Ch Supt Kofi Osei         Westmere Police (Vice-Chair)
RT        Rosa Tremlett             Head of Service, Westmere YJS
In attendance:   LP  Lena Pryce, Business Support Officer (minutes)
Apologies:       Dr Ian Moss (Westmere ICB)

Item  Discussion                                                         Action / owner
1     Welcome, apologies and declarations of interest
      AB welcomed members.
"""


def test_a_board_table_under_a_time_line_and_no_heading_is_those_present() -> None:
    for time in ("10.00am - 12.15pm", "9.30 a.m.", "2 pm"):
        text = INITIALS_TABLE.replace("10.00am - 12.15pm", time)
        rows = people_rows(load_text(text, "westmere_board_minutes_2025_02.txt"))
        assert {("Anita Brennan", "board_chair"), ("Anita Brennan", "present_at_meeting"),
                ("Kofi Osei", "present_at_meeting"), ("Rosa Tremlett", "present_at_meeting"),
                ("Ian Moss", "apologies")} <= rows, time


def test_an_initials_column_before_a_name_on_the_headings_line_is_no_part_of_the_name() -> None:
    for gap in ("  ", "\t"):
        text = INITIALS_TABLE.replace("LP  Lena Pryce", f"LP{gap}Lena Pryce")
        rows = people_rows(load_text(text, "westmere_board_minutes_2025_02.txt"))
        assert {("Lena Pryce", "officer_attending"), ("Lena Pryce", "minute_taker")} <= rows
        assert not {person for person, _ in rows if person.startswith("LP")}


BRACKETED_MARKS = """Westmere Youth Offending Team Management Board
Meeting held 24th January 2013, 9.30am, Meeting Room 1

ATTENDANCE REGISTER
Joan Ashby Director of Children's Services (Chair)               [P]
Neil Sowden Chief Executive Westmere DC                           [A]
Ray Gorton Superintendent Westmere Constabulary                   [P]
Yusuf Strand YJB Partnership Manager (attending)                  [P]
   P = present   A = apologies

1. Apologies - Neil Sowden.
"""


def test_a_registers_status_marks_in_square_brackets_say_who_came() -> None:
    rows = people_rows(load_text(BRACKETED_MARKS, "westmere_board_minutes_2013_01.txt"))
    assert {("Joan Ashby", "present_at_meeting"), ("Ray Gorton", "present_at_meeting"),
            ("Neil Sowden", "apologies")} <= rows
    assert ("Neil Sowden", "present_at_meeting") not in rows


def test_one_marked_attending_in_a_register_attends_as_an_officer() -> None:
    for mark in ("(attending)", "(in attendance)"):
        rows = people_rows(load_text(BRACKETED_MARKS.replace("(attending)", mark), "westmere_board_minutes_2013_01.txt"))
        assert ("Yusuf Strand", "officer_attending") in rows, mark
        assert ("Yusuf Strand", "present_at_meeting") not in rows, mark


BOARD_CHAIR_AMONG_OFFICERS = """Westmere Borough Council

CHILDREN'S SCRUTINY COMMITTEE

Minutes of the meeting held on Thursday 19 May 2016 at 2.00 pm

PRESENT:  Councillors Adams (Chair), Baker and Cole

Officers in attendance:
  Jo Hart     Head of Youth Offending Service
  Supt Kim Ford   Westmere Police; Chair, YOS Management Board
  Lee Marsh   Director of Children's Services and Chair of the Westmere Youth Justice Board

1.  APOLOGIES
None.
"""


def test_the_youth_justice_boards_chair_among_the_officers_is_its_chair() -> None:
    roles = role_rows(load_text(BOARD_CHAIR_AMONG_OFFICERS, "westmere_scrutiny_minutes_2016_05.txt"))
    assert ("Kim Ford", "board_chair", "Chair, YOS Management Board") in roles
    assert ("Lee Marsh", "board_chair", "Chair of the Westmere Youth Justice Board") in roles
    assert ("Kim Ford", "officer_attending") in {(person, relation) for person, relation, _ in roles}
    assert not {person for person, relation, _ in roles if relation == "board_chair"} - {"Kim Ford", "Lee Marsh"}


OFFICERS_BY_RANK = """WESTMERE COUNTY COUNCIL

CHILDREN'S OVERVIEW AND SCRUTINY COMMITTEE

Minutes of a meeting held on Wednesday 20 June 2012 at 2.00 pm

MEMBERS PRESENT:
ASHBY, Margaret (Chair)
BELL, Colin

OFFICERS: M. Dewsbury (Director of Children's Services), Superintendent R. Goodwin (Westmere
Constabulary, Area Commander), Chief Inspector P. Wade (Westmere Constabulary), S. Blake (Democratic
Services Officer)

14.  APOLOGIES
     None.
"""


def test_an_officer_by_rank_in_full_and_initials_opens_an_entry_of_a_list() -> None:
    rows = people_rows(load_text(OFFICERS_BY_RANK, "westmere_scrutiny_minutes_2012_06.txt"))
    assert {("M. Dewsbury", "officer_attending"), ("R. Goodwin", "officer_attending"),
            ("P. Wade", "officer_attending"), ("S. Blake", "officer_attending")} <= rows


THREE_NAMES_IN_A_COLUMN = """Westmere County Borough Council

CHILDREN'S SCRUTINY COMMITTEE

Minutes of the meeting held on Thursday 19 May 2016 at 2.00 pm

PRESENT:  Councillors Adams (Chair), Baker and Cole

Officers in attendance:
  Rhodri Maelor Jenkins  Corporate Director Education and Social Services
  Gwenllian Prydderch    Head of Youth Offending Service
  Siôn Tegid Ellis\tHead of Finance

1.  APOLOGIES
None.
"""


def test_three_names_before_a_columns_gap_are_the_name() -> None:
    roles = role_rows(load_text(THREE_NAMES_IN_A_COLUMN, "westmere_scrutiny_minutes_2016_05.txt"))
    assert ("Rhodri Maelor Jenkins", "officer_attending", "Corporate Director Education and Social Services") in roles
    assert ("Siôn Tegid Ellis", "officer_attending", "Head of Finance") in roles
    assert ("Gwenllian Prydderch", "officer_attending", "Head of Youth Offending Service") in roles


INITIALS_COLUMN_AFTER = """WESTMERE YOUTH OFFENDING SERVICE
MANAGEMENT BOARD

Minutes of meeting held Thursday 18th November 2010, 2.00 pm

Present:                        Initials
Angela Swinton                  AS       Corporate Director, Children's Services (Chair)
Ch Supt Derek Olds              DO       Westmere Police, Northern Division

In attendance:
Graham Pike                     GP       YOS Manager
Lynne Hart                      LH       Minutes

Apologies:
Dr Ruth Moss (NHS Westmere)

1. Apologies and introductions
"""


def test_a_padded_initials_column_after_the_name_is_no_part_of_the_post() -> None:
    result = load_text(INITIALS_COLUMN_AFTER, "westmere_board_minutes_2010_11.txt")
    roles = role_rows(result)
    assert ("Graham Pike", "officer_attending", "YOS Manager") in roles
    assert ("Angela Swinton", "present_at_meeting", "Corporate Director, Children's Services") in roles
    assert {("Lynne Hart", "minute_taker"), ("Lynne Hart", "officer_attending")} <= people_rows(result)
    bodies = {s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    assert "Westmere Police" in bodies and not {body for body in bodies if "Derek" in body}


DECLARATION_WRAPPED = """WESTMERE YOUTH JUSTICE MANAGEMENT BOARD

Minutes of the meeting held on 12 September 2019

Present:
Sian Parry, Director of Social Services (Chair)
Cllr Mererid Hughes, Cabinet Member for Children

2.  DECLARATIONS OF INTEREST

    Cllr Hughes declared a personal interest in item 5 as a governor of Ysgol
    Bro Felyn.

3.  MINUTES
"""


def test_the_end_of_a_declarations_sentence_on_the_next_line_is_no_one() -> None:
    rows = people_rows(load_text(DECLARATION_WRAPPED, "westmere_board_minutes_2019_09.txt"))
    assert ("Mererid Hughes", "declared_interest") in rows
    assert not {person for person, relation in rows if relation == "declared_interest" and "Felyn" in person}


def test_a_chair_mark_set_in_under_a_name_with_the_other_languages_honorific() -> None:
    text = BILINGUAL_SCRUTINY.replace("Cynghorydd / Councillor Rhiannon Bevan (Cadeirydd / Chair)",
                                      "Cynghorydd / Councillor Rhiannon Bevan\n  (Cadeirydd / Chair)")
    rows = people_rows(load_text(text, "westmere_scrutiny_minutes_2025_03.txt"))
    assert {("Rhiannon Bevan", "panel_chair"), ("Rhiannon Bevan", "present_at_meeting")} <= rows


def test_a_bilingual_letterhead_in_two_columns_names_the_council_and_its_area() -> None:
    result = load_text(BILINGUAL_CABINET, "westmere_cabinet_minutes_2025_03.txt")
    bodies = {s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    assert "Westmere Cabinet" in bodies
    assert not {body for body in bodies if "Cofnodion" in body or "Cyngor" in body}


def test_a_present_list_parted_by_semicolons_surname_first_in_capitals() -> None:
    text = MEMBERS_SURNAME_FIRST.replace("Members:  ", "Present:  ")
    rows = people_rows(load_text(text, "westmere_scrutiny_minutes_2014_01.txt"))
    assert {("Helena Ashworth", "present_at_meeting"), ("Owen Briggs", "present_at_meeting"),
            ("Imran Chaudhry", "present_at_meeting"), ("Colin Edwards", "standing_deputy")} <= rows


def test_a_numbered_paragraph_naming_members_makes_no_papers_minutes() -> None:
    from kg.loaders import council_papers

    report = ("WESTMERE COUNCIL\n\nREPORT TO: CABINET\n\nA report to the meeting of the Cabinet on 4 March 2025.\n\n"
              "3.  Members are asked to note the report.\n")
    assert not council_papers.ATTENDANCE_RE.search(report)
    assert council_papers.ATTENDANCE_RE.search("1.  YMDDIHEURIADAU / APOLOGIES\n")
    assert council_papers.ATTENDANCE_RE.search("14.  APOLOGIES FOR ABSENCE\n")


def test_a_chair_mark_in_two_languages_alone_is_no_post() -> None:
    text = BILINGUAL_SCRUTINY.replace("Cynghorydd / Councillor Rhiannon Bevan (Cadeirydd / Chair)",
                                      "Cynghorydd / Councillor Rhiannon Bevan\n  (Cadeirydd / Chair)")
    roles = role_rows(load_text(text, "westmere_scrutiny_minutes_2025_03.txt"))
    assert ("Rhiannon Bevan", "present_at_meeting", "Chair") in roles
    assert not {role for _, _, role in roles if role and "Cadeirydd" in role}
