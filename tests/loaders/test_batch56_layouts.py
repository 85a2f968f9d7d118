"""Layouts of the 56th blind batch (u353-u360), each in a small fictional fixture: a team annex whose heading joins
its other subject by a slash or 'and' ('Annexe 1 - Methodology / inspection team'); an older inspection's scores
with dot leaders and the judgement under the work's explanation in brackets; the scores told in minutes as 'scored X
at 58% (substantial improvement required)'."""

from __future__ import annotations

import signal

import pytest

from tests.conftest import load_text, people_rows, rating_rows, role_rows


def _ratings(text: str, name: str = "fixture.txt") -> set[tuple[str, str]]:
    return rating_rows(load_text(text, name))


REPORT = """An inspection of youth offending services in
Westmere
HM Inspectorate of Probation

Foreword

The service is rated Good overall.

{heading}

Jo Castle                   HM Inspector (lead)
Ravi Denholm                HM Inspector
Tess Ambler                 Local assessor
Dr Nia Prothero             Health inspector, Care Quality Commission
Kevin Marsh                 Head of Youth Offending Team Inspections
Edmund Fairley              HM Chief Inspector of Probation
"""


@pytest.mark.parametrize("heading", ["Annexe 1 - Methodology / inspection team",
                                     "Appendix 2: Methodology and the inspection team",
                                     "ANNEXE 3 – METHODOLOGY & INSPECTION TEAM"])
def test_a_team_annex_heading_joined_to_another_subject(heading: str) -> None:
    rows = {(n.lower(), r) for n, r in people_rows(load_text(REPORT.format(heading=heading),
                                                             "westmere_inspection_2019.txt"))}
    assert {("jo castle", "lead_inspector"), ("ravi denholm", "inspection_team"), ("tess ambler", "inspection_team"),
            ("nia prothero", "inspection_team"), ("kevin marsh", "inspection_team")} <= rows
    assert ("edmund fairley", "inspection_team") not in rows  # the chief inspector is over the team, not of it


FJI_SCORES = """Full Joint Inspection of Youth Offending Work in Westmere

SCORING SUMMARY

Safeguarding work ............................................ 58%
    (action to protect the young person)
    Substantial improvement required

Risk of Harm to others work .................................. 61%
    (action to protect the public)
    Moderate improvement required

Likelihood of Reoffending work:   72%
    Minimum improvement required
"""


def test_scores_with_leaders_and_the_judgement_under_the_explanation() -> None:
    found = _ratings(FJI_SCORES, "westmere_fji_report_2010.txt")
    assert {("Safeguarding work", "Substantial improvement required"),
            ("Risk of Harm to others work", "Moderate improvement required"),
            ("Likelihood of Reoffending work", "Minimum improvement required")} <= found


MINUTES = """WESTMERE BOROUGH COUNCIL
Minutes of the Children's Scrutiny Panel held on 19 January 2011

The Head of Youth Offending Service explained that the inspectors had scored Safeguarding work
at 58% (substantial improvement required), Risk of Harm to others work at 61% (moderate
improvement required) and Likelihood of Reoffending work at 72% - minimum improvement required.
"""


def test_scores_told_in_minutes_with_the_judgement_in_brackets() -> None:
    found = _ratings(MINUTES, "westmere_scrutiny_minutes_2011.txt")
    assert {("Safeguarding work", "Substantial improvement required"),
            ("Risk of Harm to others work", "Moderate improvement required"),
            ("Likelihood of Reoffending work", "Minimum improvement required")} <= found


GRID = """WESTMERE BOROUGH COUNCIL
CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL
Minutes of a meeting of the Scrutiny Panel held on 19 January 2011.

Members present:

  {a}, Derek (Chairman)          {b}, Tom
  {c}, Eileen (Vice-Chairman)    {d}, Gareth (substitute for
  {e}, Rashid                      Councillor Drewett)
  {f}, Alan                      {g}, Joyce

Also present:   Councillor Maureen Tapsell

31.  APOLOGIES FOR ABSENCE
"""


