"""Runs of councillors in one sentence-like block at the head of committee papers and minutes, which kg read in part
or not at all: a committee report's 'To:' (or 'To / At:') naming the committee's members, the plural
'Councillors' spread over a comma-and list; a surname in capitals with an elided prefix ("O'DRISCOLL") among
surnames alone; a chair's marker wrapped at its hyphen by the line's end ('(Vice-' / 'Chairman)'); a 'Membership and
attendance register' over rows of members and whether they came; a 'Membership:' of surnames alone.

Each fixture is fictional and differs from the development set's wording: 'Cllr'/'Cllrs' with initials and no stops,
commas throughout, a 'To:' alone on its line over one councillor a line with semicolons, a 'To:'
run straight into the report's 'From:' label; a wrapped 'Deputy-' / 'Chair' in a 'Membership:' run; a register headed
'Attendance and membership record' with a wrapped substitute's bracket. The near misses: a letter's 'To:' one
councillor, a letter to two councillors it greets ('Dear Councillors'), a 'To:' mixing a councillor and an officer,
'Councillors asked' and 'the Councillors' in prose, a 'Membership:' of agencies, and a party or ward in brackets after
a name (never a name's part).
"""

from __future__ import annotations

from loaders import attendance
from tests.conftest import load_text, organisation_rows, people_rows, role_rows
from tests.linear_time import assert_grows_linearly

COMMITTEE_REPORT_TO = """WEALDHOLME BOROUGH COUNCIL

REPORT TO THE CHILDREN'S SERVICES SCRUTINY PANEL
15 October 2025

To:      Cllr R J HALLORAN (Chairman), Cllr P McADAM (Vice-Chairman),
         Cllrs T O'ROURKE, S FENWICK-HALE, A QUAYLE and N DRISCOLL

From:    Director of Children's Services
Subject: Youth Justice Service inspection outcome

1.  PURPOSE OF THE REPORT
1.1 To inform the Panel of the outcome of the inspection of the Wealdholme Youth Justice Service.
"""

COMMITTEE_TO_ALONE = """Marrowby City Council
Corporate Parenting Committee - 2 December 2025
Agenda item 6: Youth justice performance

To:
Councillor Amara Osei-Bonsu (Chair);
Councillor Felix Ravenscroft (Vice-Chair);
Councillor Imelda Stroud; Councillor Yusuf Karim

Report of the Head of Youth Justice

1.  Summary
1.1 The service's performance in the second quarter is set out below.
"""

TO_THEN_FROM = """Brackley Fen District Council
Community Safety Scrutiny Sub-Committee, 9 September 2025

To: Councillors D. Penhaligon (Chair), M. Oyelaran, K. Trask and W. Dacombe-Hill
From: Strategic Director, People

Youth Justice Plan 2025-26
"""

MEMBERSHIP_WRAPPED_DEPUTY = """Cotterill Vale Borough Council
Children's Scrutiny Committee
Minutes of the meeting held on Monday 3 November 2025 at 6.00 pm

Membership: Councillors G. Ashby (Chair), L. Wren (Deputy-
            Chair), D'ARCY, O'NEILL-BRYCE, LOMAX and TREW

PRESENT:    Councillors Ashby (Chair), Wren (Deputy-
            Chair), D'ARCY, O'NEILL-BRYCE and LOMAX.

1.  APOLOGIES
    Apologies were received from Councillor Trew.
"""

ATTENDANCE_AND_MEMBERSHIP = """Hythebourne Council
Youth Justice Scrutiny Panel
Minutes - Tuesday 14 October 2025 at 7.00 pm

Attendance and membership record
  Member                                      Status
  Cllr Ruth Penwarden (Chair)                 Present
  Cllr Samir Qureshi (Vice-Chair)             Present
  Cllr Olwen Tregarthen                       Present
  Cllr Harvey Blight                          Apologies (substitute:
                                              Cllr Petra Nankervis)

1   Minutes of the last meeting
    Agreed.
"""

