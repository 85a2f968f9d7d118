"""Copy lists and distribution lists whose rows give the post (or the body) first and the name after it, in one column
or two side by side, each in a small fictional fixture: dot leaders, a lone dot, a tab or a run of blanks between the
post and the name; a post wrapped over two lines before its name ('Lead Member for Children,' / 'Wendshire CC .....
Cllr Jo Bloggs'); a row with only the right-hand column filled; a name in any form (in full, after a title, SURNAME,
Forename with a particle 'AP GRUFFUDD', 'DE LA MARE', several parted by ';'); a page's footer inside the list. Each
person is copied in the post, the body from the post, and a Leader, Cabinet Member or Lead Member is a cabinet member
too. Not people: a post with no name or a seat vacant ('(post vacant)', '(Performance Audit Lead)'), a body alone
where the name goes, a contents list's page numbers, a table of figures, a venue, the inspectorate's address under the
list."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows, role_rows

TWO_COLUMNS_LEADERS = """\
HM Inspectorate of Probation

To:                   Rhian Castellane, Director of Children's Services, Ashbourne County Council
Copy to:              See copy list at end
From:                 Ezra Holloway, Assistant Chief Inspector (Youth Justice)

Report of Short Quality Screening (SQS) of youth offending work in Ashbourne

We examined 20 cases of children and young people supervised by Ashbourne Youth Offending Service.

Copy to:

Head of Service ................. Priscilla Wanless      Chief Executive, Ashbourne CC ..... Tobias Merryweather
Portfolio Holder for Children,
Ashbourne CC .................... Cllr Hesketh Varley   Leader, Ashbourne CC .............. Cllr Winifred Oddie
Leader, Pelham DC ............... Cllr Ambrose Kettle
                                                         Chief Executive, Pelham DC ........ Lavinia Stroud
Cabinet Member for Housing and
Safer Streets, Pelham DC          Cllr Cosmo Prendeville
Police and Crime Commissioner ... Ottoline Brisk        Chair of Ashbourne LSCB ........... Fenella Dacre
Chair of Youth Court Bench ...... Barnaby Quist JP
Director of Public Health ....... (post vacant)         YJB Business Area Manager ......... Desmond Aldous
HM Inspectorate of Constabulary . Marguerite Penhale
Ofsted - Social Care ............ Caspian Mottram       Care Quality Commission ........... Office of the CQC
                                                        Area Commander, Pelham Police     Chief Superintendent Idris Mabey

Note 1: To request a paper copy of this report, please contact HMI Probation.
"""


def test_two_columns_of_posts_then_names_with_dot_leaders() -> None:
    roles = role_rows(load_text(TWO_COLUMNS_LEADERS, "ashbourne_sqs_letter_2014_05.txt"))
    copied = {(name, role) for name, relation, role in roles if relation == "copy_to"}
    assert {("Priscilla Wanless", "Head of Service"), ("Tobias Merryweather", "Chief Executive, Ashbourne CC"),
            ("Winifred Oddie", "Leader, Ashbourne CC"), ("Ambrose Kettle", "Leader, Pelham DC"),
            ("Lavinia Stroud", "Chief Executive, Pelham DC"), ("Ottoline Brisk", "Police and Crime Commissioner"),
            ("Fenella Dacre", "Chair of Ashbourne LSCB"), ("Desmond Aldous", "YJB Business Area Manager"),
            ("Marguerite Penhale", "HM Inspectorate of Constabulary"), ("Caspian Mottram", "Ofsted - Social Care"),
            ("Barnaby Quist", "Chair of Youth Court Bench"),
            ("Idris Mabey", "Area Commander, Pelham Police")} <= copied
    # the post wrapped over two lines before its name is one post, its body the council it names
    assert ("Hesketh Varley", "Portfolio Holder for Children, Ashbourne CC") in copied
    assert ("Cosmo Prendeville", "Cabinet Member for Housing and Safer Streets, Pelham DC") in copied
    # no one takes the post of the other column's row; a seat vacant or a body where the name goes is no one
    assert len({role for name, role in copied if name == "Tobias Merryweather"}) == 1
    assert not any("vacant" in name.lower() or "Office" in name or "CQC" in name or "Safer" in name
                   for name, _, _ in roles)


def test_a_leader_or_a_cabinet_member_copied_in_is_a_cabinet_member_of_the_council_named() -> None:
    result = load_text(TWO_COLUMNS_LEADERS, "ashbourne_sqs_letter_2014_05.txt")
    cabinet = {name for name, relation in people_rows(result) if relation == "cabinet_member"}
    assert {"Hesketh Varley", "Winifred Oddie", "Ambrose Kettle", "Cosmo Prendeville"} <= cabinet
    assert not cabinet & {"Tobias Merryweather", "Lavinia Stroud", "Priscilla Wanless"}
    organisations = organisation_rows(result)
    assert organisations[("Winifred Oddie", "copy_to")].startswith("Ashbourne")
    assert organisations[("Ambrose Kettle", "copy_to")].startswith("Pelham")


TWO_COLUMNS_GAPS = """\
Westcombe Youth Justice Service
Letter to the Chair of the Management Board

