"""The small context a loader gets: make ids, emit statements, warn. No store, no driver.

Every emitted value carries a span of the document; the context checks it against the
model and cuts the quote from the document text itself, so a quote always equals
`document.text[start:end]`. Helpers with domain names (`person_role`, `organisation`,
`area`, `entity`) build the statements for the common facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

from kg.documents import Document
from kg.gazetteer import Gazetteer, fold, load_gazetteer
from kg.loaders.roles import (
    POLICE_FORCE,
    force_without_holder,
    opens_a_place,
    organisation_after_name,
    organisation_cell,
    organisation_for_role,
    post_written,
    wrapped_post,
)
from kg.loaders.text import Span
from kg.model import Model, load_model
from kg.names import (
    NameMatch,
    find_names,
    initials_agree,
    is_initials,
    is_only_a_name,
    name_key,
    name_parts,
    split_title,
    surname,
    whole_surname,
)
from kg.statements import Statement, stable_hash
from kg.vocabulary import CABINET_POST_RE, is_body_word, is_post_word

COUNCIL, BOARD, INSPECTORATE = "council", "board", "inspectorate"  # whose paper a document is (`Context.home_body`)
INSPECTION_RELATIONS = {"lead_inspector", "deputy_lead_inspector", "inspection_team", "head_of_inspections",
                        "chief_inspector"}
# Where one post written for a person ends and another begins ('Chair; Cabinet Member for Children', 'Head of
# Service (Deputy Leader)').
POST_PARTS_RE = re.compile(r"[,;/()]")
# 'County Councillor Jo Bloggs', 'County Cllr Jo Bloggs': the county before the honorific, just before the name's match
# or at its start (the name reader takes a council's tier before a councillor's title as the title's).
COUNTY_TITLE_RE = re.compile(r"\bCounty[^\S\n]+$")
COUNTY_TIER_RE = re.compile(r"County[^\S\n]+")
COUNTY_POST_RE = re.compile(r"(?:the\s+)?county['’]s\s", re.IGNORECASE)
COUNTY_COUNCIL_RE = re.compile(r"\b(?:[A-Z][\w'’-]+[^\S\n]*+(?:\n[^\S\n]*+)?){1,3}(?<=\s)County[^\S\n]*+(?:\n[^\S\n]*+)?Council\b")
# A council named with its kind, in capitals or not: 'Kelsworth District Council', 'WENSCOMBESHIRE COUNTY COUNCIL'.
KIND_COUNCIL_RE = re.compile(r"\b(?:[A-Z][\w'’-]*+[^\S\n]++){1,3}?(?i:county|district|borough|city)[^\S\n]++(?i:council)\b")

COUNTY_KIND_RE = re.compile(r"\bcounty\s+council\b", re.IGNORECASE)
# A post in the county's service, in a district's paper: 'head of the county youth justice service', 'the county's
# youth offending team manager', 'County Youth Justice Service Manager'.
OWN_SERVICE_RE = re.compile(r"YOS|Youth\s+(?:Offending|Justice)\s+Service")  # after the area's name: its service
COUNTY_SERVICE_POST_RE = re.compile(r"\bcounty(?:['’]s)?(?:\s+council['’]s)?\s+youth\s+(?:justice|offending)\s+(?:service|team)\b",
                                    re.IGNORECASE)
# A county councillor's post written so: 'County Councillor, Cabinet Member CYP', 'County Cllr'.
COUNTY_MEMBER_POST_RE = re.compile(r"County\s+(?:Councillor|Cllr)\b")
# A council by its letters, those of its place's words then its kind's: 'FCC' (Fellshire County Council), 'KDC'.
COUNCIL_KIND_LETTERS = {"CC": "County Council", "DC": "District Council", "BC": "Borough Council",
                        "MBC": "Metropolitan Borough Council", "CBC": "County Borough Council"}
LETTERS_RE = re.compile(r"\b[A-Z]{3,6}\b")
# A place the document names in a body's name: 'Fellshire Constabulary', 'Fellshire Probation Trust', 'NHS Fellshire'.
PLACE_IN_BODY_RE = re.compile(
    r"\bNHS[^\S\n]+(?P<after>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)\b|"
    r"\b(?P<before>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)[^\S\n]+(?:Constabulary|Police|Probation\s+Trust|Primary\s+Care\s+Trust|"
    r"(?:County|District|Borough|City|Metropolitan\s+Borough|County\s+Borough)\s+Council|Fire\s+and\s+Rescue|CCG|PCT|ICB)\b")


def councils_by_letters_of(place: str) -> set[str]:
    """The letters a place's council goes by ('KDC', 'KCC' for Kelsworth)."""
    initials = "".join(word[0] for word in place.split() if word[:1].isupper())
    return {initials + letters for letters in COUNCIL_KIND_LETTERS}
THE_COUNCIL_RE = re.compile(r"the\s+(district|county|borough|city)\s+council", re.IGNORECASE)
# A youth justice service named in full in a paper's head: 'Wenscombeshire Youth Offending Service'.
HEAD_SERVICE_RE = re.compile(r"\b(?-i:[A-Z][\w'’-]+)(?:[^\S\n]+(?-i:[A-Z][\w'’-]+)){0,2}[^\S\n]+Youth[^\S\n]+(?:Offending|Justice)"
                             r"[^\S\n]+(?:Service|Team)\b", re.IGNORECASE)
HEAD_CHARS = 400  # a paper's letterhead: the council whose paper it is is named in its first lines
NATIONAL_KINDS = {"government", "inspectorate"}  # the chair of a national board chairs no area's board
CHAIR_WORD = re.compile(r"\bchair", re.IGNORECASE)
COUNCIL_OFFICERS = {"officer_attending", "contact_officer"}
MEETING_RELATIONS = {"present_at_meeting", "officer_attending", "minute_taker", "apologies"}
# The honorific of a police officer's rank, as kg.names writes it ('Ch Supt' is 'Chief Superintendent', 'Insp.'
# 'Inspector').
POLICE_TITLE = re.compile(r"(?:Chief\s+)?(?:Superintendent|Inspector)|Chief|Sergeant|Constable|Detective.*|DI|DS|DC|PC|DCI|"
                          r"DSI|DCS")
