"""Organisations and areas resolved through aliases (ontology/gazetteer.yaml).

"HMI Probation" and "HM Inspectorate of Probation" are one organisation; "Barking & Dagenham"
and "London Borough of Barking and Dagenham" one area. The gazetteer knows every local
authority area of England and Wales (its `places`) with its council's proper name, so the
organisations of an area resolve whatever form a document writes them in:

- the area's youth offending service: "Havering YOS", "Havering YOT", "Havering Youth
  Offending Service" (or Team), "Havering Youth Justice Service", and "the Service" in a
  document about Havering, are one organisation, named as `services` says (else "AREA Youth
  Offending Service");
- the area's council: "Devon Council", "Devon County Council", "the County Council of Devon"
  are Devon County Council.

Names not in the gazetteer keep the name as written, compared after the same folding, so
they still meet their twins. The inspectorates carry the marks that name them in a role or a
team label ("HMI Constabulary inspectors"), and the gazetteer says which inspectorate a text
names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

import yaml

from kg.model import ontology_file
from kg.names import is_first_name
from kg.statements import stable_hash
from kg.vocabulary import is_meeting_word, is_post_noun

AREA_PREFIXES = re.compile(
    r"^(?:the\s+)?(?:london borough of|royal borough of|city of|county of|borough of|metropolitan borough of|"
    r"city and county of)\s+",
    re.IGNORECASE,
)
AREA_SUFFIXES = re.compile(
    r"\s+(?:(?:metropolitan\s+|county\s+)?(?:borough|county|city|district)(?:\s+council)?|council)$", re.IGNORECASE
)
REPEATED_WORD_RE = re.compile(r"\b([A-Z][\w'’-]+)(?: \1\b)+")
# A nation or region after a national body's name: 'National Probation Service Wales', 'Youth Justice Board Cymru'.
NATION_SUFFIX_RE = re.compile(r"(?<!\s)\s+\(?(?:Wales|Cymru|England|Scotland|(?:North|South)(?:\s+(?:East|West))?|East|West|"
                              r"Midlands|London)\)?$")
COUNCIL_SUFFIX = re.compile(r"\s+(?:(?:metropolitan\s+)?(?:county\s+)?(?:borough|county|city|district)\s+)?council$",
                            re.IGNORECASE)
COUNCIL_PREFIX = re.compile(r"^(?:the\s+)?(?:(?:london|royal|metropolitan)\s+borough\s+of|(?:city|county|borough)\s+"
                            r"council\s+of|city\s+of)\s+", re.IGNORECASE)
COUNCIL_BODY = re.compile(r"^(?:the\s+)?(?:(?:london|royal|metropolitan)\s+borough|(?:city|county|borough)\s+council)"
                          r"\s+of\s+", re.IGNORECASE)
# An office every area has one of, named by its kind alone: the document's area's ('Office of the Police and Crime
# Commissioner', 'Church of England Diocese' in the papers of two boroughs are two bodies).
# An area's safeguarding children board, however written: 'Westmere Safeguarding Children Board', 'Westmere LSCB'.
SAFEGUARDING_BOARD_RE = re.compile(r"(?P<place>[A-Z][\w'’-]*+(?: (?:[A-Z][\w'’-]*+|of|upon|on|and)){0,4}?) (?:Local )?"
                                   r"(?:Safeguarding Children Board|L?SCB)")
REGION_TAIL = re.compile(r" (?:North|South|East|West|Midlands|Yorkshire)(?: (?:North|South|East|West|and the Humber))?$")
BRACKETED_TAIL = re.compile(r"^([^()]+?) ?\(([^()]+)\)$")
LOCAL_OFFICE = re.compile(r"(?:the\s+)?(?:(?:office\s+of\s+the\s+)?police\s+and\s+crime\s+commissioner|"
                          r"(?:church\s+of\s+england\s+|(?:roman\s+)?catholic\s+)?diocese)", re.IGNORECASE)
SERVICE_FORM = re.compile(
    r"^(?:the\s+)?(?P<place>.+?)\s+(?:youth\s+offending(?:\s+and\s+prevention)?\s+(?:service|team)|"
    r"youth\s+justice\s+(?:service|team)|yos|yot|yjs)(?:\s+(?:management|partnership)\s+board)?$", re.IGNORECASE)
# How a document about an area names its own service without the area: "the Service", "the YOS".
PLACE_LIKE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:and|upon|on|&|[A-Z][\w'’-]*)){0,4}")
# A police force or a commissioner's office named by its force area: "Cleveland Police", "Essex Police
# and Crime Commissioner", "Office of the Police and Crime Commissioner for West Midlands".
FORCE_FORM = re.compile(
    r"^(?:the\s+)?(?:office\s+of\s+the\s+)?(?:police\s+and\s+crime\s+commissioner\s+for\s+(?:the\s+)?(?P<area>.+)|"
    r"(?P<force>.+?)\s+(?:police(?:\s+service)?|constabulary|police\s+and\s+crime\s+commissioner(?:'s\s+office)?))$",
    re.IGNORECASE)
# Councils that are no local authority: 'Northshire Youth Council', 'the Parish Council'.
NOT_COUNCIL_PLACES = {"youth", "parish", "town", "community", "school", "student", "sports", "arts", "research"}
NATIONAL = "national"  # the place standing for England and Wales: the remit of national bodies, not an area
SERVICE_ITSELF = re.compile(r"^(?:the\s+)?(?:service|yos|yot|yjs|youth\s+(?:offending|justice)\s+(?:service|team))$",
                            re.IGNORECASE)


@lru_cache(maxsize=50_000)  # the same names and roles are folded again and again
def fold(name: str) -> str:
    """Case, '&'/'and', apostrophes, punctuation and whitespace folded."""
    name = name.replace("&", " and ").replace("’", "'")
    name = re.sub(r"'s\b", "s", name)
    name = re.sub(r"[^A-Za-z0-9]+", " ", name).casefold()
    return " ".join(name.split())


# A Welsh force's bilingual name opens with 'Heddlu' ('Heddlu Morlais Police'): the force is 'Morlais Police'.
WELSH_NAME_OF_FORCE = re.compile(r"^Heddlu\s+(?=(?:\S+\s+){0,4}Police$)")


@dataclass(frozen=True)
class OrganisationRef:
    id: str
    name: str
    kind: str | None
    area: str | None = None  # the known place whose service or council this is


@dataclass(frozen=True)
class AreaRef:
    id: str
    name: str


class Gazetteer:
    def __init__(self, organisations: list[dict[str, object]], areas: dict[str, list[str]], *,
                 places: dict[str, str] | None = None, services: dict[str, object] | None = None,
                 police_areas: dict[str, list[str]] | None = None, default_inspectorate: str | None = None,
                 body_forms: dict[str, str] | None = None) -> None:
        self._orgs: dict[str, tuple[str, str | None]] = {}
        self._inspectorate_marks: list[tuple[re.Pattern[str], str]] = []
        self._forces: dict[str, str] = {}  # a listed police organisation's name -> its force area
        for entry in organisations:
            name = str(entry["name"])
            kind = entry.get("kind")
            if entry.get("police_area"):
                self._forces[name] = str(entry["police_area"])
            for alias in [name, *entry.get("aliases", [])]:  # type: ignore[misc]
                self._orgs[fold(str(alias))] = (name, str(kind) if kind else None)
            marks = entry.get("marks")
            if isinstance(marks, list) and marks:
                self._inspectorate_marks.append((re.compile("|".join(str(mark) for mark in marks)), name))
        self.default_inspectorate = default_inspectorate
        self._body_forms = dict(body_forms or {})
        self._areas: dict[str, str] = {}
        for canonical, aliases in areas.items():
            for alias in [canonical, *aliases]:
                self._areas[fold(alias)] = canonical
        self._raw_areas = areas
        self._councils = dict(places or {})
        self._services = {area: _periods(names) for area, names in (services or {}).items()}
        self._places = {fold(place): place for place in self._councils}
        self._places.update(self._areas)
        self._council_names = {fold(council): area for area, council in self._councils.items()}
        self._police = {place: force for force, covered in (police_areas or {}).items() for place in covered}
        self._force_names = {fold(force): force for force in (police_areas or {})}

    def organisation(self, name: str, home_area: str | None = None, when: str | None = None) -> OrganisationRef:
        """The organisation a name stands for; `home_area` and `when` (an ISO date) are the area and date of the
        document it is written in: a service renamed is one organisation per name it went by."""
        key = fold(name)
        if key in self._orgs:
            canonical, kind = self._orgs[key]
            return _org(canonical, kind or guess_kind(canonical), self.policed_area(canonical, home_area))
        area = self.council_area(name)
        if area:
            return _org(self.council_name(area), "local_authority", area)
        local = self.local_council_area(name, home_area)
        if local:
            return _org(self.council_name(local), "local_authority", self._home(local, home_area))
        body = self.local_body(name)
        if body:
            return _org(body, guess_kind(body), self.named_place(body) or self._home_named(body, home_area))
        service = self.service_area(name, home_area)
        if service:
            area, known = service
            return _org(self.service_name(area, when), "youth_offending_service",
                        area if known else self._home(area, home_area))
        canonical = WELSH_NAME_OF_FORCE.sub("", " ".join(name.split()))  # a name wrapped over two lines of a cell is one name
        safeguarding = SAFEGUARDING_BOARD_RE.fullmatch(canonical)  # 'X Safeguarding Children Board', 'X LSCB': the area's
        if safeguarding and canonical != (board := f"{safeguarding.group('place')} Local Safeguarding Children Board"):
            return self.organisation(board, home_area, when)  # one board, as a post names it ('Chair of the LSCB')
        # a body's region in brackets after its name is its name's last words ('YJB (North West)', 'YJB North West'):
        # one body, one name
        canonical = BRACKETED_TAIL.sub(r"\1 \2", canonical)
        region = REGION_TAIL.search(canonical)  # 'YJB North West': the national body's regional office is the body
        if region and region.start() and fold(canonical[:region.start()]) in self._orgs:
            return self.organisation(canonical[:region.start()], home_area, when)
        if home_area and LOCAL_OFFICE.fullmatch(canonical):  # each area's own, however alike their names
            return _org(canonical, guess_kind(canonical), self.area_name(home_area), of_area=True)
        # A force is its area's wherever a document about a place it covers names it, not the first place of its name;
        # a body named after the document's own place is that place's, a place learned from the document too.
        area = self.policed_area(canonical, home_area) if self.force_area(canonical) else (
            self.named_place(canonical) or self._home_named(canonical, home_area))
        return _org(canonical, guess_kind(canonical), area)

    def _home(self, place: str, home_area: str | None) -> str | None:
        """The document's own area, if `place` is it: a place learned from the document serves its bodies too."""
        return self.area_name(home_area) if home_area and fold(place) == fold(self.area_name(home_area)) else None

    def _home_named(self, name: str, home_area: str | None) -> str | None:
        """The document's own area, if a body's name opens with it ('Westfold Integrated Care Board')."""
        return self.area_name(home_area) if home_area and (fold(name) + " ").startswith(
            fold(self.area_name(home_area)) + " ") else None

    def named_place(self, name: str) -> str | None:
        """The known place a body's name opens with ('Havering Youth Court Bench', 'Sandwell Local Safeguarding
        Children Board'): the body is that place's."""
        words = name.split()
        return next((found for end in range(len(words) - 1, 0, -1)
                     if (found := self.place(" ".join(words[:end]))) and found != NATIONAL), None)

    def policed_area(self, name: str, home_area: str | None) -> str | None:
        """The document's area, if `name` is the police force or commissioner's office that covers it (Cleveland
        Police in a document about Stockton-on-Tees); None otherwise."""
        place = self.place(home_area) if home_area else None
        force = self.force_area(name)
        return place if place and force and self._police.get(place, place) == force else None

    def written_police_area(self, area: str, head: str) -> str | None:
        """The police force area of a place the gazetteer lacks, as the head of its papers states it: a borough they
        call 'London Borough of X' is London's (the Metropolitan Police and the Mayor's Office serve it); a crest's
        'X' over 'London Borough' too."""
        place = re.escape(area)
        if self.place(area) or not re.search(rf"\bLondon\s+Borough\s+of\s+{place}\b|\b{place}\s+London\s+Borough\b", head,
                                             re.IGNORECASE):
            return None
        return self._force_names.get(fold("London"))

    def force_area(self, name: str) -> str | None:
        """The police force area a force or commissioner's office is named after, if it is one the gazetteer knows."""
        if name in self._forces:
            return self._forces[name]
        form = FORCE_FORM.match(" ".join(name.split()))
        if not form:
            return None
        written = form.group("area") or form.group("force")
        return self._force_names.get(fold(written)) or self._force_names.get(fold(self.police_area(written)))

    def place(self, name: str) -> str | None:
        """The canonical name of a place the gazetteer knows, or None: 'Stockton' is Stockton-on-Tees."""
        cleaned = " ".join(name.split()).strip(" .,;:")
        return self._places.get(fold(cleaned)) or self._places.get(fold(AREA_PREFIXES.sub("", cleaned)))

    def places(self) -> list[str]:
        """Every name and alias of every known place, longest first (for finding them in text)."""
        names = {*self._councils, *(alias for alias, area in self._aliases() if area != "national")}
        return sorted(names, key=lambda n: (-len(n), n))

    def _aliases(self) -> list[tuple[str, str]]:
        return [(alias, area) for area, aliases in self._raw_areas.items() for alias in [area, *aliases]]

    def council_area(self, name: str) -> str | None:
        """The known place whose council this name is ('Devon Council', 'London Borough of Havering'), or None."""
        cleaned = " ".join(name.split()).strip(" .,;:")
        if fold(cleaned) in self._council_names:
            return self._council_names[fold(cleaned)]
        if not (COUNCIL_SUFFIX.search(cleaned) or COUNCIL_BODY.match(cleaned)):
            return None  # no council word: a place ("City of Hull") is not its council
        return self.place(COUNCIL_SUFFIX.sub("", COUNCIL_PREFIX.sub("", cleaned)))

    def local_council_area(self, name: str, home_area: str | None) -> str | None:
        """The place whose council a name is when the gazetteer does not know it: 'Fenwick Borough Council' and
        'Fenwick Council' in a document about Fenwick (a place learned from the document, never in the lists) are
        one council; so are they anywhere when the place looks like one. A 'Youth Council' is no authority."""
        cleaned = " ".join(name.split()).strip(" .,;:")
        if not (COUNCIL_SUFFIX.search(cleaned) or COUNCIL_BODY.match(cleaned)):
            return None
        place = COUNCIL_SUFFIX.sub("", COUNCIL_PREFIX.sub("", cleaned)).strip()
        if not place or place == cleaned or fold(place).split()[-1] in NOT_COUNCIL_PLACES:
            return None
        if home_area and fold(place) == fold(home_area):
            return self.area_name(home_area)
        return self.area_name(place) if looks_like_place(place) else None

    def service_area(self, name: str, home_area: str | None = None) -> tuple[str, bool] | None:
        """The area whose youth offending service this name is, and whether the place is known; None if not one."""
        cleaned = " ".join(name.split()).strip(" .,;:")
        if home_area and SERVICE_ITSELF.match(cleaned):
            return self.area_name(home_area), self.place(home_area) is not None
        form = SERVICE_FORM.match(cleaned)
        if not form:
            return None
        known = self.place(form.group("place"))
        if known:
            return known, True
        place = form.group("place").strip()
        if home_area and fold(place) == fold(home_area):  # the document's own place, even one like a given name
            return self.area_name(home_area), False
        return (self.area_name(place), False) if looks_like_place(place) else None

    @lru_cache(maxsize=8192)  # noqa: B019 - one gazetteer a process; a list's readers ask it of the same names
    def local_body(self, name: str) -> str | None:
        """A local body written with its short form after a place ('Westfold ICB'), by its full name ('Westfold
        Integrated Care Board'), so both forms are one organisation; None when the name is no such form."""
        cleaned = " ".join(name.split()).strip(" .,;:")
        for pattern, full in self._local_body_patterns:
            form = pattern.fullmatch(cleaned)
            if form and PLACE_LIKE.fullmatch(form.group(1)):
                return f"{form.group(1)} {full}"
        return None

    @cached_property
    def _local_body_patterns(self) -> list[tuple[re.Pattern[str], str]]:
        # 'NHS Westfold CCG' is Westfold CCG: the service's prefix is no part of the place
        return [(re.compile(rf"(?:the\s+)?(?:NHS\s+)?(.+?)\s+(?:{re.escape(short)}|{re.escape(full)})", re.IGNORECASE),
                 full) for short, full in self._body_forms.items()]

    def service_name(self, area: str, when: str | None = None) -> str:
        """The name the area's service went by at `when` (an ISO date; none: its latest name)."""
        periods = self._services.get(area)
        if not periods:
            return f"{area} Youth Offending Service"
        year = int(when[:4]) if when and when[:4].isdigit() else None
        named = [name for since, name in periods if year is None or since <= year]
        return named[-1] if named else periods[0][1]

    def service_names(self, area: str) -> list[str]:
        """Every name the area's service went by, oldest first."""
        return [name for _, name in self._services.get(area, [])] or [self.service_name(area)]

    def police_area(self, name: str) -> str:
        """The police force area a place lies in ('Sandwell' is West Midlands); a name it does not know as is."""
        place = self.place(name)
        return self._police.get(place, place) if place else name.strip()

    def council_name(self, area: str) -> str:
        return self._councils.get(area, f"{area} Council")

    def area(self, name: str) -> AreaRef:
        canonical = self.area_name(name)
        return AreaRef(id="area-" + stable_hash(fold(canonical)), name=canonical)

    def area_name(self, name: str) -> str:
        # no place says one word twice running: a letterhead over its board's title ('London Borough of Wytham' /
        # 'Wytham Youth Offending Service') read as one name gives the place once
        cleaned = REPEATED_WORD_RE.sub(r"\1", " ".join(name.split()).strip(" .,;:"))
        if fold(cleaned) in self._areas:
            return self._areas[fold(cleaned)]
        bare = AREA_SUFFIXES.sub("", AREA_PREFIXES.sub("", cleaned))
        return self._areas.get(fold(bare), bare)

    def known_organisation(self, name: str) -> bool:
        """Listed in the gazetteer, or the service or council of a known place."""
        if fold(name) in self._orgs or self.council_area(name):
            return True
        nation = NATION_SUFFIX_RE.search(name)  # 'National Probation Service Wales': a known body's branch in a nation
        if nation and fold(name[:nation.start()]) in self._orgs:
            return True
        service = self.service_area(name)
        return bool(service and service[1])

    def inspectorate_named(self, text: str | None) -> str | None:
        """The inspectorate a role, a label or an organisation cell names ("HMI Constabulary inspectors"), if any."""
        if not text:
            return None
        return next((name for pattern, name in self._inspectorate_marks if pattern.search(text)), None)

    def inspectorates_named(self, text: str) -> set[str]:
        """Every inspectorate a text names."""
        return {name for pattern, name in self._inspectorate_marks if pattern.search(text)}


