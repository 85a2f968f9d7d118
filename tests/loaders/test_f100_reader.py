"""Stop 34's batch b100 layouts, in fixtures written for them: an attendance register whose head row gives each
attendance a column of its own ('Member   Present   Apologies   Substitute'), a row's mark saying what the head over
it says and a substitute named in the last column; officers who 'attended for this item, supported by' others, who
sat for no one; an officer's post in prose that names them the youth justice board's chair; a bracket closed on the
next line before more entries."""

from __future__ import annotations

from tests.conftest import load_text, people_rows, role_rows

# A register padded into columns: the mark 'Y' stands under 'Present' or under 'Apologies', a substitute's name after.
REGISTER_HEAD = """Quenmoor Borough Council

Children and Young People Scrutiny Committee

Tuesday 4 March 2025 at 6.00 pm, Council Chamber

ATTENDANCE REGISTER
"""
PADDED_REGISTER = REGISTER_HEAD + """Member                           Present   Apologies   Substitute
Councillor Ada Threlkeld (Chair)    Y
Councillor Ivo Pennock                        Y        Cllr M Soutar
Councillor Rosa Fairbrass           X
Councillor Nell Ambrose                       Y        -

1     DECLARATIONS OF INTEREST

None.
"""


def test_a_registers_mark_means_what_the_head_over_it_says() -> None:
    rows = people_rows(load_text(PADDED_REGISTER, "quenmoor-scrutiny-minutes.txt"))
    assert {("Ada Threlkeld", "panel_chair"), ("Ada Threlkeld", "present_at_meeting"), ("Ivo Pennock", "apologies"),
            ("Rosa Fairbrass", "present_at_meeting"), ("Nell Ambrose", "apologies")} <= rows
    assert ("Ivo Pennock", "present_at_meeting") not in rows and ("Nell Ambrose", "present_at_meeting") not in rows
    # the name under 'Substitute' came in the member's place
    assert {("M Soutar", "present_at_meeting"), ("M Soutar", "standing_deputy")} <= rows


# The same register in tabs, empty cells kept; the substitute has a row of their own too, marked '(sub)'.
TABBED_REGISTER = REGISTER_HEAD + """Member\tPresent\tApologies\tSubstitute
Councillor Ada Threlkeld (Chair)\tY\t\t
Councillor Ivo Pennock\t\tY\tCllr M Soutar
Councillor Nell Ambrose\t\tY\t-
Councillor Mona Soutar (sub)\tY\t\t

1     DECLARATIONS OF INTEREST

None.
"""


def test_a_tabbed_registers_marks_are_read_by_their_columns_and_the_substitute_is_one_person() -> None:
    rows = people_rows(load_text(TABBED_REGISTER, "quenmoor-scrutiny-minutes.txt"))
    assert {("Ada Threlkeld", "present_at_meeting"), ("Ivo Pennock", "apologies"), ("Nell Ambrose", "apologies"),
            ("Mona Soutar", "present_at_meeting"), ("Mona Soutar", "standing_deputy")} <= rows
    assert ("Ivo Pennock", "present_at_meeting") not in rows
    assert not any(name == "M Soutar" for name, _ in rows)


# Officers who came for an item, others supporting them: no one sat for anyone; the board's chair by their post.
SUPPORTED_BY = """Fallowdene Metropolitan Borough Council

Corporate Parenting Panel

Wednesday, 8th October, 2025 at 5.00 pm

PRESENT: Councillor Tamsin Orchard (Chair), Councillors Leary and Boakye.

                                 MINUTES

12     YOUTH JUSTICE INSPECTION

Howard Penrice, Director of Children's Services and Chair of the Youth Justice Partnership Board, and Esme
Varley, Head of Youth Justice Service, attended for this item, supported by Dominic
Frayne, Quality Assurance Manager.

Ms Varley explained the findings.
"""


def test_officers_who_attended_for_an_item_sat_for_no_one() -> None:
    rows = people_rows(load_text(SUPPORTED_BY, "fallowdene_parenting_panel_minutes_2025_10.txt"))
    assert {("Howard Penrice", "officer_attending"), ("Esme Varley", "officer_attending"),
            ("Dominic Frayne", "officer_attending")} <= rows
    assert not {("Howard Penrice", "standing_deputy"), ("Esme Varley", "standing_deputy"),
                ("Dominic Frayne", "apologies"), ("Howard Penrice", "present_at_meeting")} & rows


PRESENTED_BY_THE_CHAIR = SUPPORTED_BY.split("12     ")[0] + """12     YOUTH JUSTICE PLAN

Howard Penrice, Director of Children's Services and Chair of the Youth Justice Partnership Board, presented
the plan.
"""


def test_an_officers_post_in_prose_naming_the_boards_chair_gives_the_chair() -> None:
    rows = people_rows(load_text(PRESENTED_BY_THE_CHAIR, "fallowdene_parenting_panel_minutes_2025_10.txt"))
    assert {("Howard Penrice", "officer_attending"), ("Howard Penrice", "board_chair")} <= rows


# An apologies paragraph whose entries run on over lines, a bracket closed on the next line before the next entry.
BRACKET_CLOSED_BELOW = """FALLOWDENE YOUTH OFFENDING SERVICE
MANAGEMENT BOARD

Minutes of meeting held 9 September 2025, 10.00am

Name                     Initials   Agency
Howard Penrice           HP         Fallowdene Council (Director of Children's Services) - Chair
Esme Varley              EV         Fallowdene YOS (Head of Service)

Apologies
Tobias Wrenfield (Chief Executive, FC); Mirela Sangster (Fallowdene
Magistrates, Chair of Youth Panel); Supt Oswin Clatterby (Fallowdene
Police, Insp Dray attending)

1   Welcome and apologies
"""


def test_a_bracket_closed_on_the_next_line_ends_its_entry_and_the_next_entry_reads_on() -> None:
    result = load_text(BRACKET_CLOSED_BELOW, "fallowdene_yos_board_minutes_2025_09.txt")
    assert {("Mirela Sangster", "apologies"), ("Oswin Clatterby", "apologies"),
            ("Tobias Wrenfield", "apologies")} <= people_rows(result)
    assert ("Mirela Sangster", "apologies", "Fallowdene Magistrates, Chair of Youth Panel") in role_rows(result)
