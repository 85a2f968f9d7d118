"""Attendance told in sentences, read by one reader (`attendance.attendance_in_prose`) clause by clause: the words of
each clause give the status of the people it names ('Also present were', 'attended for', 'who sent apologies',
'as did', 'Minutes were taken by'). Fictional fixtures in wordings other than the development set's, and near misses
that name no one or say nothing of attendance."""

from __future__ import annotations

import pytest

from kg.loaders import attendance
from kg.loaders.attendance import ALSO_PRESENT, APOLOGIES, IN_ATTENDANCE, MINUTES, PRESENT
from tests.conftest import load_text, people_rows
from tests.linear_time import assert_grows_linearly


def _read(text: str) -> set[tuple[str, str]]:
    return {(entry.attendee.name.name, entry.kind) for entry in attendance.attendance_in_prose(text)}


def _deputies(text: str) -> set[str]:
    return {entry.attendee.name.name for entry in attendance.attendance_in_prose(text) if entry.attendee.substitute}


# Variant 1: a board's note, one paragraph, semicolons between entries, 'The Board was attended by', 'in place of',
# 'as had' carrying the apologies, minutes taken by a named officer; no heading above the people.
BOARD_NOTE = """Eastholm Youth Justice Management Board

Note of the meeting held on 4 March 2025, Eastholm Civic Centre

The Board was attended by Marion Tulliver (Director of Children's Services, Eastholm Council); Inspector
David Rao (Eastholm Police); Priya Chandran and Sam Whitlock from the NHS trust; and Ruth Hallam (Head of
Youth Justice Service). Sergeant Ann Colley attended in place of Chief Inspector Tom Reedy, who had sent
his apologies, as had Councillor Bob Dale. Minutes were taken by Lee Moss, Business Support Officer.

1.  Welcome and apologies
    The Chair welcomed members and noted the apologies above.

2.  Performance
    RH presented the quarterly report. The Board noted the fall in first time entrants.
"""


def test_board_note_clauses_give_each_person_their_status() -> None:
    read = _read(BOARD_NOTE)
    for name in ("Marion Tulliver", "David Rao", "Priya Chandran", "Sam Whitlock", "Ruth Hallam"):
        assert (name, PRESENT) in read, read
    assert ("Ann Colley", PRESENT) in read and "Ann Colley" in _deputies(BOARD_NOTE)
    assert ("Tom Reedy", APOLOGIES) in read
    assert ("Bob Dale", APOLOGIES) in read  # 'as had': the status of the clause before
    assert ("Lee Moss", MINUTES) in read
    assert not {name for name, kind in read if kind == APOLOGIES} & {"Ann Colley", "Marion Tulliver"}


def test_board_note_loads_as_a_boards_minutes() -> None:
    rows = people_rows(load_text(BOARD_NOTE, "eastholm_board_note_2025_03.txt"))
    assert ("Marion Tulliver", "present_at_meeting") in rows
    assert ("Ann Colley", "standing_deputy") in rows and ("Ann Colley", "present_at_meeting") in rows
    assert ("Tom Reedy", "apologies") in rows and ("Tom Reedy", "present_at_meeting") not in rows
    assert ("Bob Dale", "apologies") in rows
    assert ("Lee Moss", "minute_taker") in rows
    assert ("Ann Colley", "officer_attending") not in rows  # she sat for a member: no guest


# Variant 2: a council panel's minutes telling everything in sentences: the chair, a plural 'Councillors ... were also
# present', apologies with commas and 'and', officers 'in attendance', and the minute taker as the subject of 'took'.
PANEL = """WESTMERE BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL

Minutes of the meeting held on Wednesday 12 June 2024 at 6.00 pm, Committee Room 1, Westmere Town Hall

The meeting was chaired by Councillor Jane Ormsby. Councillors Raj Patel, Ruth Okoye and Daniel Fairweather were
also present. Apologies were received from Councillors Ann Hall and Cy Ennis. Also in attendance were Helen
Brightwater (Director of Children's Services) and Kofi Mensah (Youth Offending Service Manager). The Democratic
Services Officer, Mr K. Ibbot, took the minutes.

1.  DECLARATIONS OF INTEREST
    None were declared.
"""


def test_panel_sentences_give_each_person_their_status() -> None:
    read = _read(PANEL)
    assert ("Jane Ormsby", PRESENT) in read
    for name in ("Raj Patel", "Ruth Okoye", "Daniel Fairweather"):
        assert (name, PRESENT) in read, read
    assert {("Helen Brightwater", IN_ATTENDANCE), ("Kofi Mensah", IN_ATTENDANCE)} <= read
    assert ("K. Ibbot", MINUTES) in read
    chair = [entry for entry in attendance.attendance_in_prose(PANEL) if entry.attendee.name.name == "Jane Ormsby"]
    assert chair and chair[0].attendee.chair


