"""Resolution: person mentions (one per document) become people; statements become entities.

Rules, applied in order, all deterministic:

1. Mentions with the same `name_key` (honorifics, post-nominals, case, punctuation off) are
   compared pairwise. Evidence for one person: the same organisation on both sides; the same
   full name with the same body of one area (two sets of one board's minutes, or of one
   council's panel, where members rarely have an organisation written beside them; or the
   board's minutes and a letter naming the person at the service the board oversees); the
   same specific post on both sides ("Assistant Chief Inspector", "YOS
   Manager"; not "Chair" or "Member"); the same full name in documents about one area (a
   board's chair in its minutes, in the area's plan and in its news; a person's area is that of the organisation
   written for them, where it names a place, so a national report naming two areas' co-ordinators places each);
   the same full name with the same inspectorate on both sides (an organisation of that kind, or, with none
   written, a post or relation of an inspection's people: "Head of Youth Justice Inspections" in one area's
   report, "who heads the Inspectorate's youth inspection programme" in another's press release); the area a
   post names, beside the document's or where it is not known ("chair of the Lanthorne Youth Justice Partnership
   Board" in a newspaper, "heads the Lanthorne Youth Justice Service" in a district's news). Posts are compared without the owner written before them ("the council's director of
   children's services"), each post a phrase joins apart. The people of one full name holding a post one person
   holds at a time (cabinet member, board or panel chair) are one when no more than one of them is placed in an
   area and no organisation is against (a mention placed nowhere never bridges two areas). Organisations are
   compared without the kind of authority ("Kirkhallam Metropolitan Borough Youth Offending
   Service" is "Kirkhallam Youth Offending Service", "Pellmouth DC" is Pellmouth Council); a post that names the
   other side's organisation ("Chair, Pellmouth Borough Council"), or an area's council on one side and the
   youth offending service it hosts on the other ("Head of Service" at the council's panel, "YOS
   Manager" in the service's board minutes), or an area's bench and the courts service that runs
   its court (a magistrate "HMCTS" in one set of minutes, "Youth Bench" in the next), is evidence for. Evidence
   against: organisations on both sides and none shared (Julie Fox as HMI Probation author and as YJB link staff),
   in one area a board or panel the person sits on not counted (its members come from their own bodies). That
   difference is no evidence against one board's member in its consecutive minutes (a body renamed, a column
   misread), nor in one area against the holder of the same specific post or against a department written as an
   organisation ("Children, Schools and Families").
   A surname written alone ("Councillor Carver-Smyth"), or after initials ("R. Fairbairn-Taylor",
   "Dr N. Sethuraman"), is the person named in full with that surname (and forenames the initials
   fit: "Rosemary Fairbairn-Taylor", never "Jago") in the same document, else in the documents about
   the same area, when there is one such person and no organisation is against; otherwise it waits
   for review in the group of those full names. Initials in a document whose area was not read, with no
   organisation written and a part in it besides a quote ('F. Baptiste' among a placeless committee's officers), are
   the person named in full with that surname and fitting forenames when the surname names one person anywhere,
   placed in one area. Forenames written shorter, a familiar form ("Bob", "Liz", from a
   curated list of English names and their nicknames, or a name it lacks cut short: "Tad" of "Tadeusz") or a middle
   name left out ("Elin Harries"), are likewise the
   one person named with the full forenames ("Robert", "Elin Mair Harries"); never the other way round, so a full
   name is no bridge between two short ones. A short form in a document about no area is placed by its
   organisations' areas. In one area, the area's police force or youth offending service under any name ("Heddlu
   Morlais Police") is one employer, and so are its probation (a probation trust, the National Probation Service and
   its region, the Probation Service) and its courts (a bench, the Magistrates' Association) under any name, and its
   force for a police rank whatever organisation is written (an area's name is compared without its service's words,
   a word repeated or its council's kind run into it; a joint service's area, "Harlowden Marsh and Corbury", is each
   area it joins too), and a title few hold written for both ("JP", "Dr", a rank, also written as the post) outweighs
   differing organisations. Never one
   person, whatever else agrees: titles (or a title and a forename) of both sexes ("Mrs Okonkwo-Barr", "Henry
   Okonkwo-Barr"), a councillor and a police officer. A document whose own area was not read is of the one area of
   the local bodies it names; a full name in such a document with no organisation beside it, and a part in it besides
   a quote, is the one person of that full name the other documents place in one area.
2. Evidence for and none against merges automatically ("agree"). Evidence against
   ("conflict"), or no evidence either way ("unknown"), leaves the mentions apart, and so do
   near-identical names (rapidfuzz ratio >= 90: "Jon Bowman" / "John Bowman").
3. The review queue holds one group per ambiguous name (near-identical names join one group):
   all its mentions, the people they form now, and the evidence for and against. Its size
   grows with the number of ambiguous people, not with the square of their mentions.
4. The judgements file (YAML, written by `kg judge` from `kg review`) is applied on every
   build. A judgement is a record: decision, the mentions it is about, note, who and when. On
   a group, `confirm` makes all its mentions one person and `reject` keeps the people it
   showed apart; the older form on a pair of mentions (`a`, `b`) still works. A group whose
   mentions a judgement covers leaves the queue; a new mention brings it back.
5. Identities are stable: a person keeps the canonical id they had in the previous build
   (`previous`, kept in the store), whatever documents are added. A cluster holding mentions
   of several earlier people keeps the id that most of its mentions had and records a
   merge; an earlier person whose mentions now fall in several clusters keeps the id in the
   cluster holding most of them and the others get new ids, recorded as a split. Only a
   person never seen before gets an id minted from their first mention.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from kg.gazetteer import OrganisationRef, fold, guess_kind, load_gazetteer
from kg.inspections import same_inspections
from kg.names import (
    COMMON_TITLES,
    forename_sex,
    forenames_fit,
    initials_agree,
    name_key,
    name_parts,
    police_rank,
    rank_of_post,
    title_parts,
    title_sex,
)
from kg.statements import Statement, stable_hash

# Families whose documents are a body's meeting papers (the organisation of the area the body belongs to),
# and the relations of a person at a meeting.
MEETING_BODIES = {"board_minutes": "{area} YOS", "council_papers": "{area} Council"}
MEETING_RELATIONS = frozenset({"present_at_meeting", "apologies", "officer_attending", "board_member", "board_chair",
                               "panel_member", "panel_chair", "panel_vice_chair", "standing_deputy", "minute_taker",
                               "declared_interest"})
# Posts too common to tell two people apart.
GENERIC_POSTS = frozenset({"chair", "chairman", "chairwoman", "vice chair", "vice chairman", "member", "minutes",
                           "standing deputy", "inspection team", "in the chair", "councillor", "deputy"})

# What places a person without an organisation written in an inspectorate: the relations of an inspection's people,
# and the words of a post ('Head of Youth Justice Inspections', 'who heads the Inspectorate's youth inspection
# programme', 'HM Inspector'); a police 'Chief Inspector' is not one.
INSPECTION_RELATIONS = frozenset({"lead_inspector", "deputy_lead_inspector", "inspection_team", "head_of_inspections",
                                  "chief_inspector"})
INSPECTORATE_POST_RE = re.compile(r"\b(?:inspectorates?|inspections|inspection programme|hm inspector|hmi|"
                                  r"lead inspector|chief inspector of)\b")

# The relations one holder of a post at a time has in an area: the people of one full name holding one of them are one
# person where no more than one of them is placed in an area (a council's cabinet member in its papers and in a
# newspaper the area was not read from).
HOLDER_RELATIONS = frozenset({"cabinet_member", "board_chair", "panel_chair"})

# The relations of the person who wrote a document and is nothing else in it (a byline's reporter).
WRITER = frozenset({"author"})

# What a document may say of anyone, a namesake too: a quote (or a byline's writer).
QUOTE_ONLY = frozenset({"quoted", "author"})

# The kinds of organisation a person sits on rather than works for.
MEMBERSHIP_KINDS = frozenset({"board", "panel"})

# The words of an area's name that say what kind of authority it is, not which place.
AREA_KINDS = frozenset({"borough", "metropolitan", "city", "county", "district", "council"})


@dataclass(frozen=True)
class Mention:
    """One person as one document names them, with what the document says about them."""

    id: str
    name: str
    document: str
    organisations: frozenset[str]
    relations: frozenset[str]
    area: str | None = None
    families: frozenset[str] = frozenset()
    posts: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()  # each apart: 'Councillor', 'Chief Superintendent', 'JP'

    @cached_property
    def forenames(self) -> tuple[str, ...]:
        """The forenames or initials before the surname, as compared ('R.J. Fairbairn-Taylor' -> ('r', 'j'))."""
        return _name_parts(self.name)[0]

    @cached_property
    def full_name(self) -> bool:
        """A forename and a surname, not initials ('J.C. Bird') nor a surname alone ('Carver-Smyth')."""
        return bool(self.forenames) and len(self.forenames[0]) > 1

    @cached_property
    def surname_only(self) -> bool:
        """A surname written alone, as minutes name a councillor ('Councillor Carver-Smyth', 'Cllr ap Rhys')."""
        return not self.forenames and len(self.surname_key) > 1

    @cached_property
    def initials_only(self) -> bool:
        """Initials before the surname, as a letter or minutes write a name ('Dr N. Sethuraman', 'R.J. Bird')."""
        return bool(self.forenames) and all(len(forename) == 1 for forename in self.forenames)

    @cached_property
    def title_sex(self) -> str | None:
        """'female' or 'male' where a title says it ('Mrs Okonkwo-Barr', 'Sir Ian Hale'), else None."""
        return title_sex(self.titles)

    @cached_property
    def sex(self) -> str | None:
        """As a title says, else as the lexicon is sure of the forename ('Helen Okonkwo-Barr'); None otherwise."""
        return self.title_sex or (forename_sex(self.forenames[0]) if self.full_name else None)

    @cached_property
    def distinctive_titles(self) -> frozenset[str]:
        """The titles that few people hold, so that two mentions holding one are alike ('JP', 'Chief Superintendent';
        not 'Mr' or 'Ms'), and a police rank written as the post ('Inspector Tomos Baptiste' read with 'Inspector' as
        his post) unless the person is of an inspectorate ('Lead Inspector')."""
        ranks = set() if self.inspectorate else {
            rank for post in self.posts if (rank := rank_of_post(post)) and not INSPECTORATE_POST_RE.search(post)}
        return self.titles - COMMON_TITLES | ranks

    @cached_property
    def surname_key(self) -> str:
        """The surname as compared, with the words that join it ('Imelda Carver-Smyth' -> 'carver smyth', 'Dafydd
        ap Rhys' -> 'ap rhys')."""
        return _name_parts(self.name)[1]

    @cached_property
    def folded_organisations(self) -> dict[str, str]:
        """The organisations by their names as compared ('Kirkhallam Metropolitan Borough Youth Offending Service'
        is 'Kirkhallam Youth Offending Service')."""
        return {organisation_key(o): o for o in self.organisations}

    @cached_property
    def posts_text(self) -> str:
        """The posts written for the person, as organisations are compared: ' chair pellmouth council '."""
        return " " + " | ".join(organisation_key(p) for p in sorted(self.posts)) + " "

    @cached_property
    def area_key(self) -> str | None:
        """The document's area as compared: 'Kirkhallam Metropolitan Borough' is Kirkhallam."""
        return _area_key(self.area) if self.area else None

    @cached_property
    def areas(self) -> frozenset[str]:
        """The areas the person works in, as compared: those of their organisations where the gazetteer places them
        (a thematic report names one area's co-ordinator and another's), else the document's area."""
        placed = {_area_key(area) for o in sorted(self.organisations) if (area := organisation_area(o, self.area))}
        return frozenset(placed) if placed else frozenset([self.area_key] if self.area_key else [])

    @cached_property
    def employers(self) -> frozenset[str]:
        """The organisations written for the person that employ them, as compared: not a board or a panel, whose
        members each come from their own body ('Northshire Youth Justice Board' beside 'Northshire Council' in
        documents about one area)."""
        return frozenset(key for key, o in self.folded_organisations.items()
                         if _organisation(o, self.area).kind not in MEMBERSHIP_KINDS)

    @cached_property
    def recognised_bodies(self) -> bool:
        """Whether an organisation written for the person is a body of a kind the gazetteer knows (a council, a
        service, a force, a health body, an inspectorate), not a department ('Children, Schools and Families')."""
        return any(_organisation(o, self.area).kind for o in self.organisations)

    @cached_property
    def inspectorate(self) -> str | None:
        """The inspectorate the person is of: an organisation of that kind, or, with no organisation written, the
        default inspectorate when a post or relation is an inspection's (a foreword's 'Head of Youth Justice
        Inspections', a press release's 'who heads the Inspectorate's youth inspection programme')."""
        gazetteer = load_gazetteer()
        found = sorted(ref.name for o in self.organisations if (ref := _organisation(o)).kind == "inspectorate")
        if found:
            return found[0]
        if not self.organisations and (self.relations & INSPECTION_RELATIONS
                                       or any(INSPECTORATE_POST_RE.search(p) for p in self.posts)):
            return gazetteer.default_inspectorate
        return None

    @cached_property
    def meeting_body(self) -> str | None:
        """The organisation whose meeting papers name this person at a meeting: the area's service for its
        board's minutes, the area's council for its panels' papers (named as the gazetteer names them)."""
        families = sorted(self.families & MEETING_BODIES.keys())
        if not families or not self.area or not self.relations & MEETING_RELATIONS:
            return None
        return _organisation(MEETING_BODIES[families[0]].format(area=self.area)).name

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "document": self.document,
                "organisations": sorted(self.organisations), "relations": sorted(self.relations)}


