"""Layouts of a blind batch (a bilingual screening letter, scrutiny, board and panel minutes, a register, a press
release), each in a small fictional fixture: a letter's header labels in two languages with the addressee's post
wrapped under its column, a bilingual copy list in dot leaders, a committee's 'Present:' list of bare surnames, an
initials table whose initials are no rank and quote a member by a middle name's letter, a deputy named after a dash,
a register surname first with its title in brackets, a lead inspector 'who led the inspection', judgements after dot
leaders."""

from __future__ import annotations

from tests.conftest import load_text, role_rows

BILINGUAL_LETTER = """\
At / To:\t\tMorwen Catterall, Chair of Exampleton Youth Justice Service
\t\t\tManagement Board and Corporate Director (Social Services)
Copi at / Copy to:\tSee copy list at end
Oddi wrth / From:\tDafydd Brierley, Assistant Chief Inspector (Youth Justice)

Report of Short Quality Screening (SQS) of youth offending work in Exampleton

We examined 12 cases supervised by Exampleton Youth Justice Service.

Please contact the Lead Inspector, Ceri Wendover, if you have any queries.

COPY LIST / RHESTR COPÏAU

Leader of the Council ........................ Cllr Idris Mawdsley
Chair, Children & Young People Scrutiny
  Committee .................................. Cllr Nesta Hallwood
Local Police Commander ....................... Chief Supt Owain Rathbone
Welsh Government, Community Safety Division .. Youth Justice Branch
Media Relations .............................. HMI Probation press office
"""


def test_a_letters_labels_in_two_languages_give_its_addressee_author_and_copy_list() -> None:
    result = load_text(BILINGUAL_LETTER, "sqs.txt")
    rows = role_rows(result)
    # the addressee's post wraps under the value's column (tabs set every eight): both posts are hers
    assert ("Morwen Catterall", "board_chair", "Chair of Exampleton Youth Justice Service Management Board") in rows
    assert ("Morwen Catterall", "other", "Corporate Director (Social Services)") in rows
    assert ("Dafydd Brierley", "author", "Assistant Chief Inspector (Youth Justice)") in rows
    assert ("Idris Mawdsley", "cabinet_member", "Leader of the Council") in rows
    # a post wrapped over the copied name's line is one post, and a copied scrutiny chair chairs the panel
    assert ("Nesta Hallwood", "panel_chair", "Chair, Children & Young People Scrutiny Committee") in rows
    people = {name for name, _, _ in rows}
    assert not people & {"Media Relations", "Welsh Government"}  # posts copied to no one by name
    assert not any(relation == "staff" for _, relation, _ in rows)  # a letter, not a staff page


def test_a_local_police_commander_names_no_force() -> None:
    from kg.loaders.roles import organisation_for_role

    assert organisation_for_role("Local Police Commander", "Exampleton") is None
    assert organisation_for_role("Area Commander, Exampleton Police", "Exampleton") == "Exampleton Police"


SCRUTINY_MINUTES = """\
EXAMPLETON COUNTY BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

COFNODION / MINUTES of the meeting held in Committee Room 2 on Thursday 19 January 2017

YN BRESENNOL / PRESENT:   GARNWELL (in the Chair); Bowditch-Hale, Corrigan,
Fenlow, Maddern and Tresham.

Also present: Bryony Askwith, Head of Youth Justice Service.

   1   DECLARATIONS OF INTEREST

Cllr Fenlow declared a personal interest in item 4 as a volunteer panel member and remained in the meeting. Mr
Lathbury declared a personal interest as a governor of Ysgol Bro Enfys.

   2   YOUTH JUSTICE

Cllr Corrigan asked about the waiting list. BA said that a second worker had been appointed.
"""


def test_a_present_list_of_bare_surnames_is_the_committees_councillors() -> None:
    rows = role_rows(load_text(SCRUTINY_MINUTES, "scrutiny.txt"))
    for surname in ("Bowditch-Hale", "Corrigan", "Fenlow", "Maddern", "Tresham"):
        assert (surname, "present_at_meeting", None) in rows
    assert ("Garnwell", "panel_chair", "Chair") in rows  # in capitals, '(in the Chair)'


