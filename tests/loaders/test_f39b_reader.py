"""Stop 39's teams, addressees and copy lists of reports and letters (batches b129-b131), in fixtures written for them,
each twice (the batch's layout and another author's): a team table of two members a row, each 'Name, Body'; a memo's
header whose labels in capitals are padded from the names and posts, a post wrapped in its own column; a distribution
list under a bilingual label; a team sentence that says 'and by' for its next member; the Assistant Chief Inspector
'responsible for this inspection programme'; the head of the service set off by commas in a sentence that goes on; the
service's team named in a sentence, each post in brackets."""

from __future__ import annotations

import time

from kg.loaders import inspection_people, people_lists
from tests.conftest import load_text, organisation_rows, people_rows, role_rows

REPORT_HEAD = """FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN QUENMERE

The inspection took place in March 2014. We examined 40 cases.

"""

# --- a team table of two members a row, each 'Name, Body', under the label on the first row --------------------------

TEAM_PAIRS = REPORT_HEAD + """Appendix 2: Acknowledgements

Lead Inspector                 Lucan Okonjo, HMI Probation
Inspection Team                Marisol Tredinnick, HMI Probation       Quillon Abernethy, Care Quality Commission
                               Saffron Pell, HMI Constabulary           Torvald Nyebridge, Ofsted
                               Perpetua Varley, HMI Probation          Isadora Fenwright, Ofsted (learning and skills)
HMI Probation Support          Cedric Pomfrey, Support Services Officer

ISBN: 978-0-00-000000-0
"""

TEAM_PAIRS_TABBED = REPORT_HEAD + """Acknowledgements

Lead inspector:\tLucan Okonjo, HMI Probation
Team:\tMarisol Tredinnick, HMI Probation\tQuillon Abernethy, CQC
\tSaffron Pell, HMIC\tTorvald Nyebridge, OFSTED
\tPerpetua Varley, HMI Probation\tIsadora Fenwright, Ofsted

"""


def test_each_member_of_a_team_row_of_two_is_read_with_their_body() -> None:
    for text in (TEAM_PAIRS, TEAM_PAIRS_TABBED):
        result = load_text(text, "quenmere_fji_2014_06.txt")
        rows, bodies = people_rows(result), organisation_rows(result)
        for member in ("Marisol Tredinnick", "Quillon Abernethy", "Saffron Pell", "Torvald Nyebridge",
                       "Perpetua Varley", "Isadora Fenwright"):
            assert (member, "inspection_team") in rows, (member, text)
        assert bodies[("Torvald Nyebridge", "inspection_team")] == "Ofsted", text
        assert bodies[("Isadora Fenwright", "inspection_team")] == "Ofsted", text


# --- a memo's header: labels in capitals padded from the names, each post in its own column, wrapped there ------------

SQS_BODY = """
Dear Mr Brackwater and Ms Varley

The inspection fieldwork was undertaken in August 2016 as part of our programme of Short Quality Screening (SQS).

Yours sincerely

Tobin Asquell
Assistant Chief Inspector
"""

FAO_PADDED = """SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN QUENMERE


FAO        Osric Brackwater                Chair, Quenmere Youth Justice Service
                                           Management Board, and Corporate Director
                                           (Social Services and Housing)
           Perpetua Varley                 Head of Youth Justice Service

FROM       Tobin Asquell                   Assistant Chief Inspector (Youth Justice)

DATE       21 September 2016

CC         Distribution list overleaf
""" + SQS_BODY

TO_PADDED = """SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN QUENMERE

TO      Perpetua Varley          Head of Youth Offending Service
        Osric Brackwater         Director of Children's Services and
                                 Chair, Quenmere YOS Management Board
FROM    Tobin Asquell            Assistant Chief Inspector
""" + SQS_BODY


def test_a_memo_header_of_padded_capitals_names_each_addressee_with_the_post_wrapped_in_its_column() -> None:
    for text in (FAO_PADDED, TO_PADDED):
        result = load_text(text, "quenmere_sqs_letter_2016_09.txt")
        rows = people_rows(result)
        assert {("Osric Brackwater", "addressee"), ("Perpetua Varley", "addressee"), ("Osric Brackwater", "board_chair"),
                ("Tobin Asquell", "author")} <= rows, text
        roles = {role for name, relation, role in role_rows(result) if name == "Osric Brackwater" and relation == "addressee"}
        assert any("Management Board" in (role or "") for role in roles), (roles, text)
        assert not any(name.startswith(("Management", "Chair")) for name, _ in rows), text


