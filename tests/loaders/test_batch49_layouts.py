"""Layouts of a blind batch of a district inside a two-tier county (scrutiny minutes of the district, papers of the
county), each in a small fictional fixture: the council an officer is given where the paper names the county's and
no council of the district; officers in prose with several posts and a body for each group; a list of judgements
padded with dot leaders in council news; a form's block of several contacts under 'Contact Officer(s)'."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, role_rows

COUNTY_SCRUTINY = """\
WENLOWSHIRE COUNTY COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL

Minutes of a meeting held at County Hall on 4 March 2021 about youth justice in the Ardle Vale district.

PRESENT:    Councillor Brisbane (in the Chair)
            Councillors Tolley and Ransome

Also present: Councillor Joan Elphick, Cabinet Member for Children

24   YOUTH JUSTICE IN ARDLE VALE

     The panel noted the report. Councillor Ransome declared an interest as a member of Ardle Vale District
     Council.

Copy to:  Councillor Harold Pimm, Leader of the Council
"""


def test_the_leader_in_a_county_papers_copy_list_is_the_county_councils_not_a_district_council_made_up() -> None:
    result = load_text(COUNTY_SCRUTINY, "ardle_vale_scrutiny_minutes_2021_03.txt")
    organisations = organisation_rows(result)
    assert organisations[("Harold Pimm", "copy_to")] in ("Wenlowshire County Council", "Wenlowshire Council")


DISTRICT_SCRUTINY = """\
ARDLE VALE DISTRICT COUNCIL

COMMUNITY SAFETY SCRUTINY SUB-COMMITTEE

MINUTES of a meeting held in the Council Chamber, Ardle Vale on Tuesday, 9 May 2023 at 6.30 pm

PRESENT: Councillors Brisbane (Chair), Tolley and Ransome

Officers: The meeting was supported by Lucy Penrose, Democratic Services Officer, and Owen Talbot, Community
Safety Manager, of the district council, together with Gareth Morland, Head of Youth Justice Service, and Helen
Tasker, Youth Justice Operations Manager, both of Wenlowshire County Council, who attended for item 5.

5    YOUTH JUSTICE IN ARDLE VALE

     The sub-committee noted the report of the county youth justice service.
"""


def test_officers_in_prose_take_the_body_written_after_their_group_and_a_post_wrapped_over_a_line() -> None:
    result = load_text(DISTRICT_SCRUTINY, "ardle_vale_scrutiny_minutes_2023_05.txt")
    organisations = organisation_rows(result)
    assert organisations[("Gareth Morland", "officer_attending")] in ("Wenlowshire County Council", "Wenlowshire Council")
    assert organisations[("Helen Tasker", "officer_attending")] in ("Wenlowshire County Council", "Wenlowshire Council")
    assert "Ardle Vale" in organisations[("Owen Talbot", "officer_attending")]
    assert ("Owen Talbot", "officer_attending", "Community Safety Manager") in role_rows(result)
    assert ("Helen Tasker", "officer_attending", "Youth Justice Operations Manager") in role_rows(result)


COUNCIL_NEWS = """\
Home > News > March 2016

Inspectors praise youth offending service
Published: 15 March 2016 | Exampleton City Council press office

HM Inspectorate of Probation carried out a Full Joint Inspection of youth offending work in Exampleton in January
2016. The inspection judged the work as follows:

     Reducing reoffending ........................... Satisfactory
     Protecting the public .......................... Good
     Governance and partnerships .................... Satisfactory

Councillor Ann Lister, Cabinet Member for Children's Services, said: "We are pleased."
"""


def test_judgements_padded_with_dot_leaders_in_news_are_ratings_of_their_themes() -> None:
    statements = load_text(COUNCIL_NEWS, "exampleton_council_news_2016_03.txt").statements
    scopes = {s.entity: s.value for s in statements if s.schema == "Rating" and s.prop == "scope"}
    ratings = {(scopes[s.entity].lower(), s.value.lower()) for s in statements
               if s.schema == "Rating" and s.prop == "rating" and s.entity in scopes}
    assert ("reducing reoffending", "satisfactory") in ratings
    assert ("protecting the public", "good") in ratings
    assert ("governance and partnerships", "satisfactory") in ratings


CABINET_REPORT = """\
                                        WENLOWSHIRE COUNTY COUNCIL
                                                     CABINET
                                                  21 MAY 2024

