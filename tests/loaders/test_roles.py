"""The organisation a role implies, and organisations written where a role goes."""

from __future__ import annotations

import pytest

from kg.loaders.roles import (
    is_organisation_name,
    organisation_after_name,
    organisation_cell,
    organisation_for_role,
    post_and_body,
    post_written,
    wrapped_post,
)
from kg.loaders.text import Span
from tests.conftest import load_text


def test_a_police_force_in_a_role_is_the_organisation() -> None:
    assert organisation_for_role("Chief Inspector, Westmere Constabulary", "Westmere") == "Westmere Constabulary"
    assert organisation_for_role("Westmere Police", "Westmere") == "Westmere Police"
    assert is_organisation_name("Westmere Police") and is_organisation_name("HMI Probation")
    assert not is_organisation_name("Head of Community Safety")


def test_a_bodys_own_name_in_place_of_a_role_is_the_organisation() -> None:
    assert organisation_for_role("Tenant Working Group", "Westmere", default="Westmere Council") == \
        "Tenant Working Group"


def test_service_and_council_roles_name_the_areas_organisations_as_the_gazetteer_does() -> None:
    assert organisation_for_role("YOS Manager", "Havering") == "Havering Youth Offending Service"
    assert organisation_for_role("Local Authority Chief Executive", "Havering") == "London Borough of Havering"
    assert organisation_for_role("Police and Crime Commissioner", "Sandwell") == \
        "Office of the Police and Crime Commissioner for West Midlands"



def test_a_council_or_the_probation_service_named_in_full_in_a_post_is_its_body() -> None:
    assert organisation_for_role("Head of Housing, Tamsford District Council", "Dunmoor") == "Tamsford Council"
    assert organisation_for_role("Head of Probation Delivery Unit, National Probation Service (Dunmoor)", "Dunmoor") \
        == "National Probation Service"
    assert organisation_for_role("Head of Probation Delivery Unit", "Dunmoor") == "Probation Service"
    # a post run into its council's name, the line break between them lost, names no other council
    assert organisation_for_role("Director of Children's Services Dunmoor Council", "Dunmoor") == "Dunmoor Council"


MINUTES = """YOS MANAGEMENT BOARD
12th May 2011
Present:
Helen Marsh YOS Manager
Tobias Wren Head of Community Safety (Chair)
Colin DarbyWestmere Police (on behalf of Ruth Ellery)
Apologies:
Ruth Ellery Chief Inspector, Westmere Police
1. Minutes of the last meeting were agreed.
"""


def involvements(text: str) -> set[tuple[str, str, str | None, str | None]]:
    """(person, relation, role, organisation) rows of a fixture read as a board's papers."""
    return involvements_of(text, "board.txt")


def involvements_of(text: str, file_name: str) -> set[tuple[str, str, str | None, str | None]]:
    """(person, relation, role, organisation) rows of a fixture loaded under this file name."""
    statements = load_text(text, file_name).statements
    names = {s.entity: s.value for s in statements if s.schema == "Person" and s.prop == "name"}
    orgs = {s.entity: s.value for s in statements if s.schema == "Organisation" and s.prop == "name"}
    props: dict[str, dict[str, str]] = {}
    for s in statements:
        if s.schema == "Involvement":
            props.setdefault(s.entity, {})[s.prop] = s.value
    return {(names[p["person"]], p["relation"], p.get("role"), orgs.get(p.get("organisation", ""))) for p in
            props.values()}


def test_a_name_before_yos_manager_is_never_an_area_and_a_force_after_a_name_is_no_role() -> None:
    statements = load_text(MINUTES, "board.txt").statements
    areas = {s.value for s in statements if s.schema == "Area" and s.prop == "name"}
    organisations = {s.value for s in statements if s.schema == "Organisation" and s.prop == "name"}
    assert not areas, "the minutes name no place: no area, least of all 'Helen Marsh'"
    assert not any("Helen" in o for o in organisations), organisations
    rows = involvements(MINUTES)
    assert ("Colin Darby", "present_at_meeting", None, "Westmere Police") in rows
    assert ("Ruth Ellery", "apologies", "Chief Inspector", "Westmere Police") in rows  # the body is no part of the post


