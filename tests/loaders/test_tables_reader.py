"""People in tables a PDF flattened, and label/value credits: one splitter (`loaders/person_cells.py`) read by the
membership, attendance and inspection-credit readers. Fictional fixtures, each in a layout the dev set's documents
do not use: a membership whose names run into their posts with no separator or one space and whose posts wrap at the
page's width; a membership grid under its heads whose cells wrap under their columns, cut by a page's footer and
running header; credits two to a line with colons or tabs, and padded with no colon under no heading; a meeting's
chair and vice-chair on one line. Near misses: a table of figures, venue and date fields, a list of posts with no
names, a padded label over prose, children's pseudonyms in a case study."""

from __future__ import annotations

import signal

from kg.loaders import person_cells
from kg.loaders.inspection_people import relation_for_label
from kg.loaders.text import lines
from tests.conftest import load_text, organisation_rows, people_rows, role_rows
from tests.linear_time import assert_grows_linearly

# ---- the splitter's contract ------------------------------------------------------------------------------------------


def test_label_values_reads_two_pairs_a_line_and_drops_fields_it_does_not_know() -> None:
    text = "Lead inspector:\tRuth Okoro\tInspector:\tSamir Vance\nReport author: Jo Lee      Tel: 01632 960111\n"
    first, second = lines(text)
    assert [(label.text, value.text) for label, value in person_cells.label_values(text, first, relation_for_label)] \
        == [("Lead inspector", "Ruth Okoro"), ("Inspector", "Samir Vance")]
    # 'Tel' is no label of the inspectorate's: it ends the value before it and is no credit of its own
    assert [value.text for _label, value in person_cells.label_values(text, second, lambda label: label)] == \
        ["Jo Lee", "01632 960111"]
    assert [value.text for _label, value in person_cells.label_values(
        text, second, lambda label: "author" if "author" in label.lower() else None)] == ["Jo Lee"]


def test_table_entries_join_a_flattened_row_wrapped_at_the_page_width() -> None:
    text = ("Tomasz NowakDirector of Children's Services and\n"
            "Education (Chair)\n"
            "Cllr Abena Osei-Tutu Portfolio Holder for Families\n"
            "Insp Gary Lund Neighbourhood Policing Lead, Hollin Police\n")
    entries = person_cells.table_entries(text, lines(text))
    assert [len(entry) for entry in entries] == [2, 1, 1]
    member = person_cells.person_cells(text, entries[0])
    assert member is not None and member.name.name == "Tomasz Nowak"
    assert member.post is not None and member.post.text == "Director of Children's Services and Education (Chair)"


def test_person_cells_reads_a_grid_row_by_its_heads_over_wrapped_lines() -> None:
    text = ("Member              Agency                      Post\n"
            "Priya Lal           Hollin Borough Council      Head of Early\n"
            "                                                Help (Vice-chair)\n")
    rows = lines(text)
    columns = person_cells.column_starts(text, rows)
    heads = person_cells.header_kinds(text, rows[0], columns)
    assert heads == ["name", "body", "post"]
    member = person_cells.person_cells(text, rows[1:], columns, heads)
    assert member is not None and member.body is not None and member.post is not None
    assert (member.name.name, member.body.text, member.post.text) == \
        ("Priya Lal", "Hollin Borough Council", "Head of Early Help (Vice-chair)")


# ---- membership tables ---------------------------------------------------------------------------------------------

RUN_TOGETHER_PLAN = """Hollin Youth Justice Plan 2024-25

1. Introduction
The plan sets out how the partnership will reduce offending by children in Hollin.

2. Governance
The Hollin Youth Justice Partnership Board meets every two months and reports
to the Safer Hollin Partnership. Membership at March 2024:

Tomasz NowakDirector of Children's Services, Hollin Borough Council (Chair)
Cllr Abena Osei-TutuPortfolio Holder for Children, Families and Lifelong
Learning
Marek JanssenHead of Youth Justice Service
Ch Insp Gary LundHollin Police, Eastern Neighbourhood Policing Area
Dr Carys FennickConsultant Clinical Psychologist, Hollin and Deepdale NHS
Foundation Trust
Ines Porter-QuayleHead of Probation Delivery Unit, Probation Service
Magistrates' Bench - Youth Panel Chair (observer)

The Board reviews the plan's actions at every meeting.
"""

