"""Resolution: one person across documents when the evidence agrees, review candidates when it conflicts."""

from __future__ import annotations

from pathlib import Path

from kg.loaders import load_document
from kg.loaders.readers import read_document
from kg.resolve import (
    Judgement,
    Mention,
    Resolution,
    compare,
    group_judgement,
    load_judgements,
    resolve,
    save_judgement,
)
from kg.statements import Statement
from tests.conftest import load_text


def corpus_statements(corpus_dir: Path) -> list[Statement]:
    statements: list[Statement] = []
    for path in sorted(corpus_dir.rglob("*.txt")):
        statements.extend(load_document(read_document(path)).statements)
    return statements


def people_named(statements: list[Statement], resolution: Resolution, name: str) -> set[str]:
    """The canonical ids of the people with this name."""
    return {resolution.canonical[s.entity] for s in statements if s.schema == "Person" and s.prop == "name"
            and s.value == name}


def test_one_person_across_areas_when_the_organisation_agrees(corpus_dir: Path) -> None:
    statements = corpus_statements(corpus_dir)
    resolution = resolve(statements)
    assert len(people_named(statements, resolution, "Yvonne McGuckian")) == 1
    assert len(people_named(statements, resolution, "Helen Mercer")) == 1


def test_conflicting_context_is_not_merged_but_offered_for_review(corpus_dir: Path) -> None:
    statements = corpus_statements(corpus_dir)
    resolution = resolve(statements)
    people = people_named(statements, resolution, "Julie Fox")
    assert len(people) >= 2
    groups = [g for g in resolution.groups if g.names == ("Julie Fox",)]
    assert len(groups) == 1, "one review group per ambiguous name"
    group = groups[0]
    assert set(group.people) == people and group.evidence_for and group.evidence_against
    assert any("different organisations" in reason for reason in group.evidence_against)


LETTER = """<i>To:</i>\tAmira Castell, Chair of {area} YOS Management Board
<i>From:</i>\tBernard Quill, Assistant Chief Inspector (Youth Justice)
<i>Publication date:</i>\t3 March 2015

Report of Short Quality Screening (SQS) of youth offending work in {area}

Copy to:

YJB link staff\t<i>{linked}</i>
"""


def test_judgements_confirm_and_reject_are_applied(tmp_path: Path) -> None:
    one = load_text(LETTER.format(area="Westmere", linked="Dora Finch"), "a.txt").statements
    two = load_text(LETTER.format(area="Eastholm", linked="Dora Finch"), "b.txt").statements
    merged = resolve(one + two)
    finch = sorted(s.entity for s in one + two if s.prop == "name" and s.value == "Dora Finch")
    assert len({merged.canonical[m] for m in finch}) == 1  # same organisation (YJB): one person

    path = tmp_path / "judgements.yaml"
    save_judgement(path, Judgement("reject", finch[0], finch[1], "two different people", "analyst", "2026-01-05"))
    apart = resolve(one + two, load_judgements(path))
    assert apart.canonical[finch[0]] != apart.canonical[finch[1]]

    assert load_judgements(path)[0].to_dict() == {"decision": "reject", "a": finch[0], "b": finch[1],
                                                  "note": "two different people", "by": "analyst",
                                                  "at": "2026-01-05"}
    save_judgement(path, Judgement("confirm", finch[0], finch[1]))
    assert len(load_judgements(path)) == 1  # a new decision on a pair replaces the old one
    together = resolve(one + two, load_judgements(path))
    assert together.canonical[finch[0]] == together.canonical[finch[1]]


MINUTES = """{area} YOS Management Board
Minutes of the meeting held on {day} March 2016

Present:
Orla Brennick
Tamsin Hale
Quentin Rusk

Apologies:
Neville Corran

1. Minutes of the last meeting were agreed.
"""


def test_members_of_one_board_in_consecutive_minutes_are_one_person() -> None:
    first = load_text(MINUTES.format(area="Westmere", day="3"), "westmere-march.txt").statements
    second = load_text(MINUTES.format(area="Westmere", day="31"), "westmere-april.txt").statements
    elsewhere = load_text(MINUTES.format(area="Eastholm", day="3"), "eastholm-march.txt").statements
    statements = first + second + elsewhere
    resolution = resolve(statements)
    for name in ("Orla Brennick", "Tamsin Hale", "Neville Corran"):
        mentions = sorted((s.document, s.entity) for s in statements if s.prop == "name" and s.value == name)
        westmere = {resolution.canonical[e] for doc, e in mentions if doc.startswith("westmere")}
        eastholm = {resolution.canonical[e] for doc, e in mentions if doc.startswith("eastholm")}
        assert len(westmere) == 1, f"{name}: two sets of one board's minutes, two people"
        assert westmere != eastholm, f"{name}: another area's board is not evidence of one person"
    groups = {g.names: g for g in resolution.groups}
    assert groups[("Orla Brennick",)].evidence_against == ("nothing but the name in common",)


