"""Layouts of a blind batch (an older FJI report, board and panel minutes, an inspectorate's letter, an annual report),
each in a small fictional fixture: an older report's team appendix and scoring table, a board's initials table and
register surname first, a team table under its heads, a 'To:  From:' address block, a membership table in two
columns parted by a rule."""

from __future__ import annotations

from kg.loaders.findings_common import rating_label
from tests.conftest import load_text, people_rows, role_rows

FJI_REPORT = """\
Full Joint Inspection of Youth Offending Work in
EXAMPLESHIRE

An inspection led by HM Inspectorate of Probation

Acknowledgements

This inspection was led by HM Inspector Jo Hartwell. We would like to thank the Chair of the Management Board,
Anna Bexley, the Head of the Youth Offending Service, Dev Rangi, and all those who took part.

SCORING SUMMARY

Theme\tScore\tJudgement
Reducing reoffending\t58%\tSubstantial improvement required
Protecting the public\t66%\tSome improvement required
Ensuring the sentence is served\t79%\tMinimal improvement required
Governance and partnerships\t--\tSubstantial improvement required

Overall, the work of Exampleshire YOS requires SUBSTANTIAL improvement.

APPENDIX 2: THE INSPECTION TEAM

Jo Hartwell               HMI Probation, Lead Inspector
Owen Petherick            HMI Probation, Inspector
Sara Mottley              Ofsted, Social Care Regulatory Inspector

Published by: HM Inspectorate of Probation
"""


def _ratings(result: object) -> set[tuple[str, str]]:
    statements = result.statements  # type: ignore[attr-defined]
    scopes = {s.entity: s.value for s in statements if s.schema == "Rating" and s.prop == "scope"}
    return {(scopes[s.entity], s.value) for s in statements if s.schema == "Rating" and s.prop == "rating"
            and s.entity in scopes}


def test_an_older_reports_team_appendix_gives_each_member_their_post_after_the_inspectorate() -> None:
    result = load_text(FJI_REPORT, "fji.txt")
    rows = role_rows(result)
    assert ("Owen Petherick", "inspection_team", "Inspector") in rows
    assert ("Sara Mottley", "inspection_team", "Social Care Regulatory Inspector") in rows
    assert ("Jo Hartwell", "lead_inspector") in people_rows(result)
    # each post in the thanks before its holder: the head of the service is the name after the post
    assert ("Dev Rangi", "staff") in people_rows(result)


def test_an_older_scoring_table_with_a_dashed_score_and_the_scale_in_other_words() -> None:
    ratings = _ratings(load_text(FJI_REPORT, "fji.txt"))
    assert ("Governance and partnerships", "Substantial improvement required") in ratings
    assert ("Protecting the public", "Moderate improvement required") in ratings
    assert ("Ensuring that the sentence is served", "Minimum improvement required") in ratings
    assert ("overall", "Substantial improvement required") in ratings
    assert rating_label("Some improvement required") == "Moderate improvement required"
    assert rating_label("minimal improvement") == "Minimum improvement required"


BOARD_INITIALS_TABLE = """\
EXAMPLESHIRE YOUTH OFFENDING SERVICE
MANAGEMENT BOARD

Minutes of meeting held 16 January 2018

ATTENDANCE
---------------------------------------------------------------------
Init.  Name                     Organisation / role
AB     Anna Bexley (Chair)      Director, Children's Services
DR     Dev Rangi                Head of Youth Offending Service
KW     Cllr Kate Wainwright     Cabinet Member, Children and Families
---------------------------------------------------------------------

1.  IMPROVEMENT PLAN
    DR presented the plan.
    KW stated that she would take the plan to the Panel in March.
"""


def test_an_initials_table_under_its_heads_and_a_member_who_stated() -> None:
    rows = people_rows(load_text(BOARD_INITIALS_TABLE, "board.txt"))
    assert {("Anna Bexley", "present_at_meeting"), ("Anna Bexley", "board_chair"), ("Dev Rangi", "present_at_meeting"),
            ("Kate Wainwright", "present_at_meeting"), ("Kate Wainwright", "quoted")} <= rows


BOARD_REGISTER = """\
EXAMPLESHIRE YOUTH JUSTICE PARTNERSHIP BOARD
Minutes | Thursday 21 September 2023

Register of attendance (P = present, A = apologies, D = deputy sent, X = absent)
MEMBER                      ORGANISATION / POST                                       ATT
BEXLEY, Dr Anna (Chair)     Director of Children's Services                             P
RANGI, David                Head of Youth Justice Service                               P
HOLDEN, Darren              Chief Superintendent, Exampleshire Police                   D
  LOCKE, Gemma              Inspector, Exampleshire Police (deputising for Ch Supt)     P
ASHWORTH, Mohammed JP       Deputy Chair, Exampleshire Youth Bench                      A
OKORO, Daniel               Public Health Consultant                                    X

Item 1  Welcome
AB welcomed members.
Rec 7 (appropriate adults) - GL said a new protocol went live.
"""


def test_a_register_surname_first_in_capitals_with_its_marks() -> None:
    result = load_text(BOARD_REGISTER, "board.txt")
    rows = people_rows(result)
    assert {("Anna Bexley", "present_at_meeting"), ("Anna Bexley", "board_chair"), ("David Rangi", "present_at_meeting"),
            ("Darren Holden", "apologies"), ("Gemma Locke", "present_at_meeting"), ("Gemma Locke", "quoted"),
            ("Mohammed Ashworth", "apologies")} <= rows
    assert ("Daniel Okoro", "present_at_meeting") not in rows
    # 'Deputy Chair, <the bench>' is the bench's deputy chair, not the board's vice-chair
    assert not {row for row in role_rows(result) if row[0] == "Mohammed Ashworth" and row[2] == "Vice-Chair"}


