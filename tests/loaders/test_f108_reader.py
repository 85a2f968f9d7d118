"""Stop 35's batch b108 layouts, in fixtures written for them, each twice (the batch's layout and another author's):
a speaker's name after an opening participle and its comma ('Responding, Jo Bloggs, the council's director, said');
a release's contact named by the post its label is ('Press Officer: Jo Bloggs'); a release's reference beside its
date and a headline indented and wrapped inside its quotation; a copy list row whose post fills its column to one
blank before the name; the area of a report that names it only in a
sentence before a bracket ('Youth Offending Work in X (March 2010)'); a report author's block stacked a line an item (post, body, address); the
lead inspector after a bracketed label ('(inspection lead: Mr J. Lee)'); a surname hyphenated over a page's footer,
its rule and the next page's running header; a custody count of the young people it names; an earlier period's
figure in brackets after a line's break."""

from __future__ import annotations

from kg.loaders import LoadResult
from kg.names import find_names
from tests.conftest import load_text, organisation_rows, people_rows, role_rows
from tests.loaders.test_findings_metrics import key_facts

HEAD = "Thrushcombe Youth Offending Service: board papers\n\n"


def document_fact(result: LoadResult, prop: str) -> str | None:
    return next((s.value for s in result.statements if s.schema == "Document" and s.prop == prop), None)


# --- a participle before a speaker's name and its comma --------------------------------------------------------------

def test_a_participle_and_its_comma_before_a_name_is_no_surname_written_first() -> None:
    for written, name in (("Responding, Marjorie Tolland, the borough's Director of Children's Services,\nsaid ...",
                           "Marjorie Tolland"),
                          ("Commenting, Gideon Farrant, Head of the Marlinford Youth Justice Service, added: ...",
                           "Gideon Farrant")):
        assert [found.name for found in find_names(written)][:1] == [name]
    # a surname in capitals opens a register's cell, its second forename one the lexicon lacks
    assert find_names("PENGELLY, Nia Haf        Head of Children's Nursing")[0].name == "Nia Haf Pengelly"


# --- a release's contact named by the post its label is --------------------------------------------------------------

RELEASE = """NEWS RELEASE
HM Inspectorate of Probation
For immediate release: 12 May 2011                          Ref: 14/2011

    Youth offending work in Thrushcombe: "a caring service, but plans
    must be followed through", say inspectors

Work with children who offend in Thrushcombe needs to improve, according to a
joint inspection report published today by HM Inspectorate of Probation.

Inspectors examined 38 cases supervised by Thrushcombe Youth Offending Service.

Responding, Marjorie Tolland, the borough's Director of Children's Services,
said the council welcomed the report.

                                   - ENDS -

NOTES TO EDITORS
1. The full report is available on the HMI Probation website.

Press Officer: Ruairi Penhale-Ost                 Tel: 020 7946 0311
"""

OTHER_RELEASE = """PRESS RELEASE                                    Our ref. PR-114
Marlinford Council

    “Steady progress, with more to do for
    children at risk”: inspectors report on Marlinford youth justice

The Marlinford Youth Justice Service was inspected in March, inspectors said.

Notes to editors
The inspection was one of a programme of inspections.

Media and Communications Manager:  Ffion Tregullow, 01632 960 442
"""


def test_a_contact_labelled_by_their_post_is_the_contact_in_that_post() -> None:
    for text, name, post in ((RELEASE, "Ruairi Penhale-Ost", "Press Officer"),
                             (OTHER_RELEASE, "Ffion Tregullow", "Media and Communications Manager")):
        rows = role_rows(load_text(text, "release.txt"))
        assert (name, "contact_officer", post) in rows


def test_a_speaker_after_an_opening_participle_is_quoted_under_her_name() -> None:
    rows = people_rows(load_text(RELEASE, "release.txt"))
    assert ("Marjorie Tolland", "quoted") in rows
    assert not any("Responding" in name for name, _ in rows)


def test_a_releases_reference_is_furniture_and_its_headline_runs_on_inside_its_quotation() -> None:
    assert document_fact(load_text(RELEASE, "release.txt"), "heading") == (
        'Youth offending work in Thrushcombe: "a caring service, but plans must be followed through", say inspectors')
    heading = document_fact(load_text(OTHER_RELEASE, "release.txt"), "heading") or ""
    assert heading.endswith("with more to do for children at risk”: inspectors report on Marlinford youth justice")


# --- a copy list row whose post fills its column -----------------------------------------------------------------------

