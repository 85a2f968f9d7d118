"""A youth justice plan's people: its board's membership table and its contact, each written as two authors would.

The membership: a sentence leads the table with a verb before its colon ('Membership at May 2024 was:'), its heads
and posts in two languages ('Cadeirydd / Chair; ...', 'Aelod Cabinet / Cabinet Member ...': the English half is the
post); a table whose cells are parted by spaced dot leaders ('Jo Lee . . . . Head of Service'), under heads parted
so too or under a heading. The contact: a section headed 'Contact' alone on its line over the name, the post and the
address; a contact given by an e-mail address alone whose local part spells a name the plan writes. The near misses:
a post written where a name would stand ('Media Relations Manager') and a team named in Welsh ('Tîm Cyfathrebu').
Every fixture is fictional.
"""

from __future__ import annotations

import pytest

from kg.loaders.text import leaders_blanked
from tests.conftest import load_text, organisation_rows, people_rows, role_rows

WELSH_TABLE_LED_BY_A_VERB = """GWASANAETH CYFIAWNDER IEUENCTID CWMHELYG
CWMHELYG YOUTH JUSTICE SERVICE

Cynllun Cyfiawnder Ieuenctid 2024-2025
Youth Justice Plan 2024-2025

2.  LLYWODRAETHU / GOVERNANCE

The Youth Justice Management Board meets every quarter at Canolfan Helyg.
Membership at May 2024 was:

Enw / Name\tSwydd / Post\tSefydliad / Organisation
Gwenllian Prydderch\tCadeirydd / Chair; Director of Social Services\tCwmhelyg County Borough Council
Cllr Owain Tregelles\tAelod Cabinet / Cabinet Member for Children\tCwmhelyg County Borough Council
Bethan Cadwgan\tHead of Youth Justice Service\tCwmhelyg Youth Justice Service
Insp Rhys Amberley\tLocal Policing Inspector\tGwent Valleys Police

The Board reports to the Safer Cwmhelyg Partnership.
"""

PADDED_TABLE_LED_BY_A_VERB = """Pellwater Youth Justice Plan 2024/25

2. GOVERNANCE

The Partnership Board meets six times a year and reports to the Pellwater Community Safety
Partnership. Membership in April 2024 is:

  Name                   Role                                  Agency
  Harriet Quenby         Chair; Director of Children's Services   Pellwater Council
  Tobias Wrenfield       Head of Youth Justice                 Pellwater YJS
  Supt Nadia Corrigan    Area Commander                        Pellwater Police

3. PERFORMANCE
"""


def test_a_membership_lead_with_a_verb_before_its_colon_leads_a_welsh_table() -> None:
    """'Membership at May 2024 was:' leads the table as 'Membership at May 2024:' would; a post in Welsh and English
    is its English half: 'Cadeirydd / Chair; ...' chairs the board, 'Aelod Cabinet / Cabinet Member ...' sits on the
    cabinet."""
    result = load_text(WELSH_TABLE_LED_BY_A_VERB, "cwmhelyg_youth_justice_plan_2024.txt")
    rows = people_rows(result)
    assert {("Gwenllian Prydderch", "board_member"), ("Gwenllian Prydderch", "board_chair"),
            ("Owain Tregelles", "board_member"), ("Owain Tregelles", "cabinet_member"),
            ("Bethan Cadwgan", "board_member"), ("Rhys Amberley", "board_member")} <= rows
    roles = role_rows(result)
    assert ("Owain Tregelles", "cabinet_member", "Cabinet Member for Children") in roles
    assert ("Gwenllian Prydderch", "board_member", "Chair; Director of Social Services") in roles


def test_a_membership_lead_with_a_verb_before_its_colon_leads_a_padded_table() -> None:
    rows = people_rows(load_text(PADDED_TABLE_LED_BY_A_VERB, "pellwater_youth_justice_plan_2024.txt"))
    assert {("Harriet Quenby", "board_chair"), ("Tobias Wrenfield", "board_member"),
            ("Nadia Corrigan", "board_member")} <= rows


