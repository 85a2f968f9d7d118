"""Standards' ratings in tables broken every way and in sentences, on small fictional documents."""

from __future__ import annotations

import pytest

from tests.conftest import load_text
from tests.loaders.test_findings import entities

REPORT = "Thistlecombe Council\n\nCabinet, 14 March 2024\n\nYouth Justice Service: inspection outcome\n\n"


def standard_ratings(text: str) -> set[tuple[str, str]]:
    return {(r["scope"][0], r["rating"][0]) for r in entities(load_text(text), "Rating") if r["scope"] != ["overall"]}


def test_a_coded_table_with_names_and_ratings_wrapped_in_their_columns() -> None:
    table = ("4.2\tThe ratings for each standard were:\n\n"
             "\tDomain one: Organisational\n\tdelivery\n"
             "\t1.1 Governance and\t\t\tRequires\n\tleadership\t\t\t\timprovement\n"
             "\t1.2 Staff\t\t\t\tGOOD\n\n"
             "\tDomain three: Out-of-court\n\tdisposals\n"
             "\t3.1 Assessment\t\t\t\tRequires\n\t\t\t\t\t\timprovement\n"
             "\t3.3 Implementation and\t\t\tInadequate\n\tdelivery\n"
             "\t3.4 Out-of-court disposal\t\tInadequate\n\tpolicy and provision\n\n"
             "4.3\tThe board had not been given enough information.\n")
    assert standard_ratings(REPORT + table) == {
        ("1.1 Governance and leadership", "Requires improvement"), ("1.2 Staff", "Good"),
        ("3.1 Assessment", "Requires improvement"), ("3.3 Implementation and delivery", "Inadequate"),
        ("3.4 Out-of-court disposal policy and provision", "Inadequate")}


def test_codeless_rows_wrapped_under_their_domains_and_a_standard_only_one_domain_has() -> None:
    table = ("Organisational delivery\nPartnerships and\nservices\t\t\tGood\n"
             "Out-of-court disposals: Implementation\nand delivery\t\t\tGood\n"
             "Resettlement policy and provision\t\tRequires improvement\n")
    assert standard_ratings(REPORT + table) == {
        ("1.3 Partnerships and services", "Good"), ("3.3 Implementation and delivery", "Good"),
        ("4.1 Resettlement policy and provision", "Requires improvement")}


def test_a_row_with_its_description_between_the_name_and_the_rating() -> None:
    line = ("<p>2.2. Planning</p> <p>Planning is well-informed, holistic and personalised.</p> <p>2.2.1. Does planning "
            "focus on keeping the child safe?</p>\t<p>Requires improvement</p>\n")
    assert standard_ratings(REPORT + line) == {("2.2 Planning", "Requires improvement")}


