"""Attendance lists in layouts the shared corpus does not show (issue 11), fictional minutes:
a list with no heading, apologies in every form, surnames under 'Councillors', and names that
are not people (venues, titles, posts, bodies, a name cut off at the end of a page)."""

from __future__ import annotations

import pytest

from tests.conftest import load_text, people_rows, role_rows
from tests.loaders.test_roles import involvements_of

HEADLESS_THEN_APOLOGIES = """Northshire Youth Justice Partnership Board
Minutes of the meeting held on 14 June 2022, Committee Room 2, Town Hall

Ann WrightHead of Community Safety (Chair)
Raj PatelManager, Youth Offending Service
Lee Moss Admin Officer (Minutes)
Priya Okafor Northshire Police

Apologies
Kim Ford
Dev Rao, NHS Northshire

1. Welcome and introductions
AW welcomed everyone to the meeting.
"""

HEADLESS_THEN_ALSO_INVITED = """Westmere Youth Offending Service Management Board
Minutes of meeting: 3 March 2021 at the Civic Suite

Tom BrannHead of Service, Westmere YOS (Chair)
Nia BrookService Manager
Omar Shah Detective Inspector, Westmere Police

Also invited
Gail Mercer Westmere College
Ivan Petrov

1. Minutes of the last meeting
The minutes were agreed.
"""

HEADLESS_ONLY = """Southby Youth Justice Management Board
Minutes of the meeting held on 8 November 2022

Wendy ClarkeDirector of Children's Services (Chair)
Hugh Barnes Youth Justice Service Manager
Ella Price Admin Officer (Minutes)

1. Welcome
WC opened the meeting.
"""


def test_a_list_with_no_heading_then_apologies_under_a_line() -> None:
    result = load_text(HEADLESS_THEN_APOLOGIES, "board.txt")
    assert result.families == ("board_minutes",)
    assert people_rows(result) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "board_chair"), ("Raj Patel", "present_at_meeting"),
        ("Lee Moss", "present_at_meeting"), ("Lee Moss", "minute_taker"), ("Priya Okafor", "present_at_meeting"),
        ("Kim Ford", "apologies"), ("Dev Rao", "apologies")}


def test_a_list_with_no_heading_then_also_invited() -> None:
    result = load_text(HEADLESS_THEN_ALSO_INVITED, "board.txt")
    assert result.families == ("board_minutes",)
    assert people_rows(result) == {
        ("Tom Brann", "present_at_meeting"), ("Tom Brann", "board_chair"), ("Nia Brook", "present_at_meeting"),
        ("Omar Shah", "present_at_meeting"), ("Gail Mercer", "apologies"), ("Ivan Petrov", "apologies")}


def test_a_list_with_no_heading_and_no_apologies() -> None:
    result = load_text(HEADLESS_ONLY, "board.txt")
    assert result.families == ("board_minutes",)
    assert people_rows(result) == {
        ("Wendy Clarke", "present_at_meeting"), ("Wendy Clarke", "board_chair"), ("Hugh Barnes", "present_at_meeting"),
        ("Ella Price", "present_at_meeting"), ("Ella Price", "minute_taker")}


COUNCILLORS = """NORTHSHIRE COUNCIL
Minutes of the meeting of the Children and Young People Scrutiny Panel held on 5 May 2020 at the Civic Suite, Town Hall

Present: Councillor Smith (Chair), Councillors Hall, Lewis and O'Neill

Also present: Councillor Jones (in the Chair for item 4)

Apologies: Cllr A. B. Grant, Councillor Dev Rao and Councillor Kim Ford

1. Apologies for absence
Apologies: as listed above

2. Declarations of interest
None.
"""


def test_councillors_by_surname_chairs_and_apologies_on_one_line() -> None:
    result = load_text(COUNCILLORS, "panel.txt")
    assert result.families == ("council_papers",)
    assert people_rows(result) == {
        ("Smith", "present_at_meeting"), ("Smith", "panel_chair"), ("Hall", "present_at_meeting"),
        ("Lewis", "present_at_meeting"), ("O'Neill", "present_at_meeting"), ("Jones", "present_at_meeting"),
        ("Jones", "panel_chair"), ("A.B. Grant", "apologies"), ("Dev Rao", "apologies"), ("Kim Ford", "apologies")}


APOLOGIES_AS_AN_ITEM = """WESTMERE BOROUGH COUNCIL
Minutes of the meeting of the Community Safety Committee held on 12 October 2021

Present:
Councillor Brann (Chair)
Councillor Mercer
Councillor Petrov

1. Apologies for absence
Apologies for absence were received from Councillors Hollis, Grant and Ellery.

2. Minutes
Agreed.
"""

APOLOGIES_WITH_BLANK_LINES = """Eastholm Youth Offending Service Management Board
Minutes of the meeting held on 9 February 2023

Present
Ann Hollis, Chair
Ben Kerr, Eastholm Police

Apologies

Carl Dunn

Dana Ives, Probation

Fay Gold

1. Actions from the last meeting
All actions were complete.
"""


def test_apologies_as_an_agenda_item_in_a_sentence() -> None:
    rows = people_rows(load_text(APOLOGIES_AS_AN_ITEM, "committee.txt"))
    assert {row for row in rows if row[1] == "apologies"} == {
        ("Hollis", "apologies"), ("Grant", "apologies"), ("Ellery", "apologies")}
    assert not {name for name, relation in rows if relation == "present_at_meeting"} & {"Hollis", "Grant", "Ellery"}


def test_apologies_separated_by_blank_lines_are_never_present() -> None:
    rows = people_rows(load_text(APOLOGIES_WITH_BLANK_LINES, "board.txt"))
    assert {name for name, relation in rows if relation == "apologies"} == {"Carl Dunn", "Dana Ives", "Fay Gold"}
    assert {name for name, relation in rows if relation == "present_at_meeting"} == {"Ann Hollis", "Ben Kerr"}


NAMES = """Minutes of the meeting of the Northshire Youth Offending Service Management Board held on 6 June 2022

Present:
JO FITZ-ALLEN, Head of Service (Chair)
Sean O'Neill, Northshire Police
Mary J. Blige-Carter, Probation
Ann Marie Lloyd, NHS Northshire

Apologies:
Dev Rao, Youth Court
Kim Fo"""


def test_names_with_hyphens_apostrophes_initials_capitals_and_one_cut_off() -> None:
    rows = people_rows(load_text(NAMES, "board.txt"))
    assert {name for name, relation in rows if relation == "present_at_meeting"} == {
        "Jo Fitz-Allen", "Sean O'Neill", "Mary J. Blige-Carter", "Ann Marie Lloyd"}
    assert {name for name, relation in rows if relation == "apologies"} == {"Dev Rao"}  # 'Kim Fo' ends the page


FALSE_PEOPLE = """Minutes of the meeting of the Northshire Youth Offending Service Management Board held on 6 June 2022
Venue: Committee Room 2, Town Hall

Present:
Ann Wright, Chair
Civic Suite
Youth Justice Plan
Head of Service
Northshire Youth Offending Service
Ben Kerr, Northshire Police

Apologies:
Carl Dunn

1. Welcome
"""


def test_venues_titles_posts_and_bodies_are_not_people() -> None:
    assert {name for name, _ in people_rows(load_text(FALSE_PEOPLE, "board.txt"))} == {
        "Ann Wright", "Ben Kerr", "Carl Dunn"}


OFFICERS_IN_PROSE = """WESTMERE BOROUGH COUNCIL
Minutes of the meeting of the Community Safety Committee held on 12 October 2021

Present:
Councillor Brann (Chair)
Councillor Mercer

1. Youth Justice Plan
Jo Banks, Joint Assistant Director, Commissioning and Inclusion, Sam Lee and Kim Ford from the NHS trust, and Inspectors Dev Rao and Amy Cole of Westmere Police also attended for this item.
The Head of Service (Ravi Shah) presented the report.
The Strategic Director for People attended for this item.
Members asked whether Councillor Mercer had attended the training.
"""


def test_officers_and_guests_in_prose_with_posts_between_them() -> None:
    rows = people_rows(load_text(OFFICERS_IN_PROSE, "committee.txt"))
    assert {name for name, relation in rows if relation == "officer_attending"} == {
        "Jo Banks", "Sam Lee", "Kim Ford", "Dev Rao", "Amy Cole", "Ravi Shah"}


def test_the_posts_written_between_officers_are_their_roles() -> None:
    result = load_text(OFFICERS_IN_PROSE, "committee.txt")
    roles = {s.value for s in result.statements if s.schema == "Involvement" and s.prop == "role"}
    assert {"Joint Assistant Director, Commissioning and Inclusion", "Head of Service"} <= roles


GUESTS_AT_A_BOARD = """Eastholm Youth Offending Service Management Board
Minutes of the meeting held on 9 February 2023

Present
Ann Hollis, Chair
Ben Kerr, Eastholm Police

1. Substance misuse service
Mia Stone and Tariq Aziz from the Eastholm Recovery Trust attended for this item.
Ben Kerr presented the police update.
"""


def test_guests_who_attended_a_board_for_an_item() -> None:
    rows = people_rows(load_text(GUESTS_AT_A_BOARD, "board.txt"))
    assert {name for name, relation in rows if relation == "officer_attending"} == {"Mia Stone", "Tariq Aziz"}


CABINET_MEMBER_AT_A_BOARD = """Westmere Youth Offending Service Management Board
Minutes of the meeting held on 3 March 2021

Present:
Tom Brann, Head of Service (Chair)
Councillor Ann Hall, Cabinet Member for Children and Families
Omar Shah, Westmere Police

1. Minutes of the last meeting
"""


def test_a_cabinet_member_sitting_on_a_board() -> None:
    rows = people_rows(load_text(CABINET_MEMBER_AT_A_BOARD, "board.txt"))
    assert {row for row in rows if row[0] == "Ann Hall"} == {("Ann Hall", "present_at_meeting"),
                                                            ("Ann Hall", "cabinet_member")}


def test_apologies_on_the_same_line_as_those_present() -> None:
    text = ("Minutes of the meeting of the Northshire Youth Justice Management Board held on 2 April 2022\n\n"
            "Present: Mo Ahmed (Chair), Sue Ray and Tim Cole. Apologies: Ola Nowak and Pat Quinn.\n\n1. Minutes\nAgreed.\n")
    rows = people_rows(load_text(text, "board.txt"))
    assert {name for name, relation in rows if relation == "present_at_meeting"} == {"Mo Ahmed", "Sue Ray", "Tim Cole"}
    assert {name for name, relation in rows if relation == "apologies"} == {"Ola Nowak", "Pat Quinn"}


def test_councillors_with_no_heading_above_the_officers_heading() -> None:
    text = ("MINUTES of a meeting of the Children's Scrutiny Panel of Northshire Council held on 3 May 2022\n\n"
            "Councillor Ann Wright (Chair)\nCouncillor Raj Patel\nCouncillor Lee Moss\n\n"
            "Officers: Jo Bloggs, Head of Service\n\nApologies: Councillor Kim Ford\n\n1. Declarations of interest\nNone.\n")
    assert people_rows(load_text(text, "panel.txt")) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "panel_chair"), ("Raj Patel", "present_at_meeting"),
        ("Lee Moss", "present_at_meeting"), ("Jo Bloggs", "officer_attending"), ("Kim Ford", "apologies")}


def test_a_list_in_capitals() -> None:
    text = ("MINUTES OF THE NORTHSHIRE YOUTH JUSTICE MANAGEMENT BOARD MEETING HELD ON 2 APRIL 2022\n\n"
            "PRESENT:\nANN WRIGHT, HEAD OF COMMUNITY SAFETY (CHAIR)\nRAJ PATEL, YOS MANAGER\nKIM O'NEILL, NORTHSHIRE POLICE\n\n"
            "APOLOGIES:\nAMY RAO\n\n1. MINUTES\nAGREED.\n")
    assert people_rows(load_text(text, "board.txt")) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "board_chair"), ("Raj Patel", "present_at_meeting"),
        ("Kim O'Neill", "present_at_meeting"), ("Amy Rao", "apologies")}


def test_apologies_as_an_agenda_item_followed_by_the_names() -> None:
    text = ("SOUTHBY BOROUGH COUNCIL\nMinutes of the meeting of the Community Safety Scrutiny Panel held on 3 May 2022\n\n"
            "Present: Councillors Ward (Chair), Pryce and Dale\n\n1. Apologies for absence\n"
            "Councillor Hollis and Councillor Kaur\n\n2. Youth Justice Plan\nThe panel noted the plan.\n")
    rows = people_rows(load_text(text, "panel.txt"))
    assert {name for name, relation in rows if relation == "apologies"} == {"Hollis", "Kaur"}
    assert {name for name, relation in rows if relation == "present_at_meeting"} == {"Ward", "Pryce", "Dale"}


def test_a_table_whose_rows_are_labelled_present_apologies_officers() -> None:
    minutes = ("Northshire County Council\nMinutes of the Community Safety Scrutiny Panel, 4 May 2023\n\n"
               "| Present | Councillors Ann Wright (Chair), Raj Patel and Lee Moss |\n"
               "| Apologies | Councillors Kim Ford and Dev Rao |\n"
               "| Officers | Priya Okafor (Head of Youth Justice) |\n\n1. Youth justice update\n")
    assert people_rows(load_text(minutes, "panel.txt")) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "panel_chair"), ("Raj Patel", "present_at_meeting"),
        ("Lee Moss", "present_at_meeting"), ("Kim Ford", "apologies"), ("Dev Rao", "apologies"),
        ("Priya Okafor", "officer_attending")}


def test_a_record_that_says_in_sentences_who_chaired_who_was_there_and_who_sent_apologies() -> None:
    record = ("NORTHSHIRE YOUTH JUSTICE PARTNERSHIP BOARD\nRecord of meeting – 3 May 2023\n\n"
              "Attendance. The meeting was chaired by Ann Wright. Raj Patel, Kim Ford and Lee Moss (notes) were also "
              "there. Apologies had been sent by Dev Rao and Priya Okafor.\n\n1  Inspection readiness\nNone.\n")
    result = load_text(record, "board.txt")
    assert result.families == ("board_minutes",)
    assert people_rows(result) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "board_chair"), ("Raj Patel", "present_at_meeting"),
        ("Kim Ford", "present_at_meeting"), ("Lee Moss", "present_at_meeting"), ("Lee Moss", "minute_taker"),
        ("Dev Rao", "apologies"), ("Priya Okafor", "apologies")}


def test_lettered_entries_a_chairing_marker_and_not_able_to_attend() -> None:
    record = ("NORTHSHIRE YOUTH JUSTICE PARTNERSHIP BOARD\nRecord of meeting – 3 May 2023\n\nThose present\n"
              "(a) Ann Wright — chairing\n(b) Raj Patel\n\nNot able to attend: Kim Ford, Cllr Dev Rao\n\n"
              "1  Welcome\nAW welcomed members.\n")
    assert people_rows(load_text(record, "board.txt")) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "board_chair"), ("Raj Patel", "present_at_meeting"),
        ("Kim Ford", "apologies"), ("Dev Rao", "apologies")}


def test_a_committees_minutes_titled_on_one_line_with_membership_present() -> None:
    minutes = ("Northshire Borough Council\n\nChildren's Scrutiny Committee – Minutes – 3 May 2023\n\n"
               "Membership present: Councillors Ann Wright (Chair), Raj Patel and Lee Moss\n"
               "Officers in attendance – Kim Ford, Head of Service, Youth Justice\n\n1. Youth justice\n")
    result = load_text(minutes, "panel.txt")
    assert result.families == ("council_papers",)
    assert people_rows(result) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "panel_chair"), ("Raj Patel", "present_at_meeting"),
        ("Lee Moss", "present_at_meeting"), ("Kim Ford", "officer_attending")}


def test_a_register_of_ticks_and_crosses_and_officers_supporting_the_panel() -> None:
    minutes = ("NORTHSHIRE DISTRICT COUNCIL\nCommunity Safety Panel\nMinutes of the meeting held on 3 May 2023\n\n"
               "ATTENDANCE RECORD\n✓ Cllr Ann Wright (Chair)\n✓ Cllr Raj Patel\n✗ Cllr Lee Moss – apologies\n\n"
               "Officers supporting the Panel: Kim Ford (Head of Service) and Dev Rao (Scrutiny Officer).\n\n"
               "1. Youth justice\nThe Head of Service reported.\n")
    result = load_text(minutes, "panel.txt")
    assert result.families == ("council_papers",)
    assert people_rows(result) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "panel_chair"), ("Raj Patel", "present_at_meeting"),
        ("Lee Moss", "apologies"), ("Kim Ford", "officer_attending"), ("Dev Rao", "officer_attending")}


def test_attendance_at_the_foot_of_minutes_dated_on_a_line_of_their_own() -> None:
    minutes = ("Northshire District Council — Community Safety Panel\n\nMinutes: 9 April 2024\n\n"
               "4. YOUTH JUSTICE\nKim Ford (Head of Service) introduced the report.\n\nThe meeting closed at 8pm.\n\n"
               "Councillors present: Ann Wright (in the chair), Raj Patel.\nAbsent with apologies: Councillor Lee Moss.\n")
    result = load_text(minutes, "panel.txt")
    assert result.families == ("council_papers",)
    assert people_rows(result) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "panel_chair"), ("Raj Patel", "present_at_meeting"),
        ("Lee Moss", "apologies"), ("Kim Ford", "officer_attending")}


def test_board_action_notes_with_the_initials_before_each_name() -> None:
    notes = ("Northshire Youth Offending Service – Management Board\nAction notes, 6 February 2024\n\n"
             "Attendees (initials used in these notes)\nAW – Ann Wright, Director of Children's Services (Chair)\n"
             "KF – Kim Ford, YOS Manager\nLM – Lee Moss, YOS Business Support (notes)\n\n"
             "Sent apologies – Cllr Raj Patel\n\nAction 1: KF to circulate the plan.\n")
    result = load_text(notes, "board.txt")
    assert result.families == ("board_minutes",)
    assert people_rows(result) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "board_chair"), ("Kim Ford", "present_at_meeting"),
        ("Lee Moss", "present_at_meeting"), ("Lee Moss", "minute_taker"), ("Raj Patel", "apologies")}


