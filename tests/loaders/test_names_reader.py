"""Names cut by the page and the line, made whole in one step (`Context._names_cut_by_the_line`) wherever a reader
read them: a word a line's end hyphenated ('Penelope Strat-' / 'ford-Lyle'), a forename at a line's end and its
surname on the next ('... and Imogen' / 'Castellane.'), a word a two-column signature cut whose rest is lost ('Marcus
Pendle-'), a surname the page's footer cut ('Owen Trev' / the footer / 'arrow'), a title and a forename read as a title
and a surname ('Detective Superintendent Grace' of 'Grace Oyelaran'), and a surname alone of the full name the
document writes once with a forename the strict reading leaves out ('Mr Sowerby' of 'Mark Sowerby'). The fragments
never become people of their own; two rows of a grid of surnames are not one name. Fictional documents."""

from __future__ import annotations

from kg.names import find_names
from tests.conftest import load_text, people_rows

MEMBERSHIP_WRAPPED = """RIVENHALL BOROUGH COUNCIL

CHILDREN'S SERVICES SCRUTINY PANEL

Minutes of the meeting held on 4 March 2015.

Membership: Councillors Harold Benn (Chair), Joan Haddow (Vice-Chair), Penelope Strat-
ford-Lyle, Derek Amblecote, Trevor Quayle, Simon Brereton, Nadia Ferris and Imogen
Castellane.

1. MINUTES
Councillor Castellane asked about the timing of the action plan. Councillor Stratford-Lyle
agreed.
"""

SIGNATURES_IN_COLUMNS = """Rivenhall Youth Justice Plan 2016-17

Foreword

We are pleased to present this plan.

Helen Trevanion                          Marcus Pendle-
Chair, Management Board                  Head of Service
Director of Children's Services
---------------------------------------------------------------------------
Rivenhall Youth Justice Plan 2016-17                         Page 2 of 14

2. Governance

The Head of Service, Marcus Pendlebury, is line managed by the Director of
Children's Services.
"""

PRESENT_OVER_A_PAGE = """RIVENHALL YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on 12 May 2014

Present: Councillor Harold Benn (Chair), Laura Bennett (Rivenhall Police), Owen Trev
_______________________________________________________________
Rivenhall YOS Management Board                    Page 4 of 9
arrow (Head of Service), Kirsty Mayall (Probation).

1. Performance report
Mr Trevarrow said that first time entrants had fallen again.
"""

REPORT_PROSE = """LONDON BOROUGH OF RIVENHALL

CABINET                                                    Agenda Item 7
14 March 2018

Title:            Youth Justice Plan 2018/19
Report of:        Helen Trevanion, Strategic Director, Children and Families
Cabinet Member:   Councillor Harold Benn, Cabinet Member for Children

1.   PURPOSE OF REPORT

1.1  This report asks Cabinet to approve the Youth Justice Plan 2018/19.

3.   BACKGROUND

3.1  The Youth Justice Service is overseen by the Rivenhall Youth Justice Partnership Board, which is
     chaired by the Strategic Director.

6.   CONSULTATION

6.1  The plan has been agreed by the Youth Justice Partnership Board. Its
     police representative, Detective Superintendent Grace Oyelaran
     (Rivenhall Police, South Basic Command Unit), has
     endorsed the section on serious youth violence.
"""

ATTENDING_IN_PROSE = """RIVENHALL BOROUGH COUNCIL

CHILDREN'S SERVICES SCRUTINY PANEL

Minutes of the meeting held on 9 June 2011.

Present: Councillors R. Balcombe (Chair), S. Ashdown and D. Orrell.

Also in attendance were Howard Quennell (Head of Youth Offending Service) and Kiran Dhaliwal
(Performance and Information Manager, YOS), together with Mark Sowerby of NHS
Rivenhall.

1. HEALTH
Councillor Orrell asked about health input.  Mr Sowerby
replied that a nurse had been appointed.
"""

TWO_COLUMNS_WITH_A_KEY = """RIVENHALL YOUTH JUSTICE MANAGEMENT BOARD

Minutes of the meeting held on 18 April 2023

MEMBERS PRESENT                               MEMBERS PRESENT (cont.)
Chair - Director of Children's Services,      Rivenhall Police - Supt Hamish
  Priya Castellanos-Reid (PCR)                  Achterberg (HA)
Head of YJS - Tomasz Wierzbicki (TW)          Probation Service, Head of PDU -
                                                Bartholomew Nyambura (BN)

1. Minutes
PCR welcomed members. HA reported on the custody figures.
"""

FINDINGS_OVER_A_PAGE = """An inspection of youth justice
services in Rivenhall
HM Inspectorate of Probation, June 2023

This inspection was led by HM Inspector Rosalind Tarrant, supported by a team of inspectors and
operations, research, communications and corporate staff.

1.1 Governance and leadership                                                         Good
Strengths:
• Board members attend regularly and senior partners take lead roles on serious youth violence.
• The Head of Service and the operations manager, Curtis Ban
-----------------------------------------------------------------------------------------------
                                                                                            10
bury, are visible and well regarded by staff.
"""

