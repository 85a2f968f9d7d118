"""The youth justice service's staff named in prose: a post of the service beside a name (', Post,', 'The Post, Name,',
'the Post (Name)', 'managed by Name'), thanks that name them ('thank Name, Post, for', 'in particular Name'), and the
head named with their senior team, in an inspectorate's letter and report, the service's own plan and a council's
report about the service. Fictional fixtures in wordings other than the development set's, and near misses: children's
pseudonyms, inspectors, partner bodies' people, councillors, posts with no name, a table's row and a copy list's entry.
"""

from __future__ import annotations

from kg.loaders.text import plan_title
from tests.conftest import load_text, organisation_rows, people_rows, role_rows
from tests.linear_time import assert_grows_linearly

# Variant 1: an inspectorate's letter; the posts after 'The', thanks with posts after the names and one singled out
# with no post, over wrapped lines; a police officer, a nurse of the trust, a child and a vacant post beside them.
LETTER = """HM Inspectorate of Probation
2nd Floor, Civil Justice Centre
1 Bridge Street West, Manchester M3 3FX

14 March 2016

Ms Harriet Vole
Director of Children's Services
Brackenfold Council

Dear Ms Vole

Short Quality Screening of youth offending work in Brackenfold

We recently carried out a Short Quality Screening of youth offending work in Brackenfold. The Operational
Manager, Rhian Dowd, had introduced a new audit tool, and case managers valued it. The post of Practice
Manager is vacant. Ryan, aged 15, told us his worker had helped him back into school.

Our thanks go to Kofi Mensah-Hale, Team Manager, and to Ailsa Brodie, YOS Practice Manager, for arranging
the fieldwork, to Superintendent Dale Pryor and his officers, and to Maura Quist, Designated Nurse, Brackenfold
NHS Trust. We are grateful to all the staff, particularly Imogen Stacey, who arranged our interviews with
children and their parents.

Yours sincerely

Tobias Wren
HM Inspector
"""


def test_letter_names_the_services_staff_beside_their_posts_and_in_its_thanks_and_no_one_else() -> None:
    result = load_text(LETTER, "brackenfold_sqs_letter_2016_03.txt")
    rows = people_rows(result)
    for name in ("Rhian Dowd", "Kofi Mensah-Hale", "Ailsa Brodie", "Imogen Stacey"):
        assert (name, "staff") in rows, rows
    roles = role_rows(result)
    assert ("Rhian Dowd", "staff", "Operational Manager") in roles
    assert ("Kofi Mensah-Hale", "staff", "Team Manager") in roles
    assert organisation_rows(result)[("Imogen Stacey", "staff")] == "Brackenfold Youth Offending Service"
    # no staff: the police officer, the trust's nurse, the inspector, the addressee, the child; the vacant post no one's
    staff = {name for name, relation in rows if relation == "staff"}
    assert not staff & {"Dale Pryor", "Maura Quist", "Tobias Wren", "Harriet Vole"}, staff
    assert not any("Ryan" in name for name in staff)


# Variant 2: the service's own plan, titled in a second column beside the other tongue's title; a deputy's post after
# the name, the holder in brackets after a line break, an action's lead; a board table's row and a copy list's entry
# that are no prose, and actions led by other bodies' officers.
PLAN = """CYNGOR SIR GARNEDD                              GARNEDD COUNTY COUNCIL
CYNLLUN CYFIAWNDER IEUENCTID 2023-24            YOUTH JUSTICE PLAN 2023-24

1.  Governance

1.1  The Board is chaired by the Director of Social Services. Gareth Pryce, Deputy Head of
     Service, leads on the quality of practice and reports to the Head of Service
     (Menna Griffith-Rowe) every month.

1.2  Priorities for 2023-24:
     a)  Every plan reviewed within ten working days of a significant event (lead: Nia
         Prothero, Team Manager)
     b)  A joint protocol on exploitation with the police. Lead: Supt Carwyn Ellis.
     c)  Reduced timetables halved by March 2024. Lead: Hefin Rowlands, Head of Inclusion.

2.  Board membership

Garnedd Youth Justice Service\tTeleri Hughes, Service Manager
Heddlu Gogledd Police\tInspector Gwyn Ames

3.  Distribution

Copy to:  Chair, Corporate Parenting Panel
          Elen Vaughan, Operations Manager (Youth Justice)
"""