def test_labels_in_capitals_with_a_dash_and_posts_in_square_brackets() -> None:
    minutes = ("Dunmoor Youth Justice Partnership Board — minutes of the meeting of 5 May 2025\n\n"
               "PRESENT — Ann Wright [Chair; Director of Children's Services]; Raj Patel [Head of Service]; "
               "Sergeant Kim Ford [Dunmoor Police]\nAPOLOGIES — Dev Rao [Dunmoor ICB]\nMINUTES — Lee Moss\n\n"
               "1. Matters arising\nRP reported on the plan.\n")
    result = load_text(minutes, "board.txt")
    assert result.families == ("board_minutes",)
    assert people_rows(result) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "board_chair"), ("Raj Patel", "present_at_meeting"),
        ("Kim Ford", "present_at_meeting"), ("Dev Rao", "apologies"), ("Lee Moss", "minute_taker")}
    assert ("Ann Wright", "present_at_meeting", "Director of Children's Services") in role_rows(result)


def test_a_dash_after_minutes_titles_the_record_unless_a_name_follows() -> None:
    minutes = ("Dunmoor Youth Offending Service Management Board\nMINUTES – 5 May 2025\n\n"
               "Ann WrightDirector of Children's Services (Chair)\nRaj Patel Head of Service\n\n"
               "Apologies\nKim Ford\n\n1. Welcome\nAW opened the meeting.\n")
    result = load_text(minutes, "board.txt")
    assert people_rows(result) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "board_chair"), ("Raj Patel", "present_at_meeting"),
        ("Kim Ford", "apologies")}


def test_apologies_in_a_sentence_from_a_name_and_a_rank_before_a_name() -> None:
    record = ("Dunmoor Youth Justice Partnership Board\nRecord of the meeting, 4 June 2025\n\n"
              "Attendance. The meeting was chaired by Ann Wright. Raj Patel and Lee Moss (notes) were also there. "
              "Apologies had been sent by Sunita Rawal and Superintendent Carys Boateng.\n\n1. Welcome\nText.\n")
    rows = people_rows(load_text(record, "board.txt"))
    assert {row for row in rows if row[1] == "apologies"} == {("Sunita Rawal", "apologies"),
                                                              ("Carys Boateng", "apologies")}


def test_a_councillor_who_attended_for_an_item_sat_at_the_meeting_an_officer_attended() -> None:
    minutes = ("Dunmoor Borough Council\n\nChildren's Scrutiny Committee – Minutes – 2 June 2025\n\n"
               "Present: Councillors Ann Wright (Chair) and Raj Patel\n\n4. Youth justice\n"
               "Councillor Bernadette Quill, Cabinet Member for Children, attended for this item and answered questions. "
               "Kim Ford, Head of Service, attended for this item.\n")
    rows = people_rows(load_text(minutes, "panel.txt"))
    assert {row for row in rows if row[0] in ("Bernadette Quill", "Kim Ford")} == {
        ("Bernadette Quill", "present_at_meeting"), ("Bernadette Quill", "cabinet_member"),
        ("Kim Ford", "officer_attending")}


def test_initials_in_brackets_between_the_name_and_a_chair_written_without_a_separator() -> None:
    minutes = ("DUNMOOR YOUTH OFFENDING SERVICE MANAGEMENT BOARD\nMINUTES OF MEETING HELD ON 12 DECEMBER 2024\n\n"
               "Present: Greta Halvorsen (GH) Chair; Owain Pryce (OP) YOS Manager; Hattie Crane (HC) Minutes\n"
               "Apologies: Saskia Doran, Probation\n\n1. Minutes of previous meeting\nAgreed.\n")
    assert people_rows(load_text(minutes, "board.txt")) == {
        ("Greta Halvorsen", "present_at_meeting"), ("Greta Halvorsen", "board_chair"),
        ("Owain Pryce", "present_at_meeting"), ("Hattie Crane", "present_at_meeting"),
        ("Hattie Crane", "minute_taker"), ("Saskia Doran", "apologies")}


def test_lists_of_councillors_wrapped_over_lines_and_minutes_numbered_by_reference() -> None:
    minutes = ("DUNMOOR BOROUGH COUNCIL\n\nCHILDREN'S SCRUTINY PANEL\n\nMinutes of the meeting held on 20 November 2025\n\n"
               "Present:\tCouncillor M. Featherstone (Chair)\n\tCouncillors Abernethy, Begum, Trewin and\n\tUddin\n\n"
               "In attendance:\nAlun Pryce – Democratic Services Officer\n\n\n"
               "CYP/25/38\tAPOLOGIES FOR ABSENCE\n\nApologies for absence were submitted on behalf of Councillors "
               "Hebblethwaite, N. Osei and\nWinterbottom-Lane.\n")
    result = load_text(minutes, "panel.txt")
    assert result.families == ("council_papers",)
    assert people_rows(result) == {
        ("M. Featherstone", "present_at_meeting"), ("M. Featherstone", "panel_chair"),
        *{(name, "present_at_meeting") for name in ("Abernethy", "Begum", "Trewin", "Uddin")},
        ("Alun Pryce", "officer_attending"),
        *{(name, "apologies") for name in ("Hebblethwaite", "N. Osei", "Winterbottom-Lane")}}
    assert ("Alun Pryce", "officer_attending", "Democratic Services Officer") in role_rows(result)


def test_the_chairs_signature_line_at_the_foot_is_no_list_of_chairs() -> None:
    minutes = ("DUNMOOR BOROUGH COUNCIL\n\nCHILDREN'S SCRUTINY PANEL\n\nMinutes of the meeting held on 20 November 2025\n\n"
               "Present: Councillor Ann Wright (Chair) and Councillor Raj Patel\n\n1. Youth justice\nThe report was noted."
               "\n\nThe meeting ended at 7.48 p.m.\n\nCHAIR\n\nContact Officer:  Alun Pryce, Democratic Services\n")
    rows = people_rows(load_text(minutes, "panel.txt"))
    assert {row for row in rows if row[0] == "Alun Pryce"} == {("Alun Pryce", "contact_officer")}


def test_a_chair_cell_that_also_names_the_post() -> None:
    minutes = ("Dunmoor Youth Justice Partnership Board\nMINUTES\n\nATTENDEES\n| Name | Role | Organisation |\n|---|---|---|\n"
               "| Cllr Bethan Rees-Tudor | Chair / Lead Member for Children | Dunmoor Council |\n"
               "| Simon Achter | Head of Youth Justice | Dunmoor Youth Justice Team |\n\n"
               "Apologies: Bernard Olowe (Integrated Care Board)\n\n| Item | Discussion | Action |\n")
    rows = people_rows(load_text(minutes, "board.txt"))
    assert ("Bethan Rees-Tudor", "board_chair") in rows and ("Simon Achter", "board_chair") not in rows


def test_officers_in_prose_who_took_members_through_or_were_present_for_the_item() -> None:
    minutes = ("DUNMOOR BOROUGH COUNCIL\n\nCHILDREN'S SCRUTINY PANEL\n\nMinutes of the meeting held on 20 November 2025\n\n"
               "Present: Councillor Ann Wright (Chair) and Councillor Raj Patel\n\n4. Youth justice\n"
               "The Head of Youth Justice (Nadia Okonjo-Pryce) took Members through the findings. Inspector Bronwen "
               "Ashdale of Dunmoor Police, Dr Harjit Bassi from the CAMHS service, and Mariana Costa, Virtual School "
               "Headteacher, were also present for this item.\n")
    rows = people_rows(load_text(minutes, "panel.txt"))
    assert {row for row in rows if row[1] == "officer_attending"} == {
        (name, "officer_attending") for name in ("Nadia Okonjo-Pryce", "Bronwen Ashdale", "Harjit Bassi", "Mariana Costa")}


def test_the_chair_of_the_body_a_member_comes_from_is_not_the_meetings_chair() -> None:
    minutes = ("DUNMOOR YOUTH JUSTICE MANAGEMENT BOARD\n\nMinutes of meeting held 15 March 2025\n\n"
               "Graham Ashworth-BellCorporate Director, People (Chair)\nNadia Okonjo Head of Youth Justice\n"
               "ELSPETH MACRAE Chair, Dunmoor Bench\n\nApologies\nRebecca Haigh\n\n1. Welcome\nGAB welcomed members.\n")
    chairs = {row for row in people_rows(load_text(minutes, "board.txt")) if row[1] == "board_chair"}
    assert chairs == {("Graham Ashworth-Bell", "board_chair")}


CHAIRMAN_THEN_COUNCILLORS = """ASHBRIDGE COUNCIL

Children and Families Overview and Scrutiny Committee

Minutes of a meeting held in Committee Room 3 on 2 May 2024

Chairman:\t\tCouncillor Petra Lindqvist
Vice-Chairman:\tCouncillor Owen Tranter

Councillors:\tB. Harcourt, Mrs E. Pennock and F. Sallow

Co-opted members: Canon Ruth Abelard (Diocesan representative)


4.\tApologies for absence

\tCllr Gorringe
"""


def test_councillors_under_a_chairman_and_vice_chairman_are_members_not_vice_chairs() -> None:
    result = load_text(CHAIRMAN_THEN_COUNCILLORS, "scrutiny_minutes.txt")
    vice_chairs = {name for name, relation in people_rows(result) if relation == "panel_vice_chair"}
    assert vice_chairs == {"Owen Tranter"}
    assert {"B. Harcourt", "E. Pennock", "F. Sallow", "Ruth Abelard"} <= {
        name for name, relation in people_rows(result) if relation == "present_at_meeting"}


INVITED_THEN_UNABLE_TO_ATTEND = """Ashbridge Youth Justice Partnership Board

Tuesday 9th April 2024 – 10am

Nadia FerreiraDirector of Children's Services (Chair)
Tomas Beckwith Youth Justice Service Manager

Also invited:
Halima Osei  Team Leader, Ashbridge Recovery
Jonas Whitfield  Speech and Language Therapist

Unable to attend:

Cllr Rowan Ellery

Bethan Caffrey, Youth Court Legal Adviser

1.  Welcome
NF opened the meeting.
"""


def test_also_invited_are_guests_where_the_record_has_its_own_apologies() -> None:
    rows = people_rows(load_text(INVITED_THEN_UNABLE_TO_ATTEND, "board.txt"))
    assert {(n, r) for n, r in rows if r in ("officer_attending", "apologies")} == {
        ("Halima Osei", "officer_attending"), ("Jonas Whitfield", "officer_attending"),
        ("Rowan Ellery", "apologies"), ("Bethan Caffrey", "apologies")}


TAB_TABLE_WITH_AN_ATTENDANCE_COLUMN = """ASHBRIDGE YOUTH JUSTICE PARTNERSHIP BOARD
Minutes of the meeting held on 4 June 2024 at 10am, Room 4, Ashbridge House

Attendance
Name\t\t\t\tRepresenting\t\t\t\tAttendance
Nadia Ferreira (Chair)\t\tChildren's Services\t\tPresent
Tomas Beckwith\t\t\tYouth Justice Service\t\tPresent
Orla Kinsella\t\t\tProbation\t\t\t\tApologies
Piers Hanley\t\t\tMinutes\t\t\t\t\tPresent

1. Apologies
As listed above.
"""


def test_a_tab_table_whose_last_column_says_who_attended() -> None:
    rows = people_rows(load_text(TAB_TABLE_WITH_AN_ATTENDANCE_COLUMN, "board.txt"))
    assert rows == {
        ("Nadia Ferreira", "present_at_meeting"), ("Nadia Ferreira", "board_chair"),
        ("Tomas Beckwith", "present_at_meeting"), ("Orla Kinsella", "apologies"),
        ("Piers Hanley", "present_at_meeting"), ("Piers Hanley", "minute_taker")}


SUBSTITUTE_UNDER_THE_LIST = """ASHBRIDGE COUNCIL

Children and Families Overview and Scrutiny Committee

Minutes of a meeting held in Committee Room 3 on 5 September 2024

Chairman:\t\tCouncillor Petra Lindqvist

Councillors:\tB. Harcourt and F. Sallow

Councillor Wanjiru Castell attended as substitute for Councillor Pellow.


4.\tApologies for absence

\tCllr Pellow
"""


def test_a_substitute_sits_as_a_deputy_and_the_member_replaced_does_not() -> None:
    rows = people_rows(load_text(SUBSTITUTE_UNDER_THE_LIST, "scrutiny_minutes.txt"))
    assert {(n, r) for n, r in rows if "Castell" in n or "Pellow" in n} == {
        ("Wanjiru Castell", "present_at_meeting"), ("Wanjiru Castell", "standing_deputy"), ("Pellow", "apologies")}


CLAUSE_BEFORE_AN_OFFICER = """PENDRITH COUNCIL

Minutes of a meeting of the Children's Scrutiny Committee held on 3 June 2024

Present: Councillor A. Rhys (Chair); Councillors B. Tallis and C. Ffrench

5. Youth justice

In response to a question from the Vice-Chair regarding staffing, Ms Nerys Caddick confirmed that posts had been filled.
"""


def test_a_clause_naming_a_post_before_an_officer_is_not_the_officers_post() -> None:
    statements = load_text(CLAUSE_BEFORE_AN_OFFICER, "minutes.txt").statements
    roles = {s.value for s in statements if s.schema == "Involvement" and s.prop == "role"}
    assert not any("question" in role for role in roles)


SUPPORTED_BY = """PENDRITH COUNCIL

Minutes of a meeting of the Children's Scrutiny Committee held on 3 June 2024

Present: Councillor A. Rhys (Chair); Councillors B. Tallis and C. Ffrench

5. Youth justice

The Head of Children's Services (Mr. Idris Vane) presented the report. He was supported by Ms. Lowri Penhale, Youth
Offending Service Manager; Superintendent Cai Marsden of Pendrith Police and Dr. Hafsa Ilott, Consultant Psychiatrist,
Glanrafon University Health Board, also attended.
"""


def test_officers_who_supported_the_presenter_attended_with_their_bodies() -> None:
    rows = {(name, org) for name, relation, _, org in involvements_of(SUPPORTED_BY, "minutes.txt")
            if relation == "officer_attending"}
    assert {("Lowri Penhale", "Pendrith Youth Offending Service"), ("Cai Marsden", "Pendrith Police"),
            ("Hafsa Ilott", "Glanrafon University Health Board")} <= rows


def test_minutes_prepared_by_names_the_minute_taker() -> None:
    text = SUPPORTED_BY + "\n6. Work programme\n\nNoted.\n\nMinutes prepared by: Iolo Brennan, Scrutiny Officer\n"
    assert ("Iolo Brennan", "minute_taker") in people_rows(load_text(text, "minutes.txt"))


WRAPPED_INLINE_LIST = """NORTHMOOR BOROUGH COUNCIL
CHILDREN'S SCRUTINY PANEL

Minutes of the meeting held on 3 May 2023 in Committee Room A, Northmoor Town Hall

PRESENT: Councillor Wendell Ashgrove (Chair), Councillor MIRABEL QUANTOCK-FELL
(Vice-Chair) and Councillors Osric Penhallow and
Tamsin Loveridge

Also present: Councillor Edwina Strood (Cabinet Member for Children and
Families)

1. MINUTES

The minutes of the last meeting were agreed.
"""


def test_a_list_on_the_headings_line_that_wraps_on_to_the_next_lines() -> None:
    """A marker or a name pushed to the next line by the page's width belongs to the list on the heading's line."""
    rows = people_rows(load_text(WRAPPED_INLINE_LIST, "minutes.txt"))
    assert ("Mirabel Quantock-Fell", "panel_vice_chair") in rows
    assert ("Tamsin Loveridge", "present_at_meeting") in rows
    assert {name for name, relation in rows if relation == "present_at_meeting"} == {
        "Wendell Ashgrove", "Mirabel Quantock-Fell", "Osric Penhallow", "Tamsin Loveridge", "Edwina Strood"}


STATUS_COLUMN = """Eastmarch Youth Justice Management Board
Minutes of the meeting held on 9 October 2023, Room 4, Eastmarch House

| Name | Role | Organisation | Attendance |
|---|---|---|---|
| Cordelia Vantreight | Director of Children's Services (Chair) | Eastmarch Council | Present |
| Supt Barnaby Quillfeather | District Commander | Eastmarch Police | Sent substitute |
| Hyacinth Olubanke-Price | Head of Service | Eastmarch Youth Justice Service | Present |

1. Welcome
CV welcomed members.
"""

CHAIR_LINE_INSIDE_THE_LIST = """Eastmarch Youth Justice Management Board
Minutes of the meeting held on 9 October 2023, Room 4, Eastmarch House

Present
Supt Barnaby Quillfeather – District Commander, Eastmarch Police
Chair: Cordelia Vantreight
Probation: Ptolemy Arkwright

Apologies
Winifred Caskie – Business Support Officer

1. Welcome
CV welcomed members.
"""


def test_a_status_column_saying_a_substitute_was_sent_gives_apologies() -> None:
    rows = people_rows(load_text(STATUS_COLUMN, "board.txt"))
    assert ("Barnaby Quillfeather", "apologies") in rows
    assert ("Barnaby Quillfeather", "present_at_meeting") not in rows


def test_a_chair_line_inside_a_list_and_a_body_before_a_name() -> None:
    """'Chair: X' names one holder: the lines after it go on with the list it interrupted, and 'Probation: Name' is a
    member from that body, not a second chair."""
    rows = people_rows(load_text(CHAIR_LINE_INSIDE_THE_LIST, "board.txt"))
    assert {name for name, relation in rows if relation == "board_chair"} == {"Cordelia Vantreight"}
    assert ("Ptolemy Arkwright", "present_at_meeting") in rows
    assert ("Winifred Caskie", "apologies") in rows