ONE_SPACE_PLAN = """Deepdale Youth Justice Plan 2023

Governance
Board membership (as at June 2023):
Ruth Ashdown Strategic Director, People Directorate, Deepdale Council (Chair)
Raj Patel Manager, Youth Offending Service
DCI Ravi Sandhu Head of Public Protection, Deepdale and Hollin Constabulary,
Western Division
Joan Kerrigan Assistant Director for Education Inclusion and Attendance

Case study: "Jay" (aged 15) was referred by his school after a knife incident.
"""

GRID_PLAN = """Marlcombe Youth Justice Strategic Plan 2025

Marlcombe Youth Justice Strategic Plan 2025

Table 2: Board membership
Name                   Organisation                       Role on Board
Cllr Dana Whitlock     Marlcombe District Council         Chair
Omar Farouk            Marlcombe District Council         Vice-chair (Director
                       (Children's Services)              of Children's Services)
Supt Helena Brack
                                                                      4
Marlcombe Youth Justice Strategic Plan 2025
enridge                Westvale Police                    Member
Dr Yusuf Amadi         Marlcombe Integrated Care Board    Member (Designated
                                                          Doctor)
Grace Tolland          Probation Service                  Member
vacant                 Marlcombe Magistrates' Bench       Observer

Performance                        Marlcombe      England
First time entrants (per 100,000)  188            164
Reoffending rate (%)               31.2           32.4
"""


def test_a_membership_whose_names_run_into_their_posts_is_read_past_its_wrapped_lines() -> None:
    result = load_text(RUN_TOGETHER_PLAN, "hollin_youth_justice_plan_2024_03.txt")
    rows = people_rows(result)
    for name in ("Abena Osei-Tutu", "Marek Janssen", "Gary Lund", "Carys Fennick", "Ines Porter-Quayle"):
        assert (name, "board_member") in rows, name
    assert ("Tomasz Nowak", "board_chair") in rows
    roles = role_rows(result)
    assert ("Abena Osei-Tutu", "board_member", "Portfolio Holder for Children, Families and Lifelong Learning") in roles
    assert ("Ines Porter-Quayle", "board_member", "Head of Probation Delivery Unit") in roles
    assert organisation_rows(result)[("Carys Fennick", "board_member")] == "Hollin and Deepdale NHS Foundation Trust"


def test_a_membership_with_one_space_between_name_and_post_reads_a_wrapped_post() -> None:
    result = load_text(ONE_SPACE_PLAN, "deepdale_youth_justice_plan_2023_06.txt")
    rows = people_rows(result)
    assert {("Raj Patel", "board_member"), ("Ravi Sandhu", "board_member"), ("Joan Kerrigan", "board_member")} <= rows
    assert not any(name == "Jay" for name, _relation in rows)  # a child's pseudonym in the case study


def test_a_membership_grid_cut_by_a_page_break_is_read_to_its_end_each_cell_whole() -> None:
    result = load_text(GRID_PLAN, "marlcombe_youth_justice_plan_2025_05.txt")
    rows = people_rows(result)
    assert {("Yusuf Amadi", "board_member"), ("Grace Tolland", "board_member")} <= rows
    roles = role_rows(result)
    assert ("Omar Farouk", "board_member", "Vice-chair (Director of Children's Services)") in roles
    assert ("Yusuf Amadi", "board_member", "Member (Designated Doctor)") in roles
    assert {("Dana Whitlock", "board_chair"), ("Dana Whitlock", "board_member")} <= rows
    assert organisation_rows(result)[("Grace Tolland", "board_member")] == "Probation Service"
    # the table of figures under it names no one
    assert not any(name.startswith(("First", "Reoffending", "Performance")) for name, _relation in rows)


