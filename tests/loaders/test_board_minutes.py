"""YOS / YOT management board minutes: the real corpus against its gold key, and one fixture per layout."""

from __future__ import annotations

from pathlib import Path

from kg.loaders import board_minutes
from tests.conftest import FIXTURES, load_text, people_rows, role_rows
from tests.loaders.test_council_papers import assert_same_rows, gold_people, keyed, load_corpus


def fixture(name: str) -> set[tuple[str, str]]:
    text = (FIXTURES / "board_minutes" / name).read_text(encoding="utf-8")
    result = load_text(text, name)
    assert result.families == (board_minutes.FAMILY,)
    return keyed(people_rows(result))


def test_stockton_board_minutes_match_gold(corpus_dir: Path, gold_dir: Path) -> None:
    name = "21_stockton_yos_board_minutes_2009_other"
    assert_same_rows(load_corpus(corpus_dir / "extra" / f"{name}.txt"),
                     gold_people(gold_dir / "extra" / f"{name}.json"))


def test_sqs_letters_are_not_board_minutes(corpus_dir: Path) -> None:
    for path in sorted(corpus_dir.glob("00*.txt")):
        assert not board_minutes.recognise(path.read_text(encoding="utf-8")), path.name


def test_list_without_present_heading_before_apologies() -> None:
    rows = fixture("no_present_heading.txt")
    assert {("priya lomax", "present_at_meeting"), ("priya lomax", "board_chair"),
            ("gareth penrose", "present_at_meeting"), ("harriet vance", "present_at_meeting"),
            ("colin ashdown", "apologies"), ("bethany greer", "apologies")} <= rows


def test_names_in_capitals() -> None:
    assert ("david okonjo", "present_at_meeting") in fixture("no_present_heading.txt")


def test_role_broken_over_two_lines_is_joined() -> None:
    text = (FIXTURES / "board_minutes" / "no_present_heading.txt").read_text(encoding="utf-8")
    roles = {s.value for s in load_text(text).statements if s.schema == "Involvement" and s.prop == "role"}
    assert "Service Manager, Early Help and Prevention" in roles


def test_name_run_into_role_and_on_behalf_of() -> None:
    rows = fixture("run_together.txt")
    assert {("rhona castleton", "board_chair"), ("fergus byrne", "present_at_meeting"),
            ("nadia kowalczyk", "present_at_meeting"), ("nadia kowalczyk", "minute_taker"),
            ("imogen tate", "apologies")} <= rows
    assert ("imogen tate", "present_at_meeting") not in rows


def test_attendees_in_attendance_minute_taker_and_inline_apologies() -> None:
    rows = fixture("sections.txt")
    assert {("tobias wren", "present_at_meeting"), ("tobias wren", "board_chair"),
            ("miranda selby", "present_at_meeting"), ("jonah pettifer", "present_at_meeting"),
            ("leona marsh", "officer_attending"), ("grace ollerton", "minute_taker"),
            ("ambrose kettle", "apologies"), ("delphine ruiz", "apologies")} <= rows
    # 'In attendance' lists the officers who came, not the board's members: as in a council's minutes
    assert ("leona marsh", "present_at_meeting") not in rows


def test_board_title_needs_an_attendance_list() -> None:
    assert not board_minutes.recognise("The YOS Management Board agreed the plan.\nThe chair thanked everyone.")


def test_markdown_table_with_header_row_and_ranks() -> None:
    rows = fixture("table.txt")
    assert {("oliver strand", "present_at_meeting"), ("oliver strand", "board_chair"),
            ("amara ncube", "present_at_meeting"), ("paul rudge", "present_at_meeting"),
            ("kerry ann moss", "present_at_meeting"), ("felix hanley", "apologies"),
            ("rosa lindgren", "minute_taker")} <= rows
    assert ("rosa lindgren", "apologies") not in rows


def test_initials_in_brackets_and_role_before_name() -> None:
    text = (FIXTURES / "board_minutes" / "initials_and_dashes.txt").read_text(encoding="utf-8")
    result = load_text(text)
    rows = keyed(people_rows(result))
    assert {("jane doe", "board_chair"), ("kwame mensah", "present_at_meeting"), ("gary holt", "present_at_meeting"),
            ("bernard quayle", "present_at_meeting"), ("helen ashby", "apologies"), ("dev patel", "apologies")} <= rows
    assert ("bernard quayle", "board_chair") not in rows
    roles = {s.value for s in result.statements if s.schema == "Involvement" and s.prop == "role"}
    assert "YOT Manager" in roles