ONE_A_LINE_IN_EVERY_FORM = """WESTFOLD YOUTH OFFENDING SERVICE MANAGEMENT BOARD
Minutes of the meeting held on 2 February 2022 at the Civic Suite, Westfold Town Hall

Board members present:
Dr A. J. Pemberton-Cole (Director of Public Health, Westfold Council) – Chair
DCI Mabel Ferncastle, Westfold Police
Head of Service: Tobiah Wrexham
Supt. R. Okonkwo-Bright   Westfold Police
Councillor Hermione Gault Lead Member for Children
Ms Lavinia Stroud-Pyke, Service Manager, Youth Offending Service
Civic Suite
Committee Room 2

Officers in attendance:
Jerome Nakashima (Performance Analyst)
Rosalind Whitcombe – Minute taker

Apologies:
Cllr Barnabas Thorne; Cllr Ophelia Dunmore-Rees and Mr Q. Xanthopoulos (Westfold College)

1. Minutes of the last meeting
The minutes were agreed. Action: Jo Fi
"""


def test_one_person_a_line_in_every_form_and_venues_that_are_no_part_of_a_role() -> None:
    """'Name (Post, Body) – Chair', 'Rank Name, Body', 'Post: Name', 'Rank Initial. Name<spaces>Body', 'Name Post'
    with no separator, 'Name – Minute taker', and a list of several on one line; venue lines under the list and a name
    cut off by the end of the page are nobody, and no part of the role above them."""
    rows = involvements_of(ONE_A_LINE_IN_EVERY_FORM, "board.txt")
    relations = {(name, relation) for name, relation, _, _ in rows}
    assert {name for name, relation in relations if relation == "present_at_meeting"} == {
        "A.J. Pemberton-Cole", "Mabel Ferncastle", "Tobiah Wrexham", "R. Okonkwo-Bright", "Hermione Gault",
        "Lavinia Stroud-Pyke"}
    assert {name for name, relation in relations if relation == "apologies"} == {
        "Barnabas Thorne", "Ophelia Dunmore-Rees", "Q. Xanthopoulos"}
    assert {("A.J. Pemberton-Cole", "board_chair"), ("Jerome Nakashima", "officer_attending"),
            ("Rosalind Whitcombe", "minute_taker"), ("Hermione Gault", "cabinet_member")} <= relations
    assert ("Lavinia Stroud-Pyke", "present_at_meeting", "Service Manager, Youth Offending Service",
            "Westfold Youth Offending Service") in rows


CELL_A_LINE = """Eastmarch Youth Justice Management Board
Minutes of the meeting held on 9 October 2023

Attendance
Name
Role
Organisation
Cordelia Vantreight
Director of Children's Services (Chair)
Eastmarch Council
Barnaby Quillfeather
District Commander
Eastmarch Police
Hyacinth Olubanke-Price
Head of Service
Eastmarch Youth Justice Service

Apologies
Name
Role
Ptolemy Arkwright
Probation Delivery Unit Head

1. Welcome
CV welcomed members.
"""


def test_a_table_flattened_to_one_cell_a_line_after_its_header_row() -> None:
    """The header row ('Name', 'Role', 'Organisation' one a line) is skipped; each name opens an entry, the cells below
    it are its post and body, and a marker in them ('(Chair)') is the entry's."""
    rows = involvements_of(CELL_A_LINE, "board.txt")
    assert {(name, relation) for name, relation, _, _ in rows} == {
        ("Cordelia Vantreight", "present_at_meeting"), ("Cordelia Vantreight", "board_chair"),
        ("Barnaby Quillfeather", "present_at_meeting"), ("Hyacinth Olubanke-Price", "present_at_meeting"),
        ("Ptolemy Arkwright", "apologies")}
    # the post alone, its body the organisation (as 'Head of Service | Northshire Council')
    assert ("Barnaby Quillfeather", "present_at_meeting", "District Commander", "Eastmarch Police") in rows


APOLOGIES_IN_SENTENCES = """BRACKENFORD BOROUGH COUNCIL

HOUSING AND CHILDREN SCRUTINY COMMITTEE

MINUTES of the meeting held on Tuesday 5 March 2024

PRESENT: Councillor Marit Haugland-Sørby (Chair) and Councillors Odile Fairweather-Lunn and Kwame Asante-Boakye

12	APOLOGIES FOR ABSENCE AND SUBSTITUTES

The Chair reported apologies from Councillor Tadhg Ó Murchú and Councillor
Wiesława Brzózka-Lenz. Councillor Idris Pengelly-Rowe attended as substitute for Councillor
Ó Murchú; there was no substitute for Councillor Brzózka-Lenz. Canon Ambrose Fettiplace-Hume
(Diocesan Representative) had also sent his apologies. Orla Venn had not sent apologies.

13	MINUTES

Agreed.
"""


def test_apologies_reported_in_sentences_and_a_substitute_who_sat() -> None:
    rows = people_rows(load_text(APOLOGIES_IN_SENTENCES, "committee.txt"))
    assert {name for name, relation in rows if relation == "apologies"} == {
        "Tadhg Ó Murchú", "Wiesława Brzózka-Lenz", "Ambrose Fettiplace-Hume"}
    assert {name for name, relation in rows if relation == "standing_deputy"} == {"Idris Pengelly-Rowe"}
    present = {name for name, relation in rows if relation == "present_at_meeting"}
    assert present == {"Marit Haugland-Sørby", "Odile Fairweather-Lunn", "Kwame Asante-Boakye", "Idris Pengelly-Rowe"}


def test_apologies_received_in_a_list_parted_by_semicolons_end_at_a_clause_of_its_own() -> None:
    text = ("GLASWELL COUNCIL\nMinutes of the meeting of the Children's Scrutiny Panel held on 3 May 2024\n\n"
            "Present: Councillors Ward (Chair), Pryce and Dale\n\n1. Apologies\n"
            "These were received from Councillors A. Penhallow and W.J. Trevithick-Moss; and Mr K. Pask (Co-opted Member).\n"
            "\n2. Substitutes\nApologies were received from Councillor Edevane; Councillor Rosewarne attended as substitute.\n")
    rows = people_rows(load_text(text, "panel.txt"))
    assert {name for name, relation in rows if relation == "apologies"} == {
        "A. Penhallow", "W.J. Trevithick-Moss", "K. Pask", "Edevane"}
    assert ("Rosewarne", "present_at_meeting") in rows


def test_officers_who_came_together_with_the_one_who_presented() -> None:
    text = ("ORMSBY COUNCIL\nMinutes of the meeting of the Children's Scrutiny Panel held on 9 May 2024\n\n"
            "Present: Councillors Ward (Chair), Pryce and Dale\n\n4. Youth justice inspection\n"
            "The Panel received a report on the outcome of the inspection of Ormsby Youth Justice Service by HM Inspectorate.\n"
            "Bartholomew Quist, Head of Youth Justice, introduced the report together with Inspector Tunde Ashiru of\n"
            "Ormsby Police and Yelena Marchetti-Doyle, the service's education lead. The Strategic Director attended.\n")
    rows = people_rows(load_text(text, "panel.txt"))
    assert {name for name, relation in rows if relation == "officer_attending"} == {
        "Bartholomew Quist", "Tunde Ashiru", "Yelena Marchetti-Doyle"}


INITIALS_COLUMN_TABLE = """\
WESTMERE YOUTH JUSTICE PARTNERSHIP BOARD
MINUTES

Date:   Tuesday 3 March 2026, 14:00
Venue:  Room 4, Harbour House, Westmere

Initials   Name                      Position / agency
PQ         Petra Quance              Director of Children's Services, Westmere Council (Chair)
LdV        Luc de Vere               Head of Youth Justice, Westmere YJS
OT         Insp Owen Tarrant         Neighbourhood Policing, Westmere Police
FH         Fenna Holt                Board Administrator (minutes)

Also attending
GB         Gil Barnaby               Team Manager (item 3)

1.  Apologies
    Apologies were received from Ros Yelland.

2.  Performance
    LdV presented the quarterly figures. OT asked about custody.
"""


def test_a_table_with_an_initials_column_then_also_attending() -> None:
    rows = people_rows(load_text(INITIALS_COLUMN_TABLE, "board.txt"))
    assert rows == {
        ("Petra Quance", "present_at_meeting"), ("Petra Quance", "board_chair"), ("Luc de Vere", "present_at_meeting"),
        ("Owen Tarrant", "present_at_meeting"), ("Fenna Holt", "present_at_meeting"), ("Fenna Holt", "minute_taker"),
        ("Gil Barnaby", "officer_attending"), ("Ros Yelland", "apologies")}


REGISTER_OF_TICKS_AND_LETTERS = """\
Westmere Youth Justice Partnership Board – minutes
14 April 2026, 10:00, Harbour House

Attendance register                                           14.04.26
Petra Quance (Chair) – Westmere Council                           ✓
Luc de Vere – Head of Youth Justice                               ✓
Insp Owen Tarrant – Westmere Police                               A
Fenna Holt – Board Support (minutes)                              ✓
Key:  ✓ present    A apologies received

1   Performance
    The Board noted the figures.
"""


def test_a_register_dated_in_its_heading_with_ticks_and_letters_after_padding() -> None:
    rows = people_rows(load_text(REGISTER_OF_TICKS_AND_LETTERS, "board.txt"))
    assert rows == {
        ("Petra Quance", "present_at_meeting"), ("Petra Quance", "board_chair"), ("Luc de Vere", "present_at_meeting"),
        ("Owen Tarrant", "apologies"), ("Fenna Holt", "present_at_meeting"), ("Fenna Holt", "minute_taker")}


def test_the_chairs_marker_before_the_body_is_no_part_of_the_role() -> None:
    rows = role_rows(load_text(REGISTER_OF_TICKS_AND_LETTERS, "board.txt"))
    assert ("Petra Quance", "present_at_meeting", None) in rows  # 'Westmere Council' is her body, not her post


def test_guests_who_joined_the_meeting_with_a_body_after_a_post_that_is_no_person() -> None:
    text = ("WESTMERE COUNTY BOROUGH COUNCIL\nMinutes of the meeting of the Children's Scrutiny Committee held on 4 May "
            "2026\n\nPresent: Councillors Ward (Chair), Pryce and Dale\n\n5.  Youth justice inspection\n"
            "Sergeant Tomos Brynach of Westmere Police and Dr Eira Caswell-Pugh, Consultant Clinical\n"
            "Psychologist, Pen Dinas University Health Board, joined the meeting for this item.\n")
    rows = people_rows(load_text(text, "committee.txt"))
    assert {name for name, relation in rows if relation == "officer_attending"} == {"Tomos Brynach", "Eira Caswell-Pugh"}


SURNAME_GRID = """\
WESTMERE BOROUGH COUNCIL

CHILDREN'S SCRUTINY PANEL

MINUTES of the meeting held on 9 June 2026 in Committee Room 2, Westmere Town Hall

PRESENT:       Councillor Ashcombe (in the Chair)

Councillors    Belling             Carrow-Dunn          Dimmock
               Esterby             Farrant (Vice-Chair) Gollop
               Hethersett

1.   MINUTES

RESOLVED that the minutes be approved.
"""


def test_a_grid_of_councillors_surnames_in_padded_columns() -> None:
    rows = people_rows(load_text(SURNAME_GRID, "panel.txt"))
    assert rows == {("Ashcombe", "present_at_meeting"), ("Ashcombe", "panel_chair"), ("Farrant", "panel_vice_chair")} | {
        (surname, "present_at_meeting")
        for surname in ("Belling", "Carrow-Dunn", "Dimmock", "Esterby", "Farrant", "Gollop", "Hethersett")}


REFERENCED_MINUTES = """\
WESTMERE BOROUGH COUNCIL

CHILDREN'S SCRUTINY PANEL

MINUTES of the meeting held on 9 June 2026 in Committee Room 2, Westmere Town Hall

PRESENT:       Councillor Ashcombe (in the Chair)

Also present:  Councillor Belling, Cabinet Member, Children's Services

Councillor Dimmock substituted for Councillor Esterby.


CSP.12   APOLOGIES FOR ABSENCE

Councillor Esterby and Mrs Ivy Tolland (Parent Governor Representative) sent apologies.

CSP.13   MINUTES

RESOLVED that the minutes be approved.

Minutes prepared by Orla Treloar, Democratic Services Officer
"""


def test_minutes_numbered_by_reference_a_substitute_and_minutes_prepared_by() -> None:
    rows = people_rows(load_text(REFERENCED_MINUTES, "panel.txt"))
    assert {name for name, relation in rows if relation == "present_at_meeting"} == {"Ashcombe", "Belling", "Dimmock"}
    assert {name for name, relation in rows if relation == "apologies"} == {"Esterby", "Ivy Tolland"}
    assert ("Orla Treloar", "minute_taker") in rows


def test_a_post_labelling_an_entry_of_those_present_is_the_members_post() -> None:
    text = ("WESTMERE COUNTY BOROUGH COUNCIL\n\nCHILDREN'S SCRUTINY COMMITTEE\n\n"
            "Minutes of the meeting held on 4 May 2026\n\nMEMBERS PRESENT\nChairperson:\tCounty Councillor Ann Morvah\n\n"
            "County Councillor B. Pascoe\tCounty Councillor C. Trevail\n\n"
            "Cabinet Member:\tCounty Councillor Elowen Jago (Children's Services)\n\n"
            "1.  MINUTES\n\nRESOLVED that the minutes be approved.\n")
    rows = role_rows(load_text(text, "committee.txt"))
    # her seat is the whole post the entry writes, not a second row for its label alone
    assert {(relation, role) for person, relation, role in rows if person == "Elowen Jago"} == {
        ("cabinet_member", "Cabinet Member, Children's Services"), ("present_at_meeting", "Cabinet Member")}


def test_a_cabinet_member_who_sent_apologies_is_still_a_cabinet_member() -> None:
    text = ("WESTMERE YOUTH JUSTICE PARTNERSHIP BOARD\nMINUTES\n\nPresent: Petra Quance (Chair), Luc de Vere\n\n"
            "1.  Apologies for absence\n    Apologies were received from Cllr Ansel Kittow (Portfolio Holder for "
            "Children's Services).\n\n2.  Performance\n    The Board noted the figures.\n")
    rows = people_rows(load_text(text, "board.txt"))
    assert {("Ansel Kittow", "apologies"), ("Ansel Kittow", "cabinet_member")} <= rows
    assert ("Ansel Kittow", "present_at_meeting") not in rows


def test_a_register_whose_first_column_is_the_body_with_a_vacant_seat() -> None:
    notes = ("Dunmoor Borough Council | Dunmoor Youth Justice Management Board\n\nNOTES OF THE BOARD MEETING\n"
             "9 May 2025, Orchard Room, Mill House\n\nRecord of attendance\n\n"
             "| Agency               | Board member          | Seat                          | Status      |\n"
             "|----------------------|-----------------------|-------------------------------|-------------|\n"
             "| Dunmoor Borough Council | Ann Wright         | Director of Children's Services (Chair) | Attended |\n"
             "| Dunmoor Police       | Supt Kim Ford         | Area Commander                | Sent deputy |\n"
             "| Dunmoor Police       | DI Raj Patel          | deputising for Supt Ford      | Attended    |\n"
             "| Dunmoor Youth Justice Svc | Nia Brook        | Head of Youth Justice         | Attended    |\n"
             "| Dunmoor Borough Council | Director of Public Health | (seat vacant)          | Apologies   |\n"
             "| Probation Service    | Lee Moss              | Head of Delivery Unit         | Apologies   |\n\n"
             "Invited for item 2: Dev Rao, Performance Lead, Dunmoor YJS.\n\n"
             "Item 1 - Opening\nAW opened the meeting. There were no staff present for item 4.\n")
    result = load_text(notes, "board.txt")
    assert result.families == ("board_minutes",)
    assert people_rows(result) == {
        ("Ann Wright", "present_at_meeting"), ("Ann Wright", "board_chair"), ("Kim Ford", "apologies"),
        ("Raj Patel", "present_at_meeting"), ("Nia Brook", "present_at_meeting"), ("Lee Moss", "apologies"),
        ("Dev Rao", "officer_attending")}
    organisations = {(name, org) for name, _, _, org in involvements_of(notes, "board.txt")}
    assert {("Kim Ford", "Dunmoor Police"), ("Lee Moss", "Probation Service"),
            ("Nia Brook", "Dunmoor Youth Offending Service")} <= organisations


def test_labels_with_long_dashes_regrets_a_note_taker_and_members_between_middle_dots() -> None:
    minutes = ("DUNMOOR YOUTH JUSTICE MANAGEMENT BOARD\nMinutes – 5 June 2025 – Orchard Room\n\n"
               "In the chair —   Ann Wright, Director of Children's Services, Dunmoor Council\n\n"
               "Members —        Raj Patel (Head of Youth Justice) · Cllr Kim Ford\n"
               "                 (Executive Member, Children) · Dr Nia Brook (ICB)\n\n"
               "Regrets —        Lee Moss, Probation Service; DI Omar Shah\n\n"
               "Note-taker —     Ella Price\n\n"
               "1   Inspection report\n    The report of HM Inspectorate of Probation was published in May.\n")
    result = load_text(minutes, "board.txt")
    assert result.families == ("board_minutes",)
    present = {name for name, relation in people_rows(result) if relation == "present_at_meeting"}
    assert present == {"Ann Wright", "Raj Patel", "Kim Ford", "Nia Brook"}
    assert {("Lee Moss", "apologies"), ("Omar Shah", "apologies"), ("Ella Price", "minute_taker"),
            ("Ann Wright", "board_chair"), ("Kim Ford", "cabinet_member")} <= people_rows(result)


