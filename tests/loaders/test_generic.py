"""Document-level facts every document gets: its area, read from its title."""

from __future__ import annotations

import pytest

from kg.documents import Document
from kg.loaders.context import BOARD, COUNCIL, INSPECTORATE, Context
from kg.loaders.generic import document_area, document_body
from tests.conftest import load_text, people_rows


@pytest.mark.parametrize("title", [
    "An inspection of probation services in: Northshire & Westmere Community Rehabilitation Company",
    "Inspection of probation services: Northshire & Westmere CRC 2 Contents",
])
def test_an_adult_probation_reports_area_is_the_place_before_its_provider(title: str) -> None:
    ctx = Context(Document.from_text("report.txt", f"{title}\n\nHMI Probation, May 2020\n\nForeword\n"))
    assert document_area(ctx) == "Northshire & Westmere"


@pytest.mark.parametrize(("text", "title"), [
    ("To: Amira Castell\n\nReport of Short Quality Screening (SQS) of youth offending work in Westmere\n\nThe inspection "
     "was conducted in May.\n", "Report of Short Quality Screening (SQS) of youth offending work in Westmere"),
    ("An inspection of youth offending services in\n\nNorthshire\n\nHM Inspectorate of Probation\n",
     "An inspection of youth offending services in Northshire"),
    ("A Joint Inspection of Youth Crime Prevention · A Joint Inspection by HMI Probation\n",
     "A Joint Inspection of Youth Crime Prevention"),
    ("Westmere making progress\n\nPosted on: 4 May 2016\n\nWestmere Youth Offending Service was praised by the "
     "Inspectorate of Probation, said Amira Castell, Chief Inspector of Probation.\n", "Westmere making progress"),
    ("An inspection of probation services in: Northshire, & West Community Rehabilitation Company\n\nHMI Probation, May "
     "2020\n\nInspection of probation services: Northshire & Westmere CRC 2 Contents\n\nForeword\n",
     "Inspection of probation services: Northshire & Westmere CRC"),
    ("Northshire YOS MANAGEMENT BOARD\n\n4th May 2016\n\nPresent:\nAnwen Price Head of Community Safety (Chair)\n"
     "Bryn Talfryn YOS Manager\n\n1. Minutes of the last meeting were agreed.\n",
     "Northshire YOS Management Board meeting, 2016-05-04"),
    # batch 20: a GOV.UK page's furniture above the headline; a council report's form, whose 'Report of:' names a post
    ("Skip to main content\nGOV.UK\nHM Inspectorate of Probation\n\nHome > News > Press releases\n\nPRESS RELEASE\n\n"
     "Tarrowby youth justice service rated 'Good' by inspectors\n\nPublished: 2 June 2025\nFrom: HM Inspectorate of Probation\n\n"
     "Chief Inspector of Probation Dame Alys Vantreight said: \"Tarrowby knows itself well.\"\n\nENDS\n",
     "Tarrowby youth justice service rated 'Good' by inspectors"),
    ("TARROWBY COUNCIL\n\nReport to:        Children's Scrutiny Committee\nReport of:        Director of Children's "
     "Services\nTitle:            Inspection of Tarrowby Youth Justice Service - outcome and\n                  action "
     "plan\n\n1.   PURPOSE\n", "Inspection of Tarrowby Youth Justice Service - outcome and action plan"),
    # batch 33: a cover's title over three lines, each but the last ending in 'of' or 'in'
    ("                 HM Inspectorate of Probation\n\n                 Full Joint Inspection of\n"
     "                 Youth Offending Work in\n                 TARROWBY\n\n                 Report published: 3 May 2010\n",
     "Full Joint Inspection of Youth Offending Work in TARROWBY"),
    # stop 28: a cover that sets its 'in' on a line of its own, between blank lines
    ("Full Joint Inspection of\nYouth Offending Work\n\nin\n\nTARROWBY\n\nISBN: 978-1-84099-000-0      September 2012\n",
     "Full Joint Inspection of Youth Offending Work in TARROWBY"),
    # batch 40: breadcrumbs after 'Skip to main content'; a publisher's masthead with its name in the other language
    ("Skip to main content   Home > Media > Press releases\nHM Inspectorate of Probation | Arolygiaeth Prawf EM\n\n"
     "PRESS RELEASE                                    3 May 2021 | 00:01\n\nTarrowby youth justice service praised for "
     "diversion work\n\nTarrowby Youth Justice Service has been rated 'Good' by HM Inspectorate of Probation.\n",
     "Tarrowby youth justice service praised for diversion work"),
])
def test_a_documents_title_is_its_report_title_headline_or_meeting(text: str, title: str) -> None:
    titles = {s.value for s in load_text(text, "doc.txt").statements if s.schema == "Document" and s.prop == "heading"}
    assert titles == {title}


