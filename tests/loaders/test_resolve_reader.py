"""One official across documents, in small fictional fixtures: a council paper whose subject line wraps its area's name
('... services in Hartsmere' / 'Fell, ...'), so its people keep the area's bodies; a joint service's area ('Wendle and
Stourby') covering the areas it joins; one area's probation or courts under the names they went by (a probation trust,
the National Probation Service and its region, the Probation Service; a bench and the Magistrates' Association). Near
misses stay apart: another area's namesake, two kinds of body in one area, a wrapped line that names no place. A letter's
'To:' and 'From:' side by side are its addressee and its author, each with the posts in their own column."""

from __future__ import annotations

import pytest

from kg.loaders.people_lists import colon_columns
from kg.resolve import Mention, compare, resolve_mentions
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


# --- resolution: a joint service's area, one area's probation and courts ----------------------------------------

def official(mention_id: str, document: str, area: str, *organisations: str, name: str = "Oriel Pashley",
             relations: tuple[str, ...] = ("present_at_meeting",), titles: tuple[str, ...] = ()) -> Mention:
    return Mention(mention_id, name, document, frozenset(organisations), frozenset(relations), area,
                   frozenset({"board_minutes"}), titles=frozenset(titles))


@pytest.mark.parametrize("joined", ["Wendle and Stourby", "Wendle & Stourby", "Stourby and Wendle"])
def test_a_joint_services_area_covers_the_areas_it_joins(joined: str) -> None:
    """The joint service's report ('Wendle and Stourby Youth Offending Service') and the minutes of one of its councils'
    boards name one chair; another area's namesake stays apart."""
    report = official("r", "report.txt", joined, f"{joined} Youth Offending Service", relations=("board_chair",),
                      titles=("Dr",))
    minutes = official("m", "minutes.txt", "Stourby", "Stourby Youth Offending Service", "Stourby Council",
                       titles=("Dr",))
    verdict, pro, _ = compare(report, minutes)
    assert verdict == "agree" and "same area: Stourby" in pro
    elsewhere = official("e", "other.txt", "Marbeck", "Marbeck Youth Offending Service", titles=("Dr",))
    assert compare(report, elsewhere)[0] == "conflict"
    assert compare(minutes, elsewhere)[0] == "conflict"


def test_initials_in_a_joint_services_report_are_the_one_person_of_its_areas_named_in_full() -> None:
    """'Ch Supt M. Fellow' on the joint report's copy list is Martin Fellow of one of its areas' minutes; not the
    namesake of an area it does not join."""
    full = official("f", "minutes.txt", "Stourby", "Wendle Constabulary", name="Martin Fellow",
                    titles=("Chief Superintendent",))
    short = official("s", "report.txt", "Wendle and Stourby", "Wendle Constabulary", name="M. Fellow",
                     relations=("copy_to",), titles=("Chief Superintendent",))
    canonical = resolve_mentions([full, short], []).canonical
    assert canonical["f"] == canonical["s"]
    far = official("s2", "report-2.txt", "Marbeck", "Wendle Constabulary", name="M. Fellow", relations=("copy_to",))
    assert resolve_mentions([full, far], []).canonical["s2"] != canonical["f"]


@pytest.mark.parametrize(("first", "second"), [
    ("Stourby Probation Trust", "National Probation Service"),  # a trust, then the national service
    ("National Probation Service (Midlands)", "Probation Service"),  # its region, then its name since 2021
    ("Stourby Youth Bench", "Magistrates' Association"),  # a magistrate's bench, then the association's branch
])
def test_one_areas_probation_or_courts_under_two_names_are_one_employer(first: str, second: str) -> None:
    plan = official("p", "plan.txt", "Stourby", first, relations=("board_member",))
    minutes = official("m", "minutes.txt", "Stourby", second)
    verdict, pro, _ = compare(plan, minutes)
    assert verdict == "agree" and any(p.startswith("the area's one body") for p in pro)
    # another area's, or another kind of body in the area, is someone else
    assert compare(plan, official("e", "other.txt", "Marbeck", second))[0] == "conflict"
    assert compare(plan, official("c", "news.txt", "Stourby", "Stourby Council", relations=("quoted",)))[0] == \
        "conflict"


