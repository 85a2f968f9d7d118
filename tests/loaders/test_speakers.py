"""Speakers and holders of key posts in prose (issue 11), fictional news items, plans and council papers:
cabinet members before or after their post, chairs of youth justice boards, the Chief Inspector quoted
outside the inspectorate's own reports."""

from __future__ import annotations

import pytest

from kg.loaders.speakers import name_beside, post_relation, speakers
from kg.loaders.text import Span
from tests.conftest import load_text, people_rows, role_rows
from tests.loaders.test_roles import involvements_of

COUNCIL_NEWS = """Northshire Youth Justice Service rated Good

Posted on 4 March 2022

Northshire's youth justice service has been rated Good by HM Inspectorate of Probation.

The Cabinet Member for Children's Services, Councillor Ann Hall, said: "This is a great result for our young people."

Cllr Bob Lyle, executive member for children and families, said the council would build on the findings.

Portfolio holder Councillor Rita Moss said: "We are proud of the team."

Mia Stone, chair of the Northshire Youth Justice Board, said: "The board will keep pushing for better outcomes."

The Board is chaired by Ken Oduya, Director of Children's Services.
"""


def test_cabinet_members_and_board_chairs_in_council_news() -> None:
    assert people_rows(load_text(COUNCIL_NEWS, "news.txt")) == {
        ("Ann Hall", "cabinet_member"), ("Ann Hall", "quoted"), ("Bob Lyle", "cabinet_member"), ("Bob Lyle", "quoted"),
        ("Rita Moss", "cabinet_member"), ("Rita Moss", "quoted"), ("Mia Stone", "board_chair"), ("Mia Stone", "quoted"),
        ("Ken Oduya", "board_chair")}


PLAN = """Westmere Youth Justice Plan 2023-24

Foreword

I am pleased to introduce this plan on behalf of the partnership.

Raj Menon
Chair, Westmere Youth Justice Management Board

The Chief Inspector of Probation, Justin Hale, said in the inspection report: "Westmere has made real progress."
"""


