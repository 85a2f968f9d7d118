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


@pytest.mark.parametrize(("text", "earlier"), [
    ("First time entrants: 312 in 2023/24 against 388 in 2022/23, a reduction of 19.6%.", ("2022/23", "388")),
    ("First time entrants: 168 young people in the rolling year\n    to December 2023, down from 231 a year earlier.",
     ("a year earlier", "231")),
    ("First-time entrants: 5 children in Q3 (Q2: 7). Two children remanded.", ("Q2", "7")),
    ("DF: FTEs 143 (2022/23: 176). Reoffending 36.0% for the cohort.", ("2022/23", "176")),
    ("First time entrants ............ 41 (Q2 2022/23: 58)", ("Q2 2022/23", "58")),
    ("First time entrants stand at 98 for April-December, down from 121 in the same\nperiod last year.",
     ("the same period last year", "121")),
    ("The number of children entering the youth justice system for the first\ntime fell from 23 in 2022/23 to 18 "
     "in 2023/24, one of the lowest figures in Wales.", ("2022/23", "23")),
])
def test_a_count_against_its_own_earlier_period(text: str, earlier: tuple[str, str]) -> None:
    """The earlier period's figure is the fact's comparator, named by its period (the vocabulary's previous period)."""
    facts = {row for row in key_facts(HEAD + "Performance report\n" + text + "\n") if row[0] == "first_time_entrants"}
    assert len({row[1] for row in facts}) == 1 and {row[3:] for row in facts} == {earlier}


@pytest.mark.parametrize("written", ["2022/23", "Q2", "Q2 2022/23", "2022/23 full year", "a year earlier",
                                     "year earlier", "the same period last year"])
def test_a_period_named_as_a_comparator_is_the_previous_period(written: str) -> None:
    from kg.comparators import standard_comparator
    assert standard_comparator(written) == "previous period"


def test_a_figure_the_measure_has_fallen_from_is_no_figure_of_now() -> None:
    text = HEAD + "Ashgrove's first time entrant rate has fallen from 212 per 100,000 at the time\nof the inspection.\n"
    assert not any(row[1] == "212" for row in key_facts(text))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He said the inspection had recognised a reoffending rate of 34.4%, better\nthan the national average.",
     ("reoffending_rate", "34.4", "%", "the national average", "")),
    ("The borough's reoffending rate of 44.8% is slightly better than the London\naverage but well above the national "
     "figure.", ("reoffending_rate", "44.8", "%", "the London average", "")),
    ("The rate of custody was 0.11 per 1,000\nchildren, in line with the national figure.",
     ("custody_rate", "0.11", "per 1,000", "the national figure", "")),
])
def test_a_comparator_named_without_a_figure(sentence: str, expected: tuple[str, ...]) -> None:
    assert expected in key_facts(HEAD + sentence + "\n")


@pytest.mark.parametrize(("sentence", "count", "rate"), [
    ("Custody: 2 young people sentenced to custody in 2023/24, a rate of 0.19 per\n  1,000 against 0.38 per 1,000 for "
     "Wales.", ("custodial_sentences", "2", "count", "", ""), ("custody_rate", "0.19", "per 1,000", "Wales", "0.38")),
    ("Use of custody:\t\t3 custodial sentences; 0.23 per 1,000\n\t\t\t\tagainst 0.27 for Wales.",
     ("custodial_sentences", "3", "count", "", ""), ("custody_rate", "0.23", "per 1,000", "Wales", "0.27")),
])
def test_a_count_then_its_rate_in_one_sentence(sentence: str, count: tuple[str, ...], rate: tuple[str, ...]) -> None:
    """The comparator after the rate is the rate's, not the count's."""
    facts = {row for row in key_facts(HEAD + "Performance\n" + sentence + "\n") if row[0].startswith("custod")}
    assert facts == {count, rate}


def test_a_region_named_over_a_line_break() -> None:
    text = HEAD + ("CA presented the report. First time entrants: 96 in the twelve months\n   to December, a rate of 652 per "
                   "100,000 against 701 for the South\n   East.\n")
    assert ("first_time_entrant_rate", "652", "per 100,000", "South East", "701") in key_facts(text)


