"""Unknown family: what the generic extractors find in any document, and document-level facts.

`load` runs on documents no family recognises: letter address blocks, "led by" lines,
role/name tables after a "Copy to" heading, attendance-like lists ("Present:" then
"Name, Role" lines) and the holders of key posts named or quoted in prose (a plan's foreword). `document_facts` runs on every document: its
file name, family, title, area and publication date.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections import Counter
from functools import lru_cache
from string import capwords

from kg.dates import parse_date
from kg.gazetteer import NATIONAL, Gazetteer, fold, looks_like_place
from kg.loaders import attendance, inspection_people, people_lists, speakers
from kg.loaders.context import BOARD, COUNCIL, INSPECTORATE, Context
from kg.loaders.findings_common import is_rating_label, rating_label
from kg.loaders.text import (
    FORM_HEADER_REACH,
    Line,
    Span,
    council_report_form,
    end_of_line,
    lines,
    plain,
    plan_title,
    span,
    trim,
)
from kg.names import is_first_name, is_honorific
from kg.vocabulary import ACRONYMS, CONNECTIVES, WELSH_BODIES, is_shouted_word

FAMILY = "unknown"
# The parts set under their own heading that its loader reads itself (`registry.PART_KINDS`): the copy list; minutes set
# after a paper are read for it, as their body's (its own attendance lists stop where they begin).
PARTS: tuple[str, ...] = ("copy_list",)

# The first pattern reads a report's own title ("... of youth offending work in Westmere"), wherever it stands.
AREA_PATTERNS = [
    # the place after the title's colon, or on a line of its own under it ('Full Joint Inspection of Youth Offending
    # Work' / '' / 'THORNBECK MOOR')
    re.compile(r"(?:(?:youth offending|youth justice|probation)(?:\s+(?:work|services?))?\s+in[:\s]+|inspection\s+of\s+"
               r"(?:youth offending|youth justice|probation)\s+(?:work|services?)[^\S\n]*(?::|\n(?=\s*(?-i:[A-Z])))\s*|"
               r"youth\s+(?:justice|offending)\s+"
               r"inspection[ \t]*[—–][ \t]*)(?:\*\*)?\s*([A-Z][\w'’&,\- ]{2,60}?)(?:\*\*)?\s*"
               # the place ends at a line's end, a stop, a closing quote (a title cited in quotes: '... in Westmere',), or
               # the sentence's verb ('... in Westmere received a rating'), or a bracket after it, a cited report's date
               # ('Full Joint Inspection of Youth Offending Work in Westmere (March 2010)')
               r"(?:\n|$|HM |\.|·|:|\d|['’\"”](?!\w)|(?<=[^\W\d_])(?=[^\S\n]+(?!(?:and|upon|on|of|the|in|&)\b)(?-i:[a-z]))|"
               r"(?<=[^\W\d_])(?=[^\S\n]+\())",
               re.IGNORECASE),
    # a name may wrap onto the next line, never across a blank one ('HM Inspectorate of Probation' / '' / 'Westmere YJS')
    # the words of a service's name are no part of the place ('Penrhos Youth Justice Service' over 'Youth Justice Plan')
    # (nor is the word after them: 'SKELDERBY YOUTH JUSTICE PARTNERSHIP' over 'Youth Justice Plan 2025')
    re.compile(r"(?<!Youth )(?<!Justice )(?<!Offending )\b((?!(?:Youth|Justice|Offending|Service|Team)\b)[A-Z][a-z]+(?:(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+|-)"
               r"(?:and|&|on|upon|of|the|(?!(?:Youth|Justice|Offending|Service|Team)\b)[A-Z][a-z]+)){0,4})"
               r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
               r"(?:Youth Offending (?:Service|Team)|YOS|YOT|YJS|Youth Justice (?:Service|(?:\w+\s+)?Board|Plan|Partnership))\b"),
    # words of one cell: a table's tab or line break is no part of a council's name ('Role<LF>Jo Bloggs<TAB>X Council')
    # the kind of council is no part of the place, in two words too ('Ebbw County Borough Council', 'Wexley Metropolitan Borough Council')
    re.compile(r"\b([A-Z][a-z]+(?:[^\S\t\n]+(?:and|&|(?!(?:City|County|Borough|District|Metropolitan)\b)[A-Z][a-z]+)){0,3})"
               r"[^\S\t\n]+(?:(?:City|County|Borough|District|Metropolitan)[^\S\t\n]+){0,2}Council\b"),
    # a letterhead in two lines, the place alone over the word 'Council' ('ASHBY' / 'Council') or over 'London Borough',
    # the title in a column beside them ('Rookhaven          CHILDREN AND YOUNG PEOPLE' / 'London Borough     SCRUTINY
    # SUB-COMMITTEE')
    re.compile(r"^[^\S\n]*([A-Z][a-z]+(?:[^\S\n]{1,2}(?:and|&|[A-Z][a-z]+)){0,3})(?:[^\S\n]{3,}\S[^\n]*)?[^\S\n]*\n[^\S\n]*"
               r"(?:(?:(?:City|County|Borough|District|Metropolitan)[^\S\n]+){0,2}Council|London[^\S\n]+Borough)"
               r"(?:[^\S\n]{3,}\S[^\n]*)?[^\S\n]*$", re.MULTILINE),
]
# The provider an adult probation report names after its area: "Northshire & Westmere CRC".
PROVIDER_SUFFIX = re.compile(r"\s+(?:CRC|Community Rehabilitation Company|NPS|National Probation Service)\b.*$")
NOT_AREAS = {"the", "this", "our", "each", "a", "local", "national", "joint", "youth", "lead", "county", "city", "full",
             # a form header's label before its padding: 'Title          Westmere Youth Justice Plan 2019-21'
             "title", "subject",
             # a council's department over the plan's title ('Children, Families and Learning' / 'YOUTH JUSTICE PLAN')
             "children", "families", "learning", "communities", "people", "adults", "education",
             # a date is no place: 'inspected the Youth Justice Service in November 2021'
             *(month.lower() for month in calendar.month_name[1:]), *(day.lower() for day in calendar.day_name)}
# A headline or title naming its area before the service in lower case: 'Oakhurst Vale youth justice services rated
# Outstanding', 'Improvement needed in Brindlecombe youth justice', 'Westfold's youth justice services'; a news item's
# lede opening on the place in capitals, possessive ('WESTFOLD'S youth offending service is failing ...').
TITLE_SERVICE = re.compile(r"\b([A-Z][a-z]+(?:(?:[ \t]+|-)(?:and|&|on|upon|of|the|[A-Z][a-z]+)){0,4}|"
                           r"[A-Z]{3,}+(?:[ \t][A-Z]{3,}+)?(?=['’]S\b))(?:['’][sS])?[ \t]+"
                           r"(?i:youth[ \t]+(?:justice|offending))\b")

# A council named by its place after its kind: 'LONDON BOROUGH OF PINFOLD HEATH' over its committee's minutes.
BOROUGH_OF = re.compile(r"\b(?:London|Royal|Metropolitan)[^\S\n]+Borough[^\S\n]+(?i:of)[^\S\n]+"
                        r"([A-Z][a-z]+(?:[^\S\n]+(?:and|&|on|upon|[A-Z][a-z]+)){0,3})\b")

# The town a meeting's civic venue closes with in the minutes' heading ('held ... in the Civic Centre, Westmere.'), not
# a street ('Town Hall, Almshouse Lane, ...').
VENUE_TOWN = re.compile(r"\b(?:Civic[^\S\n]+Centre|Town[^\S\n]+Hall|County[^\S\n]+Hall|Guildhall|Council[^\S\n]+"
                        r"(?:House|Offices))[^\S\n]*,[^\S\n]*(?![^.,\n]*\b(?:Street|Road|Lane|Avenue|Way|Square|Place|"
                        r"Drive)\b)([A-Z][a-z]+(?:[^\S\n]+(?:and|upon|on|[A-Z][a-z]+)){0,2})[^\S\n]*(?:\.|\n|$)")


LETTERHEAD_LINES = 4  # the sender's name heads a letter


def _inspectorate_letter(text: str) -> bool:
    """A letter ('Dear ...') whose letterhead names the inspectorate."""
    head = [line.text for line in lines(text[:2000]) if line.text.strip()][:LETTERHEAD_LINES]
    return bool(people_lists.SALUTATION_RE.search(text)) and any(inspection_people.inspectorate_named(line) for line in head)


# A youth justice service's own paper: its first line is the service's name ('SELBOURNE MOOR YOUTH JUSTICE SERVICE').
SERVICE_HEAD_RE = re.compile(r"^\W*(?:[\w'’-]+\s+){1,4}youth\s+(?:justice|offending)\s+(?:service|team)\W*$", re.IGNORECASE)


# A committee's report headed by the officer who reports, with no form's labels: 'REPORT OF THE CORPORATE DIRECTOR
# (CHILDREN'S SERVICES)' on a line of its own; or by the councillor ('Report of Councillor Jo Bloggs, Cabinet Member').
REPORT_OF_HEADING_RE = re.compile(r"^[^\S\n]*+report[^\S\n]++(?:of|by)[^\S\n]++(?:the|councillor|cllr)[^\S\n]++[^\n.:]{3,80}+$",
                                  re.IGNORECASE | re.MULTILINE)


def _service_paper(text: str) -> bool:
    """A paper headed by the service's name, alone or under its council's ('WESTMERE COUNCIL' / 'Westmere Youth Justice
    Service')."""
    first, second = [*(line for line in without_markings(text[:1000]).splitlines() if line.strip()), "", ""][:2]
    return bool(SERVICE_HEAD_RE.match(first)) or bool(COUNCIL_HEAD_RE.match(first) and SERVICE_HEAD_RE.match(second))


COUNCIL_HEAD_RE = re.compile(r"^\W*(?:[\w'’-]+\s+){1,4}(?:(?:county|borough|city|district|metropolitan)\s+)*council\W*$|"
                             r"^\W*(?:london\s+|royal\s+)?borough\s+of\s+(?:[\w'’-]+\s*){1,4}$", re.IGNORECASE)


def recognise(text: str) -> bool:
    return True


def load(ctx: Context) -> None:
    people_lists.address_block(ctx, document_area(ctx))
    people_lists.letter_addressee(ctx, document_area(ctx))
    people_lists.led_by_lines(ctx)
    people_lists.copy_list(ctx, document_area(ctx))
    listed = attendance_lists(ctx)
    if listed:  # a paper quoting a committee's minute: those its lists name, quoted by their initials ('HQ explained')
        attendance.quoted_by_initials(ctx)
    # the form header's cabinet member first: 'Cllr Bloggs said' further on speaks in that post
    people_lists.labelled_portfolio_holders(ctx, document_area(ctx))
    people_lists.consultees(ctx, document_area(ctx))
    # (minutes a paper of no family carries, 'EXTRACT FROM THE MINUTES' under a report: those its lists name at the
    # meeting are quoted where they speak, as in minutes read by their own family)
    speakers.key_posts(ctx, document_area(ctx), attendees=listed > 0)
    people_lists.signatures(ctx, document_area(ctx))
    people_lists.signed_rows(ctx, document_area(ctx))
    # an inspectorate's letter about an inspection names its team in prose and is signed by its lead
    inspection_people.team_in_prose(ctx)
    inspection_people.signing_inspector_leads(ctx)
    inspection_people.support_officers(ctx)
    # the inspectorate thanks the service's staff; the service's own paper (a plan) names its head beside the post, and
    # so does a council's report about the service ('The Head of Youth Justice Service, Jo Bloggs, will lead the plan')
    # (the service's plan is its own paper whatever heads it: 'PENMARROW' / 'YOUTH JUSTICE PLAN 2022-23')
    own_paper = _service_paper(ctx.text) or plan_title(ctx.text) and not council_report_form(ctx.text)
    if _inspectorate_letter(ctx.text) or own_paper:
        inspection_people.service_staff_in_prose(ctx)
    elif council_report_form(ctx.text) or REPORT_OF_HEADING_RE.search(ctx.text, 0, FORM_HEADER_REACH):
        inspection_people.service_staff_in_prose(ctx, contacts=False)  # its contact officer is read by the form's label
    if own_paper:
        inspection_people.board_support_staff(ctx)
    people_lists.contact_officers(ctx)
    people_lists.labelled_authors(ctx, document_area(ctx))
    people_lists.authors_in_sentence(ctx, document_area(ctx))
    people_lists.authors_by_post(ctx)
    people_lists.labelled_panel_chairs(ctx, document_area(ctx))
    if council_report_form(ctx.text):  # a council's report on an inspection names its lead inspector
        inspection_people.inspectorate_people_in_papers(ctx)
        area = document_area(ctx)  # and the council's officers who commented on its implications
        people_lists.commenting_officers(ctx, area, ctx.gazetteer.organisation(f"{area} Council").name if area else None)
    speakers.chairs_named_by_post(ctx)  # by the post of someone signing or listed above
    speakers.board_members_in_prose(ctx, document_area(ctx))
    speakers.board_members_in_brackets(ctx, document_area(ctx))
    speakers.board_members_by_title(ctx, document_area(ctx))


# What an attendance heading says about the people under it, in a document of no known family.
ATTENDANCE = attendance.AttendanceRelations(
    sections=attendance.MEETING_SECTIONS,
    chair="panel_chair", cabinet="cabinet_member",  # a council's record of a cabinet decision lists who sat
    prose=False,
)


def attendance_lists(ctx: Context) -> int:
    """People under 'Present', 'In attendance', 'Apologies' headings, with the role written beside them, above any
    minutes set after the paper under their own heading (read as their body's: `council_papers.read_minutes_extracts`)."""
    extracts = attendance.minutes_extracts(ctx.text)
    return attendance.record_attendance(ctx, ATTENDANCE, attendance.Meeting(document_area(ctx), None), 0,
                                        extracts[0].heading.start if extracts else None)


def document_area(ctx: Context) -> str | None:
    """The area a document is about: a place the gazetteer knows, named by an area pattern near its start (or
    a place-like name in its title: its first lines, or the report's "work in AREA" line), else the known place
    named most often near its start. A person's name
    before "YOS Manager" is never an area."""
    return _area_of_head(ctx.text[:AREA_HEAD_CHARS], ctx.gazetteer)


AREA_HEAD_CHARS = 6000


@lru_cache(maxsize=16)  # asked once a key fact, a recommendation, a list: read once a document
def _area_of_head(head: str, gazetteer: Gazetteer) -> str | None:
    return _document_area(_title_cased(without_markings(head), gazetteer), gazetteer)


# A government protective marking on a line of its own, at the head of a page: 'OFFICIAL', 'OFFICIAL-SENSITIVE'.
PROTECTIVE_MARKING = re.compile(r"(?im)^[^\S\n]*(?:OFFICIAL(?:[^\S\n]*[-–][^\S\n]*|[^\S\n]+)SENSITIVE|OFFICIAL|"
                                r"NOT[^\S\n]+PROTECTIVELY[^\S\n]+MARKED|UNCLASSIFIED)[^\S\n]*$")


def without_markings(head: str) -> str:
    """The head with its protective markings blanked (the length kept, so are offsets): 'OFFICIAL' above
    'STAVENHURST YOUTH JUSTICE MANAGEMENT BOARD' is no part of the title, nor of the place."""
    return PROTECTIVE_MARKING.sub(lambda marking: " " * len(marking.group(0)), head)


# Whose paper a document is, from its first lines: a council's letterhead ('BRACKENMOOR BOROUGH COUNCIL', 'Eastbridge
# Council – Cabinet'), or a youth justice board's own minutes ('Pellmouth Youth Offending Team / Management Board').
COUNCIL_HEAD = re.compile(r"^[^\n]*?(?<!Youth )\bCouncil\b", re.IGNORECASE)
BOARD_HEAD = re.compile(r"\b(?:youth\s+(?:justice|offending)|YOS|YOT|YJS)\b[^\n]{0,60}?\bBoard\b", re.IGNORECASE)


def document_body(ctx: Context) -> str | None:
    """COUNCIL when the document is a council's paper (its letterhead is the first line), BOARD when it is a youth
    justice board's (its first two lines name the board), INSPECTORATE when its first lines name an inspectorate
    and no council (the inspectorate's own release or letter), else None."""
    first = [line.strip() for line in without_markings(ctx.text[:1000]).splitlines() if line.strip()][:3]
    if first and COUNCIL_HEAD.match(first[0]):
        return COUNCIL
    if BOARD_HEAD.search(" ".join(first[:2])):
        return BOARD
    named = " ".join(first)
    # a head in capitals names its inspectorate as a title does ('HM INSPECTORATE OF PROBATION - NEWS')
    title_cased = " ".join(_title_cased_line(line) if line.isupper() else line for line in first)
    return INSPECTORATE if ctx.gazetteer.inspectorate_named(title_cased) and not COUNCIL_HEAD.search(named) else None


def _title_cased(head: str, gazetteer: Gazetteer) -> str:
    """The head with its title lines in capitals ('PELLMOUTH YOUTH OFFENDING TEAM') written in title case, acronyms
    kept ('KESTLEBY YOS' as 'Kestleby YOS'), so the area patterns read them; the length is kept, so are offsets."""
    title_end = _title_end(head, gazetteer)
    title = "\n".join(_title_cased_line(line) for line in head[:title_end].split("\n"))
    return title + head[title_end:]


CAPITALS_CELL_RE = re.compile(r"[^a-z\n]*[A-Z]{4,}[^a-z\n]*")
CELL_GAP_RE = re.compile(r"[^\S\n]{3,}")


# A title set in spaced capitals, a blank between letters and wider padding between words ('H O L M B R O O K   Y O U T H').
LETTER_SPACED_RE = re.compile(r"[^\S\n]*+[A-Z](?:[^\S\n][A-Z])++(?:[^\S\n]{2,}+[A-Z](?:[^\S\n][A-Z])++)*+[^\S\n]*+")
WORD_GAP_RE = re.compile(r"[^\S\n]{2,}+")


def _letters_closed_up(line: str) -> str:
    """A title line in spaced capitals with its letters closed up into words, padded to its length (the offsets of the
    lines after it are kept): 'H O L M B R O O K   Y O U T H' is 'HOLMBROOK YOUTH'; any other line as it is."""
    if not LETTER_SPACED_RE.fullmatch(line):
        return line
    return " ".join("".join(word.split()) for word in WORD_GAP_RE.split(line.strip())).ljust(len(line))


def _title_cased_line(line: str) -> str:
    """A title line in capitals in title case; or its first cell, where the line sets words in lower case beside it
    after wide padding ('SALLOWFIELD COUNTY COUNCIL          Agenda Item No. 9')."""
    line = _letters_closed_up(line)
    if CAPITALS_CELL_RE.fullmatch(line):
        return re.sub(TITLE_WORD_RE, _title_word, line)
    indent = len(line) - len(line.lstrip())
    gap = CELL_GAP_RE.search(line, indent)
    if gap is None or not CAPITALS_CELL_RE.fullmatch(line, 0, gap.start()):
        return line
    return re.sub(TITLE_WORD_RE, _title_word, line[:gap.start()]) + line[gap.start():]


# A short word of a place's name in capitals ('TRELLICK BAY', 'HOLME LEE'): a consonant then a vowel, as the letters
# of a body ('YJS', 'ICB', 'NHS') rarely are; those of them the vocabulary knows ('YOS', 'YOT') stay letters.
SHORT_PLACE_WORD_RE = re.compile(r"[B-DF-HJ-NP-TV-Z][AEIOU][A-Z]")


# The words of a title line in capitals to write in title case: four letters or more, three (perhaps letters of a
# body), and a place's short words ('BRACKWATER ST GILES', 'STOCKTON ON TEES', 'ISLE OF WYTHAM').
TITLE_WORD_RE = re.compile(r"\b[A-Z]{4,}\b|\b[A-Z]{3}\b|\b(?:ST|OF|ON|LE|IN)\b")
SHORT_TITLE_WORDS = {"ST": "St", "OF": "of", "ON": "on", "LE": "le", "IN": "in"}


def _title_word(word: re.Match[str]) -> str:
    letters = word.group(0)
    if letters in SHORT_TITLE_WORDS:
        return SHORT_TITLE_WORDS[letters]
    if len(letters) == 3 and (not SHORT_PLACE_WORD_RE.fullmatch(letters) or letters.lower() in ACRONYMS):
        return letters
    return letters.capitalize()


COLUMN_GAP_RE = re.compile(r"(?<=\S)(?:[^\S\n]{3,}+|\t++)(?=\S)")  # between two words of a line, not a line's indent


@lru_cache(maxsize=16)
def _document_area(head: str, gazetteer: Gazetteer) -> str | None:
    title_end = _title_end(head, gazetteer)
    subject = SUBJECT_LINE_RE.search(head)  # a letter's subject line, under its salutation, is its title too
    for pattern in AREA_PATTERNS:
        for match in pattern.finditer(head):
            # 'CYNGOR BWRDEISTREF SIROL X          X COUNTY BOROUGH COUNCIL': a letterhead's columns, the other
            # language's first; the place is in the column beside what named it
            column = COLUMN_GAP_RE.split(match.group(1))[-1]
            candidate = PROVIDER_SUFFIX.sub("", " ".join(column.split())).strip(" ,&")
            # 'services in Cwmtalog and' / 'rated the service ...': a sentence the line broke after its 'and'
            candidate = re.sub(r"\s+and$", "", candidate)
            if pattern is AREA_PATTERNS[0]:  # a sentence's place; the others read a name over two lines already
                candidate = _wrapped_place(head, candidate, match.end(1))
            # 'services in Westmere - notification': a subject line's rest; 'WORK IN WESTMERE -' / 'OUTCOME ...': the
            # title's dash at the line's end, its rest on the next line
            candidate = re.sub(r"\s[-–—](?:\s.*)?$", "", candidate)
            # 'Westmere Borough Council' / 'Westmere Youth Offending Service': the letterhead's council names the place
            candidate = COUNCIL_THEN_MORE.sub("", candidate)
            candidate = _place_cased(candidate) if candidate.isupper() else candidate  # 'WORK IN ALDERMERE'
            if not candidate or _no_place(candidate) or candidate in COUNCIL_KIND_WORDS:
                continue  # ('Borough Council' under the place's line: the kind of council alone is no place)
            if candidate in NATIONS and match.start(1) >= title_end:
                continue  # 'the protocol agreed with the Probation Service in Wales' in an item: the nation, no area
            known = gazetteer.place(candidate)
            if known == NATIONAL:
                continue  # "services in England and Wales" is the inspectorate's remit, not the document's area
            if known:
                return known
            in_title = pattern is AREA_PATTERNS[0] or match.start(1) < title_end or subject is not None and \
                subject.start("subject") <= match.start(1) < subject.end("subject")
            # one word on the first line, before a youth justice body, is the area even when it is also a given name
            first_line = match.start(1) < head.find("\n") and " " not in candidate
            if in_title and _few_words(candidate) and (looks_like_place(candidate)
                                                       or first_line and pattern is AREA_PATTERNS[1]):
                return gazetteer.area_name(candidate)
    return most_named_place(head, gazetteer) or learned_place(head, title_end, gazetteer)


def _no_place(candidate: str) -> bool:
    """Words read where a place is named that are none: a word no place opens with ('the', 'Youth', a month), a rating
    (a breadcrumb's 'Youth justice service rated Good' over the headline), the Welsh name of a body over its English one
    ('Gwasanaeth Troseddau Ieuenctid' / 'Youth Offending Service')."""
    return candidate.split()[0].lower() in NOT_AREAS or is_rating_label(rating_label(candidate)) \
        or any(word.lower() in WELSH_BODIES for word in candidate.split())


# The capitalised words at the start of the next line, where a place's name in a sentence may go on ('services in
# Kilnsey' / 'Moor, carried out by'); never a body's word ('services in Saltmoor Bridge' / 'Youth Justice Service').
_PLACE_WORD = r"(?!(?:Youth|Justice|Offending|Service|Team|Council|City|County|Borough|District|Metropolitan)\b)[A-Z][a-z]+"
NEXT_LINE_WORDS_RE = re.compile(rf"[^\S\n]*\n[^\S\n]*+({_PLACE_WORD}(?:[^\S\n]+{_PLACE_WORD})?)\b")


def _wrapped_place(head: str, candidate: str, end: int) -> str:
    """A place's name a line's end cut ('... offending services in Kilnsey' / 'Moor, carried out by'): the candidate
    with the next line's first capitalised words, where the head writes the longer name on one line too (the
    letterhead's 'Kilnsey Moor Council'); else the candidate as read."""
    wrapped = NEXT_LINE_WORDS_RE.match(head, end)
    if not wrapped or not candidate or not head[:end].endswith(candidate.split()[-1]):
        return candidate  # no words on the next line, or the candidate no longer ends where the line did
    words = wrapped.group(1).split()
    for count in range(len(words), 0, -1):
        longer = candidate.split() + words[:count]
        if re.search(r"(?<![\w-])" + r"[^\S\n]+".join(map(re.escape, longer)) + r"(?![\w-])", head):
            return " ".join(longer)
    return candidate


# The line after a letter's salutation ('Dear Ms Lee' / 'Inspection of youth justice services in Westmere').
SUBJECT_LINE_RE = re.compile(r"^[^\S\n]*+Dear[^\S\n][^\n]{1,60}\n(?:[^\S\n]*+\n)*+[^\S\n]*+(?P<subject>\S[^\n]*+)",
                             re.MULTILINE)
NATIONS = {"England", "Wales", "Scotland", "Northern Ireland"}
COUNCIL_THEN_MORE = re.compile(r"(?<=\bCouncil)\s.*$")
# The most words a place the gazetteer does not know is named in: 'Upper Westmere Vale', never a title line of a
# bilingual paper ('Bwrdd Rheoli Gwasanaeth Cyfiawnder Ieuenctid' over 'Youth Justice Service Management Board').
PLACE_WORDS = 3
COUNCIL_KIND_WORDS = {"Council", "City", "County", "Borough", "District", "Metropolitan"}


def _few_words(candidate: str) -> bool:
    """The place's own words are few (a council's kind is none of them: 'Westmere Metropolitan Borough Council')."""
    return len([word for word in candidate.split() if word[:1].isupper() and word not in COUNCIL_KIND_WORDS]) \
        <= PLACE_WORDS


# The small words that stay in lower case when a name written in capitals is title-cased.
SMALL_WORDS = {"and", "upon", "on", "of", "the", "in", "for", "at", "with", "to"}


def _place_cased(capitals: str) -> str:
    """A name in capitals as a place would be written: 'BARKING AND DAGENHAM' is 'Barking and Dagenham'; an agenda
    heading's topic ('YOUTH JUSTICE INSPECTION – CHILDREN IN CARE') keeps its 'in', so it does not look like a place."""
    return " ".join(word.lower() if word.lower() in SMALL_WORDS else capwords(word)
                    for word in capitals.split())


def learned_place(head: str, title_end: int, gazetteer: Gazetteer) -> str | None:
    """A place the gazetteer does not know, learned from how the document names its bodies: the place before a
    service or a council ('Wrexley Youth Justice Service', 'Tarnside Council'), after a borough ('London Borough of
    Tarnside'), closing a civic venue in the title ('in the Civic Centre, Tarnside.') or before the service in a headline
    ('Oakhurst Vale youth justice services rated'), named twice, or once and again in the title."""
    counts: Counter[str] = Counter()
    in_prose: Counter[str] = Counter()  # the lower-case form after the title: 'Tarnside's youth justice service was'
    for pattern in (*AREA_PATTERNS[1:], TITLE_SERVICE, BOROUGH_OF, VENUE_TOWN):
        for match in pattern.finditer(head):
            candidate = " ".join(match.group(1).split())
            candidate = _place_cased(candidate) if candidate.isupper() else candidate  # 'WESTFOLD'S youth ...'
            if not _no_place(candidate) and looks_like_place(candidate) and _few_words(candidate):
                prose = pattern is TITLE_SERVICE and match.start(1) >= title_end
                (in_prose if prose else counts)[gazetteer.area_name(candidate)] += 1
    title = head[:title_end]

    def in_title(place: str) -> bool:
        return bool(re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", title, re.IGNORECASE))  # 'THE TARNSIDE ECHO'

    # the lower-case form says a service only in a headline, or where the title names the place too ('Tarnside Echo');
    # where no place qualifies so, where a body names it too: a council's news with its publisher in the footer
    # ('Tarnside County Borough Council, Civic Offices') and its service in prose ('Tarnside's Youth Justice Service')
    for said in (in_title, counts.__contains__):
        ranked = [place for place, count in (counts + Counter({p: n for p, n in in_prose.items() if said(p)})).most_common()
                  if count >= 2 or in_title(place)]
        if ranked:
            return ranked[0]
    return None


def _title_end(head: str, gazetteer: Gazetteer) -> int:
    """Where a document's title ends: after its first three lines with text that are not the page's furniture (a
    release's publisher, 'News release' and embargo above its headline are no part of its title)."""
    lines_of_title = (line for line in re.finditer(r"\S[^\n]*", head) if not is_page_furniture(gazetteer, line.group(0)))
    found = list(itertools.islice(lines_of_title, 3))
    return found[-1].end() if found else 0


def most_named_place(text: str, gazetteer: Gazetteer) -> str | None:
    """The known place named most often (at least twice) in the text; the first named wins a tie."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for match in _place_pattern(gazetteer).finditer(text):
        place = gazetteer.place(match.group(0))
        if place and not _surname_of_a_person(text, match.start()):
            counts[place] += 1
            first.setdefault(place, match.start())
    ranked = sorted(counts, key=lambda place: (-counts[place], first[place]))
    return ranked[0] if ranked and counts[ranked[0]] >= 2 else None


PREVIOUS_WORD_RE = re.compile(r"([A-Z][\w'’.-]*)[^\S\n]+$")


def _surname_of_a_person(text: str, start: int) -> bool:
    """'Mr Tom Bexley', 'Dear Mr Bexley': a place's name after a title or a first name is a person's surname."""
    before = PREVIOUS_WORD_RE.search(text, max(0, start - 30), start)
    return before is not None and (is_honorific(before.group(1)) or is_first_name(before.group(1)))


@lru_cache(maxsize=2)
def _place_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    names = "|".join(re.escape(name) for name in gazetteer.places())
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")


# A label of the document's own date where a line or a cell begins ('<i>Publication date:</i>', 'Date of meeting:',
# 'Published on 3 May 2024'), or wherever its colon follows it: never a paper's prose about a report 'published on 14
# May 2024' or 'published in August 2019', which is not the paper's date.
DATE_LABEL = r"(?:Publication date|Date of (?:publication|meeting|issue)|Published(?: on)?|Posted on|Date)\b"
PUBLISHED_RES = [
    # a label opening its line is capitalised: 'published on 15 March' there is a wrapped sentence's, of another report
    re.compile(rf"(?:(?:^|\|)[^\S\n]*(?:<i>[^\S\n]*)?(?-i:(?=[A-Z])){DATE_LABEL}|{DATE_LABEL}(?=[^\S\n]*(?::|</i>)))"
               r"[^\S\n]*:?[^\S\n]*(?:</i>)?[^\S\n]*:?[|\t ]*", re.IGNORECASE | re.MULTILINE),
    # ('MINUTES of the meeting of the Panel held at the Council Chamber, Civic Centre,' / 'Westmere on Tuesday 13 March')
    re.compile(r"(?:minutes of (?:a|the) meeting(?:[^\n]|\n(?![^\S\n]*\n)){0,200}?held\b(?:[^.\n]|\n(?![^\S\n]*\n)){0,160}?"
               r"\bon|meeting held on)\s+(?:\w+day,?\s+)?", re.IGNORECASE),
]
HEADING_LINES = 6  # a meeting's heading gives its date in its first lines, however long ('Note of meeting: 22 ...')
# What stands before the day in a meeting's or a release's heading: nothing but its weekday, or the words of the
# meeting ('Held on Thursday', 'Record of meeting –', 'SCRUTINY COMMITTEE – 9 JULY') or of an embargo ('Embargoed: not
# for publication before 00:01 on Tuesday'); not a sentence about a report ('was published on').
MEETING_HEADING = re.compile(r"\W*(?:\w+day,?\s*)?$|(?i:.*\b(?:meeting|held|minutes|notes?|record|committee|panel|board|"
                             r"cabinet|council|forum|embargoed?)\b)")


def publication_date(ctx: Context) -> tuple[str, Span] | None:
    """When the document was published or the meeting held: a labelled date, else a whole date in the first lines
    (the meeting's heading), else the first date of a short line near the top (a report's cover)."""
    head = ctx.text[:4000]
    labelled, meeting = PUBLISHED_RES
    for match in labelled.finditer(head):
        found = _date_at(ctx, match.end())
        if found:
            return found
    head_lines = lines(ctx.text, 0, min(len(ctx.text), 1500))
    heading = [line for line in head_lines if line.text.strip()][:HEADING_LINES]
    for index, line in enumerate(heading):
        parsed = parse_date(line.text)
        if parsed and len(parsed[0]) == len("2024-05-23") and (MEETING_HEADING.match(line.text[:parsed[1]]) or (
                index and _heading_wraps(heading[index - 1].text, line.text[:parsed[1]]))):
            value, start, end = parsed
            return value, span(ctx.text, line.start + start, line.start + end)
    for line in head_lines[:40]:
        parsed = parse_date(line.text)
        if parsed and len(line.text.strip()) < 60:
            value, start, end = parsed
            return value, span(ctx.text, line.start + start, line.start + end)
    for match in meeting.finditer(head):
        found = _date_at(ctx, match.end())
        if found:
            return found
    return None


def _heading_wraps(above: str, before: str) -> bool:
    """A meeting's heading the margin wrapped before its date ('MINUTES of a meeting of the PANEL held in the Council'
    over 'Chamber, Town Hall, on Tuesday, 23 January 2024'): the line above runs on into the date's line."""
    return not above.rstrip().endswith((".", ":", ";")) and bool(MEETING_HEADING.match(f"{above.strip()} {before}"))


def _date_at(ctx: Context, pos: int) -> tuple[str, Span] | None:
    found = parse_date(ctx.text[pos:pos + 40])
    if not found or found[1] >= 6:
        return None
    value, start, end = found
    return value, span(ctx.text, pos + start, pos + end)


def first_line(ctx: Context) -> Span:
    """The first line with text: where facts about the whole document are anchored."""
    match = re.search(r"\S[^\n]*", ctx.text)
    return span(ctx.text, match.start(), match.end()) if match else span(ctx.text, 0, 0)


# A report's own title line: "Report of Short Quality Screening (SQS) of youth offending work in Westmere", "An
# inspection of youth offending services in" (the place on the next line), "A Joint Inspection of Youth Crime Prevention".
# ('Report of:' is a council report's form label, not its title)
REPORT_TITLE = re.compile(r"^[^\w\n]*(?P<title>(?:Report of(?![^\S\n]*:)|(?:An?\s+)?(?:Joint\s+)?Inspection of|Full Joint "
                          r"(?:Re)?inspection of)\b[^\n]*)", re.IGNORECASE)
# A council report's form naming its title: 'Title:   HM Inspectorate of Probation inspection of X' (its value may
# wrap onto the next line, indented to the value's column).
TITLE_LABEL = re.compile(r"^[^\S\n]*(?:title|subject|report\s+title)[^\S\n]*:[^\S\n]*(?=\S)", re.IGNORECASE | re.MULTILINE)
# A web page's furniture above a news item's headline: 'Skip to main content', 'GOV.UK', 'Home > News', the kind of
# item, a masthead's navigation ('Westmere Echo | News | Courts'), its publisher's name alone, a cookie banner ('We use
# cookies to make this website work'), a search box ('Search westmere.gov.uk'), a release's reference ('Ref: WCC/PR/418'),
# 'You are here: Home / News', 'Sign in to My Westmere', an image's '[Westmere Council logo]'.
PAGE_FURNITURE = re.compile(r"^(?:\W*+(?:skip\s+to\s+(?:main\s+)?content\b.*|search\s+(?:this\s+site|the\s+site|[\w-]+(?:\.[\w-]+)*\.(?:uk|com|org|net|wales))\b.*|"
                            r"ref(?:erence)?(?:\s+no\.?)?\s*:.*|you\s+are\s+here\b.*|(?:sign|log)\s+in\b.*|.*\blogo\b.*|"
                            r"gov\.uk|home\s*>.*|(?:press|news|media)\s+release|"
                            r"news|.*\bcookies\b.*)|[^|\n]*\|[^|\n]*\|.*|[^>›»\n]*[>›»][^>›»\n]*[>›»].*|"
                            r"[^/\n]*?[^\S\n]/[^\S\n][^/\n]*?[^\S\n]/[^\S\n].*)\W*$",
                            re.IGNORECASE)
# (a line of two pipes: a menu; of two arrows or two slashes set apart: a trail, 'Westmere Council > News > ...',
# 'www.westmere.gov.uk / Newsroom / Children and families'; a year's slash, '2023/24', is none)
# Where a title line ends: a separator, a gap, the inspectorate's name, a sentence, or a page number before the next
# heading ("... & Westmere CRC 2 Contents", as a PDF's running header reads).
# (a gap after a word: the blanks that indent a wrapped title's next line are no gap)
TITLE_END = re.compile(r"\s+·\s|\t|(?<=\S)[^\S\n]{2,}|\s+(?:HM Inspectorate|HMI Probation)\b|\.\s|"
                       r"\s+\d{1,3}\s+(?:Contents|Foreword|Acknowledgements|Introduction)\b")
TITLE_LINES = 60
HEADLINE_WORDS = 3  # fewer is a masthead or a link ('Westmere Echo', 'Cymraeg'), not a news item's headline
# The words of a news page's furniture around its publisher's name or its date: 'Press release – HM Inspectorate of
# Probation', 'Westmere Council › News › Latest news', 'PRESS RELEASE – FOR IMMEDIATE RELEASE – 18 June 2024'.
# A release's reference number beside its date is furniture too: 'Ref: 09/2010', 'Our ref. PR-114', 'Reference no. 2010/31'.
SECTION_WORDS = re.compile(r"(?:press|news|media)\s+release|for\s+immediate\s+release|newsroom|latest\s+news|news\s+story|"
                           r"\bnews\b|published|posted\s+on|updated|\b\w+day\b|\d{1,2}[:.]\d{2}|"
                           r"\b(?:our\s+)?ref(?:erence)?\b\.?(?:\s*no\b\.?)?\s*:?\s*(?=[\w/.-]*\d)[\w/.-]+|[–—›>|:,]",
                           re.IGNORECASE)
EMBARGO = re.compile(r"\W*embargoed?\b", re.IGNORECASE)
# A site's menu: four links or more, a few words each, set apart by gaps.
MENU_GAP_RE = re.compile(r"[^\S\n]{2,}|\[")
MENU_LINKS = 4
MENU_LINK_WORDS = 3  # 'Bins and recycling', 'Pay for it'; a headline's words run on without gaps
WORD_RE = re.compile(r"[^\W_]+")  # (a link's arrow, 'Services ▾', is no word)
HEADLINE_FAMILIES = ("press_release",)  # a news item's first line is its headline
MENU_BULLET_RE = re.compile(r"[^\S\n]*+[*•·▪●◦-][^\S\n]")
MAX_TITLE = 160


def document_title(ctx: Context, families: tuple[str, ...], published: str | None) -> tuple[str, Span] | None:
    """The document's title: the meeting its papers record ("Westmere Scrutiny Panel meeting, 2016-05-04"), a
    report's own title line, or a news item's headline."""
    body = meeting_body(ctx)
    if body:
        _, name, where = body
        return f"{name} meeting" + (f", {published}" if published else ""), where
    head = lines(ctx.text, 0, min(len(ctx.text), 6000))[:TITLE_LINES]
    found = []
    for index, line in enumerate(head):
        match = REPORT_TITLE.match(line.text)
        if match and match.group("title")[0].isupper():  # not a wrapped sentence ('inspection of our work and ...')
            end = _title_runs_on(head, index)
            title = _title(ctx, line.start + match.start("title"), end)
            if title:
                found.append(title)
    if found:  # the first, or the first naming the document's area in full (a garbled first page has lost it)
        area = fold(ctx.home_area or "")
        return next((title for title in found if area and area in fold(title[0])), found[0])
    labelled = TITLE_LABEL.search(ctx.text, 0, min(len(ctx.text), 3000))
    if labelled:
        return _labelled_title(ctx, labelled)
    if set(families) & set(HEADLINE_FAMILIES):
        # (a bulleted line is a list's, a site's menu of sections: '  * Schools and learning')
        menu = menu_lines(head)
        at = next((index for index, line in enumerate(head) if len(line.text.split()) >= HEADLINE_WORDS
                   and index not in menu and not MENU_BULLET_RE.match(line.text)
                   and not is_page_furniture(ctx.gazetteer, line.text, ctx.home_area)), None)
        if at is None:
            return None
        headline, end = head[at], head[at].end
        if ends_unfinished(headline.text) and at + 1 < len(head) and head[at + 1].text.strip():
            # a headline wrapped after 'by' ('Westmere YOT rated as ‘good’ by' / 'inspectors') or inside the words it
            # quotes ('Youth work in Westmere: "caring staff, but' / 'more to do", say inspectors')
            end = head[at + 1].end
        return _title(ctx, headline.start, end)
    return None


def menu_lines(head: list[Line]) -> set[int]:
    """The lines of a site's menu set one link a line: a run of four lines or more with no blank between them, each
    a link's few words ('Home' / 'Bins and recycling' / 'Council tax and benefits' / ...)."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*head, None]):
        if line is not None and line.text.strip() and len(WORD_RE.findall(line.text)) <= MENU_LINK_WORDS + 1:
            run.append(index)
            continue
        if len(run) >= MENU_LINKS:
            found.update(run)
        run = []
    return found


TITLE_RUN_ON_LINES = 3
RUNS_ON_RE = re.compile(r"(?:^|\s)(?:(?i:in|of)|by\s+HM)[^\S\n]*$")  # 'IN' too: a title in capitals


def _title_runs_on(head: list[Line], index: int) -> int:
    """Where a title that opens on head[index] ends: it runs on to the next line with text after 'in' or 'of', or after
    the inspectorate's name cut by the line ('... Service by HM' / 'Inspectorate of Probation'), or where that line goes
    on lower case, for a few lines ('Full Joint Inspection of' / 'Youth Offending Work in' / 'WESTMERE'; a cover's 'in'
    may stand on a line of its own)."""
    line, end = head[index], head[index].end
    for _ in range(TITLE_RUN_ON_LINES):
        following = next((later for later in head[index + 1:] if later.text.strip()), None)
        if following is None or not (RUNS_ON_RE.search(line.text) or re.match(r"\s*[a-z]", following.text)):
            break
        line, end, index = following, following.end, head.index(following)
    return end


# A quote a title opens and does not close: 'Westmere youth justice: "good work, but court' (its line ends there).
OPEN_QUOTE_AT_END_RE = re.compile(r"(?:^|\s)['‘\"“]\w[^'’\"”]*+$")
OPEN_QUOTE_REACH = 120


def ends_unfinished(title: str) -> bool:
    """Whether a title stops on a word that needs another ('... rated as good by', '... services in'), inside the
    inspectorate's name ('... Service by HM'), or inside a quote it opened."""
    words = title[-40:].split()  # the end only: a title is cut at each of its line's gaps in turn
    return bool(words) and words[-1].lower().strip(".,;:") in CONNECTIVES | {"a", "an", "but", "or"} or RUNS_ON_RE.search(title) is not None \
        or OPEN_QUOTE_AT_END_RE.search(title[-OPEN_QUOTE_REACH:].rstrip()) is not None


def is_page_furniture(gazetteer: Gazetteer, text: str, home_area: str | None = None) -> bool:
    """Whether a line is a page's furniture, not its title: navigation, an embargo, a date, or its publisher's name
    (a council, the inspectorate) with the page's section ('Westmere Council – Newsroom', 'HMI Probation — Media
    release'); `home_area` is the document's, whose council may be one the gazetteer lacks."""
    line = text.strip()
    if not line or PAGE_FURNITURE.match(line) or EMBARGO.match(line):
        return True
    # 'WESTMERE COUNCIL  |  Westmere Borough Council', or cells set apart by a wide gap ('NEWS RELEASE       Embargoed
    # until 00.01, Tuesday 21 February 2023')
    parts = [part for part in re.split(r"\||[^\S\n]{3,}", line) if part.strip()]
    if len(parts) > 1 and all(is_page_furniture(gazetteer, part, home_area) for part in parts):
        return True
    # a masthead: the publisher beside its parent body or its site's kind ('Justice Services  |  HM Inspectorate of
    # Probation'); a headline beside the publisher's name runs longer
    masthead = [part.strip() for part in MASTHEAD_PART_RE.split(line) if part.strip()]
    if len(masthead) == 2 and min(len(part.split()) for part in masthead) <= MASTHEAD_WORDS and \
            any(_publisher(gazetteer, part, home_area) for part in masthead):
        return True
    links = [part for part in MENU_GAP_RE.split(line) if part.strip()]
    if len(links) >= MENU_LINKS and all(len(WORD_RE.findall(link)) <= MENU_LINK_WORDS for link in links):
        return True  # a site's menu: 'Home  Council  Residents  Business  News  Contact us', 'Menu   Bins and recycling'
    rest = SECTION_WORDS.sub(" ", line)
    dated = parse_date(rest)
    rest = " ".join((rest[:dated[1]] + rest[dated[2]:] if dated else rest).split()).strip(" .-")
    return not rest or _publisher(gazetteer, rest, home_area) or _bilingual_publisher(gazetteer, line, home_area)


def _publisher(gazetteer: Gazetteer, name: str, home_area: str | None) -> bool:
    """Whether the words are a publisher's name: a council, the inspectorate, a body the gazetteer knows."""
    return bool(gazetteer.council_area(name) or gazetteer.local_council_area(name, home_area)
                or gazetteer.inspectorate_named(name) == name or gazetteer.known_organisation(name))


# The parts of a masthead: 'GLANRHOSYN COUNTY COUNCIL  -  Cyngor Sir Glanrhosyn', 'HM Inspectorate of Probation |
# Arolygiaeth Prawf EM'.
MASTHEAD_PART_RE = re.compile(r"[^\S\n]+[|–—-][^\S\n]+|[^\S\n]{3,}")
MASTHEAD_WORDS = 2  # a parent body's or a site's words beside the publisher's name
OTHER_TONGUE_NAME_RE = re.compile(r"(?:[A-Z][\w'’]*+[^\S\n]*+){1,4}")


def _bilingual_publisher(gazetteer: Gazetteer, line: str, home_area: str | None) -> bool:
    """A publisher's name with its name in the other language beside it: the first part the publisher, the other a
    few capitalised words."""
    parts = [part.strip() for part in MASTHEAD_PART_RE.split(line) if part.strip()]
    first = " ".join(word.capitalize() if word.isupper() and len(word) > 3 else word for word in parts[0].split()) \
        if parts else ""
    return len(parts) == 2 and _publisher(gazetteer, first, home_area) and \
        OTHER_TONGUE_NAME_RE.fullmatch(parts[1]) is not None


def _labelled_title(ctx: Context, label: re.Match[str]) -> tuple[str, Span] | None:
    """The title a report's form gives after its label, with the line it wraps onto (indented to the value)."""
    line_end = end_of_line(ctx.text, label.end())
    column = label.end() - (ctx.text.rfind("\n", 0, label.end()) + 1)
    following = re.compile(rf"\n {{{column}}}(?=\S)[^\n]*").match(ctx.text, line_end)
    if following is None and ends_unfinished(ctx.text[label.end():line_end]):  # '... INSPECTION OF' / 'X SERVICE'
        following = re.compile(r"\n[^\S\n]*\S[^\n]*").match(ctx.text, line_end)
    where = trim(ctx.text, label.end(), following.end() if following else line_end)
    title = " ".join(where.text.split())
    return (title, where) if 3 < len(title) <= MAX_TITLE else None


HEADLINE_INDENT_RE = re.compile(r"\s*+(?:#++[^\S\n]++)?")  # an indented headline, or a page's '# ' heading mark


def _title(ctx: Context, start: int, end: int) -> tuple[str, Span] | None:
    indent = HEADLINE_INDENT_RE.match(ctx.text, start, end)
    start = indent.end() if indent else start
    text = ctx.text[start:end]
    cut = TITLE_END.search(text)
    while cut and ends_unfinished(text[:cut.start()]):  # 'rated as good by' / 'HM Inspectorate of Probation'
        cut = TITLE_END.search(text, cut.end())
    where = _with_closing_quote(ctx.text, trim(ctx.text, start, start + (cut.start() if cut else len(text))))
    title = plain(where.text)
    return (title, where) if 3 < len(title) <= MAX_TITLE else None


# A quote's opening and closing marks; an opening mark starts a word.
QUOTES = {"'": "'", "‘": "’", '"': '"', "“": "”"}


def _with_closing_quote(text: str, where: Span) -> Span:
    """A headline that ends on a quoted word keeps the quote's closing mark, which trimming took ("... service rated
    'Good'"), where the headline opens the quote."""
    closing = text[where.end:where.end + 1]
    if closing and any(closing == close and re.search(rf"(?:^|\s){re.escape(opening)}\w", where.text)
                       for opening, close in QUOTES.items()):
        return Span(where.start, where.end + 1, text[where.start:where.end + 1])
    return where


def meeting_body(ctx: Context) -> tuple[str, str, Span] | None:
    """The body whose meeting the document records, as recorded so far: its id, its name as the papers write it,
    and where."""
    body = next((s for s in ctx.statements.values() if s.schema == "Document" and s.prop == "meeting_of"), None)
    if not body:
        return None
    written = {s.prop: s.value for s in ctx.statements.values()
               if s.entity == body.value and s.schema == "Organisation" and s.prop in ("name", "alias")}
    name = written.get("alias") or written.get("name") or body.quote
    return body.value, name, span(ctx.text, body.start, body.end)


def names_meeting_body(ctx: Context, written: str) -> str | None:
    """The id of the body whose meeting the document records, if `written` names it in full or by the initials of
    its leading words ('ECYP Scrutiny Panel' for the Education, Children & Young People Scrutiny Panel)."""
    body = meeting_body(ctx)
    if not body:
        return None
    full, short = body[1].split(), written.split()
    if fold(" ".join(short)) == fold(" ".join(full)):
        return body[0]
    tail = 0
    while tail < min(len(short), len(full)) - 1 and fold(short[-1 - tail]) == fold(full[-1 - tail]):
        tail += 1
    initials = "".join(w[0] for w in full[:len(full) - tail] if w[0].isalpha() and w.lower() not in SMALL_WORDS).upper()
    # the papers name the panel with its council's place before it, which its initials may leave out
    named = len(short) == tail + 1 and len(short[0]) > 1 and short[0] in (initials, initials[1:])
    return body[0] if tail and named else None


def meeting_of(ctx: Context, body: str, where: Span) -> None:
    """The board, panel or committee whose meeting the document records (its minutes, notice or papers); a name
    written in capitals ("YOS MANAGEMENT BOARD", "Westmere CABINET") is kept in title case, and the heading's
    words of the record ("MINUTES OF A MEETING OF THE CABINET") are no part of it."""
    body = MEETING_RECORD.sub("", body)
    body = re.sub(r"\b[A-Z][A-Z&,'’-]*(?:\s+[A-Z][A-Z&,'’-]*)+\b", _title_case, body) if not body.isupper() else \
        _title_case(body)
    body = " ".join(_title_case(word) if is_shouted_word(word) else word for word in body.split())
    ctx.document_fact("meeting_of", ctx.organisation(body, where), where)


# 'MINUTES OF A MEETING OF THE CABINET', 'MINUTES OF THE CORPORATE PARENTING PANEL'
MEETING_RECORD = re.compile(r"\b(?:minutes|notes|record)\s+of\s+(?:(?:an?|the)\s+(?:\w+\s+)?meeting\s+of\s+)?(?:the\s+)?",
                            re.IGNORECASE)


def _title_case(text: str | re.Match[str]) -> str:
    words = (text.group(0) if isinstance(text, re.Match) else text).split()
    acronym = re.compile(r"^(?:YOS|YOT|YJS|YJB|NHS|CRC)$")
    return " ".join(w if acronym.match(w) else w.lower() if w.lower() in SMALL_WORDS else w.capitalize() for w in words)


def document_facts(ctx: Context, families: tuple[str, ...]) -> None:
    first = first_line(ctx)
    if not first:
        return  # a document given as blank text (readers refuse such files) has nowhere to anchor facts
    ctx.document_fact("file_name", ctx.document.name, first)
    for family in families:
        ctx.document_fact("family", family, first)
    published = publication_date(ctx)
    if published:
        ctx.document_fact("published", published[0], published[1])
    title = document_title(ctx, families, published[0] if published else None)
    if title:
        ctx.document_fact("heading", title[0], title[1])
    area = document_area(ctx)
    if area:
        at = ctx.text.find(area)
        where = span(ctx.text, at, at + len(area)) if at >= 0 else first
        ctx.document_fact("area", ctx.area(area, where), where)