@dataclass(frozen=True)
class ReviewGroup:
    """Mentions of one name (or of near-identical names) that may be one person or several."""

    id: str
    names: tuple[str, ...]
    score: float
    people: dict[str, tuple[str, ...]]  # canonical person id -> its mention ids, as resolved now
    mentions: tuple[Mention, ...]
    evidence_for: tuple[str, ...]
    evidence_against: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "names": list(self.names), "score": self.score,
                "people": {person: list(ids) for person, ids in self.people.items()},
                "mentions": [m.to_dict() for m in self.mentions],
                "for": list(self.evidence_for), "against": list(self.evidence_against)}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> ReviewGroup:
        mentions = tuple(Mention(m["id"], m["name"], m["document"], frozenset(m["organisations"]),
                                 frozenset(m["relations"])) for m in raw["mentions"])
        return cls(raw["id"], tuple(raw["names"]), raw["score"],
                   {person: tuple(ids) for person, ids in raw["people"].items()}, mentions,
                   tuple(raw["for"]), tuple(raw["against"]))


@dataclass(frozen=True)
class Judgement:
    """A review decision: on a pair of mentions (`a`, `b`), or on a group (`group`, and `people`: the
    mention ids of each person the group showed, so a decision stays about what was seen)."""

    decision: str  # confirm | reject
    a: str = ""
    b: str = ""
    note: str = ""
    by: str = ""
    at: str = ""
    group: str = ""
    people: tuple[tuple[str, ...], ...] = ()

    @property
    def sets(self) -> tuple[tuple[str, ...], ...]:
        """The mentions judged, one tuple per person as shown: a pair is two people of one mention each."""
        return self.people if self.group else ((self.a,), (self.b,))

    @property
    def subject(self) -> frozenset[str]:
        """What the judgement is about: a group, or a pair of mentions (a later decision on it replaces it)."""
        return frozenset((self.group,)) if self.group else frozenset((self.a, self.b))

    def to_dict(self) -> dict[str, object]:
        row: dict[str, object] = {"decision": self.decision}
        if self.group:
            row.update({"group": self.group, "people": [list(p) for p in self.people]})
        else:
            row.update({"a": self.a, "b": self.b})
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
    groups: list[ReviewGroup]
    events: list[IdentityEvent] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"canonical": dict(sorted(self.canonical.items())),
                "groups": [g.to_dict() for g in self.groups],
                "events": [e.to_dict() for e in self.events]}

    def unknown_mentions(self, *ids: str) -> list[str]:
        """The ids that are not person mentions of this graph (a judgement on them would change nothing)."""
        return [i for i in ids if i not in self.canonical]

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Resolution:
        groups = [ReviewGroup.from_dict(g) for g in raw.get("groups", [])]
        events = [IdentityEvent(e["kind"], e["id"], tuple(e["others"])) for e in raw["events"]]
        return cls(dict(raw["canonical"]), groups, events)

    def group(self, group_id: str) -> ReviewGroup | None:
        return next((g for g in self.groups if g.id == group_id), None)


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
    return [_judgement(row, path, index) for index, row in enumerate(raw)]


