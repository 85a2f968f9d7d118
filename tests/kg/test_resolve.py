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
    post_keys,
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


def people_by_document(statements: list[Statement], resolution: Resolution, name: str) -> dict[str, str]:
    """The person each document's mention of a name (compared by name key) became."""
    from kg.names import name_key

    return {s.document: resolution.canonical[s.entity] for s in statements if s.schema == "Person"
            and s.prop == "name" and name_key(s.value) == name_key(name)}


BOARD = """Northshire Youth Justice Management Board
Minutes of the meeting held on {day}

Present:
Margaret Pennington-Lowe MBE (Chair), Corporate Director, Children, Schools and Families
{member}
Ch Supt Alistair McKendrick QPM, Northshire Police

1. Minutes of the last meeting
The minutes were agreed.
"""


def test_a_middle_initial_written_in_one_document_only_is_one_person() -> None:
    june = load_text(BOARD.format(day="14 June 2023", member="Sunita K. Mistry-Baines, Head of Youth Justice Service"),
                     "northshire-june.txt").statements
    september = load_text(BOARD.format(day="20 September 2023", member="Sunita Mistry-Baines, YJS Manager"),
                          "northshire-september.txt").statements
    resolution = resolve(june + september)
    people = people_by_document(june + september, resolution, "Sunita Mistry-Baines")
    assert set(people) == {"northshire-june.txt", "northshire-september.txt"}
    assert len(set(people.values())) == 1, people


INSPECTION = """An inspection of youth offending services in
Westmere
HM Inspectorate of Probation
AUGUST 2019

Acknowledgements
This inspection was led by HM Inspector Carys Wynne-Pugh, supported by a team of inspectors.
Rhodri Abernethy-Vale, Head of Youth Justice Inspections, had overall responsibility for this
programme of work.
"""
INSPECTORATE_NEWS = """HM Inspectorate of Probation
Press release
12 May 2021

Eastholm youth justice service rated 'Requires improvement'

Rhodri Abernethy-Vale, who heads the Inspectorate's youth inspection programme, said: "Leaders know what to do."
"""
SQS_LETTER = """To:\tAmira Castell, Chair of Southmere YOS Management Board
From:\tRhodri Abernethy-Vale, Assistant Chief Inspector (Youth Justice)
Publication date:\t3 March 2014

Report of Short Quality Screening (SQS) of youth offending work in Southmere
"""


def test_the_inspectorates_people_are_one_person_across_areas_and_posts() -> None:
    documents = {"westmere-2019.txt": INSPECTION, "eastholm-news-2021.txt": INSPECTORATE_NEWS,
                 "southmere-letter-2014.txt": SQS_LETTER}
    statements = [s for name, text in documents.items() for s in load_text(text, name).statements]
    people = people_by_document(statements, resolve(statements), "Rhodri Abernethy-Vale")
    assert set(people) == set(documents)
    assert len(set(people.values())) == 1, "one person of the inspectorate, whatever the area and the post's words"


def at_meeting(mention_id: str, area: str, *organisations: str, posts: tuple[str, ...] = (),
               family: str = "board_minutes") -> Mention:
    return Mention(mention_id, "Dora Finch", f"{mention_id}.txt", frozenset(organisations),
                   frozenset({"present_at_meeting"}), area, frozenset({family}), frozenset(posts))


def test_one_boards_member_is_one_person_whatever_organisation_the_minutes_write_beside_them() -> None:
    june = at_meeting("june", "Northshire", "Northshire Clinical Commissioning Group")
    september = at_meeting("september", "Northshire", "Northshire Integrated Care Board")
    verdict, pro, _ = compare(june, september)
    assert verdict == "agree" and "same body: Northshire Youth Offending Service" in pro
    elsewhere = at_meeting("elsewhere", "Eastholm", "Eastholm Integrated Care Board")
    assert compare(june, elsewhere)[0] == "conflict", "another area's board: the organisations decide"


def test_an_areas_health_commissioner_under_the_names_it_went_by_is_one_employer() -> None:
    """A clinical commissioning group became the area's integrated care board in 2022: one employer, in the minutes'
    apologies and the plan's membership alike; another area's board is not the same."""
    apologies = Mention("apologies", "Dora Finch", "minutes.txt", frozenset({"Northshire Clinical Commissioning Group"}),
                        frozenset({"apologies"}), "Northshire", frozenset({"board_minutes"}), frozenset())
    plan = Mention("plan", "Dora Finch", "plan.txt", frozenset({"Northshire and Westdale Integrated Care Board"}),
                   frozenset({"board_member"}), "Northshire", frozenset({"youth_justice_plan"}), frozenset())
    assert compare(apologies, plan)[0] == "agree"
    elsewhere = Mention("elsewhere", "Dora Finch", "other.txt", frozenset({"Eastholm Integrated Care Board"}),
                        frozenset({"board_member"}), "Eastholm", frozenset({"youth_justice_plan"}), frozenset())
    assert compare(apologies, elsewhere)[0] == "conflict"


def test_one_areas_holder_of_one_post_is_one_person_whatever_organisation_is_written() -> None:
    report = at_meeting("report", "Northshire", "Northshire Council", posts=("director of childrens services",),
                        family="council_papers")
    news = Mention("news", "Dora Finch", "news.txt", frozenset({"Northshire Youth Justice Board"}),
                   frozenset({"quoted"}), "Northshire", frozenset({"press_release"}),
                   frozenset({"director of childrens services"}))
    assert compare(report, news)[0] == "agree"
    other_post = Mention("other", "Dora Finch", "other.txt", frozenset({"Northshire Police"}), frozenset({"quoted"}),
                         "Northshire", frozenset({"press_release"}), frozenset({"chief superintendent"}))
    assert compare(report, other_post)[0] == "conflict"


