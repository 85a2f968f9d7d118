"""Dates as documents write them, to ISO 8601 at the precision given.

"12 August 2015" -> 2015-08-12; "22nd January 2014" -> 2014-01-22; "DECEMBER 2018" ->
2018-12; "12th March, 2014" -> 2014-03-12; "20.01.09" -> 2009-01-20; and ranges
"13-15 July 2015" or "16th-18th December 2013" -> (start, end).
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
DAY_MONTH_YEAR = re.compile(rf"\b{DAY}\s+{MONTH}\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"\b{MONTH}\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b")
RANGE = re.compile(rf"\b{DAY}\s*(?:{MONTH}\s*)?[-–]\s*{DAY}\s+{MONTH}\.?,?\s+(\d{{4}})\b", re.IGNORECASE)


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
