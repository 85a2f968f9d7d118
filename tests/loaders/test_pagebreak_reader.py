"""A person's name cut by a page's furniture: a title or a forename ends one page, then the page's number, a footer or a
running header (and blank lines), then the surname opens the next page with a capital. Read in the shared name layer
(`kg.names.page_cut_names`), so every reader sees one name: prose ('is chaired by Councillor Marguerite' / '- 6 -' /
'Okonkwo-Hale, Cabinet Member ...'), a team's names column, a speaker whose verb opens the next page ('Councillor
Imogen' / '12' / 'Adebayo said'), a title alone at a page's end. The quote spans the footer, as the document has it.

Not one name: a whole name ending a page and a name opening the next ('Jo Bloggs' / 'Page 3' / 'Ann Lee, Director'),
a sentence that opens the next page ('The Board ...'), a child's pseudonym whose sentence goes on ('took Jayden' /
'Swimming twice a week'), a heading with no page number between, a table's row of figures between, a run of footer
lines longer than a page's furniture. Fictional documents."""

from __future__ import annotations

from kg.loaders.text import clause_start
from kg.names import find_names, page_cut_names
from tests.conftest import load_text, people_rows, role_rows

TITLE = ("An inspection of youth justice services in\n\nFennick Vale\n\nHM Inspectorate of Probation\n\n"
         "MARCH 2019\n\n")


def _names(text: str) -> list[str]:
    return [found.name for found in find_names(text)]


# --- the name finder ---------------------------------------------------------------------------------------------

def test_a_title_and_a_forename_at_a_pages_end_and_the_surname_after_its_running_header() -> None:
    text = ("The Partnership Board meets every quarter at Fennick House and is chaired by Councillor Marguerite\n\n"
            "                                                                          - 6 -\n"
            "                      Inspection of youth justice services: Fennick Vale\n\n"
            "Okonkwo-Hale, Cabinet Member for Children and Families. Partners attend regularly.\n")
    found = find_names(text)
    assert [(n.name, n.title) for n in found] == [("Marguerite Okonkwo-Hale", "Councillor")]
    # the quote spans the footer, as the document has it
    assert text[found[0].start:found[0].end].startswith("Councillor Marguerite\n")
    assert text[found[0].start:found[0].end].endswith("\nOkonkwo-Hale")


def test_a_forename_alone_in_prose_a_numbered_footer_and_a_rule_then_the_surname_and_a_full_stop() -> None:
    text = ("The Head of Youth Offending Team Inspections, responsible for this inspection programme, is Priyanka\n\n"
            "Fennick Vale youth justice services                                  Page 7 of 30\n"
            "______________________________________________________________________________\n\n"
            "Chaudhry-Lowe. We would like to thank all those who helped plan the inspection.\n")
    assert _names(text) == ["Priyanka Chaudhry-Lowe"]


def test_a_title_and_a_word_the_lexicon_lacks_in_a_register_row_its_surname_after_a_bilingual_footer() -> None:
    text = ("APOLOGIES\n"
            "PRYDDERCH, Emrys          Head of Education Access - deputy: Mrs Gwawr\n"
            "                                         Tudalen 2 o 5 / Page 2 of 5\n"
            "Trefor-Ellis, Education Welfare Officer\n")
    assert "Gwawr Trefor-Ellis" in _names(text)


def test_a_title_alone_at_a_pages_end_then_the_whole_name() -> None:
    text = ("The meeting of the Youth Offending Service Management Board was chaired by Dr\n"
            "                                   -- 2 --\n"
            "Hamish Strachan-Bell, Independent Chair, who welcomed members.\n")
    assert [(n.name, n.title) for n in find_names(text)] == [("Hamish Strachan-Bell", "Dr")]


def test_the_name_is_read_whatever_window_a_reader_asks_for() -> None:
    text = ("Inspectors                     Ignatius Bellweather\n"
            "Practice assessors             Saoirse\n"
            "                               - 4 -\n"
            "                               Kinsella-Booth; Marisol Quenby\n")
    line_end = text.index("Saoirse") + len("Saoirse")
    line_start = text.rindex("\n", 0, line_end) + 1
    assert [n.name for n in find_names(text, line_start, line_end)] == ["Saoirse Kinsella-Booth"]
    assert _names(text) == ["Ignatius Bellweather", "Saoirse Kinsella-Booth", "Marisol Quenby"]


