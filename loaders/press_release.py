"""Press releases and news items about inspections (HMI Probation, councils, partners).

A short text that reports a published inspection and quotes people about it: "..., said
Paul McDowell, Chief Inspector of Probation", "Assistant chief inspector Helen Mercer
says:", "Devon's Cabinet member for children's services, James McInnes, said:",
"Probation's Paul Wilson said". Quotes may run across paragraphs; names may be in
capitals; a release may end with notes to editors and a contact for further information.

Facts read here: every named speaker (`quoted`, with the role written beside the name),
chief inspectors, cabinet members and board chairs wherever they are named (loaders/speakers.py,
shared with the other families), lead inspectors ("led by" lines) and named press contacts
(`contact_officer`, with their e-mail and telephone).
"""

from __future__ import annotations

import re
from string import capwords

from kg.loaders import generic, inspection_people, people_lists, registry, speakers
from kg.loaders.context import Context
from kg.loaders.text import Span, council_report_form, end_of_line, span, trim
from kg.names import NameMatch, find_names
from kg.vocabulary import names_post, names_post_or_body

FAMILY = "press_release"
PRECEDENCE = 70
EXCLUDES: tuple[str, ...] = ("staff_page",)  # a news item names people in its prose, not a list of staff
# The parts set under their own heading that its loader reads itself (`registry.PART_KINDS`): none: a copy list or minutes set after a news item are read for it.
PARTS: tuple[str, ...] = ()

PRESS_SIGNAL_RE = re.compile(
    r"\bpress\s+release\b|\bnews\s+release\b|\bnotes?\s+(?:to|for)\s+editors?\b|^[^\S\n]*posted\s+(?:on|by)\b|"
    r"\bmedia\s+enquiries\b|\bpress\s+enquiries\b|^[^\S\n]*ENDS[^\S\n]*$|"
    r"\bfor\s+(?:further|more)\s+information,?\s+(?:please\s+)?contact\b",
    re.IGNORECASE | re.MULTILINE,
)
REPORT_NEWS_RE = re.compile(
    r"\bpublished\s+(?:today|(?:the|a|its|his|her|their)\s+(?:\w+\s+){0,3}report)\b|\breport\s+(?:published|released)\b|"
    r"\b(?:inspection|inspectors?|inspectorate)\b",
    re.IGNORECASE,
)
# Layouts of the other families: meeting records, letters and full reports.
# Each line is read on its own ([^\w\n], [^\S\n]): a pattern free to cross line breaks would try every blank line
# of a long run from every line before it; possessive runs are crossed once.
OTHER_FAMILY_RE = re.compile(
    r"^[^\w\n]*+(?:present|apologies(?:[ \t]+for[ \t]+absence)?|in[ \t]+attendance|attendees|agenda)[^\w\n]*$|"
    r"^[^\w\n]*+minutes[ \t]+of\b|^[^\S\n]*dear[ \t]+\w+|^[^\S\n]*yours[ \t]+(?:sincerely|faithfully)|"
    # a report's contents or foreword, numbered or in two languages too: '1. Foreword', 'Rhagair / Foreword', its
    # contents over a column of page numbers: 'Contents<pad>Page'
    r"^[^\w\n]*+(?:\d{1,2}\.?[ \t]++)?(?:\w++[ \t]*+/[ \t]*+)?(?:contents|table[ \t]+of[ \t]+contents|foreword)(?:[ \t]++page)?[^\w\n]*$|"
    # a plan's foreword by its board's chair ('1.  Introduction from the Chair of the Partnership Board'), or the plan's
    # title on a line of its own at the top ('PENMARROW YOUTH JUSTICE PLAN', 'Youth Justice Plan 2024-25')
    r"^[^\w\n]*+(?:\d{1,2}\.?[ \t]++)?(?:foreword|introduction)[ \t]++(?:from|by)[ \t]++the[ \t]++chair\b|"
    r"\A\s*+(?:[^\n]*+\n){0,2}?[^\S\n]*+(?:[\w'’]++[ \t]++){0,3}youth[ \t]++(?:justice|offending)[ \t]++(?:strategic[ \t]++)?plan\b"
    r"[^\n.]{0,20}$|"  # (among its opening lines: a news page's link to the plan at its foot is no title)
    r"^[^\w\n<]*+(?:<i>[^\S\n]*+)?(?:to|from|copy[ \t]+to)[^\S\n]*+:|"
    # a council report's form header: 'Report to:', 'Report of:', 'Report author:'; a member's report to the council
    # headed by its councillor ('Report of Councillor Jo Bloggs, Cabinet Member for ...')
    r"^[^\w\n]*+report[ \t]+(?:to|of|by|author)[^\S\n]*+:|^[^\w\n]*+report[ \t]+of[ \t]+(?:councillor|cllr)\b",
    re.IGNORECASE | re.MULTILINE,
)
LONGEST_RELEASE = 60_000
# A news page's metadata, 'Published: 13 May 2025' over 'From: HM Inspectorate of Probation' or under it: who
# published it, not a memo's 'From:' line.
PUBLISHED_FROM_RE = re.compile(r"^[^\S\n]*published\b[^\n]*\n[^\S\n]*from[^\S\n]*:|"
                               r"^[^\S\n]*from[^\S\n]*:[^\n]*\n[^\S\n]*published\b", re.IGNORECASE | re.MULTILINE)

