"""Speakers named in shorthand in minutes: by initials derived from a list that writes forenames as initials, by a rank
or honorific and a surname, by a post alone, or by a pronoun after a post (`initials.document_key`,
`initials.initials_quoted`, `speakers._attended`, `speakers.post_holders_quoted`).

Each fixture is fictional and words its minutes otherwise than the development set: a list of those present with
forenames as initials and dots ('T. Brigstock', 'R.J. Penwarden') and the initials speaking after a semicolon; a
two-column table of members with ranks and honorifics ('DS Ifor Penhallow', 'Revd Alun Gwatkin') spoken of by rank and
surname, a page's footer inside the table; a scrutiny panel's officers in brackets, spoken of by their posts alone and
by a pronoun after a post, the post wrapped over two lines; minutes extracted under a cabinet report of no family;
words said elsewhere that the minutes report in the pluperfect ('had acknowledged', 'had described'). The
near misses: a post two attendees hold, a post no attendee holds, a chair's post left to the chair's reader, a surname
two attendees share, a rank and surname of someone sent apologies, a councillor of the committee itself, initials
two members share, a pronoun after a sentence that names someone else, and the letters of a body joined by '&'.
"""

from __future__ import annotations

from tests.conftest import load_text, people_rows

INITIALLED_LIST = """EASTWOLD YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on Thursday 9 May 2024, Eastwold Civic Offices

Present:
T. Brigstock (Chair) - Director of Children's Services, Eastwold Council
R.J. Penwarden - Head of Youth Justice Service, Eastwold Council
H Castellan - Detective Inspector, Eastwold Constabulary
S. Marr - Eastwold Probation Delivery Unit
S. Merrow - Virtual School Head, Eastwold Council
E. Wadebridge - Housing Options Manager, Eastwold Council
Minutes: N. Quarrel, Business Support Officer, EW&T YJS

Apologies: M. Quarry - Eastwold NHS Trust

1. PERFORMANCE REPORT
The report was taken as read; RJP explained that first-time entrants had fallen for a third quarter.
TB said that the Board would review the plan in September.
HC added that the out-of-court panel now met weekly.
SM said that the transfer protocol was being redrafted.
EW agreed to circulate the figures.
"""


def test_initials_of_a_list_that_writes_forenames_as_initials_speak_and_shared_ones_do_not() -> None:
    rows = people_rows(load_text(INITIALLED_LIST, "eastwold_yjs_board_minutes.txt"))
    assert {("T. Brigstock", "quoted"), ("H Castellan", "quoted")} <= rows
    assert ("S. Marr", "quoted") not in rows and ("S. Merrow", "quoted") not in rows, "SM is two members' initials"
    assert ("E. Wadebridge", "minute_taker") not in rows, "'EW&T YJS' is a body's letters, not E. Wadebridge's initials"


def test_initials_speak_after_a_semicolon() -> None:
    rows = people_rows(load_text(INITIALLED_LIST, "eastwold_yjs_board_minutes.txt"))
    assert ("R.J. Penwarden", "quoted") in rows


RANKED_TABLE = """WESTHAVEN YOUTH OFFENDING SERVICE MANAGEMENT BOARD
Minutes of the meeting of 14 November 2023

PRESENT
Name                              Organisation
Kezia Amberley (Chair)            Westhaven Council, Children's Services
DS Ifor Penhallow                 Westhaven Police
Dr Nia Roscommon                  Westhaven University Health Board

            Westhaven YOS Management Board - 14.11.23 - page 1
Revd Alun Gwatkin                 Diocese of Westhaven
Fran Lyle                         Westhaven Probation Service
Gethin Lyle                       Westhaven Council, Education

APOLOGIES
Dr Tom Ellery                     Westhaven Hospital

3. HEALTH AND CUSTODY
DS Penhallow said that eleven children had been diverted from custody this year.
Dr Roscommon added that every child now had a health assessment within ten days.
Revd Gwatkin replied that the diocese would host the reparation project.
Ms Lyle said that the caseload was stable.
Dr Ellery said, in a written note, that the clinic would move.
"""


def test_a_rank_or_honorific_and_surname_speaks_for_the_one_attendee_with_it_and_no_other() -> None:
    rows = people_rows(load_text(RANKED_TABLE, "westhaven_yos_board_minutes.txt"))
    assert {("Ifor Penhallow", "quoted"), ("Nia Roscommon", "quoted"), ("Alun Gwatkin", "quoted")} <= rows
    assert ("Fran Lyle", "quoted") not in rows and ("Gethin Lyle", "quoted") not in rows, "two attendees are Lyle"
    assert ("Tom Ellery", "quoted") not in rows and ("Ellery", "quoted") not in rows, "sent apologies"


