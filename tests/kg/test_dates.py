"""Dates as documents write them, to ISO 8601 at the precision given."""

from __future__ import annotations

import pytest

from kg.dates import fieldwork_dates, iso_date, labelled_publication_date, month_year_line, parse_date, parse_range


@pytest.mark.parametrize(("text", "value"), [
    ("held on 12 August 2015 at the Civic Suite", "2015-08-12"),
    ("Wednesday 22nd January 2014", "2014-01-22"),
    ("DECEMBER 2018", "2018-12"),
    ("12th March, 2014", "2014-03-12"),
    ("Minutes 20.01.09", "2009-01-20"),
    ("3 Sept 2019", "2019-09-03"),
])
def test_parse_date(text: str, value: str) -> None:
    found = parse_date(text)
    assert found is not None
    assert found[0] == value
    assert text[found[1]:found[2]].strip()  # the span holds the date as written


def test_the_earliest_and_most_precise_date_wins() -> None:
    found = parse_date("Report of March 2016, meeting of 4 April 2016")
    assert found is not None and found[0] == "2016-03"


def test_no_date_and_impossible_dates() -> None:
    assert parse_date("no date here, only 2019") is None
    assert parse_date("31 February 2015") == ("2015-02", 3, 16)  # no such day: the month is still known
    assert iso_date("31", "June", "2015") is None
    assert iso_date(None, "sep", "2015") == "2015-09"


@pytest.mark.parametrize(("text", "start", "end"), [
    ("fieldwork 13-15 July 2015 in Northshire", "2015-07-13", "2015-07-15"),
    ("16th-18th December 2013", "2013-12-16", "2013-12-18"),
    ("30 June - 2 July 2014", "2014-06-30", "2014-07-02"),
])
def test_parse_range(text: str, start: str, end: str) -> None:
    found = parse_range(text)
    assert found is not None and found[:2] == (start, end)


def test_a_range_with_an_impossible_day_is_no_range() -> None:
    assert parse_range("31-33 July 2015") is None


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The inspection was conducted from 13-15 July 2015.", "2015-07-13", "2015-07-15"),
    ("undertaken on the weeks commencing: 11 May 2015 and 01 June 2015", "2015-05-11", "2015-06"),
    ("visited the service during the week\nbeginning 6 February 2012", "2012-02-06", None),
    ("In May 2019, inspectors undertook fieldwork in Westmere", "2019-05", None),
    ("In November 2022 HM Inspectorate of Probation inspected our Youth Justice Service", "2022-11", None),
    ("Fieldwork started: September 2018", "2018-09", None),
    ("HM Inspectorate of Probation inspected Westmere Youth Justice Service\n(YJS) in February and March 2023.", "2023-02",
     None),
    ("Fieldwork took place in the week of 15 July 2019 and", "2019-07-15", None),
])
def test_fieldwork_dates(text: str, start: str, end: str | None) -> None:
    found = fieldwork_dates(text)
    assert found is not None
    first, last = found
    assert first[0] == start and (last[0] if last else None) == end
    assert text[first[1]:first[2]].strip()


def test_publication_dates() -> None:
    text = "A report\nPublication date: 3rd October 2019\n"
    found = labelled_publication_date(text)
    assert found is not None and found[0] == "2019-10-03"
    assert text[found[1]:found[2]] == "Publication date: 3rd October 2019"
    assert month_year_line("HMI Probation, March 2019") == "2019-03"
    assert month_year_line("In March 2019 we visited") is None


@pytest.mark.parametrize(("text", "date"), [
    ("Published: 16 May 2023        Share   Print", "2023-05-16"),
    ("Published:  Tuesday, 14 February 2023", "2023-02-14"),
    ("the inspection, led by HM Inspector Jo Bloggs, reported on 3 October 2019.", "2019-10-03"),
    ("The report was published on 3 October 2019.", "2019-10-03"),
])
def test_a_releases_and_a_papers_publication_dates(text: str, date: str) -> None:
    found = labelled_publication_date(text)
    assert found is not None and found[0] == date
    assert date[-2:].lstrip("0") in text[found[1]:found[2]]


@pytest.mark.parametrize("text", ["Published by HM Inspectorate of Probation, July 2024",
                                  "Ms Bloggs reported on 3 October 2019 that the board had met."])
def test_no_publication_date_without_a_label_or_a_report(text: str) -> None:
    assert labelled_publication_date(text) is None
