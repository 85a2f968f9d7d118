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


# A performance table whose row labels wrap below their figures, the unit on the label's second line: the heads are
# still the ones above, and the unit is the label's.
TAILS_BELOW_ROWS = """Ashgrove Youth Justice Plan 2024-25

4  PERFORMANCE OVER 2023/24

Indicator                        Ashgrove      Regional     England and Wales
First-time entrants              172           158          148
  (rate per 100,000 aged 10-17)
Reoffending (binary,             36.1%         33.0%        31.2%
Jan-Dec 2022 cohort)
Custody (rate per 1,000          0.14          0.11         0.10
10-17 population)
"""


def test_a_tables_labels_wrapped_below_their_rows_keep_the_heads_above_and_give_the_unit() -> None:
    facts = key_facts(TAILS_BELOW_ROWS)
    assert {row for row in facts if row[3] == "England and Wales"} == {
        ("first_time_entrant_rate", "172", "per 100,000", "England and Wales", "148"),
        ("reoffending_rate", "36.1", "%", "England and Wales", "31.2"),
        ("custody_rate", "0.14", "per 1,000", "England and Wales", "0.10")}
    assert ("first_time_entrant_rate", "172", "per 100,000", "Regional", "158") in facts
    assert not any(row[0] == "first_time_entrants" for row in facts)


# Comparators in the row's own cells: a name and its figure in one cell, or the name in the cell before its figure.
NAMED_CELLS = """Ashgrove Youth Justice Management Board

   Indicator                          Q2 23/24        Target       Comparator
   First time entrants (per 100,000)  688             720          England 876
   Use of custody (per 1,000 10-17)   0.94            0.80         England 0.88

Key data
Reoffending rate (Ashgrove)         31.4%     England and Wales    32.2%
First-time entrants per 100,000      158       England and Wales    149
"""


def test_comparators_named_in_a_rows_own_cells() -> None:
    facts = key_facts(NAMED_CELLS)
    assert {("first_time_entrant_rate", "688", "per 100,000", "England", "876"),
            ("custody_rate", "0.94", "per 1,000", "England", "0.88"),
            ("reoffending_rate", "31.4", "%", "England and Wales", "32.2"),
            ("first_time_entrant_rate", "158", "per 100,000", "England and Wales", "149")} <= facts
    assert not any(row[1] in ("720", "0.80") for row in facts)


# Figures whose unit the cell's width wrapped ('168 per' over '100,000'), or wrote short ('298 per 100k').
WRAPPED_UNITS = """Ashgrove Youth Justice Plan 2024-25

 Indicator              Ashgrove        England &        Eastern
                                        Wales            region
 ------------------------------------------------------------------
 First time entrants    168 per         156 per          151 per
 (rate per 100,000      100,000         100,000          100,000
 aged 10-17)
 Reoffending rate       29.6%           32.2%            30.1%
 Use of custody         0.09 per        0.12 per         0.10 per
 (per 1,000 aged        1,000           1,000            1,000
 10-17)

     Indicator                     Ashgrove          London        England & Wales
     First-time entrants           298 per 100k      276 per 100k  222 per 100k
"""


def test_figures_whose_unit_wraps_in_their_cells() -> None:
    facts = key_facts(WRAPPED_UNITS)
    assert {("first_time_entrant_rate", "168", "per 100,000", "England & Wales", "156"),
            ("first_time_entrant_rate", "168", "per 100,000", "Eastern region", "151"),
            ("reoffending_rate", "29.6", "%", "England & Wales", "32.2"),
            ("custody_rate", "0.09", "per 1,000", "England & Wales", "0.12"),
            ("custody_rate", "0.09", "per 1,000", "Eastern region", "0.10"),
            ("first_time_entrant_rate", "298", "per 100,000", "London", "276"),
            ("first_time_entrant_rate", "298", "per 100,000", "England & Wales", "222")} <= facts
    assert not any(row[0] in ("first_time_entrants", "custodial_sentences") for row in facts)
