"""Layouts of the 59th blind batch (u369-u376), each in a small fictional fixture: a board's register of attendance
whose head row parts the name into a surname column and a forename column ('SURNAME   FORENAME   INITS   AGENCY /
POST'), its apologies and attendees under their own headings in the same columns, a key to its abbreviations under
the rows."""

from __future__ import annotations

from tests.conftest import load_text, people_rows, role_rows

REGISTER = """WESTMERE YOUTH OFFENDING SERVICE
MANAGEMENT BOARD

Minutes of the meeting held on Wednesday 14 May 2025

REGISTER OF ATTENDANCE

SURNAME           FORENAME        INITS   AGENCY / POST
ABERNETHY         Rosalind (Dr)   RA      Director of Children's Services, WCC (Chair)
PILKINGTON        Dennis          DP      Head of Service, Westmere YOS
FORTESCUE-BYRNE   Maureen (Cllr)  MFB     Cabinet Member for Children's Services, WCC

Apologies
HALLIWELL         Gordon                  Superintendent, Westmere Constabulary

In attendance
TRELAWNEY         Petra           PT      Business Support Officer (minutes)

WCC = Westmere County Council   YOS = Youth Offending Service

1.   WELCOME
     RA welcomed members. MFB said that the remand budget was under review.
"""

PLAIN_REGISTER = """Westmere Youth Justice Partnership Board
Notes of the meeting held on 3 June 2025

Attendance
Surname      First name     Role
Oduya        Samuel         Head of Youth Justice, Westmere Council (Chair)
Kettlewell   Joanne         Head of Probation Delivery Unit, Probation Service

1. Minutes of the last meeting
Agreed.
"""


def test_a_register_in_surname_and_forename_columns() -> None:
    rows = people_rows(load_text(REGISTER, "westmere_board_minutes.txt"))
    assert {("Rosalind Abernethy", "present_at_meeting"), ("Rosalind Abernethy", "board_chair"),
            ("Dennis Pilkington", "present_at_meeting"), ("Maureen Fortescue-Byrne", "present_at_meeting"),
            ("Gordon Halliwell", "apologies"), ("Petra Trelawney", "officer_attending"),
            ("Petra Trelawney", "minute_taker")} <= rows


def test_the_initials_cell_is_no_part_of_the_post_and_the_key_is_nobodys() -> None:
    roles = {(name, relation): role for name, relation, role in role_rows(load_text(REGISTER, "westmere_board_minutes.txt"))}
    assert roles[("Dennis Pilkington", "present_at_meeting")] == "Head of Service"
    assert roles[("Petra Trelawney", "officer_attending")] == "Business Support Officer"


def test_the_register_initials_link_the_items_speakers() -> None:
    rows = people_rows(load_text(REGISTER, "westmere_board_minutes.txt"))
    assert ("Maureen Fortescue-Byrne", "quoted") in rows


def test_a_register_in_mixed_case_without_initials() -> None:
    rows = people_rows(load_text(PLAIN_REGISTER, "westmere_board_minutes.txt"))
    assert {("Samuel Oduya", "present_at_meeting"), ("Joanne Kettlewell", "present_at_meeting")} <= rows


PANEL = """WESTMERE DISTRICT COUNCIL

COMMUNITIES OVERVIEW AND SCRUTINY PANEL

Minutes of a meeting of the Communities Overview and Scrutiny Panel held on Tuesday, 7 October 2025 at 6.30 p.m.

PRESENT:  Councillor A. Holroyd (Chairman)        Councillor B. Quarmby
          Councillor C. Ellerby (Vice-Chairman)  Councillor D. Naseby *

          * substituting for Councillor E. Pickersgill

ALSO IN ATTENDANCE:  Jo Fairweather, Head of Youth Offending Service, and
          Sam Ledgard, YOS Operations Manager, Northmoorshire County Council

20.  YOUTH OFFENDING - UPDATE
     Mr Ledgard replied that the cohort was "much smaller than before".
     RESOLVED: That the Chairman write to Councillor Petra Vane, Cabinet Member for Children's Services,
     Northmoorshire County Council, requesting the next report.

Panel membership 2025/26: Councillors Anne Holroyd (Chairman), Colin Ellerby (Vice-Chairman), Brian Quarmby,
Edith Pickersgill.          Contact: Lena Ormerod, 01632 960000
"""


