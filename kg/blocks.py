"""Name blocks: the people resolution found, kept per name key in each generation of the store
(`STORE/gen-…/blocks.tsv`), so that an incremental build resolves again only the names a change
touches and takes the rest as they were.

Mentions of one name key are compared with each other; near-identical keys join one review
group, and a `confirm` judgement may join mentions of several keys into one person. So a block
is a set of keys closed under those links (and a surname written alone or after initials is linked to the full
names that end with it, which resolution may make one person with it), and what resolution decides for a block depends on
its mentions alone (a mention is a function of its own document: `kg.resolve.mentions`). An
incremental build finds the keys of the mentions of the documents new, gone or read again,
widens them to their blocks before and after the change, resolves the mentions of those blocks
as a build from scratch would (people keep their ids; new ids keep clear of the ids held
outside), and keeps every other person, id and review group of the last build. The result is the
one resolving everything gives.

One line per name key: the key, its mention ids, its near-identical keys (JSON) and its
mentions (JSON, read only when its block is resolved again).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import orjson

from kg.names import forenames_fit, name_key, name_parts
from kg.resolve import (
    Judgement,
    Mention,
    People,
    Resolution,
    near_names,
    resolve_mentions,
    review_order,
)

BLOCKS = "blocks.tsv"


@dataclass(frozen=True)
class Block:
    """The mentions of one name key as the last build resolved them."""

    mention_ids: tuple[str, ...]
    near: tuple[str, ...]
    mentions_json: str  # parsed only when the block is resolved again

    def mentions(self) -> list[Mention]:
        # orjson: a popular name's block holds thousands of mentions, parsed again by every build that touches it
        return [mention_from_row(row) for row in orjson.loads(self.mentions_json)]


def mention_row(m: Mention) -> dict[str, object]:
    return {"id": m.id, "name": m.name, "document": m.document, "organisations": sorted(m.organisations),
            "relations": sorted(m.relations), "area": m.area, "families": sorted(m.families),
            "posts": sorted(m.posts), "titles": sorted(m.titles)}


def mention_from_row(row: dict[str, object]) -> Mention:
    def names(field: str) -> frozenset[str]:
        values = row[field]
        assert isinstance(values, list)
        return frozenset(map(str, values))

    area = row["area"]
    return Mention(str(row["id"]), str(row["name"]), str(row["document"]), names("organisations"),
                   names("relations"), None if area is None else str(area), names("families"), names("posts"),
                   names("titles") if "titles" in row else frozenset())  # a store written before titles


def make_blocks(mentions: Iterable[Mention], near: dict[str, set[str]]) -> dict[str, Block]:
    """The blocks of resolved mentions, with the near-identical keys resolution found."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[name_key(m.name)].append(m)
    return {key: Block(tuple(m.id for m in found), tuple(sorted(near.get(key, ()))),
                       json.dumps([mention_row(m) for m in found], ensure_ascii=False))
            for key, found in by_key.items()}


def write_blocks(path: Path, blocks: dict[str, Block]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for key in sorted(blocks):
            block = blocks[key]
            fh.write(f"{key}\t{','.join(block.mention_ids)}\t{json.dumps(block.near, ensure_ascii=False)}\t"
                     f"{block.mentions_json}\n")


def read_blocks(path: Path) -> dict[str, Block]:
    blocks = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            key, ids, near, found = line.rstrip("\n").split("\t", 3)
            blocks[key] = Block(tuple(ids.split(",")) if ids else (), tuple(json.loads(near)), found)
    return blocks


def resolve_change(saved: dict[str, Block], gone: list[Mention], new: list[Mention], judgements: list[Judgement],
                   previous: Resolution) -> tuple[Resolution, dict[str, Block]]:
    """The resolution of the last build's mentions without `gone` and with `new`, and its blocks, by
    resolving again only the blocks their name keys fall in (`previous`: the last build's resolution
    of `saved`, under the same judgements)."""
    gone_ids = {m.id for m in gone}
    touched = {name_key(m.name) for m in [*gone, *new]}
    affected = _widen(touched, _links(saved, new, judgements))
    again = sorted([m for key in sorted(affected & saved.keys()) for m in saved[key].mentions()
                    if m.id not in gone_ids] + new, key=lambda m: m.id)
    kept = {mention: previous.canonical[mention] for key, block in saved.items() if key not in affected
            for mention in block.mention_ids}
    people: People = resolve_mentions(again, judgements, previous.canonical, frozenset(kept.values()))
    groups = [g for g in previous.groups if not {name_key(m.name) for m in g.mentions} & affected]
    blocks = {key: block for key, block in saved.items() if key not in affected}
    blocks.update(make_blocks(again, people.near))
    resolution = Resolution({**kept, **people.canonical}, sorted(groups + people.groups, key=review_order),
                            people.events)
    return resolution, blocks


def _links(saved: dict[str, Block], new: list[Mention], judgements: list[Judgement]) -> dict[str, set[str]]:
    """The keys each key is linked to, before or after the change: near-identical names (those of new
    keys found now), a surname and the full names ending with it, and keys whose mentions a `confirm` judgement
    makes one person."""
    links: dict[str, set[str]] = defaultdict(set)

    def link(a: str, b: str) -> None:
        links[a].add(b)
        links[b].add(a)

    for key, block in saved.items():
        for other in block.near:
            link(key, other)
    new_keys = sorted({name_key(m.name) for m in new} - saved.keys())
    for a, b, _ in near_names(new_keys, [*saved, *new_keys]):
        link(a, b)
    # a surname written alone, or after initials, is resolved with the full names that end with it ('carver smyth'
    # and 'r carver smyth' with 'imelda carver smyth')
    every_key = {*saved, *(name_key(m.name) for m in new)}
    ending: dict[str, set[str]] = defaultdict(set)
    for key in every_key:
        words = key.split()
        for cut in range(1, len(words)):
            ending[" ".join(words[cut:])].add(key)
    for key in every_key:
        words = key.split()
        initials = next((i for i, word in enumerate(words) if len(word) > 1), 0)  # 'r j' of 'r j carver smyth'
        for full in ending.get(key, set()) | ending.get(" ".join(words[initials:]), set()):
            link(key, full)
    # forenames written shorter are resolved with the full ones ('bob castellane' and 'elin harries' with 'robert
    # castellane' and 'elin mair harries')
    by_surname: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)  # surname -> key -> its forenames
    for key in every_key:
        forenames, surname = name_parts(key)
        if forenames:
            by_surname[surname][key] = forenames
    for namesakes in by_surname.values():
        for a, written in namesakes.items():
            for b, whole in namesakes.items():
                if forenames_fit(written, whole):
                    link(a, b)
    key_of = {mention: key for key, block in saved.items() for mention in block.mention_ids}
    key_of.update((m.id, name_key(m.name)) for m in new)
    for judgement in judgements:
        if judgement.decision == "confirm":
            keys = sorted({key_of[m] for person in judgement.sets for m in person if m in key_of})
            for key in keys[1:]:
                link(keys[0], key)
    return links


def _widen(keys: set[str], links: dict[str, set[str]]) -> set[str]:
    """The keys and every key linked to them, through any number of links."""
    found, pending = set(keys), list(keys)
    while pending:
        for other in links.get(pending.pop(), ()):
            if other not in found:
                found.add(other)
                pending.append(other)
    return found