# ---- credits -------------------------------------------------------------------------------------------------------

TWO_TO_A_LINE_REPORT = """An inspection of youth justice services in Hollin
HM Inspectorate of Probation

Foreword
This inspection found the service to be Good overall.

Justin Russell
HM Chief Inspector of Probation

Acknowledgements
This inspection was led by HM Inspector Ruth Okoro, supported by a team of
inspectors and colleagues from across the Inspectorate.

Lead inspector:\tRuth Okoro\tInspector:\tSamir Vance
Inspector:\tLena Fairclough\tPolice inspector:\tTom Beckwith

Overall rating: Good
"""

PADDED_CREDITS_REPORT = """An inspection of youth justice services in Deepdale
HM Inspectorate of Probation

Foreword
This inspection found the service to be Requires improvement overall.

Annex 2: How we inspected
Fieldwork took place over two weeks in May 2023.

Lead inspector                 Ruth Okoro
Team inspectors                Samir Vance, Lena Fairclough
Head of Youth Inspections      Mira Castell

Inspectors                     visited twelve schools and two pupil referral units.
"""


def test_credits_two_to_a_line_give_each_name_its_own_label() -> None:
    rows = people_rows(load_text(TWO_TO_A_LINE_REPORT, "hollin_inspection_2023_06.txt"))
    assert ("Samir Vance", "inspection_team") in rows and ("Samir Vance", "lead_inspector") not in rows
    assert ("Tom Beckwith", "inspection_team") in rows
    assert ("Ruth Okoro", "lead_inspector") in rows


def test_credits_padded_without_colons_under_no_heading_are_read_as_a_block() -> None:
    rows = people_rows(load_text(PADDED_CREDITS_REPORT, "deepdale_inspection_2023_06.txt"))
    assert {("Samir Vance", "inspection_team"), ("Lena Fairclough", "inspection_team"),
            ("Mira Castell", "head_of_inspections")} <= rows


MINUTES = """HOLLIN YOUTH JUSTICE PARTNERSHIP BOARD

Minutes of the meeting held on 12 March 2024, 10.00am
Venue: Committee Room 2, Civic Centre        Date: 12/03/2024

Chair: Tomasz Nowak        Vice-chair: Cllr Abena Osei-Tutu
Minutes: Carol Finch

Present:
Tomasz Nowak, Director of Children's Services, Hollin Borough Council
Cllr Abena Osei-Tutu, Portfolio Holder for Children
Marek Janssen, Head of Youth Justice Service

1. Welcome and apologies
Apologies were received from Ines Porter-Quayle.
"""


def test_a_chair_and_a_vice_chair_on_one_line_are_each_read_under_their_own_label() -> None:
    result = load_text(MINUTES, "hollin_board_minutes_2024_03.txt")
    rows = people_rows(result)
    assert ("Tomasz Nowak", "board_chair") in rows
    assert ("Abena Osei-Tutu", "board_chair") not in rows
    roles = role_rows(result)
    assert not any(role and "Vice-chair:" in role for _name, _relation, role in roles)
    assert ("Carol Finch", "minute_taker") in rows
    assert not any(name.startswith(("Committee", "Civic")) for name, _relation in rows)  # the venue's field


# ---- hostile input -------------------------------------------------------------------------------------------------


def test_a_long_run_of_labels_and_padding_is_read_in_linear_time() -> None:
    def read(line: str) -> None:
        text = f"{line}\n"
        person_cells.label_values(text, lines(text)[0], relation_for_label)
        block = text + "Inspector: Jo Lee\n" * 200
        person_cells.table_entries(block, lines(block))

    def _alarm(_signum: int, _frame: object) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(30)  # a pattern that never ends fails rather than hangs
    try:  # labels, padding and tabbed labels, 25 KB then 100 KB
        assert_grows_linearly(read, lambda n: "Inspector:   " * (4 * n) + "   " * (20 * n) + "Lead inspector:\t" * (2 * n),
                              175)
    finally:
        signal.alarm(0)
