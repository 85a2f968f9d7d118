"""Stop 35's batch b107 layouts, in fixtures written for them, each kind of block twice (the batch's layout and another
author's): a board's register of members and attendance whose meetings' columns are headed by the month alone, its
fixed-width cells run into each other by one blank, a key that glosses the dash; a deputy's line naming the member by
rank and surname; 'Minutes' alone over the minute taker set in below it; the chair's 'chairing' after dot leaders; a
speaker 'of' or 'from' a body; guests 'also attended by' one and 'by' another; a membership under 'Councillors' wrapped
onto a line of names the lexicon doubts; 'Report' / 'author:' wrapped; the lead inspector in the team's list; 'rated
Good overall'; apologies 'were recorded'."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows, rating_rows, role_rows

# A register of the year's members, a column for each meeting headed by its month, the cells set by width (a name runs
# into the body's column by one blank), a key glossing the dash, a deputy's line under it.
REGISTER_BY_MONTH = """FARTHINGLOE YOUTH JUSTICE PARTNERSHIP BOARD

MINUTES - 12 October 2023 - 10:00, Civic Hall, Farthingloe

REGISTER OF MEMBERS AND ATTENDANCE 2023/24
(P = present, A = apologies, D = deputy attended, - = post vacant)

Member                   Organisation                       Post                              Jul  Oct
Hilary Brandreth (Chair) Farthingloe Council                Director of Children's Services    P    P
Colin Ashdown            Farthingloe Youth Justice Service  Head of Youth Justice Service      P    P
Ch Insp Nerys Castellan  Hembury Constabulary               District Commander, Farthingloe   P    D
Wilfred Oakhampton       Probation Service                  Head of PDU, Farthingloe           A    P
Vacant                   Farthingloe Council                Head of Early Help                 -    -

Deputy attending (Oct): Sgt Owain Petherick for Ch Insp Castellan.

1   Welcome
    The Chair welcomed members.
"""

# The same kind of register as another author sets it: three meetings' months written otherwise, two blanks apart, the
# key's dash glossed at length, the deputy under 'Substitutes present:'.
REGISTER_BY_MONTH_OTHER = """Tollbarrow Youth Offending Service Management Board
Notes of the meeting, Wednesday 8 November 2023

Register of members and attendance
Key: P = present; A = apologies; – = not a member at the time

Name                    Role                                   Agency              July  Sept  Nov.
Dr Imelda Farrant       Chair; Corporate Director              Tollbarrow Council   P     P     P
Supt Gideon Larkworthy  District Commander                     Hembury Police       P     A     A
Ruth Penhallick         Head of YOS                            Tollbarrow YOS       –     P     P

Substitutes present: Inspector Dora Kettering for Supt Larkworthy

1.  Minutes of the last meeting
    Agreed.