@pytest.mark.parametrize("lead", ["Membership as at 30 April 2024 was as follows:",
                                  "\nMembers of the Youth Justice Partnership Board\n",
                                  "\nAelodau’r Bwrdd / Board members\n",
                                  # a sentence that points to the table under it, with no colon; a dated heading after
                                  # a comma (stop 38)
                                  "Its membership is shown below.", "The current members of the Board are listed below.",
                                  "The Board has the following members:",
                                  "\nTable 3 - Youth Justice Board membership, April 2024\n"])
def test_a_membership_led_as_another_author_would(lead: str) -> None:
    """The table led by a dated sentence 'as follows', or under a heading that names the board's members (in
    English, numbered, or in Welsh with the English after a slash)."""
    text = PADDED_TABLE_LED_BY_A_VERB.replace("Membership in April 2024 is:", lead)
    rows = people_rows(load_text(text, "pellwater_youth_justice_plan_2024.txt"))
    assert {("Tobias Wrenfield", "board_member"), ("Nadia Corrigan", "board_member")} <= rows


SPACED_LEADERS_UNDER_HEADS = """Oxtonbury Youth Offending Service

YOUTH JUSTICE STRATEGIC PLAN 2017 - 2018

1.  GOVERNANCE

The service is overseen by the Youth Offending Service Management Board, which meets
quarterly.  Membership at July 2017:

Name . . . . . . . . . . . . . . . Organisation / role
Rosalind Achterberg . . . . . . .  Director of Children's Services, OCC (Chair)
Ch Supt Dominic Farrand . . . . .  Oxtonbury Constabulary
Imelda Strachan . . . . . . . . .  Designated Nurse, Oxtonbury CCG
Vacant  . . . . . . . . . . . . .  Oxtonbury CRC
Kieran Lodsworth  . . . . . . . .  Head of Service (adviser to the Board)

2.  PERFORMANCE
"""

SPACED_LEADERS_UNDER_A_HEADING = """Llanwerydd Youth Justice Plan 2019-20

Board membership:

Member .  .  .  .  .  .  .  .  Post .  .  .  .  .  .  .  .  .  .  .  . Agency
Carys Penhallow .  .  .  .  .  Head of Education Inclusion .  .  .  .  Llanwerydd Council
Supt Emrys Tudwal .  .  .  .  Area Commander .  .  .  .  .  .  .  .  . Dyfed Hills Police

3. PRIORITIES
"""


def test_a_membership_table_parted_by_spaced_dot_leaders() -> None:
    """'Jo Lee . . . . Head of Service': spaced stops are one leader, so the table reads as one padded into its
    columns; a vacant seat is no one."""
    rows = people_rows(load_text(SPACED_LEADERS_UNDER_HEADS, "oxtonbury_youth_justice_plan_2017.txt"))
    assert {("Rosalind Achterberg", "board_chair"), ("Rosalind Achterberg", "board_member"),
            ("Dominic Farrand", "board_member"), ("Imelda Strachan", "board_member"),
            ("Kieran Lodsworth", "board_member")} <= rows
    assert not {name for name, _ in rows} & {"Vacant", "Oxtonbury CRC"}


def test_a_membership_table_parted_by_wider_spaced_leaders_under_a_heading() -> None:
    """Three columns parted by leaders, the heads too: each cell whole, no leader in a post."""
    roles = role_rows(load_text(SPACED_LEADERS_UNDER_A_HEADING, "llanwerydd_youth_justice_plan_2019.txt"))
    assert {("Carys Penhallow", "board_member", "Head of Education Inclusion"),
            ("Emrys Tudwal", "board_member", "Area Commander")} <= roles


def test_spaced_stops_are_one_leader() -> None:
    for leader in (" . . . . ", " .  .  . "):
        assert leaders_blanked(f"Jo Lee{leader}Head") == "Jo Lee" + " " * len(leader) + "Head"
    # a stop that ends a sentence is no leader
    assert leaders_blanked("He left. Jo stayed.") == "He left. Jo stayed."


