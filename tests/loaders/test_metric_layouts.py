"""Key facts in the layouts and wordings the unseen set read weakly: the youth population in an area's description
('a population of 148,900, of whom 13,700 are children aged 10 to 17'), performance tables whose labels, units and
comparators wrap or share a cell, comparators named without a figure and a figure against its own earlier period.
Fictional documents."""

from __future__ import annotations

import pytest

from tests.loaders.test_findings_metrics import key_facts

HEAD = "Ashgrove Youth Justice Service: inspection findings\n\n"


@pytest.mark.parametrize("sentence", [
    "Ashgrove is a county borough with a population of approximately 148,900, of whom 13,700 are children aged 10\n"
    "to 17. The service sits within Children's Services.",
    "Ashgrove has a population of 261,400 (ONS mid-2010 estimate), of whom 13,700 (10.7%)\nare aged 10-17.",
    "Ashgrove is a metropolitan borough of around 276,300 people, with 13,700 children aged 10\nto 17.",
    "Ashgrove is a unitary authority with a population of 298,000,\nincluding some 13,700 children aged 10 to 17.",
    "Ashgrove has around 13,700 children aged 10 to 17.",
    "Ashgrove has a population of around 257,000 people, with about 13,700\nchildren and young people aged 10 to 17.",
    "The youth population of Ashgrove (aged 10 to 17) is 13,700.",
    "The youth population (10-17) of Ashgrove is now estimated at 13,700.",
    "Ashgrove is an inner London borough with a youth population (10-17) of around 13,700.",
])
def test_the_youth_population_in_an_areas_description(sentence: str) -> None:
    facts = key_facts(HEAD + "Background\n\n" + sentence + "\n")
    assert ("youth_population", "13700", "count", "", "") in facts


@pytest.mark.parametrize("sentence", [
    "At the time of the inspection the service was working with 142 children aged 10 to 17.",
    "The YOS has 87 children aged 10 to 17 on its caseload.",
    "The service has 64 children aged 10 to 17.",
])
def test_children_a_service_works_with_are_no_youth_population(sentence: str) -> None:
    assert not any(row[0] == "youth_population" for row in key_facts(HEAD + sentence + "\n"))


@pytest.mark.parametrize("row", [
    "Population of Ashgrove aged 10 to 17                      13,700",
    "Children in Ashgrove aged 10 to 17: 13,700 (mid-2022 estimate).",
    "   13,700        Child population (10-17 years) of Ashgrove (2018)",
])
def test_the_youth_population_labelled_with_its_place(row: str) -> None:
    assert ("youth_population", "13700", "count", "", "") in key_facts(HEAD + "Key facts\n\n" + row + "\n")