PANEL_BY_POSTS = """HALLOWAY BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL

Minutes of the meeting held on Wednesday 2 March 2022 at 6.00 pm

Present: Councillors Jan Pettifer (Chair), Dev Oladipo and Ruth Skelland.

In attendance: Marguerite Ossory (Assistant Director, Early Help), Colm Fennessy (Youth
Justice Service Manager), Priya Dass (Area Manager, North), Owen Tuck (Area Manager,
South) and Amy Rudge (Democratic Services Officer).

14. YOUTH JUSTICE PLAN 2022/23
Councillor Oladipo asked how many children were waiting for an assessment. The Assistant
Director replied that eleven were waiting and none longer than a month.
The Youth Justice Service Manager introduced the plan. He said that reoffending had fallen
to 31 per cent.
The Area Manager said that both teams were fully staffed.
The Head of Education said that exclusions had risen.
The Chair said that the panel would return to the plan in the autumn.
Councillor Skelland added that a visit to the youth hub should be arranged.
"""


def test_a_post_alone_speaks_for_the_one_attendee_in_it_and_not_a_post_two_hold_or_none() -> None:
    rows = people_rows(load_text(PANEL_BY_POSTS, "halloway_scrutiny_minutes.txt"))
    assert ("Marguerite Ossory", "quoted") in rows, "'The Assistant / Director replied', the post wrapped"
    assert ("Priya Dass", "quoted") not in rows and ("Owen Tuck", "quoted") not in rows, "two Area Managers"
    assert ("Amy Rudge", "quoted") not in rows


def test_a_pronoun_after_a_post_speaks_for_its_one_attendee_not_a_panel_councillor() -> None:
    rows = people_rows(load_text(PANEL_BY_POSTS, "halloway_scrutiny_minutes.txt"))
    assert ("Colm Fennessy", "quoted") in rows
    assert ("Ruth Skelland", "quoted") not in rows, "a member's motion at the panel, which the keys do not quote"


PRONOUN_AFTER_A_NAME = """HALLOWAY BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL

Minutes of the meeting held on Wednesday 6 April 2022 at 6.00 pm

Present: Councillors Jan Pettifer (Chair), Dev Oladipo and Ruth Skelland.

In attendance: Marguerite Ossory (Assistant Director, Early Help), Colm Fennessy (Youth Justice
Service Manager) and Amy Rudge (Democratic Services Officer).

15. PRACTICE WEEK
The Assistant Director thanked Tamsin Yardley, a visiting practitioner. She said that the week
had been a success.
16. REMANDS
The Youth Justice Service Manager presented the annual remand figures.
He added that no child had been remanded to custody since January.
"""


def test_a_pronoun_after_a_sentence_that_names_someone_else_is_not_the_posts() -> None:
    rows = people_rows(load_text(PRONOUN_AFTER_A_NAME, "halloway_scrutiny_minutes.txt"))
    assert ("Colm Fennessy", "quoted") in rows, "the sentence before opens with his post and names no one"
    assert ("Marguerite Ossory", "quoted") not in rows, "the sentence before names a practitioner: 'She' may be hers"


CABINET_EXTRACT = """LONDON BOROUGH OF KESTERMOOR

CABINET                                                              10 June 2021

Title:          Youth Justice Plan 2021/22
Report author:  Lowenna Carbis, Head of Youth Justice

EXTRACT FROM THE MINUTES OF CABINET, 10 JUNE 2021

Present: Cllr Ambrose Tallack (Leader, in the Chair); Cllrs H. Vosper-Lane, E. Rowe.

Minute 41 - Youth Justice Plan 2021/22
Councillor Vosper-Lane presented the plan. She said that custody had fallen to two children.
The Leader said that Cabinet would follow the plan each quarter.
"""


def test_minutes_extracted_under_a_report_of_no_family_quote_their_attendees() -> None:
    rows = people_rows(load_text(CABINET_EXTRACT, "kestermoor_cabinet_report.txt"))
    assert {("H. Vosper-Lane", "quoted"), ("Ambrose Tallack", "quoted")} <= rows


PASSIVE_ADDED = """NORTHWOLD YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on Thursday 9 May 2024

Present:
Jo Bloggs (Chair) - Director of Children's Services, Northwold Council
Ann Pargeter - Head of Youth Justice Service, Northwold Council

1. WORK PROGRAMME
The Head of Youth Justice Service asked that the Youth Justice Plan 2024/25 be added to the work programme.
It was said that the plan had been delayed.
"""


def test_a_verb_of_speech_in_the_passive_names_no_speaker() -> None:
    """'be added to the work programme', 'It was said that': no one speaks, so the post's holder is not quoted."""
    rows = people_rows(load_text(PASSIVE_ADDED, "northwold_yjs_board_minutes.txt"))
    assert ("Ann Pargeter", "present_at_meeting") in rows
    assert ("Ann Pargeter", "quoted") not in rows


