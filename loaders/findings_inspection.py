"""Findings: the inspection a document reports or discusses, with its type, area, inspected
service, fieldwork and publication dates and the cases examined.

One inspection, several documents: the Inspection id is hashed from stable keys (area,
inspection type, year of fieldwork or else of publication), never from the document, so a
report and the minutes that discuss it meet on one node, each linked to it by `reported_in`.
Where the area or the year cannot be read, the document id is part of the key, so unrelated
inspections are never merged on a guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg import dates
from kg.gazetteer import fold, looks_like_place
from kg.loaders.context import Context, EntityBuilder
from kg.loaders.findings_common import (
    CASES_EXAMINED,
    NUMBER,
    STANDARD_RATINGS,
    InspectionRef,
    cases_counted,
    number_value,
)
from kg.loaders.generic import document_area
from kg.loaders.generic import publication_date as generic_date
from kg.loaders.text import Span, lines, plain, span, trim
from kg.statements import stable_hash

# Inspection types, each with the wording that names it; the earliest mention in a document wins.
INSPECTION_TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("SQS", re.compile(r"\bShort Quality Screening\b|\bSQS (?:inspection|letter|report)\b", re.IGNORECASE)),
    ("Full Joint Inspection", re.compile(r"\bFull Joint (?:Re-?)?inspections?\b|\bFJI\b", re.IGNORECASE)),
    # a title page breaks its title anywhere: 'An inspection of youth justice services' over 'in Westmere'
    ("standards inspection", re.compile(r"\bAn\s+inspection\s+of\s+youth\s+(?:offending|justice)\s+services\s+in\b|"
                                        r"\bInspection of youth (?:offending|justice) services in:", re.IGNORECASE)),
    ("probation inspection", re.compile(r"\bAn\s+inspection\s+of\s+probation\s+services\s+in\b|"
                                        r"\bInspection of probation services:", re.IGNORECASE)),
    ("Core Case Inspection", re.compile(r"\bCore Case Inspection of youth offending\b", re.IGNORECASE)),
    ("thematic inspection", re.compile(r"\bthematic inspection\b|^[^\S\n]*A Joint Inspection of (?!youth offending)",
                                       re.IGNORECASE | re.MULTILINE)),
]
REPORT_FAMILIES = frozenset({"standards_inspection", "joint_inspection", "sqs_letter"})  # the inspectorate's reports
TITLE_AREA = re.compile(r"(?:work|services?)\s+in:?[ \t]*(?:\*\*)?\s*\n*\s*(?:\*\*)?([A-Z][\w'’&,\- ]{2,60}?)(?:\*\*)?"
                        r"\s*(?:\n|$|HM |·|\d|\()")
# When the work took place, after its place: ', July 2019', ' between' (4 and 6 November), ' during' (November 2013).
DATE_AFTER_PLACE_RE = re.compile(rf"(?:,[^\S\n]*+{dates.MONTH_NAME}\b.*|[^\S\n]+(?:between|from|during|on|in|over)"
                                 rf"(?:[^\S\n]+{dates.MONTH_NAME})?[^\S\n]*)$")
SERVICE = re.compile(r"\b(?:Service:\s*|supervised by (?:the )?)((?:[A-Z][\w'’&-]*\s+){1,5}?(?:Youth Offending "
                     r"(?:Service|Team)|Youth Justice Service|YOS|YOT))\b")
# The service a sentence names, and the area in its name: 'Northshire YOS', 'Westmere Youth Justice Service'.
SERVICE_NAMED = re.compile(r"\b(?!(?i:our|the|this|that|its|their|an?|your|local)\b)(?P<area>[A-Z][\w'’-]+(?:[ \t]+(?:and|&|upon|on|[A-Z][\w'’-]+)){0,3}?)[ \t]+"
                           r"(?i:YOS|YOT|YJS|Youth Offending (?:Service|Team)|Youth Justice (?:Service|Team))\b")
CASES_COURT = re.compile(rf"\bexamined\s+(?P<value>{NUMBER})\s+(?:post-court|court(?:\s+disposal)?)\s+cases\b",
                         re.IGNORECASE)
CASES_OUT_OF_COURT = re.compile(rf"\bexamined\s+(?P<value>{NUMBER})\s+out-of-court(?:\s+disposal)?\s+(?:cases|disposals)\b",
                                re.IGNORECASE)


def inspection_facts(ctx: Context) -> InspectionRef | None:
    """The inspection the document reports or discusses, with its type, area, service, dates and cases."""
    found = inspection_type(ctx.text)
    if found is None:
        return None
    kind, where = found
    area, area_span = inspection_area(ctx, where)
    fieldwork = fieldwork_dates(ctx.text)
    published = publication_date(ctx.text, where.start)
    if published is None and fieldwork is None and ctx.family in REPORT_FAMILIES:
        published = generic_date(ctx)  # the inspectorate's letter reporting a screening: published on its date
    year = inspection_year(fieldwork, published)
    keys = (fold(area) if area else ctx.document.id, kind, year or ctx.document.id)
    inspection = EntityBuilder(ctx, "Inspection", "inspection-" + stable_hash(*keys))
    inspection.add("inspection_type", kind, where)
    inspection.add("reported_in", ctx.document_entity, where)
    if area and area_span:
        inspection.add("area", ctx.area(area, area_span), area_span)
    service = inspected_service(ctx, area)
    if service:
        inspection.add("service", ctx.organisation(service.text, service), service)
    if fieldwork:
        start, end = fieldwork
        inspection.add("fieldwork_start", start[0], start[1])
        if end:
            inspection.add("fieldwork_end", end[0], end[1])
    if published:
        inspection.add("published", published[0], published[1])
    cases_examined(ctx, inspection)
    return InspectionRef(inspection.id, area)


def inspection_year(fieldwork: tuple[tuple[str, Span], tuple[str, Span] | None] | None,
                    published: tuple[str, Span] | None) -> str | None:
    """The year an inspection is keyed by: its fieldwork's, else its publication's."""
    return next((d[0][:4] for d in (fieldwork[0] if fieldwork else None, published) if d), None)


def inspection_of_area(ctx: Context, area: str, kind: str, where: Span) -> InspectionRef:
    """The inspection of an area a document reports without naming its type (a press release, council news), keyed
    as `inspection_facts` keys it, so the report of the same inspection meets it; a paper that says when it took place
    ('In November 2022 HM Inspectorate of Probation inspected our service') dates it."""
    published = publication_date(ctx.text, 0)
    fieldwork = fieldwork_dates(ctx.text)
    year = inspection_year(fieldwork, published)
    keys = (fold(area), kind, year or ctx.document.id)
    inspection = EntityBuilder(ctx, "Inspection", "inspection-" + stable_hash(*keys))
    inspection.add("inspection_type", kind, where).add("reported_in", ctx.document_entity, where)
    inspection.add("area", ctx.area(area, where), where)
    if fieldwork:
        inspection.add("fieldwork_start", fieldwork[0][0], fieldwork[0][1])
    dated = (published or generic_date(ctx)) if ctx.family in REPORT_FAMILIES else (
        stated_publication_date(ctx.text) or published_today(ctx))
    if dated:  # the inspectorate's own report is published on its date ('Published by ..., July 2024')
        inspection.add("published", dated[0], dated[1])
    return InspectionRef(inspection.id, area)


# A release or a news item out on the day of the report it tells of: 'according to a report published today by HM
# Inspectorate of Probation'.
PUBLISHED_TODAY_RE = re.compile(r"\b(?:report|inspection)\b[^.]{0,80}?\bpublished\s+today\b", re.IGNORECASE)


def published_today(ctx: Context) -> tuple[str, Span] | None:
    """The report's publication on the date of the paper that says it was published today."""
    return generic_date(ctx) if says_published_today(ctx.text) else None


