"""One official across documents, in small fictional fixtures: a council paper whose subject line wraps its area's name
('... services in Hartsmere' / 'Fell, ...'), so its people keep the area's bodies; a joint service's area ('Wendle and
Stourby') covering the areas it joins; one area's probation or courts under the names they went by (a probation trust,
the National Probation Service and its region, the Probation Service; a bench and the Magistrates' Association). Near
misses stay apart: another area's namesake, two kinds of body in one area, a wrapped line that names no place."""

from __future__ import annotations

import pytest

from tests.conftest import load_text

# --- a place's name wrapped at a line's end ---------------------------------------------------------------------

LETTERHEAD_CAPITALS = """HARTSMERE FELL COUNCIL                                   Agenda Item 7

REPORT TO:        CABINET
DATE:             9 March 2022
CABINET MEMBER:   Councillor Tamsin Orde, Children and Young People
REPORT AUTHOR:    Piran Volk, Head of Youth Justice Service

1.   PURPOSE
1.1  To report the outcome of the inspection of youth justice services in Hartsmere
     Fell, carried out by HM Inspectorate of Probation in November 2021.
"""

LETTERHEAD_TITLE_CASE = """Ashby Carrow Borough Council
Children's Services Scrutiny Committee - 14 June 2017

Report of the Director of Children's Services

Subject: the Short Quality Screening of youth offending work in Ashby
Carrow

1. The screening found that reports to court were of good quality.
Contact officer: Ellery Stansfield, Youth Offending Service Manager
"""

NAMED_IN_THE_BODY = """Cabinet report - 3 October 2019

Full Joint Inspection of youth offending work in Lower
   Mardale Vale

1.1 Lower Mardale Vale Youth Offending Service was inspected in July 2019.
1.2 Report author: Odile Brack, Head of Service.
"""


def _area(text: str, name: str) -> set[str]:
    statements = load_text(text, name).statements
    names = {s.entity: s.value for s in statements if s.schema == "Area" and s.prop == "name"}
    return {names.get(s.value, s.value) for s in statements if s.schema == "Document" and s.prop == "area"}


@pytest.mark.parametrize(("text", "area"), [
    (LETTERHEAD_CAPITALS, "Hartsmere Fell"),  # the letterhead in capitals, the sentence's line indented
    (LETTERHEAD_TITLE_CASE, "Ashby Carrow"),  # a subject line wrapped, the council's kind in the letterhead
    (NAMED_IN_THE_BODY, "Lower Mardale Vale"),  # two words on the next line; the long name only in the text below
])
def test_a_place_wrapped_at_a_lines_end_is_the_documents_whole_area(text: str, area: str) -> None:
    assert _area(text, "paper.txt") == {area}


def test_the_next_lines_words_join_the_place_only_where_the_head_writes_them_so() -> None:
    """A title whose next line is a date, a publisher or a sentence keeps the place as read; and so does a place whose
    longer form the head never writes on one line ('Westmere' / 'Published ...'); the same paper with its letterhead's
    longer name is read whole."""
    assert _area(LETTERHEAD_CAPITALS, "hartsmere-fell.txt") == {"Hartsmere Fell"}
    published = LETTERHEAD_CAPITALS.replace("HARTSMERE FELL COUNCIL", "WESTMERE COUNCIL").replace(
        "in Hartsmere\n     Fell, carried", "in Westmere\n     Published in November 2021, carried")
    assert _area(published, "westmere.txt") == {"Westmere"}
    # 'Fell' on the next line, but 'Hartsmere Fell' nowhere on one line: the place read from the letterhead's council
    apart = LETTERHEAD_CAPITALS.replace("HARTSMERE FELL COUNCIL", "HARTSMERE COUNCIL")
    assert _area(apart, "hartsmere.txt") == {"Hartsmere"}
    # the next line a body's name: 'services in Hartsmere' / 'Youth Justice Service', where the head writes 'Hartsmere
    # Youth' on one line too
    service = LETTERHEAD_CAPITALS.replace("HARTSMERE FELL COUNCIL", "HARTSMERE COUNCIL").replace(
        "in Hartsmere\n     Fell, carried", "in Hartsmere\n     Youth Justice Service, carried").replace(
        "Head of Youth Justice Service", "Head of Hartsmere Youth Justice Service")
    assert _area(service, "service.txt") == {"Hartsmere"}
