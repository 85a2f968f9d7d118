"""Stop 34's batch b101 layouts, in fixtures written for them: a board's present list surname first in capitals whose
forename prose also writes as a word ('ELLERY, Mark'); a police 'Chief Inspector' in a list, the force after the
rank; the chair's marker closing the bracket of a post ('(Director of X, Chair)') beside a member who chairs the body
they come from; a bilingual marker wrapped at its slash ('(Cadeirydd /' / 'Chair)'); two lists side by side, a post
ending the left column and a name opening the right; a Welsh force's name before the next column."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows

# A present list surname first in capitals, each entry 'SURNAME, Forename, Post, Body', the chair's marker in Welsh and
# English wrapped at its slash, a post's body wrapped onto the next line.
SURNAME_FIRST_LIST = """TOLLERBY COUNTY BOROUGH COUNCIL

YOUTH JUSTICE SERVICE MANAGEMENT BOARD

MINUTES
Date:      Wednesday 9 March 2022

PRESENT

HAWKSWORTH, Delyth, Corporate Director of Education, Tollerby CBC (Cadeirydd /
Chair)
PRYDDERCH, Iolo, Chief Inspector, Heddlu Cwmystrad / Cwmystrad Police
TREHARNE, Sian, Head of Child and Adolescent Mental Health, Tollerby University
Health Board
LOVETT, Will, Head of Probation Delivery Unit, Probation Service (Wales)
MORFA, Gwion, Head of Inclusion, Tollerby CBC

APOLOGIES

None.

1.  WELCOME

The Chair welcomed members.
"""


def test_a_forename_prose_writes_as_a_word_is_a_name_after_a_surname_in_capitals() -> None:
    result = load_text(SURNAME_FIRST_LIST, "tollerby-board-minutes.txt")
    rows = people_rows(result)
    assert ("Will Lovett", "present_at_meeting") in rows  # 'LOVETT, Will': not more of the post above
    bodies = organisation_rows(result)
    assert bodies[("Sian Treharne", "present_at_meeting")] == "Tollerby University Health Board"
    assert bodies[("Will Lovett", "present_at_meeting")] == "Probation Service"


def test_a_police_chief_inspector_with_the_force_after_the_rank_is_no_inspectorate_chief() -> None:
    rows = people_rows(load_text(SURNAME_FIRST_LIST, "tollerby-board-minutes.txt"))
    assert ("Iolo Prydderch", "present_at_meeting") in rows
    assert ("Iolo Prydderch", "chief_inspector") not in rows


def test_a_bilingual_chair_marker_wrapped_at_its_slash_marks_the_chair() -> None:
    rows = people_rows(load_text(SURNAME_FIRST_LIST, "tollerby-board-minutes.txt"))
    assert ("Delyth Hawksworth", "board_chair") in rows


# Members parted by semicolons, the chair's marker closing the bracket of her post, and another member who chairs the
# youth bench (a body of his own).
MARKER_CLOSING_POST = """Haddlesey Council

HADDLESEY YOUTH JUSTICE MANAGEMENT BOARD
Minutes - 4 March 2021 - Civic Centre, 2.00pm

Members: Miriam Oakenshaw (Director of Children's Services, Chair); Cllr Peter Ruddle
(Cabinet Member, Children and Families); Graham Felling JP (Chair, Haddlesey Youth Bench);
Kevin Bastable (Head of YJS).

Also present: Rhona Tillett (Team Manager, YJS) for item 4.

Dr Coyle sent her apologies.

1.  MINUTES OF THE LAST MEETING

Agreed.
"""


def test_the_chair_marker_closing_a_posts_bracket_chairs_the_meeting_not_the_bench_chair() -> None:
    rows = people_rows(load_text(MARKER_CLOSING_POST, "haddlesey-board-minutes.txt"))
    assert ("Miriam Oakenshaw", "board_chair") in rows
    assert ("Graham Felling", "board_chair") not in rows
    assert ("Graham Felling", "present_at_meeting") in rows


# Two lists side by side: a post ends the left column ('- Cabinet Member'), a name opens the right one; a Welsh force
# named before the right column's next name.
SIDE_BY_SIDE = """Pencarreg Youth Justice Service Management Board

Minutes of the meeting held 10 January 2024, Council Chamber


Board members present                         In attendance
Alys Vaughan - Chair                          Nerys Bowen - YJS Service Manager
  Corporate Director, Social Services         Osian Price - YJB Cymru
Councillor B. Gwalchmai - Cabinet Member      Tegid Morse - HM Inspectorate of
  Social Care and Wellbeing                     Probation (item 3 only)
Insp. Emyr Llwyd - Heddlu Cwmystrad           Lowri Hafod - Democratic
  (for Chief Inspector Prydderch)               Services Officer
Ffion Rhosier - Probation Service (Wales)


1   Minutes of 18 October 2023 and matters arising
    Agreed.
"""


def test_a_name_in_the_next_column_is_not_the_holder_of_a_post_ending_the_left_one() -> None:
    result = load_text(SIDE_BY_SIDE, "pencarreg-board-minutes.txt")
    rows = people_rows(result)
    assert ("Tegid Morse", "officer_attending") in rows
    assert ("Tegid Morse", "cabinet_member") not in rows
    assert organisation_rows(result)[("Emyr Llwyd", "present_at_meeting")] == "Heddlu Cwmystrad"
