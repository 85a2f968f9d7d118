"""Standards inspections (2018 onward): which documents the family reads, and the people of a short copy that keeps
only the report's cover, team and ratings. Small fictional documents."""

from __future__ import annotations

import pytest

from kg.loaders import press_release, staff_page, standards_inspection
from kg.names import name_key
from tests.conftest import load_text, people_rows

COVER_AND_TEAM = ("Youth justice inspection — Dunmoor\n"
                  "Published by HM Inspectorate of Probation, May 2025\n\n"
                  "Inspection team\n"
                  "Tamsin Oakley | Lead inspector\n"
                  "Rufus Penhallow | Inspector\n"
                  "Ines Vasquez | Inspector\n\n"
                  "We found committed staff and a board that knows its children.\n")


@pytest.mark.parametrize("title", [
    "Youth justice inspection — Dunmoor",
    "Youth offending service inspection: Dunmoor",
    "Inspection of Dunmoor Youth Justice Service",
    "An inspection of the Dunmoor YOS",
])
def test_a_report_cover_is_a_standards_report(title: str) -> None:
    text = COVER_AND_TEAM.replace("Youth justice inspection — Dunmoor", title)
    assert standards_inspection.recognise(text)
    assert not staff_page.recognise(text)  # 'Name | post' rows and 'staff' in a sentence make no staff page of it


@pytest.mark.parametrize("text", [
    pytest.param("Dunmoor Council news\n\nYouth justice inspection — Dunmoor\n\nThe service was rated good by HM "
                 "Inspectorate of Probation.\n", id="title-below-a-masthead"),
    pytest.param("Inspection of Dunmoor Youth Justice Service\n\nReport to: Cabinet\n\nThe report of HM Inspectorate "
                 "of Probation was published in May.\n", id="council-report-on-the-inspection"),
    pytest.param("Dunmoor Council\n\nNews\n\nThe service was rated Good by HM Inspectorate of Probation. The full "
                 "report, ‘An inspection of youth justice services in Dunmoor’, can be read online.\n",
                 id="news-citing-the-reports-title"),
])
def test_a_title_without_the_inspectorate_under_it_is_no_report_cover(text: str) -> None:
    assert not standards_inspection.recognise(text)


def test_a_cover_only_report_names_its_team_from_name_then_post_rows() -> None:
    rows = {(name_key(name), relation) for name, relation in people_rows(load_text(COVER_AND_TEAM))}
    assert rows == {("tamsin oakley", "lead_inspector"), ("rufus penhallow", "inspection_team"),
                    ("ines vasquez", "inspection_team")}


def test_a_press_release_by_the_inspectorate_is_not_read_as_a_report() -> None:
    text = ("HM Inspectorate of Probation press release\n\nDunmoor youth justice services rated Good\n\n"
            "Chief Inspector Dame Orla Finch said: \"The service is doing well.\"\n\nNotes to editors\n")
    assert press_release.recognise(text)
    assert not standards_inspection.recognise(text)


def test_a_council_report_that_lists_the_inspection_report_among_its_papers_is_no_report() -> None:
    text = ("DUNMOOR BOROUGH COUNCIL\n\nReport to:\t\tCABINET\nReport author:\tSimon Achter, Head of Youth Justice\n\n"
            "1. PURPOSE\nTo inform Cabinet of the outcome of the inspection.\n\nBACKGROUND PAPERS\n"
            "An inspection of youth justice services in Dunmoor (HM Inspectorate of Probation, February 2025)\n")
    assert not standards_inspection.recognise(text)
    assert load_text(text).families == ("unknown",)  # nor a thematic report, for the title among its papers


def test_minutes_whose_item_is_titled_after_the_inspection_are_not_its_report() -> None:
    # batch 20: a cabinet's numbered item 'JOINT INSPECTION OF YOUTH JUSTICE SERVICES IN X' discusses the report
    text = ("TARROWBY COUNCIL\n\nMINUTES OF THE MEETING OF THE CABINET HELD ON 4 MARCH 2025\n\nPRESENT: Councillor "
            "Gethin Parry-Hale (in the Chair)\n\n129.  JOINT INSPECTION OF YOUTH JUSTICE SERVICES IN TARROWBY - OUTCOME\n\n"
            "      HM Inspectorate of Probation had inspected the service. The Head of Youth Justice Service, Nia "
            "Hale-Ormond, presented the findings.\n")
    assert not standards_inspection.signs(text)
