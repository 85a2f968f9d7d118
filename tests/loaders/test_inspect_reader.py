"""The people of an inspection's credits and of papers about an inspection, in layouts the readers first missed.

A report's credits block with no heading ('Lead inspector      Jo Lee' over 'Inspectors      Dev Rao'): a label's
names going on below it in the names' column, a name with its inspectorate in brackets, and the team's research and
inspection support rows among the inspectors'. Fictional names; each layout written in more than one way, with the
near misses a reader must leave alone.
"""

from __future__ import annotations

from tests.conftest import load_text, people_rows
from tests.loaders.test_roles import involvements_of

TITLE = ("An inspection of youth justice services in\n\nExampleshire\n\nHM Inspectorate of Probation\n\n"
         "MAY 2021\n\n")
THANKS = ("This inspection was led by HM Inspector Perpetua Vantongeren, supported by a team of inspectors.\n"
          "We would like to thank everyone who helped plan the inspection.\n\n")


def _team(rows: set[tuple[str, str]]) -> set[str]:
    return {name for name, relation in rows if relation == "inspection_team"}


def test_names_go_on_in_the_names_column_under_a_padded_label() -> None:
    text = TITLE + THANKS + (
        "Lead inspector                 Perpetua Vantongeren\n"
        "Inspectors                     Ignatius Bellweather\n"
        "                               Marisol Quenby-Fraine\n"
        "                               Torvald Ashcombe (Ofsted)\n"
        "Head of Youth Inspections      Cressida Lamorna\n\n"
        "(c) Crown copyright 2021\n")
    rows = people_rows(load_text(text, "report.txt"))
    assert {"Ignatius Bellweather", "Marisol Quenby-Fraine", "Torvald Ashcombe"} <= _team(rows)
    bodies = {name: org for name, relation, _, org in involvements_of(text, "report.txt") if relation == "inspection_team"}
    assert bodies["Torvald Ashcombe"] == "Ofsted"
    assert bodies["Marisol Quenby-Fraine"] == "HM Inspectorate of Probation"
    roles = {name: role for name, relation, role, _ in involvements_of(text, "report.txt") if relation == "inspection_team"}
    assert roles["Marisol Quenby-Fraine"] == "Inspector"  # each name under a plural label holds one of the posts


def test_two_names_a_line_and_a_deeper_indent() -> None:
    text = TITLE + (
        "   Lead Inspector:      Perpetua Vantongeren\n"
        "   Team inspectors      Ignatius Bellweather, Marisol Quenby-Fraine\n"
        "                        Anselm Trevenna and Beatrix Ollerhead\n"
        "   Research officer     Dr Ottilie Pennyfeather\n\n")
    team = _team(people_rows(load_text(text, "report.txt")))
    assert {"Ignatius Bellweather", "Anselm Trevenna", "Beatrix Ollerhead", "Ottilie Pennyfeather"} <= team


def test_research_and_support_rows_among_the_inspectors() -> None:
    text = TITLE + THANKS + (
        "LEAD INSPECTOR          Perpetua Vantongeren\n"
        "Inspector               Ignatius Bellweather\n"
        "Research & analysis     Hesper Morwenna\n"
        "Inspection Support Officer    Lucan Tregothnan\n"
        "Publications            Sabella Pendarves\n\n")
    rows = people_rows(load_text(text, "report.txt"))
    assert {"Hesper Morwenna", "Lucan Tregothnan"} <= _team(rows)
    assert ("Sabella Pendarves", "inspection_team") not in rows  # publications: not one of the team


def test_near_misses_are_left_alone() -> None:
    # research and support with no inspector's row: a council paper's contacts, no team
    contacts = TITLE + ("Report author           Gwendolen Pascoe\n"
                        "Research and analysis   Hesper Morwenna\n\n")
    assert not _team(people_rows(load_text(contacts, "report.txt")))
    # a line under the credits that stands in no names' column, or that is prose, or a table of figures
    text = TITLE + THANKS + (
        "Lead inspector          Perpetua Vantongeren\n"
        "Inspectors              Ignatius Bellweather\n"
        "                        Dunstan Pellow\n"
        "                        Caseloads in 2020 were 140\n"
        "                        The Youth Offending Service\n"
        "    Marisol Quenby-Fraine\n\n")
    team = _team(people_rows(load_text(text, "report.txt")))
    assert {"Ignatius Bellweather", "Dunstan Pellow"} <= team
    assert "Marisol Quenby-Fraine" not in team
    assert not any("Service" in name or "Caseload" in name for name in team)


# --- the lead inspector named in a paper about an inspection, the sentence cut by the line's end ------------------

NEWS = "Westmere Council news\n\nPublished 4 June 2023\n\nYouth justice service rated Good by inspectors\n\n"