def test_board_minutes_record_a_meeting_of_the_areas_board() -> None:
    text = ("Northshire YOS Management Board\n\n4th May 2016\n\nPresent:\nAnwen Price Head of Community Safety (Chair)\n"
            "Bryn Talfryn YOS Manager\n\n1. Minutes of the last meeting were agreed.\n")
    result = load_text(text)
    [body] = {s.value for s in result.statements if s.schema == "Document" and s.prop == "meeting_of"}
    assert {s.value for s in result.statements if s.entity == body and s.prop == "name"} == {
        "Northshire Youth Offending Service"}, "a YOS board is its service's, as the gazetteer names it"


def test_a_council_panel_whose_guest_is_from_the_youth_justice_board_is_no_board() -> None:
    minutes = ("Dunmoor Borough Council\nCorporate Parenting Panel\nMinutes of the meeting held on 15 April 2025\n\n"
               "Councillors present:\nAmelia Rusk (Chair)\nBertrand Oyelowo (Vice-Chair)\n\n"
               "Also present: Kit Marlowe (Youth Justice Board)\n\n1. Apologies\nNone.\n")
    result = load_text(minutes, "panel.txt")
    assert result.families == ("council_papers",)
    assert {("Amelia Rusk", "panel_chair"), ("Bertrand Oyelowo", "panel_vice_chair")} <= people_rows(result)


def test_a_guest_who_presented_at_a_board_is_an_officer_attending_and_a_member_who_did_is_not() -> None:
    minutes = ("Dunmoor Youth Justice Partnership Board\nMINUTES\n\nPresent: Bethan Rees (Chair), Simon Achter (Head of "
               "Youth Justice)\n\n1. Performance\nMarcus Fairweather (Performance Analyst) presented the Q1 dashboard. "
               "Simon Achter presented the plan.\n2. Restorative justice\nFfion Gethin, Restorative Justice Coordinator, "
               "presented the survey.\n")
    rows = people_rows(load_text(minutes, "board.txt"))
    assert {row for row in rows if row[1] == "officer_attending"} == {
        ("Marcus Fairweather", "officer_attending"), ("Ffion Gethin", "officer_attending")}


def test_the_inspectorates_people_named_in_a_boards_minutes() -> None:
    minutes = ("Dunmoor Youth Justice Partnership Board\nMinutes of the meeting, 7 September 2025\n\n"
               "Present: Bethan Rees (Chair), Simon Achter (Head of Youth Justice)\n\n1. Inspection\n"
               "SA reported that the notification letter had been received from Marguerite Dell, Head of Youth Justice "
               "Inspections at HMI Probation. Fieldwork will start on 9 October and the lead inspector will be Tamsin "
               "Oakley. A workshop led by Kim Ford followed.\n")
    rows = people_rows(load_text(minutes, "board.txt"))
    assert {row for row in rows if row[1] in ("lead_inspector", "head_of_inspections")} == {
        ("Tamsin Oakley", "lead_inspector"), ("Marguerite Dell", "head_of_inspections")}


THANKED_LEAD_INSPECTOR = """NORTHMOOR YOUTH JUSTICE PARTNERSHIP BOARD

Minutes of the meeting held on 4 May 2023

Members present
Ottilie Brancaster – Northmoor Council – Director of Children's Services (Chair)

1. Outcome of inspection
The Board thanked Perpetua Vance-Holloway, lead inspector, and her team for a constructive week. The deputy lead
inspector, Osian Trevethan, had left.
"""


def test_a_lead_inspector_named_beside_the_post_in_board_minutes() -> None:
    rows = people_rows(load_text(THANKED_LEAD_INSPECTOR, "board.txt"))
    assert ("Perpetua Vance-Holloway", "lead_inspector") in rows
    assert ("Osian Trevethan", "lead_inspector") not in rows


def test_the_lead_inspector_thanked_or_leading_the_team_in_a_boards_minutes() -> None:
    minutes = ("Tregarth Youth Justice Partnership Board\nMinutes of the meeting held on 2 May 2024\n\n"
               "Present\nMorwenna Pascoe-Hale, Head of Service (Chair)\nJory Trembath, Tregarth Police\n\n"
               "3. Outcome of the HMIP inspection\nMPH reported that the inspection had taken place in March. The inspection\n"
               "team, led by Susan Carveth-Angove, had fed back on the final day. The Board thanked\n"
               "Helen Roskilly, lead inspector, and her team for a constructive week.\n")
    rows = people_rows(load_text(minutes, "board_minutes.txt"))
    assert {name for name, relation in rows if relation == "lead_inspector"} == {"Susan Carveth-Angove", "Helen Roskilly"}