@lru_cache(maxsize=4)
def says_published_today(text: str) -> bool:
    """Read once a document (cached by its text): each rating sentence of a release asks."""
    return PUBLISHED_TODAY_RE.search(text) is not None


def rated_inspection(ctx: Context, inspection: InspectionRef | None, sentence: Span,
                     rating: str) -> InspectionRef | None:
    """The inspection a rating sentence is about: of the service it names ('Eastholm YJS was rated ...'), else the
    document's inspection, else an inspection of the document's area."""
    named = SERVICE_NAMED.search(sentence.text)
    written = re.sub(r"['’]s$", "", named.group("area")) if named else None  # "Westmere's youth justice service"
    area = ctx.gazetteer.area_name(written.title() if written.isupper() else written) if written else None
    if inspection and (area is None or inspection.area and fold(area) == fold(inspection.area)):
        return inspection
    area = area or document_area(ctx)
    if area is None:
        return inspection
    kind = "standards inspection" if re.fullmatch(STANDARD_RATINGS, rating, re.IGNORECASE) else "inspection"
    return inspection_of_area(ctx, area, kind, sentence)


def inspection_type(text: str) -> tuple[str, Span] | None:
    """The inspection type named earliest in the text, and where."""
    matches = [(m.start(), kind, m) for kind, pattern in INSPECTION_TYPES for m in [pattern.search(text)] if m]
    if not matches:
        return None
    _, kind, match = min(matches, key=lambda found: found[0])
    return kind, trim(text, match.start(), match.end(), " \t\n")