RELEASE = """Westmere youth offending service praised by inspectors

Published 4 May 2016

Assistant chief inspector Dora Finch says: "The service knows its children well."

Ms Finch concludes: "We were impressed."
"""


def test_a_post_written_before_a_name_is_kept_for_the_later_mentions() -> None:
    rows = {row for row in involvements(RELEASE) if row[1] == "quoted"}
    assert rows == {("Dora Finch", "quoted", "Assistant chief inspector", "HM Inspectorate of Probation")}


NEWS = """Brindlecombe Council news

Published 3 June 2022

Inspectors praise youth justice work

Cllr Morwenna Tretheway, cabinet member for children, young people and
families at Brindlecombe Borough Council, said: "We accept the findings."

Councillor Tretheway, Cabinet Member for Children, Young People and Families, added: "Our staff are committed."
"""


def test_a_post_cut_or_shortened_in_one_mention_is_the_whole_post_written_in_another() -> None:
    """'cabinet member for children' (a reading cut at the comma) and the post without the council are the start of
    the post written whole: one row a relation, not four roles for one seat."""
    rows = involvements(NEWS)
    whole = "cabinet member for children, young people and families at Brindlecombe Borough Council"
    assert {(relation, role) for _, relation, role, _ in rows} == {("cabinet_member", whole), ("quoted", whole)}


NEWS_WRAPPED = """Westmere Council news

Also present: Councillor Alys Penhale, Cabinet Member for Children and
Young People, who said: "The plan is working."
"""

SIGN_OFF = """L. FARROW                                   Cllr M. QUILLER
Chair, Westmere Youth Justice Board         Executive Member, Children and
Corporate Director, People                  Families
"""

PRESENT = """Present:
Councillor T Vane, Cabinet Member for
Councillor K Oduya (Vice-Chair)
"""


def post_after(text: str, post: str) -> str:
    at = text.index(post)
    return wrapped_post(text, post, Span(at, at + len(post), post))[0]


def test_a_post_cut_by_the_lines_end_goes_on_with_the_next_lines_words_unless_they_are_anothers() -> None:
    """'Cabinet Member for Children and' / 'Young People' is one post; the list's next person ('Councillor K Oduya')
    and a left column's words ('Corporate Director') are not its end."""
    roles = {(person, role) for person, _, role, _ in involvements(NEWS_WRAPPED)}
    assert ("Alys Penhale", "Cabinet Member for Children and Young People") in roles
    assert post_after(NEWS_WRAPPED, "Cabinet Member for Children and") == "Cabinet Member for Children and Young People"
    # a right column's post goes on in its column below, not with the left column's words
    assert post_after(SIGN_OFF, "Executive Member, Children and") == "Executive Member, Children and Families"
    run_past = SIGN_OFF.replace("Corporate Director, People                  Families",
                                "Corporate Director, People and Communities Directorate")
    assert post_after(run_past, "Executive Member, Children and") == "Executive Member, Children and"
    # a form's tabbed column: its lines' tabs line the post's words up below it
    tabbed = "Report of:\tDirector of People\nCabinet Member:\tCouncillor Ann Roe, Cabinet Member for Children and\n" \
             "\t\tYoung People\nWards:\t\tAll\n"
    assert post_after(tabbed, "Cabinet Member for Children and") == "Cabinet Member for Children and Young People"
    assert post_after(PRESENT, "Cabinet Member for") == "Cabinet Member for"
    # the article the post's reader left at the line's end comes along
    deputy = "Ann Roe JP attended as deputy for the\nChair of the Brackwater Youth Bench.\n"
    assert post_after(deputy, "deputy for") == "deputy for the Chair of the Brackwater Youth Bench"


