"""Findings: recommendations under a 'Recommendations' heading, with their numbers, themes and
addressees, and council 'RECOMMENDED that ...' resolutions addressed to the body they name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.gazetteer import fold
from kg.loaders.context import Context
from kg.loaders.findings_common import BULLET_ITEM, NUMBERED_ITEM, InspectionRef, looks_like_heading, without_number
from kg.loaders.generic import document_area, names_meeting_body
from kg.loaders.roles import organisation_for_role
from kg.loaders.text import Span, is_blank, lines, plain, span, strip_bullet, trim
from kg.themes import tag
from kg.vocabulary import names_post_or_body

RECOMMENDATIONS_HEADING = re.compile(r"^\W*(?:Recommendations?|Our recommendations)\s*:?\s*$", re.IGNORECASE)
# 'The Westmere Youth Justice Service should:' on a line of its own, or ending the paragraph that introduces the list
ADDRESSEE_LINE = re.compile(r"^(?:[^\n]*?[.!?][^\S\n]+)?\W*(?P<who>[A-Z(‘'][^.:\n]{1,120}?)\s+(?:should|must|will need to|"
                            r"needs to)\s*:?\s*$")
# A recommendation that names whom it is addressed to as its subject: 'The Head of Service, as chair of the board,
# should ensure ...', 'Westmere Police should share ...'
SUBJECT_SHOULD = re.compile(r"(?P<who>[A-Z][^,.;:\n]{2,120}?)(?:,[^.;:\n]{0,100},)?\s+(?:should|must|needs\s+to|"
                            r"will\s+need\s+to)\b")
# A council paper's recommendation is a resolution put to the body it names as its subject: 'That Cabinet notes the
# findings ...', 'That the Children and Young People Scrutiny Committee receives a progress report ...'.
RESOLUTION_SUBJECT = re.compile(r"That\s+(?:the\s+)?(?P<who>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}?"
                                r"(?:Cabinet|Executive|Council|Panel|Committee|Sub-Committee|Board|Forum))\s+(?=[a-z])")
OWNER = re.compile(r"\((?P<owner>[^()]{3,120})\)\W*$")
COUNCIL_RECOMMENDATION = re.compile(r"^\W*(?P<head>RECOMMEND(?:ED|ATION)?S?\s*(?:-|–|:)?\s*(?:T\s?H\s?A\s?T|that))\s+"
                                    r"(?P<text>.+)$")
# Approving the meeting's own minutes or noting its own work programme recommends nothing ('that the minutes of the
# meeting held on 12th February be approved as a correct record', 'that the work programme be noted'); adopting
# another body's minutes is addressed to that body and stays.
PROCEDURAL = re.compile(r"^the\s+(?:minutes\s+of\s+the\s+(?:last\s+|previous\s+)?meeting|(?:panel['’]s\s+|committee['’]s\s+)?"
                        r"(?:work\s+programme|forward\s+plan))\b[^.]*?\bbe\s+(?:approved|agreed|confirmed|signed|noted)\b",
                        re.IGNORECASE)
COUNCIL_BODY = re.compile(r"\bthe\s+((?:[A-Z][\w&'’]*\s+){0,5}?(?:Scrutiny |Management )?(?:Panel|Committee|Cabinet|"
                          r"Board))\b")


@dataclass
class Item:
    """One list item (a recommendation or a finding) as the lines it spans."""

    start: int
    end: int
    number: str | None
    addressee: Span | None


def recommendations(ctx: Context, inspection: InspectionRef | None) -> None:
    """Recommendations under a 'Recommendations' heading: numbered or bulleted, grouped under 'X should:' lines or
    ending with their owners in brackets ('(YOT manager)'); and council 'RECOMMENDED that ...' resolutions."""
    all_lines = lines(ctx.text)
    area = inspection.area if inspection else document_area(ctx)
    for index, line in enumerate(all_lines):
        if RECOMMENDATIONS_HEADING.match(plain(line.text)) and not re.search(r"\.{3,}|\t\d+\s*$", line.text):
            for item in recommendation_items(ctx, all_lines, index + 1):
                emit_recommendation(ctx, inspection, area, item)
    council_recommendations(ctx, inspection, all_lines)


def recommendation_items(ctx: Context, all_lines: list[Span], begin: int) -> Iterator[Item]:
    addressee: Span | None = None
    current: Item | None = None
    blank_run = 0
    intro = 0
    for line in all_lines[begin:]:
        text = plain(line.text)
        if is_blank(line):
            blank_run += 1
            if blank_run > 3 and current:
                break
            continue
        after_blank, blank_run = blank_run > 0, 0
        who = ADDRESSEE_LINE.match(text)
        numbered = NUMBERED_ITEM.match(line.text.lstrip(" -•·*\t"))
        if (numbered and current and current.number and not after_blank
                and int(numbered.group("number")) != int(current.number) + 1):
            numbered = None  # '24 hours  (Westmere Police)' wrapped from item 7: a figure, not the next number
        bulleted = BULLET_ITEM.match(line.text) and not numbered
        if who and not numbered:
            if current:
                yield current
                current = None
            at = line.start + line.text.rfind(who.group("who")[:5])
            addressee = trim(ctx.text, at, at + len(who.group("who")))
            continue
        if numbered or (bulleted and (addressee or current)):
            if current:
                yield current
            number = numbered.group("number") if numbered else None
            current = Item(line.start, line.end, number, addressee)
            continue
        if current and (not after_blank or text[:1].islower()) and not looks_like_heading(text):
            current.end = line.end
            continue
        if current or intro >= 3:
            break
        intro += 1
    if current:
        yield current


def emit_recommendation(ctx: Context, inspection: InspectionRef | None, area: str | None, item: Item) -> None:
    first = span(ctx.text, item.start, item.end)
    body = strip_bullet(ctx.text, first)
    if item.number:
        body = without_number(ctx, body)
    body = trim(ctx.text, body.start, body.end, " \t\n-–•·*")
    addressee = item.addressee
    owner = OWNER.search(body.text)
    if owner and names_post_or_body(owner.group("owner")):
        addressee = trim(ctx.text, body.start + owner.start("owner"), body.start + owner.end("owner"))
        body = trim(ctx.text, body.start, body.start + owner.start(), " \t\n")
    subject = None if addressee else SUBJECT_SHOULD.match(body.text)
    if subject and names_post_or_body(subject.group("who")):
        addressee = trim(ctx.text, body.start + subject.start("who"), body.start + subject.end("who"))
    resolution = None if addressee else RESOLUTION_SUBJECT.match(body.text)
    if resolution:
        addressee = trim(ctx.text, body.start + resolution.start("who"), body.start + resolution.end("who"))
    if len(body.text) < 15:
        return
    recommendation = ctx.entity("Recommendation", item.number, fold(body.text[:80]))
    recommendation.add("text", body.text, body).add("number", item.number, body)
    recommendation.add("document", ctx.document_entity, body)
    if inspection:
        recommendation.add("inspection", inspection.id, body)
    for theme in tag(body.text):
        recommendation.add("theme", theme, body)
    if addressee and resolution:  # the council's own body: the meeting's, else named with its area
        recommendation.add("addressee", addressee.text, addressee)
        recommendation.add("addressed_to", names_meeting_body(ctx, addressee.text)
                           or ctx.organisation(council_body(addressee.text, area), addressee), addressee)
    elif addressee:
        recommendation.add("addressee", addressee.text, addressee)
        for part in addressee_parts(addressee.text):
            organisation = organisation_for_role(part, area, gazetteer=ctx.gazetteer, default=part)
            recommendation.add("addressed_to", ctx.organisation(organisation or part, addressee), addressee)
    elif inspection and area:  # 'Post-inspection improvement work should focus particularly on ensuring that: (1) ...':
        # an area's inspection that names no one for a recommendation leaves it to the service it inspected
        service = ctx.service_of(area)
        if service:
            recommendation.add("addressee", service, body)
            recommendation.add("addressed_to", ctx.organisation(service, body), body)


def council_body(written: str, area: str | None) -> str:
    """A council's body as the papers name it ('Cabinet'), named with its area ('Orrinsford Cabinet'), since every
    council has one of that name."""
    name = " ".join(written.split())
    return f"{area} {name}" if area and fold(area) not in fold(name) else name


def addressee_parts(written: str) -> list[str]:
    """'Chair of the YOT Management Board/YOT manager' is two addressees; 'YOT/YOS Manager' is one."""
    cleaned = re.sub(r"^(?:the)\s+", "", written.strip(), flags=re.IGNORECASE)
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s*;\s*|\s+and\s+(?=(?:the\s+)?[A-Z])", cleaned) if p.strip()]
    if len(parts) > 1 and all(len(p.split()) > 1 and names_post_or_body(p) for p in parts):
        return [re.sub(r"^the\s+", "", p, flags=re.IGNORECASE) for p in parts]
    return [cleaned]


def council_recommendations(ctx: Context, inspection: InspectionRef | None, all_lines: list[Span]) -> None:
    """'RECOMMENDED that the minutes of the ECYP Scrutiny Panel ... be approved': addressed to the body named."""
    for line in all_lines:
        match = COUNCIL_RECOMMENDATION.match(line.text)
        if not match:
            continue
        body = trim(ctx.text, line.start + match.start("text"), line.end, " \t")
        if PROCEDURAL.match(body.text):
            continue
        recommendation = ctx.entity("Recommendation", "council", fold(body.text[:80]))
        where = trim(ctx.text, line.start, line.end)
        recommendation.add("text", where.text, where).add("document", ctx.document_entity, where)
        for theme in tag(body.text):
            recommendation.add("theme", theme, where)
        named = COUNCIL_BODY.search(body.text)
        if named:
            who = span(ctx.text, body.start + named.start(1), body.start + named.end(1))
            recommendation.add("addressee", who.text, who)
            # the panel the papers are of, named by its initials, is that one body
            body = names_meeting_body(ctx, who.text)
            recommendation.add("addressed_to", body or ctx.organisation(who.text, who), who)
