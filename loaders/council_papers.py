"""Council committee and scrutiny panel papers: notices of meeting, agendas and minutes.

A notice of meeting names the committee, the date, a contact officer ("Telephone enquiries
to X", "Contact Officer: X"), the membership (chair, vice-chair, members, standing deputies or
substitutes) and the agenda. Minutes list those present (councillors, "also present",
officers "in attendance"), apologies (as a list, an agenda item or a sentence), declarations
of interest, and officers who spoke to a report ("X, Head of Service, introduced the
report"). Papers often carry the report they discuss (an inspection report) after the
minutes: only the council part is read here; the report's own family reads the rest.
"""

from __future__ import annotations

import re

from kg.dates import MONTH_WORD
from kg.gazetteer import fold
from kg.loaders import attendance, generic, inspection_people, people_lists, registry, speakers
from kg.loaders.context import Context
from kg.loaders.text import find_line, lines, span
from kg.vocabulary import WELSH_HEADINGS, welsh_pattern

FAMILY = "council_papers"
PRECEDENCE = 50
EXCLUDES: tuple[str, ...] = ()
# The parts set under their own heading that its loader reads itself (`registry.PART_KINDS`): its copy list and its minutes' lists are its own.
PARTS: tuple[str, ...] = ("copy_list", "minutes")

MEETING_RE = re.compile(r"\bminutes\s+of\s+(?:a\b|the\b|meeting\b)|\bnotice\s+of\s+(?:a\s+)?meeting\b|"
                        r"^[^\S\n]*agenda[^\S\n]*$|\bmeeting\s+of\s+the\s+[\w&,' ]{0,80}(?:committee|panel|council|cabinet)\b|"
                        # a title line naming the body and the minutes: 'Children's Scrutiny Committee – Minutes – 3 May'
                        r"^[^\S\n]*[\w&,' ]{0,80}\b(?:committee|panel|cabinet)[^\S\n]*[–—:-][^\S\n]*minutes\b|"
                        # 'Minutes: 9 April 2024', 'Minutes – Tuesday 9 April 2024' as a line of its own under the body's name
                        r"^[^\S\n]*minutes[^\S\n]*[:–—-][^\S\n]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[^\S\n]+)?\d|"
                        # 'MINUTES' a line of its own, in capitals, under the body's name and the date
                        r"^[^\S\n]*(?-i:MINUTES)[^\S\n]*$|"
                        # a record of who attended, a heading of its own: only a meeting's record keeps one (a board's 'Attendance Register' is
                        # its own family's)
                        r"^[^\S\n]*(?:record|register)[^\S\n]+of[^\S\n]+attendance\b|"
                        # a notice of the decisions a meeting took, its members listed: 'DECISION NOTICE - CABINET' over
                        # 'Decisions taken at the meeting held on ...'
                        r"^[^\S\n]*decisions[^\S\n]+taken[^\S\n]+at[^\S\n]+the[^\S\n]+meeting\b",
                        re.IGNORECASE | re.MULTILINE)
BODY_RE = re.compile(r"\b(?:scrutiny|committee|panel|cabinet|council)\b", re.IGNORECASE)
# The heading may come in two languages, the other's first ('YN BRESENNOL / PRESENT:', 'Y Cynghorwyr / Councillors:',
# '1.  YMDDIHEURIADAU / APOLOGIES'; numbered, only so or as 'Apologies'), each word crossed once: a long word stays
# linear.
ATTENDANCE_RE = re.compile(r"^[^\w\n]*(?:\d{1,3}\.?[^\S\n]++(?=(?:[^\W\d_]++[^\S\n]++){0,2}?[^\W\d_]++[^\S\n]*+[/|]|apologies\b))?"
                           r"(?:(?:[^\W\d_]++[^\S\n]++){0,2}?[^\W\d_]++[^\S\n]*+[/|][^\S\n]*+)?"
                           # (or in Welsh alone: 'YMDDIHEURIADAU:', 'Yn bresennol')
                           rf"(?:(?:{welsh_pattern(WELSH_HEADINGS)})\b|"
                           r"present|apologies|membership|members|in attendance|also present|attendance|"
                           r"attendees|councillors present|(?:record|register) of attendance|"
                           # 'Chairman:<TAB>Councillor A' then 'Councillors:<TAB>B, C and D': the list by its labels
                           r"(?:vice[-\s]?)?chair(?:man|person|woman)?\s*:|councillors\s*:)",
                           re.IGNORECASE | re.MULTILINE)