"""


def test_a_register_whose_months_head_its_meetings_reads_each_row_by_the_last_meeting() -> None:
    result = load_text(REGISTER_BY_MONTH, "farthingloe-board-minutes.txt")
    rows = people_rows(result)
    assert {("Hilary Brandreth", "present_at_meeting"), ("Colin Ashdown", "present_at_meeting"),
            ("Wilfred Oakhampton", "present_at_meeting"), ("Nerys Castellan", "apologies")} <= rows
    assert ("Nerys Castellan", "present_at_meeting") not in rows  # 'D': her deputy came
    assert not any(name.startswith("Jul") for name, _ in rows)  # the months' heads are no one
    bodies = organisation_rows(result)
    assert bodies[("Nerys Castellan", "apologies")] == "Hembury Constabulary"  # her cell, run into by her name
    assert ("Colin Ashdown", "present_at_meeting", "Head of Youth Justice Service") in role_rows(result)


def test_a_register_of_three_months_reads_its_last_column_and_each_cell_by_its_head() -> None:
    result = load_text(REGISTER_BY_MONTH_OTHER, "tollbarrow-board-minutes.txt")
    rows = people_rows(result)
    assert {("Imelda Farrant", "present_at_meeting"), ("Ruth Penhallick", "present_at_meeting"),
            ("Gideon Larkworthy", "apologies")} <= rows
    assert not any(name.startswith("July") for name, _ in rows)
    assert organisation_rows(result)[("Imelda Farrant", "present_at_meeting")] == "Tollbarrow Council"  # her agency's


def test_a_deputy_for_a_member_named_by_rank_and_surname_came_in_their_place() -> None:
    result = load_text(REGISTER_BY_MONTH, "farthingloe-board-minutes.txt")
    rows = people_rows(result)
    assert {("Owain Petherick", "standing_deputy"), ("Owain Petherick", "present_at_meeting")} <= rows
    assert organisation_rows(result)[("Owain Petherick", "present_at_meeting")] == "Hembury Constabulary"
    other = people_rows(load_text(REGISTER_BY_MONTH_OTHER, "tollbarrow-board-minutes.txt"))
    assert {("Dora Kettering", "standing_deputy"), ("Dora Kettering", "present_at_meeting")} <= other


# Labels at the margin over entries set in below them, the chair's 'chairing' after dot leaders, 'Minutes' alone over
# the minute taker.
LABELS_OVER_ENTRIES = """FARTHINGLOE YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on Tuesday 5 March 2024, 2.00pm

Round the table
  BRANDRETH, Hilary (Dr) ....... Director of Children's Services, FC ......... chairing
  ASHDOWN, Colin ................ Head of Youth Justice, Farthingloe YJS
Sent apologies
  Lydgate, Bernard JP ........... Chair, Farthingloe Youth Bench
Minutes
  Philippa Ormesher, Governance Officer, FC

1.  WELCOME
The Chair welcomed members.
"""

# The same as another author sets it: tabs before the marker, 'Notes' alone over the note taker, indented by tabs.
LABELS_OVER_ENTRIES_OTHER = """Tollbarrow Youth Offending Service Management Board
Minutes of the meeting, 14 May 2024

Present
\tDr Imelda Farrant, Corporate Director\tchairing
\tRuth Penhallick, Head of YOS
Notes
\tGwendolen Tapley (Business Support)

1.  Minutes of the last meeting
    Agreed.
"""


def test_minutes_alone_over_a_name_set_in_below_heads_the_minute_taker() -> None:
    rows = people_rows(load_text(LABELS_OVER_ENTRIES, "farthingloe-board-minutes.txt"))
    assert ("Philippa Ormesher", "minute_taker") in rows
    assert ("Philippa Ormesher", "apologies") not in rows  # not more of the apologies above
    other = people_rows(load_text(LABELS_OVER_ENTRIES_OTHER, "tollbarrow-board-minutes.txt"))
    assert ("Gwendolen Tapley", "minute_taker") in other
    assert ("Gwendolen Tapley", "present_at_meeting") not in other


def test_chairing_after_leaders_or_a_tab_marks_the_meetings_chair() -> None:
    result = load_text(LABELS_OVER_ENTRIES, "farthingloe-board-minutes.txt")
    rows = people_rows(result)
    assert ("Hilary Brandreth", "board_chair") in rows
    assert ("Bernard Lydgate", "board_chair") not in rows  # the youth bench's chair, away
    assert ("Hilary Brandreth", "present_at_meeting", "Director of Children's Services, FC") in role_rows(result)
    assert ("Imelda Farrant", "board_chair") in people_rows(load_text(LABELS_OVER_ENTRIES_OTHER, "tollbarrow-board.txt"))


def test_the_title_minutes_over_a_date_is_no_minute_taker() -> None:
    text = "FARTHINGLOE YOUTH JUSTICE BOARD\nMINUTES\nHilary Brandreth (Chair), Colin Ashdown\n"
    assert ("Hilary Brandreth", "minute_taker") not in people_rows(load_text(text, "farthingloe-board-minutes.txt"))


NEWS = """Farthingloe Council - News