def test_a_declaration_whose_subject_began_on_the_line_above_and_initials_quoted_in_council_minutes() -> None:
    rows = {(name, relation) for name, relation, _ in role_rows(load_text(SCRUTINY_MINUTES, "scrutiny.txt"))}
    assert ("Lathbury", "declared_interest") in rows  # 'Mr' / 'Lathbury declared ...'
    assert ("Bryony Askwith", "quoted") in rows  # 'BA said that'


BOARD_MINUTES = """\
Exampleton Youth Justice Service Management Board

Minutes                 Wednesday 13 June 2018, 2.00pm

ATTENDANCE

Initials\tName\t\t\tAgency / post
RF\tRowena Farrant\t\tCorporate Director (Social Services) - Chair
DC\tDelyth Corran\t\tHead of Business Area, YJB Cymru (observer)
PSM\tCllr Pryce Mostyn\tCabinet Member, Children & Young People
SV\tSioned Vane\t\tChief Superintendent, Exampleton Police

Apologies:  Bethan Ormerod (Chief Executive); Aled Trevine, Exampleton Community Rehabilitation
Company - Tudur Penhale attended in his place.

1. Youth Justice Plan
PSM said Cabinet would consider the plan in July.
"""


def test_initials_before_a_name_are_no_rank_and_quote_by_the_letters_written() -> None:
    result = load_text(BOARD_MINUTES, "board.txt")
    rows = {(name, relation) for name, relation, _ in role_rows(result)}
    assert ("Pryce Mostyn", "quoted") in rows  # 'PSM<TAB>Cllr Pryce Mostyn': a middle name's letter the list keeps
    from kg.loaders import attendance

    sections = attendance.sections(BOARD_MINUTES)
    corran = next(a for section in sections for a in section.attendees if a.name.name == "Delyth Corran")
    assert not attendance._police_officer(BOARD_MINUTES, corran.name)  # 'DC<TAB>Delyth Corran': initials, no rank


def test_a_deputy_named_after_a_dash_is_the_one_who_came_for_the_members_body() -> None:
    rows = {(name, relation) for name, relation, _ in role_rows(load_text(BOARD_MINUTES, "board.txt"))}
    assert ("Tudur Penhale", "present_at_meeting") in rows
    assert ("Tudur Penhale", "standing_deputy") in rows
    assert ("Aled Trevine", "apologies") in rows
    assert ("Aled Trevine", "present_at_meeting") not in rows


REGISTER = """\
EXAMPLETON YOUTH OFFENDING TEAM MANAGEMENT BOARD

Notes of meeting: 11 February 2014, 9.30am

Register of attendance (surname, forename - post - agency)

HALLIWELL, Bronwen .... Director of Children's Services, Exampleton
                        Council (Chair)
KETTLEWELL, Joanne . Superintendent, Exampleton Police
OKONJO-BRAMLEY, Lena .. Assistant Chief Officer, Kent Wolds and Exampleton
                        Probation Trust
MASSEY, Terence (Cllr)  Cabinet Member - Children and Young People
PARTRIDGE, Lorna ...... Democratic Services Officer (notes)

1  Introductions
   The Chair welcomed members.
"""


