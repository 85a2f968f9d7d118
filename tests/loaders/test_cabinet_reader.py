"""Cabinet members in a cabinet's (or executive's) own minutes and in a cabinet paper: every councillor who sat at the
cabinet is a member of it, with the portfolio as the role where one is written and none where it is not; so is a
member of its 'Members:' list whom a mark sets away. A member who only sent apologies is not one by that alone, and
neither is a councillor listed 'Also present' (a scrutiny chair at the table as a guest) nor an officer. What a meeting
is comes from the minutes' own heading ('THE EXECUTIVE', 'COFNODION Y CABINET / CABINET MINUTES', 'EXTRACT FROM THE
MINUTES OF CABINET'), never from the file's name.

The fixtures are fictional and set the lists out otherwise than the development set: a run of councillors after the
chair's line wrapped over lines, in an executive's minutes headed in capitals with 'APOLOGY:-' singular; a list under
'Cynghorwyr / Councillors:' whose portfolios follow a dash in two languages, some with 'and' inside; a 'Members:' list
in two columns whose absent members carry a star; an extract of the cabinet's minutes at the foot of a cabinet report
with 'Cllrs' as the honorific; an executive named only by the minutes' opening words; a leader named by a report's
form label or in prose with the council in full; consultees one a line under a numbered heading in two languages. The
near misses: a scrutiny committee's minutes where the cabinet member attends (its own members are not the cabinet's),
officers under 'Present' in the cabinet's minutes, 'Other Members present' and a guest 'Also present', a councillor
who sent apologies, a committee whose file is named as a cabinet's, a committee's minutes set after a cabinet report,
an executive member's decision session, the leader of the opposition, and a venue in the cabinet's name.
"""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows, role_rows
from tests.loaders.test_roles import involvements_of

EXECUTIVE_RUN = """BRAMBLEFORD BOROUGH COUNCIL

THE EXECUTIVE

Minutes of the meeting held in the Executive Room, Guildhall, Brambleford, on Thursday 6 March 2025 at 6.00 pm.

PRESENT:  Councillor Nadia Oyelaran (in the Chair);
Councillors P. J. Quenby, T. Whitlock-Hale, S. Ferrand,
D. O'Halloran and M. Brisco.

APOLOGY:- Councillor K. Lumb.

Also present:  Councillor G. Ashby (Chairman, Overview and Scrutiny Committee).

Officers:  Harriet Dunmore (Chief Executive) and Lewis Pargeter (Democratic Services Officer).

41.  YOUTH JUSTICE PLAN 2025/26

     The Executive considered the plan. RESOLVED: That the plan be approved.
"""


def test_every_councillor_who_sat_at_the_executive_is_a_cabinet_member() -> None:
    rows = people_rows(load_text(EXECUTIVE_RUN, "brambleford_minutes.txt"))
    for name in ("Nadia Oyelaran", "P.J. Quenby", "T. Whitlock-Hale", "S. Ferrand", "D. O'Halloran", "M. Brisco"):
        assert (name, "cabinet_member") in rows, name
        assert (name, "present_at_meeting") in rows, name
    # near misses: one who only sent apologies (under 'APOLOGY:-', singular), a guest, the officers
    assert ("K. Lumb", "apologies") in rows
    assert not {("K. Lumb", "cabinet_member"), ("K. Lumb", "present_at_meeting")} & rows
    assert ("G. Ashby", "cabinet_member") not in rows
    assert not {(name, "cabinet_member") for name in ("Harriet Dunmore", "Lewis Pargeter")} & rows


def test_a_councillor_with_no_portfolio_written_has_no_role() -> None:
    rows = role_rows(load_text(EXECUTIVE_RUN, "brambleford_minutes.txt"))
    assert ("S. Ferrand", "cabinet_member", None) in rows


WELSH_DASHES = """CYNGOR SIR TREFALDWYN          TREFALDWYN COUNTY COUNCIL

COFNODION Y CABINET / CABINET MINUTES

Cofnodion cyfarfod y Cabinet / Minutes of the meeting of the Cabinet held on Thursday, 3 April 2025

YN BRESENNOL / PRESENT:

Y Cynghorydd / Councillor Sioned Rhydderch (Arweinydd / Leader) (Cadeirydd / Chair)

Cynghorwyr / Councillors:
R. Bowen-Tudor - Plant a Theuluoedd / Children and Families
T. Hale – Tai a Chymunedau / Housing and Communities
L. Pryderi — Cyllid / Finance

SWYDDOGION / OFFICERS:
Prif Weithredwr / Chief Executive – Alun Gwyndaf
"""