HMI PROBATION INSPECTION OF WENLOWSHIRE YOUTH JUSTICE SERVICE

Report of the Corporate Director - Children and Families (Sarah Lomax)
Cabinet Member: Councillor Joan Elphick, Children and Families
Key decision: No

| Contact Officer(s) |
| Gareth Morland - Head of Youth Justice Service - 01762 418870 -
|   gareth.morland@wenlowshire.gov.uk
| Helen Tasker, Operations Manager (North) Tel 01762 418873
| Performance queries: yj.performance@wenlowshire.gov.uk (Claire Bellamy)
|

1.     PURPOSE OF REPORT

1.1    To inform Cabinet of the outcome of the inspection.
"""


def test_a_block_of_contacts_under_a_plural_heading_gives_each_contact_with_their_post() -> None:
    rows = role_rows(load_text(CABINET_REPORT, "wenlowshire_cabinet_report_2024_05.txt"))
    assert ("Gareth Morland", "contact_officer", "Head of Youth Justice Service") in rows
    assert any(r[:2] == ("Helen Tasker", "contact_officer") for r in rows)
    assert ("Claire Bellamy", "contact_officer", "Performance queries") in rows
    # a contact's line with their number ('Name, Post Tel ...') near the top is no signature of the report's
    assert not any(r[:2] == ("Helen Tasker", "author") for r in rows)


def test_the_reports_author_is_the_holder_named_in_brackets_after_the_post() -> None:
    rows = role_rows(load_text(CABINET_REPORT, "wenlowshire_cabinet_report_2024_05.txt"))
    assert ("Sarah Lomax", "author", "Corporate Director - Children and Families") in rows


def test_the_leader_with_the_council_after_a_comma_is_a_cabinet_member_but_a_team_leader_is_not() -> None:
    from kg.loaders.speakers import post_relation

    assert post_relation("Leader, Exampleton City Council") == "cabinet_member"
    assert post_relation("Team Leader, Exampleton City Council") is None


SQS_LETTER = """\
HM Inspectorate of Probation
Ashley House, 2 Monck Street, London, SW1P 2BQ


Ms Ann Lister
Director of People, Exampleton City Council

                                                                       28 November 2014

Dear Ms Lister

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN EXAMPLETON

We recently conducted a Short Quality Screening (SQS) of youth offending work in Exampleton.

Should you have any questions about this inspection please contact me, or my colleague
Marcus Trent, Inspection Support Officer, on 0161 240 5336.

Yours sincerely


Rosa Ashby
HM Inspector

Copy to:
Jonathan Farr             Chief Executive, Exampleton City Council
Cllr Gillian Marbeck      Leader, Exampleton City Council
Derek Sowden              Head of Youth Offending Service
                          YJB Head of Business Area (North)
                          Chief Constable, Eastdale Constabulary
"""


def test_a_screening_letters_contact_is_the_colleague_named_after_please_contact_me() -> None:
    rows = role_rows(load_text(SQS_LETTER, "exampleton_sqs_letter_2014_11.txt"))
    assert ("Marcus Trent", "contact_officer", "Inspection Support Officer") in rows


def test_a_copy_lists_posts_alone_under_a_whole_post_are_other_recipients_not_its_wrapped_lines() -> None:
    result = load_text(SQS_LETTER, "exampleton_sqs_letter_2014_11.txt")
    assert ("Derek Sowden", "copy_to", "Head of Youth Offending Service") in role_rows(result)
    assert ("Gillian Marbeck", "cabinet_member") in {r[:2] for r in role_rows(result)}
    assert "Constabulary" not in organisation_rows(result)[("Derek Sowden", "copy_to")]


BOARD_TABLE = """\
EXAMPLETON YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Wednesday 21 January 2015 - 2.00pm
Meeting Room 4, Civic Centre

