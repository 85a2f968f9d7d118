"""Resolution: person mentions (one per document) become people; statements become entities.

Rules, applied in order, all deterministic:

1. Mentions with the same `name_key` (honorifics, post-nominals, case, punctuation off) are
   compared pairwise by their organisations: the same organisation on both sides is
   evidence for one person ("agree"); different organisations on both sides is evidence
   against ("conflict": Julie Fox as HMI Probation author and as YJB link staff); a side
   with no organisation gives no evidence ("unknown").
2. Only "agree" pairs merge automatically. "conflict" and "unknown" pairs, and pairs of
   near-identical names (rapidfuzz ratio >= 90: "Jon Bowman" / "John Bowman"), become
   review candidates with a score and the evidence for and against.
3. The judgements file (YAML, edited by users through `kg review` / `kg judge`) is applied
   on every build: `confirm` merges a pair, `reject` keeps it apart even where rule 2
   would merge it. A judgement is a record: decision, the two mentions, note, who and when.
4. Identities are stable: a person keeps the canonical id they had in the previous build
   (`previous`, kept in the store), whatever documents are added. A cluster holding mentions
   of several earlier people keeps the id that most of its mentions had and records a
   merge; an earlier person whose mentions now fall in several clusters keeps the id in the
   cluster holding most of them and the others get new ids, recorded as a split. Only a
   person never seen before gets an id minted from their first mention.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from kg.gazetteer import fold
from kg.names import name_key
from kg.statements import Statement, stable_hash


@dataclass(frozen=True)
class Mention:
    id: str
    name: str
    document: str
    organisations: frozenset[str]
    relations: frozenset[str]


@dataclass(frozen=True)
class Candidate:
    a: str
    b: str
    name_a: str
    name_b: str
    score: float
    evidence_for: tuple[str, ...]
    evidence_against: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"a": self.a, "b": self.b, "name_a": self.name_a, "name_b": self.name_b, "score": self.score,
                "for": list(self.evidence_for), "against": list(self.evidence_against)}


@dataclass(frozen=True)
class Judgement:
    decision: str  # confirm | reject
    a: str
    b: str
    note: str = ""
    by: str = ""
    at: str = ""

    def to_dict(self) -> dict[str, str]:
        row = {"decision": self.decision, "a": self.a, "b": self.b}
        row.update({k: v for k, v in (("note", self.note), ("by", self.by), ("at", self.at)) if v})
        return row


@dataclass(frozen=True)
class IdentityEvent:
    """A change of identity between builds: `merge` (ids folded into `id`) or `split` (new ids cut from `id`)."""

    kind: str
    id: str
    others: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "id": self.id, "others": list(self.others)}


@dataclass
class Resolution:
    canonical: dict[str, str]
    candidates: list[Candidate]
    events: list[IdentityEvent] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"canonical": dict(sorted(self.canonical.items())),
                "candidates": [c.to_dict() for c in self.candidates],
                "events": [e.to_dict() for e in self.events]}

    def unknown_mentions(self, *ids: str) -> list[str]:
        """The ids that are not person mentions of this graph (a judgement on them would change nothing)."""
        return [i for i in ids if i not in self.canonical]

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Resolution:
        candidates = [Candidate(c["a"], c["b"], c["name_a"], c["name_b"], c["score"], tuple(c["for"]),
                                tuple(c["against"])) for c in raw["candidates"]]
        events = [IdentityEvent(e["kind"], e["id"], tuple(e["others"])) for e in raw["events"]]
        return cls(dict(raw["canonical"]), candidates, events)


class JudgementsError(ValueError):
    pass


def load_judgements(path: Path | None) -> list[Judgement]:
    if path is None or not path.exists():
        return []
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise JudgementsError(f"{path}: not valid YAML ({exc.__class__.__name__})") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise JudgementsError(f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc.__class__.__name__})"
                              ) from exc
    if not isinstance(raw, list):
        raise JudgementsError(f"{path}: should be a list of decisions (as `kg judge` writes), not a "
                              f"{type(raw).__name__}")
    judgements = []
    for index, row in enumerate(raw):
        if not isinstance(row, dict) or row.get("decision") not in ("confirm", "reject") or not row.get("a") or not row.get("b"):
            raise JudgementsError(f"{path}: entry {index + 1} needs decision (confirm|reject), a and b")
        judgements.append(Judgement(row["decision"], str(row["a"]), str(row["b"]), str(row.get("note") or ""),
                                    str(row.get("by") or ""), str(row.get("at") or "")))
    return judgements


def save_judgement(path: Path, judgement: Judgement) -> None:
    """Add a judgement to the file, replacing an earlier one on the same pair."""
    rows = [j.to_dict() for j in load_judgements(path) if {j.a, j.b} != {judgement.a, judgement.b}]
    rows.append(judgement.to_dict())
    path.write_text(yaml.safe_dump(rows, sort_keys=False, allow_unicode=True), encoding="utf-8")


def mentions(statements: Iterable[Statement]) -> list[Mention]:
    """One Mention per person entity of a document, with the organisations its roles name."""
    names: dict[str, str] = {}
    documents: dict[str, str] = {}
    org_names: dict[str, str] = {}
    person_of: dict[str, str] = {}
    org_of: dict[str, set[str]] = defaultdict(set)
    relation_of: dict[str, set[str]] = defaultdict(set)
    for s in statements:
        if s.schema == "Person" and s.prop == "name":
            names[s.entity] = s.value
            documents[s.entity] = s.document
        elif s.schema == "Organisation" and s.prop == "name":
            org_names[s.entity] = s.value
        elif s.schema == "Involvement" and s.prop == "person":
            person_of[s.entity] = s.value
        elif s.schema == "Involvement" and s.prop == "organisation":
            org_of[s.entity].add(s.value)
        elif s.schema == "Involvement" and s.prop == "relation":
            relation_of[s.entity].add(s.value)
    orgs_by_person: dict[str, set[str]] = defaultdict(set)
    relations_by_person: dict[str, set[str]] = defaultdict(set)
    for involvement, person in person_of.items():
        orgs_by_person[person] |= {fold(org_names.get(o, o)) for o in org_of[involvement]}
        relations_by_person[person] |= relation_of[involvement]
    return [Mention(pid, name, documents[pid], frozenset(orgs_by_person[pid]), frozenset(relations_by_person[pid]))
            for pid, name in sorted(names.items())]


def compare(a: Mention, b: Mention) -> tuple[str, list[str], list[str]]:
    """('agree' | 'conflict' | 'unknown', evidence for, evidence against) for two same-name mentions."""
    shared = a.organisations & b.organisations
    evidence_for = [f"same name {a.name!r}"] + [f"both with {org}" for org in sorted(shared)]
    if shared:
        return "agree", evidence_for, []
    if a.organisations and b.organisations:
        against = [f"{a.document}: {', '.join(sorted(a.organisations))} / {b.document}: {', '.join(sorted(b.organisations))}"]
        return "conflict", evidence_for, against
    return "unknown", evidence_for, ["no organisation on one side"]


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve_people(all_mentions: list[Mention], judgements: list[Judgement], previous: dict[str, str] | None = None,
                   ) -> tuple[dict[str, str], list[Candidate], list[IdentityEvent]]:
    """Canonical person id for every mention id, the pairs left for review, and identity changes."""
    rejected = {frozenset((j.a, j.b)) for j in judgements if j.decision == "reject"}
    uf = _UnionFind(m.id for m in all_mentions)
    candidates: list[Candidate] = []
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in all_mentions:
        by_key[name_key(m.name)].append(m)
    for group in by_key.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.document == b.document:
                    uf.union(a.id, b.id)
                    continue
                verdict, pro, con = compare(a, b)
                if verdict == "agree" and frozenset((a.id, b.id)) not in rejected:
                    uf.union(a.id, b.id)
                elif verdict != "agree":
                    score = 0.5 if verdict == "unknown" else 0.3
                    candidates.append(Candidate(a.id, b.id, a.name, b.name, score, tuple(pro), tuple(con)))
    candidates.extend(_near_names(by_key))
    known = {m.id for m in all_mentions}
    for j in judgements:
        if j.decision == "confirm" and j.a in known and j.b in known:
            uf.union(j.a, j.b)
    judged = {frozenset((j.a, j.b)) for j in judgements}
    open_candidates = [c for c in candidates if frozenset((c.a, c.b)) not in judged and uf.find(c.a) != uf.find(c.b)]
    clusters: dict[str, list[str]] = defaultdict(list)
    for m in all_mentions:
        clusters[uf.find(m.id)].append(m.id)
    names = {m.id: m.name for m in all_mentions}
    ids, events = assign_ids([sorted(c) for c in clusters.values()], names, previous or {})
    canonical = {member: ids[index] for index, members in enumerate(clusters.values()) for member in members}
    return canonical, sorted(open_candidates, key=lambda c: (-c.score, c.name_a, c.a, c.b)), events


def assign_ids(clusters: list[list[str]], names: dict[str, str], previous: dict[str, str]
               ) -> tuple[list[str], list[IdentityEvent]]:
    """One canonical id per cluster of mention ids: an earlier id where its mentions went, else a new one."""
    holders: dict[str, Counter[int]] = defaultdict(Counter)
    for index, members in enumerate(clusters):
        for member in members:
            if member in previous:
                holders[previous[member]][index] += 1
    keeper = {old: min(count, key=lambda i: (-count[i], clusters[i][0])) for old, count in holders.items()}
    ids: list[str] = []
    events: list[IdentityEvent] = []
    taken = set(keeper)
    for index, members in enumerate(clusters):
        kept = sorted(old for old, i in keeper.items() if i == index)
        if kept:
            chosen = max(kept, key=lambda old: (holders[old][index], old))
            if len(kept) > 1:
                events.append(IdentityEvent("merge", chosen, tuple(o for o in kept if o != chosen)))
        else:
            chosen = _new_person_id(names[members[0]], members[0], taken)
        taken.add(chosen)
        ids.append(chosen)
        for origin in sorted({previous[m] for m in members if m in previous} - set(kept)):
            events.append(IdentityEvent("split", origin, (chosen,)))
    return ids, sorted(events, key=lambda e: (e.kind, e.id, e.others))


def _new_person_id(name: str, first_mention: str, taken: set[str]) -> str:
    """An id minted from a person's first mention, salted only if an earlier person holds it."""
    new, salt = "person-" + stable_hash(name_key(name), first_mention), 0
    while new in taken:
        salt += 1
        new = "person-" + stable_hash(name_key(name), first_mention, salt)
    return new


def _near_names(by_key: dict[str, list[Mention]]) -> list[Candidate]:
    keys = sorted(by_key)
    found = []
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if a.split()[-1:] != b.split()[-1:] and a[:1] != b[:1]:
                continue
            ratio = fuzz.ratio(a, b)
            if ratio >= 90:
                ma, mb = by_key[a][0], by_key[b][0]
                found.append(Candidate(ma.id, mb.id, ma.name, mb.name, round(ratio / 100 * 0.6, 3),
                                       (f"names {ratio:.0f}% alike",), ("names differ",)))
    return found


def resolve(statements: list[Statement], judgements: list[Judgement] | None = None,
            previous: dict[str, str] | None = None) -> Resolution:
    """Which mentions are one person (canonical ids kept from `previous`), and the pairs left for review."""
    canonical, candidates, events = resolve_people(mentions(statements), judgements or [], previous)
    return Resolution(canonical, candidates, events)