@pytest.mark.parametrize("sentence", [
    "Inspectors visited the service's teams in January and\nlooked in detail at 58 children's cases.",
    "Three inspectors spent three days with case managers looking at 58 recent cases.",
    "Of the 58 cases we examined across six services, only 38 children were in full-time education.",
    "Of the 58 cases the inspectors examined, 14 were\n     children in care.",
    "She explained that 58 cases had been looked at and that the rate was below average.",
    "Work to protect the public was done well enough in just 55 per cent of the 58 cases that\ninspectors looked at.",
    "Inspectors had examined 58 Ashgrove cases, 14 of them from the north team.",
])
def test_cases_examined_in_other_words(sentence: str) -> None:
    assert ("cases_examined", "58", "count", "", "") in key_facts(HEAD + sentence + "\n")


def test_a_part_of_the_cases_examined_is_not_their_count() -> None:
    text = HEAD + "In 14 of the 24 cases we inspected there was no assessment.\nWe inspected 62 cases in total.\n"
    assert {row for row in key_facts(text) if row[0] == "cases_examined"} == {("cases_examined", "62", "count", "", "")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("JF presented the data. Custody 0.31 per 1,000. Caseload at 31 December was 87.",
     ("custody_rate", "0.31", "per 1,000", "", "")),
    ("DF: Custody 4.8% of court disposals (national 5.0%).", ("custody_rate", "4.8", "%", "national", "5.0")),
    ("Officers reported that custody was at 0.94 per\n     1,000 young people against 0.88 nationally.",
     ("custody_rate", "0.94", "per 1,000", "nationally", "0.88")),
])
def test_custody_named_alone_before_its_rate(sentence: str, expected: tuple[str, ...]) -> None:
    assert expected in key_facts(HEAD + sentence + "\n")


# A plan's performance section: each measure heads a numbered paragraph, its figures on the lines below it, and a
# page's footer is a long rule with the page's number.
NUMBERED_HEADINGS = """Ashgrove Youth Justice Plan 2023-24

3. PERFORMANCE

3.1 First-time entrants (rate per 100,000 children aged 10-17)

In 2022/23 there were 22 first-time entrants in Ashgrove.

3.3 Custody (rate per 1,000 children aged 10-17, 2022/23)

The custody rate (0.09) is the lowest the service has recorded.

------------------------------------------------------------------------- 5 --
"""


def test_a_paragraphs_number_a_rate_in_brackets_and_a_pages_number_are_no_figures() -> None:
    facts = key_facts(NUMBERED_HEADINGS)
    assert ("first_time_entrants", "22", "count", "", "") in facts
    assert not {fact for fact in facts if fact[1] in ("3.1", "3.3", "0.09", "5")}, facts


# Key facts as boxes: each figure over its label, two boxes a line; the line of labels is no table's heads.
FIGURES_OVER_LABELS = """Inspection of youth justice services: Ashgrove

Key facts

298,000                                  24,150
Total population of Ashgrove              Youth population (10-17 years)

171                                      167
First-time entrants per 100,000:         First-time entrants per 100,000:
Ashgrove YJS                              average for England and Wales
"""


def test_figures_over_their_labels_are_no_table_under_heads() -> None:
    facts = key_facts(FIGURES_OVER_LABELS)
    assert not {fact for fact in facts if fact[0] == "youth_population" and fact[1] != "24150"}, facts


# A report's key facts as blocks: each figure on a line of its own over its label, the comparator in the label's
# bracket; a figure whose own line names no measure takes no label from the block above it.
KEY_FACT_BLOCKS = """Inspection of youth justice services: Ashgrove

Key facts

15,410
children aged 10 to 17 years living in Ashgrove (2022 mid-year estimate)

86
children supervised by the YJS at the time of the inspection

30.6%
reoffending rate in Ashgrove (England and Wales average: 32.2%)

201
first-time entrants per 100,000 children in Ashgrove (England and Wales: 149)
"""

# A table whose last column compares, its row's last cell left empty ('-'), the labels' column headed.
EMPTY_LAST_CELL = """Ashgrove Youth Offending Service: key indicators

       Indicator                    2011/12   2012/13   England 2012/13
       First-time entrants (count)\t241\t214\t-
       Custody per 1,000 aged 10-17\t0.21\t0.15\t0.62
"""