def test_members_listed_surname_first_and_a_co_opted_member() -> None:
    minutes = ("DUNMOOR COUNTY COUNCIL\n\nMinutes of a meeting of the CHILDREN'S SCRUTINY COMMITTEE held at County "
               "Hall on 4 March 2025\n\nMembers present (surname order):\n  Abara-Quist, Folake (Chairman)\n"
               "  Brandt, Heinrich\n  D'Souza, Marisa (Vice-Chairman)\n  Tremlow, Ann-Sofie\n\n"
               "Co-opted (non-voting):  Revd Canon Mervyn Ashby-Lyle (Diocese of Dunmoor)\n\n"
               "14.  APOLOGIES\n\nApologies for absence were received from Cllr Whitby.\n")
    result = load_text(minutes, "minutes.txt")
    assert people_rows(result) == {
        ("Folake Abara-Quist", "present_at_meeting"), ("Folake Abara-Quist", "panel_chair"),
        ("Heinrich Brandt", "present_at_meeting"), ("Marisa D'Souza", "present_at_meeting"),
        ("Marisa D'Souza", "panel_vice_chair"), ("Ann-Sofie Tremlow", "present_at_meeting"),
        ("Mervyn Ashby-Lyle", "present_at_meeting"), ("Whitby", "apologies")}
    assert ("Mervyn Ashby-Lyle", "Diocese of Dunmoor") in {(n, org) for n, _, _, org in involvements_of(minutes,
                                                                                                       "minutes.txt")}


def test_officers_who_came_together_with_a_councillor_also_in_attendance() -> None:
    minutes = ("WESTMERE COUNTY COUNCIL\n\nMinutes of a meeting of the CHILDREN'S SCRUTINY COMMITTEE held on 2 April "
               "2025\n\nPresent: Councillors Abbot (Chair), Brill and Cole\n\n5.  YOUTH JUSTICE INSPECTION\n\n"
               "The Cabinet Member for Children's Services, Cllr Oksana Pryce-Dale, was also in attendance for this "
               "item, together with\nChief Inspector Rafael Quintana-Lowe of Westmere Constabulary and Nadia "
               "El-Amari, Head of\nCommissioning, Westmere Integrated Care Board.\n")
    rows = people_rows(load_text(minutes, "minutes.txt"))
    assert {name for name, relation in rows if relation == "officer_attending"} == {
        "Rafael Quintana-Lowe", "Nadia El-Amari"}
    assert ("Oksana Pryce-Dale", "present_at_meeting") in rows
SEMICOLON_PARAGRAPH = """Westmere Youth Justice Management Board
Note of meeting: 3 March 2021, Orchard Room (hybrid)

Present: Maud Kettleby (MK), Director of Children's Services –
Chair; Osric Pembleton (OP), Head of Youth Justice Service; Hilde Varga-Lowe (HvL),
Probation Service; Ines Corrigan (IC), Westmere ICB; Tamsin Oduya-Felt (TOF), Director of Public
Health; Lydia Quennell-Ames
(LQA), notes.

1    Welcome
     MK welcomed members.
"""


def test_a_semicolon_list_wraps_over_lines_to_its_full_stop() -> None:
    """Every entry of a 'Present:' paragraph parted by semicolons keeps the body and post written on the next line."""
    rows = {(person, relation, organisation) for person, relation, _, organisation in
            involvements_of(SEMICOLON_PARAGRAPH, "board.txt")}
    assert ("Hilde Varga-Lowe", "present_at_meeting", "Probation Service") in rows
    assert ("Ines Corrigan", "present_at_meeting", "Westmere Integrated Care Board") in rows
    assert ("Lydia Quennell-Ames", "minute_taker", "Westmere Youth Offending Service") in rows
    assert ("Maud Kettleby", "board_chair", "Westmere Youth Offending Service") in rows


APOLOGIES_AND_FROM = """Westmere Youth Justice Partnership Board
Minutes of the meeting of 9 June 2021

1. Apologies
Apologies had been received from Corwin Hatherleigh
(Director of Public Health) and from Tancred Lisle, Legal Team Manager, HMCTS, and from Bramwell
Udo (Head of Inclusion, Westmere Council) and the Board's adviser from the YJB.
"""


def test_apologies_from_one_then_from_another_keep_their_own_bodies() -> None:
    rows = {(person, relation, organisation) for person, relation, _, organisation in
            involvements_of(APOLOGIES_AND_FROM, "board.txt")}
    assert ("Corwin Hatherleigh", "apologies", "Westmere Council") in rows, rows
    assert ("Tancred Lisle", "apologies", "HM Courts Service") in rows, rows
    assert ("Bramwell Udo", "apologies", "Westmere Council") in rows, rows


OPENING_BODY_ROW = """Westmere Youth Justice Service

Youth Justice Plan 2023/24

Board membership:

Agency                              Representative          Position
Westmere Council                    Piers Lundqvist         Director of Children's Services (Chair)
Westmere Youth Justice Service      Oriel Fanshawe          Head of Youth Justice
Fenby Police                        Supt Ash Pemberly       District Commander
"""


def test_a_table_row_opening_with_the_documents_first_line_is_no_running_header() -> None:
    rows = {(person, relation) for person, relation, _, _ in
            involvements_of(OPENING_BODY_ROW, "westmere_youth_justice_plan.txt")}
    assert {("Piers Lundqvist", "board_member"), ("Oriel Fanshawe", "board_member"),
            ("Ash Pemberly", "board_member")} <= rows, rows
BROKEN_NAMES = """BRAYFORD COUNCIL
Minutes of the Youth Justice Management Board
held on 9 November 2022 at Committee Room 2, Town Hall

Present:
Councillor Jo
Fitz-Allen (Chair)
Councillor Ann Lee
Dr Sunita
Ramaswamy, Director of Public Health
Kay Lund, Head of Service

Apologies:
Councillor Tom Hurst
Councillor Jo Fi
"""


BROKEN_NAMES_ON_HEADING_LINES = """BRAYFORD COUNCIL
Minutes of the Children's Scrutiny Panel held on 9 November 2022

Present: Councillors Jo Fitz-Allen (Chair), Mark O'Neill, Priya
Ramaswamy and Ann Lee

Apologies: Councillor Ruth
Jones
"""


def test_a_name_broken_after_its_first_name_is_one_person_and_one_cut_off_by_the_page_is_none() -> None:
    rows = role_rows(load_text(BROKEN_NAMES, "minutes.txt"))
    assert {(name, relation, role) for name, relation, role in rows if relation != "board_chair"} == {
        ("Jo Fitz-Allen", "present_at_meeting", "Chair"), ("Ann Lee", "present_at_meeting", None),
        ("Sunita Ramaswamy", "present_at_meeting", "Director of Public Health"),
        ("Kay Lund", "present_at_meeting", "Head of Service"), ("Tom Hurst", "apologies", None)}
    rows = role_rows(load_text(BROKEN_NAMES_ON_HEADING_LINES, "panel.txt"))
    assert {(name, relation) for name, relation, _ in rows if relation in ("present_at_meeting", "apologies")} == {
        ("Jo Fitz-Allen", "present_at_meeting"), ("Mark O'Neill", "present_at_meeting"),
        ("Priya Ramaswamy", "present_at_meeting"), ("Ann Lee", "present_at_meeting"), ("Ruth Jones", "apologies")}


COLUMNS_OF_NAME_POST_AND_BODY = """Northshire Youth Justice Management Board

Minutes of the meeting held on 14 June 2022

Present
Name                 Role                              Organisation
Ann Wright           Head of Service                   Northshire Council
Raj Patel            Team Manager                      Northshire Youth Justice Service
Lee Moss             Inspector                         Northshire Police
Eve Hart             Chair                             Northshire Bench

Apologies
| Tom Hart | Head of Education Inclusion | Northshire Council |
"""


def test_a_rows_body_column_is_the_organisation_and_no_part_of_the_post() -> None:
    rows = involvements_of(COLUMNS_OF_NAME_POST_AND_BODY, "minutes.txt")
    assert {row for row in rows if row[1] in ("present_at_meeting", "apologies")} == {
        ("Ann Wright", "present_at_meeting", "Head of Service", "Northshire Council"),
        ("Raj Patel", "present_at_meeting", "Team Manager", "Northshire Youth Offending Service"),
        ("Lee Moss", "present_at_meeting", "Inspector", "Northshire Police"),
        # a chair's post names the body it chairs
        ("Eve Hart", "present_at_meeting", "Chair, Northshire Bench", "Northshire Bench"),
        ("Tom Hart", "apologies", "Head of Education Inclusion", "Northshire Council")}


SERVICE_NAMED_BY_ITS_INITIALS = """DUNHOLME COUNCIL
Minutes of the Children's Scrutiny Panel held on 9 November 2022

Present: Councillors Hale (Chair), Brook and Tandy

Officers present:
Kim Ford, Team Manager, YJS
Lou Grey (YJS Manager)
Max Bell, Head of Youth Justice

5. Youth Justice Service inspection
Kim Ford said the YJS had improved its assessments.
"""


def test_the_service_named_without_its_area_is_the_areas_service_under_the_gazetteers_name() -> None:
    rows = involvements_of(SERVICE_NAMED_BY_ITS_INITIALS, "panel.txt")
    # 'YJS' alone is the area's service (the gazetteer's form for an area it does not list), not the council; so is the
    # head of youth justice, a post that is only the service's head: the body they serve there (stop 28; the unseen
    # set's older keys gave the council, its later keys and most blind authors the service)
    assert {row for row in rows if row[1] == "officer_attending"} == {
        ("Kim Ford", "officer_attending", "Team Manager, YJS", "Dunholme Youth Offending Service"),
        ("Lou Grey", "officer_attending", "YJS Manager", "Dunholme Youth Offending Service"),
        ("Max Bell", "officer_attending", "Head of Youth Justice", "Dunholme Youth Offending Service")}


ADVISERS_AND_CLERK = """ORMSBY COUNCIL
Minutes of the Corporate Parenting Panel held on 5 October 2022

Present: Councillors Hale (Chair), Brook and Tandy

Officers present:
Legal Adviser: Simon Crewe
Rhona Gill – Democratic Services Adviser
Ama Boateng (Youth Court Legal Adviser)
Clerk: Peter Vance

1. Apologies
There were no apologies.
"""


def test_advisers_in_an_officers_list_attend_as_officers_and_the_clerk_takes_the_minutes() -> None:
    rows = role_rows(load_text(ADVISERS_AND_CLERK, "panel.txt"))
    assert {row for row in rows if row[0] not in ("Hale", "Brook", "Tandy")} == {
        ("Simon Crewe", "officer_attending", "Legal Adviser"),
        ("Rhona Gill", "officer_attending", "Democratic Services Adviser"),
        ("Ama Boateng", "officer_attending", "Youth Court Legal Adviser"),
        ("Peter Vance", "minute_taker", "Clerk")}  # the post as written, not the default


# Welsh cabinet minutes (batch 20): roles wrapped inside their brackets and to their column, a heading in two languages,
# the chair of another committee beside the meeting's own, and a body's name wrapped after a listed name.
BILINGUAL_CABINET = """TARROWBY COUNTY BOROUGH COUNCIL

MINUTES OF THE MEETING OF THE CABINET HELD AT THE CIVIC CENTRE ON 4 MARCH 2025

PRESENT:

Councillors:   Gethin Parry-Hale (Leader of the Council) (in the Chair)
               Sioned Wyn-Rees (Cabinet Member for Social
               Services)

Also in attendance:  Councillor Dilys Maund (Chair, Children's Scrutiny
                     Committee)

Officers:      Aled Pugh-Warren          - Chief Finance Officer (Section
                                           151 Officer)
               Carwyn Blythe-Ormond      - Corporate Director of Social
                                           Services
               Elin Marwick              - Democratic Services Officer

Ymddiheuriadau / Apologies: Councillor Rhian Tudor (Cabinet Member for
Housing)

12.  YOUTH JUSTICE INSPECTION

      Inspector Osian Delme of Tarrowby Police and Dr Mererid Fane, Named Nurse, Bro Tarrowby
      University Health Board, also attended for this item.
"""


def test_welsh_cabinet_minutes_roles_wrapped_a_bilingual_apologies_heading_and_one_chair() -> None:
    rows = role_rows(load_text(BILINGUAL_CABINET, "tarrowby_cabinet.txt"))
    assert ("Aled Pugh-Warren", "officer_attending", "Chief Finance Officer (Section 151 Officer)") in rows
    assert ("Carwyn Blythe-Ormond", "officer_attending", "Corporate Director of Social Services") in rows
    assert ("Elin Marwick", "officer_attending", "Democratic Services Officer") in rows  # after '151 Officer)'
    assert ("Sioned Wyn-Rees", "present_at_meeting", "Cabinet Member for Social Services") in rows
    assert ("Rhian Tudor", "apologies", "Cabinet Member for Housing") in rows
    # one chair of the meeting; the chair of the Children's Scrutiny Committee chairs that committee, not this one
    chairs = {(name, role) for name, relation, role in rows if relation == "panel_chair"}
    assert chairs == {("Gethin Parry-Hale", "Chair"), ("Dilys Maund", "Chair, Children's Scrutiny Committee")}
    people = {name for name, _, _ in rows}
    assert "Mererid Fane" in people and not any("Tarrowby" in name for name in people)


VACANT_SEAT = """Tarrowby Youth Justice Partnership Board

MINUTES

Board members present

Name\tOrganisation\tRole
Dewi Lloyd-Amos\tTarrowby Council\tDirector of Children's Services (Chair)

Apologies

Name\tOrganisation\tRole
Gwen Abbot-Rhys\tOffice of the Police and Crime Commissioner\tPolicy Officer
(vacant)\tTarrowby Council\tConsultant in Public Health

1.  Welcome and apologies
"""


def test_a_vacant_seat_is_no_part_of_the_role_above_it() -> None:
    rows = role_rows(load_text(VACANT_SEAT, "tarrowby_board.txt"))
    roles = {role for name, relation, role in rows if name == "Gwen Abbot-Rhys" and relation == "apologies"}
    assert roles and not any("Public Health" in (role or "") for role in roles)


# A board's tab tables under their column heads, the body's column before the role's (batch 20).
HEADED_COLUMNS = """Tarrowby Youth Justice Partnership Board

MINUTES

Board members present

Name\tOrganisation\tRole
Dewi Lloyd-Amos\tTarrowby Council\tDirector of Children's Services (Chair)
R. T. Pengelly JP\tTarrowby and Pellan Bench\tChair, Youth Court Panel

Apologies

Name\tOrganisation\tRole
Gwen Abbot-Rhys\tOffice of the Police and Crime Commissioner\tPolicy Officer

1.  Welcome and apologies
"""


def test_the_columns_a_tables_heads_name_give_the_body_and_the_post() -> None:
    rows = involvements_of(HEADED_COLUMNS, "tarrowby_board.txt")
    assert {(name, relation, role, org) for name, relation, role, org in rows if relation != "board_chair"} == {
        ("Dewi Lloyd-Amos", "present_at_meeting", "Director of Children's Services", "Tarrowby Council"),
        ("R.T. Pengelly", "present_at_meeting", "Chair, Youth Court Panel", "Tarrowby and Pellan Bench"),
        ("Gwen Abbot-Rhys", "apologies", "Policy Officer", "Office of the Police and Crime Commissioner")}


HEADLESS_THEN_IN_ATTENDANCE = """PENFRO ISAF YOUTH JUSTICE MANAGEMENT BOARD
Wednesday 12 March 2025, 2.00pm – 4.00pm
Siambr Werdd (Room 3.02), Neuadd y Sir, Penfro Isaf

Gwenllian Ashdown-ProbertDirector of Education (Chair)
Emrys Tavener-LloydHead of Youth Justice Service
Insp Carys Oyelowo-BevanNeighbourhood Inspector, Dyfed Ridge Police
Dr Sion Whitfield-NashClinical Lead, Bro Penfro University Health Board
Mali Gethin Team Administrator (Minutes)
In attendance
Rhodri Ellingham-VaughanData Analyst, YJS (item 2)
_____________________________
Apologies
Osian Farrow-DaviesHead of Housing
Bethan Quayle JPChair, Penfro Isaf Youth Bench

1. Welcome
GAP welcomed members.
"""


def test_a_list_with_no_heading_above_in_attendance_is_those_present_and_a_rule_ends_it() -> None:
    rows = role_rows(load_text(HEADLESS_THEN_IN_ATTENDANCE, "board.txt"))
    assert {(name, relation) for name, relation, _ in rows} == {
        ("Gwenllian Ashdown-Probert", "present_at_meeting"), ("Gwenllian Ashdown-Probert", "board_chair"),
        ("Emrys Tavener-Lloyd", "present_at_meeting"), ("Carys Oyelowo-Bevan", "present_at_meeting"),
        ("Sion Whitfield-Nash", "present_at_meeting"), ("Mali Gethin", "present_at_meeting"),
        ("Mali Gethin", "minute_taker"), ("Rhodri Ellingham-Vaughan", "officer_attending"),
        ("Osian Farrow-Davies", "apologies"), ("Bethan Quayle", "apologies")}
    roles = {(name, relation): role for name, relation, role in rows}
    # the rule is no role, nor the agenda item he attended for
    assert roles["Rhodri Ellingham-Vaughan", "officer_attending"] == "Data Analyst, YJS"
    assert roles["Sion Whitfield-Nash", "present_at_meeting"] == "Clinical Lead"  # the health board is no person


POST_DASH_COUNCILLOR = """GLANMORFA COUNTY BOROUGH COUNCIL

CABINET

Minutes of the meeting held in the Council Chamber on Tuesday, 4 March 2025 at 10.00 a.m.

PRESENT
Leader of the Council and Cabinet Member for Strategy and Economic Growth –
    Councillor Idris Pengelly-Hart (Chair)
Deputy Leader and Cabinet Member for Corporate Resources and Performance – Councillor Nia Bowditch
Cabinet Member for Children, Families and Young People – Councillor Rhys Amberley-Cole

OFFICERS
Chief Executive – Llinos Faraday
Head of Youth Justice Service – Gareth Pryce-Mallory

APOLOGIES
Cabinet Member for Housing – Councillor Eira Drummond-Watt

12.  DECLARATIONS OF INTEREST

     None.
"""


