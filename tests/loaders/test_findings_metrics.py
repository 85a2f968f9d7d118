"""Key facts in every layout a council paper, a plan, a report or a news item writes them: each figure with its label
(before or after it, on its line, the next line or its table row), its unit and every comparator stated; and the
numbers that are no key fact (pages, dates, scores, phones, money, percentages of cases). Fictional documents."""

from __future__ import annotations

import pytest

from kg.loaders.findings_metrics import standard_metric
from tests.conftest import load_text
from tests.loaders.test_findings import entities

Row = tuple[str, str, str, str, str]  # metric, value, unit, comparator as written, comparator value


def key_facts(text: str, name: str = "doc.txt") -> set[Row]:
    """The key facts read, each comparator as the document writes it (what the reader found; its one name in the
    vocabulary is tested apart)."""
    return {(o["metric"][0], o["value"][0], o["unit"][0], o.get("comparator_as_written", [""])[0],
             o.get("comparator_value", [""])[0]) for o in entities(load_text(text, name), "Observation")}


FIGURE_THEN_LABEL = """Harrowmere Youth Justice Service - performance summary

34.2%
reoffending rate (binary), April 2021 - March 2022 cohort
England and Wales: 32.1%
Family group: 33.0%

171
first-time entrants per 100,000 children aged 10-17
Region: 190

0.12
custodial sentences per 1,000 children
National: 0.15 | Regional: 0.13
"""
MARKDOWN_TABLE = """Harrowmere Youth Justice Plan 2024/25

Table 2: how Harrowmere compares

| Measure | Harrowmere | Wales | Family group | England and Wales |
|---|---|---|---|---|
| Reoffending rate | 34.2% | 36.0% | 35.1% | 32.1% |
| First-time entrants per 100,000 | 171 | 190 | 182 | 165 |
"""
TAB_TABLE = ("Report to the Harrowmere Children's Scrutiny Panel\n\nAppendix B: performance\n\n"
             "Measure\tHarrowmere\tStatistical neighbours\tEngland and Wales\n"
             "Reoffending rate\t34.2%\t35.0%\t32.1%\n"
             "Custody rate per 1,000\t0.12\t0.10\t0.09\n")
KEY_FACTS_SECTION = """Harrowmere Youth Justice Plan 2024-25

2. Key facts
Population of 10-17-year-olds: 23,400
First-time entrants (rate per 100,000): 171, against a regional average of 190
Reoffending: 34.2% (national: 37.7%)
Caseload: 112
Cases examined: 38
"""
COLUMN_TABLE = """Harrowmere Children's Scrutiny Panel - youth justice performance

| Area | Reoffending rate | First-time entrants per 100,000 |
|---|---|---|
| England and Wales | 32.1% | 165 |
| Harrowmere | 34.2% | 171 |
| YOT family | 33.5% | 180 |
"""
LABEL_THEN_FIGURE_LINES = """Harrowmere Youth Justice Plan 2024-25

Key facts

Population of 10–17-year-olds
21,950

First-time entrants (per 100,000)
171
South West: 190
England and Wales: 165
"""
ONE_CELL_A_LINE = """Harrowmere Youth Justice Plan 2024-25

Table 3: comparative performance

Measure
Harrowmere
Wales
England and Wales
Reoffending rate
34.2%
36.0%
32.1%
First-time entrants per 100,000
171
190
165
"""
NEWS_FACTBOX = """Harrowmere Council news

Youth justice service praised by inspectors

The council's youth justice service was praised in a report published today.

FACT BOX
- Reoffending rate: 29.6% (national average: 33.1%)
- First-time entrants: 171 per 100,000 (region: 190)
- Survey respondents: 45
- Children aged 10 to 17 in the borough: 23,400
"""


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(FIGURE_THEN_LABEL, {
        ("reoffending_rate", "34.2", "%", "England and Wales", "32.1"),
        ("reoffending_rate", "34.2", "%", "Family group", "33.0"),
        ("first_time_entrant_rate", "171", "per 100,000", "Region", "190"),
        ("custody_rate", "0.12", "per 1,000", "National", "0.15"),
        ("custody_rate", "0.12", "per 1,000", "Regional", "0.13")}, id="figure-then-label-lines"),
    pytest.param(MARKDOWN_TABLE, {
        ("reoffending_rate", "34.2", "%", "Wales", "36.0"),
        ("reoffending_rate", "34.2", "%", "Family group", "35.1"),
        ("reoffending_rate", "34.2", "%", "England and Wales", "32.1"),
        ("first_time_entrant_rate", "171", "per 100,000", "Wales", "190"),
        ("first_time_entrant_rate", "171", "per 100,000", "Family group", "182"),
        ("first_time_entrant_rate", "171", "per 100,000", "England and Wales", "165")}, id="markdown-table"),
    pytest.param(TAB_TABLE, {
        ("reoffending_rate", "34.2", "%", "Statistical neighbours", "35.0"),
        ("reoffending_rate", "34.2", "%", "England and Wales", "32.1"),
        ("custody_rate", "0.12", "per 1,000", "Statistical neighbours", "0.10"),
        ("custody_rate", "0.12", "per 1,000", "England and Wales", "0.09")}, id="tab-table"),
    pytest.param(KEY_FACTS_SECTION, {
        ("youth_population", "23400", "count", "", ""),
        ("first_time_entrant_rate", "171", "per 100,000", "regional average", "190"),
        ("reoffending_rate", "34.2", "%", "national", "37.7"),
        ("caseload", "112", "count", "", ""),
        ("cases_examined", "38", "count", "", "")}, id="plan-key-facts"),
    pytest.param(COLUMN_TABLE, {
        ("reoffending_rate", "34.2", "%", "England and Wales", "32.1"),
        ("reoffending_rate", "34.2", "%", "YOT family", "33.5"),
        ("first_time_entrant_rate", "171", "per 100,000", "England and Wales", "165"),
        ("first_time_entrant_rate", "171", "per 100,000", "YOT family", "180")}, id="measures-as-columns"),
    pytest.param(LABEL_THEN_FIGURE_LINES, {
        ("youth_population", "21950", "count", "", ""),
        ("first_time_entrant_rate", "171", "per 100,000", "South West", "190"),
        ("first_time_entrant_rate", "171", "per 100,000", "England and Wales", "165")}, id="label-then-figure-lines"),
    pytest.param(ONE_CELL_A_LINE, {
        ("reoffending_rate", "34.2", "%", "Wales", "36.0"),
        ("reoffending_rate", "34.2", "%", "England and Wales", "32.1"),
        ("first_time_entrant_rate", "171", "per 100,000", "Wales", "190"),
        ("first_time_entrant_rate", "171", "per 100,000", "England and Wales", "165")}, id="table-one-cell-a-line"),
    pytest.param(NEWS_FACTBOX, {
        ("first_time_entrant_rate", "171", "per 100,000", "region", "190"),
        ("survey_respondents", "45", "count", "", ""),
        ("youth_population", "23400", "count", "", ""),
        ("reoffending_rate", "29.6", "%", "national average", "33.1")}, id="news-factbox"),
])
def test_key_facts_in_each_layout(text: str, expected: set[Row]) -> None:
    assert key_facts(text) == expected


