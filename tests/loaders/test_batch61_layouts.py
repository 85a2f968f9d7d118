"""Layouts of the 61st blind batch (u377-u384), each in a small fictional fixture: a board's register headed 'Surname,
forename / Post / Agency / Present / Apologies' with a dashed vacant row and a rank in a bracket ('(C/Supt)'); a bar
table whose name cell wraps the surname onto the next row; a padded membership table whose post and body cells wrap
under their columns; a copy list's 'Internal copy:' row; a Local Criminal Justice Board's chair; a consultation
paragraph; a name cut by the page's end; heads of services named with their places; a plan's foreword signed under a
post wrapped onto the next line."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows, role_rows

REGISTER = """WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on Wednesday 15 June 2011

REGISTER OF ATTENDANCE

Surname, forename\tPost\tAgency\tPresent / Apologies
BLOGGS, Joanna\tDirector of Children's Services (Chair)\tWestmere County Council\tP
HARTLEY, Graham (C/Supt)\tArea Commander, Western Division\tWestmere Constabulary\tP
PRENTICE, Anjali (Dr)\tConsultant in Public Health\tNHS Westmere\tA
SHAW, Bernard\tHead of Secondary Inclusion\tWestmere County Council\tP
-\tMagistrate representative (vacancy)\tWestmere Bench\t-

In attendance:  Dominic Ashe (Head of Youth Offending Service)

1.   WELCOME AND APOLOGIES
"""


def test_a_register_headed_surname_forename_and_present_or_apologies() -> None:
    rows = people_rows(load_text(REGISTER, "westmere_board_minutes.txt"))
    assert {("Joanna Bloggs", "board_chair"), ("Joanna Bloggs", "present_at_meeting"),
            ("Graham Hartley", "present_at_meeting"), ("Anjali Prentice", "apologies"),
            ("Bernard Shaw", "present_at_meeting")} <= rows


def test_a_dashed_vacant_row_is_nobody_and_no_part_of_the_post_above() -> None:
    roles = role_rows(load_text(REGISTER, "westmere_board_minutes.txt"))
    assert ("Bernard Shaw", "present_at_meeting", "Head of Secondary Inclusion") in roles


def test_a_rank_with_a_slash_in_the_bracket_is_the_title() -> None:
    statements = load_text(REGISTER, "westmere_board_minutes.txt").statements
    titles = {s.value for s in statements if s.schema == "Person" and s.prop == "title"}
    assert "Chief Superintendent" in titles


BAR_TABLE = """Westmere Youth Justice Partnership Board
Minutes  |  Thursday 11 March 2021  |  Microsoft Teams

+----+--------------------+----------------------------------------------+
| JB | Jo Bloggs          | Director of Children's Services, Westmere    |
|    |                    | Council (Chair)                              |
| TK | Cllr Tamsin        | Portfolio Holder for Children and Families,  |
|    | Kellow             | Westmere Council                             |
| FC | Dr Fiona Carne     | Designated Doctor for Safeguarding, Westmere |
|    |                    | Valley CCG                                   |
| DT | Dylan Treen        | Operations Manager, YJS                      |
+----+--------------------+----------------------------------------------+
Apologies: Osman Kaur (Probation Service); Marcia Quill.