def _panel() -> set[tuple[str, str]]:
    return people_rows(load_text(PANEL, "westmere_scrutiny_minutes.txt"))


def test_a_membership_heading_with_its_year_and_a_contact_after_the_last_member() -> None:
    rows = _panel()
    assert {("Brian Quarmby", "panel_member"), ("Edith Pickersgill", "panel_member")} <= rows
    assert ("Colin Ellerby", "panel_chair") not in rows and ("Edith Pickersgill", "panel_chair") not in rows
    roles = {(name, relation): role for name, relation, role in role_rows(load_text(PANEL, "westmere_scrutiny_minutes.txt"))}
    assert "Contact" not in (roles.get(("Edith Pickersgill", "panel_member")) or "")


def test_a_member_marked_by_a_footnote_as_a_substitute() -> None:
    assert ("D. Naseby", "standing_deputy") in _panel()


def _organisations(text: str, name: str) -> dict[tuple[str, str], str]:
    statements = load_text(text, name).statements
    names = {s.entity: s.value for s in statements if s.prop == "name"}
    rows: dict[str, dict[str, str]] = {}
    for s in statements:
        if s.schema == "Involvement":
            rows.setdefault(s.entity, {}).setdefault(s.prop, s.value)
    return {(names[r["person"]], r["relation"]): names.get(r.get("organisation", ""), "") for r in rows.values()}


def test_the_council_after_the_last_guests_post_and_after_a_cabinet_members_post() -> None:
    organisations = _organisations(PANEL, "westmere_scrutiny_minutes.txt")
    assert organisations[("Jo Fairweather", "officer_attending")].startswith("Northmoorshire")
    assert organisations[("Petra Vane", "cabinet_member")].startswith("Northmoorshire")


def test_an_officer_who_replied() -> None:
    assert ("Sam Ledgard", "quoted") in _panel()


RUN_ON = """Westmere Youth Justice Management Board
Minutes - Tuesday 23 September 2025, 10:00-12:00, Guildhall
OFFICIAL

Present: Miriam Ashworth-Kaye Director of Children's Services, Westmere City Council (Chair) Owen Pettifer Head of Youth Justice Service Cllr Nadia Brereton Cabinet Member for Children and Families DCI Samuel Okonjo Westmere Police Dr Yvonne Halloway Designated Doctor for Safeguarding, Westmere Integrated Care Board Tom Eccleston Head of Inclusion, Westmere City Council
In attendance: Marcia Dunstable Youth Justice Team Manager (item 4) Li Pemberton Performance Analyst, Westmere City Council (item 3)
Apologies: Supt Karen Lowry Westmere Police (DCI Okonjo deputising)
Minutes: Sasha Threlkeld, Governance Officer

1. Welcome
MAK welcomed TE, attending for the first time.
"""


def test_people_run_into_one_anothers_posts_on_one_line() -> None:
    rows = people_rows(load_text(RUN_ON, "westmere_board_minutes.txt"))
    assert {("Owen Pettifer", "present_at_meeting"), ("Nadia Brereton", "present_at_meeting"),
            ("Samuel Okonjo", "present_at_meeting"), ("Yvonne Halloway", "present_at_meeting"),
            ("Tom Eccleston", "present_at_meeting"), ("Li Pemberton", "officer_attending")} <= rows
    assert ("Samuel Okonjo", "cabinet_member") not in rows  # the post before his rank is the councillor's


def test_the_deputy_an_apology_names_in_brackets_by_rank_and_surname() -> None:
    assert ("Samuel Okonjo", "standing_deputy") in people_rows(load_text(RUN_ON, "westmere_board_minutes.txt"))