def inspection_area(ctx: Context, where: Span) -> tuple[str | None, Span | None]:
    """The area named in the inspection's title, else the document's area, with a span naming it."""
    title = TITLE_AREA.match(ctx.text, where.end, min(len(ctx.text), where.end + 200))
    if title is None:
        title = TITLE_AREA.search(ctx.text, where.start, min(len(ctx.text), where.end + 200))
    # 'An inspection of youth offending services in Westmere, July 2019': the date after the place is no part of it
    candidate = DATE_AFTER_PLACE_RE.sub("", title.group(1)).strip(" ,") if title else ""
    if title and looks_like_place(candidate):  # (not 'work in Westmere, the report of which will be published')
        return ctx.gazetteer.area_name(candidate), span(ctx.text, title.start(1), title.start(1) + len(candidate))
    area = document_area(ctx)
    if not area:
        return None, None
    at = ctx.text.find(area)
    return area, (span(ctx.text, at, at + len(area)) if at >= 0 else where)


def inspected_service(ctx: Context, area: str | None) -> Span | None:
    """The service inspected: 'Service: X Youth Offending Service', 'supervised by X YOS', or the area's YOS named."""
    match = SERVICE.search(ctx.text)
    if match:
        return trim(ctx.text, match.start(1), match.end(1))
    if area:
        named = re.search(rf"\b{re.escape(area)}\s+(?:Youth Offending (?:Service|Team)|Youth Justice Service)\b", ctx.text)
        if named:
            return span(ctx.text, named.start(), named.end())
    return None


@lru_cache(maxsize=4)
def fieldwork_dates(text: str) -> tuple[tuple[str, Span], tuple[str, Span] | None] | None:
    """Fieldwork start and end as the report states them (kg.dates reads the wordings), each with its span. Read once
    a document (cached by its text): each rating sentence of a release asks for them."""
    found = dates.fieldwork_dates(text)
    if found is None:
        return None
    start, end = found
    return _dated(text, start), _dated(text, end) if end else None


@lru_cache(maxsize=4)
def publication_date(text: str, after: int) -> tuple[str, Span] | None:
    """'Publication date: 12 August 2015', else a title page's or foreword's 'Month YYYY' line near the title."""
    labelled = stated_publication_date(text)
    if labelled:
        return labelled
    for line in lines(text, after, min(len(text), after + 5000)):
        value = dates.month_year_line(plain(line.text))
        if value:
            return value, trim(text, line.start, line.end)
    return None


@lru_cache(maxsize=4)
def stated_publication_date(text: str) -> tuple[str, Span] | None:
    """The publication a document states in words ('Published: 16 May 2023', 'the report was published on ...'), read
    once a document (cached by its text): each rating sentence of a release asks for it."""
    labelled = dates.labelled_publication_date(text)
    return _dated(text, labelled) if labelled else None


def _dated(text: str, found: dates.Found) -> tuple[str, Span]:
    value, start, end = found
    return value, span(text, start, end)


def cases_examined(ctx: Context, inspection: EntityBuilder) -> None:
    """Cases examined, with the court / out-of-court split where the report gives it."""
    court = CASES_COURT.search(ctx.text)
    out_of_court = CASES_OUT_OF_COURT.search(ctx.text)
    if court:
        inspection.add("cases_court", str(number_value(court.group("value"))), span(ctx.text, court.start(), court.end()))
    if out_of_court:
        inspection.add("cases_out_of_court", str(number_value(out_of_court.group("value"))),
                       span(ctx.text, out_of_court.start(), out_of_court.end()))
    if court and out_of_court:
        first, last = sorted([court, out_of_court], key=lambda m: m.start())
        total = number_value(court.group("value")) + number_value(out_of_court.group("value"))
        inspection.add("cases_examined", str(total), span(ctx.text, first.start(), last.end()))
        return
    for pattern in CASES_EXAMINED:
        match = pattern.search(ctx.text)
        if match:
            where = span(ctx.text, match.start(), match.end())
            inspection.add("cases_examined", str(cases_counted(match)), where)
            return