REPORTED_SPEECH = """SOUTHWOLD YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on Tuesday 14 May 2024

Present:
Hester Quayle (Chair) - Director of Children's Services, Southwold Council
Lorcan Tremayne - Head of Youth Justice Service, Southwold Council

3. INSPECTION FEEDBACK
Ms Quayle stressed that the Board owned the plan.
Mr Tremayne said that the improvement plan had been agreed. He added that the lead inspector,
Mr Pendarvis-Oakes, had acknowledged the progress made since fieldwork.
The Chair noted that the Chief Inspector of Probation, Wilhelmina Carbery-Stott, had described
the Board as "curious about its children".
The lead inspector, Ms Ysolde Brannock, had fed back to the Board in March and had also said
that reviews were improving.
"""


def test_words_reported_in_the_pluperfect_quote_no_one_but_the_one_who_reports_them() -> None:
    """'He added that the lead inspector, Mr X, had acknowledged', 'the Chair noted that the Chief Inspector, Y, had
    described': words said elsewhere that someone at the meeting reports; the one who reports them speaks."""
    rows = people_rows(load_text(REPORTED_SPEECH, "southwold_yjs_board_minutes.txt"))
    assert {("Lorcan Tremayne", "quoted"), ("Hester Quayle", "quoted")} <= rows, "'said', 'stressed': their own words"
    assert ("Wilhelmina Carbery-Stott", "chief_inspector") in rows, "the post beside the name is still read"
    assert not {row for row in rows if row[1] == "quoted"
                and row[0] in {"Pendarvis-Oakes", "Wilhelmina Carbery-Stott", "Ysolde Brannock"}}, rows


POSTS_WRITTEN_OTHERWISE = """BRYNHELYG COUNTY BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

Minutes of the meeting held on Monday 7 March 2022

PRESENT: Councillor Gwenda Tresillian (Chair), Councillors Owain Pengelly and Nia Carbonell.

Register of attendance: Councillor G. Tresillian (Chair).

Officers:
Mr T. Vosporth          Prif Weithredwr / Chief Executive
Ms R. Kellow            Swyddog Gwasanaethau Democrataidd / Democratic Services Officer
Officers (item 5):      M. Penwarden

5. YOUTH JUSTICE SERVICE INSPECTION
The Committee considered a report of the Director of Social Services (Morwenna Penwarden)
and of the Head of Education (Idris Carrow).
Councillor Pengelly asked about premises. The Chief Executive said that a site had been found.
The Director of Social Services explained that the Board would see the plan each quarter.
The Head of Education said that exclusions had fallen.
The Chair said that the Committee would return to the plan in the autumn.
"""


def test_a_post_alone_speaks_for_its_one_holder_written_otherwise() -> None:
    """A bilingual list's post parted by a slash, a chair the minutes name twice (in full and by an initial), an officer
    listed without a post whom the report names in it; not a post whose one holder the minutes do not list there."""
    rows = people_rows(load_text(POSTS_WRITTEN_OTHERWISE, "brynhelyg_scrutiny_minutes.txt"))
    assert ("T. Vosporth", "quoted") in rows, "'Prif Weithredwr / Chief Executive'"
    assert any(row[1] == "quoted" and row[0].endswith("Tresillian") for row in rows), "one chair, named twice"
    assert any(row[1] == "quoted" and row[0].endswith("Penwarden") for row in rows), "listed, her post in the report"
    assert not any(row[1] == "quoted" and row[0].endswith("Carrow") for row in rows), "named in the report, not there"


NUMBERED_AND_LED = """TREVANNION BOROUGH COUNCIL

CABINET

Minutes of the meeting held on Tuesday 8 February 2022

Present: Councillor Ottilie Brannagh (Leader of the Council) in the Chair; Councillors Jory Kestell
(Cabinet Member for Children and Families) and Demelza Rowse.

6.1  The Cabinet Member commented that the service had turned a corner.
6.2  In response to a question from Councillor Rowse about first-time entrants, which at 241 per
100,000 were above the regional figure of 198.5, the Leader said that the plan would be reviewed.
"""


def test_a_post_alone_speaks_after_a_paragraph_number_and_after_a_lead_with_a_relative_clause() -> None:
    rows = people_rows(load_text(NUMBERED_AND_LED, "trevannion_cabinet_minutes.txt"))
    assert ("Jory Kestell", "quoted") in rows, "'6.1  The Cabinet Member commented'"
    assert ("Ottilie Brannagh", "quoted") in rows, "'In response to ..., which ..., the Leader said'"
    assert ("Demelza Rowse", "quoted") not in rows, "she only asked"
