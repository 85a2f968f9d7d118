"""The loader context: statements checked against the model, quotes cut from the text, surnames resolved;
and, as a property, every statement from generated and mutated documents quotes exactly its span."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.documents import Document
from kg.loaders import load_document
from kg.loaders.context import Context, ExtractionError
from kg.loaders.text import Span
from kg.names import find_names
from tests.conftest import load_text, people_rows
from tests.loaders.test_roles import involvements, involvements_of

TEXT = "Present: Councillor Ann Wright (Chair)\nCouncillor Wright thanked Raj Patel, Head of Service.\n"


def context(text: str = TEXT) -> Context:
    return Context(Document.from_text("minutes.txt", text))


def test_emit_cuts_the_quote_from_the_text() -> None:
    ctx = context()
    ctx.emit("person-x", "Person", "name", "Raj Patel", (TEXT.index("Raj"), TEXT.index("Raj") + 9))
    (statement,) = ctx.statements.values()
    assert statement.quote == "Raj Patel" == TEXT[statement.start:statement.end]


def test_emit_refuses_spans_outside_the_text_and_properties_outside_the_model() -> None:
    ctx = context()
    with pytest.raises(ExtractionError):
        ctx.emit("person-x", "Person", "name", "Raj Patel", (0, len(TEXT) + 1))
    with pytest.raises(ExtractionError):
        ctx.emit("person-x", "Person", "name", "Raj Patel", (5, 5))
    with pytest.raises(KeyError):
        ctx.emit("person-x", "Person", "shoe_size", "9", (0, 3))
    with pytest.raises(ExtractionError):
        ctx.person_role("Raj Patel", "favourite_person", Span(0, 3, TEXT[:3]))


def test_a_surname_alone_becomes_the_full_name_used_in_the_document() -> None:
    ctx = context()
    full, alone = find_names(TEXT)[0], find_names(TEXT)[1]
    assert (full.name, alone.name, alone.surname_only) == ("Ann Wright", "Wright", True)
    ctx.person_role(full, "present_at_meeting", Span(0, 38, TEXT[:38]))
    ctx.person_role(alone, "quoted", Span(39, 56, TEXT[39:56]))
    names = {s.value for s in ctx.finish() if s.prop == "name"}
    assert names == {"Ann Wright"}


def test_empty_values_are_not_statements() -> None:
    ctx = context()
    ctx.emit("person-x", "Person", "title", None, (0, 3))
    ctx.emit("person-x", "Person", "title", "", (0, 3))
    assert ctx.statements == {}


# --- the property: quotes equal their spans -------------------------------------------------

BLOCKS = [
    "Minutes of the meeting of the Westmere Youth Justice Management Board\nHeld on 3 March 2021\n",
    "Present:\nAnn WrightHead of Community Safety (Chair)\nRaj Patel, Manager, Youth Offending Service\n",
    "Apologies:\nKim Ford, Councillor Dev Rao and Amy Cole\n",
    "Jo Fitz-Allen, Joint Assistant Director, said: \u201cWe are proud of the service.\u201d\n",
    "This inspection was led by HM Inspector Sian O'Neill, supported by a team.\n",
    "Contact Officer: Lee Moss, Democratic Services, 01632 960000\n",
    "| Lead Inspector | Ravi Shah |\n| Inspector | Nia Brook |\n",
    "The Cabinet Member for Children, Councillor Ann Hall, said the rating was fair.\n",
    "Copy to:\nChief Executive\tMark Eddy\n",
    "<i>Dame Freya Holt</i>\nHM Chief Inspector of Probation\n",
    "Ann WrightHead of Community Safety (Chair)\nLee Moss Admin Officer (Minutes)\n\nAlso invited\nIvan Petrov\n",
    "Jo Banks, Joint Assistant Director, Sam Lee and Inspectors Dev Rao and Amy Cole also attended for this item.\n",
    "Mia Stone, chair of the Westmere Youth Justice Board, said the board is chaired by Ken Oduya.\n",
    "Yours sincerely\n\nAnna Verity\nHM Inspector of Probation\nanna.verity@example.org\n",
    "Telephone enquiries to Omar Shah on 01632 960123\nReport author: Nia Brook, Service Manager\n",
    "1. Apologies for absence\nApologies were received from Councillors Hollis, O'Neill and Grant.\n",
]
MUTATIONS = st.sampled_from(["", " ", "  ", "\n", "\n\n", "\t", "**", "<i>", "</i>", "|", "-", ",", ".", "\u00a0"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    blocks = draw(st.lists(st.sampled_from(BLOCKS), min_size=1, max_size=6))
    text = "".join(blocks)
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(MUTATIONS) + text[at:]
    if draw(st.booleans()):
        text = text.upper()
    return text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_quote_is_its_span_of_the_text(text: str) -> None:
    if not text.strip():
        return
    result = load_document(Document.from_text("generated.txt", text))
    for statement in result.statements:
        assert 0 <= statement.start < statement.end <= len(text)
        assert text[statement.start:statement.end] == statement.quote


# --- the organisation of each involvement: as written beside the name, else as the relation and the paper imply ---

BOARD_NOTES = """BRACKWICK YOUTH OFFENDING TEAM
MANAGEMENT BOARD

