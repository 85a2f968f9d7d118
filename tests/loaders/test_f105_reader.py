"""Stop 35's batch b105 layouts, in fixtures written for them: a committee's attendance register whose 'Status' column
holds each member's standing and whose 'Attended' column says whether they came ('N - apologies'), a substitute's
standing written as a cell of its own ('Substitute for Cllr X') and its mark set one space after it."""

from __future__ import annotations

from tests.conftest import load_text, people_rows, rating_rows, role_rows

# The register as the batch writes it: padded columns, the standing before the attendance, a long standing that runs
# to one space before its mark.
STANDING_THEN_ATTENDED_REGISTER = """SKIRLBECK COUNCIL
Children's Services Scrutiny Committee
Tuesday, 3 March 2015

Attendance register
Name                          Status                      Attended
HALLIWELL, Dora (Cllr)        Chair                       Y
PRENDERGAST, Ivo (Cllr)       Member                      N - apologies
KESTEVEN, Lois (Cllr)         Member                      Y
MAPPLEBECK, Olwen (Cllr)      Substitute for Cllr Prendergast Y
FAIRLAMB, Hugo (Mr)           Co-opted (Diocese rep)      N - apologies

1. Declarations of interest - none.
"""

# The same kind of register as another author would set it: tabs, the attendance in words after a dash, the
# standing 'Deputising for ...'.
TABBED_STANDING_THEN_ATTENDANCE_REGISTER = """Fallowby Borough Council
Corporate Parenting Panel - 9 June 2016

Attendance
Member\tStatus\tAttendance
Cllr Rowena Tilbrook\tChair\tYes
Cllr Ambrose Quayle\tMember\tNo - sent apologies
Cllr Petra Loxley\tDeputising for Cllr Quayle\tYes
Cllr Simeon Varley\tMember\tYes

1. Minutes of the last meeting - agreed.
"""


def test_a_registers_attended_column_after_the_members_standing_gives_apologies_and_substitutes() -> None:
    rows = people_rows(load_text(STANDING_THEN_ATTENDED_REGISTER, "skirlbeck-scrutiny.txt"))
    assert {("Ivo Prendergast", "apologies"), ("Hugo Fairlamb", "apologies"), ("Olwen Mapplebeck", "present_at_meeting"),
            ("Olwen Mapplebeck", "standing_deputy"), ("Dora Halliwell", "panel_chair")} <= rows
    assert ("Ivo Prendergast", "present_at_meeting") not in rows
    assert ("Hugo Fairlamb", "present_at_meeting") not in rows


def test_a_tabbed_register_with_attendance_in_words_after_a_dash_gives_apologies_and_deputies() -> None:
    rows = people_rows(load_text(TABBED_STANDING_THEN_ATTENDANCE_REGISTER, "fallowby-panel.txt"))
    assert {("Ambrose Quayle", "apologies"), ("Petra Loxley", "standing_deputy"),
            ("Rowena Tilbrook", "present_at_meeting")} <= rows
    assert ("Ambrose Quayle", "present_at_meeting") not in rows


# A cabinet's minutes as the batch writes them: the plural honorific over portfolios in brackets, one bracket wrapped
# onto the next line; a report introduced with its author in brackets (a telephone number's 'tel.' in it), then 'He
# said'; an officer speaking by a post with a comma in it; a guest 'speaking at the invitation of the Chair'.
CABINET_WITH_WRAPPED_PORTFOLIOS = """PENNOWAN COUNCIL

CABINET

Minutes of the meeting held on 10 March 2015 at 2.00 p.m. in the Council Chamber


Present:   Councillor T. Quilliam (Leader of the Council) (in the Chair)
           Councillors B. Ashdown (Children and Families), C. Mellish-Yeo (Deputy
           Leader; Finance), D. Kerswell (Environment),
           E. Trounson (Adult Social Care) and F. Polglase (Housing
           and Planning).

Also in attendance: Councillor Nigel Hocking (Chair, Children's Scrutiny Committee).

Officers:  G. Penrose (Chief Executive), H. Treloar (Corporate Director,
           Communities), J. Rescorla (Head of Youth Justice Service).

C.12   YOUTH JUSTICE SERVICE - INSPECTION OUTCOME

       Councillor Ashdown introduced the report (Cabinet Member for Children and
       Families; report author: Jory Rescorla, Head of Youth Justice Service,
       tel. 01632 960 777). He said that the service "has made real progress".

       The Corporate Director, Communities explained that the figures were not
       ratings.

       Mr Rescorla replied that the police had committed funding to March 2016.

       Councillor Hocking, speaking at the invitation of the Chair, said that
       the committee would review the plan.
"""

