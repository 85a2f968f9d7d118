"""Registers and lists that write each person surname first ('PENROSE-HYDE, Cllr Marguerite', 'ABERCROMBIE, Dr
Fenella', 'OKONKWO-BELL, Supt Adaeze'): a register's column of remarks after its status column ('Member   Attended
Notes') says who sent apologies or a substitute and who sat in another's place; a copy list whose label carries a note
in brackets ('cc   (in alphabetical order of surname)') is still a copy list; a footer that opens with its page number
('Page 3 of 3      Improving Lives Together') names no one; a name cell the column's width broke after the surname's comma
('ROWLANDS, Cllr' / '  Bethan') is one person. Headings, places and prose in the same form name no one."""

from __future__ import annotations

from kg.loaders.attendance import PAGE_NUMBER_RE
from kg.loaders.people_lists import COPY_LABEL_RE
from kg.loaders.text import is_column_heads, lines
from tests.conftest import load_text, people_rows

# Words for the marks, 'Comments' as the remarks' head, a title after the comma, a substitute's remark in words (no
# brackets), a place in the same capitals-and-comma form in the venue, an absent member with no remark; a heading, a
# study's author and a place in that form in the minutes' prose.
WORDED_REGISTER = """WYNDHAM VALE BOROUGH COUNCIL

YOUTH JUSTICE SCRUTINY COMMITTEE

MINUTES of the meeting held at the Guildhall, HARTLEPOOL, County Durham, on Thursday 6 March 2025 at 7.00 pm

RECORD OF ATTENDANCE
Member                              Attendance     Comments
PENROSE-HYDE, Cllr Marguerite (Chair) Present
ABERNETHY, Lachlan                  Present
CORRIGAN, Dr Siobhan                Absent         Apologies sent
FAIRCLOUGH, Ewan                    Absent         Substitute: Cllr LOWERY, Tamsin
LOWERY, Tamsin                      Present        Substituting for Cllr Fairclough
GRENVILLE, Otto                     Absent

1.   MINUTES, AGENDA AND REPORTS

     The minutes of the last meeting were agreed. Members noted the study by HARDCASTLE, Simon
     and colleagues (2019), and the letter from LEEDS, Yorkshire, on reoffending.
"""


def test_a_registers_remarks_after_worded_marks_say_apologies_and_substitutes() -> None:
    rows = people_rows(load_text(WORDED_REGISTER, "wyndham-vale-scrutiny-minutes.txt"))
    assert ("Marguerite Penrose-Hyde", "present_at_meeting") in rows
    assert ("Lachlan Abernethy", "present_at_meeting") in rows
    assert ("Siobhan Corrigan", "apologies") in rows  # 'Absent   Apologies sent'
    assert ("Siobhan Corrigan", "present_at_meeting") not in rows
    assert ("Ewan Fairclough", "apologies") in rows  # absent, a substitute sent: apologies, as the keys' practice has it
    assert ("Ewan Fairclough", "present_at_meeting") not in rows
    assert ("Tamsin Lowery", "standing_deputy") in rows and ("Tamsin Lowery", "present_at_meeting") in rows
    assert ("Tamsin Lowery", "apologies") not in rows  # the remark on Fairclough's row names her: not her own row
    # absent, no remark: a member of the panel who did not come, neither present nor apologising
    assert {row for row in rows if row[0] == "Otto Grenville"} == {("Otto Grenville", "panel_member")}
    names = {name for name, _ in rows}
    assert not {"Agenda Minutes", "Minutes Agenda", "County Hartlepool", "Durham Hartlepool", "Simon Hardcastle",
                "Yorkshire Leeds"} & names  # a heading, a place and a study's author in prose, all in the same form


# Tabs part the cells (the row's columns stand nowhere near the heads'), single letters for the marks, a remark of a
# deputy sent and one who came as a deputy 'for' a member, and a row whose remark is about the item, no status.
TABBED_REGISTER = """BRACKENMOOR YOUTH JUSTICE MANAGEMENT BOARD

Minutes of the meeting held on Wednesday 14 May 2025, Brackenmoor House

ATTENDANCE REGISTER
Member\tAttended\tNotes
OYELOWO, Funmilayo (Chair)\tY\t
BRACKENRIDGE, Hamish\tN\tApologies received
QUINLAN, Roisin\tN\tsent a deputy
MATSUDA, Kenji\tY\tdeputy for Cllr Quinlan
ELPHINSTONE, Morag\tY\tleft after item 4

1.   WELCOME AND APOLOGIES
     As above.
"""


def test_a_tabbed_register_reads_its_remarks_by_the_order_of_its_heads() -> None:
    rows = people_rows(load_text(TABBED_REGISTER, "brackenmoor-board-minutes.txt"))
    assert ("Funmilayo Oyelowo", "present_at_meeting") in rows
    assert ("Hamish Brackenridge", "apologies") in rows
    assert ("Roisin Quinlan", "apologies") in rows and ("Roisin Quinlan", "present_at_meeting") not in rows
    assert ("Kenji Matsuda", "standing_deputy") in rows and ("Kenji Matsuda", "present_at_meeting") in rows
    assert ("Morag Elphinstone", "present_at_meeting") in rows  # a remark on the item says nothing of her attendance
    assert ("Morag Elphinstone", "standing_deputy") not in rows


