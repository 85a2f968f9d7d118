"""Layouts of the 51st blind batch (u329-u336), each in a small fictional fixture: the people of the inspectorate in a
board's papers, a plan's membership table surname first in capitals, board minutes whose list has no heading over a
sentence of apologies, a register in capitals with P/A/D marks, and a letter set out as a memo."""

from __future__ import annotations

from kg.gazetteer import load_gazetteer
from kg.loaders.findings_metrics import LIST_MARKER
from kg.loaders.roles import organisation_for_role, post_and_body
from kg.resolve import one_body
from tests.conftest import load_text, people_rows, role_rows


def organisations(text: str, name: str) -> dict[str, str | None]:
    """relation -> organisation name of one person's rows in a document."""
    result = load_text(text, "fixture.txt")
    names = {s.entity: s.value for s in result.statements if s.schema == "Person" and s.prop == "name"}
    orgs = {s.entity: s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    rows: dict[str, dict[str, str]] = {}
    for s in result.statements:
        if s.schema == "Involvement":
            rows.setdefault(s.entity, {})[s.prop] = s.value
    return {row["relation"]: orgs.get(row.get("organisation", "")) for row in rows.values()
            if names.get(row.get("person", "")) == name}


HEADLESS_MINUTES = """WESTMERE YOUTH OFFENDING SERVICE
YOUTH OFFENDING MANAGEMENT BOARD

MINUTES  –  Thursday 8th April 2010, 2.00pm
Committee Room 3, Westmere Town Hall

Janet Fairlie Strategic Director Children & Young People (Chair)
Derek Hollins Head of Youth Offending Service
Angela Pryce Assistant Chief Officer Westmere Probation Trust
Gareth Lomond HMI Probation (for item 3)
Tracey Wilde (notes)

Apologies were received from Malcolm Stead, Keith Barlow (Head of Targeted Services)
and the Area Manager, HM Courts Service.

1. INTRODUCTIONS AND APOLOGIES
JF welcomed everyone. Insp. Mike Garner attended in place of Ch Supt Roe
for item 5 only.

2. PERFORMANCE
DH presented the report.
"""


def test_list_with_no_heading_above_a_sentence_of_apologies() -> None:
    rows = people_rows(load_text(HEADLESS_MINUTES))
    assert {("janet fairlie", "present_at_meeting"), ("janet fairlie", "board_chair"),
            ("derek hollins", "present_at_meeting"), ("angela pryce", "present_at_meeting"),
            ("malcolm stead", "apologies"), ("keith barlow", "apologies")} <= {(n.lower(), r) for n, r in rows}


def test_guest_for_an_item_deputy_in_place_of_and_notes_marker() -> None:
    rows = {(n.lower(), r) for n, r in people_rows(load_text(HEADLESS_MINUTES))}
    assert ("gareth lomond", "officer_attending") in rows and ("gareth lomond", "present_at_meeting") not in rows
    assert ("mike garner", "standing_deputy") in rows and ("mike garner", "officer_attending") not in rows
    assert ("tracey wilde", "minute_taker") in rows


def test_post_run_into_its_body() -> None:
    assert post_and_body("Assistant Chief Officer Westmere Probation Trust", "Westmere") == \
        ("Assistant Chief Officer", "Westmere Probation Trust")
    assert post_and_body("Head of Youth Offending Service", "Westmere") == ("Head of Youth Offending Service", None)
    assert organisations(HEADLESS_MINUTES, "Angela Pryce")["present_at_meeting"] == "Westmere Probation Trust"


REGISTER_MINUTES = """Westmere Metropolitan Borough Council
Youth Offending Management Board

Minutes of the meeting held at Hallows Lane House, Westmere on 17 March 2011

ATTENDANCE REGISTER (P = present, A = apologies, D = deputy sent)

Member                       Organisation / post                                   17/03/11
FAIRLIE J (Chair)            WMBC – Strategic Director, Children & Young People      P
HOLLINS D                    Westmere YOS – Head of Service                          P
PRYCE A (Cllr)               WMBC – Lead Member, Children's Services                 A
ROE G                        Northfell Police – Ch Supt, Westmere Division           D  (Insp M Garner)
PIM H                        YJB North West – Head of Region (adviser)               P

Also present: Fiona Kettle (YOS Quality Assurance Manager); Tracey Wilde (Board
Support Officer, minutes).

1.   APOLOGIES AND SUBSTITUTIONS
     As recorded above.

3.   FIRST TIME ENTRANTS
     D Hollins reported 268 first time entrants in the twelve months to December 2010.
"""


def test_register_in_capitals_with_initials_and_marks() -> None:
    rows = role_rows(load_text(REGISTER_MINUTES))
    found = {(name, relation) for name, relation, _ in rows}
    assert {("J Fairlie", "present_at_meeting"), ("J Fairlie", "board_chair"), ("D Hollins", "present_at_meeting"),
            ("A Pryce", "apologies"), ("G Roe", "apologies"), ("H Pim", "present_at_meeting")} <= found
    assert ("Tracey Wilde", "minute_taker") in found
    assert ("Tracey Wilde", "present_at_meeting", "Board Support Officer") in rows


def test_council_by_its_initials() -> None:
    assert organisation_for_role("WMBC – Head of Targeted Services", "Westmere") == \
        load_gazetteer().council_name("Westmere")
    assert organisation_for_role("Chair, DCS, WCC", "Westmere") == load_gazetteer().council_name("Westmere")
    assert organisation_for_role("Westmere Constab.", "Westmere") != "Westmere Youth Offending Service"


def test_list_number_is_no_figure() -> None:
    assert LIST_MARKER.match("x\n3.   FIRST TIME ENTRANTS", 2)
    observed = {s.value for s in load_text(REGISTER_MINUTES).statements if s.prop == "value"}
    assert "268" in observed and "3" not in observed


PLAN = """WESTMERE YOUTH JUSTICE PLAN 2024 – 2025
Westmere Youth Justice Service | Westmere County Council

4. GOVERNANCE, LEADERSHIP AND PARTNERSHIP ARRANGEMENTS

The Youth Justice Partnership Board meets quarterly at County Hall. Membership
at 1 April 2024 (surname, forename – post – agency):

SEALE, Andrew         Director of Children's Services (Chair)           Westmere County Council
TOLLER, Rebecca       Head of Youth Justice Service                     Westmere Youth Justice Service
RAWAT, Sanjay (Dr)    Designated Doctor for Safeguarding                Westmere ICB
BRAID, Simon          Head of Commissioning                             Office of the Police and Crime
                                                                        Commissioner for Westmere
HOYLE, Margaret       Cabinet Member for Children and Families          Westmere County Council

The board reports to the Safeguarding Children Partnership.

7. SIGN OFF

Plan prepared by Rebecca Toller (Head of Youth Justice Service) with Dev Marsh, Performance
and Information Lead, Westmere YJS. Queries: yjs.plan@westmere.gov.uk
"""


def test_membership_table_surname_first_in_capitals() -> None:
    rows = {(n, r) for n, r in people_rows(load_text(PLAN))}
    assert {("Andrew Seale", "board_member"), ("Andrew Seale", "board_chair"), ("Rebecca Toller", "board_member"),
            ("Sanjay Rawat", "board_member"), ("Simon Braid", "board_member"), ("Margaret Hoyle", "board_member"),
            ("Margaret Hoyle", "cabinet_member")} <= rows
    assert organisations(PLAN, "Simon Braid")["board_member"] == "Office of the Police and Crime Commissioner for Westmere"


def test_plan_authors_in_a_sentence() -> None:
    rows = role_rows(load_text(PLAN))
    assert ("Rebecca Toller", "author", "Head of Youth Justice Service") in rows
    assert ("Dev Marsh", "author", "Performance and Information Lead") in rows
    assert organisations(PLAN, "Dev Marsh")["author"] == "Westmere Youth Offending Service"


MEMO = """HM Inspectorate of Probation

To:\tMalcolm Stead, Chief Executive, Westmere Metropolitan Borough Council
From:\tGareth Lomond, HM Inspector of Probation (Lead Inspector)
Date:\t18 February 2010
Subject:\tFULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN WESTMERE

Dear Mr Stead

Full Joint Inspection of youth offending work in Westmere – publication of the report

I am writing to let you know that the report will be published on 2 March 2010.

Yours sincerely

G. LOMOND
HM Inspector of Probation
"""


def test_memo_header_names_the_addressee_and_the_lead() -> None:
    rows = role_rows(load_text(MEMO))
    assert ("Malcolm Stead", "addressee", "Chief Executive") in rows
    assert ("Gareth Lomond", "lead_inspector", "Lead Inspector") in rows


BOARD_PAPERS = """WESTMERE YOUTH JUSTICE PARTNERSHIP BOARD
Minutes of the meeting held on 17 March 2011

Present: Jo Brand (Chair), Ann Cole, Head of Service

2.   RE-INSPECTION FEEDBACK LETTER
     The Chair read out the letter of 4 March 2011 from Margot Salt, Assistant
     Chief Inspector, HM Inspectorate of Probation. The re-inspection (led again by
     Gareth Lomond, with Dilip Sood) examined 38 cases.
"""


def test_inspectorate_people_in_board_papers() -> None:
    rows = people_rows(load_text(BOARD_PAPERS))
    assert ("Gareth Lomond", "lead_inspector") in rows and ("Dilip Sood", "inspection_team") in rows
    assert ("Margot Salt", "chief_inspector") not in rows  # an assistant chief inspector, the post wrapped


REPORT_PROSE = """An inspection of youth justice services in Westmere

BACKGROUND
The Head of Service, Rebecca Toller, reports to the Director of Children's Services, Andrew Seale, who also chairs
the partnership board. The YJB oversight manager for the region, Tom Castle, described the board as "one of the
more challenging in the patch".
"""


def test_who_also_chairs_the_partnership_board_and_described_as() -> None:
    rows = people_rows(load_text(REPORT_PROSE))
    assert ("Andrew Seale", "board_chair") in rows
    assert ("Tom Castle", "quoted") in rows


TWO_COLUMNS = """WESTMERE YOUTH JUSTICE PARTNERSHIP BOARD
Minutes of the meeting held on Wednesday 15 January 2025

Members present                                  Also in attendance
Andrew Seale (AS) – Chair, DCS, WCC              Dev Marsh (DM) – Performance Lead, YJS
Dr Sanjay Rawat (SR) – ICB                        Kayleigh Dunne – Business Support (minutes)

Apologies:  Helen Wray (Head of Inclusion, WCC)

1     Welcome
      AS welcomed members.
"""


def test_entry_set_a_space_out_of_its_column_is_its_own() -> None:
    rows = {(n, r) for n, r in people_rows(load_text(TWO_COLUMNS))}
    assert ("Kayleigh Dunne", "minute_taker") in rows
    assert ("Dev Marsh", "minute_taker") not in rows
    assert organisations(TWO_COLUMNS, "Andrew Seale")["present_at_meeting"] == load_gazetteer().council_name("Westmere")


def test_one_body_names() -> None:
    assert one_body("Westmere Integrated Care Board", "Westmere and Fenwick Integrated Care Board")
    gazetteer = load_gazetteer()
    assert gazetteer.organisation("YJB (North West)").name == gazetteer.organisation("YJB North West").name


PLAN_FIGURES = """WESTMERE YOUTH JUSTICE PLAN 2024 – 2025

6. PERFORMANCE

Indicator                        Westmere      South Midlands region    England and Wales
First-time entrants (per         131           166                      174
100,000 10-17 year olds)
Binary reoffending rate          29.4%         32.0%                    31.6%

First-time entrants fell from 148 to 131 per 100,000 over the year.
                                                                      Westmere YJ Plan 2024-25   7
7. SIGN OFF
                                                                      Westmere YJ Plan 2024-25   8
"""


def test_wrapped_label_and_running_footer_hold_no_figures() -> None:
    values = {(s.value) for s in load_text(PLAN_FIGURES).statements if s.prop == "value"}
    assert "29.4" in values
    assert "100000" not in values and "7" not in values  # the label's '(per' / '100,000 ...)', the footer's page


def test_distribution_under_minutes() -> None:
    text = REGISTER_MINUTES + """
Distribution: Board members; Malcolm Stead (Chief Executive); Cllr Brian Oller
(Leader of the Council).
"""
    rows = role_rows(load_text(text))
    assert ("Malcolm Stead", "copy_to", "Chief Executive") in rows
    assert ("Brian Oller", "copy_to", "Leader of the Council") in rows
    assert ("Brian Oller", "cabinet_member", "Leader of the Council") in rows


def test_register_body_cell_and_regional_office() -> None:
    text = REGISTER_MINUTES.replace("PIM H                        YJB North West – Head of Region (adviser)               P",
                                    "PIM H                        YJB North West – Head of Region (adviser)               P\n"
                                    "SIDDIQ O (Dr)                NHS Westmere – Director of Public Health                A")
    assert organisations(text, "O Siddiq")["apologies"] == "NHS Westmere"
    gazetteer = load_gazetteer()
    assert gazetteer.organisation("YJB North West").name == gazetteer.organisation("Youth Justice Board").name
    # a body's short form after its place is the gazetteer's full name (PCT among the short forms since stop 28)
    assert organisation_for_role("Director of Public Health, Westmere PCT", "Westmere") == "Westmere Primary Care Trust"


def test_two_posts_of_a_speaker_the_second_a_board_chair() -> None:
    text = """Westmere Examiner, 14 November 2024

Youth justice service rated good by inspectors

By Kate Dunn, Local Democracy Reporter

Inspectors said the Westmere Youth Justice Service knows its children well.

Gavin Reed, the council's executive director for children and families
and chair of the partnership board, said the board would monitor progress
"month by month".
"""
    rows = people_rows(load_text(text))
    assert ("Gavin Reed", "board_chair") in rows and ("Gavin Reed", "quoted") in rows