def test_a_document_about_two_areas_places_each_person_in_their_organisations_area() -> None:
    thematic = Mention("thematic", "Dora Finch", "thematic.txt", frozenset({"Westmere Youth Offending Service"}),
                       frozenset({"other"}), "Northshire", frozenset({"thematic_inspection"}))
    westmere = Mention("westmere", "Dora Finch", "westmere-news.txt", frozenset(), frozenset({"quoted"}), "Westmere",
                       frozenset({"press_release"}))
    northshire = Mention("northshire", "Dora Finch", "northshire-news.txt", frozenset(), frozenset({"quoted"}),
                         "Northshire", frozenset({"press_release"}))
    verdict, pro, _ = compare(thematic, westmere)
    assert verdict == "agree" and "same area: Westmere" in pro
    assert compare(thematic, northshire)[0] == "unknown", "the document's other area is not the person's"


def test_in_one_area_a_department_written_as_the_organisation_is_no_evidence_against() -> None:
    paper = Mention("paper", "Dora Finch", "paper.txt", frozenset({"Children, Schools and Families"}),
                    frozenset({"board_chair"}), "Northshire", frozenset({"council_papers"}),
                    frozenset({"corporate director children schools and families"}))
    news = Mention("news", "Dora Finch", "news.txt", frozenset({"Northshire Council"}), frozenset({"quoted"}),
                   "Northshire", frozenset({"press_release"}), frozenset({"director of childrens services"}))
    assert compare(paper, news)[0] == "agree"
    police = Mention("police", "Dora Finch", "police.txt", frozenset({"Northshire Police"}), frozenset({"quoted"}),
                     "Northshire", frozenset({"press_release"}))
    assert compare(police, news)[0] == "conflict", "two bodies of the area: the organisations decide"
    elsewhere = Mention("elsewhere", "Dora Finch", "elsewhere.txt", frozenset({"Eastholm Council"}),
                        frozenset({"quoted"}), "Eastholm", frozenset({"press_release"}))
    assert compare(paper, elsewhere)[0] == "conflict"


def test_a_board_the_person_sits_on_is_not_against_the_body_they_work_for() -> None:
    paper = Mention("paper", "Dora Finch", "paper.txt", frozenset({"Northshire Council"}), frozenset({"officer_attending"}),
                    "Northshire", frozenset({"council_papers"}), frozenset({"director of childrens services"}))
    news = Mention("news", "Dora Finch", "news.txt", frozenset({"Northshire Youth Justice Board"}),
                   frozenset({"board_chair", "quoted"}), "Northshire", frozenset({"press_release"}),
                   frozenset({"chair of the northshire youth justice board"}))
    verdict, pro, _ = compare(paper, news)
    assert verdict == "agree" and "same area: Northshire" in pro
    national = Mention("national", "Dora Finch", "national.txt", frozenset({"Youth Justice Board"}),
                       frozenset({"copy_to"}), "Northshire", frozenset({"sqs_letter"}))
    assert compare(paper, national)[0] == "conflict", "the national Youth Justice Board employs its staff"
    elsewhere = Mention("elsewhere", "Dora Finch", "elsewhere.txt", frozenset({"Eastholm Youth Justice Board"}),
                        frozenset({"board_chair"}), "Eastholm", frozenset({"press_release"}),
                        frozenset({"chair of the eastholm youth justice board"}))
    assert compare(news, elsewhere)[0] == "conflict", "two areas' boards are two bodies"


def test_initials_are_the_one_person_of_that_area_whose_forenames_they_fit() -> None:
    from kg.resolve import resolve_mentions

    found = [councillor("i-1", "minutes-1.txt", "Rosemary Fairbairn-Taylor"),
             councillor("i-2", "letter.txt", "R. Fairbairn-Taylor"),
             councillor("i-3", "report.txt", "Dr N. Sethuraman"),
             councillor("i-4", "news.txt", "Nandini Sethuraman"),
             councillor("i-5", "minutes-2.txt", "J. Fairbairn-Taylor"),  # fits no forename: not Rosemary
             councillor("i-6", "elsewhere.txt", "R. Fairbairn-Taylor", "Lowmoor")]  # another area
    canonical = resolve_mentions(found, []).canonical
    assert canonical["i-2"] == canonical["i-1"] and canonical["i-3"] == canonical["i-4"]
    assert canonical["i-5"] != canonical["i-1"] and canonical["i-6"] != canonical["i-1"]


def test_initials_that_fit_two_people_of_the_area_wait_for_review() -> None:
    from kg.resolve import resolve_mentions

    found = [councillor("t-1", "minutes-1.txt", "Rosemary Fairbairn-Taylor"),
             councillor("t-2", "minutes-2.txt", "Robert Fairbairn-Taylor"),
             councillor("t-3", "letter.txt", "R. Fairbairn-Taylor")]
    people = resolve_mentions(found, [])
    assert len({people.canonical[m] for m in ("t-1", "t-2", "t-3")}) == 3
    group = next(g for g in people.groups if "t-3" in {m.id for m in g.mentions})
    assert {m.id for m in group.mentions} == {"t-1", "t-2", "t-3"}
    assert group.evidence_against == ("2 people with that surname",)


def test_in_one_document_a_surname_or_initials_are_the_one_attendee_named_in_full_with_them() -> None:
    """Minutes with no area known still link 'Cllr Qureshi-Vane' and 'T. Okoye' to their attendees; a surname two
    attendees share links neither, and a surname from another document about no area links nothing."""
    from kg.resolve import resolve_mentions

    def named(mention_id: str, document: str, name: str) -> Mention:
        return Mention(mention_id, name, document, frozenset(), frozenset({"present_at_meeting"}))

    found = [named("d-1", "minutes.txt", "Samira Qureshi-Vane"), named("d-2", "minutes.txt", "Qureshi-Vane"),
             named("d-3", "minutes.txt", "Tolu Okoye"), named("d-4", "minutes.txt", "T. Okoye"),
             named("d-5", "minutes.txt", "Anwen ap Rhys"), named("d-6", "minutes.txt", "Gethin ap Rhys"),
             named("d-7", "minutes.txt", "ap Rhys"), named("d-8", "other.txt", "Okoye")]
    canonical = resolve_mentions(found, []).canonical
    assert canonical["d-2"] == canonical["d-1"] and canonical["d-4"] == canonical["d-3"]
    assert len({canonical[m] for m in ("d-5", "d-6", "d-7")}) == 3, "two attendees of that surname: review"
    assert canonical["d-8"] != canonical["d-3"], "another document, no area: nothing links them"