@pytest.mark.parametrize("head", ["Westmere Youth Offending Service Management Board\n\nMinutes of the meeting",
                                  "Youth Justice Plan 2021\n\nHead of Youth Offending Service: Amira Castell\n"])
def test_words_after_a_services_name_are_no_area(head: str) -> None:
    ctx = Context(Document.from_text("minutes.txt", f"{head}\n\nPresent: Bryn Talfryn\n"))
    assert document_area(ctx) not in {"Management Board", "Amira Castell"}


@pytest.mark.parametrize(("head", "area"), [
    # a date after a service is no area; the council's kind of authority is no part of the place
    ("BRACKWICK COUNCIL – CABINET – 9 MARCH 2022\n\n1.1 HM Inspectorate of Probation inspected Brackwick Youth "
     "Justice Service in November 2021.\n", "Brackwick"),
    ("Tollmere Metropolitan Borough Council\nCorporate Parenting Sub-Committee\nMinutes of the meeting\n", "Tollmere"),
    # a headline naming the service in lower case; a title 'Inspection of youth justice services: X' or '... — X'
    ("HM Inspectorate of Probation\nNews\n\nOakvale Heath youth justice services rated ‘Outstanding’\n\nInspectors "
     "examined 30 cases.\n", "Oakvale Heath"),
    ("Inspection of youth justice services: Brackwick\nHM Inspectorate of Probation\nJune 2024\n", "Brackwick"),
    ("Youth justice inspection — Tollmere\nPublished by HM Inspectorate of Probation, July 2024\n", "Tollmere"),
    ("PRESS RELEASE\n12 October 2022\n\nInspectors visit\n\nWork with children was good.\n\nNotes to editors\n"
     "1. Brackwick Youth Justice Service supervised 88 children.\n2. Brackwick Council hosts the service.\n",
     "Brackwick"),  # named twice before a body, nowhere in the title
    ("OFFICIAL\nBRACKWICK YOUTH JUSTICE MANAGEMENT BOARD\n\nMinutes of meeting held 15 March 2023\n", "Brackwick"),
    ("OFFICIAL - SENSITIVE\nTollmere Youth Justice Service\nAnnual plan\n", "Tollmere"),  # a marking is no place
    # batch 20: a Welsh council's two words of kind; a place never read across a blank line ('HM Inspectorate of
    # Probation' over the first paragraph); a newspaper named after its town and the service in lower case after it
    ("TARROWBY COUNTY BOROUGH COUNCIL\nMINUTES OF THE MEETING OF THE CABINET\n", "Tarrowby"),
    ("Skip to main content\nGOV.UK\nHM Inspectorate of Probation\n\nPRESS RELEASE\n\nPublished: 2 June 2025\n\n"
     "Tarrowby Youth Justice Service has been rated Good.\n\nInspectors asked the Tarrowby Youth Justice Partnership "
     "Board to act.\n", "Tarrowby"),
    ("Tarrowby Gazette | News | Courts\n\nYouth justice team rated good\n\nBy JO PELL\n\nTarrowby's youth justice "
     "service was rated good.\n", "Tarrowby"),
    # batch 21: an agenda heading in capitals names a topic, not a place ('... INSPECTION – CHILDREN IN CARE')
    ("MINUTES OF THE CORPORATE PARENTING PANEL\nHELD ON MONDAY, 3RD MARCH, 2025\nCommittee Room 1, Tarrowby Civic "
     "Centre\n\n12.  YOUTH JUSTICE INSPECTION – CHILDREN IN CARE\n\nTarrowby Youth Justice Service was rated "
     "Good.\n", "Tarrowby"),
    # a release's publisher, section and embargo are no part of its title, and a body ('the Inspectorate's youth
    # justice inspections', its name on the first line) is no place
    ("HM Inspectorate of Probation\nNews release\n\nEMBARGOED UNTIL 00:01 TUESDAY 3 JUNE 2025\n\nTarrowby youth "
     "justice work rated 'Good'\n\nThe Inspectorate has given Tarrowby Youth Justice Service a \"Good\" rating.\n\n"
     "Jo Pell, who heads the Inspectorate's youth justice inspections, said: \"Well done.\"\n", "Tarrowby"),
    # the service 'in X' where the sentence's verb follows the place
    ("NEWS RELEASE\nHM Inspectorate of Probation\n\nEmbargoed: not for publication before 00:01 on Tuesday 6 May "
     "2025\n\nTARROWBY: \"TOO MANY CHILDREN GIVEN OUT-OF-COURT DISPOSALS\"\n\nThe youth justice service in Tarrowby "
     "received a rating of REQUIRES IMPROVEMENT – the second\nlowest of the Inspectorate's four grades.\n", "Tarrowby"),
    # the town closing the civic venue of a meeting's heading, never a street
    ("CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL\n\nMINUTES of the meeting of the Panel held on Tuesday, 14 April 2015 "
     "in the Civic Centre, Tarrowby.\n\nPresent\n", "Tarrowby"),
    # a council named by its place after its kind, over its committee's minutes
    ("LONDON BOROUGH OF TARROW HEATH\n\nCHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n\nMINUTES of the meeting held "
     "on 7 February 2023 in Committee Room B\n", "Tarrow Heath"),
    # a breadcrumb ending in a rating over the headline, the service's name in it: the rating is no place
    ("Tarrow Heath Council\nSearch this site          Menu | My account\n\nHome > News > Youth justice service rated "
     "Good\n\nYOUTH JUSTICE SERVICE RATED GOOD BY INSPECTORS\n\nPublished: 23 June 2022\n\nTarrow Heath's youth "
     "justice service has received an overall rating of \"Good\".\n", "Tarrow Heath"),
    # a partnership's name in capitals over the plan's title, a blank line between: 'Justice Partnership' is no place
    ("TARROW HEATH YOUTH JUSTICE PARTNERSHIP\n\nYouth Justice Plan 2023 - 2024\n\n    \"Seen, heard and safe\"\n\n"
     "London Borough of Tarrow Heath | Tarrow Heath Youth Justice Service\n", "Tarrow Heath"),
    ("            TARROW HEATH YOUTH JUSTICE PARTNERSHIP\n            Youth Justice Plan 2025 – 2026\n\n"
     "            Service: Tarrow Heath Youth Justice Service, Ropewalk House\n", "Tarrow Heath"),
    # a bilingual board's Welsh name over its English one: the service's words in Welsh are no place
    ("CYNGOR BWRDEISTREF SIROL TARROWBY\nTARROWBY COUNTY BOROUGH COUNCIL\n\nBWRDD RHEOLI'R GWASANAETH TROSEDDAU "
     "IEUENCTID\nYOUTH OFFENDING SERVICE MANAGEMENT BOARD\n\nCOFNODION / MINUTES\n", "Tarrowby"),
    ("BWRDD RHEOLI'R GWASANAETH CYFIAWNDER IEUENCTID\nYOUTH JUSTICE SERVICE MANAGEMENT BOARD\n\nCOFNODION / MINUTES\n"
     "Lleoliad / Venue:      Ystafell 1, Tŷ Hafren / Room 1, Tŷ Hafren\n\nCynghorydd / Councillor Jo Bevan, Cabinet "
     "Member, Tarrowby County Borough Council\nJo Lee, Head of Children's Services, Tarrowby County Borough Council\n",
     "Tarrowby"),
    # a report's subject line whose dash closes the line, the rest of the subject on the next
    ("                                   Eitem / Item 7\n\nCHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n\n"
     "REPORT OF THE CORPORATE DIRECTOR (CHILDREN'S SERVICES)\n\nSHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN "
     "TARROWBY -\nOUTCOME AND IMPROVEMENT PLAN\n", "Tarrowby"),
    # a place's short word in capitals ('ST') is written as the place writes it, not kept as letters ('Tarrow ST Giles')
    ("LONDON BOROUGH OF TARROW ST GILES\n\nCHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n\nMINUTES of the meeting "
     "held on 7 February 2023 in Committee Room B\n", "Tarrow St Giles"),
    # a local paper's story whose opening words in capitals hold the place's possessive, the masthead naming it too
    ("Home  >  News  >  Local News  >  Tarrowby\n\nTarrowby Courier\nTuesday 24 June 2014  |  Last updated 17:42\n\n"
     "Youth offending service 'must do better' say inspectors\n\nBy Jo Pell, Local Democracy Correspondent\n\n"
     "TARROWBY'S youth offending service is failing to do enough, according to a report\npublished today.\n",
     "Tarrowby"),
    ("THE TARROW HEATH GAZETTE  ·  Wednesday, 3 May 2023\n\nInspectors praise work with children\n\n"
     "TARROW HEATH’S youth justice service has been rated \"Good\" by inspectors.\n", "Tarrow Heath"),
])
def test_a_place_the_gazetteer_lacks_is_learned_from_how_the_document_names_its_bodies(head: str, area: str) -> None:
    assert document_area(Context(Document.from_text("doc.txt", head))) == area


