"""Stop 37's reports' and letters' people (batches b113-b116), in fixtures written for them, each twice (the batch's
layout and another author's): a screening's team told in prose ('The screening team comprised ...', 'The team was led
by X, supported by Y and Z (inspectors)'), each member of a group in brackets holding its post."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows, role_rows

LETTER_HEAD = """HM Inspectorate of Probation
4th Floor, Example House

Ms Ottilie Carbrooke
Director of Children's Services
Winsleigh Borough Council

12 May 2011

Dear Ms Carbrooke

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN WINSLEIGH

"""

LETTER_FOOT = """
Yours sincerely

Cressida Pengwithen
HM Inspector of Probation
"""


# --- a screening's team told in prose ---------------------------------------------------------------------------------

TEAM_LED_BY = LETTER_HEAD + """Between 4 and 6 April 2011 a team from HM Inspectorate of Probation screened youth
offending work in Winsleigh. The team was led by Cressida Pengwithen, HM Inspector,
supported by Barnaby Tregellas and Oona Liddicoat (inspectors) and by one
local assessor.
""" + LETTER_FOOT

TEAM_COMPRISED = LETTER_HEAD + """We screened 30 cases of youth offending work in Winsleigh in April 2011.

The screening team comprised Cressida Pengwithen (Lead Inspector), Barnaby
Tregellas (Inspector) and Oona Liddicoat (Practice Assessor).
""" + LETTER_FOOT

TEAM_WAS_COLON = LETTER_HEAD + """We screened 30 cases of youth offending work in Winsleigh in April 2011.
""" + LETTER_FOOT + """
The screening team was: Cressida Pengwithen (lead inspector), Barnaby Tregellas
(inspector), and Oona Liddicoat (practice assessor).
"""


def test_a_screening_team_told_in_prose_names_each_member_and_the_lead() -> None:
    for text in (TEAM_LED_BY, TEAM_COMPRISED, TEAM_WAS_COLON):
        rows = people_rows(load_text(text, "winsleigh_sqs_letter_2011.txt"))
        assert {("Barnaby Tregellas", "inspection_team"), ("Oona Liddicoat", "inspection_team"),
                ("Cressida Pengwithen", "lead_inspector")} <= rows, text
        assert ("Cressida Pengwithen", "inspection_team") not in rows


def test_a_post_in_brackets_after_a_group_of_names_is_each_members() -> None:
    roles = role_rows(load_text(TEAM_LED_BY, "winsleigh_sqs_letter_2011.txt"))
    assert ("Barnaby Tregellas", "inspection_team", "inspector") in roles
    assert ("Oona Liddicoat", "inspection_team", "inspector") in roles


# --- copy lists: told in a sentence, labelled 'Copied to:', a row of two posts wrapped after a slash ------------------

REPORT_FOOT_SENT = """SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN WINSLEIGH

HM Inspectorate of Probation                                   March 2010

We visited the Winsleigh Youth Offending Team and examined 30 cases.

Copies of this report have been sent to Mr Ambrose Jolliffe, as Chair of
the Management Board; to Ms Perpetua Treloweth, Chief Executive, Winsleigh
Borough Council; to Councillor Lowenna Nankivell, Leader of the Council; to Supt
Caradoc Chenoweth, Ashbeck Police; to the Chief Executive of NHS Winsleigh;
and to the Youth Justice Board (Mr J Boscawen).
"""

LETTER_COPYING = LETTER_HEAD + """We screened 30 cases of youth offending work in Winsleigh in April 2011.

I am copying this letter to Councillor Lowenna Nankivell, Leader of the Council,
and to Mr Ambrose Jolliffe, Chair of the Winsleigh Youth Offending Service
Management Board; and to Supt Caradoc Chenoweth, Ashbeck Police.
""" + LETTER_FOOT


def test_those_a_sentence_copies_the_document_to_are_copied_in_their_posts() -> None:
    for text, name in ((REPORT_FOOT_SENT, "winsleigh_sqs_report_2010.txt"), (LETTER_COPYING, "winsleigh_sqs_letter_2011.txt")):
        result = load_text(text, name)
        rows = people_rows(result)
        assert {("Ambrose Jolliffe", "copy_to"), ("Ambrose Jolliffe", "board_chair"), ("Lowenna Nankivell", "copy_to"),
                ("Lowenna Nankivell", "cabinet_member"), ("Caradoc Chenoweth", "copy_to")} <= rows, text
        roles = role_rows(result)
        assert ("Caradoc Chenoweth", "copy_to", "Superintendent") in roles  # the rank, the force his body
        assert ("Ambrose Jolliffe", "copy_to", "Chair of the Management Board") in roles or text is LETTER_COPYING
    rows = people_rows(load_text(REPORT_FOOT_SENT, "winsleigh_sqs_report_2010.txt"))
    assert {("Perpetua Treloweth", "copy_to"), ("J Boscawen", "copy_to")} <= rows


COPIED_TO_ON_ITS_LINE = """WINSLEIGH BOROUGH COUNCIL
REPORT TO: CHILDREN'S SCRUTINY COMMITTEE