NOTES OF MEETING: 22nd September 2021

ATTENDEES
Name\tRole\tOrganisation
Cllr Marta Kell\tChair\tBrackwick Borough Council
Hal Voss\tPA to Head of Service (minutes)\tBrackwick YOT
Ivo Sandor\tHead of Probation Delivery Unit\tProbation Service
Pia Lunn\tPerformance Analyst

APOLOGIES

Nina Odell, Designated Nurse, Brackwick CCG

1. Welcome
Dr Omar Reyes from the Brackwick CAMHS team joined the meeting for this item.
"""
PANEL_MINUTES = """BRACKWICK BOROUGH COUNCIL
MINUTES of a meeting of the Children and Families Scrutiny Panel held on 4 May 2022

Present: Councillor Ann Tabor (Chair), Councillors Rob Yale and Kay Dunn

Apologies: Councillor Lee Poole

3. Youth justice inspection
Joanne Ellery, Head of Youth Justice Partnerships, Ahmed Qasim and Bella Grint of the
Brackwick Clinical Commissioning Group also attended for this item.
"""
COUNCIL_NEWS = """Brackwick Council – Latest news

Praise for Brackwick's youth justice team

Posted on 2 May 2023

The Youth Justice Service was rated Good by HM Inspectorate of Probation.

Chair of the Brackwick Youth Justice Partnership Board, Detective Superintendent Neil Carrow, said: "We are proud."
"""
INSPECTORATE_NEWS = """HM Inspectorate of Probation
News

Brackwick youth justice services rated ‘Good’

Published: 3 March 2022

