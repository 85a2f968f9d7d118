"""Findings: named services, programmes and systems (Spark2Life, AssetPlus, MAPPA), and
explicit links between areas ('it was managed by the London Borough of ...').
"""

from __future__ import annotations

import re

from kg.dates import MONTH_NAME as MONTH
from kg.gazetteer import fold
from kg.loaders.context import Context, EntityBuilder
from kg.loaders.findings_common import InspectionRef
from kg.loaders.generic import document_area
from kg.loaders.text import Span, sentences, span, trim
from kg.names import is_first_name
from kg.statements import stable_hash

KNOWN_SYSTEMS = ["AssetPlus", "Asset", "Onset", "Viewpoint", "Liquid Logic", "LiquidLogic", "ChildView", "Careworks",
                 "CareWorks", "YOIS", "Core+", "Mosaic", "Police National Computer", "MAPPA", "Triage",
                 "Multi-Agency Public Protection Arrangements", "multi-agency safeguarding hub", "MASH",
                 "Multi-Agency Safeguarding Hub", "CAMHS", "triage"]
# One particular unit, pilot or panel, named by what it does after an article: 'the gangs unit', 'an out-of-court
# disposal panel', 'the YJB live tracker tool' (unlike 'Parenting programmes', a kind of work).
SPECIFIC_WORK = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?P<name>(?:[A-Z]{2,}\s+)?(?:(?!(?:the|of|for|to|and|in|new|this|that|"
                           r"our|their|its)\b)[a-z][\w-]+\s+){1,3}(?:unit|pilot|panel|"
                           r"matrix(?: team)?|participation group|tracker tool))\b")
PROGRAMME_PATTERNS = [
    re.compile(r"\b(?:system|survey|tool|scheme|programme|project|database|initiative|service)\s+(?:called\s+|known as\s+)?"
               r"['‘\"“](?P<name>[A-Z][^'’\"”\n]{1,40})['’\"”]"),
    re.compile(r"\((?P<name>[A-Z][a-z]+\d[\w]*|[A-Z][a-z]+[A-Z][a-z]\w*)\)"),
    re.compile(r"\b(?P<name>[A-Z][a-z]+\d+[A-Za-z]*)\b"),
    re.compile(r"\b(?P<name>[A-Z][\w]+)\s+\((?:the|a|an)\s+[^)]{0,60}?(?:service|team|project|programme|scheme)\)"),
    re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]+,?\s+(?:(?:and|of|for|to|in)\s+)?){1,6}\([A-Z]{2,6}\))"),
    re.compile(r"\b(?P<name>[A-Z]{4,})\s+(?:meetings?|sessions?|programmes?|groups?|project)\b"),
    re.compile(r"\b(?P<name>Operation\s+[A-Z][a-z]+)\b"),
    re.compile(rf"\b(?P<name>(?:[A-Z][\w/-]*[^\S\n]+(?:(?:to|in|of|and|for)[^\S\n]+)?){{2,8}}\({MONTH}\s+\d{{4}}\))"),
    SPECIFIC_WORK,
    re.compile(r"\b(?:the\s+)?(?P<name>(?:[A-Z][\w'’/-]+[^\S\n]+(?:(?<!Team\s)(?<!Trust\s)(?<!Plan\s)(?<!Audit\s)"
               r"(?:and|of|for|to)[^\S\n]+)?){1,5}"
               r"(?:scheme|programme|project|pilot|initiative|forum|panel|tool|matrix|unit|"
               r"Scheme|Programme|Project|Pilot|Initiative|Tool|Team|Trust|Plan|Audit|Health Service)s?)\b"),
]
# A named piece of work ends with what it is: 'Northshire YOT Improvement Plan' is a plan, not the service.
WORK_HEAD = re.compile(r"\b(?:plan|audit|day|scheme|programme|project|pilot|initiative|tool)s?(?:\s+\(.*\))?$",
                       re.IGNORECASE)
NOT_PROGRAMMES = {"yos", "yot", "yjb", "hmi", "crc", "nps", "the", "this", "a", "our", "his", "her", "their", "its",
                  "ofsted", "cqc", "hmic", "ete", "psr", "psrs", "imd", "ero", "rosh", "bme", "fji", "sqs", "mash board"}
AREA_LINK = re.compile(r"\b(?P<relation>managed|run|hosted|provided|delivered|commissioned|merged with|shared with|"
                       r"combined with)\s+(?:jointly\s+)?(?:by\s+)?(?:the\s+)?(?P<other>(?:London Borough of|Royal Borough of|"
                       r"City of|Borough of)\s+[A-Z][\w'’-]*(?:\s+(?:&|and|upon|on)\s+[A-Z][\w'’-]*)*|[A-Z][\w'’-]*"
                       r"(?:\s+(?:&|and|upon|on)\s+[A-Z][\w'’-]*)*\s+(?:City |County |Borough )?Council)")