def test_a_register_surname_first_with_a_title_in_brackets_a_one_dot_leader_and_a_wrapped_body() -> None:
    rows = role_rows(load_text(REGISTER, "register.txt"))
    people = {name for name, _, _ in rows}
    assert {"Joanne Kettlewell", "Terence Massey", "Lena Okonjo-Bramley"} <= people
    assert ("Terence Massey", "cabinet_member", "Cabinet Member - Children and Young People") in rows
    result = load_text(REGISTER, "register.txt")
    orgs = {s.entity: s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    names = {s.entity: s.value for s in result.statements if s.schema == "Person" and s.prop == "name"}
    involvement: dict[str, dict[str, str]] = {}
    for s in result.statements:
        if s.schema == "Involvement" and s.prop in ("person", "organisation"):
            involvement.setdefault(s.entity, {})[s.prop] = s.value
    bodies = {(names[row["person"]], orgs[row["organisation"]]) for row in involvement.values()
              if "organisation" in row and row["organisation"] in orgs}
    assert ("Lena Okonjo-Bramley", "Kent Wolds and Exampleton Probation Trust") in bodies  # not 'Probation Trust'
    assert ("Lorna Partridge", "Exampleton Council") in bodies  # democratic services are the council's


PRESS_RELEASE = """\
PRESS RELEASE

EXAMPLETON YOUTH OFFENDING WORK: "SOLID FOUNDATIONS" SAYS CHIEF INSPECTOR

Youth offending work in Exampleton was making a real difference, said Rosalind Penmarch, HM Chief Inspector of
Probation, publishing the report of a Full Joint Inspection of the Exampleton Youth Offending Team (YOT) today.

Inspectors judged the YOT's work as follows:

    Reducing the likelihood of reoffending ............ Satisfactory
    Protecting the public ............................. Unsatisfactory
    Ensuring the sentence is served ................... Good

Gareth Stanier, who led the inspection, added: "We met committed case managers."
"""


def test_a_release_names_its_lead_who_led_the_inspection_and_judgements_after_dot_leaders() -> None:
    result = load_text(PRESS_RELEASE, "release.txt")
    assert ("Gareth Stanier", "lead_inspector") in {(name, relation) for name, relation, _ in role_rows(result)}
    scopes = {s.entity: s.value for s in result.statements if s.schema == "Rating" and s.prop == "scope"}
    ratings = {(scopes[s.entity], s.value) for s in result.statements if s.schema == "Rating" and s.prop == "rating"
               and s.entity in scopes}
    assert ("Protecting the public", "Unsatisfactory") in ratings
    assert ("Ensuring that the sentence is served", "Good") in ratings


PANEL_MINUTES = """\
                     EXAMPLETON COUNCIL

        CHILDREN'S SERVICES SCRUTINY PANEL - MINUTES

Tuesday 15 January 2013 at 6.30 pm, Council Chamber

MEMBERS PRESENT
Cllr P. A. Ormsby (Chair)
Cllr K. Shalcross (standing deputy
  for Cllr R. Brannigan)
Cllr J. Tamblyn

36. APOLOGIES

Apologies were received from Councillor Brannigan.
"""


def test_a_standing_deputys_bracket_wrapped_under_the_name() -> None:
    rows = {(name, relation) for name, relation, _ in role_rows(load_text(PANEL_MINUTES, "panel.txt"))}
    assert ("K Shalcross", "standing_deputy") in rows or ("K. Shalcross", "standing_deputy") in rows


def test_fieldwork_that_took_place_over_two_months_starts_in_the_first() -> None:
    from kg.dates import fieldwork_dates

    found = fieldwork_dates("Fieldwork took place in August and September\n2012.")
    assert found is not None and found[0][0] == "2012-08"


WRAPPED_BY_TABS = """\
Exampleton Youth Justice Service Management Board

Minutes                 Wednesday 13 June 2018, 2.00pm

ATTENDANCE

Initials\tName\t\t\tAgency / post
RF\tRowena Farrant\t\tCorporate Director (Social Services) - Chair
TD\tTomos Dyfrig\t\tSenior Probation Officer, National Probation
\t\t\t\tService Cymru
KS\tKeri Sandford\t\tConsultant Clinical Psychologist, Bwrdd Iechyd
\t\t\t\tPrifysgol Cwm Enfys

1. Welcome
RF welcomed members.
"""


def test_a_cell_wrapped_under_its_column_by_tabs_is_one_body_a_welsh_health_board_too() -> None:
    result = load_text(WRAPPED_BY_TABS, "board.txt")
    orgs = {s.entity: s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    names = {s.entity: s.value for s in result.statements if s.schema == "Person" and s.prop == "name"}
    involvement: dict[str, dict[str, str]] = {}
    for s in result.statements:
        if s.schema == "Involvement" and s.prop in ("person", "organisation"):
            involvement.setdefault(s.entity, {})[s.prop] = s.value
    bodies = {(names[row["person"]], orgs[row["organisation"]]) for row in involvement.values()
              if "organisation" in row and row["organisation"] in orgs}
    assert ("Tomos Dyfrig", "National Probation Service Cymru") in bodies
    assert ("Keri Sandford", "Bwrdd Iechyd Prifysgol Cwm Enfys") in bodies
