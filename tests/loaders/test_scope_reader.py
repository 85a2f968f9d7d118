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


# List scope. A relative clause after a list belongs to the entry just before it; a negated apology names no one who
# sent one; a table of actions under a copy list is no part of it; a letter's contact line ends its distribution.

SUBSTITUTE_RELATIVE = """Minutes of the meeting of the Children's Scrutiny Panel held on 3 May 2022.

Attendance

The meeting was chaired by Councillor Quentin Marlowe. Councillors Ivy Thackeray, Robert Denholm and Sophie
Farrant were present, together with Councillor Ewan Blackstock, who attended as substitute for Councillor Noel Vance.
"""

# the substitutes named as a pair before the relative: both sat
SUBSTITUTE_RELATIVE_PAIR = """Minutes of the meeting of the Corporate Parenting Panel held on 9 June 2021.

Present: Councillor Quentin Marlowe (Chair), Councillor Ivy Thackeray

Councillors Ewan Blackstock and Mirela Hodgkin, who attended as substitutes for Councillors Noel Vance and Ada Pike,
were welcomed.
"""

NEGATED_APOLOGY = """Minutes of the meeting of the Children's Scrutiny Panel held on 3 May 2022.

Present: Councillor Quentin Marlowe (Chair), Councillor Ivy Thackeray, Councillor Robert Denholm

1. Apologies

Apologies were received from Councillor Sophie Farrant. No apology was received from Councillor Noel Vance, and
apologies were not received from Councillor Ada Pike either.
"""

ACTIONS_UNDER_DISTRIBUTION = """WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on 12 October 2019

Present:
Jo Castellan        Chair, Head of Children's Services
Ravi Pendry         Police Inspector

Distribution: as above plus Chief Executive, Westmere Council

1.   Welcome

     The Chair welcomed members to the meeting and noted that the
     agenda had been circulated in advance of the date set.

Action tracker
No.  Action                                      Owner  Due
1    Circulate the revised plan                  JC     Dec 19
2    Report to the Board                         RP/JC  Mar 20
"""

CONTACT_AFTER_DISTRIBUTION = """Dear Ms Harrow

Short Quality Screening of youth offending work in Westmere

Yours sincerely

Alan Pettifer
HM Inspector of Probation

Distribution:

Margaret Oduya                   Cabinet Member for Children,
                                 Westmere Council
Supt Lionel Farrant              Westmere Constabulary

Contact for enquiries about this letter: Bronwen Castell, HMI Probation,
tel. 0161 240 0000
"""


def test_relative_substitute_clause_is_the_last_entrys() -> None:
    rows = people_rows(load_text(SUBSTITUTE_RELATIVE))
    assert ("Ewan Blackstock", "standing_deputy") in rows
    assert not {row for row in rows if row[1] == "standing_deputy" and row[0] != "Ewan Blackstock"}


def test_relative_substitute_clause_of_a_pair_is_both() -> None:
    rows = people_rows(load_text(SUBSTITUTE_RELATIVE_PAIR))
    assert {("Ewan Blackstock", "standing_deputy"), ("Mirela Hodgkin", "standing_deputy")} <= rows
    assert ("Ivy Thackeray", "standing_deputy") not in rows


def test_negated_apology_names_no_one() -> None:
    rows = people_rows(load_text(NEGATED_APOLOGY))
    assert ("Sophie Farrant", "apologies") in rows
    assert not {row for row in rows if row[1] == "apologies" and row[0] != "Sophie Farrant"}


def test_action_table_is_no_copy_list() -> None:
    rows = people_rows(load_text(ACTIONS_UNDER_DISTRIBUTION))
    assert not {row for row in rows if row[1] == "copy_to"}


def test_contact_line_ends_a_distribution_list() -> None:
    rows = people_rows(load_text(CONTACT_AFTER_DISTRIBUTION))
    assert ("Margaret Oduya", "copy_to") in rows
    assert ("Bronwen Castell", "copy_to") not in rows


# Attendance labels in a left column with no colon, the names in a column to their right, wrapped lines set in under
# them: each label opens its own block.

PADDED_LABELS = """Minutes of the meeting of the Community Safety Committee held on 2 June 2015

Present       Councillor Hester Vane (Chair), Councillor Osric Pell

Officers      Tamsin Achterberg - Community Safety Manager
              Dorian Pask - Democratic Services Officer
Also present  Wilma Cottrell - Head of Youth Offending Service,
              Northdown County Council

1.  APOLOGIES

None.
"""

