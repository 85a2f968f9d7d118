"""Stop 34's batch b100 layouts, in fixtures written for them: an attendance register whose head row gives each
attendance a column of its own ('Member   Present   Apologies   Substitute'), a row's mark saying what the head over
it says and a substitute named in the last column; officers who 'attended for this item, supported by' others, who
sat for no one; an officer's post in prose that names them the youth justice board's chair; a cabinet member's
report headed by the post or the councillor, its quote signed after the closing mark; an addressee's label in capitals;
a speaker's surname hyphenated over a page's footer; a bracket closed on the next line before more entries; a team
label over rows of members and their inspectorates; a dash in a table's figure column; the safeguarding board by its
letters."""

from __future__ import annotations

import pytest

from kg.gazetteer import load_gazetteer
from tests.conftest import load_text, organisation_rows, people_rows, role_rows
from tests.loaders.test_findings_metrics import key_facts

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


# A cabinet member's report: its heading names the post in capitals, its form's foot the holder by initial, the
# holder signs a quote after its closing mark, and an officer comments in brackets after their department.
CABINET_MEMBER_REPORT = """HESSENFORD COUNTY COUNCIL                                        Agenda Item 6

CABINET - 3 JUNE 2025

REPORT OF THE CABINET MEMBER FOR CHILDREN AND FAMILIES

Youth Justice Service: progress following the inspection

Key decision:   No          Forward Plan ref:      CF/25/011

1.     PURPOSE OF REPORT

1.1    To update Cabinet on the service's progress.

2.     CABINET MEMBER'S COMMENTS

2.1    "The inspectors were right, and the audit shows change." - Councillor Priscilla Yeandle

3.     FINANCIAL AND LEGAL IMPLICATIONS

3.1    No additional funding is sought. Legal Services (Martin Gillingham, Senior Solicitor) has no comments.

Report author:   Colm Ferrity, Head of Youth Justice Service
Tel:             01632 960 118

Cabinet Member:  Cllr P. Yeandle, Children and Families
"""


def test_a_report_headed_by_a_cabinet_members_post_is_the_holders_who_signs_its_quote() -> None:
    rows = people_rows(load_text(CABINET_MEMBER_REPORT, "hessenford_cabinet_member_report_2025_06.txt"))
    assert {("Priscilla Yeandle", "cabinet_member"), ("Priscilla Yeandle", "author"),
            ("Priscilla Yeandle", "quoted"), ("Colm Ferrity", "contact_officer")} <= rows


def test_an_officer_in_brackets_after_their_department_comments_as_staff() -> None:
    rows = people_rows(load_text(CABINET_MEMBER_REPORT, "hessenford_cabinet_member_report_2025_06.txt"))
    assert ("Martin Gillingham", "staff") in rows


# A cabinet member's report to the council, headed 'Report of Councillor X, Post' (the post wrapped after a
# possessive), a quote signed on the line under it.
REPORT_TO_COUNCIL = """HESSENFORD COUNTY COUNCIL
COUNCIL MEETING - WEDNESDAY 9 JULY 2025

ITEM 7(b)  CABINET MEMBERS' REPORTS

Report of Councillor Priscilla Yeandle, Cabinet Member for Children's
Services

Chair, colleagues,

  * HM Inspectorate of Probation published its findings on 2 June 2025.

  "I am glad to report that the audit shows we are putting it right."
                                  - Cllr Priscilla Yeandle

Contact officer for this report: Odile Brackley, Cabinet Support Officer, tel 01632 960 441
"""


def test_a_report_headed_by_a_councillors_name_is_theirs_and_their_signed_quote_too() -> None:
    result = load_text(REPORT_TO_COUNCIL, "hessenford_cabinet_member_report_2025_07.txt")
    assert {("Priscilla Yeandle", "author"), ("Priscilla Yeandle", "quoted")} <= people_rows(result)
    assert ("Priscilla Yeandle", "author", "Cabinet Member for Children's Services") in role_rows(result)


# An inspectorate's letter whose head labels its addressee in capitals, the posts wrapped to the label's column.
ADDRESSEE_LABEL = """                                                 HM Inspectorate of Probation
                                                 2nd Floor, Civil Justice Centre

ADDRESSEE:   Rosalind Fenner, Chair, Quenmoor Youth Offending Management
             Board; Strategic Director (People), Quenmoor Metropolitan
             Borough Council
FROM:        Hector Mallory, Assistant Chief Inspector (Youth Justice)
DATE OF PUBLICATION:   3 September 2025

Dear Ms Fenner

FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN QUENMOOR

Fieldwork took place in June 2025.

Yours sincerely

Hector Mallory
Assistant Chief Inspector (Youth Justice)
"""