def _leads(text: str) -> set[str]:
    return {name for name, relation in people_rows(load_text(text, "news.txt")) if relation == "lead_inspector"}


def test_the_rank_before_the_lead_s_name_cut_by_the_line_s_end() -> None:
    assert _leads(NEWS + "Inspectors visited the service in March. The inspection, led by HM\n"
                  "Inspector Ottoline Farquharson, looked at 31 cases.\n") == {"Ottoline Farquharson"}
    assert _leads(NEWS + "The inspection, which was led by HM Inspector\nOttoline Farquharson, looked at "
                  "31 cases.\n") == {"Ottoline Farquharson"}


def test_hmi_before_the_lead_s_name() -> None:
    assert _leads(NEWS + "The inspection, led by HMI Ottoline Farquharson, took place in January and the report was "
                  "published in March.\n") == {"Ottoline Farquharson"}


def test_the_post_ending_a_line_a_sentence_opens_on() -> None:
    assert _leads(NEWS + "Inspectors looked at court disposals and out-of-court disposals. Lead inspector\n"
                  "Margaret Ellison and her team made five recommendations.\n") == {"Margaret Ellison"}
    # the rank's line ends in something else; a piece of work led by one who is no inspector; a post in a sentence
    # that does not open on its line
    assert not _leads(NEWS + "The inspection, led by HM Inspectorate staff from\nManchester, looked at 31 cases.\n")
    assert not _leads(NEWS + "Data analysis was led by HMRC\nOttoline Farquharson for the council.\n")
    assert not _leads(NEWS + "We wrote to the lead inspector\nMargaret Ellison would chair the panel.\n")
    assert not _leads(NEWS + "The panel heard from the lead inspector.\nMargaret Ellison, Chair, closed the meeting.\n")


# --- a team table of names and their own posts, and what follows it ---------------------------------------------

SQS = ("Report of Short Quality Screening of youth offending work in Westmere\n\nTo:      Ffion Brackley, Chair of "
       "Westmere Youth Offending Service Management Board\n\n")


def test_a_signature_under_a_table_of_names_and_posts_is_no_member() -> None:
    text = SQS + ("Inspection team\n"
                  "Perpetua Vantongeren        Lead Inspector\n"
                  "Ignatius Bellweather        Inspector\n"
                  "Hesper Morwenna             Information Officer\n\n"
                  "Ambrose Quenington\n"
                  "Assistant Chief Inspector\n"
                  "March 2014\n")
    rows = people_rows(load_text(text, "sqs.txt"))
    assert {("Perpetua Vantongeren", "lead_inspector"), ("Ignatius Bellweather", "inspection_team"),
            ("Hesper Morwenna", "inspection_team")} <= rows
    assert ("Ambrose Quenington", "inspection_team") not in rows  # the report's signature, not one of the team
    assert ("Ignatius Bellweather", "lead_inspector") not in rows  # the row below the lead's is another member's
    # with tabs, and a second member's row after the blank line: still the team
    tabbed = SQS + ("INSPECTION TEAM\n"
                    "Perpetua Vantongeren\tLead Inspector\n"
                    "Ignatius Bellweather\tInspector\n\n"
                    "Hesper Morwenna\tInformation Officer\n")
    rows = people_rows(load_text(tabbed, "sqs.txt"))
    assert ("Ignatius Bellweather", "lead_inspector") not in rows
    assert ("Hesper Morwenna", "inspection_team") in rows


# --- a letter's 'To:' and 'From:' side by side, each post under its name in its column ---------------------------

def test_to_and_from_side_by_side_with_colons() -> None:
    text = ("HM Inspectorate of Probation\n\n"
            "To:  Philippa Dunwoody-Hart                   From:  Ambrose Quenington\n"
            "     Chair of Westmere Youth Offending                Assistant Chief Inspector\n"
            "     Service Management Board                         HM Inspectorate of Probation\n"
            "     c/o Town Hall, Westmere\n\n"
            "Date:  21 October 2015\n\nDear Ms Dunwoody-Hart\n\n"
            "Short Quality Screening of youth offending work in Westmere\n\nWe looked at 20 cases.\n")
    rows = involvements_of(text, "sqs.txt")
    people = {(name, relation) for name, relation, _, _ in rows}
    assert ("Philippa Dunwoody-Hart", "addressee") in people
    assert ("Ambrose Quenington", "author") in people
    assert ("Ambrose Quenington", "addressee") not in people  # the right column's name is the sender, not the addressee
    posts = {(name, relation): role for name, relation, role, _ in rows}
    assert posts[("Ambrose Quenington", "author")] == "Assistant Chief Inspector"
    assert posts[("Philippa Dunwoody-Hart", "addressee")] == "Chair of Westmere Youth Offending Service Management Board"