def test_a_plans_foreword_author_and_the_chief_inspector_quoted_in_it() -> None:
    result = load_text(PLAN, "plan.txt")
    assert people_rows(result) == {
        ("Raj Menon", "author"), ("Raj Menon", "board_chair"), ("Justin Hale", "chief_inspector"),
        ("Justin Hale", "quoted")}
    # the inspectorate named in the next paragraph is not the board chair's organisation: the area's board (which
    # oversees its service) is
    organisation_of = {s.entity: s.value for s in result.statements if s.schema == "Involvement" and s.prop == "organisation"}
    people = {s.entity: s.value for s in result.statements if s.schema == "Involvement" and s.prop == "person"}
    names = {s.entity: s.value for s in result.statements if s.schema == "Person" and s.prop == "name"}
    org_names = {s.entity: s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    chairs = {org_names[organisation] for involvement, organisation in organisation_of.items()
              if names[people[involvement]] == "Raj Menon"}
    assert chairs and all(name.startswith("Westmere") for name in chairs), chairs


COUNCIL_PAPER = """NORTHSHIRE COUNCIL
Minutes of the meeting of the Children's Services Scrutiny Panel held on 7 July 2022

Present: Councillor Grey (Chair), Councillors Moss and Hart

3. Youth Justice Inspection
The Chief Inspector of Probation, Justin Hale, said in the report that the service had improved.
The Cabinet Member for Children, Councillor Ann Hall, said the council welcomed the findings.
Councillor Moss said that the report was clear.
"""


def test_key_posts_quoted_in_a_council_paper_and_nobody_else() -> None:
    rows = people_rows(load_text(COUNCIL_PAPER, "panel.txt"))
    assert {row for row in rows if row[1] in ("quoted", "chief_inspector", "cabinet_member")} == {
        ("Justin Hale", "chief_inspector"), ("Justin Hale", "quoted"), ("Ann Hall", "cabinet_member"),
        ("Ann Hall", "quoted")}


@pytest.mark.parametrize(("post", "relation"), [
    ("chair of the Northshire Youth Justice Board", "board_chair"),
    ("Chair, Westmere YOT Management Board", "board_chair"),
    ("Vice-Chair of the Youth Justice Board", None),
    ("Chair of the Northshire Safeguarding Children Board", None),
    ("Chair of the Scrutiny Panel", None),
    ("chair of the Westmere Community Safety Partnership", None),
    ("Chair of the Youth Justice Partnership", "board_chair"),
    ("HM Chief Inspector of Probation", "chief_inspector"),
    ("Detective Chief Inspector", None),
    ("Head of Youth Justice Inspections", "head_of_inspections"),
    ("who leads the Inspectorate’s youth work", "head_of_inspections"),
    ("who leads the youth work team", None),
    ("executive member for children and families", "cabinet_member"),
])
def test_the_relation_a_post_gives(post: str, relation: str | None) -> None:
    assert post_relation(post) == relation


def test_a_police_chief_inspector_named_with_the_rank_as_a_title_is_not_the_chief_inspector() -> None:
    minutes = ("Dunmoor Council news\n\nChief Inspector Bronwen Ashdale and Sergeant Faisal Rahman of Dunmoor Police "
               "spoke about the partnership.\n\nThe Chief Inspector, Sir Leonard Voss, said: \"Good work.\"\n")
    chiefs = {row for row in people_rows(load_text(minutes, "news.txt")) if row[1] == "chief_inspector"}
    assert chiefs == {("Leonard Voss", "chief_inspector")}


def test_a_police_chief_inspector_quoted_with_the_rank_as_a_title_speaks_for_the_force() -> None:
    news = ("Dunmoor Council news\n\nYouth justice service rated Good\n\nThe service has been rated Good by HM "
            "Inspectorate of Probation.\n\nChief Inspector Bronwen Ashdale said the partnership had helped cut "
            "first-time entrants.\n\nDunmoor Police has seconded two officers to the service.\n")
    assert involvements_of(news, "news.txt") == {("Bronwen Ashdale", "quoted", "Chief Inspector", "Dunmoor Police")}


def test_a_police_chief_inspector_attending_scrutiny_serves_the_force_not_the_inspectorate() -> None:
    minutes = ("Dunmoor Borough Council\nChildren and Young People Scrutiny Panel\nMinutes of the meeting held on 12 July "
               "2022\n\nPresent:\nCouncillor Jo Hart (Chair), Councillor Dev Rao\n\nAlso Present:\nChief Inspector Bronwen "
               "Ashdale - Dunmoor Constabulary\nPerran Tulloch - Head of Youth Justice Service\n\n4. Youth justice "
               "inspection\nIn his foreword, the Chief Inspector, Sir Leonard Voss, said: \"Good work.\"\nChief Inspector "
               "Ashdale added that the joint decision-making panel met weekly.\n")
    organisations = {(name, relation): organisation for name, relation, _, organisation
                     in involvements_of(minutes, "minutes.txt")}
    assert organisations[("Bronwen Ashdale", "officer_attending")] == "Dunmoor Constabulary"
    assert organisations[("Bronwen Ashdale", "quoted")] == "Dunmoor Constabulary"
    assert organisations[("Leonard Voss", "quoted")] == "HM Inspectorate of Probation"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The inspectors found that the partnership board, chaired since April 2022 by Oyelaran\nTwemlow-Achterberg, "
     "had not been told enough.", {("Oyelaran Twemlow-Achterberg", "board_chair")}),
    ("The Youth Justice Partnership Board meets every quarter and is chaired by Oyelaran Twemlow-Achterberg, an "
     "independent chair.", {("Oyelaran Twemlow-Achterberg", "board_chair")}),
    ("The Board has been chaired since 2019 by Dr Oyelaran Twemlow-Achterberg.",
     {("Oyelaran Twemlow-Achterberg", "board_chair")}),
    ("Hester Quennell, who chairs the Northshire Youth Justice Partnership Board and is the council's Director of "
     "Children's Services, said: \"We are pleased.\"", {("Hester Quennell", "board_chair"), ("Hester Quennell", "quoted")}),
    ("Councillor Imelda Quennell-Roe, who holds the children and families portfolio, commented: \"I am proud.\"",
     {("Imelda Quennell-Roe", "cabinet_member"), ("Imelda Quennell-Roe", "quoted")}),
    ("The Safeguarding Children Partnership is chaired by Oyelaran Twemlow-Achterberg.", set()),
    ("The Board's education sub-group is chaired by Oyelaran Twemlow-Achterberg.", set()),
])
def test_chairs_and_portfolio_holders_in_any_wording(sentence: str, expected: set[tuple[str, str]]) -> None:
    news = f"Northshire Youth Justice Service rated Good\n\nPosted on 4 March 2022\n\n{sentence}\n"
    assert people_rows(load_text(news, "news.txt")) == expected


def test_a_councillor_speaking_as_a_cabinet_member_in_minutes() -> None:
    minutes = ("TREGARTH COUNCIL\nMinutes of the meeting of the Children's Scrutiny Panel held on 3 May 2024\n\n"
               "Present: Councillors Ward (Chair), Pryce and Dale\n"
               "Also present: Councillor Wenna Penhaligon-Ivey (Cabinet Member for Children and Families)\n\n"
               "4. Youth justice\nCouncillor Penhaligon-Ivey, speaking as Cabinet Member for Children, Young People and\n"
               "Families, told the Panel that she had asked for monthly reports.\n")
    assert ("Wenna Penhaligon-Ivey", "quoted") in people_rows(load_text(minutes, "panel.txt"))


