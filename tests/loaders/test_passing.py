"""People named in passing (loaders/passing.py): a full name the text shows to be a person's, by a title or a post
or body beside it, that no reader gave a part in the document, is kept with the relation 'other', so that the
initials another document lists resolve to it; words, places and cut names are not. Each layout twice: a report's
prose and another author's news item."""

from __future__ import annotations

from kg.loaders import LoadResult
from kg.resolve import resolve
from kg.statements import Statement
from tests.conftest import load_text, organisation_rows, people_rows, role_rows

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

SCREENING = """Short Quality Screening of youth offending work in Quillmoor

Dear Mrs Abernant-Stowe

The screening was carried out in the week of 4 March by Anselm Tredwick (Lead Inspector) and Ottilie
Marchbanks (practice assessor), and the findings were quality assured by Margaret Coldwell, Assistant Chief
Inspector. We met Gideon Farrowby, Inspector, Quillmoor Police, who leads on custody.
"""

COMMITTEE = """BRANTWICK COUNCIL
Children's Scrutiny Panel, 9 October 2015

4. Inspection of youth offending work
The panel welcomed the report. Its findings were explained to officers by Helen Pellinore - HM Inspector of Probation - and by
Martin Everleigh, lead inspector, who thanked the service for its help.
"""

BRANTWICK_REPORT = """An inspection of youth offending services in Brantwick
HM Inspectorate of Probation, June 2017

Acknowledgements
This inspection was led by HM Inspector Rosalind Tewkesbury, supported by a team of inspectors and staff from
across the Inspectorate:

Lead Inspector        Rosalind Tewkesbury
Inspector             Anselm Tredwick
Practice assessor     Ottilie Marchbanks
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


def test_a_name_in_passing_with_an_inspections_post_set_off_is_given_that_part_and_its_post() -> None:
    letter = load_text(SCREENING, "quillmoor_sqs_letter.txt")
    assert {("Anselm Tredwick", "lead_inspector", "Lead Inspector"),
            ("Ottilie Marchbanks", "inspection_team", "practice assessor"),
            ("Margaret Coldwell", "other", "Assistant Chief Inspector"),
            ("Gideon Farrowby", "other", "Inspector")} <= role_rows(letter)
    assert organisation_rows(letter)[("Anselm Tredwick", "lead_inspector")] == "HM Inspectorate of Probation"
    minutes = load_text(COMMITTEE, "brantwick_scrutiny_minutes.txt")
    assert {("Helen Pellinore", "inspection_team"), ("Martin Everleigh", "lead_inspector")} <= people_rows(minutes)


def test_an_inspector_named_in_passing_in_one_area_is_the_inspector_of_another_areas_team() -> None:
    statements: list[Statement] = [*load_text(SCREENING, "quillmoor_sqs_letter.txt").statements,
                                   *load_text(BRANTWICK_REPORT, "brantwick_inspection.txt").statements]
    resolution = resolve(statements)
    names = {s.entity: s.value for s in statements if s.schema == "Person" and s.prop == "name"}
    for full in ("Anselm Tredwick", "Ottilie Marchbanks"):
        written = [entity for entity, name in names.items() if name == full]
        assert len(written) == 2 and len({resolution.canonical[entity] for entity in written}) == 1, full


WRAPPED_POSTS = """Brantwick Council news

The panel thanked Helen Kendrick, Director of
Children's Services, for the report, and Margot Sayle, Assistant
Chief Inspector of Probation. Apologies were sent by Joanne Quayle, Head of Legal and Democratic Services
Councillor Jo Lee and Cllr Ann Roe.
"""


def test_a_post_in_passing_goes_on_over_the_lines_end_only_where_its_words_lead_on() -> None:
    rows = role_rows(load_text(WRAPPED_POSTS, "brantwick_news.txt"))
    assert {("Helen Kendrick", "other", "Director of Children's Services"),
            ("Margot Sayle", "other", "Assistant Chief Inspector"),
            ("Joanne Quayle", "other", "Head of Legal and Democratic Services")} <= rows