def test_a_percentage_beside_a_standard_is_never_its_rating() -> None:
    assert standard_ratings(REPORT + "2.1 Assessment\t\t\t| 84%\n2.2 Planning\t\t\t| 25/36\n") == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("The service has been judged 'Good' overall. Ten of the twelve standards were rated Good; the standard "
                 "for information and facilities (1.4) was rated Requires improvement, as was\n\tout-of-court disposal "
                 "policy and provision (3.4).",
                 {("1.4 Information and facilities", "Requires improvement"),
                  ("3.4 Out-of-court disposal policy and provision", "Requires improvement")}, id="code-and-as-was"),
    pytest.param("Of the thirteen standards, the inspectors had judged court work assessment and planning to be Good, "
                 "while the out-of-court\ndisposal policy and provision standard had been rated Inadequate.",
                 {("2.1 Assessment", "Good"), ("2.2 Planning", "Good"),
                  ("3.4 Out-of-court disposal policy and provision", "Inadequate")}, id="judged-object-to-be"),
    pytest.param("We agreed a policy with the police (standard 3.4 was\n\trated Inadequate).",
                 {("3.4 Out-of-court disposal policy and provision", "Inadequate")}, id="standard-code"),
    pytest.param("Inspectors rated the service against 12 standards. Two of those – staff, and the assessment of "
                 "children sentenced by the courts – were judged\nOutstanding.",
                 {("1.2 Staff", "Outstanding"), ("2.1 Assessment", "Outstanding")}, id="list-between-dashes"),
    pytest.param("Members asked about the single standard rated Requires improvement\n(Information and facilities).",
                 {("1.4 Information and facilities", "Requires improvement")}, id="name-in-brackets-after"),
    pytest.param("Reviewing in court cases was rated INADEQUATE.", {("2.4 Reviewing", "Inadequate")}, id="capitals"),
    # batch 20: what 'as had' names takes the rating before it, not the next one
    pytest.param("The service was rated Requires improvement overall. Staff had been rated Good, as had partnerships "
                 "and services, and the implementation and delivery of "
                 "out-of-court work had been rated Outstanding.",
                 {("1.2 Staff", "Good"), ("1.3 Partnerships and services", "Good"),
                  ("3.3 Implementation and delivery", "Outstanding")}, id="as-had"),
    pytest.param("Of the 13 standards inspected, two were rated ‘Outstanding’: staffing, and the implementation and\n"
                 "delivery of court disposals.", {("1.2 Staff", "Outstanding"), ("2.3 Implementation and delivery",
                                                                                   "Outstanding")}, id="listed-after-colon"),
    pytest.param("Inspectors also found:\n  • resettlement policy and provision was good, with homes found in time",
                 {("4.1 Resettlement policy and provision", "Good")}, id="named-in-full-was"),
    pytest.param("Of the thirteen standards, five were rated Good, seven Requires Improvement and one, out-of-court\n"
                 "disposal policy and provision, Inadequate.",
                 {("3.4 Out-of-court disposal policy and provision", "Inadequate")}, id="count-then-named"),
    pytest.param("Staffing and information and facilities were both rated ‘Good’.",
                 {("1.2 Staff", "Good"), ("1.4 Information and facilities", "Good")}, id="staff-named-with-another"),
])
def test_standards_rated_in_sentences(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert standard_ratings(REPORT + sentence + "\n") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("It was rated 'outstanding' for the implementation and delivery of its out-of-court work, where "
                 "children\nare diverted from court, and 'good' for the staff team.",
                 {("3.3 Implementation and delivery", "Outstanding"), ("1.2 Staff", "Good")}, id="each-rating-for"),
    pytest.param("Thistlecombe received 'Requires improvement' ratings for governance and leadership, planning and "
                 "reviewing in court cases, and resettlement policy and provision.",
                 {("1.1 Governance and leadership", "Requires improvement"), ("2.2 Planning", "Requires improvement"),
                  ("2.4 Reviewing", "Requires improvement"),
                  ("4.1 Resettlement policy and provision", "Requires improvement")}, id="ratings-for-a-list"),
    # the object of 'for' ends where another clause with its own verb begins
    pytest.param("Out-of-court work was rated Outstanding for implementation and delivery, and staff were rated Good.",
                 {("3.3 Implementation and delivery", "Outstanding"), ("1.2 Staff", "Good")}, id="for-then-a-clause"),
])
def test_standards_rated_for_what_the_sentence_names(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert standard_ratings(REPORT + "The service received an overall rating of 'Requires improvement'. " + sentence
                            + "\n") == expected


def test_staff_judged_outstanding_in_news_are_people_not_the_standard() -> None:
    news = ("Thistlecombe Council news\n\nInspectors spent a week with the service, talking to children, parents, staff "
            "and partners. Staff were judged to be Outstanding by the families.\n")
    assert standard_ratings(news) == set()


def test_several_standards_rated_after_one_verb_in_minutes_each_in_the_domain_said_before_it() -> None:
    minutes = ("MARSHGATE COUNCIL\nMinutes of the Children's Services Scrutiny Committee held on 20 January 2023\n\n"
               "5. Marshgate Youth Justice Service: inspection outcome\n"
               "The Head of Service reported on the inspection. For court disposals, the inspectors rated Assessment as "
               "Good and Planning as Requires improvement, and Implementation and delivery as Outstanding.\n"
               "For out-of-court disposals, they rated Assessment as 'Requires improvement' and Reviewing as 'Good'.\n"
               "Inspectors rated the Governance and leadership standard as Outstanding and Staff as Good.\n")
    # out-of-court work has no reviewing standard, so that rating names none
    assert standard_ratings(minutes) == {
        ("2.1 Assessment", "Good"), ("2.2 Planning", "Requires improvement"),
        ("2.3 Implementation and delivery", "Outstanding"), ("3.1 Assessment", "Requires improvement"),
        ("1.1 Governance and leadership", "Outstanding"), ("1.2 Staff", "Good")}


def test_standards_rated_one_after_another_in_a_sentence_each_keep_their_own_rating_and_the_work_named_first() -> None:
    minutes = ("MARSHGATE COUNCIL\nMinutes of the Children's Services Scrutiny Committee held on 20 January 2023\n\n"
               "Members heard that assessment of court disposals was rated Good, planning was rated Requires improvement "
               "and reviewing was rated Outstanding.\n")
    assert standard_ratings(minutes) == {
        ("2.1 Assessment", "Good"), ("2.2 Planning", "Requires improvement"), ("2.4 Reviewing", "Outstanding")}


def test_rows_with_dotted_leaders_naming_their_standard_short_under_the_domain() -> None:
    table = ("      Out-of-court disposals: Planning ................................... Requires\n      improvement\n"
             "      Out-of-court disposals: Policy and provision ....................... Good\n"
             "      Resettlement: Policy and provision ................................. Outstanding\n")
    assert standard_ratings(REPORT + table) == {
        ("3.2 Planning", "Requires improvement"), ("3.4 Out-of-court disposal policy and provision", "Good"),
        ("4.1 Resettlement policy and provision", "Outstanding")}


def test_a_standard_named_in_full_broken_at_its_hyphen_and_one_rated_as_a_headline_is_no_overall_rating() -> None:
    minutes = ("Westmere Youth Justice Management Board\n\nMinutes\n\n2   Published inspection report\n"
               "    The service was rated 'Requires improvement' overall; resettle-\n"
               "    ment policy and provision was rated good.\n"
               "    Members heard that the service had been rated 'Good' overall by HM Inspectorate of\n"
               "    Probation, with partnerships and services rated Outstanding.\n")
    result = load_text(minutes)
    ratings = {(r["scope"][0], r["rating"][0]) for r in entities(result, "Rating")}
    assert ("4.1 Resettlement policy and provision", "Good") in ratings
    assert ("1.3 Partnerships and services", "Outstanding") in ratings
    assert ("overall", "Outstanding") not in ratings


def test_a_policy_and_provision_row_wrapped_before_2021_keeps_the_name_it_is_written_with() -> None:
    report = "Thistlecombe Council\n\nScrutiny Committee, 9 July 2019\n\nYouth Justice Service: inspection outcome\n\n"
    table = ("     Out-of-court disposals: Assessment         Good\n"
             "     Out-of-court disposals: Policy and         Outstanding\n"
             "     provision\n")
    assert standard_ratings(report + table) == {
        ("3.1 Assessment", "Good"), ("3.4 Out-of-court disposal policy and provision", "Outstanding")}


def test_a_stage_named_after_its_rating_in_minutes_and_the_overall_rating_kept_to_its_own_clause() -> None:
    minutes = ("Thistlecombe Youth Justice Management Board\nMinutes of the meeting held on 4 June 2019\n\n"
               "The inspector summarised the findings. The service had been rated Good\noverall; court work was rated "
               "Inadequate for reviewing, and out-of-court work was rated Outstanding for assessment.\n")
    rows = {(r["scope"][0], r["rating"][0]) for r in entities(load_text(minutes, "board.txt"), "Rating")}
    assert rows == {("overall", "Good"), ("2.4 Reviewing", "Inadequate"), ("3.1 Assessment", "Outstanding")}


def test_standards_listed_as_having_required_improvement() -> None:
    minutes = ("Thistlecombe Youth Justice Management Board\nMinutes of the meeting held on 4 June 2019\n\n"
               "The inspector summarised the findings. Information and facilities, and the assessment and\n"
               "reviewing of court work, all required improvement.\n")
    assert standard_ratings(minutes) == {
        ("1.4 Information and facilities", "Requires improvement"), ("2.1 Assessment", "Requires improvement"),
        ("2.4 Reviewing", "Requires improvement")}


def test_a_numbered_paragraph_is_not_a_standards_row_nor_a_scale_an_overall_rating() -> None:
    report = (REPORT + "2.1    That Cabinet notes the findings of the inspection and the overall rating of\n"
              "       Requires Improvement.\n\n4. Our standards are available on our website. Services are rated\n"
              "   ‘Outstanding’, ‘Good’, ‘Requires improvement’ or ‘Inadequate’.\n")
    ratings = {(r["scope"][0], r["rating"][0]) for r in entities(load_text(report), "Rating")}
    assert not {rating for rating in ratings if rating[0] != "overall" or rating[1] == "Outstanding"}


def test_a_domains_list_in_a_releases_notes_rates_each_standard_over_its_line_breaks() -> None:
    notes = ("Press release\nYouth justice services in Thistlecombe rated 'Good'\n\nNotes to editors\n"
             "2. Ratings: Thistlecombe Youth Justice Service\n"
             "   Organisational delivery: Governance and leadership - Good; Staff - Outstanding; Information and\n"
             "   facilities - Requires improvement.\n"
             "   Court disposals: Assessment - Good; Planning - Requires\n   improvement; Reviewing - Inadequate.\n"
             "   Out-of-court disposals: Joint working - Good.\n")
    assert standard_ratings(notes) == {
        ("1.1 Governance and leadership", "Good"), ("1.2 Staff", "Outstanding"),
        ("1.4 Information and facilities", "Requires improvement"), ("2.1 Assessment", "Good"),
        ("2.2 Planning", "Requires improvement"), ("2.4 Reviewing", "Inadequate"), ("3.4 Joint working", "Good")}


def test_a_stage_of_the_work_under_its_domains_heading_is_no_overall_rating_nor_staff_thanked_before_a_speech() -> None:
    report = (REPORT + "Out-of-court disposals\nWe inspected 9 out-of-court disposals. Work here is a strength and "
              "implementation\nand delivery of services was rated as 'Outstanding'.\n"
              "The Cabinet Member thanked the staff and said she was proud that Thistlecombe was one of only a few "
              "services rated 'Good' under the 13 standards.\n")
    ratings = {(r["scope"][0], r["rating"][0]) for r in entities(load_text(report), "Rating")}
    assert ("overall", "Outstanding") not in ratings
    assert not {scope for scope, _ in ratings if scope.startswith("1.2")}


def test_resettlement_rated_in_a_paper_of_the_revised_framework_is_its_standard_and_in_an_older_one_not() -> None:
    minutes = ("THISTLECOMBE COUNTY COUNCIL\n\nMINUTES OF THE CHILDREN'S SCRUTINY COMMITTEE HELD ON {date}\n\n"
               "PRESENT: Councillor Ada Brackley (Chair)\n\n21. YOUTH JUSTICE INSPECTION\n"
               "Councillor Pask asked why resettlement had been rated 'Requires Improvement' when only two children "
               "had been sentenced to custody.\n")
    assert standard_ratings(minutes.format(date="21 SEPTEMBER 2021")) == {
        ("4.1 Resettlement policy and provision", "Requires improvement")}
    assert standard_ratings(minutes.format(date="21 SEPTEMBER 2019")) == set()


def test_two_columns_of_ratings_run_together_on_one_line() -> None:
    """A table flattened from a page of two columns: each line holds two rows, with wide gaps or one space between."""
    table = ("1.1 Governance and leadership    Good     2.1 Assessment    Requires improvement\n"
             "1.2 Staff    Outstanding     2.2 Planning    Inadequate\n\n"
             "Organisational delivery\n"
             "Partnerships and services – Requires improvement Information and facilities – Good\n")
    assert standard_ratings(REPORT + table) == {
        ("1.1 Governance and leadership", "Good"), ("2.1 Assessment", "Requires improvement"),
        ("1.2 Staff", "Outstanding"), ("2.2 Planning", "Inadequate"),
        ("1.3 Partnerships and services", "Requires improvement"), ("1.4 Information and facilities", "Good")}


def test_a_rating_grouping_the_codes_it_rates() -> None:
    text = REPORT + ("The inspectors' ratings by standard were:\n\nInadequate (1.1, 1.3)\nGood (1.2 and 1.4)\n\n"
                     "Both were rated Requires improvement: 2.1, 2.2.\n")
    assert standard_ratings(text) == {
        ("1.1 Governance and leadership", "Inadequate"), ("1.3 Partnerships and services", "Inadequate"),
        ("1.2 Staff", "Good"), ("1.4 Information and facilities", "Good"),
        ("2.1 Assessment", "Requires improvement"), ("2.2 Planning", "Requires improvement")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Organisational delivery was rated requires improvement.", ("Organisational delivery", "Requires improvement")),
    ("The inspectors found that the service's work was strong; out-of-court disposals were judged to be outstanding.",
     ("Out-of-court disposals", "Outstanding")),
    # a standard of the domain is the standard's rating, not the domain's
    ("Assessment of court disposals was rated good.", ("2.1 Assessment", "Good")),
])
def test_a_domain_rated_in_lower_case_prose(sentence: str, expected: tuple[str, str]) -> None:
    assert standard_ratings(REPORT + sentence + "\n") == {expected}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the standard's name takes a verb in the singular; the people are plural
    ("The service has been rated Good. Staff was rated Outstanding, as was resettlement policy and provision.",
     {("1.2 Staff", "Outstanding"), ("4.1 Resettlement policy and provision", "Outstanding")}),
    ("The service has been rated Good. Staff were judged to be Outstanding.", set()),
    ("Seven of the twelve standards had been rated inadequate, including governance and leadership.",
     {("1.1 Governance and leadership", "Inadequate")}),
])
def test_staff_as_the_standard_and_standards_included_after_their_rating(sentence: str,
                                                                         expected: set[tuple[str, str]]) -> None:
    assert standard_ratings(REPORT + sentence + "\n") == expected