def test_a_comparator_has_one_name_whatever_the_layout_writes() -> None:
    """Each comparator is kept under the vocabulary's one name, beside its name as written."""
    found = {(o["comparator_as_written"][0], o["comparator"][0])
             for text in (FIGURE_THEN_LABEL, MARKDOWN_TABLE, TAB_TABLE, KEY_FACTS_SECTION, COLUMN_TABLE,
                          LABEL_THEN_FIGURE_LINES, ONE_CELL_A_LINE, NEWS_FACTBOX)
             for o in entities(load_text(text), "Observation") if "comparator" in o}
    assert found == {("England and Wales", "England and Wales"), ("National", "England and Wales"),
                     ("national", "England and Wales"), ("national average", "England and Wales"),
                     ("Wales", "Wales"), ("Region", "region"), ("Regional", "region"), ("region", "region"),
                     ("regional average", "region"), ("South West", "region"), ("Family group", "YOT family"),
                     ("YOT family", "YOT family"), ("Statistical neighbours", "YOT family")}


@pytest.mark.parametrize(("sentence", "value", "comparator", "comparator_value"), [
    ("Reoffending is 36.8% against 32.5% for England and Wales.", "36.8", "England and Wales", "32.5"),
    ("Binary reoffending for the latest cohort stood at 38.2%\nagainst 32.5% for England and Wales.", "38.2",
     "England and Wales", "32.5"),
    ("The reoffending rate for children in Harrowmere is 38.2 per cent, compared with 32.5 per\n   cent for "
     "England and Wales.", "38.2", "England and Wales", "32.5"),
    ("Reoffending by children in the borough has fallen from 41.0% to 38.2% in two years, though it\nis still above "
     "the England and Wales rate of 32.5%.", "38.2", "the England and Wales rate", "32.5"),
    ("The proportion of children who reoffend is 29.6%; the national average was 33.1%.", "29.6", "the national average",
     "33.1"),
    ("At 31.0%, reoffending is below the national rate of 33.1%.", "31.0", "the national rate", "33.1"),
    ("The reoffending rate is 31.0%, below the national rate of 33.1%.", "31.0", "the national rate", "33.1"),
    ("Binary reoffending rate: 31.9%\n    (regional 35.4%).", "31.9", "regional", "35.4"),
    ("Reoffending is 34.2%, higher than the national reoffending rate of 33.1%.", "34.2", "the national", "33.1"),
    ("Reoffending rate 34.2% v 33.1% (England and Wales).", "34.2", "England and Wales", "33.1"),
    ("The rate at which children in the city reoffend has fallen to 31.7%, compared with a regional\naverage of "
     "35.0%.", "31.7", "regional average", "35.0"),
    ("The reoffending rate for children in Harrowmere is 31.4 per cent, compared with 32.2 per cent\nacross England "
     "and Wales.", "31.4", "England and Wales", "32.2"),
    ("The latest figures show that 39.6% of children in Harrowmere who receive a caution or sentence\ngo on to "
     "reoffend, compared with a Welsh average of 35.1%.", "39.6", "Welsh average", "35.1"),
])
def test_reoffending_in_prose_with_its_comparator(sentence: str, value: str | None, comparator: str | None,
                                                  comparator_value: str | None) -> None:
    found = {row for row in key_facts(f"Harrowmere Youth Justice Board\n\nMinutes\n\n{sentence}\n")
             if row[0] == "reoffending_rate"}
    assert found == ({("reoffending_rate", value, "%", comparator, comparator_value)} if value else set())


