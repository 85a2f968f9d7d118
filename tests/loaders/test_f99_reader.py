"""Stop 34's batch b99 layouts, in fixtures written for them: an inspection team told in prose under its annex's
heading ('X and Y were the HMI Probation inspectors, and they were joined by Z from Ofsted'); a copy table's
initials column whose initials write a surname's prefix ('LMcV')."""

from __future__ import annotations

from kg.loaders.initials import fits
from tests.conftest import load_text, organisation_rows, people_rows, role_rows

# The team annex as a paragraph: names before their post, bodies after 'from', posts in brackets; the lead and the head
# of inspections named there too, and thanks after it.
TEAM_IN_A_PARAGRAPH = """An inspection of youth offending services in Cressingford
HM Inspectorate of Probation

HM Inspector Marcus Fenwick led this inspection.

Annex 2 – The inspection team

The inspection was led by HM Inspector Marcus Fenwick. Alison Pryce and Gordon
Whitlock were the HMI Probation inspectors, and they were joined by Nadia Hollins from
Ofsted and Trevor Maddox from the Care Quality Commission. Carol Dempster (research
officer) and Simon Reeve (operations officer) supported the team. Helen Garside is Head
of Youth Offending Team Inspections.

We would like to thank Graham Tulloch and the staff of Cressingford YOS for their help.
"""


def test_a_team_told_in_prose_under_its_heading_gives_every_member() -> None:
    result = load_text(TEAM_IN_A_PARAGRAPH, "cressingford-inspection.txt")
    rows = people_rows(result)
    members = {"Alison Pryce", "Gordon Whitlock", "Nadia Hollins", "Trevor Maddox", "Carol Dempster", "Simon Reeve"}
    assert {(name, "inspection_team") for name in members} <= rows
    assert ("Marcus Fenwick", "inspection_team") not in rows  # the lead keeps the lead's row
    assert ("Helen Garside", "inspection_team") not in rows
    assert not any(name == "Graham Tulloch" for name, _ in rows)  # thanked, not of the team
    orgs = organisation_rows(result)
    assert orgs[("Nadia Hollins", "inspection_team")] == "Ofsted"
    assert orgs[("Gordon Whitlock", "inspection_team")] == "HM Inspectorate of Probation"
    roles = role_rows(result)
    assert ("Alison Pryce", "inspection_team", "HMI Probation inspector") in roles
    assert ("Carol Dempster", "inspection_team", "research officer") in roles


# A copy table whose first column is each person's initials, a surname's prefix written as the surname writes it.
COPY_TABLE_WITH_PREFIXED_INITIALS = """HM Inspectorate of Probation

Dear Ms Holgate

INSPECTION OF YOUTH JUSTICE SERVICES IN FALLOWMERE

We will inspect youth justice services in Fallowmere this spring.

Yours sincerely

Helen Garside
Head of Youth Inspections

cc:
  Initials\tName\tPost
  GT\tGraham Tulloch\tChief Executive, Fallowmere Council
  DMacL\tDuncan MacLeish\tDirector of Children's Services, Fallowmere Council
  RMcK\tRosalind McKerrow\tHead of Youth Justice Service, Fallowmere Council
"""


def test_initials_with_a_surnames_prefix_are_the_keys_column_not_a_post() -> None:
    result = load_text(COPY_TABLE_WITH_PREFIXED_INITIALS, "fallowmere-letter.txt")
    roles = role_rows(result)
    assert ("Duncan MacLeish", "copy_to", "Director of Children's Services, Fallowmere Council") in roles
    assert ("Rosalind McKerrow", "copy_to", "Head of Youth Justice Service, Fallowmere Council") in roles
    assert organisation_rows(result)[("Rosalind McKerrow", "copy_to")] == "Fallowmere Council"


def test_initials_fit_a_name_by_its_surnames_prefix() -> None:
    assert fits("LMcV", "Lorna McVitie") and fits("DMacL", "Duncan MacLeish")
    assert not fits("LMcV", "Lorna Vitie") and not fits("LMcV", "Lorna MacVitie")
