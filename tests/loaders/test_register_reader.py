"""The register reader: a register's marks mean what the document's own key declares ('P = present; Ab = apologies;
S = substitute', 'Key: ✓ attended  A apologies', '* denotes apologies'), and nothing is guessed where no key says so."""

from __future__ import annotations

from kg.loaders import attendance
from kg.loaders.text import lines
from tests.conftest import load_text, people_rows
from tests.linear_time import assert_grows_linearly

# Surname first in capitals, dot leaders, codes declared in brackets over the rows, a substitute's bracket wrapped
# onto the line below, a co-opted member after a label.
DOTTED_SCRUTINY = """FENWICK BOROUGH COUNCIL

CHILDREN'S SERVICES SCRUTINY PANEL

MINUTES of the meeting held in Committee Room 1, Fenwick Town Hall, on Monday 3 March 2014 at 6.00 pm

ATTENDANCE REGISTER
(Y = present;  Ap = apologies received;  Sb = substitute;  - = absent)

  ALDERTON, Rhona (Chair) ..................................... Y
  BRISCOE, Nathaniel (Vice-Chair) ............................. Y
  CARRADINE, Owain ............................................ Ap
  DELACOURT-FRY, Imelda ....................................... Sb
     (for Cllr CARRADINE)
  ESTCOURT, Bartholomew ....................................... -
  FAIRBAIRN, Lucinda .......................................... Y

Officers:
  Mr T. Quenby     Head of Youth Offending Service

1.   APOLOGIES
     As above.
"""


def test_a_dotted_register_surname_first_reads_its_codes_by_its_own_key() -> None:
    rows = people_rows(load_text(DOTTED_SCRUTINY, "fenwick-scrutiny-minutes.txt"))
    assert ("Rhona Alderton", "present_at_meeting") in rows and ("Rhona Alderton", "panel_chair") in rows
    assert ("Nathaniel Briscoe", "panel_vice_chair") in rows
    assert ("Owain Carradine", "apologies") in rows and ("Owain Carradine", "present_at_meeting") not in rows
    assert ("Imelda Delacourt-Fry", "standing_deputy") in rows
    assert ("Imelda Delacourt-Fry", "present_at_meeting") in rows
    assert ("Lucinda Fairbairn", "present_at_meeting") in rows
    # '-' is absent by the key: a member who neither came nor sent apologies
    assert ("Bartholomew Estcourt", "present_at_meeting") not in rows
    assert ("Bartholomew Estcourt", "apologies") not in rows


# Forename first, post and code columns under a head row in words no vocabulary knows, the key as a 'Key:' line under the rows; 'D' is the deputy's own row and 'IA'
# an officer who came without a seat.
KEYED_BOARD = """GLENHOLM YOUTH JUSTICE MANAGEMENT BOARD

MINUTES - Thursday 9 October 2014, 10.00 am, Board Room, Glenholm House

ATTENDANCE REGISTER
NAME                    AGENCY / POST                                               CODE
Priscilla Vantongeren   Director of Children's Services, Glenholm Council (Chair)   P
Desmond Achterberg      Head of Youth Justice Service                               P
Supt Roland Iverach     Glenholm Constabulary                                       A
Insp Wendell Pargeter   Glenholm Constabulary (deputising for RI)                   D
Ottilie Brackenbury     Head of Inclusion, Glenholm Council                         A
Cosmo Featherstonhaugh  Performance Analyst, Glenholm YJS                            IA
Key:  P = present   A = apologies   D = deputy   IA = in attendance

1.    WELCOME AND APOLOGIES
      As above.
"""