THE_WORD = re.compile(r"the\b", re.IGNORECASE)
# 'The Local Authority and Metropolitan Police should': a body's word before 'and' is another body, not the force's
# first word (as 'Devon and Cornwall Police' has it).
OTHER_BODY_AND_RE = re.compile(r"(?P<body>\S+)\s+(?:and|&)\s+(?P<force>\S.*)", re.DOTALL)


def _council_name(written: str) -> str:
    """A council's name as written, on one line and out of capitals ('WENSCOMBESHIRE COUNTY COUNCIL')."""
    named = " ".join(written.split())
    return named.title() if named.isupper() else named


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _force_named(found: str) -> str:
    other = OTHER_BODY_AND_RE.match(found)
    return other.group("force") if other and is_body_word(other.group("body")) else force_without_holder(found)
# A word cut by a page break: the line ends inside it, a footer or header with a rule or the page's number follows,
# and the next page opens with the rest of the word in small letters ('Elin Mair Har' ... 'ries, and to').
PAGE_CUT_RE = re.compile(r"[^\S\n]*\n(?=(?:[^\n]*\n){0,4}?[^\S\n]*(?:[_=~*-]{4,}|[^\n]*\S[^\S\n]{3,}\d{1,4})[^\S\n]*\n)"
                         r"(?:[^\n]*\n){1,6}?[^\S\n]*(?P<rest>[a-z]+)\b")


class ExtractionError(ValueError):
    """A loader emitted something the model does not allow (a bug in the loader)."""


@dataclass
class PendingRole:
    name: str
    title: str | None
    surname_only: bool
    relation: str
    evidence: Span
    name_span: Span | None
    role: str | None
    organisation: str | None
    extractor: str
    role_span: Span | None = None


