"""Ratings per standard, domain and theme of work in the wordings and layouts of documents kg had not seen (the
unseen set's missing rating rows), each in a small fictional fixture: an older inspection's scoring table with
'done well enough' between score and judgement, judgements 'had been judged' in minutes, a judgement before the
themes it is of, the overall judgement in the scale's words first."""

from __future__ import annotations

from tests.conftest import load_text, rating_rows


def _ratings(text: str, name: str = "fixture.txt") -> set[tuple[str, str]]:
    return rating_rows(load_text(text, name))


FJI_SCORING_TABLE = """WESTMERE FJI 2011
SCORING SUMMARY

Theme          Case assessment score     Work judged to be      Performance
1 Reducing reoffending         58%       done well enough       Unsatisfactory
2 Protecting the public        61%       done well enough       Satisfactory
3 Protecting the child or
  young person                 70%       done well enough       Good
5 Governance and partnerships  n/a                              Satisfactory

We judged that, overall, youth offending work in Westmere required MODERATE
improvement.
"""


def test_a_scoring_table_with_done_well_enough_between_score_and_judgement() -> None:
    found = _ratings(FJI_SCORING_TABLE, "westmere_fji_report.txt")
    assert {("Reducing reoffending", "Unsatisfactory"), ("Protecting the public", "Satisfactory"),
            ("Protecting the child or young person", "Good"), ("Governance and partnerships", "Satisfactory"),
            ("overall", "Moderate improvement required")} <= found
    assert not {rating for _, rating in found if "%" in rating or rating.isdigit()}


FJI_MINUTES = """WESTMERE BOROUGH COUNCIL
Children and Young People Scrutiny Panel - 9 July 2011

5. Full Joint Inspection of youth offending work
Mr. Doe explained that inspectors had examined 50 cases. Ensuring that the sentence is served had been judged
good; protecting the child or young person and governance and partnerships had been judged satisfactory; and
reducing reoffending, protecting the public and interventions had been judged
unsatisfactory. Overall, moderate improvement was required.
"""


def test_themes_that_had_been_judged_and_an_overall_judgement_in_the_scales_words_first() -> None:
    found = _ratings(FJI_MINUTES, "westmere_scrutiny_minutes.txt")
    assert {("Ensuring that the sentence is served", "Good"), ("Protecting the child or young person", "Satisfactory"),
            ("Governance and partnerships", "Satisfactory"), ("Reducing reoffending", "Unsatisfactory"),
            ("Protecting the public", "Unsatisfactory"), ("Interventions to reduce reoffending", "Unsatisfactory"),
            ("overall", "Moderate improvement required")} <= found


FJI_NEWS = """Westmere Council news

The service was rated "good" for making sure sentences are served, and "satisfactory" for
protecting children and young people and for governance, but "unsatisfactory" in two
other areas. The Chair said the "Unsatisfactory" judgement for protecting the public was serious.
At the board, four themes had been scored below "good"; two were
unsatisfactory (reducing reoffending,
   interventions to reduce reoffending).
Ensuring that the sentence is served good at 85%.
"""


def test_a_judgement_before_the_themes_it_is_of() -> None:
    found = _ratings(FJI_NEWS, "westmere_news.txt")
    assert {("Ensuring that the sentence is served", "Good"), ("Protecting the child or young person", "Satisfactory"),
            ("Governance and partnerships", "Satisfactory"), ("Protecting the public", "Unsatisfactory"),
            ("Reducing reoffending", "Unsatisfactory"), ("Interventions to reduce reoffending", "Unsatisfactory")} <= found
    # 'good for' in prose rates nothing; the judgement 'for' the themes is one only quoted or called one
    assert not _ratings("This scheme is good for protecting the public, members agreed.\n", "westmere_news2.txt")


CCI_SCORES = """Scores from the Core Case Inspection

"Safeguarding" work
(action to protect the young person)          64%          Moderate improvement required

"Risk of Harm to others" work
(action to protect the public)                51%          Substantial improvement required
"""


def test_an_area_of_work_quoted_on_the_line_over_its_scored_judgement() -> None:
    found = _ratings(CCI_SCORES, "westmere_cci_report.txt")
    assert {("Safeguarding work", "Moderate improvement required"),
            ("Risk of Harm to others work", "Substantial improvement required")} <= found
    assert not {rating for _, rating in found if "%" in rating or any(c.isdigit() for c in rating)}


PLAN_DOMAINS = """WESTMERE YOUTH JUSTICE PLAN 2023-24

Inspection outcome (May 2022)
  Overall rating ........................................ Good
  Domain one: organisational delivery ................... Outstanding
  Domain two: court
  disposals ............................................. Requires improvement
  Domain three: out-of-court disposals .................. Good

3.1  The service was rated 'Good' overall. Organisational delivery was rated
     Outstanding, court disposals Inadequate and out-of-court disposals
     Good.
"""