@pytest.mark.parametrize("surnames", [("FANSHAWE", "IBBOTSON", "MARCHANT", "LOXLEY", "HANLEY", "SEDDON", "WINSTANLEY"),
                                      ("Fanshawe", "Ibbotson", "Marchant", "Loxley", "Hanley", "Seddon", "Winstanley")])
def test_members_surname_first_in_two_columns_under_a_heading_alone(surnames: tuple[str, ...]) -> None:
    text = GRID.format(**dict(zip("abcdefg", surnames, strict=True)))
    rows = {(n.lower(), r) for n, r in people_rows(load_text(text, "westmere_scrutiny_minutes_2011.txt"))}
    assert {("derek fanshawe", "panel_chair"), ("eileen marchant", "panel_vice_chair"), ("tom ibbotson", "present_at_meeting"),
            ("gareth loxley", "present_at_meeting"), ("rashid hanley", "present_at_meeting"),
            ("alan seddon", "present_at_meeting"), ("joyce winstanley", "present_at_meeting")} <= rows


INITIALS_GRID = """WESTMERE DISTRICT COUNCIL

OVERVIEW AND SCRUTINY COMMITTEE

Minutes of the meeting held on 4 March 2013

PRESENT:

BLOGGS, Mr J. (Chair)                HADDOW, Mrs J. (Vice-Chair)
OKAFOR, Mrs R.                       PICKERS, Mr T.

1. APOLOGIES

None.
"""


def test_a_surname_first_grid_of_titles_and_initials_is_read_to_its_end() -> None:
    """A right column whose first line opens no entry ('HADDOW, Mrs J.') is passed: it was read again and again."""
    def hung(signum: int, frame: object) -> None:
        raise TimeoutError("the list's right column was read again and again")
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        result = load_text(INITIALS_GRID, "westmere_scrutiny_minutes_2013.txt")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert result.statements


PLAN = """Westmere Youth Justice Plan 2023-24

3  GOVERNANCE

The Youth Justice Partnership Board meets quarterly at Westmere Town
Hall. Its membership at April 2023 was:

 Name                      Organisation                      Role on board
 ------------------------  --------------------------------  ------------------
 Colin Ravel               Westmere MBC                      Chair
 Nadia Threll              Westmere Youth Justice Service    Head of Service
 Ch Supt Alan Merrow       Westmere Police                   District Commander

5  PRIORITIES

Nadia Threll, Head of Service, said: "Our children tell us they want
to be seen as children first."
"""


def test_a_plan_quotes_a_member_its_membership_table_lists() -> None:
    rows = {(n.lower(), r) for n, r in people_rows(load_text(PLAN, "westmere_youth_justice_plan_2023.txt"))}
    assert ("nadia threll", "quoted") in rows


def test_a_member_who_replied_is_quoted() -> None:
    minutes = """WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD
Minutes of the meeting held on 15 June 2010

PRESENT
Priya Lambert         Director of Children's Services (Chair)
Adam Wells            Head of Youth Offending Service

1.  INSPECTION
    Adam Wells asked whether members would be interviewed. Priya Lambert replied that the inspectors
    normally met the Chair of the Board.
"""
    rows = {(n.lower(), r) for n, r in people_rows(load_text(minutes, "westmere_board_minutes_2010.txt"))}
    assert ("priya lambert", "quoted") in rows


def test_initials_that_replied_are_quoted() -> None:
    minutes = """WESTMERE YOUTH OFFENDING SERVICE
MANAGEMENT BOARD
Minutes of the meeting held on Tuesday 15 June 2010

ATTENDANCE

PL      Priya Lambert           Director of Children's Services (Chair)
MT      Cllr Maura Tapp         Cabinet Member for Children and Young People

1.  INSPECTION

    MT asked whether elected members would be interviewed. PL replied
    that the inspectors normally met the Lead Member.
"""
    rows = {(n.lower(), r) for n, r in people_rows(load_text(minutes, "westmere_board_minutes_2010.txt"))}
    assert ("priya lambert", "quoted") in rows