def programmes(ctx: Context, inspection: InspectionRef | None) -> None:
    """Named services, programmes and systems (Spark2Life, AssetPlus, Liquid Logic, MAPPA), linked to the area and
    inspection that mention them. The node is keyed by the folded name, so every document meets on it."""
    found: dict[str, Span] = {}
    for name in KNOWN_SYSTEMS:
        # A system's name of several words is the same name in any case ('the police national computer').
        match = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.text, re.IGNORECASE if " " in name else 0)
        if match:
            found.setdefault(programme_key(name), span(ctx.text, match.start(), match.end()))
    for pattern in PROGRAMME_PATTERNS:
        for match in pattern.finditer(ctx.text):
            name = trim(ctx.text, match.start("name"), match.end("name"), " \t\n'‘’\"“”")
            # 'The YOT Development Day (May 2014)', "A'YOT/Social Care Interface Audit'": the article is no part of it
            article = re.match(r"(?:The|A|An)(?:\s+|['‘])(?=[A-Z])", name.text)
            if article:
                name = span(ctx.text, name.start + article.end(), name.end)
            if plausible_programme(ctx, name.text, specific=pattern is SPECIFIC_WORK):
                found.setdefault(programme_key(name.text), name)
    area = ctx.area(inspection.area, next(iter(found.values()))) if inspection and inspection.area and found else None
    for key, name in found.items():
        programme = EntityBuilder(ctx, "Programme", "programme-" + stable_hash(key))
        programme.add("name", " ".join(name.text.split()), name).add("document", ctx.document_entity, name)
        if inspection:
            programme.add("inspection", inspection.id, name)
        if area:
            programme.add("area", area, name)


GENERIC_NOUN = re.compile(r"(?<!\s)\s+(?:scheme|programme|project|pilot|initiative|forum|panel|tool|matrix|unit|meeting|session|"
                          r"group)s?$", re.IGNORECASE)


def programme_key(name: str) -> str:
    """'The Spark2Life scheme' and 'Spark2life' are one programme; 'the gangs unit' and 'the gangs matrix' are two."""
    bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    proper = GENERIC_NOUN.sub("", bare)
    bare = proper if re.search(r"[A-Z\d]", proper) else bare
    return fold(re.sub(r"\s*\([A-Z]{2,6}\)$", "", bare)).replace(" ", "")


# A council's or an inspectorate's own office, which the programme patterns' head 'Team' also ends: 'Communications
# Team', 'Business Support Team' (a health trust providing a service is one of the services, as the keys list it).
NOT_WORK = re.compile(r"\b(?:Communications|Press|Media|Publications|Business\s+Support|Admin(?:istration)?)\s+Team$",
                      re.IGNORECASE)


TITLE_LENGTH = 80


def title_lines(text: str) -> str:
    """A document's own title ('Northshire Youth Justice Plan 2024-25', 'Title: Outcome and Improvement Plan'): those of
    its first three lines with text that are short and no sentence."""
    first = [line.strip() for line in text[:2000].splitlines() if line.strip()][:3]
    return " | ".join(line for line in first if len(line) <= TITLE_LENGTH and not line.endswith("."))


def plausible_programme(ctx: Context, name: str, *, specific: bool = False) -> bool:
    words = name.split()
    if not words or fold(name) in NOT_PROGRAMMES or len(name) < 4:
        return False
    if fold(words[0]) in NOT_PROGRAMMES and not WORK_HEAD.search(name):
        return False  # 'YOT manager', 'The team', but a 'YOT Development Day' is a piece of work
    if re.match(r"(?:Mc|Mac)[A-Z]", name) or re.search(r"[\n'’‘\"“”]|\bInspections?\b", name):
        return False
    if is_first_name(words[0]) and re.search(r"\([A-Z]{2,6}\)$", name):
        return False  # 'Donna Whitfield (DW)', 'Jodie Marsh (YJB)': a person with initials or a body, not a programme
    if NOT_WORK.search(name) or WORK_HEAD.search(name) and fold(name) in fold(title_lines(ctx.text)):
        return False  # an office; the plan the document itself is
    bare = re.sub(r"\s*\([A-Z]{2,6}\)$", "", name)
    if ctx.gazetteer.known_organisation(bare) or re.search(
            r"\b(?:Council|Inspectorate|Ministry|Board|Report|Index|Probation Service|Police|inspection|referral|Office for|"
            r"Statistics|Rehabilitation Company)\b|^(?:YOS|YOT)$|\b(?:YOS|YOT)$|\bTeams$|^Offending\b", name):
        return False
    if re.search(r"\b(?:Youth Offending|Youth Justice)\b", name) and not WORK_HEAD.search(name):
        return False  # the service itself, not a plan or an audit of it
    if not specific and GENERIC_NOUN.search(name) and not re.search(r"\b[A-Z]{2,}\b|\b[A-Z]\w*\s+(?:\w+\s+)*[A-Z]|\d", GENERIC_NOUN.sub("", name)):
        return False  # 'Parenting programmes', 'Recent initiatives': a kind of work, not a named one
    return not re.fullmatch(r"(?:The|This|Our|A|An|Each|Every|One)\b.*", name)


def area_links(ctx: Context, inspection: InspectionRef | None) -> None:
    """Explicit links between areas: 'Until November 2014, it was managed by the London Borough of Barking &
    Dagenham'; the nature is the sentence that states it."""
    area = inspection.area if inspection else document_area(ctx)
    if not area:
        return
    for sentence in sentences(ctx.text):
        match = AREA_LINK.search(sentence.text)
        if not match:
            continue
        other = ctx.gazetteer.area_name(match.group("other"))
        if fold(other) == fold(area):
            continue
        other_span = span(ctx.text, sentence.start + match.start("other"), sentence.start + match.end("other"))
        link = ctx.entity("AreaLink", fold(area), fold(other))
        link.add("area", ctx.area(area, sentence), sentence)
        link.add("other_area", ctx.area(other, other_span), other_span)
        link.add("nature", sentence.text, sentence).add("document", ctx.document_entity, sentence)