def _judgement(row: object, path: Path, index: int) -> Judgement:
    if not isinstance(row, dict) or row.get("decision") not in ("confirm", "reject") or not (
            (row.get("a") and row.get("b")) or (row.get("group") and isinstance(row.get("people"), list))):
        raise JudgementsError(f"{path}: entry {index + 1} needs decision (confirm|reject), and a and b or group "
                              "and people")
    note, by, at = (str(row.get(k) or "") for k in ("note", "by", "at"))
    if row.get("group"):
        people = tuple(tuple(str(m) for m in person) for person in row["people"] if isinstance(person, list))
        return Judgement(row["decision"], note=note, by=by, at=at, group=str(row["group"]), people=people)
    return Judgement(row["decision"], str(row["a"]), str(row["b"]), note, by, at)


def save_judgement(path: Path, judgement: Judgement) -> None:
    """Add a judgement to the file, replacing an earlier one on the same pair or group."""
    rows = [j.to_dict() for j in load_judgements(path) if j.subject != judgement.subject]
    rows.append(judgement.to_dict())
    path.write_text(yaml.safe_dump(rows, sort_keys=False, allow_unicode=True), encoding="utf-8")


def group_judgement(decision: str, group: ReviewGroup, note: str = "", by: str = "", at: str = "") -> Judgement:
    """A decision on a review group, about the people it showed."""
    return Judgement(decision, note=note, by=by, at=at, group=group.id, people=tuple(group.people.values()))


def mentions(statements: Iterable[Statement]) -> list[Mention]:
    """One Mention per person entity of a document: its organisations, relations and posts, and the document's
    area and families, each as that document names them (so a mention is a function of its document alone,
    and an incremental build need only make those of the documents that changed)."""
    names: dict[str, str] = {}
    documents: dict[str, str] = {}
    document_ids: dict[str, str] = {}
    org_names: dict[tuple[str, str], str] = {}
    person_of: dict[str, str] = {}
    org_of: dict[str, set[str]] = defaultdict(set)
    relation_of: dict[str, set[str]] = defaultdict(set)
    post_of: dict[str, set[str]] = defaultdict(set)
    area_of: dict[str, str] = {}
    area_names: dict[tuple[str, str], str] = {}
    families_of: dict[str, set[str]] = defaultdict(set)
    titles_of: dict[str, set[str]] = defaultdict(set)
    for s in statements:
        if s.schema == "Person" and s.prop == "name":
            names[s.entity] = s.value
            documents[s.entity] = s.document
            document_ids[s.entity] = s.document_id
        elif s.schema == "Person" and s.prop == "title":
            titles_of[s.entity] |= title_parts(s.value)
        elif s.schema == "Organisation" and s.prop == "name":
            org_names[s.document_id, s.entity] = s.value
        elif s.schema == "Document" and s.prop == "area":
            area_of[s.document_id] = s.value
        elif s.schema == "Area" and s.prop == "name":
            area_names[s.document_id, s.entity] = s.value
        elif s.schema == "Document" and s.prop == "family":
            families_of[s.document_id].add(s.value)
        elif s.schema == "Involvement" and s.prop == "person":
            person_of[s.entity] = s.value
        elif s.schema == "Involvement" and s.prop == "organisation":
            org_of[s.entity].add(s.value)
        elif s.schema == "Involvement" and s.prop == "relation":
            relation_of[s.entity].add(s.value)
        elif s.schema == "Involvement" and s.prop == "role":
            post_of[s.entity].add(fold(s.value))
    orgs_by_person: dict[str, set[str]] = defaultdict(set)
    relations_by_person: dict[str, set[str]] = defaultdict(set)
    posts_by_person: dict[str, set[str]] = defaultdict(set)
    for involvement, person in person_of.items():
        orgs_by_person[person] |= {org_names.get((document_ids.get(person, ""), o), o) for o in org_of[involvement]}
        relations_by_person[person] |= relation_of[involvement]
        posts_by_person[person] |= post_of[involvement]
    bodies: dict[str, set[str]] = defaultdict(set)
    for (document_id, _), org_name in org_names.items():
        bodies[document_id].add(org_name)
    bodies_area = {document_id: _bodies_area(names) for document_id, names in bodies.items()
                   if document_id not in area_of}
    return [Mention(pid, name, documents[pid], frozenset(orgs_by_person[pid]), frozenset(relations_by_person[pid]),
                    area_names.get((document_ids[pid], area_of.get(document_ids[pid], "")))
                    or bodies_area.get(document_ids[pid]),
                    frozenset(families_of[document_ids[pid]]), frozenset(posts_by_person[pid]),
                    frozenset(titles_of[pid]))
            for pid, name in sorted(names.items())]


def _bodies_area(organisations: Iterable[str]) -> str | None:
    """The area of a document whose own area was not read (minutes in two languages read as news, a report whose
    title block sets the place apart): the one area of the local bodies it names ('Caerfelyn County Council',
    'Caerfelyn Youth Justice Service'), never one of several (a national report naming two areas' services)."""
    named = {area for name in organisations if (area := organisation_area(name, None))}
    return min(named) if len({_area_key(area) for area in named}) == 1 else None


# A council written short by its kind: district, borough, county, metropolitan borough, county borough council.
COUNCIL_SHORT_FORMS = frozenset({"dc", "bc", "cc", "mbc", "cbc", "ccbc"})


# a mention's forenames and surname, asked of each mention (a block resolved again holds thousands of one name): a pure
# function of the name (its result is immutable), so one name is split once
_name_parts = cache(name_parts)


@cache  # asked for each organisation of each mention: a block resolved again holds thousands that write one name
def organisation_key(name: str) -> str:
    """An organisation's name as compared: folded, without the words for the kind of authority its area is, its place
    written once ('Wytherton Wytherton Council', the area misread twice over, is Wytherton Council), a council
    written short its council ('Eastholm DC', in a post, is Eastholm Council)."""
    return " ".join("council" if w in COUNCIL_SHORT_FORMS else w for w in _once(fold(name).split())
                    if w not in AREA_KINDS - {"council"})


