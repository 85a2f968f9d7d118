"""The organisation a role belongs to, where the role implies it.

"Local Authority Chief Executive" in a letter about Havering belongs to Havering's council
(the London Borough of Havering, as the gazetteer names it); "YJB link staff" to the Youth
Justice Board; "Ofsted – Social Care" to Ofsted; "YOS Manager" to the area's youth offending
service; "Chief Inspector, Cleveland Police" to Cleveland Police. A role that names a known
organisation resolves to it through the gazetteer, and text that is only an organisation's
name ("Stephen Young Cleveland Police") is the person's organisation, not their role.
"""

from __future__ import annotations

import re

from kg.gazetteer import Gazetteer, fold, load_gazetteer

YOS_ROLE = re.compile(r"\b(YOS|YOT|Youth Offending|Youth Justice Service|Management Board)\b", re.IGNORECASE)
COUNCIL_ROLE = re.compile(
    r"\b(Local Authority|Chief Executive|Director of Children|Elected Member|Cabinet Member|Portfolio Holder|"
    r"Executive Member|Mayor of|Head of Children|Councillor|Children's Services|Children and Young People|"
    r"Assistant Director|Head of Service|Housing|Youth Support|Community (?:Safety|Protection)|Education|Early Help|"
    r"Social Care)",
    re.IGNORECASE,
)
# The probation service named by its bare word beside a name ('Bryony Lake (Probation)') or by its local unit.
PROBATION_SERVICE = re.compile(r"^Probation$|\bProbation Delivery Unit\b", re.IGNORECASE)
PROBATION = "Probation Service"
# A local body by its place and kind ('Ravensholt CCG', 'Pellmouth Health Trust', 'Ravensholt Bench'): the body of
# the document's area when its name opens with the area, whatever the gazetteer lists.
LOCAL_BODY = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,5}(?:CCG|ICB|CAMHS|Bench|Trust|Police|Constabulary|Council|"
                        r"Integrated Care Board|Clinical Commissioning Group|Health Board|YOS|YOT|YJS|"
                        r"Youth (?:Offending|Justice) (?:Service|Team))")
# A police force named in a role: "Chief Inspector, Cleveland Police", "Northshire Constabulary".
POLICE_FORCE = re.compile(r"\b((?:[A-Z][\w'’-]+\s+)(?:(?:and|&)\s+)?(?:[A-Z][\w'’-]+\s+){0,3}(?:Police|Constabulary))\b")
# Where a role divides into parts that may name a body: "Head of Service, Northshire Council (YOS)". A run of
# spaces is entered only at its start (the look-behinds), so a long run is read once, not from each space.
ROLE_PARTS = re.compile(r"(?:(?<!\s)\s+)?[,–—(/]\s*|(?<!\s)\s+-\s+")
ROLE_WORD_PARTS = re.compile(rf"{ROLE_PARTS.pattern}|(?<!\s)\s+for\s+|(?<!\s)\s+of\s+")
INSPECTORATE_ROLE = re.compile(r"\b(HM Inspector|Inspector of Probation|Chief Inspector|lead inspector|HMI)\b", re.IGNORECASE)
# The chair of a youth justice board, in a document about an area, chairs the area's board, which oversees its
# service ('Chair, Youth Justice Board' signing a service's annual report); the national board says it is national.
LOCAL_BOARD_CHAIR = re.compile(r"\bchair(?:man|woman|person|s|ed|ing)?\b.{0,40}\bYouth Justice (?:\w+\s+)?(?:Board|Partnership)\b",
                               re.IGNORECASE)
NATIONAL_BOARD = re.compile(r"\bEngland\b|\bWales\b|\bnational\b|\bYJB\b", re.IGNORECASE)
# A police officer's rank, which says 'Inspector' too: 'Detective Chief Inspector', 'Police Inspector', 'DCI'.
POLICE_RANK = re.compile(r"\b(?:Detective|Det\.|Police|DCI|DI|Chief\s+Superintendent|Superintendent|Sergeant|Constable)\b",
                         re.IGNORECASE)