def test_every_comparator_of_a_sentence() -> None:
    text = ("Harrowmere Youth Justice Plan\n\nReoffending (binary): Harrowmere 34.2%, Wales 36.0%, England and Wales "
            "32.1%. The first-time entrant rate (171 per 100,000) is lower than the regional rate (190) and the "
            "national rate (165).\n")
    assert key_facts(text) == {("reoffending_rate", "34.2", "%", "Wales", "36.0"),
                               ("reoffending_rate", "34.2", "%", "England and Wales", "32.1"),
                               ("first_time_entrant_rate", "171", "per 100,000", "the regional rate", "190"),
                               ("first_time_entrant_rate", "171", "per 100,000", "the national rate", "165")}


def test_comparators_with_the_same_figure_are_separate_observations() -> None:
    """Two comparators with one figure are two facts (each its own observation, one name as written); one comparator
    stated twice, in other words, is one fact."""
    text = ("Harrowmere Youth Justice Board\n\nMinutes\n\nReoffending (binary): Harrowmere 36.0%, South West 36.0%, "
            "England and Wales 36.0%.\n\nReoffending rate 36.0% v 36.0% (national).\n")
    found = {(tuple(sorted(set(o["comparator"]))), tuple(sorted(set(o["comparator_as_written"]))),
              tuple(sorted(set(o["comparator_value"])))) for o in entities(load_text(text), "Observation")}
    assert found == {(("region",), ("South West",), ("36.0",)),
                     (("England and Wales",), ("England and Wales", "national"), ("36.0",))}


def test_a_rate_of_the_10_17_population_against_the_family_group() -> None:
    text = ("Report to Cabinet\n\nFirst-time entrants were 171 per 100,000 of the 10-17 population in 2023, compared "
            "with 190 per 100,000 for the family group.\n")
    assert key_facts(text) == {("first_time_entrant_rate", "171", "per 100,000", "family group", "190")}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("| Measure | Harrowmere 2022/23 | Harrowmere 2023/24 | England and Wales 2023/24 |\n|---|---|---|---|\n"
                 "| Reoffending rate | 36.1% | 34.2% | 32.1% |\n",
                 {("reoffending_rate", "34.2", "%", "England and Wales 2023/24", "32.1")}, id="the-latest-year"),
    pytest.param("Reoffending rate\t34.2%\nNational average\t32.1%\nFamily group\t35.0%\n",
                 {("reoffending_rate", "34.2", "%", "National average", "32.1"),
                  ("reoffending_rate", "34.2", "%", "Family group", "35.0")}, id="comparator-rows-under-the-measure"),
])
def test_a_measure_row_with_years_or_comparator_rows(text: str, expected: set[Row]) -> None:
    assert key_facts(f"Harrowmere performance report\n\n{text}") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The rate of proven reoffending stood at 34.2 per cent; nationally the figure is 32.1 per cent.",
     {("reoffending_rate", "34.2", "%", "nationally", "32.1")}),
    ("First-time entrants (1 April 2023 – 31 March 2024): 41", {("first_time_entrants", "41", "count", "", "")}),
    ("In the year ending March 2024 there were 41 first-time entrants, a rate of 171 per 100,000 against 190 in the "
     "region.", {("first_time_entrants", "41", "count", "", ""),
                 ("first_time_entrant_rate", "171", "per 100,000", "region", "190")}),
])
def test_more_sentences(sentence: str, expected: set[Row]) -> None:
    assert key_facts(f"Harrowmere Youth Justice Board\n\nMinutes\n\n{sentence}\n") == expected


def test_first_time_entrants_in_minutes_with_a_regional_comparator() -> None:
    text = ("Harrowmere Youth Justice Board\n\nMinutes\n\nThe analyst presented the dashboard. First-time entrants "
            "had fallen to 171 per 100,000 (from 214), against a regional rate of 190; custody rate\n0.11 per 1,000.\n")
    assert key_facts(text) == {("first_time_entrant_rate", "171", "per 100,000", "regional rate", "190"),
                               ("custody_rate", "0.11", "per 1,000", "", "")}


def test_a_page_number_between_dashes_is_no_figure_of_the_label_above_it() -> None:
    minutes = ("Harrowmere Youth Justice Service\n\nMinutes of the scrutiny panel\n\nShe reported that the reoffending "
               "rate for Harrowmere children had been\n38.6%, against 32.9% for England and Wales, and that this was "
               "driven by a\nsmall group of children with very high reoffending.\n\n-- 1 --\n\nNext item.\n")
    assert key_facts(minutes) == {("reoffending_rate", "38.6", "%", "England and Wales", "32.9")}