HOSTING_KINDS = frozenset({"local_authority", "youth_offending_service"})
SERVICE_WORDS = frozenset({"council", "youth", "offending", "justice", "service", "team", "yos", "yot", "yjs"})


@cache  # asked for every pair of organisations of every pair of mentions compared: a pure function of the names
def hosted_together(a: str, b: str) -> bool:
    """An area's council and its youth offending service ('Brindlecombe District Council', 'Brindlecombe YOS'); an
    area's bench and the courts service that runs its court ('Brindlecombe Youth Court Bench', 'HMCTS')."""
    if any(_national_court(x) and guess_kind(y) == "court" for x, y in ((a, b), (b, a))):
        return True
    kinds = {guess_kind(a), guess_kind(b)}
    if kinds != HOSTING_KINDS:
        return False
    places = [" ".join(_once([w for w in organisation_key(name).split() if w not in SERVICE_WORDS])) for name in (a, b)]
    return bool(places[0]) and places[0] == places[1]


# The kinds of body an area has one of: its police force, its youth offending service.
ONE_PER_AREA = frozenset({"police", "youth_offending_service"})


def one_body(a: str, b: str) -> bool:
    """Two names of a body an area has one of (a police force, not a commissioner's office; a youth offending
    service; an integrated care board): in documents about one area, the one body ('Morlais Police' and 'Heddlu Morlais Police')."""
    kinds = {guess_kind(a), guess_kind(b)}
    if a != b and all(HEALTH_COMMISSIONER.search(name) for name in (a, b)):
        # an area has one body commissioning its health services, written by the area's name or the whole board's,
        # and under the names it has gone by (a clinical commissioning group until the integrated care board of 2022)
        return True
    if a != b and {fold(a), fold(b)} <= NATIONAL_PROBATION:
        return True  # the National Probation Service and what it became in 2021 (ontology/gazetteer.yaml): one employer
    if a != b and len(kinds) == 1 and kinds <= ONE_SERVICE:
        return True  # a probation trust, the National Probation Service and its region; a bench and its association
    return a != b and len(kinds) == 1 and kinds <= ONE_PER_AREA and "commissioner" not in fold(a) + fold(b)


# The kinds of body that are one national service under the names its local part has gone by: probation (a probation
# trust, the National Probation Service, its region, the Probation Service), the courts (a bench, the Magistrates'
# Association, the courts service). In documents about one area, two of one kind are one employer.
ONE_SERVICE = frozenset({"probation", "court"})


NATIONAL_PROBATION = frozenset({"national probation service", "probation service", "the probation service"})
HEALTH_COMMISSIONER = re.compile(r"\bIntegrated\s+Care\s+Board\b|\bICB\b|\bClinical\s+Commissioning\s+Group\b|\bCCG\b")


def police_force(name: str) -> bool:
    """A police force ('Morlais Police', 'Heddlu Morlais Police'), not a commissioner's office."""
    return guess_kind(name) == "police" and "commissioner" not in fold(name)


def never_one(a: Mention, b: Mention) -> list[str]:
    """What makes two mentions two people whatever else agrees: titles of one sex and of the other ('Mrs' and 'Mr'),
    or a title of one sex and another forename of the other ('Mrs Okonkwo-Barr' is not Henry Okonkwo-Barr, 'Mr Sam
    Lee' not Samantha Lee); a councillor and a serving police officer ('Councillor Baptiste', 'Inspector
    Baptiste')."""
    reasons = []
    # a forename says a sex only beside another forename or none: the lexicon's guess at one name is no evidence
    sexes = {m.sex if m.forenames[:1] != other.forenames[:1] else m.title_sex for m, other in ((a, b), (b, a))}
    if len(sexes) == 2 and None not in sexes:
        reasons.append(f"titles or forenames of both sexes: {a.name} / {b.name}")
    if any("Councillor" in x.titles and police_rank(y.distinctive_titles) for x, y in ((a, b), (b, a))):
        reasons.append(f"a councillor and a police officer: {a.name} / {b.name}")
    return reasons


@cache  # asked for each organisation of each mention: a pure function of the names
def organisation_area(name: str, home_area: str | None) -> str | None:
    """The area whose body an organisation is: a known place's ('Leeds City Council'), or the place a service's or
    council's name is written with ('Westmere YOS'); None for a body of no area ('HM Inspectorate of Probation')."""
    gazetteer = load_gazetteer()
    service = gazetteer.service_area(name, home_area)
    return gazetteer.organisation(name, home_area).area or (service[0] if service else None) or \
        gazetteer.local_council_area(name, home_area)


@cache  # the gazetteer's answer for a name in an area, asked once: mentions of one name ask it again and again
def _organisation(name: str, home_area: str | None = None) -> OrganisationRef:
    return load_gazetteer().organisation(name, home_area)


def _national_court(name: str) -> bool:
    gazetteer = load_gazetteer()
    return bool(gazetteer.known_organisation(name)) and _organisation(name).kind == "court"


@cache  # asked for each mention's area and organisations: a pure function of the name
def _area_key(area: str) -> str:
    """An area's name as compared: without the words of the kind of authority or of its service after it, which no
    place's name ends with ('Kirkhallam Metropolitan Borough', a title's 'Penrhos Youth Justice Service' read as the
    area, are Kirkhallam and Penrhos), written once ('Wytherton Wytherton', a letterhead's last line run into the
    title's first, or 'Drewmoor Metropolitan Borough Council Drewmoor', the council's whole name run into it)."""
    words = _once([word for i, word in enumerate(fold(area).split()) if not i or word not in AREA_KINDS])
    while len(words) > 1 and words[-1] in AREA_KINDS | SERVICE_WORDS:
        words.pop()
    return " ".join(words)


# The word joining two areas' names in the name of the one area their joint service covers ('Harlowden Marsh and
# Corbury', folded).
JOINED_AREAS_RE = re.compile(r" (?:and|&) ")


@cache  # asked for each pair of areas compared: a pure function of the name
def joined_areas(area: str) -> frozenset[str]:
    """The areas an area's name joins, as compared: those of a service two councils run together ('harlowden marsh and
    corbury' is harlowden marsh and corbury); none for an area of one name."""
    parts = [part.strip() for part in JOINED_AREAS_RE.split(area)]
    return frozenset(parts) if len(parts) > 1 and all(parts) else frozenset()


def common_areas(mine: Iterable[str], theirs: Iterable[str]) -> set[str]:
    """The areas, as compared, two sets share: the same area, or an area and the joined area that covers it (a joint
    service's report on 'Harlowden Marsh and Corbury' and the minutes of the Corbury board)."""
    mine, theirs = set(mine), set(theirs)
    return mine & theirs | {x for x in mine for y in theirs if x in joined_areas(y)} | {
        y for x in mine for y in theirs if y in joined_areas(x)}


def covered_areas(areas: Iterable[str]) -> set[str]:
    """The areas, as compared, and those their joined names cover."""
    return {part for area in areas for part in {area} | joined_areas(area)}