def test_a_portfolio_after_a_dash_under_a_councillors_label_in_two_languages() -> None:
    result = load_text(WELSH_DASHES, "trefaldwyn_papers.txt")
    rows = people_rows(result)
    for name in ("R. Bowen-Tudor", "T. Hale", "L. Pryderi"):
        assert (name, "cabinet_member") in rows, name
    # the portfolio stays whole though 'and' is inside it: no councillor named 'Communities'
    assert not any(name in ("Communities", "Families") for name, _ in rows)
    roles = {(name, role) for name, relation, role in role_rows(result) if relation == "cabinet_member"}
    assert ("T. Hale", "Tai a Chymunedau / Housing and Communities") in roles
    assert ("Alun Gwyndaf", "cabinet_member") not in rows


TWO_COLUMN_MEMBERS = """ELDERWICK COUNTY BOROUGH COUNCIL
CABINET

Minutes of the meeting held at the Civic Offices on Tuesday 14 January 2025 at 2.00 pm

MEMBERS:
  Cllr A. Ince (Leader)                 Cllr B. Jory (Deputy Leader)
  Cllr C. Kemp*                         Cllr D. Lusk
  Cllr E. Marwood                       Cllr F. Nuttall*

  * unable to attend - apologies received

Officers present: Rhona Pask (Chief Executive); Iwan Rees (Head of Youth Justice Service).
"""


def test_a_member_of_the_cabinet_marked_away_is_a_member_still() -> None:
    rows = people_rows(load_text(TWO_COLUMN_MEMBERS, "elderwick_minutes.txt"))
    for name in ("C. Kemp", "F. Nuttall"):
        assert {(name, "apologies"), (name, "cabinet_member")} <= rows, name
        assert (name, "present_at_meeting") not in rows
    for name in ("A. Ince", "B. Jory", "D. Lusk", "E. Marwood"):
        assert {(name, "present_at_meeting"), (name, "cabinet_member")} <= rows, name
    assert not {("Rhona Pask", "cabinet_member"), ("Iwan Rees", "cabinet_member")} & rows


CABINET_REPORT_EXTRACT = """Report to:   CABINET
Date:        11 February 2025
Subject:     Youth Justice Plan 2025/26

1.  PURPOSE

1.1  To seek approval of the Youth Justice Plan.

                                                                     Page 4
_____________________________________________________________________________

EXTRACT FROM THE MINUTES OF CABINET, 11 FEBRUARY 2025

Present: Cllr Joan Hebblethwaite (Leader, in the Chair); Cllrs R. Akinola,
B. Devereux-Hart, K. Mistry.
Also present: Cllr Owen Pritt (Chair, Children's Scrutiny Committee).

Minute 64 - Youth Justice Plan 2025/26
RESOLVED: That the plan be approved.
"""


SCRUTINY_EXTRACT = """Report to:   CABINET
Date:        11 February 2025

1.1  To seek approval of the Youth Justice Plan.

Extract from the Children's Scrutiny Committee minutes, Cabinet Room, 3 February 2025

Present: Cllr Ann Tolley (in the Chair); Cllrs J. Voce, L. Wynn.
"""


def test_the_cabinet_s_minutes_set_after_its_report() -> None:
    rows = people_rows(load_text(CABINET_REPORT_EXTRACT, "oxbury_report.txt"))
    for name in ("R. Akinola", "B. Devereux-Hart", "K. Mistry", "Joan Hebblethwaite"):
        assert (name, "cabinet_member") in rows, name
    assert ("Owen Pritt", "cabinet_member") not in rows
    # near miss: a committee's minutes set after a cabinet report, though its heading names the Cabinet Room
    committee = people_rows(load_text(SCRUTINY_EXTRACT, "oxbury_cabinet_report.txt"))
    assert ("J. Voce", "present_at_meeting") in committee
    assert not {(name, "cabinet_member") for name in ("Ann Tolley", "J. Voce", "L. Wynn")} & committee