CONTACT_SECTION = """Oxtonbury Youth Justice Strategic Plan 2017-18

5.  CONTACT

Kieran Lodsworth
Head of Youth Offending Service
Oxtonbury County Council, Mill House, Water Lane, Oxtonbury  OX9 1AA
Tel: 01632 000 415
Email: kieran.lodsworth@oxtonbury.example.gov.uk

Approved by the YOS Management Board, 6 July 2017.
"""

CONTACTS_HEADING = """Pellwater Youth Justice Plan 2024/25

Contacts

Tobias Wrenfield, Head of Youth Justice, Pellwater Youth Justice Service
01632 960 771  tobias.wrenfield@pellwater.example.gov.uk
"""


def test_a_plans_contact_section_names_its_contact_officer() -> None:
    """A section headed 'Contact' (numbered or not, 'Contacts') alone on its line over the name: `contact_officer`,
    with the post on the line under the name or after its comma."""
    for text, name, post in ((CONTACT_SECTION, "Kieran Lodsworth", "Head of Youth Offending Service"),
                             (CONTACTS_HEADING, "Tobias Wrenfield", "Head of Youth Justice")):
        roles = role_rows(load_text(text, "youth_justice_plan.txt"))
        assert any((person, relation) == (name, "contact_officer") and role and role.startswith(post)
                   for person, relation, role in roles)


ADDRESS_ALONE = """Cwmhelyg Youth Justice Plan 2024-25

Membership at May 2024:

Name\tPost\tOrganisation
Bethan Cadwgan\tHead of Youth Justice Service\tCwmhelyg Youth Justice Service

This plan was drafted by the service's management team. Contact: bethan.cadwgan@cwmhelyg-
example.gov.uk, 01632 960 355.
"""

INITIAL_AND_SURNAME_ADDRESS = """Pellwater Youth Justice Plan 2024/25

The plan was written by Harriet Quenby, Director of Children's Services, with the board.

For further information please contact: hquenby@pellwater.example.gov.uk
"""


def test_a_contact_given_by_an_address_alone_is_the_person_it_spells() -> None:
    """'Contact: jo.bloggs@...' (the domain wrapped onto the next line) and 'please contact: jbloggs@...': the person
    the plan names whose name the address spells is its contact officer."""
    assert ("Bethan Cadwgan", "contact_officer") in people_rows(load_text(ADDRESS_ALONE, "cwmhelyg_plan.txt"))
    assert ("Harriet Quenby", "contact_officer") in people_rows(load_text(INITIAL_AND_SURNAME_ADDRESS,
                                                                          "pellwater_plan.txt"))


NO_ONE_TO_CONTACT = """Pellwater Youth Justice Service rated Good

Notes to editors
  d) Enquiries: Media Relations Manager, HM Inspectorate of Probation, 0300 000 0000.
  e) Ymholiadau'r cyfryngau / Media enquiries: Tîm Cyfathrebu / Communications
     Team, 01632 960 000
  f) Contact: press.office@pellwater.example.gov.uk
"""


def test_a_post_or_a_team_given_as_the_contact_is_no_one() -> None:
    rows = people_rows(load_text(NO_ONE_TO_CONTACT, "pellwater_press_release.txt"))
    assert not {name for name, relation in rows if relation == "contact_officer"}


THANKS_TO_THE_LEADER = """Full Joint Inspection: Oxtonbury

Particular thanks go to Councillor Imelda Strachan, Cabinet Member for Children, to Councillor
Dominic Farrand, Leader of Oxtonbury County Council, and to Superintendent Jo Kestle, who met the team.
"""

MET_THE_LEADER = """Pellwater Youth Justice Service: inspection report

During the fieldwork we met Cllr Harriet Quenby, Leader of Pellwater Borough Council, and the
Director of Children's Services.
"""