def organisation_for_role(role: str | None, area: str | None, *, gazetteer: Gazetteer | None = None,
                          default: str | None = None) -> str | None:
    """The organisation a role implies in a document about `area`, or `default`."""
    if not role:
        return default
    gazetteer = gazetteer or load_gazetteer()
    if area and LOCAL_BOARD_CHAIR.search(role) and not NATIONAL_BOARD.search(role):
        return gazetteer.organisation(f"{area} YOS").name
    if gazetteer.known_organisation(role) or local_body(role, area, gazetteer):
        return gazetteer.organisation(role, area).name
    if PROBATION_SERVICE.search(role):
        return PROBATION
    # The organisation a role ends with: a whole part between commas first ("Policy Directorate, Ministry of
    # Justice"), then the words after "of" or "for" ("Chair of Havering YOS Management Board").
    for parts in (ROLE_PARTS.split(role), ROLE_WORD_PARTS.split(role)):
        for part in reversed(parts):
            part = part.strip(" )")
            if part and (gazetteer.known_organisation(part) or local_body(part, area, gazetteer)):
                return gazetteer.organisation(part, area).name
    # ... or opens with ("Youth Justice Board oversight manager", "HMCS legal adviser").
    words = role.split()
    opening = next((" ".join(words[:end]) for end in range(len(words) - 1, 0, -1)
                    if gazetteer.known_organisation(" ".join(words[:end]))), None)
    if opening:
        return gazetteer.organisation(opening).name
    force = POLICE_FORCE.search(role)
    if force and not re.search(r"Commissioner", role, re.IGNORECASE):
        return force.group(1)
    if re.search(r"Police and Crime Commissioner", role, re.IGNORECASE):
        where = re.search(r"for\s+(.+)$", role)
        place = where.group(1).strip() if where else area
        return f"Office of the Police and Crime Commissioner for {gazetteer.police_area(place)}" if place else None
    if re.search(r"Deputy Mayor for Policing", role, re.IGNORECASE):
        return "Mayor's Office for Policing and Crime"
    if re.search(r"Safeguarding", role, re.IGNORECASE) and area:
        return f"{area} Local Safeguarding Children Board"
    if re.search(r"Youth Court|Bench", role, re.IGNORECASE) and area:
        return f"{area} Youth Court Bench"
    if INSPECTORATE_ROLE.search(role) and not POLICE_RANK.search(role) and not re.search(r"Constabulary", role):
        return "HM Inspectorate of Probation"
    if YOS_ROLE.search(role) and area:
        return gazetteer.organisation(f"{area} YOS").name
    if COUNCIL_ROLE.search(role) and area:
        return gazetteer.organisation(f"{area} Council").name
    if BODY_NAME.fullmatch(role.strip(" ()")):
        return role.strip(" ()")
    return default


# A body's own name written where a post goes: "(Tenant Working Group)", "Northshire Carers' Forum".
BODY_NAME = re.compile(r"(?:[A-Z][\w'’&-]*\s+){1,5}(?:Group|Forum|Partnership|Trust|Association|Network|Alliance)")


def is_organisation_name(text: str | None, *, gazetteer: Gazetteer | None = None, area: str | None = None) -> bool:
    """Whether text written where a role goes is only an organisation's name ("Cleveland Police",
    "HMCS Magistrates Court", "Westfold ICB" in a document about Westfold, a bare "Probation"): it is then the
    person's organisation, and they have no role written."""
    if not text:
        return False
    gazetteer = gazetteer or load_gazetteer()
    cleaned = text.strip(" ,;:()[]")
    return (gazetteer.known_organisation(cleaned) or bool(POLICE_FORCE.fullmatch(cleaned))
            or bool(PROBATION_SERVICE.fullmatch(cleaned)) or local_body(cleaned, area, gazetteer))


def local_body(text: str, area: str | None, gazetteer: Gazetteer) -> bool:
    """Whether text is a body of the document's area by its name ('Ravensholt CCG', 'Pellmouth Borough Council')."""
    if not area:
        return False
    cleaned = " ".join(text.split()).strip(" ,;:()[]")
    return bool(LOCAL_BODY.fullmatch(cleaned)) and (fold(cleaned) + " ").startswith(fold(gazetteer.area_name(area)) + " ")