def test_a_post_then_a_dash_then_the_councillor_is_one_entry_whose_post_is_the_role() -> None:
    rows = role_rows(load_text(POST_DASH_COUNCILLOR, "cabinet.txt"))
    assert {row for row in rows if row[1] in ("present_at_meeting", "panel_chair", "apologies")} == {
        ("Idris Pengelly-Hart", "present_at_meeting", "Leader of the Council and Cabinet Member for Strategy and Economic Growth"),
        ("Idris Pengelly-Hart", "panel_chair", "Chair"),
        ("Nia Bowditch", "present_at_meeting", "Deputy Leader and Cabinet Member for Corporate Resources and Performance"),
        ("Rhys Amberley-Cole", "present_at_meeting", "Cabinet Member for Children, Families and Young People"),
        ("Eira Drummond-Watt", "apologies", "Cabinet Member for Housing")}
    assert {name for name, relation, _ in rows if relation == "cabinet_member"} == {
        "Idris Pengelly-Hart", "Nia Bowditch", "Rhys Amberley-Cole", "Eira Drummond-Watt"}


PORTFOLIOS_IN_BRACKETS = """STAVELEY MOOR METROPOLITAN BOROUGH COUNCIL

MINUTES OF A MEETING OF THE CABINET
held on Monday 3 February 2014 at 5.00 pm

PRESENT: Councillor J. ORMEROD-PIKE (Leader of the Council) (in the Chair); Councillors
B. HALLORAN-FISK (Deputy Leader and Finance), W. DRAYCOTT (Children's Services) and
N. ABERNETHY-QUILL (Community Safety).

OFFICERS IN ATTENDANCE: Chief Executive (Rosalind Tiernan-Shaw); Borough Solicitor (Anwen
Castlemaine).

CAB/12/14  APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor P. Lindgren (Leisure and Culture).
"""


def test_councillors_with_portfolios_in_the_cabinets_own_minutes_are_cabinet_members() -> None:
    rows = role_rows(load_text(PORTFOLIOS_IN_BRACKETS, "cabinet.txt"))
    assert {(name, role) for name, relation, role in rows if relation == "cabinet_member"} == {
        ("J. Ormerod-Pike", "Leader of the Council"), ("B. Halloran-Fisk", "Deputy Leader and Finance"),
        ("W. Draycott", "Children's Services"), ("N. Abernethy-Quill", "Community Safety"),
        ("P. Lindgren", "Leisure and Culture")}
    assert {name for name, relation, _ in rows if relation == "officer_attending"} == {
        "Rosalind Tiernan-Shaw", "Anwen Castlemaine"}


TWO_COLUMNS = """Thornleigh Borough Council
CHILDREN'S SERVICES SCRUTINY PANEL
Minutes – Wednesday 5 February 2025, 6.30pm – Council Chamber

MEMBERS PRESENT                              OFFICERS PRESENT
Cllr H. Marchbank (Chair)                    T. Oakenfold (TO) – Manager, Youth
Cllr S. Quennell                               Justice Service
Mr R. Ashpool (co-opted, Diocesan            L. Fenwick-Dray (LFD) – Head of
  Board of Education)                          Early Help and Prevention
                                             G. Pilbeam (GP) – Clerk to the
                                               Panel (minutes)

1.  APOLOGIES FOR ABSENCE

    Councillor B. Yelland
"""


def test_two_lists_side_by_side_are_read_as_two_columns() -> None:
    rows = role_rows(load_text(TWO_COLUMNS, "panel.txt"))
    assert {row for row in rows if row[1] != "panel_chair"} == {
        ("H. Marchbank", "present_at_meeting", "Chair"), ("S. Quennell", "present_at_meeting", None),
        ("R. Ashpool", "present_at_meeting", "co-opted, Diocesan Board of Education"),
        ("T. Oakenfold", "officer_attending", "Manager, Youth Justice Service"),
        ("L. Fenwick-Dray", "officer_attending", "Head of Early Help and Prevention"),
        ("G. Pilbeam", "officer_attending", "Clerk to the Panel"),
        ("G. Pilbeam", "minute_taker", "Clerk to the Panel"),
        ("B. Yelland", "apologies", None)}


ROLES_AS_WRITTEN = """LLANFAIR ISAF YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on 9 May 2024

Present:
Gwyneth Arkwright-Pugh, Director of Social Services (Chair)
Teleri Oyinlola, Senior Probation Officer, National Probation Service Wales

Apologies:
Hefin Castellane JP, Chair, Llanfair Isaf Youth Bench

Minutes: Carys Blethyn-Owusu, Business Support Officer, tel. 01632 960 321
"""


def test_roles_keep_another_bodys_chair_and_lose_a_telephone_and_a_nations_branch_is_the_body() -> None:
    rows = involvements_of(ROLES_AS_WRITTEN, "board.txt")
    assert ("Hefin Castellane", "apologies", "Chair, Llanfair Isaf Youth Bench", "Llanfair Isaf Youth Bench") in rows
    assert ("Carys Blethyn-Owusu", "minute_taker", "Business Support Officer", "Llanfair Isaf Youth Offending Service") in rows
    assert ("Teleri Oyinlola", "present_at_meeting", "Senior Probation Officer", "National Probation Service Wales") in rows


def test_a_long_post_then_a_colon_then_the_councillor_is_one_entry() -> None:
    minutes = POST_DASH_COUNCILLOR.replace(" –\n    Councillor Idris", ":\n    Councillor Idris").replace(
        "Performance – Councillor", "Performance: Councillor")
    rows = role_rows(load_text(minutes, "cabinet.txt"))
    assert {(name, role) for name, relation, role in rows if relation == "present_at_meeting"} >= {
        ("Idris Pengelly-Hart", "Leader of the Council and Cabinet Member for Strategy and Economic Growth"),
        ("Nia Bowditch", "Deputy Leader and Cabinet Member for Corporate Resources and Performance")}


def test_a_register_row_whose_post_is_vacant_does_not_end_the_register() -> None:
    minutes = ("Dunmoor Metropolitan Borough Council\n\nYouth Justice Management Board\nThursday 3 April 2025\n\n"
               "MINUTES\n\nAttendance register\n"
               "| Member              | Agency / post                         | Attendance  |\n"
               "|---------------------|---------------------------------------|-------------|\n"
               "| A Wright (Chair)    | Director of Children's Services, DMBC | Present     |\n"
               "| Director of Public Health | DMBC                            | Post vacant |\n"
               "| Kim Ford-Lacey      | Head of Housing, DMBC                 | Apologies   |\n"
               "| R Patel             | Dunmoor Police                        | Present     |\n\n"
               "1. Welcome\n\nAW welcomed members.\n")
    result = load_text(minutes, "board.txt")
    assert result.families == ("board_minutes",)
    assert people_rows(result) == {
        ("A Wright", "present_at_meeting"), ("A Wright", "board_chair"), ("Kim Ford-Lacey", "apologies"),
        ("R Patel", "present_at_meeting")}


def test_guests_also_present_for_an_item_attend_as_officers_and_share_the_bracket_written_once() -> None:
    minutes = ("Dunmoor Youth Justice Management Board\nThursday 3 April 2025\n\nMINUTES\n\n"
               "Present: Ann Wright (Chair), Director of Children's Services; Raj Patel, Dunmoor Police\n\n"
               "Also present: Kim Ford (Oversight Manager, Youth Justice Board); Lee Moss and\n"
               "Nia Brook (Youth Justice Service) for item 4, with two young people from the youth forum.\n\n"
               "1. Welcome\n\nAW welcomed members.\n")
    result = load_text(minutes, "board.txt")
    assert result.families == ("board_minutes",)
    assert {row for row in people_rows(result) if row[1] in ("present_at_meeting", "officer_attending")} == {
        ("Ann Wright", "present_at_meeting"), ("Raj Patel", "present_at_meeting"), ("Kim Ford", "present_at_meeting"),
        ("Lee Moss", "officer_attending"), ("Nia Brook", "officer_attending")}
    organisations = {(name, org) for name, _, _, org in involvements_of(minutes, "board.txt")}
    assert {("Lee Moss", "Dunmoor Youth Offending Service"), ("Nia Brook", "Dunmoor Youth Offending Service")} \
        <= organisations


def test_a_vacant_post_under_the_apologies_and_another_bodys_chair_keep_their_posts() -> None:
    minutes = ("DUNMOOR YOUTH JUSTICE MANAGEMENT BOARD\n\nMinutes of the meeting held on Thursday 6 March 2025\n\n\n"
               "Ann WrightDirector of Children's Services (Chair)\nRaj Patel Head of Youth Justice Service\n\n"
               "Apologies\n\nKim Ford JP Chair, Dunmoor Youth Bench\nDirector of Public Health\n\n"
               "1. Welcome\n\nAW welcomed members.\n")
    rows = role_rows(load_text(minutes, "board.txt"))
    assert {row for row in rows if row[1] in ("apologies", "board_chair")} == {
        ("Ann Wright", "board_chair", "Chair"), ("Kim Ford", "apologies", "Chair, Dunmoor Youth Bench")}


def test_a_chair_marked_in_the_name_cell_of_a_register_leaves_the_post_cell_whole() -> None:
    minutes = ("Dunmoor Youth Justice Management Board\nThursday 3 April 2025\n\nMINUTES\n\nAttendance register\n"
               "| Member              | Agency / post                         | Attendance  |\n"
               "|---------------------|---------------------------------------|-------------|\n"
               "| A Wright (Chair)    | Director of Children's Services, DMBC | Present     |\n"
               "| R Patel             | Dunmoor Police                        | Present     |\n\n"
               "1. Welcome\n\nAW welcomed members.\n")
    rows = role_rows(load_text(minutes, "board.txt"))
    assert ("A Wright", "present_at_meeting", "Director of Children's Services, DMBC") in rows


def test_a_member_named_by_title_and_a_surname_with_a_particle_is_the_member_listed() -> None:
    minutes = ("Dunmoor Youth Justice Management Board\nThursday 3 April 2025\n\nMINUTES\n\n"
               "Present: Ann Wright (Chair) · Dr Saskia van Leeuwen-Marsh (ICB) · Raj Patel\n\n"
               "1. Health\n\nDr van Leeuwen-Marsh confirmed the therapist started on 3 March.\n")
    rows = people_rows(load_text(minutes, "board.txt"))
    assert ("Saskia van Leeuwen-Marsh", "present_at_meeting") in rows
    assert ("Saskia van Leeuwen-Marsh", "officer_attending") not in rows


NUMBERED_MINUTES_WITH_GUESTS = """Dunmoor Youth Offending Service Management Board
Minutes of the meeting held on 5 February 2015

Present:
Tom Brann, Head of Service (Chair)

3.1 Orla Penhaligon-Rudd, HM Inspector, who led the Short Quality Screening of Dunmoor YOS in
November, attended for this item and presented the findings.

4.1 Nell Ashdown, Operations Manager, Kofi Mensah-Bright from the YOS health team, and Inspector
Rhys Caddick of Dunmoor Constabulary also attended for this item.
"""


def test_guests_in_a_numbered_minute_and_an_inspector_who_led_the_screening() -> None:
    rows = people_rows(load_text(NUMBERED_MINUTES_WITH_GUESTS, "dunmoor_board_minutes.txt"))
    assert {row for row in rows if row[1] in ("officer_attending", "lead_inspector")} == {
        ("Orla Penhaligon-Rudd", "officer_attending"), ("Orla Penhaligon-Rudd", "lead_inspector"),
        ("Nell Ashdown", "officer_attending"), ("Kofi Mensah-Bright", "officer_attending"),
        ("Rhys Caddick", "officer_attending")}


def test_a_pipe_tables_initials_column_is_no_part_of_the_post() -> None:
    text = ("Dunmoor Vale YOS Management Board\nMinutes – 23 April 2015\n\n"
            "| Name | Initials | Agency | Attendance |\n|---|---|---|---|\n"
            "| Bryony Hale (Chair) | BH | Director of Children's Services | Present |\n"
            "| Eamon O'Dowd | EO'D | YOS Manager | Present |\n"
            "| Kerry-Ann Pask | KAP | Minutes | Present |\n\n1. Apologies\nNone.\n")
    rows = role_rows(load_text(text, "dunmoor_board_minutes.txt"))
    assert {row for row in rows if row[1] in ("present_at_meeting", "minute_taker")} == {
        ("Bryony Hale", "present_at_meeting", "Director of Children's Services"),
        ("Eamon O'Dowd", "present_at_meeting", "YOS Manager"), ("Kerry-Ann Pask", "present_at_meeting", "Minutes"),
        ("Kerry-Ann Pask", "minute_taker", "Minutes")}


def test_in_the_chair_after_a_bracketed_post_beside_the_chair_of_another_committee() -> None:
    text = ("DUNMOOR COUNTY BOROUGH COUNCIL\n\nMINUTES OF A MEETING OF THE CABINET HELD ON 3 MAY 2024\n\nPRESENT:\n\n"
            "Councillor B. Hale-Morris (Leader of the Council) – in the Chair\n\nAlso in attendance:\n"
            "Councillor T. Rhosier (Chair, Children and Young People Scrutiny Committee)\n\n"
            "83  DECLARATIONS OF INTEREST\n\nNone.\n")
    rows = role_rows(load_text(text, "dunmoor_cabinet_minutes.txt"))
    # the meeting's chair, and the guest as the chair of their own committee (as u152's and u167's keys have it)
    assert {row for row in rows if row[1] == "panel_chair"} == {
        ("B. Hale-Morris", "panel_chair", "Chair"),
        ("T. Rhosier", "panel_chair", "Chair, Children and Young People Scrutiny Committee")}


def test_a_councillor_who_declares_a_seat_on_the_youth_justice_board_is_its_member() -> None:
    text = ("DUNMOOR COUNTY BOROUGH COUNCIL\n\nMINUTES OF A MEETING OF THE CABINET HELD ON 3 MAY 2024\n\nPRESENT:\n\n"
            "Councillor B. Hale-Morris (Leader of the Council) – in the Chair\n\n83  DECLARATIONS OF INTEREST\n\n"
            "Councillor T. Rhosier declared a personal interest in Minute No. 86 as a member\n"
            "of the Dunmoor Youth Justice Management Board, and remained in the meeting.\n\n"
            "Councillor B. Hale-Morris declared an interest as a member of the Dunmoor Safeguarding Children Board.\n")
    rows = involvements_of(text, "dunmoor_cabinet_minutes.txt")
    assert {row for row in rows if row[1] == "board_member"} == {
        ("T. Rhosier", "board_member", "member of the Dunmoor Youth Justice Management Board",
         "Dunmoor Youth Offending Service")}


def test_a_chair_marked_with_no_post_sat_as_chair() -> None:
    minutes = ("DUNMOOR BOROUGH COUNCIL\n\nMINUTES of a meeting of the Children's Scrutiny Panel held on 4 March 2025\n\n"
               "PRESENT: Councillors Adams (Chair), Baker (Vice-Chair) and Cole.\n\n1. MINUTES\n\nAgreed.\n")
    rows = role_rows(load_text(minutes, "panel.txt"))
    assert {row for row in rows if row[1] == "present_at_meeting"} == {
        ("Adams", "present_at_meeting", "Chair"), ("Baker", "present_at_meeting", "Vice-Chair"),
        ("Cole", "present_at_meeting", None)}


def test_a_record_of_a_cabinet_decision_lists_its_members_present() -> None:
    report = ("LONDON BOROUGH OF DUNMOOR\n\n                    CABINET\n\nReport title        Youth Justice Inspection\n"
              "Wards affected      All wards\n\n1.  PURPOSE\n\n1.1  To inform Cabinet of the inspection.\n\n"
              "RECORD OF DECISION\n\nDecision:           Noted.\n\n"
              "Cabinet members present: Cllrs Adams (Chair), Baker-Cole and Dunn.\n\n"
              "Call-in deadline:   5.00pm, Tuesday 21 November 2023\n")
    rows = role_rows(load_text(report, "cabinet.txt"))
    assert rows == {("Adams", "present_at_meeting", "Chair"), ("Adams", "panel_chair", "Chair"),
                    ("Adams", "cabinet_member", "Cabinet member"),
                    *((name, relation, "Cabinet member") for name in ("Baker-Cole", "Dunn")
                      for relation in ("present_at_meeting", "cabinet_member"))}


def test_co_opted_members_standing_for_a_body_and_a_minute_clerk() -> None:
    minutes = ("DUNMOOR COUNTY COUNCIL\n\nMINUTES of a meeting of the Children's Scrutiny Committee held on 4 March 2025\n\n"
               "PRESENT: Councillors Adams (Chairman) and Baker.\n\n"
               "Co-opted Members: Mr Tom Dunn (Church of England Diocese of Dunmoor) and Mrs Ann Hale (Parent Governor "
               "Representative).\n\nMinute clerk: Lee Moss, Democratic Services Officer.\n\n41.  MINUTES\n\nAgreed.\n")
    rows = {(name, relation, role, organisation) for name, relation, role, organisation
            in involvements_of(minutes, "scrutiny.txt") if name in ("Tom Dunn", "Ann Hale", "Lee Moss")}
    assert rows == {("Tom Dunn", "present_at_meeting", "Co-opted Member", "Church of England Diocese of Dunmoor"),
                    ("Ann Hale", "present_at_meeting", "Parent Governor Representative", "Dunmoor Council"),
                    ("Lee Moss", "minute_taker", "Democratic Services Officer", "Dunmoor Council")}


def test_an_apology_whose_post_the_margin_broke_keeps_its_body_whole() -> None:
    minutes = ("DUNMOOR COUNCIL\n\nMINUTES OF THE CORPORATE PARENTING PANEL held on 4 March 2025\n\n"
               "PRESENT:\n\nCouncillors: Adams (in the Chair) and Baker\n\n"
               "32.     APOLOGIES FOR ABSENCE\n\n"
               "        Dr Jo Hart, Designated Nurse for Looked After Children, North Central\n"
               "        London ICB\n\n33.     MINUTES\n\n        Agreed.\n")
    rows = {(name, relation, organisation) for name, relation, _, organisation in involvements_of(minutes, "panel.txt")}
    assert ("Jo Hart", "apologies", "North Central London Integrated Care Board") in rows