Report author:     Ambrose Jolliffe, Community Safety Manager

Copied to:         Perpetua Treloweth, Chief Executive
"""

COPIED_TO_OVER_ROWS = """WINSLEIGH BOROUGH COUNCIL
REPORT TO: CHILDREN'S SCRUTINY COMMITTEE

Report author:     Ambrose Jolliffe, Community Safety Manager

Copied to:
Perpetua Treloweth          Chief Executive
Cllr Lowenna Nankivell      Leader of the Council
"""


def test_a_list_labelled_copied_to_is_a_copy_list() -> None:
    for text in (COPIED_TO_ON_ITS_LINE, COPIED_TO_OVER_ROWS):
        rows = people_rows(load_text(text, "winsleigh_committee_report_2014.txt"))
        assert ("Perpetua Treloweth", "copy_to") in rows, text


SLASHED_POSTS_WRAPPED = LETTER_HEAD + "We screened 30 cases.\n" + LETTER_FOOT + """
Copy to:
Perpetua Treloweth        Chief Executive, Winsleigh Borough Council
Cllr L. Nankivell         Cabinet Member for Children and Young People /
                          Chair, YOS Management Board
"""

SLASHED_POSTS_ON_ONE_LINE = LETTER_HEAD + "We screened 30 cases.\n" + LETTER_FOOT + """
cc:
Perpetua Treloweth, Chief Executive, Winsleigh Borough Council
Cllr L. Nankivell, Cabinet Member (Children) / Chair, Winsleigh YOS Management Board
"""


def test_a_copy_row_of_two_posts_parted_by_a_slash_holds_each() -> None:
    for text in (SLASHED_POSTS_WRAPPED, SLASHED_POSTS_ON_ONE_LINE):
        result = load_text(text, "winsleigh_sqs_letter_2011.txt")
        rows = people_rows(result)
        assert {("L. Nankivell", "copy_to"), ("L. Nankivell", "cabinet_member"), ("L. Nankivell", "board_chair")} <= rows, text
        organisations = organisation_rows(result)
        assert organisations[("L. Nankivell", "copy_to")] == "Winsleigh Council"  # the first post's employer
        assert organisations[("L. Nankivell", "board_chair")] == "Winsleigh Youth Offending Service"


# --- a letter's signature and the chief inspector ---------------------------------------------------------------------

CHIEF_SIGNS_A_LETTER = """HM Inspectorate of Probation

Ms Ottilie Carbrooke
Chief Executive
Winsleigh Borough Council

Dear Ms Carbrooke,

FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN WINSLEIGH

I am writing to let you know the outcome of our Full Joint Inspection of youth offending work in Winsleigh.

Yours sincerely,

Ambrose Jolliffe
HM Chief Inspector of Probation
"""

CHIEF_SIGNS_FAITHFULLY = CHIEF_SIGNS_A_LETTER.replace("Yours sincerely,", "Yours faithfully").replace(
    "HM Chief Inspector of Probation", "Chief Inspector of Probation")


def test_the_chief_inspector_who_signs_a_letter_wrote_it() -> None:
    for text in (CHIEF_SIGNS_A_LETTER, CHIEF_SIGNS_FAITHFULLY):
        rows = people_rows(load_text(text, "winsleigh_fji_letter_2016.txt"))
        assert {("Ambrose Jolliffe", "author"), ("Ambrose Jolliffe", "chief_inspector")} <= rows, text


POLICE_CHIEF_MET = """An inspection of youth offending services in Winsleigh

HM Inspectorate of Probation, September 2021

Foreword

Overall, Winsleigh Youth Justice Service was rated as 'Good'.

Ambrose Jolliffe
HM Chief Inspector of Probation

Methodology

