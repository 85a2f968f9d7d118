"""People named outside a meeting's attendance, in layouts four blind authors wrote at stop 27, each in a small
fictional fixture with the other forms real papers use in their place: a board 'chaired by' its chair where the board's
name breaks over a line; the Leader named 'The Leader of the Council, Councillor X'; a board's vice-chair in a sentence
or a labelled line (a member of the board, of the body written beside the name); an addressee whose post, wrapped in
the address block, ends with the chair of the board; a bilingual contact label; the service's staff in a screening
letter with a 'To' block, in an inspection report's 'the YOS was managed by X', in a post the service's initials open
and with the holder in brackets; a speaker 'said she had met the lead inspector, Mr Y' is not Y."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows, role_rows

NEWS = """Westmere Council - News

Youth justice service praised by inspectors

Published: 12 November 2019

Inspectors have rated the Westmere Youth Justice Service 'Good'.

What happens next
An improvement plan will be agreed by the Westmere Youth Justice Partnership
Board, which is chaired by Joanna Bloggs, the council's Director of
Children's Services, and then considered by Cabinet.

The Leader of the Council, Councillor Peter Hartley, and the Chief Executive have
been briefed.
"""


def test_a_board_named_over_a_line_break_is_chaired_by_the_name_after() -> None:
    roles = role_rows(load_text(NEWS, "westmere_news_2019_11.txt"))
    assert ("Joanna Bloggs", "board_chair", "Chair, Westmere Youth Justice Partnership Board") in roles


def test_the_leader_of_the_council_then_a_councillor_is_a_cabinet_member() -> None:
    rows = people_rows(load_text(NEWS, "westmere_news_2019_11.txt"))
    assert ("Peter Hartley", "cabinet_member") in rows


INSPECTION = """Inspection of youth justice services in Westmere

HM Inspectorate of Probation

Contextual facts

The Westmere Youth Justice Service is based at Mill House. The Head of Service, Dominic Ashe,
reports to the Director of Children's Services, Joanna Bloggs, who also
chairs the partnership board. The vice-chair is Chief Superintendent Anjali Prentice
of Westmere Police.
"""

REPORT = """WESTMERE COUNCIL

REPORT TO CABINET

3.2   The Westmere Youth Justice Partnership Board, chaired by the Director of
      Children's Services, oversees the Youth Justice Service's plan. The Board's
      vice-chair is Ch Supt G. Hartley (Westmere Constabulary).
"""

PLAN = """Westmere Youth Justice Plan 2022-23

Board membership

  Joanna Bloggs (Chair)                    | Supt Carys Prentice
  Director of Children's Services          | Westmere Police

Vice-Chair: Supt Carys Prentice

The Board oversees the Westmere Youth Justice Service.
"""

SCRUTINY = """WESTMERE COUNCIL
Children and Young People Scrutiny Committee

Minutes of the meeting held on 4 June 2013

Chair: Councillor Maureen Elsdon
Vice-Chair: Councillor Owen Blackett

The Committee considered the Youth Offending Service Management Board's report.
"""


def test_a_boards_vice_chair_in_a_sentence_is_a_member_of_her_body() -> None:
    assert ("Anjali Prentice", "board_member") in people_rows(load_text(INSPECTION, "westmere_inspection_2019.txt"))
    assert organisation_rows(load_text(INSPECTION, "westmere_inspection_2019.txt")).get(("Anjali Prentice", "board_member")) == \
        "Westmere Police"
    assert ("G. Hartley", "board_member") in people_rows(load_text(REPORT, "westmere_cabinet_report_2020.txt"))


def test_a_vice_chair_line_under_a_boards_membership_is_a_member() -> None:
    assert ("Carys Prentice", "board_member") in people_rows(load_text(PLAN, "westmere_yj_plan_2022.txt"))


def test_a_committees_vice_chair_is_no_board_member() -> None:
    rows = people_rows(load_text(SCRUTINY, "westmere_scrutiny_minutes_2013.txt"))
    assert ("Owen Blackett", "board_member") not in rows


LETTER = """                                                    HM Inspectorate of Probation

Mr Graham Pellow
Director of Children's Services and Chair of the
Youth Offending Management Board
Westmere Metropolitan Borough Council

                                                    14 October 2011

Dear Mr Pellow

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN WESTMERE

We recently carried out a Short Quality Screening of youth offending work in Westmere.

Throughout the screening we were impressed by the openness of Denise Hartigan,
Head of Youth Offending Service, and her managers. The YOT health worker, Dr Kieran
Fallows's team at Westmere Primary Care Trust, was praised.

Yours sincerely

Malcolm Ashby
Assistant Chief Inspector

Copy to:
Lorraine Stubbs                    Assistant Chief Officer, Northmoor Probation Trust
"""


def test_an_addressee_whose_wrapped_post_ends_with_the_boards_chair_chairs_it() -> None:
    roles = role_rows(load_text(LETTER, "westmere_sqs_letter_2011_10.txt"))
    assert ("Graham Pellow", "board_chair", "Chair of the Youth Offending Management Board") in roles


def test_a_screening_letter_with_an_address_block_names_the_services_staff() -> None:
    rows = people_rows(load_text(LETTER, "westmere_sqs_letter_2011_10.txt"))
    assert ("Denise Hartigan", "staff") in rows
    assert not {row for row in rows if row[0].startswith("Kieran") and row[1] == "staff"}  # his team, not his post


REPORT_STAFF = """Full Joint Inspection of Youth Offending Work in Westmere

