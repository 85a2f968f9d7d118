"""Short Quality Screening (SQS) letters, HM Inspectorate of Probation, 2013-2016.

A letter to the chair of the YOS management board: a To / Copy to / From / Publication
date block (tab-separated or a markdown table), the findings, the lead inspector named in
the closing paragraph with an e-mail and telephone number, and a "Copy to" list of roles
and names at the end (several names on one line, names in `<i>` tags, a role per row).
"""

from __future__ import annotations

import re

from kg.loaders import generic, inspection_people, people_lists, registry
from kg.loaders.context import Context
from kg.loaders.roles import organisation_for_role
from kg.loaders.text import EMAIL_RE, Span, lines, span
from kg.names import NameMatch

FAMILY = "sqs_letter"
PRECEDENCE = 10
# A screening letter that mentions an inspection of its area is not a thematic inspection; its distribution list (read
# as a list of names and posts) is no staff page.
EXCLUDES: tuple[str, ...] = ("thematic_inspection", "staff_page")
# The parts set under their own heading that its loader reads itself (`registry.PART_KINDS`): the letter's copy list.
PARTS: tuple[str, ...] = ("copy_list",)

# From 'lead inspector' to the end of its paragraph (its lines wrapped), where the contact details are.
LEAD_PARAGRAPH_RE = re.compile(r"lead\s+inspector(?:[^\n]|\n(?![^\S\n]*\n)){0,400}", re.IGNORECASE)
# A memo's header: 'TO .......... Dr Jo Bloggs', its label in capitals before dot leaders or padding.
MEMO_TO_RE = re.compile(r"^[^\S\n]*TO(?:[^\S\n]*+\.{3,}|[^\S\n]{3,}+)[^\S\n]*+\S", re.MULTILINE)
PHONE_RE = re.compile(r"\b0\d{2,5}[ \d]{6,10}\d\b")


def signs(text: str) -> bool:
    head = text[:5000]
    return bool(re.search(r"(?i:Short Quality Screening)|\bSQS\b", head)) and bool(
        re.search(r"\bTo\s*:", head) or re.search(r"Copy to|^[^\S\n]*(?:cc\b|distribution\s*$)", text, re.IGNORECASE | re.MULTILINE)
        or MEMO_TO_RE.search(head))


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def load(ctx: Context) -> None:
    area = generic.document_area(ctx)
    addressee_posts(ctx, area)
    people_lists.address_block(ctx, area)
    for name, value, role in people_lists.address_columns(ctx, area):
        compound_posts(ctx, name, value, role, area)
    people_lists.led_by_lines(ctx)
    lead_inspector_contact(ctx)
    people_lists.contact_officers(ctx)  # 'please contact me, or my colleague Jo Hart, Inspection Support Officer, on ...'
    people_lists.copy_list(ctx, area)
    inspection_people.team_lists(ctx, default_organisation=inspection_people.HMI_PROBATION)  # 'The team comprised:'
    inspection_people.thanked_with_team(ctx)
    inspection_people.team_in_prose(ctx)  # 'The screening was led by X, HM Inspector, with Y, HMI Probation, and ...'
    inspection_people.assistant_chief_answerable(ctx)  # 'Our Assistant Chief Inspector, X, would be pleased to ...'
    if not any(role.relation in ("addressee", "author") for role in ctx.roles):
        written_as_a_letter(ctx, area)
    elif not any(role.relation == "addressee" for role in ctx.roles):
        people_lists.letter_addressee(ctx, area)  # 'From:' over the date, and the addressee above 'Dear ...' with no 'To:'
    elif not any(role.relation == "author" for role in ctx.roles):
        # a 'To:' block and no 'From:': the one who signs under 'Yours sincerely' wrote it
        people_lists.signatures(ctx, area, forewords=False, title_page=False)
    # a screening letter from one HM Inspector, naming no other lead, is from the inspector who led it
    inspection_people.signing_inspector_leads(ctx)
    # the service's staff it thanks or names by post, whatever its header ('the openness of Jo Lee, Head of Youth
    # Offending Service, and her managers'), above the copy list (whose rows are copies, read as such)
    labels = [line for line in lines(ctx.text) if people_lists.COPY_LABEL_RE.search(line.text)]
    inspection_people.service_staff_in_prose(ctx, end=labels[-1].start if labels else None)
    inspection_people.addressee_chairs_by_post(ctx)  # 'Director of ... and Chair of the YOS Management Board'


def written_as_a_letter(ctx: Context, area: str | None) -> None:
    """A screening letter with no 'To / From' block naming anyone, written as a letter: its addressee above 'Dear ...',
    its author under 'Yours sincerely' (the service's staff it thanks by name are read for every letter)."""
    people_lists.letter_addressee(ctx, area)
    people_lists.signatures(ctx, area, forewords=False, title_page=False)