+------+---------------------------+-----------------------------------------------------+
| Init | Name                      | Organisation / Role                                 |
+------+---------------------------+-----------------------------------------------------+
| AC   | Ann Chadwick (Chair)      | Director of People, Exampleton City Council         |
| PW   | Paul Whitby               | Chief Inspector, Eastdale Constabulary              |
| DS   | Derek Sowden              | Head of Youth Offending Service (in attendance)     |
| NK   | Nadia Kowal               | YOS Operational Manager (in attendance)             |
| BT   | Bev Trafton               | Admin Officer - minutes                             |
+------+---------------------------+-----------------------------------------------------+

1    Welcome / apologies
     AC welcomed members.
"""


def test_a_boards_initials_table_reads_a_rank_like_initials_cell_and_in_attendance_and_minutes_marks() -> None:
    rows = role_rows(load_text(BOARD_TABLE, "exampleton_yosboard_minutes_2015_01.txt"))
    assert ("Derek Sowden", "officer_attending", "Head of Youth Offending Service") in rows
    assert ("Nadia Kowal", "officer_attending", "YOS Operational Manager") in rows
    assert ("Bev Trafton", "minute_taker") in {r[:2] for r in rows}
    assert ("Paul Whitby", "present_at_meeting") in {r[:2] for r in rows}


ATTENDING_MINUTES = """\
EXAMPLESHIRE YOUTH JUSTICE PARTNERSHIP BOARD

Minutes of the meeting held on Thursday 16 March 2023

Jo Lanning Director of Children's Services Exampleshire County Council (Chair)
Supt Dan Price Exampleshire Police, Local Policing Area Commander

In attendance:   Gary Olds (Head of Youth Justice Service), Claire Bell (Business Support Officer, minutes)

1.  WELCOME
"""


def test_a_minute_taker_marked_last_in_the_posts_brackets() -> None:
    rows = {r[:2] for r in role_rows(load_text(ATTENDING_MINUTES, "exampleshire_yjboard_minutes_2023_03.txt"))}
    assert ("Claire Bell", "minute_taker") in rows


DECLARED_MINUTES = """\
EXAMPLESHIRE YOUTH JUSTICE PARTNERSHIP BOARD

Minutes of the meeting held on Thursday 16 March 2023

Present:
Jo Lanning, Director of Children's Services (Chair)
Dr Fiona Mabb, Associate Director of Safeguarding, NHS Exampleshire Integrated Care Board

2.  DECLARATIONS OF INTEREST

2.1 Dr Mabb declared that her spouse is employed by the provider of the speech and language
service (item 6).
"""


def test_a_declaration_after_the_paragraphs_number_and_a_tie_declared_in_a_sentence() -> None:
    rows = {r[:2] for r in role_rows(load_text(DECLARED_MINUTES, "exampleshire_yjboard_minutes_2023_03.txt"))}
    assert ("Fiona Mabb", "declared_interest") in rows


SCRUTINY_COLUMNS = """\
Exampleton City Council

CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL

Minutes - Thursday 11 June 2015 - 5.30pm - Committee Room B, Civic Centre


Members present                              Also attending
Councillor H Tenby (Chair)                   D Sowden, Head of Youth Offending Service
Councillor D Mistry                          N Kowal, YOS Operational Manager
Councillor E Nayland                         Chief Inspector P Whitby, Eastdale
                                               Constabulary
                                             R Gallon, Scrutiny Officer

Apologies: Councillor F Odell


1.   MINUTES
     The minutes of the meeting held on 9 April 2015 were agreed.
"""


def test_an_officer_by_rank_and_initial_in_a_column_of_guests() -> None:
    result = load_text(SCRUTINY_COLUMNS, "exampleton_scrutiny_minutes_2015_06.txt")
    rows = {r[:2] for r in role_rows(result)}
    assert ("P Whitby", "officer_attending") in rows
    assert "Constabulary" in organisation_rows(result)[("P Whitby", "officer_attending")]
    assert ("N Kowal", "officer_attending", "YOS Operational Manager") in role_rows(result)


def test_news_that_the_inspectorate_carried_out_an_inspection_in_a_month_dates_its_fieldwork() -> None:
    from kg.dates import fieldwork_dates

    found = fieldwork_dates("HM Inspectorate of Probation carried out a Full Joint Inspection of youth offending work in\n"
                            "the city in January 2016, with colleagues from Ofsted.")
    assert found is not None and found[0][0] == "2016-01"