@dataclass
class Context:
    document: Document
    family: str = "unknown"
    model: Model = field(default_factory=load_model)
    gazetteer: Gazetteer = field(default_factory=load_gazetteer)
    statements: dict[str, Statement] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    roles: list[PendingRole] = field(default_factory=list)
    extractor: str = "loader"
    home_area: str | None = None  # the area the document is about: "the Service" in it is that area's service
    home_date: str | None = None  # when it was published or the meeting held: a renamed service's name then
    home_body: str | None = None  # whose paper it is: COUNCIL, BOARD (a youth justice board's) or INSPECTORATE
    home_police_area: str | None = None  # the force area of a home area the gazetteer lacks, as its papers state it
    post_organisations: dict[tuple[str, str | None], str | None] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def document_entity(self) -> str:
        return "doc-" + self.document.id

    def make_id(self, schema: str, *keys: object) -> str:
        return schema.lower() + "-" + stable_hash(self.document.id, *keys)

    def warn(self, message: str) -> None:
        self.warnings.append(f"{self.document.name}: {message}")

    def emit(self, entity: str, schema: str, prop: str, value: object, where: Span | tuple[int, int],
             extractor: str | None = None) -> None:
        """One statement: entity.prop = value, read at `where` in the document."""
        if value is None or value == "":
            return
        self.model.property(schema, prop)
        start, end = (where.start, where.end) if isinstance(where, Span) else where
        if not 0 <= start < end <= len(self.text):
            raise ExtractionError(f"span {start}:{end} outside {self.document.name}")
        text = str(value)
        statement = Statement(entity, schema, prop, text, self.document.name, self.document.id,
                              start, end, self.text[start:end], extractor or self.extractor,
                              self.document.page_at(start))
        self.statements[statement.id] = statement

    def entity(self, schema: str, *keys: object) -> EntityBuilder:
        return EntityBuilder(self, schema, self.make_id(schema, *keys))

    def organisation(self, name: str, where: Span | tuple[int, int]) -> str:
        """The organisation a name stands for (through the gazetteer), with the area it serves where known."""
        ref = self.gazetteer.organisation(name, self.home_area, self.home_date)
        if ref.area is None and self.home_police_area and self.gazetteer.force_area(ref.name) == self.home_police_area:
            ref = replace(ref, area=self.home_area)  # the force or commissioner of a borough the gazetteer lacks
        self.emit(ref.id, "Organisation", "name", ref.name, where)
        written = " ".join(name.split())
        if ref.name != written:
            self.emit(ref.id, "Organisation", "alias", written, where)
        if ref.kind:
            self.emit(ref.id, "Organisation", "kind", ref.kind, where)
        if ref.area:
            self.emit(ref.id, "Organisation", "area", self.area(ref.area, where), where)
        return ref.id

    def service_of(self, area: str | None) -> str | None:
        """The name of the youth justice service of `area`, as the gazetteer names it (None without an area)."""
        return self.gazetteer.organisation(f"{area} YOS", area).name if area else None

    def area(self, name: str, where: Span | tuple[int, int]) -> str | None:
        """The area named, if it is a place the gazetteer knows or the document's own area (read from its
        title); any other name (a person's, a garbled title's) is no area: None, and a warning."""
        if self.gazetteer.place(name) is None and self.gazetteer.area_name(name) != self.home_area:
            self.warn(f"{name.strip()!r} is not a place the gazetteer knows; not kept as an area")
            return None
        ref = self.gazetteer.area(name)
        self.emit(ref.id, "Area", "name", ref.name, where)
        if ref.name != name.strip():
            self.emit(ref.id, "Area", "alias", name.strip(), where)
        return ref.id

    def document_fact(self, prop: str, value: object, where: Span | tuple[int, int]) -> None:
        self.emit(self.document_entity, "Document", prop, value, where)

    def person_role(self, name: NameMatch | str, relation: str, evidence: Span, *, role: str | None = None,
                    organisation: str | None = None, title: str | None = None,
                    role_span: Span | None = None, extractor: str | None = None) -> None:
        """A person named in the document, in a relation to it, with the role and organisation as written.

        Roles are collected and written at `finish()`, after surname-only mentions
        ("Councillor Hockaday") have been matched to the full name used elsewhere in the document.
        """
        if relation not in self.model.relations:
            raise ExtractionError(f"unknown relation {relation!r}")
        role = post_written(role)
        if role and role_span:
            role, role_span = wrapped_post(self.text, role, role_span)
        if isinstance(name, NameMatch):
            pending = PendingRole(name.name, name.title or title, name.surname_only, relation, evidence,
                                  Span(name.start, name.end, self.text[name.start:name.end]), role, organisation,
                                  extractor or self.extractor, role_span)
        else:
            bare, found_title = split_title(name)
            pending = PendingRole(bare, title or found_title, False, relation, evidence, None, role,
                                  organisation, extractor or self.extractor, role_span)
        if not name_key(pending.name):
            return
        self.roles.append(pending)

    def contact(self, person_name: str, where: Span, *, email: str | None = None, phone: str | None = None) -> None:
        person = self.person_id(person_name)
        self.emit(person, "Person", "email", email, where)
        self.emit(person, "Person", "phone", phone, where)

    def person_id(self, name: str) -> str:
        return "person-" + stable_hash(self.document.id, name_key(name))

    def finish(self) -> list[Statement]:
        """Write the collected roles and return every statement of the document."""
        self._names_cut_by_the_line()
        full_names = _by_surname(role.name for role in self.roles if not role.surname_only)
        written_names: dict[str, set[str]] | None = None
        loose: dict[str, set[str]] | None = None
        for role in self.roles:
            if role.surname_only:
                candidates = _full_names_of(role.name, full_names)
                if not candidates:
                    # 'Councillor Rees-Tudor' of someone named in full only where no role was read ('Portfolio: ...
                    # – Councillor Bethan Rees-Tudor'): the full names written anywhere in the document
                    if written_names is None:
                        written_names = _by_surname(n.name for n in find_names(self.text) if not n.surname_only)
                    candidates = _full_names_of(role.name, written_names)
                if not candidates and role.title in FORENAME_TITLES:
                    candidates = _forename_of(role.name, full_names)  # 'Dame Cecily added': Dame Cecily Haworth
                if not candidates:
                    # 'Mr Sowerby replied' of the 'Mark Sowerby of NHS Corvenby' the minutes name once, a forename
                    # the strict reading leaves out (a word too: 'Mark', 'Grace'): the document names them twice
                    loose = loose if loose is not None else self._loose_names_alone()
                    candidates = _full_names_of(role.name, loose)
                if len(candidates) == 1:
                    role.name = next(iter(candidates))
                    role.surname_only = False
        self._initials_to_full_names(full_names)
        if any(is_initials(role.name.split()[0]) for role in self.roles if not role.surname_only):
            # 'Councillor G. Morgan' in the list of those present is 'the Leader, Councillor Gwenllian Morgan' the
            # minutes name in full where no role was read
            if written_names is None:
                written_names = _by_surname(n.name for n in find_names(self.text) if not n.surname_only)
            # and a name the page's end cut ('the Democratic Services Officer, Joanne Pickers' / the footer / 'gill,
            # in consultation'), its surname made whole with the next page's first letters
            for cut_name in _names_cut_at_page_end(self.text):
                written_names.setdefault(surname(cut_name), set()).add(cut_name)
            self._initials_to_full_names(written_names)
        # a lead inspector a team's list names again ('led by HM Inspector Jo Lee' above 'HM Inspector:  Jo Lee' over
        # 'Inspectors:') leads the team, no more (a row read from the same words is that reading's, not a second list)
        leads = [r for r in self.roles if r.relation == "lead_inspector"]
        self.roles[:] = [r for r in self.roles if r.relation != "inspection_team" or not any(
            name_key(lead.name) == name_key(r.name) and not _overlap(lead.evidence, r.evidence) for lead in leads)]
        self._cabinet_seats_of_posts()
        written = {(name_key(r.name), r.relation): r for r in reversed(self.roles) if r.role}
        # a speaker's words with no post ('Ms Hart said the plan was on track') are spoken in the post the document
        # gives them where it lists them (attending as 'Jo Hart, YJB Oversight Manager')
        listed = {name_key(r.name): r for r in reversed(self.roles) if r.role and r.relation != "quoted"}
        chairs = {name_key(r.name) for r in self.roles if r.relation == "board_chair"}
        inspectors = {name_key(r.name) for r in self.roles if r.relation in INSPECTION_RELATIONS}
        roles = _with_whole_posts([_with_post_of(role, written.get((name_key(role.name), role.relation)) or (
            listed.get(name_key(role.name)) if role.relation == "quoted" else None)) for role in self.roles])
        organisations = [self._written_organisation(role) for role in roles]
        # A body written for someone once in the document ('Ann Lee, Probation Service' in the membership table) is
        # theirs where the document names them again with none ('For further information contact Ann Lee'); a board
        # chair's board is no employer.
        bodies: dict[str, str] = {}
        for role, organisation in zip(roles, organisations, strict=True):
            if organisation and role.relation != "board_chair":
                bodies.setdefault(name_key(role.name), organisation)
        for role, organisation in zip(roles, organisations, strict=True):
            self._write_role(role, chairs, self._county_member(role) or organisation or bodies.get(name_key(role.name))
                             or self._speaking_for(role, inspectors))
        self.roles.clear()
        return sorted(self.statements.values(), key=lambda s: (s.start, s.entity, s.prop, s.value))

    def _cabinet_seats_of_posts(self) -> None:
        """A person whose post in the document is a cabinet's seat ('Leader of Tarnholme County Council', 'Lead Member
        for Children's Services') sits on the cabinet whatever part a reader gave them there (named in passing, on a
        copy list, at a board's meeting): `cabinet_member` too, once, of the body the post names or implies (a shadow's
        or a former holder's post is none: `CABINET_POST_RE`)."""
        seated = {name_key(r.name) for r in self.roles if r.relation == "cabinet_member"}
        for role in list(self.roles):
            key = name_key(role.name)
            if key in seated or role.surname_only or not role.role or not _names_a_seat(role.role):
                continue
            seated.add(key)
            if role.relation == "other":  # (named only in passing: the seat is their part in the document)
                role.relation, role.organisation = "cabinet_member", None
            else:
                self.roles.append(replace(role, relation="cabinet_member", organisation=None))

    @cached_property
    def _loose_matches(self) -> list[NameMatch]:
        """The full names the document writes, read loosely (a forename that is also a word, a surname no list
        knows)."""
        return [n for n in find_names(self.text, strict=False) if not n.surname_only]

    def _loose_names_alone(self) -> dict[str, set[str]]:
        """The loose full names written on one line whose forename is no surname the readers read ('Ogundipe' /
        'Ruddock' ending and opening two rows of a grid of surnames is not 'Ogundipe Ruddock'), by surname."""
        surnames = {surname(role.name) for role in self.roles}
        return _by_surname(n.name for n in self._loose_matches
                           if "\n" not in self.text[n.start:n.end] and name_key(n.name).split()[0] not in surnames)

    def _names_cut_by_the_line(self) -> None:
        """A name a reader cut where the line broke it, with a hyphen ('Penelope Strat-' / 'ford-Lyle', 'Marcus Pendle-'
        in a column whose rest is lost) or between its words ('... Trevor Quayle and Anwen' / 'Vickery-Jones.'), or
        where it took a title and a forename for a title and a surname ('Detective Superintendent Grace' of 'Grace
        Oyelaran'), is the one full name that goes on from it: one the document names in full elsewhere, else the
        words the text goes on with, when the document writes that surname elsewhere too (or, for the forename
        after a title, on the same line). The fragment never becomes a person of its own."""
        cut = [(role, going) for role in self.roles if role.name_span and (going := _cut_after(self.text, role))]
        if not cut:
            return
        del cut[CUTS_TRIED:]  # each is compared with the document's names: a few a document
        named = {role.name for role in self.roles if not role.surname_only and len(name_key(role.name).split()) > 1}
        for role, going in cut:
            span = role.name_span
            assert span is not None
            # the full names written elsewhere: not a loose reading of this very place ('Marcus Pendle-' / 'Chair')
            known = named | {n.name for n in self._loose_matches if n.end <= span.start or n.start >= span.end}
            whole = _name_going_on(self.text, role, going, known)
            if whole is not None:
                role.name, role.surname_only = whole, False

    def _initials_to_full_names(self, full_names: dict[str, set[str]]) -> None:
        """'Councillor F. Whitlock' in the list of those present is the 'Councillor Farida Whitlock' the minutes name
        in full: the one full name of the document with that surname whose first name has that initial; 'Cllr H. T.
        Jones', the 'Councillor Huw Tudur Jones' of the membership line, each initial a forename's."""
        for role in self.roles:
            first = role.name.split()[0]
            if role.surname_only or not is_initials(first):
                continue
            initial = first[0]
            initials, family = name_parts(role.name)
            candidates = {full for full in full_names.get(surname(role.name), set())
                          if not is_initials(full.split()[0]) and full[0] == initial
                          and (name_key(full).split()[1:] == name_key(role.name).split()[len(first.rstrip(".").split(".")):]
                               or len(initials) > 1 and name_parts(full)[1] == family
                               and initials_agree(initials, name_parts(full)[0]))}
            if len(candidates) == 1:
                role.name = next(iter(candidates))

    def _write_role(self, role: PendingRole, chairs: set[str], written: str | None) -> None:
        person = self.person_id(role.name)
        where = role.name_span or role.evidence
        self.emit(person, "Person", "name", role.name, where, role.extractor)
        self.emit(person, "Person", "title", role.title, where, role.extractor)
        involvement = self.make_id("Involvement", name_key(role.name), role.relation, role.role)
        ev = role.evidence
        self.emit(involvement, "Involvement", "person", person, ev, role.extractor)
        self.emit(involvement, "Involvement", "relation", role.relation, ev, role.extractor)
        self.emit(involvement, "Involvement", "role", role.role, role.role_span or ev, role.extractor)
        self.emit(involvement, "Involvement", "document", self.document_entity, ev, role.extractor)
        organisation = self._service_named(self._council_named(self._employer(role, chairs, written), role.role), role.role)
        if organisation:
            self.emit(involvement, "Involvement", "organisation", self.organisation(organisation, ev), ev,
                      role.extractor)

    def _employer(self, role: PendingRole, chairs: set[str], written: str | None) -> str | None:
        """The organisation of a role: as written or named by the role (`written`), else what the relation and the
        paper imply. A youth justice board's chair chairs the board of the area's service, whoever employs them (a
        police superintendent, a director of the council), and signs the board's plan or report as its chair."""
        if role.relation in ("board_chair", "author") and self.home_area and (
                role.relation == "board_chair" or name_key(role.name) in chairs and not self._signs_in_own_post(role, written)
                ) and not (written and self._board_elsewhere(written)):
            return f"{self.home_area} YOS"
        if role.relation == "quoted" and self.home_body == BOARD and self.home_area and name_key(role.name) in chairs \
                and not (written and self._board_elsewhere(written)):
            return f"{self.home_area} YOS"  # the board's chair speaks at its meeting as its chair, not for their employer
        return written or self._implied_organisation(role, chairs)

    def _county_member(self, role: PendingRole) -> str | None:
        """A county councillor in a district's paper ('County Councillor Jo Bloggs, Cabinet Member for ...', 'Jo
        Bloggs, the county's cabinet member') sits for the one county council the paper names, not the district."""
        if role.relation in ("board_member", "board_chair"):
            return None  # on a youth justice board they sit for the board's service
        county_post = bool(role.role and COUNTY_POST_RE.match(role.role))
        titled = bool(role.title and "Councillor" in role.title and role.name_span and (COUNTY_TITLE_RE.search(
            self.text, max(0, role.name_span.start - 12), role.name_span.start) or COUNTY_TIER_RE.match(
            self.text, role.name_span.start)))
        county = self.county_council if county_post or titled else None
        if county is None and role.role and COUNTY_MEMBER_POST_RE.match(role.role):
            # 'County Councillor, Cabinet Member CYP' written as the post: the county council, named in full or by its
            # letters ('Director of Children's Services FCC')
            county = self.county_council or self.county_council_by_letters
        if county is None or self.home_area and fold(self.home_area) in fold(county):
            return None
        return county

    def _council_named(self, organisation: str | None, post: str | None = None) -> str | None:
        """The council the document names where a role would be given one it does not: in a district inside a
        two-tier county, '<District> Council' made up from the area's name is the county council the paper is
        from ('WENSCOMBESHIRE COUNTY COUNCIL' over its minutes), or the one county council a paper naming no council
        of the district names; the area's own council, named in any form ('Kelsworth District Council'), stays. A
        council the post names by its letters ('Director of Children's Services FCC', 'Head of Community Services
        KDC') is that council; the area's own named in the post ('Chief Executive, Kelsworth District Council',
        'Kelsworth DC') stays the area's."""
        if not self.home_area or organisation and fold(organisation) != fold(f"{self.home_area} Council"):
            return organisation
        by_letters = self._council_by_letters(post)
        if by_letters or not organisation:
            return by_letters or organisation
        return organisation if self._names_own_council(post) else self.area_council or organisation

    @cached_property
    def councils_by_letters(self) -> dict[str, str]:
        """The councils the document may write by their letters ('FCC', 'KDC'), each the initials of a place it names
        in a body's name ('Fellshire Constabulary', 'NHS Fellshire', the area's own) and those of the council's kind:
        letters two places share name neither."""
        assert self.home_area is not None
        places = {" ".join(found.group("before" if found.group("before") else "after").split())
                  for found in PLACE_IN_BODY_RE.finditer(self.text)} | {self.home_area}
        councils: dict[str, set[str]] = {}
        for written in places:
            words = written.split()
            while words and (is_body_word(words[0]) or is_post_word(words[0])):
                words = words[1:]  # 'Superintendent Wenlow Constabulary': the rank before the place
            place = " ".join(words)
            if not words or any(is_body_word(word) or is_post_word(word) for word in words) or not opens_a_place(place):
                continue
            initials = "".join(word[0] for word in words if word[:1].isupper())
            for letters, kind in COUNCIL_KIND_LETTERS.items():
                councils.setdefault(initials + letters, set()).add(f"{place} {kind}")
        return {letters: next(iter(named)) for letters, named in councils.items() if len(named) == 1}

    @cached_property
    def county_council_by_letters(self) -> str | None:
        """The one county council the document writes by its letters ('Director of Children's Services FCC')."""
        named = {self.councils_by_letters[found] for found in LETTERS_RE.findall(self.text) if found in self.councils_by_letters}
        county = {council for council in named if COUNTY_KIND_RE.search(council)}
        return next(iter(county)) if len(county) == 1 else None

    def _council_by_letters(self, post: str | None) -> str | None:
        """The council a post names by its letters ('... Services FCC (Chair)'), the one the document's places give."""
        if not post or not self.home_area:
            return None
        named = {self.councils_by_letters[found] for found in LETTERS_RE.findall(post) if found in self.councils_by_letters}
        return next(iter(named)) if len(named) == 1 else None

    def _names_own_council(self, post: str | None) -> bool:
        """Whether a post names the area's own council: in full, with its kind ('Kelsworth District Council'), by its
        kind's letters after the place ('Kelsworth DC') or by its letters alone ('KDC')."""
        if not post or not self.home_area:
            return False
        place = r"\s+".join(map(re.escape, self.home_area.split()))
        own = councils_by_letters_of(self.home_area)
        return bool(re.search(rf"\b{place}\s+(?:(?:[A-Z][a-z]+\s+){{0,2}}Council|(?:M?B|C?B|D|C)C)\b", post)) or any(
            found in own for found in LETTERS_RE.findall(post))

    def _service_named(self, organisation: str | None, post: str | None = None) -> str | None:
        """The service a paper's head names where a role would be given one made up from the area's name: a
        district's work run by the county's service ('(Wenscombeshire Youth Offending Service - Dunsmere Vale
        locality)' under the title) has its board and staff in that service, unless the paper names the district's
        own service too; and the county's service where the post says so in a district's paper naming one county
        council ('head of the county youth justice service')."""
        if not organisation or not self.home_area:
            return organisation
        county = self.county_council if post and COUNTY_SERVICE_POST_RE.search(post) else None
        if county and fold(self.home_area) not in fold(county) and OWN_SERVICE_RE.fullmatch(
                organisation.removeprefix(self.home_area).strip()):
            return f"{COUNTY_KIND_RE.sub('', county).strip()} YOS"
        if organisation != f"{self.home_area} YOS":
            return organisation
        return self.area_service or organisation

    @cached_property
    def area_service(self) -> str | None:
        """The one youth justice service of another place a paper's head names, where the paper names none of its
        area's own (see `_service_named`)."""
        assert self.home_area is not None
        area = fold(self.home_area)
        named = {" ".join(found.group(0).split()) for found in HEAD_SERVICE_RE.finditer(self.text, 0, min(len(self.text), HEAD_CHARS))
                 if opens_a_place(found.group(0))}
        if len(named) != 1 or area in fold(next(iter(named))):
            return None
        own = re.compile(r"\s+".join(map(re.escape, self.home_area.split())) + r"\s+(?:Youth\s+(?:Offending|Justice)|YOS\b|YOT\b|YJS\b)",
                         re.IGNORECASE)
        return None if own.search(self.text) else next(iter(named))

    @cached_property
    def area_council(self) -> str | None:
        """The council a paper of a district means by the council, where it is the county's (see `_council_named`);
        and that of a council's paper whose letterhead names another place's council than its area's: a district's
        report on the county's service ('SALTINGHOPE DISTRICT COUNCIL' over 'Merrowgate Youth Justice Service -
        Inspection Outcome') is the district's, and so are the officers and councillors it names without a body."""
        assert self.home_area is not None
        area = fold(self.home_area)
        head = next(KIND_COUNCIL_RE.finditer(self.text, 0, min(len(self.text), HEAD_CHARS)), None)
        if head and (COUNTY_KIND_RE.search(head.group(0)) or self.home_body == COUNCIL) and area not in fold(head.group(0)):
            return _council_name(head.group(0))
        own = re.compile(r"\s+".join(map(re.escape, self.home_area.split())) + r"(?:\s+\w+){0,2}?\s+Council\b", re.IGNORECASE)
        if own.search(self.text) or self._names_own_council(self.text) or not self.county_council \
                or area in fold(self.county_council):
            return None
        return self.county_council

    def council_meant(self, written: str) -> str | None:
        """'the district council', 'the county council': the one council of that kind the document names by name."""
        kind = THE_COUNCIL_RE.fullmatch(written.strip())
        if not kind:
            return None
        named = {council for council in self.councils_named if fold(kind.group(1)) in fold(council).split()}
        return next(iter(named)) if len(named) == 1 else None

    @cached_property
    def councils_named(self) -> frozenset[str]:
        """Every council the document names with its kind ('Northmoorshire County Council'), each in one form."""
        return frozenset(_council_name(found.group(0)) for found in KIND_COUNCIL_RE.finditer(self.text))

    @cached_property
    def county_council(self) -> str | None:
        """The one county council the document names ('Wenmouthshire County Council'), else None."""
        named = {" ".join(found.group(0).split()) for found in COUNTY_COUNCIL_RE.finditer(self.text)}
        return next(iter(named)) if len(named) == 1 else None

    def _board_elsewhere(self, written: str) -> bool:
        """The board the chair's post names is not the area's: a national one, or another place's service's (a
        county's board in a district's paper: 'chairs the Wenmouthshire Youth Justice Management Board')."""
        named = self.gazetteer.organisation(written, self.home_area)
        return named.kind in NATIONAL_KINDS or named.kind == "youth_offending_service" and \
            named.id != self.gazetteer.organisation(f"{self.home_area} YOS", self.home_area).id

    def _signs_in_own_post(self, role: PendingRole, written: str | None) -> bool:
        """An author who chairs the board but writes in their employer's post alone (a council report 'of' its
        Corporate Director): their employer's; signing as the board's chair too, on the line below, makes it the
        board's plan."""
        below = self.text.find("\n", self.text.find("\n", role.evidence.end) + 1)
        signed = self.text[role.evidence.start:below if below >= 0 else len(self.text)]
        return bool(written and role.role and not re.search(r"\bchair", signed, re.IGNORECASE))

    @cached_property
    def police_force(self) -> str | None:
        """The one police force the document names, which an officer named by rank alone ('Ch Supt Jo Hart') serves;
        None where it names none or several."""
        forces = {self.gazetteer.organisation(_force_named(found.group(1)), self.home_area).name
                  for found in POLICE_FORCE.finditer(self.text) if not THE_WORD.match(found.group(1))
                  and not self.text.startswith(" and Crime", found.end()) and not _cell_over_line(self.text, found)}
        return next(iter(forces)) if len(forces) == 1 else None

    def _speaking_for(self, role: PendingRole, inspectors: set[str]) -> str | None:
        """Someone of the inspection quoted with no body written ('Helena Marsh, who heads the Inspectorate's youth
        inspection programme, added') speaks for the inspectorate."""
        if role.relation == "quoted" and name_key(role.name) in inspectors:
            return self.gazetteer.default_inspectorate
        return None

    def _written_organisation(self, role: PendingRole) -> str | None:
        """A body written beside the name (just after it, or in the row's last cell), which says more than what the
        loader inferred; else the loader's; else the one the role names or implies."""
        beside = role.name_span and organisation_after_name(self.text, role.name_span.end, self.home_area,
                                                            gazetteer=self.gazetteer)
        # a loader's body that is only the next person of a list ('Inspectors: A, B and C Dee': 'and C Dee') is none
        given = role.organisation if role.organisation and not is_only_a_name(role.organisation) else None
        cell = organisation_cell(role.evidence.text, self.home_area, gazetteer=self.gazetteer)
        if cell and given and given != cell and given.endswith(" " + cell):
            cell = given  # 'Kent Downs and Denbridge' / 'Probation Trust': the body wrapped, its last line no body of its own
        if given and not beside and not cell and role.role and role.relation in COUNCIL_OFFICERS | {"quoted"} \
                and self._heads_the_service(given, role.role):
            given = None  # the council's paper lists its officers as the council's: the service's head serves the service
        force = self._force_of_rank(role)
        if force and role.role and given in (None, self.organisation_of_post(role.role)):
            given = force  # the inspectorate a bare 'Chief Inspector' implies was a guess, not a body written
        return (beside or cell
                or given
                or role.role and self.organisation_of_post(role.role) or None)

    def _force_of_rank(self, role: PendingRole) -> str | None:
        """'Chief Inspector Gail Moorcroft' with no other post, attending or speaking: the rank written as her title
        is her post, and her employer the one police force the document names, not the inspectorate a bare 'Chief
        Inspector' implies ('the Chief Inspector, X,' and 'HM Chief Inspector X' are the inspectorate's chief)."""
        rank = " ".join(role.role.split()) if role.role else ""
        if not rank or not POLICE_TITLE.fullmatch(rank) or role.relation in INSPECTION_RELATIONS | {"chief_inspector"}:
            return None
        as_title = role.title == rank or role.role_span is not None and role.name_span is not None \
            and role.role_span.end <= role.name_span.start and not self.text[role.role_span.end:role.name_span.start].strip() \
            and not re.search(r"\b(?:HM|the)\s*$", self.text[max(0, role.role_span.start - 5):role.role_span.start],
                              re.IGNORECASE)
        return self.police_force if as_title else None

    def _heads_the_service(self, given: str, post: str) -> bool:
        """A post of the area's youth justice service ('Head of Youth Justice', 'YOS Manager') given the area's council
        only as the body of a council's paper: the officer serves the service, as the post says."""
        if not self.home_area or fold(given) != fold(f"{self.home_area} Council") or CHAIR_WORD.search(post):
            return False  # (a board's chair addressed at the council employing them is the council's)
        implied = self.organisation_of_post(post)
        service = self.gazetteer.organisation(f"{self.home_area} YOS", self.home_area).name
        return implied == service

    def organisation_of_post(self, post: str) -> str | None:
        """The organisation a post implies in this document (`organisation_for_role`), read once a post: a speaker
        named many times is given their one post each time."""
        key = (post, self.home_area)
        if key not in self.post_organisations:
            self.post_organisations[key] = organisation_for_role(post, self.home_area, gazetteer=self.gazetteer)
        return self.post_organisations[key]

    def _implied_organisation(self, role: PendingRole, chairs: set[str]) -> str | None:
        """Where nothing is written: the inspection team is the inspectorate's, and so is the press office of its own
        releases; the board's chair speaks as its chair; a councillor sits for the area's council; a council's
        officers at its meetings and on its reports are the council's; those at a board's meeting with a post but
        no body written (its chair, its minute taker) are the service's own staff, who run its board. A bare name
        says nothing of whom they work for."""
        if role.relation in INSPECTION_RELATIONS:
            return self.gazetteer.default_inspectorate
        if role.relation == "contact_officer":  # (the evidence is read for contacts only: a long row has many people)
            named = self.gazetteer.inspectorate_named(role.evidence.text)
            if named or self.home_body == INSPECTORATE:
                return named or self.gazetteer.default_inspectorate
        if role.title and POLICE_TITLE.fullmatch(role.title) and self.police_force:
            return self.police_force
        if not self.home_area:
            return None
        service, council = f"{self.home_area} YOS", f"{self.home_area} Council"
        chair = name_key(role.name) in chairs
        if role.relation == "quoted" and chair:
            return service
        if role.title == "Councillor" or self.home_body == COUNCIL and role.relation in COUNCIL_OFFICERS:
            return council
        if self.home_body == BOARD and role.relation in MEETING_RELATIONS and (
                role.role or role.relation == "minute_taker" or chair):
            return service
        return None