def test_a_street_after_a_civic_venue_is_no_place() -> None:
    head = ("CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL\n\nMINUTES of the meeting held on 14 April 2015 in the Town "
            "Hall, Almshouse Lane.\n")
    assert document_area(Context(Document.from_text("doc.txt", head))) is None


@pytest.mark.parametrize(("head", "body"), [
    ("BRACKWICK BOROUGH COUNCIL\nMINUTES of a meeting of the Scrutiny Panel\n", COUNCIL),
    ("OFFICIAL\nBRACKWICK BOROUGH COUNCIL\nMINUTES of a meeting of the Scrutiny Panel\n", COUNCIL),
    ("Brackwick Council\nMinutes of the Children's Services Scrutiny Board\n", COUNCIL),
    ("BRACKWICK YOUTH OFFENDING TEAM\nMANAGEMENT BOARD\nNOTES OF MEETING\n", BOARD),
    ("Brackwick Youth Justice Partnership Board\nMinutes – 9 May 2019\n", BOARD),
    ("HM Inspectorate of Probation\nNews\nBrackwick rated Good\n", INSPECTORATE),
    ("Brackwick Youth Council\nNewsletter\n", None),
])
def test_whose_paper_a_document_is(head: str, body: str | None) -> None:
    assert document_body(Context(Document.from_text("doc.txt", head))) == body