We held 14 meetings with partners, staff and managers, including with Councillor Lowenna
Nankivell and Chief Inspector Caradoc Chenoweth.
"""

POLICE_CHIEF_LED = POLICE_CHIEF_MET.replace(
    "including with Councillor Lowenna\nNankivell and Chief Inspector Caradoc Chenoweth.",
    "The out-of-court panel is chaired by Chief Inspector Caradoc Chenoweth, who\nattends the Board.")


def test_a_chief_inspector_by_rank_alone_is_no_chief_of_the_inspectorate_that_signs_in_full() -> None:
    for text in (POLICE_CHIEF_MET, POLICE_CHIEF_LED):
        rows = people_rows(load_text(text, "winsleigh_inspection_2021.txt"))
        assert ("Ambrose Jolliffe", "chief_inspector") in rows
        assert ("Caradoc Chenoweth", "chief_inspector") not in rows, text


# --- a letter's addressee: the body under the post ----------------------------------------------------------------------

ADDRESSED_TO_THE_SERVICE = LETTER_HEAD.replace(
    "Ms Ottilie Carbrooke\nDirector of Children's Services\nWinsleigh Borough Council",
    "Ms Ottilie Carbrooke\nHead of Youth Offending Service\nWinsleigh Youth Offending Service\nCrossways House") + "Text.\n" + LETTER_FOOT

ADDRESSED_TO_THE_MANAGER = LETTER_HEAD.replace(
    "Ms Ottilie Carbrooke\nDirector of Children's Services\nWinsleigh Borough Council",
    "Ms Ottilie Carbrooke\nHead of Service\nWinsleigh Youth Justice Service\n4 Mill Lane") + "Text.\n" + LETTER_FOOT


def test_the_body_under_an_addressees_post_is_theirs() -> None:
    for text, body in ((ADDRESSED_TO_THE_SERVICE, "Winsleigh Youth Offending Service"),
                       (ADDRESSED_TO_THE_MANAGER, "Winsleigh Youth Offending Service")):
        organisations = organisation_rows(load_text(text, "winsleigh_sqs_letter_2011.txt"))
        assert organisations[("Ottilie Carbrooke", "addressee")] == body, text


# --- a part of the work led by a member of the team ---------------------------------------------------------------------

TEAM_TABLE_THEN_A_PART_LED = """FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN WINSLEIGH

The inspection team

  Lead Inspector ......................... Cressida Pengwithen, HMI Probation
  Inspector .............................. Barnaby Tregellas, HMI Probation

Acknowledgements

We are grateful to all the staff of Winsleigh YOS. The case assessment work was led by
Barnaby Tregellas, with local assessors.
"""

TEAM_TABLE_THEN_AN_AUDIT_LED = TEAM_TABLE_THEN_A_PART_LED.replace(
    "The case assessment work was led by\nBarnaby Tregellas, with local assessors.",
    "The audit of case files was carried out in June; the data analysis was led by Barnaby Tregellas.")


def test_a_part_of_the_work_led_by_a_member_makes_no_lead_inspector() -> None:
    for text in (TEAM_TABLE_THEN_A_PART_LED, TEAM_TABLE_THEN_AN_AUDIT_LED):
        rows = people_rows(load_text(text, "winsleigh_fji_report_2013.txt"))
        assert ("Cressida Pengwithen", "lead_inspector") in rows
        assert ("Barnaby Tregellas", "inspection_team") in rows
        assert ("Barnaby Tregellas", "lead_inspector") not in rows, text


def test_a_body_named_in_two_languages_after_a_slash_is_no_second_post() -> None:
    from kg.loaders.roles import held_apart, organisation_for_role

    assert held_apart("Chief Inspector, Heddlu Dyffryn Ashbeck / Ashbeck Valley Police") == []
    assert organisation_for_role("Chief Inspector, Heddlu Dyffryn Ashbeck / Ashbeck Valley Police", "Ashbeck") \
        == "Ashbeck Valley Police"
    assert held_apart("Cabinet Member for Children / Chair, Ashbeck YOS Management Board") == [
        "Cabinet Member for Children", "Chair, Ashbeck YOS Management Board"]


RANKS_IN_A_COPY_TABLE = LETTER_HEAD + "We screened 30 cases.\n" + LETTER_FOOT + """
Copy to:
Cllr Lowenna Nankivell      Leader, Winsleigh Borough Council
Supt C. Chenoweth           Ashbeck Constabulary
"""

RANKS_IN_FULL_IN_A_COPY_TABLE = RANKS_IN_A_COPY_TABLE.replace("Supt C. Chenoweth     ", "Superintendent C. Chenoweth")


def test_an_officer_copied_by_rank_over_the_force_holds_the_rank() -> None:
    for text in (RANKS_IN_A_COPY_TABLE, RANKS_IN_FULL_IN_A_COPY_TABLE):
        result = load_text(text, "winsleigh_sqs_letter_2011.txt")
        assert ("C. Chenoweth", "copy_to", "Superintendent") in role_rows(result), text
        assert organisation_rows(result)[("C. Chenoweth", "copy_to")] == "Ashbeck Constabulary"