BOXED_FORM = """+--------------------------------------------------------------------+
|                    BRACKWATER BOROUGH COUNCIL                      |
+--------------------------------------------------------------------+
| Date of meeting:   | 4 March 2021                                  |
| Cabinet Member:    | Councillor Hana Fell, Cabinet Member for      |
|                    | Children and Families                         |
| Report author:     | Tom Reddy, Head of Youth Justice Service      |
+--------------------------------------------------------------------+
"""

SIDE_BY_SIDE = """Brackwater Borough Council
CHILDREN'S SCRUTINY PANEL

Members present                              Also attending
Councillor H Tull (Chair)                    Councillor R Vane, Cabinet Member for
Councillor J Oduya (Vice-Chair)                Children's Services
Councillor D Marr                            T Reddy, Head of Youth Justice Service
"""


def test_a_post_cut_at_a_boxed_cells_edge_goes_on_in_the_cell_below() -> None:
    assert post_after(BOXED_FORM, "Cabinet Member for") == "Cabinet Member for Children and Families"
    roles = {(person, role) for person, relation, role, _ in involvements(BOXED_FORM) if relation == "cabinet_member"}
    assert len(roles) == 1 and all(person == "Hana Fell" and role and role.endswith("Cabinet Member for Children and Families")
                                   for person, role in roles), roles


def test_the_name_below_a_cut_post_is_not_its_holder() -> None:
    # the right column's 'Cabinet Member for' over the left column's next councillor made him a cabinet member
    cabinet = {person for person, relation, _, _ in involvements(SIDE_BY_SIDE) if relation == "cabinet_member"}
    assert cabinet == {"R Vane"}


APOLOGIES_WRAPPED = """Westmere Youth Justice Management Board

Minutes of the meeting held on 9 March 2022

Present: Ann Wright (Chair); Raj Patel (Head of Service)

Apologies
Marian Olde (Chair, Westmere Youth Court Bench); Iwan Tegid (Deputy Police and Crime
Commissioner) - no substitute

1. Minutes
The minutes were agreed.
"""


def test_a_post_read_from_inside_a_bracket_ends_with_the_bracket() -> None:
    """'(Deputy Police and Crime' / 'Commissioner) - no substitute': the bracket's words are the post, not the note
    after it; a bracket that only marks the minute taker gives way to the post after it."""
    assert ("Iwan Tegid", "apologies", "Deputy Police and Crime Commissioner",
            "Office of the Police and Crime Commissioner for Westmere") in involvements(APOLOGIES_WRAPPED)
    assert post_written("minutes), Business Support, YJS") == "Business Support, YJS"
    assert post_written("Head of Service (YOS)") == "Head of Service (YOS)"


def test_a_police_rank_is_not_the_inspectorate_and_a_local_boards_chair_is_the_areas() -> None:
    assert organisation_for_role("Detective Chief Inspector", "Northshire") is None
    assert organisation_for_role("Chief Inspector of Probation", None) == "HM Inspectorate of Probation"
    local = organisation_for_role("Chair, Youth Justice Board", "Northshire")
    assert local is not None and local.startswith("Northshire")
    assert organisation_for_role("Chair of the Youth Justice Board for England and Wales", "Northshire") == \
        "Youth Justice Board"


def test_the_organisation_after_a_name_written_after_its_post_is_the_persons() -> None:
    minutes = ("Minutes of the meeting of the Northshire Youth Justice Management Board held on 3 May 2023\n\n"
               "Present: Ann Wright (Chair); Chief Inspector Ben Kerr (Northshire Police); Kim Ford (Probation)\n\n"
               "1. Welcome\n")
    assert ("Ben Kerr", "present_at_meeting", "Chief Inspector", "Northshire Police") in involvements(minutes)


def test_posts_written_before_each_name_in_a_sentence_of_those_present() -> None:
    minutes = ("Northshire County Council\nMinutes of the meeting of the Children's Scrutiny Panel held on 3 May 2023\n\n"
               "Present: Councillors Ann Wright (Chair) and Raj Patel\n\n1. Youth justice\n\n"
               "Also present were the Director of Children's Services, Ms Kim Ford, and the YOS Manager, Mr Dev Rao.\n")
    roles = {(name, role) for name, relation, role, _ in involvements(minutes) if relation == "officer_attending"}
    assert roles == {("Kim Ford", "Director of Children's Services"), ("Dev Rao", "YOS Manager")}