# A letter's copy list whose label carries a note in brackets, dot leaders, titles and ranks after the comma, a post
# wrapped under its column, the page's footer opening with its number under a rule, and a body alone on its row.
COPY_LIST_LETTER = """HM Inspectorate of Probation
1st Floor, Civil Justice Centre
Manchester  M3 3FX

4 February 2025

Mr Dominic Ferrers
Chief Executive
Wyndham Vale Borough Council

Dear Mr Ferrers

Inspection of youth offending work in Wyndham Vale

We write to give you the findings of our inspection of youth offending work in Wyndham Vale, published today.

Yours sincerely

Imelda Castellane
HM Assistant Chief Inspector

Copies to   (in order of surname)

ABERCROMBIE, Dr Fenella ........ Director of Public Health, Wyndham Vale Borough Council
OKONKWO-BELL, Supt Adaeze ...... Wyndham Vale Police
TREGARTHEN, Cllr Piers ......... Lead Member for Children and Young People,
                                 Wyndham Vale Borough Council
Youth Justice Board for England and Wales

----------------------------------------------------------------------
Page 2 of 2                 Improving Lives Together
"""


def test_a_copy_list_under_a_label_with_a_note_reads_surname_first_rows() -> None:
    rows = people_rows(load_text(COPY_LIST_LETTER, "wyndham-vale-sqs-letter.txt"))
    assert ("Fenella Abercrombie", "copy_to") in rows
    assert ("Adaeze Okonkwo-Bell", "copy_to") in rows
    assert ("Piers Tregarthen", "copy_to") in rows
    assert not {name for name, _ in rows} & {"Improving Lives", "Lives Together", "Improving Lives Together"}


def test_a_copy_labels_note_is_lower_case_and_a_name_in_brackets_no_note() -> None:
    assert COPY_LABEL_RE.match("cc   (in alphabetical order of surname)")
    assert COPY_LABEL_RE.match("Distribution list (by email)")
    assert not COPY_LABEL_RE.match("Distribution (Jo Bloggs)")  # a name in brackets is no note on the list
    assert not COPY_LABEL_RE.match("The cc (carbon copy) convention")


def test_a_footer_opening_with_its_page_number_is_page_furniture_a_name_in_a_row_is_not() -> None:
    assert PAGE_NUMBER_RE.search("Page 1 of 1                 Inspecting for Safer Communities")
    assert PAGE_NUMBER_RE.search("Page 3\tWyndham Vale Borough Council")
    assert not PAGE_NUMBER_RE.search("PAGET, Wilfred          Head of Service")
    assert not PAGE_NUMBER_RE.search("Page, Jo (Chair)        Present")


def test_a_remarks_head_goes_with_the_heads_kg_knows_never_alone() -> None:
    assert is_column_heads(lines("Member                 Attended    Notes")[0])
    assert is_column_heads(lines("Name\tStatus\tComments")[0])
    assert not is_column_heads(lines("Notes")[0])
    assert not is_column_heads(lines("Remarks   Comments")[0])



# Two lists side by side, each name cell broken after the surname's comma (a title with it, or not), forenames the
# lexicon may lack; a post wrapped over three lines beside a whole name.
WRAPPED_FORENAMES = """WESTMORVEN YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on Tuesday 8 April 2025 at 2.00 pm, Council Chamber, Westmorven

PRESENT                                    APOLOGIES
HALLORAN-VOSS, Cllr     Lead Member,       KINGSLEY-ADEBAYO,    Service Manager,
  Philippa              Children           Temperance           Westmorven Police
DUNMORE, Alasdair       Chair - Director   PRIESTLEY, Ruth      Head of Housing
                        of Children's
                        Services
CARTWRIGHT,             Head of Youth
  Oluwaseun             Offending Service

IN ATTENDANCE
FITZWARREN,             Business Support Officer (minutes)
  Genevieve

1.   WELCOME AND APOLOGIES

     The Chair welcomed members to the meeting.
"""


def test_a_surname_first_cell_broken_after_its_comma_is_one_person_over_two_lines() -> None:
    rows = people_rows(load_text(WRAPPED_FORENAMES, "westmorven-board-minutes.txt"))
    assert ("Philippa Halloran-Voss", "present_at_meeting") in rows
    assert ("Philippa Halloran-Voss", "cabinet_member") in rows  # 'Lead Member,' / 'Children': her post, not the name's
    assert ("Temperance Kingsley-Adebayo", "apologies") in rows
    assert ("Oluwaseun Cartwright", "present_at_meeting") in rows
    assert ("Genevieve Fitzwarren", "minute_taker") in rows
    assert ("Alasdair Dunmore", "present_at_meeting") in rows and ("Ruth Priestley", "apologies") in rows
    assert not {name for name, _ in rows} - {"Philippa Halloran-Voss", "Temperance Kingsley-Adebayo", "Oluwaseun Cartwright",
                                             "Genevieve Fitzwarren", "Alasdair Dunmore", "Ruth Priestley"}


