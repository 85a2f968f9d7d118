"""A district's work run by its county's service: the service a paper's head names is the one the roles the paper
implies belong to, not a service made up from the district's name."""

from __future__ import annotations

from tests.conftest import load_text
from tests.loaders.test_batch49_layouts import _organisations

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
    organisations = _organisations(load_text(LOCALITY_INSPECTION, "ardle_vale_cci_2012_02.txt"))
    assert organisations[("Norman Ransome", "board_chair")] == "Wenlowshire Youth Offending Service"


def test_a_paper_naming_its_areas_own_service_keeps_it() -> None:
    text = LOCALITY_INSPECTION.replace("Operational management\n", "The Ardle Vale YOS works with the county.\n")
    organisations = _organisations(load_text(text, "ardle_vale_cci_2012_02.txt"))
    assert organisations[("Norman Ransome", "board_chair")] == "Ardle Vale Youth Offending Service"