def test_a_key_post_that_speaks_with_no_name_is_the_one_person_named_in_that_post() -> None:
    minutes = ("TREGARTH COUNCIL\nMinutes of the meeting of the Children's Scrutiny Panel held on 3 May 2024\n\n"
               "Present: Councillors Ward (Chair), Pryce and Dale\n"
               "Also present: Councillor Wenna Penhaligon-Ivey (Cabinet Member for Children and Families)\n\n"
               "4. Youth justice\nThe Cabinet Member, who also chairs the Youth Offending Service Management Board, "
               "said that she would report back.\nThe Head of Service said that posts had been filled.\n")
    rows = people_rows(load_text(minutes, "panel.txt"))
    assert {relation for name, relation in rows if name == "Wenna Penhaligon-Ivey"} == {
        "present_at_meeting", "cabinet_member", "quoted", "board_chair"}
    assert {name for name, _ in rows} == {"Ward", "Pryce", "Dale", "Wenna Penhaligon-Ivey"}


def test_a_chief_inspector_who_wrote_to_the_council_is_not_quoted() -> None:
    paper = ("Northshire Youth Justice Service rated Good\n\nPosted on 4 March 2022\n\n"
             "The inspectorate's Chief Inspector, Edmund Pellworth-Daine, wrote to the Leader of the Council on publication.\n")
    assert people_rows(load_text(paper, "news.txt")) == {("Edmund Pellworth-Daine", "chief_inspector")}


def test_a_speaker_with_two_posts_joined_and_a_chief_inspector_as_he_put_it() -> None:
    news = ("Northshire Youth Justice Service rated Good\n\nPosted on 4 March 2022\n\n"
            "Gerald Pennington-Roe, the council's Corporate Director for People and chair of the multi-agency\n"
            "Youth Justice Management Board, said: \"Every partner has signed up.\"\n\n"
            "As HM Chief Inspector of Probation,\nEdmund Pellworth-Daine, put it, \"leaders must take responsibility\".\n")
    assert people_rows(load_text(news, "news.txt")) == {
        ("Gerald Pennington-Roe", "quoted"), ("Gerald Pennington-Roe", "board_chair"),
        ("Edmund Pellworth-Daine", "quoted"), ("Edmund Pellworth-Daine", "chief_inspector")}


NEWS_WITH_ATTRIBUTIONS = """Westmere Borough Council › News

Youth justice service rated good by inspectors

2 June 2026

HM Inspectorate of Probation has rated Westmere Youth Justice Service as good. Inspectors
spoke to children, staff and partners.

What they said

Councillor Ansel Kittow – Cabinet Member for Children's Services
“Our staff should be proud of this report.”

Petra Quance – Director of Children's Services and chair of the Westmere Youth Justice
Partnership Board
“The whole partnership has played its part.”

Nerys Vosper – Head of Youth Justice
“We will act on the recommendations straight away.”

A young person known as “Tam” said: “They listened to me.”
"""


def test_speakers_introduced_above_their_words_are_quoted_not_staff() -> None:
    result = load_text(NEWS_WITH_ATTRIBUTIONS, "news.txt")
    assert people_rows(result) == {
        ("Ansel Kittow", "quoted"), ("Ansel Kittow", "cabinet_member"), ("Petra Quance", "quoted"),
        ("Petra Quance", "board_chair"), ("Nerys Vosper", "quoted")}


def test_speakers_after_a_line_break_as_a_pronoun_and_before_a_colon_and_a_board_described_between_commas() -> None:
    news = ("Home > News > March 2025\n\nYouth justice inspection: council commits to improvement plan\n\n"
            "Published: 4 March 2025\n\nA report on Westmere's youth justice service was rated requires improvement.\n\n"
            "“We accept every recommendation and we will build a better service,” said\n"
            "Cllr Anjali Ravensworth, executive member for children and families.\n\n"
            "The Westmere Youth Justice Management Board, the partnership which oversees the service,\n"
            "is chaired by Rosalind Abercrombie-Tey, the council’s director of children’s services. She said:\n"
            "“The inspectors have told us what we already suspected.”\n\n"
            "Tobias Vandermeer-Holt, head of youth justice, paid tribute to his team: “Our staff go above and "
            "beyond.”\n")
    rows = people_rows(load_text(news, "news.txt"))
    assert {row for row in rows if row[1] in ("quoted", "board_chair", "cabinet_member")} == {
        ("Anjali Ravensworth", "quoted"), ("Anjali Ravensworth", "cabinet_member"),
        ("Rosalind Abercrombie-Tey", "board_chair"), ("Rosalind Abercrombie-Tey", "quoted"),
        ("Tobias Vandermeer-Holt", "quoted")}


def test_a_cabinet_member_named_as_attending_is_quoted_where_she_speaks_by_surname() -> None:
    minutes = ("WESTMERE COUNTY COUNCIL\n\nMinutes of a meeting of the CHILDREN'S SCRUTINY COMMITTEE held on 2 April "
               "2025\n\nPresent: Councillors Abbot (Chair), Brill and Cole\n\n"
               "5.  YOUTH JUSTICE INSPECTION\n\nThe Cabinet Member for Children's Services, Cllr Oksana Pryce-Dale, "
               "was also in attendance for this item.\nMs Jo Hart, the Service Manager, said the plan was on track.\n"
               "Cllr Pryce-Dale thanked the staff and said that the judgement was a floor, not a ceiling.\n")
    rows = people_rows(load_text(minutes, "minutes.txt"))
    assert {row for row in rows if row[1] == "quoted"} == {("Oksana Pryce-Dale", "quoted")}
