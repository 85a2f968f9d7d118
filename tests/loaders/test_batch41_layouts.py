"""Layouts of a blind batch (41): a report's 'Report to:' line and a copy list whose first row stands on its label's
line, an attendance table's 'In attendance' and 'Teams' cells, members listed surname first in capitals with the chair
first and a substitute's bracket wrapped, and a force named after another body and 'and'."""

from __future__ import annotations

from kg.gazetteer import load_gazetteer
from kg.loaders.generic import is_page_furniture
from tests.conftest import load_text, role_rows

REPORT = """                    HM Inspectorate of Probation

        Full Joint Inspection of Youth Offending Work in

                           WESTMERE

Appendix 1: Inspection arrangements

Inspection team

Lead Inspector                        Jo Hartley, HMI Probation
Inspector                             Ann Pembury, HMI Probation

Report to:        Rosa Tindall, Chair, Westmere YOS Management Board
Copy to:          Leader of the Council             Cllr Ian Moxley
                  Chief Executive                   Paul Gresham
                  Borough Commander                 Ch Supt Kay Dobson

The Local Authority and Westmere Police should agree a joint approach.
"""


def test_report_to_line_and_a_copy_list_whose_first_row_is_on_its_label_line() -> None:
    rows = role_rows(load_text(REPORT, "westmere_fji_report.txt"))
    assert ("Rosa Tindall", "addressee", "Chair, Westmere YOS Management Board") in rows
    assert ("Ian Moxley", "copy_to", "Leader of the Council") in rows
    assert ("Ian Moxley", "cabinet_member", "Leader of the Council") in rows
    assert ("Paul Gresham", "copy_to", "Chief Executive") in rows
    assert ("Kay Dobson", "copy_to", "Borough Commander") in rows


def test_a_force_named_after_another_body_and_and() -> None:
    result = load_text(REPORT, "westmere_fji_report.txt")
    names = {s.entity: s.value for s in result.statements if s.prop == "name"}
    rows: dict[str, dict[str, str]] = {}
    for s in result.statements:
        if s.schema == "Involvement":
            rows.setdefault(s.entity, {})[s.prop] = s.value
    served = {names.get(row.get("organisation", "")) for row in rows.values() if names.get(row["person"]) == "Kay Dobson"}
    assert served == {"Westmere Police"}  # the officer by rank serves the one force named, not 'Authority and ...'


DECISION = """WESTMERE COUNCIL
RECORD OF DECISION BY A CABINET MEMBER

Decision maker:   Councillor Ann Lee, Cabinet Member for Children

Copy to:  Chair, Children and Young People Scrutiny Panel
          Tom Ridley, Deputy Head of Service (Youth Justice)
"""


def test_a_copy_list_whose_first_row_is_a_post_alone_on_its_label_line() -> None:
    rows = role_rows(load_text(DECISION, "westmere_cabinet_decision.txt"))
    assert ("Tom Ridley", "copy_to", "Deputy Head of Service (Youth Justice)") in rows


BOARD = """Westmere Youth Justice Partnership Board

Minutes — Thursday 23 January 2025, 14:00–16:00

| Attendee                     | Organisation                          | Attendance |
|------------------------------|---------------------------------------|------------|
| Gavin Royle (GR) – Chair     | Westmere Council Children's Services  | Present    |
| Dr Priya Nair (PN)           | NHS Westmere ICB                      | Teams      |
| Steph Marr (SM)              | Westmere Council Education – Director | Apologies  |
| Craig Oates (CO)             | YJS Operations Manager                | In attendance |

Quorate: Yes

1. Welcome and apologies
GR welcomed everyone.
"""


def test_an_attendance_tables_in_attendance_and_teams_cells() -> None:
    rows = {(name, relation) for name, relation, _ in role_rows(load_text(BOARD, "westmere_board_minutes.txt"))}
    assert ("Priya Nair", "present_at_meeting") in rows
    assert ("Craig Oates", "officer_attending") in rows
    assert ("Craig Oates", "present_at_meeting") not in rows
    assert ("Steph Marr", "apologies") in rows


