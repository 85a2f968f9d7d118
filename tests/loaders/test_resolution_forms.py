"""People and their organisations across documents, in small fictional fixtures: a report whose title block sets the
place on a line of its own under the title; a document whose own area was not read, placed by the one area of the
local bodies it names; a body's cell with a note in brackets after it ('(GP attending)'), beside a rank that says
'Chief Inspector'."""

from __future__ import annotations

from kg.names import find_names, name_key
from kg.resolve import mentions, resolve
from kg.statements import Statement
from tests.conftest import load_text, organisation_rows


def _people(statements: list[Statement], name: str) -> dict[str, str]:
    """The person each document's mention of a name became."""
    resolution = resolve(statements)
    return {s.document: resolution.canonical[s.entity] for s in statements
            if s.schema == "Person" and s.prop == "name" and name_key(s.value) == name_key(name)}


TITLE_BLOCK = """                    HMI PROBATION
           Full Joint Inspection of Youth Offending Work

                      {place}
                  Report published: March 2012

FOREWORD

We examined 48 cases.

Copy to:
Amelia Tarrant          Chair of the YOS Management Board
Howard Bellweather      YOS Manager
"""
BOARD_MINUTES = """Dunmere Vale Youth Offending Service Management Board
Minutes of the meeting held on 14 November 2011

Present:
Amelia Tarrant (Chair), Director of Children's Services, Dunmere Vale Council
Howard Bellweather, YOS Manager, Dunmere Vale Youth Offending Service

1. Minutes of the last meeting
The minutes were agreed.
"""


def test_a_place_on_a_line_of_its_own_under_the_reports_title_is_its_area() -> None:
    for place, area in (("DUNMERE VALE", "Dunmere Vale"), ("Dunmere Vale", "Dunmere Vale")):
        result = load_text(TITLE_BLOCK.format(place=place), "dunmere_fji_2012.txt")
        statements = result.statements
        areas = {s.entity: s.value for s in statements if s.schema == "Area" and s.prop == "name"}
        assert {areas.get(s.value) for s in statements if s.schema == "Document" and s.prop == "area"} == {area}
        assert organisation_rows(result)[("Amelia Tarrant", "board_chair")] == "Dunmere Vale Youth Offending Service"


def test_the_service_manager_of_a_report_titled_so_is_the_one_of_the_boards_minutes() -> None:
    statements = (load_text(TITLE_BLOCK.format(place="DUNMERE VALE"), "dunmere_fji_2012.txt").statements
                  + load_text(BOARD_MINUTES, "dunmere_board_2011.txt").statements)
    people = _people(statements, "Howard Bellweather")
    assert set(people) == {"dunmere_fji_2012.txt", "dunmere_board_2011.txt"}
    assert len(set(people.values())) == 1, people


def test_a_line_under_the_title_in_lower_case_is_no_place() -> None:
    text = TITLE_BLOCK.replace("                      {place}\n", "in the community\n")
    statements = load_text(text, "fji.txt").statements
    assert not [s for s in statements if s.schema == "Document" and s.prop == "area"]


def _statement(document: str, schema: str, entity: str, prop: str, value: str) -> Statement:
    return Statement(document=document, document_id=document, schema=schema, entity=entity, prop=prop, value=value,
                     quote=value, start=0, end=len(value), extractor="fixture")


def _mention_statements(document: str, person: str, *organisations: str, area: str | None = None,
                        relation: str = "present_at_meeting") -> list[Statement]:
    rows = [_statement(document, "Person", f"{document}-p", "name", person),
            _statement(document, "Involvement", f"{document}-i", "person", f"{document}-p"),
            _statement(document, "Involvement", f"{document}-i", "relation", relation)]
    for number, body in enumerate(organisations):
        rows += [_statement(document, "Organisation", f"{document}-o{number}", "name", body),
                 _statement(document, "Involvement", f"{document}-i", "organisation", f"{document}-o{number}")]
    if area:
        rows += [_statement(document, "Document", document, "area", f"{document}-a"),
                 _statement(document, "Area", f"{document}-a", "name", area)]
    return rows


def test_a_document_of_no_area_read_is_of_the_one_area_of_the_local_bodies_it_names() -> None:
    one = _mention_statements("minutes.txt", "Eluned Prys", "Dunmere Vale County Council", "HM Inspectorate of Probation")
    two = _mention_statements("minutes.txt", "Eluned Prys", "Dunmere Vale Council", "Carrow Bay Council")
    placed = _mention_statements("plan.txt", "Eluned Prys", area="Dunmere Vale")
    assert [m.area for m in mentions(one)] == ["Dunmere Vale"]
    assert [m.area for m in mentions(two)] == [None]  # two areas' councils: no one area
    assert [m.area for m in mentions(placed)] == ["Dunmere Vale"]