def test_a_copy_list_labelled_cc_and_a_tab_with_a_boards_chair_on_it() -> None:
    letter = ("HM Inspectorate of Probation\n\nMs Ann Wright\nChief Executive\nDunmoor Council\n\nDear Ms Wright\n\n"
              "Thank you for your help.\n\nYours sincerely\n\nDelia Moor\nHM Inspector\n\n"
              "cc\tCllr Bethan Rees-Tudor, Chair, Dunmoor Youth Justice Partnership Board\n"
              "\tSimon Achter, Head of Youth Justice, Dunmoor\n")
    rows = people_rows(load_text(letter, "letter.txt"))
    assert {row for row in rows if row[1] in ("copy_to", "board_chair")} == {
        ("Bethan Rees-Tudor", "copy_to"), ("Bethan Rees-Tudor", "board_chair"), ("Simon Achter", "copy_to")}


def test_an_area_is_not_the_start_of_a_sentence_the_line_broke_after_its_and() -> None:
    head = ("Foreword\n\nIn May HM Inspectorate of Probation published its inspection of youth justice services in Pendrith and\n"
            "rated the service Good.\n")
    assert document_area(Context(Document.from_text("plan.txt", head))) == "Pendrith"


@pytest.mark.parametrize("quoted", ["'An inspection of youth offending services in Pendrith',",
                                    "\u2018An inspection of youth offending services in Pendrith\u2019,",
                                    '"An inspection of youth offending services in Pendrith".'])
def test_an_area_named_at_the_end_of_a_quoted_title_is_the_place_without_the_quote(quoted: str) -> None:
    # a report's background papers cite the inspection by its title in quotes: the closing quote is no part of the place
    head = f"REPORT TO CABINET\n\n8.  BACKGROUND PAPERS\n8.1 HM Inspectorate of Probation, {quoted} June 2019\n"
    assert document_area(Context(Document.from_text("report.txt", head))) == "Pendrith"


def test_a_numbered_copy_list_with_each_post_on_the_lines_below_the_name() -> None:
    text = ("HM Inspectorate of Probation\n\n14 June 2026\n\nDear Ms Quance\n\nInspection of youth justice services in "
            "Westmere\n\nThank you for the help your staff gave us.\n\nYours sincerely\n\nOrla Penhaligon\n"
            "HM Chief Inspector\n\nCopies:\n"
            "1.  Petra Quance\n    Director of Children's Services; Chair, Westmere Youth Justice\n    Partnership Board\n"
            "2.  Borough Councillor Ansel Kittow\n    Cabinet Member for Children's Services\n"
            "3.  Chief Constable, Westmere Police\n"
            "4.  Nerys Vosper\n    Youth Justice Service Manager\n"
            "5.  Youth Justice Board\n")
    rows = people_rows(load_text(text, "letter.txt"))
    assert {row for row in rows if row[1] in ("copy_to", "board_chair", "cabinet_member")} == {
        ("Petra Quance", "copy_to"), ("Petra Quance", "board_chair"), ("Ansel Kittow", "copy_to"),
        ("Ansel Kittow", "cabinet_member"), ("Nerys Vosper", "copy_to")}