# The same kinds of sentence as another author would write them: a semicolon list of councillors running over lines
# with a bracket left open, the author named in a bracket with 'ext.', 'She added', a post with a comma as the subject.
CABINET_IN_ANOTHER_HAND = """Fallowby Borough Council

Minutes of the meeting of the Cabinet held on 4 May 2016

PRESENT: Councillors A. Venning (Leader; in the Chair); R. Dunstone (Children's
Services and Education); S. Kitto (Resources); W. Pascoe (Community
Safety; Licensing); M. Tremain (Adults).

OFFICERS: K. Jago (Director, Children's Services); P. Vosper (Youth Offending Manager).

7. Youth Offending Service screening

Councillor Dunstone presented the item (report author P. Vosper, Youth Offending
Manager, ext. 4410). She added that staff "deserve real credit".

The Director, Children's Services said that an action plan was in place.

Ms Vosper explained that every plan now named a responsible worker.
"""


def test_a_cabinets_councillors_listed_over_wrapped_brackets_are_all_its_members() -> None:
    for fixture, members in ((CABINET_WITH_WRAPPED_PORTFOLIOS, ("E. Trounson", "F. Polglase", "D. Kerswell")),
                             (CABINET_IN_ANOTHER_HAND, ("W. Pascoe", "M. Tremain", "S. Kitto"))):
        rows = people_rows(load_text(fixture, "cabinet-minutes.txt"))
        assert {(member, "cabinet_member") for member in members} <= rows


def test_he_said_after_a_report_whose_author_is_named_in_brackets_is_the_presenter() -> None:
    for fixture, presenter, author in ((CABINET_WITH_WRAPPED_PORTFOLIOS, "B. Ashdown", "Jory Rescorla"),
                                       (CABINET_IN_ANOTHER_HAND, "R. Dunstone", "P. Vosper")):
        rows = role_rows(load_text(fixture, "cabinet-minutes.txt"))
        assert any(name == presenter and relation == "quoted" for name, relation, _ in rows), rows
        assert not any(name == author and relation == "quoted" and role is None for name, relation, role in rows)


def test_a_post_with_a_comma_speaks_for_the_one_officer_listed_in_it() -> None:
    for fixture, officer in ((CABINET_WITH_WRAPPED_PORTFOLIOS, "H. Treloar"), (CABINET_IN_ANOTHER_HAND, "K. Jago")):
        assert (officer, "quoted") in people_rows(load_text(fixture, "cabinet-minutes.txt"))


def test_speaking_at_the_invitation_of_the_chair_is_no_post() -> None:
    rows = role_rows(load_text(CABINET_WITH_WRAPPED_PORTFOLIOS, "cabinet-minutes.txt"))
    assert ("Nigel Hocking", "quoted", "Chair, Children's Scrutiny Committee") in rows


# A screening report as the batch writes it: its title in capitals, no letter's signs, its team surname first with
# dot leaders under 'Inspection team', then the head of inspections and the chief inspector each after a label.
SCREENING_REPORT_TEAM_WITH_LEADERS = """SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK
S K I R L B E C K

Published: June 2014

1. INTRODUCTION

This screening of Skirlbeck was carried out by HMI Probation with a local assessor.

APPENDIX: INSPECTION ARRANGEMENTS

Fieldwork:         2 - 5 May 2014
Cases examined:    21

Inspection team
  HALLIWELL, Dora ........... Lead Inspector, HMI Probation
  KESTEVEN, Lois ............ Inspector, HMI Probation
  MAPPLEBECK, Olwen ......... Local Assessor (Fallowby YOT)

Head of Inspections: Ivo Prendergast, Assistant Chief Inspector
HM Chief Inspector of Probation: Hugo Fairlamb
"""

