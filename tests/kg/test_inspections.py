"""One Inspection node per inspection: a report and the papers that discuss it meet on one node at resolution."""

from __future__ import annotations

from itertools import permutations

from kg.graph import build_graph
from kg.inspections import GENERIC, Seen, merged_groups
from kg.resolve import resolve
from tests.conftest import load_text

REPORT = ("An inspection of youth offending services in\nWestmere\nHM Inspectorate of Probation, March 2024\n\n"
          "We have rated the service 'Good' overall.\n")
CABINET = ("Westmere Council\n\nCabinet\n\n14 May 2024\n\nYouth Justice Service: inspection outcome\n\n"
           "Westmere Youth Justice Service was rated Good overall by HM Inspectorate of Probation.\n")
LATER_NEWS = ("Westmere Council news\n\nPosted on 3 March 2027\n\n"
              "Westmere Youth Justice Service was rated Outstanding overall by HM Inspectorate of Probation.\n")


def inspections_by_document(*documents: tuple[str, str]) -> dict[str, set[str]]:
    statements = [s for name, text in documents for s in load_text(text, name).statements]
    graph = build_graph(statements, resolve(statements))
    found: dict[str, set[str]] = {}
    for node in graph.nodes.values():
        if node.schema == "Inspection":
            found[node.id] = {graph.caption(d) for d in node.values("reported_in")}
    return found


def test_a_council_paper_about_the_inspection_meets_the_report_on_one_node() -> None:
    found = inspections_by_document(("report.txt", REPORT), ("cabinet.txt", CABINET))
    assert list(found.values()) == [{"report.txt", "cabinet.txt"}]


def test_news_of_a_later_inspection_stays_apart() -> None:
    found = inspections_by_document(("report.txt", REPORT), ("cabinet.txt", CABINET), ("news.txt", LATER_NEWS))
    assert sorted(found.values(), key=len) == [{"news.txt"}, {"report.txt", "cabinet.txt"}]


PLAN = ("Westmere Youth Justice Plan\n\nForeword\n\nHM Inspectorate of Probation judged the Westmere Youth Justice "
        "Service to be Good overall.\n")


def test_a_plan_of_no_date_joins_its_areas_only_inspection_and_no_other() -> None:
    found = inspections_by_document(("report.txt", REPORT), ("plan.txt", PLAN))
    assert list(found.values()) == [{"report.txt", "plan.txt"}]
    found = inspections_by_document(("report.txt", REPORT), ("news.txt", LATER_NEWS), ("plan.txt", PLAN))
    assert sorted(found.values(), key=sorted) == [{"news.txt"}, {"plan.txt"}, {"report.txt"}]


DATED_PLAN = ("Westmere Youth Justice Plan 2023-24\n\n8 June 2023\n\nForeword\n\nIn November 2022 HM Inspectorate of "
              "Probation inspected our Youth Justice Service and rated it 'Good' overall.\n")
MINUTES = ("Westmere Council\n\nChildren and Young People Scrutiny Panel\n\nTuesday 12 September 2023 at 6.30 pm\n\n"
           "Westmere Youth Justice Service was rated Good overall by HM Inspectorate of Probation.\n")
NEWS = ("Westmere Echo\n\nPosted on 19 February 2024\n\n"
        "Westmere Youth Justice Service was rated Good overall by HM Inspectorate of Probation.\n")


def test_papers_meet_on_the_inspection_a_plan_says_took_place_in_a_month() -> None:
    # a plan, minutes and news eight months apart, none naming the inspection's type: the plan's 'In November 2022
    # ... inspected' dates it, and the papers of the next 18 months discuss that inspection
    plan = load_text(DATED_PLAN, "plan.txt").statements
    assert {(s.prop, s.value) for s in plan if s.schema == "Inspection" and s.prop == "fieldwork_start"} == {
        ("fieldwork_start", "2022-11")}
    found = inspections_by_document(("plan.txt", DATED_PLAN), ("minutes.txt", MINUTES), ("news.txt", NEWS))
    assert list(found.values()) == [{"plan.txt", "minutes.txt", "news.txt"}]


def undated(papers: dict[str, str], ids: tuple[str, ...]) -> list[Seen]:
    """Inspections of one area and type that papers discuss without dating, one a paper, with the given ids."""
    seen = [Seen(id_, areas={"area-westmere"}, kinds={"standards inspection"}, documents={name})
            for id_, name in zip(ids, papers, strict=True)]
    for one, date in zip(seen, papers.values(), strict=True):
        one.dates["paper"] = {date}
    return seen


def test_papers_of_one_season_are_one_inspection_whatever_their_ids() -> None:
    # June, September and February: each within six months of the next, all within a year
    papers = {"plan.txt": "2023-06-08", "minutes.txt": "2023-09-12", "news.txt": "2024-02-19"}
    for ids in permutations(["inspection-a", "inspection-b", "inspection-c"]):
        groups = [sorted(d for one in members for d in one.documents) for members in merged_groups(undated(papers, ids))]
        assert groups == [["minutes.txt", "news.txt", "plan.txt"]], ids


def test_a_boards_minutes_every_quarter_never_chain_inspections_years_apart() -> None:
    papers = {f"minutes-{year}-{month:02}.txt": f"{year}-{month:02}-15" for year in (2020, 2021, 2022) for month in (1, 4, 7, 10)}
    ids = tuple(f"inspection-{n:02}" for n in range(len(papers)))
    for members in merged_groups(undated(papers, ids)):
        dates = sorted(papers[d] for one in members for d in one.documents)
        assert dates[-1][:7] <= f"{int(dates[0][:4]) + 1}{dates[0][4:7]}", dates  # a year at most


def thematics(papers: dict[str, str]) -> list[Seen]:
    """The national thematic inspection that papers of one area discuss without dating it, one node a paper."""
    seen = [Seen(f"inspection-{n}", areas={"area-westmere"}, kinds={"thematic inspection"}, documents={name})
            for n, name in enumerate(papers)]
    for one, date in zip(seen, papers.values(), strict=True):
        one.dates["paper"] = {date}
    return seen


def test_a_thematic_discussed_in_a_report_to_a_meeting_and_its_minutes_is_one_inspection_and_no_other_days() -> None:
    # the report to the panel and the minutes of that meeting, one day; a board's minutes a quarter before may be of
    # another thematic, as a national one is no inspection of the area that the area's rules could date
    papers = {"scrutiny-report.txt": "2024-01-23", "scrutiny-minutes.txt": "2024-01-23", "board.txt": "2023-10-10"}
    groups = [sorted(d for one in members for d in one.documents) for members in merged_groups(thematics(papers))]
    assert groups == [["scrutiny-minutes.txt", "scrutiny-report.txt"]]


def dated(id_: str, kind: str, published: str) -> Seen:
    one = Seen(id_, areas={"area-westmere"}, kinds={kind}, documents={f"{id_}.txt"})
    one.dates["published"] = {published}
    return one


def test_a_generic_inspection_between_two_types_never_makes_them_one() -> None:
    # a press release naming no type, published between a joint inspection and a screening whose windows it overlaps
    # both: it may join one of them, never both into one node typed twice
    for ids in permutations(["inspection-a", "inspection-b", "inspection-c"]):
        fji, release, sqs = (dated(ids[0], "Full Joint Inspection", "2012-03"), dated(ids[1], GENERIC, "2012-06"),
                             dated(ids[2], "SQS", "2012-09"))
        for members in merged_groups([fji, release, sqs]):
            kinds = {kind for one in members for kind in one.kinds} - {GENERIC}
            assert len(kinds) == 1, (ids, kinds)