def test_the_leader_of_a_council_named_after_the_name_and_its_comma_is_a_cabinet_member() -> None:
    """'Councillor X, Leader of Westmere County Council,' as 'X, Leader of the Council' is: `cabinet_member`."""
    assert ("Dominic Farrand", "cabinet_member") in people_rows(load_text(THANKS_TO_THE_LEADER,
                                                                          "oxtonbury_inspection_2013.txt"))
    assert ("Harriet Quenby", "cabinet_member") in people_rows(load_text(MET_THE_LEADER, "pellwater_inspection.txt"))


HEAD_NAMED_IN_THE_NOTES = """OXTONBURY YOUTH JUSTICE SERVICE RATED GOOD

Notes to editors

1. The report is available on the HM Inspectorate of Probation website.
2. Oxtonbury Youth Justice Service is part of the council's Children's Services directorate. The Head of Youth
   Justice is
   Kieran Lodsworth.
"""

MANAGER_NAMED_IN_THE_PROSE = """Pellwater Council news

The Pellwater Youth Offending Team works with about 90 children. Its YOT Manager is Tobias Wrenfield, who joined
the team in 2019.
"""


def test_the_services_head_named_after_the_post_and_is_is_its_staff() -> None:
    """'The Head of Youth Justice is X', 'Its YOT Manager is X': the service's head, `staff`, in the post written."""
    roles = role_rows(load_text(HEAD_NAMED_IN_THE_NOTES, "oxtonbury_press_release.txt"))
    assert ("Kieran Lodsworth", "staff", "Head of Youth Justice") in roles
    roles = role_rows(load_text(MANAGER_NAMED_IN_THE_PROSE, "pellwater_council_news.txt"))
    assert ("Tobias Wrenfield", "staff", "YOT Manager") in roles


SURNAME_FIRST_LEADERS_WRAPPED = """Pellwater Youth Justice Plan 2024-25

MEMBERSHIP OF THE YOUTH JUSTICE MANAGEMENT BOARD (May 2024)

QUENBY, Harriet ............ Director of Children's Services, PBC ........... Chair
HALLIWELL, Cllr Amos ....... Cabinet Member for Children, Young People
                             and Families, PBC .............................. Member
DUNMERE, Martin ............ Community Safety Manager, Oxtonbury
                             District Council ............................... Member
WRENFIELD, Tobias .......... Head of Service, Pellwater YJS .................. Member
"""

SURNAME_FIRST_PADDED_WRAPPED = """Pellwater Youth Justice Plan 2024-25

Board membership:

QUENBY, Harriet             Director of Children's Services, PBC             Chair
HALLIWELL, Cllr Amos        Cabinet Member for Children, Young People
                            and Families, PBC                                Member
DUNMERE, Martin             Community Safety Manager, Oxtonbury
                            District Council                                 Member
"""


def test_a_members_post_wrapped_under_its_column_in_a_surname_first_table() -> None:
    """'HALLIWELL, Cllr Amos .... Cabinet Member for Children, Young People' / '   and Families, PBC .... Member': the
    post goes on under its own column, the seat after it; the row is one member, the post whole, the body the one
    written at its end."""
    for text in (SURNAME_FIRST_LEADERS_WRAPPED, SURNAME_FIRST_PADDED_WRAPPED):
        roles = role_rows(load_text(text, "pellwater_youth_justice_plan_2024.txt"))
        assert ("Amos Halliwell", "cabinet_member", "Cabinet Member for Children, Young People and Families, PBC") \
            in roles
        assert ("Martin Dunmere", "board_member", "Community Safety Manager") in roles


FOREWORD_SIGNED_IN_TWO_LANGUAGES = """CWMHELYG YOUTH JUSTICE SERVICE

Youth Justice Plan 2024-2025

1.  RHAGAIR / FOREWORD

This is our second plan since the inspection. I am grateful to the partners on the Board and to the
team for their work over the year.

Gwenllian Prydderch
Cadeirydd y Bwrdd / Chair of the Board
"""

FOREWORD_SIGNED_BY_THE_HEAD = """LLANWERYDD YOUTH JUSTICE SERVICE

Youth Justice Plan 2019-20

FOREWORD

The service has had a good year, and the plan sets out what we will do next.

Carys Penhallow
Pennaeth y Gwasanaeth / Head of Service
"""