@pytest.mark.parametrize("text", [
    pytest.param("Harrowmere YJS report\n\nReoffending rates\n\nPage 12\n", id="page-number"),
    pytest.param("Harrowmere YJS report\n\nThe reoffending figures were published on 12 March 2024.\n", id="date"),
    pytest.param("Harrowmere YJS report\n\nReoffending work scored 25/36 in the audit.\n", id="rating-score"),
    pytest.param("Harrowmere YJS report\n\nReoffending enquiries: 01632 960 123\n", id="phone"),
    pytest.param("Harrowmere YJS report\n\nFirst-time entrants programme budget: £34,000\n", id="budget"),
    pytest.param("Harrowmere YJS report\n\nCost of custodial sentences: 250,000\n", id="budget-line-without-pounds"),
    pytest.param("Harrowmere YJS report\n\n| Standard | Rating | Cases |\n|---|---|---|\n"
                 "| Reducing reoffending | Good | 78% |\n", id="percentage-of-cases-in-a-rating-table"),
    pytest.param("Harrowmere YJS report\n\nIn 72% of cases, work to reduce reoffending was sufficient.\n",
                 id="percentage-of-cases-in-prose"),
    pytest.param("Harrowmere YJS report\n\nReoffending was addressed well in 85% of the cases inspected.\n",
                 id="percentage-of-the-cases-inspected"),
    pytest.param("Harrowmere YJS report\n\n| Question | Yes |\n|---|---|\n"
                 "| Is reoffending considered in the assessment? | 85% |\n", id="case-assessment-question"),
    pytest.param("Harrowmere YJS report\n\nThe number of first-time entrants has fallen by 12% in two years.\n",
                 id="a-change-not-a-rate"),
])
def test_numbers_that_are_no_key_fact(text: str) -> None:
    assert key_facts(text) == set()


@pytest.mark.parametrize("text", [
    "Reoffending is 34.2%. The national standards audit examined 45 children's plans.",
    "Reoffending is 34.2%, and 60% of staff responded to the national survey.",
    "Reoffending is 34.2%; the national average attendance rate is 91%.",
])
def test_a_figure_near_national_that_is_no_comparator(text: str) -> None:
    """The precision trap: a figure near 'national' that is not the measure's comparator."""
    assert key_facts(f"Harrowmere Youth Justice Board\n\n{text}\n") == {("reoffending_rate", "34.2", "%", "", "")}


@pytest.mark.parametrize(("name", "unit", "expected"), [
    ("first_time_entrants", "per 100,000", "first_time_entrant_rate"),
    ("first_time_entrants", "count", "first_time_entrants"),
    ("binary_reoffending_rate", "%", "reoffending_rate"),
    ("bme_youth_population", "count", "bme_youth_population"),
    ("population", "count", "population"),
    ("population_10_17", "count", "youth_population"),
    ("custody", "per 1,000", "custody_rate"),
    ("cases_inspected", "count", "cases_examined"),
])
def test_a_gold_name_in_the_vocabulary(name: str, unit: str, expected: str) -> None:
    assert standard_metric(name, unit) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("There were 41 first-time entrants in the year to March 2024.", ("first_time_entrants", "41", "count", "", "")),
    ("34.2% reoffending rate (England and Wales 32.1%)", ("reoffending_rate", "34.2", "%", "England and Wales", "32.1")),
    ("Children aged 10 to 17: 23,400", ("youth_population", "23400", "count", "", "")),
    ("There are approximately 23,400 children aged 10-17 in Harrowmere.", ("youth_population", "23400", "count", "", "")),
    ("Some 23,400 young people aged 10 to 17 live in the borough.", ("youth_population", "23400", "count", "", "")),
    ("Harrowmere is home to around 23,400 10-17 year olds.", ("youth_population", "23400", "count", "", "")),
    ("In all, 45 children responded to the survey.", ("survey_respondents", "45", "count", "", "")),
])
def test_a_figure_before_its_label(line: str, expected: Row) -> None:
    assert key_facts(f"Harrowmere Youth Justice Board\n\n{line}\n") == {expected}


def test_n_children_aged_10_to_17_is_no_population() -> None:
    assert key_facts("Harrowmere Youth Justice Board\n\nThe service supervised 112 children aged 10 to 17.\n") == set()


def test_a_population_of_children_aged_10_to_17_is_the_youth_population_alone() -> None:
    report = ("Harrowmere Youth Offending Service\n\nHarrowmere is a city of some 248,000 people with a population of\n"
              "26,900 children aged 10 to 17. The YOS sits within the People Directorate.\n")
    assert key_facts(report) == {("population", "248000", "count", "", ""), ("youth_population", "26900", "count", "", "")}


def test_the_period_of_a_figure_then_label_block() -> None:
    periods = {o["period"][0] for o in entities(load_text(FIGURE_THEN_LABEL), "Observation")
               if o["metric"] == ["reoffending_rate"]}
    assert periods == {"April 2021 - March 2022 cohort"}


def test_comparators_named_after_their_figure_in_a_region_or_on_the_next_line() -> None:
    # batch 20: 'in the South East region' (the words after a region's name in lower case), 'against 149' / 'across
    # England and Wales' broken by the line
    text = ("Report to Cabinet\n\nThe first-time entrant rate in Tarrowby fell to 118 per 100,000 children in 2024, "
            "compared with 136 in the South East region and 149 in England and Wales.\n\nThe reoffending rate was "
            "29.8%, against 32.2%\nacross England and Wales.\n")
    assert key_facts(text) >= {("first_time_entrant_rate", "118", "per 100,000", "South East", "136"),
                               ("reoffending_rate", "29.8", "%", "England and Wales", "32.2")}


def test_the_cases_of_children_examined() -> None:
    text = "Tarrowby youth justice rated Good\n\nInspectors examined the cases of 36 children in February.\n"
    assert ("cases_examined", "36", "count", "", "") in key_facts(text)