def test_initials_at_the_areas_probation_are_the_one_person_of_its_region_named_in_full() -> None:
    """'Mr D Marwick, National Probation Service' in the minutes is Declan Marwick of the plan's 'National Probation
    Service (North East)' in one area; the police's D Marwick is not."""
    full = official("f", "plan.txt", "Stourby", "National Probation Service (North East)", name="Declan Marwick",
                    relations=("board_member",))
    short = official("s", "minutes.txt", "Stourby", "National Probation Service", name="D Marwick", titles=("Mr",))
    police = official("p", "minutes-2.txt", "Stourby", "Stourby Police", name="D Marwick")
    canonical = resolve_mentions([full, short, police], []).canonical
    assert canonical["s"] == canonical["f"] != canonical["p"]


# --- a letter's 'To:' and 'From:' side by side ------------------------------------------------------------------

SIDE_BY_SIDE = """HM Inspectorate of Probation

To:  Marisol Quaintance                        From:  Ottilie Brackenbury
     Chair of Pennard Vale Youth Justice               Assistant Chief Inspector
     Partnership Board                                 HM Inspectorate of Probation
     c/o County Hall, Pennard Vale

Date:  4 May 2016

Dear Ms Quaintance

Short Quality Screening of youth offending work in Pennard Vale

We looked at 20 cases.
"""

REVERSED = """HM Inspectorate of Probation

From: Ottilie Brackenbury                     To: Marisol Quaintance
      Assistant Chief Inspector                   Head of Pennard Vale Youth Offending Service
      HM Inspectorate of Probation

Date:  4 May 2016

Dear Ms Quaintance

Short Quality Screening of youth offending work in Pennard Vale

We looked at 20 cases.
"""

ONE_BLANK_AFTER_THE_LABEL = """HM Inspectorate of Probation

To: Marisol Quaintance                    From: Ottilie Brackenbury
    Director of Children's Services             HM Inspector
    Pennard Vale Council                        HM Inspectorate of Probation

Date:  4 May 2016

Dear Ms Quaintance

Short Quality Screening of youth offending work in Pennard Vale

We looked at 20 cases.
"""


def _roles(text: str) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """(name, relation) -> (role, organisation) of each person the letter names."""
    statements = load_text(text, "letter.txt").statements
    names = {s.entity: s.value for s in statements if s.schema == "Person" and s.prop == "name"}
    bodies = {s.entity: s.value for s in statements if s.schema == "Organisation" and s.prop == "name"}
    rows: dict[str, dict[str, str]] = {}
    for s in statements:
        if s.schema == "Involvement":
            rows.setdefault(s.entity, {})[s.prop] = s.value
    return {(names[r["person"]], r["relation"]): (r.get("role"), bodies.get(r.get("organisation", "")))
            for r in rows.values() if "person" in r and "relation" in r}


@pytest.mark.parametrize(("text", "addressee_post", "author_post"), [
    (SIDE_BY_SIDE, "Chair of Pennard Vale Youth Justice Partnership Board", "Assistant Chief Inspector"),
    (REVERSED, "Head of Pennard Vale Youth Offending Service", "Assistant Chief Inspector"),
    (ONE_BLANK_AFTER_THE_LABEL, "Director of Children's Services", "HM Inspector"),
])
def test_a_letters_to_and_from_side_by_side_are_its_addressee_and_author(text: str, addressee_post: str,
                                                                         author_post: str) -> None:
    """Each label's value with the posts set in under it in its own column: the author is the inspectorate's (and so
    one person with their namesake in another area's report), never a second addressee; the address below the post
    ('c/o County Hall') is no part of it."""
    roles = _roles(text)
    assert roles[("Marisol Quaintance", "addressee")][0] == addressee_post
    assert roles[("Ottilie Brackenbury", "author")] == (author_post, "HM Inspectorate of Probation")
    assert ("Ottilie Brackenbury", "addressee") not in roles
    # near misses: two labels with no value beside them keep their reading, as does one label twice
    assert colon_columns("To:                                       From:") is None
    assert colon_columns("To:  Jo Bloggs                  To:  Ann Lee") is None
    assert colon_columns("To:  Jo Bloggs (from: June 2016)") is None
