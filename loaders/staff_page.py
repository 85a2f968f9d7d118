"""Youth offending team and service web pages that list staff, with their posts.

A council's page about its YOT/YOS: what the service does, contact details, and the
people in post, written in a few recurring layouts:

- one person a line, the post after the name: "Martin Davis YOT Head of Service",
  "Jo Bloggs, Team Manager", "Jo Bloggs - Team Manager"; or before it: "Team Manager: Jo Bloggs";
- a post heading, often plural, over a list of names ("YOT Team Leaders" then one name a line),
  each person taking the post in the singular ("YOT Team Leader");
- a table row of name, post and contact details.

Everyone listed is `staff` of the organisation that publishes the page (the council named on
it, or the area's council), with the post as written and any e-mail or telephone number on
the same line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.loaders import generic, people_lists, registry, speakers
from kg.loaders.attendance import SENTENCE_VERB_RE
from kg.loaders.context import INSPECTORATE, Context
from kg.loaders.roles import organisation_for_role
from kg.loaders.text import (
    EMAIL_RE,
    OTHER_TONGUE_HEAD,
    PHONE_RE,
    Line,
    Span,
    cells,
    council_report_form,
    is_blank,
    lines,
    plain,
    span,
    strip_bullet,
    trim,
)
from kg.names import NameMatch, find_names, is_role_word
from kg.vocabulary import names_post, singular_post

FAMILY = "staff_page"
PRECEDENCE = 80
EXCLUDES: tuple[str, ...] = ()
# The parts set under their own heading that its loader reads itself (`registry.PART_KINDS`): none: a copy list or minutes set after the page are read for it.
PARTS: tuple[str, ...] = ()

PAGE_SIGNAL_RE = re.compile(
    r"\bcontact\s+us\b|^[^\S\n]*(?:tel|telephone|phone|email|e-mail)[^\S\n]*:|\bmeet\s+the\s+team\b|\bour\s+(?:team|staff)\b|"
    r"\bstaff\b|\bwho'?s\s+who\b",
    re.IGNORECASE | re.MULTILINE,
)
# Each line is read on its own ([^\w\n], [^\S\n]): a pattern free to cross line breaks would try every blank line
# of a long run from every line before it; possessive runs are crossed once.
OTHER_FAMILY_RE = re.compile(
    r"^[^\w\n]*+(?:present|apologies(?:[ \t]+for[ \t]+absence)?|in[ \t]+attendance|attendees|agenda)[^\w\n]*$|"
    r"^[^\w\n]*+minutes[ \t]+of\b|"
    # a meeting's numbered item for its members' interests ('34. DECLARATIONS OF INTEREST'): minutes, not a staff page
    r"^[^\w\n]*+(?:\d{1,3}\.?[ \t]++)?declarations?[ \t]++of[ \t]++(?:\w++[ \t]++)?interests?[^\w\n]*$|^[^\S\n]*dear[ \t]+\w+|^[^\S\n]*yours[ \t]+(?:sincerely|faithfully)|"
    # a report's contents or foreword, numbered or in two languages too: '1. Foreword', 'Rhagair / Foreword', 'Foreword
    # by the Chair of the Board'
    # ('A JOINT FOREWORD': the foreword two sign)
    r"^[^\w\n]*+(?:\d{1,2}\.?[ \t]++)?(?:\w++[ \t]*+/[ \t]*+)?(?:contents|table[ \t]+of[ \t]+contents|"
    r"(?:(?:a|the|our)[ \t]++)?(?:joint[ \t]++)?foreword(?:[ \t]++by\b[^\n]*+)?)[^\w\n]*$|"
    # a letter's header, in two languages too ('At / To:', 'Copi at / Copy to:')
    rf"^[^\w\n<]*+(?:<i>[^\S\n]*+)?(?:{OTHER_TONGUE_HEAD})?(?:to|from|copy[ \t]+to)[^\S\n]*+:",
    re.IGNORECASE | re.MULTILINE,
)
COUNCIL_RE = re.compile(r"\b((?:(?:[A-Z][\w’'&\-]+|and|of|upon|on) ){1,6}Council)\b")
QUOTATION_RE = re.compile(r"[\"“”]|\b(?:said|says|added|adds)\b")
LONGEST_PAGE = 60_000
MOST_WORDS = 12
MIN_ENTRIES = 2


@dataclass(frozen=True)
class StaffEntry:
    """A person listed on the page, the post written with them and the lines that say so."""

    name: NameMatch
    post: str
    post_span: Span
    evidence: Span
    line: Line


def signs(text: str) -> bool:
    """A short page with contact signals and at least two people listed with their posts."""
    head = text[:LONGEST_PAGE]
    if len(text) > LONGEST_PAGE or OTHER_FAMILY_RE.search(head) or not PAGE_SIGNAL_RE.search(head) \
            or council_report_form(head):  # a council report's form ('Portfolio Holder:  Councillor X') lists no staff
        return False
    if council_report_form(head):  # a council's report names its author and officers in a form, not a staff list
        return False
    return len(staff_entries(text)) >= MIN_ENTRIES


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def load(ctx: Context) -> None:
    area = generic.document_area(ctx)
    # an inspectorate's own page (its team listed 'Name | post') is the inspectorate's, not the area council's
    organisation = (ctx.gazetteer.inspectorate_named(ctx.text[:300]) if ctx.home_body == INSPECTORATE
                    else publisher(ctx.text, area))
    members = {line.start for _, rows in people_lists.membership_blocks(ctx.text) for line in rows}
    for entry in staff_entries(ctx.text):
        if entry.line.start in members:
            continue  # a board's membership table: its rows are members, whoever employs them
        ctx.person_role(entry.name, "staff", entry.evidence, role=entry.post, role_span=entry.post_span,
                        organisation=organisation or organisation_for_role(entry.post, area))
        contact_on_line(ctx, entry)


def publisher(text: str, area: str | None) -> str | None:
    """The council that publishes the page: the first council named on it, else the area's council.

    Words of a service name run into the council's ('Restorative Justice Service Wiltshire Council') are dropped.
    """
    for match in COUNCIL_RE.finditer(text):
        words = match.group(1).split()
        while len(words) > 1 and (is_role_word(words[0]) and words[0] not in ("County", "City", "Borough")):
            words.pop(0)
        if len(words) > 1:
            return " ".join(words)
    return f"{area} Council" if area else None


def contact_on_line(ctx: Context, entry: StaffEntry) -> None:
    email = EMAIL_RE.search(entry.line.text)
    phone = PHONE_RE.search(entry.line.text)
    if email:
        at = entry.line.start + email.start()
        ctx.contact(entry.name.name, span(ctx.text, at, at + len(email.group(0))), email=email.group(0))
    if phone:
        at = entry.line.start + phone.start()
        ctx.contact(entry.name.name, span(ctx.text, at, entry.line.start + phone.end()), phone=phone.group(0))


def staff_entries(text: str) -> list[StaffEntry]:
    """People listed with posts; names outside the lexicon are accepted once the layout has shown itself."""
    entries = _entries(text, strict=True)
    if entries:
        entries = _entries(text, strict=False)
    # 'Jo Bloggs – Head of Service' above the words she said: a news item quoting her, not a list of staff
    quoted = [speaker.evidence for speaker in speakers.attributions(text)]
    return [entry for entry in entries if not any(said.start <= entry.line.start < said.end for said in quoted)]


def _entries(text: str, *, strict: bool) -> list[StaffEntry]:
    found: list[StaffEntry] = []
    heading: Span | None = None
    listed: list[tuple[NameMatch, Line]] = []
    for line in lines(text):
        if is_blank(line):
            found.extend(_under_heading(text, heading, listed))
            heading, listed = None, []
            continue
        body = strip_bullet(text, trim(text, line.start, line.end, " \t"))
        only = _only_name(text, body, strict=False) if heading else None
        if only:
            listed.append((only, line))
            continue
        found.extend(_under_heading(text, heading, listed))
        heading, listed = None, []
        entry = _person_with_post(text, body, line, strict)
        if entry:
            found.append(entry)
        elif _is_post(body.text) and len(body.text.split()) <= 6:
            heading = trim(text, body.start, body.end)
    found.extend(_under_heading(text, heading, listed))
    return found


def _under_heading(text: str, heading: Span | None, listed: list[tuple[NameMatch, Line]]) -> list[StaffEntry]:
    if heading is None or not listed:
        return []
    evidence = span(text, heading.start, listed[-1][1].end)
    post = singular_post(heading.text)
    return [StaffEntry(name, post, heading, evidence, line) for name, line in listed]


def _only_name(text: str, body: Span, *, strict: bool) -> NameMatch | None:
    """The name when a line holds nothing else."""
    names = find_names(text, body.start, body.end, strict=strict)
    if len(names) == 1 and not trim(text, body.start, names[0].start) and not trim(text, names[0].end, body.end):
        return names[0]
    return None


def _person_with_post(text: str, body: Span, line: Line, strict: bool) -> StaffEntry | None:
    """'Name Post', 'Name, Post', 'Name - Post', 'Post: Name', or a table row of name, post and contacts."""
    if len(plain(body.text).split()) > MOST_WORDS * 2:
        return None
    row = cells(text, body)
    if len(row) > 1:
        return _table_row(text, row, line, strict)
    names = find_names(text, body.start, body.end, strict=strict)
    if not names:
        return None
    name = names[0]
    after = trim(text, name.end, body.end)
    before = trim(text, body.start, name.start)
    if after and not before and _is_post(after.text) and len(after.text.split()) <= MOST_WORDS:
        post = _post_only(text, after)
    elif before and not after and _is_post(before.text) and len(before.text.split()) <= MOST_WORDS:
        post = before
    else:
        return None
    return StaffEntry(name, " ".join(post.text.split()), post, trim(text, body.start, body.end), line)


def _table_row(text: str, row: list[Span], line: Line, strict: bool) -> StaffEntry | None:
    name_cells = [(cell, _only_name(text, cell, strict=strict)) for cell in row]
    named = [(cell, name) for cell, name in name_cells if name]
    posts = [cell for cell in row if _is_post(cell.text) and not _only_name(text, cell, strict=False)]
    if len(named) != 1 or not posts:
        return None
    post = posts[0]
    return StaffEntry(named[0][1], " ".join(post.text.split()), post, trim(text, line.start, line.end), line)


def _post_only(text: str, post: Span) -> Span:
    """A post without the contact details written after it on the same line."""
    cut = min([m.start() for m in (EMAIL_RE.search(post.text), PHONE_RE.search(post.text),
                                   re.search(r"\b(?:tel|telephone|email|e-mail)\b", post.text, re.IGNORECASE)) if m],
              default=len(post.text))
    return trim(text, post.start, post.start + cut)


def _is_post(phrase: str) -> bool:
    """Does a short phrase name a post ('YOT Head of Service', 'Team Leaders')? Not a sentence that names one ('The
    inspection was led by HM Inspector', 'Head of Service, added: "..."'), as a news item's lines do."""
    return names_post(plain(phrase)) and not SENTENCE_VERB_RE.search(phrase) and not QUOTATION_RE.search(phrase)