def test_a_letters_addressee_label_in_capitals_names_the_addressee_and_their_wrapped_posts() -> None:
    result = load_text(ADDRESSEE_LABEL, "quenmoor_fji_letter_2025_09.txt")
    roles = {(name, relation): role for name, relation, role in role_rows(result)}
    # (the body after the last post is the organisation)
    assert roles[("Rosalind Fenner", "addressee")] == "Chair, Quenmoor Youth Offending Management Board; Strategic " \
        "Director (People)"


# Board minutes whose apologies name the safeguarding board by its letters, the area's initial before them.
SAFEGUARDING_LETTERS = """QUENMOOR YOUTH OFFENDING MANAGEMENT BOARD

Minute of meeting - Wednesday 8 October 2025 - 2.00pm

PRESENT
R Fenner    Strategic Director (People) (Chair)
C Ferrity   Head of YOS

APOLOGIES
O Brackley  Independent Chair, QSCB

1  MINUTES
The minutes were agreed.
"""


def test_a_safeguarding_boards_letters_with_the_areas_initial_name_the_board() -> None:
    orgs = organisation_rows(load_text(SAFEGUARDING_LETTERS, "quenmoor_yomb_minute_2025_10.txt"))
    assert "Safeguarding Children Board" in orgs[("O Brackley", "apologies")]


# A speaker whose surname the page's end hyphenated, the footer and its rule between the halves.
SURNAME_OVER_FOOTER = """HESSENFORD DISTRICT COUNCIL

OVERVIEW AND SCRUTINY COMMITTEE

Minutes of a meeting held on Tuesday 11 March 2025 at 6.30 pm

PRESENT: Councillors A Threlkeld (Chair), I Pennock and R Fairbrass.

Officers: Detective Inspector Marcus Quillfeather of Hessenford Police attended for item 4.

4.   YOUTH JUSTICE INSPECTION

     Councillor Pennock asked about risk of harm. Detective Inspector Quill-

Hessenford District Council - Overview and Scrutiny Committee - 11.03.25         Page 3
________________________________________________________________________________

     feather replied that the police now shared intelligence daily.
"""


def test_a_ranked_speakers_surname_hyphenated_over_the_pages_footer_is_theirs() -> None:
    rows = people_rows(load_text(SURNAME_OVER_FOOTER, "hessenford_scrutiny_minutes_2025_03.txt"))
    assert {("Marcus Quillfeather", "officer_attending"), ("Marcus Quillfeather", "quoted")} <= rows


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


# A letter's team table: a label over several rows, each member's inspectorate in the last column.
TEAM_UNDER_ONE_LABEL = """                                                 HM Inspectorate of Probation

Dear Ms Fenner

FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN QUENMOOR

Fieldwork took place in June 2025.

5.  Inspection team

Lead Inspector          Ottilie Brandreth         HMI Probation
Inspectors              Lucian Farnaby            HMI Probation
                        Greta Holloway            HMI Constabulary
                        Idris Pemberton           Ofsted

Yours sincerely

Hector Mallory
Assistant Chief Inspector (Youth Justice)
"""


def test_a_team_labels_rows_below_it_give_each_member_the_label_and_their_own_inspectorate() -> None:
    result = load_text(TEAM_UNDER_ONE_LABEL, "quenmoor_fji_letter_2025_09.txt")
    roles = {(name, relation): role for name, relation, role in role_rows(result)}
    orgs = organisation_rows(result)
    assert roles[("Greta Holloway", "inspection_team")] == roles[("Idris Pemberton", "inspection_team")] == "Inspector"
    assert orgs[("Greta Holloway", "inspection_team")] == "HM Inspectorate of Constabulary"
    assert orgs[("Idris Pemberton", "inspection_team")] == "Ofsted"


# A council report's table of indicators by year, a dash where the comparator's column has no figure.
DASHED_TABLE = """HESSENFORD COUNTY COUNCIL                                        Agenda Item 9

REPORT OF THE CABINET MEMBER FOR CHILDREN AND FAMILIES

4.2    Table 1 - Key indicators, Hessenford YOS

       Indicator                    2011/12   2012/13   England 2012/13
       First-time entrants (count)\t301\t276\t-
       Custody per 1,000 aged 10-17\t0.31\t0.25\t0.62
"""


def test_a_dash_in_a_tables_comparator_column_keeps_each_figure_under_its_year() -> None:
    facts = key_facts(DASHED_TABLE, "hessenford_cabinet_member_report_2025_06.txt")
    assert ("first_time_entrants", "276", "count", "", "") in facts  # the latest year's, no comparator
    assert not any(row[0] == "first_time_entrants" and row[1] == "301" for row in facts)
    assert ("custody_rate", "0.25", "per 1,000", "England 2012/13", "0.62") in facts


@pytest.mark.parametrize("written", ["Quenmoor Safeguarding Children Board", "Quenmoor LSCB",
                                     "Quenmoor Local Safeguarding Children Board"])
def test_an_areas_safeguarding_board_is_one_organisation_however_written(written: str) -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.organisation(written, "Quenmoor").name == "Quenmoor Local Safeguarding Children Board"