def test_the_capacity_an_interest_is_declared_in_is_its_role() -> None:
    minutes = ("DUNMOOR COUNTY COUNCIL\n\nMINUTES of a meeting of the Children's Scrutiny Committee held on 4 March 2025\n\n"
               "PRESENT: Councillors Adams (Chair), Baker and Cole.\n\n42.    DECLARATIONS OF INTEREST\n\n"
               "       Councillor Baker declared a personal interest in minute 44 as she is a\n       serving magistrate on "
               "the Dunmoor Youth Bench. She remained in the meeting.\n\n"
               "       Councillor Cole declared an interest in item 5 as a foster carer who is approved by the council.\n")
    rows = role_rows(load_text(minutes, "scrutiny.txt"))
    assert {row for row in rows if row[1] == "declared_interest" and row[2]} == {
        ("Baker", "declared_interest", "serving magistrate on the Dunmoor Youth Bench"),
        ("Cole", "declared_interest", "foster carer")}


def test_who_took_the_minutes_has_the_post_written_as_the_role() -> None:
    # the marker ('(Notes)') says who took them; the post as written is the role (the keys since batch 54)
    minutes = ("DUNMOOR YOUTH JUSTICE MANAGEMENT BOARD\n\nMinutes of the meeting held on 6 March 2025\n\n\n"
               "Ann WrightDirector of Children's Services (Chair)\nRaj Patel Head of Youth Justice Service\n"
               "Gwen Tull Business Support Officer (Notes)\n\nApologies\n\nKim Ford Police\n\n1. Welcome\n\nAW welcomed "
               "members.\n")
    rows = role_rows(load_text(minutes, "board.txt"))
    assert {row for row in rows if row[1] == "minute_taker"} == {("Gwen Tull", "minute_taker", "Business Support Officer")}


def test_apologies_in_a_sentence_keep_each_post_written() -> None:
    rows = role_rows(load_text(APOLOGIES_AND_FROM, "board.txt"))
    assert {(name, role) for name, relation, role in rows if relation == "apologies"} >= {
        ("Corwin Hatherleigh", "Director of Public Health"), ("Bramwell Udo", "Head of Inclusion")}


# A register of seats, the seat before its member, dot leaders between (batch 24).
SEATS_FIRST = """Westholm Youth Justice Management Board

MINUTES – 3 MAY 2023

ATTENDANCE
Role                                            Member                       Attended
Chair / Director of Children's Services ....... Mrs J. Arkwright ........... Yes
Police ........................................ Supt. Lindqvist ............ Apologies
      (represented by Inspector Maya Okonjo)
Probation ..................................... Mr D. Feltham .............. Apologies
Housing ....................................... Vacant ..................... –
Minutes ....................................... Miss T. Rowe ............... Yes

1. Welcome
Mrs Arkwright welcomed Inspector Okonjo. Supt. Lindqvist will attend in July.
"""


@pytest.mark.parametrize("text", [SEATS_FIRST, "\n".join(line for line in SEATS_FIRST.splitlines()
                                                          if not line.startswith("Role "))], ids=["heads", "no-heads"])
def test_a_register_of_seats_before_members_with_dot_leaders_and_a_stand_in(text: str) -> None:
    assert people_rows(load_text(text, "board.txt")) == {
        ("J. Arkwright", "present_at_meeting"), ("J. Arkwright", "board_chair"), ("Lindqvist", "apologies"),
        ("Maya Okonjo", "present_at_meeting"), ("D. Feltham", "apologies"), ("T. Rowe", "present_at_meeting"),
        ("T. Rowe", "minute_taker")}


SCRUTINY_CO_OPTED = """MARLBECK COUNCIL

CHILDREN'S SCRUTINY PANEL

Minutes of the meeting held on Tuesday 4 July 2023

PRESENT:    Councillors Ashdown (Chair), Pereira and Quist.

CO-OPTED:   Mr L. Vance (Church of England diocesan representative)

1. APOLOGIES FOR ABSENCE

Apologies were received from Councillor Brennan (Councillor Quist
substituting).
"""


def test_co_opted_members_and_a_substitute_named_in_the_apologies_bracket() -> None:
    rows = involvements_of(SCRUTINY_CO_OPTED, "scrutiny.txt")
    assert ("L. Vance", "present_at_meeting", "Church of England diocesan representative", "Church of England") in rows
    assert {(name, relation) for name, relation, _, _ in rows if name in ("Brennan", "Quist")} == {
        ("Brennan", "apologies"), ("Quist", "present_at_meeting"), ("Quist", "standing_deputy")}


SCRUTINY_TWO_A_LINE = """WESTMERE COUNTY COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

Minutes of the meeting held on Thursday, 24 April 2014

Councillors present:
County Councillor N. Ashgrove (Chair)\tCounty Councillor A. Bellweather (Vice-Chair)
County Councillor T. Corrigan\tCounty Councillor M. Dunstable

Officers in attendance: Wilma Eastcote (Head of Youth Offending Service).

14.   APOLOGIES FOR ABSENCE AND SUBSTITUTIONS

      Apologies for absence were received from Councillor P. Fenwick, for whom
      Councillor Gaskell substituted. Councillor Dunstable gave apologies for lateness and arrived at 7.20pm.
"""


def test_two_councillors_a_line_apologies_for_lateness_and_a_substitute_named_after_for_whom() -> None:
    rows = involvements_of(SCRUTINY_TWO_A_LINE, "westmere-scrutiny.txt")
    assert {(name, role) for name, relation, role, _ in rows if relation == "present_at_meeting"} >= {
        ("N. Ashgrove", "Chair"), ("A. Bellweather", "Vice-Chair"), ("T. Corrigan", None), ("M. Dunstable", None)}, \
        "'County' before the next councillor on the line is no one's post"
    assert {name for name, relation, *_ in rows if relation == "apologies"} == {"P. Fenwick"}, \
        "late is not absent, and the substitute sent no apologies"
    assert ("Gaskell", "standing_deputy") in {(name, relation) for name, relation, *_ in rows}


BOARD_POSTS_BEFORE_NAMES = """Westmere Youth Offending Service

MANAGEMENT BOARD – MINUTES

PRESENT
Corporate Director of Social Services (Chair) – PERCIVAL ORMEROD (PO)
Committee Services, Westmere County Council – GWENDA TILLOTSON (minutes)

1.  APOLOGIES FOR ABSENCE

    Percival Ormerod sent apologies for the second half of the meeting and left at 11.15.
"""


def test_a_department_before_the_name_and_apologies_for_part_of_the_meeting() -> None:
    rows = {(name, relation) for name, relation, *_ in involvements_of(BOARD_POSTS_BEFORE_NAMES, "westmere-board.txt")}
    assert ("Gwenda Tillotson", "minute_taker") in rows and ("Gwenda Tillotson", "present_at_meeting") in rows
    assert ("Percival Ormerod", "apologies") not in rows


def test_a_plural_rank_before_two_names_joined_by_and_is_each_ones() -> None:
    text = BOARD_POSTS_BEFORE_NAMES + """
2.  RISK PANEL

    Sergeants Ifan Bellweather and Kay Rudd-Ormsby of Westmere Police also attended for this item.
"""
    rows = involvements_of(text, "westmere-board.txt")
    assert {(name, role) for name, relation, role, _ in rows if relation == "officer_attending"} == {
        ("Ifan Bellweather", "Sergeant"), ("Kay Rudd-Ormsby", "Sergeant")}


TWO_COLUMN_BOARD = """THISTLECOMBE YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on Thursday 9 May 2019 at 10.00am

Board members                                        Officers in attendance
Rosamund Achterley (RA) Chair, Director of          Idris Fenwick-Lowe (IFL), Head of
Children's Services, Thistlecombe County Council    Thistlecombe Youth Justice Service
Rev. Canon Piers Okafor-Blyth (POB), Chair,          Nell Quartermain (NQ), Democratic
Thistlecombe Youth Panel                            Services, Thistlecombe County Council (minutes)
Bronwen Keady (BK), Head of Community Safety,
Fenby District Council

Apologies: Cllr J. Trelawney-Moss (Cabinet Member, Children and Families).

1.  WELCOME
    RA welcomed members.
"""


def test_a_board_list_in_two_columns_its_members_sat_and_one_chairs_another_body() -> None:
    rows = {(name, relation) for name, relation, _, _ in involvements_of(TWO_COLUMN_BOARD, "board.txt")}
    assert {row for row in rows if row[1] in ("present_at_meeting", "board_member", "board_chair")} == {
        ("Rosamund Achterley", "present_at_meeting"), ("Rosamund Achterley", "board_chair"),
        ("Piers Okafor-Blyth", "present_at_meeting"), ("Bronwen Keady", "present_at_meeting")}
    assert ("Idris Fenwick-Lowe", "officer_attending") in rows


def test_a_health_board_known_by_its_letters_after_a_post_is_no_person() -> None:
    minutes = ("DUNMORE YOUTH JUSTICE MANAGEMENT BOARD\nMinutes - Thursday 8 July 2021, 14:00\n\n"
               "Gethin Pryce-LloydCorporate Director, Social Services (Chair)\n"
               "Dr Anwen CastellaneConsultant Paediatrician, Bae Dunmore UHB\n"
               "Sioned Mabley Business Support Officer (Minutes)\n\nApologies\n\nTegwen Harries, Housing\n\n"
               "1. Welcome\nThe Chair welcomed all.\n")
    rows = involvements_of(minutes, "board.txt")
    assert not {name for name, _, _, _ in rows if name.startswith("Bae")}
    assert ("Anwen Castellane", "present_at_meeting", "Consultant Paediatrician", "Bae Dunmore University Health Board") \
        in rows


GRID_AND_CAPITALS = """THISTLECOMBE COUNTY COUNCIL

MINUTES OF THE CABINET HELD ON TUESDAY, 14 SEPTEMBER 2021

PRESENT: Councillor Ada Brackley (Leader of the Council, in the Chair)

Councillors:   A. Quenby       M. Ferrante     H. Dafydd
               K. Oduya        S. Lloyd-Brennan   D. W. Pask

ALSO PRESENT: COUNCILLOR MAIR LEWIS-OKORO (LEADER OF THE OPPOSITION)
AND COUNCILLOR RHYS O'DONNELL (CHAIRMAN, CHILDREN'S SCRUTINY COMMITTEE).

12. APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor T. Iqbal-Rowe.
"""


def test_a_councillors_grid_under_a_colon_and_a_guest_after_and_in_capitals_who_chairs_a_committee() -> None:
    rows = {(name, relation) for name, relation, _, _ in involvements_of(GRID_AND_CAPITALS, "cabinet.txt")}
    present = {name for name, relation in rows if relation == "present_at_meeting"}
    assert {"K. Oduya", "S. Lloyd-Brennan", "D.W. Pask", "Rhys O'Donnell"} <= present, present
    assert {name for name, relation in rows if relation == "panel_chair"} == {"Ada Brackley", "Rhys O'Donnell"}


# A board's register in capitals after dot leaders, each name followed by the initials the minutes use (batch 29): a name
# the lexicon lacks is a member where its initials in brackets spell it; a trust named with 'and' is the member's body.
INITIALLED_REGISTER = """Fellstead Youth Offending Service
MANAGEMENT BOARD

Minutes of meeting, Thursday 8 March 2012

ATTENDEES

Chair / Strategic Director (People), Fellstead Council ........ HAMISH DELACROIX (HD)
Designated Nurse, Fellstead CCG ............................... QUILLANE ABERNATHY-OSEI (QAO)
Assistant Chief Officer, Wendle and Fell Probation Trust ...... TORVALD MCINNERNEY (TM)

APOLOGIES

Head of Community Safety - Idris Bellweather

1. WELCOME

HD welcomed members.
"""


def test_a_register_whose_names_are_followed_by_their_initials() -> None:
    rows = {(person, relation, organisation) for person, relation, _, organisation in
            involvements_of(INITIALLED_REGISTER, "fellstead_board.txt") if relation == "present_at_meeting"}
    assert ("Quillane Abernathy-Osei", "present_at_meeting", "Fellstead Clinical Commissioning Group") in rows, rows
    assert ("Torvald Mcinnerney", "present_at_meeting", "Wendle and Fell Probation Trust") in rows or \
        ("Torvald McInnerney", "present_at_meeting", "Wendle and Fell Probation Trust") in rows, rows


def test_a_colleague_who_joined_with_an_officer_and_the_sentence_going_on_to_what_they_said() -> None:
    minutes = ("Fellstead Youth Offending Team Management Board\n\nMinutes: Wednesday 21 January 2015\n\n"
               "PRESENT\nPriya Hollis-Venkat, Chief Executive (Chair)\nDesmond Lowry-Achebe, Head of YOT\n\n"
               "3.  Screening outcome\n\n    Maximilian Odumosu, YJB Head of Business Area (London), joined the meeting\n"
               "    for this item together with his colleague Beatrix Obi-Tennant, Partnership\n"
               "    Manager, and said the YJB would support a resettlement peer review.\n")
    rows = {(person, relation, role) for person, relation, role, _ in involvements_of(minutes, "board.txt")}
    assert ("Beatrix Obi-Tennant", "officer_attending", "Partnership Manager") in rows, rows


# batch 28: two lists side by side whose entries wrap inside their columns, a post over its holder on the next line
TWO_COLUMNS_WRAPPED = """Ashfordlea Youth Justice Partnership Board
Minutes of the meeting held on Tuesday 4 March 2025

MEMBERS PRESENT                               MEMBERS PRESENT (cont.)
Chair - Director of Children's Services,      Ashfordlea Police -
  Odile Brannagh (OB)                           Supt Konrad Vasquez-Lindqvist (KVL)
Head of Service - Ruairi Delacombe (RD)       Probation Service, Head of PDU -
Cabinet Member, Young People -                  Pieter Lowndes (PL)
  Cllr Tamsin Greville (TG)                   NHS Ashfordlea ICB, Designated Nurse
Head of Inclusion -                             - Dr Ines Carrow-Pike (ICP)
  Maelle Ostrova (MO)

IN ATTENDANCE
Bettina Oakes (BO), Business Support Officer, YJS - minutes

1.  Welcome
    OB welcomed members.

2.  HMI Probation thematic inspection
    Helena Stroud, HM Inspector, joined for this item and explained that the service had been selected as
    a fieldwork site.
"""


def test_two_lists_side_by_side_whose_entries_wrap_in_their_columns() -> None:
    rows = role_rows(load_text(TWO_COLUMNS_WRAPPED, "board.txt"))
    present = {(name, role) for name, relation, role in rows if relation == "present_at_meeting"}
    assert present == {("Odile Brannagh", "Director of Children's Services"), ("Ruairi Delacombe", "Head of Service"),
                       ("Tamsin Greville", "Cabinet Member, Young People"), ("Maelle Ostrova", "Head of Inclusion"),
                       ("Konrad Vasquez-Lindqvist", "Superintendent"), ("Pieter Lowndes", "Head of PDU"),
                       ("Ines Carrow-Pike", "Designated Nurse")}
    assert ("Odile Brannagh", "board_chair") in {(name, relation) for name, relation, _ in rows}


def test_a_minute_taker_marked_after_a_dash_and_a_guest_who_joined_for_an_item() -> None:
    rows = {(name, relation) for name, relation, _ in role_rows(load_text(TWO_COLUMNS_WRAPPED, "board.txt"))}
    assert {("Bettina Oakes", "minute_taker"), ("Helena Stroud", "officer_attending")} <= rows


PANEL_IN_CAPITALS = """FENWICK VALE DISTRICT COUNCIL

MINUTES of a meeting of the COMMUNITIES SCRUTINY PANEL held in the Council Chamber on Tuesday, 4 March
2025 at 6.30 pm.

Present: Councillors OYELARAN-HUGHES (Chair), D. MARCHBANK (Vice-Chair), T. QUAYLE and B. ROSSITER.

In attendance: Head of Ashfordlea Youth Justice Service (Ruairi
Delacombe-Vance) and Youth Justice Operations Manager, Kelsbrook (Sorcha
Penhallow), both of Ashfordlea County Council.

12. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillors L. Farrant, P.
Gethin and K. Morcombe.
"""


def test_a_surname_in_capitals_opening_a_councillors_list_and_an_initial_ending_a_line() -> None:
    rows = people_rows(load_text(PANEL_IN_CAPITALS, "minutes.txt"))
    assert {name for name, relation in rows if relation == "present_at_meeting"} == {
        "Oyelaran-Hughes", "D. Marchbank", "T. Quayle", "B. Rossiter"}
    assert ("Oyelaran-Hughes", "panel_chair") in rows
    assert {name for name, relation in rows if relation == "apologies"} == {"L. Farrant", "P. Gethin", "K. Morcombe"}


def test_posts_before_their_holders_in_brackets_parted_at_and() -> None:
    rows = {(name, relation, role) for name, relation, role, _ in involvements_of(PANEL_IN_CAPITALS, "minutes.txt")}
    assert {(name, role) for name, relation, role in rows if relation == "officer_attending"} == {
        ("Ruairi Delacombe-Vance", "Head of Ashfordlea Youth Justice Service"),
        ("Sorcha Penhallow", "Youth Justice Operations Manager, Kelsbrook")}


TAB_COLUMNS_BOARD = """WESTMERE METROPOLITAN BOROUGH COUNCIL
Westmere Youth Offending Service Management Board

MINUTES of the meeting held on Tuesday 4 March 2025 at 10.00am
Harbour Suite, Westmere Civic Centre

PRESENT\t\t\t\t\tAPOLOGIES
JANE ORMEROD-PIKE (JOP) – Chair\tOWEN TRASK (OT)
  Director of Children's Services\t  Head of Learning and Skills
PAVEL NOWAK (PN)\t\t\tGRETA LUND JP (GL)
  Head of Youth Offending Service\t  Chair, Westmere Youth Bench
C/INSP RORY BLANDFORD (RB)
  Northvale Police
SADIE QUILLER (SQ)
  Westmere Horizons (Careers)

Also attending: Mina Castell, YJB Head of Business Area (North), and
for item 4 Sergeant Abel Frome of Northvale Police.

1.  WELCOME AND APOLOGIES
    JOP welcomed members. Apologies as shown above.

Approved by the Chair: Jane Ormer
"""