def _cell_over_line(text: str, found: re.Match[str]) -> bool:
    """'... Supt. Oduya ...... Yes' / 'Police ...... Insp. Lee': a table's last cell and the next row's first, not a
    force's name broken over two lines; 'D/Supt Jo Hart<tab>Police': a row's name cell and its body's, not a force
    named after a person."""
    return (re.search(r"\S(?:\t|[^\S\n]{3})", found.group(1)) is not None  # a gap after a word; a wrapped line's indent is none
            or "\n" in found.group(1) and re.search(r"(?:\t|[^\S\n]{3}|\.{3}[^\S\n]*)$", text[max(0, found.start() - 80):found.start()]) is not None)


def _names_a_seat(post: str) -> bool:
    """Whether a post, or one of the posts written in it, is a cabinet's seat: 'Cabinet Member for Children', 'Leader,
    Eastmere City Council', 'Chair; Leader of Eastmere Council'; not a sentence that names one ('In reply to the
    Cabinet Member for Housing')."""
    return any(CABINET_POST_RE.match(part.strip().removeprefix("the ")) for part in [post, *POST_PARTS_RE.split(post)])


def _by_surname(names: Iterable[str]) -> dict[str, set[str]]:
    """Full names (two words or more) by their surname."""
    found: dict[str, set[str]] = {}
    for name in names:
        if len(name_key(name).split()) > 1:
            found.setdefault(surname(name), set()).add(name)
    return found