def test_a_copy_list_row_with_the_post_first_and_the_name_after_a_dash() -> None:
    text = ("HM Inspectorate of Probation\n\n14 June 2026\n\nDear Ms Quance\n\nThank you for your help.\n\n"
            "Yours sincerely\n\nOrla Penhaligon\nHM Inspector\n\nCopy to:\n"
            "  Chief Executive, Westmere Borough Council – Ms Tamsin Carne\n"
            "  The Police and Crime Commissioner for Westmere\n")
    rows = people_rows(load_text(text, "letter.txt"))
    assert {row for row in rows if row[1] == "copy_to"} == {("Tamsin Carne", "copy_to")}


def test_a_known_place_that_is_a_persons_surname_is_not_the_documents_area() -> None:
    letter = ("HM Inspectorate of Probation\n\nMr Tom Bexley\nChief Executive\nHarlow Vale Council\n\n"
              "Dear Mr Bexley\n\nWe recently carried out a screening of youth offending work.\n")
    areas = {s.value for s in load_text(letter, "letter.txt").statements if s.schema == "Area" and s.prop == "name"}
    assert "Bexley" not in areas


COPY_TABLE_WITH_POSTS = """HM Inspectorate of Probation
Manchester

Mr Idris Calloway
Director of Children's Services
Westbrook Council

Dear Mr Calloway

If you have any questions about the findings, please contact the lead inspector, Jonah Pemberton-Sayer, on
07700 900 111.

Yours sincerely

Rosamund Achebe
Assistant Chief Inspector

Copy to:
Chief Executive                                   Winifred Hale-Osborne
Cabinet Member, Children and Families             Councillor Rupert Vasey
Head of Youth Offending Service                   Gemma Trentham
"""


def test_a_copy_tables_key_post_gives_its_relation_and_the_lead_inspector_is_no_contact() -> None:
    rows = people_rows(load_text(COPY_TABLE_WITH_POSTS, "letter.txt"))
    assert {row for row in rows if row[1] in ("copy_to", "cabinet_member", "contact_officer")} == {
        ("Winifred Hale-Osborne", "copy_to"), ("Rupert Vasey", "copy_to"), ("Rupert Vasey", "cabinet_member"),
        ("Gemma Trentham", "copy_to")}


def test_an_area_in_capitals_or_before_a_county_borough_council_is_the_place_alone() -> None:
    letter = "HM Inspectorate of Probation\n\nDear Jo\n\nFULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN TREGARRON\n\nText.\n"
    papers = "TREGARRON COUNTY BOROUGH COUNCIL\n\nCABINET\n\nMinutes of the meeting held on 3 May 2024\n"
    assert [document_area(Context(Document.from_text(name, text))) for name, text in
            (("letter.txt", letter), ("cabinet.txt", papers))] == ["Tregarron", "Tregarron"]


def test_the_head_of_inspections_in_a_letters_copy_list_heads_them() -> None:
    letter = ("HM Inspectorate of Probation\n\nTo:     Ann Wright, Chair of Dunmoor Youth Justice Management Board\n"
              "From:   Kim Ford, HM Inspector\nDate:   4 June 2025\n\nDear Ann\n\nThank you for your help.\n\n"
              "Yours sincerely\n\nKim Ford\nHM Inspector\n\nCopy list\n\n"
              "Chief Executive, Dunmoor Council                         Dr Raj Patel\n"
              "HM Chief Inspector, Estyn                                Nia Brook\n"
              "Head of Youth Inspections, HM Inspectorate of Probation     Lee Moss\n")
    rows = people_rows(load_text(letter, "letter.txt"))
    assert {row for row in rows if row[0] in ("Raj Patel", "Nia Brook", "Lee Moss")} == {
        ("Raj Patel", "copy_to"), ("Nia Brook", "copy_to"), ("Lee Moss", "copy_to"), ("Lee Moss", "head_of_inspections")}


def test_a_plans_area_is_the_place_before_the_service_not_the_service_over_its_plans_title() -> None:
    text = "Dunmoor Youth Justice Service\n\nYouth Justice Plan 2024–2025\n\nApproved by the Board on 6 June 2024\n"
    assert document_area(Context(Document.from_text("plan.txt", text))) == "Dunmoor"