def test_a_forewords_signature_in_two_languages_gives_the_english_post() -> None:
    """'Cadeirydd y Bwrdd / Chair of the Board' under the signing name: the author in the English half's post."""
    roles = role_rows(load_text(FOREWORD_SIGNED_IN_TWO_LANGUAGES, "cwmhelyg_youth_justice_plan_2024.txt"))
    assert ("Gwenllian Prydderch", "author", "Chair of the Board") in roles
    roles = role_rows(load_text(FOREWORD_SIGNED_BY_THE_HEAD, "llanwerydd_youth_justice_plan_2019.txt"))
    assert ("Carys Penhallow", "author", "Head of Service") in roles


MINUTES_HEAD_OF_SERVICE_SPEAKS = """OXTONBURY YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on Tuesday 4 March 2025

Present:
Rosalind Achterberg, Director of Children's Services, Oxtonbury County Council (Chair)
Kieran Lodsworth, Head of Youth Offending Service
Imelda Strachan, Designated Nurse, Oxtonbury CCG

3.  INSPECTION READINESS

The Head of Service explained that a self-assessment against the inspection standards had begun.
"""

REGISTER_HEAD_OF_SERVICE_SPEAKS = """PELLWATER YOUTH JUSTICE PARTNERSHIP BOARD

Notes of the meeting held on 9 April 2025

Name\tPost\tAttendance
Harriet Quenby\tDirector of Children's Services (Chair)\tPresent
Tobias Wrenfield\tHead of Youth Justice and Early Help Service\tPresent
Nadia Corrigan\tArea Commander, Pellwater Police\tPresent

4.  PERFORMANCE

The Head of Service said that first-time entrants had fallen for a third year.
"""


def test_the_head_of_service_who_speaks_is_the_one_head_of_a_service_listed() -> None:
    """'The Head of Service explained': the one attendee whose post is a head of a service with more words between
    ('Head of Youth Offending Service'), quoted in the post as listed; where two are listed so, nobody."""
    assert ("Kieran Lodsworth", "quoted", "Head of Youth Offending Service") in role_rows(
        load_text(MINUTES_HEAD_OF_SERVICE_SPEAKS, "oxtonbury_yos_board_minutes_2025.txt"))  # (the post as listed)
    assert ("Tobias Wrenfield", "quoted") in people_rows(load_text(REGISTER_HEAD_OF_SERVICE_SPEAKS,
                                                                   "pellwater_yjpb_minutes_2025.txt"))
    two_heads = MINUTES_HEAD_OF_SERVICE_SPEAKS.replace(
        "Imelda Strachan, Designated Nurse, Oxtonbury CCG", "Imelda Strachan, Head of Early Help Service")
    rows = people_rows(load_text(two_heads, "oxtonbury_yos_board_minutes_2025.txt"))
    assert not {name for name, relation in rows if relation == "quoted"}


MEMBERSHIP_AS_FOLLOWS_OVER_A_PAGE = """OSTREY YOUTH JUSTICE PLAN 2023-24

3. GOVERNANCE

The Youth Justice Management Board meets every two months at Ostrey Town Hall. Its membership on 1 May 2023
was as follows.

Name                      Post                              Organisation
------------------------  --------------------------------  --------------------------
Harriet Pemberley (Chair) Director of Children's Services   Ostrey Borough Council
Cllr Nia Westacott        Cabinet Member for Children       Ostrey Borough Council
Lionel Ashcombe           Head of Youth Justice             Ostrey Youth Justice
                                                            Service
Superintendent Dariusz
________________________________________________________________________________
Ostrey Youth Justice Plan 2023-24\t\t\t\t\t\t\t\t5

Name                      Post                              Organisation
------------------------  --------------------------------  --------------------------
Kowalczyk-Reed            Neighbourhood Policing Lead       Ostrey Police
Maeve Tillotson           Head of Probation Delivery Unit   Probation Service

The Board reports to the Ostrey Community Safety Partnership.
"""