# tabs for padding, the labels in capitals and small letters mixed
TABBED_LABELS = """Minutes of the meeting of the Children's Scrutiny Panel held on 9 May 2017

Present\tCouncillor Hester Vane (Chair), Councillor Osric Pell
In attendance\tTamsin Achterberg, Youth Offending Service Manager
Apologies\tCouncillor Ferdinand Alsop

1.  MINUTES
"""

# near miss: a table of figures whose first cell is a label-like word, no person to its right
PADDED_FIGURES = """Minutes of the meeting of the Children's Scrutiny Panel held on 9 May 2017

Present: Councillor Hester Vane (Chair), Councillor Osric Pell

Officers      12      14      15
Members       7       7       8

1.  MINUTES
"""


def test_padded_labels_open_blocks_of_their_own() -> None:
    rows = people_rows(load_text(PADDED_LABELS))
    assert {("Tamsin Achterberg", "officer_attending"), ("Dorian Pask", "officer_attending")} <= rows
    assert ("Tamsin Achterberg", "present_at_meeting") not in rows
    assert ("Dorian Pask", "present_at_meeting") not in rows
    assert ("Wilma Cottrell", "officer_attending") in rows or ("Wilma Cottrell", "present_at_meeting") in rows


def test_tabbed_labels_open_blocks_of_their_own() -> None:
    rows = people_rows(load_text(TABBED_LABELS))
    assert ("Hester Vane", "present_at_meeting") in rows
    assert ("Ferdinand Alsop", "apologies") in rows
    assert ("Ferdinand Alsop", "present_at_meeting") not in rows


def test_padded_figures_are_no_block() -> None:
    rows = people_rows(load_text(PADDED_FIGURES))
    assert {name for name, _ in rows} == {"Hester Vane", "Osric Pell"}


# A membership list parted by semicolons, each member surname first in capitals with no comma after it; the present
# list then names them by surname alone, and those surnames resolve to the members.

BARE_CAPITALS_MEMBERSHIP = """CORRANDALE METROPOLITAN BOROUGH COUNCIL

CORPORATE PARENTING SCRUTINY PANEL

Wednesday, 14 May 2014, 2.00 p.m.

Membership:   OSTRANDER Mabel (Chair); HALLOWAY Rupert (Vice-Chair); PYE Gwendolen;
              TENNANT-LLOYD Idris; FAIRBROOK Lionel

MINUTES

PRESENT:  Councillor Ostrander (in the Chair); Councillors Halloway, Pye and Tennant-Lloyd.
"""

# near miss: capitals and a word parted by semicolons that are no people
BARE_CAPITALS_POSTS = """CORRANDALE METROPOLITAN BOROUGH COUNCIL

CORPORATE PARENTING SCRUTINY PANEL

Wednesday, 14 May 2014, 2.00 p.m.

Membership:   POLICE Liaison; HEALTH Service; EDUCATION Welfare

PRESENT:  Councillor Mabel Ostrander (in the Chair)
"""


def test_bare_capitals_membership_names_the_members() -> None:
    rows = people_rows(load_text(BARE_CAPITALS_MEMBERSHIP))
    assert {("Mabel Ostrander", "panel_chair"), ("Gwendolen Pye", "panel_member"),
            ("Lionel Fairbrook", "panel_member"), ("Rupert Halloway", "present_at_meeting")} <= rows
    assert not {name for name, _ in rows if " " not in name}  # no surname alone


def test_bare_capitals_posts_are_no_members() -> None:
    rows = people_rows(load_text(BARE_CAPITALS_POSTS))
    assert {name for name, _ in rows} == {"Mabel Ostrander"}


# near miss: a post wrapped under its cell in a grid of members, set in from the margin, is no label
GRID_WRAPPED_POST = """WESTMERE YOUTH JUSTICE SERVICE

MANAGEMENT BOARD

MINUTES
Date: 27 November 2019        Time: 09:30

Hester Vane           Corporate Director,        Osric Pell            Head of Youth Justice
(Chair)               Social Services                                  Service
Cllr Ada Brierley     Cabinet Member,            Dr Ivo Castell        Head of Children's
                      Social Services                                  Therapies
Rufus Tallow          Chief Education                                  Team
                      Officer                    Dorian Pask           Head of Probation
Tamsin Achterberg     Oversight Manager,                               Delivery Unit
                      YJB Cymru                  Lowri Fenn            Support Officer (notes)

Apologies
  - Wilma Cottrell, Head of Housing Solutions


1.  WELCOME AND APOLOGIES

    The Chair welcomed members. Apologies were noted as above.
"""


def test_a_wrapped_post_set_in_is_no_label() -> None:
    rows = people_rows(load_text(GRID_WRAPPED_POST))
    assert ("Dorian Pask", "officer_attending") not in rows