# 'Posted by Jo Bloggs', or a news page's 'By Jo Bloggs, Local Democracy Reporter' or 'By JO BLOGGS' on a line of its
# own, the reporter's post after a comma or on the next line.
BYLINE_RE = re.compile(r"^[^\S\n]*(?:(?:posted|written|published)\s+by\s*:?\s*|(?-i:By|BY)[^\S\n]+(?=[^\n]{0,80}$))",
                       re.IGNORECASE | re.MULTILINE)


def signs(text: str) -> bool:
    """A short text with press signals, or with named speakers in a text about an inspection report."""
    head = PUBLISHED_FROM_RE.sub("", text[:6000])
    if len(text) > LONGEST_RELEASE or OTHER_FAMILY_RE.search(head) or council_report_form(head):
        return False
    if PRESS_SIGNAL_RE.search(text):
        return True
    return bool(REPORT_NEWS_RE.search(head)) and bool(speakers.speakers(head))


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def load(ctx: Context) -> None:
    area = generic.document_area(ctx)
    # 'Jo Lee, who manages the Inspectorate's youth inspection programme, said', 'inspections are overseen by Jo Lee';
    # 'HM Inspector Jo Lee, who led the inspection, added: ...', 'The lead inspector was Jo Lee.' as papers name them
    inspection_people.inspectorate_people_in_papers(ctx)
    inspection_people.team_in_prose(ctx)  # notes to editors: 'The inspection was led by X, HM Inspector, with Y.'
    inspection_people.report_addressed_to(ctx, area)  # 'The report is addressed to X, Chair of ...'
    speakers.quoted_people(ctx, area)
    speakers.key_role_holders(ctx, area)
    speakers.board_chaired_by(ctx, area)
    speakers.board_vice_chairs(ctx, area)
    speakers.service_led_by(ctx, area)
    speakers.committee_chair(ctx, area)  # 'The chairman of that committee, Councillor Jo Bloggs, confirmed'
    people_lists.led_by_lines(ctx)
    people_lists.contact_officers(ctx)
    people_lists.labelled_authors(ctx, area)  # a council's paper about the news: 'Author/contact: Jo Bloggs, Manager'
    bylines(ctx)


# --- bylines -------------------------------------------------------------------