# The same kind of report in another hand: the title runs on with the area, the team's names before their posts under a
# heading in capitals, the labels' holders set apart by padding.
SCREENING_REPORT_IN_ANOTHER_HAND = """SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN FALLOWBY

HM Inspectorate of Probation - report published 12 August 2013

Summary

Work at the start of sentence in Fallowby was of sound quality in most of the cases we looked at.

INSPECTION TEAM

Rowena Tilbrook        Lead Inspector
Ambrose Quayle         Inspector
Petra Loxley           Practice Assessor

Head of Inspections:   Simeon Varley
HM Chief Inspector of Probation:   Walter Penhaligon
"""


def test_a_screening_reports_team_and_its_labelled_heads_are_read() -> None:
    rows = people_rows(load_text(SCREENING_REPORT_TEAM_WITH_LEADERS, "skirlbeck-sqs-report.txt"))
    assert {("Dora Halliwell", "lead_inspector"), ("Lois Kesteven", "inspection_team"),
            ("Olwen Mapplebeck", "inspection_team"), ("Ivo Prendergast", "head_of_inspections"),
            ("Hugo Fairlamb", "chief_inspector")} <= rows
    assert not {("Hugo Fairlamb", "head_of_inspections"), ("Ivo Prendergast", "inspection_team")} & rows
    rows = people_rows(load_text(SCREENING_REPORT_IN_ANOTHER_HAND, "fallowby-sqs-report.txt"))
    assert {("Rowena Tilbrook", "lead_inspector"), ("Ambrose Quayle", "inspection_team"),
            ("Petra Loxley", "inspection_team"), ("Simeon Varley", "head_of_inspections"),
            ("Walter Penhaligon", "chief_inspector")} <= rows
    assert not {("Walter Penhaligon", "head_of_inspections"), ("Simeon Varley", "inspection_team")} & rows


# A screening letter as the batch writes it: two addressees under 'To:', each with their post (the first's wrapped),
# no 'From:', signed under 'Yours sincerely'; a copy list run on with semicolons, a rank ending one line and its
# holder's name opening the next.
SCREENING_LETTER_TWO_ADDRESSEES = """HM Inspectorate of Probation

To:   Councillor Ambrose Quayle, Chair of the Fallowby Youth Offending Team
      Management Board and Cabinet Member for Children and Families
      Rowena Tilbrook, Strategic Director, People, Fallowby Council

Date: 4 March 2014

Dear Councillor Quayle and Ms Tilbrook,

Short Quality Screening of Youth Offending Work in Fallowby

We looked at 20 cases. The inspection was led by Petra Loxley.

Yours sincerely,

Simeon Varley
Assistant Chief Inspector

Copy to: Dora Halliwell, Chief Executive, Fallowby Council; Superintendent
Lois Kesteven, Fallowby Police; Olwen Mapplebeck, Head of Youth Offending Team
"""

# The same kinds of block in another hand: 'To:' in a tabbed column with the second addressee's name and post on the
# next line, the rank wrapped in a 'cc:' list.
SCREENING_LETTER_IN_ANOTHER_HAND = """HM Inspectorate of Probation
Short Quality Screening - Skirlbeck

To:\tCllr Hugo Fairlamb, Cabinet Member for Children's Services
\tIvo Prendergast, Director of Children's Services

12 June 2013

Dear Cllr Fairlamb and Mr Prendergast,

Thank you for the help we received. The screening was led by Rowena Tilbrook.

Yours sincerely

Walter Penhaligon
HM Inspector of Probation

cc: Ambrose Quayle, Chief Executive; Chief Inspector
Petra Loxley, Skirlbeck Police; Simeon Varley, Head of Youth Offending Service
"""