def test_a_boards_minute_taker_under_their_label_took_the_minutes() -> None:
    minutes = ("DUNMOOR YOUTH JUSTICE PARTNERSHIP BOARD\n\nNotes of the meeting held on 6 March 2025\n\n"
               "Present: Ann Wright (Chair), Raj Patel\nMinute taker: Gwen Tull\n\n1. Welcome\n\nAW welcomed members.\n")
    rows = role_rows(load_text(minutes, "board.txt"))
    assert {row for row in rows if row[1] == "minute_taker"} == {("Gwen Tull", "minute_taker", "Minutes")}


def test_a_community_safety_partnerships_board_is_read_as_a_board() -> None:
    text = """SAFER WESTMERE PARTNERSHIP
(Westmere Community Safety Partnership)

PARTNERSHIP BOARD – MINUTES
Date:   14 June 2026

PRESENT

COUNCILLOR DESMOND TREWIN
Cabinet Member for Communities, Westmere MBC (Chair)

FIONA RATTRAY
Head of Community Safety, Westmere MBC

APOLOGIES
Yvonne Penrose (Probation Service)

1. Welcome
"""
    assert board_minutes.recognise(text)
    rows = people_rows(load_text(text, "westmere-csp.txt"))
    assert ("Desmond Trewin", "board_chair") in rows and ("Desmond Trewin", "author") not in rows


BILINGUAL_INITIALS_TABLE = """GWASANAETH CYFIAWNDER IEUENCTID PENHALLT
PENHALLT YOUTH JUSTICE SERVICE

Bwrdd Rheoli / Management Board

COFNODION / MINUTES
Dyddiad / Date:      Dydd Llun 9 Mawrth 2020 / Monday 9 March 2020

Yn bresennol / Present:
Llyth. / Init.   Enw / Name                  Sefydliad / Organisation
SJ               Siwan Jenkyn (Cadeirydd / Chair)   Cyfarwyddwr / Director of Social Services, CBC
HP               Cllr Huw Parfitt            Aelod Cabinet / Cabinet Member - Children
EW               Elin Watcyn                 Rheolwr GCI / YJS Manager

Hefyd yn bresennol / Also present:
Tudur Bevan, Rheolwr Tîm / Team Manager (item 3) ; Mali Prosser, Gweinyddwr / Administrator (cofnodion / minutes)

Ymddiheuriadau / Apologies:
Cllr Gethin Morse (Arweinydd / Leader)
------------------------------------------------------------------------------------------

1.  Croeso / Welcome
    SJ welcomed members.
"""


def test_bilingual_minutes_with_an_initials_table_and_headings_of_three_words() -> None:
    rows = role_rows(load_text(BILINGUAL_INITIALS_TABLE, "penhallt_yjs_board_minutes.txt"))
    pairs = {(person, relation) for person, relation, _ in rows}
    assert {("Siwan Jenkyn", "present_at_meeting"), ("Siwan Jenkyn", "board_chair"),
            ("Huw Parfitt", "present_at_meeting"), ("Huw Parfitt", "cabinet_member"),
            ("Elin Watcyn", "present_at_meeting"), ("Tudur Bevan", "officer_attending"),
            ("Mali Prosser", "minute_taker"), ("Gethin Morse", "apologies"),
            ("Gethin Morse", "cabinet_member")} <= pairs  # a councillor whose post is 'Leader' leads the council
    chair_roles = {role for person, relation, role in rows if person == "Siwan Jenkyn" and relation == "present_at_meeting"}
    assert all("Chair)" not in (role or "") for role in chair_roles)  # the marker in two tongues is no part of the post


SIDE_BY_SIDE_WRAPPED = """ASHBRIDGE YOUTH OFFENDING SERVICE
MANAGEMENT BOARD

Minutes of the meeting held on Tuesday 8 March 2011, 2.00pm


PRESENT                                                 IN ATTENDANCE
Harriet Oakes (HO)             Director of Children's   Neville Prowse (NP)   Head of Youth
  Services - Chair                                        Offending Service
Simon Kettering (SK)           Assistant Chief Officer, Lydia Farrant        Business Support
  Ashbridge Probation Trust                               Officer (minutes)

Apologies: Moira Calloway, Head of Inclusion (Owen Tresize, Senior Education Welfare Officer, attended in his
place); Dennis Rook, Housing Manager.

1.   WELCOME
HO welcomed members. SK commented that the protocol had been signed. DH said the lead member was normally seen,
and that he would brief the Leader, Cllr Vernon Hesketh, in advance.
"""