CABINET_OVER_A_PAGE = """RIVENHALL COUNCIL

CABINET

Minutes of the meeting held on 22 January 2020

PRESENT:
OSEI-BONSU, Kwame (Cllr) ......... Housing and Regeneration .......... present
BENN, Harold (Cllr) .............. Leader of the Council (Chair) ..... present

5.   YOUTH JUSTICE PLAN

     The Cabinet Member for Housing, Councillor Kwame Os
___________________________________________________________________________
Cabinet  22.01.20                                                     Page 17

ei-Bonsu, asked how many children supervised by the service were living in
temporary accommodation.
"""

GRID_OF_SURNAMES = """RIVENHALL BOROUGH COUNCIL

CHILDREN'S SERVICES SCRUTINY PANEL

PRESENT:       Councillor Benn (in the Chair)

Councillors    Bairstow            Entwistle-Khan        Ogundipe
               Ruddock             Sandoval (Vice-Chair) Thwaites
               Brannigan

1. MINUTES
Councillor Ogundipe asked about the plan. Councillor Ruddock and Councillor Thwaites agreed.
"""

ONE_A_LINE = """RIVENHALL YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on 12 May 2014

Present:
Harold Benn (Chair)
Joan Haddow
Derek Amblecote
Apologies:
Imogen
Castellane Primary School

1. Minutes
Mr Amblecote and Ms Haddow agreed the minutes.
"""


def _names(text: str) -> set[str]:
    return {name for name, _ in people_rows(load_text(text))}


def test_a_word_the_lines_end_hyphenated_and_a_forename_wrapped_from_its_surname_are_whole_names() -> None:
    rows = people_rows(load_text(MEMBERSHIP_WRAPPED))
    assert ("Penelope Stratford-Lyle", "panel_member") in rows
    assert ("Imogen Castellane", "panel_member") in rows
    names = {name for name, _ in rows}
    assert not names & {"Penelope Strat", "Penelope Strat-", "Imogen", "Ford-Lyle"}


def test_a_signature_cut_in_its_column_is_the_name_the_document_writes_in_full() -> None:
    rows = people_rows(load_text(SIGNATURES_IN_COLUMNS))
    assert ("Marcus Pendlebury", "author") in rows
    assert "Marcus Pendle" not in {name for name, _ in rows}


def test_a_surname_the_page_footer_cut_is_made_whole_where_the_document_writes_it_again() -> None:
    rows = people_rows(load_text(PRESENT_OVER_A_PAGE))
    assert ("Owen Trevarrow", "present_at_meeting") in rows
    assert "Owen Trev" not in {name for name, _ in rows}


def test_a_title_and_a_forename_are_not_a_title_and_a_surname() -> None:
    names = _names(REPORT_PROSE)
    assert "Grace Oyelaran" in names
    assert "Grace" not in names


def test_a_surname_alone_is_the_full_name_a_loose_reading_finds_once() -> None:
    rows = people_rows(load_text(ATTENDING_IN_PROSE))
    assert ("Mark Sowerby", "officer_attending") in rows
    assert "Sowerby" not in {name for name, _ in rows}


def test_a_grid_of_surnames_is_not_read_as_names_wrapped_over_its_rows() -> None:
    names = _names(GRID_OF_SURNAMES)
    assert {"Ogundipe", "Ruddock", "Thwaites", "Brannigan"} <= names
    assert not any(" " in name for name in names)


def test_a_list_of_one_name_a_line_is_not_joined_over_its_lines() -> None:
    names = _names(ONE_A_LINE)
    assert {"Joan Haddow", "Derek Amblecote"} <= names
    assert not any(name.startswith("Joan Haddow ") or name.startswith("Imogen C") for name in names)


def test_a_forename_ending_a_cell_takes_the_surname_under_it_that_the_documents_initials_declare() -> None:
    names = _names(TWO_COLUMNS_WITH_A_KEY)
    assert "Hamish Achterberg" in names
    assert "Hamish" not in names


def test_a_surname_cut_by_the_page_whose_rest_ends_a_clause_is_made_whole() -> None:
    names = _names(FINDINGS_OVER_A_PAGE)
    assert "Curtis Banbury" in names
    assert "Curtis Ban" not in names


def test_a_double_surname_the_page_cut_in_its_first_part_is_made_whole_with_its_other_part() -> None:
    names = _names(CABINET_OVER_A_PAGE)
    assert "Kwame Osei-Bonsu" in names
    assert not names & {"Kwame Os", "Kwame Osei"}


def test_ci_before_a_surname_is_a_chief_inspectors_rank_not_initials() -> None:
    (found,) = find_names("CI Raman advised that the neighbourhood team would be strengthened.")
    assert (found.name, found.title, found.surname_only) == ("Raman", "Chief Inspector", True)