SCRUTINY = """                        WESTMERE BOROUGH COUNCIL

                   OVERVIEW AND SCRUTINY COMMITTEE

  Minutes of the meeting held on Tuesday 10 October 2017

MEMBERS PRESENT:                       ALSO PRESENT:
HALLAM-JONES, Margaret (Chair)         LEE, Ann (Cabinet Member for
SIDDALL, Imran (Vice-Chair)              Children)
DEMPSEY, Hassan
THORNTON, Brian (substitute for
  Cllr Okafor)
KEMBLE, Rev Andrew (co-opted)

APOLOGIES: Councillor Joy Okafor

22.  MINUTES
RESOLVED: that the minutes be agreed.
"""


def test_members_surname_first_in_capitals_the_chair_first_and_a_wrapped_substitute() -> None:
    rows = role_rows(load_text(SCRUTINY, "westmere_scrutiny_minutes.txt"))
    pairs = {(name, relation) for name, relation, _ in rows}
    assert ("Margaret Hallam-Jones", "panel_chair") in pairs
    assert ("Imran Siddall", "present_at_meeting", "Vice-Chair") in rows
    assert ("Brian Thornton", "standing_deputy") in pairs
    assert ("Andrew Kemble", "present_at_meeting") in pairs
    assert ("Joy Okafor", "present_at_meeting") not in pairs


def test_consultees_holding_a_key_post() -> None:
    text = DECISION.replace("Copy to:", """Consulted:    Jo Bloggs, Executive Director Children and Families
              Mark Ellis, Director of Finance (s151 Officer)
              Joan Quinn, Head of Legal and Democratic Services
              Councillor Owen Marsh, Leader of the Council
              Supt L. Bexton, Westmere Police (YJ Board member)
Ward members: n/a - borough-wide

Copy to:""")
    rows = role_rows(load_text(text, "westmere_cabinet_decision.txt"))
    assert ("Owen Marsh", "cabinet_member", "Leader of the Council") in rows
    # a consultee holds no part in the decision: named in it only (`other`, read in passing)
    assert {relation for name, relation, _ in rows if name == "Jo Bloggs"} <= {"other"}


def test_initials_that_say_something_after_another_act() -> None:
    text = BOARD + """PN confirmed the funding. DH welcomed this and said she would take the plan to Cabinet.
"""
    text = text.replace("| Steph Marr (SM)", "| Cllr Dee Hart (DH)          | Cabinet Member, Children              | Present    |\n| Steph Marr (SM)")
    rows = {(name, relation) for name, relation, _ in role_rows(load_text(text, "westmere_board_minutes.txt"))}
    assert ("Dee Hart", "quoted") in rows
    assert ("Priya Nair", "quoted") not in rows  # 'confirmed' says what she did, as 'reported' does


NEWS = """WESTMERE EXAMINER                                        Subscribe | Sign in
News  Sport  What's On

Youth justice service told to improve by inspectors

By Kate Dunn, Local Democracy Reporter

Councillor Ann Lee, cabinet member for children, young people and
families at Westmere Council, said: "Nobody is complacent about this."

The service works with around 140 children a year.
"""


def test_news_with_a_masthead_before_links_and_a_post_whose_remit_is_a_list() -> None:
    result = load_text(NEWS, "westmere_newspaper.txt")
    rows = role_rows(result)
    assert ("Ann Lee", "quoted", "cabinet member for children, young people and families at Westmere Council") in rows
    names = {s.entity: s.value for s in result.statements if s.prop == "name"}
    authors = [s for s in result.statements if s.schema == "Involvement" and s.prop == "relation" and s.value == "author"]
    organisations = {names.get(s.value) for s in result.statements if s.schema == "Involvement" and s.prop == "organisation"
                     and s.entity in {a.entity for a in authors}}
    assert organisations == {"Westmere Examiner"}


def test_a_council_news_pages_furniture_is_no_title() -> None:
    gazetteer = load_gazetteer()
    for furniture in ("Skip to main content    Accessibility    Cookies    A-Z of services",
                      "WESTMERE COUNCIL  |  Westmere Borough Council", "Search this site [          ] Go"):
        assert is_page_furniture(gazetteer, furniture, "Westmere"), furniture
    assert not is_page_furniture(gazetteer, "Council responds to youth offending inspection", "Westmere")


def test_the_head_of_yos_named_in_a_reports_prose_is_staff() -> None:
    text = REPORT + """
The YOS is managed by the Head of YOS, Del Ashby, who reports to the Director.
"""
    assert ("Del Ashby", "staff", "Head of YOS") in role_rows(load_text(text, "westmere_fji_report.txt"))


