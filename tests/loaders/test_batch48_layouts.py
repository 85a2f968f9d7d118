"""Layouts of a blind batch (Welsh bilingual papers and an older joint inspection, a London borough's letters, minutes
and cabinet report), each in a small fictional fixture: a bilingual acknowledgements heading over a team table whose
labels stand in their own column, a scoring row under its area of work, a team table under 'Role  Name  Organisation'
heads, a present list in two columns surname first in capitals, a board's list whose name runs into 'Corporate
Director' and whose last name a page's footer cuts, a post's letters before a body ('ACO Westmere Probation Trust'), a 'Circulation' list surname first, a form header's 'Title' label,
and officers listed in prose ending the list before the numbered minutes."""

from __future__ import annotations

from kg.loaders.attendance import sections
from tests.conftest import load_text, people_rows, role_rows

FJI_REPORT = """\
Full Joint Inspection of Youth Offending Work
in Exampleshire

A report by HMI Probation, with Estyn, CSSIW and HIW

Acknowledgements / Cydnabyddiaethau

We would like to thank all those who participated in any way in this inspection. Without their
help and cooperation, the inspection would not have been possible.

Lead Inspector                                   Jo Hartwell, HMI Probation
Inspection Team                                  Owen Petherick, HMI Probation
                                                 Sara Mottley, Local Assessor
                                                 Iwan Prydderch, Estyn
Inspection Support                               Nerys Bowden, Information Officer
                                                 Gethin Tallis, Inspection Support Officer
Assistant Chief Inspector                        Rhodri Langstone

Scoring summary / Crynodeb sgoriau

Safeguarding work:
(action to protect the young person)                    61%      Substantial improvement required

Likelihood of Reoffending work:
(individual and offending behaviour)                    72%      Moderate improvement required
"""


def _ratings(result: object) -> set[tuple[str, str]]:
    statements = result.statements  # type: ignore[attr-defined]
    scopes = {s.entity: s.value for s in statements if s.schema == "Rating" and s.prop == "scope"}
    return {(scopes[s.entity], s.value) for s in statements if s.schema == "Rating" and s.prop == "rating"
            and s.entity in scopes}


def test_a_bilingual_acknowledgements_heading_over_a_team_table_with_a_label_column() -> None:
    rows = people_rows(load_text(FJI_REPORT, "fji.txt"))
    for member in ("Owen Petherick", "Sara Mottley", "Iwan Prydderch"):
        assert (member, "inspection_team") in rows
    assert ("Jo Hartwell", "lead_inspector") in rows
    # support staff under their label are no inspectors, whatever their post says
    assert ("Gethin Tallis", "other") in rows and ("Gethin Tallis", "inspection_team") not in rows
    assert ("Nerys Bowden", "other") in rows
    assert ("Rhodri Langstone", "other") in rows


def test_a_scoring_row_under_its_area_of_work_with_an_explanation_in_brackets() -> None:
    ratings = _ratings(load_text(FJI_REPORT, "fji.txt"))
    assert ("Safeguarding work", "Substantial improvement required") in ratings
    assert ("Likelihood of Reoffending work", "Moderate improvement required") in ratings


NOTIFICATION = """\
HM Inspectorate of Probation

Ms Ada Crane
Chief Executive
Westmere Council

Dear Ms Crane,

Re: Inspection of youth offending services in Westmere - notification

The inspection team will be:

  ------------------------------------------------------------------------------------
  Role                          Name                    Organisation
  ------------------------------------------------------------------------------------
  Lead inspector                Jo Hartwell             HM Inspectorate of Probation
  Inspector                     Owen Petherick          HM Inspectorate of Probation
  Social care inspector         Sara Mottley            Ofsted
  Police inspector              (to be confirmed)       HMICFRS
  ------------------------------------------------------------------------------------

Yours sincerely,

Dev Rangi
Assistant Chief Inspector (Youth)
"""


def test_a_team_table_under_role_name_and_organisation_heads() -> None:
    rows = role_rows(load_text(NOTIFICATION, "letter.txt"))
    assert ("Owen Petherick", "inspection_team", "Inspector") in rows
    assert ("Sara Mottley", "inspection_team", "Social care inspector") in rows
    assert any(row[:2] == ("Jo Hartwell", "lead_inspector") for row in rows)
    assert not any(row[1] == "inspection_team" and row[0] == "Jo Hartwell" for row in rows)


SCRUTINY = """\
Westmere County Council                                    Cyngor Sir Westmere

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

MINUTES of the meeting held in the Council Chamber, County Hall, Westmere on Thursday, 24 January 2013.

PRESENT:                                    Aelodau / Members
LANGSTONE, Rhodri (Chair)                   PRYDDERCH, Heledd
AP MEIRION, Iolo (Vice-Chair)               TALLIS, Gethin
BOWDEN, Nerys                               RHYSLAN, Elgan

Also present:   CRANE, Teleri - Cabinet Member (Children, Young People and Lifelong Learning)

Apologies:      Councillor J. Cradwell

54.  DECLARATIONS OF INTEREST
     None.
"""


