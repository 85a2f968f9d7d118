"""Dates as documents write them, to ISO 8601 at the precision given.

"12 August 2015" -> 2015-08-12; "22nd January 2014" -> 2014-01-22; "DECEMBER 2018" ->
2018-12; "12th March, 2014" -> 2014-03-12; "20.01.09" -> 2009-01-20; and ranges
"13-15 July 2015" or "16th-18th December 2013" -> (start, end). The dates an inspection
report states in words (its fieldwork, its publication) are read here too, so every loader
parses dates the same way. A found date is (ISO value, start, end) in the text given.
"""

from __future__ import annotations

import re
from datetime import date

# The one list of the months' names: dates, registers' heads, meetings' date lines and the name reader use it.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

# A month written in full, as reports write them in prose: "fieldwork started in September 2018".
MONTH_NAME = "(?:" + "|".join(month.capitalize() for month in MONTH_NAMES) + ")"
# A month in full or cut short, as a register's head or a meeting's date line writes it: 'Mar', 'Sept.', 'March'.
MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
DAY_MONTH_YEAR = re.compile(rf"\b{DAY}\s+{MONTH}\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"\b{MONTH}\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b")
RANGE = re.compile(rf"\b{DAY}\s*(?:{MONTH}\s*)?[-–]\s*{DAY}\s+{MONTH}\.?,?\s+(\d{{4}})\b", re.IGNORECASE)


Found = tuple[str, int, int]
ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"
FIELDWORK_RANGE = re.compile(rf"\b(?:conducted|carried out|undertaken|took place)\s+(?:from|between|on)\s+{ORDINAL}\s*"
                             rf"(?:-|–|to|and)\s*{ORDINAL}\s+({MONTH_NAME})\s+(\d{{4}})", re.IGNORECASE)
FIELDWORK_WEEKS = re.compile(rf"\bweeks?\s+(?:commencing|beginning):?\s+{ORDINAL}\s+({MONTH_NAME})\s+(\d{{4}})"
                             rf"(?:\s+and\s+{ORDINAL}\s+({MONTH_NAME})\s+(\d{{4}}))?", re.IGNORECASE)
FIELDWORK_DURING = re.compile(rf"\b(?:during|in)\s+({MONTH_NAME})\s+(\d{{4}}),?\s+(?:the\s+|HM\s+)?(?:Inspectorate|inspectors?|"
                              rf"HMI Probation)[^.]{{0,80}}?\b(?:undertook|undertaken|carried out|conducted|inspected)",
                              re.IGNORECASE)
# 'HM Inspectorate of Probation carried out a Full Joint Inspection of youth offending work in the city in January 2016'
# ('HM Inspectorate of Probation inspected Westmere Youth Justice Service (YJS) in February and March 2023': it started in
# the first month)
FIELDWORK_CARRIED_OUT = re.compile(rf"\b(?:Inspectorate(?:\s+of\s+Probation)?|inspectors|HMI\s+Probation)\s+(?:carried\s+out|"
                                   rf"conducted|undertook|inspected)\s[^.]{{0,120}}?\bin\s+({MONTH_NAME})"
                                   rf"(?:\s+(?:and|to)\s+{MONTH_NAME})?\s+(\d{{4}})\b")
# ('Fieldwork took place in August and September 2012': it started in the first month)
# ('Fieldwork took place in the week of 15 July 2019')
FIELDWORK_STARTED = re.compile(rf"\bfieldwork(?: for this inspection)?\s+(?:started|began|commenced|took\s+place)(?:\s+(?:on|in))?"
                               rf"(?:\s+the\s+week\s+(?:of|beginning|commencing))?:?\s+"
                               rf"(?:{ORDINAL}\s+)?({MONTH_NAME})(?:\s+(?:and|to)\s+{MONTH_NAME})?\s+(\d{{4}})", re.IGNORECASE)
# 'Publication date: 12 August 2015', a release's 'Published:  Tuesday, 14 February 2023', and the inspection told in
# papers: 'the inspection, led by ..., reported on 3 October 2019', 'The report was published on 3 October 2019'.
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PUBLICATION_LABEL = re.compile(rf"(?:Publication\s+date|Published)[^\S\n]*:[^\S\n]*(?:{WEEKDAY},?[^\S\n]+)?{ORDINAL}\s+"
                               rf"({MONTH_NAME})\s+(\d{{4}})|\b(?:inspection|report)\b[^.]{{0,80}}?\b(?:reported|was\s+published)"
                               rf"\s+on\s+{ORDINAL}\s+({MONTH_NAME})\s+(\d{{4}})", re.IGNORECASE)
# A title page's or foreword's date line: "March 2019", "HMI Probation, March 2019".
MONTH_YEAR_LINE = re.compile(rf"\W*(?:(?:HMI Probation|HM Inspectorate of Probation),?\s*)?({MONTH_NAME})\s+(\d{{4}})\W*",
                             re.IGNORECASE)



def is_month(word: str) -> bool:
    """A month's name, in full or cut short to three letters or more ('Jul', 'Sept.', 'September')."""
    bare = word.lower().rstrip(".")
    return len(bare) >= 3 and any(month.startswith(bare) for month in MONTH_NAMES)

def _iso(year: int, month: int, day: int | None = None) -> str | None:
    try:
        return date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
    except ValueError:
        return None


def iso_date(day: str | None, month: str, year: str) -> str | None:
    """('12', 'August', '2015') -> '2015-08-12'; no day -> '2015-08'; None for a date that does not exist."""
    return _iso(int(year), MONTHS[month.lower()[:3]], int(day) if day else None)


def parse_date(text: str) -> tuple[str, int, int] | None:
    """The first date in text as (ISO value, start, end), most precise form first."""
    found = []
    for match in DAY_MONTH_YEAR.finditer(text):
        value = _iso(int(match.group(3)), MONTHS[match.group(2).lower()[:3]], int(match.group(1)))
        if value:
            found.append((value, match.start(), match.end()))
            break
    for match in NUMERIC.finditer(text):
        year = int(match.group(3))
        year = year + 2000 if year < 100 else year
        value = _iso(year, int(match.group(2)), int(match.group(1)))
        if value and 1990 <= year <= 2100:
            found.append((value, match.start(), match.end()))
            break
    for match in MONTH_YEAR.finditer(text):
        value = _iso(int(match.group(2)), MONTHS[match.group(1).lower()[:3]])
        if value:
            found.append((value, match.start(), match.end()))
            break
    if not found:
        return None
    first = min(found, key=lambda f: (f[1], -len(f[0])))
    return first


def parse_range(text: str) -> tuple[str, str, int, int] | None:
    """'13-15 July 2015' -> ('2015-07-13', '2015-07-15', start, end)."""
    match = RANGE.search(text)
    if not match:
        return None
    year = int(match.group(5))
    end_month = MONTHS[match.group(4).lower()[:3]]
    start_month = MONTHS[match.group(2).lower()[:3]] if match.group(2) else end_month
    start = _iso(year, start_month, int(match.group(1)))
    end = _iso(year, end_month, int(match.group(3)))
    if not start or not end:
        return None
    return start, end, match.start(), match.end()


def _found(value: str | None, match: re.Match[str]) -> Found | None:
    return (value, match.start(), match.end()) if value else None


def fieldwork_dates(text: str) -> tuple[Found, Found | None] | None:
    """Fieldwork start and end: 'conducted from 13-15 July 2015', 'Fieldwork started: September 2018',
    'undertaken on the weeks commencing: 11 May 2015 and 01 June 2015', 'during the week beginning 6 February 2012', 'Fieldwork
    took place in August and September 2012', 'In May 2019, inspectors undertook', 'In November 2022 HM Inspectorate of
    Probation inspected our service', 'HM Inspectorate of Probation carried out a Full Joint Inspection of ... in January
    2016'."""
    ranged = FIELDWORK_RANGE.search(text)
    if ranged:
        day1, day2, month, year = ranged.groups()
        start = _found(iso_date(day1, month, year), ranged)
        if start:
            return start, _found(iso_date(day2, month, year), ranged)
    weeks = FIELDWORK_WEEKS.search(text)
    if weeks:
        day1, month1, year1, _, month2, year2 = weeks.groups()
        start = _found(iso_date(day1, month1, year1), weeks)
        if start:
            return start, _found(iso_date(None, month2, year2), weeks) if month2 else None
    during = FIELDWORK_DURING.search(text)
    if during:
        start = _found(iso_date(None, *during.groups()), during)
        if start:
            return start, None
    carried_out = FIELDWORK_CARRIED_OUT.search(text)
    if carried_out:
        start = _found(iso_date(None, *carried_out.groups()), carried_out)
        if start:
            return start, None
    started = FIELDWORK_STARTED.search(text)
    if started:
        start = _found(iso_date(*started.groups()), started)
        if start:
            return start, None
    return None


def labelled_publication_date(text: str) -> Found | None:
    """'Publication date: 12 August 2015', 'Published: Tuesday, 14 February 2023', 'the report was published on ...'."""
    labelled = PUBLICATION_LABEL.search(text)
    if labelled is None:
        return None
    day, month, year = labelled.groups()[:3] if labelled.group(2) else labelled.groups()[3:]
    return _found(iso_date(day, month, year), labelled)


def month_year_line(line: str) -> str | None:
    """A line that holds only a month and year (a title page's date): 'March 2019' -> '2019-03'."""
    alone = MONTH_YEAR_LINE.fullmatch(line)
    return iso_date(None, alone.group(1), alone.group(2)) if alone else None