def test_a_post_written_with_its_owner_or_beside_another_is_the_same_post() -> None:
    """News writes 'the council's director of children's services', or two posts in one phrase; a report writes the
    post alone: one post, so one person. Another post is still no evidence."""
    news = Mention("news", "Dora Finch", "news.txt", frozenset(), frozenset({"quoted"}),
                   posts=frozenset({"chair of the northshire youth justice board and the councils director of "
                                    "childrens services"}))
    release = Mention("release", "Dora Finch", "release.txt", frozenset(), frozenset({"board_chair"}),
                      posts=frozenset({"councils director of childrens services"}))
    report = Mention("report", "Dora Finch", "report.txt", frozenset({"Northshire Council"}), frozenset({"staff"}),
                     "Northshire", posts=frozenset({"director of childrens services"}))
    for a, b in ((news, release), (release, report)):
        verdict, pro, _ = compare(a, b)
        assert verdict == "agree" and "both as director of childrens services" in pro
    other = Mention("other", "Dora Finch", "other.txt", frozenset(), frozenset({"quoted"}),
                    posts=frozenset({"the councils director of finance"}))
    assert compare(other, release)[0] == "unknown"


def test_a_person_of_a_document_about_no_known_area_is_of_the_area_their_post_names() -> None:
    """A newspaper the area was not read from names 'the chair of the Northshire Youth Justice Board': the same full
    name in Northshire's minutes is that person; in Eastholm's it is not."""
    news = Mention("news", "Dora Finch", "news.txt", frozenset(), frozenset({"quoted"}),
                   posts=frozenset({"chair of the northshire youth justice board"}))
    minutes = at_meeting("minutes", "Northshire")
    verdict, pro, _ = compare(news, minutes)
    assert verdict == "agree" and "same area: Northshire (named in a post)" in pro
    assert compare(news, at_meeting("eastholm", "Eastholm"))[0] == "unknown"
    unnamed = Mention("unnamed", "Dora Finch", "unnamed.txt", frozenset(), frozenset({"quoted"}),
                      posts=frozenset({"chair of the board"}))
    assert compare(unnamed, minutes)[0] == "unknown", "a post that names no area places no one"


def test_the_same_full_name_holding_one_post_at_a_time_is_one_person_where_nothing_places_them_apart() -> None:
    """A cabinet member quoted in a newspaper the area was not read from, and the council's papers naming its
    cabinet member: one person. Two areas' cabinet members of one name stay apart, and the newspaper's is never the
    bridge between them; a mere quote is nothing."""
    from kg.resolve import resolve_mentions

    def news(mention_id: str, *relations: str) -> Mention:
        return Mention(mention_id, "Dora Finch", f"{mention_id}.txt", frozenset(), frozenset(relations))

    papers = councillor("papers", "papers.txt", "Dora Finch", "Tregarth", "Tregarth Council")
    quoted = news("quoted", "quoted")
    people = resolve_mentions([news("echo", "cabinet_member", "quoted"), papers, quoted], [])
    assert people.canonical["echo"] == people.canonical["papers"] != people.canonical["quoted"]
    elsewhere = councillor("elsewhere", "elsewhere.txt", "Dora Finch", "Lowmoor", "Lowmoor Council")
    people = resolve_mentions([news("echo", "cabinet_member"), papers, elsewhere], [])
    assert len({people.canonical[m] for m in ("echo", "papers", "elsewhere")}) == 3
    group = next(g for g in people.groups if "echo" in {m.id for m in g.mentions})
    assert "each cabinet_member" in group.evidence_for


def test_one_persons_initials_never_bridge_two_namesakes_they_fit() -> None:
    """'R. Fairbairn-Taylor' of the Youth Justice Board in Tregarth's and Lowmoor's papers is one person; Rosemary
    of Tregarth and Robert of Lowmoor both fit the initials: she joins the first, never both (one person would hold
    two), and the other waits for review with the evidence against."""
    from kg.resolve import resolve_mentions

    found = [councillor("b-1", "tregarth.txt", "R. Fairbairn-Taylor", "Tregarth", "Youth Justice Board"),
             councillor("b-2", "lowmoor.txt", "R. Fairbairn-Taylor", "Lowmoor", "Youth Justice Board"),
             councillor("b-3", "tregarth-news.txt", "Rosemary Fairbairn-Taylor", "Tregarth"),
             councillor("b-4", "lowmoor-news.txt", "Robert Fairbairn-Taylor", "Lowmoor")]
    people = resolve_mentions(found, [])
    assert people.canonical["b-1"] == people.canonical["b-2"]
    assert people.canonical["b-3"] != people.canonical["b-4"]
    group = next(g for g in people.groups if "b-4" in {m.id for m in g.mentions})
    assert {"b-1", "b-2", "b-3", "b-4"} <= {m.id for m in group.mentions}
    assert any(reason.startswith("its other mentions are") for reason in group.evidence_against)


def official(mention_id: str, document: str, name: str, *titles: str, area: str | None = "Tregarth",
             organisations: tuple[str, ...] = (), relations: tuple[str, ...] = ("present_at_meeting",)) -> Mention:
    return Mention(mention_id, name, document, frozenset(organisations), frozenset(relations), area,
                   titles=frozenset(titles))