HM Inspectorate of Probation

Organisational arrangements
Westmere is a metropolitan borough with 19,000 children aged 10-17. At the time of the inspection the YOS was
managed by Denise Hartigan and had 42 staff. The Board received a monthly performance report from the YJS data
officer, Llyr Gwynne. Risk panels are chaired by the YOS Operations Manager (Mrs Yvette Marchbank).
"""


def test_an_inspection_report_names_the_services_manager_and_officers() -> None:
    rows = people_rows(load_text(REPORT_STAFF, "westmere_fji_report_2014_06.txt"))
    assert {("Denise Hartigan", "staff"), ("Llyr Gwynne", "staff"), ("Yvette Marchbank", "staff")} <= rows


BILINGUAL_PLAN = """Westmere Youth Justice Plan 2024-25

The plan was agreed by the Youth Justice Management Board.

Contact / Cyswllt:
Emyr Gwalchmai, Pennaeth y Gwasanaeth / Head of Service
emyr.gwalchmai@westmere.gov.wales   Tel: 01632 960613
"""


def test_a_bilingual_contact_label_names_the_contact_officer() -> None:
    assert ("Emyr Gwalchmai", "contact_officer") in people_rows(load_text(BILINGUAL_PLAN, "westmere_yj_plan_2024.txt"))


MINUTES = """WESTMERE COUNCIL
CABINET

Minutes of the meeting held on 20 September 2011

PRESENT: Councillor Eleri Pennant (Leader), Councillor Meinir Harries (Cabinet Member for
Children and Young People)

5. FULL JOINT INSPECTION OF YOUTH OFFENDING WORK

Councillor Harries said she had met the lead inspector, Mr Nkemelu, at the
feedback session and was "confident that the YOS understands what needs to change".
"""


def test_a_speaker_who_says_she_met_someone_is_the_speaker() -> None:
    rows = people_rows(load_text(MINUTES, "westmere_cabinet_2011_09.txt"))
    assert not {row for row in rows if row[0] == "Nkemelu" and row[1] == "quoted"}


CARDS = """Westmere Youth Justice Plan 2022-23

The Westmere Youth Justice Service is overseen by its Management Board.

Board membership / Aelodaeth y Bwrdd

  Joanna Bloggs (Chair)                    | Supt Carys Prentice
  Corporate Director, Social Services      | Westmere Police
  Westmere County Council                  |
                                           |
  Dominic Ashe                             | Dr Nia Rowlands
  Head of Youth Justice and Early          | Consultant Nurse, Safeguarding
  Intervention                             | Westmere University Health Board
                                           |
  Cllr Eirlys Vaughan                      | Head of Education Inclusion
  Cabinet Member, Education and            | (vacant - post being recruited)
  Young People                             |

5.  PRIORITIES
"""


def test_a_membership_set_as_cards_in_two_columns_names_each_member_of_their_body() -> None:
    result = load_text(CARDS, "westmere_yj_plan_2022.txt")
    rows = people_rows(result)
    assert {("Joanna Bloggs", "board_member"), ("Carys Prentice", "board_member"), ("Dominic Ashe", "board_member"),
            ("Nia Rowlands", "board_member"), ("Eirlys Vaughan", "board_member"),
            ("Eirlys Vaughan", "cabinet_member")} <= rows
    roles = role_rows(result)
    assert ("Dominic Ashe", "board_member", "Head of Youth Justice and Early Intervention") in roles
    assert ("Nia Rowlands", "board_member", "Consultant Nurse, Safeguarding") in roles
    assert organisation_rows(load_text(CARDS, "westmere_yj_plan_2022.txt")).get(("Carys Prentice", "board_member")) == "Westmere Police"
    assert not {row for row in rows if "Vacant" in row[0] or "Inclusion" in row[0]}


FJI = """Full Joint Inspection of Youth Offending Work in Westmere

HM Inspectorate of Probation

The Head of Service, Gwenllian Prydderch, reports to the
Corporate Director, Rhodri Maelor Jenkins, who also chairs the YOS Management Board.
"""


def test_a_double_surname_without_its_hyphen_is_read_whole() -> None:
    from kg.names import find_names
    rows = people_rows(load_text(FJI, "westmere_fji_2011_06.txt"))
    assert ("Rhodri Maelor Jenkins", "board_chair") in rows
    assert [n.name for n in find_names("Jane Edmends Housing")] == ["Jane Edmends"]  # a body's word is no surname
    assert [n.name for n in find_names("thanks to Jo Bloggs Council, and")] == ["Jo Bloggs"]
    assert [n.name for n in find_names("Rhodri Maelor Jenkins    Corporate Director")] == ["Rhodri Maelor Jenkins"]
    assert all("Gazette" not in n.name for n in find_names("Westmere Vale Gazette  |  News"))  # a masthead
