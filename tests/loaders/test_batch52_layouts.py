"""Layouts of the 52nd blind batch (u337-u344), each in a small fictional fixture: a board's register headed by the
meeting's date with P/A/S marks and a key, initials that keep a name's apostrophe or hyphen, cabinet minutes whose
members are listed surname first in capitals with a middle initial and a status, a cover whose title runs onto its
place above the Chief Inspector, an SQS report with a contents page, two entries side by side, a name broken after
its forename, and a lead's thanks naming the team."""

from __future__ import annotations

from kg.loaders import registry
from kg.loaders.initials import initials_of
from tests.conftest import load_text, people_rows


def _rows(text: str, name: str = "fixture.txt") -> set[tuple[str, str]]:
    return {(n.lower(), r) for n, r in people_rows(load_text(text, name))}


REGISTER = """WESTMERE YOUTH JUSTICE PARTNERSHIP BOARD
Minutes of the meeting held on Thursday 9 May 2019, 10.00am

ATTENDANCE REGISTER

Member\tRepresenting\tMay 19
Dr Helen M. Ashworth (Chair) ........\tDirector of Children's Services, Westmere Council\tP
Bryony Fenwick-Hale .................\tHead of Youth Justice Service\tP
Supt Carys Pellow ...................\tNorthshire Police\tA
DI Owain Tredwell ...................\tNorthshire Police (for Supt Pellow)\tS
Nathaniel Ogunleye ..................\tCommunity Safety Partnership Manager\tP

Key:  P = present   A = apologies   S = substitute


1.\tWELCOME AND APOLOGIES

1.1\tHMA welcomed members.

1.2\tBF-H said that the service had completed its self-assessment.
"""


def test_register_headed_by_the_meetings_date_with_a_substitute_mark() -> None:
    rows = _rows(REGISTER)
    assert {("helen m. ashworth", "board_chair"), ("helen m. ashworth", "present_at_meeting"),
            ("bryony fenwick-hale", "present_at_meeting"), ("carys pellow", "apologies"),
            ("owain tredwell", "present_at_meeting"), ("owain tredwell", "standing_deputy"),
            ("nathaniel ogunleye", "present_at_meeting")} <= rows
    assert ("carys pellow", "present_at_meeting") not in rows


def test_initials_keep_the_names_apostrophe_or_hyphen() -> None:
    assert "CO'H" in initials_of("Ciaran O'Halloran") and "BF-H" in initials_of("Bryony Fenwick-Hale")
    assert ("bryony fenwick-hale", "quoted") in _rows(REGISTER)


CABINET = """Westmere Council

CABINET

MINUTES of the meeting held in the Council Chamber, Westmere on Wednesday, 15 January 2020 at 6.30 pm

MEMBERS OF THE CABINET

HARGREAVE, Judith (Cllr) .... Leader of the Council (Chair) ..... present
PETRAKIS, Stelios R. (Cllr) .... Deputy Leader; Finance ......... present
O'DWYER, Maeve J. (Cllr) ...... Children and Young People ....... present
WHITCOMBE, Edwin (Cllr) ....... Environment ..................... apologies

Officers:  Jo Bloggs, Chief Executive; and Kerensa
Trevail (Democratic Services Officer).


1.  APOLOGIES FOR ABSENCE

    An apology for absence was received from Councillor Whitcombe.
"""


def test_members_of_the_cabinet_surname_first_with_a_middle_initial_and_a_status() -> None:
    rows = _rows(CABINET)
    assert {("stelios r. petrakis", "present_at_meeting"), ("maeve j. o'dwyer", "present_at_meeting"),
            ("judith hargreave", "present_at_meeting"), ("edwin whitcombe", "apologies")} <= rows
    assert ("edwin whitcombe", "present_at_meeting") not in rows


def test_a_lists_last_name_broken_after_its_forename() -> None:
    assert ("kerensa trevail", "officer_attending") in _rows(CABINET)


COVER = """HM Inspectorate of Probation

An inspection of youth offending services in
Westmere

HM Chief Inspector of Probation

October 2019


Foreword

Overall, Westmere Youth Justice Service was rated as 'Good'.

Juliet R. Amberley
HM Chief Inspector of Probation


Annexe: the inspection team

Rowena Castellane\tHM Inspector (lead)
Tobias Wrenfield\tHM Inspector
"""


def test_a_covers_place_signs_nothing_and_the_annexe_names_the_team() -> None:
    rows = _rows(COVER)
    assert ("juliet r. amberley", "chief_inspector") in rows
    assert not any(name == "westmere" for name, _ in rows)
    assert {("rowena castellane", "lead_inspector"), ("tobias wrenfield", "inspection_team")} <= rows


SQS_REPORT = """Short Quality Screening
of youth offending work in
WESTMERE

The report of an inspection led by HM Inspectorate of Probation
June 2013


Contents                                                          Page

Acknowledgements .............................................. 2
1.  Introduction .............................................. 3

ACKNOWLEDGEMENTS

Lead Inspector           Rowena Castellane
Inspection team          Tobias Wrenfield, Marisol Quarrie

1.  INTRODUCTION

The screening examined 20 cases.

Copies of this report are available from the Inspectorate's website.
Press enquiries: 020 3334 0000.
"""


def test_an_sqs_report_with_a_contents_page_is_an_inspection_report() -> None:
    assert [module.FAMILY for module in registry.recognised(SQS_REPORT)] == ["standards_inspection"]
    assert {("rowena castellane", "lead_inspector"), ("tobias wrenfield", "inspection_team"),
            ("marisol quarrie", "inspection_team")} <= _rows(SQS_REPORT)


SIDE_BY_SIDE = """WESTMERE COUNCIL

CHILDREN'S SCRUTINY PANEL

Minutes of a meeting of the Children's Scrutiny Panel held on Tuesday 24 September 2013.

Present:-

Councillor A. Pellowe (Chairman)          Councillor B. Treloar
Mrs C. Venning (co-opted, Diocesan rep.)     Mr D. Jewell (co-opted, parent governor)


1   APOLOGIES

    None.
"""


def test_entries_side_by_side_parted_by_padding_before_an_honorific() -> None:
    rows = _rows(SIDE_BY_SIDE)
    assert {("c. venning", "present_at_meeting"), ("d. jewell", "present_at_meeting")} <= rows


SQS_LETTER = """HM Inspectorate of Probation

Mr Jo Bloggs
Chair, Westmere YOS Management Board

18 June 2013

Dear Mr Bloggs

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN WESTMERE

We recently carried out a Short Quality Screening (SQS) of youth offending work in Westmere.

Please accept my thanks, and those of my colleagues Tobias Wrenfield and Marisol Quarrie, for the
assistance given to us by everyone in Westmere.

Yours sincerely

Rowena Castellane
Lead Inspector

cc:
Councillor Ann Treen             Leader of the Council
"""


def test_a_leads_thanks_with_those_of_the_colleagues_name_the_team() -> None:
    rows = _rows(SQS_LETTER)
    assert {("tobias wrenfield", "inspection_team"), ("marisol quarrie", "inspection_team")} <= rows
    assert not any(name == "westmere" for name, _ in rows)