PANEL_SUBSTITUTE = """\
EXAMPLESHIRE BOROUGH COUNCIL

CORPORATE PARENTING PANEL

MINUTES of the meeting of the Corporate Parenting Panel held at the Civic Centre on Tuesday 13 March 2018.

PRESENT:  Councillor T Okonkwo (Chairman); Councillors G Fairley and B Tudor; Councillor D Harkwood (substituting
for Councillor Penhale).

1.  APOLOGIES FOR ABSENCE
    Apologies were received from Councillor Penhale.
"""


def test_a_member_substituting_for_another_in_brackets_is_a_standing_deputy() -> None:
    rows = people_rows(load_text(PANEL_SUBSTITUTE, "panel.txt"))
    assert {("D Harkwood", "present_at_meeting"), ("D Harkwood", "standing_deputy")} <= rows


LETTER = """\
HM Inspectorate of Probation

To:                                       From:
Yara Cadwell                              Jo Hartwell
Head of Youth Justice Service             HM Inspector (Lead Inspector)
Exampleshire Council                      HM Inspectorate of Probation

Date: 6 February 2023

Dear Ms Cadwell

Inspection of youth justice services in Exampleshire - notification

I am writing to confirm that HM Inspectorate of Probation will inspect the Exampleshire Youth Justice Service. The
inspection will be led by me, and the Head of Youth Justice Inspections with overall responsibility for the programme
is Dr Ben Arkwright.

The inspection team
The team will be as follows:

Name\t\t\tRole\t\t\t\t\tOrganisation
Jo Hartwell\tLead Inspector\t\t\t\tHMI Probation
Owen Petherick\tInspector\t\t\t\tHMI Probation
Claire Munro\tHealth and justice inspector\t\tCare Quality Commission
(local assessor)\tTBC\t\t\t\t\tHMI Probation

Data analysis will be led by Research Officer Holly Stanway.

Yours sincerely

Jo Hartwell
HM Inspector
"""


def test_a_team_table_under_its_heads_and_a_to_from_address_block() -> None:
    result = load_text(LETTER, "letter.txt")
    rows = role_rows(result)
    assert ("Jo Hartwell", "lead_inspector", "Lead Inspector") in rows
    assert ("Claire Munro", "inspection_team", "Health and justice inspector") in rows
    assert ("Yara Cadwell", "addressee", "Head of Youth Justice Service") in rows
    people = people_rows(result)
    assert ("Jo Hartwell", "inspection_team") not in people
    assert ("Holly Stanway", "lead_inspector") not in people
    assert not {row for row in people if row[0] == "Ben Arkwright" and row[1] == "other"}


ANNUAL_REPORT = """\
Exampleshire
Youth Justice Service

ANNUAL REPORT 2024 / 25

3. OUR PARTNERSHIP AND GOVERNANCE

The Partnership Board meets quarterly. Membership at 31 March 2025:

 Dr Anna Bexley        Chair; Director of        |  Nina Fenton          Head of Probation
                       Children's Services       |                       Delivery Unit
 Cllr Sabina Rauf      Cabinet Member,           |  Joan Platt           Designated Nurse,
                       Children's Services       |                       Exampleshire ICB
 Yara Cadwell          Head of Youth Justice     |  Ian Sutton           Head of Inclusion

The Board reports to the Safer Exampleshire Partnership.
"""


def test_a_membership_table_in_two_columns_parted_by_a_rule() -> None:
    rows = people_rows(load_text(ANNUAL_REPORT, "annual.txt"))
    members = {name for name, relation in rows if relation == "board_member"}
    assert members >= {"Anna Bexley", "Sabina Rauf", "Yara Cadwell", "Nina Fenton", "Joan Platt", "Ian Sutton"}


def test_a_letters_subject_line_names_its_area() -> None:
    from kg.gazetteer import load_gazetteer
    from kg.loaders import generic

    head = LETTER.replace("Exampleshire", "Brindlewick Vale")
    assert generic._document_area(head, load_gazetteer()) == "Brindlewick Vale"


def test_a_panels_date_in_a_heading_sentence_wrapped_after_its_venue() -> None:
    text = PANEL_SUBSTITUTE.replace(
        "held at the Civic Centre on Tuesday 13 March 2018.",
        "held at the Council Chamber, Civic\nCentre, Market Street, Exampleshire on Tuesday 13 March 2018 at 6.00 pm.") \
        + "\n2.  MINUTES\n    RESOLVED that the minutes of the meeting held on 9 January 2018 be approved.\n"
    result = load_text(text, "panel.txt")
    assert {s.value for s in result.statements if s.prop == "published"} == {"2018-03-13"}


def test_a_police_officer_thanked_after_a_cabinet_member_is_no_cabinet_member() -> None:
    text = ANNUAL_REPORT.replace(
        "The Board reports", "I want to thank Councillor Sabina Rauf for her steady support as\n"
        "Cabinet Member, Chief Superintendent Darren Holden, who retired in March, and the staff.\n\nThe Board reports")
    rows = people_rows(load_text(text, "annual.txt"))
    assert ("Darren Holden", "cabinet_member") not in rows
