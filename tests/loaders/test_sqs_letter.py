"""Short Quality Screening letters: the addressee's posts, the team and the thanks, in a letter's own layouts; one
written as an ordinary letter (no 'To / From' block), its copy list of posts and names parted by colons, and its lead
inspector named in the closing paragraph."""

from __future__ import annotations

from tests.conftest import load_text, people_rows
from tests.loaders.test_roles import involvements_of

LETTER = """                                                        HM Inspectorate of Probation
                                                        1 Example Street

To:     Philippa Gaunt-Ramsay
        Corporate Director, Children's Services, Westmere Council
        and Chair, Westmere Youth Offending Service Management Board

From:   Osric Penhaligon, Assistant Chief Inspector

Date:   14 March 2013

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN WESTMERE

The inspection team visited Westmere Youth Offending Service to undertake a Short Quality Screening (SQS).
The team comprised:

   Lead inspector ........................ Wilfreda Strangeways, HM Inspector
   Practice assessor (seconded) .......... Barnaby Quenell

I would like to thank all the staff of the YOS, and in particular Cosmo Halliwell-Tate
and his management team, for their co-operation.

Copy to:

YOS Manager\tCosmo Halliwell-Tate
"""


def test_the_team_under_a_sentence_with_dot_leaders_the_addressee_over_her_posts_and_the_manager_thanked() -> None:
    rows = involvements_of(LETTER, "sqs-letter.txt")
    assert {row for row in rows if row[1] in ("lead_inspector", "inspection_team", "staff", "board_chair")} == {
        ("Wilfreda Strangeways", "lead_inspector", "Lead inspector", "HM Inspectorate of Probation"),
        ("Barnaby Quenell", "inspection_team", "Practice assessor (seconded)", "HM Inspectorate of Probation"),
        ("Cosmo Halliwell-Tate", "staff", None, "Westmere Youth Offending Service"),
        ("Philippa Gaunt-Ramsay", "board_chair", "Chair, Westmere Youth Offending Service Management Board",
         "Westmere Youth Offending Service"),
    }
    [addressed] = [row for row in rows if row[1] == "addressee"]
    assert addressed[2] == ("Corporate Director, Children's Services, Westmere Council and Chair, Westmere Youth "
                            "Offending Service Management Board"), "the posts on the lines under 'To:' and the name"


PLAIN_LETTER = """HM Inspectorate of Probation
3rd Floor, Quayside House
Bristol

Telephone: 0300 000 0000

Ffion Tregarthen-Hughes OBE
Director of Children's Services
Westmere Borough Council
Civic Centre
Westmere

9 March 2015

Dear Ms Tregarthen-Hughes

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN WESTMERE

I am writing to you in your capacity as Chair of the Westmere Youth Offending Service Management
Board. The screening was carried out in February 2015.

We are grateful to the staff of the YOS for their help.

If you have any questions about the screening, please contact the lead inspector,
Zoë Kettlewell-Amis, at zoe.kettlewell-amis@inspectorate.example or on
07700 900 777.

Yours sincerely

Scrawl~ K.

Ambrose Lightfoot-Naylor
Assistant Chief Inspector (Youth Justice)


Copy to:
Chief Executive, Westmere Borough Council: Dr Perpetua Anscombe
Police and Crime Commissioner for Westmere: Lionel Fairhurst-Boyd
YJB Business Area Managers: Tamsin Yardley, Rupert Okonedo-Vail
Care Quality Commission: Hester Mabbutt
YJB Press Office
"""


def test_a_screening_letter_written_as_a_letter_names_its_addressee_author_and_copies() -> None:
    rows = people_rows(load_text(PLAIN_LETTER, "westmere_sqs_letter.txt"))
    assert rows == {
        ("Ffion Tregarthen-Hughes", "addressee"), ("Ffion Tregarthen-Hughes", "board_chair"),
        ("Ambrose Lightfoot-Naylor", "author"), ("Zoë Kettlewell-Amis", "lead_inspector"),
        ("Perpetua Anscombe", "copy_to"), ("Lionel Fairhurst-Boyd", "copy_to"), ("Tamsin Yardley", "copy_to"),
        ("Rupert Okonedo-Vail", "copy_to"), ("Hester Mabbutt", "copy_to")}


def test_a_copy_lists_post_before_a_colon_is_each_persons_and_a_place_in_it_is_no_one() -> None:
    copied = {(person, role, organisation) for person, relation, role, organisation
              in involvements_of(PLAIN_LETTER, "westmere_sqs_letter.txt") if relation == "copy_to"}
    assert {row for row in copied if row[0] in ("Perpetua Anscombe", "Tamsin Yardley", "Hester Mabbutt")} == {
        ("Perpetua Anscombe", "Chief Executive, Westmere Borough Council", "Westmere Council"),
        ("Tamsin Yardley", "YJB Business Area Managers", "Youth Justice Board"),
        ("Hester Mabbutt", "Care Quality Commission", "Care Quality Commission")}


def test_the_lead_inspectors_contact_details_wrapped_over_the_paragraphs_lines() -> None:
    statements = load_text(PLAIN_LETTER, "westmere_sqs_letter.txt").statements
    contacts = {(s.prop, s.value) for s in statements if s.schema == "Person" and s.prop in ("email", "phone")}
    assert contacts == {("email", "zoe.kettlewell-amis@inspectorate.example"), ("phone", "07700 900 777")}