Dear Dr Amadi,

We write to confirm the findings of the inspection of youth justice work in Westcombe.

Yours sincerely

Peregrine Ashdown
HM Inspector of Probation

DISTRIBUTION

Chief Executive, Westcombe Council    Prof. Leopold Grantham      Cabinet Member for         Cllr Siobhán O'Rourke
Strategic Director of People          Dr Oona Fitzwilliam           Young People and Families,
                                                                    Westcombe Council
Head of Youth Justice Service         Ewan McAllister             Venue                      Committee Room 4, Civic Hall
                                                                 Page 3 of 3
Borough Commander, Westcombe Police\tCh Supt Rowan Ellery\tChair, Westcombe Safeguarding Partnership\tAugusta Pell
"""


def test_two_columns_parted_by_blanks_or_tabs_a_post_wrapped_under_its_column_and_a_footer_inside() -> None:
    result = load_text(TWO_COLUMNS_GAPS, "westcombe_letter_2016_02.txt")
    roles = role_rows(result)
    copied = {(name, role) for name, relation, role in roles if relation == "copy_to"}
    assert ("Siobhán O'Rourke", "Cabinet Member for Young People and Families, Westcombe Council") in copied
    assert "Siobhán O'Rourke" in {name for name, relation in people_rows(result) if relation == "cabinet_member"}
    assert {("Leopold Grantham", "Chief Executive, Westcombe Council"),
            ("Oona Fitzwilliam", "Strategic Director of People"), ("Ewan McAllister", "Head of Youth Justice Service"),
            ("Rowan Ellery", "Borough Commander, Westcombe Police"),
            ("Augusta Pell", "Chair, Westcombe Safeguarding Partnership")} <= copied
    names = {name for name, _, _ in roles}
    assert not any("Committee" in name or "Civic" in name or "Venue" in name for name in names)


ONE_COLUMN_SURNAMES_FIRST = """\
HM Inspectorate of Probation

Short Quality Screening of youth offending work in Cwm Llyfnant

We examined 16 cases. The lead inspector was Tegwen Prosser.

Yours sincerely

Tegwen Prosser
HM Inspector

RHESTR DDOSBARTHU / DISTRIBUTION LIST

Head of Youth Offending Service ............... PRICHARD, Elen
Leader of the Council ......................... AP GRUFFUDD, Cllr Dylan
Cabinet Member for Children and
Young People .................................. DE LA MARE, Cllr Honor
Divisional Commander, Dyfed Police ............ VAN DIJK, Supt Pieter
Chair of Youth Court Bench .................... O'MAHONY, Niamh
YJB Cymru ..................................... MEREDUDD, Sioned; McALISTER, Ruairi
Wales Audit Office ............................ (Performance Audit Lead)
Welsh Government .............................. (for information)
Members' Library .............................. Llyfnant Civic Centre