MEMBERSHIP_BARE_SURNAMES = """Ottermouth Metropolitan Borough Council
Children's Services Scrutiny Panel
Wednesday, 5 November 2025 at 6.30 pm, Committee Room 2, Ottermouth Town Hall

Membership:  Kilbride (Chair), Nwankwo (Vice-Chair), Farquharson, Lindgren,
             Oduya-Hart, Pemberton

PRESENT
Councillor Moira Kilbride (Chair)
Councillor Chidi Nwankwo (Vice-Chair)
Councillor Hamish Farquharson
Councillor Petra Lindgren
Councillor Grace Oduya-Hart
Councillor Ivor Pemberton

1.  Minutes
"""


def _panel(text: str) -> set[tuple[str, str]]:
    return {row for row in people_rows(load_text(text))
            if row[1] in ("panel_member", "panel_chair", "panel_vice_chair", "present_at_meeting", "apologies")}


def test_a_committee_reports_to_names_its_members_with_initials_in_capitals() -> None:
    rows = role_rows(load_text(COMMITTEE_REPORT_TO))
    assert ("R J Halloran", "panel_chair", "Chair") in rows
    assert ("R J Halloran", "panel_member", "Chair") in rows
    assert ("P McAdam", "panel_vice_chair", "Vice-Chair") in rows
    members = {name for name, relation, _ in rows if relation == "panel_member"}
    assert members == {"R J Halloran", "P McAdam", "T O'Rourke", "S Fenwick-Hale", "A Quayle", "N Driscoll"}
    # the committee's council, the area's the paper's head names
    council = organisation_rows(load_text(COMMITTEE_REPORT_TO))[("A Quayle", "panel_member")]
    assert council.startswith("Wealdholme") and council.endswith("Council")


def test_a_to_alone_on_its_line_over_one_councillor_a_line() -> None:
    rows = _panel(COMMITTEE_TO_ALONE)
    assert {("Amara Osei-Bonsu", "panel_chair"), ("Felix Ravenscroft", "panel_vice_chair"),
            ("Imelda Stroud", "panel_member"), ("Yusuf Karim", "panel_member"),
            ("Amara Osei-Bonsu", "panel_member")} <= rows
    assert not {row for row in rows if row[1] in ("present_at_meeting", "apologies")}  # a paper, no meeting's record


def test_a_to_run_straight_into_the_from_label() -> None:
    rows = _panel(TO_THEN_FROM)
    assert {("D. Penhaligon", "panel_chair"), ("M. Oyelaran", "panel_member"), ("K. Trask", "panel_member"),
            ("W. Dacombe-Hill", "panel_member")} <= rows


def test_capitals_surnames_with_elided_prefixes_and_a_wrapped_deputy_chair() -> None:
    found = {section.kind: [(a.name.name, a.vice_chair, a.role_text) for a in section.attendees]
             for section in attendance.sections(MEMBERSHIP_WRAPPED_DEPUTY) if section.attendees}
    assert [name for name, _, _ in found[attendance.PRESENT]] == ["Ashby", "Wren", "D'Arcy", "O'Neill-Bryce", "Lomax"]
    assert ("Wren", True, None) in found[attendance.PRESENT]  # 'Deputy-' / 'Chair': the marker, no post
    assert ("L. Wren", True, None) in found[attendance.MEMBERSHIP]
    assert "Trew" in [name for name, _, _ in found[attendance.MEMBERSHIP]]
    rows = _panel(MEMBERSHIP_WRAPPED_DEPUTY)
    assert ("L. Wren", "panel_vice_chair") in rows
    assert ("O'Neill-Bryce", "present_at_meeting") in rows