EMBEDDED_REPORT_RE = re.compile(
    r"^\W*(?:An inspection led by|Full Joint (?:Re)?inspection of|(?:An )?inspection of youth offending|"
    r"Short Quality Screening of|Foreword\s*$)", re.IGNORECASE)
# The body that meets, as a notice or the minutes head it: "EDUCATION, CHILDREN & YOUNG PEOPLE SCRUTINY PANEL",
# "Minutes of the meeting of the Licensing Committee held on ...".
BODY_NOUN = r"(?:Panel|PANEL|Committee|COMMITTEE|Sub-Committee|SUB-COMMITTEE|Cabinet|CABINET|Forum|FORUM)"
BODY_HEADING_RE = re.compile(rf"^[^\S\n]*(?P<body>(?:[A-Z][\w,'’-]*[^\S\n]+|(?:and|AND|of|OF|for|FOR|&)[^\S\n]+){{0,10}}"
                             rf"{BODY_NOUN})[^\S\n]*$", re.MULTILINE)
BODY_IN_PROSE_RE = re.compile(r"\bmeeting\s+of\s+the\s+(?P<body>[A-Z][\w,&'’ -]{0,80}?\b(?:Panel|Committee|Sub-Committee|"
                              r"Cabinet|Forum))\b")
RECORD_OF_RE = re.compile(r"(?:minutes|notes|record)\s+of\s+(?:an?\s+|the\s+)?(?:(?:\w+\s+)?meeting\s+of\s+)?(?:the\s+)?",
                          re.IGNORECASE)
# (its words wrap over a line's end, never over a blank line: 'Public Document Pack' above 'Gorsemoor City Council' is
# the pack's furniture, no part of the name)
COUNCIL_NAME_RE = re.compile(r"\b((?:[A-Z][a-z]+(?:[^\S\n]++|[^\S\n]*+\n[^\S\n]*+)){1,4}"
                             r"(?:City|County|Borough|District|Metropolitan Borough)?\s*Council)\b")

# What the headings and markers of a council body's minutes and notices mean.
RELATIONS = attendance.AttendanceRelations(
    sections={
        **attendance.MEETING_SECTIONS,
        attendance.MEMBERSHIP: "panel_member",
        attendance.DEPUTIES: "standing_deputy",
        attendance.CHAIR: "panel_chair",
        attendance.VICE_CHAIR: "panel_vice_chair",
        attendance.DECLARATIONS: "declared_interest",
    },
    chair="panel_chair", vice_chair="panel_vice_chair", minutes="minute_taker", cabinet="cabinet_member",
    councillor_officer="present_at_meeting", officer_also_present="officer_attending",
    default_roles={attendance.MEMBERSHIP: "Member", attendance.DEPUTIES: "Standing Deputy", attendance.CHAIR: "Chair",
                   attendance.VICE_CHAIR: "Vice-Chair", attendance.MINUTES: "Minutes"},
    roleless=frozenset({attendance.DECLARATIONS}),
    body_for_councillors=True, body_by_default=True,
    headless=True, officers_in_prose="officer_attending", officer_verbs=attendance.OFFICER_VERB_RE,
)


# The meeting's own date line, a weekday and a date with or without a time, under the body's heading:
# 'Tuesday, 22 January 2013, 6.30 p.m.', 'Thursday 3rd March 2022', 'Monday, March 7, 2016 at 10am'.
MEETING_DATE_LINE_RE = re.compile(
    r"^[^\S\n]*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[^\S\n]++"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]++{MONTH_WORD}|{MONTH_WORD}[^\S\n]++\d{{1,2}}(?:st|nd|rd|th)?,?)[^\S\n]++\d{{4}}\b",
    re.IGNORECASE | re.MULTILINE)