@pytest.mark.parametrize(("role", "organisation"), [
    ("Youth Policy Unit, Ministry of Justice", "Ministry of Justice"),
    ("Criminal Justice Policy Directorate – Ministry of Justice", "Ministry of Justice"),
    ("Head of Partnerships (Youth Justice Board)", "Youth Justice Board"),
])
def test_an_organisation_written_after_the_post_is_the_persons(role: str, organisation: str) -> None:
    assert organisation_for_role(role, "Northshire") == organisation


@pytest.mark.parametrize(("role", "organisation"), [
    ("who chairs the Youth Justice Partnership Board", "Brackwick Youth Offending Service"),
    ("Director of Children's Services and chair of the youth justice partnership", "Brackwick Council"),
    ("Youth Justice Board oversight manager", "Youth Justice Board"),  # a role opening with a body's name
    ("Head of Secondary Education", "Brackwick Council"),
    ("Head of Probation Delivery Unit", "Probation Service"),
    ("Head of PDU, Brackwick", "Probation Service"),  # the unit in letters, the area after it
    ("Designated Nurse, Brackwick CCG", "Brackwick Clinical Commissioning Group"),
    ("Magistrate, Brackwick Bench", "Brackwick Bench"),  # the bench as written, not one made up for the area
    ("Designated Nurse", None),
])
def test_the_organisation_a_role_names_or_implies_in_an_area_the_gazetteer_lacks(role: str,
                                                                                 organisation: str | None) -> None:
    assert organisation_for_role(role, "Brackwick") == organisation


def test_a_body_beside_a_name_or_in_a_rows_last_cell() -> None:
    text = "Jodie Marsh (YJB) – observing; Inspector Cal Moor [Brackwick Police]; Amy Roe and Mr B. Dale of the Oak Group."
    after = {name: organisation_after_name(text, text.index(name) + len(name), "Brackwick")
             for name in ("Jodie Marsh", "Cal Moor", "Amy Roe", "B. Dale")}
    assert after == {"Jodie Marsh": "YJB", "Cal Moor": "Brackwick Police", "Amy Roe": "Oak Group", "B. Dale": "Oak Group"}
    assert organisation_cell("Hal Voss\tPA to Head of Service (minutes)\tBrackwick YOT", "Brackwick") == "Brackwick YOT"
    assert organisation_cell("| Ann Lee | Brackwick Council | Present |", "Brackwick") is None  # a status, no body
    assert organisation_cell("Ann Lee, Brackwick Council", "Brackwick") is None  # one cell: no table


def test_a_councils_director_of_safeguarding_is_the_councils() -> None:
    assert organisation_for_role("Assistant Director, Safeguarding and Quality Assurance", "Pendrith") == \
        "Pendrith Council"
    assert organisation_for_role("Safeguarding Board Business Manager", "Pendrith") == \
        "Pendrith Local Safeguarding Children Board"


def test_a_director_of_public_health_is_the_councils() -> None:
    assert organisation_for_role("Director of Public Health", "Pendrith") == "Pendrith Council"


def test_a_metropolitan_borough_council_by_its_initials_and_a_councils_corporate_director() -> None:
    assert organisation_for_role("Head of Inclusion, Northmoor MBC", "Northmoor") == \
        "Northmoor Metropolitan Borough Council"
    assert organisation_for_role("Corporate Director, People", "Northmoor") == "Northmoor Council"


def test_posts_that_imply_the_council_the_inspectorate_or_a_trust() -> None:
    """A head of youth justice and more heads a council division; the head of the inspection programme is the
    inspectorate's; an NHS trust is named by its place and service, whatever the area."""
    assert organisation_for_role("Head of Youth Justice and Prevention", "Westmere") == "Westmere Council"
    assert organisation_for_role("Head of Youth Justice and Prevention Service", "Westmere") is None
    assert organisation_for_role("Virtual School Head (item 5)", "Westmere") == "Westmere Council"
    assert organisation_for_role("Head of Youth Inspection Programme", "Westmere") == "HM Inspectorate of Probation"
    assert organisation_for_role("Therapist, Fellmoor Community Health NHS Trust (item 4)", "Westmere") == \
        "Fellmoor Community Health NHS Trust"