# A place in capitals and its comma, its town under it, in a venue's address inside the list: no one; a member's name
# cell broken after the comma beside it is one.
ADDRESS_IN_LIST = """WESTMORVEN YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on Tuesday 8 April 2025 at 2.00 pm

PRESENT
OKAFOR, Daniel          Head of Inclusion
ASHWORTH, Gillian       Head of Service
CARTWRIGHT,             Head of Youth
  Oluwaseun             Offending Service
Venue: The Old Courthouse, 14 Bridge Street,
KNARESBOROUGH,
  Harrogate

1.   MINUTES, AGENDA AND REPORTS
"""


def test_a_place_and_its_county_under_it_in_a_list_is_no_person() -> None:
    rows = people_rows(load_text(ADDRESS_IN_LIST, "westmorven-board-minutes.txt"))
    assert ("Daniel Okafor", "present_at_meeting") in rows
    assert ("Oluwaseun Cartwright", "present_at_meeting") in rows  # a name cell broken after the comma, beside a post
    assert not {name for name, _ in rows} & {"Harrogate Knaresborough", "Knaresborough Harrogate"}


# A register of surname and forename in one cell, then the name's initials: two forenames, the second one the lexicon
# lacks; a rank in brackets that overruns the name's column up to its initials; forenames the lexicon lacks after a
# post wrapped under its column ('Mark', 'Folake').
TWO_FORENAMES = """KESTREL DALE YOUTH JUSTICE PARTNERSHIP BOARD

Minutes of the meeting held on Friday 16 May 2025, Kestrel Dale Civic Offices

ATTENDEES
Surname, forename          Init.   Post / organisation
ABERDARE-LLOYD, Ffion Haf  FHAL    Corporate Director, Kestrel Dale Council (Chair)
PENRHYN, Rhodri Gwyn (D/Supt) RGP  Head of Public Protection,
                                   Kestrel Dale Police
WINTERBOTTOM, Mark         MW      Head of Inclusion and Attendance,
                                   Kestrel Dale Council
OGUNDIPE, Folake           FO      Board Support Officer (minutes)

1.   WELCOME
     The Chair welcomed members.
"""


def test_surname_first_with_two_forenames_a_rank_overrunning_and_unknown_forenames_after_wrapped_posts() -> None:
    rows = people_rows(load_text(TWO_FORENAMES, "kestrel-dale-board-minutes.txt"))
    assert ("Ffion Haf Aberdare-Lloyd", "present_at_meeting") in rows
    assert ("Rhodri Gwyn Penrhyn", "present_at_meeting") in rows  # '(D/Supt) RGP': his rank, then his initials' cell
    assert ("Mark Winterbottom", "present_at_meeting") in rows
    assert ("Folake Ogundipe", "minute_taker") in rows
    assert not {name for name, _ in rows} - {"Ffion Haf Aberdare-Lloyd", "Rhodri Gwyn Penrhyn", "Mark Winterbottom",
                                             "Folake Ogundipe"}


def test_the_name_layer_reads_a_second_forename_only_ending_the_cell() -> None:
    from kg.names import surname_first_at
    written = "PRITCHARD, Nia Haf        Head of Children's Nursing"
    assert surname_first_at(written, 0, len(written)).name == "Nia Haf Pritchard"  # type: ignore[union-attr]
    written = "GRIFFITHS, Huw Aled (C/Insp) HAG     Bro Hafren Police"
    assert surname_first_at(written, 0, len(written)).name == "Huw Aled Griffiths"  # type: ignore[union-attr]
    written = "GRIFFITHS, Huw Aled (C/Insp) XYZ     Bro Hafren Police"
    assert surname_first_at(written, 0, len(written)) is None  # another's initials: no cell of the name's own
    written = "HOLROYD, Gareth Leeds and Wakefield     Head of Service"
    assert surname_first_at(written, 0, len(written)) is None  # a word of a place running on: no second forename


# An apologies list that opens with the seats whose holders sent none by name, parted by semicolons, then a member
# surname first over dot leaders.
SEATS_THEN_NAMES = """Brackenmoor Youth Justice Partnership Board
Minutes  |  2 June 2025  |  10:00-12:00  |  Room 3, Brackenmoor House

ATTENDANCE REGISTER
  OYELOWO, Funmilayo ........ Director of Children's Services (Chair)
  MATSUDA, Kenji ............ Head of Youth Justice Service

Apologies
  Chair of the Youth Bench ; Designated Nurse, Brackenmoor ICB
  QUINLAN, Roisin ........... Public Health Consultant (no deputy)

1. Welcome and apologies
The Chair welcomed members.
"""


def test_an_apologies_list_opening_with_seats_alone_reads_the_names_under_them() -> None:
    rows = people_rows(load_text(SEATS_THEN_NAMES, "brackenmoor-board-minutes.txt"))
    assert ("Roisin Quinlan", "apologies") in rows
    assert ("Funmilayo Oyelowo", "present_at_meeting") in rows
    assert not {name for name, _ in rows} - {"Roisin Quinlan", "Funmilayo Oyelowo", "Kenji Matsuda"}