SCRUTINY_WITH_CABINET_MEMBER = """HALLOWFIELD CITY COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

Minutes of the meeting held in the Cabinet Room, Civic Hall, on Monday 10 March 2025 at 6.00 pm.

PRESENT:  Councillor V. Amis (in the Chair);
Councillors J. Berridge, H. Collard and W. Dyer.

Also present:  Councillor Maya Ellwood, Cabinet Member for Children's Services.

Apologies:  Councillor R. Fane.
"""

CABINET_WITH_OFFICERS_PRESENT = """CASTERMOOR DISTRICT COUNCIL

EXECUTIVE

Minutes of a meeting of the Executive held on Wednesday 2 April 2025

Present:
Councillor Gwen Harker (Leader)
Councillor Ivor Jellicoe
Kate Lowther (Chief Executive)
Martin Mayall (Head of Youth Offending Service)

Other Members present: Councillors Kit Nash and Qasim Ullah (Opposition Spokesperson).
"""


def test_near_misses_are_no_cabinet_members() -> None:
    # a scrutiny committee's own members, though it meets in the Cabinet Room and the file is named as a cabinet's
    rows = people_rows(load_text(SCRUTINY_WITH_CABINET_MEMBER, "hallowfield_cabinet_minutes.txt"))
    assert ("Maya Ellwood", "cabinet_member") in rows
    assert not {(name, "cabinet_member") for name in ("V. Amis", "J. Berridge", "H. Collard", "W. Dyer", "R. Fane")} & rows
    assert ("J. Berridge", "present_at_meeting") in rows
    # officers under 'Present' at the executive
    officers = people_rows(load_text(CABINET_WITH_OFFICERS_PRESENT, "castermoor_minutes.txt"))
    assert {("Gwen Harker", "cabinet_member"), ("Ivor Jellicoe", "cabinet_member")} <= officers
    assert not {("Kate Lowther", "cabinet_member"), ("Martin Mayall", "cabinet_member")} & officers
    # councillors at the table who are none of its members, under their own heading
    assert {("Kit Nash", "present_at_meeting"), ("Qasim Ullah", "present_at_meeting")} <= officers
    assert not {("Kit Nash", "cabinet_member"), ("Qasim Ullah", "cabinet_member")} & officers


REPORT_FORM_LEADER = """HARTWELL DISTRICT COUNCIL

REPORT TO CABINET - 4 March 2025

Youth Justice Partnership Funding

Portfolio Holder:        Councillor Maeve Tinsley, Communities
Leader of the Council:   Cllr Osman Price (for information - the Leader's portfolio
                         includes community safety)
Leader of the Opposition:   Cllr Rita Vane
Team Leader:             Jo Bloggs

Contact Officer:  Ann Lark, Community Safety Manager
"""


def test_the_leader_named_by_a_report_s_form_label() -> None:
    result = load_text(REPORT_FORM_LEADER, "hartwell_report.txt")
    assert ("Osman Price", "cabinet_member", "Leader of the Council") in role_rows(result)
    rows = people_rows(result)
    assert ("Maeve Tinsley", "cabinet_member") in rows
    # near misses: the leader of the opposition and a team's leader hold no cabinet post
    assert not {("Rita Vane", "cabinet_member"), ("Jo Bloggs", "cabinet_member")} & rows


PRESS_RELEASE_LEADER = """NEWS RELEASE

Cwm Arian County Borough Council

12 May 2025

Youth justice service praised by inspectors

The Leader of Cwm Arian County Borough Council, Councillor Gethin Morgan-Rhys,
welcomed the report when the Cabinet met on 9 May.

The Leader of the Opposition, Councillor Sara Whitby, asked for a debate on it.
"""

BOARD_DISTRICT_MEMBER = """Westmoor Youth Offending Service Management Board

Minutes of the meeting held on 3 June 2025

Present: Jo Hart (Chair), Dev Rao, Una Price

5.  Ashby District Council - community safety

    DR reported that the district's cabinet would consider the report. Cllr Harriet Pell,
    the district cabinet member, had asked for the YOS's data.
"""


