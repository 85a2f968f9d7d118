"""A district's work run by its county's service: the service a paper's head names is the one the roles the paper
implies belong to, not a service made up from the district's name."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows

LOCALITY_INSPECTION = """\
HM Inspectorate of Probation

Core Case Inspection of youth offending work in
ARDLE VALE
(Wenlowshire Youth Offending Service - Ardle Vale locality)

February 2012


Foreword

This inspection of youth offending work in Ardle Vale is one of a programme of inspections.

Operational management
The Youth Offending Service Manager for Ardle Vale is Priya Tolley. Both attended the feedback meeting
held on 14 December 2011, together with Norman Ransome, Chair of the Management Board.
"""


def test_the_chair_of_the_board_of_a_county_service_named_in_the_head_is_that_services() -> None:
    organisations = organisation_rows(load_text(LOCALITY_INSPECTION, "ardle_vale_cci_2012_02.txt"))
    assert organisations[("Norman Ransome", "board_chair")] == "Wenlowshire Youth Offending Service"


def test_a_paper_naming_its_areas_own_service_keeps_it() -> None:
    text = LOCALITY_INSPECTION.replace("Operational management\n", "The Ardle Vale YOS works with the county.\n")
    organisations = organisation_rows(load_text(text, "ardle_vale_cci_2012_02.txt"))
    assert organisations[("Norman Ransome", "board_chair")] == "Ardle Vale Youth Offending Service"


CABINET_REPORT = """\
ARDLE VALE DISTRICT COUNCIL

CABINET - 14 May 2024

YOUTH JUSTICE INSPECTION: OUTCOME

Report of the Corporate Director - Children and Families

3.1    The Youth Justice Service is a statutory partnership. The Wenlowshire Youth Justice Partnership Board
       oversees the service. Its membership includes Wenlowshire Police (Supt D. Tolley), the
       Integrated Care Board (Dr F. Ransome), the Probation Service (S. Pimm) and Ardle Vale District Council
       (Cllr S. Elphick and M. Brisbane).

4.     The board (Ardle Vale) meets quarterly.
"""


def test_a_boards_members_in_brackets_after_their_bodies_in_a_sentence() -> None:
    rows = organisation_rows(load_text(CABINET_REPORT, "ardle_vale_cabinet_report_2024_05.txt"))
    members = {name: body for (name, relation), body in rows.items() if relation == "board_member"}
    assert members.keys() == {"D. Tolley", "F. Ransome", "S. Pimm", "S. Elphick", "M. Brisbane"}
    assert members["D. Tolley"] == "Wenlowshire Police"
    assert members["M. Brisbane"] == members["S. Elphick"] in ("Ardle Vale District Council", "Ardle Vale Council")


TITLE_IN_CAPITALS = """\
ARDLE VALE COUNCIL

CABINET  -  19 SEPTEMBER 2017

YOUTH JUSTICE PLAN 2017/18 AND YOUTH OFFENDING SERVICE PERFORMANCE

3.2  The YOS Management Board is chaired by Priya Tolley, Director of
     Children's Services.
"""


def test_a_title_in_capitals_joining_its_subjects_with_and_names_no_service_of_a_place_called_and() -> None:
    # 'PLAN 2017/18 AND YOUTH OFFENDING SERVICE': 'AND' is no place, so the board's chair chairs the area's own service
    organisations = organisation_rows(load_text(TITLE_IN_CAPITALS, "ardle_vale_cabinet_report_2017_09.txt"))
    assert organisations[("Priya Tolley", "board_chair")] == "Ardle Vale Youth Offending Service"
