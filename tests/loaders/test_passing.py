"""People named in passing (loaders/passing.py): a full name the text shows to be a person's, by a title or a post
or body beside it, that no reader gave a part in the document, is kept with the relation 'other', so that the
initials another document lists resolve to it; words, places and cut names are not. Each layout twice: a report's
prose and another author's news item."""

from __future__ import annotations

from kg.loaders import LoadResult
from kg.resolve import resolve
from kg.statements import Statement
from tests.conftest import load_text, people_rows

REPORT = """Inspection of youth offending services in Quillmoor
HM Inspectorate of Probation, March 2019

Governance and leadership
The board is well attended. Among the members we met were Superintendent Bartholomew Wrenlow of Quillmoor Police,
Petronella Hesketh-Varley of
the National Probation Service and Dr Osric Fairweather-Lund, designated doctor for the clinical commissioning
group. Interviews were held at Ty Gwennol,
the service's base in Brantwick.

RISK OF HARM MUST BE KEPT UNDER REVIEW

When Kai moved to live with his father, his plan was not reviewed.
"""

NEWS = """Brantwick Council newsroom
Posted 4 May 2023

Youth justice partnership praised

The partnership's operational lead, Marisol Quennell, welcomed the report. Staff from 1st Floor Orrelsby House, the
service's office, were thanked by the board (Roman Catholic Diocese representative attending).

Contact: Press Office, Brantwick Council, 1st Floor Manchester Road.
Ambrose Dellow (Head of Community Safety) will report to the panel in June.
"""

MINUTES = """QUILLMOOR YOUTH JUSTICE MANAGEMENT BOARD
Minutes of the meeting held on 15 July 2020

Present:
Supt B Wrenlow, Quillmoor Police
P Hesketh-Varley, National Probation Service
Dr O Fairweather-Lund, Quillmoor CCG

1. Minutes of the last meeting were agreed.
"""


def named_in_passing(result: LoadResult) -> set[str]:
    return {name for name, relation in people_rows(result) if relation == "other"}


def people(result: LoadResult) -> set[str]:
    return {name for name, _ in people_rows(result)}


def test_a_reports_members_named_in_passing_are_kept_and_its_words_and_places_are_not() -> None:
    result = load_text(REPORT, "quillmoor_inspection.txt")
    assert named_in_passing(result) == {"Bartholomew Wrenlow", "Petronella Hesketh-Varley", "Osric Fairweather-Lund"}
    assert people(result).isdisjoint({"Ty Gwennol", "Harm Must", "Be Kept", "Kai"})


def test_a_news_items_officer_named_with_a_post_is_kept_and_its_addresses_are_not() -> None:
    result = load_text(NEWS, "brantwick_news.txt")
    assert {"Marisol Quennell", "Ambrose Dellow"} <= people(result)
    assert people(result).isdisjoint({"Floor Orrelsby", "Floor Manchester", "Roman Catholic", "Orrelsby House"})


def test_initials_in_a_boards_minutes_resolve_to_the_names_a_report_wrote_in_passing() -> None:
    statements: list[Statement] = [*load_text(REPORT, "quillmoor_inspection.txt").statements,
                                   *load_text(MINUTES, "quillmoor_board_minutes.txt").statements]
    resolution = resolve(statements)
    names = {s.entity: s.value for s in statements if s.schema == "Person" and s.prop == "name"}
    for short, full in (("B Wrenlow", "Bartholomew Wrenlow"), ("P Hesketh-Varley", "Petronella Hesketh-Varley")):
        [written_short] = [entity for entity, name in names.items() if name.endswith(short.split()[-1])
                           and name != full]
        [written_full] = [entity for entity, name in names.items() if name == full]
        assert resolution.canonical[written_short] == resolution.canonical[written_full], short