def test_a_membership_and_attendance_record_gives_members_and_who_came() -> None:
    rows = _panel(ATTENDANCE_AND_MEMBERSHIP)
    assert {("Ruth Penwarden", "panel_member"), ("Ruth Penwarden", "present_at_meeting"),
            ("Ruth Penwarden", "panel_chair"), ("Samir Qureshi", "panel_vice_chair"),
            ("Olwen Tregarthen", "panel_member"), ("Harvey Blight", "panel_member"),
            ("Harvey Blight", "apologies")} <= rows
    assert ("Harvey Blight", "present_at_meeting") not in rows  # 'Apologies (substitute:' wrapped: he did not come


def test_a_membership_of_surnames_alone_is_councillors() -> None:
    rows = _panel(MEMBERSHIP_BARE_SURNAMES)
    assert {("Moira Kilbride", "panel_member"), ("Chidi Nwankwo", "panel_vice_chair"),
            ("Grace Oduya-Hart", "panel_member"), ("Ivor Pemberton", "panel_member")} <= rows


# Near misses.

LETTER_TO_ONE_COUNCILLOR = """HM Inspectorate of Probation

To:     Councillor Jo Bloggs, Cabinet Member for Children, Hollinford Borough Council
From:   Ruth Anvil, HM Inspector
Date:   3 March 2025

Dear Councillor Bloggs,

Inspection of youth offending work in Hollinford

Yours sincerely,
Ruth Anvil
"""

LETTER_TO_TWO_COUNCILLORS = """Hollinford Youth Justice Service
Civic Centre, Hollinford

To: Councillor Anne Mabry and Councillor Tom Selwood

Dear Councillors,

Thank you for visiting the service on 4 March.

Yours sincerely,

Kate Ormerod
Head of Youth Justice
"""

TO_COUNCILLOR_AND_OFFICER = """Hollinford Borough Council
Report to the Children's Scrutiny Panel, 4 March 2025

To: Councillor Anne Mabry (Chair); Kate Ormerod, Head of Youth Justice

1.  Purpose
"""

PROSE_AND_AGENCIES = """Hollinford Borough Council
Children and Young People Scrutiny Panel
Minutes of the meeting held on Tuesday 4 March 2025 at 6.30 pm

Membership:  Police, Probation, Health, Education

PRESENT:  Councillors LOMAX (Lab) (Chair), QUILL (Con), O'DRISCOLL (Hilltop Ward)
          and VARNEY (Lib Dem).

1.  APOLOGIES
    Councillors asked about the use of custody. The Councillors noted the report.
"""


def test_a_letters_to_is_its_addressee_not_a_committee() -> None:
    assert ("Yusuf Karim", "panel_member") in _panel(COMMITTEE_TO_ALONE)  # a committee's paper, beside them
    for text in (LETTER_TO_ONE_COUNCILLOR, LETTER_TO_TWO_COUNCILLORS, TO_COUNCILLOR_AND_OFFICER):
        assert not {row for row in people_rows(load_text(text)) if row[1].startswith("panel_")}, text[:40]
    assert ("Jo Bloggs", "addressee") in people_rows(load_text(LETTER_TO_ONE_COUNCILLOR))


def test_prose_agencies_parties_and_wards_name_no_one() -> None:
    names = {name for name, _ in people_rows(load_text(PROSE_AND_AGENCIES))}
    assert names == {"Lomax", "Quill", "O'Driscoll", "Varney"}


def test_a_long_run_of_councillors_after_to_stays_linear() -> None:
    def run(count: int) -> str:
        return "Westmere Council\n\nTo:  " + "".join(f"Councillor {'ABCDEFGH'[index % 8]}. BLOGGS-SMITH (Vice-\n Chair), "
                                                   for index in range(count)) + "\n"

    assert [(a.name.name, a.vice_chair) for section in attendance.sections(run(3))
            if section.kind == attendance.ADDRESSED for a in section.attendees] == [
        ("A. Bloggs-Smith", True), ("B. Bloggs-Smith", True), ("C. Bloggs-Smith", True)]
    assert_grows_linearly(lambda text: attendance._read_sections(text, 0, len(text), headless=False), run, 200)
