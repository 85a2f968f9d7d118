"""Lists of people set in a part of a document of another kind (an appendix, an annex, an extract of minutes), under
the part's own heading, read whatever the document's family, each in a small fictional fixture: an inspection report's
copy list and team table in its annexes, a copy list under an appendix after a news item (a family that reads no copy
list of its own), a board's membership in a cabinet report's appendix with the cells a PDF ran together, and the
minutes of a cabinet or a board set after a council's report. Near misses name no one: an appendix of figures or of
venues, a membership of posts with no holders, and a sentence that mentions an extract of minutes."""

from __future__ import annotations

from kg.loaders import attendance, registry
from kg.loaders.text import unglued
from tests.conftest import load_text, organisation_rows, people_rows, role_rows

INSPECTION_ANNEXES = """\
Joint Inspection of Youth Offending Work in Wendlecombe

An inspection led by HM Inspectorate of Probation

Foreword

We inspected 36 cases. Work to protect children was done well.

Annex A – The Inspection Team

Init.\tName\tRole
PQ\tPriscilla Quantock\tLead Inspector, HMI Probation
DV\tDorian Vessey\tInspector, HMI Probation
AR\tAmaryllis Rooke\tHealth Inspector, Care Quality Commission

Annex B – Distribution

Mr Lysander Pottinger         Chair, Wendlecombe Youth Justice Management
                              Board
Councillor Tabitha Ormsley    Cabinet Member for Children's Services,
                              Wendlecombe Borough Council
                                                              Page 14
Crispin Hawtrey               Head of Youth Justice Service, Wendlecombe
"""


def test_a_team_table_under_an_annex_heading_with_an_initials_column_is_the_team() -> None:
    rows = role_rows(load_text(INSPECTION_ANNEXES, "wendlecombe_fji_2013_04.txt"))
    assert ("Priscilla Quantock", "lead_inspector", "Lead Inspector") in rows
    assert ("Dorian Vessey", "inspection_team", "Inspector") in rows
    assert organisation_rows(load_text(INSPECTION_ANNEXES, "wendlecombe_fji_2013_04.txt"))[
        ("Amaryllis Rooke", "inspection_team")] == "Care Quality Commission"


def test_a_copy_list_under_an_annex_heading_is_read_past_a_page_footer() -> None:
    rows = people_rows(load_text(INSPECTION_ANNEXES, "wendlecombe_fji_2013_04.txt"))
    assert {("Lysander Pottinger", "copy_to"), ("Tabitha Ormsley", "copy_to"), ("Tabitha Ormsley", "cabinet_member"),
            ("Crispin Hawtrey", "copy_to")} <= rows


NEWS_WITH_CIRCULATION = """\
PRESS RELEASE

Inspectors praise Ravensmoor youth justice work

Inspectors found that the Ravensmoor Youth Justice Service kept children safe. "We are proud of our staff," said the
council's leader.

ENDS

APPENDIX 3: CIRCULATION LIST

Harriet Frayne             Director of Children's Services, Ravensmoor Council
Cllr Jasper Wickstead      Leader, Ravensmoor Council
"""


def test_a_circulation_list_in_an_appendix_after_a_news_item_is_read_once() -> None:
    result = load_text(NEWS_WITH_CIRCULATION, "ravensmoor_news_2019_05.txt")
    assert "press_release" in result.families
    rows = people_rows(result)
    assert {("Harriet Frayne", "copy_to"), ("Jasper Wickstead", "copy_to")} <= rows
    copied = [role for role in role_rows(result) if role[1] == "copy_to"]
    assert len(copied) == len({role[0] for role in copied})


def test_families_declare_the_parts_they_read_and_the_rest_are_read_for_them() -> None:
    modules = {module.FAMILY: module for module in registry.family_modules()}
    assert registry.parts_unread([modules["press_release"]]) == ("copy_list", "minutes")
    assert registry.parts_unread([modules["joint_inspection"]]) == ("minutes",)
    assert registry.parts_unread([modules["council_papers"]]) == ()


CABINET_REPORT = """\
BOROUGH OF FELLINGHAM

Report to:          Cabinet
Date:               9 June 2021
Report of:          Director of Children's Services
Wards affected:     All

1.  PURPOSE

1.1 This report asks the Cabinet to approve the Youth Justice Plan 2021/22. The Board's membership is at Appendix A.

APPENDIX A – FELLINGHAM YOUTH JUSTICE PARTNERSHIP BOARD, MEMBERSHIP 2021-22

Hermione BlackwoodCorporate Director, Children (Chair)Fellingham Borough Council
Insp Rowan TreadgoldNeighbourhood Policing representativeNorthmarch Police
Dr Perpetua QuarmbyDesignated Nurse, SafeguardingFellingham Integrated Care Board

APPENDIX B: Extract from draft minutes of Cabinet, 9 June 2021

Present: Councillor Barnaby Ellery (Leader of the Council, in the Chair); Councillor Winifred Oakhurst (Cabinet
Member for Children and Families); Councillor Ptolemy Garside (Cabinet Member for Finance).
Also present: Councillor Ambrose Kittering.

Councillor Ambrose Kittering said that the plan deserved the Council's support. The Cabinet approved the plan.
"""


