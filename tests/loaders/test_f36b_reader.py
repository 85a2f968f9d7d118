"""Stop 36's reports, letters and lists (batches b109-b112), in fixtures written for them, each twice (the batch's
layout and another author's): a team's members run on after its label between semicolons, each 'Name (post)' or
'Name, post'; a copy list's label 'Copy list:' with its entries on the label's line, and an officer's rank before the
name the post where a force follows it; a team row whose label fills its column to one blank before the name; the
lead of a team led by a plain title and surname in minutes ('the Inspectorate team led by Ms X'); a surname
hyphenated over a page's number and the next page's running header."""

from __future__ import annotations

from kg.names import find_names
from tests.conftest import load_text, organisation_rows, people_rows, role_rows

REPORT_HEAD = """An inspection of youth justice services in Ullensford
HM Inspectorate of Probation                                              May 2022

Foreword
This inspection is part of our programme of youth justice inspections.
Overall, Ullensford Youth Justice Service was rated as 'Good'.
                                            Olwen Treadgold
                                            HM Chief Inspector of Probation

"""


# --- a team run on after its label, parted by semicolons -------------------------------------------------------------

TEAM_IN_BRACKETS = REPORT_HEAD + """Acknowledgements
This inspection was led by HM Inspector Tamsin Okorie, supported by a team of
inspectors and colleagues from across the Inspectorate.
The team:  Tamsin Okorie (lead inspector); Bryn Hollister (inspector); Keziah Renshaw
(inspector); Dr Ifor Madocks (health inspector, Care Quality Commission); Noor
Castellan (Ofsted inspector); Piran Lusty (local assessor).
The manager responsible for this inspection programme is Wenna Trago, Head of
Youth Inspections.
"""

TEAM_AFTER_COMMAS = REPORT_HEAD + """Acknowledgements

We thank the children, families and staff who spoke to us.

Inspection team members: Tamsin Okorie, lead inspector;
Bryn Hollister, HM Inspector; Keziah Renshaw, HM Inspector;
Dr Ifor Madocks, health inspector, Care Quality Commission;
Noor Castellan, Ofsted inspector; Piran Lusty, local assessor.
"""

MEMBERS = {"Bryn Hollister", "Keziah Renshaw", "Ifor Madocks", "Noor Castellan", "Piran Lusty"}


def test_a_team_run_on_after_its_label_names_each_member_in_the_post_beside_them() -> None:
    for text in (TEAM_IN_BRACKETS, TEAM_AFTER_COMMAS):
        result = load_text(text, "ullensford_inspection_2022.txt")
        rows = people_rows(result)
        assert {(name, "inspection_team") for name in MEMBERS} <= rows, text
        assert ("Tamsin Okorie", "inspection_team") not in rows  # the lead is the lead, not one of the team too
        assert ("Tamsin Okorie", "lead_inspector") in rows
        organisations = organisation_rows(result)
        assert organisations[("Ifor Madocks", "inspection_team")] == "Care Quality Commission"
        assert organisations[("Noor Castellan", "inspection_team")] == "Ofsted"
        assert organisations[("Piran Lusty", "inspection_team")] == "HM Inspectorate of Probation"
        assert ("Piran Lusty", "inspection_team", "local assessor") in role_rows(result)


def test_entries_that_open_with_a_post_are_no_members_of_this_layout() -> None:
    text = REPORT_HEAD + "Acknowledgements\nThe team: inspectors Bryn Hollister and Keziah Renshaw; assessor Piran " \
        "Lusty; support officer Noor Castellan.\n"
    rows = people_rows(load_text(text, "ullensford_inspection_2022.txt"))
    assert ("Noor Castellan", "inspection_team") not in rows


# --- a copy list's entries on its label's line ------------------------------------------------------------------------

COPY_RUN_ON = TEAM_IN_BRACKETS + """
Copy list:  Cllr Hedd Parcell, Leader of Ullensford County Council;
Cllr Mared Ostler, Cabinet Member for Children and Families; Gwion Tallis,
Director of Social Services; Chief Superintendent Rhodri Vance, Pennithorne Police.
"""

COPY_ROWS = TEAM_IN_BRACKETS + """
Copy list:  Cllr Hedd Parcell, Leader of Ullensford County Council
            Cllr Mared Ostler, Cabinet Member for Children and Families
            Gwion Tallis, Director of Social Services
            Chief Superintendent Rhodri Vance, Pennithorne Police
"""