--------------------------------------------------------------------
Page 2 of 2                 Inspecting for Safer Communities
"""


def test_one_column_of_posts_then_surnames_first_with_particles_and_several_names() -> None:
    result = load_text(ONE_COLUMN_SURNAMES_FIRST, "cwm_llyfnant_sqs_letter_2014_12.txt")
    roles = role_rows(result)
    copied = {(name, role) for name, relation, role in roles if relation == "copy_to"}
    assert {("Elen Prichard", "Head of Youth Offending Service"), ("Dylan ap Gruffudd", "Leader of the Council"),
            ("Pieter van Dijk", "Divisional Commander, Dyfed Police"), ("Niamh O'Mahony", "Chair of Youth Court Bench"),
            ("Sioned Meredudd", "YJB Cymru"), ("Ruairi McAlister", "YJB Cymru"),
            ("Honor de la Mare", "Cabinet Member for Children and Young People")} <= copied
    cabinet = {name for name, relation in people_rows(result) if relation == "cabinet_member"}
    assert {"Dylan ap Gruffudd", "Honor de la Mare"} <= cabinet
    names = {name for name, _, _ in roles}
    # a particle and its surname are no person of their own, nor a forename alone; a post with no name is no one
    assert not names & {"Ap Gruffudd", "Dylan", "De La Mare", "Honor", "Van Dijk", "Pieter"}
    assert not any("Audit" in name or "Government" in name or "Civic" in name or "Safer" in name for name in names)


ON_THE_LABELS_LINE = """\
Kestrel Vale Youth Offending Service

Dear Ms Adeyemi,

Inspection of youth offending work in Kestrel Vale: the report will be published on 3 June 2015.

Yours sincerely

Lucinda Farrow
Assistant Chief Inspector

cc:  Director of Children's Services ... Ngozi Adeyemi        Chief Executive .......... Rupert Fane
     Lead Member for Children and
     Young People ...................... Cllr Tamsin Rook     Leader of the Council .... Cllr Ewart Lyle
     YJB Head of Business Area ......... PEMBERTON, Aled
     Director of People, Kestrel Vale .. Imogen Thackeray     Chief Constable, Fellmoor and .. Bartholomew Crane QPM
       (Chair of YOS Management Board)                          Dale Police
"""


def test_a_list_in_two_columns_that_opens_on_its_labels_line() -> None:
    result = load_text(ON_THE_LABELS_LINE, "kestrel_vale_letter_2015_05.txt")
    copied = {(name, role) for name, relation, role in role_rows(result) if relation == "copy_to"}
    assert {("Ngozi Adeyemi", "Director of Children's Services"), ("Rupert Fane", "Chief Executive"),
            ("Tamsin Rook", "Lead Member for Children and Young People"), ("Ewart Lyle", "Leader of the Council"),
            ("Aled Pemberton", "YJB Head of Business Area")} <= copied
    cabinet = {name for name, relation in people_rows(result) if relation == "cabinet_member"}
    assert {"Tamsin Rook", "Ewart Lyle"} <= cabinet
    # a post set in under its column goes on; in brackets, it is a second post held
    assert ("Bartholomew Crane", "Chief Constable, Fellmoor and Dale Police") in copied
    assert ("Imogen Thackeray", "Director of People, Kestrel Vale; Chair of YOS Management Board") in copied
    assert ("Imogen Thackeray", "board_chair") in people_rows(result)


CONTENTS_AND_FIGURES = """\
Ashbourne Youth Justice Plan 2023-24

Contents
Foreword by the Chair ..................... 2
Governance and leadership ................. 4     Partnership arrangements ............... 9
Performance ............................... 11    Priorities for 2023-24 ................. 14

Distribution

Reoffending rate .......................... 34.1%     First time entrants ............ 212
Custody rate .............................. 0.21      Cases examined ................. 18

HM Inspectorate of Probation, 1st Floor Civil Justice Centre, 1 Bridge Street West, Manchester
"""


def test_a_contents_list_a_table_of_figures_and_an_address_are_no_one() -> None:
    rows = people_rows(load_text(CONTENTS_AND_FIGURES, "ashbourne_youth_justice_plan_2023_06.txt"))
    assert not {name for name, relation in rows if relation == "copy_to"}


BODY_ALONE_UNDER_CC = """\
HM Inspectorate of Probation

Short Quality Screening of youth offending work in Trefaen

We examined 14 cases.

Yours sincerely

Morwenna Ellery
Lead Inspector, Wales

cc:   Cllr Idwal Pennant-Rhys, Leader of the Council
      Welsh Government, Community Safety Division
      Head of Youth Justice Board Cymru
"""


def test_a_body_alone_in_a_copy_list_is_no_one() -> None:
    rows = people_rows(load_text(BODY_ALONE_UNDER_CC, "trefaen_sqs_letter_2013_11.txt"))
    copied = {name for name, relation in rows if relation == "copy_to"}
    assert "Idwal Pennant-Rhys" in copied
    assert not any("Government" in name or "Welsh" in name for name in copied)