def test_a_clause_whose_verb_opens_the_next_page_begins_at_the_name_on_the_last() -> None:
    text = ("Councillor Imogen\n"
            "                                                  12\n"
            "CABINET - 3 MARCH 2020\n\n"
            "Adebayo said that the findings were disappointing.\n")
    verb = text.index(" said")
    assert clause_start(text, verb) == 0
    assert _names(text) == ["Imogen Adebayo"]


# --- the readers ------------------------------------------------------------------------------------------------

def test_an_inspection_reports_board_chair_and_head_of_inspections_cut_by_pages() -> None:
    text = TITLE + (
        "Governance and leadership\n\n"
        "The Youth Justice Management Board meets every quarter at Fennick House and is chaired by Councillor Marguerite\n\n"
        "                                                                                     - 6 -\n"
        "                              Inspection of youth justice services: Fennick Vale\n\n"
        "Okonkwo-Hale, Cabinet Member for Children and Families. Partners attend regularly and the Board receives a\n"
        "performance report at each meeting.\n\n"
        "Acknowledgements\n\n"
        "This inspection was led by HM Inspector Declan Murtagh, supported by a team of inspectors. The Head of Youth\n"
        "Offending Team Inspections, responsible for this inspection programme, is Priyanka\n\n"
        "Inspection of youth justice services: Fennick Vale                                    7\n\n"
        "Chaudhry-Lowe. We would like to thank all those who helped plan and took part in the inspection.\n")
    rows = people_rows(load_text(text, "report.txt"))
    assert ("Marguerite Okonkwo-Hale", "board_chair") in rows
    assert ("Priyanka Chaudhry-Lowe", "head_of_inspections") in rows
    assert not {name for name, _ in rows} & {"Marguerite", "Priyanka", "Okonkwo-Hale", "Chaudhry-Lowe"}


def test_a_team_tables_forename_ends_a_page_and_its_surname_opens_the_next_in_the_names_column() -> None:
    text = TITLE + (
        "This inspection was led by HM Inspector Perpetua Vantongeren, supported by a team of inspectors.\n\n"
        "The inspection team\n\n"
        "Lead inspector                 Perpetua Vantongeren\n"
        "Inspectors                     Ignatius Bellweather\n"
        "Practice assessors             Saoirse\n"
        "-------------------------------------------------------------------------\n"
        "Fennick Vale                                                        4\n"
        "-------------------------------------------------------------------------\n"
        "                               Kinsella-Booth; Marisol Quenby\n"
        "Care Quality Commission        Tobias Renwick-Hale\n\n")
    rows = people_rows(load_text(text, "report.txt"))
    team = {name for name, relation in rows if relation == "inspection_team"}
    assert "Saoirse Kinsella-Booth" in team
    assert not {name for name, _ in rows} & {"Saoirse", "Kinsella-Booth"}
    # the list goes on past the page's furniture: the names after the surname, and the rows under it
    assert {"Marisol Quenby", "Tobias Renwick-Hale"} <= team


def test_a_team_row_of_a_forename_alone_takes_the_post_beside_its_surname_on_the_next_page() -> None:
    text = TITLE + (
        "This inspection was led by HM Inspector Perpetua Vantongeren, supported by a team of inspectors.\n\n"
        "Inspection team\n"
        "Perpetua Vantongeren        Lead Inspector\n"
        "Ignatius Bellweather        Police Inspector\n"
        "Saoirse\n"
        "HM Inspectorate of Probation                                    Page 3 of 14\n"
        "Kinsella-Booth              Health and Justice Inspector\n"
        "Marisol Quenby              Education Inspector\n\n")
    roles = {(name, role) for name, relation, role in role_rows(load_text(text, "report.txt"))
             if relation == "inspection_team"}
    assert ("Saoirse Kinsella-Booth", "Health and Justice Inspector") in roles
    assert ("Marisol Quenby", "Education Inspector") in roles
    assert ("Ignatius Bellweather", "Police Inspector") in roles


