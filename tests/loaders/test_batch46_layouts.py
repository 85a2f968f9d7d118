"""Layouts of a blind batch's board minutes, each in a small fictional fixture: a list with no heading above a
paragraph of apologies, a table under a head row of its columns with no heading, a list run on as a paragraph surname
first in capitals, a post that opens with a police rank, a guest there for an item only, the meeting's date on a line
of its own, and a nation named in an item."""

from __future__ import annotations

from kg.loaders import attendance
from kg.loaders.text import lines
from tests.conftest import load_text, people_rows, role_rows

LIST_ABOVE_APOLOGIES = """\
EXAMPLESHIRE YOUTH OFFENDING SERVICE
MANAGEMENT BOARD

Minutes of the meeting held on Thursday 18 March 2010 at 2.00pm

Anna Bexley  Director of Children's Services (Chair)
Dev RangiHead of Youth Offending Service
Gavin Tolley Chief Superintendent, Examplefield District
Kate Wainwright   Head of Inclusion

Apologies were received from Lorna Keate (Housing Options) and from
the Head of Connexions.


1.    WELCOME AND INTRODUCTIONS

      The Chair welcomed members. The Westshire Police custody protocol was signed.
"""


def _organisations(result: object, relation: str) -> dict[str, str | None]:
    statements = result.statements  # type: ignore[attr-defined]
    names = {s.entity: s.value for s in statements if s.prop == "name"}
    rows: dict[str, dict[str, str]] = {}
    for s in statements:
        if s.schema == "Involvement" and s.prop in ("person", "relation", "organisation"):
            rows.setdefault(s.entity, {})[s.prop] = s.value
    return {names[r["person"]]: names.get(r.get("organisation", "")) for r in rows.values()
            if r.get("relation") == relation}


def test_a_list_with_no_heading_above_a_paragraph_of_apologies_is_those_present() -> None:
    result = load_text(LIST_ABOVE_APOLOGIES, "board.txt")
    rows = people_rows(result)
    for name in ("Anna Bexley", "Dev Rangi", "Gavin Tolley", "Kate Wainwright"):
        assert (name, "present_at_meeting") in rows
    assert ("Anna Bexley", "board_chair") in rows
    assert ("Lorna Keate", "apologies") in rows


def test_a_post_opening_with_a_police_rank_serves_the_one_force_the_document_names() -> None:
    present = _organisations(load_text(LIST_ABOVE_APOLOGIES, "board.txt"), "present_at_meeting")
    assert present["Gavin Tolley"] == "Westshire Police"
    for post in ("Chief Superintendent, Westmere District", "Ch Supt, District Commander",
                 "Detective Inspector, Public Protection Unit", "Supt Eastern BCU"):
        assert attendance.RANK_POST_RE.match(post)
    for post in ("Chief Executive", "Inspector of schools", "Director"):
        assert not attendance.RANK_POST_RE.match(post)


INITIALS_TABLE = """\
Exampleshire Youth Offending Service Management Board
26th April 2012, 10am - 12.30pm, The Boardroom, Exampleshire Town Hall


Initials\tName\tRole / Agency
AB\tAnna Bexley\tDirector of Children's Services - CHAIR
DR\tDev Rangi\tHead of YOS
KW\tKate Wainwright\tHead of Inclusion
RQ\tRuth Quayle\tHMI Probation (item 3 only)
TM\tTara Moss\tMinutes

Apols:  LK (Housing) | ZM (YJB - sent written update)

LK = Lorna Keate, ZM = Zara Mistry


Item\tDiscussion\tAction / by whom

1\tMinutes of 16.02.12 agreed.
2\tPerformance - DR said the figures had improved.
"""


def test_a_table_under_a_head_row_with_no_heading_is_those_present_and_a_guest_for_an_item_attends() -> None:
    result = load_text(INITIALS_TABLE, "board.txt")
    rows = people_rows(result)
    for name in ("Anna Bexley", "Dev Rangi", "Kate Wainwright"):
        assert (name, "present_at_meeting") in rows
    assert ("Anna Bexley", "board_chair") in rows
    assert ("Tara Moss", "minute_taker") in rows
    assert ("Ruth Quayle", "officer_attending") in rows
    assert ("Ruth Quayle", "present_at_meeting") not in rows


def test_apologies_by_initials_are_the_people_the_documents_key_to_them_names() -> None:
    rows = role_rows(load_text(INITIALS_TABLE, "board.txt"))
    assert ("Lorna Keate", "apologies", "Housing") in rows
    assert ("Zara Mistry", "apologies", "YJB - sent written update") in rows


def test_the_meetings_date_on_a_line_of_its_own_is_no_numbered_item() -> None:
    for date in ("26th April 2012, 10am - 12.30pm", "3 May 2010 at 2pm", "21st June 2012"):
        assert not attendance.is_item(lines(date)[0])
    for item in ("1. Welcome", "12 Minutes of the last meeting", "2.3 Performance"):
        assert attendance.is_item(lines(item)[0])