APPENDIX_MEMBERSHIP_OVER_A_PAGE = """CORROWDALE METROPOLITAN BOROUGH COUNCIL

Report to:            CABINET
Title:                YOUTH JUSTICE PLAN 2021-22

1.   The Plan was approved by the Management Board. Its membership is shown in Appendix 3.

APPENDIX 3 - CORROWDALE YOUTH OFFENDING MANAGEMENT BOARD: MEMBERSHIP (MAY 2021)

  Name                          Organisation / post
  Imogen Stalbridge (Chair)     Corrowdale MBC, Executive Director of People
  Insp Tomasz
  ==============================================================================
  Cabinet 14.06.21                                              Page 4 of 6

  Name                          Organisation / post
  Wisniewski-Hart               Corrowdale Police, Neighbourhood Inspector
  Odette Marchbank              Corrowdale Clinical Commissioning Group,
                                Designated Nurse Safeguarding

BACKGROUND PAPERS:  None.
"""


@pytest.mark.parametrize(("text", "name"), [
    (MEMBERSHIP_AS_FOLLOWS_OVER_A_PAGE, "ostrey_youth_justice_plan_2023.txt"),
    (APPENDIX_MEMBERSHIP_OVER_A_PAGE, "corrowdale_cabinet_report_2021.txt")])
def test_a_membership_led_as_follows_or_headed_board_colon_membership_read_over_a_page(text: str, name: str) -> None:
    """A membership led by a sentence that ends 'as follows.' or by a heading 'X BOARD: MEMBERSHIP (MAY 2021)' is
    read; the page's foot inside it (a rule, the running footer with the page's number, the table's heads again)
    does not end it, and a member whose name the page's end cut after the rank and forename ('Superintendent
    Dariusz' / ... / 'Kowalczyk-Reed') is one person, the next page's row his."""
    rows = people_rows(load_text(text, name))
    members = {person for person, relation in rows if relation == "board_member"}
    assert {"Harriet Pemberley", "Nia Westacott", "Lionel Ashcombe", "Dariusz Kowalczyk-Reed",
            "Maeve Tillotson"} <= members or {"Imogen Stalbridge", "Tomasz Wisniewski-Hart", "Odette Marchbank"} <= members
    assert not {person for person, _ in rows} & {"Kowalczyk-Reed", "Wisniewski-Hart", "Name"}


CONTACT_FORM_UNDER_A_HEADING = """CORROWDALE METROPOLITAN BOROUGH COUNCIL

Report to:            CABINET
Title:                YOUTH JUSTICE PLAN 2021-22

1.   To ask Cabinet to recommend the Plan to Council.

BACKGROUND PAPERS:  None.

CONTACT OFFICER
  Name:       Odette Marchbank
  Post:       Head of Youth Offending Service
  Tel:        01632 960 771
  Email:      odette.marchbank@corrowdale.example.gov.uk
"""

AUTHOR_FORM_UNDER_A_HEADING = """Ostrey Borough Council - Scrutiny Committee

1.   The Committee is asked to note the inspection's findings.

Report author
\tName:\tLionel Ashcombe
\tJob title:\tYouth Justice Service Manager
\tTelephone:\t01632 960 552
"""


@pytest.mark.parametrize(("text", "person", "post"), [
    (CONTACT_FORM_UNDER_A_HEADING, "Odette Marchbank", "Head of Youth Offending Service"),
    (AUTHOR_FORM_UNDER_A_HEADING, "Lionel Ashcombe", "Youth Justice Service Manager")])
def test_a_contact_given_as_a_form_of_labels_under_its_heading(text: str, person: str, post: str) -> None:
    """'CONTACT OFFICER' (or 'Report author') alone over a form's labels: the name after 'Name:', the post after
    'Post:' (or 'Job title:') on the line under it, padded or tabbed."""
    roles = role_rows(load_text(text, "corrowdale_cabinet_report_2021.txt"))
    assert (person, "contact_officer", post) in roles


