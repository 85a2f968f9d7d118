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
   would merge it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from kg.gazetteer import fold
from kg.names import name_key
from kg.statements import Statement, stable_hash


@dataclass
class Entity:
    id: str
    schema: str
    props: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


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


@dataclass
class Resolution:
    canonical: dict[str, str]
    candidates: list[Candidate]
    entities: dict[str, Entity]


class JudgementsError(ValueError):
    pass


def load_judgements(path: Path | None) -> list[Judgement]:
    if path is None or not path.exists():
        return []
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise JudgementsError(f"{path}: not valid YAML ({exc.__class__.__name__})") from exc
    judgements = []
    for index, row in enumerate(raw if isinstance(raw, list) else []):
        if not isinstance(row, dict) or row.get("decision") not in ("confirm", "reject") or not row.get("a") or not row.get("b"):
            raise JudgementsError(f"{path}: entry {index + 1} needs decision (confirm|reject), a and b")
        judgements.append(Judgement(row["decision"], str(row["a"]), str(row["b"])))
    return judgements


def save_judgement(path: Path, judgement: Judgement, note: str = "") -> None:
    existing = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []
    rows = [r for r in (existing or []) if {r.get("a"), r.get("b")} != {judgement.a, judgement.b}]
    rows.append({"decision": judgement.decision, "a": judgement.a, "b": judgement.b, **({"note": note} if note else {})})
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


def resolve_people(all_mentions: list[Mention], judgements: list[Judgement]) -> tuple[dict[str, str], list[Candidate]]:
    """Canonical person id for every mention id, and the pairs left for review."""
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
    canonical = {}
    for members in clusters.values():
        person = "person-" + stable_hash(name_key(names[min(members)]), min(members))
        for member in members:
            canonical[member] = person
    return canonical, sorted(open_candidates, key=lambda c: (-c.score, c.name_a, c.a, c.b))


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


def resolve(statements: list[Statement], judgements: list[Judgement] | None = None) -> Resolution:
    """Entities with person mentions merged into people, and references rewritten."""
    canonical, candidates = resolve_people(mentions(statements), judgements or [])
    entities: dict[str, Entity] = {}
    for s in statements:
        entity_id = canonical.get(s.entity, s.entity)
        entity = entities.setdefault(entity_id, Entity(entity_id, s.schema))
        entity.props[s.prop].add(canonical.get(s.value, s.value))
    return Resolution(canonical, candidates, entities)
