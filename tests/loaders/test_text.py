"""Text with positions: every span a helper returns is the text between its offsets."""

from __future__ import annotations

import pytest

from kg.loaders.text import (
    cells,
    clause_end,
    clause_start,
    find_line,
    is_blank,
    is_false_stop,
    lines,
    lines_from,
    plain,
    sentence_end,
    sentence_start,
    sentences,
    strip_bullet,
    trim,
    wrapped_sentence_start,
)

TEXT = "Present:\n| Ann Wright | Head of Service |\n\n- Raj Patel, Manager\n**Apologies**\tLee Moss\n"


@pytest.mark.parametrize("text", [TEXT, TEXT.rstrip("\n"), "a\n\nb\n\n", ""])
def test_lines_from_a_point_are_the_lines_from_it_cut_to_their_count(text: str) -> None:
    # sliced from the document's lines, split once: the same lines as splitting the rest again, the first from the
    # point where that is inside a line (a lead's end, at its newline, gives an empty first line)
    for start in range(len(text) + 2):
        for count in (0, 1, 2, 50):
            assert lines_from(text, start, count) == lines(text, start)[:count], (start, count)


def test_lines_keep_offsets() -> None:
    found = lines(TEXT)
    assert [line.text for line in found] == TEXT.split("\n")[:-1]
    assert all(TEXT[line.start:line.end] == line.text for line in found)


def test_trim_moves_offsets_past_markup_and_edges() -> None:
    start = TEXT.index("**Apologies**")
    found = trim(TEXT, start, start + len("**Apologies**"))
    assert (found.text, TEXT[found.start:found.end]) == ("Apologies", "Apologies")


def test_trim_keeps_an_initials_full_stop_and_a_closing_bracket() -> None:
    text = "  E. Williams (Chair).  "
    assert trim(text, 0, len(text)).text == "E. Williams (Chair)"
    assert trim("Jo A.", 0, 5).text == "Jo A."


def test_cells_split_pipes_tabs_and_padding() -> None:
    table_row = lines(TEXT)[1]
    assert [c.text for c in cells(TEXT, table_row)] == ["Ann Wright", "Head of Service"]
    tabbed = lines(TEXT)[4]
    assert [c.text for c in cells(TEXT, tabbed)] == ["Apologies", "Lee Moss"]
    padded = "Kim Ford     Youth Worker"
    assert [c.text for c in cells(padded, lines(padded)[0])] == ["Kim Ford", "Youth Worker"]
    assert all(TEXT[c.start:c.end] == c.text for c in cells(TEXT, table_row))


def test_one_pipe_set_off_by_spaces_splits_a_two_column_row() -> None:
    row = "Tamsin Oakley | Lead inspector"
    assert [c.text for c in cells(row, lines(row)[0])] == ["Tamsin Oakley", "Lead inspector"]
    joined = "Jo|Bo Ltd"
    assert [c.text for c in cells(joined, lines(joined)[0])] == ["Jo|Bo Ltd"]


def test_strip_bullet_blank_and_plain() -> None:
    bullet = lines(TEXT)[3]
    assert strip_bullet(TEXT, bullet).text == "Raj Patel, Manager"
    assert is_blank(lines(TEXT)[2]) and is_blank(lines("| -- | :-: |")[0])
    assert plain("<i>Lead</i>  **Inspector**") == "Lead Inspector"
    assert find_line(lines(TEXT), r"^apologies") == 4
    assert find_line(lines(TEXT), r"^nothing here") == -1


PROSE = "Mr. Hale opened the meeting. J. Fitz-Allen, Head of Service, said: \u201cWe met.\u201d Then it closed."


def test_sentence_boundaries_pass_over_initials_and_honorifics() -> None:
    said = PROSE.index("said")
    assert PROSE[sentence_start(PROSE, said):said].startswith("J. Fitz-Allen")
    assert sentence_start(PROSE, PROSE.index("opened")) == 0
    assert PROSE[:sentence_end(PROSE, 0)] == "Mr. Hale opened the meeting"
    assert is_false_stop(PROSE, PROSE.index("Mr.") + 2)
    assert not is_false_stop(PROSE, PROSE.index("meeting.") + 7)


def test_a_clause_also_ends_at_a_quotation_mark_or_colon() -> None:
    said = PROSE.index("said")
    assert PROSE[clause_start(PROSE, said):said].strip() == "J. Fitz-Allen, Head of Service,"
    after = PROSE.index("We met")
    assert PROSE[after:clause_end(PROSE, after)] == "We met."  # the closing quotation mark ends it


def test_sentences_have_exact_offsets() -> None:
    found = list(sentences("One item. Another item!\nA third"))
    assert [s.text for s in found] == ["One item.", "Another item!", "A third"]


@pytest.mark.parametrize("reach", [5, 250])
def test_clauses_stay_within_reach(reach: int) -> None:
    text = "x" * 600
    assert clause_start(text, 500, reach) == 500 - reach
    assert clause_end(text, 100, reach) == 100 + reach


def test_a_wrapped_sentence_reaches_back_over_prose_lines_but_not_over_a_heading_in_capitals() -> None:
    wrapped = ("The report of the Director of Children's Services on the youth justice service was\n"
               "    considered, and the Head of Service, Jo Bloggs, presented it.")
    assert wrapped_sentence_start(wrapped, wrapped.index("Jo Bloggs")) == 0
    headed = ("16  CHILDREN LOOKED AFTER AND THE YOUTH JUSTICE SERVICE AND ITS PARTNERS\n"
              "    The Youth Justice Service Manager, Jo Bloggs, presented the report.")
    assert wrapped_sentence_start(headed, headed.index("Jo Bloggs")) == headed.index("The Youth")