def test_domains_rated_in_a_summarys_rows_and_one_after_another_in_a_sentence() -> None:
    found = _ratings(PLAN_DOMAINS, "westmere_yjplan.txt")
    assert {("Organisational delivery", "Outstanding"), ("Court disposals", "Requires improvement"),
            ("Out-of-court disposals", "Good"), ("Court disposals", "Inadequate")} <= found


WRAPPED_DOMAIN_TABLE = """Table 1: Ratings by standard
| Domain              | Standard                            | Rating            |
|---------------------|-------------------------------------|-------------------|
| Organisational      | 1.1 Governance and leadership       | Requires          |
|                     |                                     | improvement       |
| delivery            | 1.2 Staff                           | Outstanding       |
| Out-of-court        | 3.1 Assessment                      | Good              |
| disposals           | 3.2 Planning                        | Inadequate        |
"""


def test_a_domains_heading_wrapped_in_its_column_beside_its_standards() -> None:
    found = _ratings(WRAPPED_DOMAIN_TABLE, "westmere_cabinet_report.txt")
    assert {("1.1 Governance and leadership", "Requires improvement"), ("1.2 Staff", "Outstanding"),
            ("3.1 Assessment", "Good"), ("3.2 Planning", "Inadequate")} <= found


def test_an_overall_rating_after_dot_leaders() -> None:
    news = "Key figures from the report\n\n  Overall rating .................... Requires improvement\n  Cases inspected ......... 49\n"
    assert ("overall", "Requires improvement") in _ratings(news, "westmere_council_news.txt")


CCI_SPLIT_ROWS = """Core Case Inspection scores

Safeguarding work:                                 61%
(action to protect the young person)               MODERATE improvement required
Risk of Harm to others work:                       49%
(action to protect the public)                     SUBSTANTIAL improvement required
"""


def test_an_area_of_work_and_its_score_over_its_explanation_and_judgement() -> None:
    found = _ratings(CCI_SPLIT_ROWS, "westmere_fji_report.txt")
    assert {("Safeguarding work", "Moderate improvement required"),
            ("Risk of Harm to others work", "Substantial improvement required")} <= found


PARTIAL_LIST = """2.1  The service was rated 'Good' overall. Of the twelve standards, one was rated
     'Outstanding' (3.1 Assessment - out-of-court disposals), seven were rated 'Good'
     and four were rated 'Inadequate':

        1.3  Partnerships and services
        2.2  Planning (court disposals)
        4.1  Resettlement policy and provision

2.2  The inspectorate made six recommendations.

   3.4  Out-of-court disposal policy and provision Good
"""


def test_standards_listed_one_a_line_under_the_rating_they_share() -> None:
    found = _ratings(PARTIAL_LIST, "westmere_cabinet_report.txt")
    assert {("1.3 Partnerships and services", "Inadequate"), ("2.2 Planning", "Inadequate"),
            ("4.1 Resettlement policy and provision", "Inadequate")} <= found


def test_a_standards_full_name_one_space_before_its_rating() -> None:
    assert ("3.4 Out-of-court disposal policy and provision", "Good") in _ratings(PARTIAL_LIST, "westmere_report.txt")


def test_a_list_of_standards_each_rated_on_its_line_is_not_one_runs_rating() -> None:
    table = "Four were rated 'Good':\n  1.1  Governance and leadership   Outstanding\n  1.2  Staff   Inadequate\n"
    found = _ratings(table, "westmere_minutes.txt")
    assert ("1.2 Staff", "Good") not in found and ("1.2 Staff", "Inadequate") in found


SERVICE_NEWS = """Westmere Council news, June 2024

Westmere's Youth Justice Service has been graded "good" by HM Inspectorate of Probation,
with its staff and its work to resettle children leaving custody both judged "outstanding".
"""

PLAN_FOREWORD = """Foreword
In May 2024 HM Inspectorate of Probation published its inspection of youth justice services in
Westmere. The service was rated Good, and Outstanding for its staff and for resettlement.
"""


def test_the_services_staff_and_its_work_resettling_children_rated_in_news() -> None:
    found = _ratings(SERVICE_NEWS, "westmere_council_news_2024.txt")
    assert {("1.2 Staff", "Outstanding"), ("4.1 Resettlement policy and provision", "Outstanding")} <= found


