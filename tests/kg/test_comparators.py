"""The comparator vocabulary: every way the documents and the answer keys write a comparator gives its one name;
the vocabulary's own names are stable; a comparator it lacks keeps its written name, tidied. Fictional names."""

from __future__ import annotations

import pytest

from kg.comparators import COMPARATORS, is_standard_comparator, standard_comparator


@pytest.mark.parametrize(("written", "name"), [
    # national: the forms the shared corpus and its keys write
    ("National average", "England and Wales"),
    ("the national average", "England and Wales"),
    ("the national rate", "England and Wales"),
    ("nationally", "England and Wales"),
    ("England and Wales", "England and Wales"),
    ("the England and Wales rate", "England and Wales"),
    ("England and Wales average", "England and Wales"),
    ("Average for England and Wales", "England and Wales"),
    ("the average performance for England and Wales", "England and Wales"),
    ("the national average for England and Wales", "England and Wales"),
    ("England and Wales 2023/24", "England and Wales"),
    ("England & Wales", "England and Wales"),
    # a place written wins over the kind of average
    ("the national average for England", "England"),
    ("Wales national average", "Wales"),
    ("England", "England"),
    # the region, named or not (a place named after a region's words is no region)
    ("regional", "region"),
    ("a regional average", "region"),
    ("the region", "region"),
    ("South West", "region"),
    ("London", "region"),
    ("Yorkshire and the Humber", "region"),
    ("North East Lincolnshire overall", "area as a whole"),
    # the YOT family
    ("Family group", "YOT family"),
    ("YJS family", "YOT family"),
    ("Statistical neighbours", "YOT family"),
    ("comparator YOTs", "YOT family"),
    ("Average for its family", "YOT family"),
    # the area's own previous period, and the area as a whole
    ("the previous year", "previous period"),
    ("the same period last year", "previous period"),
    ("in Harrowmere overall", "area as a whole"),
    ("Harrowmere as a whole", "area as a whole"),
])
def test_every_written_form_gives_the_comparators_one_name(written: str, name: str) -> None:
    assert standard_comparator(written) == name


def test_the_vocabularys_names_are_their_own() -> None:
    assert {standard_comparator(name) for name in COMPARATORS} == COMPARATORS
    assert all(is_standard_comparator(name) for name in COMPARATORS)


@pytest.mark.parametrize(("written", "kept"), [
    ("the local authority\n average", "local authority average"),
    ("(county average:", "county average"),
    ("Westmere", "Westmere"),
])
def test_a_comparator_the_vocabulary_lacks_keeps_its_written_name(written: str, kept: str) -> None:
    assert standard_comparator(written) == kept
    assert not is_standard_comparator(kept)