def test_two_lists_side_by_side_set_by_tabs_with_bodies_set_in_below() -> None:
    rows = involvements_of(TAB_COLUMNS_BOARD, "westmere-board.txt")
    assert {(name, relation) for name, relation, *_ in rows} == {
        ("Jane Ormerod-Pike", "present_at_meeting"), ("Jane Ormerod-Pike", "board_chair"),
        ("Owen Trask", "apologies"), ("Pavel Nowak", "present_at_meeting"), ("Greta Lund", "apologies"),
        ("Rory Blandford", "present_at_meeting"), ("Sadie Quiller", "present_at_meeting"),
        ("Mina Castell", "officer_attending"), ("Abel Frome", "officer_attending")}
    by_name = {name: (role, organisation) for name, relation, role, organisation in rows if relation != "board_chair"}
    assert by_name["Owen Trask"][0] == "Head of Learning and Skills"  # the right column's own line, not the left's
    assert by_name["Rory Blandford"] == ("Chief Inspector", "Northvale Police")  # the rank his post, the line his body
    assert by_name["Sadie Quiller"][0] == "Westmere Horizons (Careers)"  # set in below her: no person
    assert by_name["Abel Frome"][1] == "Northvale Police"  # 'for item 4' opens his entry


COUNCILLORS_LABEL_GRID = """WESTMERE COUNTY BOROUGH COUNCIL

MINUTES OF A MEETING OF THE SOCIAL SERVICES SCRUTINY COMMITTEE HELD ON TUESDAY 3 JUNE 2025

PRESENT:

County Borough Councillors -

P. QUANTOCK (Chair)                    R. J. MELLOWES
T. FARNBY (Vice-Chair)                 D. ORCHARD-LEWIS
K. STREATHAM

Together with:

B. WINTERSLOW - Cabinet Member for Social Services

Officers:

L. PENHALIGON - Head of Youth Justice Service

1    APOLOGIES

     Apologies for absence were received from County Borough Councillor V. Tamsin.
"""


def test_a_councillors_label_over_a_grid_of_initials_and_together_with() -> None:
    rows = people_rows(load_text(COUNCILLORS_LABEL_GRID, "westmere-scrutiny.txt"))
    present = {name for name, relation in rows if relation == "present_at_meeting"}
    assert present >= {"P. Quantock", "R.J. Mellowes", "T. Farnby", "D. Orchard-Lewis", "K. Streatham",
                       "B. Winterslow"}
    assert {("P. Quantock", "panel_chair"), ("T. Farnby", "panel_vice_chair"), ("B. Winterslow", "cabinet_member"),
            ("L. Penhaligon", "officer_attending"), ("V. Tamsin", "apologies")} <= rows


REGISTER_WITH_BODIES = """Westmere YOS Management Board
Minutes – 9 October 2025

Board members present
Chair (Director of Children's Services) ............ Mrs H. Vantongeren
Police (Northvale Police, Westmere District) ....... Chief Inspector G. Lockyer
Probation (Northvale and Dale Probation Trust) ..... Mr K. Asamoah
Youth Bench ........................................ vacant
Minutes ............................................ Ms B. Tolland (YOS)

1   Minutes of the last meeting
    Agreed.
"""


def test_a_register_whose_seats_name_their_body_in_brackets() -> None:
    rows = involvements_of(REGISTER_WITH_BODIES, "westmere-board.txt")
    assert {(name, relation) for name, relation, *_ in rows} == {
        ("H. Vantongeren", "present_at_meeting"), ("H. Vantongeren", "board_chair"),
        ("G. Lockyer", "present_at_meeting"), ("K. Asamoah", "present_at_meeting"),
        ("B. Tolland", "present_at_meeting"), ("B. Tolland", "minute_taker")}
    organisations = {name: organisation for name, relation, _, organisation in rows if relation == "present_at_meeting"}
    assert organisations["G. Lockyer"] == "Northvale Police"
    assert organisations["K. Asamoah"] == "Northvale and Dale Probation Trust"


BILINGUAL_RUN_TOGETHER = """Cyngor Sir Westmere / Westmere County Council
Bwrdd Rheoli Gwasanaeth Cyfiawnder Ieuenctid
Youth Justice Service Management Board

Cofnodion / Minutes
Dydd Mercher 5 Mawrth 2025 / Wednesday 5 March 2025

Dr Elin Cadwaladr-ShawCyfarwyddwr Gwasanaethau Cymdeithasol / Director of Social Services (Cadeirydd / Chair)
Iolo PenrhysPennaeth / Head of Youth Justice Service
Mali ThorneSwyddog Cymorth Busnes / Business Support Officer (Cofnodion / Minutes)

Also invited
Garin Holt  YJB Cymru, Partnership Manager

Ymddiheuriadau
Dr Nia Fenwick-Rowe  NHS Westmere

1. Croeso / Welcome
ECS welcomed members.
"""


def test_bilingual_markers_and_a_welsh_heading_over_the_apologies() -> None:
    rows = involvements_of(BILINGUAL_RUN_TOGETHER, "westmere-board.txt")
    assert {(name, relation) for name, relation, *_ in rows} == {
        ("Elin Cadwaladr-Shaw", "present_at_meeting"), ("Elin Cadwaladr-Shaw", "board_chair"),
        ("Iolo Penrhys", "present_at_meeting"), ("Mali Thorne", "present_at_meeting"), ("Mali Thorne", "minute_taker"),
        ("Garin Holt", "officer_attending"), ("Nia Fenwick-Rowe", "apologies")}
    organisations = {name: organisation for name, relation, _, organisation in rows if relation == "present_at_meeting"}
    assert organisations["Elin Cadwaladr-Shaw"] == "Westmere Council"  # a Welsh council's Social Services


REGISTER_OF_MEETINGS = """WESTMERE YOUTH JUSTICE SERVICE MANAGEMENT BOARD
Minutes of meeting, 18 May 2025

Attendance record 2025/26
+--------------------------+--------------------------------+-------+-------+
| Member                   | Agency / post                  | 17/02 | 18/05 |
+--------------------------+--------------------------------+-------+-------+
| Dr A. Pellow (Chair)     | Director of Social Services    |   P   |   P   |
| Supt M. Roskilly         | Northvale Police               |   P   |   D   |
| R. Tremayne              | Head of Inclusion              |   P   |   A   |
+--------------------------+--------------------------------+-------+-------+
Key: P present; A apologies; D deputy attended – Inspector Cai Jenner attended
for Supt Roskilly.

PC Dafydd Oram, seconded to the YJS, attended for item 4.
"""


def test_a_deputy_in_a_registers_status_column_and_officers_by_rank_in_the_one_force() -> None:
    rows = involvements_of(REGISTER_OF_MEETINGS, "westmere-board.txt")
    relations = {(name, relation) for name, relation, *_ in rows}
    assert ("M. Roskilly", "apologies") in relations and ("M. Roskilly", "present_at_meeting") not in relations
    assert ("R. Tremayne", "apologies") in relations
    forces = {name: organisation for name, _, _, organisation in rows if name in ("Cai Jenner", "Dafydd Oram")}
    assert forces == {"Cai Jenner": "Northvale Police", "Dafydd Oram": "Northvale Police"}


def test_a_surname_alone_before_a_semicolon_under_councillors() -> None:
    text = """WESTMERE METROPOLITAN BOROUGH COUNCIL

CHILDREN'S SERVICES SCRUTINY PANEL

Tuesday, 18 November 2025 at 6.00 p.m.

Present: Councillors Halloway (in the Chair), Brisco, Quennell,
Stanbury and Yarrow; Mr J. Pengelly (co-opted, Parent Governor representative).
"""
    present = {name for name, relation in people_rows(load_text(text, "westmere-scrutiny.txt"))
               if relation == "present_at_meeting"}
    assert present == {"Halloway", "Brisco", "Quennell", "Stanbury", "Yarrow", "J. Pengelly"}


def test_each_officer_in_a_list_keeps_the_post_beside_them_and_a_deputy_for_a_member_is_no_officer() -> None:
    text = REGISTER_OF_MEETINGS + """
Carys Jeremiah-Owen, Senior Practitioner, and PC Dafydd Oram, the police officer
seconded to the YJS, attended for item 5.
"""
    rows = involvements_of(text, "westmere-board.txt")
    officers = {(name, role) for name, relation, role, _ in rows if relation == "officer_attending"}
    assert ("Carys Jeremiah-Owen", "Senior Practitioner") in officers
    assert "Cai Jenner" not in {name for name, _ in officers}  # 'attended for Supt Roskilly': he sat in her place


def test_initials_quoted_in_the_items_when_the_minute_taker_signs_at_the_foot() -> None:
    text = TAB_COLUMNS_BOARD.replace("JOP welcomed members. Apologies as shown above.",
                                     'JOP welcomed members. PN said that the figures were "a recording issue".') \
        + "\nMinutes prepared by: Sadie Quiller, Business Support\n"
    assert ("Pavel Nowak", "quoted") in people_rows(load_text(text, "westmere-board.txt"))


def test_an_inspector_of_the_inspectorate_is_no_police_officer_of_the_one_force() -> None:
    text = REGISTER_OF_MEETINGS + "\nIn attendance: HM Inspector Rhodri Vance, HM Inspectorate of Probation, for item 2.\n"
    organisations = {organisation for name, _, _, organisation in involvements_of(text, "westmere-board.txt")
                     if name == "Rhodri Vance"}
    assert organisations == {"HM Inspectorate of Probation"}


POSTS_OVER_HOLDERS_SIDE_BY_SIDE = """GRESLEY VALE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on Tuesday 9 March 2010 at 10.00am

PRESENT                                          APOLOGIES
Director of Children's Services                  Cabinet Member, Children and Families
  Marion Thackeray (MT) – Chair                    Cllr Oswald Penrose (OP)
Head of Youth Offending Service                  Assistant Chief Officer, Probation Trust
  Declan Featherstone (DF)                         Imogen Ashworth (IA)
Community Safety Manager, Gresley Vale District Council
  Nadia Coverdale (NC)
Business Support Officer, YOS (minutes)
  Owain Pritchard (OWP)

1.  WELCOME AND APOLOGIES
"""


def test_posts_over_their_holders_in_two_lists_side_by_side() -> None:
    result = load_text(POSTS_OVER_HOLDERS_SIDE_BY_SIDE, "board.txt")
    assert result.families == ("board_minutes",)
    rows = {(name, relation, role) for name, relation, role in role_rows(result)
            if relation in ("present_at_meeting", "apologies")}
    assert rows == {
        ("Marion Thackeray", "present_at_meeting", "Director of Children's Services"),
        ("Declan Featherstone", "present_at_meeting", "Head of Youth Offending Service"),
        # the left column's post runs past the right column's start: read whole, not cut there (its body is the
        # organisation)
        ("Nadia Coverdale", "present_at_meeting", "Community Safety Manager"),
        ("Owain Pritchard", "present_at_meeting", "Business Support Officer, YOS"),
        ("Oswald Penrose", "apologies", "Cabinet Member, Children and Families"),
        ("Imogen Ashworth", "apologies", "Assistant Chief Officer, Probation Trust")}
    assert {("Marion Thackeray", "board_chair"), ("Owain Pritchard", "minute_taker")} <= people_rows(result)


SURNAMES_IN_CAPITALS_FIRST = """Ketterby Youth Offending Team
Management Board

NOTES OF MEETING – 14 OCTOBER 2015, 2.00PM

Board members attending
(RT)   TREMAYNE, Rosalind – Strategic Director, People, Ketterby MBC (Chair)
(GMc)  McALISTER, Gordon – Councillor, Ketterby MBC
(VS)   STANHOPE, Dr Vivienne – Designated Doctor, Ketterby CCG

Officers
(PQ)   QUINTRELL, Piers – Deputy YOT Manager

Apologies

Brenda Halloway, YJB

1.  Welcome
"""


def test_surnames_in_capitals_first_after_the_initials_the_notes_use() -> None:
    result = load_text(SURNAMES_IN_CAPITALS_FIRST, "board.txt")
    assert result.families == ("board_minutes",)
    assert {row for row in role_rows(result) if row[1] in ("present_at_meeting", "officer_attending")} == {
        ("Rosalind Tremayne", "present_at_meeting", "Strategic Director, People"),
        ("Gordon McAlister", "present_at_meeting", "Councillor"),
        ("Vivienne Stanhope", "present_at_meeting", "Designated Doctor, Ketterby CCG"),
        ("Piers Quintrell", "officer_attending", "Deputy YOT Manager")}
    assert ("Rosalind Tremayne", "board_chair") in people_rows(result)


PARTIES_AND_GUESTS_IN_PROSE = """KETTERBY METROPOLITAN BOROUGH COUNCIL

Children and Young People Scrutiny Panel

Wednesday, 11 November 2015

Members present:

Chair                  Councillor Ambrose Fenwright
Labour                 Councillors Delia Moorcroft, Irwin Castleton and Gordon McAlister
Liberal Democrat       Councillor Yvette Harrowgate
Co-opted (Diocese)     Canon Lionel Pemberton

In attendance:  the Cabinet Member for Children's Services, Councillor Hester
Blackwood, attended at the invitation of the Chair, as did Rosalind Tremayne,
Strategic Director (People), Piers Quintrell, Deputy YOT Manager, and Inspector Carys
Oldroyd from Ketterby Police. The panel was supported by Martin Yelland, Scrutiny Officer.

12  APOLOGIES FOR ABSENCE

    Apologies were received from Councillors Roderick Pell and Tamsin
    Gadsby.

13  MINUTES OF THE PREVIOUS MEETING

    The minutes of the meeting held on 14 October 2015 were agreed as a correct record.
"""


def test_members_grouped_by_party_and_guests_named_in_a_paragraph() -> None:
    rows = role_rows(load_text(PARTIES_AND_GUESTS_IN_PROSE, "scrutiny.txt"))
    assert {(name, role) for name, relation, role in rows if relation == "present_at_meeting"} >= {
        ("Ambrose Fenwright", "Chair"), ("Delia Moorcroft", None), ("Irwin Castleton", None), ("Gordon McAlister", None),
        ("Yvette Harrowgate", None), ("Lionel Pemberton", "Co-opted (Diocese)")}
    assert {(name, role) for name, relation, role in rows if relation == "officer_attending"} >= {
        ("Rosalind Tremayne", "Strategic Director (People)"), ("Piers Quintrell", "Deputy YOT Manager"),
        ("Carys Oldroyd", "Inspector"), ("Martin Yelland", "Scrutiny Officer")}
    names = {name for name, _, _ in rows}
    assert "Liberal Democrat" not in names and "Labour" not in names
    # a name the page's margin broke, indented on the next line, is one person
    assert {name for name, relation, _ in rows if relation == "apologies"} == {"Roderick Pell", "Tamsin Gadsby"}


def test_a_registers_status_column_headed_att() -> None:
    text = """WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on Tuesday 3 March 2026, 2.00pm

Attendance (P = present, A = apologies, D = deputy attended)

| Name                 | Organisation / post                       | Att |
|----------------------|-------------------------------------------|-----|
| Harriet Pellow       | Director of Children's Services (Chair)   |  P  |
| Marcus Tregenza      | Head of Youth Offending Service           |  P  |
| Rosalind Penhale     | Head of Service, Probation                |  D  |
| Gideon Carthew       | Senior Probation Officer                  |  P  |
| Imogen Trevail       | Head of Inclusion                         |  A  |

1.  WELCOME
"""
    rows = set(people_rows(load_text(text, "westmere-board.txt")))
    assert {("Harriet Pellow", "present_at_meeting"), ("Harriet Pellow", "board_chair"),
            ("Marcus Tregenza", "present_at_meeting"), ("Gideon Carthew", "present_at_meeting"),
            ("Rosalind Penhale", "apologies"), ("Imogen Trevail", "apologies")} <= rows
    assert ("Imogen Trevail", "present_at_meeting") not in rows


COUNCILLORS_GRID = """WESTMERE COUNTY BOROUGH COUNCIL

SOCIAL SERVICES SCRUTINY COMMITTEE

MINUTES OF THE MEETING HELD ON TUESDAY 17 NOVEMBER 2026 AT 5.30 PM

County Borough Councillors present:
\tBronwen Tallis-Hughes (Chair)\t\tKenneth Oduya
\tGareth Penrose (Vice-Chair)\tHuw Maddern
\tNia Trewartha\t\t\t\tDelyth Carveth

Cabinet Member in attendance:
\tEleri Roskilly\t\tSocial Services and Wellbeing

Officers:
\tRhiannon Kestle\t\tCorporate Director, Social Services

1.  APOLOGIES FOR ABSENCE
"""


def test_councillors_present_in_a_grid_under_a_heading_that_names_them_and_a_cabinet_member_in_attendance() -> None:
    rows = set(people_rows(load_text(COUNCILLORS_GRID, "westmere-scrutiny.txt")))
    present = {name for name, relation in rows if relation == "present_at_meeting"}
    assert {"Bronwen Tallis-Hughes", "Kenneth Oduya", "Gareth Penrose", "Huw Maddern", "Nia Trewartha",
            "Delyth Carveth", "Eleri Roskilly"} <= present
    assert ("Bronwen Tallis-Hughes", "panel_chair") in rows and ("Eleri Roskilly", "cabinet_member") in rows


GROUPED_LISTS = """WESTMERE METROPOLITAN BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

Minutes of the meeting held at 6.00 pm on Tuesday, 10th February, 2026

MEMBERS PRESENT

  Labour Group             Councillors Barbara Pengelly (Chair), Nadeem Rowe,
                           Patricia Hocking
  Conservative Group       Councillors Rupert Trevenna (Vice-Chair), Jean Polglase
  Co-opted (non-voting)    Mr Stanislav Kowal (Parent Governor Representative)

OFFICERS

  Children's Services
      Geraldine Carne, Director of Children's Services
      Tomasz Nowicki, Head of Youth Offending Service
  Legal and Democratic Services
      Imelda Bray, Senior Democratic Services Officer

44  APOLOGIES FOR ABSENCE
"""