@pytest.mark.parametrize(("text", "date"), [
    # the meeting's heading, however long its line, before a later date line ('Date of next meeting')
    ("Tollbridge Youth Justice Partnership Board\nNote of meeting: 22 September 2025, 1.30pm, Heron Suite, Mill House "
     "(hybrid)\n\nPresent: Ann Wright, Chair\n\n2    Notes of 14 June 2025 and actions\nAgreed.\n\n"
     "3  Date of next meeting\n9 December 2025\n", "2025-09-22"),
    ("Tollbridge Council\n\nMinutes of the Children's Services Scrutiny Board\n\nHeld on Thursday 9 October 2025 in "
     "Committee Room 3, Tollbridge Civic Centre\n\nNext meeting: 8 January 2026\n", "2025-10-09"),
    # a paper's prose about the report it discusses is not the paper's date; its form's label is
    ("REPORT TO THE CHILDREN'S SCRUTINY COMMITTEE\nDate of meeting:\t4 December 2025\n\n1.1 To inform members of "
     "the outcome of the inspection by HM Inspectorate of Probation, published in August 2025.\n", "2025-12-04"),
    ("Tollbridge Cabinet\n\nYouth justice inspection\n\nThe report of HM Inspectorate of Probation was published on "
     "4 March 2025 and rated the service Good.\n\n17 April 2025\n", "2025-04-17"),
    ("Tollbridge Youth Justice Management Board\n\nMINUTES – 21 APRIL 2025\n\nMs Pell summarised the report, which was\n"
     "published on 15 March 2025.\n", "2025-04-21"),  # a sentence wrapped before 'published on' is no label
    # a heading the margin wrapped before its date, above the last meeting's minutes confirmed
    ("TOLLBRIDGE DISTRICT COUNCIL\n\nMINUTES of a meeting of the OVERVIEW AND SCRUTINY PANEL held in the Council\n"
     "Chamber, Tollbridge Town Hall, on Tuesday, 23 January 2024 at 6.30 pm.\n\nPresent: Councillors ASHBY (Chair) "
     "and PELLOW.\n\n43. MINUTES\n\nRESOLVED that the minutes of the meeting held on 17 October 2023 be\nconfirmed "
     "as a correct record.\n", "2024-01-23"),
    # a release's embargo is its date
    ("NEWS RELEASE\nHM Inspectorate of Probation\n\nEmbargoed: not for publication before 00:01 on Tuesday 6 May "
     "2025\n\nTOLLBRIDGE: SERVICE RATED GOOD\n\nThe next inspection is due by 30 June 2028.\n", "2025-05-06"),
])
def test_a_papers_date_is_its_own_not_the_next_meeting_nor_the_report_it_discusses(text: str, date: str) -> None:
    published = {s.value for s in load_text(text, "tollbridge.txt").statements
                 if s.schema == "Document" and s.prop == "published"}
    assert published == {date}