RUN_ON_CAPITALS = """\
Bwrdd Rheoli Gwasanaeth Cyfiawnder Ieuenctid Examplecwm
Examplecwm Youth Justice Service Management Board

Meeting:  Tuesday 24 January 2023, 14:00, hybrid

BEXLEY Anna Corporate Director Social Services (Chair / Cadeirydd);
RANGI Dev Head of YJS; WAINWRIGHT Cllr Kate Cabinet Member Social Services;
LLOYD-HOLT Carys Supt Eastern BCU; ASHWORTH Dr Megan Head of Children's
Therapies; MOSS Tara (notes)

Apologies:
Coslett A. - no substitute

Item 1 - Welcome
The Board agreed the protocol with the Probation Service in Wales.
"""


def test_a_list_run_on_surname_first_in_capitals_is_those_present() -> None:
    result = load_text(RUN_ON_CAPITALS, "board.txt")
    rows = role_rows(result)
    assert ("Anna Bexley", "present_at_meeting", "Corporate Director Social Services") in rows
    assert ("Dev Rangi", "present_at_meeting", "Head of YJS") in rows
    assert ("Kate Wainwright", "cabinet_member", "Cabinet Member Social Services") in rows
    assert ("Carys Lloyd-Holt", "present_at_meeting", "Supt Eastern BCU") in rows
    assert ("Megan Ashworth", "present_at_meeting", "Head of Children's Therapies") in rows
    people = people_rows(result)
    assert ("Anna Bexley", "board_chair") in people
    assert ("Tara Moss", "minute_taker") in people


def test_a_nation_named_in_an_item_is_not_the_area() -> None:
    present = _organisations(load_text(RUN_ON_CAPITALS, "board.txt"), "present_at_meeting")
    assert (present["Dev Rangi"] or "").startswith("Examplecwm Youth")


KINDS_OF_BODY = """\
EXAMPLESHIRE YOUTH OFFENDING SERVICE
MANAGEMENT BOARD

Minutes of the meeting held on Thursday 18 March 2010

Anna Bexley  Director of Children's Services (Chair)
Colm Threadgold Assistant Chief Officer
Megan Ashby   Head of Children's Therapies
Carys Hale    Supt Eastern BCU
Tom Yardley   Principal Youth Worker

Apologies were received from Lorna Keate (Housing Options).

1.    WELCOME

      The protocol with the Westshire Probation Trust was agreed. Ferndale University Health Board
      and Heddlu Dyffryn Teg were thanked.
"""


def test_a_post_of_a_kind_of_body_serves_the_one_body_of_that_kind_the_document_names() -> None:
    present = _organisations(load_text(KINDS_OF_BODY, "board.txt"), "present_at_meeting")
    assert present["Colm Threadgold"] == "Westshire Probation Trust"
    assert present["Megan Ashby"] == "Ferndale University Health Board"
    assert present["Carys Hale"] == "Heddlu Dyffryn Teg"  # 'Police' in Welsh
    assert present["Tom Yardley"] == "Exampleshire Council"  # a youth worker is the council's youth service's


SIDE_BY_SIDE = """\
EXAMPLECWM YOUTH JUSTICE SERVICE

BWRDD RHEOLI / MANAGEMENT BOARD

COFNODION / MINUTES
Date: 27 November 2019

Anna Bexley           Corporate Director,        Dev Rangi             Head of Youth Justice
(Cadeirydd / Chair)   Social Services &                                Service
                      Wellbeing                   Supt Carys            Superintendent, Eastern
Cllr Kate Wainwright  Cabinet Member,             Lloyd-Holt            BCU
                      Social Services             Dr Megan Ashby        Head of Children's
Huw Pennant           Chief Education                                  Therapies
                      Officer                     Tara Moss             Support Officer (notes)

Ymddiheuriadau / Apologies
  - Gwen Rhys-Bowen, Head of Housing Solutions
  - Youth Court Legal Adviser (no nominee)
  - Andrew Coslett, Service Manager Children's Services - sent
    Beth Jarrow (Team Manager, Safeguarding) in his place

1.  WELCOME AND APOLOGIES

    The Chair welcomed members.
"""