def test_a_padded_label_in_capitals_runs_in_linear_time() -> None:
    start = time.perf_counter()
    assert people_lists.PADDED_LABEL_RE.match("FAO" + " " * 100_000) is None
    assert time.perf_counter() - start < 0.5


# --- a distribution list under a bilingual label ---------------------------------------------------------------------

DISTRIBUTED_LEADERS = FAO_PADDED + """
DISTRIBUTION / DOSBARTHU

Cedric Pomfrey ........................ Chief Executive, Quenmere County Borough Council
Cllr Isadora Fenwright ................ Leader of the Council
(vacant) .............................. Director of Education
Wilhelmina Crouch ..................... Head of Operations, Youth Justice Board Cymru
Estyn ................................. Link inspector for Quenmere

Note: Copies of the SQS criteria are available from the HMI Probation website.
"""

CIRCULATED_COLUMNS = TO_PADDED + """
Circulation list / Rhestr ddosbarthu

Chief Executive              Cedric Pomfrey
Leader of the Council        Cllr Isadora Fenwright
YJB Cymru                    Wilhelmina Crouch
"""


def test_a_distribution_list_under_a_bilingual_label_copies_each_person() -> None:
    for text in (DISTRIBUTED_LEADERS, CIRCULATED_COLUMNS):
        rows = people_rows(load_text(text, "quenmere_sqs_letter_2016_09.txt"))
        assert {("Cedric Pomfrey", "copy_to"), ("Isadora Fenwright", "copy_to"), ("Isadora Fenwright", "cabinet_member"),
                ("Wilhelmina Crouch", "copy_to")} <= rows, text
        assert not any(name.startswith(("Estyn", "Vacant")) for name, _ in rows), text


def test_a_distribution_label_runs_in_linear_time() -> None:
    start = time.perf_counter()
    assert people_lists.COPY_LABEL_RE.search("DISTRIBUTION" + " " * 100_000 + "x") is None
    assert time.perf_counter() - start < 0.5


# --- a team sentence that says 'and by' for its next member ----------------------------------------------------------

AND_BY_LOCAL_ASSESSOR = FAO_PADDED + """
The inspection was led by Lucan Okonjo, HM Inspector,
who was supported by Marisol Tredinnick, Inspector, and by Saffron Pell, a local
assessor. Any questions should be directed to the lead inspector.
"""

AND_BY_POLICE_ADVISER = TO_PADDED + """
The screening was led by HM Inspector Lucan Okonjo and assisted by Marisol Tredinnick, HM Inspector, and by
Saffron Pell (police adviser).
"""


def test_each_member_after_and_by_in_a_team_sentence_is_one_of_the_team() -> None:
    for text in (AND_BY_LOCAL_ASSESSOR, AND_BY_POLICE_ADVISER):
        result = load_text(text, "quenmere_sqs_letter_2016_09.txt")
        rows = people_rows(result)
        assert {("Marisol Tredinnick", "inspection_team"), ("Saffron Pell", "inspection_team")} <= rows, text
        assert ("Saffron Pell", "other") not in rows, text
        assert ("Marisol Tredinnick", "inspection_team", "Inspector") in {
            (name, relation, (role or "").replace("HM ", "")) for name, relation, role in role_rows(result)}, text


# --- the Assistant Chief Inspector responsible for the inspection programme ------------------------------------------

STANDARDS_HEAD = """Inspection of youth offending services in Quenmere
HM Inspectorate of Probation
OCTOBER 2021

This inspection was led by HM Inspector Lucan Okonjo, supported by a
team of inspectors. The Assistant Chief Inspector responsible for this inspection programme is
Tobin Asquell.

"""

STANDARDS_HEAD_OTHER = """Inspection of youth offending services in Quenmere
HM Inspectorate of Probation
OCTOBER 2021

Our lead inspector was Lucan Okonjo. The Assistant Chief Inspector responsible for the programme is Tobin Asquell, who
quality assured the report.

"""


def test_the_assistant_chief_inspector_responsible_for_the_programme_heads_the_inspections() -> None:
    for text in (STANDARDS_HEAD, STANDARDS_HEAD_OTHER):
        rows = people_rows(load_text(text, "quenmere_inspection_2021_10.txt"))
        assert ("Tobin Asquell", "head_of_inspections") in rows, text


# --- the head of the service set off by commas in a sentence that goes on ----------------------------------------------