def _once(words: list[str]) -> list[str]:
    """Words written twice over, once: ['wytherton', 'wytherton', 'council'] -> ['wytherton', 'council']."""
    for size in range(1, len(words) // 2 + 1):
        for start in range(len(words) - 2 * size + 1):
            if words[start:start + size] == words[start + size:start + 2 * size]:
                return _once(words[:start + size] + words[start + 2 * size:])
    return words


def specific_posts(mention: Mention) -> set[str]:
    """The posts that tell people apart: two words or more, and not one every meeting has."""
    return {p for post in mention.posts for p in post_keys(post) if len(p.split()) >= 2 and p not in GENERIC_POSTS}


# The owner a post is written with in news and reports ('the council's director of children's services'), folded.
POST_OWNER_RE = re.compile(r"^(?:(?:the|our|its|their|his|her) )?(?:(?:councils|boards|inspectorates|forces|"
                           r"partnerships|authoritys|trusts) )?")


# A youth justice service's name in a post, written short or in full ('YJS Operations Manager', 'Youth Justice
# Operations Manager', 'Head of Youth Offending Service'), folded: its kind ('youth justice') alone.
SERVICE_IN_POST_RE = re.compile(r"\b(?:(yjs|yjt)|(yos|yot)|youth (justice|offending)(?: service| team)?)\b")


def _service_in_post(found: re.Match[str]) -> str:
    return "youth justice" if found.group(1) or found.group(3) == "justice" else "youth offending"


def post_keys(post: str) -> set[str]:
    """A folded post as compared: each post a sentence joins ('chair of the northshire youth justice board and the
    councils director of childrens services'), without the owner written before it ('the councils director of
    childrens services' is 'director of childrens services'), the service it names written one way ('yjs operations
    manager' is 'youth justice operations manager', 'head of yos' 'head of youth offending')."""
    return {SERVICE_IN_POST_RE.sub(_service_in_post, POST_OWNER_RE.sub("", part.strip()))
            for part in post.split(" and the ")}


def same_body(a: Mention, b: Mention, folded_a: Iterable[str], folded_b: Iterable[str]) -> str | None:
    """The body two full-name mentions share: both at its meetings, or one at its meetings and the other with
    it as their organisation (a board member in the minutes, the service's manager in a letter)."""
    if not (a.full_name and b.full_name):
        return None
    body_a, body_b = a.meeting_body, b.meeting_body
    if body_a and body_a == body_b:
        return body_a
    if body_a and organisation_key(body_a) in folded_b:
        return body_a
    if body_b and organisation_key(body_b) in folded_a:
        return body_b
    return None


def compare(a: Mention, b: Mention) -> tuple[str, list[str], list[str]]:
    """('agree' | 'conflict' | 'unknown', evidence for, evidence against) for two same-name mentions."""
    folded_a, folded_b = a.folded_organisations, b.folded_organisations
    shared = sorted(folded_a[k] for k in folded_a.keys() & folded_b.keys())
    # a post that names the other side's organisation ('Chair, Pellmouth Borough Council' on a board's minutes)
    named = sorted({org for mine, theirs in ((a, folded_b), (b, folded_a)) for key, org in theirs.items()
                    if f" {key} " in mine.posts_text} - set(shared))
    # an area's council and the youth offending service it hosts: one employer, written either way ('Head of
    # Service' at the council's panel, 'YOS Manager' in the service's board minutes)
    hosted = sorted({f"{x} / {y}" for x in a.organisations for y in b.organisations if hosted_together(x, y)})
    evidence_for = [f"same name {a.name!r}"] + [f"both with {org}" for org in shared] + [
        f"post names {org}" for org in named] + [f"council and its service: {pair}" for pair in hosted]
    body = same_body(a, b, folded_a.keys(), folded_b.keys())
    if body:
        evidence_for.append(f"same body: {body}")
    same_posts = sorted(specific_posts(a) & specific_posts(b))
    evidence_for.extend(f"both as {post}" for post in same_posts)
    full_names = a.full_name and b.full_name
    # a person is of the area their post names too: in a newspaper about no known area ('chair of the Northshire
    # Youth Justice Board'), or about a district whose county runs the service ('heads the Northshire Youth Justice
    # Service' in the Eastholm district's news)
    named_areas = {area for mine, theirs in ((a, b), (b, a)) for area in theirs.areas - mine.areas
                   if f" {area} " in mine.posts_text} if full_names else set()
    # the holders of one post in papers about one area are of it, whatever council each writes (a county's board
    # minutes give the district's portfolio holder the district council, its inspection report the county's; a
    # district's plan gives the head of its youth justice service the county council that runs it, its scrutiny
    # minutes the district's service)
    common = common_areas(a.areas, b.areas)
    papers_area = {a.area_key} - common - named_areas if full_names and a.area_key and \
        a.area_key == b.area_key and (a.relations & b.relations & HOLDER_RELATIONS or same_posts) else set()
    areas = sorted(common | named_areas | papers_area) if full_names else []
    evidence_for.extend(f"same area: {_area_label(area, a, b)}" + (" (named in a post)" if area in named_areas else "")
                        + (" (both papers about it)" if area in papers_area else "") for area in areas)
    # in one area: its one police force or service, whatever a document calls it ('Morlais Police', 'Heddlu Morlais
    # Police'), and a title few hold ('JP', 'Chief Superintendent') written for both
    bodies = sorted({f"{x} / {y}" for x in a.organisations for y in b.organisations if one_body(x, y)}) if areas else []
    hosted.extend(bodies)
    evidence_for.extend(f"the area's one body: {pair}" for pair in bodies)
    # a police rank says the force employs the person, whatever else is written beside them (a table's column misread)
    ranked = sorted({f"{rank} / {force}" for x, y in ((a, b), (b, a)) for rank in x.distinctive_titles
                     if police_rank(frozenset({rank})) for force in y.organisations if police_force(force)}
                    ) if areas else []
    hosted.extend(ranked)
    evidence_for.extend(f"a police rank and the force: {pair}" for pair in ranked)
    same_titles = sorted(a.distinctive_titles & b.distinctive_titles) if areas else []
    evidence_for.extend(f"both {title}" for title in same_titles)
    if full_names and a.inspectorate and a.inspectorate == b.inspectorate and a.inspectorate not in shared:
        evidence_for.append(f"both of {a.inspectorate}")
    against = []
    # in one area, a board or panel the person sits on is no organisation to differ from their employer; across
    # areas, two areas' boards are two bodies
    mine, theirs = (a.employers, b.employers) if areas else (folded_a.keys(), folded_b.keys())
    if mine and theirs and not shared and not named and not hosted:
        sides = sorted(", ".join(sorted(m.organisations)) for m in (a, b))
        against.append(f"different organisations: {sides[0]} / {sides[1]}")
    # One board's members in its consecutive minutes, or one area's holder of one post, are one person even where the
    # organisation written beside them differs (a body renamed, a column misread); and in one area, a department
    # written as the organisation ('Children, Schools and Families') is no body to differ from the council.
    if against and not (body or areas and (same_posts or same_titles
                                           or not (a.recognised_bodies and b.recognised_bodies))):
        return "conflict", evidence_for, against
    apart = never_one(a, b)
    if apart:
        return "conflict", evidence_for, apart
    if len(evidence_for) > 1:
        return "agree", evidence_for, []
    return "unknown", evidence_for, ["nothing but the name in common"]


def _area_label(area: str, a: Mention, b: Mention) -> str:
    """An area as a document about it names it ('Kirkhallam Metropolitan Borough'), else as compared."""
    return next((m.area for m in (a, b) if m.area and m.area_key == area), area)


class _Clusters:
    """Union-find over mention ids that refuses a union a reject judgement forbids: each cluster carries the
    (judgement, person) tags of its mentions, and two clusters with one judgement's different people stay apart."""

    def __init__(self, items: Iterable[str], tags: dict[str, set[tuple[int, int]]]) -> None:
        self.parent = {i: i for i in items}
        self.tags = {i: {judgement: person for judgement, person in tags.get(i, ())} for i in self.parent}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def apart(self, a: str, b: str) -> bool:
        ta, tb = self.tags[self.find(a)], self.tags[self.find(b)]
        return any(tb.get(judgement, person) != person for judgement, person in ta.items())

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.apart(ra, rb):
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.tags[keep].update(self.tags.pop(gone))
        return True


@dataclass
class _Evidence:
    keys: set[str] = field(default_factory=set)
    score: float = 0.0
    pro: dict[str, None] = field(default_factory=dict)
    con: dict[str, None] = field(default_factory=dict)

    def add(self, score: float, pro: Iterable[str], con: Iterable[str]) -> None:
        self.score = max(self.score, score)
        self.pro.update(dict.fromkeys(pro))
        self.con.update(dict.fromkeys(con))


@dataclass
class People:
    """What resolving a set of mentions gives: a canonical id per mention, the groups left for review,
    the identity changes, and the near-identical name keys (which join review groups)."""

    canonical: dict[str, str]
    groups: list[ReviewGroup]
    events: list[IdentityEvent]
    near: dict[str, set[str]]


def resolve_people(all_mentions: list[Mention], judgements: list[Judgement], previous: dict[str, str] | None = None,
                   ) -> tuple[dict[str, str], list[ReviewGroup], list[IdentityEvent]]:
    """Canonical person id for every mention id, the groups left for review, and identity changes."""
    people = resolve_mentions(all_mentions, judgements, previous)
    return people.canonical, people.groups, people.events


def resolve_mentions(all_mentions: list[Mention], judgements: list[Judgement], previous: dict[str, str] | None = None,
                     taken: frozenset[str] = frozenset()) -> People:
    """Resolve the mentions (in order of id); `taken`: ids that people outside them hold (a part of the
    mentions resolved again keeps clear of them)."""
    known = {m.id for m in all_mentions}
    clusters = _Clusters(known, _reject_tags(judgements, known))
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in all_mentions:
        by_key[name_key(m.name)].append(m)
    evidence: dict[str, _Evidence] = {}
    for key, group in by_key.items():
        _merge_same_name(group, clusters, gather=False)
        evidence[key] = _Evidence({key})  # what its mentions' comparisons say is gathered for the names the queue shows
        _merge_post_holders(group, clusters, evidence[key])
        _merge_unplaced(group, clusters)
    full_names = _full_names(by_key)  # read by both: a pure function of the mentions, made once
    _merge_forename_forms(by_key, clusters, evidence, full_names)
    _merge_short_forms(by_key, clusters, evidence, full_names)
    near: dict[str, set[str]] = defaultdict(set)
    for a_key, b_key, ratio in near_names(sorted(by_key)):
        evidence[a_key].add(round(ratio / 100 * 0.6, 3), [f"names {ratio:.0f}% alike"], ["names differ"])
        evidence[a_key].keys.add(b_key)
        near[a_key].add(b_key)
        near[b_key].add(a_key)
    for j in judgements:
        if j.decision == "confirm":
            members = [m for person in j.sets for m in person if m in known]
            for member in members[1:]:
                clusters.union(members[0], member)
    cluster_of: dict[str, list[str]] = defaultdict(list)
    for m in all_mentions:
        cluster_of[clusters.find(m.id)].append(m.id)
    names = {m.id: m.name for m in all_mentions}
    ids, events = assign_ids([sorted(c) for c in cluster_of.values()], names, previous or {}, taken)
    canonical = {member: ids[index] for index, members in enumerate(cluster_of.values()) for member in members}
    groups = _review_groups(by_key, evidence, canonical, judgements, _reject_tags(judgements, known))
    return People(canonical, groups, events, near)


def _reject_tags(judgements: list[Judgement], known: set[str]) -> dict[str, set[tuple[int, int]]]:
    tags: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for index, j in enumerate(judgements):
        if j.decision == "reject":
            for person, members in enumerate(j.sets):
                for member in members:
                    if member in known:
                        tags[member].add((index, person))
    return tags


def _merge_same_name(group: list[Mention], clusters: _Clusters, *, gather: bool = True) -> _Evidence:
    """Merge the mentions of one name that agree (and those of one document); gather the evidence left open.

    Mentions with the same evidence (organisations, meeting body, posts) compare alike, so they are compared as
    one: the work grows with the kinds of evidence a name has, not with the square of its mentions. Unless
    `gather`, two kinds already one person are not compared (their comparison could only add evidence, which
    matters only for a name the review queue shows): an official named in thousands of documents, one person,
    costs about one comparison a kind, and the kinds are looked at twice, not once a pair."""
    found = _Evidence({name_key(group[0].name)})
    by_document: dict[str, list[Mention]] = defaultdict(list)
    alike: dict[tuple[object, ...], list[Mention]] = defaultdict(list)
    for m in group:
        by_document[m.document].append(m)
        alike[_signature(m)].append(m)
    for same in by_document.values():
        for m in same[1:]:
            clusters.union(same[0].id, m.id)
    kinds = list(alike.values())
    for members in kinds:
        if len({m.document for m in members}) > 1:
            _settle(members[0], [m for m in members[1:] if m.document != members[0].document], clusters, found)
    for i, first in enumerate(kinds):
        compared = False
        for second in kinds[i + 1:]:
            if gather or clusters.find(first[0].id) != clusters.find(second[0].id):
                _settle(first[0], [second[0]], clusters, found)
                compared = True
        if not compared and not gather:
            break  # every later kind is one person with this one, so with each other: no pair is left to compare
    return found


def _merge_post_holders(group: list[Mention], clusters: _Clusters, found: _Evidence) -> None:
    """The people of one full name holding a post one person holds at a time (cabinet member, board or panel chair)
    are one person when no more than one of them is placed in an area and no organisation is against: the council's
    cabinet member in its papers and in a newspaper whose area was not read. The holders of two areas stay apart (a
    mention placed nowhere is never the bridge between them) and wait for review."""
    for relation in sorted(HOLDER_RELATIONS):
        people: dict[str, list[Mention]] = defaultdict(list)
        for m in group:
            if m.full_name and relation in m.relations:
                people[clusters.find(m.id)].append(m)
        if len(people) < 2:
            continue
        placed = [root for root, held in people.items() if any(m.areas for m in held)]
        firsts = [held[0] for held in people.values()]
        against = [reason for i, a in enumerate(firsts) for b in firsts[i + 1:]
                   for verdict, _, con in [compare(a, b)] if verdict == "conflict" for reason in con]
        if len(placed) > 1 or against:
            found.add(0.4, [f"each {relation}"], against or [f"{relation} in {len(placed)} places"])
            continue
        roots = sorted(people)
        for root in roots[1:]:
            clusters.union(roots[0], root)


def _merge_unplaced(group: list[Mention], clusters: _Clusters) -> None:
    """A full name in a document whose area was not read, with no organisation written beside it (minutes in two
    languages read as news: 'Mr Emyr Gwalchmai said'), is the one person of that full name the other documents place,
    when they place the name in one area as one person, and the document gives the person a part in it (at its
    meeting, its contact officer), not a mere quote (a newspaper's namesake); namesakes of two areas, or of one area
    and apart, wait for review, and so does a name placed nowhere else."""
    unplaced = [m for m in group if m.full_name and m.area is None and not m.organisations and not m.inspectorate
                and m.relations - QUOTE_ONLY]
    placed = [m for m in group if m.full_name and m.areas]
    people = {clusters.find(m.id) for m in placed}
    if not unplaced or len(people) != 1 or len({area for m in placed for area in m.areas}) != 1:
        return
    for m in unplaced:
        if clusters.find(m.id) not in people and not any(never_one(m, other) for other in placed):
            clusters.union(placed[0].id, m.id)


def _merge_short_forms(by_key: dict[str, list[Mention]], clusters: _Clusters, evidence: dict[str, _Evidence],
                       full_names: tuple[Named, Named]) -> None:
    """A surname written alone ('Councillor Carver-Smyth') or after initials ('R. Fairbairn-Taylor', 'Dr N.
    Sethuraman') is the one person named in full with that surname, and forenames the initials may stand for
    ('Rosemary Fairbairn-Taylor'): in the same document when it names one, else in the documents about the same area;
    when no organisation is against. Two such people, or one against, leave it for review beside them (the groups of
    their names joined)."""
    in_document, in_area = full_names
    full_by_surname: dict[str, list[Mention]] = defaultdict(list)  # the full names, by surname
    for group in by_key.values():
        for m in group:
            if m.full_name:
                full_by_surname[m.surname_key].append(m)
    # a short form's person as resolved so far -> the full-name mention it joined: mentions of one short form that
    # are one person join one full name, never a different one each (the bridge between two namesakes)
    joined: dict[str, Mention] = {}
    came_as = {m.id: clusters.find(m.id) for group in by_key.values() for m in group if m.surname_only or m.initials_only}
    for key, group in sorted(by_key.items()):
        for m in group:
            if not (m.surname_only or m.initials_only):
                continue
            candidates, where = _candidates(m, in_document, in_area, fitting)
            if not candidates:
                candidates, where = _placed_elsewhere(m, full_by_surname.get(m.surname_key, []), clusters), "one area"
            if not candidates:
                continue
            candidates = _titled_alike(m, candidates, clusters)
            keys = sorted({name_key(c.name) for c in candidates})
            people = {clusters.find(c.id) for c in candidates}
            conflicts = _surname_conflicts(m, candidates, one_person=len(people) == 1)
            # several names are one person when resolved as one ('Tad' and 'Tadeusz' for 'T.')
            if len(people) == 1 and not conflicts:
                earlier = joined.setdefault(came_as[m.id], candidates[0])
                if clusters.find(earlier.id) != clusters.find(candidates[0].id):
                    keys.append(name_key(earlier.name))
                    conflicts.append([f"its other mentions are {earlier.name}"])
                elif clusters.union(m.id, candidates[0].id):
                    continue
            found = evidence[key]
            found.keys.update(keys)
            pro = [f"{'initials and ' if m.initials_only else ''}surname of "
                   f"{', '.join(sorted({c.name for c in candidates}))} in {where}"]
            against = [reason for con in conflicts for reason in con] or [f"{len(people)} people with that surname"]
            found.add(0.4, pro, against)


def _placed_elsewhere(m: Mention, named: list[Mention], clusters: _Clusters) -> list[Mention]:
    """Initials and a surname in a document whose area was not read, with no organisation written beside them, at its
    meeting or in its part (not a quote): the person the other documents name in full with that surname and forenames
    the initials fit ('F. Baptiste' among a placeless committee's officers of 'Ffion Baptiste' in one area's minutes),
    when that surname names one person in full anywhere, placed in one area; else none (a namesake elsewhere, or
    no place, leaves it as written)."""
    if not (m.initials_only and m.area is None and not m.organisations and m.relations - QUOTE_ONLY and named):
        return []
    people = {clusters.find(c.id) for c in named}
    areas = {area for c in named for area in c.areas}
    if len(people) != 1 or len(areas) != 1 or not all(fitting(m, c.forenames) for c in named):
        return []
    return [c for c in named if c.areas]


# Mentions named in full, by (surname, document or area) and then by their forenames: a short form is compared with
# each distinct forename once, not with every mention of a name a corpus repeats.
Named = dict[tuple[str, str], dict[tuple[str, ...], list[Mention]]]


def _full_names(by_key: dict[str, list[Mention]]) -> tuple[Named, Named]:
    """The mentions named in full, by (surname, document) and by (surname, area): the document's area and those of
    the organisations written for them (a national report's 'Westmere YOS' manager is of Westmere)."""
    in_document: Named = defaultdict(lambda: defaultdict(list))
    in_area: Named = defaultdict(lambda: defaultdict(list))
    for group in by_key.values():
        for m in group:
            if m.full_name:
                in_document[m.surname_key, m.document][m.forenames].append(m)
                for area in _places(m):
                    in_area[m.surname_key, area][m.forenames].append(m)
    return in_document, in_area


def _places(m: Mention) -> list[str]:
    """The areas a mention is of, as compared: its document's, and those of the organisations written for it, with
    the areas a joined name covers (a joint service's 'Harlowden Marsh and Corbury' is of Corbury too)."""
    return sorted(covered_areas(m.areas | ({m.area_key} if m.area_key else set())))


def _candidates(m: Mention, in_document: Named, in_area: Named,
                fits: Callable[[Mention, tuple[str, ...]], bool]) -> tuple[list[Mention], str]:
    """The full names with m's surname whose forenames m `fits`, and where they were found: in m's document when it
    names one, else in the documents about m's areas (its document's, or its organisations' where that has none)."""
    def chosen(named: dict[tuple[str, ...], list[Mention]]) -> list[Mention]:
        # a writer never names themselves short in their own item: 'Baptiste said' beside the byline of a reporter
        # 'Lowri Baptiste' is someone the item is about
        return [c for forenames, found in named.items() if fits(m, forenames) for c in found
                if not (c.document == m.document and c.relations == WRITER and m.relations != WRITER)]

    candidates = chosen(in_document.get((m.surname_key, m.document), {}))
    if candidates:
        return candidates, "the same document"
    places = _places(m)
    found = {c.id: c for area in places for c in chosen(in_area.get((m.surname_key, area), {}))}
    return sorted(found.values(), key=lambda c: c.id), f"documents about {', '.join(_area_label(a, m, m) for a in places)}"


def _titled_alike(m: Mention, candidates: list[Mention], clusters: _Clusters) -> list[Mention]:
    """Of several people a short form may stand for, the one written with a title few hold that it has too ('Dr
    Sethuraman' of Dr Nandini Sethuraman, not of the police officer Raj Sethuraman); all of them when none or several
    are."""
    titled = [c for c in candidates if c.distinctive_titles & m.distinctive_titles]
    return titled if len({clusters.find(c.id) for c in titled}) == 1 else candidates


def _surname_conflicts(m: Mention, candidates: list[Mention], *, one_person: bool = False) -> list[list[str]]:
    """The reasons against, for each candidate `compare_surname` finds against m: one comparison for candidates
    written alike (the same organisations and titles), however many times a corpus repeats them. Candidates that are
    one person (one_person) are against only if none agrees: a head of service written with the county council in a
    district's plan and with the district's service in its minutes is the 'D. Farrow' of the service's minutes."""
    alike = {(c.organisations, c.titles, c.distinctive_titles, c.full_name, c.forenames[:1]): c for c in candidates}
    compared = [compare_surname(m, c) for c in alike.values()]
    if one_person and any(verdict == "agree" for verdict, _, _ in compared):
        return []
    return [con for verdict, _, con in compared if verdict == "conflict"]


def _merge_forename_forms(by_key: dict[str, list[Mention]], clusters: _Clusters, evidence: dict[str, _Evidence],
                          full_names: tuple[Named, Named]) -> None:
    """Forenames written shorter: a familiar form ('Bob Castellane', 'Liz Amadi', 'Tad Wrona') or a middle name left
    out ('Elin Harries') is the one person of that surname named with the full forenames ('Robert Castellane',
    'Tadeusz Wrona', 'Elin Mair Harries'): in the same document when it names one, else in the documents about the same area; when no
    organisation or title is against. Two such people ('Bill' of William and of Robert), or one against, leave it for
    review beside them; another forename is never a form of one ('Roberta' is not Robert, 'Mair' is not Elin Mair)."""
    in_document, in_area = full_names
    for key, group in sorted(by_key.items()):
        for m in group:
            if not m.full_name:
                continue
            candidates, where = _candidates(m, in_document, in_area, longer)
            if not candidates:
                continue
            people = {clusters.find(c.id) for c in candidates}
            conflicts = [reason for con in _surname_conflicts(m, candidates) for reason in con]
            if len(people) == 1 and not conflicts and clusters.union(m.id, candidates[0].id):
                continue
            found = evidence[key]
            found.keys.update(name_key(c.name) for c in candidates)
            found.add(0.4, [f"forenames of {', '.join(sorted({c.name for c in candidates}))} written shorter in {where}"],
                      conflicts or [f"{len(people)} people it may be"])


def longer(written: Mention, forenames: tuple[str, ...]) -> bool:
    """Whether a full name's forenames are `written`'s written out (`forenames_fit`): only that way round, so that a
    full name is never the bridge between two shorter ones ('Robert' between 'Bill' and 'William')."""
    return forenames_fit(written.forenames, forenames)


def fitting(short: Mention, forenames: tuple[str, ...]) -> bool:
    """Whether a surname alone or with initials may stand for a full name with its surname and these forenames: any
    for a surname alone, those the initials fit otherwise ('R.' is not 'Jago')."""
    return short.surname_only or initials_agree(short.forenames, forenames)


def compare_surname(alone: Mention, full: Mention) -> tuple[str, list[str], list[str]]:
    """A surname alone (or forenames written shorter) and a full name with it, in documents about one area (which has
    one police force and one service): 'conflict' when their organisations differ (unless a title few hold is written for both) or
    `never_one` says so, else 'agree'."""
    folded_a, folded_b = alone.folded_organisations, full.folded_organisations
    shared = folded_a.keys() & folded_b.keys()
    hosted = any(hosted_together(x, y) or one_body(x, y) for x in alone.organisations for y in full.organisations)
    titled = alone.distinctive_titles & full.distinctive_titles  # 'Dr N. Sethuraman' and 'Dr Nirmala Sethuraman'
    if folded_a and folded_b and not shared and not hosted and not titled:
        sides = sorted(", ".join(sorted(m.organisations)) for m in (alone, full))
        return "conflict", [], [f"different organisations: {sides[0]} / {sides[1]}"]
    apart = never_one(alone, full)
    if apart:
        return "conflict", [], apart
    return "agree", [f"same area: {alone.area}"], []


def _signature(mention: Mention) -> tuple[object, ...]:
    """What `compare` reads of a mention: two mentions with one signature compare alike with any third."""
    full = mention.full_name
    return (frozenset(mention.folded_organisations), mention.meeting_body if full else None, frozenset(mention.posts),
            mention.areas if full else None, mention.inspectorate if full else None, mention.titles)


def _settle(a: Mention, others: list[Mention], clusters: _Clusters, found: _Evidence) -> None:
    """Compare a with the first of others (all alike) and merge them all with a when the evidence agrees."""
    if not others:
        return
    verdict, pro, con = compare(a, others[0])
    if verdict == "agree":
        kept_apart = [b for b in others if not clusters.union(a.id, b.id)]
        if not kept_apart:
            return
        con = ["kept apart by a judgement"]
    found.add(0.5 if verdict == "unknown" else 0.3, pro, con)


def _review_groups(by_key: dict[str, list[Mention]], evidence: dict[str, _Evidence], canonical: dict[str, str],
                   judgements: list[Judgement], tags: dict[str, set[tuple[int, int]]]) -> list[ReviewGroup]:
    """One group per ambiguous name (near-identical names joined) whose mentions form more than one person now
    and that no judgement covers, with the evidence of every comparison of its mentions (made again as the first
    merge of each name made them, `tags` saying what reject judgements keep apart), then `evidence`'s."""
    covered = [{m for person in j.sets for m in person} for j in judgements]
    joined = _join_keys(evidence)
    groups = []
    for keys in joined:
        members = tuple(m for key in sorted(keys) for m in by_key[key])
        people: dict[str, list[str]] = defaultdict(list)
        for m in members:
            people[canonical[m.id]].append(m.id)
        ids = {m.id for m in members}
        if len(people) < 2 or any(ids <= judged for judged in covered):
            continue
        found = _Evidence()
        for key in keys:
            compared = _merge_same_name(by_key[key], _Clusters((m.id for m in by_key[key]), tags))
            compared.add(evidence[key].score, evidence[key].pro, evidence[key].con)
            found.add(compared.score, compared.pro, compared.con)
        names = tuple(sorted({m.name for m in members}))
        groups.append(ReviewGroup("group-" + stable_hash(*sorted(keys)), names, found.score,
                                  {person: tuple(ids) for person, ids in sorted(people.items())}, members,
                                  tuple(found.pro), tuple(found.con)))
    return sorted(groups, key=review_order)


def review_order(group: ReviewGroup) -> tuple[float, tuple[str, ...], str]:
    """The order of the review queue: the likeliest to be one person first."""
    return -group.score, group.names, group.id


def _join_keys(evidence: dict[str, _Evidence]) -> list[set[str]]:
    """Name keys in review groups: each key alone, joined with the near-identical keys its evidence names."""
    root = {key: key for key in evidence}

    def find(key: str) -> str:
        while root[key] != key:
            key = root[key]
        return key

    for key, found in evidence.items():
        for other in found.keys - {key}:
            root[find(other)] = find(key)
    joined: dict[str, set[str]] = defaultdict(set)
    for key in evidence:
        joined[find(key)].add(key)
    return list(joined.values())


def assign_ids(clusters: list[list[str]], names: dict[str, str], previous: dict[str, str],
               taken_elsewhere: frozenset[str] = frozenset()) -> tuple[list[str], list[IdentityEvent]]:
    """One canonical id per cluster of mention ids: an earlier id where its mentions went, else a new one
    (never one in `taken_elsewhere`)."""
    holders: dict[str, Counter[int]] = defaultdict(Counter)
    for index, members in enumerate(clusters):
        for member in members:
            if member in previous:
                holders[previous[member]][index] += 1
    keeper = {old: min(count, key=lambda i: (-count[i], clusters[i][0])) for old, count in holders.items()}
    kept_by: dict[int, list[str]] = defaultdict(list)  # by cluster: asking every earlier id of every cluster is quadratic
    for old, index in keeper.items():
        kept_by[index].append(old)
    ids: list[str] = []
    events: list[IdentityEvent] = []
    taken = set(keeper) | taken_elsewhere
    for index, members in enumerate(clusters):
        kept = sorted(kept_by[index])
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


def near_names(keys: list[str], others: Iterable[str] | None = None) -> list[tuple[str, str, float]]:
    """Pairs of different name keys that are near-identical (same surname or initial; ratio >= 90): among
    the sorted `keys`, or between them and `others` (each pair in sorted order)."""
    found = []
    for i, a in enumerate(keys):
        for b in keys[i + 1:] if others is None else others:
            if a == b or (a.split()[-1:] != b.split()[-1:] and a[:1] != b[:1]):
                continue
            ratio = fuzz.ratio(a, b)
            if ratio >= 90:
                found.append((min(a, b), max(a, b), ratio))
    return found


def resolve(statements: list[Statement], judgements: list[Judgement] | None = None,
            previous: dict[str, str] | None = None) -> Resolution:
    """Which mentions are one person (canonical ids kept from `previous`), and the groups left for review."""
    canonical, groups, events = resolve_people(mentions(statements), judgements or [], previous)
    return with_inspections(Resolution(canonical, groups, events), statements)


def with_inspections(resolution: Resolution, statements: Iterable[Statement]) -> Resolution:
    """The resolution with the inspections that several documents each made merged into one (`kg.inspections`)."""
    return Resolution({**resolution.canonical, **same_inspections(statements)}, resolution.groups, resolution.events)