FJI_SCORES = """Full Joint Inspection: Westmere                                     March 2017

Scoring and summary table

  Theme                                                        Judgement
  -----                                                        ---------
  Reducing reoffending                                         Unsatisfactory
  Protecting the public                                        Good

5. Governance and partnerships

Attendance at the Management Board by health and education was poor.
"""


def _ratings(text: str, name: str) -> set[tuple[str, str]]:
    rated: dict[str, dict[str, str]] = {}
    for s in load_text(text, name).statements:
        if s.prop in ("scope", "rating"):
            rated.setdefault(s.entity, {})[s.prop] = s.value
    return {(row["scope"], row["rating"]) for row in rated.values() if "scope" in row and "rating" in row}


def test_a_themes_table_parted_by_padding_and_a_sections_sentence_that_rates_nothing() -> None:
    rated = _ratings(FJI_SCORES, "westmere_fji_report.txt")
    assert ("Reducing reoffending", "Unsatisfactory") in rated
    assert ("Protecting the public", "Good") in rated
    assert not any(scope == "Governance and partnerships" for scope, _ in rated)


def test_news_rating_pieces_of_work_and_themes_over_a_line_break() -> None:
    text = """Council responds to youth offending inspection

Published: Thursday 23 March 2017

The inspectors looked at 42 cases and rated
the service "Good" for making sure sentences are served. Two areas - reducing reoffending and protecting the
public - were judged "Unsatisfactory".
"""
    rated = _ratings(text, "westmere_council_news.txt")
    assert ("overall", "Good") not in rated
    assert ("Protecting the public", "Unsatisfactory") in rated


def test_a_places_population_after_its_figure() -> None:
    text = FJI_SCORES.replace("Scoring and summary table", """Contextual facts

  331,200        Population of Westmere (mid-2023 estimate)
   34,860        Children aged 10-17 in Westmere

Scoring and summary table""")
    observed: dict[str, dict[str, str]] = {}
    for s in load_text(text, "westmere_fji_report.txt").statements:
        if s.schema == "Observation" and s.prop in ("metric", "value"):
            observed.setdefault(s.entity, {})[s.prop] = s.value
    assert {"metric": "population", "value": "331200"} in observed.values()


def test_a_bracket_closed_at_a_lines_start_before_more_entries() -> None:
    text = """WESTMERE COUNTY BOROUGH COUNCIL

Minutes of a meeting of the CORPORATE PARENTING PANEL held on Monday, 8 July 2019 at 2.00pm.

Present: Councillor E. Pritchard (Chair); Councillors H. Bevan and T. Morgan.

Officers:
  SOCIAL SERVICES – R. Vaughan (Corporate Director, Social Services); C. Beynon (Youth
    Justice Service Manager); N. Jaswal (Corporate Parenting Officer)

14  DECLARATIONS OF INTEREST
    None.
"""
    rows = role_rows(load_text(text, "westmere_corporate_parenting_minutes.txt"))
    assert ("N. Jaswal", "officer_attending", "Corporate Parenting Officer") in rows


def test_key_facts_figure_first_with_a_comparator_in_brackets_and_an_action_tables_numbered_row() -> None:
    text = FJI_SCORES.replace("Scoring and summary table", """Contextual facts

    33.1%        Reoffending rate in Westmere  (England and Wales 32.2%)
      188        First-time entrants per 100,000 children (England and
                 Wales 151)
     0.15        Custody rate per 1,000 children  (England and Wales 0.12)

5.1   The first-time entrant rate in Westmere fell to 118 per 100,000

Appendix A - action plan summary
Rec  Owner   Action (summary)                                   RAG
5    LB/YCP  Disproportionality deep-dive on FTEs               A

Scoring and summary table""")
    observed: dict[str, dict[str, str]] = {}
    for s in load_text(text, "westmere_fji_report.txt").statements:
        if s.schema == "Observation" and s.prop in ("metric", "value", "comparator_value"):
            observed.setdefault(s.entity, {})[s.prop] = s.value
    rows = {(row.get("metric"), row.get("value"), row.get("comparator_value")) for row in observed.values()}
    assert ("reoffending_rate", "33.1", "32.2") in rows
    assert ("first_time_entrant_rate", "188", "151") in rows
    assert ("custody_rate", "0.15", "0.12") in rows
    assert not any(value in ("5", "5.1") for _, value, _ in rows)  # a numbered row's, a paragraph's number
