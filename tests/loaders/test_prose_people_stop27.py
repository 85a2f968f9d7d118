"""People a plan or report names in running prose or beside a mark, in wordings four blind authors wrote at stop 27,
each in a small fictional fixture with the forms real papers use in their place: a membership table's row marked as
attending ('Head of Service (attends)', 'in attendance', 'attending officer') is an officer attending, not a member;
the officer who prepares the service's reports or data ('Performance reports are prepared by X, Analyst',
'Data is produced by X, Information Officer') is the service's staff."""

from __future__ import annotations

import pytest

from tests.conftest import load_text, organisation_rows, people_rows, role_rows

PLAN = """Westmere Youth Justice Plan 2024-25

1. Governance

The Westmere Youth Justice Management Board oversees the service. Its membership is:

Name	Organisation	Role on Board
Joanna Bloggs	Westmere County Council	Chair
Supt Peter Hartley	Westmere Police	Vice-Chair
Dr Amara Okafor	Westmere Health Board	Member
Graham Penrose	Westmere Youth Justice Service	Head of Service ({mark})

2. Performance

{prepared}

3. Priorities

The Board's priorities for the year are prevention and education.
"""

ATTENDS = ["attends", "in attendance", "attending"]


@pytest.mark.parametrize("mark", ATTENDS)
def test_a_member_row_marked_attending_is_an_officer_attending(mark: str) -> None:
    result = load_text(PLAN.format(mark=mark, prepared=""), "westmere_yj_plan_2024.txt")
    rows = people_rows(result)
    assert ("Graham Penrose", "officer_attending", "Head of Service") in role_rows(result)
    assert ("Graham Penrose", "board_member") not in rows
    assert ("Dr Amara Okafor", "board_member") in rows or ("Amara Okafor", "board_member") in rows


PREPARED = [
    "Performance reports are prepared by Owain Tregaron, Performance and\nInformation Analyst.",
    "Quarterly data is produced by Owain Tregaron, Information Officer, for each Board meeting.",
    "The performance dashboard is compiled by Owain Tregaron, Data Analyst.",
]


@pytest.mark.parametrize("prepared", PREPARED)
def test_the_officer_who_prepares_the_reports_is_staff(prepared: str) -> None:
    result = load_text(PLAN.format(mark="attends", prepared=prepared), "westmere_yj_plan_2024.txt")
    staff = {(name, role) for name, relation, role in role_rows(result) if relation == "staff"}
    assert any(name == "Owain Tregaron" and role and ("Officer" in role or "Analyst" in role)
               for name, role in staff), role_rows(result)
    body = organisation_rows(load_text(PLAN.format(mark="attends", prepared=prepared), "westmere_yj_plan_2024.txt")).get(
        ("Owain Tregaron", "staff"))
    assert body is not None and body.startswith("Westmere Youth") and body.endswith("Service")


# A board's member named in an inspection report's prose by rank or title and surname: the one person of that surname
# the document names in full (here in its governance table; across documents, resolution joins them the same way).
REPORT = """Inspection of youth justice services in Westmere

HM Inspectorate of Probation

1. Governance and leadership

The Westmere Youth Justice Board has a clear vision. {sentence}

Board members
Peter Hartley, Chief Superintendent, Westmere Police
Amara Okafor, Head of Nursing, Westmere Health Board
"""

BY_TITLE = [
    ("The Board is well attended; Chief Superintendent Hartley (Westmere Police) and\nthe head of probation attend "
     "regularly.", "Peter Hartley", "Westmere Police"),
    ("Ms Okafor (Westmere Health Board) attends every meeting of the Board.", "Amara Okafor", "Westmere Health Board"),
    ("The Police representative,\nSuperintendent Hartley, champions the Bureau, and the board receives reports.",
     "Peter Hartley", None),
]


@pytest.mark.parametrize(("sentence", "person", "body"), BY_TITLE)
def test_a_member_named_by_title_and_surname_is_the_one_named_in_full(sentence: str, person: str, body: str | None) -> None:
    text = REPORT.format(sentence=sentence)
    rows = people_rows(load_text(text, "westmere_inspection_2023.txt"))
    assert (person, "board_member") in rows
    if body:
        assert organisation_rows(load_text(text, "westmere_inspection_2023.txt")).get((person, "board_member")) == body


@pytest.mark.parametrize("sentence", [
    "Chief Superintendent Hartley (Westmere Police) spoke to inspectors about custody.",
    "Inspectors attended a Board meeting; Inspector Hale (HM Inspectorate of Probation) observed it.",
])
def test_a_title_and_surname_outside_the_board_is_no_member(sentence: str) -> None:
    rows = people_rows(load_text(REPORT.format(sentence=sentence), "westmere_inspection_2023.txt"))
    assert not {row for row in rows if row[1] == "board_member"}


# A board chaired by the sentence's subject, the board written before a pronoun: 'the Management Board, which he
# chaired', 'the Partnership Board she chairs', '(which she has chaired since 2019)'; the subject a post the minutes give
# one person, or a name.
MINUTES = """WESTMERE METROPOLITAN BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL

Minutes of the meeting held on 14 January 2013

Present: Councillor Ann Moore (Chair), Councillor Tariq Hale, Councillor Jo Penn

Officers: Graham Ellery (Director of Children's Services), Sara Whitcombe (Head of Youth Offending Service)

41.  YOUTH OFFENDING SERVICE PERFORMANCE

     Councillor Hale asked how the service had responded to the inspection. {sentence}

     RESOLVED - That the report be noted.
"""

CHAIRED = [
    "The Director of Children's\n     Services replied that all actions had been addressed\n     and that the Youth "
    "Offending Management Board, which he chaired, monitored the plan.",
    "The Director of Children's Services said the Youth Offending Management Board he chairs had agreed the plan.",
    "Graham Ellery reported that the Management Board (which he has chaired since 2011) had met monthly.",
]


@pytest.mark.parametrize("sentence", CHAIRED)
def test_a_board_which_the_subject_chairs_has_them_as_its_chair(sentence: str) -> None:
    rows = people_rows(load_text(MINUTES.format(sentence=sentence), "westmere_scrutiny_2013_01.txt"))
    assert ("Graham Ellery", "board_chair") in rows
    assert ("Sara Whitcombe", "board_chair") not in rows


def test_a_board_chaired_by_someone_the_sentence_names_after_the_subject_is_not_the_subjects() -> None:
    sentence = ("The Director of Children's Services said that Sara Whitcombe had told the Board, which she chairs, "
                "of the plan.")
    rows = people_rows(load_text(MINUTES.format(sentence=sentence), "westmere_scrutiny_2013_01.txt"))
    assert ("Graham Ellery", "board_chair") not in rows