def test_a_letters_second_addressee_under_to_and_its_signatory_and_a_wrapped_rank_are_read() -> None:
    rows = people_rows(load_text(SCREENING_LETTER_TWO_ADDRESSEES, "fallowby-sqs-letter.txt"))
    assert {("Ambrose Quayle", "addressee"), ("Rowena Tilbrook", "addressee"), ("Simeon Varley", "author"),
            ("Lois Kesteven", "copy_to")} <= rows
    roles = role_rows(load_text(SCREENING_LETTER_TWO_ADDRESSEES, "fallowby-sqs-letter.txt"))
    assert not any(name == "Ambrose Quayle" and "Tilbrook" in (role or "") for name, _, role in roles)
    rows = people_rows(load_text(SCREENING_LETTER_IN_ANOTHER_HAND, "skirlbeck-sqs-letter.txt"))
    assert {("Hugo Fairlamb", "addressee"), ("Ivo Prendergast", "addressee"), ("Walter Penhaligon", "author"),
            ("Petra Loxley", "copy_to")} <= rows


# Minutes as the batch writes them: a police officer under 'Also:', the venue after a blank line; declarations each a
# titled name, a dash and a remark that reads like a sentence.
ALSO_AND_DECLARATIONS = """SKIRLBECK COUNCIL
Children's Services Scrutiny Committee
Tuesday, 3 March 2015

Present: Councillors Dora Halliwell (Chair), Lois Kesteven and Olwen Mapplebeck

Officers: Hugo Fairlamb, Head of YOT

Also: Supt J. Quayle, Skirlbeck Police

Venue: Committee Room B, Guildhall

1. Declarations of interest
   Cllr Kesteven - personal, item 3: is a magistrate sitting in the youth court.
   Cllr Mapplebeck - personal, item 3: employed by the local health board.
"""

# The same in another hand: 'Also present:' with an inspector's rank, 'Location:' under it, declarations with a long
# dash and the remark in the past tense.
ALSO_AND_DECLARATIONS_IN_ANOTHER_HAND = """Fallowby Borough Council
Minutes of the Community Safety Panel, 9 June 2016

Present: Councillors Rowena Tilbrook (Chair), Ambrose Quayle and Petra Loxley

Also present: Inspector Simeon Varley, Fallowby Police

Location: Room 4, Town Hall

Declarations of interest
Cllr Quayle – non-pecuniary, item 5: his son was employed by the youth offending team.
"""


def test_a_police_officer_also_present_attends_and_a_venue_is_no_ones_post() -> None:
    roles = role_rows(load_text(ALSO_AND_DECLARATIONS, "skirlbeck-scrutiny.txt"))
    assert ("J. Quayle", "officer_attending", "Superintendent") in roles
    assert not any("Venue" in (role or "") for _, _, role in roles)
    roles = role_rows(load_text(ALSO_AND_DECLARATIONS_IN_ANOTHER_HAND, "fallowby-panel.txt"))
    assert any(name == "Simeon Varley" and relation == "officer_attending" for name, relation, _ in roles)
    assert not any("Location" in (role or "") for _, _, role in roles)


def test_a_declaration_written_as_a_titled_name_a_dash_and_a_sentence_is_read() -> None:
    rows = people_rows(load_text(ALSO_AND_DECLARATIONS, "skirlbeck-scrutiny.txt"))
    assert {("Lois Kesteven", "declared_interest"), ("Olwen Mapplebeck", "declared_interest")} <= rows
    rows = people_rows(load_text(ALSO_AND_DECLARATIONS_IN_ANOTHER_HAND, "fallowby-panel.txt"))
    assert ("Ambrose Quayle", "declared_interest") in rows


# An older inspection's scoring table whose score column gives its unit in its head ('Score (%)'), each row's score a
# bare number, an area's name with its initials in brackets and quotes.
SCORES_UNDER_A_PERCENT_HEAD = """Full Joint Inspection of Youth Offending Work in
SKIRLBECK

Scoring - summary table

Aspect                                  Score (%)     Comment
Safeguarding                            64            Moderate improvement required
Risk of Harm to others ("RoH")          55            Substantial improvement required
Likelihood of Reoffending ("LoR")       70            Minimum improvement required
"""

