"""Stop 38's copy lists and teams of reports and letters (batches b117-b120), in fixtures written for them, each
twice (the batch's layout and another author's): a copy list under a numbered section's heading, in groups under
each body's name, or written as one line parted by slashes; a team sentence whose parts are set apart by semicolons."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows

LETTER_HEAD = """HM Inspectorate of Probation

Ms Ottoline Brackwater
Director of Children's Services
Quenmere Borough Council

14 March 2014

Dear Ms Brackwater

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN QUENMERE

We examined 20 cases of children who had recently started a sentence with Quenmere Youth Offending Service.

Yours sincerely

Tobin Asquell
Assistant Chief Inspector (Youth Justice)

"""

COPIED = {("Cedric Pomfrey", "copy_to"), ("Isadora Fenwright", "copy_to"), ("Isadora Fenwright", "cabinet_member"),
          ("Perpetua Varley", "copy_to"), ("Wilhelmina Crouch", "copy_to")}


# --- a copy list under a numbered section's heading -------------------------------------------------------------------

NUMBERED_BOXED = LETTER_HEAD + """
7.  COPY LIST

   +-----------------------------------+-----------------------------------+
   | Chief Executive                   | Cedric Pomfrey                    |
   | Leader of the Council             | Cllr Isadora Fenwright            |
   | Head of Youth Offending Service   | Perpetua Varley                   |
   | YJB Head of Business Area         | Wilhelmina Crouch                 |
   +-----------------------------------+-----------------------------------+

Copies of this report are available from our website.
Yarnholm House, Station Road, is our address for all correspondence.
"""

NUMBERED_LEADERS = LETTER_HEAD + """
4.2 Distribution list

Chief Executive .................. Cedric Pomfrey
Leader of the Council ............ Cllr Isadora Fenwright
Head of Youth Offending Service .. Perpetua Varley
YJB Head of Business Area ........ Wilhelmina Crouch
"""


def test_a_copy_list_under_a_numbered_heading_is_read_and_ends_at_a_sentence() -> None:
    for text in (NUMBERED_BOXED, NUMBERED_LEADERS):
        rows = people_rows(load_text(text, "quenmere_fji_2014_03.txt"))
        assert COPIED <= rows, text
        assert not any(name.startswith("Yarnholm") for name, _ in rows)


# --- a copy list in groups under each body's name ---------------------------------------------------------------------

GROUPED_DASH = LETTER_HEAD + """- - - - - - - - - - - - - - - - - - - - - - - -

cc.   Quenmere BC            -  Cedric Pomfrey (Chief Executive);
                                Cllr Isadora Fenwright (Cabinet Member,
                                Children and Young People)
      Quenmere YOS           -  P. VARLEY (Head of Service)
      Eastholt Police        -  Divisional Commander, Quenmere
      Youth Justice Board    -  Wilhelmina Crouch
      Ofsted / CQC / HMIC    -  by e-mail

                                  -2-
"""

GROUPED_COLON = LETTER_HEAD + """Copies to:
  Quenmere Borough Council:  Cedric Pomfrey, Chief Executive
                             Councillor Isadora Fenwright, Cabinet Member for Children
  Youth Justice Board:       Wilhelmina Crouch
  Quenmere YOS:              Perpetua Varley, Head of Service