def test_one_official_in_every_writing_of_their_name_is_one_person() -> None:
    """Helen Okonkwo-Barr named in full in one paper, and as initials, a surname in capitals, with Mrs, Cllr or
    Councillor and an initial in the other papers about her area: one person."""
    from kg.resolve import resolve_mentions

    found = [official("h-1", "cabinet.txt", "Helen Okonkwo-Barr", "Councillor", organisations=("Tregarth Council",)),
             official("h-2", "board-1.txt", "H. Okonkwo-Barr"),
             official("h-3", "board-2.txt", "Okonkwo-Barr", "Mrs"),
             official("h-4", "news.txt", "OKONKWO-BARR"),
             official("h-5", "scrutiny.txt", "Okonkwo-Barr", "Councillor", organisations=("Tregarth Council",)),
             official("h-6", "panel.txt", "H Okonkwo-Barr", "Councillor")]
    canonical = resolve_mentions(found, []).canonical
    assert len({canonical[m.id] for m in found}) == 1


def test_a_title_of_one_sex_never_joins_a_forename_or_title_of_the_other() -> None:
    """'Mrs Okonkwo-Barr' is not Henry, the one Okonkwo-Barr named in full in her area: she waits for review, and so
    she does where Helen is named too (she may be neither); 'Mr Okonkwo-Barr' beside Helen alone is not her."""
    from kg.resolve import resolve_mentions

    henry = official("s-1", "news.txt", "Henry Okonkwo-Barr")
    mrs = official("s-2", "minutes.txt", "Okonkwo-Barr", "Mrs")
    people = resolve_mentions([henry, mrs], [])
    assert people.canonical["s-1"] != people.canonical["s-2"]
    group = next(g for g in people.groups if "s-2" in {m.id for m in g.mentions})
    assert any("both sexes" in reason for reason in group.evidence_against)
    helen = official("s-3", "report.txt", "Helen Okonkwo-Barr")
    canonical = resolve_mentions([henry, mrs, helen], []).canonical
    assert len({canonical[m] for m in ("s-1", "s-2", "s-3")}) == 3
    canonical = resolve_mentions([helen, official("s-4", "letter.txt", "Okonkwo-Barr", "Mr"), mrs], []).canonical
    assert canonical["s-3"] != canonical["s-4"] and canonical["s-2"] == canonical["s-3"]
    assert compare(official("s-6", "a.txt", "Sam Lee", "Mr"), official("s-7", "b.txt", "Sam Lee", "Ms"))[0] == "conflict"
    mr_sam = official("s-8", "news.txt", "Sam Lee", "Mr")
    samantha = official("s-9", "minutes.txt", "Samantha Lee")
    assert resolve_mentions([mr_sam, samantha], []).canonical["s-8"] != \
        resolve_mentions([mr_sam, samantha], []).canonical["s-9"], "a familiar form of the other sex"
    assert resolve_mentions([official("s-10", "news.txt", "Sam Lee"), samantha], []).canonical["s-10"] == \
        resolve_mentions([official("s-10", "news.txt", "Sam Lee"), samantha], []).canonical["s-9"]


def test_a_councillor_is_never_a_police_officer_nor_a_reporter_of_another_surname() -> None:
    """Inspector Tomos Baptiste and Councillor Baptiste of one area are two people; so are two people of one full name,
    one a councillor and one a superintendent. The reporter Lowri Baptiste-Hale is neither."""
    from kg.resolve import resolve_mentions

    inspector = official("b-1", "board.txt", "Tomos Baptiste", "Inspector", organisations=("Tregarth Police",))
    councillor = official("b-2", "cabinet.txt", "Baptiste", "Councillor", organisations=("Tregarth Council",))
    unnamed = official("b-3", "cabinet-2.txt", "Baptiste", "Councillor")
    reporter = official("b-4", "news.txt", "Lowri Baptiste-Hale", relations=("author",))
    quoted = official("b-5", "news.txt", "Baptiste", "Inspector", relations=("quoted",))
    canonical = resolve_mentions([inspector, councillor, unnamed, reporter, quoted], []).canonical
    assert canonical["b-1"] not in (canonical["b-2"], canonical["b-3"])
    assert canonical["b-4"] not in (canonical["b-1"], canonical["b-5"]), "another surname, another person"
    assert canonical["b-5"] == canonical["b-1"], "the one Inspector Baptiste named in full in the area"
    verdict, _, against = compare(official("b-6", "a.txt", "Tomos Baptiste", "Councillor"),
                                  official("b-7", "b.txt", "Tomos Baptiste", "Superintendent"))
    assert verdict == "conflict" and against == ["a councillor and a police officer: Tomos Baptiste / Tomos Baptiste"]


def test_one_areas_police_force_or_service_under_two_names_is_one_employer() -> None:
    """'Morlais Police' in cabinet minutes and 'Heddlu Morlais Police' in the plan, in documents about one area: one
    force, so one person; in two areas, two forces. A commissioner's office is not the force. Likewise the area's
    youth offending service under a name its area was misread into."""
    minutes = official("p-1", "cabinet.txt", "Dora Finch", organisations=("Morlais Police",), area="Penhallow")
    plan = official("p-2", "plan.txt", "Dora Finch", organisations=("Heddlu Morlais Police",), area="Penhallow")
    verdict, pro, _ = compare(minutes, plan)
    assert verdict == "agree" and "the area's one body: Morlais Police / Heddlu Morlais Police" in pro
    elsewhere = official("p-3", "other.txt", "Dora Finch", organisations=("Westmere Police",), area="Westmere")
    assert compare(minutes, elsewhere)[0] == "conflict"
    commissioner = official("p-4", "pcc.txt", "Dora Finch", organisations=("Office of the Police and Crime Commissioner",
                                                                           "Tregarth Council"), area="Penhallow")
    assert compare(minutes, commissioner)[0] == "conflict"
    report = official("p-5", "report.txt", "Dora Finch", organisations=("Penhallow Youth Offending Service",),
                      area="Penhallow")
    plan = official("p-6", "plan.txt", "Dora Finch", organisations=("Penhallow Youth Justice Service Youth Offending "
                                                                    "Service",), area="Penhallow Youth Justice Service")
    assert compare(report, plan)[0] == "agree"