def bylines(ctx: Context) -> None:
    """'Posted by Jo Bloggs, Communications Officer': the author of the item."""
    text = ctx.text
    for match in BYLINE_RE.finditer(text):
        line_end = end_of_line(text, match.end())
        names = find_names(text, match.end(), line_end) or _reporter_named(text, match.end(), line_end)
        if not names or names[0].start != match.end() or text[names[0].end:line_end].strip()[:1] not in ("", ",", "|"):
            continue  # 'By Jo Bloggs, Reporter', not a sentence that begins 'By Jo Bloggs's reckoning'
        role = speakers.apposition_after(text, names[0], line_end)
        below = _post_below(text, line_end) if not trim(text, names[0].end, line_end) else None
        agency = _agency_below(text, line_end) if role is None and below is None and not trim(text, names[0].end, line_end) \
            else None
        if agency is not None:  # 'By Jo Bloggs' / 'Local Democracy Reporting Service': the agency the reporter writes for
            if _opens_paragraph(text, match.start()):
                ctx.person_role(names[0], "author", trim(text, match.start(), agency.end), organisation=agency.text)
            continue
        beside = _agency_beside(text, names[0].end, line_end) if role is None else None
        if beside is not None:  # 'By Jo Bloggs, Local Democracy Reporting Service': the paper's, through the agency
            if _opens_paragraph(text, match.start()):
                ctx.person_role(names[0], "author", trim(text, match.start(), beside.end), role=beside.text,
                                role_span=beside, organisation=_publication(text) or beside.text)
            continue
        if not re.match(r"\s*(?:posted|written|published)", match.group(0), re.IGNORECASE) and (
                role is None and below is None or not _opens_paragraph(text, match.start())):
            continue  # a bare 'By' opens a paragraph of its own, with the reporter's post: not '... chaired' / 'by X'
        role = role or below
        evidence = span(text, match.start(), role.end if role else line_end)
        ctx.person_role(names[0], "author", trim(text, evidence.start, evidence.end), role=speakers.role_text(role),
                        role_span=role, organisation=_publication(text))


def _reporter_named(text: str, start: int, line_end: int) -> list[NameMatch]:
    """A byline's name the lexicon lacks ('By Carwyn Beddoes'), vouched for by the reporter's post under it or the
    agency beside it."""
    names = find_names(text, start, line_end, strict=False)[:1]
    if names and _agency_beside(text, names[0].end, line_end):
        return names
    return names if names and not trim(text, names[0].end, line_end) and _post_below(text, line_end) else []


def _agency_beside(text: str, name_end: int, line_end: int) -> Span | None:
    """The news agency after the byline's name and a comma ('By Jo Bloggs, Local Democracy Reporting Service'): a
    body's name, not a post."""
    if not text[name_end:line_end].lstrip(" \t").startswith(","):
        return None
    agency = trim(text, name_end, line_end)
    return agency if agency and names_post_or_body(agency.text) and not names_post(agency.text) else None


# A newspaper's name at the head of its page: 'Westmere Echo | News | Courts', 'THE DALE GAZETTE', 'WESTMERE EXAMINER'
# before the site's links.
PUBLICATION_RE = re.compile(r"^[^\S\n]*(?P<name>(?:[A-Z][\w'’-]*[^\S\n]+){1,3}(?i:echo|gazette|herald|chronicle|times|"
                            r"post|argus|advertiser|mercury|journal|observer|telegraph|courier|express|star|leader|guardian|standard|"
                            r"sentinel|citizen|examiner|mail|despatch|dispatch|bulletin))\b"
                            # the site's links after wide padding ('FENNICK CROSS EXAMINER      Subscribe | Sign in')
                            r"[^\S\n]*(?:[|–—:-]|$|(?<=[^\S\n]{3}))", re.MULTILINE)


def _publication(text: str) -> str | None:
    """The newspaper whose page a byline is on, named on the page's first line."""
    first = re.match(r"\s*[^\n]*", text)
    named = PUBLICATION_RE.match(first.group(0).strip()) if first else None
    if named is None:
        return None
    name = re.sub(r"^the\s+", "", " ".join(named.group("name").split()), flags=re.IGNORECASE)  # 'THE DALE GAZETTE'
    return capwords(name.lower()) if name.isupper() else name


def _opens_paragraph(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before.strip() or before.endswith("\n\n")


def _agency_below(text: str, line_end: int) -> Span | None:
    """The news agency or service a reporter writes for, alone on the line under the byline ('Local Democracy
    Reporting Service'): a body's name, not a post."""
    below = _short_line_below(text, line_end)
    return below if below and names_post_or_body(below.text) and not names_post(below.text) else None


def _post_below(text: str, line_end: int) -> Span | None:
    """The reporter's post alone on the line under a byline ('Local Democracy Reporter')."""
    below = _short_line_below(text, line_end)
    return below if below and names_post(below.text) else None


def _short_line_below(text: str, line_end: int) -> Span | None:
    """The line under a byline, if it is a few words (six at most) on its own."""
    below = trim(text, line_end + 1, end_of_line(text, line_end + 1))
    return below if below and len(below.text.split()) <= 6 else None