RELATIVE_POSTS = """NEWS RELEASE
HM Inspectorate of Probation

Westmere youth justice service rated Good

"The board knows its children," said Dr Oona Petrakis, who
has chaired the Westmere Youth Justice Partnership Board since 2020.

Hesper Lindgren, who heads the Inspectorate's youth inspection programme, added: "Well done."
"""


def test_posts_stated_in_a_relative_clause_after_the_name_and_their_bodies() -> None:
    """'said X, who has chaired the Board since 2020' is the board's chair, speaking for the service it oversees;
    'X, who heads the Inspectorate's youth inspection programme, added' heads the programme and speaks for the
    inspectorate."""
    rows = {(person, relation, organisation) for person, relation, _, organisation in
            involvements_of(RELATIVE_POSTS, "press_release.txt")}
    assert {("Oona Petrakis", "board_chair", "Westmere Youth Offending Service"),
            ("Oona Petrakis", "quoted", "Westmere Youth Offending Service"),
            ("Hesper Lindgren", "head_of_inspections", "HM Inspectorate of Probation"),
            ("Hesper Lindgren", "quoted", "HM Inspectorate of Probation")} <= rows, rows
BOARD_CHAIRS_IN_RELATIVE_CLAUSES = """Kelderby Youth Justice Service praised by inspectors

Posted on 12 May 2023

Kelderby Youth Justice Service has been rated Good by HM Inspectorate of Probation.

Ms Jo Banks, who chairs the Kelderby Youth Justice Management Board, said: "This reflects the hard work of our staff."

Councillor Pat Orme, who is chair of the Kelderby Youth Justice Partnership Board, said the council was delighted.

Dr Vik Anand, who leads the Kelderby Youth Justice Board, added that the partnership would act on every recommendation.

Sam Kerr, who heads the Kelderby youth justice service, said the team had worked hard.

"We are delighted," said Ivo Lane, who chairs the Kelderby Youth Justice Partnership Board.

Mr Rob Tull, who heads the Kelderby Youth Justice
Management Board, said the partnership was strong.

Dr Una Fife (Chair of the Kelderby YJMB) said the board would meet monthly.
"""


def test_a_relative_clause_that_chairs_leads_or_heads_a_board_names_its_chair() -> None:
    rows = role_rows(load_text(BOARD_CHAIRS_IN_RELATIVE_CLAUSES, "news.txt"))
    chairs = {(name, role) for name, relation, role in rows if relation == "board_chair"}
    # the post the clause states, without its 'who'; heading the service is not chairing its board
    assert chairs == {("Jo Banks", "chairs the Kelderby Youth Justice Management Board"),
                      ("Pat Orme", "chair of the Kelderby Youth Justice Partnership Board"),
                      ("Vik Anand", "leads the Kelderby Youth Justice Board"),
                      # after the speech verb; wrapped over a line; the board by its initials
                      ("Ivo Lane", "chairs the Kelderby Youth Justice Partnership Board"),
                      ("Rob Tull", "heads the Kelderby Youth Justice Management Board"),
                      ("Una Fife", "Chair of the Kelderby YJMB")}
    assert {name for name, relation, _ in rows if relation == "quoted"} == {
        "Jo Banks", "Pat Orme", "Vik Anand", "Sam Kerr", "Ivo Lane", "Rob Tull", "Una Fife"}


CHIEF_INSPECTOR_IN_COUNCIL_MINUTES = """TOLLBRIDGE COUNCIL
Minutes of the Children and Young People Scrutiny Committee held on 3 March 2023

Present: Councillor Dunn (Chair), Councillors Lamb and Reeve

4. Inspection of Tollbridge Youth Justice Service
Members noted the inspection report. Alan Threlfall, HM Chief Inspector of Probation, said that the service had made
strong progress.

The Committee also noted the foreword, in which HM Chief Inspector of Probation, Alan Threlfall, said the partnership
should be proud.

The Head of Service reported that the Chief Inspector, Mr Threlfall, said the board's oversight was a strength.
"""


def test_the_chief_inspector_quoted_in_minutes_in_any_order_keeps_the_post_alone() -> None:
    rows = role_rows(load_text(CHIEF_INSPECTOR_IN_COUNCIL_MINUTES, "minutes.txt"))
    assert {(relation, role) for name, relation, role in rows if name == "Alan Threlfall"} == {
        ("chief_inspector", "HM Chief Inspector of Probation"), ("quoted", "HM Chief Inspector of Probation"),
        ("chief_inspector", "Chief Inspector"), ("quoted", "Chief Inspector")}


# An inspectorate's release about a service in an area the gazetteer does not know (batch 20): the service's head and
# the board's chair named after 'led by' and 'chaired by', the board by its own name or as 'the partnership board'.
LED_AND_CHAIRED = """Tarrowby youth justice service rated 'Good'

Tarrowby Youth Justice Service has been rated 'Good' by HM Inspectorate of Probation.

The service is led by Anwen Gale-Morris, Head of Youth Justice, and the partnership board is chaired by Idris
Penhale, the council's Director of Children's Services.

The Tarrowby Youth Justice Partnership Board is chaired by Idris Penhale, Director of Children's Services.
"""