def test_a_deputy_code_and_an_in_attendance_code_mean_what_the_key_says() -> None:
    rows = people_rows(load_text(KEYED_BOARD, "glenholm-board-minutes.txt"))
    assert ("Wendell Pargeter", "present_at_meeting") in rows  # 'D = deputy': the deputy's own row, so came
    assert ("Wendell Pargeter", "apologies") not in rows
    assert ("Roland Iverach", "apologies") in rows
    assert ("Ottilie Brackenbury", "apologies") in rows
    assert ("Cosmo Featherstonhaugh", "officer_attending") in rows
    assert ("Cosmo Featherstonhaugh", "present_at_meeting") not in rows


# Two columns side by side, no status column: a star after a member's name and a bilingual footnote under the list
# saying what it means; the unmarked members came.
STARRED_CABINET = """CYNGOR SIR HAFODWEN  |  HAFODWEN COUNTY COUNCIL
CABINET  |  Y CABINET
Minutes of the meeting held in the Siambr, Neuadd y Sir, on Tuesday 12 May 2020 at 10.00 am

MEMBERS / AELODAU:
  Councillor P. Gwynfor (Leader)        Councillor R. Trahaearn (Deputy Leader)
  Councillor E. Llywarch*               Councillor J. Cadwaladr
  Councillor M. Prydderch               Councillor T. Iorwerth*

  * Ymddiheuriadau / apologies received

Officers present: Iestyn Morfudd (Chief Executive); Gwenllian Hedd (Head of Youth Justice Service).

C/20/11  DECLARATIONS OF INTEREST
         None.
"""


def test_a_star_after_a_name_means_what_the_footnote_under_the_list_says() -> None:
    rows = people_rows(load_text(STARRED_CABINET, "hafodwen-cabinet-minutes.txt"))
    assert ("E. Llywarch", "apologies") in rows and ("T. Iorwerth", "apologies") in rows
    assert ("E. Llywarch", "present_at_meeting") not in rows
    assert ("J. Cadwaladr", "present_at_meeting") in rows and ("M. Prydderch", "present_at_meeting") in rows


# A key of ticks and letters set off by padding alone after 'Key:', over the rows.
TICKED_REGISTER = """ASHBURN YOUTH OFFENDING SERVICE MANAGEMENT BOARD
Minutes of meeting, 14 January 2016

Key: ✓ attended   R remote   X apologies
ATTENDANCE
  Helena Quartermaine, Chair, Director of Children's Services        ✓
  Bernard Oyelowo-Tate, Head of Youth Offending Service               ✓
  Dr Ingrid Solberg, Designated Nurse, NHS Ashburn                    R
  Magnus Threadgold, Assistant Chief Officer, Probation              X

1.  Apologies - as above.
"""


UNKEYED_REGISTER = """ASHBURN YOUTH OFFENDING SERVICE MANAGEMENT BOARD
Minutes of meeting, 14 April 2016

ATTENDANCE
  Helena Quartermaine, Chair, Director of Children's Services        L
  Dr Ingrid Solberg, Designated Nurse, NHS Ashburn                    R

1.  Apologies - none.
"""


def test_a_key_of_bare_codes_after_key_reads_a_letter_kg_would_not_guess() -> None:
    rows = people_rows(load_text(TICKED_REGISTER, "ashburn-board-minutes.txt"))
    assert ("Ingrid Solberg", "present_at_meeting") in rows  # 'R' is present only because the key says remote
    assert ("Magnus Threadgold", "apologies") in rows  # 'X', without a key a cross (absent), is apologies by this key
    assert ("Helena Quartermaine", "present_at_meeting") in rows
    # no key: a letter no key declares ('R', 'L') is never guessed a status
    rows = people_rows(load_text(UNKEYED_REGISTER, "ashburn-board-minutes.txt"))
    assert ("Ingrid Solberg", "apologies") not in rows and ("Helena Quartermaine", "apologies") not in rows


FIGURES_UNDER_A_KEY = """DUNHOLM YOUTH JUSTICE PARTNERSHIP BOARD
Minutes of meeting, 5 June 2019

Present: Jo Ransome (Chair), Ed Pilbeam

Key: A = action   P = pending
  First time entrants .............. 79
  Reoffending (binary) ............. 33.9%
  25/01  Circulate evaluation ...... P
  Lesson from 'Child B' ............ A
"""


