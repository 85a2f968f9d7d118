"""Stop 34's batch b99 layouts, in fixtures written for them: an inspection team told in prose under its annex's
heading ('X and Y were the HMI Probation inspectors, and they were joined by Z from Ofsted'); a copy table's
initials column whose initials write a surname's prefix ('LMcV'); a letter's address block beside the sender's details,
its addressee named with a rank ('Superintendent Jo Lee      Direct line: ...'); the letter's prose naming 'your Head of
Youth Justice Service' and the one who 'will act as deputy lead inspector'; a cabinet report whose form sets two
columns of labels side by side, the report author's post wrapped onto the next row's first cell, its portfolio holder in
brackets under the post, officers labelled as having written its implications and the lead inspector 'for' the place;
council news naming the board's chair by the body she comes from ('X of Y Police, who chairs the Partnership Board');
key facts figure first over their labels, one figure's label a measure the vocabulary lacks; a release rating the
service 'for' standards named in words, and its overall rating opening a numbered note."""

from __future__ import annotations

from kg.loaders.initials import fits
from tests.conftest import load_text, organisation_rows, people_rows, rating_rows, role_rows
from tests.loaders.test_findings_metrics import key_facts

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


# The address block's lines share theirs with the sender's details set far to the right; the addressee has a rank.
ADDRESS_BESIDE_THE_SENDER = """                                                    HM Inspectorate of Probation
                                                    2 Mill Lane
                                                    Leeds  LS1 4AA

Superintendent Alison Pryce                         Direct line: 0113 496 0102
Chair, Fallowmere Youth Justice Partnership Board
c/o Fallowmere Council                              Our ref: YJ/24/FAL/02
Town Hall, Market Street                            5 March 2024

Dear Superintendent Pryce

INSPECTION OF YOUTH JUSTICE SERVICES IN FALLOWMERE

I am writing to tell you that we will inspect youth justice services in Fallowmere.

Yours sincerely

Helen Garside
Head of Youth Inspections
"""


def test_an_address_block_beside_the_senders_details_gives_its_addressee() -> None:
    result = load_text(ADDRESS_BESIDE_THE_SENDER, "fallowmere-notification-letter.txt")
    rows = people_rows(result)
    assert {("Alison Pryce", "addressee"), ("Alison Pryce", "board_chair")} <= rows
    assert ("Alison Pryce", "board_chair", "Chair, Fallowmere Youth Justice Partnership Board") in role_rows(result)


# A notification letter's prose: the service's head as the addressee's, the deputy lead by the part they will act as.
LETTER_NAMES_THE_HEAD_AND_THE_DEPUTY = """HM Inspectorate of Probation

Dear Mr Tulloch

INSPECTION OF YOUTH JUSTICE SERVICES IN FALLOWMERE

The inspection will be led by Marcus Fenwick, HM Inspector, who will contact Simon
Reeve, your Head of Youth Justice Service, in the next few days. Gordon Whitlock will act
as deputy lead inspector.

Yours sincerely

Helen Garside
Head of Youth Inspections
"""


def test_a_letter_names_the_services_head_as_yours_and_the_deputy_lead_by_their_part() -> None:
    result = load_text(LETTER_NAMES_THE_HEAD_AND_THE_DEPUTY, "fallowmere-notification-letter.txt")
    rows = people_rows(result)
    assert {("Simon Reeve", "staff"), ("Gordon Whitlock", "deputy_lead_inspector"),
            ("Marcus Fenwick", "lead_inspector")} <= rows
    assert ("Gordon Whitlock", "deputy_lead_inspector", "deputy lead inspector") in role_rows(result)


