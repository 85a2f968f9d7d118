"""Layouts of a blind batch (scrutiny and board minutes, an older FJI report, a standards report's team annex, a plan's
performance table), each in a small fictional fixture: members in two columns side by side from the heading's own line,
with markers and a substitute wrapped in their column and a name the page's footer cut; a register surname first with
the title in brackets; an FJI report whose title is in capitals, its team under 'Inspection arrangements' and its
scores after dot leaders; a team annex of 'Label   Name, Post' rows; heads a column's width broke over two rows."""

from __future__ import annotations

from tests.conftest import load_text, people_rows, role_rows
from tests.loaders.test_batch43_layouts import _ratings
from tests.loaders.test_findings_metrics import key_facts

SCRUTINY_MINUTES = """\
EXAMPLESHIRE METROPOLITAN BOROUGH COUNCIL

CHILDREN'S SCRUTINY PANEL

Tuesday, 3rd March, 2015 at 6.00 p.m.
Council Chamber, Town Hall, Exampleton

Members:   Councillor J. Pemberton-Rowe      Councillor D. Quarrie
           (Chair)                           Councillor A. Moss
           Councillor S. Tilling             Councillor K. Varley (as
           (Vice-Chair)                      substitute for Councillor M. Orme)
           Councillor Brian Wolsten-

-----------------------------------------------------------------------------
Children's Scrutiny Panel - 03.03.15                                   Page 1

holme
Also in attendance:  Dana Whitcombe (Youth Offending Service Manager).

Apologies for absence were received from Councillor M. Orme.

12. DECLARATIONS OF INTEREST

None were declared.

13. MINUTES

Resolved: That the minutes of the meeting held on 3rd February, 2015 be approved as a correct record.
"""


def test_members_in_two_columns_from_the_headings_line_are_read_column_by_column() -> None:
    result = load_text(SCRUTINY_MINUTES, "scrutiny.txt")
    people = people_rows(result)
    # the marker under each name is that name's, not the name's beside it on the line above
    assert ("J. Pemberton-Rowe", "panel_chair") in people
    assert ("S. Tilling", "panel_vice_chair") in people
    assert ("D. Quarrie", "panel_chair") not in people
    # the members sat at the meeting: others were 'also in attendance' beside them
    for member in ("J. Pemberton-Rowe", "D. Quarrie", "A. Moss", "S. Tilling"):
        assert (member, "present_at_meeting") in people
    # the substitute's bracket, wrapped in the right column, makes him a deputy, not a member
    assert ("K. Varley", "standing_deputy") in people
    assert ("K. Varley", "panel_member") not in people
    # the page's footer (after a blank line and a rule) cut the surname: one name, no role made of the footer
    assert ("Brian Wolstenholme", "panel_member") in people
    assert not any(relation == "staff" for _, relation in people)  # a meeting's minutes are no staff page


REGISTER = """\
EXAMPLESHIRE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of meeting held Wednesday 21 May 2014, 2.00pm

ATTENDANCE REGISTER

Name                          Initials   Representing
HARTWELL, Anna (Chair)        AH         Strategic Director, Children's Services
MOSS, Peter (Cllr)            PM         Cabinet Member, Children and Young People
QUAYLE, Nadeem (Ch Supt)      NQ         District Commander, Exampleshire Police
OKONTA, Bisi                  BO         Head of Service, National Probation Service
PENROSE, Simon                SP         Clinical Commissioning Manager

Apologies:     Angela Birtles (Chief Executive); Insp. Carl Denholm, Exampleshire Police


-------------------------------------------------------------------------------
Item   Discussion / decision                                      Action   By
-------------------------------------------------------------------------------
1      Welcome and apologies
"""


def test_a_register_surname_first_with_the_title_in_brackets() -> None:
    rows = role_rows(load_text(REGISTER, "board.txt"))
    present = {(name, role) for name, relation, role in rows if relation == "present_at_meeting"}
    # the bracketed title is the member's, not the start of the post ('Cllr), PM, Cabinet Member')
    # (and the padded initials column after the name, the name's letters, is no part of the post either)
    assert any(name == "Peter Moss" and role == "Cabinet Member, Children and Young People" for name, role in present)
    assert any(name == "Nadeem Quayle" and role and "District Commander" in role and "OKONTA" not in role
               for name, role in present)
    # a forename the lexicon lacks, in a register of such entries, is a member of their own
    assert any(name == "Bisi Okonta" for name, _ in present)
    assert ("Anna Hartwell", "board_chair") in {(name, relation) for name, relation, _ in rows}
    # the apologies end at the rule drawn over the table of items
    assert not any(name == "Carl Denholm" and role and "Item" in role for name, _, role in rows)
    assert ("Carl Denholm", "apologies") in {(name, relation) for name, relation, _ in rows}


FJI_REPORT = """\
HM Inspectorate of Probation


FULL JOINT INSPECTION OF YOUTH OFFENDING WORK
IN EXAMPLESHIRE

2.  SUMMARY OF SCORES

   Area of work                                             Score
   ----------------------------------------------------------------------
   Reducing reoffending ..................................  Unsatisfactory
   Protecting the public .................................  Satisfactory
   Protecting children and young                            Good
     people ..............................................
   Ensuring that the sentence is
     served ..............................................  Good

5.  INSPECTION ARRANGEMENTS

Lead inspector:         Jo Hartwell, HMI Probation
Inspectors:             Owen Petherick (HMI Probation)
                        Sara Mottley (Ofsted)

DISTRIBUTION LIST

Cllr Ray Thornber           Leader, Exampleshire Metropolitan Borough Council
Angela Birtles              Chief Executive, Exampleshire MBC
"""