def test_the_key_reader_reads_keys_and_only_keys() -> None:
    def key(line: str) -> dict[str, str] | None:
        return attendance.key_line(line, lines(line)[0])

    assert key("(P = present;  Ab = apologies received;  S = substitute;  - = absent)") == {
        "P": attendance.PRESENT, "Ab": attendance.APOLOGIES, "S": attendance.SUBSTITUTE, "-": attendance.ABSENT}
    assert key("Key: ✓ attended  A apologies") == {"✓": attendance.PRESENT, "A": attendance.APOLOGIES}
    assert key("A - apologies; D - deputy attended") == {"A": attendance.APOLOGIES, "D": attendance.APOLOGIES}
    assert key("* denotes apologies") == {"*": attendance.APOLOGIES}
    assert key("C = Chair   VC = Vice-Chair   P = present") == {
        "C": attendance.CHAIR, "VC": attendance.VICE_CHAIR, "P": attendance.PRESENT}
    # near misses: an abbreviations key, a figure, an item's title, an action log's owner, a footnote about figures
    assert key("WCC = Westmere County Council   YOS = Youth Offending Service") is None
    assert key("Present = 8") is None
    assert key("DCC = Deputy Chief Constable   PO = Probation Officer") is None
    assert key("A - Apologies") is None
    assert key("25/01  Circulate evaluation ............................ RO") is None
    assert key("* figures for 2015/16 are provisional") is None
    assert key("D deputy attended – Inspector Cai Jenner attended") is None
    # a table of figures and an action log with dot leaders, under a key of their own, are no register
    rows = people_rows(load_text(FIGURES_UNDER_A_KEY, "dunholm-board-minutes.txt"))
    assert {name for name, _ in rows} == {"Jo Ransome", "Ed Pilbeam"}


def test_a_long_run_of_codes_and_separators_stays_linear() -> None:
    def read(run: str) -> None:
        attendance.status_key.cache_clear()
        attendance.status_key(run)
        attendance.status_cell(run, run)

    # each run 25 KB, then 100 KB
    for run, count in ((lambda n: "P = " * n, 6_250), (lambda n: "." * n + " P", 25_000), (lambda n: "* " * n, 12_500),
                       (lambda n: "Key: " + "A " * n, 12_500)):
        assert_grows_linearly(read, run, count)


# Status in words down a dotted column, one broken by the page's width after 'substitute for'; an officer marked
# '- attending' after the post.
WORDED_REGISTER = """KELLOWAY METROPOLITAN BOROUGH COUNCIL

YOUNG PEOPLE SCRUTINY PANEL

Monday, 2 February 2015 at 6.00 p.m. - Committee Room 4, Kelloway Town Hall

REGISTER OF ATTENDANCE
   DRINKWATER, Hilary (Cllr) ................ Chair ............ present
   McGUIGAN, Rosalind (Cllr) ................ Member ........... apologies
   SPRATLING, Edwin (Cllr) .................. Member ........... substitute for
                                                                    Cllr McGuigan
   OSWALDTWISTLE, Verity .................... Youth Offending Team Manager - attending

1    APOLOGIES AND SUBSTITUTIONS
     As above.
"""


def test_a_worded_status_broken_after_for_and_an_officer_marked_attending() -> None:
    rows = people_rows(load_text(WORDED_REGISTER, "kelloway-scrutiny-minutes.txt"))
    assert ("Rosalind McGuigan", "apologies") in rows
    assert ("Rosalind McGuigan", "present_at_meeting") not in rows  # 'Cllr McGuigan' under the column is no entry
    assert ("Edwin Spratling", "present_at_meeting") in rows
    assert ("Verity Oswaldtwistle", "officer_attending") in rows
    assert ("Verity Oswaldtwistle", "present_at_meeting") not in rows