Notes to editors
1. For media enquiries, please contact press officer Rosa Gantry on 07700 900123.
"""
SERVICE, COUNCIL = "Brackwick Youth Offending Service", "Brackwick Council"
CCG = "Brackwick Clinical Commissioning Group"


@pytest.mark.parametrize(("text", "expected"), [
    (BOARD_NOTES, {  # a place no gazetteer lists, learned from the board's own title
        ("Marta Kell", "board_chair", SERVICE),  # the chair of the area's board, whoever employs her
        ("Marta Kell", "present_at_meeting", COUNCIL),  # the council as written, in its own column
        ("Hal Voss", "minute_taker", SERVICE), ("Hal Voss", "present_at_meeting", SERVICE),  # the row's last cell
        ("Ivo Sandor", "present_at_meeting", "Probation Service"),
        ("Pia Lunn", "present_at_meeting", SERVICE),  # a post and no body at the service's own board: its staff
        ("Nina Odell", "apologies", CCG),  # the area's body named in the post, in its short form
        ("Omar Reyes", "officer_attending", "Brackwick CAMHS"),  # 'from the X team' after the name
    }),
    (PANEL_MINUTES, {
        ("Ann Tabor", "panel_chair", COUNCIL), ("Ann Tabor", "present_at_meeting", COUNCIL),
        ("Rob Yale", "present_at_meeting", COUNCIL), ("Kay Dunn", "present_at_meeting", COUNCIL),
        ("Lee Poole", "apologies", COUNCIL),  # a councillor sits for the council
        ("Joanne Ellery", "officer_attending", COUNCIL),  # the council's officer at its own meeting
        ("Ahmed Qasim", "officer_attending", CCG), ("Bella Grint", "officer_attending", CCG),  # 'A and B of the X'
    }),
    (COUNCIL_NEWS, {("Neil Carrow", "board_chair", SERVICE), ("Neil Carrow", "quoted", SERVICE)}),
    (INSPECTORATE_NEWS, {("Rosa Gantry", "contact_officer", "HM Inspectorate of Probation")}),
])
def test_each_involvement_has_the_organisation_written_or_implied(text: str,
                                                                  expected: set[tuple[str, str, str]]) -> None:
    found = {(person, relation, organisation) for person, relation, _, organisation in involvements(text)}
    assert found == expected, f"missing {expected - found}; unexpected {found - expected}"


def test_a_double_surname_alone_is_the_person_named_in_full() -> None:
    text = "Graham Ashworth-Bell (Corporate Director) and Mr Ashworth-Bell"
    full, alone = find_names(text)
    assert (full.name, alone.name, alone.surname_only) == ("Graham Ashworth-Bell", "Ashworth-Bell", True)
    ctx = context(text)
    ctx.person_role(full, "present_at_meeting", Span(0, 20, text[:20]))
    ctx.person_role(alone, "quoted", Span(45, 62, text[45:62]))
    assert {s.value for s in ctx.finish() if s.prop == "name"} == {"Graham Ashworth-Bell"}


def test_a_forename_cut_off_is_not_the_end_of_a_surname_a_particle_joins() -> None:
    text = ("Idris ap Gwynfor (Head of Service) and Mr ap Gwynfor\n"
            "The Cabinet Member, Councillor Gwynfor\nTeague-Holloway, presented the report.\n")
    full, alone, cut = find_names(text)[:3]
    assert (alone.name, cut.name) == ("ap Gwynfor", "Gwynfor")
    ctx = context(text)
    ctx.person_role(full, "officer_attending", Span(full.start, full.end, full.name))
    ctx.person_role(alone, "quoted", Span(alone.start, alone.end, alone.name))
    ctx.person_role(cut, "cabinet_member", Span(cut.start, cut.end, cut.name))
    assert {s.value for s in ctx.finish() if s.prop == "name"} == {"Idris ap Gwynfor", "Gwynfor"}


def test_a_surname_alone_becomes_a_full_name_written_where_no_role_was_read() -> None:
    text = ("Portfolio:\tChildren – Councillor Bethan Rees-Tudor\n\n"
            "The Board is chaired by the Lead Member for Children, Councillor Rees-Tudor.\n")
    alone = [name for name in find_names(text) if name.surname_only][0]
    ctx = context(text)
    ctx.person_role(alone, "board_chair", Span(alone.start, alone.end, alone.name))
    assert {s.value for s in ctx.finish() if s.prop == "name"} == {"Bethan Rees-Tudor"}


def test_a_surname_alone_is_not_the_last_part_of_someone_elses_double_surname() -> None:
    text = """PENDRITH COUNCIL

Minutes of a meeting of the Children's Scrutiny Committee held on 3 June 2024

Present: Councillor A. Rhys (Chair); Councillors B. Tallis and C. Ffrench

Apologies: Councillor W.J. Hopkins-Bryce

5. Youth justice

Ms Bryce, Youth Offending Service Manager, presented the report.
"""
    rows = people_rows(load_text(text, "minutes.txt"))
    assert ("W.J. Hopkins-Bryce", "apologies") in rows
    assert ("W.J. Hopkins-Bryce", "officer_attending") not in rows


def test_a_speaker_with_no_post_speaks_in_the_post_the_record_lists_them_with() -> None:
    minutes = ("WESTMERE YOUTH JUSTICE MANAGEMENT BOARD\nMinutes – 5 June 2025\n\n"
               "In the chair —   Ann Wright, Director of Children's Services\n\n"
               "Guests —         Fenella Brathwaite-Oduya, Youth Justice Board Oversight Manager (for item 2)\n\n"
               "1   Inspection report\n    Fenella Brathwaite-Oduya said that the Youth Justice Board would expect a "
               "plan within 28 days.\n")
    quoted = {(role, org) for name, relation, role, org in involvements_of(minutes, "board.txt") if relation == "quoted"}
    assert quoted == {("Youth Justice Board Oversight Manager", "Youth Justice Board")}

OFFICERS_ELSEWHERE = """Westmere Youth Justice Plan 2022/23