@pytest.mark.parametrize("sentence", [
    "Inspectors examined a total of 58 cases in February.",
    "We looked at the work in 58 cases.",
    "Inspectors examined 58 children's cases.",
    "The inspection team read 58 case files.",
])
def test_cases_examined_stated_in_prose(sentence: str) -> None:
    text = f"Tarrowby youth justice rated Good\n\n{sentence}\n"
    assert ("cases_examined", "58", "count", "", "") in key_facts(text)


@pytest.mark.parametrize("sentence", [
    "Inspectors examined 27 court disposals and 16 out-of-\n    court disposals.",
    "We inspected 27 court disposal cases and 16 out-of-court disposals.",
    "They spent a week reading the case files of 43 children.",
])
def test_court_and_out_of_court_disposals_examined_are_the_cases_together(sentence: str) -> None:
    text = f"Tarrowby youth justice rated Good\n\n{sentence}\n"
    assert {row for row in key_facts(text) if row[0] == "cases_examined"} == {("cases_examined", "43", "count", "", "")}


DOT_LEADER_FACTS = """An inspection of youth offending services in

Penvarrow

Key facts
   312 ....... First-time entrants per 100,000 (Penvarrow)     287 ...... Wales average
   36.4% ..... Reoffending rate (Penvarrow)                    39.0% .... Wales average
"""


def test_key_facts_with_dot_leaders_and_their_comparators_on_the_same_line() -> None:
    found = {row for row in key_facts(DOT_LEADER_FACTS, "report.txt") if row[0] != "cases_examined"}
    assert found == {("first_time_entrant_rate", "312", "per 100,000", "Wales average", "287"),
                     ("reoffending_rate", "36.4", "%", "Wales average", "39.0")}


def test_a_column_of_figures_with_their_labels_beside_them_and_a_page_number_under_a_footnote() -> None:
    report = ("An inspection of youth justice services in Harrowmere\n\nKey facts\n"
              "  31.4%        Proven reoffending rate for children in Harrowmere¹\n"
              "  32.2%        Proven reoffending rate for children in England and Wales¹\n"
              "   179         First-time entrants per 100,000 children in Harrowmere²\n"
              "   157         First-time entrants per 100,000 children in England and Wales²\n"
              "¹ Ministry of Justice. Proven reoffending statistics.\n"
              "² Youth Justice Board. First-time entrants, year ending December 2023.\n"
              "                                                                                 7\n\n"
              "4.5    The reoffending rate is discussed in section 6.\n")
    found = {row[:5] for row in key_facts(report) if row[0] in ("reoffending_rate", "first_time_entrants",
                                                                 "first_time_entrant_rate")}
    assert found == {("reoffending_rate", "31.4", "%", "England and Wales", "32.2"),
                     ("first_time_entrant_rate", "179", "per 100,000", "England and Wales", "157")}


def test_a_column_of_figures_whose_label_wraps_and_the_nations_population_beside_the_areas() -> None:
    """A label wrapped onto the next line leaves its comparator's line under it the comparator's; a population
    figure whose label names England and Wales is no figure of the area (u561, u522)."""
    report = ("An inspection of youth justice services in Harrowmere\n\nKEY FACTS\n\n"
              "44.1%            Reoffending rate, Harrowmere (proven reoffending,\n"
              "                 cohort to March 2022)\n"
              "39.9%            Reoffending rate, England and Wales\n\n"
              "Population information\n"
              "  64,300      The youth population (10-17 year olds) in Harrowmere\n"
              "  5,480,000   Total youth population (10-17 year olds) in England and Wales\n")
    found = {row[:5] for row in key_facts(report) if row[0] in ("reoffending_rate", "youth_population")}
    assert found == {("reoffending_rate", "44.1", "%", "England and Wales", "39.9"),
                     ("youth_population", "64300", "count", "", "")}


def test_labels_with_footnote_marks_under_another_table_and_a_figure_ending_a_wrapped_sentence() -> None:
    facts = """Dunmoor Youth Justice Service

Contextual facts

First-time entrants rate per 100,000¹
182        Dunmoor
156        Wales average

Reoffending rate²
31.5%      Dunmoor
33.9%      Wales average

¹ Youth Justice Board, year ending March 2023. ² Ministry of Justice, proven reoffending statistics.

Total black and minority ethnic
youth population³ 9,535

The published reoffending rate for Dunmoor was
31.5%, better than the previous year and better than the England and Wales average of
36.0%.
"""
    assert key_facts(facts) == {("first_time_entrant_rate", "182", "per 100,000", "Wales", "156"),
                                ("reoffending_rate", "31.5", "%", "Wales", "33.9"),
                                ("bme_youth_population", "9535", "count", "", ""),
                                ("reoffending_rate", "31.5", "%", "the England and Wales average", "36.0")}


def test_the_children_of_a_rate_per_100000_are_its_denominator_not_a_measure_that_ends_its_comparators() -> None:
    text = ("Dunmoor Youth Justice Plan 2024-25\n\nFirst-time entrants: 164 per 100,000 children aged 10 to 17 in the "
            "year to March 2024,\ndown from 182, compared with 151 for Wales.\n")
    assert key_facts(text) == {("first_time_entrant_rate", "164", "per 100,000", "Wales", "151")}


