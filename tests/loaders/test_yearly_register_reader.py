"""Board minutes that keep their attendance in a register for the year, appended at their foot: a column for each
meeting headed by its date, the members written surname first with their initials ('Ashdown, P. (Chair)'), the officers
under a heading that gives the meeting's date, and the initials the items use derived from the register; and the
service's staff an inspection report describes by their post before their name."""

from __future__ import annotations

from kg.loaders import attendance
from kg.loaders.text import lines
from kg.names import surname_first_at
from tests.conftest import load_text, organisation_rows, people_rows, role_rows

# The register comes after the items, as its appendix; the first meeting's column is an earlier meeting's.
YEARLY_REGISTER = """                 Brindlecombe Youth Justice Partnership Board
                                   MINUTES
                Tuesday 12 March 2024, 2.00 pm, Tollgate House, Brindlecombe

(Attendance is recorded in the register at Appendix B)

Item 1 – Welcome
OA welcomed members and noted apologies from DV.

Item 2 – Performance report
SP explained that first-time entrants had fallen for the third quarter running.

OA said that the Board would review the custody figures in June.

Item 3 – Date of next meeting
11 June 2024.

Appendix B – Attendance register 2023/24

Member\tRepresenting\t14/11/23\t12/03/24
Ashdown, O. (Chair)\tBCC – Children's Services\tP\tP
Vellacott, D. (Cllr)\tBCC – Cabinet Member\tP\tA
Pendry, S.\tBrindlecombe YJS\tA\tP
Quarrington, M.\tProbation Service\tP\tP

Officers in attendance 12/03/24: Thornbury, K. (Team Manager, YJS); Lisle, W. (Democratic Services Officer – minutes)

Key: P present; A apologies; D deputy attended

Circulation: Board members; Cllr Imogen Farrant, Leader of Brindlecombe City Council; Chief
Executive, Brindlecombe City Council
"""


def test_a_yearly_register_reads_the_meetings_own_column_and_its_officers() -> None:
    rows = people_rows(load_text(YEARLY_REGISTER, "brindlecombe-board-minutes.txt"))
    assert ("O. Ashdown", "present_at_meeting") in rows and ("O. Ashdown", "board_chair") in rows
    assert ("S. Pendry", "present_at_meeting") in rows  # 'A' in the earlier meeting's column, 'P' in this one's
    assert ("S. Pendry", "apologies") not in rows
    assert ("D. Vellacott", "apologies") in rows and ("D. Vellacott", "present_at_meeting") not in rows
    assert ("M. Quarrington", "present_at_meeting") in rows
    assert ("K. Thornbury", "officer_attending") in rows
    assert ("W. Lisle", "minute_taker") in rows


def test_a_register_rows_seat_leaves_out_the_other_meetings_marks() -> None:
    roles = {(name, relation): role for name, relation, role in role_rows(load_text(YEARLY_REGISTER, "b.txt"))}
    assert roles[("M. Quarrington", "present_at_meeting")] is None or "\t" not in str(roles[("M. Quarrington",
                                                                                            "present_at_meeting")])
    assert "P" not in (roles.get(("S. Pendry", "present_at_meeting")) or "").split()


def test_the_items_above_an_appended_register_quote_its_members_by_their_initials() -> None:
    rows = people_rows(load_text(YEARLY_REGISTER, "brindlecombe-board-minutes.txt"))
    assert ("S. Pendry", "quoted") in rows  # 'SP explained that', above the register that names S. Pendry
    assert ("O. Ashdown", "quoted") in rows


def test_a_circulation_label_with_its_entries_on_the_line_is_a_copy_list() -> None:
    rows = people_rows(load_text(YEARLY_REGISTER, "brindlecombe-board-minutes.txt"))
    assert ("Imogen Farrant", "copy_to") in rows


def test_a_part_title_and_a_year_head_the_register_and_a_date_the_officers() -> None:
    kinds = [attendance.heading_kind(YEARLY_REGISTER, line) for line in lines(YEARLY_REGISTER)]
    assert [kind[0] for kind in kinds if kind] == [attendance.PRESENT, attendance.OFFICERS]


def test_a_surname_and_initials_with_stops_open_a_cell_untitled() -> None:
    text = "Ashdown, O.\tBCC\nAshdown, O\tBCC\n"
    name = surname_first_at(text, 0, text.index("\n"))
    assert name is not None and name.name == "O. Ashdown"
    assert surname_first_at(text, text.index("\n") + 1, len(text) - 1) is None  # no stop, no title: not read so


# An inspection report's prose describing the service's staff by their post, then their name between commas.
DESCRIBED_STAFF = """Inspection of youth offending services in Brindlecombe

An inspection by HM Inspectorate of Probation
March 2024

Foreword

This inspection was led by HM Inspector Ruth Galloway.

    Lead inspector\t\tRuth Galloway
    Inspectors\t\tAnwen Morrice, Peter Culshaw
    Research and data\t\tHollis Varga
    Assistant Chief Inspector\t\tBarnaby Quint

We are grateful to Selina Pendry, head of service, and to Wilf Oxenholme, quality and
performance manager, who acted as the inspection coordinator.

1.2 Staff

The team manager for the south of the city, Keturah Thornbury, runs weekly case
reviews. The service's speech and language therapist, Dr Odile Marchetti, assesses every child on arrival,
and a data and information officer, Lorcan Heseltine, produces the monthly reports. The police officer,
Sergeant Dale Fothergill, works two days a week in the team. Please contact the inspection
support officer, Noor Bellingham, on 01632 960 333.
"""


def test_staff_described_by_their_post_before_their_name_are_the_services() -> None:
    result = load_text(DESCRIBED_STAFF, "brindlecombe-inspection-report.txt")
    rows = people_rows(result)
    assert ("Keturah Thornbury", "staff") in rows
    assert ("Odile Marchetti", "staff") in rows
    assert ("Lorcan Heseltine", "staff") in rows
    assert ("Dale Fothergill", "staff") not in rows  # another body's post
    assert ("Noor Bellingham", "staff") not in rows  # the inspectorate's support officer
    assert ("Wilf Oxenholme", "staff") in rows  # his own post in lower case, wrapped, before 'who acted as the'
    roles = {(name, relation): role for name, relation, role in role_rows(result)}
    assert roles[("Keturah Thornbury", "staff")] == "team manager for the south of the city"
    assert organisation_rows(result)[("Keturah Thornbury", "staff")] == "Brindlecombe Youth Offending Service"


def test_a_team_lists_research_and_data_row_is_one_of_the_team() -> None:
    rows = people_rows(load_text(DESCRIBED_STAFF, "brindlecombe-inspection-report.txt"))
    assert ("Hollis Varga", "inspection_team") in rows
    assert ("Barnaby Quint", "head_of_inspections") not in rows  # the set's keys: one of the team, or other


def test_a_circulation_list_cut_at_a_surnames_hyphen_by_the_page_names_no_one() -> None:
    cut = YEARLY_REGISTER.replace(
        "Circulation: Board members; Cllr Imogen Farrant, Leader of Brindlecombe City Council; Chief\n"
        "Executive, Brindlecombe City Council\n",
        "Circulation: Board members; Chief Executive; Supt Tamsin Rook-\n" + "-" * 60 + "\n\n"
        "wood's staff officer; Chair, Children's Scrutiny Panel\n")
    assert not any(name.startswith("Tamsin") for name, _ in people_rows(load_text(cut, "b-board-minutes.txt")))
