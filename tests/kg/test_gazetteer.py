"""Organisations and areas through their aliases, and the inspectorates their marks name; one organisation
per area's service and council whatever the form written; areas are places."""

from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer, fold, guess_kind, load_gazetteer, looks_like_place


def test_fold() -> None:
    assert fold("Barking & Dagenham") == fold("barking and dagenham")
    assert fold("Children’s  Services") == fold("Childrens Services")


def test_aliases_meet_on_one_organisation() -> None:
    gazetteer = load_gazetteer()
    probation = gazetteer.organisation("HMI Probation")
    assert probation == gazetteer.organisation("Her Majesty's Inspectorate of Probation")
    assert (probation.name, probation.kind) == ("HM Inspectorate of Probation", "inspectorate")
    assert gazetteer.known_organisation("YJB") and not gazetteer.known_organisation("Northshire Youth Choir")


def test_unknown_organisations_keep_their_name_and_a_guessed_kind() -> None:
    ref = load_gazetteer().organisation("Northshire Youth Offending Service")
    assert (ref.name, ref.kind) == ("Northshire Youth Offending Service", "youth_offending_service")
    assert guess_kind("Westmere Constabulary") == "police" and guess_kind("Choir") is None
    # a Welsh health board is a health body, not a board that meets about youth justice
    assert guess_kind("Bae Tregaron University Health Board") == "health" == guess_kind("Tregaron Local Health Board")


def test_an_unknown_organisation_wrapped_over_two_lines_is_one_name() -> None:
    """A table cell wraps 'Northshire and Esk Police' over two lines: one organisation, named once, not twice."""
    gazetteer = load_gazetteer()
    wrapped, written = gazetteer.organisation("Wessendon\n      and Esk Police"), gazetteer.organisation(
        "Wessendon and Esk Police")
    assert wrapped == written and wrapped.name == "Wessendon and Esk Police"


@pytest.mark.parametrize(("written", "area"), [
    ("London Borough of Barking & Dagenham", "Barking and Dagenham"),
    ("Westmere Borough Council", "Westmere"),
    ("Brackwick Metropolitan Borough", "Brackwick"),  # a place the gazetteer lacks, with its kind of authority
    ("Brackwick District", "Brackwick"),
    ("the Isle of Wight", "Isle of Wight"),
    ("Stockton", "Stockton-on-Tees"),
    ("Brackwick Brackwick", "Brackwick"),  # a letterhead's place over its board's title, read as one name
])
def test_area_names(written: str, area: str) -> None:
    assert load_gazetteer().area_name(written) == area
    assert load_gazetteer().area(written).id == load_gazetteer().area(area).id


@pytest.mark.parametrize(("text", "inspectorate"), [
    ("HMI Constabulary inspectors", "HM Inspectorate of Constabulary"),
    ("Probation", "HM Inspectorate of Probation"),
    ("Ofsted - Social Care", "Ofsted"),
    ("CSSIW", "Care Inspectorate Wales"),
    ("Estyn", "Estyn"),
    ("HMI Constabulary and Probation", "HM Inspectorate of Constabulary"),  # the more specific mark first
    ("HM Chief Inspector of Constabulary", "HM Inspectorate of Constabulary"),
    ("Constabulary inspectors", "HM Inspectorate of Constabulary"),
    ("Chief Inspector Ann Hale of Westmere Constabulary", None),  # a police force
    ("Northshire and Westmere\nConstabulary", None),
    ("Northshire Council", None),
    ("Northshire Constabulary", None),  # a police force, not the constabulary inspectorate
    ("Constabulary inspectors", "HM Inspectorate of Constabulary"),
    (None, None),
])
def test_the_inspectorate_a_text_names(text: str | None, inspectorate: str | None) -> None:
    assert load_gazetteer().inspectorate_named(text) == inspectorate


def test_every_inspectorate_is_a_known_organisation_and_the_default_is_one() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.default_inspectorate and gazetteer.known_organisation(gazetteer.default_inspectorate)
    named = gazetteer.inspectorates_named("HMIC, HMI Prisons, CQC and HIW with HMI Probation")
    assert named == {"HM Inspectorate of Constabulary", "HM Inspectorate of Prisons", "Care Quality Commission",
                     "Healthcare Inspectorate Wales", "HM Inspectorate of Probation"}
    assert all(gazetteer.organisation(name).kind == "inspectorate" for name in named)


NORTHSHIRE = Gazetteer([], {"Northshire": ["North Shire"]},
                       places={"Northshire": "Northshire County Council", "Westmere": "Westmere Borough Council"},
                       services={"Westmere": "Westmere Youth Justice Service"},
                       police_areas={"Northshire and Westmere": ["Northshire"]})


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