BOARD_MINUTES = ("GRENWICK YOUTH JUSTICE MANAGEMENT BOARD\n\nMinutes of meeting held Thursday 5 June 2025\n\n"
                 "4. HMI Probation inspection - final report\n")


def test_a_run_of_coded_standards_rated_after_a_colon_or_by_a_verb() -> None:
    sentence = ("OT reported that the service was rated 'Good' overall, with three standards Outstanding: 1.1 Governance "
                "and leadership, 1.2 Staff and 2.3 Implementation and delivery (court). 2.2 Planning and 4.1 "
                "Resettlement policy and provision were Requires improvement. The only 'Inadequate' rating was 3.2 "
                "Planning (out-of-court disposals).\n")
    assert standard_ratings(BOARD_MINUTES + sentence) == {
        ("1.1 Governance and leadership", "Outstanding"), ("1.2 Staff", "Outstanding"),
        ("2.3 Implementation and delivery", "Outstanding"), ("2.2 Planning", "Requires improvement"),
        ("4.1 Resettlement policy and provision", "Requires improvement"), ("3.2 Planning", "Inadequate")}


def test_a_domain_s_list_along_indented_lines_and_resettlement_rated_alone() -> None:
    lists = ("     The ratings by standard were set out at Appendix 1:\n"
             "       Court disposals:           Assessment – Good; Planning – Requires improvement;\n"
             "                                  Implementation and delivery – Outstanding; Reviewing – Good\n"
             "       Resettlement:              Requires improvement\n")
    assert standard_ratings(REPORT + lists) == {
        ("2.1 Assessment", "Good"), ("2.2 Planning", "Requires improvement"),
        ("2.3 Implementation and delivery", "Outstanding"), ("2.4 Reviewing", "Good"),
        ("4.1 Resettlement policy and provision", "Requires improvement")}