def test_key_facts_with_each_figure_before_its_label() -> None:
    report = ("An inspection of youth offending services in Tarrowby\n\nKey facts\n\n"
              "642,300          Total population Tarrowby\n58,410           Total youth population (10–17 years) in "
              "Tarrowby\n218              First-time entrants per 100,000 in Tarrowby\n")
    found = {row for row in key_facts(report, "report.txt") if row[0].endswith("population")}
    assert found == {("population", "642300", "count", "", ""), ("youth_population", "58410", "count", "", "")}


def test_the_children_a_rate_is_per_are_no_measure_between_it_and_its_comparator() -> None:
    minutes = ("Tarrowby Youth Justice Management Board\n\nMinutes\n\n  • The rate of first-time entrants fell to 218 per "
               "100,000 children\n    aged 10–17, against 238 for England and Wales.\n")
    assert key_facts(minutes) == {("first_time_entrant_rate", "218", "per 100,000", "England and Wales", "238")}


def test_a_rate_per_100000_children_aged_10_to_17_against_a_comparator_after_it() -> None:
    minutes = ("Harrowmere Youth Justice Board\n\nMinutes\n\nFirst-time entrants stood at 178 per 100,000 young people "
               "aged 10-17,\nabove the England average of 167 per 100,000. The proportion of children who reoffend is "
               "35.2 per cent,\nhigher than the 31.2 per cent average across England and Wales.\n")
    assert key_facts(minutes) == {("first_time_entrant_rate", "178", "per 100,000", "the England average", "167"),
                                  ("reoffending_rate", "35.2", "%", "England and Wales", "31.2")}


def test_a_table_whose_labels_wrap_onto_the_line_of_their_figures() -> None:
    plan = ("Harrowmere Youth Justice Plan\n\n"
            "Key facts at a glance                   Harrowmere    England (national average)\n"
            "First-time entrants (per 100,000\n"
            "  children aged 10–17, 2022)              142            149\n"
            "Reoffending (binary rate, cohort\n"
            "  Apr 20 – Mar 21)                        29.6%          31.4%\n"
            "Children in custody per 1,000 (2022)      0.08           0.10\n")
    assert key_facts(plan) == {
        ("first_time_entrant_rate", "142", "per 100,000", "England (national average)", "149"),
        ("reoffending_rate", "29.6", "%", "England (national average)", "31.4"),
        ("custody_rate", "0.08", "per 1,000", "England (national average)", "0.10")}


def test_a_national_figure_compared_a_custody_count_after_its_colon_and_cases_counted_by_the_words_after_them() -> None:
    minutes = ("Tarrowby Youth Justice Management Board\n\nMinutes\n\n4. Performance\n"
               "  - Use of custody: 0.21 per 1,000 of the 10-17 population, national figure 0.15.\n"
               "  - Custody: 3 children sentenced to custody in 2022/23.\n"
               "Caseload at the time of the audit: 24 cases were inspected in total.\n")
    assert key_facts(minutes) == {("custody_rate", "0.21", "per 1,000", "national figure", "0.15"),
                                  ("custodial_sentences", "3", "count", "", ""),
                                  ("cases_examined", "24", "count", "", "")}


def test_a_comparators_figure_line_above_a_sentence_is_not_the_areas_figure() -> None:
    text = ("Harrowmere Youth Justice Plan 2024-25\n\nFirst-time entrants (per 100,000 of the 10-17 population), year to\n"
            "December 2023:\nHarrowmere        201\nYJS family group  163\nWales             178\nEngland and Wales 149\n\n"
            "The first-time entrant rate in Harrowmere was 201 per 100,000 children,\nabove the Wales rate of 178 and "
            "the England and Wales rate of 149.\n")
    assert {(value, comparator) for metric, value, _, comparator, _ in key_facts(text)
            if metric == "first_time_entrant_rate"} == {("201", "the Wales rate"), ("201", "the England and Wales rate")}


@pytest.mark.parametrize("furniture", [
    "\n\n- 7 -\n________________________________________\n\n      ",  # the page's number and a rule
    "\n\n                                                     Page 12\n\fHarrowmere Youth Justice Plan 2024-25\n\n",
    "\n\n12\nHarrowmere Youth Justice Plan 2024-25\n\n",  # a bare number beside a running header
])
def test_comparators_after_a_page_break_in_their_sentence(furniture: str) -> None:
    plan = ("Harrowmere Youth Justice Plan 2024-25\n\nThe reoffending rate in Harrowmere, at 41.2%, was worse than"
            f"{furniture}the regional average of 38.5% and the England average of 36.1%.\n")
    assert key_facts(plan) == {("reoffending_rate", "41.2", "%", "the regional average", "38.5"),
                               ("reoffending_rate", "41.2", "%", "the England average", "36.1")}


def test_a_figure_alone_between_a_label_and_prose_is_no_page_number() -> None:
    plan = "Harrowmere Youth Justice Plan 2024-25\n\nOpen cases\n\n112\n\nacross the service at the end of March.\n"
    assert ("caseload", "112", "count", "", "") in key_facts(plan)