def test_a_copy_lists_label_with_its_entries_on_its_line() -> None:
    for text in (COPY_RUN_ON, COPY_ROWS):
        rows = people_rows(load_text(text, "ullensford_inspection_2022.txt"))
        assert {("Hedd Parcell", "copy_to"), ("Hedd Parcell", "cabinet_member"), ("Mared Ostler", "copy_to"),
                ("Mared Ostler", "cabinet_member"), ("Gwion Tallis", "copy_to")} <= rows, text


def test_a_copied_officers_rank_before_the_name_is_the_post_where_a_body_follows_it() -> None:
    for text in (COPY_RUN_ON, COPY_ROWS):
        result = load_text(text, "ullensford_inspection_2022.txt")
        assert ("Rhodri Vance", "copy_to", "Chief Superintendent") in role_rows(result), text
        assert organisation_rows(result)[("Rhodri Vance", "copy_to")] == "Pennithorne Police"


# --- a team row whose label fills its column ---------------------------------------------------------------------------

LABEL_FILLS_COLUMN = REPORT_HEAD + """Acknowledgements

This inspection was led by HM Inspector Tamsin Okorie.

Lead Inspector                     Tamsin Okorie
Inspectors                         Bryn Hollister, Keziah Renshaw
Practice Assessor                  Piran Lusty
Head of Youth Inspection Programme Wenna Trago
"""

LABEL_FILLS_COLUMN_UNDER_TEAM = REPORT_HEAD + """Annex 2: Inspection team

Lead inspector              Tamsin Okorie
HM Inspector                Bryn Hollister
Head of Youth Justice Inspections Wenna Trago
Health inspector            Dr Ifor Madocks
"""


def test_a_label_that_fills_its_column_to_one_blank_before_the_name() -> None:
    for text, members in ((LABEL_FILLS_COLUMN, {"Bryn Hollister", "Keziah Renshaw", "Piran Lusty"}),
                          (LABEL_FILLS_COLUMN_UNDER_TEAM, {"Bryn Hollister", "Ifor Madocks"})):
        rows = people_rows(load_text(text, "ullensford_inspection_2022.txt"))
        assert ("Wenna Trago", "head_of_inspections") in rows, text
        assert {(name, "inspection_team") for name in members} <= rows, text


# --- the lead inspector named by title and surname in a council's minutes ---------------------------------------------

CABINET_MINUTES = """Pennithorne Borough Council

CABINET

Minutes of the meeting held on 4 June 2019

Present: Councillor Hedd Parcell (Leader), Councillor Mared Ostler

14. INSPECTION OF YOUTH OFFENDING SERVICES

The Cabinet received the report of the Director of Children's Services on the
inspection of the Youth Offending Service. The Leader asked that thanks be passed to the
service and to the Inspectorate team led by Ms Quarrell-Hay.

RESOLVED - That the report be noted.
"""

CABINET_MINUTES_APPOSED = CABINET_MINUTES.replace(
    "service and to the Inspectorate team led by Ms Quarrell-Hay.",
    "service. The inspection team, led by Mr Trevanion of HM Inspectorate of\nProbation, had met the board in March.")


def test_the_team_led_by_a_plain_title_and_surname_names_the_lead() -> None:
    for text, lead in ((CABINET_MINUTES, "Quarrell-Hay"), (CABINET_MINUTES_APPOSED, "Trevanion")):
        rows = people_rows(load_text(text, "pennithorne_cabinet_minutes_2019.txt"))
        assert (lead, "lead_inspector") in rows, text


# --- a surname hyphenated over a page's number and the next page's running header -------------------------------------

def test_a_surname_hyphenated_over_the_pages_number_and_running_header_is_one_name() -> None:
    for written, name in (("is managed by the Head of Youth Justice, Tegwen Marl-\n\n" + " " * 70 + "7\n"
                           "Inspection of youth offending services: Ullensford\n\nborough. We inspected 30 cases.",
                           "Tegwen Marlborough"),
                          ("The service manager, Idris Hals-\n\n                 Page 4\nPennithorne youth justice "
                           "inspection\nbury, leads a stable team.", "Idris Halsbury")):
        assert name in [found.name for found in find_names(written)], written