def test_a_cabinet_member_speaks_after_a_page_break_inside_her_name() -> None:
    text = ("BRAMLEIGH BOROUGH COUNCIL\n\nCABINET\n\n"
            "Minutes of the meeting of the Cabinet held on 3 March 2020 at the Town Hall, Bramleigh\n\n"
            "Present: Councillor Imogen Adebayo (Cabinet Member for Children and Young People), Councillor Rhys Talbot\n"
            "(Leader of the Council)\n\n"
            "45. INSPECTION OF YOUTH OFFENDING SERVICES\n\n"
            "The Cabinet considered the report of HM Inspectorate of Probation on its inspection of youth offending\n"
            "services in Bramleigh, published in January 2020.\n\n"
            "Councillor Imogen\n"
            "                                                                        Page 12\n"
            "______________________________________________________________________________\n"
            "CABINET - 03.03.20\n\n"
            "Adebayo said that the findings on risk were disappointing and that she had asked for monthly\n"
            "reports on progress.\n")
    rows = people_rows(load_text(text, "bramleigh_cabinet_minutes_2020_03.txt"))
    assert ("Imogen Adebayo", "quoted") in rows


def test_the_post_after_the_surname_is_the_persons() -> None:
    text = TITLE + (
        "This inspection was led by HM Inspector Declan Murtagh, supported by a team of inspectors. Financial\n"
        "and performance information was provided by Andrew\n"
        "                                                                        Page 3 of 30\n"
        "Pattinson-Wray, Head of Performance, and the report was read by the Head of Youth Offending Team\n"
        "Inspections, Saffron Delacourt.\n")
    assert "Andrew Pattinson-Wray" in _names(text)


# --- what stays as it was -----------------------------------------------------------------------------------------

def test_a_whole_name_ending_a_page_and_a_name_opening_the_next_stay_two_people() -> None:
    text = ("Members present:\n"
            "Jo Bloggs\n"
            "  Page 3\n"
            "Ann Lee, Director of Children's Services\n")
    assert _names(text) == ["Jo Bloggs", "Ann Lee"]
    assert page_cut_names(text) == {}
    # a forename alone before a forename and a surname: the next entry
    assert page_cut_names("Present: Councillor Jo\n  Page 3\nAnn Lee, Director\n") == {}


def test_a_sentence_or_a_heading_opening_the_next_page_is_no_surname() -> None:
    for following in ("The Board meets every quarter.", "However, the plan was late.", "Following the inspection, ...",
                      "Contents", "Published: 15 March 2022", "Swimming twice a week helped.",
                      "Youth Justice Board, London", "Overall, the Board is effective."):
        text = f"The case manager took Jayden\n\n    - 9 -\n\n{following}\n"
        assert page_cut_names(text) == {}, following
    text = "chaired by Councillor Marguerite\n\n   - 6 -\nAn inspection of youth services in Fennick Vale\n\nThe Board\n"
    assert page_cut_names(text) == {}


def test_no_page_number_or_a_row_of_figures_between_is_no_page_break() -> None:
    # a heading alone between: no page's number, so no page's end
    assert page_cut_names("deputy: Ms Gwawr\nApologies\nTrefor-Ellis, Education Welfare Officer\n") == {}
    # a table's row of figures between
    assert page_cut_names("Inspectors   Saoirse\n   First time entrants    168    156\n"
                          "Kinsella-Booth, Practice Assessor\n") == {}
    # a whole name in the lexicon's words and a title before a surname ending a list's line: the title and surname
    # may be whole ('Councillor Hughes'), so only an entry's rest after the next page's word joins them
    assert page_cut_names("Apologies: Councillor Hughes\n   Page 2\nEvans said the report was late.\n") == {}


def test_a_long_run_of_footer_lines_is_no_page_break() -> None:
    running = "".join(f"Fennick Vale youth justice plan section {n}\n" for n in range(6))
    text = f"chaired by Councillor Marguerite\n   - 6 -\n{running}Okonkwo-Hale, Cabinet Member\n"
    assert page_cut_names(text) == {}
    blanks = "\n" * 12
    assert page_cut_names(f"chaired by Councillor Marguerite\n   - 6 -{blanks}Okonkwo-Hale, Cabinet Member\n") == {}