def _periods(names: object) -> list[tuple[int, str]]:
    """A service's names as (from year, name), oldest first: one name, or a list of {name, from}."""
    if isinstance(names, str):
        return [(0, names)]
    periods = [(int(p.get("from") or 0), str(p["name"])) for p in names if isinstance(p, dict)] \
        if isinstance(names, list) else []
    return sorted(periods)


def looks_like_place(name: str) -> bool:
    """Capitalised words that do not open with a given name and name no body, post nor part of a meeting's record:
    'Northshire', not 'Miriam Robertson', 'Inspectorate', 'Westmere Police', 'Westmere and Chair' nor 'Attendance' (a
    heading over a board's name; a council's words may close a place's name: 'County Durham')."""
    return (bool(PLACE_LIKE.fullmatch(name)) and not is_first_name(name.split()[0])
            and guess_kind(name) in (None, "local_authority")
            and not any(is_post_noun(word) or is_meeting_word(word) for word in name.split()))


def _org(name: str, kind: str | None, area: str | None = None, *, of_area: bool = False) -> OrganisationRef:
    """`of_area`: the name is its area's one office of that kind, so the area is part of its identity."""
    return OrganisationRef(id="org-" + stable_hash(fold(name) + (f"|{fold(area)}" if of_area and area else "")),
                           name=name, kind=kind, area=area)


def guess_kind(name: str) -> str | None:
    folded = fold(name)
    for kind, words in KIND_WORDS:
        if any(re.search(rf"\b{w}\b", folded) for w in words):
            return kind
    return None


KIND_WORDS = [
    ("health", ["integrated care board", "clinical commissioning group", "health board"]),  # Wales's health boards
    ("inspectorate", ["inspectorate", "ofsted", "hmic"]),
    ("board", ["board"]),
    ("panel", ["panel", "committee"]),
    ("youth_offending_service", ["yos", "yot", "youth offending", "youth justice service"]),
    ("police", ["police", "constabulary", "crime commissioner"]),
    ("court", ["court", "bench", "magistrates"]),
    ("local_authority", ["council", "borough", "county"]),
    ("health", ["nhs", "health", "clinical commissioning", "camhs"]),
    ("probation", ["probation", "rehabilitation company", "crc"]),
]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    raw = yaml.safe_load(ontology_file("gazetteer.yaml").read_text(encoding="utf-8"))
    return Gazetteer(raw["organisations"], raw["areas"], places=raw.get("places"), services=raw.get("services"),
                     police_areas=raw.get("police_areas"), default_inspectorate=raw.get("default_inspectorate"),
                     body_forms=raw.get("body_forms"))
