"""Stop 34's batch b102 layouts, in fixtures written for them: a board 'chaired by' someone after a sentence that names
another body first ('a partnership governed by the YOS Management Board, chaired by X'); the Leader named with a county
councillor's title; a line of two labelled chairs ('Chairman: Cllr A. Vice-Chairman: Cllr B.'), the vice-chair sending
apologies with their substitute in brackets; the officer 'who took the minutes' closing a paragraph of officers; a
'Cabinet Member attending:' label over a bracketed portfolio; a cabinet's own list of members with their portfolios under
a 'Cabinet Members present' heading; and the lead inspector set off by commas with an initial for a forename."""

from __future__ import annotations

from tests.conftest import load_text, people_rows, role_rows

CABINET_REPORT = """TOLLMARSH COUNTY COUNCIL
CABINET - 9 MAY 2017

Report title:  Youth Offending Service - Annual Plan
Report of:     Director of Children's Services
Report author: Miriam Okeke, Head of Youth Offending Service

1.   BACKGROUND

1.1  The YOS is a statutory partnership governed by the YOS Management
     Board, chaired by Lionel Ashdown, Director of Children's Services.

2.   CONSULTATION

2.1  The Leader of the Council, County Councillor Agatha
     Penrose-Vine, has been briefed.
"""


def test_a_board_chaired_by_someone_after_a_sentence_naming_a_partnership() -> None:
    rows = people_rows(load_text(CABINET_REPORT, "tollmarsh-cabinet-report.txt"))
    assert ("Lionel Ashdown", "board_chair") in rows


def test_the_leader_named_with_a_county_councillors_title_is_a_cabinet_member() -> None:
    roles = role_rows(load_text(CABINET_REPORT, "tollmarsh-cabinet-report.txt"))
    assert ("Agatha Penrose-Vine", "cabinet_member", "Leader of the Council") in roles


SCRUTINY_MINUTES = """TOLLMARSH COUNTY COUNCIL

CHILDREN'S SERVICES SCRUTINY COMMITTEE

MINUTES of a meeting held at County Hall on Tuesday 4 October 2016

PRESENT
County Councillors:
  G Thornbury (Chairman)                    K Lutterworth (as substitute for E Marwood)
  F Oyelowo                                 N Castellane

Cabinet Member attending: County Councillor Desmond Ferrars (Adult Services)

Also in attendance were Ruth Cavendish-Lyle, Director of People; and Tobias Wren,
Democratic Services Officer, who took the minutes.

Chairman: County Councillor Gerald Thornbury. Vice-Chairman: County Councillor Edith Marwood.

1   APOLOGIES

    Apologies were received from County Councillor Edith Marwood (substitute: County
    Councillor Keith Lutterworth).
"""


def test_two_labelled_chairs_on_one_line_are_each_their_own() -> None:
    rows = people_rows(load_text(SCRUTINY_MINUTES, "tollmarsh-scrutiny-minutes.txt"))
    assert ("Gerald Thornbury", "panel_chair") in rows
    assert ("Gerald Thornbury", "panel_vice_chair") not in rows
    assert ("Edith Marwood", "panel_vice_chair") in rows
    assert ("Edith Marwood", "panel_chair") not in rows


def test_a_vice_chair_who_sent_apologies_did_not_sit_and_their_substitute_is_no_post() -> None:
    result = load_text(SCRUTINY_MINUTES, "tollmarsh-scrutiny-minutes.txt")
    assert ("Edith Marwood", "present_at_meeting") not in people_rows(result)
    assert ("Edith Marwood", "apologies") in people_rows(result)
    assert not any(name == "Edith Marwood" and role and "substitute" in role for name, _, role in role_rows(result))


def test_the_officer_who_took_the_minutes_at_a_paragraphs_end() -> None:
    rows = people_rows(load_text(SCRUTINY_MINUTES, "tollmarsh-scrutiny-minutes.txt"))
    assert ("Tobias Wren", "minute_taker") in rows
    assert ("Ruth Cavendish-Lyle", "minute_taker") not in rows


def test_a_cabinet_member_attending_label_over_a_bracketed_portfolio() -> None:
    roles = role_rows(load_text(SCRUTINY_MINUTES, "tollmarsh-scrutiny-minutes.txt"))
    assert ("Desmond Ferrars", "cabinet_member", "Cabinet Member for Adult Services") in roles


CABINET_MINUTES = """LONDON BOROUGH OF ORRINDALE

MINUTES OF THE CABINET

Tuesday 3 March 2015 at 7.00 pm
Council Chamber, Orrindale Town Hall

Cabinet Members present (surname, forename, portfolio)

HALLIWELL, Ophelia ........ Leader of the Council (Chair)
TREMAYNE, Gideon .......... Children and Families
OSEI-BANKS, Priya ......... Housing and Planning

Officers: Martin Quayle (Chief Executive)

1.  DECLARATIONS OF INTEREST

    None.
"""


def test_a_cabinets_own_list_gives_each_member_the_portfolio_written() -> None:
    roles = role_rows(load_text(CABINET_MINUTES, "orrindale-cabinet-minutes.txt"))
    assert ("Gideon Tremayne", "cabinet_member", "Children and Families") in roles
    assert ("Priya Osei-Banks", "cabinet_member", "Housing and Planning") in roles
    assert not any(relation == "cabinet_member" and role == "Cabinet member" for _, relation, role in roles)


BOARD_MINUTES = """ORRINDALE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of meeting held Tuesday 8th March 2016, 10.00am
Meeting Room 1, Civic Centre

ATTENDANCE REGISTER
Name\tInitials\tOrganisation / Post\tP/A
Lionel Ashdown\tLA\tDirector of Children's Services (Chair)\tP
Miriam Okeke\tMO\tHead of Youth Offending Service\tP

Item\tDiscussion / Decision\tAction / Lead
1.\tInspection feedback
\tMO presented the published report. The lead
\tinspector, C. Fairbanks-Oduya, had praised the work with families.
"""


def test_the_lead_inspector_set_off_by_commas_with_an_initial() -> None:
    rows = people_rows(load_text(BOARD_MINUTES, "orrindale-board-minutes.txt"))
    assert ("C. Fairbanks-Oduya", "lead_inspector") in rows


def test_londons_force_in_papers_headed_by_the_borough_over_london_borough() -> None:
    """'Orrindale' over 'London Borough' heads the minutes: the Metropolitan Police Service a guest comes from is the
    borough's force, linked to its area, as under 'London Borough of Orrindale'."""
    minutes = """Orrindale
London Borough

CHILDREN'S SCRUTINY COMMITTEE

Minutes of the meeting held on Tuesday, 23 September 2014, 7.00 pm

PRESENT:        Councillor Hugo Barraclough (Chair)

IN ATTENDANCE:  Ch. Supt. Imran Castellane - Borough Commander, Metropolitan Police Service
"""
    result = load_text(minutes, "orrindale-scrutiny-minutes.txt")
    met = {s.entity for s in result.statements if s.schema == "Organisation" and s.value == "Metropolitan Police Service"}
    area_names = {s.entity: s.value for s in result.statements if s.schema == "Area" and s.prop == "name"}
    assert {area_names[s.value] for s in result.statements if s.entity in met and s.prop == "area"} == {"Orrindale"}