def test_a_membership_appendix_with_cells_run_together_lists_the_board() -> None:
    result = load_text(CABINET_REPORT, "fellingham_cabinet_report_2021_06.txt")
    rows = people_rows(result)
    assert {("Hermione Blackwood", "board_chair"), ("Rowan Treadgold", "board_member"),
            ("Perpetua Quarmby", "board_member")} <= rows
    roles = role_rows(result)
    assert ("Perpetua Quarmby", "board_member", "Designated Nurse, Safeguarding") in roles
    assert organisation_rows(result)[("Rowan Treadgold", "board_member")] == "Northmarch Police"


def test_an_extract_of_the_cabinets_minutes_after_a_report_is_read_as_the_cabinets_minutes() -> None:
    result = load_text(CABINET_REPORT, "fellingham_cabinet_report_2021_06.txt")
    assert result.families == ("unknown",)  # a council's report, read by the generic readers
    rows = people_rows(result)
    assert {("Barnaby Ellery", "present_at_meeting"), ("Winifred Oakhurst", "present_at_meeting"),
            ("Winifred Oakhurst", "cabinet_member"), ("Ptolemy Garside", "cabinet_member")} <= rows
    organisations = organisation_rows(result)
    assert organisations[("Ptolemy Garside", "present_at_meeting")] == "Fellingham Council"
    assert ("Ambrose Kittering", "cabinet_member") not in rows  # a guest of the cabinet, no member of it
    # a councillor with no portfolio, present at the cabinet's meeting and quoted in its minutes, is the council's
    assert organisations[("Ambrose Kittering", "present_at_meeting")] == "Fellingham Council"
    assert ("Ambrose Kittering", "quoted") in rows


BOARD_EXTRACT = """\
DUNMERE COUNCIL

Report to:      Children and Young People Scrutiny Panel
Report of:      Director of Children's Services
Subject:        Youth Offending Service annual report 2017/18

The service's performance improved in the year. The Board's own record of its review is set out below.

Schedule 2 - Extract of Dunmere YOS Management Board minutes, 14 March 2018

Present:  Imogen Farrant (Chair), Head of Children's Services; Cuthbert Lovibond, Dunmere Police
Apologies:  Seraphina Bellweather, Probation
"""


def test_an_extract_of_a_boards_minutes_is_read_as_the_boards() -> None:
    result = load_text(BOARD_EXTRACT, "dunmere_report_2018_09.txt")
    assert "board_minutes" not in result.families
    rows = people_rows(result)
    assert {("Imogen Farrant", "board_chair"), ("Cuthbert Lovibond", "present_at_meeting"),
            ("Seraphina Bellweather", "apologies")} <= rows


NEAR_MISSES = """\
HM Inspectorate of Probation

Short Quality Screening of youth offending work in Tollbury

We examined 20 cases. An extract from the minutes of the Board is attached for information.

Appendix 1: Distribution of cases by tier

Low risk                 11
Medium risk               7
High risk                 2

Appendix 2 - Venues

Lantern House            14 Quay Street, Tollbury
Ferncroft Youth Centre   Mill Lane, Tollbury

Appendix 3: Board membership 2019/20

Chief Executive          Tollbury Council
Head of Service          Tollbury Youth Offending Service

Appendix 4: Copy list

Bernadette Culshaw       Chair, Tollbury Youth Justice Board
"""


def test_appendices_of_figures_venues_and_unfilled_posts_name_no_one_beside_the_copy_list() -> None:
    rows = people_rows(load_text(NEAR_MISSES, "tollbury_sqs_letter_2019_02.txt"))
    assert ("Bernadette Culshaw", "copy_to") in rows
    assert {name for name, _ in rows} == {"Bernadette Culshaw"}


def test_a_name_with_a_prefix_is_not_parted_as_cells_run_together() -> None:
    assert unglued("Dr Ewan McAdam") == "Dr Ewan McAdam"
    assert unglued("Flora MacLeod") == "Flora MacLeod"
    assert unglued("Head of ServiceWestmere Council") == "Head of Service Westmere Council"
    assert unglued("People (Chair)Westmere Council") == "People (Chair) Westmere Council"


EXTRACT_WORDINGS = """\
The plan is recommended to Council. An extract from the minutes is attached.
Extract from the minutes of the Board
is set out below.

APPENDIX C: Minutes extract – Children's Scrutiny Panel, 3 May 2022
Present: Councillor Jo Bloggs (Chair)

Appendix D - Venues
Lantern House

Extract of Cabinet minutes, 12 March 2019
Present: Councillor Ann Lee
"""


def test_headings_of_extracted_minutes_in_their_wordings_and_where_each_part_ends() -> None:
    extracts = attendance.minutes_extracts(EXTRACT_WORDINGS)
    assert [" ".join(extract.body.split()) for extract in extracts] == [
        "APPENDIX C: Minutes extract – Children's Scrutiny Panel, 3 May 2022", "Extract of Cabinet minutes, 12 March 2019"]
    assert "Venues" not in EXTRACT_WORDINGS[extracts[0].heading.start:extracts[0].end]
    assert EXTRACT_WORDINGS[extracts[1].heading.start:extracts[1].end].endswith("Councillor Ann Lee\n")