def mention(mention_id: str, document: str, *, organisations: tuple[str, ...] = (), posts: tuple[str, ...] = (),
            relations: tuple[str, ...] = ("quoted",)) -> Mention:
    return Mention(mention_id, "Dora Finch", document, frozenset(organisations), frozenset(relations),
                   posts=frozenset(posts))


def test_the_same_specific_post_is_evidence_and_a_generic_one_is_not() -> None:
    inspector = mention("m1", "a.txt", posts=("assistant chief inspector",))
    same_post = mention("m2", "b.txt", posts=("assistant chief inspector",),
                        organisations=("HM Inspectorate of Probation",))
    assert compare(inspector, same_post)[0] == "agree"
    assert compare(mention("m3", "c.txt", posts=("chair",)), mention("m4", "d.txt", posts=("chair",)))[0] == "unknown"
    elsewhere = mention("m5", "e.txt", posts=("assistant chief inspector",), organisations=("Youth Justice Board",))
    verdict, pro, con = compare(same_post, elsewhere)
    assert verdict == "conflict" and "both as assistant chief inspector" in pro and con


def test_judgements_on_a_group_confirm_or_keep_apart_all_its_mentions(tmp_path: Path) -> None:
    letters = [load_text(LETTER.format(area=area, linked="Dora Finch").replace("YJB link staff", post), f"{area}.txt")
               .statements for area, post in (("Westmere", "YJB link staff"), ("Eastholm", "Ofsted - Links"),
                                              ("Northmere", "Care Quality Commission"))]
    statements = [s for letter in letters for s in letter]
    before = resolve(statements)
    [group] = [g for g in before.groups if g.names == ("Dora Finch",)]
    assert len(group.mentions) == 3 and len(group.people) == 3

    path = tmp_path / "judgements.yaml"
    save_judgement(path, group_judgement("confirm", group, "one inspector who moved", "analyst", "2026-01-05"))
    together = resolve(statements, load_judgements(path))
    assert len({together.canonical[m.id] for m in group.mentions}) == 1
    assert not [g for g in together.groups if g.id == group.id]

    save_judgement(path, group_judgement("reject", group))
    assert len(load_judgements(path)) == 1  # a new decision on a group replaces the old one
    apart = resolve(statements, load_judgements(path))
    assert len({apart.canonical[m.id] for m in group.mentions}) == 3
    assert not [g for g in apart.groups if g.id == group.id], "a judged group leaves the queue"

    more = load_text(LETTER.format(area="Southmere", linked="Dora Finch"), "Southmere.txt").statements
    again = resolve(statements + more, load_judgements(path))
    assert [g for g in again.groups if g.id == group.id], "a new mention brings the group back"
    kept = {again.canonical[m.id] for m in group.mentions}
    assert len(kept) == 3, "the people the judgement kept apart stay apart"


def test_a_board_member_is_the_one_a_letter_names_at_the_service_the_board_oversees() -> None:
    minutes = load_text(MINUTES.format(area="Westmere", day="3"), "westmere-march.txt").statements
    letter = load_text(LETTER.format(area="Westmere", linked="Dora Finch").replace(
        "YJB link staff\t<i>Dora Finch</i>", "YOS Manager\t<i>Tamsin Hale</i>"), "westmere-letter.txt").statements
    elsewhere = load_text(LETTER.format(area="Eastholm", linked="Dora Finch").replace(
        "YJB link staff\t<i>Dora Finch</i>", "YOS Manager\t<i>Tamsin Hale</i>"), "eastholm-letter.txt").statements
    statements = minutes + letter + elsewhere
    resolution = resolve(statements)
    hale = {s.document: resolution.canonical[s.entity] for s in statements if s.prop == "name"
            and s.value == "Tamsin Hale"}
    assert hale["westmere-march.txt"] == hale["westmere-letter.txt"], "the board oversees Westmere's service"
    assert hale["eastholm-letter.txt"] != hale["westmere-march.txt"], "Eastholm's manager is another person"


def test_the_same_full_name_in_documents_of_one_area_is_one_person() -> None:
    def in_area(mention_id: str, area: str, name: str = "Dora Finch") -> Mention:
        return Mention(mention_id, name, f"{mention_id}.txt", frozenset(), frozenset({"board_chair"}), area=area)

    verdict, pro, _ = compare(in_area("plan", "Northshire"), in_area("news", "Northshire Metropolitan Borough"))
    assert verdict == "agree" and "same area: Northshire" in pro
    assert compare(in_area("plan", "Northshire"), in_area("other", "Eastholm"))[0] == "unknown"
    assert compare(in_area("a", "Northshire", "D. Finch"), in_area("b", "Northshire", "D. Finch"))[0] == "unknown"
    assert compare(in_area("c", "Northshire"), Mention("d", "Dora Finch", "d.txt", frozenset({"Eastholm Police"}),
                                                       frozenset({"quoted"}), area="Northshire"))[0] == "agree"