def test_standard_3_4_by_the_revised_framework_where_resettlement_is_coded_4_1() -> None:
    notes = ("Press release, 24 October 2019\n\nRatings by domain\n"
             "   Out-of-court disposals     Good (3.2)   Requires improvement (3.1, 3.3, 3.4)\n"
             "   Resettlement               Inadequate (4.1)\n")
    assert ("3.4 Out-of-court disposal policy and provision", "Requires improvement") in standard_ratings(
        "Ashgrove Youth Offending Service: inspection report\n\n" + notes)


def test_rated_as_requiring_improvement() -> None:
    news = "Resettlement was also rated as requiring improvement, inspectors said.\n"
    assert standard_ratings("Council news, May 2023\n\n" + news) == {
        ("4.1 Resettlement policy and provision", "Requires improvement")}


def test_a_stage_rated_for_before_a_clause_that_rates_another() -> None:
    text = ("The service had been rated 'Requires improvement' overall. Out-of-court disposal work had been\n"
            "judged 'Outstanding' for implementation and delivery, but reviewing of court cases had been judged\n"
            "'Inadequate'.\n")
    assert standard_ratings(REPORT + text) == {("3.3 Implementation and delivery", "Outstanding"),
                                               ("2.4 Reviewing", "Inadequate")}


def test_a_standard_headed_in_capitals_is_named_as_the_framework_writes_it() -> None:
    # one rating node per standard: in capitals in one paper and plainly in another, its scope had two values
    report = ("Inspection of youth justice services in Brackwater\n\nRATINGS SUMMARY\n\n"
              "1.1 GOVERNANCE AND LEADERSHIP .............. Good\n"
              "1.2 STAFF .................................. Requires improvement\n"
              "2.1 ASSESSMENT ............................. Good\n")
    assert {("1.1 Governance and leadership", "Good"), ("1.2 Staff", "Requires improvement"),
            ("2.1 Assessment", "Good")} <= standard_ratings(report)


