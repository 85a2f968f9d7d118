"""Generic people extractors shared by the family loaders and run on unknown documents.

Each reads one layout that recurs across families and emits `person_role` facts:

- `address_block`: a letter's To / From lines ("To: Name, Role").
- `led_by_lines`: "This inspection was led by HM Inspector Name", "the lead inspector, who was Name".
- `role_name_table`: rows of a role and one or more names, in either order, as tab-separated,
  markdown-table or padded columns, with continuation rows that repeat the role above
  (copy lists, acknowledgements, inspection teams).
- `name_role`: split a "Name, Role" / "Name Role" / "Role, Name" cell into its parts.
- `copy_list`: a letter's distribution list after "Copy to:" or "cc:", as role and name rows, numbered
  entries or "Name, Post" lines; post-first rows in two columns side by side or with posts wrapped over lines
  ("YOS Manager ..... Jo Bloggs      Chief Executive, Westmere CC ..... Ann Lee").
- `contact_officers`: "Contact Officer: Name", "Telephone enquiries to Name", "For further information
  contact Name on ...", "Report author: Name", "send ... to our operations officer, Name (e-mail)", with the
  telephone number and e-mail.
- `board_membership`: a board's members as a table under a line that introduces them, one row a line or
  flattened to one cell a line under its heads ('Name' / 'Post' / 'Agency').
- `labelled_authors`: "Report of: Name, Post", "Author: Name"; `labelled_portfolio_holders`: "Cabinet Portfolio: X – Councillor Name"
  (a form drawn as a box, or padded into columns with no colon, too).
- `commenting_officers`: a council report's implications "(comments of Name, Finance Business Partner)": its staff.
- `signatures`: a name alone on a line and the post on the next, after "Yours sincerely", at the end
  of a foreword's paragraph or on a presentation's title page: the document's author.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kg.dates import parse_date
from kg.gazetteer import fold
from kg.loaders import initials, person_cells
from kg.loaders.attendance import (
    CAPITALS_FIRST_RE,
    COUNCILLOR_RE,
    RANK_WORDS,
    Attendee,
    attendees_in,
    capitals_first_name,
    committee_addressed_at,
    is_page_furniture,
)
from kg.loaders.attendance import is_prose as is_sentence
from kg.loaders.context import Context, PendingRole
from kg.loaders.roles import (
    held_apart,
    is_organisation_name,
    organisation_for_role,
    organisation_named,
    post_and_body,
)
from kg.loaders.speakers import KEY_POST_RELATIONS, apposition_after, post_relation, service_led_by_matches
from kg.loaders.text import (
    BULLET_RE,
    EDGE_CHARS,
    EMAIL_RE,
    FORM_HEADER_REACH,
    GLUED_CELL_RE,
    LEADERS_RE,
    MARKUP_RE,
    OTHER_TONGUE_HEAD,
    PART_PREFIX,
    PHONE_RE,
    WRAPPED_LINES,
    Line,
    Span,
    box_blanked,
    cells,
    clause_start,
    column_kind,
    council_report_form,
    end_of_line,
    find_line,
    fold_cells,
    form_right_column,
    is_blank,
    is_column_heads,
    leaders_blanked,
    left_column,
    lines,
    lines_from,
    plain,
    sentence_end,
    sentence_start,
    span,
    start_of_line,
    strip_bullet,
    trim,
    trim_bounds,
    unglued,
)
from kg.names import (
    LETTER,
    LOWER,
    NUMBERED_RUNNING_RE,
    UPPER,
    NameMatch,
    find_names,
    goes_on_a_name_before,
    is_first_name,
    is_honorific,
    is_initials,
    is_role_word,
    name_at,
    name_key,
    page_cut_names,
    police_rank,
    rank_of_post,
    surname_first_at,
)
from kg.vocabulary import (
    CABINET_POST_RE,
    WELSH_ARTICLES,
    WELSH_BODIES,
    WELSH_POSTS,
    is_body_word,
    is_post_word,
    names_post,
    names_post_or_body,
    welsh_pattern,
)


def name_role(ctx: Context, cell: Span, *, strict: bool = True) -> tuple[NameMatch | None, Span | None]:
    """The person's name in a cell and the role written with it (before or after the name)."""
    text = ctx.text
    names = find_names(text, cell.start, cell.end, strict=strict)
    if not names:
        return None, None
    name = names[0]
    after = trim(text, name.end, cell.end)
    before = trim(text, cell.start, name.start)
    later = [n for n in find_names(text, name.end, cell.end) if not n.surname_only]
    if later and after and later[0].start < after.end:
        after = trim(text, name.end, later[0].start)
    role = after if after and not _only_noise(after.text) else before if before and not _only_noise(before.text) else None
    return name, role


def _only_noise(text: str) -> bool:
    return not re.search(r"[A-Za-z]{2,}", plain(text))


# A letter's header labels, in two languages too, the other's first ('At / To:', 'Oddi wrth / From:').
ADDRESS_RE = re.compile(rf"^[^\w<]*+(?:<i>\s*+)?(?:{OTHER_TONGUE_HEAD})?(To|FAO|Attn|From|Author|Addressee)\s*:?\s*(?:</i>)?\s*[:|\t]",
                        re.IGNORECASE)
# A memo form's label before dot leaders reads as one before a colon: 'To ........ Jo Bloggs, Head of Service'.
ADDRESS_LABEL_RE = re.compile(rf"^[^\w<]*+(?:<i>\s*+)?(?:{OTHER_TONGUE_HEAD})?(To|FAO|Attn|From)(?:\s*:|[^\S\n]*+\.{{3,}}+)\s*(?:</i>)?",
                              re.IGNORECASE)


OTHER_LABEL_AFTER_RE = re.compile(r"[^\S\n]{3,}(?:To|From)[^\S\n]*+(?::|\.{3,})", re.IGNORECASE)
# A memo's label in capitals padded from its value, no colon: 'FAO        Jo Bloggs          Chair, Westmere YOS'.
PADDED_LABEL_RE = re.compile(r"^[^\S\n]*+(TO|FAO|ATTN|FROM)[^\S\n]{3,}+(?=\S)")


def address_block(ctx: Context, area: str | None = None, begin: int = 0, end: int | None = None) -> int:
    """To:/From: lines of a letter. Returns how many people it found."""
    found = 0
    for line in lines(ctx.text, begin, end if end is not None else min(len(ctx.text), begin + 3000)):
        # (its tabs kept: 'To<TAB><TAB>Jo Bloggs, Chair of ...' labels its value by the tab alone)
        match = ADDRESS_RE.match(MARKUP_RE.sub("", line.text).replace("|", "\t") + "\t") \
            if "\t" in line.text or "|" in line.text else None
        label_match = ADDRESS_LABEL_RE.match(line.text) or PADDED_LABEL_RE.match(line.text)
        if label_match and (":" not in label_match.group() and OTHER_LABEL_AFTER_RE.search(line.text, label_match.end())
                            or colon_columns(line.text)):
            continue  # 'TO ...... Jo Bloggs      FROM ...... Ann Lee': two columns, read as such (address_columns)
        if not (match or label_match):
            continue
        label = (match or label_match).group(1).lower()  # type: ignore[union-attr]
        if label == "to" and committee_addressed_at(ctx.text, line):
            continue  # 'To:  Councillor A (Chair); Councillors B, C and D': a committee's members, read as such
        row = cells(ctx.text, line)
        padded = not match and label_match is not None and PADDED_LABEL_RE.match(line.text) is not None
        value = row[-1] if len(row) > 1 and not padded else \
            trim(ctx.text, line.start + label_match.end(), line.end) if label_match else None
        if not value:
            continue
        relation = "author" if label in ("from", "author") else "addressee"  # 'FAO:' is for the attention of
        found += _addressed(ctx, line, value, relation, area)
        for below in _next_addressees(ctx.text, line, value):  # 'To:  Jo Lee, Chair ...' over '     Ann Roe, Director'
            found += _addressed(ctx, below, trim(ctx.text, below.start, below.end), relation, area)
    return found


def _next_addressees(text: str, line: Line, value: Span) -> list[Line]:
    """The lines under a 'To:' value, in its column, that each open with another person's name (one the lexicon
    knows): more addressees, each with their post, not the post of the one above wrapped. A line set in further is
    the post above wrapped in its own cell ('FAO   Jo Lee      Chair, Westmere YOS' over '                  Management
    Board' over '      Dev Rao     Head of Service')."""
    column = _column(text, line.start, value.start)
    found: list[Line] = []
    for row in lines(text, line.end + 1, min(len(text), line.end + 600))[:ADDRESS_POST_LINES]:
        written = trim(text, row.start, row.end)
        if written and _column(text, row.start, written.start) > column and not found:
            continue
        if not written or _column(text, row.start, written.start) != column:
            break
        name = name_at(text, written.start, written.end) or _name_cell_beside_post(text, written)
        if name is not None and not name.surname_only:
            found.append(Line(written.start, written.end, written.text))
    return found


def _name_cell_beside_post(text: str, written: Span) -> NameMatch | None:
    """A name the lexicon lacks that fills its cell, a post in the cell padded after it ('Osric Brackwater      Director
    of Children's Services'): a person, where a wrapped post is one cell of words."""
    name = name_at(text, written.start, written.end, strict=False)
    gap = CELL_GAP_RE.match(text, name.end, written.end) if name is not None else None
    return name if gap is not None and names_post(text[gap.end():written.end]) else None


def _addressed(ctx: Context, line: Line, value: Span, relation: str, area: str | None) -> int:
    """The person a letter's 'To:' or 'From:' value names, with their post (perhaps wrapped onto the lines below); 1
    where it names one."""
    name, role = name_role(ctx, value, strict=False)
    if not name:
        return 0
    if not role and name.end == value.end:
        role = post_below_value(ctx.text, line, value)
    elif role and role.end == value.end and (wrapped := _wrapped_in_cell(ctx.text, line, name, role)
                                             or post_below_value(ctx.text, line, value)):
        role = span(ctx.text, role.start, wrapped.end)  # the post wrapped under its own cell's column, or the value's
        value = span(ctx.text, value.start, wrapped.end)
    post = " ".join(role.text.split()) if role else None
    organisation = organisation_for_role(post, area)
    if post and role and "\n" in role.text:  # the body on a line of its own under the post: the person's, not the post
        post, body = post_and_body(post, area, gazetteer=ctx.gazetteer)
        organisation = ctx.gazetteer.organisation(body, area).name if body else organisation
    ctx.person_role(name, relation, value, role=post, role_span=role or None, organisation=organisation)
    # 'To: Jo Lee' / 'Chair, Westmere Youth Justice Partnership Board': the post's key relation too, with the one
    # post of several that holds it ('Corporate Director, ... and Chair, Westmere YOS Management Board')
    for piece in re.split(r"(?<!\s)\s+and\s+(?=[A-Z])|\n", role.text) if role and relation == "addressee" else []:
        held, piece = post_relation(" ".join(piece.split())), " ".join(piece.split())
        if held:
            ctx.person_role(name, held, value, role=piece, organisation=organisation_for_role(piece, area))
            break
    return 1


ADDRESS_POST_LINES = 3  # the lines under the post where the address names the addressee's employer
# 'Report to:   Jo Bloggs, Chair, Westmere YOS Management Board': whom an inspection report is addressed to, on a line
# of its own by the copy list at its end.
REPORT_TO_RE = re.compile(r"^[^\S\n]*+(?:report|letter)[^\S\n]++(?:sent[^\S\n]++|addressed[^\S\n]++)?to[^\S\n]*+:[^\S\n]*+(?=\S)",
                          re.IGNORECASE | re.MULTILINE)


def report_to(ctx: Context, area: str | None = None) -> int:
    """The addressee a report names on a 'Report to:' line, written 'Name, Post'; the post's key relation too."""
    found = 0
    for label in REPORT_TO_RE.finditer(ctx.text):
        value = trim(ctx.text, label.end(), end_of_line(ctx.text, label.end()))
        name, role = name_role(ctx, value, strict=False) if value else (None, None)
        if name is None or role is None or name.start != value.start or role.start < name.end:
            continue
        post = " ".join(role.text.split())
        organisation = organisation_for_role(post, area)
        ctx.person_role(name, "addressee", value, role=post, role_span=role, organisation=organisation)
        relation = post_relation(post)
        if relation:
            ctx.person_role(name, relation, value, role=post, role_span=role, organisation=organisation)
        found += 1
    return found

# A memo's header in two columns, each label's value after dot leaders or padding, the posts set in under each value:
# 'TO ...... Dr Jo Bloggs          FROM ...... Ann Lee' / '          Director of ...            Assistant Chief Inspector'.
COLUMN_LABELS_RE = re.compile(r"^[^\S\n]*(?P<label>TO|FROM)[^\S\n]{2,}(?P<value>\S.*?)"
                              r"(?:[^\S\n]{3,}(?P<label2>TO|FROM)[^\S\n]{2,}(?P<value2>\S.*?))?[^\S\n]*$")


# A letter's 'To:' and 'From:' side by side on one line, any case, each with its value ('To:  Jo Bloggs        From:
# Ann Lee'): each label, found on its own (a pattern for the whole line tried the gap before the second label from
# every blank of a long run).
COLON_LABEL_RE = re.compile(r"(?<![\w-])(?P<label>(?i:to|from)):")


def colon_columns(line: str) -> list[tuple[str, int, int, int | None]] | None:
    """A 'To:' and a 'From:' label side by side on a line, each with a value, the second after a gap of three blanks
    or more: (label in capitals, value's start and end, where its column ends) for each, else None."""
    labels = list(COLON_LABEL_RE.finditer(line))
    if len(labels) != 2 or line[:labels[0].start()].strip() or line[labels[1].start() - 3:labels[1].start()] != "   " \
            or labels[0].group("label").lower() == labels[1].group("label").lower():
        return None
    columns: list[tuple[str, int, int, int | None]] = []
    for number, label in enumerate(labels):
        stop = labels[1].start() if number == 0 else len(line)
        value = line[label.end():stop]
        if not value.strip():
            return None
        start = label.end() + len(value) - len(value.lstrip())
        columns.append((label.group("label").upper(), start, label.end() + len(value.rstrip()),
                        labels[1].start() if number == 0 else None))
    return columns


def address_columns(ctx: Context, area: str | None = None, end: int = 3000) -> list[tuple[NameMatch, Span, str]]:
    """The TO and FROM of a memo-style header whose labels stand in capitals before dot leaders, or with a colon in any
    case, side by side: the addressee and the author, each with the posts written under their name in its column (a
    body's name on the last line is their organisation). Returns each addressee found with the evidence and the post
    written."""
    text = leaders_blanked(ctx.text)
    header = lines(text, 0, min(len(text), end))
    for index, line in enumerate(header):
        labels = COLUMN_LABELS_RE.match(line.text)
        columns = colon_columns(line.text) if labels is None else [
            (labels.group("label"), labels.start("value"), labels.end("value"),
             labels.start("label2") if labels.group("label2") else None)]
        if columns is None:
            continue
        if labels is not None and labels.group("label2"):
            columns.append((labels.group("label2"), labels.start("value2"), labels.end("value2"), None))
        found = []
        for label, start, stop, right in columns:
            person = _column_person(ctx, text, header[index + 1:], line, label, (start, stop, right), area)
            found += [person] if person and label == "TO" else []
        return found
    return []


def _column_person(ctx: Context, text: str, below: list[Line], line: Line, label: str,
                   bounds: tuple[int, int, int | None], area: str | None) -> tuple[NameMatch, Span, str] | None:
    """The person a column's label names on its line, with the post on the lines under the name in that column."""
    start, stop, right = bounds
    value = span(ctx.text, line.start + start, line.start + stop)
    name, role = name_role(ctx, value, strict=False)
    if name is None or role is not None:
        return None
    posts: list[Span] = []
    for row in below:
        piece = trim(text, min(row.start + start, row.end), min(row.start + right, row.end) if right else row.end)
        # the post set in under the name, or a blank further (a value after 'From:  ' over posts one column in); never
        # the address below it ('c/o Civic Hall')
        if not piece or piece.start - (row.start + start) > 1 or piece.text.lower().startswith("c/o"):
            break
        posts.append(span(ctx.text, piece.start, piece.end))
    body = posts[-1] if len(posts) > 1 and (ctx.gazetteer.inspectorate_named(posts[-1].text) or is_organisation_name(
        posts[-1].text, gazetteer=ctx.gazetteer, area=area)) else None
    posts = posts[:-1] if body else posts
    post = " ".join(" ".join(piece.text for piece in posts).split()) or None
    organisation = (ctx.gazetteer.inspectorate_named(body.text) or organisation_named(body.text, gazetteer=ctx.gazetteer,
                                                                                         area=area)) if body else None
    organisation = organisation or organisation_for_role(post, area)
    relation = "author" if label == "FROM" else "addressee"
    role_span = span(ctx.text, posts[0].start, posts[-1].end) if posts else None
    evidence = span(ctx.text, line.start, value.end)
    ctx.person_role(name, relation, evidence, role=post, role_span=role_span, organisation=organisation)
    return (name, evidence, post) if post else None


def _wrapped_in_cell(text: str, line: Line, name: NameMatch, role: Span) -> Span | None:
    """The post after a name in a cell of its own, padded from it ('Jo Lee          Chair, Westmere YOS'), wrapped under
    that cell's column ('                Management Board'); None where it wraps under the name, or not at all."""
    return post_below_value(text, line, role) if CELL_GAP_RE.fullmatch(text, name.end, role.start) else None


def post_below_value(text: str, line: Line, value: Span) -> Span | None:
    """'To:     Jo Bloggs' over her post on the lines below, written under the name ('        Director of Children's
    Services, Westmere Council' / '        and Chair, Westmere YOS Management Board'): the post, to a blank line (its column
    counted from the line's own start: `line` may open at its first word)."""
    column = _column(text, text.rfind("\n", 0, value.start) + 1, value.start)
    below = lines(text, line.end + 1, min(len(text), line.end + 600))[:ADDRESS_POST_LINES]
    post_end = None
    for row in below:
        written = trim(text, row.start, row.end)
        if not written or _column(text, row.start, written.start) != column:
            break
        if (name := name_at(text, written.start, written.end)) is not None and not name.surname_only:
            break  # another addressee under the first, with a post of their own
        post_end = written.end
    return trim(text, below[0].start, post_end) if post_end is not None else None


def _column(text: str, line_start: int, pos: int) -> int:
    """The column `pos` is written at on its line, tabs set every eight ('To:<TAB><TAB>Jo' over '<TAB><TAB><TAB>Chair')."""
    return len(text[line_start:pos].expandtabs(8))


# Prose only: a table row ("Lead Inspector<TAB>Name", "Deputy Lead Inspector | Name") is role_name_table's job.
# ('The lead inspector for Westmere was Jo Lee': the place the inspection was of, the post wrapped over a line's end)
LED_BY_RE = re.compile(
    r"(?:(?:inspection|review|visit|work)\s+was\s+led\s+by|led\s+by|(?<!deputy )(?<!assistant )lead(?:[ ]++|[ ]*+\n[ ]*+)inspector"
    r"(?:[ ]++for[ ]++[A-Z][\w'’-]*+(?:[ ]++[A-Z][\w'’-]*+)?(?=[ ]++(?:was|is)\b))?"
    r"(?![ ]*[\t|])[ ]*(?:,|was|is|:)?[ ]*(?:who\s+was\s+)?)",
    re.IGNORECASE,
)


# ', HM Inspector' after the name the sentence says led the inspection, or 'HM Inspector ' before it.
INSPECTOR_AFTER_RE = re.compile(r"[^\S\n]*(?:,|\()\s*(?:(?:HM|HMI|Her\s+Majesty['’]s|His\s+Majesty['’]s)\s+)?Inspector\b")
# ... or the inspectorate they are of: 'led by R. Lee of HM Inspectorate of Probation', 'led by R. Lee (HMI Probation)'.
INSPECTORATE_AFTER_RE = re.compile(r"(?:[^\S\n]*+[,(]|[^\S\n]++(?:of|from))\s*+(?:the\s++)?"
                                   r"(?:HM\s++Inspectorate\s++of\s++Probation|HMI\s++Probation|HMIP)\b")
INSPECTOR_BEFORE_RE = re.compile(r"\s*(?:(?:HM|HMI|Her\s+Majesty['’]s|His\s+Majesty['’]s)\s+Inspector|HMI(?!\s+Probation))\s+")


def _no_inspectors_post(post: Span | None) -> bool:
    """A post written after a name that is no inspector's ('Head of Youth Justice'; not 'Senior HM Inspector')."""
    return post is not None and not re.search(r"\binspector|\bHMI", post.text, re.IGNORECASE)


# The subject of 'was led by' that names a part of the inspection's work, not the inspection ('The case assessment
# work', 'Data analysis'), unless it names the inspection too ('The inspection work', 'the fieldwork').
PART_OF_THE_WORK_RE = re.compile(r"\b(?:analysis|assessment|audit|reading|sampling|data|survey|interviews|work)\s+"
                                 r"(?:was|is|has\s+been|will\s+be)\s+led\s+by\s*$", re.IGNORECASE)
THE_INSPECTION_RE = re.compile(r"\b(?:inspection|inspectorate|inspectors?|fieldwork|screening|SQS|FJI)\b", re.IGNORECASE)


# 'led by' straight after the inspected service or its people, the inspection not named: 'the practitioners of the
# service, led by X', 'Our staff, led by X', 'the YOS, which is led by X' (not 'the Service, carried out by a team led
# by X').
THE_SERVICE_RE = re.compile(r"\b(?:service|YOS|YOT|YJS|practitioners|staff|partnership)(?:,?\s++(?:which|who)\s++"
                            r"(?:is|are|was|were|has\s++been|have\s++been))?,?\s++led\s++by\s*+$", re.IGNORECASE)


def _part_of_the_work_led(text: str, match: re.Match[str]) -> bool:
    """Whether a 'led by' names who led a part of the work (see PART_OF_THE_WORK_RE) or the service (see
    THE_SERVICE_RE), not the inspection."""
    subject = text[sentence_start(text, match.start()):match.end()]
    return (PART_OF_THE_WORK_RE.search(subject) is not None or THE_SERVICE_RE.search(subject) is not None) \
        and THE_INSPECTION_RE.search(subject) is None


