"""Findings: the lists of strengths, areas for improvement and summary key findings, each item
a Finding with its polarity and the domain or theme section it sits in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.gazetteer import fold
from kg.loaders.context import Context
from kg.loaders.findings_common import (
    BULLET_ITEM,
    NUMBERED_ITEM,
    THEME_HEADING,
    InspectionRef,
    looks_like_heading,
    without_number,
)
from kg.loaders.text import Span, is_blank, lines, plain, span, strip_bullet, trim
from kg.themes import tag

DOMAIN_HEADING = re.compile(r"^\W*(?:\d\.|Domain (?:one|two|three|four|\d):?)\s+(?P<name>[A-Z][a-z-]+(?: [a-z-]+){0,5})\s*$")

FINDING_HEADINGS: list[tuple[str, re.Pattern[str]]] = [
    ("strength", re.compile(r"^\W*(?:key |main |particular )?strengths?(?: were| identified[^:]*?)?\W*$|"
                            r"\bkey strengths (?:identified|found|noted)[^:]*?\bwere\s*:\s*$", re.IGNORECASE)),
    ("improvement", re.compile(r"^\W*(?:key |main )?areas? (?:for|requiring|that require|needing) (?:further )?"
                               r"improvement\W*$|\bareas? (?:for|requiring) (?:further )?improvement "
                               r"(?:identified|found|noted)?[^:]*?\bwere\s*:\s*$", re.IGNORECASE)),
    ("summary", re.compile(r"^\W*(?:Our )?key findings(?: about (?P<domain>[^:]+?) were as follows)?\W*$",
                           re.IGNORECASE)),
]
ITEM_MAX = 700
# Where bullets were lost, a list ends at the letter's or report's next paragraph in its own voice.
CLOSING = re.compile(r"^(?:We|I|Please|If|Our|Thank|Yours|This report|The inspection)\b")
# Sub-headings found inside a domain or theme section, above its lists.
DOMAIN_SUBHEADINGS = re.compile(r"^(?:Summary|What we expect to see|Case assessment score|Key findings|Explanation of "
                                r"findings|Data summary|Strengths|Areas? (?:for|requiring) improvement)\W*$", re.IGNORECASE)


def strengths_and_improvements(ctx: Context, inspection: InspectionRef | None) -> None:
    """Lists under 'Key strengths' / 'Strengths:', 'Areas requiring improvement' / 'Areas for improvement:' and
    'Our key findings about X were as follows:' / 'Key Findings', each item a Finding with its polarity."""
    all_lines = lines(ctx.text)
    for index, line in enumerate(all_lines):
        text = plain(line.text)
        for polarity, pattern in FINDING_HEADINGS:
            heading = pattern.search(text)
            if not heading or len(text) > 160:
                continue
            domain = (heading.groupdict().get("domain") or domain_before(all_lines, index) or "").strip()
            for number, item in enumerate(list_items(ctx, all_lines, index + 1), 1):
                emit_finding(ctx, inspection, polarity, domain, item, number)
            break


def domain_before(all_lines: list[Span], index: int) -> str | None:
    """The section a list sits in: the nearest domain ('2. Court disposals') or theme heading above it, unless
    another section heading ('Operational management') comes between them."""
    for line in reversed(all_lines[:index]):
        text = plain(line.text)
        heading = THEME_HEADING.match(text) or DOMAIN_HEADING.match(text)
        if heading:
            return heading.group("name")
        if looks_like_heading(text) and len(text.split()) <= 5 and not DOMAIN_SUBHEADINGS.match(text):
            return None
    return None


def list_items(ctx: Context, all_lines: list[Span], begin: int) -> Iterator[Span]:
    """The items of a list after a heading: bulleted or numbered lines (with wrapped continuations), or, where
    the bullets were lost, sentence lines ending in a full stop."""
    bulleted: bool | None = None
    kind: str | None = None
    current: Span | None = None
    blank_run = 0
    for line in all_lines[begin:]:
        if is_blank(line):
            blank_run += 1
            if blank_run > 2 and current:
                break
            continue
        after_blank, blank_run = blank_run > 0, 0
        text = plain(line.text)
        marker = "bullet" if BULLET_ITEM.match(line.text) else \
            "number" if NUMBERED_ITEM.match(line.text.lstrip(" \t")) else None
        if bulleted is None:
            bulleted, kind = marker is not None, marker
        if marker and (marker != kind or looks_like_heading(text)):
            break
        if marker or (not bulleted and text.endswith(".") and len(text) < ITEM_MAX and not after_blank_heading(text)
                      and not CLOSING.match(text)):
            if current:
                yield current
            current = item_text(ctx, line)
            continue
        if current and not after_blank and text[:1].islower():
            current = span(ctx.text, current.start, line.end)
            continue
        break
    if current:
        yield current


def after_blank_heading(text: str) -> bool:
    return any(pattern.search(text) for _, pattern in FINDING_HEADINGS)


def item_text(ctx: Context, line: Span) -> Span:
    body = without_number(ctx, strip_bullet(ctx.text, line))
    return trim(ctx.text, body.start, body.end, " \t-–•·*")


def emit_finding(ctx: Context, inspection: InspectionRef | None, polarity: str, domain: str, item: Span,
                 number: int) -> None:
    if len(item.text) < 10:
        return
    finding = ctx.entity("Finding", polarity, domain, fold(item.text[:120]))
    finding.add("polarity", polarity, item).add("text", item.text, item).add("domain", domain, item)
    finding.add("document", ctx.document_entity, item)
    if inspection:
        finding.add("inspection", inspection.id, item)
    for theme in tag(item.text):
        finding.add("theme", theme, item)