@pytest.mark.parametrize(("page", "title"), [
    ("PRESS RELEASE\n12 May 2025\nTollbridge youth justice service rated Good, say inspectors\nThe inspectorate "
     "has rated the youth justice service in Tollbridge as 'Good'.\n", "Tollbridge youth justice service rated Good, "
                                                                      "say inspectors"),
    ("Embargoed until 00:01 Tuesday 6 May 2025\nTollbridge Youth Offending Team rated as ‘good’ by HM Inspectorate of "
     "Probation\nInspectors gave the service an overall rating of ‘Good’.\nENDS\n",
     "Tollbridge Youth Offending Team rated as ‘good’ by HM Inspectorate of Probation"),
    ("Skip to main content\nCymraeg\nTollbridge County Borough Council\nTollbridge Council – Newsroom\n"
     "Inspectors praise Tollbridge youth justice team\nPublished: Tuesday, 6 May 2025\nThe youth justice service was "
     "rated 'Good' by the inspectorate.\nENDS\n", "Inspectors praise Tollbridge youth justice team"),
    ("We use cookies to make this website work. Accept all cookies or set your preferences\nTollbridge Council – "
     "Newsroom\nYouth justice service told to improve after inspection\nPublished: 6 May 2025\nInspectors rated the "
     "service 'Requires improvement'.\nENDS\n", "Youth justice service told to improve after inspection"),
    # a trail of links and a menu above the headline, set between rules
    ("Skip to main content   |   Accessibility\nTollbridge Council  >  News  >  Children and families\n\nHome  Council  "
     "Residents  Business  News  Contact us   [Search.........]\n\n=====\nYouth justice service rated 'Good' by "
     "inspectors\n=====\nPublished: 14 June 2025\n\nTollbridge's Youth Justice Service has been rated 'Good' overall "
     "following an inspection by HM Inspectorate of Probation, with its work on out-of-court disposals judged "
     "'Outstanding'.\n\nNotes to editors\n",
     "Youth justice service rated 'Good' by inspectors"),
    # a headline ending on its quoted rating
    ("PRESS RELEASE\n12 May 2025\nInspectors rate Tollbridge youth justice service ‘Outstanding’\nThe inspectorate "
     "has rated the youth justice service in Tollbridge as 'Outstanding'.\n",
     "Inspectors rate Tollbridge youth justice service ‘Outstanding’"),
    # a headline that wraps inside the quote it opens, under a search box
    ("Skip to main content\nTollbridge Council\nSearch tollbridge.gov.uk                 Search\n\nTollbridge youth "
     "justice: \"strong diversion work, but court\ncases need sharper plans\"\n\nPublished: 14 June 2025\n\nThe "
     "service was rated 'Requires improvement' by HM Inspectorate of Probation.\n\nENDS\n",
     "Tollbridge youth justice: \"strong diversion work, but court cases need sharper plans\""),
    # a menu of a link a line, a sign-in link, a logo's words, a trail and a heading's mark
    ("[Tollbridge Council logo]   Tollbridge Borough Council\n\nMenu\n  Home\n  Bins and recycling\n  Council tax and "
     "benefits\n  Schools and learning\n  News\nSign in to My Tollbridge\n\nYou are here: Home / News / 2025\n\n# Youth "
     "justice service rated Good by inspectors\n\nPublished: 3 June 2025\n\nThe service was rated Good by HM "
     "Inspectorate of Probation.\n\nENDS\n", "Youth justice service rated Good by inspectors"),
    # a headline wrapped after 'but'
    ("PRESS RELEASE\n12 May 2025\nTollbridge youth justice service must improve, say inspectors – but\nout-of-court "
     "work praised\n\nThe inspectorate has rated the youth justice service in Tollbridge as 'Requires improvement'.\n",
     "Tollbridge youth justice service must improve, say inspectors – but out-of-court work praised"),
    # an indented menu whose links carry arrows
    ("TOLLBRIDGE COUNCIL\n  Home    Services ▾    Council and democracy ▾    News    Contact\n\nYouth justice plan "
     "agreed after inspection\n\nPublished: 3 June 2025\n\nThe service was rated Good by HM Inspectorate of Probation."
     "\n\nENDS\n", "Youth justice plan agreed after inspection"),
    # a masthead: the publisher beside its parent body or the site's kind
    ("Skip to main content\nJustice Services   |   HM Inspectorate of Probation\nHome  >  Media  >  Press releases\n\n"
     "PRESS RELEASE\n\n   Youth justice work in Tollbridge rated 'Good', with staff\n   praised\n\nThe service was rated "
     "Good.\n\nENDS\n", "Youth justice work in Tollbridge rated 'Good', with staff"),
    # a release's reference and date over its headline
    ("TOLLBRIDGE COUNCIL\nNEWS RELEASE\n\nRef: TC/PR/25/118\t\t\tDate: 14 June 2025\nFOR IMMEDIATE RELEASE\n\n"
     "Inspectors rate Tollbridge youth justice service Good\n\nThe service was rated Good by HM Inspectorate of "
     "Probation.\n\nENDS\n", "Inspectors rate Tollbridge youth justice service Good"),
    # a menu whose links run to three words ('Bins and recycling', 'Pay for it')
    ("Skip to main content\nTollbridge Council\nMenu   Bins and recycling   Council tax   Schools   Pay for it\n\n"
     "Home  >  News  >  June 2025\n\nInspectors rate Tollbridge youth justice service 'Good'\n\nPublished: 14 June "
     "2025\n\nThe service has been judged Good overall by HM Inspectorate of Probation.\n\nENDS\n",
     "Inspectors rate Tollbridge youth justice service 'Good'"),
    # a trail of links set apart by slashes under the publisher's name; a year's slash in the headline is no trail
    ("London Borough of Tollbridge\nwww.tollbridge.gov.uk / Newsroom / Children and families\n\n-----\nNEWS  |  2 "
     "April 2025  |  Children and families\n-----\n\nYouth justice plan 2025/26 agreed after inspection\n\nThe "
     "service was rated Good by HM Inspectorate of Probation.\n\nENDS\n",
     "Youth justice plan 2025/26 agreed after inspection"),
])
def test_a_news_items_title_is_its_headline_not_the_pages_furniture(page: str, title: str) -> None:
    """Not a date, an embargo, a language link, the publisher with its section, nor a headline cut before 'HM
    Inspectorate' where it was still saying who rated the service."""
    headings = {s.value for s in load_text(page, "tollbridge_news.txt").statements
                if s.schema == "Document" and s.prop == "heading"}
    assert headings == {title}