CABINET = """WESTMERE METROPOLITAN BOROUGH COUNCIL

                                   CABINET

                    Wednesday, 11th December, 2019 at 10.00 am

Present: Councillor Terence Holt (Leader of the Council) in the Chair;
Councillors Ruth Ains (Deputy Leader and Cabinet Member for Finance and
Resources), Yasmin Faro (Cabinet Member for Children's Services), Sajid
Kerr (Cabinet Member for Adult Social Care and Health) and Dennis
Whitcombe (Cabinet Member for Communities and Neighbourhoods).

Also present: Councillor Barry Nutt (Leader of the Main Opposition Group).

CAB/72  APOLOGIES
"""


def test_a_present_line_ending_in_a_semicolon_runs_on_to_the_councillors() -> None:
    rows = role_rows(load_text(CABINET, "westmere_cabinet_minutes_2019.txt"))
    assert {("Dennis Whitcombe", "cabinet_member"), ("Dennis Whitcombe", "present_at_meeting")} <= {r[:2] for r in rows}
    assert ("Ruth Ains", "cabinet_member", "Deputy Leader and Cabinet Member for Finance and Resources") in rows
    assert ("Terence Holt", "present_at_meeting", "Leader of the Council") in rows
    assert ("Terence Holt", "panel_chair") in {r[:2] for r in rows}


@pytest.mark.parametrize("told", ["The Panel considered a report of the Director of Children's Services\n     (Priya Lambert) on the outcome",
                                  "The Committee received a report from the Director of Children's Services (Priya Lambert)."])
def test_minutes_name_the_holder_of_the_post_whose_report_they_took(told: str) -> None:
    minutes = f"""WESTMERE BOROUGH COUNCIL
CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL
Minutes of a meeting of the Scrutiny Panel held on 19 January 2011.

Members present: Councillor Jo Bloggs (Chairman), Councillor Sam Hart

34.  FULL JOINT INSPECTION OF YOUTH OFFENDING WORK

     {told}
"""
    rows = role_rows(load_text(minutes, "westmere_scrutiny_minutes_2011.txt"))
    assert ("Priya Lambert", "author", "Director of Children's Services") in rows


@pytest.mark.parametrize("told", ["with a population of 318,700, of whom 34,200 are children aged 10 to 17.",
                                  "a population of 178,300. The 10 to 17 age group numbered 34,200, around 10%.",
                                  "The 10-17 population was around 34,200."])
def test_the_children_aged_10_to_17_counted_in_a_sentence(told: str) -> None:
    statements = load_text(f"Westmere Youth Justice Plan 2023-24\n\n2  LOCAL CONTEXT\n\nWestmere is a borough {told}\n",
                           "westmere_youth_justice_plan_2023.txt").statements
    observed: dict[str, dict[str, str]] = {}
    for s in statements:
        if s.schema == "Observation" and s.prop in ("metric", "value"):
            observed.setdefault(s.entity, {})[s.prop] = s.value
    assert {"metric": "youth_population", "value": "34200"} in observed.values()


def test_a_bullet_rated_in_its_own_words_not_the_bullet_above() -> None:
    release = """Press release: Westmere Youth Justice Service requires improvement

Inspectors found:

  >  a capable management team and a well-attended partnership board
  >  an outstanding out-of-court disposal scheme, run jointly with
     Westmere Police
  >  weak planning for court disposals, rated 'Inadequate'
  >  poor access to speech and language therapy
"""
    found = _ratings(release, "westmere_press_release_2019.txt")
    assert ("2.2 Planning", "Inadequate") in found
    assert ("3.2 Planning", "Inadequate") not in found