def test_a_table_with_a_region_column_and_a_label_two_spaces_from_its_figure() -> None:
    """A region named in a head beside the next head ('South West   England'); a row whose label the padding left two
    spaces from its figure; 'Custody (per 1,000 ...)' naming the custody rate by its unit; figures whose run is no
    phone number."""
    minutes = ("Harrowmere YOS Management Board\n\n"
               "    Indicator                          Harrowmere   South West   England\n"
               "    First-time entrants (per 100,000)  1,087         1,011       876\n"
               "    Reoffending (frequency, %)         39.6          36.8        33.3\n"
               "    Custody (per 1,000 10-17)          1.9           1.4         0.9\n")
    assert key_facts(minutes) == {
        ("first_time_entrant_rate", "1087", "per 100,000", "South West", "1011"),
        ("first_time_entrant_rate", "1087", "per 100,000", "England", "876"),
        ("reoffending_rate", "39.6", "%", "South West", "36.8"), ("reoffending_rate", "39.6", "%", "England", "33.3"),
        ("custody_rate", "1.9", "per 1,000", "South West", "1.4"), ("custody_rate", "1.9", "per 1,000", "England", "0.9")}


def test_children_entering_the_youth_justice_system_for_the_first_time() -> None:
    news = ("Harrowmere Council news\n\nThe number of children entering the youth justice system for the first\ntime "
            "has fallen to 118 per 100,000 children in Harrowmere, against 149\nacross England and Wales.\n")
    assert key_facts(news) == {("first_time_entrant_rate", "118", "per 100,000", "England and Wales", "149")}


def test_several_comparators_on_one_line_each_with_its_own_name() -> None:
    """The area's figure first, then the region's, Wales's and the national one ('England & Wales'): each comparator is
    an observation of its own, the national one among them, none of them the area's."""
    plan = ("Harrowmere Youth Justice Plan 2024-25\n\n"
            "Reoffending rate: Harrowmere 41% | Region 39.5% | Wales 36.5% | England & Wales 38.2%\n")
    assert key_facts(plan) == {("reoffending_rate", "41", "%", "Region", "39.5"), ("reoffending_rate", "41", "%", "Wales", "36.5"),
                               ("reoffending_rate", "41", "%", "England & Wales", "38.2")}


def test_a_label_the_margin_broke_between_its_words() -> None:
    paper = ("Report to the Harrowmere Scrutiny Committee\n\n4.3  Performance data show that Harrowmere has a higher rate "
             "of first-time\n     entrants (248 per 100,000 young people aged 10-17) than the Wales average of 221.\n")
    assert key_facts(paper) == {("first_time_entrant_rate", "248", "per 100,000", "the Wales average", "221")}


def test_a_comparators_figure_line_is_never_a_facts_own_and_a_rate_of_the_population_is_no_population() -> None:
    """Lines of names and figures under a label, the prose after them stating the area's figure; a rate 'per 1,000 of
    the 10-17 population', whose population is its denominator."""
    plan = ("Harrowmere Youth Justice Plan 2024-25\n\n3. Key facts\n\n"
            "First-time entrants (per 100,000 of the 10-17 population), year to\nDecember 2023:\n"
            "Harrowmere        201\nYJS family group  163\nWales             178\nEngland and Wales 149\n\n"
            "The first-time entrant rate in Harrowmere was 201 per 100,000 children,\n"
            "above the Wales rate of 178 and the England and Wales rate of 149.\n\n"
            "Use of custody (per 1,000 of the 10-17 population), year to March 2024:\n"
            "Harrowmere 0.16     Wales 0.10     England and Wales 0.11\n")
    assert key_facts(plan) == {
        ("first_time_entrant_rate", "201", "per 100,000", "the Wales rate", "178"),
        ("first_time_entrant_rate", "201", "per 100,000", "the England and Wales rate", "149"),
        ("custody_rate", "0.16", "per 1,000", "Wales", "0.10"), ("custody_rate", "0.16", "per 1,000", "England and Wales", "0.11")}


def test_a_rate_of_children_before_the_measure_they_became() -> None:
    news = ("Harrowmere Council news\n\nData presented to the board this month\nshow that 128 children per 100,000 aged "
            "10 to 17 became first-time entrants\nlast year, compared with 146 per 100,000 across England.\n")
    assert key_facts(news) == {("first_time_entrant_rate", "128", "per 100,000", "England", "146")}


def test_a_label_wrapped_over_lines_and_a_posts_full_time_equivalent() -> None:
    text = """Westmere YOS Management Board
Minutes – 10 October 2025

Present: Ann Lee (Chair)

5   Performance
    First time
    entrants had fallen to 574 per 100,000. The secondment (0.5 FTE) is vacant from July.
"""
    assert {(metric, value) for metric, value, *_ in key_facts(text, "westmere-board.txt")} == {
        ("first_time_entrant_rate", "574")}


def test_a_partners_contribution_in_full_time_equivalent_posts_is_no_first_time_entrants() -> None:
    text = """Ashgrove Youth Justice Plan 2021-22

First-time entrants: 27 children in 2020/21, down from 41.

Table 2: Partner contributions 2021-22 (£)
Ashgrove CBC\t412,600
Probation Service - Wales\t22,500 (plus 1.0 FTE seconded officer)
Ashgrove University Health Board\t31,000
Police\t18,000 and 2 FTE posts
"""
    assert {(metric, value) for metric, value, *_ in key_facts(text, "ashgrove-plan.txt")} == {
        ("first_time_entrants", "27")}


def test_custody_as_a_share_of_court_disposals_and_a_bound_the_plan_aims_for() -> None:
    text = """Westmere YOS Management Board
Minutes – 10 June 2010

Present: Ann Lee (Chair)

4   Performance
    The use of custody stood at 3.9% of court disposals.

5   Priorities
    (c) Keep the use of custody below 4% of court disposals.
"""
    assert {(metric, value) for metric, value, *_ in key_facts(text, "westmere-board.txt")} == {("custody_rate", "3.9")}