Youth justice service praised by inspectors

Published: 2 May 2024

Farthingloe's youth justice service has been rated 'Good' by HM Inspectorate of Probation.

Superintendent Nerys Castellan of Hembury Constabulary said the force would keep working with
the service on diversion.

Dr Aled Quennock from the Farthingloe Integrated Care Board explained that a therapist had been funded.
"""


def test_a_speaker_of_or_from_a_body_is_quoted_with_that_body() -> None:
    result = load_text(NEWS, "farthingloe-news.txt")
    rows = people_rows(result)
    assert {("Nerys Castellan", "quoted"), ("Aled Quennock", "quoted")} <= rows
    bodies = organisation_rows(result)
    assert bodies[("Nerys Castellan", "quoted")] == "Hembury Constabulary"
    assert bodies[("Aled Quennock", "quoted")] == "Farthingloe Integrated Care Board"


def test_a_speaker_of_a_place_is_no_body_of_theirs() -> None:
    text = NEWS + "\nCatrin Holloway of Farthingloe said she was pleased.\n"
    assert organisation_rows(load_text(text, "farthingloe-news.txt")).get(("Catrin Holloway", "quoted")) in (None, "")


GUESTS_IN_PROSE = """Tollbarrow Youth Offending Service Management Board
Extraordinary meeting, 3 June 2024

PRESENT                                         APOLOGIES
I Farrant, Corporate Director (Chair)           G Larkworthy, Hembury Police
R Penhallick, Head of YOS

The meeting was also attended by Tamsin Eldridge (YOS Data Officer), who presented item 2, and by
Joel Maybury, an oversight manager from the Youth Justice Board, who observed. Notes were taken by
Gwendolen Tapley, Business Support.

1.  Purpose of the meeting
    The Chair explained the purpose.
"""

GUESTS_IN_PROSE_OTHER = GUESTS_IN_PROSE.replace(
    "The meeting was also attended by Tamsin Eldridge (YOS Data Officer), who presented item 2, and by\nJoel Maybury, an "
    "oversight manager from the Youth Justice Board, who observed.",
    "The board was also attended by Joel Maybury, Oversight Manager, Youth Justice Board and by Tamsin\nEldridge "
    "(YOS Data Officer).")


def test_guests_also_attending_each_after_by_are_officers_attending_with_their_posts() -> None:
    for text in (GUESTS_IN_PROSE, GUESTS_IN_PROSE_OTHER):
        result = load_text(text, "tollbarrow-board-minutes.txt")
        rows = people_rows(result)
        assert {("Tamsin Eldridge", "officer_attending"), ("Joel Maybury", "officer_attending")} <= rows
        assert organisation_rows(result)[("Joel Maybury", "officer_attending")] == "Youth Justice Board"
        assert ("Tamsin Eldridge", "officer_attending", "YOS Data Officer") in role_rows(result)


SCRUTINY = """                                TOLLBARROW COUNCIL

              CHILDREN'S SERVICES SCRUTINY PANEL

          Minutes of a meeting held at the Council House on Monday, 10 June 2024 at 6.00 pm

Membership: Councillors Demelza Rowse (Chair), Tegen Carbis (Vice-Chair), Lowenna Jory,
Jowan Penrose, Mark Trevithick, Grace Tonkin and Bryok Vosper.

PRESENT: Councillor Rowse (in the Chair); Councillors Carbis, Jory, Penrose and Trevithick.

43.   YOUTH JUSTICE INSPECTION
      The Panel considered a report on the inspection (Report
      author: Ruth Penhallick, Head of Youth Offending Service, tel. 01632 960 777).