def test_a_present_list_in_two_columns_surname_first_in_capitals() -> None:
    result = load_text(SCRUTINY, "scrutiny.txt")
    rows = people_rows(result)
    for member in ("Heledd Prydderch", "Gethin Tallis", "Nerys Bowden", "Rhodri Langstone"):
        assert (member, "present_at_meeting") in rows
    # 'Members' beside 'PRESENT' heads the present list's second column, not a membership
    assert not any(relation == "panel_member" for _, relation in rows)
    # a particle in capitals, and a forename the lexicon lacks among names like it
    assert ("Iolo ap Meirion", "panel_vice_chair") in rows
    assert ("Elgan Rhyslan", "present_at_meeting") in rows
    # 'Also present:' on its line, surname first in capitals, then the post after a dash
    assert ("Teleri Crane", "cabinet_member") in rows


BOARD = """\
WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes
Wednesday 18 April 2012, 10.00am

Present:
Bryn Llewellyn-Hart Corporate Director Social Services & Housing (Chair)
Teleri Vaughan Head of Service YOS
Owen Petherick ACO Westmere Probation Trust
Superintendent Dilwyn

---------------------------------------------------------------------------
Westmere YOS Management Board 18.04.12                         Page 1



Carradine Westmere Police

Also in attendance:
Emyr Bowden Business Support Officer YOS (minutes)

1.  WELCOME
    The Chair welcomed members.
"""


def test_a_name_run_into_a_corporate_post_and_a_name_cut_by_the_page() -> None:
    rows = role_rows(load_text(BOARD, "board.txt"))
    assert ("Bryn Llewellyn-Hart", "board_chair", "Chair") in rows
    assert not any("Corporate" in name for name, _, _ in rows)
    present = {name for name, relation, _ in rows if relation == "present_at_meeting"}
    assert "Dilwyn Carradine" in present
    # the cut name is its own entry, not more of the post above it
    assert ("Teleri Vaughan", "present_at_meeting", "Head of Service YOS") in rows


def test_a_posts_letters_run_into_the_body_are_no_part_of_its_name() -> None:
    result = load_text(BOARD, "board.txt")
    organisations = {s.entity: s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    people = {s.entity: s.value for s in result.statements if s.schema == "Person" and s.prop == "name"}
    rows: dict[str, dict[str, str]] = {}
    for s in result.statements:
        if s.schema == "Involvement" and s.prop in ("person", "organisation"):
            rows.setdefault(s.entity, {})[s.prop] = s.value
    bodies = {organisations[row["organisation"]] for row in rows.values()
              if "organisation" in row and people.get(row.get("person", "")) == "Owen Petherick"}
    assert bodies == {"Westmere Probation Trust"}


CABINET_REPORT = """\
LONDON BOROUGH OF WESTMERE

CABINET                                                        11 February 2020

Title                    Westmere Youth Justice Plan 2019-21 (refreshed) and
                         progress following the HMI Probation inspection

Report of                Cllr Ada Crane, Cabinet Member for Children and Schools

Background papers
HMI Probation, An inspection of youth offending services in Westmere, July 2019.

Circulation
HARTWELL, Cllr Jo           Leader of the Council
CRANE, Cllr Ada             Cabinet Member, Children and Schools
LANGSTONE, Cllr Teleri      Chair, Children and Young People Scrutiny Committee
PETHERICK, Owen             Chief Executive
"""


def test_a_circulation_list_surname_first_in_capitals() -> None:
    result = load_text(CABINET_REPORT, "cabinet.txt")
    rows = people_rows(result)
    for member in ("Jo Hartwell", "Ada Crane", "Teleri Langstone", "Owen Petherick"):
        assert (member, "copy_to") in rows
    assert ("Jo Hartwell", "cabinet_member") in rows
    assert ("Teleri Langstone", "panel_chair") in rows  # a scrutiny committee's chair copied in
    assert not any(name == "Teleri" for name, _ in rows)  # the forename after a post is the next entry's


def test_a_form_headers_title_label_and_a_date_after_the_place_are_no_part_of_the_area() -> None:
    result = load_text(CABINET_REPORT, "cabinet.txt")
    areas = {s.value for s in result.statements if s.schema == "Area" and s.prop == "name"}
    assert areas == {"Westmere"}


MINUTES_IN_PROSE = """\
                                                             LONDON BOROUGH OF WESTMERE

         CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE
         Minutes of the meeting held at 7.00pm on Tuesday 8 October 2019

Councillors present: Ada Crane (Chair), Owen Petherick (Vice-Chair) and Jo Hartwell.

Officers in attendance: Teleri Langstone, Director of Children's Services; Nerys Bowden,
Head of Youth Justice Service; Dilwyn Carradine, Performance and Quality Lead;
Emyr Vaughan, Scrutiny Officer.

   1  APOLOGIES FOR ABSENCE
      Apologies were received from Councillor Gethin Tallis. The Vice-Chair asked that
      a written update be circulated.
"""


def test_officers_listed_in_prose_end_with_their_list() -> None:
    officers = [section for section in sections(MINUTES_IN_PROSE, headless=True) if section.kind == "officers"]
    assert officers and officers[0].attendees[-1].role is not None
    assert officers[0].attendees[-1].role.text == "Scrutiny Officer"
    rows = people_rows(load_text(MINUTES_IN_PROSE, "minutes.txt"))
    assert ("Emyr Vaughan", "panel_vice_chair") not in rows