DISTRIBUTION = """HM Inspectorate of Probation

To:          Jo Amberley, Director of Children's Services
Copy to:     see distribution at foot of letter
Date:        12 May 2011

Dear Ms Amberley

FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN THRUSHCOMBE

The inspection was led by Tamsin Orrell, HM Inspector of Probation.

Yours sincerely

Tamsin Orrell
HM Inspector of Probation

DISTRIBUTION

Local Authority Chief Executive ........ Wilfred Astley-Croom
Lead Member for Children ............... Cllr Hamish Dorrington
Chair, Local Safeguarding Children Board Rosalind Ketteridge
Head of YOS ............................ P. Venables
"""

OTHER_DISTRIBUTION = """HM Inspectorate of Probation

To:      Jo Amberley, Director of Children's Services
Date:    12 May 2011

Dear Ms Amberley

We enclose the report of the inspection of youth offending work in Thrushcombe.

Yours sincerely

Tamsin Orrell
HM Inspector of Probation

cc:
Chief Executive, Thrushcombe Council                 Wilfred Astley-Croom
Director of Public Health and Wellbeing, Thrushcombe Cosmo Pellatt
Chair of the Youth Court Bench                       Ines Varco
"""


def test_a_post_filling_its_column_to_one_blank_before_the_name_is_that_rows_post() -> None:
    for text, name, post in ((DISTRIBUTION, "Rosalind Ketteridge", "Chair, Local Safeguarding Children Board"),
                             (OTHER_DISTRIBUTION, "Cosmo Pellatt", "Director of Public Health and Wellbeing, Thrushcombe")):
        rows = role_rows(load_text(text, "letter.txt"))
        assert (name, "copy_to", post) in rows
        assert not any(row[0] == name and row[1] == "cabinet_member" for row in rows)


# --- a cabinet's minutes, the papers the readers below are tried in ------------------------------------------------

CABINET = """                        LLANFEDW COUNTY BOROUGH COUNCIL

                                   CABINET

        Minutes of the meeting held at the Council Chamber, Llanfedw,
               on Tuesday 10 May 2016 commencing at 10.30 am

PRESENT:   Councillor B. Rhosier (Leader) - in the Chair
           Councillors: H.T. Cadwaladr-Moss (Deputy Leader), S. Gethin,
           W. Pardoe and Mrs G. Esmor

IN ATTENDANCE:
           H. Vowles           Chief Executive

1.   APOLOGIES FOR ABSENCE

     None.
"""


# --- the area a report names in a sentence --------------------------------------------------------------------------------

SCRUTINY_REPORT = """Agenda Item 7

REPORT TO:        CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE
DATE:             25 January 2012
REPORT OF:        Director of Children's Services
SUBJECT:          Youth Offending Service - progress against the
                  Improvement Plan

1.1  To update the Committee on progress made since the Full Joint
     Inspection (FJI) of youth offending work in Thrushcombe, published by HM
     Inspectorate of Probation on 12 May 2011.

3.1  The inspection, led by Mr T Orrell of HMI Probation, examined 38
     cases. The inspectorate judged that substantial improvement was required
     in safeguarding work.

8.   BACKGROUND PAPERS

     HMI Probation, Full Joint Inspection of Youth Offending Work in
     Thrushcombe (May 2011)

     Report author:     Perpetua Venables
                        Head of Youth Offending Service
                        Thrushcombe Youth Offending Service
                        Corder House, 12 Mill Lane, Thrushcombe
                        Tel:   020 8496 1180
"""

OTHER_REPORT = """Report to the Corporate Parenting Panel, 3 March 2016

Purpose: to inform the Panel of the outcome of the inspection of youth justice
services in Pennycross (HM Inspectorate of Probation, January 2016).

Contact officer:
Ottilie Branksome-Hale
Youth Justice Service Manager
Pennycross Youth Justice Service
4 Quay Street
Tel: 01632 960 118
"""


def test_a_place_named_before_a_bracket_in_a_sentence_is_the_reports_area() -> None:
    for text, area in ((SCRUTINY_REPORT, "Thrushcombe"), (OTHER_REPORT, "Pennycross")):
        assert document_fact(load_text(text, "report.txt"), "area")
        rows = load_text(text, "report.txt").statements
        assert any(s.schema == "Area" and s.prop == "name" and s.value == area for s in rows)