def test_two_columns_whose_posts_wrap_under_the_names_and_a_substitute_in_an_apology() -> None:
    rows = role_rows(load_text(SIDE_BY_SIDE_WRAPPED, "ashbridge_board_minutes.txt"))
    pairs = {(person, relation) for person, relation, _ in rows}
    assert {("Harriet Oakes", "board_chair"), ("Simon Kettering", "present_at_meeting"),
            ("Simon Kettering", "quoted"), ("Neville Prowse", "officer_attending"),
            ("Lydia Farrant", "officer_attending"), ("Lydia Farrant", "minute_taker"),
            ("Moira Calloway", "apologies"), ("Owen Tresize", "present_at_meeting"),
            ("Owen Tresize", "standing_deputy"), ("Dennis Rook", "apologies"),
            ("Vernon Hesketh", "cabinet_member")} <= pairs
    assert ("Owen Tresize", "officer_attending") not in pairs
    assert ("Vernon Hesketh", "quoted") not in pairs  # 'DH said the lead member ...': not his words
    assert ("Lydia Farrant", "officer_attending", "Business Support Officer") in rows
    assert ("Moira Calloway", "apologies", "Head of Inclusion") in rows
REGISTER_AND_APPENDIX = """TARROWBY YOUTH OFFENDING SERVICE
MANAGEMENT BOARD

Minutes of the meeting held on Wednesday 4 March 2015 at 2.00pm

REGISTER OF ATTENDANCE
Initials   Name                      Organisation / post                                  Status
GQ         Dr Gwenllian Quarrington  Director of Children's Services                      Chair
BH         Barnaby Hollinshead       Head of Youth Offending Service                      Present
OW         Ottoline Westerby         Assistant Chief Executive, Tarrowby Probation Trust  Present
CF         Crispin Fenwick           Designated Nurse, Tarrowby CCG                       Apologies
LP         Lavinia Pettigrew         YOS Performance Officer                              In attendance

1.  PERFORMANCE
    BH confirmed that first time entrants had fallen. OW explained that probation staff would
    transfer in June.

-----------------------------------------------------------------------------  Page 1 of 2

APPENDIX - APPROVED MINUTES
YOS Management Board, 14 January 2015

Present: Quarrington G. (Dr) - Chair; Hollinshead B.; Fenwick C. (Tarrowby CCG)
Apologies: Westerby O. (Probation Trust) - represented by Cuthbert Ravenscroft, Senior Probation
Officer

1. Minutes of 9 October 2014 agreed.
"""


def test_a_register_with_a_status_column_and_an_appended_meeting_written_surname_first() -> None:
    """'Chair' and 'In attendance' in a register's status column; the earlier meeting's minutes appended, its list
    surname first with initials ('Quarrington G. (Dr) - Chair'), a member 'represented by' another whose post wraps
    onto a line of its own; the first meeting's items still read its members by their initials (batch 40)."""
    rows = role_rows(load_text(REGISTER_AND_APPENDIX, "tarrowby_yos_board_minutes.txt"))
    assert ("Gwenllian Quarrington", "board_chair", "Chair") in rows
    assert ("Lavinia Pettigrew", "officer_attending", "YOS Performance Officer") in rows
    assert ("Crispin Fenwick", "apologies", "Designated Nurse") in rows
    people = people_rows(load_text(REGISTER_AND_APPENDIX, "tarrowby_yos_board_minutes.txt"))
    assert ("Crispin Fenwick", "present_at_meeting") in people, "present at the appended meeting"
    assert ("Cuthbert Ravenscroft", "present_at_meeting") in people, "represented the member who sent apologies"
    assert ("Ottoline Westerby", "quoted") in people, "'OW explained' in the first meeting's items"
    assert ("Barnaby Hollinshead", "quoted") not in people, "'confirmed' is no speech"
    assert not any(relation == "officer_attending" and name == "Cuthbert Ravenscroft" for name, relation in people)


CAPITALS_SPEAKERS = """YOUTH JUSTICE SERVICE MANAGEMENT BOARD

Minutes of the meeting, 9 February 2022

Present
Angharad TrevithickCorporate Director Social Services (Chair)
Iolo PenhallowHead of Youth Justice Service
Myfanwy ArkwrightHead of Children's Mental Health, Tarrowby Health Board

1  Performance
   PENHALLOW presented the action plan.

   ARKWRIGHT said the health board had agreed to fund a therapist.
"""


def test_members_named_by_their_surnames_in_capitals_as_speakers() -> None:
    """'ARKWRIGHT said ...': a surname in capitals opening the sentence is the one member with it (batch 40)."""
    people = people_rows(load_text(CAPITALS_SPEAKERS, "tarrowby_yjs_board_minutes.txt"))
    assert ("Myfanwy Arkwright", "quoted") in people
    assert ("Iolo Penhallow", "quoted") not in people, "'presented' is no speech"