# Variant 3: lines wrapped mid-name and mid-post, 'Also present were' run on after a sentence, a guest for one item
# after 'Joining the meeting for item 4 only were', a relative 'who sent apologies' and 'as did' with a rank.
WRAPPED = """Northvale Youth Justice Partnership Board - record of meeting, 9 January 2025

The Chair, Ms Anita
Shah, opened the meeting. Also present were Dr Owen
Pryce (Named Doctor, Northvale Health Board), Gwen Talbot (Head of Service,
Youth Justice) and Councillor Huw Jenkins (Cabinet Member for Education). DS Carys
Morgan attended for Det Supt Alun Roberts (Northvale Police), who sent apologies, as did
Magistrate Sian Lloyd. Joining the meeting for item 4 only were Rhys Evans (Data Analyst) and
Mair Davies (Education Inclusion Lead).
"""


def test_wrapped_sentences_keep_their_clauses() -> None:
    read = _read(WRAPPED)
    for name in ("Owen Pryce", "Gwen Talbot", "Huw Jenkins"):
        assert (name, ALSO_PRESENT) in read, read
    assert ("Carys Morgan", PRESENT) in read and "Carys Morgan" in _deputies(WRAPPED)
    assert ("Alun Roberts", APOLOGIES) in read
    assert ("Sian Lloyd", APOLOGIES) in read
    assert ("Carys Morgan", APOLOGIES) not in read
    assert {("Rhys Evans", IN_ATTENDANCE), ("Mair Davies", IN_ATTENDANCE)} <= read


def test_a_companion_of_a_body_is_one_of_the_list() -> None:
    text = ("Also in attendance were Alison Trent (Strategic Director) and Howard Quill (Head of\nService), together "
            "with Mark Sowden of NHS Eastholm.")
    assert ("Mark Sowden", IN_ATTENDANCE) in _read(text)
    assert not any(name == "Sowden" for name, _ in _read(text))