# A cabinet report's form of two label columns, the portfolio holder in brackets on the line under the post, the lead
# inspector wrapped and 'for' the place, the implications' officers by their label.
CABINET_REPORT_FORM = """                          LONDON BOROUGH OF CRESSINGFORD

                                      CABINET

                                  14 October 2024

Title: Inspection of Cressingford Youth Justice Service

Report of the Cabinet Member for Children, Families and
Learning (Cllr G. Tulloch)

Open Report\tFor Decision
Wards Affected: All\tKey Decision: No
Report Author: Carol Dempster, Business and\tContact Details:
Improvement Manager, Youth Justice Service\tTel: 020 7946 0999
\tE-mail: carol.dempster@cressingford.gov.uk

1.     Introduction

1.1    HMIP inspected the service in June 2024. The lead
       inspector for Cressingford was Mr M. Fenwick, HM Inspector.

5.     Financial Implications

       Implications completed by: Nadia Hollins, Finance Business Partner (Children's)

5.1    The plan will be delivered within the existing budget.

6.     Legal Implications

       Implications completed by: Trevor Maddox, Principal Lawyer, Children and
       Education

6.1    There are no specific legal implications.
"""


def test_a_cabinet_reports_form_and_labels_give_its_people() -> None:
    result = load_text(CABINET_REPORT_FORM, "cressingford-cabinet-report.txt")
    rows = people_rows(result)
    assert {("G. Tulloch", "cabinet_member"), ("M. Fenwick", "lead_inspector"), ("Nadia Hollins", "staff"),
            ("Trevor Maddox", "staff"), ("Carol Dempster", "contact_officer")} <= rows
    roles = role_rows(result)
    assert ("Carol Dempster", "contact_officer", "Business and Improvement Manager, Youth Justice Service") in roles
    assert ("G. Tulloch", "cabinet_member", "Cabinet Member for Children, Families and Learning") in roles
    assert ("Trevor Maddox", "staff", "Principal Lawyer, Children and Education") in roles
    assert ("Nadia Hollins", "staff", "Finance Business Partner (Children's)") in roles


# Council news: the partnership board's chair named with the body she comes from before the clause of her chairing.
CHAIR_OF_HER_BODY_WHO_CHAIRS = """Fallowmere Council news

Youth justice improvement plan agreed

Fallowmere Council and its partners have agreed a plan for the town's Youth Justice Service after an
inspection. The plan was agreed at a meeting of the Fallowmere Youth Justice Partnership Board.

Supt Alison Pryce of Scarrowfield Police, who chairs the Partnership Board, added that every partner had
named a senior officer to attend the board.
"""


def test_a_chair_named_with_her_own_body_before_who_chairs_the_board() -> None:
    result = load_text(CHAIR_OF_HER_BODY_WHO_CHAIRS, "fallowmere-council-news.txt")
    assert ("Alison Pryce", "board_chair") in people_rows(result)


# Key facts figure first, each figure on its line over its label, blank lines between: a figure whose label the
# vocabulary lacks is not the measure's of the label above it.
FIGURES_OVER_THEIR_LABELS = """An inspection of youth justice services in Cressingford

Key facts

12,940
children aged 10 to 17 years living in Cressingford (2022 mid-year estimate)

73
children supervised by the YJS at the time of the inspection

38
cases inspected: 25 court disposals and 13 out-of-court disposals
"""


def test_a_figure_over_words_of_its_own_is_not_the_measure_above_it() -> None:
    facts = key_facts(FIGURES_OVER_THEIR_LABELS)
    assert ("youth_population", "12940", "count", "", "") in facts
    assert not any(row[0] == "youth_population" and row[1] == "73" for row in facts)


# An inspectorate's release: a list item rates the service for standards named in words, without their codes, and a
# numbered note to editors opens with the overall rating.
RELEASE_RATINGS = """HM INSPECTORATE OF PROBATION
NEWS RELEASE

CRESSINGFORD YOUTH JUSTICE SERVICE 'REQUIRES IMPROVEMENT', SAY INSPECTORS

Youth justice services in Cressingford require improvement, HM Inspectorate of Probation said today.

The inspection found:

- the service rated 'Good' for staff, for planning and delivery of court work, and
  for its out-of-court disposal policy and provision
- reviewing of court cases was 'Inadequate'

NOTES TO EDITORS

1.  The report will be published on our website on 14 March 2024.

2.  Overall rating: Requires improvement. The service was rated against 13
    standards in four domains.
"""


def test_a_release_rates_standards_named_in_words_and_states_the_overall_in_a_note() -> None:
    ratings = rating_rows(load_text(RELEASE_RATINGS, "cressingford-press-release.txt"))
    assert ("overall", "Requires improvement") in ratings
    assert ("overall", "Good") not in ratings