def signs(text: str) -> bool:
    """A meeting, a council body and an attendance list near the top. The meeting is a record's ('Minutes of the
    meeting of ...', a notice, an agenda) or one that a body's heading over its own weekday-and-date line declares."""
    head = text[:8000]
    meeting = MEETING_RE.search(head) or (MEETING_DATE_LINE_RE.search(head) and BODY_HEADING_RE.search(head))
    return bool(meeting and BODY_RE.search(head) and (ATTENDANCE_RE.search(head) or
                                                      CABINET_PRESENT_RE.search(text, 0, CABINET_HEAD)))


# 'Cabinet members present: the Leader, Councillor A, presided, with ...' at the head of the cabinet's minutes (not a
# report's record of the decision at its foot, which names who took it)
CABINET_PRESENT_RE = re.compile(r"^[^\w\n]*+(?:cabinet|executive)[^\S\n]++members?[^\S\n]++(?:present|attending|"
                                r"in[^\S\n]++attendance)\b", re.IGNORECASE | re.MULTILINE)


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def load(ctx: Context) -> None:
    end = council_part_end(ctx)
    council = council_name(ctx)
    body = _body_named(ctx, end)
    cabinet = body is not None and body.group("body").split()[-1].lower() in ("cabinet", "executive") \
        or _cabinet_heading(ctx.text[:min(end, CABINET_HEAD)])
    attendance.record_attendance(ctx, RELATIONS, attendance.Meeting(_area(council), council, cabinet), 0, end)
    if end < len(ctx.text):  # minutes set after the report the papers enclose ('EXTRACT FROM THE MINUTES OF CABINET')
        read_minutes_extracts(ctx, after=end)
    meeting_body(ctx, _area(council), end)
    people_lists.contact_officers(ctx, 0, end, council)
    inspection_people.inspectorate_people_in_papers(ctx, 0, end)
    people_lists.labelled_authors(ctx, _area(council), 0, end)
    people_lists.labelled_portfolio_holders(ctx, _area(council), 0, end)
    people_lists.authors_by_post(ctx, 0, end)  # (after the portfolio's holder: 'REPORT OF THE CABINET MEMBER FOR ...')
    people_lists.labelled_panel_chairs(ctx, _area(council), 0, end)
    people_lists.consultees(ctx, _area(council), 0, end)
    people_lists.copy_list(ctx, _area(council))  # 'Copy to:' under the minutes, as under a letter
    speakers.key_posts(ctx, _area(council), attendees=True)
    attendance.quoted_by_initials(ctx, end, headless=RELATIONS.headless)


OTHER_BODY_RE = re.compile(r"\b(?:scrutiny|committee|sub-committee|panel|forum)\b", re.IGNORECASE)
EXTRACTS_READ = 4  # a paper sets a body's minutes after it once or a few times: thousands are no paper's


def read_minutes_extracts(ctx: Context, after: int = 0) -> int:
    """The minutes, or an extract of them, that a paper of another kind sets after its own text under their heading
    ('EXTRACT FROM THE MINUTES OF CABINET, 12 MARCH 2019' under a cabinet report): each read as the body's own minutes
    are, a board's as its minutes are (`board_minutes.RELATIONS`), a council body's as here, a cabinet's members with
    their portfolios. after: only the extracts from there on (those before it read already with the paper's text)."""
    from kg.loaders import board_minutes  # (board minutes read the council's signs: imported when read)

    found = 0
    council = council_name(ctx)
    area = _area(council) or ctx.home_area
    for extract in attendance.minutes_extracts(ctx.text)[:EXTRACTS_READ]:
        if extract.heading.start < after:
            continue
        if board_minutes.BOARD_RE.search(extract.body):
            meeting = attendance.Meeting(ctx.home_area, f"{ctx.home_area} YOS" if ctx.home_area else None)
            found += attendance.record_attendance(ctx, board_minutes.RELATIONS, meeting, extract.heading.start, extract.end)
            continue
        # the cabinet's own minutes, no committee's that names it ('... of the Scrutiny Committee held in the Cabinet
        # Room'): every councillor who sat at it is a member of it
        cabinet = re.search(r"\b(?:cabinet|executive)\b", extract.body, re.IGNORECASE) is not None \
            and OTHER_BODY_RE.search(extract.body) is None
        found += attendance.record_attendance(ctx, RELATIONS, attendance.Meeting(area, council, cabinet),
                                              extract.heading.start, extract.end)
    if found:  # those the minutes list, quoted where they speak ('Councillor Lee introduced the report. She said ...')
        speakers.quoted_people(ctx, area, posts_only=True, attendees=True)
    return found