Board membership:
Westmere Youth Justice Service      Oriel Fanshawe          Head of Youth Justice
Westmere Council                    Piers Lundqvist         Director of Children's Services

For further information contact Oriel Fanshawe on 01632 960 111.
"""


def test_a_body_written_once_is_the_persons_where_the_document_names_them_again() -> None:
    rows = {(person, relation, organisation) for person, relation, _, organisation in
            involvements_of(OFFICERS_ELSEWHERE, "westmere_youth_justice_plan.txt")}
    assert ("Oriel Fanshawe", "contact_officer", "Westmere Youth Offending Service") in rows, rows


OFFICER_BY_RANK = """Westmere Youth Justice Management Board
Minutes of the meeting of 4 May 2022

Present: Piers Lundqvist, Director of Children's Services (Chair); DI Ash Pemberly, Westfen Police.

Sent apologies: Ch Supt Rowena Tallis; Osric Vane.
"""


def test_an_officer_by_rank_alone_serves_the_one_police_force_the_document_names() -> None:
    rows = {(person, relation, organisation) for person, relation, _, organisation in
            involvements_of(OFFICER_BY_RANK, "board.txt")}
    assert ("Rowena Tallis", "apologies", "Westfen Police") in rows, rows
    assert ("Osric Vane", "apologies", None) in rows, rows


def test_a_registers_last_cell_over_a_police_seat_is_no_police_force() -> None:
    register = ("Chair ........ Mrs J. Arkwright ........ Yes\nPolice ....... Supt. Lindqvist ........ Apologies\n"
                "Probation officers met Westfen Police in May.\n")
    assert context(register).police_force == "Westfen Police"
    assert context(register.replace("Westfen Police", "the police")).police_force is None


def test_a_rows_name_cell_before_its_police_cell_is_no_police_force() -> None:
    table = "D/Supt Ayo Kestrel-Vane\tPolice\t\tApologies\nDI Bram Tolley   Police   Present\n"
    assert context(table).police_force is None
    assert context(table + "Officers of Westfen Police attended.\n").police_force == "Westfen Police"
    assert context("Members — Supt Jo Pell (Westfen\n          and Esk Police)\n").police_force == "Westfen and Esk Police"


CHAIRS_FOREWORD = """Westmere Youth Justice Plan 2023-24

Foreword

I am pleased to introduce this plan on behalf of the partnership.

Nell Ambrose
Corporate Director of People, Westmere Council
Chair, Westmere Youth Justice Management Board
"""


def test_a_boards_chair_signs_its_plan_as_its_chair() -> None:
    rows = {(person, relation, organisation) for person, relation, _, organisation in
            involvements_of(CHAIRS_FOREWORD, "westmere_youth_justice_plan.txt")}
    assert ("Nell Ambrose", "author", "Westmere Youth Offending Service") in rows, rows


INITIALLED_THEN_IN_FULL = """PENRHOS BOROUGH COUNCIL

MINUTES OF A MEETING OF THE CABINET
held on Monday 6 May 2024