def test_a_cabinet_member_named_in_prose_by_the_council_s_leadership_or_its_kind() -> None:
    result = load_text(PRESS_RELEASE_LEADER, "cwm_arian_news.txt")
    assert ("Gethin Morgan-Rhys", "cabinet_member") in people_rows(result)
    assert ("Sara Whitby", "cabinet_member") not in people_rows(result)
    board = load_text(BOARD_DISTRICT_MEMBER, "westmoor_board_minutes.txt")
    assert ("Harriet Pell", "cabinet_member") in people_rows(board)
    assert organisation_rows(board)[("Harriet Pell", "cabinet_member")] == "Ashby Council"  # (kg writes a council by its place)


CONSULTEES_A_LINE = """CYNGOR SIR BRYNAERON / BRYNAERON COUNTY COUNCIL

ADRODDIAD I'R CABINET / REPORT TO CABINET

Youth Justice Plan 2025-26

7   YMGYNGHORWYD / CONSULTEES

    Councillor Nerys Pugh-Elias, Leader of the Council
    Cllr Tomos Gwynfor (Chair, Care Scrutiny Committee)
    Ieuan Bevan, Prif Weithredwr / Chief Executive
    Monitoring Officer

8   ARGYMHELLION / RECOMMENDATIONS
"""

CONSULTATION_PROSE = """Report to Cabinet

6.  CONSULTATION

6.1  The plan was agreed by the Youth Justice Board on 11 June. Councillor
     Ruth Amble, Leader of the Council, was briefed.
"""


def test_a_report_s_consultees_one_a_line_under_a_numbered_heading() -> None:
    result = load_text(CONSULTEES_A_LINE, "brynaeron_report.txt")
    assert ("Nerys Pugh-Elias", "cabinet_member", "Leader of the Council") in role_rows(result)
    rows = people_rows(result)
    assert ("Tomos Gwynfor", "panel_chair") in rows
    assert ("Ieuan Bevan", "cabinet_member") not in rows
    # near miss: a paragraph of prose under the heading is no list of consultees (its first line names no one)
    prose = people_rows(load_text(CONSULTATION_PROSE, "amble_report.txt"))
    assert ("Ruth Amble", "panel_chair") not in prose



EXECUTIVE_OPENING = """Ravensmere Borough Council

Minutes of the Executive held at the Town Hall, Ravensmere, on Monday 7 April 2025 at 7.00 pm

Present: Councillors Hal Brennan (Leader), Isla Corrie (Deputy Leader), Ned Farraday
and Olu Gbadamosi.

Apologies: Councillor Pia Hext.
"""

DECISION_SESSION = """Ravensmere Borough Council

Minutes of the Executive Member Decision Session held on Tuesday 8 April 2025

Present: Councillors Hal Brennan (Executive Member), Rob Ilsley and Tess Jarvie.
"""


def test_an_executive_named_by_the_minutes_opening_words() -> None:
    rows = people_rows(load_text(EXECUTIVE_OPENING, "ravensmere_minutes.txt"))
    assert {("Ned Farraday", "cabinet_member"), ("Olu Gbadamosi", "cabinet_member")} <= rows
    assert ("Pia Hext", "cabinet_member") not in rows
    # near miss: one cabinet member's decision session is no meeting of the cabinet; those with them are no members
    session = people_rows(load_text(DECISION_SESSION, "ravensmere_executive_minutes.txt"))
    assert ("Hal Brennan", "cabinet_member") in session
    assert not {("Rob Ilsley", "cabinet_member"), ("Tess Jarvie", "cabinet_member")} & session


FORM_ROW_OF_TWO_LABELS = """Westmere Borough Council

REPORT TO CABINET

Portfolio:      Children and Young People      Key decision:      No
Report of:      Corporate Director of People   Wards affected:    All
Lead Member:    Cllr Jo Pennock                Forward Plan ref:  FP/2024/031

TITLE:  OUTCOME OF THE INSPECTION OF YOUTH JUSTICE SERVICES
"""


def test_a_forms_next_label_along_the_row_is_no_part_of_the_holders_post() -> None:
    """'Lead Member:  Cllr Jo Pennock    Forward Plan ref:  FP/2024/031': the row's second label and its value are the
    form's, not the member's portfolio."""
    rows = involvements_of(FORM_ROW_OF_TWO_LABELS, "cabinet_report.txt")
    assert {(person, relation, role) for person, relation, role, _ in rows} == {
        ("Jo Pennock", "cabinet_member", "Lead Member")}