def test_the_head_a_service_is_led_by_and_the_chair_of_its_board_in_either_wording() -> None:
    rows = involvements_of(LED_AND_CHAIRED, "tarrowby_release.txt")
    assert ("Anwen Gale-Morris", "staff", "Head of Youth Justice", "Tarrowby Youth Offending Service") in rows
    chairs = {(role, org) for name, relation, role, org in rows if relation == "board_chair"}
    # the bare 'Chair' of the first wording is the whole post the second writes: one seat, one row
    assert chairs == {("Chair, Tarrowby Youth Justice Partnership Board", "Tarrowby Youth Offending Service")}


# A board's minutes and a council report (batch 20): attendees named in full who speak are quoted, one holding a key post
# spoken of by its post alone too; an officer's answer written by surname is not (the keys differ on it).
QUOTED_IN_MINUTES = """Tarrowby Youth Justice Partnership Board

MINUTES

Board members present

Name\tOrganisation\tRole
Dewi Lloyd-Amos\tTarrowby Council\tDirector of Children's Services (Chair)
Ffion Ap-Iorwerth\tTarrowby Council\tHead of Housing Options
Cllr Owain Trebor\tTarrowby Council\tLeader of the Council

In attendance

Name\tOrganisation\tRole
Kofi Ansah-Lloyd\tYouth Justice Board\tOversight Manager

1.  Accommodation

    Ffion Ap-Iorwerth said that two supported lodgings providers had been approved.
    Kofi Ansah-Lloyd said that the YJB would test the Board's response.
    The Leader said that the Cabinet would consider the plan in October.
    Ms Ap-Iorwerth explained that a same-day placement could not be guaranteed.
"""


def test_attendees_who_speak_in_minutes_are_quoted_and_the_leader_by_the_post() -> None:
    quoted = {name for name, relation in people_rows(load_text(QUOTED_IN_MINUTES, "tarrowby_yjpb.txt"))
              if relation == "quoted"}
    assert quoted == {"Ffion Ap-Iorwerth", "Kofi Ansah-Lloyd", "Owain Trebor"}


COMMITTEE_REPORT = """TARROWBY COUNCIL

Report to:        Children's Scrutiny Committee
Date of meeting:  10 July 2025

1.1   At its meeting on 5 June 2025 the Committee, at the request of its Chair, Councillor Tegwen Rolfe, asked
      for this report.

2.1   The Chair of the Licensing Committee, Councillor Huw Rendle, has been consulted.
"""


def test_the_committees_own_chair_named_as_its_chair_and_not_another_committees() -> None:
    # (the other committee's chair is named in passing only: `other`)
    rows = people_rows(load_text(COMMITTEE_REPORT, "tarrowby_report.txt"))
    assert {row for row in rows if row[1] != "other"} == {("Tegwen Rolfe", "panel_chair")}


CHAIR_BY_POST = """MINUTES OF A MEETING OF THE CABINET
held on Tuesday 9 April 2024

OFFICERS IN ATTENDANCE: Chief Executive (Hermione Tallis-Ward); Strategic Director, People (Osman
Greenhalgh-Diaz).

CAB/7/24  YOUTH JUSTICE INSPECTION

The Strategic Director, who chairs the Northbrook Youth Justice Partnership Board, reported that the
Board had met twice since the inspection.
"""

CHAIRED_BY_POST = """REPORT TO THE CHILDREN'S SCRUTINY PANEL

The service is overseen by the Northbrook Youth Justice Partnership Board, chaired by
the Director of Children's Services. The Board meets quarterly.

Imogen Fairclough-Reyes
Director of Children's Services
3 March 2024
"""


def test_a_board_chaired_by_a_post_is_chaired_by_the_one_person_the_document_lists_in_it() -> None:
    assert ("Osman Greenhalgh-Diaz", "board_chair") in people_rows(load_text(CHAIR_BY_POST, "cabinet.txt"))
    assert ("Imogen Fairclough-Reyes", "board_chair") in people_rows(load_text(CHAIRED_BY_POST, "report.txt"))