ATTENDANCE = """Westmere Youth Justice Management Board
Minutes of meeting held Thursday 23 January 2020, 14:00-16:00

Name\tInitials\tRepresenting
Jo Bloggs (Chair)\tJB\tDirector of Children's Services, Westmere Council
Supt Gary Pell\tGP\tNorthshire Constabulary

Apologies\t
Chief Inspector Dan Sayle\tDS\tNorthshire Constabulary (GP attending)
Kim Oduya\tKO\tNHS Westmere (deputy sent)
Ravi Mehta\tRM\tWestmere Council (YOS)

1.  Welcome
"""


def test_a_bodys_cell_with_a_note_in_brackets_is_the_body() -> None:
    found = organisation_rows(load_text(ATTENDANCE, "westmere_board_minutes.txt"))
    assert found[("Dan Sayle", "apologies")] == "Northshire Constabulary"  # a police rank, not the inspectorate
    assert found[("Kim Oduya", "apologies")] == "NHS Westmere"


def _one_person(statements: list[Statement], name: str) -> bool:
    return len(set(_people(statements, name).values())) == 1


def test_a_full_name_in_a_document_of_no_area_is_the_one_person_the_other_documents_place() -> None:
    plan = _mention_statements("plan.txt", "Eluned Prys", "Dunmere Vale Youth Justice Service", area="Dunmere Vale")
    board = _mention_statements("board.txt", "Eluned Prys", area="Dunmere Vale")
    minutes = _mention_statements("minutes.txt", "Eluned Prys")  # read as news: no area, nothing beside the name
    assert _one_person(plan + board + minutes, "Eluned Prys")
    # namesakes of two areas: the unplaced mention bridges neither
    other = _mention_statements("other.txt", "Eluned Prys", "Carrow Bay Youth Justice Service", area="Carrow Bay")
    people = _people(plan + other + minutes, "Eluned Prys")
    assert len(set(people.values())) == 3, people
    # an organisation written beside the name places it: no bridge by the name alone
    inspector = _mention_statements("news.txt", "Eluned Prys", "HM Inspectorate of Probation")
    assert not _one_person(plan + inspector, "Eluned Prys")
    # a mere quote in a newspaper of no area may be a namesake's
    quote = _mention_statements("quote.txt", "Eluned Prys", relation="quoted")
    assert not _one_person(plan + board + quote, "Eluned Prys")


OFFICERS = """Westmere Council

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

Minutes of the meeting held on Thursday 19 May 2016

  Officers in attendance:
  Rhodri Maelor Jenkins  Corporate Director Education and Social Services
  Gwenllian Prydderch    Head of Youth Offending Service
  Aled Wyn Roberts       Head of Finance

1.  DECLARATIONS OF INTEREST
"""


def test_a_middle_name_the_lexicon_lacks_is_kept_where_the_surname_ends_the_cell() -> None:
    names = {s.value for s in load_text(OFFICERS, "westmere_scrutiny.txt").statements
             if s.schema == "Person" and s.prop == "name"}
    assert {"Rhodri Maelor Jenkins", "Gwenllian Prydderch", "Aled Wyn Roberts"} <= names
    assert "Rhodri Maelor" not in names
    assert [n.name for n in find_names("Jane Edmends Housing  Officer")] == ["Jane Edmends"]  # a body's word ends it
    assert "Fenwick Vale Gazette" not in [n.name for n in find_names("Fenwick Vale Gazette  |  News")]  # a paper


REGISTER = """Westmere Youth Offending Team Management Board
Meeting held 24th January 2013, 9.30am

ATTENDANCE REGISTER
Jo Bloggs Director of Children's Services (Chair)                 [P]
Ray Goodwin Superintendent Northshire Constabulary                [P]
Dan Hale Ch Supt Northshire Police                                [A]
   P = present   A = apologies

1. Apologies - Dan Hale.
"""


def test_a_rank_run_into_the_forces_name_is_no_part_of_the_force() -> None:
    found = organisation_rows(load_text(REGISTER, "westmere_board_minutes.txt"))
    assert found[("Ray Goodwin", "present_at_meeting")] == "Northshire Constabulary"
    assert "Superintendent" not in " ".join(found.values())