CONTACTS_BESIDE_THEIR_DETAILS = """Ostrey Borough Council - Scrutiny Committee

1.   The Committee is asked to note the inspection's findings.

REPORT AUTHOR                         CONTACT DETAILS
Lionel Ashcombe                       Tel:    01632 960 552
Youth Justice Service Manager         Email:  lionel.ashcombe@ostrey.example.gov.uk
"""

CONTACTS_BESIDE_THEIR_DETAILS_TABBED = """Ostrey Borough Council - Scrutiny Committee

1.   The Committee is asked to note the inspection's findings.

Contact officer:\t\t\tContact details:
Lionel Ashcombe\t\t\tTelephone 01632 960 552
Youth Justice Service Manager\t\tE-mail lionel.ashcombe@ostrey.example.gov.uk
"""


@pytest.mark.parametrize("text", [CONTACTS_BESIDE_THEIR_DETAILS, CONTACTS_BESIDE_THEIR_DETAILS_TABBED])
def test_a_contacts_post_under_the_name_beside_a_column_of_details(text: str) -> None:
    """The post on the line under the contact's name, a column of the contact's details beside both ('Tel:',
    'Email:'): the post is the left-hand cell."""
    roles = role_rows(load_text(text, "ostrey_scrutiny_report_2021.txt"))
    assert ("Lionel Ashcombe", "contact_officer", "Youth Justice Service Manager") in roles


@pytest.mark.parametrize("sentence", [
    "I want to thank the practitioners of the service, led by Lionel Ashcombe,\nand the members of the Board for their work.",
    "Our YOT, managed by Lionel Ashcombe, has kept its focus on the child\nthrough a difficult year."])
def test_the_services_head_in_a_participle_after_a_comma_is_its_staff_not_a_lead_inspector(sentence: str) -> None:
    """'the service, led by X,' (or 'Our YOT, managed by X,') in a plan's foreword names the service's head: its
    staff, no lead inspector, and the clause after the name's comma is no post."""
    text = f"OSTREY YOUTH JUSTICE PLAN 2023-24\n\nFOREWORD\n\nThe service was last inspected in 2019. {sentence}\n"
    roles = role_rows(load_text(text, "ostrey_youth_justice_plan_2023.txt"))
    assert ("Lionel Ashcombe", "staff", None) in roles
    assert not {row for row in roles if row[1] == "lead_inspector"}


FJI_MEMO_PADDED = """                                              HM Inspectorate of Probation

To:        Harriet Pemberley, Chair of the Ostrey Youth Offending Service
           Management Board

From:      Ingrid Solberg-Vance, Assistant Chief Inspector (Youth Justice)

Date:      18 June 2013

FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN OSTREY

The inspection was led by Maeve Tillotson, HM Inspector.
"""

FJI_MEMO_TABBED = """HM Inspectorate of Probation

TO:\tHarriet Pemberley, Chair, Ostrey Youth Offending Service Management Board
FROM:\tIngrid Solberg-Vance, Assistant Chief Inspector
DATE:\t18 June 2013

FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN OSTREY

The inspection was led by Maeve Tillotson, HM Inspector.
"""


@pytest.mark.parametrize("text", [FJI_MEMO_PADDED, FJI_MEMO_TABBED])
def test_a_memos_sender_with_a_post_after_the_name_is_its_author(text: str) -> None:
    """'From:  Jo Lee, Assistant Chief Inspector (Youth Justice)' over an inspection's memo: the sender is its author,
    with the post written after the name (a key post in brackets, '(Lead Inspector)', is read as that post)."""
    roles = role_rows(load_text(text, "ostrey_fji_2013.txt"))
    assert {row for row in roles if row[:2] == ("Ingrid Solberg-Vance", "author")}, roles