"""

SCRUTINY_OTHER = SCRUTINY.replace("(Report\n      author:", "\n      Report\n      author:")


def test_a_membership_under_councillors_wrapped_onto_names_the_lexicon_doubts_is_a_member_each() -> None:
    rows = people_rows(load_text(SCRUTINY, "tollbarrow-scrutiny-minutes.txt"))
    assert {("Jowan Penrose", "panel_member"), ("Mark Trevithick", "panel_member"), ("Grace Tonkin", "panel_member"),
            ("Bryok Vosper", "panel_member")} <= rows


def test_report_author_wrapped_at_the_line_is_the_contact_officer_only() -> None:
    for text in (SCRUTINY, SCRUTINY_OTHER):
        rows = people_rows(load_text(text, "tollbarrow-scrutiny-minutes.txt"))
        assert ("Ruth Penhallick", "contact_officer") in rows
        assert ("Ruth Penhallick", "author") not in rows


REPORT = """Inspection of youth justice services in Farthingloe

An inspection by HM Inspectorate of Probation, March 2024

This inspection was led by HM Inspector Celandine Marrish, supported by a team of inspectors.

Overall rating                                                      Good

Acknowledgements
HM Inspector:                Celandine Marrish
Inspectors:                  Piers Wolstencroft, Ngozi Adebanjo-Hale
"""

REPORT_OTHER = REPORT.replace("HM Inspector:                Celandine Marrish\nInspectors:                  Piers",
                              "Inspection team:             Celandine Marrish, Piers")


def test_the_lead_inspector_in_the_teams_list_is_the_lead_only() -> None:
    for text in (REPORT, REPORT_OTHER):
        rows = people_rows(load_text(text, "farthingloe-inspection.txt"))
        assert ("Celandine Marrish", "lead_inspector") in rows
        assert ("Celandine Marrish", "inspection_team") not in rows
        assert ("Piers Wolstencroft", "inspection_team") in rows


PLAN = """Farthingloe Youth Justice Plan 2024-25

1. FOREWORD

This year the service was inspected by HM Inspectorate of Probation and rated Good overall, with
out-of-court work judged Outstanding.

Dr H. Brandreth
Chair, Farthingloe Youth Justice Management Board
"""


def test_a_service_rated_good_overall_with_no_object_is_the_overall_rating() -> None:
    assert ("overall", "Good") in rating_rows(load_text(PLAN, "farthingloe-youth-justice-plan.txt"))
    other = PLAN.replace("and rated Good overall, with", "and was judged 'Requires improvement' overall, with")
    assert ("overall", "Requires improvement") in rating_rows(load_text(other, "farthingloe-youth-justice-plan.txt"))


def test_apologies_from_a_member_that_were_recorded_give_no_post() -> None:
    for sentence in ("Apologies from Dr Ormesher were recorded.", "Apologies from Philippa Ormesher had been received."):
        text = LABELS_OVER_ENTRIES.replace("The Chair welcomed members.", f"The Chair welcomed members. {sentence}")
        roles = {role for name, relation, role in role_rows(load_text(text, "farthingloe-board-minutes.txt"))
                 if name == "Philippa Ormesher" and relation == "apologies"}
        assert roles and not any("record" in (role or "") or "receiv" in (role or "") for role in roles)


QUOTE_SET_IN = """Tollbarrow Council news

Published: 1 July 2024

Tollbarrow's youth offending service has been rated 'Good' by inspectors.

   "We accept the findings in full," said Cllr Demelza Rowse, the council's Cabinet Member
   for Children's Services. "Our staff care about the children they work with."

      "We will build on this," said Cllr Jowan Penrose, the council's lead member
      for youth justice and community safety.
"""


def test_a_speakers_post_wrapped_onto_the_paragraphs_set_in_line_is_whole() -> None:
    roles = {(name, role) for name, relation, role in role_rows(load_text(QUOTE_SET_IN, "tollbarrow-news.txt"))
             if relation == "quoted"}
    assert any(name == "Demelza Rowse" and role and role.endswith("for Children's Services") for name, role in roles)
    assert any(name == "Jowan Penrose" and role and role.endswith("community safety") for name, role in roles)