"""


def test_a_copy_list_in_groups_under_bodies_gives_each_person_the_body() -> None:
    for text in (GROUPED_DASH, GROUPED_COLON):
        result = load_text(text, "quenmere_sqs_2014_03.txt")
        rows, bodies = people_rows(result), organisation_rows(result)
        copied = {(name.replace("P. Varley", "Perpetua Varley"), relation) for name, relation in rows}
        assert COPIED <= copied, text
        assert bodies[("Wilhelmina Crouch", "copy_to")] == "Youth Justice Board"
        assert bodies[("Cedric Pomfrey", "copy_to")] == "Quenmere Council"  # as the council is named everywhere
        assert "Youth Offending Service" in next(body for (name, relation), body in bodies.items()
                                                 if name.endswith("Varley") and relation == "copy_to")


# --- a copy list written as one line parted by slashes ----------------------------------------------------------------

SLASHED = LETTER_HEAD + """Distribution: Mr C. Pomfrey (Chief Executive) / Cllr Isadora Fenwright (Leader of the Council) / Ms P. Varley (Head of YOS) / Eastholt Police / Ofsted, CQC, HMIC (for information)
"""

SLASHED_WRAPPED = LETTER_HEAD + """Copy list:  Cedric Pomfrey, Chief Executive / Councillor Isadora Fenwright,
Leader / Perpetua Varley, Head of the Youth Offending Service / Divisional Commander, Eastholt Police
"""


def test_a_copy_list_parted_by_slashes_names_each_entry() -> None:
    for text in (SLASHED, SLASHED_WRAPPED):
        rows = people_rows(load_text(text, "quenmere_sqs_2015_06.txt"))
        surnames = {(name.split()[-1], relation) for name, relation in rows}
        assert {("Pomfrey", "copy_to"), ("Fenwright", "copy_to"), ("Fenwright", "cabinet_member"),
                ("Varley", "copy_to")} <= surnames, text


# --- a team sentence parted by semicolons ------------------------------------------------------------------------------

TEAM_SEMICOLONS = LETTER_HEAD + """The inspection team comprised the lead inspector, Lucan Okonjo, HM Inspector;
Marisol Tredinnick and Quillon Abernethy, HM Inspectors; Saffron Pell, police
inspector (seconded); and Torvald Nye, Research Officer.
"""

TEAM_SEMICOLONS_OTHER = LETTER_HEAD + """The fieldwork team was made up of our lead inspector Lucan Okonjo; inspectors Marisol
Tredinnick and Quillon Abernethy; Saffron Pell from HMICFRS; and Torvald Nye (research).
"""


def test_a_lead_named_first_in_a_team_parted_by_semicolons_leads_no_one_after() -> None:
    for text in (TEAM_SEMICOLONS, TEAM_SEMICOLONS_OTHER):
        rows = people_rows(load_text(text, "quenmere_inspection_2021_05.txt"))
        assert ("Lucan Okonjo", "lead_inspector") in rows, text
        for member in ("Marisol Tredinnick", "Quillon Abernethy", "Saffron Pell", "Torvald Nye"):
            assert (member, "inspection_team") in rows, (member, text)
            assert (member, "lead_inspector") not in rows, (member, text)


# --- a report sent as a letter: its 'From:' above the report's title -----------------------------------------------

FROM_ABOVE_TITLE = """                                                   HM Inspectorate of Probation

To:        Ottoline Brackwater, Chair of the Quenmere Youth Offending Service
           Management Board

From:      Tobin Asquell, Assistant Chief Inspector (Youth Justice)

Date:      3 June 2013


FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN QUENMERE

The inspection was carried out in April 2013.
"""

FROM_TAB_ABOVE_TITLE = """HM Inspectorate of Probation
To:\tMs Ottoline Brackwater, Director of Children's Services
From:\tTobin Asquell, HM Assistant Chief Inspector

Full Joint Inspection of Youth Offending Work in Quenmere

The inspection was carried out in April 2013.
"""


def test_a_reports_letter_head_above_its_title_names_its_author() -> None:
    for text in (FROM_ABOVE_TITLE, FROM_TAB_ABOVE_TITLE):
        rows = people_rows(load_text(text, "quenmere_fji_2013_06.txt"))
        assert ("Tobin Asquell", "author") in rows, text


# --- the lead inspector by initial, vouched for by the inspectorate after the name ---------------------------------

LED_BY_INITIAL_OF = """QUENMERE BOROUGH COUNCIL
Children's Scrutiny Panel, 12 February 2014

1.1 The inspection team, led by C. Pomfrey of HM Inspectorate of
Probation, judged Quenmere Satisfactory for safeguarding.
"""

LED_BY_INITIAL_BRACKETED = """QUENMERE BOROUGH COUNCIL
Children's Scrutiny Panel, 12 February 2014

1.1 Inspectors, led by Ms C. Pomfrey (HMI Probation), visited the service in January.
"""


def test_a_lead_inspector_by_initial_is_read_where_the_inspectorate_follows() -> None:
    for text in (LED_BY_INITIAL_OF, LED_BY_INITIAL_BRACKETED):
        rows = people_rows(load_text(text, "quenmere_scrutinyreport_2014_02.txt"))
        assert any(name.endswith("Pomfrey") and relation == "lead_inspector" for name, relation in rows), text


# --- the service 'led by' its head is no inspection led ------------------------------------------------------------

SERVICE_LED_BY = """QUENMERE YOUTH JUSTICE SERVICE

Youth Justice Plan 2024 - 2025

1. FOREWORD

When HM Inspectorate of Probation last inspected us, in 2019, the service was rated 'Good' overall.
I want to thank the practitioners of the service, led by Gavin Fenwright,
and the members of the Board, for their commitment over the past year.
"""

YOS_LED_BY = """Quenmere Youth Justice Plan 2024-25

Foreword

HM Inspectorate of Probation last inspected the YOS in 2019. Our staff, led by Gavin Fenwright, have kept children at the centre of the work.
"""


def test_the_service_led_by_its_head_names_no_lead_inspector() -> None:
    for text in (SERVICE_LED_BY, YOS_LED_BY):
        rows = people_rows(load_text(text, "quenmere_youth_justice_plan_2024_06.txt"))
        assert ("Gavin Fenwright", "lead_inspector") not in rows, text