def test_a_speaker_who_chairs_the_board_in_minutes_is_its_chair_and_quoted_and_so_is_an_officer_but_not_a_member() -> None:
    """Officers who came for an item and speak to it are quoted, by title and surname too: most keys say so (u126, u134,
    u137, u146, u155, u160; u25 does not); a member who speaks with no key post is not."""
    minutes = ("DUNMOOR COUNTY BOROUGH COUNCIL\n\nCHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n\n"
               "Minutes of a meeting held in the Council Chamber on Wednesday, 4th June, 2025 at 2.00 p.m.\n\n"
               "Present:  Councillor A.B. Tovey (Chair); Councillors C. Lusk and D. Penry.\n\n"
               "12   YOUTH JUSTICE SERVICE INSPECTION -\n\n"
               "The Corporate Director of Social Services, Iwan ap Gwilym, Nia Brook, Youth Justice Service "
               "Manager, and\nOwen Pellow from the Service's performance team were in attendance for this item.\n\n"
               "Councillor Lusk said that the report was welcome. Mr. Pellow explained that the rate was based on a "
               "small cohort.\nMr. ap Gwilym, who chairs the Board, said that membership had been reviewed.\n")
    rows = people_rows(load_text(minutes, "minutes.txt"))
    assert {row for row in rows if row[1] in ("quoted", "board_chair")} == {
        ("Iwan ap Gwilym", "quoted"), ("Iwan ap Gwilym", "board_chair"), ("Owen Pellow", "quoted")}


def test_a_board_chaired_by_someone_named_with_their_other_post_is_chaired_by_them_as_chair() -> None:
    report = ("DUNMOOR COUNTY COUNCIL\n\nCABINET REPORT\n\nDunmoor Youth Justice Service is a statutory partnership. "
              "Its work is overseen by the Dunmoor Youth Justice Management Board, chaired by\n"
              "       Iwan ap Gwilym, Corporate Director of Social Services.\n")
    rows = role_rows(load_text(report, "cabinet.txt"))
    # as its chair (the board named, as batch 20's keys write it), not in the other post
    assert {row for row in rows if row[1] == "board_chair"} == {
        ("Iwan ap Gwilym", "board_chair", "Chair, Dunmoor Youth Justice Management Board")}


def test_a_speaker_with_a_post_and_a_boards_chair_speaks_in_the_first_and_chairs_in_the_second() -> None:
    news = ("Dunmoor County Borough Council\n\nInspectors identify improvements needed in Dunmoor youth justice service"
            "\n\nIwan ap Gwilym, the council’s Corporate Director of Social Services and chair of the Dunmoor\n"
            "Youth Justice Management Board, said: “The board has already agreed a new panel.”\n")
    rows = {(name, relation, org) for name, relation, _, org in involvements_of(news, "news.txt")}
    assert rows == {("Iwan ap Gwilym", "quoted", "Dunmoor Council"),
                    ("Iwan ap Gwilym", "board_chair", "Dunmoor Youth Offending Service")}


def test_a_key_post_speaking_with_no_name_keeps_only_the_posts_words() -> None:
    minutes = ("DUNMOOR COUNTY BOROUGH COUNCIL\n\nCHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n\n"
               "Minutes of a meeting held on Wednesday, 4th June, 2025.\n\n"
               "Present:  Councillor A.B. Tovey (Chair); Councillors C. Lusk and D. Penry.\n\n"
               "Also present: Councillor R. Cadog (Cabinet Member for Children's Services).\n\n"
               "12   YOUTH JUSTICE -\n\nThe Cabinet Member thanked the staff team and said that the work was valued.\n")
    rows = role_rows(load_text(minutes, "minutes.txt"))
    assert {row for row in rows if row[1] == "quoted"} == {("R. Cadog", "quoted", "Cabinet Member")}



def test_the_name_after_a_post_is_read_whole_however_far_it_runs() -> None:
    text = "Portfolio holder:" + " " * 20 + "Councillor Gwenllian Pryderi-Fitzwilliam, who presented it"
    name = name_beside(text, Span(0, 16, text[:16]))
    assert name is not None and name.name == "Gwenllian Pryderi-Fitzwilliam"


def test_a_post_replied_to_is_not_the_speaker_after_it() -> None:
    text = ("DUNMOOR COUNCIL\n\nMINUTES OF A MEETING OF THE CABINET HELD ON 3 MAY 2024\n\n"
            "PRESENT: Councillor Ann Hale (Chair)\n\n12  YOUTH JUSTICE INSPECTION\n\n"
            "The Cabinet Member for Children, Councillor Ann Hale, presented the report. In reply to the Cabinet Member "
            "for Housing, Mr Idris Vaughan-Lister confirmed that two places had been reserved.\n")
    rows = people_rows(load_text(text, "dunmoor_cabinet_minutes.txt"))
    assert ("Ann Hale", "cabinet_member") in rows and ("Idris Vaughan-Lister", "cabinet_member") not in rows


def test_a_speaker_listed_with_initials_and_one_whose_clause_states_a_key_post() -> None:
    text = ("DUNMOOR COUNTY BOROUGH COUNCIL\n\nMINUTES OF A MEETING OF THE CABINET HELD ON 3 MAY 2024\n\n"
            "PRESENT:\n\nCouncillor B. Hale-Morris (Leader of the Council) – in the Chair\n\nOfficers:\n"
            "E. Pryce-Lovell         Corporate Director – Social Services\n\n"
            "12  YOUTH JUSTICE INSPECTION\n\n"
            "Elinor Pryce-Lovell, Corporate Director – Social Services, who chairs the Youth Justice\n"
            "Management Board, said that the Board had agreed a policy.\n\n"
            "The Leader, Councillor Bronwen Hale-Morris, thanked the staff and said that the result was a credit to "
            "them.\n")
    rows = people_rows(load_text(text, "dunmoor_cabinet_minutes.txt"))
    assert {("Elinor Pryce-Lovell", "quoted"), ("Elinor Pryce-Lovell", "board_chair"),
            ("Bronwen Hale-Morris", "quoted")} <= rows