@pytest.mark.parametrize(("head", "title"), [
    ("Inspection of Westmere Youth Justice Service by HM\nInspectorate of Probation\n",
     "Inspection of Westmere Youth Justice Service by HM Inspectorate of Probation"),
    ("REPORT OF SHORT QUALITY SCREENING (SQS) OF YOUTH OFFENDING WORK IN\nWESTMERE\n",
     "REPORT OF SHORT QUALITY SCREENING (SQS) OF YOUTH OFFENDING WORK IN WESTMERE"),
])
def test_a_title_cut_by_its_line_runs_on_to_the_next_line(head: str, title: str) -> None:
    """Cut inside the inspectorate's name, or after 'IN' in a title in capitals."""
    text = head + "\nJune 2019\n\nThe service was rated Good overall.\n"
    headings = {s.value for s in load_text(text, "westmere_inspection.txt").statements
                if s.schema == "Document" and s.prop == "heading"}
    assert headings == {title}


def test_a_wrapped_sentence_is_no_reports_title() -> None:
    plan = ("Tollbridge Youth Justice Plan 2025-26\n\nForeword\n\nThis year the inspectorate completed its\n"
            "inspection of our work and judged the service to Require Improvement. We accept the findings.\n")
    assert not {s.value for s in load_text(plan, "tollbridge_plan.txt").statements
                if s.schema == "Document" and s.prop == "heading"}


def test_a_short_word_of_a_place_in_a_capital_letterhead_is_the_places() -> None:
    ctx = Context(Document.from_text("report.txt", "KELSBROOK BAY DISTRICT COUNCIL\n\nOVERVIEW AND SCRUTINY PANEL\n\n"
                                     "YOUTH JUSTICE IN KELSBROOK BAY\n\n1. Summary\n"))
    assert document_area(ctx) == "Kelsbrook Bay"


@pytest.mark.parametrize("head", [
    # a council's letterhead on the line above the board's own title: the council's place, not 'X Council X'
    "TREVANION METROPOLITAN BOROUGH COUNCIL\nTrevanion Youth Offending Service Management Board\n\nMINUTES\n",
    # a bilingual paper's title in the other language above the English one: no place of five words
    "Cyngor Sir Trevanion / Trevanion County Council\nBwrdd Rheoli Gwasanaeth Cyfiawnder Ieuenctid\n"
    "Youth Justice Service Management Board\n\nCofnodion / Minutes\n",
])
def test_a_title_line_above_the_service_is_no_part_of_its_place(head: str) -> None:
    assert document_area(Context(Document.from_text("minutes.txt", head))) == "Trevanion"


def test_a_letterhead_in_capitals_beside_lower_case_words_names_the_area() -> None:
    """'TARROWBY COUNTY COUNCIL      Agenda Item No. 9': the letterhead's first cell names the place (batch 40)."""
    text = ("TARROWBY COUNTY COUNCIL                                    Agenda Item No. 9\n\nMeeting:   CABINET\n"
            "Report of: Director of Children's Services\n\n1. PURPOSE\n1.1 To endorse the youth justice plan.\n")
    assert document_area(Context(Document.from_text("report.txt", text))) == "Tarrowby"


@pytest.mark.parametrize("head", [
    "Tarrowby                                               CHILDREN AND YOUNG PEOPLE\n"
    "London Borough                                         SCRUTINY SUB-COMMITTEE\n\n                                MINUTES\n",
    "Tarrowby          Corporate Parenting Panel\nBorough Council    Minutes of the meeting held on 4 May 2015\n",
    "TARROWBY\nCouncil\n\nMinutes of the Scrutiny Panel\n",
])
def test_a_letterheads_place_over_its_councils_kind_beside_the_title_is_the_area(head: str) -> None:
    """The place alone on the letterhead's first line over 'London Borough' or '... Council', the committee's title in
    a column beside them: the minutes are about that place."""
    ctx = Context(Document.from_text("minutes.txt", head + "\nPresent: Councillor Jo Bloggs (Chair)\n"))
    assert document_area(ctx) == "Tarrowby"


@pytest.mark.parametrize("head", [
    "Minutes of the meeting held on 19 October 2023, 2pm\n\nAttendance\nYouth Justice Partnership Board members present:\n"
    "Jo Pell (Chair)\n",
    "Notes of meeting\n\nATTENDANCE\nYOUTH JUSTICE PARTNERSHIP BOARD\nJo Pell, Chair\n",
    "Present\nYouth Justice Service Management Board\n",
    "Apologies\nYOS Manager\n",
])
def test_a_heading_of_a_meetings_record_over_a_bodys_name_is_no_area(head: str) -> None:
    assert document_area(Context(Document.from_text("minutes.txt", head))) is None