def test_a_renamed_service_is_one_organisation_per_name_chosen_by_the_documents_date() -> None:
    gazetteer = Gazetteer([], {}, places={"Northshire": "Northshire County Council"}, services={"Northshire": [
        {"name": "Northshire Youth Offending Service"}, {"name": "Northshire Youth Justice Service", "from": 2021}]})
    before = gazetteer.organisation("Northshire YOT", when="2016-05-04")
    after = gazetteer.organisation("Northshire YOS", when="2022-01")
    assert before.name == "Northshire Youth Offending Service" and after.name == "Northshire Youth Justice Service"
    assert before.area == after.area == "Northshire" and before.id != after.id
    assert gazetteer.organisation("Northshire Youth Offending Service").name == "Northshire Youth Justice Service"
    assert gazetteer.service_names("Northshire") == ["Northshire Youth Offending Service",
                                                     "Northshire Youth Justice Service"]


@pytest.mark.parametrize("written", ["Northshire and Westmere Police", "Northshire and Westmere Constabulary",
                                     "Office of the Police and Crime Commissioner for Northshire and Westmere",
                                     "Police and Crime Commissioner for Northshire",
                                     "Northshire and Westmere Police and Crime Commissioner"])
def test_a_police_force_or_commissioners_office_serves_the_area_of_the_document_it_covers(written: str) -> None:
    assert NORTHSHIRE.organisation(written, "Northshire").area == "Northshire"
    assert NORTHSHIRE.organisation(written, "Westmere").area is None, "Westmere is not in the force's area"
    assert NORTHSHIRE.organisation(written).area is None


def test_a_body_named_after_a_place_is_that_places() -> None:
    assert NORTHSHIRE.organisation("Northshire Youth Court Bench").area == "Northshire"
    assert NORTHSHIRE.organisation("North Shire Local Safeguarding Children Board").area == "Northshire"
    assert NORTHSHIRE.organisation("Tenants' Forum").area is None


def test_a_place_the_gazetteer_lacks_has_one_council_one_service_and_one_of_each_health_body() -> None:
    gazetteer = load_gazetteer()
    councils = {gazetteer.organisation(name, "Brackwick") for name in
                ("Brackwick Borough Council", "Brackwick Council", "Brackwick Metropolitan Borough Council")}
    assert len({council.id for council in councils}) == 1 and {c.area for c in councils} == {"Brackwick"}
    assert gazetteer.organisation("Brackwick City Council").id == next(iter(councils)).id  # in any document
    assert gazetteer.organisation("Brackwick Youth Council", "Brackwick").id != next(iter(councils)).id
    # a place learned from its own document is its service's, even when it is also a given name
    services = {gazetteer.organisation(name, "Fenwick") for name in ("Fenwick YOS", "Fenwick Youth Justice Service")}
    assert len({service.id for service in services}) == 1 and {s.area for s in services} == {"Fenwick"}
    assert gazetteer.organisation("Brackwick ICB").id == gazetteer.organisation("Brackwick Integrated Care Board").id
    assert gazetteer.organisation("Brackwick CCG").kind == "health"
    # the NHS's prefix is no part of the place: 'NHS Brackwick CCG' is the Brackwick CCG
    assert gazetteer.organisation("NHS Brackwick Clinical Commissioning Group").id == gazetteer.organisation(
        "Brackwick CCG").id
    assert gazetteer.organisation("The Probation Service").name == "Probation Service"


@pytest.mark.parametrize(("name", "place_like"), [
    ("Northshire", True), ("Oakvale Heath", True), ("County Tarrow", True),
    ("Miriam Hollis", False),  # opens with a given name
    ("Inspectorate", False), ("Tarrowby Police", False), ("Tarrowby YOS", False),  # bodies, not places
    ("Tarrowby and Chair", False),  # 'London Borough of Tarrowby' and the addressee's next post
])
def test_a_place_like_name_names_no_person_and_no_body(name: str, place_like: bool) -> None:
    assert looks_like_place(name) is place_like


def test_a_body_named_after_the_documents_own_place_is_that_places_even_one_the_gazetteer_lacks() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.organisation("Tarrowby Youth Bench", "Tarrowby").area == "Tarrowby"
    assert gazetteer.organisation("Tarrowby Youth Justice Management Board", "Tarrowby").area == "Tarrowby"
    assert gazetteer.organisation("Tarrowby Youth Bench", "Westmere").area is None  # another document's place


def test_an_office_every_area_has_named_by_its_kind_alone_is_each_areas_own() -> None:
    gazetteer = load_gazetteer()
    offices = [gazetteer.organisation(name, area) for name in ("Office of the Police and Crime Commissioner",
                                                               "Church of England Diocese")
               for area in ("Tarrowby", "Westmere")]
    assert [office.area for office in offices] == ["Tarrowby", "Westmere"] * 2
    assert len({office.id for office in offices}) == 4
    assert gazetteer.organisation("Care Quality Commission", "Tarrowby").id == \
        gazetteer.organisation("Care Quality Commission", "Westmere").id  # a national body is one
