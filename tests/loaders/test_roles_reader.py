"""People kg finds in a council's minutes but gave the wrong relation: a committee's 'Membership:' names its chair and
vice-chair among its members (they are `panel_member` too, with the seat they hold as the role, beside
`panel_chair` / `panel_vice_chair`), and a cabinet's own minutes whose head names the cabinet in capitals, in two
languages or in the opening sentence list its members with their portfolios (`cabinet_member`, never a panel's
members). Near misses kept as they were: a 'Members:' list marking its chair (those who sat, the seats only), a
board's membership, a scrutiny committee that only mentions the cabinet, an 'EXECUTIVE SUMMARY' heading, and
councillors at a cabinet with no portfolio written. Fictional documents."""

from __future__ import annotations

from kg.loaders import attendance
from tests.conftest import load_text, people_rows, role_rows
from tests.linear_time import assert_grows_linearly

MEMBERSHIP_PROSE = """Harrowfield District Council

CHILDREN'S SERVICES SCRUTINY PANEL

Minutes of the meeting held on Tuesday 4 March 2014 at 6.00 pm, Council Chamber

Membership: Councillors Beatrix Longstaffe (Chair), Owain Penrose (Vice-Chair),
Delia Marchbank, Rory Quilter and Sunniva Helgason.

PRESENT:  Councillor Longstaffe (in the Chair); Councillors Penrose, Marchbank and Quilter

Officers: Hattie Crumlin (Head of Youth Offending Service)

1.  APOLOGIES
    Apologies were received from Councillor Helgason.
"""

MEMBERSHIP_CAPITALS_YEAR = """WESTLING BOROUGH COUNCIL
YOUNG PEOPLE'S OVERVIEW AND SCRUTINY COMMITTEE

Minutes of the meeting held on Thursday 9 June 2022 at 7.00 pm

PANEL MEMBERSHIP 2022/23:  TREMAYNE, Oswin (Chairman); FAIRLIE, Grete (Vice-Chairman);
   OKONKWO, Bamidele; PRITCHETT, Lorna

PRESENT:  Cllr O. Tremayne, Cllr G. Fairlie, Cllr B. Okonkwo

Also present: Ms Ysolde Brannigan, Head of Youth Justice Service
"""

MEMBERSHIP_BILINGUAL = """CYNGOR SIR GLANHAFREN  |  GLANHAFREN COUNTY COUNCIL

PWYLLGOR CRAFFU PLANT / CHILDREN'S SCRUTINY COMMITTEE

Minutes of the meeting held on Monday 14 October 2024 at 10.00 am

Aelodaeth / Membership: Cynghorwyr / Councillors Gwenllian Tudwal (Chair),
Emlyn Rhosydd (Vice-Chair), Nerys Cadfan, Iwan Penllyn

YN BRESENNOL / PRESENT:
Cllr G. Tudwal (Chair), Cllr E. Rhosydd (Vice-Chair), Cllr N. Cadfan, Cllr I. Penllyn
"""

MEMBERS_ARE_THOSE_WHO_SAT = """Harrowfield District Council

CHILDREN'S SERVICES SCRUTINY PANEL

Minutes of the meeting held on Tuesday 4 March 2014 at 6.00 pm, Council Chamber

Members:  LONGSTAFFE, Beatrix (Chair); PENROSE, Owain (Vice-Chair); MARCHBANK, Delia;
QUILTER, Rory

Officers: Hattie Crumlin (Head of Youth Offending Service)
"""


def _seats(result: object, name: str) -> set[str]:
    return {relation for person, relation in people_rows(result) if person == name}  # type: ignore[arg-type]


def test_a_committees_membership_in_prose_names_its_chair_and_vice_chair_members_too() -> None:
    result = load_text(MEMBERSHIP_PROSE, "harrowfield_scrutiny_minutes_2014_03.txt")
    assert {"panel_chair", "panel_member"} <= _seats(result, "Beatrix Longstaffe")
    assert {"panel_vice_chair", "panel_member"} <= _seats(result, "Owain Penrose")
    assert "panel_member" in _seats(result, "Delia Marchbank")
    roles = role_rows(result)
    assert ("Beatrix Longstaffe", "panel_member", "Chair") in roles  # the seat they hold, not 'Member'
    assert ("Owain Penrose", "panel_member", "Vice-Chair") in roles


def test_a_membership_in_capitals_surname_first_with_its_year_names_the_chair_a_member() -> None:
    result = load_text(MEMBERSHIP_CAPITALS_YEAR, "westling_scrutiny_minutes_2022_06.txt")
    assert {"panel_chair", "panel_member"} <= _seats(result, "Oswin Tremayne")
    assert {"panel_vice_chair", "panel_member"} <= _seats(result, "Grete Fairlie")
    assert "panel_member" in _seats(result, "Lorna Pritchett")