PRESENT: Councillors G. TREMAYNE-HOLT (Children's Services) and K. ASHCROFT (Finance).

CAB/5/24  YOUTH JUSTICE INSPECTION

The Cabinet Member for Children's Services, Councillor Gwendolen Tremayne-Holt, presented the report.
"""


def test_a_councillor_listed_by_initial_is_the_one_the_minutes_name_in_full() -> None:
    rows = people_rows(load_text(INITIALLED_THEN_IN_FULL, "cabinet.txt"))
    assert ("Gwendolen Tremayne-Holt", "present_at_meeting") in rows
    assert not {name for name, _ in rows if name.startswith("G.")}
    assert ("K. Ashcroft", "present_at_meeting") in rows  # no full name to take


def test_initials_in_a_list_become_the_full_name_written_where_no_role_was_read() -> None:
    text = ("PRESENT: Councillor G. Morgan-Vale (Leader)\n\n"
            "The Leader, Councillor Gwenfair Morgan-Vale, thanked the staff.\n")
    listed = find_names(text)[0]
    assert listed.name == "G. Morgan-Vale"
    ctx = context(text)
    ctx.person_role(listed, "present_at_meeting", Span(listed.start, listed.end, listed.name))
    assert {s.value for s in ctx.finish() if s.prop == "name"} == {"Gwenfair Morgan-Vale"}


def test_the_next_person_of_a_list_is_no_ones_organisation() -> None:
    """'Inspectors: A, B and C' in a report's team: C is a colleague of B, not B's employer."""
    report = ("Inspection of youth justice services: Tollbridge\nAn inspection by HM Inspectorate of Probation\n\n"
              "Annex 1: Methodology\nThe inspection team\nLead inspector: Maren Oduwole-Fitch, HM Inspector\n"
              "Inspectors: Helen Varga, Martin Ashgrove-Penn and Zofia Kellerby\n")
    rows = involvements_of(report, "tollbridge_inspection.txt")
    team = {(person, organisation) for person, relation, _, organisation in rows if relation == "inspection_team"}
    assert {person for person, _ in team} == {"Helen Varga", "Martin Ashgrove-Penn", "Zofia Kellerby"}
    assert {organisation for _, organisation in team} == {"HM Inspectorate of Probation"}


def test_londons_force_in_a_london_boroughs_papers_serves_the_borough_the_gazetteer_lacks() -> None:
    """'London Borough of Quenby' heads the plan: the Metropolitan Police Service its board lists is the borough's
    force, linked to its area; in a paper of a borough that is no London one it is linked to none."""
    plan = """Quenby Youth Justice Plan 2023-24

London Borough of Quenby | Youth Justice Service

The Youth Justice Partnership Board meets every quarter.

Table 1: Board membership (June 2023)

| Name                      | Organisation / role                                          |
|---------------------------|--------------------------------------------------------------|
| Olamide Ferreira          | Independent Chair                                            |
| Det Supt Ifeoma Varga     | Metropolitan Police Service, North Area BCU                  |
"""
    areas = []
    for text in (plan, plan.replace("London Borough of", "Borough of")):
        result = load_document(Document.from_text("plan.txt", text))
        met = {s.entity for s in result.statements if s.schema == "Organisation" and s.value == "Metropolitan Police Service"}
        area_names = {s.entity: s.value for s in result.statements if s.schema == "Area" and s.prop == "name"}
        areas.append({area_names[s.value] for s in result.statements if s.entity in met and s.prop == "area"})
    assert areas == [{"Quenby"}, set()]


SEATS = """Inspection of youth offending work in Quillmoor
HM Inspectorate of Probation, 2013

We met Councillor Alaric Penhallow-Vance, Leader of Quillmoor Borough Council, and Cllr Ann Roe, Shadow Cabinet
Member for Children, at the start of the fieldwork.
"""

SEATS_AT_A_BOARD = """BRANTWICK YOUTH OFFENDING MANAGEMENT BOARD
Minutes of the meeting held on 3 May 2016

Present:
Mary Holloway-Pike, Director of Children's Services (Chair)
Cllr Petra Lindqvist, Portfolio Holder for Children and Families
Cllr Jo Hart, former Lead Member for Children

1. Minutes of the last meeting were agreed.
"""


def test_a_post_that_is_a_cabinets_seat_makes_its_holder_a_cabinet_member_whatever_their_part() -> None:
    report = people_rows(load_text(SEATS, "quillmoor_inspection_2013.txt"))
    assert ("Alaric Penhallow-Vance", "cabinet_member") in report
    assert ("Alaric Penhallow-Vance", "other") not in report  # named in passing: the seat is the part
    assert ("Ann Roe", "cabinet_member") not in report  # a shadow's post holds no seat
    board = people_rows(load_text(SEATS_AT_A_BOARD, "brantwick_board_minutes_2016.txt"))
    assert {("Petra Lindqvist", "present_at_meeting"), ("Petra Lindqvist", "cabinet_member")} <= board
    assert ("Jo Hart", "cabinet_member") not in board