def test_two_lists_side_by_side_each_a_column_of_names_and_one_of_posts_wrapped_are_those_present() -> None:
    result = load_text(SIDE_BY_SIDE, "board.txt")
    rows = role_rows(result)
    assert ("Anna Bexley", "present_at_meeting", "Corporate Director, Social Services & Wellbeing") in rows
    assert ("Dev Rangi", "present_at_meeting", "Head of Youth Justice Service") in rows
    assert ("Carys Lloyd-Holt", "present_at_meeting", "Superintendent, Eastern BCU") in rows
    assert ("Kate Wainwright", "cabinet_member", "Cabinet Member, Social Services") in rows
    assert ("Megan Ashby", "present_at_meeting", "Head of Children's Therapies") in rows
    assert ("Huw Pennant", "present_at_meeting", "Chief Education Officer") in rows
    people = people_rows(result)
    assert ("Anna Bexley", "board_chair") in people
    assert ("Tara Moss", "minute_taker") in people


def test_who_came_in_an_apologising_members_place_is_a_deputy_present_and_a_bullet_alone_is_no_post() -> None:
    result = load_text(SIDE_BY_SIDE, "board.txt")
    people = people_rows(result)
    assert ("Beth Jarrow", "standing_deputy") in people
    assert ("Beth Jarrow", "present_at_meeting") in people
    assert ("Beth Jarrow", "apologies") not in people
    rows = role_rows(result)
    assert ("Andrew Coslett", "apologies", "Service Manager Children's Services") in rows
    assert ("Gwen Rhys-Bowen", "apologies", "Head of Housing Solutions") in rows
    run_on = load_text(RUN_ON_CAPITALS.replace("Coslett A. - no substitute",
                                               "Pennant H. (CEO Education) - Dafydd Lewis, Senior Inclusion Officer, attended\n"
                                               "in his place"), "board.txt")
    people = people_rows(run_on)
    assert ("Dafydd Lewis", "standing_deputy") in people
    assert ("Dafydd Lewis", "present_at_meeting") in people
    assert ("H. Pennant", "apologies") in people
    assert ("H. Pennant", "standing_deputy") not in people


SCRUTINY_COLUMNS = """\
EXAMPLESHIRE BOROUGH COUNCIL

CHILDREN'S SERVICES SCRUTINY PANEL

MINUTES of a meeting held in the Council Chamber on Tuesday 14 September 2010


Councillors:                              Officers:
  J Sowter (Chair)                          M Hasling      - Director of Children's
  I Bashford (Vice-Chair)                                    Services
  P Dunmow                                  D Ferrand      - Head of Youth Offending
  K Warley                                                   Service
                                            P Anstead      - Democratic Services Officer

21.   APOLOGIES FOR ABSENCE

      Apologies for absence were submitted on behalf of Councillor L Feeny.
"""


def test_two_lists_side_by_side_under_headings_with_their_colons_are_each_their_own_list() -> None:
    people = people_rows(load_text(SCRUTINY_COLUMNS, "scrutiny.txt"))
    for name in ("M Hasling", "D Ferrand", "P Anstead"):
        assert (name, "officer_attending") in people
        assert (name, "present_at_meeting") not in people
    for name in ("J Sowter", "P Dunmow", "K Warley"):
        assert (name, "present_at_meeting") in people


def test_a_deputy_sits_for_their_own_body_and_a_minute_taker_with_no_body_is_the_services() -> None:
    minutes = _organisations(load_text(SIDE_BY_SIDE, "board.txt"), "minute_taker")
    assert (minutes["Tara Moss"] or "").startswith("Examplecwm Youth")
    deputised = load_text(RUN_ON_CAPITALS.replace("Coslett A. - no substitute",
                                                  "Pennant H. (CEO Education) - Dafydd Lewis, Senior Inclusion Officer, attended\n"
                                                  "in his place"), "board.txt")
    deputies = _organisations(deputised, "standing_deputy")
    assert deputies["Dafydd Lewis"] == _organisations(deputised, "present_at_meeting")["Dafydd Lewis"]
    assert not (deputies["Dafydd Lewis"] or "").startswith("Examplecwm Youth")


def test_a_member_listed_in_full_is_quoted_where_named_by_initial_and_surname() -> None:
    text = LIST_ABOVE_APOLOGIES.replace("The Chair welcomed members.",
                                        "The Chair welcomed members. D Rangi said the gap had narrowed.")
    assert ("Dev Rangi", "quoted") in people_rows(load_text(text, "board.txt"))


def test_apologies_parted_by_bars_over_lines_are_each_an_entry() -> None:
    text = RUN_ON_CAPITALS.replace("Coslett A. - no substitute",
                                   "Pennant H. (CEO Education) - Dafydd Lewis, Senior Inclusion Officer, attended\n"
                                   "in his place  |  Coslett A. - no substitute  |  Cllr Rhian Gwill (observer) -\n"
                                   "apologies by e-mail after the meeting had started")
    people = people_rows(load_text(text, "board.txt"))
    assert ("H. Pennant", "apologies") in people
    assert ("A. Coslett", "apologies") in people
    assert ("Rhian Gwill", "apologies") in people
    assert ("Dafydd Lewis", "standing_deputy") in people