def test_a_plan_titled_beside_the_other_tongue_is_read_for_its_staff() -> None:
    assert plan_title(PLAN)
    result = load_text(PLAN, "garnedd_yj_plan_2023.txt")
    rows = people_rows(result)
    assert ("Gareth Pryce", "staff") in rows and ("Menna Griffith-Rowe", "staff") in rows, rows
    roles = role_rows(result)
    assert ("Gareth Pryce", "staff", "Deputy Head of Service") in roles
    assert ("Menna Griffith-Rowe", "staff", "Head of Service") in roles
    assert ("Nia Prothero", "staff", "Team Manager") in roles  # an action's lead with the service's post
    # the board table's row and the copy list's entry are read by the readers of tables and lists, as no prose; an
    # action's lead in another body's post is no staff of the service
    assert ("Carwyn Ellis", "staff") not in rows and ("Hefin Rowlands", "staff") not in rows
    assert ("Teleri Hughes", "staff") not in rows and ("Elen Vaughan", "staff") not in rows, rows
    assert ("Gwyn Ames", "staff") not in rows


# Variant 3: a joint inspection's report: the services of the area 'were headed by' a name, 'It is led by' after a
# sentence that opens with 'The YJS' over a wrapped line, the head named with their senior team, a post before each
# holder in the thanks, and a councillor and the chair of the board thanked beside them.
REPORT = """Full Joint Inspection of Youth Offending Work in Harrowgate Vale

HM Inspectorate of Probation, Care Quality Commission and Ofsted

Context

Youth justice services in the area were headed by Solomon Achebe-Grant, Head of Youth Justice. The YJS sits in the
People directorate of Harrowgate Vale Council and is overseen by a partnership board. It is led day to day by
the team managers. Inspectors found that Solomon Achebe-Grant and his senior management team had acted on
the previous recommendations.

Acknowledgements

We would like to thank the Chair of the Partnership Board, Councillor Avril Tansley, the Head of Youth Justice,
Solomon Achebe-Grant, and Cerys Lindqvist, Quality Assurance Manager, for their help, and Moira Keane of
Harrowgate Vale CAMHS.
"""


def test_report_reads_the_head_and_the_thanked_manager_not_the_chair_or_a_partner() -> None:
    result = load_text(REPORT, "harrowgatevale_fji_2012_05.txt")
    rows = people_rows(result)
    assert ("Solomon Achebe-Grant", "staff") in rows, rows
    assert ("Cerys Lindqvist", "staff") in rows
    assert ("Solomon Achebe-Grant", "staff", "Head of Youth Justice") in role_rows(result)
    # the chair (a councillor) thanked before the head, and the partner's officer, are no staff of the service
    staff = {name for name, relation in rows if relation == "staff"}
    assert not staff & {"Avril Tansley", "Moira Keane"}, staff


def test_the_yos_is_managed_by_after_a_wrapped_sentence_about_the_yos() -> None:
    text = ("Full Joint Inspection of Youth Offending Work in Marlowby\n\nHM Inspectorate of Probation\n\n"
            "The YOS is part of the Children and Families directorate of Marlowby Borough Council, which hosts it.\n"
            "It is managed by Petra Lindholm, Head of Youth Offending Service, and a board oversees it.\n")
    assert ("Petra Lindholm", "staff") in people_rows(load_text(text, "marlowby_fji_2011_02.txt"))


# Variant 4: a committee's report headed by the officer who reports, with no form's labels; the holders in brackets
# after their posts, one name broken over the line.
COMMITTEE_REPORT = """CHILDREN AND FAMILIES SCRUTINY COMMITTEE

3 NOVEMBER 2015

REPORT BY THE STRATEGIC DIRECTOR (PEOPLE)

INSPECTION OF YOUTH OFFENDING WORK IN DUNCASTER - ACTION PLAN

1.   Feedback was given on 12 October to the Strategic Director, the Head of Service (Marek Zielinski),
     the two team leaders and, for the service's north team, the Operational Manager (Bronwen
     Tyrrell) and the police's district commander (Superintendent Lyle Dunn).
"""


def test_committee_report_reads_the_holders_bracketed_after_their_posts() -> None:
    rows = people_rows(load_text(COMMITTEE_REPORT, "duncaster_scrutiny_report_2015_11.txt"))
    assert ("Marek Zielinski", "staff") in rows and ("Bronwen Tyrrell", "staff") in rows, rows
    assert ("Lyle Dunn", "staff") not in rows


def test_thanks_singling_out_a_long_run_of_names_read_in_linear_time() -> None:
    def document(size: int) -> str:
        return ("HM Inspectorate of Probation\n\nDear Ms Vole\n\nWe would like to thank, in particular, "
                + "Jo Lee, Team Manager, " * size + "and all the staff.\n\nYours sincerely\n")

    assert ("Jo Lee", "staff") in people_rows(load_text(document(3), "westmere_letter.txt"))
    assert_grows_linearly(lambda text: load_text(text, "westmere_letter.txt"), document, 400)