def test_the_inspection_of_the_service_led_by_an_inspector_is_no_participle_of_the_service() -> None:
    """The near miss: 'the inspection of the Youth Justice Service, led by HM Inspector X,' names the inspection's
    lead, not the service's head."""
    text = ("Ostrey Borough Council\n\nMINUTES OF THE CABINET\n\nThe Cabinet considered a report on the inspection of the "
            "Youth Justice Service, led by HM Inspector Maeve\nTillotson, which took place in May 2023.\n")
    rows = people_rows(load_text(text, "ostrey_cabinet_minutes_2023.txt"))
    assert ("Maeve Tillotson", "lead_inspector") in rows and ("Maeve Tillotson", "staff") not in rows


@pytest.mark.parametrize("block", [
    "Contact for enquiries about this report:\n   Maeve Tillotson, Scrutiny Support Officer\n"
    "   Democratic Services, Ostrey Civic Centre\n   tel 01632 960 127  -  maeve.tillotson@ostrey.example.gov.uk\n",
    "For further information please contact:\n\tMaeve Tillotson, Scrutiny Support Officer\n"
    "\tDemocratic Services, Town Hall, Ostrey\n\tTelephone: 01632 960 127\n"])
def test_a_contacts_address_set_in_under_the_name_is_no_part_of_the_post(block: str) -> None:
    """A contact opening its own line under the label, the department and address set in under it: the post is the
    name's line alone, and the department names the council."""
    text = f"Ostrey Borough Council\n\nReport to:  Scrutiny Committee\n\n1.   The Committee is asked to note the report.\n\n{block}"
    result = load_text(text, "ostrey_scrutiny_report_2013.txt")
    assert ("Maeve Tillotson", "contact_officer", "Scrutiny Support Officer") in role_rows(result)
    assert organisation_rows(result)[("Maeve Tillotson", "contact_officer")] == "Ostrey Council"


INITIALS_OF_THE_COUNCIL_IN_CAPITALS = """OSTREY BOROUGH COUNCIL

Report to:            CABINET

APPENDIX 2 - OSTREY YOUTH OFFENDING MANAGEMENT BOARD: MEMBERSHIP (MAY 2021)

  Name                          Organisation / post
  Harriet Pemberley (Chair)     Corporate Director, People, OBC
  Maeve Tillotson               Head of Education Inclusion, OBC
"""

INITIALS_OF_THE_COUNCIL_IN_PROSE = """Youth Justice Plan 2021-22

Corrowdale Metropolitan Borough Council hosts the service.

Board membership:

Name\tPost
Harriet Pemberley\tChair; Corporate Director, People, CMBC
Maeve Tillotson\tHead of Education Inclusion, CMBC
"""


@pytest.mark.parametrize(("text", "council"), [(INITIALS_OF_THE_COUNCIL_IN_CAPITALS, "Ostrey Council"),
                                               (INITIALS_OF_THE_COUNCIL_IN_PROSE, "Corrowdale Council")])
def test_a_members_post_ending_in_the_initials_of_a_body_the_document_names(text: str, council: str) -> None:
    """'Head of Education Inclusion, OBC': the initials of the body the document writes in full ('OSTREY BOROUGH
    COUNCIL' at its head, 'Corrowdale Metropolitan Borough Council' in its prose) are the member's body, no part of
    the post."""
    result = load_text(text, "ostrey_cabinet_report_2021.txt")
    assert ("Maeve Tillotson", "board_member", "Head of Education Inclusion") in role_rows(result)
    assert organisation_rows(result)[("Maeve Tillotson", "board_member")] == council


def test_the_forms_next_label_under_a_contact_names_no_department_of_theirs() -> None:
    """The near miss: 'Lead officer:  X, Director of Children's Services' over 'Report author:  Y, Head of Youth
    Offending Service': the line under the lead officer is the next label's, its service not the director's body."""
    text = ("Ostrey Borough Council\n\nReport to:  CABINET\n\nLead officer:        Harriet Pemberley, Director of Children's "
            "Services\nReport author:       Lionel Ashcombe, Head of Youth Offending Service\n"
            "                     Tel: 01632 770 418\n")
    assert organisation_rows(load_text(text, "ostrey_cabinet_report_2012.txt"))[
        ("Harriet Pemberley", "contact_officer")] == "Ostrey Council"