@pytest.mark.parametrize(("text", "name", "body"), [
    ("Inspector Jo Brennock and Sergeant\nAl Dewhurst of Wolds and Fenby Police attended.", "Brennock",
     "Wolds and Fenby Police"),
    ("Inspector Jo Brennock and Sergeant\nAl Dewhurst of Wolds and Fenby Police attended.", "Dewhurst",
     "Wolds and Fenby Police"),
    ("Inspector Jo Brennock of Fenby Police and Dr Una Vell, Psychologist, attended.", "Brennock", "Fenby Police"),
    ("Chief Inspector Jo Brennock, Fenby\nPolice (item 3).", "Brennock", "Fenby Police"),
])
def test_a_body_written_after_a_name(text: str, name: str, body: str) -> None:
    assert organisation_after_name(text, text.index(name) + len(name), "Westmere") == body


def test_two_posts_parted_by_a_semicolon_belong_to_the_first_posts_body() -> None:
    assert organisation_for_role("Corporate Director, Social Services; Chair, Westmere Youth Justice Management Board",
                                 "Westmere") == "Westmere Council"


@pytest.mark.parametrize(("role", "expected"), [
    ("Head of Service, Northshire Council", ("Head of Service", "Northshire Council")),
    ("Chief Inspector, Northshire Police", ("Chief Inspector", "Northshire Police")),
    ("Chair, Northshire Bench", ("Chair, Northshire Bench", None)),  # a chair's post names what it chairs
    ("Detective Chief Inspector, Safeguarding", ("Detective Chief Inspector, Safeguarding", None)),
    ("Head of Service", ("Head of Service", None)),
    ("Team Manager – Northshire Youth Justice Service", ("Team Manager", "Northshire Youth Justice Service")),
    ("Probation - Senior Probation Officer", ("Senior Probation Officer", "Probation Service")),  # the body first
    ("Admin Officer, Youth Offending Team", ("Admin Officer, Youth Offending Team", None)),  # no place: the post's
])
def test_a_body_written_after_a_post_is_split_off_it(role: str, expected: tuple[str, str | None]) -> None:
    assert post_and_body(role, "Northshire") == expected


def test_a_post_held_at_a_named_body_is_that_bodys() -> None:
    assert organisation_for_role("Project Manager at the Tamsin Ravel Foundation Trust", "Westmere") == \
        "Tamsin Ravel Foundation Trust"


def test_a_co_opted_representative_stands_for_the_body_named_before_representative() -> None:
    assert organisation_for_role("Church in Wales representative", "Dunmoor") == "Church in Wales"
    assert organisation_for_role("Roman Catholic Diocese representative", "Dunmoor") == "Roman Catholic Diocese"
    assert organisation_for_role("Parent Governor Representative", "Dunmoor") is None


def test_a_body_whose_name_says_its_kind_is_the_organisation_whatever_its_place() -> None:
    assert post_and_body("Community Safety Manager, Dunmoor District Council", "Dunmoor Vale") == (
        "Community Safety Manager", "Dunmoor District Council")
    assert is_organisation_name("Fenwick and Dunmoor CRC", area="Dunmoor Vale")
    assert not is_organisation_name("Head of Access and Inclusion", area="Dunmoor Vale")


def test_a_post_then_a_body_that_says_its_kind_and_no_post_joined_to_a_council_by_a_line_break() -> None:
    assert organisation_for_role("Chairman, Dunmoor Youth Panel", "Dunmoor Vale") == "Dunmoor Youth Panel"
    assert organisation_for_role("Community Safety Manager, Fenwick District Council", "Dunmoor Vale") == \
        "Fenwick District Council"
    assert not is_organisation_name("Chief Executive Dunmoor County Council", area="Fenwick")