def test_a_groups_label_before_its_members_and_a_departments_line_over_its_officers() -> None:
    rows = set(role_rows(load_text(GROUPED_LISTS, "westmere-scrutiny.txt")))
    present = {name for name, relation, _ in rows if relation == "present_at_meeting"}
    assert {"Barbara Pengelly", "Nadeem Rowe", "Patricia Hocking", "Rupert Trevenna", "Jean Polglase",
            "Stanislav Kowal"} <= present
    officers = {(name, role) for name, relation, role in rows if relation == "officer_attending"}
    assert officers == {("Geraldine Carne", "Director of Children's Services"),
                        ("Tomasz Nowicki", "Head of Youth Offending Service"),
                        ("Imelda Bray", "Senior Democratic Services Officer")}


def test_a_departments_label_in_capitals_before_a_dash_is_no_ones_role() -> None:
    text = """WESTMERE COUNTY BOROUGH COUNCIL

Minutes of a meeting of the CORPORATE PARENTING PANEL held on Monday, 6 July 2026 at 2.00pm.

Present: Councillor E. Roskilly (Chair); Councillors H. Tallis and T. Penrose.

Officers:
  SOCIAL SERVICES – R. Kestle (Corporate Director, Social Services); N. Jaswal (Corporate Parenting Officer)
  EDUCATION AND LIFELONG LEARNING – Gareth Polglase (Virtual School Head)

14  DECLARATIONS OF INTEREST
"""
    officers = {(name, role) for name, relation, role in role_rows(load_text(text, "westmere-panel.txt"))
                if relation == "officer_attending"}
    assert officers == {("R. Kestle", "Corporate Director, Social Services"), ("N. Jaswal", "Corporate Parenting Officer"),
                        ("Gareth Polglase", "Virtual School Head")}


def test_an_officer_contact_under_the_chairs_signature_is_no_chair() -> None:
    text = COUNCILLORS_GRID + """    None.

    The meeting ended at 7.10pm.

                                                     CHAIR

Officer contact: Ffion Carveth, 01632 960 742
"""
    rows = set(people_rows(load_text(text, "westmere-scrutiny.txt")))
    assert not {relation for name, relation in rows if name == "Ffion Carveth"} & {"panel_chair", "present_at_meeting"}


def test_a_post_over_its_holder_in_the_left_column_keeps_the_holder_not_the_member_stood_in_for() -> None:
    text = """WESTMERE YOUTH JUSTICE SERVICE MANAGEMENT BOARD

Minutes – 24 March 2026, 9.30am

Present:                                             Apologies:
Corporate Director, Social Services (Chair)          Superintendent, Westmere Police
   – Rhiannon Kestle (RK)                               – Gethin Polglase
Inspector, Westmere Police (for Supt Polglase)
   – Dai Trewin (DT)
Consultant Nurse, Safeguarding, Bro Tamar UHB
   – Dr Manon Carveth (MC)
Business Support Officer, YJS (notes) – Llinos Maddern (LM)

1   Welcome and apologies
"""
    rows = set(people_rows(load_text(text, "westmere-board.txt")))
    present = {name for name, relation in rows if relation == "present_at_meeting"}
    assert present == {"Rhiannon Kestle", "Dai Trewin", "Manon Carveth", "Llinos Maddern"}
    assert ("Gethin Polglase", "apologies") in rows


def test_one_guest_a_line_keeps_the_item_written_on_its_own_line() -> None:
    text = """WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on 14 June 2026

PRESENT
Harriet Pellow, Director of Children's Services (Chair)

ALSO PRESENT
Graham Tolley, Community Safety Officer (minutes)
Sergeant Leanne Opie, Westmere Police (item 4)

1. Welcome
"""
    rows = set(people_rows(load_text(text, "westmere-board.txt")))
    assert ("Graham Tolley", "present_at_meeting") in rows and ("Graham Tolley", "officer_attending") not in rows


def test_a_block_no_layout_reads_is_read_by_its_shape_one_known_name_a_line() -> None:
    text = """WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on Tuesday 3 March 2026

Attendees

| Who                    | From / post                               | Here? |
|------------------------|-------------------------------------------|-------|
| Harriet Pellow         | Director of Children's Services           |   P   |
| Marcus Tregenza        | Head of Youth Offending Service           |   P   |
| Imogen Trevail         | Head of Inclusion                         |   A   |

1.  WELCOME
"""
    rows = {(name, relation, role) for name, relation, role in role_rows(load_text(text, "westmere-board.txt"))}
    assert {("Harriet Pellow", "present_at_meeting", "Director of Children's Services"),
            ("Marcus Tregenza", "present_at_meeting", "Head of Youth Offending Service"),
            ("Imogen Trevail", "apologies", "Head of Inclusion")} <= rows
    assert ("Imogen Trevail", "present_at_meeting", "Head of Inclusion") not in rows


SCRUTINY_WITH_OFFICERS_ALSO_PRESENT = """BRYNHAVEN COUNTY BOROUGH COUNCIL

CHILDREN AND FAMILIES SCRUTINY COMMITTEE

MINUTES OF A MEETING HELD IN THE COUNCIL CHAMBER ON TUESDAY, 4 MARCH 2025 AT 5.30 P.M.

PRESENT: Councillors H. Trevena (Chair), D. Ashworth and K. Lyle.

ALSO PRESENT: Councillor B. Quayle (Cabinet Member – Children's Services);
Dr O. Pennant (Corporate Director – Social Services); Mrs G. Astley (Scrutiny Officer).

12  APOLOGIES FOR ABSENCE
     Apologies for absence were received from Councillor F. Ormerod.
"""


def test_officers_also_present_at_scrutiny_attend_as_officers_beside_the_cabinet_member() -> None:
    rows = people_rows(load_text(SCRUTINY_WITH_OFFICERS_ALSO_PRESENT, "scrutiny.txt"))
    assert {("O. Pennant", "officer_attending"), ("G. Astley", "officer_attending"),
            ("B. Quayle", "present_at_meeting")} <= rows
    assert not {("O. Pennant", "present_at_meeting"), ("G. Astley", "present_at_meeting")} & rows


ROLE_NAME_INITIALS = """GRENWICK YOUTH JUSTICE MANAGEMENT BOARD

Minutes of meeting held Thursday 5 June 2025 at 10.00am

Attendees (role – name – initials):
Chair / Corporate Director – Dr Ffion Astley-Rhodes (FAR)
Head of Youth Justice Service – Owen Tandy (OT)
Note taker, Business Support YJS – Marged Eluned Crane (MEC)

Apologies
Head of Housing – Dilys Pargeter

1. Welcome
FAR welcomed members.
"""


def test_a_post_set_off_by_a_dash_before_a_name_with_its_own_initials() -> None:
    rows = role_rows(load_text(ROLE_NAME_INITIALS, "board.txt"))
    assert {("Marged Eluned Crane", "present_at_meeting", "Note taker, Business Support YJS"),
            ("Marged Eluned Crane", "minute_taker", "Note taker, Business Support YJS")} <= rows


BOROUGH_AFTER_A_POST = """LONDON BOROUGH OF ASHGROVE
Youth Justice Partnership Board
MINUTES – Tuesday 3 June 2025

MEMBERS PRESENT                                 REPRESENTING
IMOGEN ROWE-SALTER (IRS) – Chair                Director of Children's Services, LB Ashgrove
THOMAS BELLAMY (TB)                             Head of Inclusion, LB Ashgrove
NOOR HADLEY (NH)                                Head of Youth Offending Service

IN ATTENDANCE
CARYS LOWDEN                                    Democratic Services Officer (minutes)

1. WELCOME AND APOLOGIES
IRS welcomed members. Apologies had been received from Dev Raman (Director of Public Health).

2. MINUTES OF THE LAST MEETING
The minutes of the meeting held on 4 March 2025 were agreed.
"""


def test_a_london_borough_abbreviated_after_a_post_is_no_one() -> None:
    rows = people_rows(load_text(BOROUGH_AFTER_A_POST, "board.txt"))
    assert {("Imogen Rowe-Salter", "present_at_meeting"), ("Thomas Bellamy", "present_at_meeting")} <= rows
    assert not any(name.startswith("LB") for name, _ in rows)


CYNG_CLLR_CABINET = """CYNGOR BWRDEISTREF SIROL GLANRHOS
GLANRHOS COUNTY BOROUGH COUNCIL

COFNODION Y CABINET / MINUTES OF THE CABINET

Dyddiad / Date: 8 Mawrth / March 2022
Lleoliad / Venue: Siambr y Cyngor, Glanrhos

PRESENNOL / PRESENT:
Cyng./Cllr Morfudd Tregaron-ParryLeader of the Council (Cadeirydd / Chair)
Cyng./Cllr Elgan ProsserCabinet Member for Education and Young People

SWYDDOGION / OFFICERS:
Mr T. Hallam               Prif Weithredwr / Chief Executive

Hefyd yn bresennol / Also in attendance: Cllr Sioned Rhydderch (Chair,
Children and Young People Scrutiny Committee)

1.  YMDDIHEURIADAU / APOLOGIES
    Apologies for absence were received from Cllr Ifan Rowlands (Cabinet
    Member for Environment).

2.  INSPECTION OF THE YOUTH JUSTICE SERVICE
    Cllr Prosser presented the report.
"""


def test_a_welsh_title_before_the_english_one_and_a_bilingual_heading_of_three_words() -> None:
    rows = role_rows(load_text(CYNG_CLLR_CABINET, "cabinet.txt"))
    assert {("Morfudd Tregaron-Parry", "present_at_meeting", "Leader of the Council"),
            ("Elgan Prosser", "cabinet_member", "Cabinet Member for Education and Young People"),
            ("Sioned Rhydderch", "present_at_meeting", "Chair, Children and Young People Scrutiny Committee")} <= rows
    assert not any(role == "Cyng./" for _, _, role in rows)


TWO_MEETINGS = """ASHFORD VALE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

MINUTES OF MEETING - Wednesday 7th March 2012

PRESENT                                        APOLOGIES
Gregor Lindqvist (Chair) Assistant Director    Supt Maura Keane, Ashford Vale Police
Children's Services, Ashford Vale CC           Dr Hollis Brandt, NHS Ashford Vale
Petra Oyelowo, YOS Manager
Insp. Dorian Flett, Ashford Vale Police
(for Supt Keane)

1.  Welcome and apologies
GL welcomed members. Dorian Flett attended on behalf of Maura Keane.

2.  Inspection
PO explained that the score was disappointing. The Scrutiny Panel had asked for a
report. Mr Lindqvist and Ms Oyelowo will attend.

_____________________________________________________________________________

ASHFORD VALE YOUTH OFFENDING SERVICE MANAGEMENT BOARD
MINUTES - 13 June 2012

Attendance register                                      13/06/12
LINDQVIST, Gregor     AD Children's Services (Chair)     present
OYELOWO, Petra        YOS Manager                        present
KEANE, Maura          Superintendent, Police             present
BRANDT, Hollis        Dr, Clinical Lead, NHS             apologies

1.  Minutes of 7 March 2012 - agreed.
"""


def test_a_register_surname_first_and_members_who_will_attend_another_meeting() -> None:
    rows = people_rows(load_text(TWO_MEETINGS, "board.txt"))
    assert {("Maura Keane", "present_at_meeting"), ("Hollis Brandt", "apologies"),
            ("Gregor Lindqvist", "present_at_meeting"), ("Petra Oyelowo", "quoted")} <= rows
    # members going to the panel's meeting, and a deputy sitting for a member, are no guests of this one
    assert not {("Gregor Lindqvist", "officer_attending"), ("Petra Oyelowo", "officer_attending"),
                ("Dorian Flett", "officer_attending")} & rows


MEMBERSHIP_PARAGRAPH = """NORTHWICK COUNTY COUNCIL

CHILDREN'S SCRUTINY PANEL

Minutes of the meeting held at County Hall on Tuesday 10 July 2012


Membership of the Panel: Councillor A J Penrose (Chairman), Councillor Mrs P M
Ormsby (Vice-Chairman), Councillors D Achebe, R Tolland, Mrs E
Garside and G Whitworth.   Standing deputies: Councillors K Mallory and
Mrs S Fennimore.

PRESENT:    Councillor Penrose (in the Chair)
            Councillors Ormsby, Achebe, Tolland and Whitworth

23.  APOLOGIES FOR ABSENCE

     Apologies were received from Councillor Mrs E Garside.

Officers in attendance: M Ferris (Assistant Director), and
Kirstin Abbot (Scrutiny Support Officer) who took the minutes.

Copy to:  Councillor Richard Ambler-Stowe, Leader of the Council
          Chair, Youth Offending Service Management Board (Mr M. Fer-
                                                                     - 15 -
          ris)
"""


def test_a_membership_paragraph_with_wrapped_initials_and_standing_deputies_and_a_copy_list() -> None:
    rows = people_rows(load_text(MEMBERSHIP_PARAGRAPH, "panel.txt"))
    assert {("P M Ormsby", "panel_vice_chair"), ("E Garside", "panel_member"), ("G Whitworth", "panel_member"),
            ("K Mallory", "standing_deputy"), ("S Fennimore", "standing_deputy"),
            ("Kirstin Abbot", "minute_taker"), ("Richard Ambler-Stowe", "copy_to"),
            ("Richard Ambler-Stowe", "cabinet_member"), ("M. Ferris", "copy_to")} <= rows
    assert ("S Fennimore", "panel_member") not in rows


BOXED_REGISTER_OF_TWO_MEETINGS = """KELLAND YOUTH JUSTICE SERVICE MANAGEMENT BOARD
Minutes of meeting, 18 May 2016, Committee Room 1

Attendance record 2016/17
+---------------------------+-----------------------------------+-------+-------+
| Member                    | Agency / post                     | 17/02 | 18/05 |
+---------------------------+-----------------------------------+-------+-------+
| Dr C. Penwarden (Chair)   | Director of Social Services, KCBC |   P   |   P   |
| Cllr G. Rosewarne         | Cabinet Member, Social Services   |   P   |   A   |
| H. Tregear                | Head of Inclusion, KCBC           |   A   |   P   |
+---------------------------+-----------------------------------+-------+-------+
Key: P present; A apologies

1. Minutes and matters arising
The minutes were agreed.
"""


def test_a_registers_earlier_meetings_marks_are_no_part_of_the_post() -> None:
    """'| Head of Inclusion, KCBC |   A   |   P   |': the last mark is this meeting's; the one before is an earlier
    meeting's, not the end of the post ('Head of Inclusion, KCBC, A')."""
    rows = role_rows(load_text(BOXED_REGISTER_OF_TWO_MEETINGS, "board.txt"))
    assert {row for row in rows if row[1] != "board_chair"} == {
        ("C. Penwarden", "present_at_meeting", "Director of Social Services, KCBC"),
        ("G. Rosewarne", "apologies", "Cabinet Member, Social Services"),
        ("G. Rosewarne", "cabinet_member", "Cabinet Member, Social Services"),
        ("H. Tregear", "present_at_meeting", "Head of Inclusion, KCBC")}


@pytest.mark.parametrize("minutes", [
    ("Corrowdale District Council\n\nOVERVIEW AND SCRUTINY COMMITTEE\n\nMinutes of the meeting held at the Council "
     "Chamber, Corrowdale\non Wednesday 9 March 2022 commencing at 7.00pm\n\nMembers:\nCllr G Ambrose (Chairman)\n"
     "Cllr R Pellow (substitute for\n  Cllr Hesketh)\nCllr M Sefton\n\nOSC/41   APOLOGIES AND SUBSTITUTIONS\n"
     "         Apologies were received from Cllr L Hesketh, with Cllr Pellow\n         substituting.\n"),
    ("Corrowdale District Council\n\nMINUTES of the meeting of the Scrutiny Panel held on 4 May 2022\n\nPresent: "
     "Councillors G Ambrose (Chair), R Pellow "
     "and M Sefton.\n\n1. Apologies for absence were received from Councillor L Hesketh and Councillor T Dunmore, "
     "with Councillor R Pellow deputising for Councillor Hesketh.\n"),
])
def test_apologies_with_a_substitute_in_an_absolute_clause(minutes: str) -> None:
    """'Apologies were received from Cllr A, with Cllr B substituting': A sent apologies, B sat in A's place; B sent
    none and A is no substitute (u550)."""
    rows = {(name, relation) for name, relation, _ in role_rows(load_text(minutes, "corrowdale_scrutiny_minutes.txt"))}
    assert {name for name, relation in rows if relation == "apologies"} <= {"L Hesketh", "T Dunmore"}
    assert ("L Hesketh", "apologies") in rows
    assert {name for name, relation in rows if relation == "standing_deputy"} == {"R Pellow"}
    assert ("L Hesketh", "present_at_meeting") not in rows
    # (a minute numbered by its committee's reference, 'OSC/41   APOLOGIES', is no post of the list's last member)
    assert not any("APOLOGIES" in (role or "") for _, _, role in role_rows(load_text(minutes, "corrowdale_minutes.txt")))


@pytest.mark.parametrize("sentence", [
    "Det Supt Ann Roe was unable to attend; Inspector Tom Wale (TW)\ndeputised for Corrowdale Constabulary.",
    "Inspector Tom Wale deputised for Corrowdale Constabulary in place of the Superintendent.",
])
def test_a_deputy_for_a_body_keeps_the_body_in_the_words_of_the_seat(sentence: str) -> None:
    """'deputised for Corrowdale Constabulary': the deputy's role is not cut at 'for' (u486; check roles-are-whole)."""
    minutes = ("Corrowdale Youth Justice Management Board\n\nMinutes of the meeting held on 4 May 2022\n\n"
               "The meeting was chaired by Jo Lee (JL), Corporate Director for People.\n\n" + sentence + "\n")
    roles = {role for name, relation, role in role_rows(load_text(minutes, "corrowdale_board_minutes.txt"))
             if name == "Tom Wale" and relation == "standing_deputy"}
    assert roles == {"deputised for Corrowdale Constabulary"}