def test_a_title_few_hold_written_in_one_area_outweighs_differing_organisations() -> None:
    """A magistrate 'JP' at the board for the youth panel and the letter's 'Chair of the Youth Bench JP', in one area:
    one person; without the title on both sides, or in two areas, the organisations still differ."""
    board = official("j-1", "board.txt", "Dora Finch", "JP", organisations=("Tregarth Youth Offending Service",))
    letter = official("j-2", "letter.txt", "Dora Finch", "JP", organisations=("Tregarth Youth Court Bench",))
    verdict, pro, _ = compare(board, letter)
    assert verdict == "agree" and "both JP" in pro
    untitled = official("j-3", "letter-2.txt", "Dora Finch", organisations=("Tregarth Youth Court Bench",))
    assert compare(board, untitled)[0] == "conflict"
    elsewhere = official("j-4", "other.txt", "Dora Finch", "JP", organisations=("Westmere Youth Court Bench",),
                         area="Westmere")
    assert compare(board, elsewhere)[0] == "conflict"
    assert compare(official("j-5", "a.txt", "Dora Finch", "Ms", organisations=("Tregarth Council",)),
                   official("j-6", "b.txt", "Dora Finch", "Ms", organisations=("Tregarth Police",)))[0] == "conflict"


def test_a_familiar_forename_is_the_one_person_of_the_area_with_the_formal_one() -> None:
    """'Bob Castellane' in the news and 'Robert Castellane' in the minutes of his area: one person. Never 'Roberta',
    nor another area's Robert; 'Bill' fits both William and Robert of one area and waits for review."""
    from kg.resolve import resolve_mentions

    bob = official("n-1", "news.txt", "Bob Castellane", relations=("quoted",))
    robert = official("n-2", "minutes.txt", "Robert Castellane")
    roberta = official("n-3", "report.txt", "Roberta Castellane", area="Westmere")
    far = official("n-4", "plan.txt", "Robert Castellane", area="Westmere")
    canonical = resolve_mentions([bob, robert, roberta, far], []).canonical
    assert canonical["n-1"] == canonical["n-2"] != canonical["n-4"]
    assert canonical["n-3"] not in (canonical["n-1"], canonical["n-4"])
    bill = official("n-5", "news-2.txt", "Bill Castellane")
    william = official("n-6", "letter.txt", "William Castellane")
    people = resolve_mentions([bill, robert, william], [])
    assert len({people.canonical[m] for m in ("n-5", "n-2", "n-6")}) == 3
    group = next(g for g in people.groups if "n-5" in {m.id for m in g.mentions})
    assert {"n-2", "n-5", "n-6"} <= {m.id for m in group.mentions}
    police = official("n-7", "board.txt", "Robert Castellane", organisations=("Tregarth Police",))
    council = official("n-8", "cabinet.txt", "Bob Castellane", organisations=("Tregarth Council",))
    assert resolve_mentions([police, council], []).canonical["n-7"] != \
        resolve_mentions([police, council], []).canonical["n-8"], "organisations against"


def test_a_middle_name_left_out_is_the_one_person_of_the_area_with_it() -> None:
    """'Elin Harries' in the minutes and 'Elin Mair Harries' in the report on her area: one person. 'Mair Harries' is
    not her (a forename left out at the front), nor is another area's Elin Harries; with Elin Mair and Elin Wyn
    Harries in one area, Elin Harries waits for review."""
    from kg.resolve import resolve_mentions

    full = official("e-1", "report.txt", "Elin Mair Harries")
    short = official("e-2", "minutes.txt", "Elin Harries")
    other = official("e-3", "news.txt", "Mair Harries")
    far = official("e-4", "plan.txt", "Elin Harries", area="Westmere")
    canonical = resolve_mentions([full, short, other, far], []).canonical
    assert canonical["e-1"] == canonical["e-2"]
    assert canonical["e-3"] != canonical["e-1"] and canonical["e-4"] != canonical["e-1"]
    wyn = official("e-5", "letter.txt", "Elin Wyn Harries")
    canonical = resolve_mentions([full, short, wyn], []).canonical
    assert len({canonical[m] for m in ("e-1", "e-2", "e-5")}) == 3


def test_a_surname_in_a_document_about_no_area_is_placed_by_its_organisation() -> None:
    """A national report names 'Cllr Okonkwo-Barr' of Tregarth Council: she is the one Okonkwo-Barr named in full in
    the documents about Tregarth; another area's council places her nowhere near her."""
    from kg.resolve import resolve_mentions

    helen = official("o-1", "cabinet.txt", "Helen Okonkwo-Barr", "Councillor", organisations=("Tregarth Council",))
    national = official("o-2", "thematic.txt", "Okonkwo-Barr", "Councillor", organisations=("Tregarth Council",),
                        area=None)
    elsewhere = official("o-3", "thematic-2.txt", "Okonkwo-Barr", "Councillor", organisations=("Westmere Council",),
                         area=None)
    canonical = resolve_mentions([helen, national, elsewhere], []).canonical
    assert canonical["o-2"] == canonical["o-1"] != canonical["o-3"]


def test_initials_with_a_title_few_hold_outweigh_a_misread_organisation() -> None:
    """'Dr N. Sethuraman' of a board's second minutes, an organisation misread beside her, is Dr Nandini Sethuraman of
    the first; without the title on both sides the organisations still keep them apart."""
    from kg.resolve import resolve_mentions

    first = official("d-1", "minutes-1.txt", "Nandini Sethuraman", "Dr", organisations=("Tregarth CCG",))
    second = official("d-2", "minutes-2.txt", "N. Sethuraman", "Dr", organisations=("National Probation Service",))
    untitled = official("d-3", "minutes-3.txt", "N. Sethuraman", organisations=("National Probation Service",))
    canonical = resolve_mentions([first, second], []).canonical
    assert canonical["d-1"] == canonical["d-2"]
    apart = resolve_mentions([first, untitled], []).canonical
    assert apart["d-3"] != apart["d-1"]