def test_people_from_the_service_named_without_its_place_are_the_areas_service() -> None:
    text = "Femi Okoro and Chloe Banks-Rudd from the YOS health team attended."
    assert organisation_after_name(text, text.index(" from"), "Dunmoor") == "Dunmoor Youth Offending Service"
    assert organisation_after_name(text, text.index(" from"), None) is None


def test_an_inclusion_or_schools_post_is_the_councils() -> None:
    assert organisation_for_role("Head of Access and Inclusion", "Dunmoor") == "Dunmoor Council"
    assert organisation_for_role("Head of Schools Improvement", "Dunmoor") == "Dunmoor Council"


@pytest.mark.parametrize(("role", "organisation"), [
    ("clinical psychologist with Westmere Child and Adolescent Mental Health Service",
     "Westmere Child and Adolescent Mental Health Service"),
    ("the service's Education Coordinator", "Westmere Youth Offending Service"),
    ("leads the service", "Westmere Youth Offending Service"),
    ("PCC's Office", "Office of the Police and Crime Commissioner for Westmere"),
    ("Church of England diocesan representative", "Church of England"),
    ("Youth Bench", "Westmere Youth Bench"),
])
def test_the_body_a_post_is_held_with_or_for(role: str, organisation: str) -> None:
    assert organisation_for_role(role, "Westmere") == organisation


def test_a_post_loses_what_a_list_writes_beside_it() -> None:
    """Agenda items, a telephone and an e-mail (kept as contacts, apart) and 'also attended' are no part of a post."""
    minutes = ("Tollbridge Youth Justice Partnership Board\nNote of meeting: 22 September 2025, Heron Suite\n\n"
               "Present: Ann Wright, Head of Community Safety (Chair); Raj Patel, Youth Justice Service Manager\n\n"
               "Guests: Lena Fairweather, Speech and Language Therapist (item 4); Omar Haddad, Performance Officer "
               "(items 3 and 5)\n\n"
               "Minutes: Tessa Quayle, Democratic Services Officer (01632 960 118, tessa.quayle@tollbridge.example)\n")
    roles = {person: role for person, _, role, _ in involvements_of(minutes, "tollbridge_minutes.txt")}
    assert (roles["Lena Fairweather"], roles["Omar Haddad"], roles["Tessa Quayle"]) == (
        "Speech and Language Therapist", "Performance Officer", "Democratic Services Officer")


def test_a_body_named_after_a_posts_comma_and_the_bench_the_post_names() -> None:
    assert organisation_for_role("Chief Executive, Northvale Probation Trust", "Westmere") == "Northvale Probation Trust"
    assert organisation_for_role("Director of Public Health, NHS Westmere", "Westmere") == "NHS Westmere"
    assert organisation_for_role("Head of Nursing, Dunholme University Health Board", "Westmere") == \
        "Dunholme University Health Board"
    assert organisation_for_role("Chief Executive", "Westmere") == "Westmere Council"
    assert organisation_for_role("Chair of the Youth Bench", "Westmere") == "Westmere Youth Bench"
    assert organisation_for_role("Chair of Youth Court Bench", "Westmere") == "Westmere Youth Court Bench"


def test_the_body_first_in_a_bracket_after_a_name_and_the_service_a_team_is_from() -> None:
    text = "Chief Inspector Jo Hart (Fenwick Police, deputy for ICB) and Ann Lee from the YOS case management team"
    assert organisation_after_name(text, text.index(" (Fenwick"), "Westmere") == "Fenwick Police"
    assert organisation_after_name(text, text.index(" from the YOS"), "Westmere") == "Westmere Youth Offending Service"
    assert organisation_after_name(text, text.index(" from the YOS"), None) is None


def test_a_local_body_written_by_its_letters_after_the_post_is_the_areas() -> None:
    assert organisation_for_role("Head of Commissioning, CCG", "Westmere") == "Westmere Clinical Commissioning Group"
    assert organisation_for_role("Local Policing Commander (ICB)", "Westmere") != "Westmere Integrated Care Board"