CABINET_REPORT = """QUENMERE COUNCIL
CABINET - 14 JULY 2022

Report of:        Osric Brackwater, Director of Children's Services

1.   PURPOSE

1.1  To report the outcome of the inspection of Quenmere Youth Justice Service.

6.   IMPROVEMENT PLAN

"""

HEAD_IS_LEAD = CABINET_REPORT + """6.1  The plan is owned by the Management Board. Perpetua Varley, Head of
     Youth Justice Service, is the lead officer and will attend Cabinet to present this report.
"""

HEAD_HAS_LED = CABINET_REPORT + """6.1  Perpetua Varley, Head of Youth Offending Service, has led the service since 2019 and reports to the
     Board each quarter.
"""


def test_the_head_of_the_service_set_off_in_a_sentence_is_its_staff() -> None:
    for text in (HEAD_IS_LEAD, HEAD_HAS_LED):
        rows = people_rows(load_text(text, "quenmere_cabinet_report_2022_07.txt"))
        assert ("Perpetua Varley", "staff") in rows, text


def test_the_head_of_the_service_before_a_comma_runs_in_linear_time() -> None:
    start = time.perf_counter()
    assert inspection_people.SERVICE_POST_RE.search("head of youth justice services" + " " * 100_000 + ",") is None
    assert time.perf_counter() - start < 0.5


# --- the service's team named in a sentence, each post in brackets ---------------------------------------------------

PLAN_HEAD = """Q U E N M E R E   Y O U T H   J U S T I C E   P L A N

2023 - 2024

4  GOVERNANCE

"""

TEAM_LED_BY = PLAN_HEAD + """The service's operational management team is
led by Perpetua Varley (Operational Manager, Court and Custody), with Cedric Pomfrey
(Practice Manager, Prevention and Diversion) and Wilhelmina Crouch (Performance and Information
Officer).
"""

TEAM_COMPRISES = PLAN_HEAD + """The YJS leadership team comprises Perpetua Varley (Operational Manager), Cedric Pomfrey (Practice
Manager) and Wilhelmina Crouch (Information Officer); the Board meets every quarter in the Civic Centre (Room 2).
"""


def test_the_services_team_named_in_a_sentence_is_its_staff_with_each_post() -> None:
    for text in (TEAM_LED_BY, TEAM_COMPRISES):
        result = load_text(text, "quenmere_youth_justice_plan_2023_08.txt")
        rows = people_rows(result)
        for member in ("Perpetua Varley", "Cedric Pomfrey", "Wilhelmina Crouch"):
            assert (member, "staff") in rows, (member, text)
        assert ("Cedric Pomfrey", "staff", "Practice Manager, Prevention and Diversion") in role_rows(result) \
            or text is TEAM_COMPRISES
        assert not any(name.startswith("Civic") for name, _ in rows), text


def test_the_services_team_sentence_runs_in_linear_time() -> None:
    start = time.perf_counter()
    assert inspection_people.SERVICE_TEAM_RE.search("the service's " * 8_000) is None
    assert inspection_people.SERVICE_TEAM_RE.search("our " + "a " * 50_000) is None
    assert time.perf_counter() - start < 0.5


TO_WRAPPED_UNDER_NAME = """HM Inspectorate of Probation

To:           Osric Brackwater  Corporate Director of People, Quenmere Council
              and Chair of Quenmere Youth Offending Team Management Board
Copy to:      See distribution at end
From:         Tobin Asquell  Assistant Chief Inspector (Youth Justice)

Report of Short Quality Screening (SQS) of youth offending work in Quenmere
"""

TO_WRAPPED_UNDER_NAME_TABBED = """HM Inspectorate of Probation

TO      Osric Brackwater  Director of Children's Services, Quenmere Council
        and Chair, Quenmere YOS Management Board
FROM    Tobin Asquell  Assistant Chief Inspector

Report of Short Quality Screening (SQS) of youth offending work in Quenmere
"""


def test_a_post_beside_the_name_wrapped_under_the_name_is_read_whole() -> None:
    for text in (TO_WRAPPED_UNDER_NAME, TO_WRAPPED_UNDER_NAME_TABBED):
        roles = {role for name, relation, role in role_rows(load_text(text, "quenmere_sqs_letter_2013_03.txt"))
                 if name == "Osric Brackwater" and relation == "addressee"}
        assert any("Management Board" in (role or "") for role in roles), (roles, text)
