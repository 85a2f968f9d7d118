"""Name blocks: resolving again only the blocks a change touches gives what resolving every mention
gives (canonical ids, review groups, identity events, blocks), through merges, splits, near names
and judgements."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.blocks import Block, make_blocks, read_blocks, resolve_change, write_blocks
from kg.resolve import Judgement, Mention, Resolution, resolve_mentions


def finch(mention_id: str, document: str, *organisations: str, name: str = "Dora Finch") -> Mention:
    return Mention(mention_id, name, document, frozenset(organisations), frozenset({"copy_to"}))


def full(found: list[Mention], judgements: list[Judgement], previous: dict[str, str]
         ) -> tuple[Resolution, dict[str, Block]]:
    people = resolve_mentions(sorted(found, key=lambda m: m.id), judgements, previous)
    return Resolution(people.canonical, people.groups, people.events), make_blocks(found, people.near)


def as_data(resolution: Resolution) -> dict[str, object]:
    return resolution.to_dict()


def assert_incremental_is_full(before: list[Mention], gone: list[Mention], new: list[Mention],
                               judgements: list[Judgement] | None = None) -> Resolution:
    """Resolve `before`, then change it both ways; return the resolution after."""
    judgements = judgements or []
    last, saved = full(before, judgements, {})
    after = [m for m in before if m not in gone] + new
    expected, expected_blocks = full(after, judgements, last.canonical)
    found, blocks = resolve_change(saved, gone, new, judgements, last)
    assert as_data(found) == as_data(expected)
    assert blocks == expected_blocks
    return found


OTHERS = [finch("p-1", "x.txt", "Youth Justice Board", name="Colm Ardagh"),
          finch("p-2", "y.txt", "Youth Justice Board", name="Colm Ardagh"),
          finch("p-3", "x.txt", "Westmere YOS", name="Ines Marlow"),
          finch("p-4", "z.txt", "Eastholm YOS", name="Ines Marlow")]


def test_a_new_document_that_merges_two_people_gives_the_full_resolution() -> None:
    apart = [finch("m-1", "a.txt", "Westmere Council"), finch("m-2", "b.txt", "Eastholm Council")]
    bridge = finch("m-3", "c.txt", "Westmere Council", "Eastholm Council")
    after = assert_incremental_is_full(OTHERS + apart, [], [bridge])
    assert len({after.canonical[m] for m in ("m-1", "m-2", "m-3")}) == 1
    assert [e.kind for e in after.events] == ["merge"]


def test_removing_the_document_that_merged_them_splits_them_as_the_full_resolution_does() -> None:
    bridge = finch("m-3", "c.txt", "Westmere Council", "Eastholm Council")
    merged = [finch("m-1", "a.txt", "Westmere Council"), finch("m-2", "b.txt", "Eastholm Council"), bridge]
    after = assert_incremental_is_full(OTHERS + merged, [bridge], [])
    assert after.canonical["m-1"] != after.canonical["m-2"]
    assert [e.kind for e in after.events] == ["split"]
    assert any(g.names == ("Dora Finch",) for g in after.groups), "the split people wait for review"


def test_a_new_near_identical_name_joins_its_review_group_and_leaves_others_as_they_were() -> None:
    before = OTHERS + [finch("m-1", "a.txt", "Westmere Council"), finch("m-2", "b.txt", "Eastholm Council")]
    after = assert_incremental_is_full(before, [], [finch("m-4", "d.txt", "Northby Council", name="Dora Fintch")])
    assert any(g.names == ("Dora Finch", "Dora Fintch") for g in after.groups)


def test_a_document_read_again_and_a_group_confirmed_across_names() -> None:
    judged = [finch("m-1", "a.txt", "Westmere Council"),
              finch("m-5", "e.txt", "Westmere Council", name="Dorothy Finch"),
              finch("m-7", "g.txt", "Eastholm Council")]
    judgements = [Judgement("confirm", "m-1", "m-5")]
    changed = finch("m-8", "g.txt", "Westmere Council")  # the same file, another text: a new mention id
    after = assert_incremental_is_full(OTHERS + judged, [judged[2]], [changed], judgements)
    assert after.canonical["m-8"] == after.canonical["m-5"] == after.canonical["m-1"]


def test_blocks_are_written_and_read_back_unchanged(tmp_path: Path) -> None:
    people = resolve_mentions(sorted(OTHERS, key=lambda m: m.id), [], {})
    blocks = make_blocks(OTHERS, people.near)
    write_blocks(tmp_path / "blocks.tsv", blocks)
    assert read_blocks(tmp_path / "blocks.tsv") == blocks
    assert {m for block in blocks.values() for m in block.mentions()} == set(OTHERS)


@pytest.mark.parametrize(("document", "written", "later_document", "later_written"), [
    ("minutes.txt", "Penhaligon-Ivey", "news.txt", "Morwenna Penhaligon-Ivey"),
    ("letter.txt", "R. Fairbairn-Taylor", "news.txt", "Rosemary Fairbairn-Taylor"),
    ("news.txt", "Bob Castellane", "minutes.txt", "Robert Castellane"),
], ids=["surname-alone", "initials", "familiar-forename"])
def test_a_name_written_short_joins_the_full_name_of_a_later_document_as_the_full_resolution_does(
        document: str, written: str, later_document: str, later_written: str) -> None:
    def official(mention_id: str, document: str, name: str) -> Mention:
        return Mention(mention_id, name, document, frozenset(), frozenset({"quoted"}), "Tregarth")

    before = [official("m-1", document, written), official("m-2", "x.txt", "Colm Ardagh")]
    later = official("m-3", later_document, later_written)
    found = assert_incremental_is_full(before, [], [later])
    assert found.canonical["m-1"] == found.canonical["m-3"]
    assert_incremental_is_full(before + [later], [later], [])


def test_titles_are_kept_in_blocks() -> None:
    titled = Mention("t-1", "Okonkwo-Barr", "minutes.txt", frozenset(), frozenset({"apologies"}), "Tregarth",
                     titles=frozenset({"Mrs"}))
    block = make_blocks([titled], {})["okonkwo barr"]
    assert block.mentions() == [titled]