def test_a_bilingual_membership_names_the_chair_a_member() -> None:
    result = load_text(MEMBERSHIP_BILINGUAL, "glanhafren_scrutiny_minutes_2024_10.txt")
    assert {"panel_chair", "panel_member"} <= _seats(result, "Gwenllian Tudwal")
    assert {"panel_vice_chair", "panel_member"} <= _seats(result, "Emlyn Rhosydd")


def test_a_members_list_marking_its_chair_gives_the_seats_only() -> None:
    result = load_text(MEMBERS_ARE_THOSE_WHO_SAT, "harrowfield_scrutiny_minutes_2014_03.txt")
    assert "panel_chair" in _seats(result, "Beatrix Longstaffe")
    assert "panel_member" not in _seats(result, "Beatrix Longstaffe")
    assert "panel_member" not in _seats(result, "Owain Penrose")


CABINET_BILINGUAL_MEMBERS = """CYNGOR BWRDEISTREF SIROL PENGARTH  |  PENGARTH COUNTY BOROUGH COUNCIL
CABINET  |  Y CABINET
Minutes of the meeting held in the Siambr, Canolfan Ddinesig, on Wednesday 9 June 2021 at 10.30 am

MEMBERS / AELODAU:
  Councillor R. Maldwyn (Leader)          Councillor T. Caerwen (Deputy Leader)
  Councillor B. Llewelyn                  Councillor G. Rhiwlas*
  Councillor S. Ogwen-Price               Councillor M. Trefor

  * unable to attend - apologies

Officers present: Elin Garnant (Chief Executive); Catrin Dolwen (Head of Youth
Justice Service).
"""

CABINET_IN_PROSE_CAPITALS = """NORTHBRIDGE METROPOLITAN BOROUGH COUNCIL

MINUTES of a meeting of the CABINET held in the Council Chamber, Northbridge Town Hall on
Tuesday, 8th October, 2013 at 10.00 a.m.

PRESENT: Councillor Maxine Holloway (Leader of the Council) in the Chair; Councillors Idris
Fenton (Deputy Leader and Cabinet Member for Resources), Priya Ashdown (Community Safety),
Colm Rafferty (Adult Social Care) and Yusuf Lindley (Children and Young People).

APOLOGIES: Councillor Bettina Crowe (Environment and Leisure).

OFFICERS: Selwyn Orrell (Chief Executive), Dora Kimber (Head of Youth Offending Service).
"""

CABINET_MINUTES_TWO_LANGUAGES = """CYNGOR SIR TREFALLT
TREFALLT COUNTY COUNCIL

COFNODION Y CABINET / CABINET MINUTES

Minutes of the meeting held in the Council Chamber, County Hall, Trefallt
Dydd Mawrth, 12 Medi 2017 / Tuesday, 12 September 2017 at 10.00 a.m.

YN BRESENNOL / PRESENT:
Councillor Ll. Gwynant (Leader, in the Chair); Councillor D. Pennal (Education);
Councillor H. Corris (Social Services and Housing)
"""

SCRUTINY_NAMING_THE_CABINET = """Northbridge Metropolitan Borough Council

CHILDREN'S SCRUTINY COMMITTEE

Minutes of the meeting held on Tuesday, 15th October, 2013 at 6.00 p.m.
The committee's recommendations go to the Cabinet on 5 November.

EXECUTIVE SUMMARY

PRESENT: Councillor Ruth Esholt (in the Chair); Councillors Idris Fenton (Resources),
Anwen Pryce (Housing) and Tobias Lund
"""


def test_a_cabinets_bilingual_members_list_names_cabinet_members_not_a_panels() -> None:
    result = load_text(CABINET_BILINGUAL_MEMBERS, "pengarth_cabinet_minutes_2021_06.txt")
    relations = {relation for _, relation in people_rows(result)}
    assert "panel_member" not in relations
    assert "cabinet_member" in _seats(result, "S. Ogwen-Price")
    assert "cabinet_member" in _seats(result, "B. Llewelyn")


def test_a_cabinet_named_in_capitals_in_the_opening_sentence_gives_portfolios_cabinet_seats() -> None:
    result = load_text(CABINET_IN_PROSE_CAPITALS, "northbridge_cabinet_minutes_2013_10.txt")
    for name in ("Priya Ashdown", "Colm Rafferty", "Yusuf Lindley"):
        assert {"present_at_meeting", "cabinet_member"} <= _seats(result, name), name
    assert {"apologies", "cabinet_member"} <= _seats(result, "Bettina Crowe")
    assert "cabinet_member" not in _seats(result, "Dora Kimber")


def test_cabinet_minutes_headed_in_two_languages_give_portfolios_cabinet_seats() -> None:
    result = load_text(CABINET_MINUTES_TWO_LANGUAGES, "trefallt_cabinet_minutes_2017_09.txt")
    assert "cabinet_member" in _seats(result, "D. Pennal")
    assert "cabinet_member" in _seats(result, "H. Corris")


def test_a_committee_naming_the_cabinet_gives_its_members_no_cabinet_seat_for_a_bracket() -> None:
    result = load_text(SCRUTINY_NAMING_THE_CABINET, "northbridge_scrutiny_minutes_2013_10.txt")
    assert "cabinet_member" not in _seats(result, "Tobias Lund")
    assert "cabinet_member" not in _seats(result, "Anwen Pryce")  # '(Housing)' at a scrutiny committee: no portfolio