def council_part_end(ctx: Context) -> int:
    """Where the papers' own text ends and an embedded report (an inspection report) begins."""
    all_lines = lines(ctx.text)
    index = find_line(all_lines, EMBEDDED_REPORT_RE)
    return all_lines[index].start if index > 0 else len(ctx.text)


# A letterhead in capitals: 'BRACKENMOOR BOROUGH COUNCIL'.
COUNCIL_CAPITALS_RE = re.compile(r"^[^\S\n]*((?:[A-Z]{3,}[^\S\n]+){1,4}(?:(?:CITY|COUNTY|BOROUGH|DISTRICT|METROPOLITAN BOROUGH)"
                                 r"[^\S\n]+)?COUNCIL)\b", re.MULTILINE)

# A council named as its borough, in any case: 'London Borough of Pinfold Heath', 'ROYAL BOROUGH OF KESTLE'.
BOROUGH_OF_RE = re.compile(r"\b((?i:london|royal|metropolitan)[^\S\n]+(?i:borough)[^\S\n]+(?i:of)"
                           r"(?:[^\S\n]+[A-Z][A-Za-z'’-]+){1,3})")


# The place its cabinet is named by at the head of the papers, the council's name left out: 'HEXHAM  ·  CABINET',
# 'Westmere Cabinet – 3 May 2022'. A cabinet is a council's, so the place names the council.
PLACE_OVER_CABINET_RE = re.compile(r"(?P<place>[A-Z][A-Za-z'’-]++(?:[^\S\n][A-Z][A-Za-z'’-]++){0,2}?)[^\S\n]*+"
                                   r"(?:[·•|:–—-][^\S\n]*+)?(?i:cabinet|executive)\b")
# the words of a record's title before its body, no place's: 'MINUTES - CABINET', 'Report to Cabinet', 'Special Cabinet'
RECORD_WORDS = frozenset({"the", "this", "full", "minutes", "notice", "agenda", "report", "draft", "extract", "special",
                          "meeting", "decisions", "decision", "record", "summons"})
LETTERHEAD_COLUMN_RE = re.compile(r"[^\S\n]{3,}+|\t++|[^\S\n]*+\|[^\S\n]*+")


def council_name(ctx: Context) -> str | None:
    """The council whose papers these are: its letterhead in capitals on the papers' first line (another council
    the papers name is a partner's), else named in the papers (in capitals at their head too), or the area's
    council."""
    letterhead = COUNCIL_CAPITALS_RE.match(ctx.text.lstrip())  # the council's name in capitals atop the papers
    # 'CYNGOR SIR X          X COUNTY COUNCIL': a bilingual letterhead's columns, the English one after the other
    # language's, each read alone
    columns = LETTERHEAD_COLUMN_RE.split(ctx.text.lstrip().split("\n", 1)[0])
    if len(columns) > 1:
        letterhead = next((found for column in columns if (found := COUNCIL_CAPITALS_RE.match(column.strip()))),
                          letterhead)
    if letterhead and letterhead.group(1).split()[0] not in ("THE", "THIS", "FULL", "CABINET"):
        return " ".join(letterhead.group(1).split()).title()
    match = COUNCIL_NAME_RE.search(ctx.text[:20000])
    if match and match.group(1).split()[0] not in ("The", "This", "Full", "Cabinet"):
        return " ".join(match.group(1).split())
    borough = BOROUGH_OF_RE.search(ctx.text[:2000])  # 'LONDON BOROUGH OF PINFOLD HEATH' at the head of the minutes
    if borough:
        return " ".join("of" if word.lower() == "of" else word.capitalize() for word in borough.group(1).split())
    capitals = COUNCIL_CAPITALS_RE.search(ctx.text[:2000])
    if capitals and capitals.group(1).split()[0] not in ("THE", "THIS", "FULL", "CABINET"):
        return " ".join(capitals.group(1).split()).title()
    place = PLACE_OVER_CABINET_RE.match(ctx.text.lstrip())
    if place and not RECORD_WORDS & {word.lower() for word in place.group("place").split()}:
        return f"{' '.join(place.group('place').split()).title()} Council"
    area = generic.document_area(ctx)
    return f"{area} Council" if area else None