NAME_TAIL = 60  # characters: the end of a line a name may take
PAGE_CUTS_TRIED = 20  # lines ending in a name tried for a page's break after them, at most, a document


def _names_cut_at_page_end(text: str) -> Iterator[str]:
    """The full names written at a page's foot whose last word the page cut, made whole with the next page's first
    letters ('Joanne Pickers' + 'gill')."""
    line_start = tried = 0
    for line_end in re.finditer(r"\n", text):
        words_end = line_start + len(text[line_start:line_end.start()].rstrip())
        # the line's last words alone (a copy: find_names leaves out a name the page cuts), a name ending it in small
        # letters; only then the page's break after it, a few times a document
        line = text[max(line_start, words_end - NAME_TAIL):words_end]
        last = next(reversed(find_names(line)), None) if line[-1:].islower() and tried < PAGE_CUTS_TRIED else None
        if last is not None and not last.surname_only and last.end == len(line):
            tried += 1
            cut = PAGE_CUT_RE.match(text, words_end)
            if cut is not None:
                yield f"{last.name}{cut.group('rest')}"
        line_start = line_end.end()


# What may follow a name a line's end cut: a hyphen (the word goes on) or nothing (the next word does), then the break.
LINE_CUT_RE = re.compile(r"(?P<hyphen>-?)[^\S\n]*\n")
SAME_LINE_WORD_RE = re.compile(r" (?=[A-Z])")
NEXT_LINE_REACH = 80  # characters of the next line a cut name's rest may take
CUTS_TRIED = 20  # names a line's or page's end may have cut, at most, a document