def test_standards_rated_for_after_the_services_own_rating() -> None:
    found = _ratings(PLAN_FOREWORD, "westmere_youth_justice_plan_2024.txt")
    assert {("1.2 Staff", "Outstanding"), ("4.1 Resettlement policy and provision", "Outstanding")} <= found
    # staff as people are still no standard: 'thanked staff, who were proud to be rated Good'
    assert not {scope for scope, _ in _ratings("The Chair thanked staff, who were rated as kind by families.\n",
                                               "westmere_news.txt")}


CODED_IN_PROSE = """Mr Doe explained that the service had been rated Good overall. Of twelve standards, one (2.4 Reviewing)
was Inadequate, five were Requires improvement and six were Good. Of the eleven standards at the
last inspection, four were Good, six Requires improvement and one,
2.1 Assessment, Inadequate. Inspectors rated 3.2 Planning (out-of-court disposals) as 'Outstanding'.
They rated the service Outstanding for Staff (1.2) and for the
delivery of court work (2.3).
"""


def test_coded_standards_in_brackets_or_commas_before_their_rating_and_rated_for_by_code() -> None:
    found = _ratings(CODED_IN_PROSE, "westmere_scrutiny_minutes_2024.txt")
    assert {("2.4 Reviewing", "Inadequate"), ("2.1 Assessment", "Inadequate"), ("3.2 Planning", "Outstanding"),
            ("1.2 Staff", "Outstanding"), ("2.3 Implementation and delivery", "Outstanding")} <= found


NAMES_BESIDE_RATINGS = """Inspectors rated the YJS across 12 standards. Governance and leadership
'Requires improvement'; partnerships and services
'Inadequate'; information and facilities 'Good'.

The plan will focus on:
  -  resettlement policy and provision (Requires improvement)
"""


def test_standards_named_in_full_beside_a_quoted_or_bracketed_rating() -> None:
    found = _ratings(NAMES_BESIDE_RATINGS, "westmere_press_release_2023.txt")
    assert {("1.1 Governance and leadership", "Requires improvement"), ("1.3 Partnerships and services", "Inadequate"),
            ("1.4 Information and facilities", "Good"),
            ("4.1 Resettlement policy and provision", "Requires improvement")} <= found


WITH_RATINGS = """3  HMI Probation inspection - action plan
   The report (published 3 May 2022) rated the
   service Good overall, with reviewing in court cases Inadequate and
   out-of-court implementation and delivery Outstanding. Of the nine recommendations, seven
   are owned by the YJS.
"""


def test_standards_after_with_each_with_its_rating_and_no_verb() -> None:
    found = _ratings(WITH_RATINGS, "westmere_board_minutes_2022.txt")
    assert {("2.4 Reviewing", "Inadequate"), ("3.3 Implementation and delivery", "Outstanding")} <= found
    assert not _ratings("She met with the new manager Good and thanked her.\n", "westmere_minutes.txt")


RATING_BEFORE_LIST = """Inspectors looked at the work of the service across 12 standards, rating three of them
as 'Outstanding': governance and leadership, staff, and information and facilities.

Westmere youth justice service rated 'Good' – but children leaving custody are let down
"""


def test_standards_listed_after_the_rating_they_share() -> None:
    found = _ratings(RATING_BEFORE_LIST, "westmere_press_release_2023.txt")
    assert {("1.1 Governance and leadership", "Outstanding"), ("1.2 Staff", "Outstanding"),
            ("1.4 Information and facilities", "Outstanding")} <= found
    assert not {scope for scope, rating in found if rating == "Good" and scope != "overall"}


RATED_WITH_QUOTES = """Inspectors rated the planning of court orders 'inadequate' but rated the service's out-of-court
work 'good'. They rated the service's governance and leadership
'Requires improvement'. They rated the service 'Good'.
"""


def test_what_a_verb_rates_before_a_quoted_rating() -> None:
    found = _ratings(RATED_WITH_QUOTES, "westmere_newspaper_2024.txt")
    assert {("2.2 Planning", "Inadequate"), ("Out-of-court disposals", "Good"),
            ("1.1 Governance and leadership", "Requires improvement")} <= found


TOP_GRADE_FOR_A_PART = """London Borough of Westmere
www.westmere.gov.uk / Newsroom / Children and families

NEWS  |  2 April 2019  |  Children and families

Youth justice: our response to the inspection

The inspectors rated the service "requires improvement" overall. Our out-of-court work was given the top
grade of outstanding for delivery.
"""


def test_the_top_grade_given_for_a_part_of_the_work_is_no_overall_rating() -> None:
    overall = {rating for scope, rating in _ratings(TOP_GRADE_FOR_A_PART, "westmere_news_2019.txt") if scope == "overall"}
    assert overall == {"Requires improvement"}