def test_a_contacts_block_stacked_a_line_an_item_gives_the_post_and_the_body() -> None:
    for text, name, post, body in (
            (SCRUTINY_REPORT, "Perpetua Venables", "Head of Youth Offending Service", "Thrushcombe Youth Offending Service"),
            (OTHER_REPORT, "Ottilie Branksome-Hale", "Youth Justice Service Manager", "Pennycross Youth")):
        result = load_text(text, "report.txt")
        assert (name, "contact_officer", post) in role_rows(result)
        assert organisation_rows(result)[(name, "contact_officer")].startswith(body)  # (the service's name of its day)


# --- the lead inspector after a bracketed label -----------------------------------------------------------------------

CABINET_ITEM = CABINET + """
104. YOUTH OFFENDING SERVICE: SHORT QUALITY SCREENING

     Cabinet considered the report on the Short Quality Screening carried
     out by HM Inspectorate of Probation in September 2015
     (inspection lead: Mr J. Halsgrove) and the resulting improvement plan.
"""

BOARD_ITEM = """Thrushcombe Youth Offending Service Management Board

Minutes of the meeting held on 4 March 2015

Present: Jo Amberley (Chair), Perpetua Venables (Head of Service)

3. Inspection
The report of the screening (published 12 February; lead inspector: Tamsin Orrell)
was received by the Board.
"""


def test_the_lead_inspector_after_a_bracketed_label_in_papers() -> None:
    for text, name in ((CABINET_ITEM, "J. Halsgrove"), (BOARD_ITEM, "Tamsin Orrell")):
        assert (name, "lead_inspector") in people_rows(load_text(text, "minutes.txt"))


# --- a surname hyphenated over a page's footer and the next page's running header ----------------------------------------

OVER_THE_PAGE = CABINET + """
104. YOUTH OFFENDING SERVICE

     The Head of Youth Offending Service, Rhodri Pellat-

                                                           - 27 -
_______________________________________________________________________________
Cabinet 10.05.16

     ridge, explained that a peer review would take place in June.
"""

OTHER_OVER_THE_PAGE = """THRUSHCOMBE COUNCIL

Minutes of the meeting of the Cabinet held on 4 March 2015

Present: Councillors T. Bellamy (Chair), M. Colclough

Officers present: Jo Amberley (Director of Children's Services)

4. Youth Justice
The Director of Children's Services, Jo Amber-

                              Page 3 of 5
===============================================================================
Cabinet - 4 March 2015

ley, said that the service had improved.
"""


def test_a_surname_hyphenated_over_the_footer_and_the_next_pages_running_header_is_one_name() -> None:
    for text, name in ((OVER_THE_PAGE, "Rhodri Pellatridge"), (OTHER_OVER_THE_PAGE, "Jo Amberley")):
        assert (name, "quoted") in people_rows(load_text(text, "cabinet-minutes.txt"))


# --- key facts ----------------------------------------------------------------------------------------------------

def test_a_custody_count_of_the_young_people_it_names() -> None:
    for sentence, count in (("Custody 3 young people. CH said referrals had risen.", "3"),
                            ("Custody: 12 children; ETE 64%.", "12")):
        facts = key_facts(HEAD + "Performance report\n" + sentence + "\n")
        assert ("custodial_sentences", count) in {row[:2] for row in facts}
    # a count whose line goes on is read only where its clause ends: not the next row's share as a custody rate
    facts = key_facts(HEAD + "Performance report\n   Custody     2 children sentenced to custody in the quarter\n"
                      "   ETE         61% in education at end of order\n")
    assert not any(row[0] == "custody_rate" for row in facts)


def test_an_earlier_periods_figure_in_brackets_after_a_lines_break() -> None:
    for text, earlier in (("FTEs 29 in the first\n       three quarters (2013/14 full year: 41).", ("2013/14 full year", "41")),
                          ("First time entrants: 17 in the year to\n  December (23 in 2014/15).", ("2014/15", "23"))):
        facts = {row for row in key_facts(HEAD + "Performance report\n" + text + "\n") if row[0] == "first_time_entrants"}
        assert {row[3:] for row in facts} == {earlier}


def test_a_sites_menu_of_bulleted_sections_is_no_headline() -> None:
    text = ("Marlinford Council\nHome > News > March 2016\n\n  * Schools and learning\n  * Roads and travel\n\n"
            + OTHER_RELEASE.split("\n", 2)[2])
    heading = document_fact(load_text(text, "news.txt"), "heading") or ""
    assert heading.endswith("inspectors report on Marlinford youth justice")