def test_a_surname_in_a_news_item_is_never_its_reporter() -> None:
    """'Inspector Baptiste said' in an item whose byline names the reporter Lowri Baptiste (her surname cut at a line's
    end): not her. With no other Baptiste it stays apart; a minute taker named in the same minutes is still joined."""
    from kg.resolve import resolve_mentions

    reporter = official("r-1", "news.txt", "Lowri Baptiste", relations=("author",))
    quoted = official("r-2", "news.txt", "Baptiste", relations=("quoted",))
    canonical = resolve_mentions([reporter, quoted], []).canonical
    assert canonical["r-1"] != canonical["r-2"]
    taker = official("r-3", "minutes.txt", "Ann Kitto", relations=("minute_taker",))
    again = official("r-4", "minutes.txt", "Kitto", relations=("present_at_meeting",))
    canonical = resolve_mentions([taker, again], []).canonical
    assert canonical["r-3"] == canonical["r-4"]


def test_of_two_namesakes_a_short_form_is_the_one_with_its_title() -> None:
    """'Councillor Okonkwo-Barr' where the area names Councillor Helen Okonkwo-Barr and Inspector David Okonkwo-Barr:
    Helen. Where both namesakes are councillors, or the short form has no title, it waits for review."""
    from kg.resolve import resolve_mentions

    helen = official("k-1", "cabinet.txt", "Helen Okonkwo-Barr", "Councillor")
    david = official("k-2", "board.txt", "David Okonkwo-Barr", "Inspector")
    short = official("k-3", "scrutiny.txt", "Okonkwo-Barr", "Councillor")
    bare = official("k-4", "news.txt", "Okonkwo-Barr")
    canonical = resolve_mentions([helen, david, short, bare], []).canonical
    assert canonical["k-3"] == canonical["k-1"] != canonical["k-2"]
    assert canonical["k-4"] not in (canonical["k-1"], canonical["k-2"])
    ruth = official("k-5", "panel.txt", "Ruth Okonkwo-Barr", "Councillor")
    canonical = resolve_mentions([helen, ruth, short], []).canonical
    assert len({canonical[m] for m in ("k-1", "k-3", "k-5")}) == 3


def test_an_area_misread_twice_over_or_with_its_service_is_the_area() -> None:
    """A letterhead's last line run into the title ('Tregarth' / 'Tregarth Youth Offending Service') reads the area
    twice over, and the council with it: still Tregarth and Tregarth Council. No place is written so in fact."""
    letter = official("w-1", "letter.txt", "Dora Finch", organisations=("Tregarth Council",))
    minutes = official("w-2", "minutes.txt", "Dora Finch", organisations=("Tregarth Tregarth Council",),
                       area="Tregarth Tregarth")
    verdict, pro, _ = compare(letter, minutes)
    assert verdict == "agree" and "both with Tregarth Council" in pro and "same area: Tregarth" in pro
    elsewhere = official("w-3", "other.txt", "Dora Finch", organisations=("Lowmoor Council",), area="Lowmoor")
    assert compare(minutes, elsewhere)[0] == "conflict"


def test_an_area_read_with_its_councils_whole_name_run_into_its_own_is_the_area() -> None:
    """A letterhead's council ('Tregarth Metropolitan Borough Council') run into the board's title ('Tregarth Youth
    Offending Service Management Board') reads the area, and the service with it, as 'Tregarth Metropolitan Borough
    Council Tregarth': still Tregarth, whose council hosts the service. Another area's council is still another."""
    panel = official("v-1", "panel.txt", "Dora Finch", organisations=("Tregarth Council",))
    minutes = official("v-2", "minutes.txt", "Dora Finch", area="Tregarth Metropolitan Borough Council Tregarth",
                       organisations=("Tregarth Metropolitan Borough Council Tregarth Youth Offending Service",))
    verdict, pro, _ = compare(panel, minutes)
    assert verdict == "agree" and "same area: Tregarth" in pro
    elsewhere = official("v-3", "other.txt", "Dora Finch", organisations=("Lowmoor Council",), area="Lowmoor")
    assert compare(minutes, elsewhere)[0] == "conflict"


def test_a_person_is_of_the_area_their_post_names_beside_their_documents() -> None:
    """A district's news ('Eastholm') names the head of the county's service, 'who heads the Northshire Youth Justice
    Service', with the district's service written as her organisation: she is the head of service of Northshire's
    board minutes. Her post names no other area than Northshire, so Westmere's namesake stays apart, and without the
    post the organisations still differ."""
    news = Mention("n", "Dora Finch", "news.txt", frozenset({"Eastholm Youth Offending Service"}),
                   frozenset({"quoted"}), "Eastholm", posts=frozenset({"heads the northshire youth justice service"}))
    minutes = Mention("m", "Dora Finch", "minutes.txt", frozenset({"Northshire Youth Offending Service"}),
                      frozenset({"present_at_meeting"}), "Northshire", frozenset({"board_minutes"}),
                      posts=frozenset({"head of youth justice service"}))
    verdict, pro, _ = compare(news, minutes)
    assert verdict == "agree" and "same area: Northshire (named in a post)" in pro
    westmere = Mention("w", "Dora Finch", "westmere.txt", frozenset({"Westmere Youth Offending Service"}),
                       frozenset({"present_at_meeting"}), "Westmere", frozenset({"board_minutes"}))
    assert compare(news, westmere)[0] == "conflict"
    unnamed = Mention("u", "Dora Finch", "news-2.txt", frozenset({"Eastholm Youth Offending Service"}),
                      frozenset({"quoted"}), "Eastholm", posts=frozenset({"head of service"}))
    assert compare(unnamed, minutes)[0] == "conflict"