# Near misses: the same verbs and leads where no one's attendance is told, or no one is named.
NEAR_MISSES = [
    "The Chair thanked officers for the report, as did Councillor Hall.",  # 'as did' after no attendance clause
    "The Strategic Director attended for item 3 and presented the report.",  # a post, no name; 'for' an item
    "The Head of Service attended for this item. Notes were taken by the clerk.",  # posts only
    "Child A attended for his review, as did his mother, and was seen by the case manager.",  # a pseudonym
    "Present were 14 of the 16 young people referred in the quarter.",  # a table's figure
    "Apologies were noted as above. The Board was quorate.",
    "Venue: Committee Room 2, Civic Suite, Town Hall. Also present were the Leader's office staff.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_name_no_one(text: str) -> None:
    assert attendance.attendance_in_prose(text) == []


def test_minutes_with_a_list_heading_are_unchanged_by_the_reader() -> None:
    """'Also present:' as a heading is a list's (read by the sections), not a sentence: the reader leaves it."""
    assert attendance.attendance_in_prose("Also present:  Councillor Jo Bloggs (Cabinet Member)\n") == []


@pytest.mark.parametrize("run", [" attended for ", ", as did ", " Also present were ", " who sent apologies",
                                 "Joining for item 4 only: ", " took the minutes"])
def test_a_long_run_of_the_readers_words_stays_linear(run: str) -> None:
    # 25 KB of the run, then 100 KB
    assert_grows_linearly(attendance.attendance_in_prose, lambda n: "Jo Hart" + run * n, 25_000 // len(run))


def test_panel_sentences_load_as_the_panels_attendance() -> None:
    rows = people_rows(load_text(PANEL, "westmere_scrutiny_minutes_2024_06.txt"))
    assert ("Jane Ormsby", "panel_chair") in rows and ("Jane Ormsby", "present_at_meeting") in rows
    assert ("Raj Patel", "present_at_meeting") in rows and ("Daniel Fairweather", "present_at_meeting") in rows
    assert ("Ann Hall", "apologies") in rows and ("Cy Ennis", "apologies") in rows
    assert ("Helen Brightwater", "officer_attending") in rows and ("Kofi Mensah", "officer_attending") in rows
    assert ("K. Ibbot", "minute_taker") in rows or ("K Ibbot", "minute_taker") in rows, rows


# Further wordings: a deputy for a post with no name, posts before names after a lead, 'minuted by', and 'Members
# present:' run into a paragraph (at a line's start it is a list's heading, read with the lists).
@pytest.mark.parametrize(("text", "expected"), [
    ("Inspector David Rao attended for the Borough Commander.", {("David Rao", PRESENT)}),
    ("Also present was the Cabinet Member for Children, Councillor Ann Hall, and the Director of Children's "
     "Services, Ms Helen Brightwater.", {("Ann Hall", ALSO_PRESENT), ("Helen Brightwater", ALSO_PRESENT)}),
    ("The meeting was minuted by Lee Moss (Business Support).", {("Lee Moss", MINUTES)}),
    ("The meeting opened at 10am. Members present: Jo Banks (Chair), Sam Lee and Kim Ford.",
     {("Jo Banks", PRESENT), ("Sam Lee", PRESENT), ("Kim Ford", PRESENT)}),
    ("Quorate. In attendance: Ruth Hallam (Head of Service). Apologies: Councillor Ann Hall and Dr Kim Ford.",
     {("Ruth Hallam", IN_ATTENDANCE), ("Ann Hall", APOLOGIES), ("Kim Ford", APOLOGIES)}),
    ("Officers present were Helen Brightwater (Director of Children's Services) and Kofi Mensah.",
     {("Helen Brightwater", IN_ATTENDANCE), ("Kofi Mensah", IN_ATTENDANCE)}),
])
def test_further_wordings(text: str, expected: set[tuple[str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Sam Lee attended for the discussion of item 4.",  # for an item, not a post
    "Members present: Jo Banks (Chair), Sam Lee and Kim Ford.",  # a heading: the lists read it
    "The Board agreed the plan. Apologies: as listed above.",  # no one named
    "Officers present: none.",
    "County Borough Councillors present:\n\tJo Banks (Chair)\t\tSam Lee\n\tKim Ford\t\t\tAnn Hall\n",  # columns
])
def test_further_near_misses(text: str) -> None:
    assert attendance.attendance_in_prose(text) == []


# Variant (stop 34, b104): the chair is the subject of 'chaired the meeting', her post in apposition; 'Present with
# her were' opens the members; an apology's sender is named with a rank before and a body after ('Chief Inspector X
# of Y Police had sent apologies'); no heading anywhere.
CHAIRED_SUBJECT = """Brackenlow Youth Justice Partnership Board

Minutes of the meeting held on 3 May 2024

1.  Attendance

Ms Orla Vennick, Director of Children's Services for Brackenlow Council, chaired the meeting. Present with
her were Councillor Tobias Wrenfield (Cabinet Member for Children) and Dr Anika Strode, Consultant
Paediatrician, NHS Brackenlow. Chief Inspector Corvin Threlfall of Brackenlow Police had sent apologies.
"""


def test_subject_who_chaired_the_meeting_and_those_present_with_her() -> None:
    assert _read(CHAIRED_SUBJECT) == {("Orla Vennick", PRESENT), ("Tobias Wrenfield", PRESENT),
                                      ("Anika Strode", PRESENT), ("Corvin Threlfall", APOLOGIES)}
    chair = [entry.attendee for entry in attendance.attendance_in_prose(CHAIRED_SUBJECT) if entry.attendee.chair]
    assert [attendee.name.name for attendee in chair] == ["Orla Vennick"]


def test_apology_sender_with_rank_and_body_keeps_both() -> None:
    sender = next(entry.attendee for entry in attendance.attendance_in_prose(CHAIRED_SUBJECT) if entry.kind == APOLOGIES)
    assert sender.role_text == "Chief Inspector" and sender.body is not None and sender.body.text == "Brackenlow Police"


def test_chaired_the_meeting_with_no_named_subject_names_no_one() -> None:
    assert _read("Brackenlow Youth Justice Board\n\nThe Director chaired the meeting and welcomed members.\n") == set()


# Variant (stop 34, b104): members who 'joined in person' or 'joined online', 'as did' carrying it on, and a member who
# 'was unable to attend' with no word of apologies.
JOINED = """Brackenlow Youth Justice Management Board

Minutes - 9 October 2024

The meeting was chaired by Orla Vennick (OV), Director of Children's Services. Cllr Tobias Wrenfield (TW) joined
in person, as did Anika Strode (AS) from the Probation Service. Ruben Kesteven (RK) joined online for the NHS
trust. Det Supt Corvin Threlfall was unable to attend.
"""


def test_members_who_joined_and_one_unable_to_attend() -> None:
    assert _read(JOINED) == {("Orla Vennick", PRESENT), ("Tobias Wrenfield", PRESENT), ("Anika Strode", PRESENT),
                             ("Ruben Kesteven", PRESENT), ("Corvin Threlfall", APOLOGIES)}


def test_joined_for_an_item_or_unable_to_agree_names_no_member() -> None:
    assert _read("Brackenlow Youth Justice Board\n\nThe Board was unable to agree the plan. The team joined the "
                 "call later.\n") == set()