def test_a_boards_chair_named_as_its_chair_after_the_board() -> None:
    report = ("DUNMOOR COUNCIL\n\nReport to: Cabinet\n\n4.2  The plan was agreed by the Partnership Board on 12 October "
              "2023. Its chair, Ann Wright, will report progress.\n\n4.3  The Committee met in May. Its chair, Raj Patel, "
              "spoke.\n\n4.4  The Safeguarding Children Board met in June. Its chair, Kim Ford, spoke.\n")
    rows = people_rows(load_text(report, "cabinet.txt"))
    assert ("Ann Wright", "board_chair") in rows
    assert ("Raj Patel", "board_chair") not in rows and ("Kim Ford", "board_chair") not in rows


def test_the_meetings_chair_and_a_cabinet_member_quoted_in_scrutiny_minutes_and_an_observer_not() -> None:
    minutes = ("DUNMOOR COUNTY COUNCIL\n\nMINUTES of a meeting of the Children's Scrutiny Committee held on 4 March 2025\n\n"
               "PRESENT: Councillor T. Adams-Pryce (Chairman), Councillors Baker and Cole.\n\n"
               "Also in attendance: Councillor Ruth Hale, Cabinet Member for Children and Families.\n\n"
               "44.  INSPECTION\n\nCouncillor Hale, the Cabinet Member for Children and Families, thanked the\n"
               "Committee and said that she would report progress.\n\nThe Chairman, Councillor Adams-Pryce, said the "
               "Committee would want a report.\n\nKim Ford, Youth Justice Board oversight manager, also attended and "
               "observed the meeting.\n")
    quoted = {name for name, relation in people_rows(load_text(minutes, "scrutiny.txt")) if relation == "quoted"}
    assert quoted == {"Ruth Hale", "T. Adams-Pryce"}


def test_the_chair_speaking_by_the_post_alone_is_the_one_who_chaired_the_meeting() -> None:
    minutes = ("DUNMOOR COUNCIL\n\nMINUTES of a meeting of the Children's Scrutiny Panel held on 4 March 2025\n\n"
               "PRESENT: Cllr Y. Pembridge-Hale (Chair), Cllr M. Harcourt\n\n5.  INSPECTION\n\n"
               "The Chair thanked officers and said that the Panel wished to see the plan.\n")
    assert ("Y. Pembridge-Hale", "quoted") in people_rows(load_text(minutes, "panel.txt"))


SCRUTINY_WITH_A_CABINET_MEMBER = """WESTMERE COUNTY COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

Minutes of the meeting held on Thursday, 24 April 2014

Present: Councillors A. Ashgrove (Chair), B. Bellweather and C. Corrigan.

23.  FULL JOINT INSPECTION OF YOUTH OFFENDING WORK

     The Cabinet Member for Children and Young People, County Councillor Rhiannon
     Cadwallader, attended at the invitation of the Committee and presented the report.

     Councillor Cadwallader said that the authority "took the judgement as the headline".

     The Head of Service (Morwenna Tilley) introduced the report. She explained that the
     screening, led by HM Inspector Lorcan Whitbread, had looked at 26 cases.
"""


def test_a_county_councillor_beside_her_post_who_speaks_by_surname_and_no_speaker_after_explained_that() -> None:
    rows = {(name, relation) for name, relation, *_ in involvements_of(SCRUTINY_WITH_A_CABINET_MEMBER, "scrutiny.txt")}
    assert {("Rhiannon Cadwallader", "cabinet_member"), ("Rhiannon Cadwallader", "quoted"),
            ("Lorcan Whitbread", "lead_inspector")} <= rows
    assert ("Lorcan Whitbread", "quoted") not in rows, "'explained that the screening, led by X': X is not the speaker"


def test_an_officer_attending_who_speaks_by_rank_and_surname() -> None:
    minutes = ("Thistlecombe Youth Justice Management Board\nMinutes of the meeting held on 9 May 2019\n\n"
               "Present: Rosamund Achterley (Chair), Idris Fenwick-Lowe and Nell Quartermain.\n\n"
               "4.  PERFORMANCE REPORT\n    Idris Fenwick-Lowe presented the report, supported by Sergeant Tomasz\n"
               "    Brannigan-Okoye of Fenby Police, who attended for this item only.\n"
               "    Sergeant Brannigan-Okoye said that the new triage scheme would start in June.\n")
    rows = people_rows(load_text(minutes, "board.txt"))
    assert ("Tomasz Brannigan-Okoye", "quoted") in rows, rows