1  Welcome
Marcia Quill (Director of Children's Services, Eastmarch Borough Council) had hoped to join.
"""


def test_a_surname_wrapped_in_a_bar_tables_name_cell() -> None:
    rows = people_rows(load_text(BAR_TABLE, "westmere_board_minutes.txt"))
    assert {("Tamsin Kellow", "present_at_meeting"), ("Fiona Carne", "present_at_meeting"),
            ("Dylan Treen", "present_at_meeting")} <= rows
    assert not any(name == "Tamsin" for name, _ in rows)


def test_a_cell_wrapped_under_empty_cells_is_one_cell_and_the_border_no_post() -> None:
    roles = role_rows(load_text(BAR_TABLE, "westmere_board_minutes.txt"))
    assert ("Fiona Carne", "present_at_meeting", "Designated Doctor for Safeguarding, Westmere Valley CCG") in roles
    assert ("Dylan Treen", "present_at_meeting", "Operations Manager, YJS") in roles


def test_an_apologys_post_written_in_brackets_elsewhere_in_the_minutes() -> None:
    roles = role_rows(load_text(BAR_TABLE, "westmere_board_minutes.txt"))
    assert ("Marcia Quill", "apologies", "Director of Children's Services") in roles


PLAN = """WESTMERE YOUTH JUSTICE PLAN
2024 - 2025

1.  Introduction from the Chair of the Partnership Board

This is our first plan since the joint inspection, which rated the partnership as Requires improvement.

Jo Bloggs
Director of Children's Services and Chair, Westmere and Eastmarch Youth
Justice Partnership Board
June 2024


2.  Governance - membership of the Partnership Board

Name                  Role                               Organisation
Jo Bloggs             Chair                              Westmere Council
Marcia Quill          Vice-Chair; Director of            Eastmarch Borough
                      Children's Services                Council
Cllr Tamsin Kellow    Portfolio Holder, Children         Westmere Council
                      and Families
Bryony Hext           Chief Superintendent, Local        Westmere
                      Policing                           Constabulary
Kerensa Pascoe        Head of Youth Justice (adviser)    Westmere Council

Kerensa Pascoe, Head of Youth Justice, said: "We have fixed most of them."
"""


def test_a_padded_membership_table_whose_cells_wrap_under_their_columns() -> None:
    result = load_text(PLAN, "westmere_youth_justice_plan.txt")
    rows = people_rows(result)
    assert {("Marcia Quill", "board_member"), ("Tamsin Kellow", "board_member"), ("Tamsin Kellow", "cabinet_member"),
            ("Bryony Hext", "board_member"), ("Kerensa Pascoe", "board_member")} <= rows
    organisations = organisation_rows(load_text(PLAN, "westmere_youth_justice_plan.txt"))
    assert organisations[("Bryony Hext", "board_member")] == "Westmere Constabulary"
    assert organisations[("Marcia Quill", "board_member")].startswith("Eastmarch")


def test_a_plans_foreword_signed_under_a_post_wrapped_onto_the_next_line() -> None:
    rows = people_rows(load_text(PLAN, "westmere_youth_justice_plan.txt"))
    assert {("Jo Bloggs", "author"), ("Jo Bloggs", "board_chair")} <= rows


LETTER = """HM Inspectorate of Probation

Ms Jo Bloggs
Director of Children's Services
Westmere County Council

20 February 2013

Dear Ms Bloggs

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN WESTMERE

The fieldwork took place in January 2013, and the inspection team was led by me, Ann Castle, HMI Probation,
with Ade Lutton and Shona Prior, Inspectors, and colleagues from Ofsted and Care Quality Commission.

Yours sincerely

Ann Castle
HM Inspector of Probation

Copies to:
Cllr P J Barnes  Chair, Children and Young People Scrutiny Committee
Chief Superintendent G. Hartley, Chair of the Local Criminal Justice Board
Lead Inspector, Care Quality Commission


Internal copy: Julie Seddon, Head of Youth Offending Team Inspections, HMI Probation
"""


def test_an_internal_copy_row_and_a_criminal_justice_boards_chair() -> None:
    result = load_text(LETTER, "westmere_sqs_letter.txt")
    rows = people_rows(result)
    assert {("Julie Seddon", "copy_to"), ("Julie Seddon", "head_of_inspections"), ("G. Hartley", "copy_to")} <= rows
    assert ("G. Hartley", "board_chair") not in rows
    organisations = organisation_rows(load_text(LETTER, "westmere_sqs_letter.txt"))
    assert organisations[("Julie Seddon", "copy_to")] == "HM Inspectorate of Probation"
    assert organisations[("G. Hartley", "copy_to")] == "Westmere Local Criminal Justice Board"


def test_a_team_tail_group_of_other_bodies_is_not_the_members() -> None:
    organisations = organisation_rows(load_text(LETTER, "westmere_sqs_letter.txt"))
    assert organisations[("Ade Lutton", "inspection_team")] == "HM Inspectorate of Probation"
    assert organisations[("Shona Prior", "inspection_team")] == "HM Inspectorate of Probation"


REPORT = """GRISEWOLD COUNTY COUNCIL

CABINET  -  19 SEPTEMBER 2017

YOUTH JUSTICE PLAN 2017/18

Report of the Director of Children's Services

Consultation:  Councillor Alan Thwaite (Leader of the Council); Councillor
Peter Barnes (Chair, Children and Young People Scrutiny Committee);
YOS Management Board.
"""


def test_a_consultation_paragraph_parted_by_semicolons() -> None:
    rows = people_rows(load_text(REPORT, "grisewold_cabinet_report.txt"))
    assert {("Alan Thwaite", "cabinet_member"), ("Peter Barnes", "panel_chair")} <= rows


MINUTES = """Westmere County Council

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

Tuesday 4 November 2014

PRESENT: Councillor P Barnes (Chair), Councillors H Nash and D Rourke

IN ATTENDANCE: J Pickering, Democratic Services Officer; D Ashe, Head of Youth Offending Service

CYP/14/33  MINUTES

The minutes of the meeting held on 9 September 2014 were confirmed as a correct record.

CYP/14/35  YOUTH OFFENDING SERVICE

Mr Ashe explained that a case audit in September 2014 had found Risk of
Serious Harm assessments were now reviewed in 88% of cases. He said
the rate could move sharply. The Director of Children's Services, Rosalind Kerr, replied that the
Council had protected the budget.

RESOLVED - That a visit be arranged by the Democratic Services Officer,
     Joanne Picker
                                                               Page 18
----------------------------------------------------------------------
ing, in consultation with the Chair.
"""


def test_a_titled_subject_before_he_said_and_no_words_in_capitals() -> None:
    rows = people_rows(load_text(MINUTES, "westmere_scrutiny_minutes.txt"))
    assert not any(name == "Serious Harm" for name, _ in rows)
    assert any(relation == "quoted" and name.endswith("Ashe") for name, relation in rows)


def test_replied_that_is_speech() -> None:
    rows = people_rows(load_text(MINUTES, "westmere_scrutiny_minutes.txt"))
    assert ("Rosalind Kerr", "quoted") in rows


def test_a_name_the_page_cut_makes_the_initials_whole() -> None:
    rows = people_rows(load_text(MINUTES, "westmere_scrutiny_minutes.txt"))
    assert ("Joanne Pickering", "officer_attending") in rows


INSPECTION = """HM Inspectorate of Probation  >  Our inspections  >  Youth justice inspections

Joint inspection of youth justice services in Westmere and Eastmarch
Published: 27 June 2023

This inspection was led by HM Inspector Ifan Rees, supported by a team of inspectors.

Overall rating:  Requires improvement

The Head of Service reports to the Director of Children's Services, Jago Penrose, who chairs
the management board.

Both heads of service - Kerensa Polwin in Westmere and Gideon Ash
in Eastmarch - are respected by their staff. The team managers, Merryn Kew (West) and Colin Hale (East), made
time for us.
"""


def test_heads_of_services_named_with_their_places() -> None:
    organisations = organisation_rows(load_text(INSPECTION, "westmere_inspection_2023.txt"))
    assert organisations[("Kerensa Polwin", "staff")].startswith("Westmere")
    assert organisations[("Gideon Ash", "staff")].startswith("Eastmarch")
    assert not organisations[("Colin Hale", "staff")].startswith("East ")


def test_a_name_after_a_post_before_who_chairs_the_board() -> None:
    rows = people_rows(load_text(INSPECTION, "westmere_inspection_2023.txt"))
    assert ("Jago Penrose", "board_chair") in rows


def _observations(text: str, name: str) -> set[tuple[str, str, str]]:
    observed: dict[str, dict[str, str]] = {}
    for s in load_text(text, name).statements:
        if s.schema == "Observation" and s.prop in ("metric", "value", "unit"):
            observed.setdefault(s.entity, {})[s.prop] = s.value
    return {(o.get("metric", ""), o.get("value", ""), o.get("unit", "")) for o in observed.values()}


CABINET_REPORT = """GRISEWOLD COUNTY COUNCIL

CABINET  -  19 SEPTEMBER 2017

YOUTH OFFENDING SERVICE PERFORMANCE

3.1  Grisewold has a population of about 498,000, of whom some 43,100 are
     children and young people aged 10 to 17.

4.1  The table below is taken from the Youth Justice Board's data summary.

     Measure                      Grisewold     North West   England & Wales
     First time entrants          218           301          327
     (rate per 100,000 10-17)
     Reoffending (binary rate,    33.1%         38.4%        37.9%
     Apr-Jun 2015 cohort)
     Use of custody               0.31          0.42         0.37
     (rate per 1,000 10-17)

4.2  First time entrants have fallen every year since 2010/11.
"""


def test_a_table_labels_unit_on_the_line_under_its_row_and_no_paragraph_number() -> None:
    found = _observations(CABINET_REPORT, "grisewold_cabinet_report.txt")
    assert ("custody_rate", "0.31", "per 1,000") in found
    assert ("first_time_entrant_rate", "218", "per 100,000") in found
    assert not any(value == "4.2" for _, value, _ in found)


def test_of_whom_some_are_children_aged_10_to_17() -> None:
    assert ("youth_population", "43100", "count") in _observations(CABINET_REPORT, "grisewold_cabinet_report.txt")


PLAN_FIGURES = """WESTMERE YOUTH JUSTICE PLAN

3.  Our performance in 2023/24

  First-time entrants    168 per 100,000 (England and Wales 174)

  >> First-time entrants rose from 141 per 100,000 in 2020/21, as the Board expected.

The 10-17 population of Westmere is 53,100 (mid-2022 estimate).
"""


def test_the_population_of_a_place_is_and_no_earlier_years_figure() -> None:
    found = _observations(PLAN_FIGURES, "westmere_youth_justice_plan.txt")
    assert ("youth_population", "53100", "count") in found
    assert ("first_time_entrant_rate", "168", "per 100,000") in found
    assert not any(value == "141" for _, value, _ in found)