def _cut_after(text: str, role: PendingRole) -> str | None:
    """How `role`'s name may go on past where the reader ended it: 'page' (the page's end cut its last word, the rest
    in small letters after the footer), 'hyphen' (a line's end cut a word), 'line' (a line's end cut a forename
    written alone from its surname), 'cell' (the same in a row of cells: the surname opens the cell under it),
    'same line' (a title and a forename read as a title and a surname), or None."""
    span = role.name_span
    assert span is not None
    if PAGE_CUT_RE.match(text, span.end):
        return "page"
    cut = LINE_CUT_RE.match(text, span.end)
    if cut and cut.group("hyphen"):
        return "hyphen"
    if cut and len(role.name.split()) == 1:
        return "cell" if _in_cells(text, span.start, cut.end()) else "line"
    if cut is None and role.surname_only and role.title and SAME_LINE_WORD_RE.match(text, span.end):
        return "same line"
    return None


# A gap between a row's cells: a tab, or three blanks after a word.
CELL_GAP_RE = re.compile(r"\S(?:\t|[^\S\n\t]{3,})(?=\S)")


def _in_cells(text: str, start: int, next_line: int) -> bool:
    """Whether the line holding `start`, or the next one (from `next_line`), is a row of cells ('Councillors
    Bairstow   Entwistle-Khan   Ogundipe' / 'Ruddock   Sandoval'): a cell's word at a row's end is no name the line's
    end cut, and the next row's first cell is no surname of it."""
    line_start = text.rfind("\n", 0, start) + 1
    next_end = text.find("\n", next_line)
    return (CELL_GAP_RE.search(text, line_start, next_line) is not None
            or CELL_GAP_RE.search(text, next_line, len(text) if next_end < 0 else next_end) is not None)