def test_a_police_rank_written_as_the_post_is_a_title_few_hold() -> None:
    """'Inspector Idwal Carrow' read with the rank as his post, in a board's attendance key (his force misread as the
    board's service) and in the area's news: both inspectors of one area, one person. The rank as a post also keeps
    him from a councillor of his name; an inspectorate's lead inspector holds no police rank, and without the rank
    on both sides the organisations still differ."""
    def carrow(mention_id: str, post: str, *titles: str, organisations: tuple[str, ...] = ()) -> Mention:
        return Mention(mention_id, "Idwal Carrow", f"{mention_id}.txt", frozenset(organisations),
                       frozenset({"present_at_meeting"}), "Tregarth", posts=frozenset({post}),
                       titles=frozenset(titles))

    key = carrow("key", "d deputy attended inspector", organisations=("Tregarth Youth Offending Service",))
    news = carrow("news", "inspector", organisations=("Tregarth Police",))
    verdict, pro, _ = compare(key, news)
    assert verdict == "agree" and "both Inspector" in pro
    verdict, _, against = compare(news, carrow("cabinet", "cabinet member", "Councillor"))
    assert verdict == "conflict" and any("a councillor and a police officer" in reason for reason in against)
    lead = carrow("lead", "lead inspector", organisations=("HM Inspectorate of Probation",))
    assert compare(lead, news)[0] == "conflict"
    assert compare(carrow("unranked", "d deputy attended", organisations=("Tregarth Youth Offending Service",)),
                   news)[0] == "conflict"


def test_a_post_naming_a_council_written_short_names_that_council() -> None:
    """A county board's minutes name a district's officer by a post that ends with her council written short
    ('Community Safety Manager, Eastholm DC'), the county's council misread as her organisation: she is the district
    council's community safety manager of the district's papers. Another district's council is not hers."""
    minutes = Mention("m", "Dora Finch", "minutes.txt", frozenset({"Northshire Council"}),
                      frozenset({"present_at_meeting"}), "Northshire", frozenset({"board_minutes"}),
                      posts=frozenset({"community safety manager eastholm dc"}))
    report = Mention("r", "Dora Finch", "report.txt", frozenset({"Eastholm District Council"}),
                     frozenset({"contact_officer"}), "Eastholm", posts=frozenset({"community safety manager"}))
    verdict, pro, _ = compare(minutes, report)
    assert verdict == "agree" and "post names Eastholm District Council" in pro
    westmere = Mention("w", "Dora Finch", "westmere.txt", frozenset({"Westmere District Council"}),
                       frozenset({"contact_officer"}), "Westmere", posts=frozenset({"community safety manager"}))
    assert compare(minutes, westmere)[0] == "conflict"


def test_a_police_rank_is_the_forces_whatever_organisation_is_written() -> None:
    """'Ch Supt Idwal Carrow' in a board's minutes, the next column's body misread as his organisation, and the
    letter's 'Idwal Carrow, Borough Commander, Tregarth Police' of his area: one person. Without the rank, or with
    the force of another area's documents, or a commissioner's office, the organisations still differ."""
    minutes = official("c-1", "minutes.txt", "Idwal Carrow", "Chief Superintendent",
                       organisations=("Probation Service",))
    letter = official("c-2", "letter.txt", "Idwal Carrow", organisations=("Tregarth Police",))
    verdict, pro, _ = compare(minutes, letter)
    assert verdict == "agree" and "a police rank and the force: Chief Superintendent / Tregarth Police" in pro
    unranked = official("c-3", "minutes-2.txt", "Idwal Carrow", organisations=("Probation Service",))
    assert compare(unranked, letter)[0] == "conflict"
    elsewhere = official("c-4", "other.txt", "Idwal Carrow", organisations=("Westmere Police",), area="Westmere")
    assert compare(minutes, elsewhere)[0] == "conflict"
    office = official("c-5", "pcc.txt", "Idwal Carrow", organisations=("Tregarth Police and Crime Commissioner",))
    assert compare(minutes, office)[0] == "conflict"


def test_a_forename_cut_short_is_the_one_person_of_the_area_with_it_whole() -> None:
    """'Tad Wrona-Pike' in the news, 'Tadeusz Wrona-Pike' in the minutes of his area and 'T. Wrona-Pike' in the
    panel's: one person (a name the curated list of English names does not know, cut to its first letters). A name
    the list knows is no cut of a longer one ('Ann' is not Annabel), nor is another area's Tadeusz him."""
    from kg.resolve import resolve_mentions

    news = official("t-1", "news.txt", "Tad Wrona-Pike", relations=("quoted",))
    minutes = official("t-2", "minutes.txt", "Tadeusz Wrona-Pike")
    panel = official("t-3", "panel.txt", "T. Wrona-Pike")
    far = official("t-4", "plan.txt", "Tadeusz Wrona-Pike", area="Westmere")
    canonical = resolve_mentions([news, minutes, panel, far], []).canonical
    assert canonical["t-1"] == canonical["t-2"] == canonical["t-3"] != canonical["t-4"]
    ann = official("t-5", "news-2.txt", "Ann Wrona-Pike")
    annabel = official("t-6", "minutes-2.txt", "Annabel Wrona-Pike")
    canonical = resolve_mentions([ann, annabel], []).canonical
    assert canonical["t-5"] != canonical["t-6"]


def test_a_post_with_its_service_written_short_is_the_same_post() -> None:
    """A district's scrutiny minutes name the county service's 'Youth Justice Operations Manager (Eastholm)' with the
    district council as her organisation; the county board's minutes name its 'YJS Operations Manager, Eastholm':
    one post of the district the post names, so one person. The service's name written short ('YJS', 'YOT') is the
    service's; another post, written short or not, is still no evidence."""
    scrutiny = Mention("s", "Dora Finch", "scrutiny.txt", frozenset({"Eastholm Council"}),
                       frozenset({"officer_attending"}), "Eastholm", frozenset({"council_papers"}),
                       posts=frozenset({"youth justice operations manager eastholm"}))
    board = Mention("b", "Dora Finch", "board.txt", frozenset({"Northshire Youth Offending Service"}),
                    frozenset({"present_at_meeting"}), "Northshire", frozenset({"board_minutes"}),
                    posts=frozenset({"yjs operations manager eastholm"}))
    verdict, pro, _ = compare(scrutiny, board)
    assert verdict == "agree" and "both as youth justice operations manager eastholm" in pro
    other = Mention("o", "Dora Finch", "other.txt", frozenset({"Northshire Youth Offending Service"}),
                    frozenset({"present_at_meeting"}), "Northshire", frozenset({"board_minutes"}),
                    posts=frozenset({"yot practice manager eastholm"}))
    assert compare(scrutiny, other)[0] == "conflict"
    assert post_keys("head of yos") == post_keys("head of youth offending service")