NOTES_LABEL_AFTER_APOLOGIES = """Kelderby Youth Offending Service Management Board

Minutes of the meeting held on 12 February 2015, Room 3, Kelderby House

Present: Marcus Holloway Director of Children's Services (Chair); Jo Fenwick Head of Youth
Offending Service; Cllr Ruth Amberley Cabinet Member for Children
Apologies: Dr Ines Carrow Kelderby CCG; Head of Housing Options
Notes: Dilys Ormond Business Support Officer, Kelderby YOS

1.  WELCOME AND APOLOGIES
"""

NOTES_AT_THE_BRACKETS_END = """Kelderby Youth Justice Board

Minutes of the meeting held on 9 May 2022

Present: Marcus Holloway (Chair), Jo Fenwick (Head of Service)

Also attending: Ian Raikes (YJS Team Manager, item 5), Tess Pargiter
(Partnership Support Officer - notes)

1.  WELCOME
"""

MINUTE_TAKER_WITH_A_POST = """Kelderby Youth Justice Board

Minutes of the meeting held on 9 May 2022

Present: Marcus Holloway (Chair), Jo Fenwick (Head of Service)

In attendance: Sian Tolley, Business Support Officer (minutes); Owen Brack (Minutes)

1.  WELCOME
"""


def test_a_notes_label_under_the_apologies_names_the_minute_taker_not_an_apology() -> None:
    result = load_text(NOTES_LABEL_AFTER_APOLOGIES, "kelderby_board_minutes_2015_02.txt")
    assert "minute_taker" in _seats(result, "Dilys Ormond")
    assert "apologies" not in _seats(result, "Dilys Ormond")
    assert ("Dilys Ormond", "minute_taker", "Business Support Officer") in role_rows(result)
    assert "apologies" in _seats(result, "Ines Carrow")


def test_notes_at_a_brackets_end_mark_the_minute_taker_with_their_post() -> None:
    result = load_text(NOTES_AT_THE_BRACKETS_END, "kelderby_board_minutes_2022_05.txt")
    assert ("Tess Pargiter", "minute_taker", "Partnership Support Officer") in role_rows(result)
    assert "minute_taker" not in _seats(result, "Ian Raikes")


def test_a_minute_takers_role_is_their_post_as_written_or_the_marker_alone() -> None:
    result = load_text(MINUTE_TAKER_WITH_A_POST, "kelderby_board_minutes_2022_05.txt")
    roles = role_rows(result)
    assert ("Sian Tolley", "minute_taker", "Business Support Officer") in roles  # not 'Minutes'
    assert ("Owen Brack", "minute_taker", "Minutes") in roles  # no post written: the marker


DEPUTIES_AFTER_THE_POST = """Kelderby Youth Justice Management Board

Minutes of the meeting held on 9 May 2019

PRESENT
MH\tMarcus Holloway (Chair)\tDirector of Children's Services, Kelderby Council\t✓
KB\tKeir Bostwick\tNational Probation Service - deputising for JT\t✓
RL\tRana Lomax\tKelderby Police\t✓
GP\tGwen Pilling\tHead of Inclusion (for item 5)\t✓

Also present:   Tariq Sowden (NHS Kelderby, deputising for Dr Ann Varley)
                Lise Cantrell (for Supt Ogden)
"""


def test_a_member_deputising_for_another_after_their_post_is_a_standing_deputy() -> None:
    result = load_text(DEPUTIES_AFTER_THE_POST, "kelderby_board_minutes_2019_05.txt")
    assert {"present_at_meeting", "standing_deputy"} <= _seats(result, "Keir Bostwick")
    assert ("Keir Bostwick", "standing_deputy", "deputising for JT") in role_rows(result)
    assert "standing_deputy" in _seats(result, "Tariq Sowden")
    # an item they came for, or only whom they came for, makes no deputy (the keys hold none there)
    assert "standing_deputy" not in _seats(result, "Gwen Pilling")
    assert "standing_deputy" not in _seats(result, "Lise Cantrell")
    assert "standing_deputy" not in _seats(result, "Rana Lomax")


def test_the_deputys_and_minute_takers_marks_grow_linearly_with_a_run_of_their_words() -> None:
    # (a whole document with such a run inside a list of those present is slow before these patterns, in the list's
    # own reading: the patterns are timed alone)
    def read(text: str) -> object:
        return (list(attendance.DEPUTISING_AFTER_POST_RE.finditer(text)), list(attendance.SUBSTITUTE_MARK_RE.finditer(text)),
                list(attendance.MINUTES_MARK_RE.finditer(text)))

    assert_grows_linearly(read, lambda n: "Probation" + " - deputising for" * n + " JT\n", 20_000)
    assert_grows_linearly(read, lambda n: "(Support Officer" + " - notes" * n + ")\n", 20_000)