def test_key_fact_blocks_with_their_comparators_in_brackets() -> None:
    facts = key_facts(KEY_FACT_BLOCKS)
    assert {("youth_population", "15410", "count", "", ""),
            ("reoffending_rate", "30.6", "%", "England and Wales average", "32.2"),
            ("first_time_entrant_rate", "201", "per 100,000", "England and Wales", "149")} <= facts
    assert not {fact for fact in facts if fact[1] == "86"}, facts


def test_a_rows_empty_last_cell_leaves_its_figures_under_their_heads() -> None:
    facts = key_facts(EMPTY_LAST_CELL)
    assert ("first_time_entrants", "214", "count", "", "") in facts
    assert ("custody_rate", "0.15", "per 1,000", "England 2012/13", "0.62") in facts
    assert not {fact for fact in facts if fact[1] == "241" or fact[4] == "214"}, facts


@pytest.mark.parametrize("row", [
    "Total population of the district (ONS 2010)                        118,400",
    "Total population Ashgrove (2018 mid-year estimate)   118,400",
])
def test_a_bracketed_source_or_year_after_the_population_is_no_figure(row: str) -> None:
    facts = key_facts(HEAD + "Contextual information\n\n" + row + "\n")
    assert ("population", "118400", "count", "", "") in facts
    assert not {fact for fact in facts if fact[0] == "population" and fact[1] != "118400"}, facts


# A plan's performance section: each measure heads its paragraph, the area's figure and its comparators' on the line
# below, each beside its name.
HEADED_PAIRS = """Ashgrove Youth Justice Plan 2023-24

3.2 Reoffending (binary rate, 12 month cohort ending March 2021)

Ashgrove 35.6%    Wales 33.0%    England and Wales 32.2%

3.3 Custody (rate per 1,000 children aged 10-17, 2022/23)

Ashgrove 0.08    Wales 0.11
"""


def test_a_measures_heading_over_the_areas_and_its_comparators_figures() -> None:
    assert {("reoffending_rate", "35.6", "%", "Wales", "33.0"), ("reoffending_rate", "35.6", "%", "England and Wales", "32.2"),
            ("custody_rate", "0.08", "per 1,000", "Wales", "0.11")} <= key_facts(HEADED_PAIRS)


# A performance table whose heads are the area and its comparator alone, each row's label over a line that opens its
# unit's bracket with the figures after it (no indent), as a plan lays it out; and the same rows with the label's rest
# set in by a blank.
LABELS_OVER_BRACKETED_UNITS = """Thornwick Youth Justice Plan 2022-23

2.  Performance
                              Thornwick    Wales
First-time entrants
(rate per 100,000, 2021)        198          176
Reoffending (binary %,
 Jan 20 - Mar 20 cohort)       39.4%        35.1%
Use of custody
(rate per 1,000, 10-17)         0.18         0.11

Our reoffending rate remains higher than the all-Wales average.
"""


@pytest.mark.parametrize("text", [LABELS_OVER_BRACKETED_UNITS, LABELS_OVER_BRACKETED_UNITS.replace("\n(", "\n (")])
def test_a_rows_label_over_its_bracketed_unit_and_figures_keeps_the_heads_above(text: str) -> None:
    assert {("first_time_entrant_rate", "198", "per 100,000", "Wales", "176"),
            ("reoffending_rate", "39.4", "%", "Wales", "35.1"),
            ("custody_rate", "0.18", "per 1,000", "Wales", "0.11")} <= key_facts(text)


@pytest.mark.parametrize(("row", "compared"), [
    ("  first time entrants     131 per 100,000   (South East 201; England 219)", ("South East", "201", "England", "219")),
    ("Reoffending rate       36.2%      Wales 35.1%, England and Wales 37.4%", ("Wales", "35.1", "England and Wales", "37.4")),
    ("First-time entrants    1,087 per 100,000     (England 1,011, region 1,204)", ("England", "1011", "region", "1204")),
])
def test_a_cell_listing_several_comparators_gives_each_its_figure(row: str, compared: tuple[str, ...]) -> None:
    facts = key_facts("Thornwick scrutiny minutes\n\nMembers noted the following performance:\n" + row + "\n")
    assert {fact[3:] for fact in facts} == {compared[:2], compared[2:]}