def led_by_lines(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """'This inspection was led by HM Inspector Name' and 'the lead inspector, who was Name' in text[begin:end]."""
    found = 0
    services_led = {match.end() for match in service_led_by_matches(ctx.text)}  # the service's head, not an inspector
    for match in LED_BY_RE.finditer(ctx.text, begin, len(ctx.text) if end is None else end):
        if len(ctx.text) - len(ctx.text[match.end():].lstrip()) in services_led:
            continue
        window_end = _led_by_window(ctx.text, match.end())
        # a name the lexicon lacks, vouched for by the post after it or the rank before it ('led by HM Inspector X'),
        # before any name the lexicon knows ('led by X, HM Inspector, supported by Jo Lee')
        names = find_names(ctx.text, match.end(), window_end)
        vouched = [name for name in find_names(ctx.text, match.end(), window_end, strict=False)[:1]
                   if INSPECTOR_AFTER_RE.match(ctx.text, name.end) or INSPECTORATE_AFTER_RE.match(ctx.text, name.end)
                   or INSPECTOR_BEFORE_RE.fullmatch(ctx.text, match.end(), name.start)]
        if vouched and (not names or vouched[0].start < names[0].start):
            names = vouched
        line_end = ctx.text.find("\n", match.end())
        rest = ctx.text[match.end():line_end] if line_end != -1 else ""
        if line_end != -1 and (not rest.strip() and re.search(r"led\s+by$", match.group(0)) or RANK_RUNS_ON_RE.fullmatch(rest)
                               or not rest.strip() and _sentence_runs_on(ctx.text, match)):
            # 'was led by' / '   HM Inspector Jo Lee', 'led by HM' / 'Inspector Jo Lee', '... five recommendations. Lead
            # inspector' / 'Jo Lee and her team ...': the line runs on
            line_end = ctx.text.find("\n", line_end + 1)
        if names and line_end != -1 and names[0].start > line_end:
            names = []  # only a name begun on the line runs on to the next; one that opens it is a list's next entry
        if not names or names[0].start - match.end() > 40 or re.search(r"[().;]", ctx.text[match.end():names[0].start]):
            continue  # "the lead inspector (Jane Doe), John Roe": the name after a bracket is someone else
        name = names[0]
        prefix = trim(ctx.text, match.end(), name.start)
        words = prefix.text.split() if prefix else []
        role = " ".join(words) if words and is_role_word(words[-1]) else None
        if role and not re.search(r"\binspector\b|^HMI$", role, re.IGNORECASE) and match.group(0).lower() == "led by":
            continue  # 'Data analysis was led by Research Officer Jo Lee': a piece of work led by one who is no inspector
        if _part_of_the_work_led(ctx.text, match):
            continue  # 'The case assessment work was led by Jo Lee': a part of the inspection, not the inspection
        evidence = span(ctx.text, sentence_start(ctx.text, match.start()), name.end)
        if role is None and "lead inspector" in match.group(0).lower():
            role = "lead inspector"
        after = INSPECTOR_AFTER_RE.match(ctx.text, name.end)
        if role is None and not after and _no_inspectors_post(apposition_after(ctx.text, name, end_of_line(ctx.text, name.end))):
            continue  # 'the service, led by' / 'Jo Lee, Head of Youth Justice': led by one whose post is no inspector's
        if role is None and after:  # 'led by Jo Bloggs, HM Inspector': the post written after the name
            role = " ".join(after.group(0).strip(" \t\n,(").split())
        ctx.person_role(name, "lead_inspector", evidence, role=role or "lead inspector",
                        organisation=_inspectorate_near(ctx, match.start()))
        found += 1
    return found


# The rank before the name cut by the line's end: 'led by HM' / 'Inspector Jo Lee'.
RANK_RUNS_ON_RE = re.compile(r"[^\S\n]*+(?:HM|HMI|Her\s+Majesty['’]s|His\s+Majesty['’]s)(?:[^\S\n]++Inspector)?[^\S\n]*+")
# A sentence's end before the post, on the post's own line: '... made five recommendations. Lead inspector'.
SENTENCE_BEFORE_RE = re.compile(r"[.!?][^\S\n]++$")


def _sentence_runs_on(text: str, match: re.Match[str]) -> bool:
    """'Lead inspector' ending a line a sentence opens on after another's end: the sentence, and the name, run on
    (a post alone on its line, as a credits page sets it, is no sentence)."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    return "lead" in match.group(0).lower() and SENTENCE_BEFORE_RE.search(text, line_start, match.start()) is not None


def _led_by_window(text: str, start: int) -> int:
    """Where the name after 'led by' is looked for: to the end of the line, and on through the next, where the margin
    may have broken a name begun on it ('It was led by Joanne' / 'Talbot-Hayes, HM Inspector')."""
    window_end = min(len(text), start + 80)
    stop = text.find("\n", start)
    if stop != -1:
        following = text.find("\n", stop + 1)
        stop = following if following != -1 else len(text)
    return window_end if stop == -1 else min(window_end, stop)


def _inspectorate_near(ctx: Context, pos: int) -> str | None:
    """The one other inspectorate named in the text leading to the line (letterhead, title, opening)
    when the corpus's own is not, else the corpus's own. Copy lists and annexes after the line name
    bodies that received the letter, not the one whose inspector led."""
    named = ctx.gazetteer.inspectorates_named(ctx.text[max(0, pos - 2000):pos])
    default = ctx.gazetteer.default_inspectorate
    return named.pop() if len(named) == 1 and default not in named else default


def role_name_table(ctx: Context, table_lines: list[Line], relation_for: Callable[[str], str | None],
                    organisation_for: Callable[[str, str | None], str | None], *, strict_names: bool = False,
                    padded: bool = False, text: str | None = None) -> int:
    """Rows of a role and names ('YJB link staff<TAB>A, B, C'), continuation rows repeating the role above.

    relation_for(role) gives the relation of the people under a role (None skips the row);
    organisation_for(role, org_in_cell) gives their organisation;
    text: the document's text as the rows were cut from it, with the same offsets (dot leaders blanked).
    """
    text = text or ctx.text
    found = 0
    current_role: Span | None = None
    lone_post = -2  # the index of the last row that was a post alone
    table_lines = _column_pairs_apart(text, table_lines) if padded else table_lines
    column = names_column(text, table_lines) if padded else None  # a copy list padded into columns (see below)
    wraps = _wrapped_posts(text, table_lines, column)
    for index, line in enumerate(table_lines):
        if is_blank(line) or index - 1 in wraps:
            continue
        row = cells_at_column(text, line, column)
        if not row or any(VACANT_CELL_RE.fullmatch(cell.text) for cell in row):
            continue  # '| Member | Vacant | Jobcentre Plus |': a seat no one holds names no one
        if column is not None and len(row) == 2 and row[1].start - line.start == column \
                and not find_names(text, row[1].start, row[1].end, strict=False) \
                and not find_names(text, row[0].start, row[0].end, strict=True) and not _name_beside_post(ctx, row):
            continue  # 'Media Relations ...... HMI Probation press office': a post copied to no one by name (a name
            # the strict reader leaves, alone in the first cell beside a post, is one: 'R. Okafor-Pryce   Head of Service')
        starts_with_gap = line.text[:1] in "\t" or bool(re.match(r"^\s*\|\s*\|", line.text))
        if len(row) == 1 and not starts_with_gap:
            only = row[0]
            names = find_names(text, only.start, only.end, strict=True)
            if not names:
                current_role, lone_post = only, index
                continue
            role_cell, name_cells = current_role, row
        elif starts_with_gap:
            role_cell, name_cells = current_role, row
        else:
            role_cell, name_cells = _role_and_names(ctx, row)
            if current_role is not None and role_cell is not None and role_cell is row[0] and lone_post == index - 1 \
                    and column is not None and role_cell.end - line.start < column \
                    and (line.text[:1] == " " or _wrapped_without_leaders(ctx.text, table_lines, lone_post)):
                # 'Chair, Children & Young People Scrutiny' over '  Committee ...... Cllr Jo Bloggs', 'Police and Crime'
                # over 'Commissioner ...... Jo Bloggs': the post wrapped
                role_cell = span(text, current_role.start, role_cell.end)
            current_role = role_cell or current_role
        if role_cell is None:
            continue
        wrapped = wraps.get(index) if role_cell.start >= line.start else None
        ends_in_comma = role_cell.text.rstrip().endswith(",") or text[role_cell.end:line.end].strip().startswith(",")
        joint = ", " if ends_in_comma else " "  # 'Designated Nurse,' / 'Pennine Moors ICB'
        role_text = fold_cells(PIPE_CELL_WRAP_RE.sub(" ", role_cell.text)) + (
            joint + " ".join(wrapped.text.split()) if wrapped else "")
        held = SECOND_POST_RE.fullmatch(text, max(0, wrapped.start - 1), wrapped.end + 1) \
            if wrapped and column is not None else None  # (trimmed of its brackets)
        if held and names_post(held.group(1)) and names_post(role_cell.text):
            # 'Director of Children's Services, Fellshire County Council   Jo Bloggs' / '   (Chair, Westmere YOT
            # Management Board)': a second post the person holds, in brackets under the first, not its words
            role_text = f"{fold_cells(role_cell.text)}; {' '.join(held.group(1).split())}"
        relation = relation_for(role_text)
        if relation is None:
            continue
        role_text = ATTENDS_MARK_RE.sub("", role_text).strip() or role_text  # '(attends)' marks the relation, no post
        for cell in name_cells:
            found += _names_in_cell(ctx, cell, line, role_cell, relation, organisation_for, strict_names, role_text)
    return found


# A copy list's post set in under the post above in brackets: a second post held ('(Chair, Westmere YOT Management Board)').
SECOND_POST_RE = re.compile(r"\(([^()\n]+)\)")
# A cell that says no one holds the seat: 'Vacant', '(post vacant)', 'Vacancy'.
VACANT_CELL_RE = re.compile(r"\(?(?:(?:post|seat|position)\s+)?vacan(?:t|cy)\)?", re.IGNORECASE)
# A pipe table's cell wrapped onto the next line, under empty cells ('| Chief Officer, Westmere and |' / '|  |  | Fenwick
# Trust |'): the cell goes on, the break is a space, not a new cell. Only a run's first blank starts a match.
PIPE_CELL_WRAP_RE = re.compile(r"(?<![^\S\n])[^\S\n]*+\|[^\S\n]*+\n(?:[^\S\n]*+\|)++[^\S\n]*+")


def _wrapped_without_leaders(text: str, table_lines: list[Line], index: int) -> bool:
    """Whether the post alone on the row at index is the first line of the next row's post: a table whose rows run dot
    leaders from each post to its names ('Commissioner ...... Jo Bloggs') has none on a post's wrapped first line
    ('Police and Crime'); `text` is the document's own, with its leaders."""
    leadered = sum(1 for line in table_lines if LEADERS_RE.search(text, line.start, line.end))
    line = table_lines[index]
    return leadered >= 2 and LEADERS_RE.search(text, line.start, line.end) is None


PAIR_CELLS = 4  # a row of two pairs of columns: a post, its names, a post, its names
PAIR_GAP_RE = re.compile(r"[^\S\n]{2,}+")  # the padding before the right pair's post, each run crossed once
PAIR_SLACK = 2  # characters: a hand-padded row's right pair may start a little off its column


def _column_pairs_apart(text: str, table_lines: list[Line]) -> list[Line]:
    """A copy list padded into two pairs of columns side by side ('Head of YOT ...... Jo Lee      Leader of the Council
    ...... Cllr Ann Roe'): the left pair's rows, then the right pair's, each a post and its names, as the page's two
    columns read. The right pair starts where most rows of four cells begin their third; a row whose words run over
    that column is the left pair's alone."""
    starts = [row[2].start - line.start for line in table_lines if len(row := cells(text, line)) == PAIR_CELLS]
    column = max(set(starts), key=starts.count) if starts else None
    if column is None or starts.count(column) < 2:
        return table_lines
    left: list[Line] = []
    right: list[Line] = []
    for line in table_lines:
        gap = next((gap for gap in PAIR_GAP_RE.finditer(text, line.start, line.end)
                    if abs(gap.end() - line.start - column) <= PAIR_SLACK and gap.end() < line.end), None)
        if gap is None:
            left.append(line)
            continue
        if text[line.start:gap.start()].strip():
            left.append(span(text, line.start, gap.start()))
        right.append(span(text, gap.end(), line.end))
    return left + right


def names_column(text: str, table_lines: list[Line]) -> int | None:
    """The column a padded table's names start at: where most rows of two cells begin their second."""
    starts = [row[1].start - line.start for line in table_lines if len(row := cells(text, line)) == 2
              and not line.text[:1].isspace()]
    common = max(set(starts), key=starts.count) if starts else None
    return common if common is not None and starts.count(common) >= 2 else None


def cells_at_column(text: str, line: Line, column: int | None) -> list[Span]:
    """A row's cells; a row whose post runs to two spaces of the names' column is split there too ('Lead Member for
    Children's Services  Councillor Jo Bloggs')."""
    row = cells(text, line)
    if column is None or len(row) != 1 or len(line.text) <= column or line.text[column - 1] != " " \
            or line.text[:1].isspace() or not line.text[column].strip():
        return row
    post, rest = trim(text, line.start, line.start + column), trim(text, line.start + column, line.end)
    if line.text[column - 2] != " " and not _post_filled_column(text, post, rest):
        return row
    return [cell for cell in (post, rest) if cell]


def _post_filled_column(text: str, post: Span, rest: Span) -> bool:
    """Whether a row's post filled its column to one blank before the names' ('Chair, Local Safeguarding Children
    Board Jo Bloggs', its leaders crowded out): the words from the column on are one whole name, those before it a post."""
    named = find_names(text, rest.start, rest.end, strict=False)
    return len(named) == 1 and (named[0].start, named[0].end) == (rest.start, rest.end) and not named[0].surname_only \
        and names_post_or_body(post.text) and not find_names(text, post.start, post.end)


def _wrapped_posts(text: str, table_lines: list[Line], column: int | None) -> dict[int, Span]:
    """The rows whose post wraps onto the line below, indented a little and short of the names' column ('Chief
    Constable, Westmere and' over '  Fell Constabulary'), by the row's index: the wrapped words."""
    wraps: dict[int, Span] = {}
    # the table's margin: its rows may all be set in ('  Jo Lee   Director of' / '            Services'), or stand in
    # the right of two columns whose left is blanked
    margin = min((_indent(line.text) for line in table_lines if line.text.strip()), default=0)
    for index, (line, below) in enumerate(zip(table_lines, table_lines[1:], strict=False)):
        indent = _indent(below.text)
        more = trim(text, below.start, below.end)
        if not more or len(cells(text, line)) < 2 or _indent(line.text) > margin \
                or find_names(text, more.start, more.end, strict=True):
            continue
        if column is not None and 0 < indent < column and more.end - below.start <= column or \
                wraps_last_cell(text, line, below, margin=margin):
            # a post wrapped over two lines under its cell ('Head of' / 'Probation' / 'Delivery Unit'), in a column
            further = table_lines[index + 2] if index + 2 < len(table_lines) and margin else None
            if further is not None and wraps_last_cell(text, line, further, margin=margin) \
                    and not find_names(text, further.start, further.end, strict=True):
                more = trim(text, more.start, further.end)
                wraps[index + 1] = trim(text, further.start, further.end)  # (read as the row above's, not a row)
            wraps[index] = more
    return wraps


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def wraps_last_cell(text: str, row: Line, below: Line, *, margin: int = 0) -> bool:
    """The line below a row of a name then its post ('Jo Bloggs     Head of Youth Justice and' / '   Services') holds
    the rest of the post, set in under the post's cell and alone on its line: the post goes on."""
    row_cells, below_cells = cells(text, row), cells(text, below)
    if len(row_cells) < 2 or len(below_cells) != 1 or _indent(row.text) > margin or "\t" in below.text \
            or row.text[:1].isspace() and not margin:
        return False
    column = row_cells[-1].start - row.start
    return below_cells[0].start - below.start == column and below.text[:column].isspace() and bool(
        find_names(text, row_cells[0].start, row_cells[0].end, strict=False)) and \
        not _post_of_its_own(row_cells[-1].text, below.text)


# A membership table's seat cell that says no more than that the person sits on the board.
MEMBER_SEAT_RE = re.compile(r"(?:board\s+|full\s+|voting\s+)?member", re.IGNORECASE)


def _role_and_names(ctx: Context, row: list[Span]) -> tuple[Span | None, list[Span]]:
    alone = [cell for cell in row if only_a_name(ctx, cell)]
    if len(alone) == 1 and len(row) > 2:  # 'AT | Alison Treverrow | Strategic Director': the key's initials, no post
        name = only_a_name(ctx, alone[0])
        row = [cell for cell in row if name is None or not initials.written_for(cell.text, name.name)]
    if len(row) > 1 and len(alone) == 1 and alone[0] is row[0]:
        # one name alone in the first cell (known or not), then its post and body in the cells after it
        return span(ctx.text, row[1].start, row[-1].end), row[:1]
    if len(row) > 2 and len(alone) == 1 and MEMBER_SEAT_RE.fullmatch(row[0].text) and alone[0] is not row[-1]:
        # 'Member | Jo Bloggs | Head of Service': a seat that says only that they sit is no post; the cells after say it
        after = row.index(alone[0]) + 1
        return span(ctx.text, row[after].start, row[-1].end), alone
    if len(row) > 2 and len(alone) == 1:
        return row[0], alone  # 'Agency | Representative | Position': the one name between the body and the post
    first_names = find_names(ctx.text, row[0].start, row[0].end, strict=True)
    if first_names and first_names[0].start - row[0].start < 3 and len(row) > 1:
        return row[-1], row[:-1]  # names first, role last
    return row[0], row[1:]


def _name_beside_post(ctx: Context, row: list[Span]) -> bool:
    """A row's first cell holds one person's name alone and its second a post ('R. Okafor-Pryce   Head of Youth
    Offending Service', 'Mererid Llwyd ...... YOS Manager'): a name however short or rare its forename."""
    return only_a_name(ctx, row[0]) is not None and names_post(row[1].text)


def only_a_name(ctx: Context, cell: Span) -> NameMatch | None:
    """The person a table cell holds and nothing else ('Det Supt Ifeoma Nwachukwu', 'Dr Ann Lee (Chair)'), the name
    known or not: a cell that is a post or a body ('Pinfold Heath Education', 'Head of Inclusion') is no person."""
    names = find_names(ctx.text, cell.start, cell.end, strict=False)
    # (a rank the name reader leaves before the name: 'Superintendent Jo Lee')
    if len(names) != 1 or names[0].surname_only or not _titles_only(ctx.text[cell.start:names[0].start]):
        return None
    rest = trim(ctx.text, names[0].end, cell.end)
    # a marker in brackets after the name ('(Chair)', '(adviser, non-voting)') is no post the cell names; nor is the
    # title or rank before it ('Councillor Jo Lee', 'Superintendent Jo Lee')
    named = names[0].name
    if rest and not re.fullmatch(r"\([^()]*\)", ctx.text[names[0].end:cell.end].strip()) or names_post(named) \
            or is_organisation_name(named, gazetteer=ctx.gazetteer, area=ctx.home_area):
        return None
    return names[0]


def _names_in_cell(ctx: Context, cell: Span, line: Line, role_cell: Span, relation: str,
                   organisation_for: Callable[[str, str | None], str | None], strict: bool,
                   role_text: str | None = None) -> int:
    text = ctx.text
    count = 0
    for piece in _split_people(text, cell):
        names = find_names(text, piece.start, piece.end, strict=strict)
        if not names:
            continue
        name = names[0]
        # (bounds first: a line of thousands of entries is sliced for none of them, or each slice is the line's rest)
        rest_start, rest_end = trim_bounds(text, name.end, piece.end)
        rest = span(text, rest_start, rest_end) if rest_end - rest_start <= LONGEST_CELL else None
        org_in_cell = rest.text if rest and not _only_noise(rest.text) else None
        role = role_text or fold_cells(role_cell.text)
        body_first = _body_cell_first(ctx, role_cell) if org_in_cell is None and role_cell.start > name.end else None
        if body_first is not None:  # 'Jo Lee | Westmere Constabulary | Vice-Chair': the body's cell, then the post's
            org_in_cell, role_cell = body_first[0].text, body_first[1]
            # the row's cells as read, wrapped lines and all ('Chair; Director of' / 'Children's Services'), the body off
            role = re.sub(r"^[\s,;|]*+(?:\([^()\n]*+\))?[\s,;|]*+", "", role[len(org_in_cell):]) \
                if role.startswith(org_in_cell) else fold_cells(role_cell.text)
        own_role = org_in_cell if org_in_cell and names_post(org_in_cell) else None
        evidence = span(text, min(role_cell.start, line.start), line.end) if role_cell.start >= line.start \
            and line.end - line.start <= LONGEST_CELL else piece
        evidence = trim(text, evidence.start, evidence.end, " \t|")
        ctx.person_role(name, relation, evidence, role=own_role or role,
                        organisation=organisation_for(role, None if own_role else org_in_cell),
                        role_span=role_cell if not own_role else rest)
        count += 1
    return count


NAME_WINDOW = 120
LONGEST_CELL = 2_000  # characters: a row's cell, or its whole line as an entry's quote, is never longer


def _body_cell_first(ctx: Context, role_cell: Span) -> tuple[Span, Span] | None:
    """The cells after a member's name where the first is only a body's name and the rest a post ('Westmere
    Constabulary | Vice-Chair', under 'Name | Organisation | Role on Board'): the body's cell and the post's."""
    parts = cells(ctx.text, role_cell)
    body = re.sub(r"\s*+\([^()\n]{1,40}\)$", "", parts[0].text) if parts else ""  # '... (South Midlands)': its region
    if len(parts) < 2 or not is_organisation_name(body, gazetteer=ctx.gazetteer, area=ctx.home_area):
        return None
    post = span(ctx.text, parts[1].start, parts[-1].end)
    return (span(ctx.text, parts[0].start, parts[0].start + len(body)), post) if names_post(post.text) and not is_organisation_name(post.text, area=ctx.home_area) else None


def _split_people(text: str, cell: Span) -> list[Span]:
    """'A, B and C' or 'A; B' -> one span each (a comma inside 'Name, Role' is kept when no name follows)."""
    pieces = []
    pos = cell.start
    opening = surname_first_at(text, pos, cell.end)
    for match in re.finditer(r";|,|\band\b|&", cell.text):
        cut = cell.start + match.start()
        if opening is not None and cut < opening.end:
            continue  # the comma of a name written surname first ('OWEN, Cllr Dafydd Tudur') parts no one
        # Only the start of what follows matters; reading all of it would be quadratic in a long cell.
        following = text[cell.start + match.end():min(cell.end, cell.start + match.end() + NAME_WINDOW)]
        if _starts_with_name(following):
            pieces.append(trim(text, pos, cut))
            pos = cell.start + match.end()
            opening = surname_first_at(text, pos, cell.end)
    pieces.append(trim(text, pos, cell.end))
    return [p for p in pieces if p]




def _starts_with_name(following: str) -> bool:
    names = find_names(following, strict=False)
    return bool(names) and following[:names[0].start].strip(" ,;&") == "" and (
        is_first_name(names[0].name.split()[0]) or len(names[0].name.split()) >= 2)


# --- a board's membership as a table --------------------------------------------------------------

# 'Its members are:', 'The Board's membership is as follows:', 'Board membership', 'Membership of the Management Board',
# 'Board membership (October 2024)', a table's caption 'Table 1: Board membership (June 2023)'.
PROSE_WORDS = 20  # a copy list's row is a post and a name or two; a long line of sentences is running prose


def is_prose(text: str) -> bool:
    return len(text.split()) > PROSE_WORDS and bool(re.search(r"[a-zA-Z]\.(?:\s|$)", text))


# The other language's words after a bilingual label's slash: 'COPY LIST / RHESTR COPÏAU'.
OTHER_TONGUE_AFTER = r"/[^\S\n]*+[^\W\d_]++(?:[^\S\n]++[^\W\d_]++){0,2}+[^\S\n]*+"
# A note on the list in brackets after its label, ending the line, in lower case (no name): '(in alphabetical order of
# surname)', '(by email)'.
COPY_LABEL_NOTE = r"[^\S\n]*+\((?-i:[a-z])[^()\n]{0,59}\)[^\S\n]*+$"
# Where the label ends in the line as written, past any markup around it ('<i>Copy to:</i>').
COPY_LABEL_END_RE = re.compile(r"(?:\bcop(?:y|ies|ied)\s+(?:to|list)|\bcop(?:y|ies)(?=\s*:)|\bcc|\b(?:distribution|circulation)(?:\s+list)?)\b"
                               rf"(?:\s*</?\w+>)*\s*[:.]?(?:\s*</?\w+>)*(?:[^\S\n]*+{OTHER_TONGUE_AFTER}$)?"
                               rf"(?:{COPY_LABEL_NOTE})?", re.IGNORECASE)
# 'Copied to:' labels it as 'Copy to:' does ('DISTRIBUTION / DOSBARTHU' too, the other tongue's word after its slash). 'cc<TAB>Name, Post': a letter's copy list with a tab, not a colon, after its label; 'cc.' or 'DISTRIBUTION' alone on
# its line over rows ('Circulation' too, as a report's foot lists who receives it), or 'Distribution: Board members; Jo
# Bloggs (Chief Executive); ...' under minutes ('Circulation: ...' as well). In two languages, the other's words before the label's slash or after
# it ('Copi at / Copy to:', 'COPY LIST / RHESTR COPÏAU'). The title of a part of its own ('APPENDIX 2: COPY LIST',
# 'Annex B – Distribution') labels it as the words alone do, and so does a section's number before it ('6.  COPY LIST').
# A section's number before a heading: '6.', '6.2', '12)'.
SECTION_NUMBER = r"\d{1,2}(?:\.\d{1,2})?[.)]?[^\S\n]++"
COPY_LABEL_RE = re.compile(rf"^\s*(?:{SECTION_NUMBER})?(?:{PART_PREFIX})?(?:{OTHER_TONGUE_HEAD})?(?:(?:copy|copies|copied)\s+(?:to|list)\s*:?\s*(?:{OTHER_TONGUE_AFTER})?$|"
                           # a note on the list in brackets after the label, alone: 'cc   (in alphabetical order of surname)'
                           rf"(?:(?:copy|copies|copied)[^\S\n]++(?:to|list)|cc|(?:distribution|circulation)(?:[^\S\n]++list)?)[^\S\n]*+:?{COPY_LABEL_NOTE}|cop(?:y|ies)\s*:\s*$|(?:(?:copy|copies|copied)\s+(?:to|list)|cc)\s*:|cc\.?\s+(?=(?-i:[A-Z]))|"
                           rf"cc\.?[^\S\n]*$|(?:distribution|circulation)(?:[^\S\n]++list)?+[^\S\n]*+:?[^\S\n]*+(?:{OTHER_TONGUE_AFTER})?$|(?:distribution|circulation)(?:\s+list)?[^\S\n]*:)",
                           re.IGNORECASE)


# A row of the list under a label of its own: 'Internal copy: Jo Bloggs, Head of Youth Inspections, HMI Probation',
# 'Internal: ...', 'bcc: ...', 'Copy (internal): ...' (the inspectorate's own staff copied in): the label is no part of
# the entry.
COPY_SUB_LABEL_RE = re.compile(r"^[^\S\n]*+(?:internal(?:[^\S\n]+cop(?:y|ies))?|bcc|blind[^\S\n]+cop(?:y|ies)|"
                               r"cop(?:y|ies)[^\S\n]+\(internal\))[^\S\n]*+:[^\S\n]*+", re.IGNORECASE)


# A list of people ends where a table of another kind begins, known by its heads ('No.  Action  Owner  Due',
# 'Action  Owner  Description'): every cell a table's head, one at least an action log's or a tracker's.
TABLE_HEAD_CELLS = frozenset({"no", "no.", "ref", "ref.", "item", "action", "actions", "owner", "lead", "due", "due date",
                              "deadline", "status", "progress", "update", "by when", "date", "target date", "description",
                              "rag", "responsible", "comments", "notes", "when"})
TRACKER_HEAD_CELLS = frozenset({"action", "actions", "owner", "due", "due date", "deadline", "status", "progress",
                                "by when", "target date", "rag", "responsible"})
CELL_GAP_RE = re.compile(r"\t|[^\S\n]{2,}+")
# ... and where a labelled line of a letter's other furniture begins ('Contact for enquiries about this letter: Jo
# Bloggs', 'Tel: ...', 'Our ref: ...', 'Date: ...'): the list names who is copied in, not who to contact.
OTHER_LABEL_RE = re.compile(r"^[^\S\n]*+(?:contact|enquiries|telephone|tel|e-?mail|date|(?:our|your)[^\S\n]+ref(?:erence)?|"
                            r"ref(?:erence)?|signed|published|web(?:site)?)\b[^:\n]{0,60}:", re.IGNORECASE)


def is_table_heads(line: str) -> bool:
    """A line of a table's heads other than a list of people's: 'No.  Action  Owner  Due'."""
    cells = [cell.strip().lower() for cell in CELL_GAP_RE.split(line.strip())]
    return len(cells) >= 2 and all(cell in TABLE_HEAD_CELLS for cell in cells) and \
        any(cell in TRACKER_HEAD_CELLS for cell in cells)


COPIED_KEY_POSTS = frozenset({"head_of_inspections", "cabinet_member", "board_chair", "panel_chair"})
# What follows a copy list: a note, an annex, the publisher's imprint.
LIST_ENDS_RE = re.compile(r"^\s*(?:Note\b|Annex|Appendix|(?:Published|Printed)\s+by\b|©|\(c\)\s)", re.IGNORECASE)


# A postal address: a floor or a building's number before a street, or a postcode ('1st Floor Civil Justice Centre, 1
# Bridge Street West, Manchester M3 3FX').
POSTAL_ADDRESS_RE = re.compile(r"\b\d{1,4}(?:st|nd|rd|th)?[^\S\n]++(?:(?i:floor)\b|(?:[A-Z][a-z]++[^\S\n]++){1,3}"
                               r"(?:Street|Road|Lane|Avenue|Square|Place|Way|Drive|Row|Walk|Terrace|Crescent|Parade)\b)|"
                               r"\b[A-Z]{1,2}\d[A-Z\d]?[^\S\n][0-9][A-Z]{2}\b")


def _postal_address(text: str, line: Line) -> bool:
    """A line of a postal address that opens with no person's name (the inspectorate's address under its copy list)."""
    if POSTAL_ADDRESS_RE.search(line.text) is None:
        return False
    named = find_names(text, line.start, line.end, strict=False)
    return not named or trim(text, line.start, line.end).start != named[0].start


def _list_ended(line: Line) -> bool:
    """Whether a copy list has ended at a line: a note, an annex, the publisher's imprint or running prose (a practice
    example) or a sentence closed on its line ('Copies of this report are available from our website.'), a table of
    actions' heads, or a letter's contact line."""
    return bool(LIST_ENDS_RE.match(line.text)) or is_prose(line.text) or is_table_heads(line.text) \
        or OTHER_LABEL_RE.match(line.text) is not None or is_sentence(line) and line.text.rstrip().endswith(".")


def copy_list(ctx: Context, area: str | None = None) -> int:
    """Those a document is copied to: in a list under its label, or in a sentence ('Copies of this report have been
    sent to ...'); `area` is the document's."""
    return _labelled_copy_list(ctx, area) + copies_sent_in_prose(ctx, area)


# A sentence that copies the document, its recipients after it: 'Copies of this report have been sent to', 'This letter
# is copied to', 'A copy of this letter has been sent to', 'I am copying this letter to'.
COPIES_SENT_RE = re.compile(r"\b(?:(?:a\s+)?cop(?:y|ies)\s+of\s+th(?:is|e)\s+(?:letter|report)\s+(?:ha(?:ve|s)\s+been|(?:is|are)(?:\s+being)?|"
                            r"will\s+be)\s+(?:sent|copied|circulated)|th(?:is|e)\s+(?:letter|report)\s+(?:is|has\s+been|will\s+be)\s+"
                            r"(?:copied|sent)|I\s+am\s+(?:copying|sending\s+a\s+copy\s+of)\s+th(?:is|e)\s+(?:letter|report))\s+to\s+",
                            re.IGNORECASE)
# Between its recipients: a semicolon, or 'and to' ('...; to Ms Jo Lee, Chief Executive; and to the Youth Justice Board').
COPIED_APART_RE = re.compile(r"\s*+(?:;|,?\s++and(?=\s++to\s))\s*+(?:and\s++)?(?:to\s++)?")
RECIPIENT_OPENING_RE = re.compile(r"(?:to\s++)?(?:the\s++)?")


def copies_sent_in_prose(ctx: Context, area: str | None) -> int:
    """The recipients a sentence copies the document to, each a name and post ('to Councillor Jo Lee, Leader of the
    Council') or a body with the name in brackets ('to the Youth Justice Board (Ms J Lee)'); a post alone copies no one."""
    found = 0
    for lead in COPIES_SENT_RE.finditer(ctx.text):
        stop = sentence_end(ctx.text, lead.end())
        at = lead.end()
        for apart in [*COPIED_APART_RE.finditer(ctx.text, at, stop), None]:
            entry = trim(ctx.text, at, apart.start() if apart else stop, " \t\n.,;")
            opening = RECIPIENT_OPENING_RE.match(ctx.text, entry.start, entry.end)
            entry = trim(ctx.text, opening.end() if opening else entry.start, entry.end)
            if entry:
                found += _copied_person(ctx, entry, area) or _copied_in_brackets(ctx, entry, area)
            at = apart.end() if apart else stop
    return found


def _labelled_copy_list(ctx: Context, area: str | None) -> int:
    """A 'Copy to:' or 'cc:' label followed by rows of role and names (a letter's distribution list), or by one
    person a row written 'Name, Post' (on the label's line too). Dot leaders between a row's post and name ('Chief
    Executive ...... Dr Jo Bloggs') are read as the padding of its columns."""
    text = leaders_blanked(ctx.text)
    all_lines = lines(text)
    index = find_line(all_lines, COPY_LABEL_RE)
    while index >= 0:
        label = all_lines[index]
        written = COPY_LABEL_END_RE.search(label.text)
        after_label = trim(ctx.text, label.start + written.end() if written else label.end, label.end)
        named = find_names(ctx.text, after_label.start, after_label.end) if after_label else []
        if not after_label or named and named[0].start == after_label.start or semicolon_entries(ctx.text, after_label.start) \
                or _post_and_name_row(ctx, after_label) or _names_after_posts(ctx, label, after_label.start):
            break
        index = find_line(all_lines, COPY_LABEL_RE, index + 1)  # 'Copy to: see copy list at end' points on
    if index < 0:
        return 0
    label_row = [Line(after_label.start, after_label.end, after_label.text)] if after_label else []
    if grouped := _grouped_under_bodies(ctx, label_row + all_lines[index + 1:], area):
        return grouped
    if after_label and (entries := semicolon_entries(ctx.text, after_label.start)):
        return sum(_copied_person(ctx, entry, area) or _copied_in_brackets(ctx, entry, area) for entry in entries)
    stacked = _posts_over_names(ctx, text, all_lines[index + 1:], area) or _entries_set_in(
        ctx, text, all_lines[index + 1:], area) or _posts_then_names(ctx, all_lines[index + 1:], area) \
        if not after_label else _posts_then_names(ctx, all_lines[index:], area, after_label.start)
    if stacked:
        return stacked
    table, found = [], 0
    table_rows_read: list[Line] = []
    read_before = len(ctx.roles)
    rows = ([Line(after_label.start, after_label.end, after_label.text)] if after_label else []) + all_lines[index + 1:]
    for line, numbered in _numbered_entries(ctx.text, rows):
        if _list_ended(line):
            break
        if is_page_furniture(ctx.text, line) or _postal_address(ctx.text, line):
            continue  # a page's footer under the list ('SQS Westmere   Page 3 of 3'), or the sender's address, names no one
        table_rows_read.append(line)
        if numbered:
            found += _copied_person(ctx, line, area)  # a post with no name ('4. Chief Constable') copies no one
        elif (sub := COPY_SUB_LABEL_RE.match(line.text)) and \
                _copied_person(ctx, trim(ctx.text, line.start + sub.end(), line.end), area):
            found += 1  # 'Internal copy: Jo Bloggs, Head of Youth Inspections, HMI Probation'
        elif _surname_first_row(ctx, text, line, area) or _ranked_name_row(ctx, text, line, area):
            found += 1
        elif _post_wrapped_under(text, line, table_rows_read):
            table.append(line)  # the post of the row above, wrapped under its column ('                Children Board'):
            # the table's reader joins it to that row's post
        elif copied := _names_after_post(ctx, line, area):
            found += copied
        elif _named_with_post(ctx, line, area):
            found += 1
        elif "\n" in line.text and _copied_in_brackets(ctx, trim(ctx.text, line.start, line.end), area):
            found += 1  # a row joined over a page's end ('Chair, X Board (Mr M. Fer-' / '- 15 -' / 'rer)')
        else:
            table.append(line)
    found += role_name_table(
        ctx, table, lambda role: "copy_to",
        lambda role, org: org or organisation_for_role(role, area), strict_names=False, padded=True, text=text)
    # the inspectorate's head of inspections copied in ('Head of Youth Inspections, HMI Probation   Jo Bloggs') heads
    # them too, and a cabinet member or a board's chair in a table of posts and names holds that post
    role_name_table(ctx, table, lambda role: _copied_key_post(ctx, role, area),
                    lambda role, org: org or organisation_for_role(role, area), strict_names=False, padded=True,
                    text=text)
    _each_post_held(ctx, ctx.roles[read_before:], area)
    return found


def _each_post_held(ctx: Context, rows: list[PendingRole], area: str | None) -> None:
    """Each key post of a copy list's row of two posts, as its own row: 'Cabinet Member for Children / Chair, YOS
    Management Board' (the row read whole) chairs the board too, the service's."""
    held = {(name_key(row.name), row.relation) for row in rows}
    for row in [row for row in rows if row.relation == "copy_to" and row.role]:
        for post in held_apart(row.role):
            relation = _copied_key_post(ctx, post, area)
            if relation and (name_key(row.name), relation) not in held:
                held.add((name_key(row.name), relation))
                ctx.person_role(row.name, relation, row.evidence, role=post, title=row.title,
                                organisation=organisation_for_role(post, area))


# A copy list's group: a body, a dash set apart (or a colon) and its first person ('Westmere MBC   -  Jo Bloggs (Chief
# Executive);', 'Westmere YOS: Raj Patel (Head of Service)'); the group's later people on the lines set in under it.
BODY_GROUP_RE = re.compile(r"[^\S\n]*+(?P<body>\S(?:[^\n]*?\S)?)(?:[^\S\n]++[-–—]|[^\S\n]*+:)[^\S\n]++(?=\S)")
GROUP_SLACK = 2  # characters: a group's later lines start in line with its first person within a couple


def _grouped_under_bodies(ctx: Context, rows: list[Line], area: str | None) -> int:
    """A copy list in groups, each a body with a dash or a colon and its people after it, the group's later people
    on the lines set in under the first ('cc.  Westmere MBC  -  Jo Bloggs (Chief Executive);' / '        Cllr Ann Lee
    (Leader)' / '     Westmere YOS  -  Raj Patel (Head of Service)'): each person is copied in the post in brackets or
    after a comma (the body their organisation) and holds the key post it names; a body's entry naming no one copies
    no one. Returns how many were read (none where the block is not such groups, two at least, one body known)."""
    groups: list[tuple[Span, list[Span]]] = []
    column = 0
    for line in _first_block(rows):
        line_start = start_of_line(ctx.text, line.start)  # (the label's line is read from after the label)
        opening = BODY_GROUP_RE.match(line.text)
        if groups and abs(_indent(ctx.text[line_start:line.end]) - column) <= GROUP_SLACK:
            groups[-1][1].append(trim(ctx.text, line.start, line.end))
        elif opening and not find_names(ctx.text, line.start + opening.start("body"), line.start + opening.end("body"),
                                        strict=False):
            column = line.start - line_start + opening.end()
            groups.append((span(ctx.text, line.start + opening.start("body"), line.start + opening.end("body")),
                           [span(ctx.text, line.start + opening.end(), line.end)]))
        else:
            return 0
    if len(groups) < 2 or not any(organisation_named(body.text, gazetteer=ctx.gazetteer, area=area) for body, _ in groups):
        return 0  # (a body known by its name at least: not rows of a post, a dash and a name)
    found = 0
    for body, pieces in groups:
        named = organisation_named(body.text, gazetteer=ctx.gazetteer, area=area)
        # (an abbreviation written out, 'Westmere MBC', then named as the council is everywhere: one node for it)
        organisation = ctx.gazetteer.inspectorate_named(body.text) or \
            (ctx.gazetteer.organisation(named, area).name if named else None)
        for entry in _group_entries(ctx.text, pieces):
            found += _copied_person(ctx, entry, area, body=organisation) or \
                _copied_by_name_alone(ctx, entry, organisation)
    return found


def _group_entries(text: str, pieces: list[Span]) -> list[Span]:
    """A group's entries: between semicolons, or each on its line unless a bracket or a comma runs it on to the next
    ('Cllr Ann Lee (Cabinet Member,' / 'Children and Young People)')."""
    entries: list[Span] = []
    begin: int | None = None
    depth = 0

    def close(end: int) -> None:
        entry = trim(text, begin, end, " \t\n.,;") if begin is not None else None
        if entry:
            entries.append(entry)

    for piece in pieces:
        begin = piece.start if begin is None else begin
        for at in range(piece.start, piece.end):
            depth += (text[at] == "(") - (text[at] == ")")
            if text[at] == ";" and depth <= 0:
                close(at)
                begin, depth = at + 1, 0
        if depth <= 0 and not piece.text.rstrip().endswith(","):
            close(piece.end)
            begin, depth = None, 0
    close(pieces[-1].end if pieces else 0)
    return entries


def _copied_by_name_alone(ctx: Context, entry: Span, organisation: str | None) -> bool:
    """An entry of a name alone under its body ('Youth Justice Board  -  Raj Patel'): copied, of that body, no post."""
    named = find_names(ctx.text, entry.start, entry.end, strict=False)
    if len(named) != 1 or named[0].surname_only or (named[0].start, named[0].end) != (entry.start, entry.end):
        return False
    ctx.person_role(named[0], "copy_to", entry, organisation=organisation)
    return True


NAME_SET_IN = 4  # characters: a name under its post is set in by a few at most


def _first_block(rows: list[Line]) -> list[Line]:
    """The lines of a list's first block: from its first line with words to the blank line after it."""
    block: list[Line] = []
    for line in rows:
        if is_blank(line) and block:
            break
        if not is_blank(line):
            block.append(line)
    return block


def _posts_over_names(ctx: Context, text: str, rows: list[Line], area: str | None) -> int:
    """A copy list whose entries each stand as a post over the name set under it, in one column or several side by side
    ('Director of Children's Services      Chief Executive' / '  Jo Bloggs                         Ann Lee'): the block's
    lines in pairs, each post's cell naming no one and each name's cell a full name alone, a little in from its post's.
    Each is copied in that post, and holds the key post it names. Returns how many were read (none where the block is
    not all such pairs)."""
    block = _first_block(rows)
    if len(block) < 2 or len(block) % 2:
        return 0
    entries: list[tuple[Span, NameMatch, Span]] = []
    for post_line, name_line in zip(block[::2], block[1::2], strict=True):
        posts, names = cells(text, post_line), cells(text, name_line)
        if not posts or len(posts) != len(names):
            return 0
        for post, cell in zip(posts, names, strict=True):
            if not 0 <= (cell.start - name_line.start) - (post.start - post_line.start) <= NAME_SET_IN or \
                    find_names(ctx.text, post.start, post.end, strict=False) or not names_post_or_body(post.text):
                return 0
            named = find_names(ctx.text, cell.start, cell.end, strict=False)
            if len(named) != 1 or named[0].surname_only or (named[0].start, named[0].end) != (cell.start, cell.end):
                return 0
            entries.append((span(ctx.text, post.start, post.end), named[0], cell))
    for post, name, cell in entries:
        _copied_with_post(ctx, name, post, span(ctx.text, post.start, cell.end), area)
    return len(entries)


ENTRY_SET_IN = 4  # characters: an entry's later lines are set in under its first line by a few at most
ENTRY_RAGGED = 1  # characters: the first lines of a column's entries may stand out of line by one


def _entries_set_in(ctx: Context, text: str, rows: list[Line], area: str | None) -> int:
    """A copy list in one column or several side by side whose entries each open with a post or a body at the column's
    edge and go on over lines set in a little under it, the name on one of them: alone ('Leader, Westmere Council' /
    '  Councillor Jo Bloggs'), after the post's wrapped tail ('Cabinet Member for Children and Young' / '  People, Cllr
    Ann Lee'), or before the post under the body's name ('Youth Justice Board Cymru' / '  Jo Bloggs, Head of YJB
    Cymru'). Each person is copied in that post (the body above it their organisation) and holds the key post it names;
    an entry naming no one (a body, or a post wrapped: 'Chief Executive, Westmere County' / '  Borough Council') copies
    no one. Returns how many were read (none where the block is not such entries)."""
    block = _first_block(rows)
    if len(block) < 2:
        return 0
    placed = [(number, cell, cell.start - line.start) for number, line in enumerate(block) for cell in cells(text, line)]
    # the columns: runs of the cells' starts, each its entries' edge and the few characters its later lines are set in
    edges: list[int] = []
    for start in sorted({at for _, _, at in placed}):
        if not edges or start - edges[-1] > ENTRY_SET_IN:
            edges.append(start)
    entries: dict[int, list[list[Span]]] = {edge: [] for edge in edges}
    for _, cell, at in placed:  # (in the order of the lines, then of the columns)
        edge = edges[bisect_right(edges, at) - 1]  # (by halves: a hostile line's many cells stay linear)
        if at - edge <= ENTRY_RAGGED:
            entries[edge].append([cell])
        elif not entries[edge]:
            return 0  # a line set in under no entry
        else:
            entries[edge][-1].append(cell)
    if len(placed) < 4 or not any(len(entry) > 1 for column in entries.values() for entry in column):
        return 0
    read: list[tuple[NameMatch, str, Span, Span, str | None]] = []
    for entry in (entry for column in entries.values() for entry in column):
        if find_names(ctx.text, entry[0].start, entry[0].end, strict=False):
            return 0  # an entry opening with a name ('Jo Bloggs     Head of Service'): rows of another kind
        person = _entry_person(ctx, entry, area)
        read += [person] if person else []
    for name, post, post_span, evidence, organisation in read:
        for relation in ("copy_to", _copied_key_post(ctx, post, area) if post else None):
            if relation:
                ctx.person_role(name, relation, evidence, role=post or None, role_span=post_span if post else None,
                                organisation=organisation)
    return len(read)


def _entry_person(ctx: Context, entry: list[Span], area: str | None
                  ) -> tuple[NameMatch, str, Span, Span, str | None] | None:
    """The person an entry of `_entries_set_in` names on a line set in, their post and its span, the entry as evidence
    and the organisation; None where no line names one."""
    for number, piece in enumerate(entry[1:], 1):
        names = [n for n in find_names(ctx.text, piece.start, piece.end, strict=False) if not n.surname_only
                 and not names_post_or_body(n.name)]
        if not names:
            continue
        name, before = names[0], " ".join(cell.text for cell in entry[:number])
        after = trim(ctx.text, name.end, piece.end, " \t,;–—-")
        tail = ctx.text[piece.start:name.start]
        evidence = span(ctx.text, entry[0].start, piece.end)
        if not tail.strip() and after and names_post(after.text):  # 'Jo Bloggs, Head of YJB Cymru' under its body
            post = " ".join(after.text.split())
            body = ctx.gazetteer.inspectorate_named(before) or organisation_named(before, gazetteer=ctx.gazetteer, area=area)
            return name, post, after, evidence, body or organisation_for_role(post, area)
        if after or tail.strip() and not tail.rstrip().endswith(","):
            return None  # words after the name, or a tail run into it: no entry of this layout
        post = " ".join(f"{before} {tail}".split()).rstrip(" ,")
        organisation = organisation_for_role(post, area) or organisation_named(post, gazetteer=ctx.gazetteer, area=area)
        if is_organisation_name(post, gazetteer=ctx.gazetteer, area=area):
            return name, "", evidence, evidence, organisation  # a body's name over the person's: their body, no post
        return name, post, span(ctx.text, entry[0].start, entry[0].end), evidence, organisation
    return None


# Between a row's post and its name: dot leaders (a lone dot where the post nearly fills its column: 'HM Inspectorate of
# Constabulary . Jo Bloggs'); between a name and the next column's post, or a post and a name with no leaders: a tab or
# a run of blanks.
ROW_GAP_RE = re.compile(r"(?P<leader>[^\S\n]*+(?:[.…·]{2,}+|(?<![^\s])\.(?![^\s]))[^\S\n]*+)|"
                        r"(?P<gap>[^\S\n]{2,}+|\t)")
COLUMN_SLACK = 2  # characters: a column's cells start in line within a couple of characters


@dataclass
class _CopiedPost:
    """A post in a copy list's column, as read so far: where it starts on the page, its span and its lines' words (a
    post wrapped over lines joins them), and the cell after it (the name's, or none)."""
    column: int
    start: int
    end: int
    pieces: list[str]
    value: Span | None = None

    def links_on(self) -> bool:
        """Whether its last line ends on a word that links on to the next ('Lead Member for Children,')."""
        return LINKS_ON_RE.search(self.pieces[-1]) is not None


def _segments(text: str, line: Line) -> list[tuple[Span, str | None]]:
    """A row's cells, each with the kind of space after it: 'leader' (dot leaders), 'gap' (a tab or blanks), None last."""
    found: list[tuple[Span, str | None]] = []
    pos = line.start
    for gap in ROW_GAP_RE.finditer(text, line.start, line.end):
        cell = trim(text, pos, gap.start(), " \t")  # (a post's comma kept: 'Lead Member for Children,' wraps on)
        if cell:
            found.append((cell, "leader" if gap.group("leader") else "gap"))
        elif gap.group("leader") and found:
            found[-1] = (found[-1][0], "leader")  # (the blanks before the leaders)
        pos = gap.end()
    last = trim(text, pos, line.end, " \t")
    if last:
        found.append((last, None))
    return found


TAB_STOP = 8


def _across(text: str, start: int, column: int, at: int) -> int:
    """Where text[at] stands across the page, tabs expanded, counting on from text[start] in `column` (a row's cells
    are placed one after the other, each from the last)."""
    for char in text[start:at]:
        column = (column // TAB_STOP + 1) * TAB_STOP if char == "\t" else column + 1
    return column


def _people_in_cell(ctx: Context, cell: Span) -> list[NameMatch] | None:
    """The people a cell of names holds, parted by ';', ',' or 'and', each in any form (in full, after a title, surname
    first: 'MEREDITH, Carys; TEAGUE, Robert'), an inspector's letters after one at most; None where the cell holds
    anything else (a body, a post, a seat vacant in brackets)."""
    people = []
    for piece in _split_people(ctx.text, cell):
        names = find_names(ctx.text, piece.start, piece.end, strict=False)
        after = trim(ctx.text, names[0].end, piece.end) if names else None
        rank = " ".join(ctx.text[piece.start:names[0].start].split()) if names else ""
        ranked = bool(rank) and rank_of_post(rank.lower()) == rank.title()  # 'Chief Superintendent Jo Lee'
        if len(names) != 1 or names[0].surname_only or names[0].start != piece.start and not ranked or after and not (
                INSPECTOR_AFTER_NAME_RE.fullmatch(after.text)) or names_post_or_body(names[0].name):
            return None
        named = names[0]
        people.append(NameMatch(named.start, named.end, named.name, named.title or rank.title(), named.surname_only)
                      if ranked else named)
    return people or None


def _row_posts(ctx: Context, line: Line, heads: dict[int, _CopiedPost], start: int | None = None
               ) -> list[_CopiedPost] | None:
    """A copy list's row as posts, each with the cell after it: a post, dot leaders and its cell (a name, or a seat
    vacant), or a post, a gap and a cell of names; a post with nothing after it stands alone (a post wrapped, or no
    one's). None where a cell that opens a post opens with a person's name (rows of another kind), unless it goes on
    a post wrapped above it (one of `heads`). From `start` on the line where a label opens it ('Copy to:')."""
    row = _segments(ctx.text, line if start is None else span(ctx.text, start, line.end))
    posts: list[_CopiedPost] = []
    index, placed, column = 0, line.start, 0
    while index < len(row):
        cell, space = row[index]
        column = _across(ctx.text, placed, column, cell.start)
        placed = cell.start
        if not any(char.isalnum() for char in cell.text):
            index += 1
            continue  # a rule ('-----') or a bullet alone
        named = find_names(ctx.text, cell.start, cell.end, strict=False)
        if named and named[0].start == cell.start and _column_match(heads, column) is None and not (
                names_post_or_body(cell.text) or is_organisation_name(cell.text, gazetteer=ctx.gazetteer)):
            return None  # a name where a post opens: 'Jo Bloggs ..... Chief Executive'
        post = _CopiedPost(column, cell.start, cell.end, [cell.text])
        following = row[index + 1][0] if index + 1 < len(row) else None
        if following is not None and (space == "leader" or _people_in_cell(ctx, following) is not None):
            post.value = following
            index += 1
            column = _across(ctx.text, placed, column, following.start)
            placed = following.start
        posts.append(post)
        index += 1
    return posts


def _names_after_posts(ctx: Context, label: Line, start: int) -> bool:
    """Whether a copy list's label opens a row of posts and names in two columns ('Copy to:   YOS Manager ..... Jo
    Bloggs      Chief Executive ..... Ann Lee'): the list begins on its line."""
    posts = _row_posts(ctx, label, {}, start)
    return posts is not None and sum(1 for post in posts if post.value and _people_in_cell(ctx, post.value)) > 1


def _posts_then_names(ctx: Context, rows: list[Line], area: str | None, first_from: int | None = None) -> int:
    """A copy list whose rows give a post (or the body) first and the name after it, in two columns side by side
    ('YOS Manager ...... Jo Bloggs      Chief Executive, Westmere CC ..... Ann Lee'; a row may fill only one of them),
    or in one where a post wraps over two lines before its name ('Lead Member for Children,' / 'Westmere CC .....
    Cllr Ann Lee'), after its name under its column ('Cabinet Member for   Cllr Ann Lee' / '  Young People', or set in a
    little under it). Each person
    is copied in the post, and holds the key post it names; a post with no name, or a body or a seat vacant where the
    name goes ('(post vacant)', '(Performance Audit Lead)'), copies no one. The list runs to its end (`_list_ended`), or
    to a line of no such row after a blank line; its first row may follow its label on the label's line (from
    `first_from`). Returns how many were read: none where a row of its first block is no such row, or the list is one
    column of a post and a name a row (read row by row)."""
    read: list[_CopiedPost] = []
    heads: dict[int, _CopiedPost] = {}  # posts wrapped over the row below, waiting for it, by their column
    last: dict[int, _CopiedPost] = {}  # the last row's posts, which a line under them may go on
    two_columns = wrapped = blank_before = False
    for number, line in enumerate(rows):
        start = first_from if number == 0 else None
        if start is None:  # (the label's line is the list's first row)
            if is_blank(line):
                blank_before = bool(read or heads)
                continue
            if _list_ended(line):
                break
            if is_page_furniture(ctx.text, line) or PAGE_NUMBER_ALONE_RE.fullmatch(line.text) \
                    or _postal_address(ctx.text, line):
                continue
        posts = _row_posts(ctx, line, heads, start)
        if posts is None:
            if blank_before:
                break  # the next paragraph after the list
            return 0
        waiting: list[_CopiedPost] = []
        went_on: list[_CopiedPost] = []
        for post in posts:
            head = _column_match(heads, post.column)
            above = _column_match(last, post.column) if post.value is None and head is None else None
            if above is not None and (above.links_on() or post.column > above.column):
                # the post above goes on under it (set in, or after a linking word); a post in brackets set in under it
                # is a second post held ('Strategic Director' / '  (Chair of YOS Management Board)')
                held = SECOND_POST_RE.fullmatch(post.pieces[0])
                above.pieces.append(f"; {held.group(1)}" if held and names_post(held.group(1)) and
                                    names_post(" ".join(above.pieces)) else post.pieces[0])
                above.end = post.end
                went_on.append(above)
                wrapped = wrapped or above.value is not None and _people_in_cell(ctx, above.value) is not None
                continue
            if head is not None:
                head.pieces.extend(post.pieces)  # the post wrapped over this row
                post.pieces, post.start = head.pieces, head.start
                wrapped = wrapped or post.value is not None and _people_in_cell(ctx, post.value) is not None
            if post.value is not None:
                read.append(post)
            elif post.links_on():
                waiting.append(post)  # (a post alone that ends on no linking word is no one's)
        heads = _by_column(waiting)
        two_columns = two_columns or sum(1 for post in posts if post.value is not None
                                         and _people_in_cell(ctx, post.value) is not None) > 1
        last = _by_column([post for post in posts if post.value is not None] + went_on)
    people = [(post, post.value, named) for post in read if post.value is not None
              for named in _people_in_cell(ctx, post.value) or []]
    if not (two_columns or wrapped) or len(people) < 2:
        return 0
    for post, value, named in people:
        _copied_in_post(ctx, named, " ".join(" ".join(post.pieces).split()).replace(" ; ", "; "),
                        span(ctx.text, post.start, post.end),
                        span(ctx.text, post.start, max(value.end, post.end)), area)
    return len(people)


def _column_match(posts: dict[int, _CopiedPost], column: int) -> _CopiedPost | None:
    """The post among `posts` (by the column each starts in) that starts in the given column, give or take
    `COLUMN_SLACK`."""
    return next((posts[near] for near in range(column - COLUMN_SLACK, column + COLUMN_SLACK + 1) if near in posts), None)


def _by_column(posts: list[_CopiedPost]) -> dict[int, _CopiedPost]:
    return {post.column: post for post in reversed(posts)}  # (the first of two in one column)


def _post_and_name_row(ctx: Context, row: Span) -> bool:
    """The first row of a list on its label's line: a post's cell, then a cell that opens with a person's name, after a
    title or rank ('Copy to:   Chief Executive      Jo Bloggs'), or a post alone ('Copy to:  Chair, Scrutiny Panel')."""
    row_cells = cells(ctx.text, row)
    if not row_cells or len(row_cells) > 2 or not names_post_or_body(row_cells[0].text):
        return False
    if len(row_cells) == 1:
        return not find_names(ctx.text, row.start, row.end, strict=False)
    named = find_names(ctx.text, row_cells[1].start, row_cells[1].end, strict=False)
    return bool(named) and not named[0].surname_only and named[0].end == row_cells[1].end


# 'Pardoe, Owen ........ Head of Youth Offending Service', 'Wenlock, Cllr Patricia', 'Pym, Harold JP': a distribution
# list in surname order, the name's cell written surname first (a title and letters after the forename), the surname
# perhaps in capitals ('BAMIGBOSE, Cllr Hector').
SURNAME_FIRST_CELL_RE = re.compile(
    rf"(?P<surname>(?:Mc|Mac|O['’]|D['’])?[{UPPER}](?:[{LOWER}]+|[{UPPER}]+)(?:['’-][{UPPER}](?:[{LOWER}]+|[{UPPER}]+))?),"
    r"[^\S\n]+"
    r"(?P<title>(?:Dr|Prof|Professor|Cllr|Councillor|Mr|Mrs|Ms|Miss|Sir|Dame|Rev|Revd|Canon|Supt)\.?[^\S\n]+)?"
    rf"(?P<forenames>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:[^\S\n]+[{UPPER}]\.?)?)"
    rf"(?P<honours>(?:[^\S\n]+[{UPPER}]{{2,4}})*)")


def _surname_first_row(ctx: Context, text: str, line: Line, area: str | None) -> bool:
    """A row of a copy list whose first cell names a person surname first and whose second gives the post (dot
    leaders between them read as padding): copied in that post, and holding the key post it names; the post's lines
    wrapped under its column are part of it."""
    row = cells(text, line)
    if len(row) != 2:
        return False
    match = SURNAME_FIRST_CELL_RE.fullmatch(row[0].text)
    if match is None or not is_first_name(match.group("forenames").split()[0]) or \
            any(is_role_word(word) or is_body_word(word) for word in match.group("surname").split("-")):
        return False
    surname = "-".join(part.capitalize() if part.isupper() else part for part in match.group("surname").split("-"))
    written = f"{match.group('title') or ''}{match.group('forenames')} {surname}{match.group('honours')}"
    name = name_at(written, 0, len(written), strict=False)
    if name is None:
        return False
    post = row[1]
    for below in lines(text, line.end + 1, min(len(text), line.end + 400)):
        if below.start + len(below.text) - len(below.text.lstrip()) != post.start - line.start + below.start or \
                len(cells(text, below)) != 1:
            break
        post = span(ctx.text, post.start, trim(text, below.start, below.end).end)
    named = NameMatch(row[0].start, row[0].end, name.name, name.title)
    _copied_with_post(ctx, named, post, span(ctx.text, line.start, post.end), area)
    return True


def _ranked_name_row(ctx: Context, text: str, line: Line, area: str | None) -> bool:
    """A row of a copy list whose first cell is a police rank written in full and a name ('Chief Superintendent A.
    Lee', 'Detective Inspector Jo Lee') and whose second gives the post or the body: copied in it, the rank their title
    (the rank alone would read as the row's post)."""
    row = cells(text, line)
    if len(row) != 2 or not names_post_or_body(row[1].text):
        return False
    names = find_names(ctx.text, row[0].start, row[0].end, strict=False)
    if len(names) != 1 or names[0].surname_only or names[0].end != row[0].end:
        return False
    # (or abbreviated, read as the name's title: 'Supt R. Lee')
    rank = " ".join(ctx.text[row[0].start:names[0].start].split()) or names[0].title or ""
    if not rank or rank_of_post(rank.lower()) != rank.title() or find_names(ctx.text, row[1].start, row[1].end, strict=True):
        return False
    named = NameMatch(names[0].start, names[0].end, names[0].name, names[0].title or rank.title(), names[0].surname_only)
    evidence = span(ctx.text, line.start, line.end)
    if names_post(row[1].text):
        _copied_with_post(ctx, named, row[1], evidence, area)
    else:  # 'Supt R. Lee      Westmere Police': the force is their body, the rank their post
        body = " ".join(row[1].text.split())
        ctx.person_role(named, "copy_to", evidence, role=rank.title(), organisation=organisation_for_role(body, area)
                        or organisation_named(body, gazetteer=ctx.gazetteer, area=area))
    return True


def _copied_with_post(ctx: Context, name: NameMatch, post: Span, evidence: Span, area: str | None) -> None:
    """A copy list's entry of a name and its post: copied, and the key post it holds ('Leader of the Council'), in
    the body the post names."""
    _copied_in_post(ctx, name, " ".join(post.text.split()), post, evidence, area)


def _copied_in_post(ctx: Context, name: NameMatch, role: str, post: Span, evidence: Span, area: str | None) -> None:
    """A person copied in a post as written (its lines joined): in the body the post names, and holding the key post it
    names."""
    organisation = organisation_for_role(role, area) or organisation_named(role, gazetteer=ctx.gazetteer, area=area)
    for relation in ("copy_to", _copied_key_post(ctx, role, area)):
        if relation:
            ctx.person_role(name, relation, evidence, role=role, role_span=post, organisation=organisation)


def _post_wrapped_under(text: str, line: Line, rows_read: list[Line]) -> bool:
    """A line of one cell set in under the second cell of the row above: that row's post, wrapped."""
    above = rows_read[-2] if len(rows_read) > 1 else None
    if above is None or len(cells(text, line)) != 1:
        return False
    row = cells(text, above)
    indent = len(line.text) - len(line.text.lstrip())
    if not (len(row) == 2 and indent > 0 and row[1].start - above.start == indent):
        return False
    return not _post_of_its_own(row[1].text, line.text)


def _post_of_its_own(above: str, below: str) -> bool:
    """A post of its own under a whole one ('Head of Youth Offending Service' / 'YJB Head of Business Area (North)'): the
    next recipient, by post alone, not the post above wrapped (which ends on a word that links on, or names no post)."""
    below = below.strip()
    return names_post(below) and below[:1].isupper() and names_post(above) and not LINKS_ON_RE.search(above)


# Between the entries of a list written as one paragraph: semicolons, or where it has none, slashes set apart by blanks
# ('Distribution: Mr J. Bloggs (Chief Executive) / Cllr A. Lee (Leader) / ...'; a slash inside a word, 'and/or', is no
# separator).
ENTRY_SEPARATORS = {";": re.compile(r";|$"), " / ": re.compile(r"[^\S\n]/[^\S\n]|$")}


def semicolon_entries(text: str, start: int) -> list[Span]:
    """A list written as one paragraph (a copy list, a team), its entries between semicolons (or spaced slashes) and
    wrapped over lines ('cc:  Jo Bloggs, Head of Service; Cllr Ann Lee, Cabinet Member for Children; Ofsted (Raj
    Patel)'); none for a list of rows."""
    paragraph_end = text.find("\n\n", start)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    separator_re = next((pattern for mark, pattern in ENTRY_SEPARATORS.items()
                         if text.count(mark, start, paragraph_end) >= 2), None)
    if separator_re is None:
        return []
    entries, pos = [], start
    for separator in separator_re.finditer(text[start:paragraph_end]):
        entry = trim(text, pos, start + separator.start(), " \t\n.,;")
        if entry:
            entries.append(entry)
        pos = start + separator.end()
    return entries


# 'Ofsted - Social Care (Jo Bloggs)', 'Care Quality Commission (Jo Bloggs)': the post or body, the name in brackets.
NAME_IN_BRACKETS_RE = re.compile(r"(?P<post>\S[^()]*?)\s*\(\s*(?P<name>[^()]+?)\s*\)$")


def _copied_in_brackets(ctx: Context, entry: Span, area: str | None) -> bool:
    """An entry of a post or a body with the person's name in brackets after it: copied in that post (a body's name
    alone is their organisation, no post)."""
    match = NAME_IN_BRACKETS_RE.match(entry.text)
    if match is None:
        return False
    name = name_at(ctx.text, entry.start + match.start("name"), entry.start + match.end("name"), strict=False)
    if name is None or name.surname_only or name.end != entry.start + match.end("name"):
        return False
    post = " ".join(match.group("post").split())
    body = ctx.gazetteer.inspectorate_named(post) or organisation_named(post, gazetteer=ctx.gazetteer, area=area)
    is_body = body is not None and fold(body) == fold(post)  # the body's name alone: no post
    role_span = span(ctx.text, entry.start + match.start("post"), entry.start + match.end("post"))
    ctx.person_role(name, "copy_to", entry, role=None if is_body else post, role_span=None if is_body else role_span,
                    organisation=body or organisation_for_role(post, area))
    return True


def _copied_key_post(ctx: Context, role: str, area: str | None) -> str | None:
    """The key post a copy list's row of post and name holds; HM Chief Inspector of Probation is the chief inspector
    (another inspectorate's chief copied in, 'HM Chief Inspector, Estyn', is not the one the keys mean)."""
    relation = _copied_relation(role)
    if relation == "chief_inspector":
        return relation if organisation_for_role(role, area) == ctx.gazetteer.default_inspectorate else None
    return relation if relation in COPIED_KEY_POSTS else None


# 'Chair, Children and Young People Scrutiny Committee', '(Chair of the Corporate Parenting Scrutiny Panel)', 'Chair,
# Children's O&S Committee' (overview and scrutiny): a copy list's scrutiny chair (the column may wrap the committee's
# last word onto the line below).
SCRUTINY_CHAIR_RE = re.compile(r"\(?(?:the\s+)?chair(?:man|woman|person)?(?:\s*,\s*|\s+of\s+(?:the\s+)?)(?:[\w'’&-]+\s+){0,8}?"
                               r"(?:scrutiny|O\s*&\s*S)(?:\s+(?:committee|panel|commission|board))?\)?", re.IGNORECASE)


def _copied_relation(role: str | None) -> str | None:
    """The key post a copy list's post names: as a post names it anywhere, or a scrutiny committee's chair."""
    relation = post_relation(role)
    if relation is None and role and SCRUTINY_CHAIR_RE.fullmatch(" ".join(role.split())):
        return "panel_chair"
    return relation


# A numbered entry of a copy list: '1.  Tom Ridley', its post on the indented lines below.
ENTRY_NUMBER_RE = re.compile(r"^[^\S\n]*\d{1,2}[.)][^\S\n]+(?=\S)")


def _numbered_entries(text: str, rows: list[Line]) -> list[tuple[Line, bool]]:
    """The list's rows, each numbered entry with the indented lines under it as one row ('1.  Tom Ridley' /
    '    Chair of the Board'), marked as numbered."""
    entries: list[tuple[Line, bool]] = []
    rows = _joined_over_page(text, rows)
    index = 0
    while index < len(rows):
        number = ENTRY_NUMBER_RE.match(rows[index].text)
        last = index
        while number and last + 1 < len(rows) and rows[last + 1].text[:1] in " \t" and rows[last + 1].text.strip() \
                and not ENTRY_NUMBER_RE.match(rows[last + 1].text):
            last += 1
        entries.append((span(text, rows[index].start + number.end(), rows[last].end), True) if number
                       else (rows[index], False))
        index = last + 1
    return entries


def _joined_over_page(text: str, rows: list[Line]) -> list[Line]:
    """A row whose last word the page's end hyphenated ('(Mr M. Fer-'), its page number, then the rest of the word in
    small letters ('rer)'): one row, so the name is read whole."""
    joined: list[Line] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        after = index + 1
        while after < len(rows) and (is_page_furniture(text, rows[after]) or PAGE_NUMBER_ALONE_RE.fullmatch(rows[after].text)):
            after += 1
        if re.search(r"[a-z]-$", row.text.rstrip()) and after > index + 1 and after < len(rows) \
                and re.match(r"[^\S\n]*[a-z]", rows[after].text):
            joined.append(span(text, row.start, rows[after].end))
            index = after + 1
            continue
        joined.append(row)
        index += 1
    return joined


# 'Chief Executive, Westmere Council: Dr Jo Bloggs', 'YJB Business Area Managers: Ann Lee, Raj Patel': a post (or the
# body the people come from) before a colon, the people after it.
POST_COLON_NAMES_RE = re.compile(r"^[^\S\n]*+(?P<post>\S[^:\n]{2,99}?)[^\S\n]*+:[^\S\n]*+(?P<names>\S[^\n]*)")


# 'Crispin Fairweather HMI': an inspector's letters after the name, no other name or post.
INSPECTOR_AFTER_NAME_RE = re.compile(r"HMI")


def _post_then_names(text: str, line: Line) -> tuple[Span, Span] | None:
    """A row's post and the names after its colon or its dot leaders."""
    leaders = LEADERS_RE.search(line.text)
    if leaders:
        post, names = trim(text, line.start, line.start + leaders.start()), trim(text, line.start + leaders.end(), line.end)
        return (post, names) if post and names else None
    match = POST_COLON_NAMES_RE.match(line.text)
    if match is None:
        return None
    return span(text, line.start + match.start("post"), line.start + match.end("post")), \
        span(text, line.start + match.start("names"), line.end)


def _names_after_post(ctx: Context, line: Line, area: str | None) -> int:
    """A copy list's row of a post or a body, a colon (or dot leaders: 'YOT Manager ........ Jo Bloggs') and only
    names: each person is copied in that post (and holds the key post it names); the names are read after the colon
    alone, so a place in the post is no one."""
    parts = _post_then_names(ctx.text, line)
    if parts is None:
        return 0
    post, names = parts
    if find_names(ctx.text, post.start, post.end) or not (
            names_post_or_body(post.text) or is_organisation_name(post.text, gazetteer=ctx.gazetteer, area=area)):
        return 0
    people = []
    for piece in _split_people(ctx.text, names):
        names = find_names(ctx.text, piece.start, piece.end, strict=False)
        after = trim(ctx.text, names[0].end, piece.end) if names else None
        if len(names) != 1 or names[0].surname_only or names[0].start != piece.start or after and not (
                INSPECTOR_AFTER_NAME_RE.fullmatch(after.text)):
            return 0
        people.append(names[0])
    role = " ".join(post.text.split())
    organisation = organisation_for_role(role, area) or organisation_named(role, gazetteer=ctx.gazetteer, area=area)
    for name in people:
        for relation in ("copy_to", _copied_relation(role)):
            if relation:
                ctx.person_role(name, relation, line, role=role, role_span=post, organisation=organisation)
    return len(people)


def _named_with_post(ctx: Context, line: Line, area: str | None) -> bool:
    """A row of one cell that begins with a name and gives the post after it: 'Tom Ridley, Chair of the Board'."""
    row = cells(ctx.text, line)
    return len(row) == 1 and _copied_person(ctx, row[0], area)


# A surname the line's end cut at its hyphen ('Supt Joanne Kettle-' over a page's rule, 'borough's staff officer' after
# it): the name read is no one's whole name.
CUT_SURNAME_RE = re.compile(r"[^\S\n]++[A-Z][\w'’]*+-[^\S\n]*+\n")


HELD_AS_RE = re.compile(r"[\s,]*+as\s++(?:the\s++)?(?=[A-Z])")


def _copied_person(ctx: Context, entry: Span, area: str | None, *, body: str | None = None) -> bool:
    """An entry that begins with a name and gives the post after it, on its line or the lines below, or gives the post
    first and the name after a dash ('Chief Executive, Westmere Council – Ms Jo Bloggs'); `body` is the organisation a
    list's group of entries is under, where it gives one."""
    name, role = name_role(ctx, entry, strict=False)
    if name is None or role is None or CUT_SURNAME_RE.match(ctx.text, name.end):
        return False  # (a surname the line's end cut, 'Supt Jo Kettle-' over a page's rule: no name read whole)
    # 'County Councillor Jo Bloggs': the council's kind before the title is part of the name's honorific
    councillor = COUNCILLOR_RE.match(ctx.text, entry.start, entry.end)
    rank = ctx.text[entry.start:name.start]  # 'Chief Superintendent Jo Bloggs, Borough Commander'
    begins = name.start == entry.start or councillor is not None and councillor.end() > name.start or \
        re.fullmatch(rf"(?:[A-Z][a-z]+(?:[^\S\n]++\n?|\n)[^\S\n]*+){{1,{RANK_WORDS}}}", rank) is not None \
        and all(map(is_post_word, rank.split()))  # (the rank may end a line, its name opening the next)
    post_first = role.end <= name.start and not trim(ctx.text, name.end, entry.end) and \
        re.search(r"[–—:-][^\S\n]*$", ctx.text[entry.start:name.start]) is not None and names_post(role.text)
    if not (begins and role.start >= name.end or post_first):
        return False
    bracketed = re.fullmatch(r"\s*\(([^()]+)\)\s*", role.text)  # 'Cllr Jo Bloggs' / '(Leader of the Council)' wrapped
    if bracketed:
        role = trim(ctx.text, role.start + bracketed.start(1), role.start + bracketed.end(1))
    held_as = HELD_AS_RE.match(role.text)  # 'Jo Bloggs, as Chair of the Management Board': the post held
    if held_as:
        role = trim(ctx.text, role.start + held_as.end(), role.end)
    post = " ".join(role.text.split())
    organisation = body or organisation_for_role(post, area)
    written_rank = " ".join(rank.split())
    ranked = name.start > entry.start and rank_of_post(written_rank.lower()) == written_rank.title()
    if name.title is None and ranked:
        # 'Chief Superintendent G. Otterburn, Chair of ...': the police rank written before the name is their title
        name = NameMatch(name.start, name.end, name.name, written_rank, name.surname_only)
    # (the rank may be the name's title as read, abbreviated: 'Supt Jo Lee, Westmere Police')
    police_rank = written_rank if ranked else name.title if name.title and rank_of_post(name.title.lower()) == name.title \
        else None
    if police_rank and is_organisation_name(post, gazetteer=ctx.gazetteer, area=area):
        # 'Chief Superintendent Jo Lee, Westmere Police': the force after the name is their body, the rank their post
        ctx.person_role(name, "copy_to", entry, role=police_rank, organisation=organisation)
        return True
    ctx.person_role(name, "copy_to", entry, role=post, role_span=role, organisation=organisation)
    relation = _copied_relation(post)  # 'Chair, Marlowdene Youth Justice Partnership Board': its chair too
    if relation:
        ctx.person_role(name, relation, entry, role=post, role_span=role, organisation=organisation)
    return True


MEMBERSHIP_LEAD_RE = re.compile(
    r"^[^\n]{0,80}\b(?:its|the\s+board['’]?s?|board)\s+(?:members|membership)\b[^\n]{0,40}(?:\n[^\n]{0,40})?"
    r"(?::|\bas\s+follows\.)[^\S\n]*$|"
    # a sentence that points to the list under it ('Its membership is shown below.', 'The current members of the
    # Board are listed below.', 'The Board has the following members:')
    r"^[^\n]{0,120}?\bmembers(?:hip)?\b[^\n]{0,80}?\b(?:below|as\s+follows)[^\S\n]*[.:]?[^\S\n]*$|"
    r"^[^\n]{0,120}?\bboard\b[^\n]{0,40}?\bthe\s+following\s+members[^\S\n]*:[^\S\n]*$|"
    # (a bilingual label: 'Tabl 1 / Table 1:')
    rf"^[^\w\n]*+(?:{PART_PREFIX})?(?:(?:tabl|table|ffigur|figure)\s+\d+(?:\.\d+)?"
    # (a numbered section: '2.  Governance - ...', 'Section 2: Governance – Membership of the YOT Management Board')
    r"(?:[^\S\n]*/[^\S\n]*(?:table|figure)[^\S\n]+\d+(?:\.\d+)?)?\s*[.:–—-]?\s*)?"
    r"(?:section[^\S\n]+\d+(?:\.\d+)*[^\S\n]*+[.:–—-]?[^\S\n]*+|\d+(?:\.\d+)*\.?\s+)?"
    # the section's topic before a dash ('2.  Governance - membership of the Partnership Board'), a word of it in
    # brackets ('APPENDIX 1 (EXTRACT) - BOARD MEMBERSHIP')
    r"(?:[\w'’]++(?:[^\S\n]++(?:[\w'’]++|\([\w'’]++(?:[^\S\n][\w'’]++){0,2}\))){0,3}[^\S\n]++[–—-][^\S\n]++)?"
    # ('YOUTH OFFENDING SERVICE MANAGEMENT BOARD, MEMBERSHIP 2019/20' too: the board, then its membership)
    # ('Members of the Youth Justice Management Board' as a heading too)
    r"(?:(?:[\w'’]++\s+){0,5}board[,:]?\s+membership|"
    # (in Welsh: 'Aelodaeth y Bwrdd', 'Aelodaeth Bwrdd Rheoli', 'Aelodau'r Bwrdd', the English after a slash as below)
    r"members(?:hip)?+\s+of\s+the\s+(?:[\w'’]+\s+){0,5}board|aelod(?:aeth|au)(?:\s+y\s+|['’]r\s+|\s+)bwrdd"
    r"(?:[^\S\n]+[\w'’]+){0,3})"
    r"(?:[^\S\n]*\([^()\n]{0,40}\))?"
    # dated ('2.3 Board membership at July 2022', '... Board membership 2019/20')
    r"(?:,?\s+(?:as\s+)?(?:at|in|on|from)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}|"
    r",?[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+)?\d{4}(?:[/–-]\d{2,4})?)?"  # ('..., April 2024' too)
    # the members' attendance in the same table ('Board membership at 1 June 2021 and attendance 2020/21 (four meetings)')
    r"(?:[^\S\n]+and[^\S\n]+attendance\b[^\n]{0,60}?)?"
    r"(?:[^\S\n]*/[^\S\n]*[^\W\d_][^/\n]{0,60})?[^\w\n]*$|"  # bilingual: 'Board membership / Aelodaeth y Bwrdd'
    # the board named in the sentence before, its membership dated ('... meets every two months. Membership at June
    # 2023:'), the date wrapped onto the next line too, the columns' order in brackets after it ('(surname, forename –
    # post – agency)')
    # (that sentence wrapped over lines too: '... reports to the Westmere' / 'Safeguarding Partnership. Membership at')
    # (or in a sentence after it in the paragraph: 'The Partnership Board meets six times a year. It reports to ...
    # Partnership. Membership at April 2023:')
    # (or a date in words: 'Membership' / 'at the date of this plan:'), a verb before the colon ('... at June 2022 was:')
    r"\bboard\b(?:[^\n]|\n(?![^\S\n]*+\n)){0,400}?\.\s+membership\s+(?:as\s+)?(?:at|in|on|from)\s+(?:(?:\d{1,2}\s+)?"
    r"[A-Z][a-z]+\s+\d{4}|the\s+(?:date|time)\s+of\s+[^\W\d]+(?:\s+[^\W\d]+)?)"
    r"(?:[^\S\n]*+\([^()\n]{0,60}\))?(?:\s+(?:was|were|is|are))?(?:\s+as\s+follows)?\s*:[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE)


def membership_blocks(text: str) -> list[tuple[str, list[Line]]]:
    """Each board's membership rows (`membership_rows`), with the text they are read in: the document's, or where it
    has none and its page is set in two columns, the left column's, the right's words blanked (the membership under
    its lead in the left, 'HEADLINE PERFORMANCE' beside it)."""
    blocks = [(text, block) for block in membership_rows(text)]
    left = None if any(block for _, block in blocks) else left_column(text)
    return [(left, block) for block in membership_rows(left)] if left is not None else blocks


def membership_rows(text: str) -> list[list[Line]]:
    """The rows of each board's membership list: the table rows (or bullets) under a line that introduces them, the
    header row and the rules under it left out, across a page break (its footer and running header) too. Every row
    in them is a member, whatever the document's family."""
    blocks: list[list[Line]] = []
    for lead in MEMBERSHIP_LEAD_RE.finditer(text):
        if blocks and blocks[-1] and lead.start() < blocks[-1][-1].end:
            continue  # a lead among the rows of the list before ('Board members:' as its heads): its rows are that list's
        rows: list[Line] = []
        gap = page_break = False  # a blank line after the rows; a page's footer or header in it
        headed = None  # the rows' heads, where they say what each column holds (`_membership_header`)
        following = lines_from(text, lead.end(), MEMBERSHIP_LINES)
        width = max((len(line.text.rstrip()) for line in following[:PAGE_WIDTH_LINES]), default=0)
        for at, line in enumerate(following):
            if is_page_furniture(text, line) or PAGE_NUMBER_ALONE_RE.fullmatch(line.text) or \
                    rows and _page_foot(text, line, following[at + 1:at + 3]) or \
                    page_break and (" ".join(line.text.split()) in _title_lines(text) or PAGE_RULE_RE.fullmatch(line.text)):
                page_break = True  # (the page's running header repeats the document's title under its number)
            elif rows and not gap and _cut_by_page_end(text, line, following[at + 1:at + 4]):
                continue  # a row the page's end cut after the name's first part ('Supt Jo Harc' / '3' / 'ombe ...')
            elif is_blank(line) and not _rule(line):
                gap = bool(rows)
            elif rows and not gap and _dashed_entry(text, rows[0]) and (_dashed_entry(text, line)
                                                                         or not _membership_row(text, line)):
                rows.append(line)  # a post wrapped under its entry ('Jo Lee – Corporate Director,' / 'People, X Council'),
                # or the next entry (no wrapped row of a table it may look like)
            elif rows and not gap and DEPUTY_BRACKET_RE.fullmatch(line.text):
                rows.append(line)  # a member's deputy on a line of its own under the row ('  (deputy: CADE, Lewin)')
            elif rows and not gap and wraps_last_cell(text, rows[-1], line):
                rows.append(line)  # the rest of a member's post, under it: read with the row ('    Services')
            elif rows and not gap and headed is not None and \
                    person_cells.continues(text, _last_line(text, rows[-1]), line, headed[2], 0, headed[3].index("name")):
                rows.append(line)  # a cell wrapped under its own column in a table under heads ('Services' under the post's)
            elif rows and not gap and not page_break and text.count("\n", rows[-1].start, rows[-1].end) < WRAPPED_LINES \
                    and person_cells.continues(text, _last_line(text, rows[-1]), line, (), width):
                # a flattened table's row wrapped at the page's width, its post going on at the margin ('Jo LeeHead
                # of Children's Services and' / 'Education'): the row is both lines
                rows[-1] = span(text, rows[-1].start, line.end)
            elif rows and not gap and text.count("\n", rows[-1].start, rows[-1].end) < WRAPPED_LINES \
                    and _last_cell_goes_on(text, _last_line(text, rows[-1]), line):
                rows[-1] = span(text, rows[-1].start, line.end)  # a post's rest under its column, the seat after it
                # ('..., Ottermere and' / '    Wyndale Constabulary      Member'): one row
            elif rows and not gap and line.text[:1] == "\t" and "\t" in rows[-1].text and line.text.strip():
                rows.append(line)  # a tabbed row's cells wrapped onto the line below, its first cells blank ('\t\tand X')
            elif is_column_heads(line) or _rule(line) or rows and WRAPPED_CELL_RE.match(line.text):
                continue  # a header, a rule, or the rest of a cell the column's width broke ('    and Skills')
            elif rows and not gap and (_bullet_wraps(rows[-1], line) or _pipe_cell_wraps(rows[-1], line)):
                rows[-1] = span(text, rows[-1].start, line.end)  # '  • Chair – Jo Lee (Westmere' / '    Council)'
            elif rows and not gap and _name_cell_wraps(text, rows[-1], line):
                rows.append(line)  # the member's surname the name's column put alone under it ('Cllr Jo' / 'Fitz-Allen')
            elif rows and not gap and RIGHT_COLUMN_ONLY_RE.match(line.text) and "|" in rows[-1].text:
                rows.append(line)  # two columns parted by a rule, the left blank: the right's post wrapped ('| Unit')
            elif not _membership_row(text, line) or gap and not page_break:
                break  # the table has ended: a line that is not a row, or a row after a gap that is no page break
            else:
                rows.append(line)
                gap = page_break = False
                if headed is None and len(rows) <= 2:  # (the heads are the first row, or the line above it)
                    headed = _membership_header(text, rows)
        blocks.append(rows)
    return blocks


PAGE_WIDTH_LINES = 60  # lines after a membership's lead that show how wide the page's lines run
MEMBERSHIP_LINES = 150  # lines after a membership's lead that its list may run to (a page break's too)


TITLE_LINES = 5  # the document's opening lines, its title among them, which a page's running header repeats


@lru_cache(maxsize=2)  # asked for each line after a page break under each lead: read once a document
def _title_lines(text: str) -> frozenset[str]:
    opening = [line for line in lines(text, 0, min(len(text), 1000)) if line.text.strip()][:TITLE_LINES]
    return frozenset(" ".join(line.text.split()) for line in opening)


def _cut_by_page_end(text: str, line: Line, below: list[Line]) -> bool:
    """A table's row of one cell at the table's margin, the page's footer under it and the next page's first line
    opening in small letters: the page's end cut the row inside a word ('Supt Jo Harc' / '3' / 'ombe    Police'), or
    between the name's words, the surname opening the next page's row ('Superintendent Kwame' / the footer / the
    table's heads again / 'Asante-Boyd    Area Commander': `page_cut_names`, the row's reader joins the two)."""
    if len(cells(text, line)) != 1 or not below:
        return False
    if line.start + len(line.text.rstrip()) in page_cut_names(text):
        return True  # (an indented table's too: the name's halves are read whole)
    if line.text[:1].isspace() or not (is_page_furniture(text, below[0]) or PAGE_NUMBER_ALONE_RE.fullmatch(below[0].text)):
        return False
    rest = next((other for other in below[1:] if other.text.strip() and not is_page_furniture(text, other)
                 and " ".join(other.text.split()) not in _title_lines(text) and not PAGE_RULE_RE.fullmatch(other.text)),
                None)
    return rest is not None and rest.text[:1].islower()


def _page_foot(text: str, line: Line, below: list[Line]) -> bool:
    """A page's foot inside a table: a rule across the page whose next line is a running footer with the page's
    number at its end ('______' / 'Youth Justice Plan 2022-23<TAB><TAB>4'), or that footer under its rule. The
    footer names no one (a member's row may end in a count of meetings: 'Jo Lee    Chair    4')."""
    if PAGE_RULE_RE.fullmatch(line.text):
        footer = next((other for other in below if not is_blank(other)), None)
        return footer is not None and _numbered_footer(text, footer)
    above = text.rfind("\n", 0, max(line.start - 1, 0))
    return PAGE_RULE_RE.fullmatch(text, above + 1, max(line.start - 1, 0)) is not None and _numbered_footer(text, line)


def _numbered_footer(text: str, line: Line) -> bool:
    return NUMBERED_RUNNING_RE.search(line.text) is not None and not find_names(text, line.start, line.end, strict=False)


def _last_line(text: str, row: Line) -> Line:
    """The last line of a row that wrapped onto several."""
    return span(text, max(row.start, text.rfind("\n", row.start, row.end) + 1), row.end)


# The rest of a table's cell on the next line, indented to its column, under a row of several cells.
WRAPPED_CELL_RE = re.compile(r"(?:\t|[^\S\n]{12,})(?=\S)(?!.*(?:\t|[^\S\n]{3,})\S)")
# A line of two columns parted by a rule whose left column is blank: '                  |      Delivery Unit'.
RIGHT_COLUMN_ONLY_RE = re.compile(r"[^\S\n]{8,}+\|[^\S\n]*+\S")
# A rule across the page under its footer, the page's edge as extraction leaves it ('.........', '_______').
PAGE_RULE_RE = re.compile(r"[^\S\n]*+[-=_.·~*]{10,}+[^\S\n]*+")
# A page number alone on a line, as a footer leaves it ('\t\t\t2').
PAGE_NUMBER_ALONE_RE = person_cells.PAGE_NUMBER_LINE_RE


def _bullet_wraps(row: Line, line: Line) -> bool:
    """The line is the rest of the bulleted row above, indented under its text and with no bullet of its own."""
    return bool(BULLET_RE.match(row.text.strip())) and line.text[:1].isspace() and not BULLET_RE.match(line.text.strip())


# A pipe table's row whose first cells are empty: the rest of the cells above, wrapped by their columns' width.
PIPE_WRAP_RE = re.compile(r"^[^\S\n]*\|[^\S\n]*\|")


def _pipe_cell_wraps(row: Line, line: Line) -> bool:
    """The line is the rest of the pipe table's row above ('| Jo Lee | Chair; Director of |' / '|  | Children's
    Services |'): the row keeps both lines, so the post is read whole."""
    return row.text.lstrip().startswith("|") and bool(PIPE_WRAP_RE.match(line.text))


def _last_cell_goes_on(text: str, above: Line, line: Line) -> bool:
    """The line below a row holds the rest of the row's last cell ('Head of Public Protection, Ottermere and'), set in
    under that cell's column, the name's blank (other cells after it: a seat, 'Member')."""
    above_cells, below_cells = cells(text, above), cells(text, line)
    return len(above_cells) >= 2 and bool(below_cells) and line.text[:1].isspace() and \
        below_cells[0].start - line.start == above_cells[-1].start - above.start


def _membership_row(text: str, line: Line) -> bool:
    return bool(BULLET_RE.match(line.text.strip())) or len(cells(text, line)) >= 2 or _run_on_entry(text, line) is not None \
        or bool(VACANT_SEAT_RE.match(line.text)) or _dashed_entry(text, line)


def _dashed_entry(text: str, line: Line) -> bool:
    """'Jo Lee – Corporate Director,': a member's name, a dash and the post (perhaps wrapped onto the lines below,
    read with it by `_dashed_members`)."""
    entry = trim(text, line.start, line.end)
    if not entry or len(cells(text, line)) != 1 or DASHED_ENTRY_RE.fullmatch(text, entry.start, entry.end) is None:
        return False
    names = find_names(text, entry.start, entry.end, strict=False)
    return bool(names) and _titles_only(text[entry.start:names[0].start])


def _titles_only(lead: str) -> bool:
    """Whether the words before a name are its titles or rank alone ('Superintendent', 'Det Supt'), or none."""
    words = lead.split()
    return not words or len(words) <= 2 and all(is_honorific(word.strip(".")) or police_rank(frozenset({word}))
                                                for word in words)


# A seat no one fills, its post run on after the word: 'Vacant Magistrates' representative, Northfell Bench'.
VACANT_SEAT_RE = re.compile(r"[^\S\n]*+\(?vacant\)?[^\S\n]++[A-Z]", re.IGNORECASE)


# characters: a member's name, post and body run together on one line are a line's length, not a paragraph's (and each
# of its words is tried as the post's end: a longer line costs its square)
RUN_ON_ENTRY_LONGEST = 400


def _run_on_entry(text: str, line: Line) -> Attendee | None:
    """A membership row of one cell that runs the member's name into the post, with one space between ('Jo Bloggs
    Director of Children's Services, Westmere Council (Chair)', 'DCI Ann Lee Head of Public Protection, X Police'):
    the member, where the line opens with a full name and a post follows it."""
    entry = trim(text, line.start, line.end)
    if not entry or len(entry.text) > RUN_ON_ENTRY_LONGEST or len(cells(text, span(text, line.start, line.end))) != 1 or \
            DASHED_ENTRY_RE.fullmatch(text, entry.start, entry.end):
        return None  # 'Jo Lee - Corporate Director,': a dashed entry, whose post may wrap (read by its own rule)
    found = attendees_in(text, entry)
    if len(found) != 1 or found[0].role is None or found[0].name.surname_only:
        return None
    attendee = found[0]
    if not _titles_only(text[entry.start:attendee.name.start]):
        return None
    role = unglued(attendee.role.text)  # ('BCU Commander's representativeMetropolitan Police': cells a PDF ran together)
    return attendee if attendee.role.start >= attendee.name.end and (names_post(role) or _body_in_text(role)) \
        and not is_prose(entry.text) else None


def _body_in_text(cell: str) -> bool:
    """A body named after the post's comma ('Designated Doctor, Northfell Integrated Care Board'), or opening the
    cell before one ('North Cambria Police, Tywi Division')."""
    return "," in cell and (is_organisation_name(cell.rsplit(",", 1)[-1].strip())
                            or is_organisation_name(cell.split(",", 1)[0].strip()))


def _run_on_member(ctx: Context, text: str, line: Line, area: str | None) -> bool:
    """A member whose row runs the name into the post: `board_member` of the body written after the post (else the
    post's), the board's chair marked '(Chair)' the service's `board_chair` only, a cabinet member's post the council's
    `cabinet_member` too."""
    first = lines(text, line.start, line.end)[0]
    attendee = _run_on_entry(text, first)  # the table's text (one of two columns read alone: same offsets)
    if attendee is None or attendee.role is None:
        return False
    entry = person_cells.person_cells(text, lines(text, line.start, line.end))
    # the post over the lines the row wrapped onto ('Cabinet Member for Social Services and' / 'Well-being')
    written = entry.post.text if first is not line and entry and entry.post and entry.name.start == attendee.name.start \
        else " ".join(attendee.role.text.split())
    # the post's cell and the body's that a PDF ran together ('Strategic Director, People (Chair)London Borough of X'):
    # each cell as written, the body the last
    glued = [match.start() for match in GLUED_CELL_RE.finditer(written)]
    body_cell = written[glued[-1]:] if glued and is_organisation_name(written[glued[-1]:]) else None
    written = written[:glued[-1]] if body_cell else written
    written = CHAIR_MARK_RE.sub("", written).strip() if attendee.chair else written
    chair = attendee.chair and not attendee.vice_chair
    post, body = (written, body_cell) if body_cell else post_and_body(unglued(written) if glued else written, area,
                                                                      gazetteer=ctx.gazetteer)
    organisation = body and ctx.gazetteer.organisation(body, area).name or _body_in(ctx, post) \
        or organisation_for_role(post, area)
    evidence = trim(ctx.text, attendee.name.start, line.end)
    if chair and area:
        ctx.person_role(attendee.name, "board_chair", evidence, role=written + " (Chair)",
                        organisation=ctx.service_of(area))
    else:
        ctx.person_role(attendee.name, "board_member", evidence, role=post, organisation=organisation)
    if CABINET_POST_RE.search(post):
        ctx.person_role(attendee.name, "cabinet_member", evidence, role=post, organisation=organisation)
    return True


def _rule(line: Line) -> bool:
    """A table's rule ('|-----|-----|'), which continues the table; a line with nothing on it ends it."""
    return bool(re.fullmatch(r"[^\S\n]*[|+]?[-=:|+ ]*[-=][-=:|+ ]*", line.text))


# A membership row marked as one who attends the board without a seat on it ('Head of Service (attends)', '... - in
# attendance', 'Attending officer', '(attends as adviser)'): an officer attending, not a member.
ATTENDS_MARK_RE = re.compile(r"\((?:attends|attending|in\s++attendance)\b[^()\n]{0,30}+\)|(?:[–—-]|,)[^\S\n]*+"
                             r"(?:attends|attending|in\s++attendance)\W*+$|^attending\s++officer\b", re.IGNORECASE)


def board_membership(ctx: Context, area: str | None = None) -> int:
    """A board's members as a table under a line that introduces them (a plan's or an annual report's governance
    section): rows of an agency and its representative, in either order, one table row a line: `board_member`."""
    found = 0

    def organisation(role: str, org: str | None) -> str | None:
        return org or _chairs_this_board(ctx, role, area) or _body_in(ctx, role) or organisation_for_role(role, area)

    # (a table's cells parted by dot leaders read as one padded into its columns: 'Jo Lee . . . . Head of Service')
    for source, block in membership_blocks(leaders_blanked(ctx.text)):
        for text, rows in _ruled_columns(source, block):
            table = [line for line in rows if not BULLET_RE.match(line.text.strip())]
            headed = _headed_members(ctx, text, table, area)
            found += len(headed)
            table = [line for line in table if line.start not in headed]
            run_on = [line for line in table if len(cells(text, line)) == 1 and _run_on_member(ctx, text, line, area)]
            found += len(run_on)
            read_run_on = {line.start for line in run_on}  # (by start: a list's `in` is quadratic in a long table)
            table = [line for line in table if line.start not in read_run_on]
            # members surname first in capitals: the forename one the lexicon knows, or any where two rows are so
            known = sum(_capitals_first_cell(text, line) is not None for line in table) >= 2
            inverted = [index for index, line in enumerate(table)
                        if _capitals_first_member(ctx, text, table, index, area, known=not known)]
            found += len(inverted)
            dashed = _dashed_members(ctx, text, table, organisation, area)
            found += len(dashed)
            inverted += dashed
            wrapped_rows = _members_with_wrapped_cells(ctx, text, table, organisation, area)
            found += sum(index not in inverted for index in wrapped_rows if index in wrapped_rows.values())
            inverted += list(wrapped_rows)
            table = [line for index, line in enumerate(table) if index not in inverted
                     and not (index - 1 in inverted and len(cells(text, line)) == 1)]  # a cell wrapped under it
            found += sum(_bulleted_member(ctx, line, area) for line in rows if BULLET_RE.match(line.text.strip()))
            found += role_name_table(ctx, table, lambda role: "officer_attending" if ATTENDS_MARK_RE.search(role)
                                     else "board_member", organisation, text=text)
            # a member whose post is a cabinet member's sits on the council's cabinet too
            found += role_name_table(ctx, table, lambda role: "cabinet_member" if CABINET_POST_RE.search(role) else None,
                                     lambda role, org: org or organisation_for_role(role, area), text=text)
            found += sum(_chair_marked(ctx, line, area) for line in table)
    for lead in MEMBERSHIP_LEAD_RE.finditer(ctx.text):
        found += sum(_stacked_member(ctx, row, area) for row in stacked_rows(ctx.text, lead.end()))
        found += stacked_members(ctx, lead.end(), area)
        found += _member_cards(ctx, lead.end(), area)
    return found


def _headed_members(ctx: Context, text: str, table: list[Line], area: str | None) -> set[int]:
    """A membership table under its heads, its columns in any order ('Name   Organisation   Role on Board',
    'Agency<TAB>Representative<TAB>Position', 'Enw / Name<TAB>Swydd / Role<TAB>Asiantaeth / Agency'), padded or parted
    by tabs (a rule's are read cell by cell by the readers after it), each member's cells read whole over the lines they
    wrapped onto under their columns (`person_cells`): `board_member` of the body the body's column names (a seat
    written there, 'Independent', 'Lead Member (observer)', names no body: the post's), with the post
    (`officer_attending` where the post marks one who attends); the member whose post opens with 'Chair', or whose
    name is marked '(Chair)', the service's `board_chair` too; a cabinet member's post the council's `cabinet_member`
    too. The starts of the lines read (a row that names no one, 'vacant', too); none unless the heads say where the
    names stand and what else the rows hold."""
    found = _membership_header(text, table)
    if found is None:
        return set()
    header, rows, columns, every_head = found
    read = {header.start}
    names = [at for at, kind in enumerate(every_head) if kind == "name"]
    for names_column, after in zip(names, [*names[1:], len(every_head)], strict=True):
        # two tables side by side under one header ('Name  Role / agency  Name  Role / agency'): each its own columns
        heads = every_head if len(names) == 1 else \
            [kind if names_column <= at < after else "other" for at, kind in enumerate(every_head)]
        read |= _headed_table(ctx, text, rows, columns, heads, area)
    return read


def _headed_table(ctx: Context, text: str, rows: list[Line], columns: person_cells.Columns, heads: list[str | None],
                  area: str | None) -> set[int]:
    """The members of a table under its heads (`_headed_members`), the names in the one column the heads say: the
    starts of the lines read."""
    names_column = heads.index("name")
    # the table's rows with the lines their cells wrapped onto, which the rows leave out (and no page's furniture)
    starts = {line.start for line in rows}
    block: list[Line] = []
    # (the rows' lines and the few a last row's cells wrapped onto: a document of many tables stays linear)
    for line in lines_from(text, rows[0].start, text.count("\n", rows[0].start, rows[-1].end) + WRAPPED_LINES + 2):
        if line.start in starts:
            block.append(line)
        elif is_page_furniture(text, line) or PAGE_NUMBER_ALONE_RE.fullmatch(line.text):
            continue  # a page's footer inside the table, under a column or not
        elif block and person_cells.continues(text, block[-1], line, columns, 0, names_column):
            block.append(line)
        elif line.start > rows[-1].start:
            break
    read: set[int] = set()
    for entry in person_cells.table_entries(text, block, columns, names_column):
        member = person_cells.person_cells(text, entry, columns, heads)
        if member is None and not VACANT_RE.search(text, entry[0].start, entry[-1].end):
            continue  # a name this reader does not know how to read: left to the readers after it (a vacant seat is no one)
        read.update(line.start for line in entry)
        if member is None or member.name.surname_only or \
                any(cell is not None and len(cell.text) > CELL_LONGEST for cell in (member.post, member.body)):
            continue  # (a post or a body runs to a line or three, never a page: no row of a table)
        _headed_member(ctx, member, area)
    return read


# A post written in Welsh, then in English after a slash ('Cadeirydd / Chair; Corporate Director', 'Cadeirydd y Bwrdd /
# Chair of the Board'): the English half.
WELSH_POST_HALF_RE = re.compile(
    rf"^[^\S\n]*+(?:{welsh_pattern(WELSH_POSTS)})(?:\s++(?:{'|'.join(map(re.escape, sorted(WELSH_ARTICLES)))}|"
    rf"{welsh_pattern(WELSH_BODIES)})(?!\w)){{0,4}}+[^\S\n]*+/[^\S\n]*+(?=\w)", re.IGNORECASE)


def _headed_member(ctx: Context, member: person_cells.PersonCells, area: str | None) -> None:
    """One member of a table under its heads: `board_member` (or `officer_attending`) of the body, the board's chair
    and a cabinet member too (`_headed_members`)."""
    post = WELSH_POST_HALF_RE.sub("", member.post.text) if member.post else None
    body = member.body.text if member.body else None
    if post and body is None:  # no body's column, or its cell blank: a body the post's cell names
        post, body = (None, post) if is_organisation_name(post, gazetteer=ctx.gazetteer, area=area) else \
            post_and_body(post, area, gazetteer=ctx.gazetteer)
        body = body + ")" if body and body.count("(") > body.count(")") else body  # ('Probation Service (Wales')
    if post and body is None and (spelled := _body_by_its_initials(ctx.text, post)) is not None:
        post, body = spelled  # 'Strategic Director, Children's Services, GCC': the council the document names in full
    title = member.name.title
    if post is None:  # no post written: the chair's mark, else a police officer's rank, is the seat ('Supt Jo Lee')
        post = "Chair" if member.chair else title if title and police_rank(frozenset({title})) else None
    named = organisation_named(body, gazetteer=ctx.gazetteer, area=area) if body else None
    if named is not None and named.count("(") != named.count(")"):
        named = body  # 'Probation Service (Wales)' whole, not cut inside its bracket
    chair = member.chair or bool(post and _post_chairs_board(post)) and not _chairs_another_board(post, body)
    # a council's department ('Westmere CBC Children's Services', 'Westmere Council (Education)'): the council
    organisation = named or (organisation_for_role(body, area) or body) if body else organisation_for_role(post, area)
    if body and named is None and organisation_for_role(body, area) is None and \
            (len(body.split()) == 1 or names_post(body)):
        organisation = None  # the body's column holds a seat ('Independent', 'Lead Member (observer)'): as implied
    if chair:  # (a member of the board too, as the set's keys have it)
        ctx.person_role(member.name, "board_chair", member.evidence, role="Chair", organisation=ctx.service_of(area))
    post = CHAIR_MARK_RE.sub("", post).strip() or None if post else None  # ('... (Chair)': the mark is no part of it)
    attends = ATTENDS_MARK_RE.search(post) if post else None
    relation, role = ("officer_attending", (post[:attends.start()] + post[attends.end():]).strip(" ,;–—-")) \
        if post and attends else ("board_member", post)
    ctx.person_role(member.name, relation, member.evidence, role=role or None, organisation=organisation)
    if post and CABINET_POST_RE.search(post):
        ctx.person_role(member.name, "cabinet_member", member.evidence, role=post, organisation=organisation)


# A body's initials after a post's last comma: 'Strategic Director, Children's Services, GCC'.
TRAILING_INITIALS_RE = re.compile(r",[^\S\n]*+(?P<initials>[A-Z]{2,5})[^\S\n]*+$")


def _body_by_its_initials(text: str, post: str) -> tuple[str, str] | None:
    """A post whose last part is the initials of a body the document writes in full ('..., GCC' and 'Gorsemoor City
    Council'): the post without them, and the body as written."""
    initials = TRAILING_INITIALS_RE.search(post)
    body = _bodies_by_initials(text).get(initials.group("initials")) if initials else None
    return (post[:initials.start()].strip(), body) if initials and body else None


# A run of two to five capitalised words on one line, in title case or in capitals ('GORSEMOOR CITY COUNCIL').
CAPITALISED_RUN_RE = re.compile(r"\b[A-Z](?:[a-z]++|[A-Z]++)(?:[^\S\n]++[A-Z](?:[a-z]++|[A-Z]++)){1,4}+\b")


@lru_cache(maxsize=2)  # asked for each member's post: the document's bodies read once
def _bodies_by_initials(text: str) -> dict[str, str]:
    """The bodies the document names in full, by their initials ('GCC' -> 'Gorsemoor City Council'): the first body
    of each run of capitalised words, read from its first word."""
    found: dict[str, str] = {}
    for run in CAPITALISED_RUN_RE.finditer(text):
        written = run.group().title() if run.group().isupper() else run.group()
        initials = "".join(word[0] for word in written.split())
        if initials not in found and is_organisation_name(written):
            found[initials] = written
    return found


# A post that chairs another body: 'Chair, Sturminford Bench', 'Chairman of the Magistrates' Association'.
CHAIR_OF_RE = re.compile(r"\W*+(?:independent\s++)?chair(?:man|person|woman)?+\s*+(?:,|of\b)(?P<of>[^;()\n]*+)", re.IGNORECASE)


def _post_chairs_board(post: str) -> bool:
    """A member's post that says they chair the board: it opens with 'Chair' ('Chair; Director of Children's
    Services') or ends marked so ('Corporate Director (Chair)'); 'Chair, Sturminford Bench' chairs another body."""
    if not TABLE_CHAIR_RE.match(post) and not CHAIR_MARK_RE.search(post):
        return False
    other = CHAIR_OF_RE.match(post)
    return other is None or "board" in other.group("of").lower()


# A body whose name says it is a board or bench of its own, not the youth justice service's ('Westmere Local
# Safeguarding Children Board', 'Westmere Youth Court Bench').
OTHER_BOARD_RE = re.compile(r"\b(?:board|bench|partnership|panel)\b", re.IGNORECASE)
YOUTH_JUSTICE_BODY_RE = re.compile(r"\byouth\s++(?:justice|offending)\b|\bY(?:O[TS]|JS)\b", re.IGNORECASE)


def _chairs_another_board(post: str | None, body: str | None) -> bool:
    """A post that is a chair's alone ('Independent Chair') beside another board's name in the body's column
    ('Westmere Local Safeguarding Children Board'): the chair of that board, not of this one."""
    return bool(post and body and TABLE_CHAIR_RE.fullmatch(post) and OTHER_BOARD_RE.search(body)
                and not YOUTH_JUSTICE_BODY_RE.search(body))


CELL_LONGEST = 300  # characters: a member's post or body over the lines it wrapped onto, at most
VACANT_RE = re.compile(r"\bvacan(?:t|cy)\b", re.IGNORECASE)  # a seat no one holds, in any cell of its row
HEADER_REACH = 3  # lines above a table's first row where its heads may stand (a rule under them between)


def _membership_header(text: str, table: list[Line]
                       ) -> tuple[Line, list[Line], person_cells.Columns, list[str | None]] | None:
    """A membership table's header row, its rows under it, its columns and what each holds: the heads are the table's
    first row, or the line above it (a list leaves a row of heads out: 'Enw / Name<TAB>Swydd / Role'); one column
    the names', another the post's or the body's. None for any other table, and for one whose columns are parted by
    rules."""
    if not table or any("|" in line.text for line in table):
        return None
    above: list[Line] = []
    at = table[0].start
    for _line in range(HEADER_REACH):
        if at <= 0:
            break
        line = span(text, text.rfind("\n", 0, at - 1) + 1, at - 1)
        at = line.start
        if not is_blank(line):
            above.append(line)
            break
    for header, rows in ((table[0], table[1:]), *((line, table) for line in above)):
        if not rows:
            continue
        slashed = _slashed_heads(header, rows)
        if slashed is not None:
            return header, rows, *slashed
        tabbed = "\t" in header.text
        if any(("\t" in row.text) != tabbed for row in rows if not row.text[:1].isspace()):
            continue  # heads and rows parted otherwise: not one grid
        columns: person_cells.Columns | None = person_cells.tab_grid(header) if tabbed else \
            person_cells.column_starts(text, [header, *rows])
        if not columns or not isinstance(columns, person_cells.TabGrid) and len(columns) < 2:
            continue
        heads = person_cells.header_kinds(text, header, columns)
        if heads and "name" in heads and ("post" in heads or "body" in heads):
            return header, rows, columns, heads
    return None


def _slashed_heads(header: Line, rows: list[Line]) -> tuple[person_cells.TabGrid, list[str | None]] | None:
    """Heads written on one line parted by slashes over rows parted by tabs ('NAME / POST / AGENCY' over 'LEE J.<TAB>
    Head of Service<TAB>Westmere Council'): a grid of as many columns as heads, each head's kind; None unless every
    head says what its column holds, one the names and none twice ('Enw / Name' is one head in two languages)."""
    if "\t" in header.text or not all("\t" in row.text for row in rows if row.text.strip() and not row.text[:1].isspace()):
        return None
    kinds: list[str | None] = [column_kind(head.strip()) for head in header.text.split("/")]
    if len(kinds) < 3 or None in kinds or len(set(kinds)) < len(kinds) or "name" not in kinds:
        return None
    return person_cells.TabGrid(len(kinds), False), kinds


CARD_LINES = 40  # lines a membership set as cards may run to
CARD_REACH = 2 * CARD_LINES  # lines after the lead read for the cards, the blank lines before them too


def _member_cards(ctx: Context, begin: int, area: str | None) -> int:
    """A membership set as cards in two columns parted by a rule, each card the name (a '(Chair)' marker after it)
    over the post and the body on the lines below, a line with only the rule between cards ('Jo Lee (Chair)  | Supt
    Dev Rao' / 'Director of Children's Services  | Westmere Police'): `board_member` of the body, and `cabinet_member`
    where the post is a cabinet member's."""
    rows: list[Line] = []
    for line in lines_from(ctx.text, begin, CARD_REACH):
        if not line.text.strip() or len(rows) >= CARD_LINES:  # (a line with only the rule parts two cards)
            if rows:
                break
            continue
        rows.append(line)
    if not any("|" in row.text for row in rows):
        return 0
    columns = _ruled_columns(ctx.text, rows)
    if len(columns) != 2:
        return 0
    found = 0
    for text, _kept in columns:
        card: list[Line] = []
        for line in [*lines(text, rows[0].start, rows[-1].end), None]:
            if line is not None and not is_blank(line):
                card.append(line)
                continue
            found += _card_member(ctx, text, card, area)
            card = []
    return found


def _card_member(ctx: Context, text: str, card: list[Line], area: str | None) -> int:
    """One card of a membership: its first line the name and nothing else, its other lines the post, the last the body
    where it is one ('Bro Tawel Police'), or the post's last part after a comma ('Chief Education Officer, Westmere
    CBC')."""
    if len(card) < 2:
        return 0
    name = only_a_name(ctx, trim(text, card[0].start, card[0].end))
    if name is None:
        return 0
    written = [" ".join(line.text.split()) for line in card[1:]]
    body = written[-1] if is_organisation_name(written[-1], gazetteer=ctx.gazetteer) else None
    post = " ".join(written[:-1] if body else written)
    if body is None and (after := _body_in(ctx, post)) and post.endswith(after) and post != after:
        body, post = after, post[:-len(after)].rstrip(" ,")
    evidence = span(text, card[0].start, card[-1].end)
    organisation = organisation_named(body, area=area) if body else organisation_for_role(post, area)
    ctx.person_role(name, "board_member", evidence, role=post or None, organisation=organisation or body)
    if post and CABINET_POST_RE.search(post):
        ctx.person_role(name, "cabinet_member", evidence, role=post, organisation=organisation or body)
        return 2
    return 1


CELL_SLACK = 2  # characters: a wrapped cell's words may start a little off its column's


def _name_cell_wraps(text: str, row: Line, line: Line) -> bool:
    """A line that holds only the surname of the row's name cell above it, at the row's margin (`person_cells.surname_wrapped`)."""
    above, below = cells(text, row), cells(text, line)
    return len(above) >= 2 and len(below) == 1 and not line.text[:1].isspace() and not row.text[:1].isspace() \
        and person_cells.surname_wrapped(text, above[0], below[0])


def _members_with_wrapped_cells(ctx: Context, text: str, table: list[Line],
                                organisation: Callable[[str, str | None], str | None], area: str | None) -> dict[int, int]:
    """A padded table whose post and body cells wrap onto the lines under a member's row, each under its own column,
    the name's column blank ('Marcia Quennell   Vice-Chair; Director of   Sallowby Borough' / '   Children's Services
    Council'): `board_member` with each cell read whole (and `cabinet_member` for a cabinet member's post). The rows
    read and the wrapped lines among them, each by its index, mapped to its member's row; none where no row wraps so."""
    read: dict[int, int] = {}
    for index, line in enumerate(table):
        row = cells(text, line)
        if len(row) < 2 or line.text[:1].isspace() or "|" in line.text or "\t" in line.text:
            continue
        named = find_names(text, row[0].start, row[0].end, strict=False)
        if named and named[0].start == row[0].start and text.startswith("  ", named[0].end) and \
                (rest := trim(text, named[0].end, row[0].end)):
            row = [span(text, row[0].start, named[0].end), rest, *row[1:]]  # 'Cllr Jo Lee  Portfolio Holder': 2 spaces
        starts = [cell.start - line.start for cell in row[1:]]
        columns: list[list[str]] = [[cell.text] for cell in row[1:]]
        last = line
        surname: Span | None = None  # the name's cell wrapped: 'Cllr Bernard' over 'Haldane-Fry' in the name's column
        for below in lines(text, line.end + 1, min(len(text), line.end + 1200)):
            parts = cells(text, below)
            if last is line and parts and not below.text[:1].isspace() and "|" not in below.text \
                    and person_cells.surname_wrapped(text, row[0], parts[0]):
                surname, parts = parts[0], parts[1:]  # the line's other cells: the other columns' words wrapped
            elif not parts or not below.text[:1].isspace() or "|" in below.text \
                    or find_names(text, below.start, below.end, strict=True):
                break
            placed = [next((k for k, start in enumerate(starts) if abs(part.start - below.start - start) <= CELL_SLACK),
                           None) for part in parts]
            if None in placed:
                break
            for part, k in zip(parts, placed, strict=True):
                columns[k].append(part.text)  # type: ignore[index]
            last = below
        names = [person_cells.wrapped_name(text, row[0], surname)] if surname is not None else \
            find_names(text, row[0].start, row[0].end, strict=False)
        if last is line or not names or names[0] is None or names[0].start != row[0].start \
                or surname is None and names[0].end != row[0].end:
            continue
        role = ", ".join(" ".join(" ".join(words).split()) for words in columns)
        evidence = span(ctx.text, line.start, last.end)
        for relation in ("board_member", "cabinet_member" if CABINET_POST_RE.search(role) else None):
            if relation:
                ctx.person_role(names[0], relation, evidence, role=role,
                                organisation=organisation(role, None) if relation == "board_member"
                                else organisation_for_role(role, area))
        read.update({k: index for k, other in enumerate(table) if line.start <= other.start <= last.start})
    return read


# 'Jo Lee - Corporate Director,': a member's entry, the name then a dash and the post (which may wrap onto lines below)
DASHED_ENTRY_RE = re.compile(r"[^\S\n]*+(?P<name>[A-Z][^\n–—|]{2,60}?)[^\S\n]+[-–—][^\S\n]+(?P<post>\S[^\n]*)")


def _dashed_members(ctx: Context, text: str, table: list[Line], organisation: Callable[[str, str | None], str | None],
                    area: str | None) -> list[int]:
    """A column of entries 'Name - Post', each post wrapped onto the lines under it at the column's edge ('Leonie
    Fairfax - Corporate Director,' / 'Children and Education (Chair)'): `board_member` with the post read whole (a
    cabinet member's post the council's `cabinet_member` too). The rows read, the wrapped lines with them; none unless
    two entries at least are so and some post wraps."""
    entries = [index for index, line in enumerate(table) if DASHED_ENTRY_RE.fullmatch(text, line.start, line.end)]
    if len(entries) < 2 or len(entries) == len(table) or entries[0] != 0:
        return []
    read: list[int] = []
    for at, index in enumerate(entries):
        wraps = range(index + 1, entries[at + 1] if at + 1 < len(entries) else len(table))
        line = table[index]
        entry = DASHED_ENTRY_RE.fullmatch(text, line.start, line.end)
        assert entry is not None
        name = only_a_name(ctx, trim(ctx.text, entry.start("name"), entry.end("name")))
        read += [index, *wraps]
        if name is None:
            continue  # 'Vacant - Head of Secondary Inclusion': a seat no one fills
        # a line opening a bracket it does not close opens the next entry, its name's bracket wrapped ('Youth Justice
        # Board Head of Oversight (South' / 'West) – adviser'), no part of this post
        wraps = range(wraps.start, next((wrap for wrap in wraps if table[wrap].text.count("(") > table[wrap].text.count(")")),
                                        wraps.stop))
        deputies = {wrap: found for wrap in wraps if (found := DEPUTY_BRACKET_RE.fullmatch(table[wrap].text))}
        post = " ".join([entry.group("post"), *(text[table[wrap].start:table[wrap].end] for wrap in wraps
                                                 if wrap not in deputies)]).split()
        role = " ".join(post).rstrip(",;")
        evidence = trim(ctx.text, entry.start("name"), line.end)
        body = _body_in(ctx, role)
        ctx.person_role(name, "board_member", evidence, role=role, organisation=organisation(role, body))
        if _post_chairs_board(role) and area:  # 'Jo Lee – Corporate Director,' / 'People, X Council (Chair)'
            ctx.person_role(name, "board_chair", evidence, role="Chair", organisation=ctx.service_of(area))
        for wrap, deputy in deputies.items():
            _standing_deputy(ctx, table[wrap].start + deputy.start("name"), table[wrap].start + deputy.end("name"),
                             organisation(role, body))
        if CABINET_POST_RE.search(role):
            ctx.person_role(name, "cabinet_member", evidence, role=role, organisation=organisation_for_role(role, area))
    return read


# A member's standing deputy in brackets on a line under the entry: '  (deputy: DCI Jo Lee)'.
DEPUTY_BRACKET_RE = re.compile(r"[^\S\n]*+\([^\S\n]*+(?:standing[^\S\n]++)?(?:deputy|substitute)[^\S\n]*+[:–—-][^\S\n]*+"
                               r"(?P<name>[^()\n]{3,60}?)[^\S\n]*+\)[^\S\n]*+")


def _standing_deputy(ctx: Context, start: int, end: int, organisation: str | None) -> None:
    """The deputy a membership list names for a member ('(deputy: DCI Jo Lee)'): `standing_deputy` of the member's
    body, the rank as the post."""
    names = find_names(ctx.text, start, end, strict=False)
    if len(names) == 1 and not trim(ctx.text, names[0].end, end):
        ctx.person_role(names[0], "standing_deputy", span(ctx.text, start, end), role=names[0].title,
                        organisation=organisation)
        return
    # written as the register writes its members, surname first in capitals, the rank after a comma ('CADE, Lewin,
    # Inspector')
    comma = ctx.text.rfind(",", start, end)
    named = capitals_first_name(ctx.text, start, end, known=False) or \
        (capitals_first_name(ctx.text, start, comma, known=False) if comma > 0 else None)
    rank = trim(ctx.text, named.end, end, EDGE_CHARS + ",;") if named is not None else None
    if named is not None and (not rank or names_post(rank.text)):
        ctx.person_role(named, "standing_deputy", span(ctx.text, start, end), role=rank.text if rank else named.title,
                        organisation=organisation)


def _capitals_first_cell(text: str, line: Line, *, known: bool = True) -> NameMatch | None:
    """The member a row's first cell names surname first in capitals, alone or with a bracket ('RAWAL, Sanjay (Dr)'),
    with more cells after it (a seat's cell aside: `member_cells`)."""
    row = member_cells(text, line)[1]
    named = capitals_first_name(text, row[0].start, row[0].end, known=known) if len(row) >= 2 else None
    rest = text[named.end:row[0].end].strip() if named else ""
    return None if named is None or rest and not re.fullmatch(r"\([^()]*\)", rest) else named


# The seat a member holds on the board, in a register's column of its own before or after the member's cells: 'Chair',
# 'Vice-Chair', 'Member', 'Adviser', 'Member (vacant)'.
SEAT_CELL_RE = re.compile(r"(?:(?:vice[-\s]?|deputy\s+)?chair(?:man|woman|person)?|(?:co-opted\s+)?member|advis[eo]r|"
                          r"observer)(?:[^\S\n]*+\([^()\n]{1,30}+\))?", re.IGNORECASE)
# A name's cell run into the post's by one blank after the name's bracket: 'AJAYI-BROOK, Hester (Cllr) Cabinet Member'.
BRACKET_THEN_POST_RE = re.compile(r"[^()\n]{3,60}?\([^()\n]{1,20}\)(?=[^\S\n]{1,2}[^\s(])")


def member_cells(text: str, line: Line) -> tuple[Span | None, list[Span]]:
    """A register's row as the seat the member holds (the first cell, or the last of three or more: SEAT_CELL_RE),
    if any, and the member's cells: the name's, the post's and the body's (a name's cell run into the post's parted
    at the name's bracket)."""
    row: list[Span] = list(cells(text, line))
    seat = None
    if len(row) >= 2 and SEAT_CELL_RE.fullmatch(row[0].text):
        seat, row = row[0], row[1:]
    run_on = BRACKET_THEN_POST_RE.match(text, row[0].start, row[0].end) if row else None
    if run_on is not None and CAPITALS_FIRST_RE.match(text, row[0].start, run_on.end()):
        row[:1] = [span(text, row[0].start, run_on.end()), trim(text, run_on.end(), row[0].end)]
    if seat is None and len(row) >= 3 and SEAT_CELL_RE.fullmatch(row[-1].text):
        seat, row = row[-1], row[:-1]
    return seat, row


def _capitals_first_member(ctx: Context, text: str, table: list[Line], index: int, area: str | None, *,
                           known: bool = True) -> bool:
    """'SEALEY, Andrew<pad>Director of Children's Services (Chair)<pad>Stannerby County Council': a membership table's
    row whose first cell names the member surname first in capitals, then the post, then the agency (wrapped onto the
    line under its column too): `board_member` of the agency, the board's chair marked '(Chair)' (or in the seat's
    column) the service's `board_chair`, a cabinet member's post the council's `cabinet_member` too, a deputy on the
    line under the row the agency's `standing_deputy`."""
    line = table[index]  # (in the table's text: its dot leaders blanked)
    seat, row = member_cells(text, line)
    named = _capitals_first_cell(text, line, known=known)
    if named is None:
        return False
    post, agency = row[1], row[2] if len(row) > 2 else None
    if agency is not None and "\n" in text[post.start:agency.start] and \
            agency.start - text.rfind("\n", 0, agency.start) - 1 == post.start - line.start:
        post, agency = span(text, post.start, agency.end), None  # the row's post wrapped under its own column
    below = next(iter(lines(text, line.end + 1, end_of_line(text, line.end + 1))), None) if line.end < len(text) else None
    wrapped = cells(text, below) if below is not None and agency is not None else []
    if agency is not None and below is not None and len(wrapped) == 1 and \
            wrapped[0].start - below.start == agency.start - line.start:
        agency = span(text, agency.start, wrapped[0].end)
    marked = CHAIR_MARK_RE.search(post.text)
    role = " ".join(post.text[:marked.start()].split()) if marked else " ".join(post.text.split())
    chair = marked is not None or seat is not None and CHAIR_SEAT_RE.fullmatch(seat.text) is not None
    body = " ".join(agency.text.split()) if agency else None
    if body is None and seat is not None:  # 'Director of Children's Services, Fernhallow MBC<pad>Chair': the body
        role, body = post_and_body(role, area, gazetteer=ctx.gazetteer)  # after the post, the seat in a column apart
    organisation = (organisation_named(body, gazetteer=ctx.gazetteer, area=area) or body) if body else \
        organisation_for_role(role, area)
    evidence = trim(text, line.start, agency.end if agency else line.end)
    ctx.person_role(named, "board_member", evidence, role=role, organisation=organisation)
    deputy = DEPUTY_BRACKET_RE.fullmatch(below.text) if below is not None else None
    if deputy is not None and below is not None:  # '  (deputy: CADE, Lewin, Inspector)' under the member's row
        _standing_deputy(ctx, below.start + deputy.start("name"), below.start + deputy.end("name"), organisation)
    if chair and area:
        ctx.person_role(named, "board_chair", evidence, role="Chair",
                        organisation=ctx.service_of(area))
    if CABINET_POST_RE.search(role):
        ctx.person_role(named, "cabinet_member", evidence, role=role, organisation=organisation)
    return True


# '(Chair)' after a member's post in a membership table; 'Chair' in the seat's column of its own.
CHAIR_MARK_RE = re.compile(r"[^\S\n]*\((?:independent\s+)?chair(?:man|person|woman)?\)", re.IGNORECASE)
CHAIR_SEAT_RE = re.compile(r"(?:independent\s+)?chair(?:man|person|woman)?", re.IGNORECASE)


# A table row whose name cell marks its chair ('| Jo Lee (Chair) | Corporate Director | Westmere Council |').
# (or padded from the next cell: 'M Feltwell (Chair)      Director of ...')
CHAIR_MARKED_RE = re.compile(r"^[^\S\n]*\|?[^\S\n]*([^|()\n]{3,80}?)[^\S\n]*\((?:independent\s+)?chair(?:man|person)?\)"
                             r"(?:[^\S\n]*+\||[^\S\n]{3,}+(?=\S))", re.IGNORECASE)


def _chair_marked(ctx: Context, line: Line, area: str | None) -> int:
    """The member a membership table marks '(Chair)' beside their name chairs the board: `board_chair`, of the
    area's service whose board it is."""
    match = CHAIR_MARKED_RE.match(line.text)
    if not match or area is None:
        return 0
    names = find_names(ctx.text, line.start + match.start(1), line.start + match.end(1), strict=True) or [
        name for name in find_names(ctx.text, line.start + match.start(1), line.start + match.end(1), strict=False)
        if is_initials(name.name.split()[0])]  # 'M Feltwell (Chair)': an initial and a surname, as the table has all
    if not names:
        return 0
    evidence = trim(ctx.text, line.start, line.end, " \t|")
    ctx.person_role(names[0], "board_chair", evidence, role="Chair",
                    organisation=ctx.service_of(area))
    return 1


def _ruled_columns(text: str, rows: list[Line]) -> list[tuple[str, list[Line]]]:
    """A table set in two columns side by side, parted by a rule ('Jo Lee   Chair; Director of   |  Dev Rao   Head of
    ...'), at the same place on every row: each column with the other blanked (the same offsets), so a post wrapped
    onto the lines below stays with its own member. Otherwise the rows as they are."""
    if len(rows) < 2:
        return [(text, rows)]
    start, end = rows[0].start, rows[-1].end
    block = lines(text, start, end)
    written = [line for line in block if not is_blank(line)]
    rules = [{m.start() for m in re.finditer(r"(?<=[^\S\n])\|(?=[^\S\n]|$)", line.text)} for line in written]
    shared = set.intersection(*rules) if rules else set()
    if len(shared) != 1 or any(len(found) != 1 for found in rules):
        return [(text, rows)]
    column = shared.pop()
    left, right = list(text), list(text)
    for line in block:
        for at in range(line.start + min(column, len(line.text)), line.end):
            left[at] = " "
        for at in range(line.start, line.start + min(column + 1, len(line.text))):
            right[at] = " "
    columns = []
    for blanked in ("".join(left), "".join(right)):
        kept = [span(blanked, line.start, line.start + len(line.text.rstrip())) for line in lines(blanked, start, end)]
        columns.append((blanked, [line for line in kept if not is_blank(line)]))
    return columns


def stacked_rows(text: str, begin: int) -> list[dict[str, Line]]:
    """A table flattened to one cell a line under a lead ('Name' / 'Post' / 'Agency', then three lines a member), the
    name's column not the first: each row's cells by the kind of their column, up to the first blank line after the
    rows. (A table whose names come first is read by `person_cells.stacked_table`, its cells wrapped or not.)"""
    heads: list[str] = []
    rows: list[dict[str, Line]] = []
    cells_read: list[Line] = []
    for line in lines_from(text, begin, STACKED_LEAD_LINES):
        word = plain(line.text).strip().lower()
        if is_blank(line) or is_page_furniture(text, line):
            if cells_read or rows:
                break
            continue
        if not cells_read and not rows and is_column_heads(line) and len(word.split()) == 1:
            heads.append(word)
            continue
        if len(heads) < 2 or "name" not in {column_kind(head) for head in heads} or column_kind(heads[0]) == "name":
            break
        cells_read.append(line)
        if len(cells_read) == len(heads):
            rows.append({column_kind(head) or head: cell for head, cell in zip(heads, cells_read, strict=True)})
            cells_read = []
    return rows


STACKED_LEAD_LINES = 60  # lines after a membership's lead where its flattened table stands


def stacked_members(ctx: Context, begin: int, area: str | None) -> int:
    """A membership table flattened to one cell a line under its lead, the names first, its cells wrapped or not
    (`person_cells.stacked_table`): each record read as `_stacked_member` reads it."""
    following = lines_from(ctx.text, begin, STACKED_LEAD_LINES)
    start = next((at for at, line in enumerate(following) if line.text.strip()), None)
    if start is None:
        return 0
    titles = _title_lines(ctx.text)
    page_break = False

    def furniture(line: Line) -> bool:
        nonlocal page_break
        if is_page_furniture(ctx.text, line) or PAGE_NUMBER_ALONE_RE.fullmatch(line.text):
            page_break = True
            return True
        return page_break and " ".join(line.text.split()) in titles  # the next page's running header

    table = person_cells.stacked_table(ctx.text, following[start:], furniture)
    if table is None:
        return 0
    found = 0
    for record in table.records:
        row = {kind: cell for kind, cell in zip(table.heads, record, strict=True) if kind}
        found += _stacked_member(ctx, row, area, table)
    return found


def _stacked_member(ctx: Context, row: dict[str, person_cells.Cell | Line], area: str | None,
                    table: person_cells.StackedTable | None = None) -> int:
    """One member of a table flattened to one cell a line: the name alone in its cell ('(Vacant)' is no one; a rank
    before it is the name's), the post and the body from theirs, each over the lines it wrapped onto (the records of
    `table`, else one line a cell)."""
    cell = row["name"]
    name = only_a_name(ctx, trim(ctx.text, cell.start, cell.end)) if table is None else \
        person_cells.stacked_name(table, cell)  # (a rank before the name, the name wrapped: 'Councillor Jory' / 'Pascoe')
    if name is None:
        return 0
    post, body = row.get("post"), row.get("body")
    evidence = span(ctx.text, min(cell.start for cell in row.values()), max(cell.end for cell in row.values()))
    written = _cell_text(post) if post else None
    role_span = trim(ctx.text, post.start, post.end) if post and "\n" not in ctx.text[post.start:post.end] else None
    organisation = _cell_text(body) if body else organisation_for_role(written, area)
    marked = MARKER_END_RE.search(organisation) if organisation else None
    if organisation and marked and is_organisation_name(organisation[:marked.start()], gazetteer=ctx.gazetteer):
        organisation = organisation[:marked.start()]  # 'NHS Foundation Trust (non-voting)': the member's marker
    ctx.person_role(name, "board_member", evidence, role=written, role_span=role_span, organisation=organisation)
    if written and CABINET_POST_RE.search(written):  # a member whose post is a cabinet member's sits on the cabinet
        ctx.person_role(name, "cabinet_member", evidence, role=written, role_span=role_span, organisation=organisation)
        return 2
    return 1


MARKER_END_RE = re.compile(r"(?<![^\S\n])[^\S\n]*+\([^()\n]*+\)$")  # (from a run's first blank: linear)


def _cell_text(cell: person_cells.Cell | Line) -> str:
    return cell.text if isinstance(cell, person_cells.Cell) else " ".join(cell.text.split())


def _bulleted_member(ctx: Context, line: Line, area: str | None) -> int:
    """'• Pete O'Callaghan – Head of Youth Justice Service': a member, then the post or the body they come from; or the
    seat first ('• Vice-Chair – Chief Inspector Jo Lee, District Commander (Westmere Police)')."""
    body = trim(ctx.text, strip_bullet(ctx.text, line).start, line.end)
    name, role = name_role(ctx, body, strict=False)
    seat = SEAT_FIRST_RE.fullmatch(ctx.text, body.start, name.start) if name else None
    if name is not None and seat is not None:
        return _seated_member(ctx, body, name, span(ctx.text, seat.start("seat"), seat.end("seat")), area)
    rank = trim(ctx.text, body.start, name.start) if name else None  # 'Inspector Garry Lomas – Westfold Police'
    if name is None or rank and not (len(rank.text.split()) <= 3 and names_post(rank.text)) or role is None \
            or role.start < name.end:
        return 0
    body_named = _body_in(ctx, role.text)
    ctx.person_role(name, "board_member", body, role=None if body_named else role.text,
                    role_span=None if body_named else role,
                    organisation=body_named or organisation_for_role(role.text, area))
    return 1


# The seat a bulleted member holds, before a dash and the name (a rank or a title of a word or two may open the name).
SEAT_FIRST_RE = re.compile(r"(?P<seat>[A-Z][^\n–—]{1,80}?)[^\S\n]+[–—-][^\S\n]+(?:[A-Z][a-z]+\.?[^\S\n]+){0,2}")
# What follows the name: its own post after a comma, and the body in brackets.
AFTER_SEATED_NAME_RE = re.compile(r"\s*(?:,\s*(?P<post>[^()]{2,100}?))?\s*(?:\((?P<body>[^()]{2,100})\))?\s*")
SEAT_MARKERS = re.compile(r"(?:vice[-\s]?|deputy\s+)?chair(?:man|woman|person)?", re.IGNORECASE)


def _seated_member(ctx: Context, body: Span, name: NameMatch, seat: Span, area: str | None) -> int:
    """A member listed under the seat they fill: their own post after the name is their role, else the seat (a chair's
    marker is no role); the body in brackets, else the one the post names, is their organisation."""
    after = AFTER_SEATED_NAME_RE.fullmatch(ctx.text, name.end, body.end)
    if after is None:
        return 0
    own = trim(ctx.text, after.start("post"), after.end("post")) if after.group("post") else None
    role = own or (None if SEAT_MARKERS.fullmatch(seat.text) else seat)
    bracket = " ".join(after.group("body").split()) if after.group("body") else None
    organisation = bracket if bracket and is_organisation_name(bracket, gazetteer=ctx.gazetteer) else \
        _body_in(ctx, role.text) if role else None
    ctx.person_role(name, "board_member", body, role=" ".join(role.text.split()) if role else None, role_span=role,
                    organisation=organisation or (organisation_for_role(role.text, area) if role else None))
    return 1


# 'Chair; Cabinet Member for Social Services': the member who chairs the board the table lists, not 'Chair of X'.
TABLE_CHAIR_RE = re.compile(r"\W*(?:independent\s+)?chair(?:man|person|woman)?\s*(?:[;,(–—-]|$)", re.IGNORECASE)


def _chairs_this_board(ctx: Context, cell: str, area: str | None) -> str | None:
    """The area's service, whose board it is, for the member whose post cell opens with 'Chair'."""
    return ctx.service_of(area) if TABLE_CHAIR_RE.match(cell) else None


def _body_in(ctx: Context, cell: str) -> str | None:
    """The organisation a table's agency cell names: first ('Fenwick Borough Council – elected member') or after the
    post ('Consultant Psychiatrist, Bae Gwyrdd University Health Board')."""
    for body in (re.split(r"\s+[–—-]\s+", cell)[0].strip(), cell.rsplit(",", 1)[-1].strip()):
        if is_organisation_name(body, gazetteer=ctx.gazetteer):
            return body
    # 'Head of Inclusion, Pinfold Heath Education': after the post, a body that bears the area's name
    post, _, last = cell.rpartition(",")
    last = " ".join(last.split())
    area = ctx.home_area
    if post and area and last.startswith(area + " ") and names_post(post) and not names_post(last):
        return last
    return None


# --- signatures: a name on its own line, the post on the next ----------------------------------

SIGN_OFF_RE = re.compile(r"^\W*(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+wishes|signed)\W*$",
                         re.IGNORECASE)
# 'Foreword', '1. Introduction and foreword from the Chair', 'Rhagair / Foreword' (a heading: short, with no full stop;
# a contents line has dots)
FOREWORD_RE = re.compile(r"^\W*+(?:\d{1,2}\.?\s+)?(?:[\w'’]++[^\S\n]+){0,3}(?:[\w'’]++[^\S\n]*/[^\S\n]*)?"
                         r"(?:foreword|preface|introduction|welcome)\b[^.\n]{0,40}$",
                         re.IGNORECASE)
# A numbered section's heading: '2. Governance, leadership and partnership arrangements', '3 Key facts'.
NUMBERED_HEADING_RE = re.compile(r"^[^\S\n]*\d{1,2}\.?[^\S\n]+[A-Z][^.\n]{2,80}$")
SIGNATURE_REACH = 4  # lines after a sign-off where the name may stand
FOREWORD_REACH = 80  # lines of a foreword, where its author signs at the end of a paragraph
TITLE_PAGE_LINES = 15  # a presentation's or a report's opening lines, where its author is named
POST_LINE_WORDS = 10


SALUTATION_RE = re.compile(r"^[^\S\n]*Dear\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr|Professor|Sir|Dame)\.?\s+)?"
                           rf"(?P<name>[{UPPER}][{LETTER}'’-]+(?:\s+[{UPPER}][{LETTER}'’-]+)?)\s*,?\s*$", re.MULTILINE)
ADDRESS_LINES = 12  # lines of an address block above the salutation


def letter_addressee(ctx: Context, area: str | None = None) -> int:
    """A letter's addressee written as an address block with no 'To:' label, above 'Dear Mr Pennington': the name
    alone on a line, the post on the next, and the salutation naming the same person."""
    salutation = SALUTATION_RE.search(ctx.text)
    if salutation is None:
        return 0
    all_lines = _left_of_sender(ctx.text, [line for line in lines(ctx.text, 0, salutation.start()) if not is_blank(line)])
    greeted = salutation.group("name").lower().split()
    for index in range(max(0, len(all_lines) - ADDRESS_LINES), len(all_lines)):
        signed = _signed(ctx, all_lines, index)
        if signed is None or not set(signed[0].name.lower().split()) & set(greeted):
            continue
        name, post = signed
        # 'Director of Children's Services and' / 'Chair, Westmere YOS Management Board': two posts over two lines
        posts = [post, all_lines[index + 2]] if TRAILING_AND_RE.search(post.text) and index + 2 < len(all_lines) \
            else [post]
        # a second post on the next line that is itself a key one: 'Corporate Director' / 'Chair, X YJS Management Board'
        if len(posts) == 1 and index + 2 < len(all_lines) and post_relation(all_lines[index + 2].text.strip()):
            posts.append(all_lines[index + 2])
        post = span(ctx.text, post.start, posts[-1].end)
        evidence, role = span(ctx.text, all_lines[index].start, post.end), " ".join(post.text.split())
        if len(posts) > 1 and not TRAILING_AND_RE.search(posts[0].text):
            role = "; ".join(" ".join(held.text.split()) for held in posts)  # two posts, one a line
        organisation = organisation_for_role(_post_block(all_lines, index, ", "), area)
        addressed = _council_addressed(ctx, all_lines[index + 1 + len(posts):index + 1 + len(posts) + ADDRESS_POST_LINES],
                                       area) or organisation
        ctx.person_role(name, "addressee", evidence, role=role, role_span=post, organisation=addressed)
        # each post held gives its own relation too: 'Lead Member for Children's Services' is a cabinet member's
        for held in posts:
            relation = post_relation(held.text)
            if relation:
                ctx.person_role(name, relation, evidence, role=" ".join(held.text.split()), role_span=held,
                                organisation=organisation_for_role(held.text, area) if len(posts) > 1 else organisation)
        _written_to_as(ctx, name, salutation.end(), area)
        return 1
    return 0


# A memo's header: 'To:<TAB>Jo Bloggs, Chief Executive, Westmere Council', 'From:<TAB>Ann Lee, HM Inspector (Lead
# Inspector)', each label on a line of its own at the letter's head ('ADDRESSEE:' and 'FROM:' in capitals too), the
# value wrapped onto lines set in to its column.
MEMO_LABEL_RE = re.compile(r"^[^\S\n]*(?P<label>To|From|Addressee|TO|FROM|ADDRESSEE)[^\S\n]*:[^\S\n]*+(?=\S)", re.MULTILINE)
MEMO_HEAD = 2000


def memo_header(ctx: Context, area: str | None = None) -> int:
    """The addressee a memo's 'To:' line names, with their post and body after the name; and the post in brackets
    after the sender's on the 'From:' line that is a key one ('(Lead Inspector)'), else the sender with the post
    written after the name, the memo's author."""
    text = ctx.text
    found = 0
    for label in MEMO_LABEL_RE.finditer(text, 0, min(len(text), MEMO_HEAD)):
        line_end = end_of_line(text, label.end())
        names = find_names(text, label.end(), line_end, strict=False)
        if not names or names[0].start != label.end() or names[0].surname_only:
            continue
        if label.group("label").lower() != "from":
            line_end = _wrapped_value_end(text, label.end() - start_of_line(text, label.end()), line_end, len(text))
        name, rest = names[0], trim(text, names[0].end, line_end, " \t,")
        evidence = span(text, label.start(), line_end)
        if label.group("label").lower() != "from":
            role, body = post_and_body(" ".join(rest.text.split()), area) if rest else (None, None)
            ctx.person_role(name, "addressee", evidence, role=role,
                            organisation=body and ctx.gazetteer.organisation(body, area).name
                            or organisation_for_role(role, area))
            found += 1
            continue
        bracket = re.search(r"\(([^()]{3,60})\)[^\S\n]*$", text[name.end:line_end])
        relation = post_relation(bracket.group(1)) if bracket else None
        if bracket and relation:
            ctx.person_role(name, relation, evidence, role=bracket.group(1), organisation=organisation_for_role(
                text[name.end:name.end + bracket.start()].strip(" ,"), area))
        elif rest:  # the sender with the post after the name ('From:  Jo Lee, Assistant Chief Inspector'): its author
            post = " ".join(rest.text.split())
            ctx.person_role(name, "author", evidence, role=post, organisation=organisation_for_role(post, area))
        found += bool(bracket and relation or rest)
    return found


# 'To:' and 'From:' side by side over the two address blocks: the addressee's is the left column.
TO_FROM_RE = re.compile(r"[^\S\n]*To:?(?:\t+|[^\S\n]{3,})(?=From:?[^\S\n]*$)", re.IGNORECASE)


# Where a letter's head sets the sender's details beside the address ('Superintendent Jo Lee      Direct line: ...',
# 'c/o Westmere Council      Our ref: ...'): the right column starts far from the margin.
SENDER_COLUMN_AT = 30


def _left_of_sender(text: str, all_lines: list[Line]) -> list[Line]:
    """The lines, with an address block set beside the sender's under 'To:' and 'From:' read as its left column only
    (the 'To:' line left out), so the addressee's name is alone on its line; without that heading, each line's
    left cell where the sender's details stand beside it, far to the right."""
    heading = next((line for line in all_lines if TO_FROM_RE.match(line.text)), None)
    if heading is None:
        return [_left_cell(text, line) for line in all_lines]
    column = TO_FROM_RE.match(heading.text).end()  # type: ignore[union-attr]
    block_end = text.find("\n\n", heading.end)
    block_end = len(text) if block_end < 0 else block_end
    kept = []
    for line in all_lines:
        if line.start == heading.start:
            continue
        if heading.end < line.start < block_end:
            line = trim(text, line.start, min(line.end, line.start + column))
            if not line.text:
                continue
        kept.append(line)
    return kept


def _left_cell(text: str, line: Line) -> Line:
    """The line's first cell where its next stands in the sender's column; else the whole line."""
    row = cells(text, line)
    if len(row) < 2 or row[0].start - line.start >= SENDER_COLUMN_AT or row[1].start - line.start < SENDER_COLUMN_AT:
        return line
    return Line(row[0].start, row[0].end, row[0].text)


TRAILING_AND_RE = re.compile(r"\s(?:and|&)\s*$")


def _council_addressed(ctx: Context, below: list[Line], area: str | None) -> str | None:
    """A council named on a line of its own under the addressee's posts ('Chair, X Youth Justice Board and' / 'Executive
    Director of Children's Services' / 'London Borough of X'): the letter is sent to them at their employer."""
    for line in below:
        cleaned = " ".join(line.text.split()).strip(" ,")
        if ctx.gazetteer.council_area(cleaned) or ctx.gazetteer.local_council_area(cleaned, area):
            return ctx.gazetteer.organisation(cleaned, area).name
    return None


# 'I am writing to you, as Chair of the Westmere Youth Justice Board, to let you know', 'I write in your capacity as
# Chair of ...': a post the addressee holds.
WRITING_AS_RE = re.compile(r"\b(?:writing\s+to\s+you\s*,?\s+(?:in\s+your\s+(?:role|capacity)\s+)?|"
                           r"(?:write|writing)(?:\s+to\s+you)?\s*,?\s+in\s+your\s+(?:role|capacity)\s+)"
                           r"as\s+(?:the\s+)?(?P<post>[A-Z][^,.;:]{3,120}?)"
                           r"(?=\s*[,.;]|\s+to\b)")


def _written_to_as(ctx: Context, name: NameMatch, start: int, area: str | None) -> None:
    """The post the letter says it writes to its addressee in, with the relation it gives."""
    match = WRITING_AS_RE.search(ctx.text, start, start + 2000)
    relation = post_relation(match.group("post")) if match else None
    if match and relation:
        post = span(ctx.text, match.start("post"), match.end("post"))
        ctx.person_role(name, relation, span(ctx.text, match.start(), match.end()), role=" ".join(post.text.split()),
                        role_span=post, organisation=organisation_for_role(post.text, area))


def signatures(ctx: Context, area: str | None = None, *, forewords: bool = True, title_page: bool = True,
               chiefs: bool = True) -> int:
    """The author who signs a letter ('Yours sincerely' then name and post), a foreword or a presentation's title page
    (a name alone on a line, the post alone on the next): `author`, and the relation the post gives. An e-mail address
    elsewhere in the document (a letterhead) that spells the name is the author's. Without `chiefs`, a chief inspector
    who signs is left to the report's own reading (the keys make them no author of an inspection report)."""
    all_lines = [line for line in lines(ctx.text) if not is_blank(line)]
    found = 0
    # A letter has no title page: the name and post at its top are the addressee's.
    title_page = title_page and not SALUTATION_RE.search(ctx.text)
    tabled = _stacked_table_lines(ctx.text)
    for index in _signature_lines(all_lines, forewords=forewords, title_page=title_page,
                                  report_form=council_report_form(ctx.text)):
        if all_lines[index].start in tabled:
            continue  # a name over its post in a table flattened to one cell a line is a member's record, no signature
        signed = _signed(ctx, all_lines, index, one_line=title_page and index < TITLE_PAGE_LINES)
        if signed is not None:
            name, post = signed
            if not chiefs and post_relation(post.text) == "chief_inspector" and not _signs_off(all_lines, index):
                continue  # (a letter the chief signs, under 'Yours sincerely', is the chief's: its author)
            block = post.text if post.start < all_lines[index].end else _post_block(all_lines, index)
            _record_signature(ctx, _spelled_out_by_email(ctx, name), post, all_lines[index].start, block, area,
                              second_post=_second_post(ctx, all_lines, index) if post.start >= all_lines[index].end else None)
            found += 1
            continue
        for name, post in _signed_in_columns(ctx, all_lines, index):
            _record_signature(ctx, name, post, name.start, post.text, area)
            found += 1
    return found


def _signs_off(all_lines: list[Line], index: int) -> bool:
    """Whether the line at `index` is a letter's signature: a sign-off ('Yours sincerely') a few lines above it."""
    return any(SIGN_OFF_RE.match(line.text) for line in all_lines[max(0, index - SIGNATURE_REACH):index])


STACKED_TABLE_LINES = 120  # lines a table flattened to one cell a line may run to


def _stacked_table_lines(text: str) -> frozenset[int]:
    """The starts of the lines of each table flattened to one cell a line under its heads (`person_cells.stacked_table`)."""
    all_lines = lines(text)
    tabled: set[int] = set()
    for at, line in enumerate(all_lines[:-1]):
        if line.start in tabled or not (is_column_heads(line) and is_column_heads(all_lines[at + 1])):
            continue
        rows = all_lines[at:at + STACKED_TABLE_LINES]
        heads = person_cells.stacked_heads(text, rows)
        if not heads:
            continue
        table = person_cells.stacked_table(text, rows, lambda row: is_page_furniture(text, row)
                                           or PAGE_NUMBER_ALONE_RE.fullmatch(row.text) is not None)
        # (records that do not fit the heads are still a table's: up to the first blank line under them)
        end = table.end if table is not None else next(
            (row.start for row in rows[len(heads) + 1:] if is_blank(row)), rows[-1].end)
        tabled.update(row.start for row in rows if row.start <= end)
    return frozenset(tabled)


# A sign-off row: 'Signed:  T. Wierzbicki, Head of Youth Justice      Date: 5 June 2023'.
SIGNED_ROW_RE = re.compile(r"^[^\S\n]*Signed[^\S\n]*:[^\S\n]*(?=\S)", re.IGNORECASE | re.MULTILINE)
DATE_FIELD_RE = re.compile(r"(?<=\S)(?:\t|[^\S\n]{2})[^\S\n]*+Date\b[^\n]*$", re.IGNORECASE)


def signed_rows(ctx: Context, area: str | None = None) -> int:
    """The authors a plan's sign-off rows name ('Signed:  Jo Bloggs, Head of Service    Date: ...'), with their post."""
    text = ctx.text
    found = 0
    for label in SIGNED_ROW_RE.finditer(text):
        line_end = end_of_line(text, label.end())
        date = DATE_FIELD_RE.search(text, label.end(), line_end)
        row_end = date.start() if date else line_end
        name = name_at(text, label.end(), row_end, strict=False)
        post = trim(text, name.end, row_end, " \t,") if name else None
        if name is None or name.surname_only or not post or not text[name.end:post.start].strip(" \t").startswith(","):
            continue
        _record_signature(ctx, name, post, label.start(), post.text, area)
        found += 1
    return found


def _record_signature(ctx: Context, name: NameMatch, post: Span, start: int, post_block: str, area: str | None, *,
                      second_post: Span | None = None) -> None:
    """The signing author, the relation the post gives (or a second post under it: 'Chair, Westmere Youth Justice
    Board'), and the e-mail address that spells the name."""
    evidence = span(ctx.text, start, post.end)
    welsh = WELSH_POST_HALF_RE.match(post.text)
    post = trim(ctx.text, post.start + welsh.end(), post.end) if welsh else post  # ('Cadeirydd y Bwrdd / Chair ...')
    organisation = ctx.gazetteer.inspectorate_named(post_block) or organisation_for_role(post.text, area)
    ctx.person_role(name, "author", evidence, role=" ".join(post.text.split()), role_span=post,
                    organisation=organisation)
    relation = post_relation(post.text)
    if relation is None and second_post is not None and post_relation(second_post.text):
        relation, post, evidence = post_relation(second_post.text), second_post, span(ctx.text, start, second_post.end)
    wrapped = " ".join(post_block.split())
    wrapped_relation = post_relation(wrapped) if relation is None and wrapped != " ".join(post.text.split()) else None
    last_word = post_block.split()[-1] if wrapped_relation else ""
    if wrapped_relation and (below := ctx.text.find(last_word, post.end)) >= 0:
        # the post wrapped onto the line below ('... and Chair, Westmere and Eastmarch Youth' / 'Justice Partnership
        # Board'): read whole
        ctx.person_role(name, wrapped_relation, span(ctx.text, start, below + len(last_word)), role=wrapped,
                        organisation=organisation)
    if relation:
        ctx.person_role(name, relation, evidence, role=" ".join(post.text.split()), role_span=post,
                        organisation=organisation)
    _email_spelling(ctx, name)


def _signed_in_columns(ctx: Context, all_lines: list[Line], index: int) -> list[tuple[NameMatch, Span]]:
    """Signatures side by side, as a foreword signed by a board's chair and a service's head is left by extraction:
    'Diane Okoro<TAB><TAB>Philip Marsh' over 'Chair, Youth Justice Board<TAB>Head of Service'. Every column a name
    alone over a post alone, or none of them."""
    if index + 1 >= len(all_lines):
        return []
    names_row, posts_row = cells(ctx.text, all_lines[index]), cells(ctx.text, all_lines[index + 1])
    if len(names_row) < 2 or len(names_row) != len(posts_row):
        return []
    pairs = []
    for cell, post in zip(names_row, posts_row, strict=True):
        names = find_names(ctx.text, cell.start, cell.end, strict=False)
        alone = len(names) == 1 and not names[0].surname_only and names[0].start == cell.start and names[0].end == cell.end
        if not alone or len(plain(post.text).split()) > POST_LINE_WORDS or not names_post(post.text) \
                or find_names(ctx.text, post.start, post.end):
            return []
        pairs.append((names[0], post))
    return pairs


def _signature_lines(all_lines: list[Line], *, forewords: bool, title_page: bool, report_form: bool = False) -> list[int]:
    """Indexes of lines that may hold a signing name: after a sign-off, at a foreword's paragraph ends, on a title page."""
    candidates: list[int] = []
    for index, line in enumerate(all_lines):
        if SIGN_OFF_RE.match(line.text):
            candidates.extend(range(index + 1, min(len(all_lines), index + 1 + SIGNATURE_REACH)))
        elif forewords and FOREWORD_RE.match(line.text):
            reach = min(len(all_lines), index + 1 + FOREWORD_REACH)
            # the foreword ends at the next numbered section ('2. Governance'), whose tables are no signatures
            following = next((k for k in range(index + 1, reach) if NUMBERED_HEADING_RE.match(all_lines[k].text)), reach)
            candidates.extend(range(index + 1, following))
    if title_page:
        candidates.extend(range(min(len(all_lines), TITLE_PAGE_LINES)))
    if report_form:  # a council report signed at its foot: the name, the post, then the date alone
        candidates.extend(index for index in range(len(all_lines) - 2) if _date_alone(all_lines[index + 2].text))
    return sorted(set(candidates))


def _date_alone(line: str) -> bool:
    found = parse_date(line)
    return found is not None and not line[:found[1]].strip() and not line[found[2]:].strip()


def _signed(ctx: Context, all_lines: list[Line], index: int, *, one_line: bool = False
            ) -> tuple[NameMatch, Span] | None:
    """The name alone on line `index` and the post alone on the line after it; one_line (a title page), or both on the
    line, set off by a comma ('Owain Pryce, Head of Youth Justice' under a presentation's title), where the lines around
    it are not a list of such lines (those present at a meeting)."""
    contact = CONTACT_RE.search(all_lines[index - 1].text) if index > 0 else None
    if contact and not all_lines[index - 1].text[contact.end():].strip():
        return None  # 'Contact officer:' above: the name and post are the contact's, not the author's
        # ('Enquiries: 01632 960 999' in a letterhead gives its value on its own line)
    on_the_line = _name_comma_post(ctx, all_lines[index]) if one_line else None
    if on_the_line is not None and (PHONE_RE.search(all_lines[index].text) or EMAIL_RE.search(all_lines[index].text)):
        return None  # 'Jo Bloggs, Operations Manager Tel 01632 960000': a contact's line, with their number
    if on_the_line is not None:
        around = [all_lines[i] for i in (index - 1, index + 1) if 0 <= i < len(all_lines)]
        return None if any(_name_comma_post(ctx, line) for line in around) else on_the_line
    if index + 1 >= len(all_lines):
        return None
    body = _after_form_label(ctx.text, all_lines[index], NAME_LABEL_RE)
    if body.start != trim(ctx.text, all_lines[index].start, all_lines[index].end).start and not any(
            SIGN_OFF_RE.match(line.text) for line in all_lines[max(0, index - SIGNATURE_REACH):index]):
        return None  # a form's 'Name:' is a signature only under a sign-off; elsewhere it is a contact block
    names = find_names(ctx.text, body.start, body.end, strict=False)
    # (a rank the name reader leaves before the name is the signer's own: 'Superintendent Jo Lee')
    if len(names) != 1 or names[0].surname_only or not _titles_only(trim(ctx.text, body.start, names[0].start).text) or \
            trim(ctx.text, names[0].end, body.end):
        return None
    post = _after_form_label(ctx.text, all_lines[index + 1], POST_LABEL_RE)
    words = plain(post.text).split()
    if not words or _too_long_for_a_post(plain(post.text)) or post.text.rstrip().endswith(".") \
            or not names_post(post.text) or find_names(ctx.text, post.start, post.end):
        return None
    return names[0], post


def _too_long_for_a_post(line: str) -> bool:
    """Longer than a post's line: two posts joined by 'and' ('Chair of the Westmere Youth Justice Board and Director of
    Public Health') may each be as long as one."""
    parts = re.split(r"\s+and\s+", line)
    return len(line.split()) > POST_LINE_WORDS * 2 or any(len(part.split()) > POST_LINE_WORDS for part in parts) or \
        len(parts) == 1 and len(line.split()) > POST_LINE_WORDS


def _name_comma_post(ctx: Context, line: Line) -> tuple[NameMatch, Span] | None:
    """'Owain Pryce, Head of Youth Justice': a name, a comma and a post, and nothing else on the line."""
    body = trim(ctx.text, line.start, line.end)
    name = name_at(ctx.text, body.start, body.end, strict=True) if body else None
    if name is None or name.surname_only or ctx.text[name.end:name.end + 1] != ",":
        return None
    post = trim(ctx.text, name.end + 1, body.end)
    words = plain(post.text).split()
    if not words or len(words) > POST_LINE_WORDS or post.text.rstrip().endswith(".") or not names_post(post.text) \
            or find_names(ctx.text, post.start, post.end) or SENTENCE_WORD_RE.search(post.text):
        return None
    return name, post


SENTENCE_WORD_RE = re.compile(r"\b(?:said|says|added|is|was|has|have|will|would)\b", re.IGNORECASE)


# A signature written as a form: 'Name: Jo Bloggs' over 'Position: Chair of the Board'.
NAME_LABEL_RE = re.compile(r"[^\S\n]*(?:(?:print(?:ed)?\s+)?name|signed\s+by)[^\S\n]*:[^\S\n]*", re.IGNORECASE)
POST_LABEL_RE = re.compile(r"[^\S\n]*(?:position|post|job\s+title|title|role|designation)[^\S\n]*:[^\S\n]*",
                           re.IGNORECASE)


def _after_form_label(text: str, line: Line, label: re.Pattern[str]) -> Span:
    """The line's text after its form label, if it has one."""
    found = label.match(text, line.start, line.end)
    return trim(text, found.end() if found else line.start, line.end)


def _second_post(ctx: Context, all_lines: list[Line], index: int) -> Span | None:
    """The line under a signature's post when it is a post of its own, short and naming no one."""
    if index + 2 >= len(all_lines):
        return None
    below = all_lines[index + 2]
    short = len(plain(below.text).split()) <= POST_LINE_WORDS and not find_names(ctx.text, below.start, below.end)
    return trim(ctx.text, below.start, below.end) if short and names_post(below.text) else None


def _post_block(all_lines: list[Line], index: int, separator: str = " ") -> str:
    """The post line, and the organisation line under it where the signature gives one (a short line, no sentence),
    joined by `separator` (a post wrapped onto the next line reads on with a blank; an addressee's body under the post
    is parted by a comma: 'Head of Youth Offending Service' over 'Westmere Youth Offending Service' is the service's
    head, not a post run into its body)."""
    block = [all_lines[index + 1].text]
    if index + 2 < len(all_lines):
        below = all_lines[index + 2].text
        if len(plain(below).split()) <= POST_LINE_WORDS // 2 + 3 and not re.search(r"[.:;,\"“]", below):
            block.append(below)
    return separator.join(block)


def _spelled_out_by_email(ctx: Context, name: NameMatch) -> NameMatch:
    """'M. Delacroix' signing a letter whose letterhead gives 'marguerite.delacroix@...': Marguerite Delacroix."""
    parts = name.name.replace(".", ". ").split()
    if len(parts) != 2 or not re.fullmatch(r"[A-Z]\.", parts[0]):
        return name
    initial, family = parts[0][0].lower(), parts[1].lower().replace("'", "")
    forename = _emails(ctx.text)[1].get((initial, family))
    if forename is None:
        return name
    return NameMatch(name.start, name.end, f"{forename.capitalize()} {parts[1]}", name.title, name.surname_only)


FORENAME_DOT_SURNAME_RE = re.compile(r"([a-z][a-z]+)[._](.*)", re.DOTALL)


@lru_cache(maxsize=2)  # asked for each signature: the document's addresses are read once
def _emails(text: str) -> tuple[dict[str, re.Match[str]], dict[tuple[str, str], str]]:
    """The document's e-mail addresses: the first of each local part (in small letters), and the first forename of
    each initial and surname an address spells out ('marguerite.delacroix@...': ('m', 'delacroix') -> 'marguerite')."""
    by_local: dict[str, re.Match[str]] = {}
    forenames: dict[tuple[str, str], str] = {}
    for match in EMAIL_RE.finditer(text):
        local = match.group(0).split("@")[0].lower()
        by_local.setdefault(local, match)
        if spelled := FORENAME_DOT_SURNAME_RE.fullmatch(local):
            forenames.setdefault((spelled.group(1)[0], spelled.group(2)), spelled.group(1))
    return by_local, forenames


def _spellings(name: str) -> set[str]:
    """The local parts of an e-mail address that spell the name: 'anna.verity', 'averity', 'a.verity', ..."""
    parts = name.lower().replace("-", "").replace("'", "").split()
    if len(parts) < 2:
        return set()
    return {f"{parts[0]}.{parts[-1]}", f"{parts[0][0]}{parts[-1]}", f"{parts[0][0]}.{parts[-1]}",
            f"{parts[0]}{parts[-1]}", f"{parts[0]}_{parts[-1]}"}


@lru_cache(maxsize=2)  # asked for each contact given by an address alone: the document's names are read once
def _names_by_spelling(text: str) -> dict[str, str]:
    """Each full name the document writes, by the local parts of an address that spell it (the first name written)."""
    by_spelling: dict[str, str] = {}
    for name in find_names(text):
        if not name.surname_only:
            for spelling in _spellings(name.name):
                by_spelling.setdefault(spelling, name.name)
    return by_spelling


def _email_spelling(ctx: Context, name: NameMatch) -> None:
    """An address such as 'anna.verity@...' or 'averity@...' anywhere in the text belongs to Anna Verity."""
    spellings = _spellings(name.name)
    if not spellings:
        return
    by_local = _emails(ctx.text)[0]
    match = min((by_local[spelling] for spelling in spellings if spelling in by_local), key=lambda m: m.start(),
                default=None)
    if match is not None:
        ctx.contact(name.name, span(ctx.text, match.start(), match.end()), email=match.group(0))


# --- contact officers --------------------------------------------------------------------------

CONTACT_RE = re.compile(
    r"(?:telephone\s+)?enquiries(?:\s+(?:about|on|regarding|concerning)\s+(?:this|these|the)\s+\w+)?(?:\s+to\s*:?|\s*:)|contact\s+officers?\s*:?|report\s+author\s*:?|author\s+of\s+(?:the\s+|this\s+)?report\s*:?|"
    r"\bcontact\s*:|\bcontact\s+details\b\s*:?|"
    # a bilingual label, the other language's word after a slash ('Contact / Cyswllt:')
    r"\bcontact[^\S\n]*/[^\S\n]*[^\W\d_]+(?:[^\S\n][^\W\d_]+)?[^\S\n]*:|democratic\s+services\s+officer\s*:|"
    # a report's form header names the officer who answers for it: 'Lead officer:', 'Responsible officer:' (not one in
    # brackets after another plan or task it leads: '. Community Safety Partnership plan (lead officer: J. Bloggs)')
    r"(?<!\()\b(?:lead|responsible|reporting)\s+officers?\s*:|"
    # a plan's owner, who answers for it ('Plan owner: J. Bloggs, Head of Service | Tel. ...')
    r"\b(?:plan|strategy)\s+owner\s*:|"
    r"(?:for\s+(?:further|more)\s+information(?:\s+(?:about|on|regarding)\s+(?:this|the)\s+\w+)?,?\s+(?:please\s+)?|please\s+|"
    r"should\s+)(?:contact|call|ring|(?:tele)?phone|e-?mail)\s*:?|"
    r"(?:media|press)\s+enquiries\b[^\n]{0,30}?(?:contact|call|ring|e-?mail|:)\s*:?|"
    # ('Media enquiries' alone on its line over the contact, the other language's words after a slash: 'Media
    # enquiries / Ymholiadau'r cyfryngau')
    r"^[^\S\n]*+(?:media|press)[^\S\n]++enquiries(?:[^\S\n]*+/[^\S\n]*+[^\W\d_][^\n/:]{0,40})?[^\S\n]*+\n|"
    # a release's foot: 'MEDIA CONTACT' over 'Jo Bloggs, Communications Officer' (the words end their line), 'Press
    # contact: Jo Bloggs'
    r"\b(?:media|press)\s+contacts?\b[^\S\n]*+[:\n]|"
    # a release's foot naming its contact by their post as the label: 'Press Officer: Jo Bloggs   Tel: ...', 'Media
    # and Communications Manager: Jo Bloggs' (the label is the post)
    r"\b(?P<label_post>(?:press|media|news|communications?)(?:\s+(?:and|&)\s+(?:media|communications?))?\s+"
    r"(?:officer|manager|adviser|advisor|lead))[^\S\n]*+:|"
    # a news page's foot: 'Further information' alone on its line over 'Jo Bloggs, Community Safety Manager'
    r"^[^\S\n]*+(?:further|more)[^\S\n]++information[^\S\n]*+:?[^\S\n]*+\n|"
    # a plan's section 'Contact' (numbered, 'Contact details', 'Contacts') alone on its line over the name
    r"^[^\S\n]*+(?:\d{1,2}(?:\.\d{1,2})?\.?[^\S\n]++)?contacts?(?:[^\S\n]++(?:details|point|us))?[^\S\n]*+:?[^\S\n]*+\n"
    r"(?:[^\S\n]*+\n)?",
    re.IGNORECASE | re.MULTILINE)
# 'me, or our operations officer for Wales, Jo Hart,': the post may name a place in capitals after its own words
CONTACT_POST_RE = re.compile(r"\s*(?:me,?\s+or\s+)?(?:our|the)\s+(?P<post>[a-z][a-z\s-]{2,60}?(?:\s+for\s+[A-Z][\w'’-]+)?),\s*")
LEAD_CONTACT_RE = re.compile(r"\s*(?:me,?\s+or\s+)?the\s+lead\s+inspector\b", re.IGNORECASE)
CONTACT_REACH = 200  # a contact's name, post, telephone and e-mail follow the words that introduce them
CONTACT_GAP = 40  # words between the introduction and a name the lexicon knows ('the press office, Jo Bloggs')
# Where a post written after a contact's name ends: at the telephone number, the e-mail or 'on 01632 ...'.
DETAILS_RE = re.compile(r"[,;]?\s*(?:\(?\d|tel\b|telephone\b|phone\b|e-?mail\b|on\s+\(?\d|or\s+\S+@|\S+@)", re.IGNORECASE)
DETAILS_WORD_RE = re.compile(r"\(?\d|tel\b|telephone\b|phone\b|e-?mail\b|on\s+\(?\d|or\s+\S+@|\S+@", re.IGNORECASE)


def details_start(text: str, start: int, end: int) -> int | None:
    """Where a contact's telephone or e-mail details begin in text[start:end], the blanks and the comma before them
    included, as DETAILS_RE would find them: their first word found, then the blanks before it (a search that tried
    the blanks first tried each of a long run's blanks in turn, quadratic in the run)."""
    word = DETAILS_WORD_RE.search(text, start, end)
    if word is None:
        return None
    at = word.start()
    while at > start and text[at - 1].isspace():
        at -= 1
    return at - 1 if at > start and text[at - 1] in ",;" else at


# The 'on' or 'at' that ends a post's line, its telephone number on the next.
DANGLING_ON_RE = re.compile(r"(?<![,\s])[,\s]++(?:on|at)$")


# A GOV.UK page's 'From: HM Inspectorate of Probation' under its title: the body that issued the page.
PUBLISHER_RE = re.compile(r"^[^\S\n]*From[^\S\n]*:[^\S\n]*(?P<body>[^\n]{3,80}?)[^\S\n]*$", re.MULTILINE)
PUBLISHER_REACH = 1500


def page_publisher(text: str) -> str | None:
    """The body a page names as its publisher near its top (a release's 'From:'), whose press office its contacts
    work in; None where the line names a person or nothing."""
    match = PUBLISHER_RE.search(text, 0, PUBLISHER_REACH)
    return match.group("body") if match and is_organisation_name(match.group("body")) else None


def contact_officers(ctx: Context, begin: int = 0, end: int | None = None, organisation: str | None = None) -> int:
    """'Contact Officer: Jane Doe, Democratic Services', 'Telephone enquiries to Jane Doe 01632 960000', 'For further
    information contact Jane Doe on 01632 960000', 'Report author: Jane Doe, Service Manager', 'Lead officer: Jane Doe,
    Head of Service': `contact_officer`,
    with the post, the telephone number and the e-mail written with the name."""
    text = box_blanked(ctx.text)  # a form drawn as a box reads as one padded into columns
    form = form_left_column(text)  # (the post only: the telephone and e-mail may stand in the right-hand column)
    end = len(text) if end is None else end
    organisation = organisation or page_publisher(text)
    found = 0
    for match in CONTACT_RE.finditer(text, begin, end):
        paragraph_end = text.find("\n\n", match.end(), end)
        reach = min(end if paragraph_end == -1 else paragraph_end, match.end() + CONTACT_REACH)
        name = _contact_name(text, match.end(), reach)
        if name is None:
            found += _contact_by_address(ctx, text, match, reach, organisation)
            continue
        if LEAD_CONTACT_RE.match(text, match.end(), name.start):
            continue  # 'please contact the lead inspector, Jo Lee': the lead inspector, whom the letter names as such
        # (within the contact's reach: a long line's rest is no post of theirs, and reading it from each contact of a
        # line of many was quadratic)
        line_end = end_of_line(text, name.end, reach)
        line_start = max(begin, start_of_line(text, match.start(), CONTACT_REACH))
        # a form's value wrapped onto the next line ('Report author:  Jo Bloggs, Performance and' / '  Quality Lead')
        # (a name that opens its own line under the label is no form's column: the lines set in under it are its
        # address, 'Democratic Services, Civic Centre', no post wrapped)
        column = name.start - text.rfind("\n", 0, name.start) - 1
        value_end = _wrapped_value_end(form, column if text[name.start - column:name.start].strip() else 0, line_end,
                                       reach)
        stacked = _stacked_value(text, name, line_end, value_end)
        role = stacked[0] if stacked else _post_after(form, name, value_end) or \
            _post_below(text, name, line_end, reach) or _post_before(text, match.end(), name) or _label_post(text, match)
        body = stacked[1] if stacked and stacked[1] else None
        dangling = DANGLING_ON_RE.search(role.text) if role else None
        if role and dangling and dangling.start() > 0:  # 'Press Officer, on' / '07700 900412': the number's 'on'
            role = trim(text, role.start, role.start + dangling.start())
        post = WELSH_HALF_AFTER_RE.sub("", " ".join(role.text.split())).strip(" ,") if role else None
        evidence = span(text, line_start, min(max(line_end, role.end if role else 0), match.end() + 120))
        ctx.person_role(name, "contact_officer", evidence, role=post, role_span=role,
                        organisation=body.text if body else organisation or _department_below(text, line_end, reach, ctx.home_area))
        _contact_details(ctx, name, span(text, match.start(), reach))
        found += 1 + _more_contacts(ctx, text, match, line_end, end, organisation)
    return found + officers_in_touch(ctx, begin, end)


def _department_below(text: str, line_end: int, reach: int, area: str | None) -> str | None:
    """The body whose department the line under a contact's name and post gives ('Jo Lee, Scrutiny Officer' /
    'Democratic Services, Westmere Civic Centre': the council), where it is no line of details, no label and names
    no one."""
    below = trim(text, line_end + 1, end_of_line(text, line_end + 1, reach)) if line_end < reach else None
    if below is None or DETAILS_RE.match(below.text) or FORM_LABEL_RE.match(below.text) or \
            find_names(text, below.start, below.end):
        return None  # (the form's next label, 'Report author:  Jo Lee, Head of Service', is someone else's)
    return organisation_for_role(below.text, area)


# A post's Welsh half after its English one and a slash ('Communications Officer / Swyddog Cyfathrebu'): no part of it.
WELSH_HALF_AFTER_RE = re.compile(rf"/[^\S\n]*+(?:{welsh_pattern(WELSH_POSTS)})\b[^/\n]*+$", re.IGNORECASE)


# An e-mail address right after a contact's label, its local part read alone (the domain may wrap onto the next line)
ADDRESS_AFTER_LABEL_RE = re.compile(r"[^\S\n]*+(?P<local>[A-Za-z][\w.+-]{1,60}+)@")


def _contact_by_address(ctx: Context, text: str, label: re.Match[str], reach: int, organisation: str | None) -> int:
    """'Contact: jo.bloggs@westmere.gov.uk, 01632 ...': the contact a label gives by their address alone is the person
    the document names whose name the address spells ('jo.bloggs', 'jbloggs'): `contact_officer`."""
    address = ADDRESS_AFTER_LABEL_RE.match(text, label.end(), reach)
    named = _names_by_spelling(ctx.text).get(address.group("local").lower()) if address else None
    if address is None or named is None:
        return 0
    where = span(text, start_of_line(text, label.start(), CONTACT_REACH), end_of_line(text, address.end(), reach))
    ctx.person_role(named, "contact_officer", where, organisation=organisation)
    phone = PHONE_RE.search(text, label.end(), reach)
    if phone:
        ctx.contact(named, span(ctx.text, phone.start(), phone.end()), phone=phone.group(0))
    return 1


# A heading over several contacts, alone on its line: 'Contact Officer(s)', 'Contact officers:'.
CONTACTS_HEADING_RE = re.compile(r"contact\s+officer(?:s|\(s\))", re.IGNORECASE)
# A contact named in brackets after what they answer for: 'Performance queries: perf@example.org (Jo Bloggs)'.
LABELLED_CONTACT_RE = re.compile(r"(?P<label>[A-Z][\w ]{2,40}?):[^\n()]{0,80}?\((?P<name>[^()\n]{3,40})\)[^\S\n]*$")
CONTACT_LINES = 8  # the lines a block of contacts under one heading runs to


def _more_contacts(ctx: Context, text: str, heading: re.Match[str], first_end: int, end: int,
                   organisation: str | None) -> int:
    """The contacts after the first under a heading alone on its line that says there are several ('| Contact
    Officer(s) |' over one line a contact, each 'Name - Post - telephone', 'Name, Post Tel ...' or 'Label: e-mail
    (Name)'), up to a line with nothing on it; a line that goes on with the last one's details names no one."""
    several = CONTACTS_HEADING_RE.match(text, heading.start(), end)
    if several is None or trim(text, several.end(), end_of_line(text, several.end(), end), EDGE_CHARS + ":").text:
        return 0
    found = 0
    at = first_end + 1
    for _ in range(CONTACT_LINES):
        if at >= end:
            break
        line_end = end_of_line(text, at, end)
        line = trim(text, at, line_end)
        if not line.text:
            break
        labelled = LABELLED_CONTACT_RE.search(text, line.start, line.end)
        names = find_names(text, line.start, line.end, strict=False)
        name = names[0] if names and names[0].start == line.start and not names[0].surname_only else None
        if name is None and labelled:
            inner = find_names(text, labelled.start("name"), labelled.end("name"), strict=False)
            name = inner[0] if len(inner) == 1 and inner[0].end == labelled.end("name") else None
        if name is not None:
            role = span(text, labelled.start("label"), labelled.end("label")) if labelled and name.start != line.start \
                else _post_after(text, name, line.end)
            post = " ".join(role.text.split()).strip(" ,") if role else None
            ctx.person_role(name, "contact_officer", line, role=post, role_span=role, organisation=organisation)
            _contact_details(ctx, name, line)
            found += 1
        at = line_end + 1
    return found


# 'our operations officer, Jo Bloggs (jo.bloggs@example.org), will be in touch with you': the one who answers for it.
IN_TOUCH_RE = re.compile(r"\b(?:will|shall)\s+(?:be\s+in\s+touch|get\s+in\s+touch|contact\s+you)\b", re.IGNORECASE)
IN_TOUCH_NAME_END_RE = re.compile(r"\s*(?:\([^()\n]{0,80}\))?\s*,?\s*(?:also\s+)?$")
POST_BEFORE_RE = re.compile(r"\b(?P<our>our|the|your)\s+(?P<post>[a-z][\w'’ -]{2,60}?)\s*,\s*$", re.IGNORECASE)


def officers_in_touch(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """The person a sentence says will be in touch, named (perhaps with an e-mail in brackets) just before the verb, as
    the contact, with the post written before the name."""
    text = ctx.text
    found = 0
    for verb in IN_TOUCH_RE.finditer(text, begin, len(text) if end is None else end):
        start = max(begin, clause_start(text, verb.start()), text.rfind(";", 0, verb.start()) + 1)
        names = [n for n in find_names(text, start, verb.start(), strict=False) if not n.surname_only]
        if not names or not IN_TOUCH_NAME_END_RE.fullmatch(text, names[-1].end, verb.start()):
            continue
        name = names[-1]
        post = POST_BEFORE_RE.search(text, start, name.start)
        role = span(text, post.start("post"), post.end("post")) if post else None
        organisation = _inspectorate_near(ctx, verb.start()) if post and post.group("our").lower() == "our" else None
        ctx.person_role(name, "contact_officer", span(text, post.start() if post else name.start, verb.end()),
                        role=" ".join(role.text.split()) if role else None, role_span=role, organisation=organisation)
        found += 1
    return found + officers_sent_to(ctx, begin, end)


# 'Please send the documents ... to our operations officer, Jo Bloggs (jo.bloggs@example.org), by 9 May': the officer
# a letter asks the reader to send things to, named with an e-mail address, is its contact.
SEND_TO_RE = re.compile(r"\b(?:send|return|submit|e-?mail|forward)\b[^.;]{0,200}?\bto\s+(?P<our>our|the)\s+"
                        r"(?P<post>[a-z][\w'’ -]{2,60}?),\s+", re.IGNORECASE)


def officers_sent_to(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """The officer things are to be sent to, with the e-mail address in brackets after the name."""
    text = ctx.text
    found = 0
    for match in SEND_TO_RE.finditer(text, begin, len(text) if end is None else end):
        name = name_at(text, match.end(), min(len(text), match.end() + 80), strict=False)
        if name is None or name.surname_only or not EMAIL_BRACKETED_RE.match(text, name.end) or \
                not names_post(match.group("post")):
            continue
        role = span(text, match.start("post"), match.end("post"))
        organisation = _inspectorate_near(ctx, match.start()) if match.group("our").lower() == "our" else None
        ctx.person_role(name, "contact_officer", span(text, match.start("our"), name.end), role=role.text,
                        role_span=role, organisation=organisation)
        _contact_details(ctx, name, span(text, name.end, min(len(text), name.end + 120)))
        found += 1
    return found


EMAIL_BRACKETED_RE = re.compile(r"[^\S\n]*\([^\S\n]*[\w.+-]+@[\w.-]+[^\S\n]*\)")


# The capitalised word one blank after a name.
WORD_AFTER_RE = re.compile(r" (?P<word>[A-Z][\w'’-]*+)")


def _opens_a_post(text: str, name: NameMatch) -> bool:
    """Whether words the lexicon does not know as a name are a post's first words, its post's word one blank after
    them ('Media Relations Manager'): no one's name."""
    after = WORD_AFTER_RE.match(text, name.end)
    return after is not None and is_post_word(after.group("word"))


def _contact_name(text: str, start: int, end: int) -> NameMatch | None:
    """The contact's name: right after the introduction, or a name the lexicon knows a few words on."""
    line_end = end_of_line(text, start, end)
    labelled = NAME_LABEL_RE.match(text, start, line_end)  # a form under the heading: 'Contact officer' / 'Name:  Jo Lee'
    start = labelled.end() if labelled else start
    loose = find_names(text, start, line_end, strict=False)
    # (not another label: 'Contact Details:' after 'Contact:' is no person named 'Contact Details')
    if loose and not text[start:loose[0].start].strip(" \t:-–") and not CONTACT_RE.match(text, loose[0].start) \
            and not _opens_a_post(text, loose[0]):
        return loose[0]
    known = find_names(text, start, end)
    if known and known[0].start - start <= CONTACT_GAP and not re.search(r"[.;]\s", text[start:known[0].start]) \
            and not goes_on_a_name_before(text, known[0]):  # 'Contact: Press Office, 1st Floor Manchester Road'
        return known[0]
    # 'contact me or our inspection support officer, Jo Hart, on ...': a post, then the name the lexicon lacks
    post = CONTACT_POST_RE.match(text, start, end)
    if post is None or not names_post(post.group("post")):
        return None
    after = find_names(text, post.end(), end, strict=False)
    return after[0] if after and after[0].start == post.end() else None


def _stacked_value(text: str, name: NameMatch, line_end: int, value_end: int) -> tuple[Span, Span | None] | None:
    """A form's value stacked a line an item under a name alone on the label's line ('Report author:  Jo Bloggs' /
    'Head of Youth Justice' / 'Westmere Youth Justice Service' / '1 High Street ...' / 'Tel: ...'): the post on the
    first line under it, and the body on the next where it names one (the address and the details after are neither).
    None where the name has words after it or the value no line under it."""
    if value_end <= line_end or trim(text, name.end, line_end).text:
        return None
    under = [trim(text, line.start, line.end) for line in lines(text, line_end + 1, value_end)]
    if not under or not names_post(under[0].text) or DETAILS_RE.match(under[0].text):
        return None
    body = under[1] if len(under) > 1 and not names_post(under[1].text) and names_post_or_body(under[1].text) \
        and not DETAILS_RE.match(under[1].text) else None
    return under[0], body


def _label_post(text: str, label: re.Match[str]) -> Span | None:
    """The post a contact's label is ('Press Officer: Jo Bloggs'), where nothing beside the name gives one."""
    return span(text, label.start("label_post"), label.end("label_post")) if label.group("label_post") else None


def _post_before(text: str, start: int, name: NameMatch) -> Span | None:
    """'contact me, or our operations officer for Wales, Jo Hart, on ...': the post written between the words that
    introduce the contact and the name."""
    post = CONTACT_POST_RE.match(text, start, name.start)
    return span(text, post.start("post"), post.end("post")) if post and post.end() == name.start else None


POST_RUN_ON = 40  # characters of a post that the margin carried to the next line


def _post_after(text: str, name: NameMatch, line_end: int) -> Span | None:
    """The post or service written after a contact's name, up to the telephone number or e-mail."""
    details = details_start(text, name.end, line_end)
    # 'Performance Manager, Youth Justice' / 'Service, on 01632 ...': the post runs on a line (one that ends, not
    # one cut at the contact's reach)
    if details is None and text.startswith("\n", line_end):
        following = details_start(text, line_end + 1, min(len(text), line_end + 1 + POST_RUN_ON))
        if following is not None and "\n" not in text[line_end + 1:following] and text[line_end + 1:following].strip() \
                and not FORM_FIELD_RE.match(text, line_end + 1):
            details = following
    # 'Jo Bloggs - Head of Service - 01632 960000': the post between dashes
    after = trim(text, name.end, details if details is not None else line_end, EDGE_CHARS + "-–")
    # (a post may open with a body's capitals: 'Jo Bloggs, YOS Operations Manager, tel ...')
    if after and re.match(r"[,(\-–]?\s*[A-Z][A-Za-z]", text[name.end:line_end].strip()) and names_post_or_body(after.text[:60]):
        return after
    return None


# The gap before a column of contact details beside a name or a post ('Jo Bloggs        Tel:  01632 ...'), taken from
# its first blank (from each, a long run of blanks is quadratic).
DETAILS_COLUMN_RE = re.compile(r"(?<![^\S\n])(?:\t|[^\S\n]{3,}+)[^\S\n]*+(?=(?:tel|telephone|phone|mobile|e-?mail)\b)",
                               re.IGNORECASE)


def _post_below(text: str, name: NameMatch, line_end: int, reach: int) -> Span | None:
    """The post alone on the line under a contact's name, which stands alone on its own ('Contact officer:' / 'Jo
    Bloggs' / 'Assistant Director, Early Help'), or beside a column of the contact's details ('REPORT AUTHOR
    CONTACT DETAILS' / 'Jo Bloggs     Tel: ...' / 'Head of Service     Email: ...')."""
    if trim(text, name.end, line_end) and not DETAILS_COLUMN_RE.match(text, name.end, line_end) or line_end >= reach:
        return None
    below_end = end_of_line(text, line_end + 1, reach)
    beside = DETAILS_COLUMN_RE.search(text, line_end + 1, below_end)
    below = trim(text, line_end + 1, beside.start() if beside else below_end)
    labelled = POST_LABEL_RE.match(below.text) if below else None  # a form's label before it: 'Post:  Head of Service'
    below = trim(text, below.start + labelled.end(), below.end) if below and labelled else below
    if below and not DETAILS_RE.match(below.text) and len(below.text.split()) <= POST_LINE_WORDS and \
            names_post(below.text) and not find_names(text, below.start, below.end):
        return below
    return None


def _contact_details(ctx: Context, name: NameMatch, where: Span) -> None:
    email = EMAIL_RE.search(where.text)
    phone = PHONE_RE.search(where.text)
    if email:
        at = where.start + email.start()
        address = email.group(0).rstrip(".")
        ctx.contact(name.name, span(ctx.text, at, at + len(address)), email=address)
    if phone:
        at = where.start + phone.start()
        ctx.contact(name.name, span(ctx.text, at, where.start + phone.end()), phone=phone.group(0))


# --- officers who comment on a report -------------------------------------------------------------

# A council report's financial and legal implications, with the officer who wrote them: '(comments of Jo Bloggs, Finance
# Business Partner)', 'Comments from Jo Bloggs, Senior Lawyer:'.
# ... or labelled by their field in brackets after the implications: '(Finance officer: Jo Bloggs, Finance Business Partner)'
# (the officer in brackets after their department, which comments: 'Legal Services (Jo Bloggs, Senior Solicitor) has no
# comments', 'Finance (Jo Bloggs, Business Partner) confirms ...')
COMMENTS_OF_RE = re.compile(r"\b[Cc]omments?\s+(?:of|from|by)\s+(?=[A-Z])|\((?:[Ff]inanc(?:e|ial)|[Ll]egal|HR|[Hh]uman\s+[Rr]esources|"
                            r"[Pp]rocurement|[Ee]qualit(?:y|ies))\s+(?:officer|comments?)[^\S\n]*:[^\S\n]*(?=[A-Z])|"
                            r"\b(?:Finance|Financial|Legal|HR|Human\s+Resources|Procurement)(?:\s+(?:Services|Team))?\s+\((?=[A-Z])")
# (the post ends at the date the comments were given: 'Jo Lee, Finance Business Partner, 4 Sept 2017.')
COMMENTER_POST_RE = re.compile(r"\s*,\s*(?P<post>[A-Z][^()\[\];:.]{2,80}?)\s*(?=[);:.]|,\s*+(?:dated\s++)?\d)")


def commenting_officers(ctx: Context, area: str | None, organisation: str | None) -> int:
    """The officers a council report names as commenting on its implications, each with the post after the name:
    `staff` of the council (`organisation`) unless the post names another body."""
    text = ctx.text
    found = 0
    for match in COMMENTS_OF_RE.finditer(text):
        name = name_at(text, match.end(), min(len(text), match.end() + 80), strict=False)
        post = COMMENTER_POST_RE.match(text, name.end, min(len(text), name.end + 120)) if name else None
        if name is None or name.surname_only or post is None or not _post_like(post.group("post")):
            continue
        role = span(text, post.start("post"), post.end("post"))
        written = " ".join(role.text.split())
        ctx.person_role(name, "staff", span(text, name.start, role.end), role=written, role_span=role,
                        organisation=organisation_named(written, gazetteer=ctx.gazetteer, area=area) or organisation)
        found += 1
    return found + _implications_labelled(ctx, area, organisation)


# A label over the implications, its value the officer and their post to the line's end, wrapped onto the next line
# after a word that leads on: 'Implications completed by: Jo Bloggs, Senior Lawyer, Litigation and' / '  Social Care'.
IMPLICATIONS_BY_RE = re.compile(r"\b[Ii]mplications[^\S\n]++(?:completed|provided|prepared|written|supplied|agreed)[^\S\n]++by"
                                r"[^\S\n]*+:?[^\S\n]*+(?=[A-Z])")
VALUE_REACH = 200  # characters: a form's value and the lines it wraps onto


def _implications_labelled(ctx: Context, area: str | None, organisation: str | None) -> int:
    """The officers labelled as having written a report's implications, `staff` as `commenting_officers` has them."""
    text = ctx.text
    found = 0
    for match in IMPLICATIONS_BY_RE.finditer(text):
        line_end = end_of_line(text, match.end())
        name = name_at(text, match.end(), line_end, strict=False)
        if name is None or name.surname_only or text[name.end:name.end + 1] != ",":
            continue
        column = match.end() - text.rfind("\n", 0, match.end()) - 1
        role = trim(text, name.end + 1, _wrapped_value_end(text, column, line_end, min(len(text), line_end + VALUE_REACH)))
        written = " ".join(role.text.split())
        if not _post_like(re.sub(r"\s*\([^()]*\)$", "", written.split(",")[0])):  # 'Finance Business Partner (Children's)'
            continue
        ctx.person_role(name, "staff", span(text, name.start, role.end), role=written, role_span=role,
                        organisation=organisation_named(written, gazetteer=ctx.gazetteer, area=area) or organisation)
        found += 1
    return found


POST_TITLE_WORDS = 6  # 'Finance Business Partner', 'Senior Lawyer': a post in title case after the name, a few words


def _post_like(phrase: str) -> bool:
    """A post the vocabulary knows, or a few words in title case where the layout puts one ('Senior Lawyer')."""
    words = phrase.split()
    return names_post(phrase) or 0 < len(words) <= POST_TITLE_WORDS and all(
        word[:1].isupper() or word in ("and", "of", "for", "&") for word in words)


# --- authors named by a label --------------------------------------------------------------------

# 'Author/contact:' heads a paper's form too: the author, who also answers for it (`contact_officers`)
# The label may name what was written: 'Plan prepared by:', 'Strategy written by:' ('Report author:' names the officer
# who answers for a council's report, its contact officer: `contact_officers`).
AUTHOR_LABEL_RE = re.compile(r"^[^\w\n]*(?:report\s+(?:of|by|from)|(?:(?:plan|strategy|document)[^\S\n]+)?"
                             r"(?:author(?:\s*/\s*contact(?:\s+officer)?|\s+of\s+(?:the\s+)?(?:plan|strategy))?|"
                             r"written\s+by|prepared\s+by))"
                             r"(?:\s*:\s*|(?:[ ]{3,}|\t)[^\S\n]*(?=\S))|"  # its colon, or the padding of a form's column
                             # or one blank before a titled name, a report's heading: 'Report of Councillor Jo Bloggs, ...'
                             r"^[^\w\n]*(?P<titled>report[^\S\n]+(?:of|by|from)[^\S\n](?=[A-Z]))",
                             re.IGNORECASE | re.MULTILINE)


REPORT_ENDS_LINE_RE = re.compile(r"\breport[^\S\n]*+\n[^\S\n]*+$", re.IGNORECASE)  # the line above ends in 'Report'
REPORT_REACH = 80  # characters: the line's indent and the word before it


# A council report's form header naming the portfolio and its holder: 'Cabinet Portfolio: Children's Services –
# Councillor Jo Bloggs', 'Portfolio Holder: Councillor Jo Bloggs', 'Cabinet Member: Councillor Jo Bloggs, Children',
# 'Portfolio Member:   Cllr J. Bloggs, Social Services'; the council's leader too, whose post the label is ('Leader of the
# Council:  Cllr Jo Bloggs (for information)', 'Deputy Leader:  Councillor Ann Lee').
PORTFOLIO_LABEL_RE = re.compile(r"^[^\w\n]*(?:(?:cabinet\s+)?portfolio(?:\s+holder|\s+member)?|(?:cabinet|executive|lead)\s+member|"
                                r"(?P<leader>(?:deputy\s+)?leader(?:\s+of\s+the\s+council)?))"
                                r"(?:\s*:[^\S\n]*|(?:[ ]{3,}|\t)[^\S\n]*(?=\S))", re.IGNORECASE | re.MULTILINE)


# Another label further along a form's row, after a column's gap: 'Forward Plan ref:', 'Wards affected:'. (The gap
# is taken whole from its first blank, after a word: a run of blanks is crossed once.)
NEXT_FORM_LABEL_RE = re.compile(r"(?<=\S)(?:[^\S\n]{2}|\t)[^\S\n]*+(?=[^\W\d_][^\n:\t]{0,40}:)")


LEFT_VALUE_RE = re.compile(r"[^\W\d_]{2}")  # a word of the left-hand column's label or value


def form_left_column(text: str) -> str:
    """A form header's rows read without the labels further along them and their values ('Report Author: Jo Lee,
    Performance and<TAB>Contact Details:' / 'Quality Manager<TAB>Tel: ...'), blanked to each row's end (the same
    offsets): a left-hand value wrapped onto the next row's first cell reads on into it."""
    chars = list(text)
    for label in NEXT_FORM_LABEL_RE.finditer(text, 0, min(len(text), FORM_HEADER_REACH)):
        row_start, row_end = start_of_line(text, label.start()), end_of_line(text, label.start())
        if LEFT_VALUE_RE.search(text, row_start, label.start()):  # ('•  Media contact: Jo Lee': a bullet, no value)
            chars[label.start():row_end] = " " * (row_end - label.start())
    return "".join(chars)


def labelled_portfolio_holders(ctx: Context, area: str | None = None, begin: int = 0, end: int | None = None) -> int:
    """The cabinet member a report's 'Cabinet Portfolio:' line names, with the portfolio as their post: in the form's
    left-hand column or its right-hand one, the name on the label's line or the lines its value wraps onto."""
    boxed = box_blanked(ctx.text)  # a form drawn as a box reads as one padded into columns
    right = form_right_column(boxed)
    return sum(_portfolio_holders_labelled(ctx, text, area, begin, len(text) if end is None else end)
               for text in ([boxed, right] if right else [boxed]))


def _portfolio_holders_labelled(ctx: Context, text: str, area: str | None, begin: int, end: int) -> int:
    """The cabinet members `labelled_portfolio_holders` reads in one reading of the text (the same offsets)."""
    found = 0
    for label in PORTFOLIO_LABEL_RE.finditer(text, begin, end):
        line_end = end_of_line(text, label.end(), end)
        wrapped_end = _wrapped_value_end(text, label.end() - text.rfind("\n", 0, label.end()) - 1, line_end, end)
        # 'Children and Families' / '(Cllr Jo Bloggs)': the name on a line the value wraps onto, where none is on its own
        names = [n for n in find_names(text, label.end(), line_end, strict=False) if n.title == "Councillor"] or \
            [n for n in find_names(text, label.end(), wrapped_end, strict=False) if n.title == "Councillor"]
        if not names:
            continue
        portfolio = " ".join(re.sub(r"\s*\b(?:County|Borough|City|District|Town)\s*$", "",  # 'County Councillor Jo Bloggs'
                                    text[label.end():names[0].start]).split()).strip(" \t–—-,(")
        line_end = wrapped_end
        # 'Councillor Jo Bloggs, Children and Families', the portfolio perhaps wrapped in its column
        # (up to another label of the form's row: 'Cllr Jo Bloggs      Forward Plan ref:  FP/2019/114')
        next_label = NEXT_FORM_LABEL_RE.search(text, names[0].end, line_end)
        after = " ".join(text[names[0].end:next_label.start() if next_label else line_end].split()).strip(" \t–—-,()")
        labelled = text[label.start():label.end()].strip(" \t:")
        held = labelled if re.search(r"member", labelled, re.IGNORECASE) else "Portfolio Holder"
        post = " ".join(label.group("leader").split()) if label.group("leader") else \
            f"{labelled}: {portfolio}" if portfolio else f"{held}, {after}" if after and not \
            find_names(text, names[0].end, line_end) else held
        ctx.person_role(names[0], "cabinet_member", span(text, label.start(), line_end), role=post,
                        organisation=organisation_for_role("Cabinet Member", area))
        found += 1
    return found


# A decision's or report's consultees, one 'Name, Post' a line in the label's column: 'Consulted:    Jo Bloggs, Leader
# of the Council' / '              Ann Lee, Director of Finance'.
# ('Consultation:  Councillor Jo Bloggs (Leader of the Council); Councillor Ann Lee (Chair, X Scrutiny Committee); the
# Board.': a paragraph of entries parted by semicolons, wrapped where the page's width falls)
CONSULTED_LABEL_RE = re.compile(r"^[^\S\n]*(?:consulted|consultees|consultation(?:\s+with)?)[^\S\n]*:[^\S\n]*(?=\S)",
                                re.IGNORECASE | re.MULTILINE)
CONSULTEE_POSTS = frozenset({"cabinet_member", "board_chair", "panel_chair"})
MAX_CONSULTEES = 12
# A report's numbered section on its consultation, the heading alone on its line, in one language or two ('6.
# YMGYNGHORI / CONSULTATION', '7  Consultees'), over its consultees one a line ('Cllr Jo Bloggs, Leader of the Council').
CONSULTED_HEADING_RE = re.compile(r"^[^\S\n]*(?:\d{1,2}\.?[^\S\n]++)?(?:[^\W\d_]++[^\S\n]*+/[^\S\n]*+)?"
                                  r"(?:consulted|consultees|consultation)[^\S\n]*+\n", re.IGNORECASE | re.MULTILINE)


def consultees(ctx: Context, area: str | None = None, begin: int = 0, end: int | None = None) -> int:
    """The key posts (a cabinet member, a board's chair) the consultees of a decision or report hold, written 'Name,
    Post' one a line under a 'Consulted:' label, in its value's column."""
    text = ctx.text
    end = len(text) if end is None else end
    found = 0
    for label in CONSULTED_LABEL_RE.finditer(text, begin, end):
        entries = semicolon_entries(text, label.end())
        if entries:  # one paragraph of entries parted by semicolons: each 'Name (Post)' or 'Name, Post'
            found += sum(_consultee(ctx, entry, area) for entry in entries if entry.end <= end)
            continue
        column = label.end() - (text.rfind("\n", 0, label.end()) + 1)
        row = span(text, label.end(), end_of_line(text, label.end(), end))
        for _ in range(MAX_CONSULTEES):
            name, role = name_role(ctx, row, strict=False)
            if name is not None and role is not None and name.start == row.start and role.start > name.end:
                post = " ".join(role.text.split())
                relation = post_relation(post)
                if relation in CONSULTEE_POSTS:
                    ctx.person_role(name, relation, row, role=post, role_span=role,
                                    organisation=organisation_for_role(post, area))
                    found += 1
            below = re.compile(rf" {{{column}}}(?=\S)[^\n]*").match(text, row.end + 1, end) if row.end < end else None
            if below is None:
                break
            row = trim(text, below.start() + column, below.end())
    for heading in CONSULTED_HEADING_RE.finditer(text, begin, end):
        found += _consultees_a_line(ctx, heading.end(), end, area)
    return found


def _consultees_a_line(ctx: Context, start: int, end: int, area: str | None) -> int:
    """The consultees under a consultation heading, one 'Name, Post' a line to the paragraph's end (a paragraph of prose
    under it, '6.1 The plan was agreed by ...', opens with no name and is no list)."""
    text = ctx.text
    found = 0
    first = re.compile(r"(?:[^\S\n]*\n)?[^\S\n]*(?=\S)").match(text, start, end)
    pos = first.end() if first else start
    for _ in range(MAX_CONSULTEES):
        line_end = end_of_line(text, pos, end)
        line = trim(text, pos, line_end)
        if pos >= end or not line.text:
            break
        found += _consultee(ctx, line, area)
        pos = line_end + 1
    return found


def _consultee(ctx: Context, entry: Span, area: str | None) -> bool:
    """The key post one consultee of a paragraph holds ('Councillor Jo Bloggs (Leader of the Council)', 'Ann Lee, Chair
    of the Scrutiny Committee'): a cabinet member, a board's chair or a scrutiny committee's chair."""
    name, role = name_role(ctx, entry, strict=False)
    if name is None or role is None or name.start != entry.start or role.start < name.end or name.surname_only:
        return False
    bracketed = re.fullmatch(r"\s*\(([^()]+)\)\s*", role.text)
    if bracketed:
        role = trim(ctx.text, role.start + bracketed.start(1), role.start + bracketed.end(1))
    post = " ".join(role.text.split())
    relation = _copied_relation(post)
    if relation not in CONSULTEE_POSTS:
        return False
    ctx.person_role(name, relation, entry, role=post, role_span=role, organisation=organisation_for_role(post, area))
    return True


# A report's form field naming the chair of the panel or committee it goes to: 'Chair of the Panel:   Councillor X'.
PANEL_CHAIR_LABEL_RE = re.compile(r"^[^\w\n]*(?:chair(?:man|person|woman)?\s+of\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,5}?"
                                  r"(?:panel|committee|sub-committee))\s*:[^\S\n]*", re.IGNORECASE | re.MULTILINE)


# The panel named with its chair in brackets: 'the Children's Services Scrutiny Panel (Chair: Councillor Jo Bloggs)'.
# (a word's first capital only: from each capital inside a long word, 'HM&HM&HM&...', it would be quadratic)
PANEL_THEN_CHAIR_RE = re.compile(r"(?<![\w'’&-])(?P<panel>(?:[A-Z][\w'’&-]*+\s+){1,6}?(?:Panel|Committee|Sub-Committee))\s*+\(\s*+"
                                 r"Chair(?:man|person|woman)?\s*+:\s*+(?=Councillor|Cllr)")


def labelled_panel_chairs(ctx: Context, area: str | None = None, begin: int = 0, end: int | None = None) -> int:
    """The councillor a report's 'Chair of the Panel:' field names chairs that panel (the report goes to it); so does
    one named in brackets after the panel ('the Scrutiny Panel (Chair: Councillor X)')."""
    text = ctx.text
    end = len(text) if end is None else end
    found = 0
    for written in PANEL_THEN_CHAIR_RE.finditer(text, begin, end):
        names = find_names(text, written.end(), min(end, written.end() + 80), strict=False)
        if not names or names[0].start != written.end() or names[0].surname_only or \
                not re.match(r"\s*\)", text[names[0].end:names[0].end + 5]):
            continue
        panel = re.sub(r"^(?:The|the)\s+", "", " ".join(written.group("panel").split()))
        ctx.person_role(names[0], "panel_chair", span(text, written.start("panel"), names[0].end), role=f"Chair, {panel}",
                        organisation=organisation_for_role("Councillor", area))
        found += 1
    for label in PANEL_CHAIR_LABEL_RE.finditer(text, begin, end):
        names = find_names(text, label.end(), end_of_line(text, label.end(), end), strict=False)
        if not names or names[0].title != "Councillor" or trim(text, label.end(), names[0].start):
            continue
        role = trim(text, label.start(), label.end(), " \t:")
        ctx.person_role(names[0], "panel_chair", span(text, label.start(), names[0].end), role=role.text,
                        role_span=role, organisation=organisation_for_role("Councillor", area))
        found += 1
    return found


def labelled_authors(ctx: Context, area: str | None = None, begin: int = 0, end: int | None = None) -> int:
    """'Report of: Jo Bloggs, Director of Children's Services', 'Author: Jo Bloggs': the author, with the post written
    after the name (a label followed by a post alone names no one)."""
    text = box_blanked(ctx.text)  # a form drawn as a box reads as one padded into columns
    end = len(text) if end is None else end
    found = 0
    for label in AUTHOR_LABEL_RE.finditer(text, begin, end):
        if REPORT_ENDS_LINE_RE.search(text, max(begin, label.start() - REPORT_REACH), label.start()):
            continue  # '(Report' / '  author: Jo Bloggs': the report's author wrapped, its contact officer
        line_end = end_of_line(text, label.end(), end)
        names = find_names(text, label.end(), line_end, strict=False)
        if not names or names[0].start != label.end() or names[0].surname_only or label.group("titled") \
                and not names[0].title:
            continue
        name = names[0]
        line_end = _wrapped_value_end(text, label.end() - text.rfind("\n", 0, label.end()) - 1, line_end, end)
        role = _post_after(text, name, line_end)
        post = " ".join(role.text.split()).strip(" ,") if role else None
        ctx.person_role(name, "author", span(text, label.start(), line_end), role=post, role_span=role,
                        organisation=organisation_for_role(post, area or ctx.home_area))
        found += 1
    return found


# 'Plan prepared by Jo Bloggs (Head of Youth Justice Service) with Ann Lee, Performance Lead, Westmere YJS.': a plan's
# or strategy's authors in a sentence, without a label's colon.
AUTHORED_BY_RE = re.compile(r"\b(?:plan|strategy|document)\s++(?:(?:was|has\s++been)\s++)?(?:prepared|written|compiled|"
                            r"drafted)\s++by\s++", re.IGNORECASE)
CO_AUTHOR_RE = re.compile(r"[,)]?\s*+(?:with|and)\s++")


def authors_in_sentence(ctx: Context, area: str | None = None) -> int:
    """The authors a plan's sentence names ('Plan prepared by X (Post) with Y, Post, Body'): each `author`, with
    the post in brackets or after a comma beside their name."""
    text = ctx.text
    found = 0
    for lead in AUTHORED_BY_RE.finditer(text):
        stop = sentence_end(text, lead.end())
        at = lead.end()
        for name in find_names(text, lead.end(), stop, strict=False):
            if name.start != at or name.surname_only:
                break
            role = apposition_after(text, name, stop)
            post = " ".join(role.text.split()) if role else None
            post, body = post_and_body(post, area) if post else (None, None)
            after = role.end if role else name.end
            # the body after the post's comma ('..., Performance Lead, Westmere YJS.')
            cell = re.match(r"[^\S\n]*,\s*([^,.;()]{2,80}?)\s*(?=[.;]|$)", text[after:stop + 1]) if role else None
            named = organisation_named(cell.group(1), gazetteer=ctx.gazetteer, area=area) if cell else None
            body = body or named
            after = after + cell.end() if named and cell else after
            ctx.person_role(name, "author", span(text, lead.start(), after), role=post,
                            role_span=role if role and post == " ".join(role.text.split()) else None,
                            organisation=body and ctx.gazetteer.organisation(body, area).name or organisation_for_role(post, area))
            found += 1
            joined = CO_AUTHOR_RE.match(text, after, stop)
            if joined is None:
                break
            at = joined.end()
    return found


# 'Report of the Community Safety and Partnerships Manager': a report's author by post alone, on a line of its own
# (in capitals too: 'REPORT OF THE CABINET MEMBER FOR CHILDREN AND YOUNG PEOPLE').
REPORT_OF_POST_RE = re.compile(r"^[^\S\n]*(?:Report|REPORT)\s+(?:of|OF)\s+(?:the|THE)\s+(?P<post>[A-Z][^\n:]{3,80}?)[^\S\n]*$",
                               re.MULTILINE)


def authors_by_post(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """'Report of the Community Safety and Partnerships Manager', the report naming its contact officer in that post:
    the holder of the post wrote it (the one person the document names in it so far)."""
    text = ctx.text
    found = 0
    for label in REPORT_OF_POST_RE.finditer(text, begin, len(text) if end is None else end):
        if _author_in_brackets(ctx, label):
            found += 1
            continue
        post = fold(label.group("post"))
        holders = {role.name: role for role in ctx.roles if role.role and fold(role.role) == post}
        key_post = post_relation(label.group("post"))
        if not holders and key_post in KEY_POST_RELATIONS:  # the Cabinet Member the paper names, its portfolio written
            holders = {role.name: role for role in ctx.roles if role.relation == key_post}  # its own way
        if len(holders) != 1:
            continue
        holder = next(iter(holders.values()))
        ctx.person_role(holder.name, "author", holder.evidence, role=holder.role, role_span=holder.role_span,
                        organisation=holder.organisation, title=holder.title)
        found += 1
    for told in REPORT_OF_HOLDER_RE.finditer(text, begin, len(text) if end is None else end):
        found += _author_in_brackets(ctx, told)
    return found


# Minutes telling whose report a meeting took, the post's holder in brackets: 'The Panel considered a report of the
# Director of Children's Services (Priya Lamberton) on ...', 'received a report from the Head of Service (Jo Bloggs)'.
REPORT_OF_HOLDER_RE = re.compile(r"\b(?:considered|received|noted|discussed)\s++(?:a|the)\s++(?:joint\s++)?report\s++"
                                 r"(?:of|by|from)\s++the\s++(?P<post>[A-Z][^().;:\n]{2,60}+(?:\n[^\S\n]*+[^().;:\n]{0,60}+)?"
                                 r"\([^()\n]{3,40}\))")


def _author_in_brackets(ctx: Context, label: re.Match[str]) -> bool:
    """'Report of the Corporate Director - Children and Families (Jo Bloggs)': the post, and its holder in brackets."""
    bracket = re.search(r"\(([^()\n]{3,40})\)$", label.group("post"))  # (the post may wrap before it)
    if bracket is None:
        return False
    at = label.start("post") + bracket.start(1)
    names = find_names(ctx.text, at, at + len(bracket.group(1)), strict=False)
    if len(names) != 1 or names[0].surname_only or names[0].start != at or names[0].end != at + len(bracket.group(1)):
        return False
    role = trim(ctx.text, label.start("post"), label.start("post") + bracket.start(), EDGE_CHARS + "(")
    ctx.person_role(names[0], "author", span(ctx.text, label.start(), label.end()), role=" ".join(role.text.split()),
                    role_span=role, organisation=organisation_for_role(role.text, ctx.home_area))
    return True


# A form's value wrapped onto the next line: after a word or comma that links on, or indented to the value's column.
# The next field of a form in two columns, its label at the margin or just inside a box's bar ('Wards affected      All'):
# no post running on.
FORM_FIELD_RE = re.compile(r"[^\S\n]{0,3}[A-Z][\w'’ -]{1,30}?(?:[ ]{3,}|\t)\S")
# (a possessive too, whose noun is on the next line: 'Cabinet Member for Children's' / 'Services')
LINKS_ON_RE = re.compile(r"(?:,|\b(?:and|of|for|the|to|in)|&|[–—/-]|\w['’]s)[^\S\n]*$", re.IGNORECASE)
FORM_LABEL_RE = re.compile(r"[^\S\n]*[A-Z][\w ]{0,30}:")


def _wrapped_value_end(text: str, column: int, line_end: int, end: int) -> int:
    """The end of a form's value that starts at `column` of a line ending at `line_end`: the lines it wraps onto."""
    while line_end < end:
        next_end = end_of_line(text, line_end + 1, end)
        below = text[line_end + 1:next_end]
        indent = len(below) - len(below.lstrip(" "))
        if not below.strip() or FORM_LABEL_RE.match(below) or not (
                LINKS_ON_RE.search(text[:line_end][-40:]) or column > 2 and indent == column):
            return line_end
        line_end = next_end
    return line_end
