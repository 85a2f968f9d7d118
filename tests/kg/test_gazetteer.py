"""Organisations and areas through their aliases, and the inspectorates their marks name."""

from __future__ import annotations

import pytest

from kg.gazetteer import fold, guess_kind, load_gazetteer


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


@pytest.mark.parametrize(("written", "area"), [
    ("London Borough of Barking & Dagenham", "Barking and Dagenham"),
    ("Westmere Borough Council", "Westmere"),
    ("the Isle of Wight", "Isle of Wight"),
    ("Stockton", "Stockton-on-Tees"),
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
    ("Northshire Council", None),
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