# The same in another hand: tabs, the unit in the head as '%' alone.
SCORES_UNDER_A_PERCENT_HEAD_TABBED = """Core Case Inspection of Youth Offending Work in Fallowby

Area of work\t%\tImprovement
Safeguarding work\t59\tSUBSTANTIAL improvement required
Risk of Harm to others work\t66\tMODERATE improvement required
"""


def test_a_scoring_tables_bare_scores_under_a_percent_head_give_each_row_its_judgement() -> None:
    ratings = rating_rows(load_text(SCORES_UNDER_A_PERCENT_HEAD, "skirlbeck-fji.txt"))
    assert {("Safeguarding", "Moderate improvement required"), ("Risk of Harm to others", "Substantial improvement required"),
            ("Likelihood of Reoffending", "Minimum improvement required")} <= ratings
    assert not any(any(char.isdigit() for char in scope) for scope, _ in ratings)
    ratings = rating_rows(load_text(SCORES_UNDER_A_PERCENT_HEAD_TABBED, "fallowby-cci.txt"))
    assert len(ratings) == 2 and not any(any(char.isdigit() for char in scope) for scope, _ in ratings)


# A letter's copy table over the page's running footer, its parts set off by padded dashes (or bars, in another hand),
# the last ending with the year: the footer names no one.
COPY_TABLE_OVER_A_FOOTER = """Dear Ms Halliwell,

Yours sincerely

Ivo Prendergast
Assistant Chief Inspector

cc

Children's Services           Lois Kesteven, Director of Children's Services
Youth Justice Board           Olwen Mapplebeck, Head of Performance

                                                                     Page 1 of 1
Inspecting youth offending work    -    Skirlbeck    -    Full Joint Inspection 2011
"""


def test_a_running_footer_under_a_copy_table_names_no_one() -> None:
    for footer in ("Inspecting youth offending work    -    Skirlbeck    -    Full Joint Inspection 2011",
                   "HMI Probation  |  Fallowby Core Case Inspection  |  March 2009"):
        text = COPY_TABLE_OVER_A_FOOTER.replace(
            "Inspecting youth offending work    -    Skirlbeck    -    Full Joint Inspection 2011", footer)
        rows = people_rows(load_text(text, "skirlbeck-fji-letter.txt"))
        assert ("Lois Kesteven", "copy_to") in rows
        assert {name for name, _ in rows} <= {"Lois Kesteven", "Olwen Mapplebeck", "Ivo Prendergast"}, rows


# 'He said' two sentences after the one naming the speaker, the sentence between naming no one; in another hand 'She
# added' after a figure's sentence. A sentence between that names someone else leaves the pronoun no one's.
PRONOUN_AFTER_A_SENTENCE_OF_FIGURES = """SKIRLBECK COUNCIL
Children's Services Scrutiny Committee - Minutes

Present: Councillors Dora Halliwell (Chair) and Lois Kesteven

Officers: Hugo Fairlamb, Head of YOT; Olwen Mapplebeck, Practice Manager

3. Action plan

   Mr Fairlamb took members through the action plan. Of the 11 actions, 7 were
   complete. He said: "The victim work was the finding that stung."

   Ms Mapplebeck outlined the audit. The re-audit found 17 of 20 cases sound. She added
   that managers now recorded oversight.

   Cllr Kesteven asked about health. Mr Fairlamb replied that a nurse would start. He
   said that funding was agreed.
"""


def test_a_pronoun_speaks_for_the_one_person_named_a_sentence_of_figures_before() -> None:
    rows = people_rows(load_text(PRONOUN_AFTER_A_SENTENCE_OF_FIGURES, "skirlbeck-scrutiny.txt"))
    assert {("Hugo Fairlamb", "quoted"), ("Olwen Mapplebeck", "quoted")} <= rows