def _name_going_on(text: str, role: PendingRole, going: str, known: set[str]) -> str | None:
    """The one full name `role`'s cut name is the start of (`Context._names_cut_by_the_line`), or None."""
    span = role.name_span
    assert span is not None
    key, words = name_key(role.name), len(role.name.split())

    def goes_on(full: str) -> bool:
        whole = name_key(full)
        return (whole.startswith(key) and len(whole) > len(key) and (going == "hyphen" or whole[len(key)] == " ")
                and len(split_title(full)[0].split()) == words + (going != "hyphen"))

    page = PAGE_CUT_RE.match(text, span.end) if going == "page" else None
    if page is not None:
        # 'Owen Trev' / 'Page 4 of 9' / 'arrow': the one name the two parts make
        parts = HYPHENED_RE.match(text, page.end())  # its other parts: 'Councillor Kwame Os' / footer / 'ei-Bonsu,'
        assert parts is not None  # it matches the empty string
        joined = f"{role.name}{page.group('rest')}{parts.group(0)}"
        # the rest, in small letters, ends a clause at once ('Curtis Ban' / footer / 'bury, are visible'): no word
        # of the next page's sentence
        ended = CLAUSE_MARK_RE.match(text, parts.end())
        return joined if joined in known or ended or _written_elsewhere(text, joined, span.start, parts.end()) else None
    found = {full for full in known if goes_on(full)} if going != "same line" else set()
    if len(found) == 1:
        return next(iter(found))
    if going == "cell":
        return _surname_in_cell_below(text, role)
    line_end = text.find("\n", span.end + 1)
    reach = len(text) if line_end < 0 else line_end if going == "same line" else min(len(text), line_end + NEXT_LINE_REACH)
    rest = [n for n in find_names(text, span.start, reach, strict=False)
            if span.start <= n.start < span.end and n.end > span.end and not n.surname_only and goes_on(n.name)]
    if len(rest) != 1:
        return None
    whole = rest[0]
    if going == "same line":
        return whole.name
    return whole.name if _written_elsewhere(text, whole.name, whole.start, whole.end) else None