@pytest.mark.parametrize("table", [
    # a news page's list, each standard's domain in brackets after its name, its rating after dot leaders
    "Of the twelve standards:\n\n"
    "  - Assessment (court disposals) .................. Good\n"
    "  - Implementation and delivery (court) ........... Requires improvement\n"
    "  - Policy and provision (out-of-court) ........... Outstanding\n"
    "  - Planning (out-of-court) ....................... Inadequate\n\n"
    "The report highlights good work.\n",
    # a table in pipes, the bracket naming the work another way
    "| Standard                              | Rating               |\n"
    "| Assessment (court work)               | Good                 |\n"
    "| Implementation and delivery (Court)   | Requires improvement |\n"
    "| Policy and provision (Out of court)   | Outstanding          |\n"
    "| Planning (out-of-court disposals)     | Inadequate           |\n",
])
def test_a_rows_own_domain_in_brackets_after_a_standards_name(table: str) -> None:
    assert standard_ratings(REPORT + table) == {
        ("2.1 Assessment", "Good"), ("2.3 Implementation and delivery", "Requires improvement"),
        ("3.4 Out-of-court disposal policy and provision", "Outstanding"), ("3.2 Planning", "Inadequate")}


@pytest.mark.parametrize("sentence", [
    "The service had been rated 'Good' overall, with 'Outstanding' for the\nimplementation and delivery of out-of-court "
    "disposals.",
    "Inspectors rated it Good overall with Outstanding for its out-of-court implementation and delivery work.",
])
def test_a_standards_rating_for_its_work_after_the_services_with(sentence: str) -> None:
    minutes = ("MARSHGATE COUNCIL\nMinutes of the Children's Services Scrutiny Committee held on 20 January 2023\n\n"
               + sentence + "\n")
    assert standard_ratings(minutes) == {("3.3 Implementation and delivery", "Outstanding")}


@pytest.mark.parametrize("heads", [
    pytest.param("1.1 Governance and leadership\t1.2 Staff\t1.3 Partnerships and services\t1.4 Information and facilities",
                 id="coded"),
    pytest.param("Governance and leadership    Staff    Partnerships and services    Information and facilities",
                 id="named-under-the-domain"),
])
def test_a_grid_of_standards_over_their_ratings_pairs_them_by_column(heads: str) -> None:
    grid = (f"Domain one: organisational delivery\n{heads}\n"
            "Good\tOutstanding\tGood\tRequires improvement\n"
            "Domain two: court disposals\n"
            "2.1 Assessment\t2.2 Planning\t2.3 Implementation and delivery\t2.4 Reviewing\n"
            "Inadequate\tGood\tGood\tGood\n")
    assert standard_ratings(REPORT + grid) == {
        ("1.1 Governance and leadership", "Good"), ("1.2 Staff", "Outstanding"),
        ("1.3 Partnerships and services", "Good"), ("1.4 Information and facilities", "Requires improvement"),
        ("2.1 Assessment", "Inadequate"), ("2.2 Planning", "Good"), ("2.3 Implementation and delivery", "Good"),
        ("2.4 Reviewing", "Good")}