LETTER_TWO_POSTS = """HM Inspectorate of Probation
1 Example Street

12 September 2013

Morwenna Treloar
Director of Children's Services and
Chair, Westmere Youth Offending Service Management Board
Westmere Borough Council
Civic Centre

Dear Mrs Treloar

Short Quality Screening of youth offending work in Westmere

We looked at 20 cases. I am grateful to James Penwarden, Head of Youth Offending Service, and his staff
for the way in which they supported the screening.

If you have any questions please contact the lead
inspector, Rachel Hocking, on 07700 900 123.

Yours sincerely

Tristan Bolitho
Assistant Chief Inspector

Copy to:
Police and Crime Commissioner, Northvale          Loveday Pascoe
Independent Chair, Westmere LSCB                  Professor Kerensa Nance
"""


def test_an_addressees_two_posts_over_two_lines_the_head_thanked_with_his_staff_and_the_lead_broken_over_lines() -> None:
    rows = involvements_of(LETTER_TWO_POSTS, "westmere_sqs_letter.txt")
    assert {(person, relation) for person, relation, *_ in rows} == {
        ("Morwenna Treloar", "addressee"), ("Morwenna Treloar", "board_chair"), ("James Penwarden", "staff"),
        ("Rachel Hocking", "lead_inspector"), ("Tristan Bolitho", "author"), ("Loveday Pascoe", "copy_to"),
        ("Kerensa Nance", "copy_to")}
    chair = {(role, organisation) for person, relation, role, organisation in rows if relation == "board_chair"}
    assert chair == {("Chair, Westmere Youth Offending Service Management Board", "Westmere Youth Offending Service")}
    copied = {person: organisation for person, relation, _, organisation in rows if relation == "copy_to"}
    assert copied == {"Loveday Pascoe": "Office of the Police and Crime Commissioner for Northvale",
                      "Kerensa Nance": "Westmere Local Safeguarding Children Board"}


LETTER_WITH_DISTRIBUTION = """HM Inspectorate of Probation

Dilys Argoed
Corporate Director - Social Services
Chair, Llanfair Vale Youth Justice Service Management Board
Llanfair Vale County Borough Council

From:               Tristan Bolitho, Assistant Chief Inspector
cc:                 distribution overleaf

Dear Ms Argoed

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN LLANFAIR VALE

Our Short Quality Screening (SQS) took place in May 2015. We looked at 16 cases.

Yours sincerely

T. Bolitho
Assistant Chief Inspector

DISTRIBUTION

Rhodri Pennar ........................ Manager, Youth Justice Service
Cllr Eifion Trahearn ................. Leader of the Council
Cllr Nia Caradog ..................... Cabinet Member, Social Services
Meleri Hopcyn ........................ Chair, Youth Court Bench
"""


def test_a_letter_copied_to_a_distribution_list_of_names_then_posts_and_addressed_in_two_posts() -> None:
    rows = involvements_of(LETTER_WITH_DISTRIBUTION, "llanfairvale_sqs_letter.txt")
    pairs = {(person, relation) for person, relation, *_ in rows}
    assert {("Dilys Argoed", "addressee"), ("Dilys Argoed", "board_chair"), ("Rhodri Pennar", "copy_to"),
            ("Eifion Trahearn", "copy_to"), ("Eifion Trahearn", "cabinet_member"), ("Nia Caradog", "copy_to"),
            ("Nia Caradog", "cabinet_member"), ("Meleri Hopcyn", "copy_to")} <= pairs
    addressed = {role for person, relation, role, _ in rows if relation == "addressee"}
    assert addressed == {"Corporate Director - Social Services; Chair, Llanfair Vale Youth Justice Service Management Board"}
MEMO_LETTER = """                                                      HMI Probation

TO ............ Dr Gwenllian Quarrington         FROM ........ Osric Penhaligon
                Director of Children's Services                Assistant Chief Inspector
                and Chair, Tarrowby YOS                        HM Inspectorate of Probation
                Management Board

COPY .......... see distribution at foot         DATE OF PUBLICATION ... 3 March 2014

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN TARROWBY

Our Short Quality Screening (SQS) of the Tarrowby Youth Offending Service took place in February 2014.

DISTRIBUTION

Hollinshead, Barnaby ........................ Head of Youth Offending Service
Ashdown, Cllr Marguerite .................... Cabinet Member for Children and Young People
Wrexham, Percival JP ........................ Chair of the Youth Court Bench
Dunstable, Hubert ........................... Independent Chair, Tarrowby Safeguarding
                                              Children Board
Care Quality Commission ..................... Regional Inspection Manager
"""


def test_a_memo_header_in_two_columns_and_a_distribution_list_written_surname_first() -> None:
    """'TO ...... Dr X      FROM ...... Y' with the posts set in under each name; 'DISTRIBUTION' rows of 'Surname,
    Forename ...... Post', a post wrapped under its column (batch 40)."""
    rows = involvements_of(MEMO_LETTER, "tarrowby_sqs_letter.txt")
    assert ("Osric Penhaligon", "author", "Assistant Chief Inspector", "HM Inspectorate of Probation") in rows
    assert ("Gwenllian Quarrington", "board_chair", "Chair, Tarrowby YOS Management Board",
            "Tarrowby Youth Offending Service") in rows
    [addressed] = [row for row in rows if row[1] == "addressee"]
    assert addressed[2] == "Director of Children's Services and Chair, Tarrowby YOS Management Board"
    copied = {(row[0], row[2]) for row in rows if row[1] == "copy_to"}
    assert copied == {("Barnaby Hollinshead", "Head of Youth Offending Service"),
                      ("Marguerite Ashdown", "Cabinet Member for Children and Young People"),
                      ("Percival Wrexham", "Chair of the Youth Court Bench"),
                      ("Hubert Dunstable", "Independent Chair, Tarrowby Safeguarding Children Board")}
    assert ("Marguerite Ashdown", "cabinet_member") in {(row[0], row[1]) for row in rows}
