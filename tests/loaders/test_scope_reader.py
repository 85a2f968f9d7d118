"""Scope of a council body's minutes: a document is read as a meeting's minutes when a committee's or panel's heading
stands over the meeting's own weekday-and-date line (with a time or without) and an attendance label follows, though
no line says 'minutes of the meeting held on'. A body's heading and a date with no attendance label, or an attendance
label and a heading with no date line, stay as they are read today. Fictional documents."""

from __future__ import annotations

import pytest

from kg.loaders import council_papers, registry
from tests.conftest import load_text, people_rows

# the date with a time after a comma, a rule between the heads, 'MINUTES' alone, the list run on over two lines
DATED_WITH_TIME = """Corrandale Metropolitan Borough Council

CORPORATE PARENTING SCRUTINY PANEL

Wednesday, 14 May 2014, 2.00 p.m.
Committee Room 1, Corrandale Civic Centre

--------------------------------------------------------------

MINUTES

PRESENT:  Councillor Mabel Ostrander (in the Chair); Councillors Rupert Halloway,
Gwendolen Pye and Idris Tennant.

1.   APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor Lionel Fairbrook.
"""

# ordinal day, no time, the apologies first and the present list after
DATED_ORDINAL = """Kelderby City Council
Youth Justice Scrutiny Committee
Thursday 3rd March 2022

Apologies:  Councillor Agnes Whitcombe

Present:  Councillor Norris Pemberton (Chair), Councillor Hilda Barraclough, Councillor Jasper Quennell
"""

# month before day, the time after 'at', the heading in capitals with 'AND'
DATED_MONTH_FIRST = """HARLOWMEAD COUNTY COUNCIL

CHILDREN AND FAMILIES SCRUTINY COMMITTEE

Monday, March 7, 2016 at 10am

Present: Councillor Prudence Ashdown (Chair), Councillor Tobias Merriweather, Councillor Leonie Castleford
"""

# near misses: a cabinet report with a heading and a dated line, but no attendance label; a panel's heading and a
# present list with no date line is judged as today (a record's words or nothing)
REPORT_DATED = """CABINET

Tuesday 14 September 2021

Report of the Director of Children's Services

Youth Justice Plan 2021-22

1. Purpose of the report
This report asks Cabinet to approve the plan.
"""

UNDATED_LIST = """CHILDREN'S SCRUTINY PANEL

Present: Councillor Mabel Ostrander, Councillor Rupert Halloway

The panel reviewed the plan.
"""


@pytest.mark.parametrize("text", [DATED_WITH_TIME, DATED_ORDINAL, DATED_MONTH_FIRST])
def test_body_heading_over_a_weekday_date_line_is_a_meeting(text: str) -> None:
    assert council_papers.signs(text)
    assert "council_papers" in [module.FAMILY for module in registry.recognised(text)]


@pytest.mark.parametrize("text", [REPORT_DATED, UNDATED_LIST])
def test_near_misses_are_not_minutes(text: str) -> None:
    assert not council_papers.signs(text)


def test_dated_minutes_list_who_was_present() -> None:
    rows = people_rows(load_text(DATED_WITH_TIME))
    assert ("Mabel Ostrander", "present_at_meeting") in rows
    assert ("Gwendolen Pye", "present_at_meeting") in rows
    assert ("Lionel Fairbrook", "apologies") in rows


def test_ordinal_date_minutes_list_who_was_present() -> None:
    rows = people_rows(load_text(DATED_ORDINAL))
    assert ("Norris Pemberton", "present_at_meeting") in rows
    assert ("Agnes Whitcombe", "apologies") in rows