def test_the_body_of_a_name_in_the_next_column_over_a_line_break_is_no_ones_beside() -> None:
    # two attendance lists side by side: the right column's 'Ch Supt Jo Hart' over 'Ann Lee (Probation)' further on
    text = ("Cllr Ruth SzaboCabinet Member, Children        Ch Supt Oriel Nwankwo\n"
            "  and Families                                 Yvette Marchetti-Lamb (Probation)\n")
    assert organisation_after_name(text, text.index("Nwankwo") + len("Nwankwo"), "Westmere") is None
    wrapped = "Inspector Aisling Brereton and Sergeant\nTom Aske of Wolds and Carrside Police attended.\n"
    assert organisation_after_name(wrapped, wrapped.index("Brereton") + len("Brereton"), "Westmere") == \
        "Wolds and Carrside Police"


def test_a_name_run_into_a_police_force_is_no_part_of_the_force() -> None:
    from kg.loaders.roles import POLICE_FORCE
    assert [m.group(1) for m in POLICE_FORCE.finditer("DI Femi LawalEast Thames Police (for Ch Supt Nwosu)")] == \
        ["East Thames Police"]
    assert [m.group(1) for m in POLICE_FORCE.finditer("Chief Constable, Dyfed-Powys Police")] == ["Dyfed-Powys Police"]


@pytest.mark.parametrize(("role", "area", "organisation"), [
    # batch 28: another place's service or board named in the post is that place's, not the document area's
    ("heads the Kelsbrook Youth Justice Service", "Fenwick Vale", "Kelsbrook Youth Offending Service"),
    ("Chair of the Kelsbrook Youth Justice Management Board", None, "Kelsbrook Youth Offending Service"),
    # a district council by its letters
    ("Community Safety Manager, Fenwick Vale DC", "Kelsbrook", "Fenwick Vale District Council"),
])
def test_the_service_or_council_a_post_names(role: str, area: str | None, organisation: str) -> None:
    assert organisation_for_role(role, area) == organisation


DISTRICT_NEWS = """Fenwick Vale Gazette  |  News

Fenwick Vale youth justice services questioned by councillors

By Maelle Ostrova, Local Democracy Reporting Service
Published: 6 March 2025

Young people in Fenwick Vale are more likely to reoffend than anywhere else in the county,
Fenwick Vale District Council's scrutiny panel has been told.

Youth justice services across the county are run by Kelsbrook County
Council. Its youth justice service was rated 'requires improvement' by HM Inspectorate of Probation.

The panel's chair, Councillor Dilys Marchbank, said: "These are our children."

Pieter Lowndes, the county's cabinet member for children's services, said the council would respond.

Odile Brannagh, who chairs the Kelsbrook Youth Justice Management Board, said partners had met.
"""


def test_a_district_paper_names_the_countys_councillors_and_board() -> None:
    rows = {(name, relation, organisation) for name, relation, _, organisation in
            involvements_of(DISTRICT_NEWS, "news.txt")}
    assert {row for row in rows if row[1] in ("author", "cabinet_member", "board_chair")} == {
        ("Maelle Ostrova", "author", "Fenwick Vale Gazette"),
        ("Pieter Lowndes", "cabinet_member", "Kelsbrook Council"),
        ("Odile Brannagh", "board_chair", "Kelsbrook Youth Offending Service")}
    assert {(name, relation) for name, relation, _ in rows if relation == "panel_chair"} == {
        ("Dilys Marchbank", "panel_chair")}


def test_a_post_whose_reader_kept_the_lines_break_goes_on_below() -> None:
    table = ("BRACKWATER YOUTH JUSTICE PARTNERSHIP BOARD - MEMBERSHIP\n"
             "FELL, Det Supt Ann .. Head of Public Protection, Brackwater and\n"
             "                      Fenby Constabulary .............. Member\n")
    post = "Head of Public Protection, Brackwater and\n"
    at = table.index(post)
    assert wrapped_post(table, post.strip(), Span(at, at + len(post), post))[0] == \
        "Head of Public Protection, Brackwater and Fenby Constabulary"