TEAM = """HM Inspectorate of Probation

Full Joint Inspection of Youth Offending Work in Westmere

Appendix 1: Inspection arrangements

Fieldwork took place in the week of 11 July 2011. The inspection was led by Jo Ravensworth, HM Inspector,
assisted by HMI Probation inspectors Dev Castleford and Mia Underhill, with Paula Grange (Care Quality
Commission) and Rhys Ottery (Ofsted). The Inspection Support Officer was Nora Bellingham. Our quality assurance
was provided by Callum Fenwick.
"""


def test_a_team_assisted_by_and_with_members_of_other_inspectorates() -> None:
    roles = {(name, relation): role for name, relation, role in role_rows(load_text(TEAM, "westmere_fji_report.txt"))}
    for member in ("Dev Castleford", "Mia Underhill", "Paula Grange", "Rhys Ottery"):
        assert (member, "inspection_team") in roles
    assert roles[("Paula Grange", "inspection_team")] != "HMI Probation inspectors"  # 'with' opens a group of its own


def test_team_members_named_in_the_sentences_after_by_their_label() -> None:
    rows = people_rows(load_text(TEAM, "westmere_fji_report.txt"))
    assert {("Nora Bellingham", "inspection_team"), ("Callum Fenwick", "inspection_team")} <= rows


PLAN = """Westmere County Council
Children, Families and Learning

YOUTH JUSTICE PLAN 2016 - 2017
Westmere Youth Offending Service

2.  STRUCTURE AND GOVERNANCE

Table 1: Management Board membership (July 2016)

Name\tOrganisation\tRole on Board
Dr Ann Threlfall\tWestmere County Council\tChair
Supt. Gary Pennington\tWestmere Constabulary\tVice-Chair
Clare Hopwood\tNational Probation Service (South Midlands)\tHead of Stakeholder Engagement
"""


def test_a_councils_department_over_the_plans_title_is_no_area() -> None:
    statements = load_text(PLAN, "westmere_youth_justice_plan.txt").statements
    assert {s.value for s in statements if s.schema == "Area" and s.prop == "name"} == {"Westmere"}


def test_a_membership_table_whose_body_column_stands_before_the_post() -> None:
    result = load_text(PLAN, "westmere_youth_justice_plan.txt")
    roles = {(name, relation): role for name, relation, role in role_rows(result)}
    assert roles[("Gary Pennington", "board_member")] == "Vice-Chair"
    assert roles[("Clare Hopwood", "board_member")] == "Head of Stakeholder Engagement"
    organisations = _organisations(PLAN, "westmere_youth_justice_plan.txt")
    assert organisations[("Gary Pennington", "board_member")] == "Westmere Constabulary"


NEWS = """Westmere City Council - News

Youth justice service rated Outstanding

14 June 2023

The service received the following ratings:

  >  Organisational delivery          Outstanding
  >  Court disposals                  Good
  -  Out-of-court disposals: 'Outstanding'

Overall rating: OUTSTANDING

Inspection outcome (October 2022)
  Domain two: court
  disposals ............................................. Requires improvement
"""


def test_domains_rated_on_rows_of_their_own() -> None:
    found = _ratings_of(NEWS, "westmere_council_news.txt")
    assert {("Organisational delivery", "Outstanding"), ("Court disposals", "Good"),
            ("Out-of-court disposals", "Outstanding"), ("Court disposals", "Requires improvement")} <= found


def _ratings_of(text: str, name: str) -> set[tuple[str, str]]:
    statements = load_text(text, name).statements
    scopes = {s.entity: s.value for s in statements if s.schema == "Rating" and s.prop == "scope"}
    return {(scopes[s.entity], s.value) for s in statements if s.schema == "Rating" and s.prop == "rating"
            and s.entity in scopes}


PLAN_OWNER = """Westmere County Council

YOUTH JUSTICE PLAN 2016 - 2017
Westmere Youth Offending Service

5.  PRIORITIES FOR 2016/17

  *  Reduce the use of custody.

Plan owner: J. Ravenscroft, Head of Service  |  Tel. 01632 960255
jo.ravenscroft@westmere.gov.uk
"""


def test_a_plans_owner_with_her_telephone_is_its_contact() -> None:
    assert ("J. Ravenscroft", "contact_officer") in people_rows(load_text(PLAN_OWNER, "westmere_youth_justice_plan.txt"))