def test_organisations_differing_only_by_the_kind_of_authority_or_named_in_a_post_agree() -> None:
    def at(mention_id: str, organisation: str, posts: tuple[str, ...] = ()) -> Mention:
        return Mention(mention_id, "Dora Finch", f"{mention_id}.txt", frozenset({organisation}),
                       frozenset({"present_at_meeting"}), posts=frozenset(posts))

    assert compare(at("a", "Northshire Metropolitan Borough Youth Offending Service"),
                   at("b", "Northshire Youth Offending Service"))[0] == "agree"
    verdict, pro, _ = compare(at("c", "Northshire Youth Offending Service", ("chair northshire borough council",)),
                              at("d", "Northshire Borough Council"))
    assert verdict == "agree" and "post names Northshire Borough Council" in pro
    assert compare(at("e", "Northshire Police"), at("f", "Northshire Council"))[0] == "conflict"


def test_an_areas_council_and_the_service_it_hosts_are_one_employer() -> None:
    panel = Mention("p", "Dora Finch", "panel.txt", frozenset({"Northshire District Council"}),
                    frozenset({"officer_attending"}), posts=frozenset({"head of service"}))
    board = Mention("b", "Dora Finch", "board.txt", frozenset({"Northshire YOS"}), frozenset({"present_at_meeting"}),
                    posts=frozenset({"yos manager"}))
    verdict, pro, _ = compare(panel, board)
    assert verdict == "agree" and any(p.startswith("council and its service") for p in pro)
    elsewhere = Mention("e", "Dora Finch", "e.txt", frozenset({"Eastholm YOS"}), frozenset({"quoted"}))
    assert compare(panel, elsewhere)[0] == "conflict"


def test_an_areas_bench_and_the_courts_service_are_one_employer() -> None:
    """A magistrate's organisation written as HMCTS in one set of minutes and as the area's youth bench in the next."""
    table = Mention("t", "Dora Finch", "board-1.txt", frozenset({"HM Courts Service"}), frozenset({"present_at_meeting"}))
    bench = Mention("b", "Dora Finch", "board-2.txt", frozenset({"Northshire Youth Court Bench"}),
                    frozenset({"present_at_meeting"}))
    assert compare(table, bench)[0] == "agree"
    elsewhere = Mention("e", "Dora Finch", "e.txt", frozenset({"Northshire Police"}), frozenset({"quoted"}))
    assert compare(table, elsewhere)[0] == "conflict"


def councillor(mention_id: str, document: str, name: str, area: str = "Tregarth", *organisations: str) -> Mention:
    return Mention(mention_id, name, document, frozenset(organisations), frozenset({"cabinet_member"}), area,
                   frozenset({"council_papers"}))


def test_a_surname_alone_is_the_one_person_of_that_area_named_in_full_with_it() -> None:
    from kg.resolve import resolve_mentions

    found = [councillor("p-1", "minutes-1.txt", "Morwenna Penhaligon-Ivey"),
             councillor("p-2", "news.txt", "Morwenna Penhaligon-Ivey"),
             councillor("p-3", "minutes-2.txt", "Penhaligon-Ivey"),
             councillor("p-4", "elsewhere.txt", "Penhaligon-Ivey", "Lowmoor")]
    canonical = resolve_mentions(found, []).canonical
    assert canonical["p-3"] == canonical["p-1"] == canonical["p-2"]
    assert canonical["p-4"] != canonical["p-1"]  # another area's councillor of that surname


def test_a_surname_alone_with_two_people_of_that_surname_waits_for_review() -> None:
    from kg.resolve import resolve_mentions

    found = [councillor("p-1", "minutes-1.txt", "Morwenna Penhaligon-Ivey"),
             councillor("p-2", "minutes-2.txt", "Jago Penhaligon-Ivey"),
             councillor("p-3", "minutes-3.txt", "Penhaligon-Ivey"),
             councillor("p-4", "minutes-4.txt", "Kerensa Tonkin", "Tregarth", "Tregarth Council"),
             councillor("p-5", "minutes-5.txt", "Tonkin", "Tregarth", "Tregarth Police")]
    people = resolve_mentions(found, [])
    assert len({people.canonical[m] for m in ("p-1", "p-2", "p-3")}) == 3
    assert people.canonical["p-5"] != people.canonical["p-4"]  # different organisations
    grouped = [{m.id for m in group.mentions} for group in people.groups]
    assert {"p-1", "p-2", "p-3"} in grouped and {"p-4", "p-5"} in grouped