def test_words_that_say_when_an_officer_spoke_are_not_her_post() -> None:
    minutes = ("THISTLECOMBE COUNTY COUNCIL\n\nMINUTES OF THE CHILDREN'S SCRUTINY COMMITTEE HELD ON 21 SEPTEMBER 2021\n\n"
               "PRESENT: Councillor Ada Brackley (Chair)\n\nOfficers:\nCarys Ellwood-Mbeki - Head of Youth Justice "
               "Service\n\n21. YOUTH JUSTICE INSPECTION\n\nThe Committee considered the report.\n"
               "In response to Members' questions, Ms Ellwood-Mbeki explained that reviews were now audited.\n")
    rows = role_rows(load_text(minutes, "scrutiny.txt"))
    assert ("Carys Ellwood-Mbeki", "quoted", "Head of Youth Justice Service") in rows, rows


def test_the_councillor_who_asked_is_not_the_post_that_answered() -> None:
    text = """    In answer to Councillor Brisco, the Head of Inclusion and Access said that the number had fallen to 41.
    In response to a question from Councillor Quennell, the Cabinet Member for Children, Councillor Halloway,
    said that the plan had been agreed.
"""
    assert [speaker.name.name for speaker in speakers(text)] == ["Halloway"]


def test_a_name_in_a_tables_next_column_holds_no_post_of_this_one() -> None:
    text = "CLLR ANN HOLT (AH)\t\tPETRA VOSS (PV)\n  Cabinet Member, Children's Services\t  Assistant Chief Officer,\n" \
           "C/INSP GARETH LOWRY (GL)\n"
    role = Span(text.index("Cabinet"), text.index("Cabinet") + len("Cabinet Member, Children's Services"),
                "Cabinet Member, Children's Services")
    assert name_beside(text, role) is None


def test_he_said_after_a_sentence_naming_one_person_by_title_and_surname() -> None:
    text = """    Mr Penhaligon-Ward drew Members' attention to the fall in first time entrants.
    He said that "the bureau is doing what we hoped".
"""
    assert [(speaker.name.name, speaker.name.title) for speaker in speakers(text)] == [("Penhaligon-Ward", "Mr")]


def test_the_chair_of_a_scrutiny_committee_in_a_relative_clause() -> None:
    assert post_relation("chairs the authority's Social Care and Health Scrutiny Committee") == "panel_chair"
    assert post_relation("chairs the authority's Licensing Committee") is None


def test_a_boards_name_after_a_rating_on_the_line_above_opens_at_its_the() -> None:
    report = ("An inspection of youth justice services in Ashgrove\nHM Inspectorate of Probation, October 2019\n\n"
              "Domain one: Organisational delivery\n"
              "1.1 Governance and leadership                                          Good\n"
              "The Youth Justice Partnership Board is chaired by the Strategic Director,\n"
              "Children and Families, Catriona Melville, and meets every two months.\n")
    chairs = {row for row in role_rows(load_text(report, "inspection.txt")) if row[1] == "board_chair"}
    assert chairs == {("Catriona Melville", "board_chair", "Chair, Youth Justice Partnership Board")}


def test_what_a_speaker_did_before_speaking_is_no_post() -> None:
    # 'The Chair, Councillor X, thanked officers and said': the speaker is quoted, 'thanked officers and' no post
    minutes = ("Brackwater Borough Council\nCHILDREN'S SCRUTINY PANEL\n\nPresent: Councillors Ada Fenwick (Chair), Ravi Kohli\n\n"
               "5. The Chair, Councillor Fenwick, thanked the officers and said that the panel would return to\n"
               "the plan in March.\n")
    rows = involvements_of(minutes, "scrutiny_minutes.txt")
    quoted = {(person, role) for person, relation, role, _ in rows if relation == "quoted"}
    assert {person for person, _ in quoted} == {"Ada Fenwick"}
    assert not any(role and "thanked" in role for _, _, role, _ in rows), rows


THRUSHCOMBE_RELEASE = """HM Inspectorate of Probation
News release
For immediate release: 12 May 2021

Youth justice work in Thrushcombe requires improvement, say inspectors

Work with children who offend in Thrushcombe needs to improve, according to a report published today.

%s
"We accept the findings in full. The Board has already changed how it meets."

- ENDS -
"""


@pytest.mark.parametrize(("said", "post"), [
    ("Responding to the report, Marjorie Tolland, Corporate Director for Social Services at\nThrushcombe County Borough "
     "Council and chair of the Youth Justice Management Board, said:",
     "Corporate Director for Social Services at Thrushcombe County Borough Council"),
    ("Marjorie Tolland (Director of Children's Services at Thrushcombe Metropolitan Borough Council and independent\n"
     "chair of the Thrushcombe Youth Justice Partnership Board) said:",
     "Director of Children's Services at Thrushcombe Metropolitan Borough Council"),
])
def test_a_speaker_with_two_long_posts_joined_by_and_over_a_lines_break(said: str, post: str) -> None:
    rows = role_rows(load_text(THRUSHCOMBE_RELEASE % said, "release.txt"))
    assert ("Marjorie Tolland", "quoted", post) in rows
    assert any(name == "Marjorie Tolland" and relation == "board_chair" for name, relation, _ in rows)