CLAUSE_MARK_RE = re.compile(r"[,;:)]")
HYPHENED_RE = re.compile(r"(?:-[A-Z][a-z]+)*")
CELL_DRIFT = 4  # characters a column's cells may start apart on two lines
SURNAME_AND_KEY_RE = re.compile(r"(?P<surname>[A-Z][\w'’-]+)[^\S\n]*\((?P<key>[A-Z]{2,4})\)")


def _surname_in_cell_below(text: str, role: PendingRole) -> str | None:
    """A forename ending a cell ('Moorvale Police - Supt Hamish') whose surname opens the cell under it, with the
    initials the document keys the person by ('Achterberg (HA)'): the name those initials declare."""
    from kg.loaders.initials import initials_of  # initials reads names through the context

    span = role.name_span
    assert span is not None
    line_start = text.rfind("\n", 0, span.start) + 1
    gaps = [gap.end() for gap in CELL_GAP_RE.finditer(text, line_start, span.start + 1)]
    column = (gaps[-1] if gaps else line_start) - line_start
    below = text.find("\n", span.end) + 1
    below_end = text.find("\n", below)
    row = text[below:len(text) if below_end < 0 else below_end]
    for cell in re.finditer(r"\S+(?:[^\S\n\t]{1,2}\S+)*", row):
        if abs(cell.start() - column) <= CELL_DRIFT:
            keyed = SURNAME_AND_KEY_RE.match(cell.group(0))
            joined = f"{role.name} {keyed.group('surname')}" if keyed else None
            return joined if keyed and joined and keyed.group("key") in initials_of(joined) else None
    return None


def _written_elsewhere(text: str, name: str, start: int, end: int) -> bool:
    """Whether the document writes `name`'s surname outside text[start:end] too ('VICKERY-JONES, Ms A.', 'Councillor
    Vickery-Jones asked' of 'Anwen' / 'Vickery-Jones')."""
    parts = name_parts(name)[1].split()
    between = r"[^\S\n-]*+[\s-][^\S\n]*+"  # 'Vickery-Jones', 'VICKERY JONES', a line's end between the parts
    written = re.compile(rf"(?<![\w-]){between.join(re.escape(part) for part in parts)}(?![\w-])", re.IGNORECASE)
    return written.search(text, 0, start) is not None or written.search(text, end) is not None


def _full_names_of(alone: str, full_names: dict[str, set[str]]) -> set[str]:
    """'Mr Ashworth-Bell' is 'Graham Ashworth-Bell': a double surname is matched whole, by its last part; 'Ms Lloyd' is
    not 'W.J. Hopkins-Lloyd' (the words of the full name, not the parts of a hyphenated one, must match), nor
    'Councillor Dafydd' 'Rhys ap Dafydd' (a surname is matched with the particle that joins it)."""
    key = name_key(alone)
    return {full for full in full_names.get(surname(alone), set())
            if any(name_key(" ".join(words[-count:])) == key and whole_surname(words, count)
                   for words in [full.split()] for count in range(1, len(words)))}


# A knight or a dame is called by the title and the forename ('Sir Tom', 'Dame Cecily'), not the surname.
FORENAME_TITLES = frozenset({"Sir", "Dame"})


def _forename_of(alone: str, full_names: dict[str, set[str]]) -> set[str]:
    """'Dame Cecily' is 'Cecily Haworth': the full names whose forename is the one word written."""
    key = name_key(alone)
    return {full for names in full_names.values() for full in names if name_key(full.split()[0]) == key}


def _with_post_of(role: PendingRole, written: PendingRole | None) -> PendingRole:
    """A mention with no post ("Ms Mercer concludes") of someone whose post the document writes elsewhere in
    the same relation ("Assistant chief inspector Helen Mercer says") is that one involvement, not a second."""
    if role.role or written is None:
        return role
    role.role, role.role_span = written.role, written.role_span or written.evidence
    role.organisation = role.organisation or written.organisation
    return role


def _with_whole_posts(roles: list[PendingRole]) -> list[PendingRole]:
    """A mention whose post is only the start or the end of the post the document writes for the same person in the
    same relation ('Cabinet Member' beside 'Cabinet Member for Children and Families'; 'Cabinet Member for Children
    and' cut by the line's end; 'Children and Families' left of a wrapped label) has that whole post: one
    involvement, not a second whose role is a fragment. Of several whole posts, the longest. A word alone at the
    end is a post of its own ('Chair' is not the 'Vice Chair', nor a 'Member' the 'Co-opted Member')."""
    posts: dict[tuple[str, str], dict[str, PendingRole]] = {}
    for role in roles:
        if role.role:
            posts.setdefault((name_key(role.name), role.relation), {}).setdefault(fold(role.role), role)
    for role in roles:
        if not role.role:
            continue
        part = fold(role.role)
        wholes = [whole for folded, whole in posts[name_key(role.name), role.relation].items()
                  if part and (folded.startswith(part + " ") or " " in part and folded.endswith(" " + part))]
        if wholes:
            whole = max(wholes, key=lambda w: (len(fold(w.role or "")), w.role or ""))
            role.role, role.role_span = whole.role, whole.role_span or whole.evidence
            role.organisation = role.organisation or whole.organisation
    return roles


@dataclass
class EntityBuilder:
    """Statements about one entity: `ctx.entity("Rating", code).add("rating", "Good", span)`."""

    ctx: Context
    schema: str
    id: str

    def add(self, prop: str, value: object, where: Span | tuple[int, int]) -> EntityBuilder:
        self.ctx.emit(self.id, self.schema, prop, value, where)
        return self
