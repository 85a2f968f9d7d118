"""The canned questions added for the property graph, on the real corpus and on both engines,
each checked against what the resolved graph itself says (its involvements, the documents'
areas and dates, the statements), counted here independently of the queries."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest

from kg.graph import Node, ResolvedGraph
from kg.store import Store
from tests.canned_cases import run

INSPECTORS = {"lead_inspector", "deputy_lead_inspector", "inspection_team"}
COPY_LINES = {"copy_to", "addressee"}
BOARDS = {"board_chair", "board_member", "panel_chair", "panel_vice_chair", "panel_member", "standing_deputy",
          "present_at_meeting", "apologies", "officer_attending"}
ATTENDING = {"present_at_meeting", "apologies", "officer_attending"}
PATH_TYPES = {"INVOLVED_IN", "ROLE_AT", "IN_AREA"}
ENGINES = ("sparql", "cypher")


@dataclass(frozen=True)
class Involvement:
    person: str
    relation: str
    roles: tuple[str, ...]
    document: str  # file name
    date: str
    areas: frozenset[str]
    edge_id: str


@pytest.fixture(scope="module")
def store(corpus_store: Path) -> Store:
    return Store(corpus_store)


@pytest.fixture(scope="module")
def graph(store: Store) -> ResolvedGraph:
    return store.graph()


@pytest.fixture(scope="module")
def involvements(graph: ResolvedGraph) -> list[Involvement]:
    return list(_involvements(graph))


def _involvements(graph: ResolvedGraph) -> Iterator[Involvement]:
    areas: dict[str, set[str]] = defaultdict(set)
    for edge in graph.edges:
        if edge.type == "IN_AREA" and graph.nodes[edge.source].schema == "Document":
            areas[edge.source].add(graph.caption(edge.target))
    for edge in graph.edges:
        if edge.type == "INVOLVED_IN":
            document = graph.nodes[edge.target]
            yield Involvement(graph.caption(edge.source), edge.first("relation") or "", tuple(edge.values("role")),
                              document_label(document), document.first("published") or "",
                              frozenset(areas[edge.target]), edge.id)


def document_label(document: Node) -> str:
    """How the queries name a document: its title, else its file name."""
    return document.first("heading") or document.first("file_name") or ""


@pytest.mark.parametrize("engine", ENGINES)
def test_inspector_areas_lists_every_inspector_of_every_report_with_its_areas(
        store: Store, involvements: list[Involvement], engine: str) -> None:
    _, rows = run(store, "inspector-areas", engine=engine)
    expected = {(i.person, i.relation, i.document) for i in involvements if i.relation in INSPECTORS}
    assert {(r[0], r[1], r[5]) for r in rows} == expected
    areas = {i.document: i.areas for i in involvements}
    assert all((r[2] in areas[r[5]]) if areas[r[5]] else r[2] == "" for r in rows)


@pytest.mark.parametrize("engine", ENGINES)
def test_shared_copy_lists_are_the_people_and_posts_copied_in_more_than_one_area(
        store: Store, involvements: list[Involvement], engine: str) -> None:
    areas: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i in involvements:
        if i.relation in COPY_LINES:
            areas[("person", i.person)] |= i.areas
            for role in i.roles:
                areas[("post", role)] |= i.areas
    expected = {(kind, holder, len(found)) for (kind, holder), found in areas.items() if len(found) > 1}
    _, rows = run(store, "shared-copy-lists", engine=engine)
    assert expected and {(r[0], r[1], int(r[2])) for r in rows} == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_board_members_are_everyone_named_at_a_board_or_panel_meeting(
        store: Store, involvements: list[Involvement], engine: str) -> None:
    _, rows = run(store, "board-members", engine=engine)
    expected = {(i.person, i.relation, i.document) for i in involvements if i.relation in BOARDS}
    assert expected and {(r[2], r[3], r[6]) for r in rows} == expected
    area = next(r[0] for r in rows if r[0])
    _, only = run(store, "board-members", {"area": area.upper()}, engine=engine)
    assert {(r[2], r[3], r[6]) for r in only} == {(i.person, i.relation, i.document) for i in involvements
                                                   if i.relation in BOARDS and area in i.areas}


@pytest.mark.parametrize("engine", ENGINES)
def test_an_attendees_board_is_the_meetings_body_never_their_own_organisation(
        store: Store, graph: ResolvedGraph, engine: str) -> None:
    """Those present, sending apologies or attending as officers sit at the meeting the document records: the board
    is its body, or none where the minutes do not name it (the Vale of Glamorgan's scrutiny minutes), never the body
    they come from ('Tenant Working Group', the council)."""
    bodies = {document_label(graph.nodes[e.source]): graph.caption(e.target) for e in graph.edges
              if e.type == "MEETING_OF"}
    _, rows = run(store, "board-members", engine=engine)
    attending = [(r[1], r[2], r[6]) for r in rows if r[3] in ATTENDING]
    assert any(not bodies.get(document) for _, _, document in attending), "minutes naming no body are in the corpus"
    assert [row for row in attending if row[0] != bodies.get(row[2], "")] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_co_inspectors_count_the_reports_two_people_inspected_together(
        store: Store, involvements: list[Involvement], engine: str) -> None:
    team: dict[str, set[str]] = defaultdict(set)
    for i in involvements:
        if i.relation in INSPECTORS:
            team[i.document].add(i.person)
    pairs = Counter(pair for people in team.values() for pair in combinations(sorted(people), 2))
    _, rows = run(store, "co-inspectors", engine=engine)
    assert pairs and {(r[0], r[1], int(r[2])) for r in rows} == {(a, b, n) for (a, b), n in pairs.items()}


def _holders(involvements: list[Involvement], post: str, at: str = "") -> set[tuple[str, str, str]]:
    held = [(role, i) for i in involvements if i.date for role in i.roles
            if post in role.lower() or i.relation.replace("_", " ") == post]
    if at:
        held = [(role, i) for role, i in held if i.date <= at or i.date.startswith(at)]
        latest = {role: max(i.date for r, i in held if r == role) for role, _ in held}
        held = [(role, i) for role, i in held if i.date == latest[role]]
    return {(role, i.person, i.document) for role, i in held}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("post", "at"), [("chair", ""), ("chief inspector", ""), ("chair", "2015-06"),
                                          ("chair", "2014")])
def test_post_holders_are_the_dated_holders_of_a_post_with_their_quote(
        store: Store, involvements: list[Involvement], engine: str, post: str, at: str) -> None:
    params = {"post": post, **({"at": at} if at else {})}
    _, rows = run(store, "post-holders", params, engine=engine)
    expected = _holders(involvements, post, at)
    assert expected and {(r[0], r[1], r[4]) for r in rows} == expected
    assert all(r[5] and r[3] for r in rows), "every holder comes with a date and a quote"


@pytest.mark.parametrize("engine", ENGINES)
def test_metrics_compare_every_area_with_the_national_average_in_one_query(store: Store, graph: ResolvedGraph,
                                                                           engine: str) -> None:
    """'How does each area's reoffending compare with the national average?' in one query, however each document
    wrote that average ('the England and Wales average', 'Average for England and Wales', 'the national ...')."""
    national = [o for o in graph.nodes.values() if o.schema == "Observation" and o.first("metric") == "reoffending_rate"
                and any(re.search(r"national|England and Wales", w, re.IGNORECASE) for w in o.values("comparator_as_written"))]
    assert len({w for o in national for w in o.values("comparator_as_written")}) > 1, "several written forms"
    _, rows = run(store, "metrics", {"metric": "reoffending_rate", "comparator": "England and Wales"}, engine=engine)
    assert {(r[3], r[6]) for r in rows} == {(o.first("value"), o.first("comparator_value")) for o in national}
    assert len({r[0] for r in rows}) == len(national), "one row an area"


@pytest.mark.parametrize("engine", ENGINES)
def test_person_gives_every_statement_about_one_person_with_its_quote(
        store: Store, graph: ResolvedGraph, involvements: list[Involvement], engine: str) -> None:
    name = Counter(i.person for i in involvements).most_common(1)[0][0]
    person = next(n for n in graph.nodes.values() if n.schema == "Person" and graph.caption(n.id) == name)
    ids = set(person.statement_ids())
    ids |= {s for e in graph.edges if e.type == "INVOLVED_IN" and e.source == person.id for s in e.statements}
    statements = [graph.statement(s) for s in ids]
    labels = {n.first("file_name"): document_label(n) for n in graph.nodes.values() if n.schema == "Document"}
    expected = {(s.prop, labels[s.document], s.quote) for s in statements if s.prop not in ("person", "document")}
    _, rows = run(store, "person", {"name": name.lower()}, engine=engine)
    assert {(r[1], r[3], r[5]) for r in rows} == expected
    assert {r[0] for r in rows} == {name}


def test_path_gives_every_shortest_chain_between_two_people(store: Store, graph: ResolvedGraph,
                                                            involvements: list[Involvement]) -> None:
    links = nx.Graph()
    links.add_edges_from((e.source, e.target) for e in graph.edges if e.type in PATH_TYPES)
    busiest = [name for name, _ in Counter(i.person for i in involvements).most_common(2)]
    ends = [next(n for n in graph.nodes.values() if n.schema == "Person" and graph.caption(n.id) == name).id
            for name in busiest]
    expected = {" > ".join(graph.caption(n) for n in path) for path in nx.all_shortest_paths(links, *ends)}
    _, rows = run(store, "path", {"from": busiest[0], "to": busiest[1]}, engine="cypher")
    assert {r[3] for r in rows} == expected
    assert {int(r[2]) for r in rows} == {nx.shortest_path_length(links, *ends)}


LETTER_WITH_TWO_POSTS = """To:\tAmira Castell, Chair of Westmere YOS Management Board
From:\tBryn Talfryn, Assistant Chief Inspector (Youth Justice)
Publication date:\t4 May 2016

Report of Short Quality Screening (SQS) of youth offending work in Westmere

The inspection was conducted from 1-3 March 2016 as part of our programme of inspection of youth offending work.

Copy to:
YOS Manager\tDilys Morgan
Volunteer coordinator\tDilys Morgan
"""


@pytest.mark.parametrize("engine", ENGINES)
def test_person_roles_keeps_the_organisation_one_of_a_persons_posts_names(tmp_path: Path, engine: str) -> None:
    """Two posts on one copy list, one with an organisation and one without: the row keeps both posts and the
    organisation (a list over an OPTIONAL once came out empty when one involvement lacked a value)."""
    from kg.build import build

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "letter.txt").write_text(LETTER_WITH_TWO_POSTS, encoding="utf-8")
    build([tmp_path / "docs"], tmp_path / "store", workers=1)
    _, rows = run(Store(tmp_path / "store"), "person-roles", engine=engine)
    [row] = [r for r in rows if r[1] == "Dilys Morgan"]
    assert (sorted(row[3].split("; ")), row[4]) == (["Volunteer coordinator", "YOS Manager"],
                                                     "Westmere Youth Offending Service")
