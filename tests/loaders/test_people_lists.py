"""Signatures: a name alone on a line and the post on the next (issue 11), fictional letters and slides."""

from __future__ import annotations

import pytest

from tests.conftest import load_text, people_rows, role_rows
from tests.loaders.test_roles import involvements, involvements_of

SLIDES = """Youth justice inspections: what we found in 2022

A presentation to the Northshire Youth Justice Board

Martin Ellery
Head of Youth Justice Inspections
HM Inspectorate of Probation

Slide 2: our findings
"""

LETTER = """HM Inspectorate of Probation
1st Floor Civil Justice Centre
Manchester
E-mail: anna.verity@example.gov.uk

Mr T Cole
Director of Children's Services
Northshire Council

12 August 2021

Dear Mr Cole

Inspection of youth justice services in Northshire

Thank you for your help during the inspection.

Yours sincerely

Anna Verity
HM Inspector of Probation
"""


def test_a_presentations_author_on_its_title_page() -> None:
    result = load_text(SLIDES, "slides.txt")
    assert people_rows(result) == {("Martin Ellery", "author"), ("Martin Ellery", "head_of_inspections")}
    organisations = {s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    assert organisations == {"HM Inspectorate of Probation"}


def test_a_letters_signatory_and_the_letterhead_e_mail_that_spells_the_name() -> None:
    result = load_text(LETTER, "letter.txt")
    assert ("Anna Verity", "author") in people_rows(result)
    assert [s.value for s in result.statements if s.prop == "email"] == ["anna.verity@example.gov.uk"]


def test_a_name_and_post_inside_minutes_are_no_signature() -> None:
    minutes = ("Minutes of the meeting of the Northshire Youth Offending Service Management Board held on 6 June 2022\n\n"
               "Present:\nAnn Wright\nChair\nBen Kerr\nNorthshire Police\n\nApologies:\nCarl Dunn\n\n1. Welcome\n")
    assert not {row for row in people_rows(load_text(minutes, "board.txt")) if row[1] == "author"}


CONTACTS = """NORTHSHIRE COUNCIL

CABINET

Youth Justice Plan 2022-23

Report author: Nia Brook, Youth Justice Service Manager
Telephone enquiries to Omar Shah on 01632 960123
Contact Officer: Gail Mercer, Democratic Services, 01632 960000
For further information contact Ivan Petrov on 01632 960456 or ivan.petrov@example.gov.uk
Please contact the Youth Justice Service if you have any questions.

1. Purpose of the report
This report presents the youth justice plan.
"""


def test_contact_officers_in_every_wording_with_their_details() -> None:
    result = load_text(CONTACTS, "report.txt")
    assert people_rows(result) == {("Nia Brook", "contact_officer"), ("Omar Shah", "contact_officer"),
                                   ("Gail Mercer", "contact_officer"), ("Ivan Petrov", "contact_officer")}
    roles = {s.value for s in result.statements if s.schema == "Involvement" and s.prop == "role"}
    assert roles == {"Youth Justice Service Manager", "Democratic Services"}
    details = {s.value for s in result.statements if s.prop in ("email", "phone")}
    assert {"ivan.petrov@example.gov.uk", "01632 960456", "01632 960123", "01632 960000"} <= details


def test_a_contact_in_a_document_of_no_known_family() -> None:
    text = "Annual report of the Westmere Youth Justice Service\n\nContact Officer: Lee Moss\n"
    assert people_rows(load_text(text, "annual.txt")) == {("Lee Moss", "contact_officer")}


def test_a_contact_for_further_information_about_the_document() -> None:
    text = ("Westmere Youth Justice Plan 2024-25\n\nFor further information about this plan, contact Ianto "
            "Rhys-Maddox, Head of Youth Justice Service, or email yjs@westmere.example.\n")
    assert people_rows(load_text(text, "plan.txt")) == {("Ianto Rhys-Maddox", "contact_officer")}


def test_the_officer_a_report_form_names_is_its_contact() -> None:
    text = ("DUNMOOR COUNCIL – CABINET – 3 JUNE 2025\n\nYouth justice: the inspection outcome\n\n"
            "Lead Member: Councillor Ann Wright, Lead Member for Children's Services\n"
            "Lead officer: Raj Patel, Head of Youth Justice Service\nResponsible officer: Kim Ford\n"
            "Key decision: No\n\n1. Summary\nThe lead officer for the plan will report in March.\n")
    rows = people_rows(load_text(text, "cabinet.txt"))
    assert {row for row in rows if row[1] == "contact_officer"} == {("Raj Patel", "contact_officer"),
                                                                    ("Kim Ford", "contact_officer")}


def test_authors_named_by_a_label_and_a_label_with_only_a_post() -> None:
    text = ("NORTHSHIRE COUNCIL\n\nCABINET\n\nReport of: Jo Bloggs, Director of Children's Services\nAuthor: Sam Lee\n"
            "Report by: Director of Children's Services\n\nYouth Justice Plan\n")
    result = load_text(text, "report.txt")
    assert people_rows(result) == {("Jo Bloggs", "author"), ("Sam Lee", "author")}
    roles = {s.value for s in result.statements if s.schema == "Involvement" and s.prop == "role"}
    assert roles == {"Director of Children's Services"}


def test_a_signature_written_as_a_form_and_a_contact_block_that_is_not_one() -> None:
    plan = ("Northshire Youth Justice Plan 2023-24\n\nContact details\nName:\tKim Ford\nJob title:\tHead of Youth Justice\n\n"
            "The partnership has made good progress this year.\n\nSigned:\nName: Ann Wright\n"
            "Position: Chair of the Northshire Youth Justice Management Board\nDate: 3 May 2023\n")
    rows = people_rows(load_text(plan, "plan.txt"))
    assert {("Ann Wright", "author"), ("Ann Wright", "board_chair")} <= rows
    assert ("Kim Ford", "author") not in rows


def test_a_presentations_author_named_with_the_post_on_one_line() -> None:
    slides = ("Dunmoor Youth Justice Service\nInspection outcome\nPresentation to the Children's Scrutiny Committee\n"
              "Owain Pryce, Head of Youth Justice\nSeptember 2025\n\nSlide 2\nOverall rating: Good\n")
    assert people_rows(load_text(slides, "slides.txt")) == {("Owain Pryce", "author")}


def test_lines_of_names_and_posts_at_the_top_are_a_list_not_an_author() -> None:
    notes = ("Dunmoor youth justice workshop\n\nAnn Wright, Head of Service\nRaj Patel, Team Manager\n\n"
             "The workshop looked at the plan.\n")
    assert not {row for row in people_rows(load_text(notes, "notes.txt")) if row[1] == "author"}


PLAN_WITH_A_DATED_MEMBERSHIP_TABLE = """Brackenmoor Youth Justice Service

YOUTH JUSTICE PLAN 2024 – 2025

1. Foreword

In June HM Inspectorate of Probation published its inspection of youth justice services in Brackenmoor and
rated the service Requires improvement. We accept that judgement.

2. Governance

2.1 Board membership (September 2024)

| Member | Role |
| Tegan Ashdown | Director of Children's Services |
| Mared Lewis-Boyd | Youth Justice Service Manager |
| Insp Dafydd Crane | Brackenmoor Police |

2.2 The Board meets quarterly.
"""


def test_a_plan_that_cites_its_inspection_lists_its_board_under_a_dated_heading() -> None:
    result = load_text(PLAN_WITH_A_DATED_MEMBERSHIP_TABLE, "plan.txt")
    assert "standards_inspection" not in result.families
    assert {(n, r) for n, r in people_rows(result) if r == "board_member"} == {
        ("Tegan Ashdown", "board_member"), ("Mared Lewis-Boyd", "board_member"), ("Dafydd Crane", "board_member")}


NUMBERED_FOREWORD = """Brackenmoor Youth Justice Service

YOUTH JUSTICE PLAN 2024 – 2025

Contents
1. Foreword		3
2. Governance		4
3. Priorities		6
4. Performance		9
5. Risks		11
6. Sign off		12

1. Foreword

This has been a year of change for the partnership, and of hard work by its staff.
More children were diverted from court than in any year before.
Fewer children entered custody, and none was remanded for want of a bed.
Our education offer reached every child supervised by the service.
The inspection team listened to children, families and staff with care.
We thank our partners in the police, health and probation for their work.
This plan says what the partnership will do, by when, and how we will know.

Morfydd Carrow-Jones
Chair, Brackenmoor Youth Justice Management Board

2. Governance
"""


def test_a_numbered_foreword_is_signed_by_its_author() -> None:
    rows = people_rows(load_text(NUMBERED_FOREWORD, "plan.txt"))
    assert {("Morfydd Carrow-Jones", "author"), ("Morfydd Carrow-Jones", "board_chair")} <= rows


WELSH_BOARD_TABLE = PLAN_WITH_A_DATED_MEMBERSHIP_TABLE.replace(
    "| Insp Dafydd Crane | Brackenmoor Police |",
    "| Dr Elin Prys | Consultant Paediatrician, Glanrafon University Health Board |\n"
    "| Rhian Coslett | Youth Justice Board Cymru (adviser) |")


def test_a_welsh_health_board_after_the_post_and_yjb_cymru_are_the_members_bodies() -> None:
    orgs = {(name, org) for name, relation, _, org in involvements(WELSH_BOARD_TABLE) if relation == "board_member"}
    assert {("Elin Prys", "Glanrafon University Health Board"), ("Rhian Coslett", "Youth Justice Board")} <= orgs


def test_the_member_whose_post_opens_with_chair_is_of_the_service_whose_board_it_is() -> None:
    table = PLAN_WITH_A_DATED_MEMBERSHIP_TABLE.replace(
        "| Tegan Ashdown | Director of Children's Services |",
        "| Cllr Tegan Ashdown | Chair; Cabinet Member for Children and Families |")
    orgs = {(name, org) for name, relation, _, org in involvements(table) if relation == "board_member"}
    assert ("Tegan Ashdown", "Brackenmoor Youth Offending Service") in orgs


PLAN = """Northmoor Youth Justice Plan 2024-25

1. Foreword

I want to thank the staff of the service and our partners for their work this year.

Tamsin Odunsi-Vale
Chair, Northmoor Youth Justice Partnership Board

2. Governance

Table 2: Board membership (May 2024)

| Name                        | Organisation / role                                  |
|-----------------------------|------------------------------------------------------|
| Tamsin Odunsi-Vale          | Independent Chair                                    |
| Det Supt Oluwaseun Marchetti| Northmoor Police, Eastern Area Command               |
| Bethan St. Clair-Huxley     | Head of Inclusion, Northmoor Education               |
| Caspian Ekwueme-Rudd        | Operational Manager, Youth Justice Service           |
| Cllr Horatio Fenwick-Amadi  | Cabinet Member for Children and Families             |

Questions about this plan may be sent to the service.
"""


def test_a_membership_table_in_a_plan_lists_board_members_not_staff() -> None:
    """The table's caption says what its rows are, whatever the document's family: names the lexicon does not know,
    a rank before a name and a particle with a full stop, never a post or a body read as a person."""
    rows = people_rows(load_text(PLAN, "plan.txt"))
    members = {name for name, relation in rows if relation == "board_member"}
    assert members == {"Tamsin Odunsi-Vale", "Oluwaseun Marchetti", "Bethan St Clair-Huxley", "Caspian Ekwueme-Rudd",
                       "Horatio Fenwick-Amadi"}
    assert not {row for row in rows if row[1] == "staff"}
    assert {name for name, relation in rows if relation == "cabinet_member"} == {"Horatio Fenwick-Amadi"}
    # each member's body: the one written in the cell (after the post too), else the one the post implies; the
    # independent chair chairs the board of the area's service
    bodies = {(name, organisation) for name, relation, _, organisation in involvements_of(PLAN, "plan.txt")
              if relation == "board_member"}
    assert bodies == {("Tamsin Odunsi-Vale", "Northmoor Youth Offending Service"),
                      ("Oluwaseun Marchetti", "Northmoor Police"), ("Bethan St Clair-Huxley", "Northmoor Education"),
                      ("Caspian Ekwueme-Rudd", "Northmoor Youth Offending Service"),
                      ("Horatio Fenwick-Amadi", "Northmoor Council")}


CABINET_REPORT_HEAD = """Northmoor Borough Council

CABINET

Contact officer:
Leopold Haverstock-Ndiaye
Assistant Director, Early Help and Youth Justice
Tel: 01632 960 411

1. PURPOSE OF REPORT

1.1 To inform Cabinet of the findings of the inspection.

Author of report: Philippa Anstruther-Obi, Service Improvement Manager, Youth Justice Service
"""


def test_contact_officers_under_a_label_with_the_post_below_and_the_author_of_a_report() -> None:
    rows = involvements_of(CABINET_REPORT_HEAD, "cabinet.txt")
    contacts = {(name, role) for name, relation, role, _ in rows if relation == "contact_officer"}
    assert contacts == {("Leopold Haverstock-Ndiaye", "Assistant Director, Early Help and Youth Justice"),
                        ("Philippa Anstruther-Obi", "Service Improvement Manager, Youth Justice Service")}
    assert not {row for row in rows if row[1] == "author"}  # the contact's name and post are no signature


def test_please_telephone_a_contact() -> None:
    minutes = ("Northmoor Borough Council\n\nCHILDREN'S SCRUTINY PANEL\n\nMinutes of the meeting held on 4 May 2023\n\n"
               "For enquiries regarding these minutes please telephone Democratic Services (Ignatius Farrow-Bell) on "
               "01632 960 123.\n")
    assert ("Ignatius Farrow-Bell", "contact_officer") in people_rows(load_text(minutes, "minutes.txt"))


TABLE_OVER_A_PAGE = """Northmoor Youth Justice Plan 2024-25

2. Governance

Board membership

| Name                        | Organisation / role                                  |
|-----------------------------|------------------------------------------------------|
| Tamsin Odunsi-Vale          | Independent Chair                                    |
| Caspian Ekwueme-Rudd        | Operational Manager, Youth Justice Service           |

						4
Northmoor Youth Justice Plan 2024-25				OFFICIAL

| Horatio Fenwick-Amadi       | Cabinet Member for Children and Families             |
| Oluwaseun Marchetti         | Superintendent, Northmoor Police                     |

The Board meets every quarter.

| Jo Bloggs | Somebody Else |
"""


def test_a_membership_table_broken_by_a_page_end_and_not_the_table_after_the_prose() -> None:
    rows = people_rows(load_text(TABLE_OVER_A_PAGE, "plan.txt"))
    assert {name for name, relation in rows if relation == "board_member"} == {
        "Tamsin Odunsi-Vale", "Caspian Ekwueme-Rudd", "Horatio Fenwick-Amadi", "Oluwaseun Marchetti"}


THREE_COLUMNS = """Eastmarch Youth Justice Annual Report 2023

Membership of the Eastmarch Youth Justice Management Board

Name	Organisation	Role
Cordelia Vantreight	Eastmarch Council	Director of Children's Services
Hyacinth Olubanke-Price	Eastmarch Youth Justice Service	Head of Service
Barnaby Quillfeather	Eastmarch Police	District Commander

The Board met four times.
"""


def test_a_membership_table_of_three_columns_each_cell_read_for_what_it_is() -> None:
    """Name, body and post in tab-separated columns under a header row: the body cell is the member's organisation
    (not the post's guess), and the table's tabs and lines make no area ('Role Cordelia Vantreight Eastmarch')."""
    rows = involvements_of(THREE_COLUMNS, "report.txt")
    assert {(name, organisation) for name, relation, _, organisation in rows if relation == "board_member"} == {
        ("Cordelia Vantreight", "Eastmarch Council"), ("Hyacinth Olubanke-Price", "Eastmarch Youth Offending Service"),
        ("Barnaby Quillfeather", "Eastmarch Police")}


def test_a_membership_table_of_agency_representative_and_position_with_a_wrapped_cell() -> None:
    text = ("Westmere Youth Justice Plan 2026/27\n\n2. Governance\n\nThe Partnership Board meets quarterly. "
            "Board membership at June 2026:\n\n"
            "Agency                          Representative               Position\n"
            "Westmere Borough Council        Petra Quance                 Director of Children's Services (Chair)\n"
            "Westmere Police                 Supt Idris Morvah            Local Policing Commander\n"
            "Westmere Borough Council        Lowenna Pascoe               Assistant Director, Education\n"
            "                                                             and Skills\n"
            "Probation Service               Jory Hendra                  Head of Probation Delivery Unit\n\n"
            "3. Priorities\n")
    rows = people_rows(load_text(text, "plan.txt"))
    assert {row for row in rows if row[1] == "board_member"} == {
        ("Petra Quance", "board_member"), ("Idris Morvah", "board_member"), ("Lowenna Pascoe", "board_member"),
        ("Jory Hendra", "board_member")}


def test_a_foreword_under_a_longer_heading_signed_with_a_second_post_below_the_first() -> None:
    text = ("Westmere Youth Justice Service\n\nYouth Justice Plan 2026/27\n\nContents\n"
            "1.  Introduction and foreword from the Chair ........ 2\n2.  Governance ........ 3\n\n"
            "1. Introduction and foreword from the Chair\n\n"
            "This year the service was inspected, and the Board is proud of what its staff achieved.\n\n"
            "Petra Quance\nDirector of Children's Services, Westmere Borough Council\n"
            "Chair, Westmere Youth Justice Partnership Board\n\n2. Governance\n\nThe Board meets quarterly.\n")
    rows = people_rows(load_text(text, "plan.txt"))
    assert {("Petra Quance", "author"), ("Petra Quance", "board_chair")} <= rows


def test_a_letters_addressee_holding_two_posts_joined_by_and() -> None:
    text = ("HM Inspectorate of Probation\n\n3 May 2026\n\nMs Petra Quance\n"
            "Chair of the Westmere Youth Justice Partnership Board and Director of Children's Services,\n"
            "Westmere Borough Council\nTown Hall, Westmere\n\nDear Ms Quance\n\n"
            "Thank you for the help your staff gave us during the inspection.\n\nYours sincerely\n\n"
            "Idris Polglase\nHM Inspector\n")
    rows = people_rows(load_text(text, "letter.txt"))
    assert {("Petra Quance", "addressee"), ("Petra Quance", "board_chair")} <= rows


def test_a_cabinet_reports_lead_inspector_vouched_for_by_the_post_and_its_author_contact() -> None:
    report = ("Westmere County Council\n\nMeeting:            Cabinet\nDate:               18 February 2025\n"
              "Subject:            HM Inspectorate of Probation: inspection of Westmere Youth Justice Service\n\n"
              "3.1   The inspection took place in November 2024 and was led by Kwabena Tregenza, HM\n"
              "      Inspector. The Youth Justice Service received an overall rating of Good.\n\n"
              "Author/contact:     Bethany Trewhella-Lowe, Youth Justice Service Manager\n"
              "                    01632 960 718\n")
    result = load_text(report, "cabinet.txt")
    rows = people_rows(result)
    assert {("Kwabena Tregenza", "lead_inspector"), ("Bethany Trewhella-Lowe", "author"),
            ("Bethany Trewhella-Lowe", "contact_officer")} <= rows, result.families
    assert ("Bethany Trewhella-Lowe", "staff") not in rows


def test_the_officer_a_letter_says_will_be_in_touch_is_its_contact() -> None:
    letter = ("HM Inspectorate of Probation\n\n7 October 2024\n\nDear Ms Penhallow,\n\nInspection of youth justice "
              "services in Westmere\n\nPlease nominate a local inspection co-ordinator by 14 October; our operations "
              "officer,\nKerenza Amadi-Lowe (kerenza.amadi-lowe@inspectorate.example), will be in touch with them "
              "about the case sample.\n\nYours sincerely,\n\nKwabena Tregenza\nHM Inspector\n")
    result = load_text(letter, "letter.txt")
    assert ("Kerenza Amadi-Lowe", "contact_officer") in people_rows(result), result.families
PORTFOLIO_HEADER = """WESTMERE BOROUGH COUNCIL

REPORT TO:             CABINET
DATE:                  9 MARCH 2023
CABINET PORTFOLIO:     Children and Families – County Councillor Ysolde Marchbank
SUBJECT:               YOUTH JUSTICE PLAN

1.  PURPOSE OF THE REPORT
"""


def test_the_cabinet_member_a_reports_portfolio_line_names() -> None:
    rows = {(person, relation, organisation) for person, relation, _, organisation in
            involvements_of(PORTFOLIO_HEADER, "westmere_cabinet_report.txt")}
    assert ("Ysolde Marchbank", "cabinet_member", "Westmere Council") in rows, rows


# A plan's membership table flattened to one cell a line (batch 20): the heads one a line, then three lines a member.
STACKED_MEMBERSHIP = """Tarrowby Youth Justice Plan 2025-26

1. Rhagair / Foreword

This plan was written after a hard year for the partnership, and I thank everyone who worked on it.

Bryn ap Hywel
Chair, Tarrowby Youth Justice Service Management Board

2. Governance

Table 1: Management Board membership

Name
Post
Agency
Bryn ap Hywel (Chair)
Director of Social Services
Tarrowby County Borough Council
Insp Delyth Morgan-Price (Vice-Chair)
Inspector, Tarrowby Local Policing Area
Tarrowby Police
(Vacant)
Head of Housing
Tarrowby County Borough Council
Cllr Ifan Roberts-Lyle
Cabinet Member for Children and Families
Tarrowby County Borough Council
Mabli Hughes-Arden (adviser, non-voting)
Head of Oversight
Youth Justice Board Cymru

The Board meets every two months.

Plan prepared by: Non Evans-Thorne, Performance and
Quality Officer, Tarrowby Youth Justice Service
"""


def test_a_membership_table_flattened_to_one_cell_a_line_and_its_markers_after_the_names() -> None:
    result = load_text(STACKED_MEMBERSHIP, "tarrowby_plan.txt")
    members = {(name, role) for name, relation, role in role_rows(result) if relation == "board_member"}
    assert members == {("Bryn ap Hywel", "Director of Social Services"),
                       ("Delyth Morgan-Price", "Inspector, Tarrowby Local Policing Area"),
                       ("Ifan Roberts-Lyle", "Cabinet Member for Children and Families"),
                       ("Mabli Hughes-Arden", "Head of Oversight")}
    assert ("Ifan Roberts-Lyle", "cabinet_member") in people_rows(result)
    bodies = {(name, org) for name, relation, _, org in involvements_of(STACKED_MEMBERSHIP, "tarrowby_plan.txt")
              if relation == "board_member"}
    assert ("Delyth Morgan-Price", "Tarrowby Police") in bodies


def test_a_bilingual_foreword_signed_by_the_chair_and_a_plan_prepared_by_an_officer() -> None:
    result = load_text(STACKED_MEMBERSHIP, "tarrowby_plan.txt")
    authors = {(name, role) for name, relation, role in role_rows(result) if relation == "author"}
    # the foreword ends at the next numbered section: the table's names and posts below are no signatures
    assert authors == {("Bryn ap Hywel", "Chair, Tarrowby Youth Justice Service Management Board"),
                       ("Non Evans-Thorne", "Performance and Quality Officer, Tarrowby Youth Justice Service")}
    assert ("Bryn ap Hywel", "board_chair") in people_rows(result)


def test_the_officer_a_letter_asks_for_documents_to_be_sent_to_is_its_contact() -> None:
    # batch 20: the officer named with an e-mail address after 'send ... to our operations officer,'
    text = ("HM Inspectorate of Probation\n\nDear Ms Pryce\n\nPlease send the documents listed in Annex A to our "
            "operations officer, Elis Fanshawe (elis.fanshawe@inspectorate.example),\nby 23 October 2025. Please "
            "send your comments to the Chair, Ann Lee, by the same date.\n\nYours sincerely\n\nBethan Carreg\n"
            "HM Inspector\n")
    rows = involvements_of(text, "letter.txt")
    assert ("Elis Fanshawe", "contact_officer", "operations officer", "HM Inspectorate of Probation") in rows
    # no e-mail address beside her: no contact named (named only: `other`, read in passing)
    assert {relation for name, relation, *_ in rows if name == "Ann Lee"} <= {"other"}


REPORT_TO_MEMBERS = """TREFALDWYN COUNTY COUNCIL

CHILDREN AND FAMILIES SCRUTINY COMMITTEE – 14 OCTOBER 2024

REPORT OF THE DIRECTOR OF CHILDREN'S SERVICES

INSPECTION OF TREFALDWYN YOUTH JUSTICE SERVICE – FINDINGS AND ACTION PLAN

Cabinet Member:      Councillor D. Ashworth-Lamb, Children and Families
Wards affected:      All
Contact Officer:     Ffion Roebuck, Youth Justice Service Manager

1.   BACKGROUND

1.1  The inspection took place in June 2024 and was led by HM Inspector Corwen
     Aldous-Pike. Inspectors examined 30 cases.

2.   RECOMMENDATION

2.1  That the Committee notes the findings of the inspection.

Seren Halloway-Tate
Director of Children's Services
2 October 2024

Report author: Wyn Castell-Bright, Information Officer, Youth Justice Service,
tel. 01632 960 999
"""


def test_a_report_to_members_is_signed_at_its_foot_and_names_its_author_and_lead_inspector() -> None:
    rows = people_rows(load_text(REPORT_TO_MEMBERS, "report.txt"))
    assert {row for row in rows if row[1] in ("author", "lead_inspector", "contact_officer", "cabinet_member")} == {
        ("Seren Halloway-Tate", "author"), ("Wyn Castell-Bright", "contact_officer"),
        ("Corwen Aldous-Pike", "lead_inspector"), ("Ffion Roebuck", "contact_officer"),
        ("D. Ashworth-Lamb", "cabinet_member")}


WRITTEN_TO_AS = """HM Inspectorate of Probation
Manchester

Mr Cedric Oyelaran-Vance
Director of Children's Services
Northbrook Council

Dear Cedric

I am writing to you, as Chair of the Northbrook Youth Offending Service Management Board, to let you
know the findings of the inspection.

Yours sincerely
"""


def test_a_letter_written_to_its_addressee_as_a_boards_chair_makes_them_the_chair() -> None:
    rows = people_rows(load_text(WRITTEN_TO_AS, "letter.txt"))
    assert {("Cedric Oyelaran-Vance", "addressee"), ("Cedric Oyelaran-Vance", "board_chair")} <= rows


def test_a_form_headers_cabinet_member_keeps_the_portfolio_written_after_the_name() -> None:
    rows = involvements_of(REPORT_TO_MEMBERS, "report.txt")
    assert ("D. Ashworth-Lamb", "cabinet_member", "Cabinet Member, Children and Families", "Trefaldwyn Council") in rows


def test_a_lead_inspector_whose_name_the_margin_broke_after_led_by() -> None:
    report = ("DUNMOOR COUNTY BOROUGH COUNCIL\n\nCABINET\n\n3 JUNE 2025\n\nREPORT OF THE DIRECTOR OF CHILDREN'S SERVICES\n\n"
              "3.2    The inspection fieldwork took place between 12 and 23 March 2025. It was led by Philippa\n"
              "       Ashcombe-Reyes, HM Inspector, with colleagues from Estyn and Care Inspectorate Wales.\n\n"
              "Inspection team\nKim Ford | Lead inspector\nNia Brook | Inspector\n")
    rows = {row for row in people_rows(load_text(report, "cabinet.txt")) if row[1] == "lead_inspector"}
    assert rows == {("Philippa Ashcombe-Reyes", "lead_inspector")}  # not the name that opens the next line


def test_a_contact_named_after_me_or_and_a_post_for_a_place() -> None:
    letter = ("HM Inspectorate of Probation\n\nDear Ms Wright\n\nThe draft report will be sent to you in August. If you "
              "have any questions, please contact me, or our operations officer for Wales, Gwenllian Prys, on 029 2000 "
              "4410.\n\nYours sincerely\n\nKim Ford\nHM Inspector\n")
    rows = role_rows(load_text(letter, "letter.txt"))
    assert {row for row in rows if row[1] == "contact_officer"} == {
        ("Gwenllian Prys", "contact_officer", "operations officer for Wales")}


def test_a_contacts_post_the_margin_carried_to_the_next_line_names_their_service() -> None:
    report = ("DUNMOOR COUNTY BOROUGH COUNCIL\n\nCABINET\n\nBackground papers\nNone.\n\n"
              "For further information contact Owen Pellow, Performance and Quality Manager, Youth Justice\n"
              "Service, on 01632 961 377 or by e-mail at owen.pellow@dunmoor.gov.example\n")
    rows = {(name, relation, role, org) for name, relation, role, org in involvements_of(report, "cabinet.txt")}
    assert rows == {("Owen Pellow", "contact_officer", "Performance and Quality Manager, Youth Justice Service",
                     "Dunmoor Youth Offending Service")}


def test_a_report_of_its_director_who_chairs_the_board_is_the_councils_and_a_plan_the_chair_signs_the_boards() -> None:
    report = ("DUNMOOR VALE COUNTY COUNCIL\n\nCHILDREN'S SERVICES SCRUTINY PANEL\n\nDate of meeting:        10 March 2015\n"
              "Report of:              Bryony Hale-Morris, Corporate Director, Children and Families\n"
              "Contact Officer:        Eamon Pask, Head of Youth Offending Service\n\n1.   PURPOSE OF THE REPORT\n\n"
              "1.1  The Management Board, which oversees the service, is chaired by Bryony Hale-Morris, the Corporate "
              "Director.\n")
    authors = {(person, organisation) for person, relation, _, organisation
               in involvements_of(report, "dunmoor_report.txt") if relation == "author"}
    assert authors == {("Bryony Hale-Morris", "Dunmoor Vale Council")}
    plan = ("Dunmoor Youth Justice Service\n\nYouth Justice Plan 2024–2025\n\n1. Foreword by the Chair of the Board\n\n"
            "I am pleased to introduce the plan.\n\nBryony Hale-Morris\nCorporate Director, Social Services\n"
            "Chair, Dunmoor Youth Justice Management Board\n\n2. Introduction\n\nOur vision.\n")
    authors = {(person, organisation) for person, relation, _, organisation
               in involvements_of(plan, "dunmoor_plan.txt") if relation == "author"}
    assert authors == {("Bryony Hale-Morris", "Dunmoor Youth Offending Service")}


def test_an_addressee_sent_the_letter_at_the_council_named_under_their_posts_is_the_councils() -> None:
    letter = ("HM Inspectorate of Probation\n1 Quay Street\nManchester M1 1AA\n\nAnn Wright\nChair, Dunmoor Youth Justice "
              "Partnership Board and\nExecutive Director of Children's Services\nLondon Borough of Dunmoor\nCivic Centre\n"
              "\n3 May 2024\n\nDear Ann\n\nInspection of youth justice services in Dunmoor\n\nThank you.\n\nYours sincerely\n\nNia Brook\nHM Inspector\n")
    rows = {(name, relation, organisation) for name, relation, _, organisation in involvements_of(letter, "letter.txt")}
    assert {row for row in rows if row[0] == "Ann Wright"} == {
        ("Ann Wright", "addressee", "Dunmoor Council"), ("Ann Wright", "board_chair", "Dunmoor Youth Offending Service")}


def test_a_report_authors_post_does_not_run_on_into_the_next_field_of_the_form() -> None:
    report = ("TARNBURY COUNTY COUNCIL\n\n          CABINET\n\nReport title        Youth Justice Inspection\n"
              "Report author       Niamh O'Dowd-Pryce, Head of Youth Justice Service\nWards affected      All\n\n"
              "1.  PURPOSE\n\n1.1  To inform Cabinet, 4 May 2025.\n")
    assert role_rows(load_text(report, "cabinet.txt")) == {
        ("Niamh O'Dowd-Pryce", "contact_officer", "Head of Youth Justice Service")}


# Bullets that put the seat before the member, some wrapped onto the next line (batch 24).
SEATS_IN_BULLETS = """Westholm Youth Justice Plan 2023-24

The Board meets quarterly. Its membership at 1 June 2023 was:

  • Chair – Nadia Lorrimer, Strategic Director – People (Westholm
    Council)
  • Vice-Chair – Chief Inspector Ravi Sandhu, District Commander
    (Eastmarch Police)
  • Head of Youth Justice Service – Gareth Oyeleye
  • Head of Probation Delivery Unit – Liam Cathro (Probation Service)
  • Youth Bench representative – vacant
  • Adviser – Oversight Manager, Youth Justice Board (non-voting)

The Board's sub-group on disproportionality meets twice a year.
"""


def test_membership_bullets_with_the_seat_before_the_member() -> None:
    members = {(name, role, organisation) for name, relation, role, organisation in involvements_of(
        SEATS_IN_BULLETS, "plan.txt") if relation == "board_member"}
    assert members == {("Nadia Lorrimer", "Strategic Director – People", "Westholm Council"),
                       ("Ravi Sandhu", "District Commander", "Eastmarch Police"),
                       ("Gareth Oyeleye", "Head of Youth Justice Service", "Westholm Youth Offending Service"),
                       ("Liam Cathro", "Head of Probation Delivery Unit", "Probation Service")}


def test_a_releases_contact_works_for_the_body_the_page_says_it_is_from() -> None:
    release = ("GOV.UK\nPress release\nYouth justice services in Thistlecombe rated 'Good'\n"
               "From: HM Inspectorate of Probation\nPublished 2 May 2023\n\nThe service was rated 'Good'.\n\n"
               "Notes to editors\n5. For further information, please contact Ottilie Brannagh, Communications\n"
               "   Manager, on 07700 900123 or at ottilie.brannagh@example.gov.uk.\n")
    rows = involvements_of(release, "release.txt")
    assert ("Ottilie Brannagh", "contact_officer", "Communications Manager", "HM Inspectorate of Probation") in rows, rows


# A council report's front sheet drawn as a box (batch 29): labels and values between bars, a value wrapped onto a row
# whose label cell is empty; the place over 'Council' in the letterhead; officers commenting on its implications.
BOXED_REPORT = """                                                    Item 5
                                                    FELLSTEAD
                                                    Council

+----------------------+------------------------------------------------+
| Report to            | Children's Overview and Scrutiny Committee     |
| Date of meeting      | 3 March 2021                                   |
| Report of            | Tamsin Orchard-Vale, Strategic Director,       |
|                      | People and Communities                         |
| Cabinet Member       | Cllr Rhodri Pennant-Adjei, Children and Young  |
|                      | People                                         |
| Report author        | Ossian Kettleby, Youth Justice Service Manager |
| Contact              | 01632 960 224                                  |
| Key decision         | No                                             |
+----------------------+------------------------------------------------+

1.   PURPOSE

1.1  To inform the Committee of the outcome of the inspection of the service. The
     staff of the service were thanked by the inspectors.

2.   COMMENTS

2.1  Cllr Pennant-Adjei said: "The service has worked hard for this."

3.   IMPLICATIONS

3.1  Finance: none (comments of Wilhelmina Osei-Carr, Finance Business
     Partner). Legal: none (comments of Barnaby Fenwick-Idowu, Principal Lawyer).
"""


def test_a_council_reports_front_sheet_drawn_as_a_box_and_its_commenting_officers() -> None:
    result = load_text(BOXED_REPORT, "fellstead_report.txt")
    assert result.families == ("unknown",)  # a report's form, not a page of staff
    rows = {(person, relation, role, organisation) for person, relation, role, organisation in
            involvements_of(BOXED_REPORT, "fellstead_report.txt")}
    assert rows == {
        ("Tamsin Orchard-Vale", "author", "Strategic Director, People and Communities", "Fellstead Council"),
        ("Rhodri Pennant-Adjei", "cabinet_member", "Cabinet Member, Children and Young People", "Fellstead Council"),
        ("Rhodri Pennant-Adjei", "quoted", "Cabinet Member, Children and Young People", "Fellstead Council"),
        ("Ossian Kettleby", "contact_officer", "Youth Justice Service Manager", "Fellstead Youth Offending Service"),
        ("Wilhelmina Osei-Carr", "staff", "Finance Business Partner", "Fellstead Council"),
        ("Barnaby Fenwick-Idowu", "staff", "Principal Lawyer", "Fellstead Council"),
    }, rows


@pytest.mark.parametrize("implications", [
    "6.1  Financial: no new funding is sought.\n     (Finance comments: Wilhelmina Osei-Carr, Finance Business Partner, 4 May 2021.)",
    "6.1  Financial: no new funding is sought. Comments by Wilhelmina Osei-Carr, Finance Business Partner,\n"
    "     dated 4 May 2021."])
def test_an_implications_commenting_officer_labelled_or_dated(implications: str) -> None:
    """'(Finance comments: Jo Lee, Post, 4 May 2021.)' names the commenting officer as 'comments of' does; the date
    after the post's comma is no part of it."""
    text = f"Ostrey Borough Council\n\nReport to:  CABINET\n\n6.   IMPLICATIONS\n\n{implications}\n"
    assert ("Wilhelmina Osei-Carr", "staff", "Finance Business Partner") in role_rows(load_text(text, "ostrey_report.txt"))


# A letter's copy list as one paragraph (batch 29): entries between semicolons, wrapped over lines, a rank before a name,
# and bodies or posts with the person's name in brackets.
SEMICOLON_COPIES = """HM Inspectorate of Probation

12 May 2015

Dear Mr Quillan

Short Quality Screening of youth offending work in Fellstead

Thank you for your help with the screening.

Yours sincerely

Marisol Tregear-Obi
HM Inspector of Probation

cc:  Lysander Fenwick-Otway, Head of Youth Offending Team; Cllr Peregrine Ashdown-Yeo, Leader of the
     Council; Chief Superintendent Oriel Banfield-Kaur, Borough Commander, Fellstead
     Police; Ofsted - Social Care (Thaddeus Okoro-Lyle); Care Quality Commission
     (Imelda Rosscarrock)
"""


def test_a_copy_list_written_as_one_paragraph_between_semicolons() -> None:
    rows = {(person, relation, role, organisation) for person, relation, role, organisation in
            involvements_of(SEMICOLON_COPIES, "fellstead_letter.txt") if relation in ("copy_to", "cabinet_member")}
    assert rows == {
        ("Lysander Fenwick-Otway", "copy_to", "Head of Youth Offending Team", "Fellstead Youth Offending Service"),
        ("Peregrine Ashdown-Yeo", "copy_to", "Leader of the Council", "Fellstead Council"),
        ("Peregrine Ashdown-Yeo", "cabinet_member", "Leader of the Council", "Fellstead Council"),
        ("Oriel Banfield-Kaur", "copy_to", "Borough Commander, Fellstead Police", "Fellstead Police"),
        ("Thaddeus Okoro-Lyle", "copy_to", "Ofsted - Social Care", "Ofsted"),
        ("Imelda Rosscarrock", "copy_to", None, "Care Quality Commission"),
    }, rows


# A report's copy list in padded columns (batch 29): posts wrapped onto an indented line below, a post that runs to two
# spaces of the names' column, and the publisher's imprint after the list.
PADDED_COPIES = """Full Joint Inspection of Youth Offending Work in Fellstead

Appendix 2: Copy to

Copy to:
Chief Executive                      Ottoline Marchbank-Ives
Strategic Director (People) and      Casimir Delahaye
  Chair of YOS Management Board
Lead Member for Children's Services  Councillor Philippa Okafor-Strand
Chief Constable, Fellstead and       Mr Leopold Abernethy-Rowe
  Wendle Constabulary
Media                                Helena Stroud-Patel

Published by:
HM Inspectorate of Probation
2nd Floor, Ashley House
London SW1P 2BQ
"""


def test_a_copy_list_in_padded_columns_with_wrapped_posts_ends_at_the_imprint() -> None:
    rows = {(person, relation, role, organisation) for person, relation, role, organisation in
            involvements_of(PADDED_COPIES, "fellstead_report.txt") if relation == "copy_to"}
    assert rows == {
        ("Ottoline Marchbank-Ives", "copy_to", "Chief Executive", "Fellstead Council"),
        ("Casimir Delahaye", "copy_to", "Strategic Director (People) and Chair of YOS Management Board",
         "Fellstead Council"),
        ("Philippa Okafor-Strand", "copy_to", "Lead Member for Children's Services", "Fellstead Council"),
        ("Leopold Abernethy-Rowe", "copy_to", "Chief Constable, Fellstead and Wendle Constabulary",
         "Fellstead and Wendle Constabulary"),
        ("Helena Stroud-Patel", "copy_to", "Media", None),
    }, rows


# batch 28: a plan's membership table under a dated lead in the sentence after the board, its posts wrapped by their
# columns' width; a report's form naming the panel's chair; 'Report of the <post>'; sign-off rows
DATED_MEMBERSHIP = """ASHFORDLEA YOUTH JUSTICE SERVICE
Youth Justice Plan 2024 - 2025

The Youth Justice Partnership Board meets quarterly. Membership at
May 2024:

| Name                    | Organisation            | Role on Board        |
|-------------------------|-------------------------|----------------------|
| Odile Brannagh          | Ashfordlea Council      | Chair; Director of   |
|                         |                         | Children's Services  |
| Cllr Tamsin Greville    | Ashfordlea Council      | Cabinet Member,      |
|                         |                         | Young People         |
| Pieter Lowndes          | Probation Service       | Head of PDU          |

The Board is supported by Bettina Oakes, Business Support Officer.

The Head of Service, Ruairi Delacombe-Vance, has led the restructure.

Signed:  O. Brannagh, Chair                Date: 3 May 2024
Signed:  R. Delacombe-Vance, Head of Service    Date: 3 May 2024
"""


def test_a_dated_membership_table_with_posts_wrapped_in_their_columns() -> None:
    rows = involvements_of(DATED_MEMBERSHIP, "plan.txt")
    members = {(name, role, organisation) for name, relation, role, organisation in rows if relation == "board_member"}
    assert members == {
        # the body's column is the organisation, no part of the post (batch 59)
        ("Odile Brannagh", "Chair; Director of Children's Services", "Ashfordlea Council"),
        ("Tamsin Greville", "Cabinet Member, Young People", "Ashfordlea Council"),
        ("Pieter Lowndes", "Head of PDU", "Probation Service")}
    assert ("Tamsin Greville", "cabinet_member") in {(row[0], row[1]) for row in rows}


def test_a_services_own_plan_names_its_staff_and_its_sign_off_rows_its_authors() -> None:
    rows = {(name, relation, role) for name, relation, role, _ in involvements_of(DATED_MEMBERSHIP, "plan.txt")}
    assert {(name, role) for name, relation, role in rows if relation == "staff"} == {
        ("Ruairi Delacombe-Vance", "Head of Service"), ("Bettina Oakes", "Business Support Officer")}
    assert {(name, role) for name, relation, role in rows if relation == "author"} == {
        ("Odile Brannagh", "Chair"), ("Ruairi Delacombe-Vance", "Head of Service")}


REPORT_FORM = """FENWICK VALE DISTRICT COUNCIL

COMMUNITIES SCRUTINY PANEL                      4 MARCH 2025

Report of the Head of Community Safety

Chair of the Panel:    Councillor P. Oyelaran-Hughes
Portfolio Holder:      Councillor Dilys Marchbank

1. Summary

1.1 The Panel asked for a report on youth justice in the district. Services are delivered by the
county's Youth Justice Service from its team base in the town, and the District Council is represented
on the county's Youth Justice Management Board by the Head of Community Safety.

1.2 The Kelsbrook Youth Justice Management Board is chaired by Odile Brannagh, Assistant Director for
Early Help. County Councillor Tobias Wren, Cabinet Member for Children's Services, sits on the Board.

2. Recommendation

2.1 That the Panel notes the report and identifies any matters it wishes to refer to the County
Council's Children's Services Scrutiny Committee.

3. Performance

3.1 Children from the district make up a quarter of the service's caseload but a third of its
first-time entrants. The reoffending rate for children living in the district is higher than the
county's rate and the rate for England and Wales.

4. Financial and legal implications

4.1 None arising directly from this report.

Contact officer:
Saskia Pendarves
Head of Community Safety
Telephone: 01632 960 118
"""


def test_a_report_form_names_the_panels_chair_and_its_author_by_post() -> None:
    rows = {(name, relation) for name, relation, _, _ in involvements_of(REPORT_FORM, "report.txt")}
    assert {row for row in rows if row[1] in ("panel_chair", "author", "contact_officer")} == {
        ("P. Oyelaran-Hughes", "panel_chair"), ("Saskia Pendarves", "author"), ("Saskia Pendarves", "contact_officer")}
    assert not {row for row in rows if row[1] == "present_at_meeting"}
    members = {(name, organisation) for name, relation, _, organisation in involvements_of(REPORT_FORM, "report.txt")
               if relation in ("board_member", "board_chair")}
    assert members == {("Tobias Wren", "Kelsbrook Youth Offending Service"),
                       ("Odile Brannagh", "Kelsbrook Youth Offending Service")}


# A letter's copy list in dot leaders, each post then its holder, an inspector's 'HMI' after a name, over the page's footer
# (batch 33); and the addressee's post in 'I write in your capacity as Chair of ...'.
LEADER_COPIES = """HM Inspectorate of Probation

Annabel Wickstead
Strategic Director, People
Ketterby Metropolitan Borough Council

4 March 2015

Dear Ms Wickstead

Short Quality Screening of youth offending work in Ketterby

I write in your capacity as Chair of the Ketterby Youth Offending Team Management Board
to report the findings of the screening.

Yours sincerely

Ottilie Brackenbury
Assistant Chief Inspector (Youth Justice)

________________________________________________________________________________________
SQS Ketterby                                                                   Page 2 of 3
________________________________________________________________________________________
Copy to:

YOT Manager .................................................. Florian Achterberg
Cabinet Member for Children's Services ....................... Councillor Hester Blackwood
Ofsted ....................................................... Clemency Rathbone HMI
HMI Probation Publications Team

________________________________________________________________________________________
SQS Ketterby                                                                   Page 3 of 3
"""


def test_a_copy_list_in_dot_leaders_and_the_capacity_the_letter_writes_to() -> None:
    rows = {(person, relation, role) for person, relation, role, _ in involvements_of(LEADER_COPIES, "sqs_letter.txt")
            if relation in ("copy_to", "cabinet_member", "board_chair")}
    assert rows == {
        ("Florian Achterberg", "copy_to", "YOT Manager"),
        ("Hester Blackwood", "copy_to", "Cabinet Member for Children's Services"),
        ("Hester Blackwood", "cabinet_member", "Cabinet Member for Children's Services"),
        ("Clemency Rathbone", "copy_to", "Ofsted"),
        ("Annabel Wickstead", "board_chair", "Chair of the Ketterby Youth Offending Team Management Board"),
    }, rows


# A plan's membership table (batch 33) under a sentence wrapped before its colon: seats written 'Member' with the post in
# the organisation's cell, wrapped under empty cells, and a vacant seat.
MEMBER_SEATS = """Ketterby Youth Justice Plan 2016/17

2. Governance

The Management Board oversees the work of the Youth Offending Team. Its members at
June 2016 were:

| Role on the Board | Name                         | Organisation                            |
| Chair             | Annabel Wickstead            | Ketterby Metropolitan Borough Council   |
| Member            | Florian Achterberg           | YOT Manager                             |
| Member            | Ignatius Colbourne           | Assistant Chief Officer, Ketterby and   |
|                   |                              | Marsden Probation Trust                 |
| Member            | Vacant                       | Jobcentre Plus                          |
"""


def test_member_seats_give_way_to_the_post_beside_the_name() -> None:
    rows = {(person, relation, role) for person, relation, role, _ in involvements_of(MEMBER_SEATS, "plan.txt")
            if relation == "board_member"}
    assert rows == {
        ("Annabel Wickstead", "board_member", "Chair"),
        ("Florian Achterberg", "board_member", "YOT Manager"),
        ("Ignatius Colbourne", "board_member", "Assistant Chief Officer, Ketterby and Marsden Probation Trust"),
    }, rows


def test_a_letters_cc_over_rows_of_post_and_name_joined_by_dot_leaders() -> None:
    text = """                                                   HM Inspectorate of Probation

Mrs G. Penhale
Director of Children's Services

21 October 2026

Dear Mrs Penhale

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN WESTMERE

We visited Westmere Youth Offending Service to carry out a screening of its work.

Yours sincerely

Anselm Treloar
Assistant Chief Inspector

cc.
Chief Executive ......................................... Dr Ruth Kessell
Lead Member for Children and Young People ............... Cllr Shabana Roskilly
Head of Youth Offending Service ......................... Tomasz Nowicki
Ministry of Justice ..................................... Youth Justice Policy Unit
"""
    copied = {(name, role) for name, relation, role in role_rows(load_text(text, "westmere-letter.txt"))
              if relation == "copy_to"}
    assert copied == {("Ruth Kessell", "Chief Executive"), ("Shabana Roskilly", "Lead Member for Children and Young People"),
                      ("Tomasz Nowicki", "Head of Youth Offending Service")}


MEMBERSHIP_AT_A_DATE = """Penmarch Youth Justice Service

YOUTH JUSTICE PLAN 2022-2023

2.3 Board membership at July 2022

| Name | Role | Organisation |
|---|---|---|
| Owen Gwilliam-Hart (Chair) | Corporate Director - Social Services | Penmarch County Borough Council |
| Karen Allwood | Head of Probation Delivery Unit | Probation Service (Wales) |
| Head of Education Inclusion | post vacant | Penmarch County Borough Council |

2.4 The Board meets every two months.
"""


def test_a_dated_membership_heading_and_a_chair_marked_in_the_name_cell() -> None:
    rows = people_rows(load_text(MEMBERSHIP_AT_A_DATE, "plan.txt"))
    assert {("Owen Gwilliam-Hart", "board_member"), ("Owen Gwilliam-Hart", "board_chair"),
            ("Karen Allwood", "board_member")} <= rows
    assert not any(name.startswith("Head") for name, _ in rows)


def test_a_contacts_post_whose_telephone_number_is_on_the_next_line() -> None:
    text = ("Notes to editors\n7. For media enquiries please contact Petra Lindgren, Press Officer, on\n"
            "   07700 900111 or press@example.org\n")
    rows = role_rows(load_text(text, "release.txt"))
    assert ("Petra Lindgren", "contact_officer", "Press Officer") in rows


def test_a_lead_named_on_the_line_after_led_by() -> None:
    text = ("HM Inspectorate of Probation\n\nPRESS RELEASE\n\nNotes to editors\n"
            "3. Fieldwork took place in October 2021. The inspection was led by\n"
            "   HM Inspector Ottoline Prewett.\n4. Standards are rated on a four-point scale.\n")
    rows = people_rows(load_text(text, "release.txt"))
    assert ("Ottoline Prewett", "lead_inspector") in rows