def test_a_figure_after_dot_leaders_from_its_label_with_its_comparator_in_brackets() -> None:
    text = """WESTMERE YOUTH JUSTICE SERVICE MANAGEMENT BOARD

Minutes – 24 March 2026

Present:
Jo Bloggs, Chair

4   Performance – Quarter 3
    The manager presented the quarterly data:
      First time entrants ............ 236 per 100,000 (Wales 198)
      Reoffending rate ............... 41.3% (Wales 38.5%)
"""
    found = {(o["metric"][0], o["value"][0], o.get("comparator", [""])[0], o.get("comparator_value", [""])[0])
             for o in entities(load_text(text, "westmere-board.txt"), "Observation")}
    assert {("first_time_entrant_rate", "236", "Wales", "198"), ("reoffending_rate", "41.3", "Wales", "38.5")} <= found


CONTEXTUAL_FACTS = """An inspection of youth offending services in Ashgrove
HM Inspectorate of Probation, October 2019

Contextual facts
Population information
  212,400     Total population Ashgrove (2018)
Key staffing data
  Total staff holding case responsibility        23
  Average caseload case managers (FTE)           15
"""


def test_a_population_row_whose_figure_opens_the_line_and_a_staffing_row_in_ftes() -> None:
    facts = key_facts(CONTEXTUAL_FACTS)
    assert ("population", "212400", "count", "", "") in facts
    assert not any(metric in ("first_time_entrants", "caseload") for metric, *_ in facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ashgrove is a county borough of about 96,000 people in north Wales.\n", ("population", "96000", "count", "", "")),
    (" Indicator                          Q4      Wales\n First-time entrants (per 100k)      127      141\n",
     ("first_time_entrant_rate", "127", "per 100,000", "Wales", "141")),
    ("Custody use stood at 0.08 per 1,000 children against 0.11 for Wales.\n",
     ("custody_rate", "0.08", "per 1,000", "Wales", "0.11")),
])
def test_key_facts_written_in_other_words(text: str, expected: Row) -> None:
    assert expected in key_facts("Ashgrove Youth Justice Service: inspection findings\n\n" + text)


SPLIT_FIGURES = """An inspection of youth offending services in Ashgrove

Key facts

55             Cases examined (34 court disposals, 21 out-of-court)
322            First-time entrants per 100,000 in Ashgrove

Contextual facts
Additional caseload data
  Total current caseload: community sentences        81
  Total current caseload: custody                    13
  Total current caseload: out-of-court disposals     58
Key performance
  Reoffending rate                       |  Ashgrove 46.1%  |  England and Wales 40.1%
"""


def test_a_figures_parts_in_brackets_and_a_caseload_split_by_kind_are_no_second_figure_of_the_measure() -> None:
    """'55   Cases examined (34 court disposals, ...)': the 34 is a part of the 55 its layout gave the label, not the
    cases examined again; 'Total current caseload: custody   13' is the caseload of custody, not a third caseload."""
    facts = {(metric, value) for metric, value, *_ in key_facts(SPLIT_FIGURES)}
    assert {metric: sorted(value for m, value in facts if m == metric) for metric, _ in facts} == {
        "cases_examined": ["55"], "caseload_community_sentences": ["81"], "caseload_custody": ["13"],
        "caseload_out_of_court_disposals": ["58"], "first_time_entrant_rate": ["322"], "reoffending_rate": ["46.1"]}


def test_a_population_row_whose_figure_opens_the_line_before_the_words_the_total_population() -> None:
    """'265,400   The total population of Ashgrove' over '25,700   The youth population ...': the total is the figure
    before its label, not the youth population's on the line after it."""
    facts = key_facts("An inspection of youth offending services in Ashgrove\n\nKey facts\n\n"
                      "265,400        The total population of Ashgrove\n"
                      "25,700         The youth population (10-17 years) in Ashgrove\n")
    assert {(metric, value) for metric, value, *_ in facts} == {("population", "265400"), ("youth_population", "25700")}


def test_a_kinds_cases_in_a_key_facts_table_are_a_measure_of_their_own() -> None:
    # batch 43: a report's key facts give the cases inspected, then a kind of them on the next row
    text = ("Tarrowby youth justice rated Good\n\nKey facts\n\n       52        Cases inspected: 24 court disposals and 28 "
            "out-of-court\n                 disposals\n        3        Resettlement cases examined\n")
    assert {row for row in key_facts(text) if "cases" in row[0]} == {("cases_examined", "52", "count", "", ""),
                                                                    ("resettlement_cases_examined", "3", "count", "", "")}


def test_a_table_of_years_whose_latest_head_writes_its_year_in_two_digits_after_a_month() -> None:
    """'Yr to Sep 19' is later than '2018/19': its column is the area's figure now, the others earlier ones (u542)."""
    table = ("Corrowdale Youth Justice Service\n\nAppendix - Performance indicators\n"
             "Indicator                          2017/18     2018/19     Yr to Sep 19\n"
             "First time entrants (number)       88          57          41\n"
             "Binary reoffending (%)             40.3        42.0        44.1\n")
    found = {row[:3] for row in key_facts(table)}
    assert found == {("first_time_entrants", "41", "count"), ("reoffending_rate", "44.1", "%")}