def _area(council: str | None) -> str | None:
    if not council:
        return None
    return re.sub(r"^(?:London|Royal|Metropolitan) Borough of |"
                  r"\s+(?:City|County Borough|County|Borough|District|Metropolitan Borough)?\s*Council$", "", council) or None


CABINET_HEAD = 1500  # the head of the minutes, where they name the body that met
CABINET_LINE_WORDS = frozenset({"cabinet", "executive", "minutes", "of", "the", "y", "cofnodion",
                                # 'DECISION NOTICE - CABINET', 'Cabinet – record of decisions': who took them sat
                                "decision", "decisions", "notice", "record"})
CABINET_IN_PROSE_RE = re.compile(r"\bminutes\s+of\s+(?:a|the)\s+meeting\s+of\s+the\s+(?:cabinet|executive)\b", re.IGNORECASE)
# The minutes' opening words at a line's start naming the cabinet otherwise: 'Minutes of the Cabinet held on ...',
# 'Minutes of an extraordinary meeting of Cabinet', 'Minutes of the Executive meeting held ...'; not a cabinet member's
# decisions, a committee or a director the words go on to ('Minutes of the Executive Director's ...').
CABINET_OPENING_RE = re.compile(r"^[^\S\n]*minutes[^\S\n]+of[^\S\n]+(?:(?:a|an|the)[^\S\n]+(?:[a-z]+[^\S\n]+)?meeting"
                                r"[^\S\n]+of[^\S\n]+)?(?:the[^\S\n]+)?(?:cabinet|executive)\b(?!['’]|[^\S\n]+(?:members?|committee|"
                                r"sub-committee|board|panel|scrutiny|director|officer|room|portfolio|decisions?)\b)",
                                re.IGNORECASE | re.MULTILINE)


def _cabinet_heading(head: str) -> bool:
    """The head of minutes naming the cabinet in a line of its own, in any case and in two languages ('CABINET  |  Y
    CABINET', 'COFNODION Y CABINET / CABINET MINUTES', 'DECISION NOTICE - CABINET'), or in their opening sentence
    ('MINUTES of a meeting of the CABINET held ...', 'Minutes of the Executive held on ...')."""
    for line in head.splitlines():
        words = {word.lower() for word in re.findall(r"[^\W\d_]+", line)}
        if words & {"cabinet", "executive"} and words <= CABINET_LINE_WORDS and not re.search(r"[^\w\s/|–—-]", line):
            return True
    return CABINET_IN_PROSE_RE.search(head) is not None or CABINET_OPENING_RE.search(head) is not None


def _body_named(ctx: Context, end: int) -> re.Match[str] | None:
    """The panel, committee or cabinet the head of the papers names."""
    head = ctx.text[:min(end, 4000)]
    return BODY_HEADING_RE.search(head) or BODY_IN_PROSE_RE.search(head)


def meeting_body(ctx: Context, area: str | None, end: int) -> None:
    """The panel or committee whose meeting the papers record, named with its area ("Northshire Children's Scrutiny
    Panel"), since councils give their panels the same names."""
    match = _body_named(ctx, end)
    if not match:
        return
    where = span(ctx.text, match.start("body"), match.end("body"))
    columns = list(LETTERHEAD_COLUMN_RE.finditer(where.text))
    if columns:  # 'COFNODION Y CABINET          MINUTES OF THE CABINET': the English column, after the other language's
        where = span(ctx.text, where.start + columns[-1].end(), where.end)
    record = RECORD_OF_RE.match(where.text)  # 'MINUTES OF THE SOCIAL CARE SCRUTINY COMMITTEE': the committee alone
    if record:
        where = span(ctx.text, where.start + record.end(), where.end)
    name = " ".join(where.text.split())
    if area and not ctx.gazetteer.named_place(name) and fold(area) not in fold(name):  # 'Safer Northshire Panel'
        name = f"{area} {name}"
    generic.meeting_of(ctx, name, where)
