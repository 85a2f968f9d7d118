"""Initials in minutes link to the one attendee who has them, as a mention with the sentence as its quote."""

from __future__ import annotations

from kg.loaders.initials import initials_of
from tests.conftest import load_text, people_rows
from tests.loaders.test_roles import involvements_of

MINUTES = """Westmere YOS Management Board
Minutes of the meeting held on 9 June 2016

Present:
Tessa Orwin YOS Manager (Chair)
Mara Bell Head of Community Safety
Milo Brant Probation Officer
Jo Fitz-Allen Admin Officer (Minutes)

1. Matters arising
TO advised that the annual figures are being collated. ACTION: TO
MB presented the custody figures.
JFA circulated the revised terms of reference.
2. REPORT TO THE BOARD ON YOS PERFORMANCE
"""


def mentions_by_person(text: str) -> dict[str, set[tuple[str, str]]]:
    statements = load_text(text, "westmere-june.txt").statements
    names = {s.entity: s.value for s in statements if s.schema == "Person" and s.prop == "name"}
    found: dict[str, set[tuple[str, str]]] = {}
    for s in statements:
        if s.prop == "mentioned_as":
            assert s.quote in text and s.value in s.quote
            found.setdefault(names[s.entity], set()).add((s.value, s.quote))
    return found


def test_initials_of_exactly_one_attendee_become_their_mentions_with_the_sentence() -> None:
    found = mentions_by_person(MINUTES)
    assert found == {
        "Tessa Orwin": {("TO", "TO advised that the annual figures are being collated."), ("TO", "ACTION: TO")},
        "Jo Fitz-Allen": {("JFA", "JFA circulated the revised terms of reference.")},
    }, "MB is shared by Mara Bell and Milo Brant; capitals in a heading are words"


def test_hyphenated_surnames_go_by_either_initials() -> None:
    assert initials_of("Jo Fitz-Allen") == {"JF", "JFA", "JF-A"}  # the hyphen kept too, as minutes write it
    assert initials_of("Tessa Orwin") == {"TO"}


def test_an_attendee_whose_initials_say_something_is_quoted() -> None:
    minutes = MINUTES.replace("MB presented the custody figures.", "TO said that the figures would be ready in July.\n"
                              "MB said: \"We will see.\"")
    rows = people_rows(load_text(minutes, "westmere-june.txt"))
    assert ("Tessa Orwin", "quoted") in rows
    assert not any(relation == "quoted" for name, relation in rows if name in ("Mara Bell", "Milo Brant"))


BOARD_WITH_MEMBERS_TABLE = """WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on Thursday 19 April 2012

MEMBERS                                          ORGANISATION / ROLE
Rosalind Fairweather (RF) – Chair                Director of Children's Services
Ambrose Kettleby (AK)                            Head of Youth Offending Service
Ch Supt Fenella Crowther (FC)                    Borough Commander, Westmere Police
Edwin Fotheringay JP (EFO)                       Chair, Westmere Youth Bench

APOLOGIES

Imelda Ashcombe
Head of Inclusion

1.  FINDINGS LETTER

    AK accepted the findings. He said that the service had already introduced a risk panel.

    FC said the Gangs Unit would nominate a single point of contact. EFO noted that magistrates had
    noticed an improvement.
"""


def test_members_quoted_by_their_initials_or_a_pronoun_after_them_and_the_meetings_one_chair() -> None:
    rows = involvements_of(BOARD_WITH_MEMBERS_TABLE, "westmere-board.txt")
    assert {name for name, relation, *_ in rows if relation == "quoted"} == {"Ambrose Kettleby", "Fenella Crowther"}, \
        "'noted' says what a member did, not what they said"
    assert {name for name, relation, *_ in rows if relation == "board_chair"} == {"Rosalind Fairweather"}, \
        "'– Chair' chairs the meeting; 'Chair, Westmere Youth Bench' is the post of a member from the bench"


def test_initials_that_speak_after_a_paragraphs_number() -> None:
    minutes = MINUTES.replace("MB presented the custody figures.", "1.2  TO said that the figures would be ready.")
    rows = people_rows(load_text(minutes, "westmere-june.txt"))
    assert {name for name, relation in rows if relation == "quoted"} == {"Tessa Orwin"}