def addressee_posts(ctx: Context, area: str | None) -> None:
    """A compound addressee ('Chair of X Board and Head of Y') holds each post: board_chair, other."""
    for line in lines(ctx.text, 0, min(len(ctx.text), 3000)):
        # The value ends on a character that is not a space, so a long run of spaces is crossed once; the blanks
        # around the label are bounded: three unbounded runs in a row, before no bar or tab, cost the cube of a run
        match = re.search(r"To\s{0,20}:?\s{0,20}(?:</i>)?\s{0,20}[|\t]\s*(.*?\S)\s*+(?:\|\s*+)?$", line.text) or re.match(
            r"\s*To\s*:\s*(\S.*?)\s*$", line.text)  # 'To:     Jo Bloggs' over her posts on the lines below
        if not match:
            continue
        value = span(ctx.text, line.start + match.start(1), line.start + match.end(1))
        name, role = people_lists.name_role(ctx, value, strict=False)
        if name and not role and name.end == value.end:
            role = people_lists.post_below_value(ctx.text, line, value)
            value = span(ctx.text, value.start, role.end) if role else value
        elif role and role.end == value.end and (wrapped := people_lists.post_below_value(ctx.text, line, value)):
            role = span(ctx.text, role.start, wrapped.end)  # 'To:  Jo Bloggs, Chair of X' over '      Board and Head of Y'
            value = span(ctx.text, value.start, wrapped.end)
        if not name or not role:
            return
        compound_posts(ctx, name, value, role.text, area)
        return


def compound_posts(ctx: Context, name: NameMatch, value: Span, role: str, area: str | None) -> None:
    """Each post of a compound addressee ('Director of X and Chair, Y Board'): board_chair, other."""
    posts = re.split(r"\s+and\s+(?=(?:Chair|Head|Director|Chief|Lead|Manager|Cabinet|Executive|Corporate|Deputy|Assistant|Strategic|Interim|Acting)\b)", " ".join(role.split()))
    for post in posts:
        relation = "board_chair" if re.search(r"\bChair\b.*\bBoard\b", post, re.IGNORECASE) else "other"
        if relation == "other" and len(posts) == 1:
            continue
        ctx.person_role(name, relation, value, role=post, organisation=organisation_for_role(post, area))


# A post closing a table's row, its cell padded from the name before it: 'Jo Lee      Lead Inspector'.
PADDED_CELL_BEFORE_RE = re.compile(r"\S(?:[^\S\n]{3,}|\t)$")


def _table_cell_over(text: str, post: int, name: int) -> bool:
    """The post ends a table's row and the name opens the row below ('Jo Lee      Lead Inspector' over 'Dev Rao
    Inspector'): the name is the next member's, not the post's holder's."""
    if "\n" not in text[post:name] or "," in text[post:name]:
        return False
    line_start = text.rfind("\n", 0, post) + 1
    return PADDED_CELL_BEFORE_RE.search(text, line_start, post) is not None


# The post then its holder set off by commas: 'please contact the lead inspector, Jo Lee, on ...'.
NAME_SET_OFF_RE = re.compile(r"lead\s+inspector[^\S\n]*,\s*")


def _name_set_off(text: str, paragraph: Span) -> list[NameMatch]:
    """The name the post vouches for, set off by commas just after it, whatever its forename (the lexicon's or not)."""
    post = NAME_SET_OFF_RE.match(text, paragraph.start, paragraph.end)
    if post is None:
        return []
    named = people_lists.find_names(text, post.end(), paragraph.end, strict=False)[:1]
    return named if named and named[0].start == post.end() and text[named[0].end:named[0].end + 1] == "," \
        and not named[0].surname_only else []


def lead_inspector_contact(ctx: Context) -> None:
    """The e-mail and telephone number given for the lead inspector in the closing paragraph; the name written just
    after the post ('please contact the lead inspector, Jo Bloggs, at ...') is the lead inspector's."""
    for match in LEAD_PARAGRAPH_RE.finditer(ctx.text):
        paragraph = span(ctx.text, match.start(), match.end())
        names = people_lists.find_names(ctx.text, paragraph.start, paragraph.end) or _name_set_off(ctx.text, paragraph)
        if not names:
            continue
        if re.fullmatch(r"lead\s+inspector[^\S\n]*,?\s*", ctx.text[match.start():names[0].start], re.IGNORECASE) \
                and not _table_cell_over(ctx.text, match.start(), names[0].start):
            ctx.person_role(names[0], "lead_inspector", span(ctx.text, match.start(), names[0].end),
                            role="lead inspector", organisation=ctx.gazetteer.default_inspectorate)
        email = EMAIL_RE.search(paragraph.text)
        phone = PHONE_RE.search(paragraph.text)
        if email:
            ctx.contact(names[0].name, span(ctx.text, paragraph.start + email.start(), paragraph.start + email.end()),
                        email=email.group(0).rstrip("."))
        if phone:
            ctx.contact(names[0].name, span(ctx.text, paragraph.start + phone.start(), paragraph.start + phone.end()),
                        phone=phone.group(0))