def test_an_fji_report_titled_in_capitals_with_its_team_under_inspection_arrangements() -> None:
    result = load_text(FJI_REPORT, "fji.txt")
    people = people_rows(result)
    assert ("Jo Hartwell", "lead_inspector") in people
    assert ("Owen Petherick", "inspection_team") in people
    assert ("Sara Mottley", "inspection_team") in people
    # the heading in capitals ends the team: the copy list is no inspector's
    assert ("Angela Birtles", "other") not in people and ("Angela Birtles", "copy_to") in people
    # 'Leader, X Council' in the copy list leads the council
    assert ("Ray Thornber", "cabinet_member") in people


def test_scores_after_dot_leaders_and_a_theme_wrapped_under_its_judgement() -> None:
    ratings = {(scope, value.lower()) for scope, value in _ratings(load_text(FJI_REPORT, "fji.txt"))}
    assert ("Reducing reoffending", "unsatisfactory") in ratings
    assert ("Protecting the public", "satisfactory") in ratings
    assert ("Protecting the child or young person", "good") in ratings
    assert ("Ensuring that the sentence is served", "good") in ratings


TEAM_ANNEX = """\
An inspection of youth justice services in
Exampleshire
HM Inspectorate of Probation, September 2022

Annex: inspection team

Lead inspector                 Jo Hartwell, HM Inspector
Team                           Rhian Teale, HM Inspector
                               Dean Prowse, Probation inspector
                               Yasmin Holt, Police inspector
Analyst                        Tom Birch, Research and analysis
"""


def test_a_team_annex_of_labels_over_names_each_with_their_post() -> None:
    rows = role_rows(load_text(TEAM_ANNEX, "report.txt"))
    assert ("Jo Hartwell", "lead_inspector", "HM Inspector") in rows
    assert ("Rhian Teale", "inspection_team", "HM Inspector") in rows
    assert ("Dean Prowse", "inspection_team", "Probation inspector") in rows
    assert ("Yasmin Holt", "inspection_team", "Police inspector") in rows
    assert ("Tom Birch", "inspection_team", "Research and analysis") in rows
    assert not any(role == "Team" for _, _, role in rows)


PLAN_TABLE = """\
Exampleshire Youth Justice Plan 2024-25

3. Performance over the previous year

 Indicator              Exampleshire    England &        Eastern
                                        Wales            region
 ------------------------------------------------------------------------------
 Reoffending rate       29.6%           32.2%            30.1%
 (binary, 12 months)
"""


def test_heads_a_columns_width_broke_over_two_rows() -> None:
    facts = key_facts(PLAN_TABLE, "plan.txt")
    rates = {(value, comparator, compared) for metric, value, _, comparator, compared in facts
             if metric == "reoffending_rate"}
    assert ("29.6", "England & Wales", "32.2") in rates
    assert ("29.6", "Eastern region", "30.1") in rates
    assert not any(value == "30.1" for value, _, _ in rates)


PLAN_MEMBERSHIP = """\
Exampleshire Youth Justice Plan 2024-25

2. Governance, leadership and partnership arrangements

The board meets quarterly at the Town Hall, Exampleton. Its membership at June
2024 was:

 Member                  Post                    | Member                 Post
 ------------------------------------------------|-----------------------------
 M Hartwell (Chair)      Director of Children's  | P Lindgren             Head of
                         Services                |                        Probation
                                                 |                        Delivery Unit
 S Belmont               Head of Youth Justice   | O Marsh                Designated
                         Service                 |                        Nurse, ICB

The board reports to the Exampleshire Children's Safeguarding Partnership.
"""


def test_a_membership_in_two_columns_parted_by_a_rule_whose_right_post_wraps_alone() -> None:
    people = people_rows(load_text(PLAN_MEMBERSHIP, "plan.txt"))
    # the right column's post wrapped onto a line of its own does not end the table
    assert ("S Belmont", "board_member") in people
    assert ("O Marsh", "board_member") in people
    # '(Chair)' beside an initial and a surname, padded from the post: the board's chair
    assert ("M Hartwell", "board_chair") in people
    # each post whole, wrapped under its cell in a table set in from the margin, over two lines too
    rows = role_rows(load_text(PLAN_MEMBERSHIP, "plan.txt"))
    assert ("P Lindgren", "board_member", "Head of Probation Delivery Unit") in rows
    assert ("S Belmont", "board_member", "Head of Youth Justice Service") in rows
    assert ("O Marsh", "board_member", "Designated Nurse, ICB") in rows  # the comma the wrap fell after kept


RELEASE = """\
HM Inspectorate of Probation
News

Youth offending work in Exampleshire must improve

HM Inspector Jo Hartwell, who led the inspection, added: "We saw some good work with children."
"""


def test_a_release_names_its_lead_inspector_by_the_clause_after_the_name() -> None:
    rows = role_rows(load_text(RELEASE, "release.txt"))
    assert ("Jo Hartwell", "lead_inspector", "HM Inspector") in rows
