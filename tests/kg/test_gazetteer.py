"""The gazetteer: one organisation per area's service and council whatever the form written; areas are places."""

from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer, load_gazetteer

NORTHSHIRE = Gazetteer([], {"Northshire": ["North Shire"]}, {"Northshire": "Northshire County Council",
                                                            "Westmere": "Westmere Borough Council"},
                       {"Westmere": "Westmere Youth Justice Service"}, {"Northshire and Westmere": ["Northshire"]})


@pytest.mark.parametrize("written", ["Northshire YOS", "Northshire YOT", "Northshire YJS", "North Shire YOS",
                                     "Northshire Youth Offending Service", "Northshire Youth Offending Team",
                                     "Northshire Youth Justice Service", "the Northshire Youth Offending Service",
                                     "Northshire YOS Management Board"])
def test_every_form_of_a_services_name_is_one_organisation_of_its_area(written: str) -> None:
    ref = NORTHSHIRE.organisation(written)
    assert (ref.name, ref.kind, ref.area) == ("Northshire Youth Offending Service", "youth_offending_service",
                                              "Northshire")
    assert ref.id == NORTHSHIRE.organisation("Northshire Youth Offending Service").id


def test_the_service_in_its_own_document_is_its_areas_service() -> None:
    assert NORTHSHIRE.organisation("the Service", home_area="Westmere").name == "Westmere Youth Justice Service"
    assert NORTHSHIRE.organisation("the Service").name == "the Service"  # no area: nothing to say


@pytest.mark.parametrize("written", ["Northshire Council", "Northshire County Council", "North Shire Council",
                                     "the County Council of Northshire"])
def test_a_council_is_named_as_the_gazetteer_names_it(written: str) -> None:
    ref = NORTHSHIRE.organisation(written)
    assert (ref.name, ref.kind, ref.area) == ("Northshire County Council", "local_authority", "Northshire")


def test_a_place_alone_is_not_its_council_and_a_persons_name_is_no_place() -> None:
    assert NORTHSHIRE.council_area("Northshire") is None
    assert NORTHSHIRE.place("Miriam Robertson") is None
    assert NORTHSHIRE.organisation("Amira Castell YOS").area is None
    assert NORTHSHIRE.organisation("Amira Castell YOS").name == "Amira Castell YOS"  # not a service of a place


def test_the_real_gazetteer_knows_councils_proper_names_and_police_areas() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.organisation("Devon Council").name == "Devon County Council"
    assert gazetteer.organisation("Havering Council").name == "London Borough of Havering"
    assert gazetteer.organisation("Havering YOS").id == gazetteer.organisation("Havering Youth Offending Service").id
    assert gazetteer.place("Stockton") == "Stockton-on-Tees"
    assert gazetteer.police_area("Sandwell") == "West Midlands"
    assert NORTHSHIRE.police_area("Northshire") == "Northshire and Westmere"
