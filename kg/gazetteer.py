"""Organisations and areas resolved through aliases (ontology/gazetteer.yaml).

"HMI Probation" and "HM Inspectorate of Probation" are one organisation; "Barking & Dagenham"
and "London Borough of Barking and Dagenham" one area. Names not in the gazetteer keep the
name as written, compared after the same folding, so they still meet their twins. The
inspectorates carry the marks that name them in a role or a team label ("HMI Constabulary
inspectors"), and the gazetteer says which inspectorate a text names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from kg.model import ontology_file
from kg.statements import stable_hash

AREA_PREFIXES = re.compile(
    r"^(?:the\s+)?(?:london borough of|royal borough of|city of|county of|borough of|metropolitan borough of|"
    r"city and county of)\s+",
    re.IGNORECASE,
)
AREA_SUFFIXES = re.compile(
    r"\s+(?:(?:metropolitan\s+)?(?:borough|county|city|district)\s+council|council|county|city)$", re.IGNORECASE
)


def fold(name: str) -> str:
    """Case, '&'/'and', apostrophes, punctuation and whitespace folded."""
    name = name.replace("&", " and ").replace("’", "'")
    name = re.sub(r"'s\b", "s", name)
    name = re.sub(r"[^A-Za-z0-9]+", " ", name).casefold()
    return " ".join(name.split())


@dataclass(frozen=True)
class OrganisationRef:
    id: str
    name: str
    kind: str | None


@dataclass(frozen=True)
class AreaRef:
    id: str
    name: str


class Gazetteer:
    def __init__(self, organisations: list[dict[str, object]], areas: dict[str, list[str]], *,
                 default_inspectorate: str | None = None) -> None:
        self._orgs: dict[str, tuple[str, str | None]] = {}
        self._inspectorate_marks: list[tuple[re.Pattern[str], str]] = []
        for entry in organisations:
            name = str(entry["name"])
            kind = entry.get("kind")
            for alias in [name, *entry.get("aliases", [])]:  # type: ignore[misc]
                self._orgs[fold(str(alias))] = (name, str(kind) if kind else None)
            marks = entry.get("marks")
            if isinstance(marks, list) and marks:
                self._inspectorate_marks.append((re.compile("|".join(str(mark) for mark in marks)), name))
        self.default_inspectorate = default_inspectorate
        self._areas: dict[str, str] = {}
        for canonical, aliases in areas.items():
            for alias in [canonical, *aliases]:
                self._areas[fold(alias)] = canonical

    def organisation(self, name: str) -> OrganisationRef:
        key = fold(name)
        canonical, kind = self._orgs.get(key, (name.strip(), None))
        return OrganisationRef(id="org-" + stable_hash(fold(canonical)), name=canonical, kind=kind or guess_kind(canonical))

    def area(self, name: str) -> AreaRef:
        canonical = self.area_name(name)
        return AreaRef(id="area-" + stable_hash(fold(canonical)), name=canonical)

    def area_name(self, name: str) -> str:
        cleaned = " ".join(name.split()).strip(" .,;:")
        if fold(cleaned) in self._areas:
            return self._areas[fold(cleaned)]
        bare = AREA_SUFFIXES.sub("", AREA_PREFIXES.sub("", cleaned))
        return self._areas.get(fold(bare), bare)

    def known_organisation(self, name: str) -> bool:
        return fold(name) in self._orgs

    def inspectorate_named(self, text: str | None) -> str | None:
        """The inspectorate a role, a label or an organisation cell names ("HMI Constabulary inspectors"), if any."""
        if not text:
            return None
        return next((name for pattern, name in self._inspectorate_marks if pattern.search(text)), None)

    def inspectorates_named(self, text: str) -> set[str]:
        """Every inspectorate a text names."""
        return {name for pattern, name in self._inspectorate_marks if pattern.search(text)}


def guess_kind(name: str) -> str | None:
    folded = fold(name)
    for kind, words in KIND_WORDS:
        if any(re.search(rf"\b{w}\b", folded) for w in words):
            return kind
    return None


KIND_WORDS = [
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
    return Gazetteer(raw["organisations"], raw["areas"], default_inspectorate=raw.get("default_inspectorate"))