def test_one_post_holder_in_papers_about_one_area_is_one_person_whatever_council_is_written() -> None:
    """The county board's minutes name the district's portfolio holder, Councillor Dora Finch, with the district
    council; the county's inspection report, about the same area, gives her the county council: one holder of one
    post, titled alike, in papers about one area, so one person. A namesake holding no such post, or titled
    otherwise, or in papers about another area, stays apart."""
    minutes = Mention("m", "Dora Finch", "minutes.txt", frozenset({"Eastholm Council"}),
                      frozenset({"cabinet_member", "present_at_meeting"}), "Northshire", frozenset({"board_minutes"}),
                      posts=frozenset({"portfolio holder for community safety"}), titles=frozenset({"Councillor"}))
    report = Mention("r", "Dora Finch", "report.txt", frozenset({"Northshire Council"}), frozenset({"cabinet_member"}),
                     "Northshire", posts=frozenset({"portfolio holder"}), titles=frozenset({"Councillor"}))
    verdict, pro, _ = compare(minutes, report)
    assert verdict == "agree" and "same area: Northshire (both papers about it)" in pro
    officer = Mention("o", "Dora Finch", "officer.txt", frozenset({"Northshire Council"}), frozenset({"staff"}),
                      "Northshire", posts=frozenset({"portfolio holder"}))
    assert compare(minutes, officer)[0] == "conflict"
    elsewhere = Mention("e", "Dora Finch", "elsewhere.txt", frozenset({"Westmere Council"}),
                        frozenset({"cabinet_member"}), "Westmere", titles=frozenset({"Councillor"}))
    assert compare(minutes, elsewhere)[0] == "conflict"


def officer(mention_id: str, document: str, name: str, area: str | None, *organisations: str) -> Mention:
    return Mention(mention_id, name, document, frozenset(organisations), frozenset({"officer_attending"}), area,
                   frozenset({"council_papers"}))


def test_initials_in_a_placeless_document_are_the_one_person_named_in_full_with_that_surname_in_one_area() -> None:
    """A committee's minutes that never name their council ('F. Baptiste - Democratic Services Officer') and the
    area's board minutes ('BAPTISTE, Ffion (FB)'): one person, where that surname names one person anywhere."""
    from kg.resolve import resolve_mentions

    found = [officer("p-1", "board-minutes.txt", "Ffion Baptiste", "Caerfelyn", "Caerfelyn Council"),
             officer("p-2", "placeless-minutes.txt", "F. Baptiste", None)]
    canonical = resolve_mentions(found, []).canonical
    assert canonical["p-2"] == canonical["p-1"]


def test_initials_in_a_placeless_document_stay_apart_from_namesakes_and_initials_that_do_not_fit() -> None:
    from kg.resolve import resolve_mentions

    namesakes = [officer("p-1", "board-minutes.txt", "Ffion Baptiste", "Caerfelyn", "Caerfelyn Council"),
                 officer("p-2", "other-minutes.txt", "Tomos Baptiste", "Llanwyddan", "Llanwyddan Council"),
                 officer("p-3", "placeless-minutes.txt", "F. Baptiste", None)]
    canonical = resolve_mentions(namesakes, []).canonical
    assert canonical["p-3"] not in (canonical["p-1"], canonical["p-2"])  # the surname names two people
    other_initial = [officer("p-1", "board-minutes.txt", "Ffion Baptiste", "Caerfelyn", "Caerfelyn Council"),
                     officer("p-3", "placeless-minutes.txt", "T. Baptiste", None)]
    canonical = resolve_mentions(other_initial, []).canonical
    assert canonical["p-3"] != canonical["p-1"]
    written_with_a_body = [officer("p-1", "board-minutes.txt", "Ffion Baptiste", "Caerfelyn", "Caerfelyn Council"),
                           officer("p-3", "placeless-minutes.txt", "F. Baptiste", None, "Westmere Police")]
    canonical = resolve_mentions(written_with_a_body, []).canonical
    assert canonical["p-3"] != canonical["p-1"]


def test_the_head_of_a_districts_service_written_with_the_county_or_the_service_is_one_person() -> None:
    """A district's plan gives the head of its youth justice service the county council that runs it; the district's
    scrutiny minutes give him the district's service, and its board's minutes 'D. Farrow' of the service: one holder
    of one post in papers about one area, the short form his too. Another post's namesake stays apart."""
    from kg.resolve import resolve_mentions

    def farrow(mention_id: str, name: str, organisation: str, *posts: str, relation: str = "present_at_meeting") -> Mention:
        return Mention(mention_id, name, f"{mention_id}.txt", frozenset({organisation}), frozenset({relation}),
                       "Eastholm", posts=frozenset(posts))

    plan = farrow("p", "Dorian Farrow", "Northshire County Council", "head of youth justice service",
                  relation="board_member")
    minutes = farrow("s", "Dorian Farrow", "Eastholm Youth Offending Service", "head of youth justice service",
                     relation="officer_attending")
    board = farrow("b", "D. Farrow", "Eastholm Youth Offending Service", "head of youth justice service")
    canonical = resolve_mentions([plan, minutes, board], []).canonical
    assert canonical["p"] == canonical["s"] == canonical["b"]
    other = farrow("o", "Dorian Farrow", "Northshire County Council", "highways manager", relation="board_member")
    canonical = resolve_mentions([other, minutes], []).canonical
    assert canonical["o"] != canonical["s"]
