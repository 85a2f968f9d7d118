"""Attendance lists of meetings, shared by council papers and board minutes.

Minutes and notices of meetings list who sat, who sent apologies, who took the minutes and
who is a member, in many layouts: a "Present:" heading with one person a line (or with
blank lines between them), everyone on the heading's line separated by semicolons and
commas, name and role in padded columns or run together ("Stephen YoungCleveland Police"),
a role broken over two lines, "Councillors A, B and T D" with the honorific once for the
list, markers such as "(Chair)", "(in the Chair)", "(Vice-Chairman)" and "(Minutes)".

The lines are classified, not matched against one pattern: a *heading* opens a section of
a kind (`present`, `apologies`, `membership`, ...) and may carry entries on its own line;
an *entry* begins with a person's name; a short line without a name continues the role of
the entry above; a numbered item or a prose sentence ends the section. Entries are split
into people at separators that are followed by a name. A run of entries just before an
apologies section with no heading of its own is the list of those present.

Apologies and declarations of interest also come as sentences ("Apologies were received
from Councillor Hockaday", "Councillor Godier declared a personal interest"), read by
`apologies_in_prose` and `declared_interests`.

`record_attendance` turns all of it into facts for any family of meeting records: what each
heading and each marker means (a council panel's "(Chair)" is `panel_chair`, a board's is
`board_chair`) is the family's `AttendanceRelations`, data rather than code.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from copy import deepcopy
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.loaders import person_cells
from kg.loaders.context import Context
from kg.loaders.initials import (
    INITIALS,
    INITIALS_RE,
    document_key,
    fits,
    initials_entries,
    initials_of,
    initials_quoted,
)
from kg.loaders.roles import (
    MINUTES_ROLE_RE,
    POLICE_FORCE,
    YOS_ROLE,
    force_without_holder,
    is_organisation_name,
    organisation_after_name,
    organisation_for_role,
    organisation_named,
    post_and_body,
)
from kg.loaders.speakers import (
    ATTENDING_RELATIONS,
    BOARD_CHAIR_RE,
    SAFEGUARDING_RE,
    YOUTH_JUSTICE_BOARD_RE,
    post_relation,
    relative_post,
)
from kg.loaders.text import (
    BULLET_RE,
    DAY_AND_MONTH,
    EDGE_CHARS,
    MEETING_DATE,
    PART_PREFIX,
    STATUS_CODES_HEAD_RE,
    Line,
    Span,
    cells,
    column_kind,
    end_of_line,
    fold_cells,
    is_blank,
    is_column_heads,
    is_date_head,
    is_month_head,
    leaders_blanked,
    lines,
    plain,
    sentence_end,
    sentence_start,
    span,
    start_of_line,
    strip_bullet,
    trim,
    trim_bounds,
    wrapped_sentence_start,
)
from kg.names import (
    CALENDAR_WORDS,
    HONORIFICS,
    LETTER,
    LOWER,
    UPPER,
    NameMatch,
    body_follows,
    cased,
    find_names,
    is_first_name,
    is_honorific,
    is_initials,
    is_role_word,
    name_at,
    name_key,
    police_rank,
    short_form_of,
    split_title,
    surname_first_at,
    title_parts,
)
from kg.vocabulary import (
    CABINET_POST_RE,
    CONNECTIVES,
    WELSH_ARTICLES,
    WELSH_HEADINGS,
    WELSH_HONORIFICS,
    WELSH_POSTS,
    is_body_word,
    is_post_noun,
    is_post_word,
    is_venue_word,
    names_post,
    names_post_or_body,
    singular_post,
    welsh_pattern,
)

# Section kinds: what a heading says about the people listed under it.
PRESENT, ALSO_PRESENT, IN_ATTENDANCE, OFFICERS = "present", "also_present", "in_attendance", "officers"
APOLOGIES, ABSENT, MEMBERSHIP, DEPUTIES = "apologies", "absent", "membership", "deputies"
MINUTES, CHAIR, VICE_CHAIR, DECLARATIONS = "minutes", "chair", "vice_chair", "declarations"
# A committee's paper headed by whom it goes to, its members ('To:  Councillor A (Chair); Councillors B, C and D').
ADDRESSED = "addressed"

# 'Chair / Cadeirydd', 'Members / Aelodau:': the other tongue's word after the English one, each word crossed once.
OTHER_TONGUE_AFTER = r"[^\S\n]*+/(?:[^\S\n]*+[^\W\d_]++){1,3}+"
HEADINGS: list[tuple[str, str]] = [
    # 'To:', 'To / At:' heading a committee's paper: councillors only may follow, on its line or the next ('Distribution:'
    # is a copy list's heading, read by its own reader)
    (ADDRESSED, r"to(?=(?:[^\S\n]*+/[^\S\n]*+[^\W\d_]++)?[^\S\n]*+:[^\S\n]*+"
                r"(?:$|(?:(?:county|borough|town|city|district|parish)[^\S\n]++)?(?:councillors?|cllrs?)\b))"),
    # guests, and those 'In attendance for item 3:': people who came for an item, as officers do
    (OFFICERS, r"(?:invited\s+)?guests?(?:\s+(?:present|in\s+attendance))?|visitors?|"
               r"(?:(?:present|attending|in\s+attendance)\s+)?by\s+invitation"),  # 'By invitation: X, HMI Probation'

    (OFFICERS, r"(?:also\s+)?(?:in\s+attendance|attending|present|invited)\s+for\s+(?:agenda\s+)?items?\s+\w{1,4}"
               r"(?:\s*(?:,|and|&|-|–)\s*\w{1,4})*"),
    # 'Also attending' and 'Also in attendance' are, like 'In attendance', those who came without a seat: officers
    # (and 'also there:' in a note's plainer words)
    (IN_ATTENDANCE, r"also\s+(?:in\s+attendance|attending|there(?=\s*:))"),
    # 'Other Members present:', 'Non-Executive Members in attendance:' under the cabinet's own: councillors at the table
    # who are none of its members
    (ALSO_PRESENT, r"also(?:\s+present)?(?=\s*:)|also\s+present|together\s+with(?=\s*:)|"
                   r"(?:other|non[-\s]?executive|non[-\s]?cabinet|opposition|backbench|visiting)\s+(?:members|councillors)"
                   r"(?:\s+(?:present|in\s+attendance|attending))?"),
    (OFFICERS, r"(?:council\s+)?officers?(?:\s+(?:and|&)\s+(?:others|guests|visitors))?(?:\s+(?:present|in\s+attendance|attending|of\s+the\s+council|supporting(?:\s+the\s+\w+)?))?"),
    # ('Others attending' beside a board's 'Members': those who came without a seat)
    (IN_ATTENDANCE, r"(?:others\s+)?(?:in\s+attendance(?:\s+were)?|attending)|others\s+present"),
    # 'Councillors:' and 'Co-opted members:' under a 'Chairman:' and 'Vice-Chairman:' line: the rest of those present
    (PRESENT, r"(?:councillors|co-opted(?:\s+members)?)(?=\s*:)|co-opted(?:\s+members?)?(?=\s*\([^)]*\)\s*:)|(?:cabinet|executive)\s+members?\s+(?:present|in\s+attendance|attending)|"
              r"(?:(?:(?:county|borough|town|city|district|parish)\s++){0,2}councillors\s+)?present|"
              r"(?:(?:members|membership|board\s+members|those)\s+)?present|attendees|"
              # 'Attendance register 2023/24': the year's register, a column for each of its meetings
              # ('Board attendance 2021/22 (register kept by ...)': the board's, over a column for each meeting too)
              r"(?:board[^\S\n]++)?attendance(?:\s+(?:record|register|details))?(?:[^\S\n]++(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?)?|"
              r"(?:record|register)\s+of\s+attendance|"
              r"(?:members|councillors|board\s+members|those)\s+(?:in\s+attendance|attending)|"
              # 'MEMBERS OF THE COMMITTEE PRESENT:-': the body's members who sat
              r"(?:members|councillors)\s+of\s+the\s+(?:sub-)?(?:committee|panel|board|cabinet|executive)\s+present"),
    (APOLOGIES, r"(?:absent\s+with\s+|sent\s+|with\s+)?apolog(?:ies|y)(?:\s+for\s+absence)?(?:\s+(?:and\s+substitutions?|received(?:\s+from)?|"
                r"were\s+received\s+from|from))?|apols?\.?(?=\s*:)|also\s+invited|(?:not\s+able|unable)\s+to\s+attend|could\s+not\s+attend|regrets"),
    # ('Cabinet member absent:': a member of the body who did not come)
    (ABSENT, r"(?:(?:cabinet|executive|board|committee|panel)\s+members?\s+)?(?:absent|not\s+present)"),
    # 'Deputy attending (Sep):', 'Substitutes present:': who came in a member's place
    # ('Reserve members: Councillors Platt and Oduya': a panel's named substitutes)
    (DEPUTIES, r"(?:standing\s+|named\s+)?(?:deputies|deputy|substitutes?|reserves?)(?:\s+members)?"
               r"(?:\s+(?:attending|present|in\s+attendance))?"),
    # 'Panel membership 2013/14:', 'Membership for 2024-25 -': the year the membership is for, before the colon
    # 'Membership and attendance register' over 'Member   Attendance' rows: the committee's members, and who came
    # ('REGISTER OF MEMBERS AND ATTENDANCE 2021/22': the same, for the year)
    (MEMBERSHIP, r"(?:(?:(?:record|register)[^\S\n]++of[^\S\n]++)?(?:membership|members)[^\S\n]++(?:and|&)[^\S\n]++attendance"
                 r"|attendance[^\S\n]++(?:and|&)[^\S\n]++membership)"
                 r"(?:[^\S\n]++(?:record|register|list))?(?:[^\S\n]++(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?)?|"
                 r"(?:membership|(?:(?:committee|panel|board)\s+)?members(?:hip)?(?:\s+of\s+the\s+(?:panel|committee|board|cabinet|executive))?)"
                 r"(?:[^\S\n]+(?:for[^\S\n]+)?(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?(?=[^\S\n]*[:–—-]))?"),
    (MINUTES, r"minutes?[-\s]+(?:taken\s+by|taker|secretary|clerk|prepared\s+by|recorded\s+by)|notes?[-\s]+(?:taken\s+by|taker)|clerk(?:\s+to\s+the\s+\w+)?|"
              r"minuted\s+by|"
              r"minutes(?=\s*:)|minutes(?=[^\S\n]*[–—-])|notes(?=[^\S\n]*:)|(?:minutes|notes)(?=[^\S\n]*$)"),
    (VICE_CHAIR, r"vice[-\s]?chair(?:man|person|woman)?|deputy\s+chair(?:man|person|woman)?"),
    (CHAIR, r"chair(?:man|person|woman)?|chaired\s+by|in\s+the\s+chair"),
    (DECLARATIONS, r"declarations?\s+of\s+(?:members'?\s+|personal\s+|pecuniary\s+|any\s+)?interests?|"
                   r"disclosures?\s+of\s+(?:personal\s+)?interests?"),
]


def _with_welsh(headings: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each kind's pattern with the Welsh headings whose English it reads ('Ymddiheuriadau' is 'Apologies'; 'Yn bresennol
    hefyd', 'Also present'): each Welsh heading goes to the first kind that reads its English, as the English would."""
    welsh: dict[str, list[str]] = {}
    for words, english in WELSH_HEADINGS.items():
        for kind, pattern in headings:
            read = re.match(pattern, f"{english}:", re.IGNORECASE)
            if read and read.end() == len(english):  # a heading only as a label before its colon ('Councillors:') is
                colon = not re.fullmatch(pattern, english, re.IGNORECASE)  # so in Welsh too ('Cynghorwyr:')
                welsh.setdefault(kind, []).append(f"(?:{welsh_pattern({words: english})})" + (r"(?=\s*:)" if colon else ""))
                break
    done: set[str] = set()
    result = []
    for kind, pattern in headings:
        extra = sorted(welsh.get(kind, []), key=len, reverse=True) if kind not in done else None
        done.add(kind)
        result.append((kind, "|".join([pattern, *extra]) if extra else pattern))
    return result


HEADINGS = _with_welsh(HEADINGS)
# A heading is followed by a colon or a dash, ends its line, or is the label cell of a two-cell table row
# ('| Present | Councillors A (Chair), B and C |'), ends in 'by' ('Minutes prepared by Jo Bloggs'), or heads a register whose column is the meeting's date
# ('Attendance register      23.05.26'); the meeting's date may stand before its colon ('Officers in attendance 15/02/24:', 'Present 17 May:').
# The spaces after the heading are crossed once (possessive): a long run of them after 'Members' stays linear.
HEADING_RE = [(kind, re.compile(rf"^(?:{pattern})\b\s*+(?:\([^)]*\)\s*+)?(?:(?:{MEETING_DATE}|{DAY_AND_MONTH})[^\S\n]*+)?(?:{OTHER_TONGUE_AFTER}[^\S\n]*+)?(?P<sep>[:\-–—]|$|\|(?=[^|]+$)|(?<=\sby\s)|(?<=[^\S\n]{{3}})(?=\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}[^\S\n]*$))",
                                re.IGNORECASE))
              for kind, pattern in HEADINGS]
# The heading of a body's minutes, or part of them, set in a paper of another kind after its own text (a cabinet's
# report ending with the cabinet's decision on it, an inspection report's council cover): 'EXTRACT FROM THE MINUTES OF
# CABINET, 12 MARCH 2019', 'Appendix B: Extract from the draft minutes of the Children's Scrutiny Panel held on 3 May',
# 'Minutes extract – YOS Management Board, 4 June 2021'. A line of its own, as a heading is, no sentence ('An extract
# from the minutes is attached.'). The body is read from the line's rest.
EXTRACT_HEADING_RE = re.compile(
    rf"^[^\S\n]*+(?:{PART_PREFIX})?(?:extract[^\S\n]++(?:from|of)[^\S\n]++(?:the[^\S\n]++)?"
    # the body may come before the word ('Extract of Cabinet minutes', 'Extract from the YOS Management Board's minutes')
    r"(?:(?:draft|approved|unconfirmed|confirmed|signed)[^\S\n]++)?(?:[\w'’&-]++[^\S\n]++){0,6}?minutes|"
    r"minutes?[^\S\n]++extract)\b(?P<rest>[^\n]{0,120}+)$", re.IGNORECASE | re.MULTILINE)
EXTRACT_SENTENCE_RE = re.compile(r"\b(?:is|are|was|were|be|has|have|will|would|attached|appended|enclosed|see)\b|\.[^\S\n]*$",
                                 re.IGNORECASE)
SENTENCE_GOES_ON_RE = re.compile(r"\n[^\S\n]*+[a-z]")
# Where a part set after a document's body begins: its heading ('APPENDIX 3: ...', 'Annex B – ...') at a line's start.
PART_START_RE = re.compile(rf"^[^\S\n]*+{PART_PREFIX}(?=\S)", re.MULTILINE)


@dataclass(frozen=True)
class MinutesExtract:
    """Minutes set in a paper of another kind: from its heading to the next part's heading (or the paper's end); `body`
    the heading's line, which names the body that met ('EXTRACT FROM THE MINUTES OF CABINET, 12 MARCH 2019')."""
    heading: Span
    end: int
    body: str


def minutes_extracts(text: str) -> list[MinutesExtract]:
    """Every extract of minutes in the text, in order (see EXTRACT_HEADING_RE)."""
    headings = list(EXTRACT_HEADING_RE.finditer(text))
    if not headings:
        return []
    # where each part ends: the next part's heading or the next extract's, found once (by position, not searched again
    # after each extract: a text of thousands of extracts is read in one pass)
    parts = sorted({part.start() for part in PART_START_RE.finditer(text)} | {heading.start() for heading in headings})
    found: list[MinutesExtract] = []
    for heading in headings:
        if EXTRACT_SENTENCE_RE.search(heading.group("rest")) or SENTENCE_GOES_ON_RE.match(text, heading.end()):
            continue  # a sentence, on its line or going on under it ('Extract from the minutes of the Board' / 'is ...')
        after = bisect.bisect_right(parts, heading.end())
        end = parts[after] if after < len(parts) else len(text)
        found.append(MinutesExtract(span(text, heading.start(), heading.end()), end, heading.group(0)))
    return found


# A heading in two languages, the other language's word first: 'Ymddiheuriadau / Apologies', 'Yn bresennol / Present',
# 'Hefyd yn bresennol / Also present', 'PRESENNOL | PRESENT'.
BILINGUAL_HEADING_RE = re.compile(r"[^\W\d_]+(?:[^\S\n][^\W\d_]+){0,2}[^\S\n]*(?P<sep>[/|])[^\S\n]*(?=[A-Za-z])")
# 'CYP/23/38<TAB>APOLOGIES', 'OSC/41   APOLOGIES', 'CYP.31   APOLOGIES': a minute numbered by its committee's reference
MINUTE_REFERENCE = r"[A-Z]{1,6}/\d{1,4}(?:/\d{1,4})?|[A-Z]{2,6}\.\d{1,4}"
NUMBERING_RE = re.compile(rf"^\s*(?:-\s*)?(?:item\s+)?(?:\d{{1,4}}(?:\.\d+)*|{MINUTE_REFERENCE}|[a-z]|[ivx]+)[.):]?\s+(?=\S)",
                          re.IGNORECASE)
# A date opening a line ('26th April 2012, 10am', '3 May 2010') is the meeting's, not an item numbered.
DATE_AFTER_NUMBER = (r"(?!\d|(?:st|nd|rd|th)?[^\S\n]*(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
                     r"Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|(?:st|nd|rd|th)\b)")
# A time opening a line ('10.00am - 12.15pm' under the date) is the meeting's too.
TIME_AFTER_NUMBER = r"(?![^\S\n]*+[ap]\.?m\b)"
ITEM_RE = re.compile(rf"^\s*(?:-\s*)?(?:item\s+)?(?:\d{{1,4}}(?:\.\d+)*{DATE_AFTER_NUMBER}{TIME_AFTER_NUMBER}|{MINUTE_REFERENCE})[.):]?\s*(?:[-–—]\s*)?[A-Z]",
                     re.IGNORECASE)
# (a verb's letters opening a hyphenated word are no verb: 'Is-gadeirydd', Welsh for 'Vice-Chair')
SENTENCE_VERB_RE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|will|would|be|been|noted|agreed|resolved|received|advised|reported|"
    r"informed|presented|introduced|explained|asked|said|confirmed|welcomed|discussed)\b(?!-)")
LONGEST_ENTRY_WORDS = 20
# (and a column's padding before an honorific: 'Mrs E. Pender (co-opted)<pad>Mr A. Quick (co-opted)', two lists side by
# side; the last blank of the run, so a long run is crossed once; or the tabs of a grid of names, 'T.G. Bevan<TAB><TAB>
# E.J. Cadwaladr', where a person opens the next cell: the whole run of tabs, from its first)
SPLIT_RE = re.compile(r"[;·•]|,|\band\s+from\b|\b(?:and|AND)\b|&|(?<!/)\s(?=(?:Councillor|Cllr)\.?\s)|"
                      r"(?<=[^\S\n]{2})[^\S\n](?=(?:Mr|Mrs|Ms|Miss|Dr)\.?[^\S\n]++[A-Z])|(?<!\t)\t++")
# In a grid of surnames ('Councillors   Adams   Baker (Vice-Chair) Cole'), a column's padding (not a line's indent: 'and
# Tamsin' / '    Gadsby' is one name) or a bracket's end too
GRID_SPLIT_RE = re.compile(r"\t+|(?<=\S)[^\S\n]{3,}|(?<=\))[^\S\n]+(?=[A-Z])")
# The Welsh words for a meeting's chair, its vice-chair and a substitute ('Cadeirydd', 'Is-gadeirydd', 'dirprwy'): a
# marker in Welsh alone, or before the English one, is that marker ('(Cadeirydd)', '(dirprwy / substitute for X)').
WELSH_CHAIR = welsh_pattern(WELSH_POSTS, meaning="chair")
WELSH_VICE_CHAIR = welsh_pattern(WELSH_POSTS, meaning=r"(?:vice|deputy)[- ]chair")
WELSH_SUBSTITUTE = rf"(?:{welsh_pattern(WELSH_POSTS, meaning='substitute|deputy')})[^\S\n]*+/[^\S\n]*+"
CHAIR_WORD = rf"(?:chair(?:man|person|woman)?|{WELSH_CHAIR})"
# ('Vice-' at a line's end, 'Chairman' opening the next: one word wrapped at its hyphen)
VICE_JOIN = r"(?:-[^\S\n]*+\n?[^\S\n]*+|\s)?"
VICE_CHAIR_WORD = rf"(?:(?:vice|deputy){VICE_JOIN}chair(?:man|person|woman)?|{WELSH_VICE_CHAIR})"
# A bilingual marker gives the other language's word first: '(Cadeirydd / Chair)', '(Cofnodion / Minutes)'.
OTHER_TONGUE = r"(?:[^\W\d_]+[^\S\n]*){1,3}/[^\S\n]*(?:\n[^\S\n]*)?"  # ('(Cadeirydd /' / 'Chair)': wrapped at the slash)
# The same, each word crossed once (possessive), for patterns tried at a role's start: a long word stays linear.
OTHER_TONGUE_ONCE = r"(?<![^\W\d_])(?:[^\W\d_]++[^\S\n]*+){1,3}+/[^\S\n]*+"
CHAIR_MARK_RE = re.compile(rf"\(\s*(?:{OTHER_TONGUE})?(?:in\s+the\s+)?{CHAIR_WORD}(?:{OTHER_TONGUE_AFTER})?\s*\)|"
                           r"\bin\s+the\s+chair\b|"
                           # (a run of separators: entered once; the blanks and marks after it bounded, or a row of
                           # bars read from each bar to its end was quadratic)
                           r"(?:^|(?<![,;|\-–—\t])[,;|\-–—\t])\W{0,20}+(?:the\s+)?(?:independent\s+)?chair(?:man|person|woman)?"
                           r"(?:\s+of\s+the\s+(?:board|panel|committee|meeting))?(?:[^\S\t]*(?:$|[,;|\-–—(\t/)])|[^\S\n]{3,})|"  # or a column's gap
                           # ('BMBC ......... chairing': or after a column's gap, the leaders blanked)
                           # (not 'sends apologies - chairing Scrutiny Panel briefing': another body's meeting)
                           r"(?:[,;|\-–—(\t]\s*+|(?<=\S)[^\S\n]{3,}+)chairing\b"
                           r"(?![^\S\n]++(?!(?:the|this)[^\S\n]+(?:meeting|board|panel|committee)\b)[A-Za-z])|"
                           # ('Jo Lee, Director of Children's Services, who chaired the meeting; ...')
                           r"\bwho\s+(?:chaired|presided\s+over)\s+(?:the|this)\s+(?:meeting|board|panel|committee)\b|"
                           # ('MAESBURY, Cllr Glenys ...... Chair ...... present': the seat alone in a register's
                           # column, after the leaders' blanks)
                           r"^[^\S\n]*+(?:the\s+)?chair(?:man|person|woman)?[^\S\n]*+$", re.IGNORECASE)
VICE_MARK_RE = re.compile(rf"\b{VICE_CHAIR_WORD}\b", re.IGNORECASE)
# (or the marker in both languages, either first: '(Chair / Cadeirydd)', 'Is-gadeirydd / Vice-Chair')
MARKER_ONLY_RE = re.compile(rf"\(?\s*(?:in\s+the\s+)?(?:{VICE_CHAIR_WORD}|{CHAIR_WORD})"
                            rf"(?:[^\S\n]*/[^\S\n]*(?:{VICE_CHAIR_WORD}|{CHAIR_WORD}))?\s*\)?", re.IGNORECASE)
# '(Minutes)', or set off by a dash at the entry's end (or its table's cell's): 'Business Support Officer, YJS - minutes',
# or by a comma.
MINUTES_MARK_RE = re.compile(rf"\((?:{OTHER_TONGUE})?(?:minutes?|notes?|note[- ]?taker|minute[- ]?taker|clerk)\)|"
                             # (or the bracket's end: '(Partnership Support Officer - notes)')
                             r"(?<=\s)[–—-][^\S\n]*(?:minutes|notes|note[- ]?taker|minute[- ]?taker)[^\S\n]*+(?:\)[^\S\n]*+)?"
                             r"(?:\|[^\S\n]*+)?$|"
                             # the bracket's last words after the post: '(Board Support Officer, minutes)'
                             r"(?<=\w),[^\S\n]*(?:minutes|notes|note[- ]?taker|minute[- ]?taker)[^\S\n]*(?:\)|$)|"
                             # a register's last cell after the post: 'Business Support Officer<TAB>Minutes'
                             r"(?<=\S)(?:\t++|[^\S\n]{3,}+)(?:minutes|notes|note[- ]?taker|minute[- ]?taker)[^\S\n]*+$|"
                             r"\bwho\s+took\s+the\s+(?:minutes|notes)\b", re.IGNORECASE)  # '(Post) who took the minutes'
# '(in attendance)' after a member's post in the list of those present: an officer who came, with no seat.
IN_ATTENDANCE_MARK_RE = re.compile(r"\(\s*(?:in\s+attendance|attending)\s*\)|"
                                   # '... Service Manager (operations) - attending': the mark after a dash, ending the entry
                                   r"(?<!\S)[–—-][^\S\n]*+(?:in[^\S\n]+attendance|attending)[^\S\n]*+$", re.IGNORECASE)  # '(attending)' too
# the marker opening the post, before the seat it is held from: 'Note taker, Business Support YJS'
MINUTES_LEAD_RE = re.compile(r"(?:minute|note)[- ]?taker[^\S\n]*+[,/;]", re.IGNORECASE)
# ... or whoever came in the member's place: '(Jo Lee, Senior Officer, attended in his place)'
ON_BEHALF_RE = re.compile(rf"\((?:on\s+behalf\s+of|(?:{WELSH_SUBSTITUTE})?substitut\w*\s+for|deputising\s+for|for)\b[^)]*\)|"
                          r"\([^()]*\battended\s+in\s+(?:his|her|their)\s+place\)", re.IGNORECASE)
# The initials' cell of a pipe table after a marker: '(Chair) | JD | Director' (INITIALS_USED_RE reads it after a name).
INITIALS_CELL_RE = re.compile(rf"[{UPPER}](?:[{UPPER}]|['’](?=[{UPPER}])){{1,4}}[^\S\n]*\|[^\S\n]*")
# 'Jane Doe (JD)', 'Ruth Marlow (RMa)', or the initials in a column of their own: 'Jane Doe<TAB>JD<TAB>Chair', '| Jane Doe | JD | Chair |',
# "| Dan O'Rourke | DO'R |".
INITIALS_USED_RE = re.compile(rf"\s*\((?:[{UPPER}][{UPPER}a-z-]{{0,3}}[{UPPER}]|{INITIALS})\)|\t+[A-Z]{{2,4}}(?=\t)"  # '(JD)', '(HvdB)', '(SC-B)'
                              rf"|[^\S\n]*\|[^\S\n]*[{UPPER}](?:[{UPPER}]|['’](?=[{UPPER}])){{1,4}}[^\S\n]*(?=\|)")

# The Welsh titles of a councillor and of councillors ('Cynghorydd', 'Cyng.', 'Cynghorwyr'), the article before them
# ('Y Cynghorwyr'), and a Welsh title set before its English one ('Cyng. / Cllr', 'Y Cynghorwyr / Councillors'): one title.
WELSH_ARTICLE = rf"(?:(?:{'|'.join(sorted(WELSH_ARTICLES))})[^\S\n]+)?"
WELSH_COUNCILLORS = welsh_pattern(WELSH_HONORIFICS, meaning="councillors")
WELSH_COUNCILLOR = welsh_pattern(WELSH_HONORIFICS, meaning="councillors?")
WELSH_TITLE_BEFORE = rf"{WELSH_ARTICLE}(?:{welsh_pattern(WELSH_HONORIFICS)})\.?[^\S\n]*+[/|][^\S\n]*+"
COUNCILLORS_WORD = rf"(?:Councillors|Cllrs|{WELSH_ARTICLE}(?:{WELSH_COUNCILLORS}))"
PLURAL_COUNCILLORS_RE = re.compile(rf"\b{COUNCILLORS_WORD}\b", re.IGNORECASE)
# 'County Councillor P. Jenkins', 'Borough Councillors A, B and C': the council's kind before the honorific.
# Tried with match(), so at the start of what it is given.
COUNCILLOR_RE = re.compile(rf"(?:{WELSH_TITLE_BEFORE})?(?:(?:County|Borough|Town|City|District|Parish)\s+)?"
                           rf"(?:Councillors?|Cllrs?|{WELSH_ARTICLE}(?:{WELSH_COUNCILLOR}))\b\.?", re.IGNORECASE)


def _plural_title(lead: str) -> bool:
    """'Councillors', 'Cllrs.', 'Cynghorwyr / Councillors': a title that covers the list after it."""
    return bool(PLURAL_COUNCILLORS_RE.search(lead))
HONORIFIC_NEXT_RE = re.compile(r"(?:and\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Messrs)\b")
NAME_REACH = 120  # characters: a name that starts a piece ends within them
NAME_ALONE_RE = re.compile(r"\s*(?:$|[,;(&]|and\b)")  # what may follow a name alone in a list
SURNAME_ALONE_RE = re.compile(r"(?:[^\S\n]{3,}|\t)(?=\S)|\s*(?:\(|[.;]?\s*$|[,;]|and\b)")
BRACKETS_ONLY_RE = re.compile(r"(?:\s|\([^()]*+\))*+")
# A surname written alone in a list under 'Councillors': 'Hall', 'McKay', "O'Neill", 'Fitz-Allen'.
SURNAME_RE = re.compile(rf"(?:Mc|Mac|O['’]|D['’]|Fitz)?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?")


# In a table flattened to one cell a line, a line break between cells: not after a word that links ('and', 'of') and
# not before a lower-case word, which are a cell's own words wrapped ('Head of Inclusion and' / 'Virtual School Head').
# In a table of bars, a cell wrapped onto the next row, the cells before it empty ('| JT | Jo Bloggs | Director of
# Children's Services, Westmere   |' / '|    |           | Council (Chair) |'): one cell's words, not two cells.
# (a match starts at a run's first blank or at the bar: from each blank of a long run it would be quadratic)
WRAPPED_BAR_CELL_RE = re.compile(r"(?<![^\S\n])[^\S\n]*+\|[^\S\n]*+\n[^\S\n]*+\|(?:[^\S\n]*+\|)*+[^\S\n]*+")
CELL_PER_LINE_RE = re.compile(r"(?<![\s,&(/–—-])(?<!\band)(?<!\bof)(?<!\bfor)(?<!\bthe)(?<!\bto)(?<!\bin)[^\S\n]*\n\s*(?=[A-Z])")


@dataclass
class Attendee:
    """One person in an attendance list: the name, the role written with it, and any marker."""

    name: NameMatch
    evidence: Span
    role: Span | None = None
    chair: bool = False
    vice_chair: bool = False
    minutes: bool = False
    status: str | None = None  # the kind of section a table's attendance column puts the person in
    substitute: bool = False  # 'Councillor A attended as substitute for Councillor B': A sat as a deputy
    chair_in_brackets: bool = False  # '(Chair)', '(in the Chair)': the meeting's chair beyond doubt
    chair_of_body: bool = False  # '(Chair, Social Services Scrutiny Committee)': the chair of a body, named
    cell_a_line: bool = False  # a table flattened to one cell a line: the role's lines are its cells
    body: Span | None = None  # a register's first column, the body the member sits for ('| Westmere Council | Jo Bloggs |')
    body_written: bool = False  # the body is a column the table's heads call the organisation: the body as written

    @property
    def role_text(self) -> str | None:
        """The role with its line breaks and padding folded to single spaces."""
        if not self.role:
            return None
        # a table's cells (between bars, tabs or wide padding, or one a line) are parts of the role: 'Chair, Northshire
        # Council'
        return fold_cells(CELL_PER_LINE_RE.sub(", ", self.role.text) if self.cell_a_line
                          else WRAPPED_BAR_CELL_RE.sub(" ", self.role.text))

    @property
    def councillor(self) -> bool:
        return (self.name.title or "") == "Councillor"


@dataclass
class Section:
    kind: str
    heading: Line
    attendees: list[Attendee] = field(default_factory=list)
    column: bool = False  # one of two lists side by side: its lines are parts of the page's lines
    # those the list names by initials alone, kept apart until the list is read: their posts are written elsewhere (the
    # key's rows), so the lines below are never read as those posts run on
    by_initials: list[Attendee] = field(default_factory=list)


def heading_kind(text: str, line: Line) -> tuple[str, Span] | None:
    """The kind of attendance heading the line is, and the entries on its own line (possibly empty)."""
    return _heading_kind(text, line)


@lru_cache(maxsize=8192)  # each reader of a list asks it of the same lines: each line of the text is judged once
def _heading_kind(text: str, line: Line) -> tuple[str, Span] | None:
    body = strip_bullet(text, _inside_rules(text, trim(text, line.start, line.end, " \t")))
    body = trim(text, body.start, body.end, " \t|*#")
    numbered = NUMBERING_RE.match(body.text)
    if numbered:
        body = span(text, body.start + numbered.end(), body.end)
    body = trim(text, body.start, body.end, " \t|*#")
    part = PART_START_RE.match(body.text)  # 'Appendix A – Attendance register': the part's title is the heading
    if part and _kind_read(body.text[part.end():]):
        body = span(text, body.start + part.end(), body.end)
    bilingual = BILINGUAL_HEADING_RE.match(body.text)  # 'Ymddiheuriadau / Apologies:': the English heading after it
    if bilingual and not is_first_name(bilingual.group(0).split()[0]):  # 'Jo Lee / Chair' is an entry
        after = span(text, body.start + bilingual.end(), body.end)
        second, whole = _kind_read(after.text), _kind_read(body.text)
        # the half after the slash names the kind where it is a heading ('Yn bresennol hefyd / Also in attendance'), or
        # the whole is none; after a bar both halves are the same heading ('PRESENNOL | PRESENT'), not a table's heads
        # ('Present | Apologies')
        if (second or not whole) if bilingual.group("sep") == "/" else second is not None and second == whole:
            body = after
    for kind, regex in HEADING_RE:
        match = regex.match(body.text)
        if match:
            rest = trim(text, body.start + match.end(), line.end, " \t|*:-–—")
            if match.group("sep") == "|" and heading_kind(text, rest):
                return None  # a table's column heads ('| Present | Apologies |'), not a labelled row
            if kind == MINUTES and _titles_the_record(body.text[:match.start("sep")], match.group("sep"), text, rest, line):
                return None
            return kind, rest
    return _label_in_capitals(text, body)


RULE_CHARS = "-=–—~"


def _inside_rules(text: str, body: Span) -> Span:
    """A heading set between short rules, as a register parts its rows ('-- Yn bresennol / In attendance --', '== Apologies
    =='): the words between them."""
    if len(body.text) > 4 and all(char in RULE_CHARS for char in body.text[:2] + body.text[-2:]):
        return trim(text, body.start, body.end, " \t" + RULE_CHARS)
    return body


def _ruled_heading(text: str, line: Line) -> bool:
    """The line is a heading set between rules ('-- In attendance --'): it parts a register's rows, never wraps one."""
    trimmed = trim(text, line.start, line.end, " \t")
    return _inside_rules(text, trimmed) != trimmed and heading_kind(text, line) is not None


def _kind_read(words: str) -> str | None:
    """The kind of heading that words open with, if any."""
    return next((kind for kind, regex in HEADING_RE if regex.match(words)), None)


# A heading in capitals set before its entries on the line, as a margin's label ('PRESENT      Councillors A, B',
# 'ALSO PRESENT Councillor Jo Bloggs, Cabinet Member'): padding after it, or one space before a capital.
CAPITALS_LABEL_RE = re.compile(r"(?P<label>[A-Z][A-Z'’-]*+(?:[^\S\n][A-Z][A-Z'’-]*+){0,3})(?:[^\S\n]{2,}+|\t++|[^\S\n](?=[A-Z][a-z]))(?=\S)")


# ... or in any case as a left column's label at the margin, the entries in a column to its right ('Officers      Owen
# Trevarrow - Manager', 'Also present  Jo Bloggs'): padding of two spaces or more, or a tab, after it.
PADDED_LABEL_RE = re.compile(r"(?P<label>[A-Z][A-Za-z'’-]*+(?:[^\S\n][A-Za-z][A-Za-z'’-]*+){0,3})(?:[^\S\n]{2,}+|\t++)(?=\S)")


def _label_in_capitals(text: str, body: Span) -> tuple[str, Span] | None:
    """The kind and entries of a line whose label in capitals (or any label padded from its column) stands before a
    person, with no colon. A padded label of one holder's post ('Chair          Councillor Jo Bloggs') is that row's
    role in the list, not a heading of its own."""
    capitals = CAPITALS_LABEL_RE.match(body.text)
    # a left column's label stands at the margin: a word set in ('                Officer     Jo Bloggs') is a post
    # wrapped under its cell in a grid of members
    at_margin = body.start == text.rfind("\n", 0, body.start) + 1
    label = capitals or (PADDED_LABEL_RE.match(body.text) if at_margin else None)
    if label is None:
        return None
    # (its edge trimmed as a colon heading's: 'PRESENT       ATHERLEY (Chair), ELLISON, AMADI,' keeps the comma that
    # wraps the list on, its members' surnames alone)
    rest = trim(text, body.start + label.end(), body.end, " \t|*:-–—")
    opened = rest and (person_at(text, rest) or capitals and _bare_surnames(text, _without_run_on(text, rest)))
    for kind, regex in HEADING_RE:
        match = regex.match(label.group("label"))
        if match and match.group("sep") == "" and match.end() == label.end("label") and opened \
                and (capitals or kind not in ONE_HOLDER_KINDS):
            return kind, rest
    return None


def _without_run_on(text: str, line: Span) -> Span:
    """A list's line without the comma or 'and' its end wraps on with ('RAO, AMADI and' / 'HURST')."""
    listed = trim(text, line.start, line.end)
    joined = TRAILING_AND_RE.search(listed.text)
    return trim(text, listed.start, listed.start + joined.start()) if joined else listed


def _titles_the_record(heading: str, separator: str, text: str, rest: Span, line: Line) -> bool:
    """'Minutes – 12 March 2024', 'MINUTES - Public Session': a bare 'Minutes' and a dash title the record; they head
    the minute taker only when a person's name follows ('MINUTES — Rosa Delaney'). 'Minutes' alone on its line is a
    label of the attendance only over a name set in on the line below ('Minutes' / '  Jo Bloggs, Officer'), as the
    labels over it set in their entries."""
    if heading.strip().lower() not in ("minutes", "notes") or separator not in "-–—":
        return False
    if not separator:
        return _name_set_in_below(text, line) is None
    return name_at(text, rest.start, rest.end, strict=True) is None


def _name_set_in_below(text: str, line: Line) -> NameMatch | None:
    """The name opening the next line, where that line is set in further than this one."""
    start = line.end + 1
    end = text.find("\n", start)
    below = span(text, start, len(text) if end < 0 else end) if start < len(text) else None
    if below is None or not below.text.strip() or _indent(text, below.start) <= _indent(text, line.start):
        return None
    return person_at(text, trim(text, below.start, below.end))


def is_item(line: Line) -> bool:
    """A numbered agenda or minute item ('3. Minutes of the last meeting'), which ends a list."""
    return bool(ITEM_RE.match(plain(line.text)))


def is_prose(line: Line) -> bool:
    """A sentence, not an entry; a long one in capitals or Title Case too (a practice example after the list)."""
    words = plain(line.text).split()
    return len(words) > 6 and bool(SENTENCE_VERB_RE.search(line.text)) or \
        len(words) > LONGEST_ENTRY_WORDS and bool(SENTENCE_VERB_RE.search(line.text.lower()))


def person_at(text: str, piece: Span, *, list_title: str | None = None) -> NameMatch | None:
    """The person's name a list entry begins with, if it begins with one."""
    name = name_at(text, piece.start, piece.end, strict=False)
    if name is None:
        return None
    first = name.name.split()[0]
    rest = text[name.end:piece.end].strip()
    if name.surname_only:  # a title before a surname alone: 'Cllr Lee', 'Revd Tuckett', 'Professor Amin'
        return name if name.title in ("Councillor", "Mr", "Mrs", "Ms", "Miss", "Dr", "Reverend", "Canon", "Professor") \
            else None
    plausible = (name.title or is_initials(first) or is_first_name(first) or list_title
                 or not rest or rest[0] in "([,;–-" or _column_after(text, name))
    if not plausible:
        return None
    if list_title and not name.title:
        name = NameMatch(name.start, name.end, name.name, list_title, name.surname_only)
    return name


def _column_after(text: str, name: NameMatch) -> bool:
    """The name ends where a column does: run straight into the role ('Raj PatelManager') or followed by a tab, a
    table's pipe or a run of spaces ('Raj Patel<TAB>Manager', 'Raj Patel | Manager'), as a table flattened to lines
    leaves it."""
    following = text[name.end:name.end + 2]
    last = text[name.end - 1:name.end]  # 'Jo Hart JPChair': post-nominal letters against the role
    run_together = following[:1].isupper() and (last.islower() or last.isupper() and following[1:2].islower())
    return run_together or following[:1] in ("\t", "|") or following in ("  ", " |")


def surname_in_list(text: str, piece: Span, list_title: str) -> NameMatch | None:
    """'Jones' in 'Councillors Smith, Jones and Brown': a surname alone under the list's honorific."""
    match = SURNAME_RE.match(piece.text) or CAPITALS_SURNAME_RE.match(piece.text)
    if not match or is_role_word(match.group(0)) or is_honorific(match.group(0)):
        return None
    rest = piece.text[match.end():].strip()
    if rest and rest[0] not in "(.":
        return None
    written = match.group(0)
    surname = written if not written.isupper() else cased(written)  # "O'DRISCOLL" -> "O'Driscoll"
    return NameMatch(piece.start, piece.start + match.end(), surname, list_title, True)


def split_entries(text: str, entry: Span, *, surnames: bool = False) -> list[Span]:
    """'A (Chair); B, C and D' -> one span per person; separators inside brackets and roles are kept.

    surnames: the list is under a plural honorific ('Councillors'), so a capitalised word alone is a surname.

    Every separator looks only at the text just after it, and at the piece before it only when a
    name alone follows, so a line of thousands of separators stays linear.
    """
    pieces = []
    pos = entry.start
    depth = 0
    plural = PLURAL_COUNCILLORS_RE.search(entry.text)
    plural_at = plural.end() - 1 if plural else None
    tail = trim_bounds(text, entry.start, entry.end, " \t")[1]
    inverted = surname_first_at(text, pos, tail)  # 'Haldane-Fry, Cllr Bernard': the name's comma parts no one
    for index, char in enumerate(entry.text):
        depth += char in "(["  # 'Helena Marsh [Chair; Director of Children's Services]': one entry
        depth -= char in ")]" and depth > 0
        if depth or inverted is not None and entry.start + index < inverted.end:
            continue
        surnames = surnames or (plural_at is not None and plural_at < index)
        match = SPLIT_RE.match(entry.text, index) or (GRID_SPLIT_RE.match(entry.text, index) if surnames else None)
        if not match:
            continue
        following = trim_bounds(text, entry.start + match.end(), tail, " \t\n")[0]
        item = ITEM_LEAD_RE.match(text, following, tail)  # '..., and for item 5 Sergeant Jo Hart of Westmere Police'
        following = item.end() if item else following
        before = (pos, entry.start + match.start())

        def after_name(before: tuple[int, int] = before) -> bool:
            return _bare_name(text, *trim_bounds(text, *before, " \t,;&"))

        label_end = trim_bounds(text, *before, " \t\n")[1]  # past a column's blanked padding after the dash
        if char.isspace() and POST_LABEL_END_RE.search(text, max(before[0], label_end - LABEL_END_REACH), label_end):
            continue  # 'Cabinet Member for Housing – Councillor Jo Bloggs': the post before the dash is the name's
        # 'from A (Post) and from B, Post, Body': the second 'from' opens another entry, whoever B is
        if char in ";·•" or match.group().endswith("from") or _starts_with_person(text, following, tail, surnames, after_name) or (
                (char == "," or match.group().strip() in ("and", "&")) and _post_then_name(text, following, tail, at_start=True)
                and _post_then_name(text, *trim_bounds(text, *before, " \t,;&"))):
            piece = trim(text, pos, entry.start + match.start(), " \t\n,;&")
            kind = COUNCIL_KIND_END_RE.search(piece.text)  # '... (Chair)<TAB>County' before 'Councillor Jo Bloggs'
            pieces.append(trim(text, piece.start, piece.start + kind.start(), " \t\n,;&") if kind else piece)
            pos = entry.start + match.end()
            inverted = surname_first_at(text, pos, tail)
    last = trim(text, pos, entry.end, " \t\n,;&.")
    ending = TRAILING_AND_RE.search(last.text)  # 'Trewin and' at a line's end: the list runs on to the next line
    pieces.append(trim(text, last.start, last.start + ending.start(), " \t,;&.") if ending else last)
    return [p for p in pieces if p]


# The run of blanks is crossed once, from its start (a search from each blank in a long run would be quadratic).
TRAILING_AND_RE = re.compile(r"(?<!\s)\s++and$")
ITEM_LEAD_RE = re.compile(r"for\s+(?:agenda\s+)?items?\s+\w{1,4}\s+(?=[A-Z])", re.IGNORECASE)
COUNCIL_KIND_END_RE = re.compile(r"(?:^|\s)(?:County|Borough|Town|City|District|Parish)$")
POST_LABEL_END_RE = re.compile(r"(?:\s[–—-]|:)\s*$")
LONGEST_LABEL_WORDS = 14
LABEL_END_REACH = 16  # characters: the dash or colon that ends a post is just before the name (a long run is no label)


def _bare_name(text: str, start: int, end: int) -> bool:
    """text[start:end] is a name and nothing else but a bracket: 'Helen Ashby', 'Jane Doe (JD)'."""
    name = name_at(text, start, min(end, start + NAME_REACH), strict=False)
    return name is not None and BRACKETS_ONLY_RE.fullmatch(text, name.end, end) is not None


POST_THEN_NAME_RE = re.compile(r"[A-Z][^()]{1,80}?\(\s*(?P<name>[^()]{3,60}?)\s*\)")


def _post_then_name(text: str, start: int, end: int, *, at_start: bool = False) -> bool:
    """'Youth Justice Manager (Eleri Hughes)': a post, then the holder's name alone in brackets (text[start:end]
    is that, or, at_start, begins with it)."""
    match = POST_THEN_NAME_RE.match(text, start, end)
    if not match:
        return False
    if not at_start:
        stop = end
        while stop > start and text[stop - 1] in " .":
            stop -= 1
        if match.end() != stop:
            return False
    name = name_at(text, match.start("name"), match.end("name"), strict=False)
    return name is not None and name.end == match.end("name")


# A London or royal borough abbreviated before its place ('LB Westmere', 'RB Kingsford'), as a post's body is written.
BOROUGH_ABBREVIATION_RE = re.compile(r"(?:LB|RB|LBC|RBK)[^\S\n]+[A-Z][a-z]")


def _starts_with_person(text: str, start: int, end: int, surnames: bool, after_name: Callable[[], bool]) -> bool:
    """text[start:end] begins with a person: an honorific, a title, a first name or initials, a
    surname or a name alone under 'Councillors', or a name alone after a piece that is a name alone."""
    if COUNCILLOR_RE.match(text, start, end) or HONORIFIC_NEXT_RE.match(text, start, end):
        return True
    if BOROUGH_ABBREVIATION_RE.match(text, start, end):
        return False  # 'Director of Children's Services, LB Westmere': the London Borough, no one's initials
    name = name_at(text, start, min(end, start + NAME_REACH), strict=False)  # a name ends within reach
    if name is None:
        # under 'Cllrs' a surname may stand in capitals ('Cllrs MORLEY, HAFEEZ and BEWLEY')
        alone = SURNAME_RE.match(text, start, end) or (CAPITALS_SURNAME_RE.match(text, start, end) if surnames else None)
        return surnames and alone is not None and SURNAME_ALONE_RE.match(text, alone.end(), end) is not None \
            or _rank_then_name(text, start, end)
    first = name.name.split()[0]
    if not name.title and body_follows(text, name.end):
        return False  # 'Head of Safeguarding, Bae Caerwen University Health Board': a body's name, not another person
    if name.title or is_initials(first) or is_first_name(first):
        return True
    # ('Councillors A, Jowan Treloar, Mark Bassett': under a plural honorific each name alone is a member's)
    return NAME_ALONE_RE.match(text, name.end, end) is not None and (surnames or after_name())


RANK_WORD_RE = re.compile(r"[A-Z][a-z]+")
RANK_WORDS = 3


def _rank_then_name(text: str, start: int, end: int) -> bool:
    """'Superintendent Carys Boateng', 'Detective Inspector Amy Cole': a rank or post of a word or three, then a name the
    lexicon knows, in a list of people ('Apologies had been sent by Sunita Rawal and Superintendent Carys Boateng'), or
    initials and a surname ('Officers: M. Dewhirst (Director), Superintendent R. Goodliffe (Fellshire Constabulary)')."""
    return name_after_rank(text, start, end) is not None or \
        _ranked_initials(text, span(text, start, min(end, start + NAME_REACH))) is not None


def name_after_rank(text: str, start: int, end: int) -> NameMatch | None:
    """The name the lexicon knows after a rank or post of a word or three at start ('Inspector Dominic Ashby')."""
    at = start
    for _ in range(RANK_WORDS):
        word = RANK_WORD_RE.match(text, at, end)
        if word is None or not is_post_word(word.group(0)):
            return None
        at = trim_bounds(text, word.end(), end, " \t")[0]
        name = name_at(text, at, min(end, at + NAME_REACH), strict=True)
        if name is not None and not name.surname_only:
            return name
    return None


# An entry's member who sent someone in their place: 'A (Probation Trust) - represented by B, Senior Probation Officer'.
# The match starts at the dash or the verb: `_represented_by` takes in the blanks before it (a search that began
# at each blank of a long run would cross the rest of the run from each: quadratic).
REPRESENTED_BY_RE = re.compile(r"(?:[–—-][^\S\n]*+)?\b(?:represented|deputised|substituted)\s+by\s+", re.IGNORECASE)
# Whitespace but the line break (what `[^\S\n]` matches), for str.rstrip.
BLANKS = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
    "\u2028\u2029\u202f\u205f\u3000"


def _represented_by(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where 'represented by' (with the dash and the blanks before it) is in text[start:end]: its start and end."""
    found = REPRESENTED_BY_RE.search(text, start, end)
    if found is None:
        return None
    return start + len(text[start:found.start()].rstrip(BLANKS)), found.end()


# A surname in capitals under the list's honorific: 'PRYDDERCH (in the Chair)', 'ASHBY-KWARTENG'.
# A surname in capitals, an elided prefix kept ("O'DRISCOLL", "D'ARCY-EVANS"): each part's capitals crossed once.
CAPITALS_SURNAME = rf"(?:[{UPPER}]['’])?[{UPPER}]{{2,}}+(?:-(?:[{UPPER}]['’])?[{UPPER}]{{2,}}+)?"
CAPITALS_SURNAME_RE = re.compile(rf"{CAPITALS_SURNAME}(?![{LETTER}])")
# An entry that is a surname alone, perhaps in capitals, perhaps marked ('PRYDDERCH (in the Chair)', 'Lloyd-Meredith').
BARE_SURNAME_RE = re.compile(rf"(?:{SURNAME_RE.pattern}|{CAPITALS_SURNAME})(?:\s*+\([^()\n]{{1,40}}\))?")
BARE_SURNAMES = 3  # fewer may be a name and a post ('Smith, Chair')


def _bare_surnames(text: str, inline: Span) -> bool:
    """A committee's 'Present:' list of surnames alone ('PRYDDERCH (in the Chair); Bowden-Hughes, Caffrey and Rees'):
    its members are the council's, so each surname is a councillor's, as under 'Councillors'."""
    pieces = [piece.strip() for piece in re.split(r"[;,]|\band\b", text[inline.start:inline.end].rstrip(" .\n"))]
    words = [piece.split("(")[0].strip() for piece in pieces]
    return len(pieces) >= BARE_SURNAMES and all(BARE_SURNAME_RE.fullmatch(piece) for piece in pieces) \
        and not any(is_role_word(word) or is_honorific(word) for word in words) \
        and not all(is_first_name(word) for word in words)  # 'Present: Jo, Sam and Alex' names no councillors


# The honorific in the other language before the English one ('Y Cynghorydd / Councillor A. Osei', 'Cyng. / Cllr'): no
# name, and no post before the name.
OTHER_TONGUE_HONORIFIC_RE = re.compile(rf"{OTHER_TONGUE_ONCE}(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b)")


# An initials column before the name, parted by a column's gap: 'LP  Lorna Pike', 'LP<TAB>Lorna Pike'.
INITIALS_COLUMN_RE = re.compile(rf"(?P<initials>[{UPPER}]{{2,4}})(?:[^\S\n]{{2,}}+|\t++)(?=[{UPPER}])")


def _past_initials_column(text: str, body: Span) -> Span:
    """The entry past the initials it opens with in a column of their own, when they are the name's after them."""
    lead = INITIALS_COLUMN_RE.match(text, body.start, body.end)
    if lead is None:
        return body
    rest = span(text, lead.end(), body.end)
    name = person_at(text, rest)
    if name is None or name.surname_only:
        return body
    letters = "".join(word[0] for word in name.name.replace("-", " ").split() if word[0].isupper())
    return rest if letters.startswith(lead.group("initials")[0]) and letters[-1] == lead.group("initials")[-1] else body


# A surname after a forename and a middle name the lexicon lacks, then a column's gap: 'Rhodri Maelor Jenkins  Corporate
# Director' (the name read stops at the middle name, taking it for the surname).
THIRD_NAME_RE = re.compile(rf"[^\S\n](?P<word>(?:Mc|Mac|O['’])?[{UPPER}][{LOWER}]++(?:-[{UPPER}][{LOWER}]++)?)(?:[^\S\n]{{2,}}+|\t)(?=\S)")


def _third_name_before_column(text: str, name: NameMatch, body: Span) -> NameMatch:
    """The name with the surname after it where the entry's name column holds three names ('Rhodri Maelor Jenkins
    Corporate Director ...'): two read, then one more word of a name and the column's gap; else the name as read."""
    words = name.name.split()
    third = THIRD_NAME_RE.match(text, name.end, body.end)
    if name.surname_only or len(words) != 2 or is_initials(words[0]) or third is None:
        return name
    word = third.group("word")
    if any(check(part) for part in word.split("-") for check in (is_role_word, is_body_word, is_venue_word, is_post_word,
                                                                 is_honorific)) or word.lower() in CALENDAR_WORDS:
        return name
    return NameMatch(name.start, third.end("word"), f"{name.name} {word}", name.title, False)


def attendees_in(text: str, entry: Span, *, list_title: str | None = None) -> list[Attendee]:
    """The people in one entry (a line, or the entries written on a heading's line)."""
    found = []
    title = list_title
    lead = COUNCILLOR_RE.match(entry.text)
    if lead and _plural_title(entry.text[:lead.end()]):
        title = "Councillor"  # 'Councillors A, B and C': the honorific covers the list
    post: Span | None = None
    if names_in_cells := _surname_first_cells(text, entry):
        return names_in_cells  # 'ELLERY, S.      PRITCHARD, A.L.      BOWEN-TAIT, C.': a grid's row, a member a cell
    if ";" not in entry.text and (inverted := capitals_surname_first(text, entry)) is not None:
        return [inverted]  # 'Also present:  PUGH, Eirlys - Cabinet Member (...)': one member, surname first in capitals
    if ";" in entry.text and (inverted_list := _capitals_first_list(text, entry)):
        return inverted_list  # 'Members:  ELSDON, Maureen (Chair); BLACKETT, Owen (Vice-Chair); HUSSAIN, Tariq'
    pieces = [part for piece in split_entries(text, entry, surnames=title == "Councillor" and list_title is not None)
              for part in _run_on_people(text, piece)]
    for piece in pieces:
        body, honoured = piece, None
        plural = COUNCILLOR_RE.match(body.text)
        if plural and _plural_title(body.text[:plural.end()]):
            # 'Councillors ASHBY-KWARTENG (Chair), ...': a surname in capitals is read with the honorific before it
            honoured = person_at(text, body, list_title="Councillor")
            body = trim(text, body.start + plural.end(), body.end, " \t\n:")  # 'Councillors' ends a line, the list goes on
            title = "Councillor"
        item = ITEM_LEAD_RE.match(text, body.start, body.end)
        body = span(text, item.end(), body.end) if item else body
        tongue = OTHER_TONGUE_HONORIFIC_RE.match(text, body.start, body.end)
        body = span(text, tongue.end(), body.end) if tongue else body  # 'Y Cynghorydd / Councillor A. Osei'
        piece = span(text, body.start, piece.end) if tongue and piece.start < body.start else piece
        body = _past_initials_column(text, body)  # 'In attendance:   LP  Lorna Pike, Business Support Officer'
        represented = _represented_by(text, body.start, body.end)
        before = text[body.start:represented[0]] if represented else ""
        deputy = trim(text, represented[1], body.end) if represented and before.count("(") == before.count(")") \
            else None
        stand_in = person_at(text, deputy) if deputy else None
        if deputy and stand_in is not None:  # 'A (Probation Trust) - represented by Jo Bloggs, Senior Probation Officer'
            found.append(replace(_attendee(text, stand_in, deputy, deputy), substitute=True, status=PRESENT))
            body = trim(text, body.start, represented[0])  # type: ignore[index]
            if not body:
                continue
        name = surname_initials_first(text, body) or person_at(text, body, list_title=title) or \
            (surname_in_list(text, body, title) if title else None) or honoured
        if name is None:
            name = _name_after_role(text, body) or _ranked_initials(text, body) or _name_across_lines(text, body)
        if name is None:
            post = body if _post_ending_line(text, body) else None
            continue
        name = _third_name_before_column(text, name, body)
        found.append(_attendee(text, name, body, piece))
        if post is not None and found[-1].role is None and name.start == body.start:
            found[-1].role = post  # 'Director of Children's Services,' / 'Jo Bloggs (JB)': the post over the name
        post = None
    _bracket_written_once(text, found)
    return found


RUN_ON_REACH = 2000  # characters: a line of people run together is a paragraph's length at most
RUN_ON_BREAK_RE = re.compile(r"[\n|;–—\t]|[^\S\n]-[^\S\n]|[^\S\n]{3}")  # a line's end, a cell's or a dash between: no run-on
RUN_ON_CONNECTIVE_RE = re.compile(r"(?:\b(?:and|of|for|to|the|by|with|from|deputising|representing)|[&,(/–—-])\s*+$", re.IGNORECASE)


def _run_on_people(text: str, piece: Span) -> list[Span]:
    """An entry that runs several people into one another with no separator, each name after the post or body of the
    one before ('Jo Hart Director of Children's Services, Westmere Council (Chair) Sam Lee Head of Service Cllr Ann
    Bell Cabinet Member for Children'): one piece per person. A name after a connective ('deputising for', 'and',
    a comma, a bracket) or inside brackets is no new entry; nor is one parted from the one before by a line's end, a
    cell's break or a dash (those are a list's own separators)."""
    if len(piece.text) > RUN_ON_REACH or not piece.text.strip():
        return [piece]  # a line of a register's codes or a page of words is no run of people (and is not searched)
    names = [name for name in find_names(text, piece.start, piece.end) if not name.surname_only]
    if len(names) < 2:
        return [piece]
    starts = [piece.start]
    for before, name in zip(names, names[1:], strict=False):
        between = text[before.end:name.start]
        if name.start <= starts[-1] or between.count("(") != between.count(")") or RUN_ON_BREAK_RE.search(between) \
                or RUN_ON_CONNECTIVE_RE.search(between) or not (names_post_or_body(between) or between.rstrip().endswith(")")):
            continue
        starts.append(name.start)
    if len(starts) == 1:
        return [piece]
    bounds = [*starts, piece.end]
    return [trim(text, start, end, " \t\n,;") for start, end in zip(bounds, bounds[1:], strict=False)]


def _name_across_lines(text: str, body: Span) -> NameMatch | None:
    """A name the paragraph's line break parts ('... and Kerenza' / 'Hosking (Democratic Services Officer)'): read with
    the break as a space (same offsets), where the break falls inside the name itself."""
    cut = body.text.find("\n")
    if cut < 0 or "(" in body.text[:cut]:
        return None
    joined = body.text.replace("\n", " ", 1)
    lead = re.match(r"(?:and|&)[^\S\n]++", joined)  # '; and Kerensa' / 'Trevail (...)': the list's last
    name = person_at(joined, span(joined, lead.end() if lead else 0, len(joined)))
    if name is None or name.end <= cut:
        return None
    return NameMatch(body.start + name.start, body.start + name.end, name.name, name.title, name.surname_only)


def _post_ending_line(text: str, piece: Span) -> bool:
    """A post alone, ending its line after a comma ('Chair - Director of Children's Services,'): its holder's name
    opens the next line."""
    return names_post(piece.text) and not find_names(text, piece.start, piece.end, strict=False) and \
        re.match(r",[^\S\n]*\n", text[piece.end:piece.end + 40]) is not None


JOINED_RE = re.compile(r"\s*(?:and|&)\s*")


def _bracket_written_once(text: str, found: list[Attendee]) -> None:
    """'Jo Lee and Kim Ford (Youth Justice Service)': the bracket after the second name is the first's too, where
    the first name has nothing of its own; not a substitute's ('A and B (substitute for C)': B came in C's place)."""
    for first, second in zip(found, found[1:], strict=False):
        if first.role is None and second.role is not None and JOINED_RE.fullmatch(text, first.name.end, second.name.start) \
                and not SUBSTITUTE_MARK_RE.search(text, second.name.end, second.role.end + 1) \
                and (text[second.name.end:second.role.end].lstrip().startswith("(") or _plural_post(second.role.text)):
            first.role = second.role  # 'Jo Lee and Kim Ford, HM Inspectors': a plural post after the second is both's


def _plural_post(role: str) -> bool:
    """The post opening a role is plural ('HM Inspectors, HM Inspectorate of Probation')."""
    post = role.split(",")[0]
    return singular_post(post) != " ".join(post.split())


def _organisation_after_name(ctx: Context, attendee: Attendee, area: str | None) -> str | None:
    """'Chief Inspector Femi Bankole (Thornmouth Police)', 'Jodie Marsh (YJB) – observing': a body named just after
    the name is the person's, whatever the post suggests."""
    return organisation_after_name(ctx.text, attendee.name.end, area, gazetteer=ctx.gazetteer)


def _initials_only_after(text: str, start: int, end: int) -> bool:
    """Only the initials the minutes use follow the name: 'Head of Inclusion –' / 'Maelle Ostrova (MO)'."""
    initials = INITIALS_USED_RE.match(text, start, end)
    return initials is not None and not text[initials.end():end].strip(" .")


def _name_after_role(text: str, piece: Span) -> NameMatch | None:
    """'Chair – Jane Doe', 'Head of Service    Jane Doe': a short role first, then the name (one the lexicon lacks
    where it ends the entry after a dash or a colon: 'Youth Offending Service Manager – Dev Kapoor')."""
    standing_in = ON_BEHALF_RE.search(text, piece.start, piece.end)  # '(for Supt Bloggs)': the member stood in for

    def own(names: list[NameMatch]) -> list[NameMatch]:
        return [name for name in names if not (standing_in and standing_in.start() <= name.start < standing_in.end())]

    names = own(find_names(text, piece.start, piece.end, strict=True)) or [
        name for name in own(find_names(text, piece.start, piece.end, strict=False))[-1:]
        if (not text[name.end:piece.end].strip(" .") or _initials_only_after(text, name.end, piece.end))
        and re.search(r"[–—:-]\s*$", text[piece.start:name.start])
        or text[name.end:piece.end].strip(" .") == ")" and text[piece.start:name.start].endswith("(")
        or _initialled_in_column(text, name, piece)]
    if not names:
        return None
    lead = text[piece.start:names[0].start]
    words = [w.strip(",;:()").lower() for w in plain(lead).split()]
    # 'Democratic Services (Neil Oyelaran)': a post or a service, then the name alone in brackets
    bracketed = text[names[0].start - 1:names[0].start] == "(" and text[names[0].end:piece.end].strip() == ")"
    # 'Deputy Leader and Cabinet Member for Finance and Governance – Councillor Jo Bloggs': a portfolio set off by a dash
    longest = LONGEST_LABEL_WORDS if POST_LABEL_END_RE.search(lead) else 8
    is_role = 0 < len(words) <= longest and (bracketed or any(is_post_noun(w) for w in words)
                                       or _body_before(text[piece.start:names[0].start]) or DEPARTMENT_RE.match(lead)
                                       or _own_initials_after_dash(text, names[0], piece))
    return names[0] if is_role and not SENTENCE_VERB_RE.search(text[piece.start:names[0].start]) else None


def _own_initials_after_dash(text: str, name: NameMatch, piece: Span) -> bool:
    """'Note taker, Business Support YJS – Sioned Mair Beynon (SMB)': the name set off by a dash, then only its own
    initials as the minutes use them: whatever words lead it are the member's post or seat."""
    used = INITIALS_USED_RE.match(text, name.end, piece.end)
    return used is not None and not text[used.end():piece.end].strip(" .") \
        and re.search(r"\s[–—-]\s*$", text[piece.start:name.start]) is not None \
        and used.group(0).strip(" \t()").upper() in initials_of(name.name)


# A name in a register's column after its post, then its own initials in brackets: '... OLAMIDE FERREIRA-WATTS (OFW)'.
POST_COLUMN_END_RE = re.compile(r"\S[^\S\n]{3,}$")
BRACKETED_INITIALS_RE = re.compile(r"\(\s*([A-Z]{2,4})\s*\)")


def _initialled_in_column(text: str, name: NameMatch, piece: Span) -> bool:
    """A name the lexicon lacks, in the column after the post (its leaders blanked), followed by the initials the
    minutes call it by: those initials are the name's own."""
    initials = BRACKETED_INITIALS_RE.fullmatch(text[name.end:piece.end].strip(" ."))
    return initials is not None and POST_COLUMN_END_RE.search(text[piece.start:name.start]) is not None and \
        initials.group(1) == "".join(part[0] for part in re.split(r"[\s-]+", name.name) if part).upper()


# 'Committee Services, Westmere Council – Jo Bloggs': the council department the member comes from, where a post stands.
DEPARTMENT_RE = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){1,3}Services\b")


def _body_before(lead: str) -> bool:
    """'Probation: Ptolemy Arkwright': the body the member comes from, set off where the post would stand: the lead
    but the dash or colon ending it, on one line. (Stripped, not matched lazily: a lazy body tries the blanks after it
    from each of its own blanks, quadratic in a run of them.)"""
    ending = lead.rstrip()
    body = ending[:-1].strip()
    return ending.endswith(("–", "—", ":", "-")) and bool(body) and "\n" not in body and is_organisation_name(body)


BRACKETED_THEN_MORE_RE = re.compile(r"(\s*\([^()]{2,120}\))\s*(?:and|&|,|for(?=\s+(?:agenda\s+)?items?\b))\s+\S")


# 'Cyng./Cllr Jo Bloggs': the other language's title before the name's own is a title, no post before the name.
OTHER_TONGUE_TITLE_RE = re.compile(r"[^\S\n]*[^\W\d_]{2,8}\.?[^\S\n]*/[^\S\n]*")


# The initials in a column of their own set apart by padding: 'Lynne Haworth       LH       Minutes'.
PADDED_INITIALS_RE = re.compile(rf"[^\S\n]{{2,}}+(?P<initials>[{UPPER}][{UPPER}a-z]{{0,2}}[{UPPER}])(?=[^\S\n]{{2,}}|[^\S\n]*$)")


def _initials_column_after(text: str, name: NameMatch, body: Span) -> re.Match[str] | None:
    """The padded initials column after the name, when its letters are the name's (the first and the surname's)."""
    found = PADDED_INITIALS_RE.match(text, name.end, body.end)
    words = [word for word in name.name.replace("-", " ").split() if word[:1].isupper()]
    if found is None or len(words) < 2:
        return None
    letters = found.group("initials")
    return found if letters[0] == words[0][0] and letters[-1] in (words[-1][0], words[-1][-1].upper()) else None


# The initials the notes use in a column of their own at the row's end, after the post ('Head of Inclusion, Westmere
# CBC      HP', '... (items 3-4) CLH'): started only where a run of blanks starts, so a long run is crossed once.
OWN_INITIALS_CELL_RE = re.compile(rf"(?:(?<![^\S\n])[^\S\n]{{2,}}+|\t++|(?<=\))[^\S\n])(?P<initials>{INITIALS})[^\S\n]*+$")


def _without_own_initials(text: str, name: NameMatch, role: Span | None) -> Span | None:
    """The role without the initials column that ends it, where the letters are the person's own."""
    if role is None or "\n" in role.text:
        return role
    cell = OWN_INITIALS_CELL_RE.search(role.text)
    if cell is None or not fits(cell.group("initials"), name.name):
        return role
    return trim(text, role.start, role.start + cell.start()) or None


# A vice-chair's mark in brackets or opening the role, in English or Welsh or both ('.... Is-gadeirydd / Vice-Chair').
VICE_OPENING_RE = re.compile(rf"\(|^\W*+(?:(?:{OTHER_TONGUE_ONCE})?(?:vice|deputy)|{WELSH_VICE_CHAIR})", re.IGNORECASE)


# Between two cells of a row: a tab, or a run of blanks as padding sets columns.
CELL_GAP_RE = re.compile(r"(?<=\S)(?:\t|[^\S\n]{3,}+)(?=\S)")


def _surname_first_cells(text: str, entry: Span) -> list[Attendee]:
    """The members of a row of a grid whose cells each hold one name written surname first and nothing else ('ELLERY,
    S.   PRITCHARD, A.L.   BOWEN-TAIT, C.', 'Ashby, Tom<TAB>Fenwick, Ruth'): one a cell. None where a cell holds
    anything besides (a post, a bracket) or the row has one cell: its other readers take it."""
    starts = [entry.start, *(gap.end() for gap in CELL_GAP_RE.finditer(text, entry.start, entry.end))]
    ends = [*(gap.start() for gap in CELL_GAP_RE.finditer(text, entry.start, entry.end)), entry.end]
    if len(starts) < 2:
        return []
    cells = [trim(text, start, end, " \t") for start, end in zip(starts, ends, strict=True)]
    names = [surname_first_at(text, cell.start, cell.end) for cell in cells]
    if not all(name is not None and name.end == cell.end for name, cell in zip(names, cells, strict=True)):
        return []
    return [_attendee(text, name, cell, cell) for name, cell in zip(names, cells, strict=True) if name is not None]


def _attendee(text: str, name: NameMatch, body: Span, piece: Span) -> Attendee:
    if name.start > body.start and not (name.title and OTHER_TONGUE_TITLE_RE.fullmatch(text, body.start, name.start)):
        role_span = trim(text, body.start, name.start, EDGE_CHARS + "\n")  # 'Post –' ending the line above the name
        role_text = f"{role_span.text} {text[name.end:body.end]}"  # 'Leader – Councillor Jo Bloggs (Chair)': the marker is after
    else:
        initials = INITIALS_USED_RE.match(text, name.end, body.end) or \
            _initials_column_after(text, name, body)  # 'Jane Doe (JD) – Chair', 'Jane Doe (JD) Chair'
        begin = initials.end() if initials else name.end
        # 'Jo Hart (Legal Adviser, HMCTS) and the Board's adviser': the post in brackets, then words of another entry
        # or what brought them ('(Youth Justice Service) for item 4')
        bracketed = BRACKETED_THEN_MORE_RE.match(text, begin, body.end)
        stop = bracketed.end(1) if bracketed else body.end
        role_span = trim(text, begin, stop, EDGE_CHARS + "\n")  # ('Mrs K. Dunmore' / '(Democratic Services Officer)')
        role_text = text[begin:stop]
    role_span = _without_own_initials(text, name, role_span)
    chair = bool(CHAIR_MARK_RE.search(role_text)) and not VICE_MARK_RE.search(role_text)
    vice = bool(VICE_MARK_RE.search(role_text)) and bool(VICE_OPENING_RE.search(role_text)) \
        and not CHAIR_OF_BODY_POST_RE.match(re.sub(rf"^\W*(?:vice|deputy){VICE_JOIN}", "", role_text, flags=re.I))  # 'Deputy
    # Chair, Westmere Youth Bench': the deputy chair of the body they come from
    minutes = bool(MINUTES_MARK_RE.search(role_text) or MINUTES_ROLE_RE.fullmatch(role_span.text if role_span else "")
                   or MINUTES_LEAD_RE.match(role_span.text if role_span else ""))
    away = ENTRY_APOLOGIES_RE.search(text, name.end, body.end)
    if away and role_span:  # '... (Diocese of Westmere) sent his apologies': the post before the clause
        role_span = trim(text, role_span.start, max(role_span.start, min(role_span.end, away.start())), EDGE_CHARS + "\n")
    return Attendee(name, piece, _role_without_markers(text, role_span), chair, vice, minutes,
                    status=APOLOGIES if away else None,
                    substitute=bool(SUBSTITUTE_MARK_RE.search(role_text)),
                    chair_in_brackets=chair and bool(BRACKETED_CHAIR_RE.search(role_text) or IN_THE_CHAIR_RE.search(role_text)),
                    chair_of_body=chair and bool(CHAIR_OF_BODY_RE.search(role_text) or CHAIR_OF_BODY_POST_RE.match(role_text)))


# 'Co-opted: Revd Jo Hart (Diocese of Westmere) sent his apologies': an entry of a list that says its person sent
# apologies (the words after the name and post, not a list's heading)
# ('Councillor Jo Lee (Housing) - apology, illness': the word after a dash)
ENTRY_APOLOGIES_RE = re.compile(r"\b(?:sent|gave|offered|tendered|submitted)\s++(?:(?:his|her|their)\s++)?apologies\b|"
                                r"\bapologised\b|(?<=\s)[–—-][^\S\n]*+apolog(?:y|ies)\b", re.IGNORECASE)


# 'THACKERAY, Brian (substitute for Cllr Okoro)', '(substituting for Councillor B)', '(deputising for Ch Supt)' beside
# a member's name: they sat in another's seat, as a deputy does.
# '(standing deputy for Cllr R. Brennock)', '(as substitute for Cllr X)' too; '(for Supt Bloggs)' alone says only whom
# they came for (the keys hold no deputy there). After the post and a comma or a dash too: '(NHS Westmere, deputising
# for SN)', 'National Probation Service - deputising for JT'. In two languages, the other's words before a slash
# first: '(yn lle / substituting for R. Lloyd-Jenkins)'.
# the mark alone, whom for told elsewhere: '..., London Probation Trust (deputising)' ('for whom Derek Omotoso attended')
DEPUTISING_ALONE = r"\([^\S\n]*+(?:deputi[sz]ing|substituting)[^\S\n]*+\)"
DEPUTISING_ALONE_RE = re.compile(DEPUTISING_ALONE, re.IGNORECASE)
STANDING_CELL_RE = re.compile(r"\s++(?:substitut|deputi)", re.IGNORECASE)  # a standing in a cell of its own, not bracketed
SUBSTITUTE_MARK_RE = re.compile(rf"\([^\S\n]*(?:{WELSH_SUBSTITUTE}|{OTHER_TONGUE_ONCE})?(?:as\s+(?:a\s+)?)?(?:standing\s+)?(?:substitut\w*|deputy|deputi[sz](?:ing|ed))\s+for\b|"
                                r"(?:,|[^\S\n][–—-])[^\S\n]*+(?:deputi[sz]ing|substituting)[^\S\n]+for\b|"
                                rf"{DEPUTISING_ALONE}|"
                                # a register's cell of its own after padding: '... (Cllr)      Substitute for Cllr Lee'
                                r"(?<![^\S\n])(?:\t|[^\S\n]{2})[^\S\n]*+(?:substitut(?:e|ing)|deputi[sz]ing)[^\S\n]++for\b",
                                re.IGNORECASE)


# 'Chair; Director of Children's Services': the marker first, then the post, in one bracket; or the marker's bracket
# first, then the post ('Jo Bloggs (Chair) – Westmere Council').
LEADING_MARKER_RE = re.compile(rf"[\[(]?\s*+(?:{OTHER_TONGUE_ONCE})?(?:(?:vice|deputy){VICE_JOIN})?chair(?:man|person|woman)?\s*(?:[;,]|\)\s*+[–—:,|-]?)\s*+(?=\w)",
                               re.IGNORECASE)


# '(Leader of the Council) – in the Chair': the meeting's own marker, as a bracketed '(Chair)' is.
IN_THE_CHAIR_RE = re.compile(r"\bin\s+the\s+chair\b", re.IGNORECASE)
# ('(Director of Children's Services, Chair)': the marker closing the bracket of the post, after a comma or a semicolon)
BRACKETED_CHAIR_RE = re.compile(rf"\(\s*(?:{OTHER_TONGUE})?(?:in\s+the\s+)?{CHAIR_WORD}\b[^()]*\)|"
                                rf"[,;][^\S\n]*+{CHAIR_WORD}[^\S\n]*+\)", re.IGNORECASE)
CHAIR_OF_BODY_RE = re.compile(r"\(\s*chair(?:man|person|woman)?\s*(?:,|of\b)[^()]*\b(?:committee|panel|board|forum|bench|"
                              r"partnership|commission|group)\b[^()]*\)", re.IGNORECASE)

# 'Chair, Westmere Youth Bench' as the member's post (no bracket): the chair of the body they come from.
CHAIR_OF_BODY_POST_RE = re.compile(r"\s*chair(?:man|person|woman)?[^\S\n]*(?:,|of\b)[^()\n]*\b(?:committee|panel|board|"
                                   r"forum|bench|partnership|commission|group)\b", re.IGNORECASE)


def _one_chair(text: str, listed: list[Section]) -> None:
    """A meeting has one chair: where one attendee is marked '(Chair)' and another only 'Chair, Stavenhurst Bench' (the
    chair of the body they come from), the bracketed marker wins, over a bracket that names another body the person
    chairs, and the other's 'Chair' is their post's again."""
    chairs = [attendee for section in listed for attendee in section.attendees if attendee.chair]
    for attendee in chairs:  # a list in two columns side by side: the post as the column has it ('Chair, X Youth Panel')
        post = " ".join(attendee.role.text.split()) if attendee.role else ""
        attendee.chair_of_body = attendee.chair_of_body or bool(CHAIR_OF_BODY_POST_RE.match(post)
                                                                and not VICE_MARK_RE.search(post))
    if len(chairs) > 1 and not any(attendee.chair_in_brackets for attendee in chairs) and \
            0 < len([attendee for attendee in chairs if attendee.chair_of_body]) < len(chairs):
        # 'Jo Bloggs (JB) – Chair' beside 'Dev Rao (DR)   Chair, Westmere Youth Bench': the bare marker chairs the meeting
        for attendee in chairs:
            attendee.chair = not attendee.chair_of_body
    elif len(chairs) > 1 and any(attendee.chair_in_brackets for attendee in chairs):
        # '(in the Chair)' beside '(Chair, Social Services Scrutiny Committee)': the one naming a body chairs that body
        other_body = [attendee for attendee in chairs if attendee.chair_of_body]
        for attendee in chairs:
            attendee.chair = attendee.chair_in_brackets and not (attendee.chair_of_body and len(other_body) < len(chairs))
            if not attendee.chair and attendee.role is not None:
                marker = LEADING_MARKER_RE.search(text, attendee.name.end, attendee.role.end)
                if marker is not None and marker.end() == attendee.role.start:
                    attendee.role = span(text, marker.start(), attendee.role.end)


# 'Democratic Services Manager, tel. 01632 960 000': the role ends where the contact details begin.
CONTACT_DETAILS_RE = re.compile(r"[,;]\s*+(?:tel\b|telephone\b|phone\b|e-?mail\b|ext\b)", re.IGNORECASE)


def _names_a_body(words: str) -> bool:
    """'Westmere Youth Bench', not a post ('Director of Children's Services')."""
    named = plain(words).split()
    return bool(named) and is_body_word(named[-1]) and not names_post(words)


# 'Councillor Jo Bloggs (Leader of the Council) in the Chair': the chair's mark after the post's bracket, no role's word.
CHAIR_AFTER_BRACKET_RE = re.compile(r"\)[^\S\n]*+(?:[,;–—-][^\S\n]*+)?in\s++the\s++chair\b", re.IGNORECASE)
# 'Director of Children's Services ......... chairing': the marker ending the entry, after a separator or a column's gap
CHAIRING_END_RE = re.compile(r"(?:[,;|–—-][^\S\n]*+|(?<=\S)[^\S\n]{3,}+|(?<!\t)\t++)chairing[^\S\n]*+$", re.IGNORECASE)


# A marker with the other language's word first: '(Cadeirydd / Chair)', 'Is-Gadeirydd / Vice-Chair' (each word crossed
# once); not 'Director / Chair', a post before the slash.
OTHER_TONGUE_MARKER_RE = re.compile(r"\(?\s*(?P<tongue>(?:[^\W\d_][\w'’-]*+[^\S\n]*+){1,2}+)/[^\S\n]*+"
                                    rf"(?:(?:vice|deputy){VICE_JOIN})?chair(?:man|person|woman)?\s*\)?", re.IGNORECASE)


BRACKET_OF_CHAIR_RE = re.compile(rf"\([^()]*(?:chair|{WELSH_CHAIR}|{WELSH_VICE_CHAIR})[^()]*\)", re.IGNORECASE)


def _role_without_markers(text: str, role: Span | None, *, leading: bool = True) -> Span | None:
    """The role as written, without '(Chair)', '(Minutes)', '(on behalf of X)' or ', attending for X' (nor, with `leading`, a marker that
    opens it: 'Chair; Director of Children's Services', unless it is the chair of a body named after it)."""
    if not role:
        return None
    end = role.end
    for regex in (ON_BEHALF_RE, MINUTES_MARK_RE, BRACKET_OF_CHAIR_RE, CONTACT_DETAILS_RE,
                  IN_ATTENDANCE_MARK_RE, CHAIR_AFTER_BRACKET_RE, DEPUTISING_AFTER_POST_RE, DEPUTISING_ALONE_RE,
                  CHAIRING_END_RE):
        match = regex.search(role.text)
        if match and match.start() > 0:
            end = min(end, role.start + match.start())
    marker = LEADING_MARKER_RE.match(role.text) if leading else None
    if marker and re.fullmatch(r"chair\w*\s*,\s*", marker.group(0), re.IGNORECASE) and \
            _names_a_body(role.text[marker.end():end - role.start]):
        marker = None  # 'Chair, Westmere Youth Bench': the chair of another body, a post held, not the meeting's marker
    opening = marker.end() if marker else 0
    initials = INITIALS_CELL_RE.match(role.text, opening) if marker else None  # '(Chair) | JD | Director'
    trimmed = trim(text, role.start + (initials.end() if initials else opening), end)
    if trimmed and trimmed.text.endswith(")") and "(" not in trimmed.text and end < role.end:
        trimmed = trim(text, trimmed.start, trimmed.end - 1)  # '(Post) who took the minutes': the bracket's end
    other = OTHER_TONGUE_MARKER_RE.fullmatch(role.text.strip())
    if MARKER_ONLY_RE.fullmatch(role.text.strip()) or other and not any(
            is_post_word(word) or is_role_word(word) for word in re.split(r"[\s-]+", other.group("tongue")) if word):
        return None  # only a marker: '(Chair)', '(Vice-Chairman)', '(in the Chair)', '(Cadeirydd / Chair)'
    if not trimmed or not re.search(r"[A-Za-z]{2,}", trimmed.text):
        return role if re.search(r"[A-Za-z]{2,}", role.text) else None
    return trimmed


def sections(text: str, start: int = 0, end: int | None = None, *, headless: bool = False) -> list[Section]:
    """Every attendance section in text[start:end], with the people listed in it.

    headless: the text is a meeting's record, so a list of people above its first item with no heading
    at all ('Ann WrightHead of Community Safety (Chair)' one a line under the title) is those present.
    A register's dot leaders ('Police ...... Supt. Oduya ...... Apologies') are read as its columns' padding.
    """
    # a family's loader and the attendance it records both ask for the lists: they are read once, and each caller has
    # its own copy to change (a role found elsewhere, a chair)
    return deepcopy(list(_sections(text, start, len(text) if end is None else end, headless)))


@lru_cache(maxsize=16)
def _sections(text: str, start: int, end: int, headless: bool) -> tuple[Section, ...]:
    return tuple(_read_sections(text, start, end, headless=headless))


# An attendance label set inside a paragraph after a sentence's end ('... considered the report on 4 May. Present:
# Councillor X (Chair); Councillors Y and Z. In attendance: W, Post. The minute reads:'): a list as a heading's line
# gives it. Read with the blank before the label as a line's break (the same offsets), and the paragraph's words after
# the full stop that ends the labelled sentence, where no label follows, blanked: the list ends there.
LABEL_IN_PARAGRAPH_RE = re.compile(r"(?<=[a-z0-9)][.;])[^\S\n](?=(?:Present|In[^\S\n]attendance|Also[^\S\n]present|"
                                   r"Apologies):[^\S\n]*+\n?[^\S\n]*+[A-Z])")
LABELLED_SENTENCE_END_RE = re.compile(r"\.[^\S\n]++(?=[A-Z])")
PARAGRAPH_END_RE = re.compile(r"\n[^\S\n]*+\n|\Z")


def labels_set_apart(text: str) -> str:
    """The text with each attendance label inside a paragraph opening a line, and the words after its list blanked.
    (Each label's list is read up to the next label at most: a paragraph of many labels is crossed once.)"""
    labels = list(LABEL_IN_PARAGRAPH_RE.finditer(text))
    if not labels:
        return text
    chars = list(text)
    for label, following in zip(labels, [*labels[1:], None], strict=True):
        chars[label.start()] = "\n"
        window_end = following.start() if following else len(text)
        paragraph_end = PARAGRAPH_END_RE.search(text, label.end(), window_end)
        end = paragraph_end.start() if paragraph_end else window_end
        # (a stop just before the next label ends no list: the lookahead sees no capital past the window's end)
        close = LABELLED_SENTENCE_END_RE.search(text, label.end(), end)
        if close is not None:
            chars[close.start() + 1:end] = [blank if blank == "\n" else " " for blank in text[close.start() + 1:end]]
    return "".join(chars)


def _read_sections(text: str, start: int, end: int, *, headless: bool) -> list[Section]:
    text = labels_set_apart(leaders_blanked(text))
    all_lines, columns, continued = _columns_apart(text, lines(text, start, end))
    found: list[Section] = []
    index = 0
    while index < len(all_lines):
        line = all_lines[index]
        heading = heading_kind(text, line)
        keyed = heading is None and (heading := _heading_before_key(text, line)) is not None
        start = index
        if heading is not None and heading[1] and is_prose(line) and not _inline_list(text, line):
            heading = None  # 'Present were the Chair and ...': a sentence (not 'BOARD MEMBERSHIP (as agreed in April)')
        if heading is None and line.start in continued and found:
            section = Section(found[-1].kind, found[-1].heading, column=True)  # the list's right column, under its heading
            read = _read_entries(columns[line.start], all_lines[:continued[line.start]], index, section, page=text)
            found.append(section)
            index = max(read, index + 1)  # a column whose first line no entry opens is passed, never read again
            continue
        if heading is None:
            index += 1
            continue
        kind, inline = heading
        if kind == PRESENT and CO_OPTED_LIST_RE.match(line.text) and found and found[-1].kind in (MEMBERSHIP, DEPUTIES) and \
                index > 0 and not is_blank(all_lines[index - 1]):
            kind = MEMBERSHIP  # 'Co-opted: Rev. X (Diocese)' closing a membership block: members too, not those present
        if kind == MEMBERSHIP and line.start in columns and found and found[-1].kind == PRESENT and found[-1].column \
                and "\n" not in text[found[-1].heading.end:line.start]:
            kind = PRESENT  # 'PRESENT:    Aelodau / Members': the second column of those present, not a membership
        source = columns.get(line.start, text)  # a heading inside one of two columns reads that column alone
        inline, index = _wrapped_inline(source, all_lines, index, inline)
        section = Section(kind, line, column=line.start in columns)
        # 'Councillors: Adams (Chair), Baker': the heading is the list's honorific, so its surnames are councillors
        title = "Councillor" if PLURAL_COUNCILLORS_RE.match(line.text.strip()) \
            or kind in (PRESENT, MEMBERSHIP) and _bare_surnames(source, inline) else None
        for part_kind, part in _inline_parts(source, kind, inline):
            if part_kind != kind:
                found.append(section)
                section = Section(part_kind, line)
                title = None
            for entries in _entries_before_prose(source, part):
                section.attendees.extend(_posted_by_label(source, line, attendees_in(source, entries, list_title=title)))
            if part:  # 'Present: AT (Chair), HQ, GO', 'Apologies: SN, JC; the YJB Partnership Manager'
                section.by_initials.extend(by_initials(source, part, [*found, section]))
        if section.kind == MINUTES:
            _clerk_as_written(text, line, section)
        paragraph = _attendance_paragraph(source, section, inline)
        if paragraph is not None:  # 'In attendance:  the Cabinet Member, Councillor X, attended ..., as did Y, Post, ...'
            section.attendees.extend(_named_in_paragraph(source, paragraph))
            index = next((i for i in range(index + 1, len(all_lines)) if all_lines[i].start >= paragraph.end),
                         len(all_lines))
        else:
            below = index + 1
            # a list in two columns from the heading's line on: the left column's lines end where the right's begin
            stop = next((i for i in range(below, len(all_lines)) if all_lines[i].start in continued), len(all_lines))
            index = _read_entries(source, all_lines[:stop], below, section, page=text) \
                if not _one_holder(section) else below
            if section.kind in LIST_KINDS and not section.attendees:
                index = max(index, _block_by_shape(source, all_lines, below, section))
        if keyed and not section.attendees:
            index = start + 1  # a key on a heading's line over rows no list reader takes: read as a line of no heading
            continue
        found.append(section)
        resumed = _resumed_list(found)
        if resumed:
            index = _read_entries(source, all_lines, index, resumed)
            found.append(resumed)
    for section in found:
        section.attendees.extend(section.by_initials)
        section.by_initials.clear()
    _invited_guests(text, found)
    _implicit_present(text, all_lines, found, headless)
    _barred_apologies(text, found)
    _deputies_in_apologies(text, found)
    _footnoted_marks(text, found)
    _deputy_in_apology_bracket(found)
    _deputies_named_in_key(text, found)
    _deputy_for_apologising_member(text, found)
    _substitutes_for_members(text, found)
    _council_after_the_last_post(text, found)
    letter = SALUTATION_LINE_RE.search(text) is not None
    for section in found:
        if section.kind == ADDRESSED and (letter or not _members_addressed(section)):
            section.attendees.clear()
    return found


def _posted_by_label(text: str, heading: Line, people: list[Attendee]) -> list[Attendee]:
    """The people on a heading's line that names their cabinet post ('Cabinet Member attending:  Cllr Jo Bloggs
    (Children and Families)'), each given the post with the portfolio their bracket writes (a list's 'Cabinet members
    present:' names no one's post, and a post written out after the name is the post)."""
    label = POST_LABEL_RE.match(text, heading.start, heading.end) if CABINET_LIST_RE.match(heading.text) else None
    if label is None or not PORTFOLIO_POST_RE.match(label.group("post")) or \
            not PORTFOLIO_POST_RE.fullmatch(ATTENDING_WORD_RE.sub("", label.group("post"))):
        return people
    for person in people:
        if person.role and text[:person.role.start].rstrip().endswith("("):
            person.role = _labelled_post(text, label, person.role)
    return people


def _entries_before_prose(text: str, part: Span) -> list[Span]:
    """The entries on a heading's line: the part whole where it is no sentence; where it is, the parts between its
    semicolons before the first that is one ('Sent apologies: BRANTHWAITE Colin (Fire Service); Jo Lee would leave
    early.'): a list the minute taker ran on into a remark."""
    if not part:
        return []
    if not is_prose(part):
        return [part]
    entries: list[Span] = []
    for bounds in _semicolon_parts(text, part):
        piece = trim(text, *bounds, " \t\n")
        if not piece or is_prose(piece) or SENTENCE_VERB_RE.search(piece.text):
            return entries
        entries.append(piece)
    return []  # a sentence no semicolon parts from its entries: no list


def committee_addressed_at(text: str, line: Line) -> bool:
    """Whether the line heads a paper's 'To:' naming a committee's members (see `ADDRESSED`): no letter's addressee."""
    return any(section.kind == ADDRESSED and section.attendees and section.heading.start == line.start
               for section in _sections(text, 0, len(text), False))


MEMBERS_ADDRESSED = 2  # councillors at least: one alone is a letter's addressee, no committee
SALUTATION_LINE_RE = re.compile(r"^[^\S\n]*+Dear[^\S\n]", re.MULTILINE)  # a letter's 'To:' names its addressees


def _members_addressed(section: Section) -> bool:
    """A paper's 'To:' list naming a committee's members: councillors only, more than one, and no post written beside
    any (or a label of the paper's head read into one: 'From:')."""
    return len({name_key(attendee.name.name) for attendee in section.attendees}) >= MEMBERS_ADDRESSED and all(
        attendee.councillor and (attendee.role_text is None or ":" not in attendee.role_text and not names_post(
            attendee.role_text)) for attendee in section.attendees)


BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")
# characters past an apologies list's last entry that its paragraph is read to (a document of lists with no blank line
# between them is not read to its end for each)
PARAGRAPH_REACH = 2000


def _paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph holding `pos` ends: its blank line, at most PARAGRAPH_REACH characters on."""
    reach = min(len(text), pos + PARAGRAPH_REACH)
    blank = BLANK_LINE_RE.search(text, pos, reach)
    return blank.start() if blank else reach


# 'Coslett A. - no substitute  |  Cllr Rhian Gwilliam': entries parted. A run of blanks is entered at its start only and
# crossed once (a search from each of its blanks crossed the rest of the run from each: quadratic).
SPACED_BAR_RE = re.compile(r"(?<![^\S\n])[^\S\n]++\|[^\S\n]+")


def _barred_apologies(text: str, found: list[Section]) -> None:
    """An apologies paragraph whose entries are parted by bars and run over lines ('Penhallow H. (Post) - ...' /
    'in his place  |  Coslett A. - no substitute  |  Cllr X (observer) -'): each part an entry, read where a line's reading
    took the first only (not a table's rows, which open with a bar)."""
    for section in [section for section in found if section.kind == APOLOGIES and section.attendees]:
        end = _paragraph_end(text, max(attendee.evidence.end for attendee in section.attendees))
        start = section.heading.end
        if re.search(r"^[^\S\n]*\|", text[start:end], re.MULTILINE) or not SPACED_BAR_RE.search(text, start, end):
            continue
        listed = {name_key(attendee.name.name) for attendee in section.attendees}
        bounds = [start, *(bar.start() for bar in SPACED_BAR_RE.finditer(text, start, end)), end]
        for attendee in section.attendees:  # a post read on past a bar is the next entry's words
            bar = SPACED_BAR_RE.search(text, attendee.name.end, attendee.role.end) if attendee.role else None
            if attendee.role and bar:
                attendee.role = trim(text, attendee.role.start, bar.start()) or None
        for begin, stop in zip(bounds, bounds[1:], strict=False):
            part = trim(text, begin, stop, EDGE_CHARS + "\n")
            for attendee in attendees_in(text, part) if part else []:
                if name_key(attendee.name.name) not in listed and attendee.name.start == part.start:
                    section.attendees.append(attendee)
                    listed.add(name_key(attendee.name.name))


class _ListedPeople:
    """The people some lists read so far name, kept up as the lists grow: a list read a line at a time asks for its
    initials after each line, and gathering its names anew each time cost time in the square of its lines."""

    def __init__(self) -> None:
        self._start([])

    def _start(self, listed: list[Section]) -> None:
        self.sections: list[Section] = list(listed)  # held, so that no other list takes their ids while this is kept
        self.counts: list[int] = [0] * len(listed)
        self.attendees: list[Attendee] = []
        self.named: dict[str, NameMatch] = {}  # each person once, as first named
        self.spans: list[tuple[int, int]] = []  # the names' spans, in order of their starts

    def _kept_up_with(self, listed: list[Section]) -> bool:
        """The same lists as last time, none of them shorter: what was gathered stands, and only new entries are added."""
        return len(self.sections) == len(listed) and all(a is b for a, b in zip(self.sections, listed, strict=True)) \
            and all(len(section.attendees) >= count for section, count in zip(listed, self.counts, strict=True))

    def catch_up(self, listed: list[Section]) -> None:
        if not self._kept_up_with(listed):
            self._start(listed)
        for index, section in enumerate(listed):
            for attendee in section.attendees[self.counts[index]:]:
                self.attendees.append(attendee)
                self.named.setdefault(name_key(attendee.name.name), attendee.name)
                bisect.insort(self.spans, (attendee.name.start, attendee.name.end))
            self.counts[index] = len(section.attendees)

    def overlaps(self, evidence: Span) -> bool:
        """Whether a name read already covers part of the evidence ('Jo Bloggs (JB)')."""
        before = bisect.bisect_left(self.spans, (evidence.end, 0))
        return any(end > evidence.start for _, end in self.spans[max(0, before - 2):before])


@lru_cache(maxsize=32)
def _listed_people(sections: tuple[int, ...]) -> _ListedPeople:
    return _ListedPeople()


def by_initials(text: str, part: Span, listed: list[Section], *, whole: bool = False) -> list[Attendee]:
    """The people a list names by their initials alone ('Present: AT (Chair), HQ, GO', 'Apols: JT (Bench) | LC'): each
    the one person the document's initials stand for (`initials.document_key`: its key, or the full names its lists
    give), with the post the key's row declares (or the list's entry for them), the bracket's post where it is no
    marker ('JT (Bench)'), and the bracket's marker ('AT (Chair)'). whole: none unless the part holds only such entries."""
    if INITIALS_RE.search(text, part.start, part.end) is None:
        return []
    listed_people = _listed_people(tuple(map(id, listed)))
    listed_people.catch_up(listed)
    people = listed_people.attendees
    found: list[Attendee] = []
    named: set[str] = set()
    for entry in initials_entries(text, part, document_key(text, list(listed_people.named.values())), whole=whole):
        if listed_people.overlaps(entry.evidence) or entry.holder.name in named:
            continue  # read already as a name ('Jo Bloggs (JB)'), or listed once already
        named.add(entry.holder.name)
        base = _key_row_entry(entry.holder.source or text, entry.holder.row, entry.holder.name) if entry.holder.row \
            else None
        if base is not None and base.role and entry.holder.source:  # a key in two columns: the row's words wrapped
            base.role = Span(base.role.start, base.role.end, " ".join(base.role.text.split()))  # under it, one phrase
        base = base or next((attendee for attendee in people if name_key(attendee.name.name) == name_key(entry.holder.name)),
                            None)
        name = base.name if base else entry.holder.match
        if name is None:
            continue
        attendee = Attendee(name, entry.evidence, base.role if base else None, cell_a_line=base.cell_a_line if base else False,
                            body=base.body if base else None, body_written=base.body_written if base else False)
        note = entry.note.text if entry.note else ""
        if VICE_MARK_RE.search(note) and MARKER_ONLY_RE.fullmatch(note.strip()):
            attendee.vice_chair = True
        elif note and MARKER_ONLY_RE.fullmatch(note.strip()):
            attendee.chair = attendee.chair_in_brackets = True
        elif note and MINUTES_MARK_RE.fullmatch(f"({note.strip()})"):
            attendee.minutes = True
        elif entry.note:
            attendee.role = entry.note  # 'JT (Bench)': the post the list writes with the initials
        found.append(attendee)
    return found


def _key_row_entry(text: str, row: Span, name: str) -> Attendee | None:
    """The entry a key's row makes of the person from their name on ('Alison Treverrow<TAB>Strategic Director, ...'),
    read as any list's entry is, without its markers (the row's '(Chair)' marks the board's chair, not the meeting's)."""
    entry = next((attendee for attendee in attendees_in(text, row) if name_key(attendee.name.name) == name_key(name)), None)
    return replace(entry, chair=False, vice_chair=False, minutes=False, status=None, substitute=False,
                   chair_in_brackets=False, chair_of_body=False) if entry else None


# Who came in an apologising member's place, said in their entry: 'Andrew Coslett, Service Manager - sent Bethan Jarrett
# (Team Manager) in his place', 'Penhallow H. (CEO Education) - Dyfrig Lewis, Senior Inclusion Officer, attended in his
# place'. The lead ('sent', a dash) opens the deputy's words; a bar or a semicolon ends the entry before it.
# ('- Jo Lee attended on his behalf': the same in other words)
DEPUTY_IN_PLACE_RE = re.compile(r"\b(?:attended\s+)?(?:in[^\S\n]+(?:his|her|their)[^\S\n]+place|on\s+(?:his|her|their)\s+behalf)\b",
                                re.IGNORECASE)
DEPUTY_LEAD_RE = re.compile(r"\bsent\s++|(?<=[^\S\n])[–—-][^\S\n]++")
DASH_LEAD_RE = re.compile(r"(?<=[^\S\n])[–—-][^\S\n]++")
DEPUTY_REACH = 200  # characters: the deputy's words between the lead and 'in his place'


def _deputies_in_apologies(text: str, found: list[Section]) -> None:
    """The people an apologies list says came in a member's place: present as deputies (a section of their own), not
    among the apologies, and the member's post without the words about them."""
    for section in [section for section in found if section.kind == APOLOGIES and section.attendees]:
        end = _paragraph_end(text, max(attendee.evidence.end for attendee in section.attendees))
        deputies: list[Attendee] = []
        for place in DEPUTY_IN_PLACE_RE.finditer(text, section.heading.start, end):
            floor = max(text.rfind("|", section.heading.start, place.start()), text.rfind(";", section.heading.start,
                                                                                             place.start()),
                        section.heading.start, place.start() - DEPUTY_REACH)
            leads = list(DEPUTY_LEAD_RE.finditer(text, floor, place.start()))
            names = find_names(text, leads[-1].end(), place.start(), strict=False) if leads else []
            if not names or names[0].surname_only or names[0].start != leads[-1].end():
                continue
            lead, name = leads[-1], names[0]
            role = trim(text, name.end, place.start(), EDGE_CHARS + "\n")
            deputies.append(Attendee(name, span(text, lead.end(), place.end()), role or None, substitute=True))
            section.attendees = [attendee for attendee in section.attendees if not lead.end() <= attendee.name.start < place.start()]
            for attendee in section.attendees:
                if attendee.role and attendee.name.end <= lead.start() < attendee.role.end:
                    attendee.role = trim(text, attendee.role.start, lead.start()) or None
        if deputies:
            found.append(Section(PRESENT, section.heading, deputies))


# 'Councillor M. Yelland *' over '* substituting for Councillor N. Brightwell', 'Councillor L. Rhosier*' over '* unable to
# attend - apologies': a mark after the member's name, a footnote of the document's key near the list saying what it means;
# or the mark before the entry, '* Councillor D. Ashby' over '(* denotes present)'.
FOOTNOTE_MARK_RE = re.compile(r"[^\S\n]*+(?P<mark>\*{1,3}|[†‡])(?![\w*])")
FOOTNOTE_LINE_RE = re.compile(r"[^\S\n]*+\(?[^\S\n]*+(?:\*{1,3}|[†‡])(?![\w*])")  # the note's line, in brackets or not
LEADING_MARK_RE = re.compile(r"[^\S\n]*+(?P<mark>\*{1,3}|[†‡])[^\S\n]*+")  # all that stands before the entry on its line
FOOTNOTE_REACH = 600  # characters: the note stands just under the list (or just over it)
FOOTNOTE_KINDS = (PRESENT, ALSO_PRESENT, MEMBERSHIP)


def _footnoted_marks(text: str, found: list[Section]) -> None:
    """Members a footnote near the list marks: as sitting in another's place (deputies), as sending apologies, absent or
    in the chair, as the note says. Where the note says the marked were present, a member left unmarked did not come."""
    for section in found:
        if section.kind not in FOOTNOTE_KINDS or not section.attendees:
            continue
        end = max(attendee.evidence.end for attendee in section.attendees)
        notes: dict[str, str] = {}
        for line in [*lines(text, max(0, section.heading.start - FOOTNOTE_REACH), section.heading.start),
                     *lines(text, end, min(len(text), end + FOOTNOTE_REACH))]:
            if FOOTNOTE_LINE_RE.match(line.text):
                for code, declared in (key_line(text, line) or {}).items():
                    notes.setdefault(code, declared)
        if not notes:
            continue
        meanings = [_footnote_meaning(text, attendee, notes) for attendee in section.attendees]
        for attendee, meaning in zip(section.attendees, meanings, strict=True):
            if meaning is None and PRESENT in meanings:
                attendee.status = ABSENT  # '(* denotes present)': the member without the mark was away
            if meaning == SUBSTITUTE:
                attendee.substitute = True
            elif meaning == CHAIR:
                attendee.chair = attendee.chair_in_brackets = True
            elif meaning == VICE_CHAIR:
                attendee.vice_chair = True
            elif meaning is not None:
                attendee.status = meaning


def _footnote_meaning(text: str, attendee: Attendee, notes: dict[str, str]) -> str | None:
    """What the footnote says of the mark after the member's entry, or of the one alone before it on its line."""
    after = max(attendee.evidence.end, attendee.role.end if attendee.role else 0)
    mark = FOOTNOTE_MARK_RE.match(text, after) or \
        LEADING_MARK_RE.fullmatch(text, text.rfind("\n", 0, attendee.evidence.start) + 1, attendee.evidence.start)
    return notes.get(mark.group("mark")) if mark else None


# 'Supt Karen Dowd, Westmere Police (DCI Rook deputising)': who came in the member's place, by rank and surname.
DEPUTISING_BRACKET_RE = re.compile(r"\((?:[^()]{0,30}?[^\S\n])?(?P<surname>[A-Z][\w'’-]++)[^\S\n]++(?:deputi[sz]ing|deputi[sz]ed|substituting|"
                                   r"attended\s+in\s+(?:his|her|their)\s+place|attending\s+instead|attended\s+instead)\)")


def _deputy_in_apology_bracket(found: list[Section]) -> None:
    """A member sending apologies with the one who came in their place in brackets ('(DCI Rook deputising)'): the one
    of that surname among those present sat as their deputy."""
    present: dict[str, list[Attendee]] = {}  # by surname, once: not all of them again for each apology
    for section in found:
        for person in section.attendees if section.kind in (PRESENT, ALSO_PRESENT) else []:
            present.setdefault((person.name.name.split() or [""])[-1], []).append(person)
    for section in found:
        for attendee in section.attendees if section.kind == APOLOGIES else []:
            bracket = DEPUTISING_BRACKET_RE.search(attendee.role.text) if attendee.role else None
            deputies = present.get(bracket.group("surname"), []) if bracket else []
            if len(deputies) == 1:
                deputies[0].substitute = True


# A register's key naming, in brackets after its deputy's mark, whom each member sent: 'D deputy (Kessell: DI R.
# Amory; Pascoe: J. Treloar, Named Nurse)'; the pairs are parted by semicolons, member's surname and colon first.
KEY_DEPUTIES_RE = re.compile(r"\b(?:deput(?:y|ies)|substitutes?|represented)[^\S\n]*+\((?P<pairs>[^()]{5,300}+)\)", re.IGNORECASE)
KEY_DEPUTY_PAIR_RE = re.compile(r"\s*+(?P<member>(?:Mc|Mac|O['’])?[A-Z][a-z]++(?:-[A-Z][a-z]++)?)[^\S\n]*+:\s*+(?=\S)")


def _deputies_named_in_key(text: str, found: list[Section]) -> None:
    """The deputies a register's key names for the members its marks send away ('D deputy (Kessell: DI R. Amory)'):
    each, present in the member's place, a standing deputy for the member's body, with the post written after the
    name ('J. Treloar, Named Nurse')."""
    away: dict[str, list[tuple[Section, Attendee]]] = {}  # by surname, once: not all of them again for each pair
    for section in found:
        for person in section.attendees:
            if (person.status or section.kind) in (APOLOGIES, ABSENT):
                away.setdefault((person.name.name.split() or [""])[-1], []).append((section, person))
    for key in KEY_DEPUTIES_RE.finditer(text):
        at = key.start("pairs")
        for part in key.group("pairs").split(";"):
            pair = KEY_DEPUTY_PAIR_RE.match(part)
            members = away.get(pair.group("member"), []) if pair else []
            deputy = name_at(text, at + pair.end(), at + len(part), strict=False) if pair and len(members) == 1 else None
            if deputy is not None:
                section, member = members[0]
                attendee = _deputy_attended(text, deputy, member)
                post = trim(text, deputy.end, at + len(part), " \t\n,")
                attendee.role = post if post and names_post(post.text) else None
                section.attendees.append(attendee)
            at += len(part) + 1


# 'Insp Colin Ashby<TAB>Westmere Police (for Ch Supt Boyd)': the member in whose place the entry came, in brackets.
FOR_MEMBER_BRACKET_RE = re.compile(r"\((?P<sat_for>for[^\S\n]++[^()\n]{1,60}?[^\S\n](?P<surname>[A-Z][\w'’-]++))\)")


def _deputy_for_apologising_member(text: str, found: list[Section]) -> None:
    """One present 'for' a member whose apologies the record lists ('(for Ch Supt Boyd)' beside 'Ch Supt Alan Boyd'
    under 'Apologies', or marked 'Apologies' in a register's column): they came in that member's place, as a deputy (a
    bracket 'for' no one away says nothing so)."""
    away = {(a.name.name.split() or [""])[-1] for section in found for a in section.attendees
            if section.kind == APOLOGIES and a.status is None or a.status == APOLOGIES}
    for section in found:
        for attendee in section.attendees if section.kind == PRESENT and away else []:
            if attendee.status not in (None, PRESENT):
                continue
            bracket = FOR_MEMBER_BRACKET_RE.search(text, attendee.name.end, attendee.evidence.end)
            if bracket is not None and bracket.group("surname") in away:
                attendee.substitute = True


# 'Councillor Glenys Arbuthnot for Councillor Amos Feltwell' under 'Substitute Members:': what lies between the
# deputy's name and the member's.
FOR_MEMBER_RE = re.compile(r"[^\S\n]*+for[^\S\n]++(?:(?:councillor|cllr\.?)[^\S\n]++)?", re.IGNORECASE)


def _substitutes_for_members(text: str, found: list[Section]) -> None:
    """A substitutes' list that names whom each sat for ('X for Councillor Y'): X came to the meeting in Y's seat (present,
    as a substitute), and Y, who did not, is no one the list names as a deputy."""
    for section in list(found):
        if section.kind != DEPUTIES:
            continue
        kept: list[Attendee] = []
        sat: list[Attendee] = []
        for attendee in section.attendees:
            deputy = kept[-1] if kept else None
            between = FOR_MEMBER_RE.fullmatch(text, deputy.name.end, attendee.name.start) if deputy else None
            if deputy is not None and between is not None and deputy not in sat:
                deputy.role = trim(text, deputy.name.end, attendee.name.end)  # 'for Councillor Amos Feltwell'
                deputy.substitute = True
                sat.append(deputy)
                continue
            kept.append(attendee)
        for attendee in kept:
            if attendee not in sat and IN_PLACE_OF_RE.match(text, attendee.name.end):
                # 'Sgt Lucy Ames for Ch Insp Dunn.': the member named by rank and surname alone, no entry of their own
                attendee.role, attendee.substitute = None, True
                sat.append(attendee)
        if sat:
            section.attendees = [attendee for attendee in kept if attendee not in sat]
            found.append(Section(PRESENT, section.heading, sat))


# A council's name ending the last post of a list of guests: ', YOS Operations Manager, Westmere County Council'.
COUNCIL_ENDING_RE = re.compile(r",\s++(?P<council>(?:the\s+)?[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+){0,3}?\s++"
                               r"(?:(?:County|District|Borough|City|Metropolitan\s+Borough|Town)\s++)?Council)\s*+$")
JOINED_BY_AND_RE = re.compile(r",?\s*+and\s*+$")


def _council_after_the_last_post(text: str, found: list[Section]) -> None:
    """Guests named with their posts and joined by 'and', the council written once after the last post ('Jo Hart, Head
    of Youth Offending Service, and Sam Lee, YOS Operations Manager, Westmere County Council'): the council is each
    one's whose post names no body, as a group's body written once is ('both of X Council')."""
    for section in found:
        if section.kind not in GUEST_KINDS or len(section.attendees) < 2:
            continue
        last = section.attendees[-1]
        role = last.role
        council = COUNCIL_ENDING_RE.search(role.text) if role is not None else None
        if role is None or council is None:
            continue
        body = span(text, role.start + council.start("council"), role.start + council.end("council"))
        earlier = section.attendees[:-1]
        joined = JOINED_BY_AND_RE.search(text, earlier[-1].evidence.start, last.name.start)
        if joined is None:
            continue
        for attendee in earlier:
            if attendee.body is None and attendee.role is not None and "," not in attendee.role.text.strip(" ,"):
                attendee.body = body


LONGEST_SHAPED_BLOCK = 40  # lines: a list longer than a page's is no attendance block


def _block_by_shape(text: str, all_lines: list[Line], index: int, section: Section) -> int:
    """The fallback where no layout's rule read a list heading's block: a block of short lines that each hold one
    name the lexicon knows (a first name it has, or a title) and no sentence is one person a line, the rest of the
    line their post. Returns the index of the first line past the block (index itself where it is not such a block)."""
    people: list[Attendee] = []
    row = index
    while row < len(all_lines) and row - index <= LONGEST_SHAPED_BLOCK:
        line = all_lines[row]
        if is_blank(line) and not people:
            row += 1
            continue
        if is_blank(line) or heading_kind(text, line) or is_item(line) or people and key_line(text, line):
            break  # a register's key under its rows ends them
        person = _shaped_entry(text, line)
        if person is None and not people and _head_row(text, line):
            row += 1  # a table's head row in words the column vocabulary lacks ('| Who | Representing | Att |')
            continue
        if person is None:
            return index
        people.append(person)
        row += 1
    if row - index > LONGEST_SHAPED_BLOCK:
        return index
    section.attendees.extend(people)
    return row if people else index


def _head_row(text: str, line: Line) -> bool:
    """A table's row of two cells or more that names no one."""
    return len(cells(text, line)) >= 2 and not find_names(text, line.start, line.end, strict=False)


def _shaped_entry(text: str, line: Line) -> Attendee | None:
    """The one person a line of a shaped block names, where the line is short, no sentence and names exactly one; a
    status cell at its end ('| P |', 'Apologies') says whether they came."""
    if is_prose(line) or len(line.text.split()) > LONGEST_ENTRY_WORDS:
        return None
    status, end = _status_and_entry_end(text, line)
    names = find_names(text, line.start, end, strict=False)
    if len(names) != 1 or names[0].surname_only:
        return None
    name = names[0]
    if not (name.title or is_first_name(name.name.split()[0])):
        return None
    entry = trim(text, line.start, end, " \t|*")
    person = _attendee(text, name, entry, entry)
    _set_status(text, person, status)
    return person


COLUMN_GAP_RE = re.compile(r"(?<=\S)[^\S\n]{3,}(?=\S)")
GAP_RE = re.compile(r"[^\S\n]{2,}")
COLUMN_SLACK = 4  # characters: a column's text may start a little off its heading's


def _columns_apart(text: str, all_lines: list[Line]) -> tuple[list[Line], dict[int, str], dict[int, int]]:
    """Two lists side by side under two headings on one line ('MEMBERS PRESENT      OFFICERS PRESENT'), as a page's
    columns print: each list's lines in turn, under its own heading; and by where each heading starts, the text as that
    column reads it, the other column's words blanked (same offsets), so a role broken over lines is one phrase."""
    heads: dict[int, str] = {}
    continued: dict[int, int] = {}  # a right column's first line: the index past the block's last line
    result: list[Line] = []
    index = 0
    while index < len(all_lines):
        line = all_lines[index]
        pair = heading_pair(text, line) or _entries_pair(text, all_lines, index)
        grid = None if pair is not None else _surname_first_grid(text, all_lines, index)
        if grid is not None:  # the heading alone, its members in two columns below it
            index = _grid_apart(text, all_lines, index, grid, result, heads, continued)
            continue
        if pair is None:
            result.append(line)
            index += 1
            continue
        left, gap, right = pair
        # a heading line laid out with tabs has its rows laid out with tabs too, whose widths no offset measures
        column = None if "\t" in gap.group() else right.start - line.start
        block_end = next((i for i in range(index + 1, len(all_lines)) if is_blank(all_lines[i])), len(all_lines))
        rows = all_lines[index + 1:block_end]
        tabs = _tabs_between_columns(text, rows) if column is None else None
        parts = [_column_parts(text, row, column, tabs=tabs) for row in rows]
        result += [left, *(part[0] for part in parts if part[0]), right, *(part[1] for part in parts if part[1])]
        if heading_kind(text, right) is None:  # the right column goes on with the left's heading: the list's second
            continued[right.start] = len(result)  # column, which ends with the block
        # each column reads its own lines only: the rest of each row, the gap too, is blanked (for every line of the
        # column, so that a heading inside it, 'Chair - Director of ...', reads its own column too)
        # a heading whose entries begin on its own line: that line is each column's first row
        first = [(line, (left, right))] if right.start in continued else []
        left_text = _blanked(text, [(ends[0].end if ends[0] else row.start, row.end)
                                    for row, ends in [*first, *zip(rows, parts, strict=True)]])
        right_text = _blanked(text, [(row.start, ends[1].start if ends[1] else row.end)
                                     for row, ends in [*first, *zip(rows, parts, strict=True)]])
        heads.update({left.start: left_text, right.start: right_text})
        heads.update({part[0].start: left_text for part in parts if part[0]})
        heads.update({part[1].start: right_text for part in parts if part[1]})
        index = block_end
    return result, heads, continued


def _surname_first_grid(text: str, all_lines: list[Line], index: int) -> tuple[int, int] | None:
    """A list's heading alone on its line over its members in two columns, each written surname first (perhaps after a
    blank line): 'Members present:' over 'FANSHAWE, Derek (Chairman)      IBBOTSON, Tom' and 'Adeyemi, Jo    Hart, Sam'.
    Gives the first row's index and the right column's start in it. (A row holds one entry a column: a bracket's
    close wrapped under its entry stands at its column's start too.)"""
    heading = heading_kind(text, all_lines[index])
    if heading is None or heading[1] or heading[0] not in LIST_KINDS:
        return None
    row = index + 1
    while row < min(len(all_lines), index + 3) and is_blank(all_lines[row]):
        row += 1
    if row >= len(all_lines) or is_blank(all_lines[row]):
        return None
    first = all_lines[row]
    gaps = _gaps_before_entries(text, first)
    if len(gaps) != 1 or "\t" in gaps[0].group():
        return None
    cells = [trim(text, first.start, gaps[0].start(), " \t"), trim(text, gaps[0].end(), first.end, " \t")]
    if not all(CAPITALS_FIRST_RE.match(text, cell.start, cell.end) or INVERTED_RE.match(text, cell.start, cell.end)
               for cell in cells):
        return None
    starts = (cells[0].start - first.start, cells[1].start - first.start)
    for line in all_lines[row + 1:]:
        if is_blank(line):
            break
        indents = [_indent(text, line.start), *(gap.end() - line.start for gap in _gaps_before_entries(text, line))]
        if len(indents) > len(starts) or any(min(abs(at - start) for start in starts) > COLUMN_SLACK for at in indents):
            return None
    return row, starts[1]


# A register's mark alone in its cell after an entry ('PENBERTHY, Roger (Cllr) ..... P    VOWLES, Gareth ..... S*'): no
# column of members of its own.
MARK_CELL_RE = re.compile(r"(?:[A-Z]{1,2}|[a-z]{1,2}|[✓✔✗✘×])[*†‡]?")


def _gaps_before_entries(text: str, line: Line) -> list[re.Match[str]]:
    """The gaps of a line that open a column of entries: not those before a register's mark closing an entry."""
    gaps = list(COLUMN_GAP_RE.finditer(text, line.start, line.end))
    ends = [*(gap.start() for gap in gaps[1:]), line.end][:len(gaps)]  # each gap's cell ends at the next gap
    return [gap for gap, end in zip(gaps, ends, strict=True) if not MARK_CELL_RE.fullmatch(text, gap.end(), end)]


def _grid_apart(text: str, all_lines: list[Line], index: int, grid: tuple[int, int], result: list[Line],
                heads: dict[int, str], continued: dict[int, int]) -> int:
    """The heading and its two columns of members (see `_surname_first_grid`) as `_columns_apart` gives two lists side
    by side: the left column's lines under the heading, then the right column's, which goes on with the heading's list,
    each reading its own column. Gives the index past the block."""
    row, column = grid
    block_end = next((i for i in range(row, len(all_lines)) if is_blank(all_lines[i])), len(all_lines))
    rows = all_lines[row:block_end]
    parts = [_column_parts(text, line, column) for line in rows]
    lefts = [part[0] for part in parts if part[0]]
    rights = [part[1] for part in parts if part[1]]
    result += [*all_lines[index:row], *lefts, *rights]
    continued[rights[0].start] = len(result)
    left_text = _blanked(text, [(ends[0].end if ends[0] else line.start, line.end) for line, ends in zip(rows, parts, strict=True)])
    right_text = _blanked(text, [(line.start, ends[1].start if ends[1] else line.end)
                                 for line, ends in zip(rows, parts, strict=True)])
    heads[all_lines[index].start] = left_text
    heads.update({part.start: left_text for part in lefts})
    heads.update({part.start: right_text for part in rights})
    return block_end


def _entries_pair(text: str, all_lines: list[Line], index: int) -> tuple[Span, re.Match[str], Span] | None:
    """A heading whose entries stand in two columns side by side from its own line on ('Members:   Councillor A
    Councillor B' over '           (Chair)                     Councillor C'): the heading with the left column's first
    entry, the gap, and the right column's first entry. Each line below it holds the left column's next line at the
    heading's entry's start, or the right column's at the right entry's start, or both."""
    line = all_lines[index]
    heading = heading_kind(text, line)
    if heading is None or not heading[1] or heading[0] not in LIST_KINDS:
        return None
    inline = heading[1]
    gap = COLUMN_GAP_RE.search(text, inline.start, inline.end)
    if gap is None or "\t" in gap.group() or COLUMN_GAP_RE.search(text, gap.end(), inline.end):
        return None  # (three names a row is a grid, read row by row)
    left, right = trim(text, line.start, gap.start()), trim(text, gap.end(), inline.end)
    if not (person_at(text, trim(text, inline.start, gap.start())) and person_at(text, right)):
        return None
    starts = (inline.start - line.start, right.start - line.start)
    rows = 0
    for row in all_lines[index + 1:]:
        if is_blank(row):
            break
        indent = _indent(text, row.start)
        if abs(indent - starts[0]) > COLUMN_SLACK and abs(indent - starts[1]) > COLUMN_SLACK:
            return None
        rows += 1
    return (left, gap, right) if rows else None


def heading_pair(text: str, line: Line) -> tuple[Span, re.Match[str], Span] | None:
    """Two attendance headings side by side on the line ('PRESENT      APOLOGIES'): the left, the gap, the right."""
    gap = COLUMN_GAP_RE.search(line.text)
    left = trim(text, line.start, line.start + gap.start()) if gap else None
    right = trim(text, line.start + gap.end(), line.end) if gap else None
    if gap and left and right and _bare_heading(text, left) and _bare_heading(text, right):
        return left, gap, right
    # 'Councillors:      Officers:': a heading that is one only with its colon ('Councillors:' heads a list, a bare
    # 'Councillors' a sentence's subject) keeps it
    left = trim(text, line.start, line.start + gap.start(), " \t") if gap else None
    right = trim(text, line.start + gap.end(), line.end, " \t") if gap else None
    if gap and left and right and left.text.endswith(":") and _bare_heading(text, left) and _bare_heading(text, right):
        return left, gap, right
    return None


def _blanked(text: str, parts: list[tuple[int, int]]) -> str:
    """The text with these parts written as line breaks (spaces would read as a table's padding between cells, and
    the right column's lines as wrapped cells)."""
    pieces, pos = [], 0
    for start, end in parts:
        pieces += [text[pos:start], "\n" * (end - start)]
        pos = end
    return "".join([*pieces, text[pos:]])


def _bare_heading(text: str, cell: Span) -> bool:
    heading = heading_kind(text, cell)
    return heading is not None and not heading[1]


TAB_GAP_RE = re.compile(r"[^\S\n]*\t[^\S\n]*")


TAB_RUN_RE = re.compile(r"\t++")


def _tabs_between_columns(text: str, rows: list[Line]) -> int | None:
    """In two lists set by tabs whose entries hold cells of their own ('Jo Bloggs<TAB>Head of Service<TAB><TAB>Dr Ann
    Lee<TAB>NHS Westmere'), the width of the tab run that parts the lists, wider than the one between an entry's
    cells; None where no row holds two runs of different widths (each row's first tab parts the lists)."""
    widest = 0
    for row in rows:
        widths = [len(run.group()) for run in TAB_RUN_RE.finditer(text, row.start, row.end)]
        if len(widths) > 1 and max(widths) > min(widths):
            widest = max(widest, *widths)
    return widest or None


def _column_parts(text: str, row: Line, column: int | None, *, tabs: int | None = None) -> tuple[Span | None, Span | None]:
    """A row's left and right parts: split at the gap nearest the column, or at the column itself; in columns set by
    tabs (no column), at the row's first tab ('ANN LEE (AL)\tRAJ PATEL (RP)'), a row that opens with a tab being
    the right column's alone and a row with none the left's; where the entries hold cells parted by narrower runs of
    tabs, at the row's first run as wide as `tabs` (a row without one being the left's)."""
    if column is None:
        gap = TAB_GAP_RE.search(text, row.start, row.end)
        if tabs is not None and gap is not None and gap.start() > row.start:
            gap = next((run for run in TAB_RUN_RE.finditer(text, row.start, row.end) if len(run.group()) >= tabs), None)
        left_end, right_start = (gap.start(), gap.end()) if gap else (row.end, row.end)
        return trim(text, row.start, left_end, " \t") or None, trim(text, right_start, row.end, " \t") or None
    at = row.start + column
    gap = next((g for g in GAP_RE.finditer(text, row.start, row.end)
                if g.start() <= at + COLUMN_SLACK and g.end() >= at - COLUMN_SLACK), None)
    if gap is None and _inside_word(text, at, row):  # the left column's line ran on past the right's start
        return trim(text, row.start, row.end, " \t") or None, None
    left_end, right_start = (gap.start(), gap.end()) if gap else (min(at, row.end), min(at, row.end))
    return trim(text, row.start, left_end, " \t") or None, trim(text, right_start, row.end, " \t") or None


def _inside_word(text: str, at: int, row: Line) -> bool:
    """The position falls between two letters of one word of the row ('Wendale District Counci|l')."""
    return row.start < at < row.end and text[at - 1].isalnum() and text[at].isalnum()


CLERK_RE = re.compile(r"\b(?:committee\s+|panel\s+|board\s+)?clerk(?:\s+to\s+the\s+\w+)?", re.IGNORECASE)


def _clerk_as_written(text: str, heading: Line, section: Section) -> None:
    """'Clerk: Peter Vance', 'Clerk to the Panel: Peter Vance': the holder takes the minutes, and the post is the clerk's."""
    clerk = CLERK_RE.match(text, strip_bullet(text, heading).start, heading.end)
    if clerk is None:
        return
    for attendee in section.attendees:
        attendee.role = attendee.role or span(text, clerk.start(), clerk.end())


# Where a list on a heading's line visibly runs on to the next: a comma, 'and', a dash or an open bracket ends the line
# (`_ends_running_on`), or the next begins with a bracket or a lower-case word ('Councillor PATRICK DELANEY-HUGHES' /
# '(Vice-Chair) and ...').
RUNS_ON_ENDS = (",", "&", "–", "—")
RUN_ON_START_RE = re.compile(r"[^\S\n]*(?:\(|and\b|&|[a-z])")


def _ends_running_on(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends, but for blanks after it on its last line, in a comma, 'and', '&' or a dash, or
    has a bracket opened and not closed. Read from the end, not searched for: a search tries each position of the
    stretch, and the stretch grows with each line a long list wraps on to (quadratic in its lines)."""
    if text.rfind("(", start, end) > text.rfind(")", start, end):
        return True
    stretch = text[start:end]
    last = stretch.rstrip()
    if "\n" in stretch[len(last):].removesuffix("\n"):
        return False  # the blanks after it cross a line break: its end is not the stretch's
    before = start + len(last) - 4  # the character before an 'and' that ends it, which must not be a word's
    return last.endswith(RUNS_ON_ENDS) or last.endswith("and") and (
        before < 0 or not (text[before].isalnum() or text[before] == "_"))


# A paragraph of entries parted by semicolons ('Present: Ann Lee (AL), Chair; Raj Patel (RP), Probation Service;
# ...') wraps wherever the page's width falls, even inside a name or a body, until a full stop ends it.
SEMICOLON_LIST_RE = re.compile(r";[^\S\n]*\S")


def _wrapped_inline(text: str, all_lines: list[Line], index: int, inline: Span) -> tuple[Span, int]:
    """The entries on a heading's line with the lines its list wraps on to, and the index of the last line read."""
    if not inline:
        return inline, index
    end = inline.end
    while index + 1 < len(all_lines):
        following = all_lines[index + 1]
        if _post_noun_wrapped(text, end, following):
            index, end = index + 1, following.end  # '... represented by Jo Bloggs, Senior Probation' / 'Officer'
            continue
        if is_blank(following) or heading_kind(text, following) or is_item(following) or not (
                _ends_running_on(text, inline.start, end) or RUN_ON_START_RE.match(following.text)
                or _semicolon_paragraph(text, inline.start, end, following)
                or _name_runs_on(text, span(text, inline.start, end), following)
                or _forename_runs_on(text, inline.start, end, following)):
            break
        index, end = index + 1, following.end
    if end != inline.end and (stop := LIST_STOP_RE.search(text, inline.end, end)):
        end = stop.start() + 1  # '... and Jo Bloggs (Clerk). Supt Ann Lee of X attended ...': the list ends at its stop
    return (span(text, inline.start, end) if end != inline.end else inline), index


# A list's last entry begun at the line's end with a word alone ('..., and Kerenza'), its surname and post in brackets
# opening the next line ('Hosking (Democratic Services Officer).').
FORENAME_AT_END_RE = re.compile(r"(?:,|\band|&)[^\S\n]++[A-Z][a-z]++[^\S\n]*+$")
SURNAME_POST_OPENING_RE = re.compile(r"[^\S\n]*+(?:Mc|Mac|O['’])?[A-Z][a-z]++(?:[-'’][A-Z][a-z]++)?[^\S\n]*+\(")


def _forename_runs_on(text: str, start: int, end: int, following: Line) -> bool:
    """The list's line ends with a forename alone after 'and' or a comma, and the next opens with a surname and a
    bracket: the name goes on."""
    return FORENAME_AT_END_RE.search(text, max(start, end - 40), end) is not None \
        and SURNAME_POST_OPENING_RE.match(following.text) is not None


# The full stop after a list's last bracket, a sentence going on after it on the same line.
LIST_STOP_RE = re.compile(r"\)\.(?=[^\S\n]+[A-Z])")


def _post_noun_wrapped(text: str, end: int, following: Line) -> bool:
    """The following line is a post's noun alone ('Officer'), the line before ending in a word of the post it completes
    ('Senior Probation'): the post wrapped, not a heading."""
    word = following.text.strip()
    return " " not in word and is_post_noun(word) and word[:1].isupper() and bool(re.search(r"[A-Z][a-z]+$", text[:end]))


BRACKET_PART_RE = re.compile(r"\([^()\n]*+\)")  # a bracket's words: 'Councillor A (Deputy Leader; Finance)' is no list of two


def _semicolon_paragraph(text: str, start: int, end: int, following: Line) -> bool:
    """Whether text[start:end] is a list parted by semicolons, not yet ended by a full stop, that the following line
    (not a sentence) goes on with."""
    return (bool(SEMICOLON_LIST_RE.search(text, start, end) or ";" in BRACKET_PART_RE.sub("", following.text)
                 or text[start:end].rstrip().endswith(";"))  # 'X (Leader) in the Chair;' / 'Councillors A, B and C
            and not text[start:end].rstrip().endswith(".") and not is_prose(following))


# Headings of one post, whose holder may stand on the heading's own line ('Chair: Ann Wright').
ONE_HOLDER_KINDS = (CHAIR, VICE_CHAIR, MINUTES)
LIST_KINDS = (PRESENT, ALSO_PRESENT, IN_ATTENDANCE, OFFICERS, APOLOGIES, ABSENT, MEMBERSHIP, DEPUTIES)


def _one_holder(section: Section) -> bool:
    """'Chair: Ann Wright': the post's holder is named on the heading's line, so the lines below are not more chairs."""
    return section.kind in ONE_HOLDER_KINDS and bool(section.attendees)


def _resumed_list(found: list[Section]) -> Section | None:
    """The list a 'Chair: Ann Wright' line interrupted, which goes on below it ('Probation: Ptolemy Arkwright')."""
    if len(found) < 2 or not _one_holder(found[-1]):
        return None
    before = next((section for section in reversed(found[:-1]) if not _one_holder(section)), None)
    return Section(before.kind, found[-1].heading) if before and before.kind in LIST_KINDS else None


ALSO_INVITED_RE = re.compile(r"\W*also\s+invited\b", re.IGNORECASE)


def _invited_guests(text: str, found: list[Section]) -> None:
    """'Also invited:' heads the apologies where it is the record's only such list; where the record has its own
    apologies ('Unable to attend:', 'Apologies'), those also invited are guests who came, as officers do."""
    invited = [s for s in found if s.kind == APOLOGIES and ALSO_INVITED_RE.match(strip_bullet(text, s.heading).text)]
    if invited and len(invited) < sum(s.kind == APOLOGIES for s in found):
        for section in invited:
            section.kind = OFFICERS


# A second heading on the same line, after a full stop or a semicolon: 'Present: A and B. Apologies: C.', 'Chairman:
# Cllr A. Vice-Chairman: Cllr B.' (a hyphened heading too)
NEXT_HEADING_RE = re.compile(r"[.;]\s+(?=[A-Z][A-Za-z -]{2,40}:)")


# The contact for the list's body after its last entry on the line: the list ends there.
CONTACT_AFTER_LIST_RE = re.compile(r"(?:contact|enquiries|further\s+information)(?:\s+(?:officer|details))?\s*+:", re.IGNORECASE)


def _label_kind(label: str) -> str | None:
    """The kind of heading a credit's label is, whole ('Vice-chair' is `vice_chair`; 'Venue' none)."""
    return next((kind for kind, regex in HEADING_RE if (match := regex.match(f"{label}:")) and match.end() > len(label)),
                None)


def _inline_parts(text: str, kind: str, inline: Span) -> list[tuple[str, Span]]:
    """The entries on a heading's line, split where another heading starts on the same line: after a full stop
    ('Present: A, B. Apologies: C') or as label/value pairs parted by padding ('Chair: Jo Lee      Vice-chair: Cllr
    Dev Rao')."""
    line = span(text, text.rfind("\n", 0, inline.start) + 1, end_of_line(text, inline.start))
    pairs = person_cells.label_values(text, line, _label_kind) if inline else []
    if len(pairs) >= 2 and pairs[0][1].start == inline.start:
        last_label, last_value = pairs[-1]
        pairs[-1] = (last_label, span(text, last_value.start, max(last_value.end, inline.end)))
        return [(kind if at == 0 else _label_kind(label.text) or kind, value) for at, (label, value) in enumerate(pairs)]
    parts: list[tuple[str, Span]] = []
    start = inline.start
    for stop in NEXT_HEADING_RE.finditer(text, inline.start, inline.end):
        rest = trim(text, stop.end(), inline.end, " \t")
        if CONTACT_AFTER_LIST_RE.match(rest.text):  # '... David Fellgate.     Contact: Jo Bloggs, 01632 960418'
            parts.append((kind, trim(text, start, stop.start() + 1)))
            return parts
        heading = heading_kind(text, rest)
        if heading is None:
            continue
        parts.append((kind, trim(text, start, stop.start() + 1)))
        kind, start = heading[0], heading[1].start
    parts.append((kind, trim(text, start, inline.end) if start < inline.end else span(text, start, start)))
    return parts


GUEST_KINDS = (IN_ATTENDANCE, ALSO_PRESENT, OFFICERS)
# A name's post set off by commas after it, brackets and all: ', Strategic Director (People),'.
POST_AFTER_NAME_RE = re.compile(r",\s*+([^,.;\n]{2,80}+(?:\n[^\S\n]*+[^,.;\s][^,.;\n]{0,80}+)?)(?=[,.;]|$)")
# The body a group of names with their posts is of, after the last post: ', of the district council', ', both of
# Northmoorshire County Council': everyone named since the last such body.
GROUP_BODY_RE = re.compile(r",\s++(?:(?:both|all)\s++)?(?:of|from)\s++((?i:the\s++(?:district|county|borough|city)\s++council\b)"
                           r"|(?:the\s+)?[A-Z][\w&'’-]*+(?:\s++(?:[A-Z][\w&'’-]*+|of|for|the))*+)")
# The body a name is 'of' or 'from', in capitals to its end: 'of HM Inspectorate of Probation', 'from Brackmoor Police's'.
OF_BODY_RE = re.compile(r"[^\S\n]+(?:of|from)\s+((?:the\s+)?[A-Z][\w&-]*+(?:\s+(?:[A-Z][\w&-]*+|of|for|the))*+)")
# A rank written just before a name: 'Inspector Gail Whitlow-Asante'.
RANK_BEFORE_NAME_RE = re.compile(r"\b([A-Z][a-z]+)[^\S\n]++$")


def _attendance_paragraph(text: str, section: Section, inline: Span) -> Span | None:
    """The paragraph of prose a guests' heading opens ('In attendance:  the Cabinet Member ..., attended at the
    invitation of the Chair, as did ...'), up to its blank line; None where the heading lists its people."""
    if section.kind not in GUEST_KINDS or section.attendees or not inline:
        return None
    blank = re.compile(r"\n[^\S\n]*\n").search(text, inline.start)
    paragraph = trim(text, inline.start, blank.start() if blank else len(text))
    return paragraph if paragraph and is_prose(paragraph) else None


def _named_in_paragraph(text: str, paragraph: Span) -> list[Attendee]:
    """Everyone a guests' paragraph names (by a title or a first name the lexicon knows), each with the post set off by
    commas after the name, if any."""
    found = []
    for name in find_names(text, paragraph.start, paragraph.end):
        if not (name.title or is_first_name(name.name.split()[0])) or name.surname_only:
            continue
        post = POST_AFTER_NAME_RE.match(text, name.end, paragraph.end)
        role = span(text, post.start(1), post.end(1)) if post else None
        if role is not None and (not names_post(role.text) or not _title_cased_post(role.text)
                                 or find_names(text, role.start, role.end, strict=False)):
            role = None
        rank = RANK_BEFORE_NAME_RE.search(text, max(paragraph.start, name.start - NAME_REACH), name.start)
        if role is None and rank and is_post_word(rank.group(1)) and rank.group(1) != "Councillor":
            role = span(text, rank.start(1), rank.end(1))  # 'Inspector Gail Whitlow-Asante': the rank is the post
        body = OF_BODY_RE.match(text, name.end, paragraph.end)
        found.append(Attendee(name, span(text, min(name.start, role.start) if role else name.start,
                                         max(name.end, role.end) if role else name.end), role,
                              body=span(text, body.start(1), body.end(1)) if body else None))
    at = paragraph.start
    for group in GROUP_BODY_RE.finditer(text, paragraph.start, paragraph.end):
        # '..., and Y, Post, of the district council, together with Z, Post, both of X County Council'
        for attendee in found:
            if at <= attendee.name.start < group.start() and attendee.body is None:
                attendee.body = span(text, group.start(1), group.end(1))
        at = group.end()
    return found


def _inline_list(text: str, line: Line) -> bool:
    """'Present: Councillor A (Chairman); Councillors B, C and D.' is a heading, even if long."""
    heading = heading_kind(text, line)
    return bool(heading and heading[1] and re.search(r"[:\-–]", line.text[:40]))


# A contact block after the list ('CHAIR' signed at the foot of the minutes, then 'Contact Officer: X' or 'Officer
# contact: X'): not an entry.
# A copy list's label with its entries on the line ('Circulation: Board members; Cllr X, Leader of ...') ends a list too.
CONTACT_LABEL_RE = re.compile(r"[^\w\n]*+(?:contact|lead|responsible|reporting)\s++officers?\s*+:|[^\w\n]*+report\s++author\s*+:|"
                              r"[^\w\n]*+officer\s++contact\s*+:|[^\w\n]*+(?:circulation|distribution)(?:\s++list)?\s*+:|"
                              # the meeting's own details under its lists ('Venue: Committee Room B, Guildhall')
                              r"[^\w\n]*+(?:venue|location|place\s++of\s++meeting)\s*+:",
                              re.IGNORECASE)


# (a table's border of corners and rules too: '+----+----------+')
RULE_LINE_RE = re.compile(r"\s*(?:[_=~*-]{4,}|\+(?:[-=]++\+)++)\s*")
# A line under 'Present:' that labels the names below it ('County Borough Councillors -', 'Councillors:'): each of them
# is a councillor, written by initials and surname alone in a grid ('H. BRACE (Chair)      M. A. DELANEY-PRICE').
# ('Y Cynghorwyr / Councillors:', 'Councillors / Cynghorwyr -': the label in two languages, either first)
COUNCILLORS_LABEL_RE = re.compile(rf"[^\S\n]*(?:{WELSH_TITLE_BEFORE})?(?:(?:County|Borough|Town|City|District|Parish)[^\S\n]+)*"
                                  rf"{COUNCILLORS_WORD}(?:{OTHER_TONGUE_AFTER})?[^\S\n]*[:\-–—]?[^\S\n]*", re.IGNORECASE)


COUNCILLORS_HEADING_RE = re.compile(rf"[^\S\n]*(?:(?:County|Borough|Town|City|District|Parish)[^\S\n]+)*{COUNCILLORS_WORD}"
                                    r"[^\S\n]+present[^\S\n]*:?[^\S\n]*$", re.IGNORECASE)


# A register's status cell that the page's width broke after 'for' ('Member ..... substitute for' / '    Cllr O'Connell'):
# the member stood in for is on the next line, no entry of their own.
STANDING_IN_FOR_END_RE = re.compile(r"(?<!\S)(?:substitut(?:e|ing)|deputi[sz]ing|deputy|standing[^\S\n]+in|attending)[^\S\n]++for"
                                    r"[^\S\n]*+$", re.IGNORECASE)


# A label of a paper's head: 'From:', 'Report of:', 'Subject:' (each word crossed once).
FORM_LABEL_RE = re.compile(r"[^\S\n]*+[A-Z][A-Za-z'’]*+(?:[^\S\n][A-Za-z'’]++){0,2}+[^\S\n]*+:")


def _read_entries(text: str, all_lines: list[Line], index: int, section: Section, *, page: str | None = None) -> int:
    """Read entry lines after a heading; returns the index of the first line not in the section. page: the text as
    the page prints it, where `text` is one of two columns (the other's words blanked into line breaks). Where a head
    row names a column of initials or of attendance after the posts ('Init.', 'P / A'), its cells are no one's post."""
    before = len(section.attendees)
    index, aside = _read_rows(text, all_lines, index, section, page=page)
    if aside is not None:
        for attendee in section.attendees[before:]:
            attendee.role = _without_aside_cells(text, attendee.role, aside)
    return index


def _read_rows(text: str, all_lines: list[Line], index: int, section: Section, *, page: str | None = None
               ) -> tuple[int, int | None]:
    """`_read_entries`'s rows, and the column where a head row's aside columns begin (None where no head row has one)."""
    aside: int | None = None
    heads: list[str] = []  # the table's column heads, where a row of them stands over the entries
    head_cells: list[Span] = []
    # the honorific a label line gives the lines below it ('County Borough Councillors -'), as a heading that names
    # councillors does ('County Borough Councillors present:' over a grid of names)
    labelled = "Councillor" if COUNCILLORS_HEADING_RE.match(section.heading.text) else None
    # a heading that is the label alone ('Y Cynghorwyr / Councillors:' over 'E. Vaughan – Housing and Communities'): the
    # honorific of each name read under it, the lines read as any list's (a portfolio after a dash stays whole)
    honoured = COUNCILLORS_LABEL_RE.fullmatch(section.heading.text) is not None
    status_column: int | None = None  # where the head row's status column starts, from the line's start
    meetings: tuple[int, ...] = ()  # the head row's columns headed by a meeting's date, a register's for the year
    notes_heads: tuple[int, int, int] | None = None  # a column of remarks after the status column ('Attended   Notes')
    run_heads: dict[int, int] = {}  # the line each indented line's run hangs from, found once for the run
    body_heads: list[Span] = []  # a head row whose middle columns are bodies, each member's post under theirs
    marks: MarkColumns | None = None  # a head row with a column for each attendance ('Present   Apologies')
    while index < len(all_lines):
        line = all_lines[index]
        notes = _notes_cell(text, line, notes_heads, len(heads))
        if notes is not None:  # 'DACRE, Stuart   No   Substitute: Cllr MOTTRAM, Irene': the row is read without its
            line = trim(text, line.start, notes.start)  # remark, whoever the remark names, then the remark read on it
        deputy = _deputy_after_mark(text, line)
        if deputy is not None:  # 'HAIGH L   District Commander   D   Insp M Boyce': the row read to its mark, then
            line = trim(text, line.start, deputy.start)  # the deputy who came in the member's place
        if RULE_LINE_RE.fullmatch(line.text) and _rule_closes_list(text, all_lines, index, section):
            return index, aside
        if section.kind == ADDRESSED and section.attendees and (is_blank(line) or FORM_LABEL_RE.match(line.text)):
            return index, aside  # a paper's 'To:' ends with its paragraph, or at the head's next label ('From:', 'Subject:')
        if is_blank(line) or is_page_furniture(text, line) or RULE_LINE_RE.fullmatch(line.text):
            index += 1  # a rule drawn between the list and the next heading is nobody's role
            continue
        if key_line(text, line) or ABBREVIATIONS_KEY_RE.fullmatch(line.text):
            if section.attendees and FOOTNOTE_LINE_RE.match(line.text):
                return index, aside  # '* unable to attend': a footnote under the rows closes them
            index += 1  # a register's key over or under its rows ('P = present   Ap = apologies') names no one
            continue
        if section.attendees and _surname_wrapped_in_cell(text, section.attendees[-1], line):
            index += 1  # '| TR | Cllr Tamsin | Portfolio Holder ... |' / '|    | Roskilly | Westmere Council |'
            continue
        wraps = bool(section.attendees) and not _ruled_heading(text, line) and (
            _inside_brackets(text, section.attendees[-1], line)
            or BRACKET_LINE_RE.fullmatch(line.text.strip()) is not None
            and not REPRESENTED_BY_RE.search(line.text)  # a stand-in's own line
            or _under_role_column(page or text, section.attendees[-1], line))
        if not wraps and (heading_kind(text, line) or is_item(line) or CONTACT_LABEL_RE.match(line.text)):
            return index, aside
        stacked = _stacked_entries(text, all_lines, index) if not section.attendees and not heads else None
        if stacked is not None:  # 'Name' / 'Post' / 'Organisation', then each one's cells a line
            section.attendees.extend(stacked[0])
            index = stacked[1]
            continue
        if not section.attendees and _bodies_as_column_heads(line):
            body_heads = _tab_cells(text, line)  # 'Name<TAB>Westmere Council<TAB>Police<TAB>Status': read row by row
            status_column = None
            index += 1
            continue
        wrapped_heads = _wrapped_head_row(text, all_lines, index)
        stand_in_heads = None if wrapped_heads else _stand_in_heads(text, line)
        if is_column_heads(line) or wrapped_heads is not None or stand_in_heads is not None:
            head_cells = _head_cells(text, line)
            heads = wrapped_heads or stand_in_heads or [" ".join(cell.text.lower().split()) for cell in head_cells]
            aside = _aside_column(line, head_cells) if wrapped_heads is None else None
            index += 1 if wrapped_heads is None else 2
            # the last status head: 'Status   Attended' puts the member's standing ('Chair', 'Co-opted') before the
            # column that says whether they came
            status_column = next((cell.start - line.start for head, cell in reversed(list(zip(heads, head_cells, strict=True)))
                                  if head in STATUS_HEADS), None)
            status_at = next((at for at, head in enumerate(heads) if head in STATUS_HEADS), None)
            notes_heads = next(((status_at, at, cell.start - line.start)
                                for at, (head, cell) in enumerate(zip(heads, head_cells, strict=True))
                                if head in NOTES_HEADS and status_at is not None and at > status_at), None)
            meetings = tuple(at for at, head in enumerate(heads) if is_date_head(head) or is_month_head(head))
            marks = _mark_columns(line, head_cells, heads)
            continue
        if COUNCILLORS_LABEL_RE.fullmatch(line.text):
            labelled = "Councillor"
            index += 1
            continue
        initialled = by_initials(text, line, [section], whole=True)
        if initialled:  # '   AT (Chair), HQ, GO': members by the initials the document's key gives them
            section.by_initials.extend(initialled)
            index += 1
            continue
        forename_below = _forename_wrapped_below(text, all_lines, index, section.attendees)
        if forename_below is not None:  # 'ROWLANDS, Cllr      Cabinet Member,' / '  Bethan            Children & ...'
            section.attendees.append(forename_below)
            index += 2
            continue
        split = _split_name_row(text, line)
        if split is not None:  # 'SELVARAJ   Anand (Dr)   AS   Director ...': a register's surname and forename cells
            section.attendees.extend(split)
            index += 1
            continue
        grouped = _party_then_members(text, line)
        if grouped is not None:  # 'Labour     Councillors A, B and C', 'Co-opted (Diocese)     Canon Jo Bloggs'
            section.attendees.extend(grouped)
            index += 1
            continue
        register = _post_first_row(text, line, head_cells) if head_cells else _seat_then_member(text, line)
        if register is not None:  # 'Police ...... Supt. Oduya ...... Apologies': every cell read as its head says
            section.attendees.extend(register)
            index += 1
            continue
        runs_on = index + 1 < len(all_lines) and _bracket_runs_on(line, all_lines[index + 1])
        holder = None if runs_on else _holder_set_in_below(text, all_lines, index, section)
        if holder is not None:
            section.attendees.append(holder)
            index += 2
            continue
        if index + 1 < len(all_lines) and not text[line.end:all_lines[index + 1].start].strip() and (
                re.search(r"[A-Za-z]-$|\s[–—-]$", line.text.rstrip()) and not status_cell(text, line)
                and not (marks and _row_marks(text, line, marks)) or runs_on
                or STANDING_IN_FOR_END_RE.search(line.text) is not None
                or not status_cell(text, line) and _name_runs_on(text, line, all_lines[index + 1])
                or _dash_opens_name(text, line, all_lines[index + 1])
                or line.text.rstrip().endswith(":") and names_post(line.text)):  # 'Cabinet Member for X:' / 'Cllr Y'
            index += 1  # 'Councillor Tobias Greenhalgh-' / 'Smith', 'Councillor Jo' / 'Fitz-Allen (Chair)': a name the
            line = span(text, line.start, all_lines[index].end)  # page's width broke, at its hyphen or after a first name
        if section.attendees and _body_set_in_below(text, line, section.attendees[-1]):
            _extend_role(text, section.attendees[-1], line, column=section.column)
            index += 1
            continue
        rest = _after_bracket_closed(text, section.attendees[-1], line) if wraps else None
        if rest is not None:  # 'Jo Lee (Westmere' / 'Magistrates, Chair of Youth Panel); Supt Ann Roe (Police)': the
            _extend_role(text, section.attendees[-1], span(text, line.start, rest.start), column=section.column)
            line, wraps = rest, False  # bracket's close is the entry's role, the entries after it read on
        if wraps and not re.search(r"\)[^\w\n]*\w", line.text):
            # '(substitute for' / '  Cllr Okoro)': the bracket's close is the entry's role, not another entry (but
            # 'Justice Service Manager); N. Jaswal (Officer)' goes on with entries after it)
            _extend_role(text, section.attendees[-1], line, column=section.column)
            index += 1
            continue
        cut = _name_cut_by_the_page(text, all_lines, index)
        if cut is not None:  # 'Superintendent Neil' / the page's footer / 'Caradog Teifi and Hafren Police'
            section.attendees.append(cut[0])
            index = cut[1] + 1
            continue
        marked = _row_marks(text, line, marks) if marks else None
        row = _row_under_heads(text, line, head_cells)
        dated = None if marked else _meetings_marks(text, line, row, len(heads), meetings)
        status = None if marked else dated[1] if dated else _status_in_column(text, line, status_column)
        read = marked.entry if marked else dated[0] if dated else \
            span(text, line.start, line.start + status.start()) if status else line
        people = _entry_people(text, read, list_title=_list_runs_on(text, all_lines, index, run_heads) or labelled)
        if honoured:
            for person in people:
                if not person.name.title:
                    person.name = replace(person.name, title="Councillor")
        if len(people) == 1:
            _cells_by_heads(text, row if dated else cells(text, read), heads, people[0])
            _post_under_body(text, line, body_heads, people[0])
        for person in people:
            _set_status(text, person, status)
            if marked is not None:
                _set_meaning(person, marked.meaning)
            if notes is not None:
                _read_note(text, person, notes)
        if people:
            section.attendees.extend(people)
            if deputy is not None and len(people) == 1:
                section.attendees.append(_deputy_attended(text, deputy, people[0]))
            if marked is not None and marked.substitute is not None and len(people) == 1:
                _substitute_named(text, section, marked.substitute)
        elif _venue(line) or _titled_no_name(line) or section.attendees and (
                _vacant_seat(text, line) or _continues_role(line) and _post_alone(line, section.attendees[-1])):
            pass
        elif not section.attendees and _seats_alone(text, line):
            pass  # 'Chair of the Youth Bench ; Head of Service, Wessmoor Youth Court' over the names: seats, no one
        elif section.attendees and not wraps and BULLETED_RE.match(line.text):
            pass  # '  - Youth Court Legal Adviser (no nominee)': a bullet of its own, a post no one held, not the role above
        elif _department_over(text, all_lines, index, section.attendees[-1] if section.attendees else None):
            pass
        elif section.attendees and (wraps or _continues_role(line) and not _after_full_stop(text, line)):
            _extend_role(text, section.attendees[-1], line, column=section.column)
        else:
            return index, aside
        index += 1
    return index, aside


# The heads of a register's columns that stand aside from the post, after it: the initials the notes use, the marks
# of who came ('Init.', 'Llyth. / Inits', 'Status', 'Attendance'; the marks' own codes, 'P / A', are STATUS_CODES_HEAD_RE's).
ASIDE_HEADS_RE = re.compile(r"(?:[^\W\d_]++\.?[^\S\n]*+/[^\S\n]*+)?(?:init(?:ial)?s?|status|attend(?:ance|ed)|att)\.?",
                            re.IGNORECASE)


def _aside_column(line: Line, head_cells: list[Span]) -> int | None:
    """Where the columns standing aside from the post begin, from the line's start: the last columns, every one such
    a head, after the name's and the post's ('Name   Post   Init.   P / A'; not 'Name   Initials   Agency'). Only a
    table set out by blanks has its columns at fixed places: bars give each row's cells their own width, and tabs stops
    the reader's tab width places."""
    if "|" in line.text or "\t" in line.text:
        return None
    aside = len(head_cells)
    while aside > 2 and (ASIDE_HEADS_RE.fullmatch(head_cells[aside - 1].text.strip())
                         or STATUS_CODES_HEAD_RE.fullmatch(head_cells[aside - 1].text.strip())):
        aside -= 1
    return head_cells[aside].start - line.start if aside < len(head_cells) else None


def _without_aside_cells(text: str, role: Span | None, column: int) -> Span | None:
    """The role with what each of its lines holds from the aside column on blanked ('Head of      LB      A' over
    'Children's Health': the post alone); a line whose words run across the column (a long post) is kept whole."""
    if role is None:
        return None
    at = _column_of(text, role.start)  # where the role's first line starts; its later lines start at the margin
    kept = []
    for line in role.text.split("\n"):
        cut = max(0, column - at)
        kept.append(line[:cut].rstrip() if cut == 0 or cut >= len(line) or line[cut - 1].isspace() else line)
        at = 0
    blanked = "\n".join(kept)
    return Span(role.start, role.end, blanked) if blanked.strip() else None


STACKED_LINES = 120  # lines a list flattened to one cell a line may run to


def _stacked_entries(text: str, all_lines: list[Line], index: int) -> tuple[list[Attendee], int] | None:
    """A list flattened to one cell a line under its heads one a line ('Name' / 'Role' / 'Organisation'), each
    record's cells wrapped or not (`person_cells.stacked_table`): an entry for each record that names someone, its post
    and body from their columns; and the index of the first line after the table. None where the lines are no such
    table, or its records do not fit its heads."""
    if not is_column_heads(all_lines[index]):
        return None
    rows = all_lines[index:index + STACKED_LINES]
    table = person_cells.stacked_table(text, rows, lambda line: is_page_furniture(text, line)
                                       or person_cells.PAGE_NUMBER_LINE_RE.fullmatch(line.text) is not None,
                                       lambda line: heading_kind(text, line) is not None or is_item(line))
    if table is None:
        return None
    found: list[Attendee] = []
    for record in table.records:
        name = person_cells.stacked_name(table, record[0])
        if name is None:
            continue  # a seat no one holds ('Vacant')
        evidence = span(text, record[0].start, record[-1].end)
        attendee = _attendee(text, name, span(text, name.start, record[-1].end), evidence)
        post = next((cell for kind, cell in zip(table.heads, record, strict=True) if kind == "post"), None)
        body = next((cell for kind, cell in zip(table.heads, record, strict=True) if kind == "body"), None)
        attendee.role = _role_without_markers(text, span(text, post.start, post.end), leading=False) if post else None
        if body is not None:
            attendee.body, attendee.body_written = span(text, body.start, body.end), True
        found.append(attendee)
    return found, next((at for at in range(index, len(all_lines)) if all_lines[at].start > table.end), len(all_lines))


def _wrapped_head_row(text: str, all_lines: list[Line], index: int) -> list[str] | None:
    """The heads of a header row the page's width wrapped onto two lines ('Llythrennau<TAB>Enw / Name<TAB>Asiantaeth /
    Agency<TAB>✓ / Ymdd.' over 'Initials'): a row of at least three cells, two of them heads, whose other cells are each
    a status mark's head ('✓ / Ymdd.': a mark kg reads) or a word of the other tongue whose English half is the line
    below, a header row of as many cells; None otherwise. The heads in the row's order, the wrapped halves in place."""
    if index + 1 >= len(all_lines) or is_column_heads(all_lines[index]):
        return None
    line, below = all_lines[index], all_lines[index + 1]
    if not is_column_heads(below) or text[line.end:below.start].count("\n") != 1:
        return None
    row, tail = cells(text, line), [" ".join(cell.text.lower().split()) for cell in cells(text, below)]
    if len(row) < 3:
        return None
    heads: list[str] = []
    known = 0
    for cell in row:
        head = " ".join(cell.text.lower().split())
        if is_column_heads(cell):
            known += 1
            heads.append(head)
        elif any(mark_meaning(text, part) for part in re.split(r"[^\S\n]*/[^\S\n]*", cell.text.strip())):
            heads.append("status")
        elif re.fullmatch(r"[^\W\d_]+\.?", cell.text.strip()) and tail:
            heads.append(tail.pop(0))
        else:
            return None
    return heads if known >= 2 and not tail else None


# The head of a register's column naming who came in a member's place: 'Sent in their place', 'Deputy attending',
# 'Represented by', 'Substituted by'.
STAND_IN_HEAD_RE = re.compile(r"(?:(?:sent|attended|deputy|substitute|representative)[^\S\n]++)?in[^\S\n]++"
                              r"(?:(?:his|her|their)[^\S\n]++)?place|(?:deputy|substitute|representative)[^\S\n]++"
                              r"(?:sent|attending|present)|(?:represented|deputised|substituted)[^\S\n]++by", re.IGNORECASE)


def _stand_in_heads(text: str, line: Line) -> list[str] | None:
    """The heads of a register's head row with a column for the one who came in the member's place ('Member<TAB>Agency
    <TAB>Attended<TAB>Sent in their place'): that head read as a substitute's ('substitute'), where the other heads are a
    head row's; None otherwise."""
    heads = [" ".join(cell.text.lower().split()) for cell in cells(text, line)]
    stand_in = [at for at, head in enumerate(heads) if STAND_IN_HEAD_RE.fullmatch(head)]
    if len(stand_in) != 1 or len(heads) < 3:
        return None
    others = "\t".join(head for at, head in enumerate(heads) if at not in stand_in)
    if not is_column_heads(Span(0, len(others), others)):
        return None
    return ["substitute" if at in stand_in else head for at, head in enumerate(heads)]


# A status word standing in a table's status column, which a long post ran into with one space between
# ('London Probation Trust, Assistant Chief Officer Apologies' under '... Agency / Post     Status').
# (a bracket may follow it, wrapped onto the next line: 'Apologies (substitute:' / 'Councillor Jo Bloggs)')
# (a register's mark too, 'Y', 'N', where it stands under the status head: 'Substitute for Cllr Lee Y')
STATUS_WORD_RE = re.compile(r"(?P<status>present|attended|apologies|absent|in[^\S\n]+attendance|yes|no|y|n)"
                            r"(?:[^\S\n]++\([^()]*+\)?)?[^\S\n]*+$", re.IGNORECASE)
STATUS_HEADS = {"status", "attendance", "attended", "att"}
MARK_HEADS = {"present", "attended", "apologies", "absent", "substitute"}  # a head of one attendance's column
NOTES_HEADS = {"notes", "comments", "remarks"}
# A remark that the member sat in another's place: '(substitute for Cllr Dacre)', 'Deputising for the Chief Constable'.
STANDING_FOR_NOTE_RE = re.compile(r"[^\S\n]*+\(?[^\S\n]*+(?P<note>(?:as[^\S\n]++(?:a[^\S\n]++)?)?(?:standing[^\S\n]++)?"
                                  r"(?:substitut(?:e|ing)|deputy|deputi[sz]ing|standing[^\S\n]++in)[^\S\n]++for\b[^()\n]*+)",
                                  re.IGNORECASE)


def _notes_cell(text: str, line: Line, heads: tuple[int, int, int] | None, count: int) -> Span | None:
    """The remark on a register's row: from the cell under the head row's 'Notes' (after its status column) to the
    line's end, where the row has one and a status mark under the status head. heads: the status head's index, the
    notes head's and where the notes column starts; count: how many heads the row has. A row of as many cells as heads
    is read by their order (tabs part cells wherever they fall), another by where its cells start."""
    if heads is None:
        return None
    status_at, notes_at, column = heads
    row = cells(text, line)
    if len(row) == count:
        status, note = row[status_at], row[notes_at]
    else:
        note = next((cell for cell in row[1:] if cell.start - line.start >= column - COLUMN_SLACK), None)
        status = next((cell for cell in reversed(row[1:]) if note is not None and cell.end <= note.start), None)
    if note is None or status is None or mark_meaning(text, status.text) is None:
        return None
    return trim(text, note.start, line.end)


def _deputy_after_mark(text: str, line: Line) -> NameMatch | None:
    """The deputy a register names in a cell of its own after a member's mark ('... District Commander   D   Insp M
    Boyce', under a key 'D  apologies, deputy attended'): a name filling the row's last cell, the cell before it a mark
    the key (or kg) reads as the member's apologies or absence."""
    row = cells(text, line)
    if len(row) < 3 or mark_meaning(text, row[-2].text) not in (APOLOGIES, ABSENT) or len(row[-2].text) > 3:
        return None
    name = name_at(text, row[-1].start, row[-1].end, strict=False)
    return name if name is not None and name.end == row[-1].end and (name.title or is_initials(name.name.split()[0])
                                                                      or is_first_name(name.name.split()[0])) else None


def _deputy_attended(text: str, deputy: NameMatch, member: Attendee) -> Attendee:
    """The deputy who came in a member's place, present as a standing deputy for the member's body: the member's role
    names it ('District Commander, Corrington Constabulary'), the deputy's own post is unwritten."""
    body = post_and_body(member.role.text, None)[1] if member.role else None
    at = member.role.text.rfind(body) if member.role and body else -1
    return Attendee(deputy, span(text, deputy.start, deputy.end), status=PRESENT, substitute=True,
                    body=span(text, member.role.start + at, member.role.start + at + len(body))
                    if member.role and body and at >= 0 else None)


def _read_note(text: str, person: Attendee, note: Span) -> None:
    """A register's remark on a member's row, beside its status: one who did not come but sent apologies or a substitute
    ('No   Apologies', 'No   Substitute: Cllr Jo Bloggs') gave apologies; one who came in another's place ('Yes
    (substitute for Cllr Lee)') sat as a deputy, the remark their role. Any other remark says nothing of either."""
    meaning = key_meaning(note.text)
    standing = STANDING_FOR_NOTE_RE.match(note.text)
    if person.status == PRESENT and standing is not None:
        person.substitute = True
        person.role = person.role or trim(text, note.start + standing.start("note"), note.start + standing.end("note"))
    elif person.status in (ABSENT, None) and meaning in (APOLOGIES, SUBSTITUTE) and standing is None:
        person.status = APOLOGIES


@dataclass(frozen=True)
class MarkColumns:
    """A register's columns that each stand for one attendance ('Member   Present   Apologies   Substitute'): what
    each means, where each starts from the line's start (padded rows), or its count of tabs (tabbed rows)."""

    meanings: tuple[str, ...]
    starts: tuple[int, ...]
    tabbed: bool


@dataclass(frozen=True)
class RowMarks:
    """A register's row read by its mark columns: the entry before them, what the head over its mark says, and the
    name written under a substitute head (the one who came in the member's place)."""

    entry: Span
    meaning: str | None
    substitute: Span | None


# A mark under an attendance column that says no ('N', 'No', a dash): the column's attendance is not the member's.
NO_MARK_RE = re.compile(r"n|no|[-–—]|0|nil|n/a", re.IGNORECASE)
MARK_CHARS = 3  # a mark is a letter, a tick or a short word ('Y', '✓', 'Yes'); a longer cell under the head is a remark


def _mark_columns(line: Line, head_cells: list[Span], heads: list[str]) -> MarkColumns | None:
    """The head row's attendance columns, where it gives two attendances a column each ('Present   Apologies'): each
    row's mark then says what the head over it says, whatever the mark ('Y', '✓', 'X'). None for one status column
    ('Attended', whose cells are the statuses themselves)."""
    found = [(at, key_meaning(head)) for at, head in enumerate(heads) if head in MARK_HEADS]
    if len({meaning for _, meaning in found}) < 2:
        return None
    tabbed = "\t" in line.text
    starts = tuple(line.text[:cell.start - line.start].count("\t") if tabbed else cell.start - line.start
                   for cell in (head_cells[at] for at, _ in found))
    return MarkColumns(tuple(meaning or "" for _, meaning in found), starts, tabbed)


def _row_marks(text: str, line: Line, columns: MarkColumns) -> RowMarks | None:
    """The row read by the head row's attendance columns: a cell under a head of an attendance that is a mark gives the
    head's meaning, a name under a substitute head the member's substitute. None where the row has no cell before the
    first such column (no entry) or a long cell under one (a remark the row's other readers read)."""
    if columns.tabbed:
        row = [(at, cell) for at, cell in enumerate(_tab_cells(text, line)) if cell.text]
    else:
        row = [(cell.start - line.start, cell) for cell in cells(text, line)]
    slack = 0 if columns.tabbed else COLUMN_SLACK  # a tab's count places a cell exactly
    first = next((at for at, (place, _) in enumerate(row) if at and place >= columns.starts[0] - slack), None)
    if first is None:
        return None
    meaning, substitute, came_not = None, None, False
    for place, cell in row[first:]:
        under = _column_under(place, columns)
        if under == SUBSTITUTE and not NO_MARK_RE.fullmatch(cell.text) and len(cell.text) > MARK_CHARS:
            substitute = cell
        elif len(cell.text) > MARK_CHARS:
            return None
        elif under and meaning is None and not NO_MARK_RE.fullmatch(cell.text):
            meaning = under
        came_not = came_not or under == PRESENT and NO_MARK_RE.fullmatch(cell.text) is not None
    # 'N' under 'Attended' and no other mark: the member did not come
    return RowMarks(trim(text, line.start, row[first][1].start), meaning or (ABSENT if came_not else None), substitute)


def _column_under(place: int, columns: MarkColumns) -> str | None:
    """The meaning of the attendance column a cell stands under: its own tab's, or the last head starting before it."""
    if columns.tabbed:
        return next((meaning for start, meaning in zip(columns.starts, columns.meanings, strict=True) if start == place),
                    None)
    return next((meaning for start, meaning in zip(reversed(columns.starts), reversed(columns.meanings), strict=True)
                 if start - COLUMN_SLACK <= place), None)


def _substitute_named(text: str, section: Section, cell: Span) -> None:
    """The substitute a member's row names under its substitute head ('Cllr G Pugh', 'Jo Bloggs, Senior Probation
    Officer'): present as the member's deputy, for the member's body, their post the one written after a comma (a row
    of their own, 'Councillor Gwen Pugh (sub)', is the same person, one in the document's people)."""
    name = name_at(text, cell.start, cell.end, strict=False)
    post = POST_AFTER_NAME_RE.fullmatch(text, name.end, cell.end) if name is not None else None
    if name is None or name.end != cell.end and post is None:
        return
    deputy = _deputy_attended(text, name, section.attendees[-1])
    if post is not None:
        deputy.role = span(text, post.start(1), post.end(1))
    section.attendees.append(deputy)


def _head_cells(text: str, line: Line) -> list[Span]:
    """A head row's cells, a run of months that ends it ('Post   Jun  Sep') parted into a head for each month."""
    found: list[Span] = []
    for cell in cells(text, line):
        months = [word for word in re.finditer(r"\S+", cell.text) if is_month_head(word.group())]
        if len(months) > 1 and len(months) == len(cell.text.split()):
            found.extend(Span(cell.start + word.start(), cell.start + word.end(), word.group()) for word in months)
        else:
            found.append(cell)
    return found


def _row_under_heads(text: str, line: Line, head_cells: list[Span]) -> list[Span]:
    """A row's cells, one under each head: where padding does not part them all (a fixed-width table whose name runs
    into the body's column by one blank, 'Ch Insp Ann Roe Westmere Police'), the row is cut where each head starts,
    at the word that starts there within a little slack; the padded cells where the cut does not fit."""
    row = cells(text, line)
    if not head_cells or len(row) >= len(head_cells):
        return row
    cuts = [_word_start_near(line.text, cell.start - head_cells[0].start) for cell in head_cells[1:]]
    if any(cut is None for cut in cuts):
        return row
    bounds = [0, *(cut for cut in cuts if cut is not None), len(line.text)]
    cut_cells = [trim(text, line.start + a, line.start + b, " \t") for a, b in itertools.pairwise(bounds)]
    return cut_cells if all(cell.text for cell in cut_cells) else row


def _word_start_near(row: str, at: int) -> int | None:
    """The start of a word nearest `at` within the columns' slack (a blank before it), or None."""
    for offset in sorted(range(-COLUMN_SLACK, COLUMN_SLACK + 1), key=abs):
        place = at + offset
        if 0 < place < len(row) and row[place - 1] in " \t" and not row[place].isspace():
            return place
    return None


def _meetings_marks(text: str, line: Line, row: list[Span], heads: int, meetings: tuple[int, ...]
                    ) -> tuple[Span, re.Match[str] | None] | None:
    """A register's row (its cells under the heads) under heads that give each meeting of the year its column ('Member
    Representing  09/11/23  15/02/24'): the row before the first meeting's cell (the member and their seat), and the
    mark in the last meeting's, the one the minutes record (a register is kept up to the meeting it is appended to).
    None where the head row has no such columns or the row's cells do not stand one under each head."""
    if meetings and meetings == tuple(range(heads)) and len(row) > heads:
        meetings = tuple(range(len(row) - heads, len(row)))  # heads of the dates alone: each row's last cells are its marks
    elif not meetings or len(row) != heads:
        return None
    return span(text, line.start, row[meetings[0]].start), status_cell(text, "\t" + row[meetings[-1]].text)


def _status_in_column(text: str, line: Line, column: int | None) -> re.Match[str] | None:
    """The status word that ends the row where the head row's status column starts (within a little slack), when no
    padding sets it off as a cell of its own; its offsets are the line's."""
    if column is None or status_cell(text, line):
        return None
    for at in range(max(column - COLUMN_SLACK, 1), min(column + COLUMN_SLACK + 1, len(line.text))):
        if line.text[at - 1] in " \t" and not line.text[at].isspace():
            status = STATUS_WORD_RE.match(line.text, at)
            if status:
                return status
    return None


# An entry that the page's end cut after a title and a forename: 'Superintendent Neil', 'Cllr Jo'.
TITLE_FORENAME_RE = re.compile(r"[^\S\n]*+(?P<title>[A-Z][a-z]+\.?)[^\S\n]++(?P<forename>[A-Z][a-z]+)[^\S\n]*+")
SURNAME_OPENING_RE = re.compile(r"[^\S\n]*+(?P<surname>(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?)\b")
PAGE_BREAK_REACH = 8  # lines of a page's footer, header and the blank lines around them


def _name_cut_by_the_page(text: str, all_lines: list[Line], index: int) -> tuple[Attendee, int] | None:
    """An entry that is only a title and a forename at a page's foot ('Superintendent Neil'), its surname and post
    opening the next page after the footer ('Caradog Teifi and Hafren Police'): one entry over the page break, and
    the index of its second line. A footer, a page number or a rule must stand between the two."""
    line = all_lines[index]
    cut = TITLE_FORENAME_RE.fullmatch(line.text)
    if cut is None or not (is_honorific(cut.group("title")) or is_post_word(cut.group("title"))) \
            or not is_first_name(cut.group("forename")):
        return None
    crossed = False
    for following in range(index + 1, min(len(all_lines), index + 1 + PAGE_BREAK_REACH)):
        below = all_lines[following]
        if is_blank(below):
            continue
        if is_page_furniture(text, below) or RULE_LINE_RE.fullmatch(below.text):
            crossed = True
            continue
        surname = SURNAME_OPENING_RE.match(below.text)
        if not crossed or surname is None or is_role_word(surname.group("surname")) \
                or is_body_word(surname.group("surname")):
            return None
        written = f"{cut.group('title')} {cut.group('forename')} {surname.group('surname')}"
        whole = name_at(written, 0, len(written), strict=False) or name_after_rank(written, 0, len(written))
        if whole is None:
            return None
        start, end = line.start + cut.start("forename"), below.start + surname.end("surname")
        title = whole.title or (HONORIFICS.get(cut.group("title").lower().rstrip(".")) if is_honorific(cut.group("title"))
                                else None)
        name = NameMatch(start, end, f"{cut.group('forename')} {surname.group('surname')}", title)
        entry = span(text, line.start + cut.start("title"), below.end)
        attendee = _attendee(text, name, span(text, start, below.end), entry)
        return attendee, following
    return None


def _rule_closes_list(text: str, all_lines: list[Line], index: int, section: Section) -> bool:
    """A rule after a blank line under the list, over a line that is no page's furniture and names no one (a table of
    items' heads: 'Item   Discussion / decision   Action   By'): the list has ended."""
    if not section.attendees or index == 0 or not is_blank(all_lines[index - 1]):
        return False
    following = next((other for other in all_lines[index + 1:index + 4] if not is_blank(other)), None)
    # (a page's running footer under the rule, its number at the end, is the page's end, not the list's)
    return following is not None and not is_page_furniture(text, following) and not _entry_people(text, following) \
        and not re.search(r"\S[^\S\n]{3,}(?:page[^\S\n]+)?\d{1,4}[^\S\n]*$", following.text, re.IGNORECASE)


# A key to the abbreviations the register's posts use, under its rows ('WCC = Westmere County Council   YOS = Youth
# Offending Service'): no one's post.
ABBREVIATIONS_KEY_RE = re.compile(r"[^\S\n]*+(?:[A-Z][A-Za-z&]{1,7}+[^\S\n]*+=[^\S\n]*+[A-Z][^\s=]*+(?:[^\S\n][^\s=]++)*+"
                                  r"(?:[^\S\n]{2,}+|[,;][^\S\n]*+|[^\S\n]*+$)){1,8}+")


def _bracket_runs_on(line: Line, following: Line) -> bool:
    """A register's row whose bracket the page's width broke ('GREAVES, Martin   Councillor (substitute for' / '
    Cllr Holroyd)   P'): the next line, set in, closes it."""
    return line.text.count("(") > line.text.count(")") and following.text[:1].isspace() \
        and following.text.count(")") > following.text.count("(")


DEPARTMENT_WORDS = 5


def _department_over(text: str, all_lines: list[Line], index: int, above: Attendee | None) -> bool:
    """'Children's Services' over '    Jo Bloggs, Director of Children's Services': a short line naming no one, over
    entries set in deeper that begin with a person (and set out further than the entry above, whose role it is not),
    labels the officers' department; the list goes on under it."""
    line = all_lines[index]
    if above is not None and _indent(text, line.start) >= _indent(text, above.evidence.start):
        return False
    following = next((other for other in all_lines[index + 1:] if not is_blank(other)), None)
    if following is None or len(line.text.split()) > DEPARTMENT_WORDS or is_prose(line) or \
            re.search(r"[.:;,]\s*$", line.text) or find_names(text, line.start, line.end, strict=False):
        return False
    return _indent(text, following.start) > _indent(text, line.start) and \
        person_at(text, trim(text, following.start, following.end)) is not None


FULL_STOP_REACH = 200
DASH_THEN_NAME_RE = re.compile(r"[^\S\n]*[–—-][^\S\n]+(?=\S)")


def _dash_opens_name(text: str, line: Line, following: Line) -> bool:
    """'NHS Westmere ICB, Designated Nurse' / '- Dr Jo Bloggs (JB)': a post naming no one, its holder on the next line
    after the dash that sets a name off its post (not a bulleted list, whose lines each hold a name)."""
    dash = DASH_THEN_NAME_RE.match(following.text)
    return dash is not None and not BULLET_RE.match(line.text.strip()) and not _post_names_someone(text, line) \
        and not _vacant_seat(text, following) and bool(find_names(text, following.start + dash.end(), following.end, strict=False))


def _holder_set_in_below(text: str, all_lines: list[Line], index: int, section: Section) -> Attendee | None:
    """'Head of Youth Offending Service' / '  Tomasz Wierzbicki (TW)': a post naming no one, its one holder on the next
    line set in under it (a register that gives each member's post above the name), the post the holder's role. The
    entry above has its post already (a post under a name that has none is that name's); in one of two columns side by
    side the set-in may be blanked with the other column, so the column's layout stands for it; but a name set further
    out than the line above ('  Westmere CCG' over 'JO BLOGGS (JB)') opens an entry of its own, the line above being
    the previous entry's body."""
    if index + 1 >= len(all_lines):
        return None
    line, following = all_lines[index], all_lines[index + 1]
    above = section.attendees[-1] if section.attendees else None
    deeper = _indent(text, following.start) - _indent(text, line.start)
    # the entry above has its post, and a whole one: 'Chair,' or 'Director of' goes on in this line
    unfinished = above is not None and (above.role is None or _runs_on(text[above.evidence.start:above.evidence.end]))
    if text[line.end:following.start].strip() or unfinished or deeper < 0 or not (
            section.column or deeper > 0) \
            or not names_post_or_body(line.text) or find_names(text, line.start, line.end) \
            or _entry_people(text, line):  # 'ELLERY-VANE, Margaret (Chair)': a member surname first, no post
        return None
    people = _entry_people(text, following)
    entry = trim(text, following.start, following.end, " \t")
    if len(people) != 1 or people[0].role is not None or people[0].name.start != entry.start:
        return None
    post = trim(text, line.start, line.end, " \t")
    holder = people[0]
    holder.role, holder.minutes = _role_without_markers(text, post), holder.minutes or bool(MINUTES_MARK_RE.search(post.text))
    holder.evidence = span(text, post.start, holder.evidence.end)
    return holder


def _runs_on(entry: str) -> bool:
    """An entry whose last line visibly goes on: it ends on a comma, a dash or a word that needs another ('of')."""
    words = entry.split()
    return not words or entry.rstrip().endswith((",", "–", "—", "-", "&")) or words[-1].lower() in CONNECTIVES


def _post_names_someone(text: str, line: Line) -> bool:
    """A post's line names a person of its own: not a body's name the lexicon reads as one ('Bro Halen UHB'), nor the
    member the holder stands in for ('Inspector, Westmere Police (for Supt Bloggs)')."""
    standing_in = ON_BEHALF_RE.search(text, line.start, line.end)
    return any(not body_follows(text, name.end) and not (standing_in and standing_in.start() <= name.start < standing_in.end())
               for name in find_names(text, line.start, line.end, strict=False))


def _indent(text: str, pos: int) -> int:
    """How far into its line the text at pos starts, past any spaces."""
    begin = text.rfind("\n", 0, pos) + 1
    return len(text[begin:pos]) + len(text[pos:pos + NAME_REACH]) - len(text[pos:pos + NAME_REACH].lstrip(" \t"))


def _body_set_in_below(text: str, line: Line, above: Attendee) -> bool:
    """'LINDIWE MOKOENA (LM)' / '  Drewsford Futures (Connexions)': a line set in under an entry, whose words could be a
    name but with no title, initials or first name the lexicon knows, is the entry's post or body, not another person."""
    if _indent(text, line.start) <= _indent(text, above.evidence.start):
        return False
    name = name_at(text, line.start, line.end, strict=False)
    first = name.name.split()[0] if name else ""
    return name is not None and not (name.title or is_initials(first) or is_first_name(first))


def _after_full_stop(text: str, line: Line) -> bool:
    """A line after a blank line under an entry that ended its sentence ('... Pemberton and Rahman.' then 'Call-in
    deadline:   5.00pm'): the list is over, the line is no part of the last entry's role."""
    window = text[max(0, line.start - FULL_STOP_REACH):line.start]  # a bounded look back: a long run of spaces is read once
    before = window.rstrip()
    return before.endswith(".") and window[len(before):].count("\n") >= 2


# A name cell written surname first whose forename the column's width broke onto the line below: the surname in
# capitals and its comma (a title after it perhaps) end the cell ('ROWLANDS, Cllr      Cabinet Member,'), and the next
# line opens a little in with the forename alone in the cell ('  Bethan            Children & Education').
SURNAME_COMMA_CELL_RE = re.compile(
    rf"(?P<indent>[^\S\n]*+)(?P<surname>(?:Mc|Mac|[OD]['’])?[{UPPER}]{{2,}}+(?:[-'’][{UPPER}]{{2,}}+)*+),"
    r"(?:[^\S\n](?P<title>Dr|Prof|Professor|Cllr|Councillor|Mr|Mrs|Ms|Miss|Sir|Dame|Revd|Rev|Canon)\.?)?"
    r"(?=\t|[^\S\n]{2}|[^\S\n]*+$)")
WRAPPED_FORENAME_RE = re.compile(rf"(?P<indent>[^\S\n]*+)(?P<forename>[{UPPER}][{LOWER}]++(?:-[{UPPER}][{LOWER}]++)?"
                              rf"(?:[^\S\n][{UPPER}][{LOWER}]++)?)(?=\t|[^\S\n]{{2}}|[^\S\n]*+$)")
FORENAME_SET_IN = 4  # characters: the wrapped forename stands under its surname or a little in


def _forename_wrapped_below(text: str, all_lines: list[Line], index: int, listed: list[Attendee]) -> Attendee | None:
    """A member whose name cell the page's width broke after the surname's comma (`SURNAME_COMMA_CELL_RE`): one
    entry over the two lines, the name as the person is called ('Bethan Rowlands'), the post the rest of the two
    lines' cells. A forename the lexicon lacks is one beside a post where the list (listed: its entries read so far)
    or the lines beside write others surname first. None where the line and the next are not such a cell's two parts."""
    if index + 1 >= len(all_lines):
        return None
    line, below = all_lines[index], all_lines[index + 1]
    cell = SURNAME_COMMA_CELL_RE.match(line.text)
    if cell is None or text[line.end:below.start].strip() or is_body_word(cell.group("surname")):
        return None
    forename = WRAPPED_FORENAME_RE.match(below.text)
    if forename is None or not 0 <= len(forename.group("indent")) - len(cell.group("indent")) <= FORENAME_SET_IN:
        return None
    given = forename.group("forename")
    if any(check(word) for word in given.split()
           for check in (is_role_word, is_body_word, is_venue_word, is_honorific, is_post_word)):
        return None  # 'SOCIAL,' / '  Services': no forename
    if not is_first_name(given.split()[0]) and (not line.text[cell.end():].strip() or not any(CAPITALS_FIRST_RE.match(text, entry.evidence.start, entry.evidence.end)
                                                       for entry in listed) and not any(
            capitals_first_name(text, *bounds) for bounds in _nearest_entries(text, span(text, line.start, below.end)))):
        # 'LEEDS,' / '  Yorkshire' in an address: a forename the lexicon lacks, with no post beside the surname or no
        # other name so written around it
        return None
    title = f"{cell.group('title')} " if cell.group("title") else ""
    written = f"{cell.group('surname')}, {title}{given}"
    named = capitals_first_name(written, 0, len(written), any_forename=True)
    if named is None:
        return None
    name = NameMatch(line.start + cell.start("surname"), below.start + forename.end("forename"), named.name, named.title)
    evidence = span(text, name.start, below.end)
    attendee = _attendee(text, replace(name, end=line.start + cell.end()), span(text, line.start + cell.end(), below.end),
                         evidence)
    if attendee.role is not None:  # the post's cells, the forename between them blanked
        at = below.start + forename.start("forename") - attendee.role.start
        written_role = attendee.role.text
        if 0 <= at < len(written_role):
            blanked = written_role[:at] + " " * len(given) + written_role[at + len(given):]
            attendee.role = Span(attendee.role.start, attendee.role.end, fold_cells(blanked))
    attendee.name = name
    return attendee


# A register whose head row parts the name into a surname column and a forename column ('SURNAME   FORENAME   INITS
# AGENCY / POST', 'Surname<TAB>First name<TAB>Role'), each row 'SELVARAJ   Anand (Dr)   AS   Director, ...'. The head
# stands once over the register, its apologies' and attendees' rows under their own headings too.
SPLIT_NAME_HEAD_RE = re.compile(r"^[^\S\n]*+(?P<surname>surnames?|family[^\S\n]names?|last[^\S\n]names?)(?:[^\S\n]{2,}+|\t++)"
                                r"(?P<forename>forenames?|first[^\S\n]names?|given[^\S\n]names?|christian[^\S\n]names?)"
                                r"(?=[^\S\n]{2}|\t|[^\S\n]*+$)[^\n]*+", re.IGNORECASE | re.MULTILINE)
REGISTER_CELL_RE = re.compile(r"[^\s|]++(?:[^\S\n\t](?! )[^\s|]*+)*+")
SPLIT_NAME_REACH = 3000  # characters: the register's head stands within a page above its rows
SURNAME_CELL_RE = re.compile(rf"(?:Mc|Mac|O['’])?[{UPPER}][{LETTER}'’-]*+(?:[^\S\n][{UPPER}][{LETTER}'’-]*+){{0,2}}")
FORENAME_CELL_RE = re.compile(rf"(?P<forename>[{UPPER}][{LOWER}'’-]++(?:[^\S\n][{UPPER}](?:[{LOWER}'’-]++|\.?))?)"
                              r"(?:[^\S\n]*+\((?P<title>[A-Za-z]{2,12})\.?\))?")


# The words a surname column's head opens with, and the letters outside ASCII that the head's pattern, ignoring case,
# reads as theirs ('ſ' as 's'; 'İ', whose small form is two characters, and 'ı' as 'i').
SPLIT_NAME_HEAD_WORDS = ("surname", "family", "last")
ODD_CASE_LETTERS = ("\u017f", "\u0130", "\u0131")


def _may_hold_split_name_head(window: str) -> bool:
    """Whether a register's surname head may stand in the window: one of its words is there, whatever its case (a
    search for them in small letters, where the head's pattern tries each of the window's characters)."""
    low = window.lower()
    return any(word in low for word in SPLIT_NAME_HEAD_WORDS) or any(odd in window for odd in ODD_CASE_LETTERS)


def _split_name_head(text: str, line: Line) -> tuple[list[Span], int, int] | None:
    """The head row of a register in surname and forename columns standing above the line, with no numbered item
    between: its cells, and the indices of its surname and forename cells."""
    lo = max(0, line.start - SPLIT_NAME_REACH)
    if not _may_hold_split_name_head(text[lo:line.start]):
        return None
    head = next(reversed(list(SPLIT_NAME_HEAD_RE.finditer(text, lo, line.start))), None)
    if head is None or any(is_item(row) for row in lines(text, head.end(), line.start)):
        return None
    heads = cells(text, span(text, head.start(), head.end()))
    surname = next((i for i, cell in enumerate(heads) if cell.start <= head.start("surname") < cell.end), None)
    forename = next((i for i, cell in enumerate(heads) if cell.start <= head.start("forename") < cell.end), None)
    return (heads, surname, forename) if surname is not None and forename is not None else None


def _split_name_row(text: str, line: Line) -> list[Attendee] | None:
    """A row of a register whose name stands in a surname cell and a forename cell ('SELVARAJ   Anand (Dr)   AS
    Director of Children's Services, WCC (Chair)'): the person as they are called ('Dr Anand Selvaraj'), the cells
    after theirs but an initials' cell the post. None where the row is not such a register's."""
    found = _split_name_head(text, line)
    if found is None:
        return None
    heads, surname_at, forename_at = found
    # the register's cells may stand two spaces apart ('Maureen (Cllr)  MFB'): no cell of a name or a post holds two
    row = [trim(text, line.start + cell.start(), line.start + cell.end()) for cell in REGISTER_CELL_RE.finditer(line.text)]
    if len(row) < 2 or len(row) > len(heads) + 1:
        return None
    head_starts = [head.start - (text.rfind("\n", 0, head.start) + 1) for head in heads]
    columns = [max((i for i, at in enumerate(head_starts) if at <= cell.start - line.start + COLUMN_SLACK), default=-1)
               for cell in row]
    if columns[0] != surname_at or columns[1] != forename_at:
        return None
    surname_cell, forename_cell = row[0], row[1]
    surname = SURNAME_CELL_RE.fullmatch(surname_cell.text)
    forename = FORENAME_CELL_RE.fullmatch(forename_cell.text)
    if surname is None or forename is None:
        return None
    written = surname.group()
    if written.isupper():
        written = " ".join("-".join(part.capitalize() for part in word.split("-")) for word in written.split())
    if any(is_role_word(word) or is_body_word(word) for word in f"{written} {forename.group('forename')}".replace("-", " ").split()):
        return None
    title = forename.group("title")
    title = HONORIFICS.get(title.lower()) if title else None
    rest = [cell for cell, column in zip(row[2:], columns[2:], strict=True)
            if not (is_initials(cell.text) and "init" in heads[column].text.lower())]
    end = rest[0].start if rest else forename_cell.end
    name = NameMatch(surname_cell.start, forename_cell.end, f"{forename.group('forename')} {written}", title)
    if not rest:
        return [Attendee(name, trim(text, line.start, line.end))]
    # the role is read from the first cell after the name's (an initials' cell skipped): the name is taken to end there
    # (so a line that runs the post on reads it from there too)
    return [_attendee(text, replace(name, end=end), span(text, end, line.end), trim(text, line.start, line.end))]


def _post_first_row(text: str, line: Line, head_cells: list[Span]) -> list[Attendee] | None:
    """A row of a register whose heads put the seat before the member ('Role ...... Member ...... Attended'): each cell
    read as the head above it says (the member's name, their post or body, whether they came), so the post is no other
    person's and a row whose member's cell names no one ('Vacant') is nobody. None where the row is not such a row."""
    kinds: list[str | None] = [column_kind(cell.text) or ("status" if cell.text.lower() in STATUS_HEADS else None)
                               for cell in head_cells]
    if "name" not in kinds or kinds[0] not in ("post", "body"):
        return None  # a register that opens with the name is read entry by entry
    under: dict[str, Span] = {}
    for cell in cells(text, line):
        column = cell.start - line.start
        head = max((i for i, head in enumerate(head_cells)
                    if head.start - (text.rfind("\n", 0, head.start) + 1) <= column + COLUMN_SLACK), default=None)
        kind = kinds[head] if head is not None else None
        if kind is None or kind in under:
            return None
        under[kind] = cell
    member = under.get("name")
    if member is None or member.start == line.start + len(line.text) - len(line.text.lstrip()):
        return None  # a line that opens in the members' column: a note under the row above
    name = name_at(text, member.start, member.end, strict=False) or _ranked_initials(text, member)
    if name is None or not POST_NOMINALS_ONLY_RE.fullmatch(text, name.end, member.end):
        return []  # 'Vacant', '–': a seat no one holds
    post, body = under.get("post"), under.get("body")
    marks = post.text if post else ""
    status = under.get("status")
    return [Attendee(name, trim(text, line.start, line.end), _role_without_markers(text, post) if post else None,
                     chair=bool(CHAIR_MARK_RE.search(marks)) and not VICE_MARK_RE.search(marks),
                     vice_chair=bool(VICE_MARK_RE.search(marks)), minutes=bool(MINUTES_ROLE_RE.fullmatch(marks)),
                     status=STATUS_KINDS.get(" ".join(status.text.lower().rstrip(".").split())) if status else None,
                     body=body, body_written=body is not None)]


def _seat_then_member(text: str, line: Line) -> list[Attendee] | None:
    """A register's row with no heads over it, read as one that has them: the seat's cell (a post or a body, no name),
    the member's, and perhaps whether they came ('Police ...... Supt. Oduya ...... Apologies'); a seat written
    'Vacant' is nobody. None where the row is not of that shape."""
    row = cells(text, line)
    if not 2 <= len(row) <= 3 or line.text[:1].isspace() or find_names(text, row[0].start, row[0].end, strict=False):
        return None
    # 'Police (Westmere Police, North District)': the seat is the word before the bracket, the bracket says whose
    seat = SEAT_BRACKET_RE.sub("", row[0].text) or row[0].text
    if not (names_post(row[0].text) or is_organisation_name(row[0].text) or is_body_word(seat.split()[-1])
            or MINUTES_ROLE_RE.fullmatch(row[0].text)):
        return None
    if len(row) == 3 and " ".join(row[2].text.lower().rstrip(".").split()) not in STATUS_KINDS:
        return None
    if VACANT_ROW_RE.match(row[1].text):
        return []
    name = name_at(text, row[1].start, row[1].end, strict=False) or _ranked_initials(text, row[1])
    if name is None or not (name.title or is_initials(name.name.split()[0])) \
            or not POST_NOMINALS_ONLY_RE.fullmatch(text, name.end, row[1].end):
        return None
    kinds = [Span(row[0].start, row[0].end, "Role"), Span(row[1].start, row[1].end, "Member"),
             *([Span(row[2].start, row[2].end, "Attended")] if len(row) == 3 else [])]
    return _post_first_row(text, line, kinds)


# A register's first column grouping members by party (no post of theirs), or a co-opted seat and whose it is (their
# role as the minutes write it).
PARTY_CELL_RE = re.compile(r"(?:Labour(?:\s+(?:and|&)\s+Co-operative)?|Conservatives?|Liberal\s+Democrats?|Green|Independents?|"
                           r"Plaid\s+Cymru|UKIP|Reform(?:\s+UK)?|SNP|Residents['’]?(?:\s+Association)?)"
                           r"(?:\s+(?:Group|Party|Members?|Councillors?))?")
CO_OPTED_CELL_RE = re.compile(r"Co-opted(?:\s+Members?)?(?:\s*\([^()\n]{1,60}\))?", re.IGNORECASE)


def _party_then_members(text: str, line: Line) -> list[Attendee] | None:
    """A row of two cells, a party ('Labour', 'Liberal Democrat') or a co-opted seat ('Co-opted (Diocese)'), then the
    members it holds; None where the row is not of that shape."""
    row = cells(text, line)
    if len(row) != 2 or line.text[:1].isspace() or ":" in text[row[0].end:row[1].start]:
        return None  # 'Co-opted Member:   Dr Jo Bloggs (Diocese)' is a labelled row, read as labels are
    party, co_opted = PARTY_CELL_RE.fullmatch(row[0].text), CO_OPTED_CELL_RE.fullmatch(row[0].text)
    if not (party or co_opted):
        return None
    members = attendees_in(text, row[1])
    for member in members:
        member.role = member.role or (row[0] if co_opted else None)
    return members or None


# After the member's name, letters after it or the body in brackets: 'Dr Jo Hart JP', 'Ms Jo Hart (YOS)'.
POST_NOMINALS_ONLY_RE = re.compile(r"[^\S\n]*(?:[A-Z]{2,5}[^\S\n]*)*(?:\([^()\n]{1,40}\)[^\S\n]*)?")
SEAT_BRACKET_RE = re.compile(r"\s*\(.*$")
RANK_BEFORE_INITIAL_RE = re.compile(r"(?P<rank>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,2})[^\S\n]+(?=[A-Z](?:\.|[^\S\n]+[A-Z][a-z]))")


def _ranked_initials(text: str, cell: Span) -> NameMatch | None:
    """'Chief Inspector G. Pendlebury', 'Chief Inspector P Whitby, Police': a rank or post of a word or three, then
    initials and a surname."""
    rank = RANK_BEFORE_INITIAL_RE.match(text, cell.start, cell.end)
    if rank is None or not all(is_post_word(word) for word in rank.group("rank").split()):
        return None
    name = name_at(text, rank.end(), cell.end, strict=False)
    return NameMatch(cell.start, name.end, name.name, rank.group("rank"), False) if name else None


def _cells_by_heads(text: str, row: list[Span], heads: list[str], attendee: Attendee) -> None:
    """'Name<TAB>Organisation<TAB>Role' over the rows (`row`, the cells of one): the organisation's cell is the body the
    person comes from and the role's cell their role, whatever order the columns come in."""
    if len(row) != len(heads) or not row or not row[0].start <= attendee.name.start < row[0].end:
        return
    body = next((cell for head, cell in zip(heads, row, strict=True) if column_kind(head) == "body"), None)
    post = next((cell for head, cell in zip(heads, row, strict=True) if column_kind(head) == "post"), None)
    role = _role_without_markers(text, post, leading=False) if post else None  # 'Chair, Youth Court Panel' is a post
    if body is None or role is None:
        return  # a marker alone in the post's column ('Chair'): the row's words together say whose chair
    attendee.body, attendee.body_written, attendee.role = body, True, role


def _bodies_as_column_heads(line: Line) -> bool:
    """A tabbed head row that opens with the name's head and closes with the status's, the heads between them the
    bodies the members sit for ('Name<TAB>Westmere MBC<TAB>Police<TAB>Health<TAB>Status'): each row writes its member's
    post under their body's head, the other body cells left empty."""
    heads = [" ".join(cell.lower().split()) for cell in line.text.strip().split("\t")]
    return len(heads) >= 4 and column_kind(heads[0]) == "name" and heads[-1] in STATUS_HEADS \
        and all(heads[1:-1]) and not any(column_kind(head) or head in STATUS_HEADS for head in heads[1:-1])


def _tab_cells(text: str, line: Line) -> list[Span]:
    """The row's cells between its tabs, the empty ones too (a column's place is its count of tabs), each trimmed."""
    found, start = [], line.start
    for part in line.text.split("\t"):
        found.append(trim(text, start, start + len(part), " "))
        start += len(part) + 1
    return found


def _post_under_body(text: str, line: Line, body_heads: list[Span], attendee: Attendee) -> None:
    """The member's post is the one cell filled between the name and the status, and their body its column's head,
    unless the post names a body of its own ('Head of PDU, National Probation Service' under 'Probation'; the youth
    justice service's head under the council, which hosts the service)."""
    row = _tab_cells(text, line)
    if not body_heads or len(row) != len(body_heads) or not row[0].start <= attendee.name.start < row[0].end:
        return
    filled = [at for at in range(1, len(row) - 1) if row[at].text]
    if len(filled) != 1:
        return
    cell = row[filled[0]]
    # a bracket closing the cell is a remark on the seat, no part of the post: '(attending for Supt Hart)', '(observer)'
    remark = cell.text.rfind(" (") if cell.text.endswith(")") else -1
    attendee.role = trim(text, cell.start, cell.start + remark) if remark > 0 else cell
    post = attendee.role.text
    if post_and_body(post, None)[1] is None and organisation_for_role(post, None) is None and not YOS_ROLE.search(post):
        attendee.body = body_heads[filled[0]]


def _inside_brackets(text: str, attendee: Attendee, line: Line) -> bool:
    """A line that closes a bracket the entry above left open is the rest of its role ('(Section' / '151 Officer)'),
    whatever it starts with."""
    above = text[attendee.evidence.start:line.start]
    return above.count("(") > above.count(")") and ")" in line.text


def _after_bracket_closed(text: str, attendee: Attendee, line: Line) -> Span | None:
    """The rest of a line that closes the bracket the entry above left open and goes on with entries after a separator
    ('Magistrates, Chair of Youth Panel); Supt Ann Roe (Police)'), from the entries' first word; None otherwise."""
    close = line.text.find(")")
    if close < 0 or "(" in line.text[:close] or not _inside_brackets(text, attendee, line):
        return None
    rest = re.match(r"\)[^\S\n]*+[;,][^\S\n]*+(?:and[^\S\n]++)?(?=\w)", line.text[close:])
    return trim(text, line.start + close + rest.end(), line.end) if rest else None


# A bracket alone on the line under an entry, the entry's own: 'and C. Bloggs' / '(substitute for Councillor Lee).'
BRACKET_LINE_RE = re.compile(r"\([^()\n]{2,80}\)[.;,]?")
# '(substitute for Councillor Lee)': the entry sat for another member.
# ('(sub for Cllr Lee)', '(deputising for Supt Carr)': the word shortened, or the deputy's verb, in the bracket too)
SUBSTITUTE_BRACKET_RE = re.compile(r"\(\s*((?:as\s+)?(?:a\s+)?(?:substitut\w*|subs?\.?|deputi[sz]ing)\s+for\b[^()\n]*)\)",
                                   re.IGNORECASE)
# 'National Probation Service - deputising for JT', '(NHS Westmere, deputising for SN)': whom they sat for, after the post
# (perhaps on the post's next line; 'attending for' a person, by a capital, not 'attending for item 3')
DEPUTISING_AFTER_POST_RE = re.compile(r"(?:,|[^\S\n][–—-])\s*+((?:deputi[sz]ing|substituting|attending(?=[^\S\n]+for\s++"
                                      r"(?-i:(?!Items?\b)[A-Z])))[^\S\n]+for\s++"
                                      r"[^()\n,;\t]{1,60}?)[^\S\n]*+(?=[)\t;,]|$)", re.IGNORECASE | re.MULTILINE)


def _column_of(text: str, pos: int) -> int:
    return pos - (text.rfind("\n", 0, pos) + 1)


# A surname wrapped alone in a name cell: one or two words in Title Case or capitals, hyphened or with an apostrophe.
WRAPPED_SURNAME_RE = re.compile(rf"(?:Mc|Mac|O['’])?[{UPPER}][{LETTER}]+(?:[-'’][{UPPER}][{LETTER}]+)?"
                                rf"(?:[^\S\n][{UPPER}][{LETTER}]+)?")


def _surname_wrapped_in_cell(text: str, attendee: Attendee, line: Line) -> bool:
    """A table's row of bars whose only words in the name's column are the surname of the entry above, its cell
    wrapped after a title and a forename ('| TR | Cllr Tamsin | Portfolio Holder for ..., |' / '|    | Roskilly |
    Westmere Council |'), the cells before it empty: the name made whole, the row's other cells the post's own words
    wrapped (the post as the first row gives it)."""
    name = attendee.name
    if not (name.surname_only and name.title and is_first_name(name.name)) or not line.text.lstrip().startswith("|") \
            or attendee.evidence.end > line.start:
        return False
    column, at = _column_of(text, name.start), line.start
    for raw in line.text.split("|"):
        cell_start, cell_end = at, at + len(raw)
        at = cell_end + 1
        if not raw.strip():
            continue
        words = trim(text, cell_start, cell_end)
        if abs(_column_of(text, words.start) - column) > COLUMN_SLACK or not WRAPPED_SURNAME_RE.fullmatch(words.text) \
                or any(is_role_word(word) or is_body_word(word) or is_honorific(word) for word in words.text.split()):
            return False
        attendee.name = NameMatch(name.start, name.end, f"{name.name} {words.text}", name.title, False)
        attendee.evidence = span(text, attendee.evidence.start, line.end)
        return True
    return False


def _under_role_column(text: str, attendee: Attendee, line: Line) -> bool:
    """A line set in deeper than the entry's name, no further than its role, where a column of posts stands well right
    of the names ('Jo Lee (JL)     Business Support' / '  Officer (minutes)'): the role's words wrapped, whatever they
    begin with ('Officer' heads no list there)."""
    body = trim(text, line.start, line.end)
    if attendee.role is None or not body or attendee.evidence.start >= line.start \
            or _right_of_tabbed_cells(text, attendee.name.start):
        return False
    name, role, wrapped = (_column_of(text, pos) for pos in (attendee.name.start, attendee.role.start, body.start))
    # (a column's padding or tab before the role: 'Jo Lee, Scrutiny Officer.' closing a list in prose has no column)
    return role - name >= 8 and name < wrapped <= role + 1 and not (wrapped - name <= 2 and _opens_entry(text, body)) \
        and re.search(r"\t|[^\S\n]{2}", text[attendee.name.end:attendee.role.start]) is not None \
        and not _indented_register_row(text, line, body)


def _right_of_tabbed_cells(text: str, pos: int) -> bool:
    """Whether cells set by tabs stand before pos on its line, other than a column of initials ('Jo Lee<TAB>Post<TAB>
    <TAB>Ann Roe': the second of two lists side by side, whose columns no count of characters measures)."""
    before = text[text.rfind("\n", 0, pos) + 1:pos]
    return "\t" in before and any(not is_initials(cell.strip()) for cell in before.split("\t") if cell.strip())


def _indented_register_row(text: str, line: Line, body: Span) -> bool:
    """A line set in under a member's that is a register's row of its own, the deputy who came in the member's place
    ('  DALRYMPLE, Fiona   Chief Inspector ...   D'): it opens with a name written surname first, a column's padding
    after it, and ends in a status mark."""
    names = find_names(text, body.start, body.end, strict=False)
    return bool(names) and names[0].start == body.start and not names[0].surname_only \
        and "," in text[names[0].start:names[0].end] and GAP_RE.match(text, names[0].end) is not None \
        and status_cell(text, line) is not None


# After a name, what opens an entry's post: its initials in brackets perhaps, then a dash ('Jo Lee (JL) – Officer').
ENTRY_AFTER_NAME_RE = re.compile(r"[^\S\n]*+(?:\([A-Z][A-Za-z]{1,3}\)[^\S\n]*+)?[–—-]")


def _opens_entry(text: str, body: Span) -> bool:
    """A line that opens with a whole name and a dash before its post is an entry of its own, set a space out of its
    column by a careless hand ('Jo Lee (JL) – Chair' / ' Kim Ford – Business Support (minutes)')."""
    names = find_names(text, body.start, body.end)
    return bool(names) and names[0].start == body.start and not names[0].surname_only and \
        ENTRY_AFTER_NAME_RE.match(text, names[0].end, body.end) is not None


def _wrapped_in_column(text: str, attendee: Attendee, line: Line) -> bool:
    """A line indented to the column where the entry's role began is the role's own words wrapped ('Corporate Director
    of Social' / '      Services'), not the next cell of a table flattened to one cell a line."""
    if attendee.role is None:
        return False
    # in columns as printed, tabs set every eight ('TD<TAB>Tomos Darlow<TAB><TAB>Senior Probation Officer, National
    # Probation' over '<TAB><TAB><TAB><TAB>Service Cymru')
    column = len(text[text.rfind("\n", 0, attendee.role.start) + 1:attendee.role.start].expandtabs(8))
    indent = len(line.text) - len(line.text.lstrip(" \t"))
    indent = len(line.text[:indent].expandtabs(8))
    return column >= 8 and abs(indent - column) <= 1


MARGIN_WRAP = 60  # characters: a line this long that stops mid-phrase was broken by the page's width


def _wrapped_by_margin(text: str, attendee: Attendee, line: Line) -> bool:
    """'Dr Jo Hart, Designated Nurse for Looked After Children, North Central' / 'London ICB', both lines at the
    paragraph's indent: one phrase the margin broke, not the next cell of a table flattened to one cell a line."""
    above_start = text.rfind("\n", 0, line.start - 1) + 1
    above = text[above_start:line.start].rstrip()
    indent = len(above) - len(above.lstrip())
    return len(above.strip()) >= MARGIN_WRAP and not above.endswith((",", ";", ".", ":")) \
        and indent == len(line.text) - len(line.text.lstrip()) and above_start <= attendee.evidence.start


WORD_END_RE = re.compile(r"\w{2,}[^\S\n]*$")
INITIAL_OPENING_RE = re.compile(rf"[^\S\n]*[{UPPER}]\.")


def _name_runs_on(text: str, line: Line, following: Line) -> bool:
    """Whether a name begun on the line ends on the next ('Councillor Jo' / 'Fitz-Allen (Chair)'); a line that ends
    in a whole word, above one that opens with an initial ('M. A. DELANEY-PRICE' / 'S. OYELARAN'), ends its name."""
    if WORD_END_RE.search(line.text) and INITIAL_OPENING_RE.match(following.text):
        return False
    return any(name.start < line.end < name.end for name in find_names(text, line.start, following.end))


# ('Page 1 of 1          Inspecting for Safer Communities': a footer's page number opening the line, the rest of the
# footer, its motto, after wide padding)
PAGE_NUMBER_RE = re.compile(r"^\W*(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s*(?:/|of)\s*\d+)\W*$|\bpage\s+\d+(?:\s+of\s+\d+)?\W*$|"
                            r"^[^\w\n]*+page[^\S\n]++\d+(?:[^\S\n]++of[^\S\n]++\d+)?(?:\t|[^\S\n]{3})", re.IGNORECASE)
RUNNING_HEADER_WORDS = 3


def is_page_furniture(text: str, line: Line) -> bool:
    """A page's footer or running header that extraction left inside a list: '-- Page 1 of 4 --', or a line that
    begins as the document does ('Westfold City Council – Scrutiny Commission – 15/11/23')."""
    if PAGE_NUMBER_RE.search(line.text) or _running_footer(line):
        return True
    opening = re.match(r"\s*(\S[^\n]*)", text)
    if opening is None or line.start <= opening.end():
        return False
    title = " ".join(opening.group(1).split())
    written = " ".join(line.text.split())
    # a table row whose first cell is the body the document opens with ('Westfold Youth Justice Service   Jo Hart
    # Head of Service') goes on with a person; a running header with a date or a page
    if not (len(title.split()) >= RUNNING_HEADER_WORDS and written.startswith(title) and len(written) > len(title)):
        return False
    cells = re.match(rf"\s*{re.escape(opening.group(1).strip())}(?:\t|[^\S\n]{{3,}})(?=\S)", line.text)
    rest = written[len(title):]
    return not (find_names(rest) or cells and find_names(rest, strict=False))


# The parts of a running footer, each set off by a padded dash or bar: 'Inspecting youth offending work    -    Westmere
# -    Full Joint Inspection 2010'.
FOOTER_PART_BREAK_RE = re.compile(r"(?<![^\S\n])[^\S\n]{2,}+[-–—|][^\S\n]{2,}+")
FOOTER_YEAR_END_RE = re.compile(r"\b(?:19|20)\d\d[^\S\n]*+$")


def _running_footer(line: Line) -> bool:
    """A footer of three parts or more, each set off by a padded dash or bar, the last ending with the year."""
    return FOOTER_YEAR_END_RE.search(line.text) is not None and len(FOOTER_PART_BREAK_RE.findall(line.text)) >= 2


def _continues_role(line: Line) -> bool:
    words = plain(line.text).split()
    return "|" not in line.text and 0 < len(words) <= 10 and not is_prose(line) and not line.text.rstrip().endswith(".") \
        and not (PART_HEADING_RE.fullmatch(line.text) and not line.text.strip().startswith("("))  # '(minutes)' is a marker


# 'Director of Public Health', 'Head of Service': a post of its own, opened by its noun.
POST_OPENING_RE = re.compile(r"[^\S\n]*[A-Z][a-z]+[^\S\n]+(?:of|for)[^\S\n]+[A-Z]")


def _seats_alone(text: str, line: Line) -> bool:
    """A line of posts parted by semicolons, opening a list, that names no one ('Chair of the Youth Bench ; Head of
    Service, Wessmoor Youth Court'): the seats whose holders the list covers, not the list's end."""
    parts = [part.strip(" \t.") for part in line.text.split(";")]
    return len(parts) >= 2 and all(part[:1].isupper() and names_post(part) for part in parts) \
        and not find_names(text, line.start, line.end, strict=False)


def _post_alone(line: Line, above: Attendee) -> bool:
    """'Director of Public Health' on a line of its own under an entry that has its post already: a seat listed with
    no one in it (a vacant post sends no apologies), not more of the post above."""
    opening = POST_OPENING_RE.match(line.text)
    return above.role is not None and opening is not None and is_post_noun(line.text.split()[0])


def _venue(line: Line) -> bool:
    """'Civic Suite', 'Committee Room 2': a place the meeting was held, on a line of its own in the list, is nobody and no
    part of the role above it."""
    for part in re.split(r"[,()]", line.text):  # 'Ystafell Fawr (Room G.14), Civic Centre, Caerwen'
        named = [word for word in plain(part).split() if not any(char.isdigit() for char in word)]
        if 0 < len(named) <= 4 and is_venue_word(named[-1]):
            return True
    return False


def _titled_no_name(line: Line) -> bool:
    """'Councillor Jo Fi' where the page cut the name short: an entry whose name is no name, not the role above's."""
    words = plain(line.text).split()
    return bool(words) and is_honorific(words[0])


# A part of the papers that follows the lists: 'AGENDA', 'ACTIONS'.
PART_HEADING_RE = re.compile(r"\W*(?:agenda|actions?|minutes|business|items?)\W*", re.IGNORECASE)


ENTRY_CHARS = 1_000  # a list's entry, its post wrapped over lines and its markers, is shorter than this


def _extend_role(text: str, attendee: Attendee, line: Line, *, column: bool = False) -> None:
    """A role broken over two lines, or a table flattened to one cell a line: the line joins the role of the entry above,
    and a marker on it ('(Chair)', '(minutes)') is the entry's; in a column, the lines are one phrase, not cells."""
    if line.end - attendee.evidence.start > ENTRY_CHARS:
        return  # a run of short lines under an entry is no post wrapped (and joining each re-reads all: quadratic)
    if attendee.name.start > attendee.evidence.start:  # 'Chair – Jane Doe': the role was before the name
        attendee.evidence = span(text, attendee.evidence.start, line.end)
        return
    status = status_cell(text, line) if attendee.status is None else None
    if status and status.start() > 0:  # '   Commissioning      Present': the wrapped post's line ends in the status column
        line = span(text, line.start, line.start + status.start())
        _set_status(text, attendee, status)
    wrapped = _wrapped_in_column(text, attendee, line) or _inside_brackets(text, attendee, line) \
        or _wrapped_by_margin(text, attendee, line)
    extended = _attendee(text, attendee.name, span(text, attendee.evidence.start, line.end),
                         span(text, attendee.evidence.start, line.end))
    attendee.role, attendee.evidence = extended.role, extended.evidence
    attendee.chair, attendee.vice_chair = attendee.chair or extended.chair, attendee.vice_chair or extended.vice_chair
    attendee.minutes = attendee.minutes or extended.minutes
    attendee.substitute = attendee.substitute or extended.substitute
    attendee.chair_in_brackets = attendee.chair_in_brackets or extended.chair_in_brackets
    attendee.chair_of_body = attendee.chair_of_body or extended.chair_of_body
    attendee.cell_a_line = (attendee.cell_a_line or not wrapped) and not column


ALSO_RE = re.compile(r"\W*also\b", re.IGNORECASE)


def _implicit_present(text: str, all_lines: list[Line], found: list[Section], headless: bool) -> None:
    """Entries just above an apologies heading, with no 'Present' heading anywhere, are those present;
    in a meeting's record (headless), so are two or more entries just above its first heading or item."""
    # 'Also attending' adds to a list above it, which it does not replace; in a record, so does an 'In attendance'
    # below the members' list with no heading (the guests and officers after those who sat)
    listing = (PRESENT,) if headless else (PRESENT, IN_ATTENDANCE)
    if any(s.kind in listing and not ALSO_RE.match(s.heading.text) for s in found):
        return
    apologies = next((s for s in found if s.kind == APOLOGIES), None)
    stops = []
    if apologies is not None:
        stops.append((next(i for i, line in enumerate(all_lines) if line.start == apologies.heading.start), 1))
    if headless:
        first_heading = next((i for i, line in enumerate(all_lines) if is_item(line) or heading_kind(text, line)),
                             len(all_lines))
        # a sentence of apologies between the list and the first item ('Apologies were received from Jo Bloggs, ...')
        # ends the list as a heading would
        first_heading = next((i for i in range(first_heading) if APOLOGIES_SENTENCE_RE.match(all_lines[i].text)),
                             first_heading)
        # (and one whose verb stands before the word, on the paragraph's first line or a later one)
        first_heading = _sent_apologies_paragraph(all_lines[:first_heading]) or first_heading
        stops.append((first_heading, 2))  # one name above the first heading is a signature or a title, not a list
        # a paragraph of apologies in prose under the list, before the first item ('Apologies were received from A (Post)
        # and from the Head of X.'): the list above it is those present, as above an apologies heading
        sentence = next((i for i, line in enumerate(all_lines[:first_heading]) if is_prose(line)
                         and APOLOGY_RE.search(line.text) and (i == 0 or is_blank(all_lines[i - 1]))), None)
        if sentence is not None:
            stops.append((sentence, 2))
        # a table under the title whose head row names its columns ('Initials  Name  Role / Agency') and no heading
        # above it: the people in its rows are those present
        heads = next((i for i, line in enumerate(all_lines[:first_heading]) if is_column_heads(line)
                      and NAME_HEAD_RE.search(line.text) and len(cells(text, line)) >= 2), None)
        if heads is not None:
            table = Section(PRESENT, all_lines[heads])
            _read_entries(text, all_lines[:first_heading], heads, table)
            if len(table.attendees) >= 2:
                found.insert(0, table)
                return
    for stop, fewest in stops:
        present = _entries_above(text, all_lines, stop)
        for other in (_surnames_first_run_on(text, all_lines, stop), _two_lists_side_by_side(text, all_lines, stop)):
            if other is not None and (present is None or len(other.attendees) > len(present.attendees)):
                present = other
        if present is not None and len(present.attendees) >= fewest:
            found.insert(0, present)
            return


def _sent_apologies_paragraph(all_lines: list[Line]) -> int | None:
    """The first line of the first paragraph that says who sent apologies, their verb on its first line or a later
    one ('Jo Lee Legal Adviser HMCTS and Sam Hart Head of Housing' / 'Council sent their apologies.')."""
    opening = 0
    for index, line in enumerate(all_lines):
        word = APOLOGY_RE.search(line.text)
        if is_blank(line):
            opening = index + 1
        elif word and SENT_APOLOGY_RE.search(line.text, max(0, word.start() - SENT_REACH), word.start()):
            return opening
    return None


SENT_REACH = 60  # characters before 'apologies' that hold their verb: 'had also sent their sincere '


# A paragraph of the record that gives the apologies in a sentence: 'Apologies were received from ...', 'Apologies for
# absence were given by ...'.
APOLOGIES_SENTENCE_RE = re.compile(r"[^\S\n]*+apologies(?:[^\S\n]+for[^\S\n]+absence)?[^\S\n]+(?:were|had\s+been|was)[^\S\n]+"
                                   r"(?:received|given|tendered|noted|sent)\b", re.IGNORECASE)


# A list run on as a paragraph, each entry surname first in capitals, then the forename, then the post, parted by
# semicolons ('HARCOMBE Siân Corporate Director (Chair); TREHARNE Cllr Alun Cabinet Member; ...'). The surname and
# the forename are each taken whole (possessive), the title optional.
CAPITALS_BARE_RE = re.compile(
    rf"(?P<surname>(?:Mc|Mac|O['’])?[{UPPER}]{{2,}}+(?:[-'’][{UPPER}]{{2,}}+)*+)[^\S\n]++"
    rf"(?P<title>(?:Dr|Prof|Professor|Cllr|Councillor|Mr|Mrs|Ms|Miss|Sir|Dame|Revd|Rev|Canon)\.?[^\S\n]++)?"
    rf"(?P<forename>[{UPPER}][{LOWER}]++(?:-[{UPPER}][{LOWER}]++)?)(?=\s|[(;]|$)")
RUN_ON_ENTRIES = 3  # entries at least: a run-on list, not a sentence that opens with a name in capitals


def _surnames_first_run_on(text: str, all_lines: list[Line], stop: int) -> Section | None:
    """The paragraph just above line `stop` read as a list run on, surname first in capitals, its entries parted by
    semicolons: those present. At least three entries, most of them with a forename the lexicon knows."""
    last = stop
    while last > 0 and is_blank(all_lines[last - 1]):
        last -= 1
    first = last
    while first > 0 and not is_blank(all_lines[first - 1]) and not heading_kind(text, all_lines[first - 1]):
        first -= 1
    if first == last:
        return None
    block = span(text, all_lines[first].start, all_lines[last - 1].end)
    pieces = [trim(text, *bounds, " \t\n") for bounds in _semicolon_parts(text, block)]
    people: list[Attendee] = []
    for piece in pieces:
        named = capitals_bare_name(text, piece)
        if named is None:
            return None
        people.append(_attendee(text, named, piece, piece))
    known = sum(is_first_name(person.name.name.split()[0]) for person in people)
    if len(people) < RUN_ON_ENTRIES or 2 * known <= len(people):
        return None
    section = Section(PRESENT, all_lines[first])
    section.attendees.extend(people)
    return section


BULLETED_RE = re.compile(r"[^\S\n]*+[-•·▪●◦*][^\S\n]++(?=\S)")  # a line opening with a bullet
# A cell of a padded row: words parted by single spaces, the cells by two or more.
PADDED_CELL_RE = re.compile(r"\S++(?:[^\S\n]\S++)*+")
COLUMN_DRIFT = 2  # characters: a column's cells may start a little off its line
SIDE_BY_SIDE_COLUMNS = 4  # name and post, twice
LONGEST_SIDE_BY_SIDE = 30  # lines
NAME_PART_RE = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*")  # 'Lloyd-Evans': a name's last part wrapped alone


def capitals_bare_name(text: str, piece: Span) -> NameMatch | None:
    """The name a piece opens with, surname first in capitals and the forename after one blank, no comma or padding
    closing it ('HARCOMBE Siân Corporate Director'), as the person is called ('Siân Harcombe')."""
    match = CAPITALS_BARE_RE.match(text, piece.start, piece.end)
    if match is None or is_body_word(match.group("surname")):
        return None
    # the surname as the person is called ('LLOYD-EVANS' is Lloyd-Evans), so the lexicon reads the name whole
    surname = re.sub(r"(^|[-'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), match.group("surname").lower())
    written = f"{match.group('title') or ''}{match.group('forename')} {surname}"
    name = name_at(written, 0, len(written), strict=False)
    if name is None or name.surname_only or not name.name.endswith(surname):
        return None
    return NameMatch(match.start("surname"), match.end(), name.name, name.title)


def _two_lists_side_by_side(text: str, all_lines: list[Line], stop: int) -> Section | None:
    """The block just above line `stop` read as two lists of those present side by side, each a column of names and a
    column of posts, a post (or a name) wrapped onto the lines below in its own column, a marker in brackets under the
    name ('Siân Harcombe   Corporate Director,   Owain Pritchard   Head of Youth Justice' / '(Chair)   Social
    Services &   ...   Service'). Four columns that start where the rows' cells start, and two people in each list."""
    last = stop
    while last > 0 and is_blank(all_lines[last - 1]):
        last -= 1
    first = last
    while first > 0 and not is_blank(all_lines[first - 1]) and last - first < LONGEST_SIDE_BY_SIDE:
        first -= 1
    block = all_lines[first:last]
    rows = [[(cell.start(), cell.end()) for cell in PADDED_CELL_RE.finditer(line.text)] for line in block]
    starts = sorted(start for row in rows for start, _ in row)
    columns: list[list[int]] = []
    for start in starts:
        if columns and start - columns[-1][-1] <= COLUMN_DRIFT:
            columns[-1].append(start)
        else:
            columns.append([start])
    columns = [column for column in columns if len(column) >= 3]
    if len(columns) != SIDE_BY_SIDE_COLUMNS or len(block) < 3:
        return None
    edges = [column[0] - COLUMN_DRIFT for column in columns]
    # each list's records: the name's cells, the post's cells, in the text's offsets
    people: list[Attendee] = []
    for name_column in (0, 2):
        records: list[tuple[list[Span], list[Span]]] = []
        for line, row in zip(block, rows, strict=True):
            for start, end in row:
                column = max(i for i, edge in enumerate(edges) if edge <= start) if start >= edges[0] else 0
                cell = span(text, line.start + start, line.start + end)
                if column == name_column:
                    if cell.text.startswith("(") and records:
                        records[-1][0].append(cell)  # '(Cadeirydd / Chair)' under the name: its marker
                    elif records and NAME_PART_RE.fullmatch(cell.text) and not _full_name(records[-1][0]):
                        records[-1][0].append(cell)  # 'Supt Carys' / 'Lloyd-Evans': the name the column broke
                    else:
                        records.append(([cell], []))
                elif column == name_column + 1 and records:
                    records[-1][1].append(cell)
        for names, posts in records:
            person = _side_by_side_entry(text, names, posts)
            if person is None:
                return None
            people.append(person)
        if len(records) < 2:
            return None
    section = Section(PRESENT, all_lines[first])
    section.attendees.extend(people)
    return section


def _full_name(cells: list[Span]) -> NameMatch | None:
    """The person the name cells write, forename and surname (a title alone before a forename is no full name)."""
    words = " ".join(cell.text for cell in cells if not cell.text.startswith("("))
    name = name_at(words, 0, len(words), strict=False)
    return name if name is not None and not name.surname_only and len(name.name.split()) >= 2 else None


def _side_by_side_entry(text: str, names: list[Span], posts: list[Span]) -> Attendee | None:
    """One record of a list side by side: the name from its cells, the post its cells joined, the markers from the
    brackets under the name and at the post's end."""
    name = _full_name(names)
    if name is None:
        return None
    named = [cell for cell in names if not cell.text.startswith("(")]
    match = NameMatch(named[0].start, named[-1].end, name.name, name.title)
    markers = " ".join(cell.text for cell in names if cell.text.startswith("("))
    written = " ".join(cell.text for cell in posts)
    role_text = f"{written} {markers}".strip()
    chair = bool(CHAIR_MARK_RE.search(role_text)) and not VICE_MARK_RE.search(role_text)
    minutes = bool(MINUTES_MARK_RE.search(role_text))
    role = None
    if posts:  # the post's cells as one phrase, in a span of their own (the other columns' words are not the post's)
        post = Span(posts[0].start, posts[-1].end, written)
        role = _role_without_markers(written, Span(0, len(written), written))
        role = Span(post.start, post.end, role.text) if role else None
    evidence = span(text, min(cell.start for cell in names + posts), max(cell.end for cell in names + posts))
    return Attendee(match, evidence, role, chair, False, minutes,
                    chair_in_brackets=chair and bool(BRACKETED_CHAIR_RE.search(role_text)))


def _semicolon_parts(text: str, block: Span) -> Iterator[tuple[int, int]]:
    """The parts of the block between its semicolons, outside brackets."""
    depth, begin = 0, block.start
    for at in range(block.start, block.end):
        char = text[at]
        depth += (char == "(") - (char == ")" and depth > 0)
        if char == ";" and depth == 0:
            yield begin, at
            begin = at + 1
    yield begin, block.end


NAME_HEAD_RE = re.compile(r"\bname\b", re.IGNORECASE)


def _paragraph_runs_on(text: str, sentence: Line, following: Line) -> bool:
    """A sentence's line with the next line straight under it and no colon closing it: the paragraph goes on, no list
    begins under it."""
    return is_prose(sentence) and not is_blank(following) and not sentence.text.rstrip().endswith(":") \
        and not is_item(following) and heading_kind(text, following) is None


def _entries_above(text: str, all_lines: list[Line], stop: int) -> Section | None:
    """The run of entry lines that ends just above line `stop`, as a section of those present."""
    first = stop
    blanks = 0
    while first > 0 and blanks <= 2:
        line = all_lines[first - 1]
        if is_blank(line):
            blanks += 1
        elif heading_kind(text, line):
            return None  # the run is that heading's own list ('Membership' above an agenda's 'Apologies' item)
        elif is_item(line) or is_prose(line) or _venue(line):
            if first < stop and _paragraph_runs_on(text, line, all_lines[first]):
                return None  # 'Those present were A, Post, who chaired the meeting; B, ...': a sentence, no list
            break  # the place of the meeting is the title's, above the list
        else:
            blanks = 0
        first -= 1
    while first < stop and not _entry_people(text, all_lines[first]):
        first += 1
    if first == stop:
        return None
    present = Section(PRESENT, all_lines[first])
    _read_entries(text, all_lines[:stop], first, present)
    return present


# A table's last column that says whether each person came: '| Jo Bloggs | Police | Apologies |', 'Jo Bloggs<TAB>P',
# 'Jo Bloggs – Police      ✓' (a register's tick or letter after wide padding).
# A run of tabs or spaces is entered only at its start and taken whole (possessive), so a long run is read once.
# A status in words may follow two spaces only, where a long post nearly fills its column ('... Probation Trust  Present');
# 'Chair' there marks the meeting's chair, 'In attendance' an officer.
STATUS_CELL_RE = re.compile(r"(?:(?<!\t)\t++|(?<![^\S\n])[^\S\n]{3,}+|(?<![^\S\n])[^\S\n]*+\||(?<![^\S\n])[^\S\n]++[–—](?=[^\S\n]*\w{3})|"
                            r"(?<![^\S\n])[^\S\n]{2}(?=(?:present|attended|apologies|absent|in\s+attendance)[^\S\n]*+$))[^\S\n]*+"
                            # 'Ymdd. / Apols': a bilingual status, the other tongue's word before the English one
                            r"(?:[^\W\d_]{2,14}+\.?[^\S\n]++/[^\S\n]++)?"
                            # 'Chair - P': the chair's marker, then the mark of their attendance
                            r"(?P<chair>chair(?:man|person|woman)?[^\S\n]*+[–—-][^\S\n]*+(?=\S{1,3}$))?"
                            r"(?P<bracket>\[)?(?P<status>present|attended|yes|y|p|apologies|apols?\.?|sent\s+apologies|sent\s+(?:a\s+)?(?:substitute|deputy)|"
                             r"absent|no|n|a|ap|d|s|subs?\.?|x|[✓✔]|[✗✘×]|in\s+attendance|teams|virtual|remote|online|"
                             r"chair(?:man|person|woman)?|"
                             # any other short code or mark, which means something only where the document's key says
                             r"[A-Za-z]{1,3}|\*{1,3}|[†‡–—-])(?(bracket)\])"  # '[P]', '[A]': the mark in square brackets
                            # 'N - apologies': the mark, then what it meant after a dash (a no that sent apologies)
                            # ('Apologies, sent substitute', 'Present as substitute': the mark, then who came for whom)
                            r"(?:(?:[^\S\n]++[–—-]|,)[^\S\n]++(?P<remark>apologies|apols?\.?|sent[^\S\n]++apologies|"
                            r"sent[^\S\n]++(?:a[^\S\n]++)?(?:substitute|deputy))|"
                            r"[^\S\n]++(?P<standing>as[^\S\n]++(?:a[^\S\n]++)?substitute))?"
                            # 'D  (Insp M Carrow)': the deputy a member sent, in brackets after the mark
                            r"[^\S\n]*+\|?[^\S\n]*+(?:\([^()\n]{1,60}\)[^\S\n]*+)?$", re.IGNORECASE)
# 'Jo Bloggs attended as substitute for Cllr Lee': searched in the line alone, from the start of a run of blanks (not from
# each of its blanks, which would cross the rest of the run from each: quadratic).
SUBSTITUTE_FOR_RE = re.compile(r"(?<!\s)\s++(?:(?:attended\s+)?as\s+(?:a\s+|the\s+)?(?:substitute|deputy)|substituted|deputised)\s+for\b",
                               re.IGNORECASE)
# 'Councillor (substitute for Cllr Holroyd)': the member came in another's place, said in brackets after the post.
ABSENT_MARK_RE = re.compile(r"^\s*[✗✘☒×]")
# The initials the notes use, before the name: 'LK – Lorna Keatley', or a column of their own ('LK<TAB>Lorna Keatley',
# 'CdlM   Cara de la Mare', wide padding after them); a particle's letter may be lower case, and so may a letter added
# to tell two people's initials apart ('RBa   Ruth Bannerman'). The name after them may stand surname first in capitals
# ('GFO   FENWICK-ODUYA, Gerald').
INITIALS_LEAD_RE = re.compile(rf"[{UPPER}][{UPPER}a-z]{{0,3}}[{UPPER}][a-z]?(?:[^\S\n]*[–—:-][^\S\n]*(?=[{UPPER}][{LOWER}])|"
                              rf"(?:\t+|[^\S\n]{{3,}})(?=[{UPPER}][{LOWER}]|(?:Mc|Mac|[OD]['’])?[{UPPER}]{{2,}}+(?:[-'’][{UPPER}]{{2,}}+)*+,))")
STATUS_KINDS = {"present": PRESENT, "attended": PRESENT, "yes": PRESENT, "y": PRESENT, "p": PRESENT,
                "apologies": APOLOGIES, "apols": APOLOGIES, "apol": APOLOGIES, "sent apologies": APOLOGIES,
                # a member who sent someone in their place did not come: the substitute is listed on their own row
                "sent substitute": APOLOGIES, "sent a substitute": APOLOGIES, "sent deputy": APOLOGIES,
                "sent a deputy": APOLOGIES, "d": APOLOGIES,  # a register's key: 'D deputy attended'
                "a": APOLOGIES, "ap": APOLOGIES, "absent": ABSENT, "no": ABSENT, "n": ABSENT, "x": ABSENT,
                "✓": PRESENT, "✔": PRESENT, "✗": ABSENT, "✘": ABSENT, "×": ABSENT,
                # 'In attendance': came without a seat, as officers do; 'Teams', 'Virtual': present, at a distance
                "in attendance": IN_ATTENDANCE, "teams": PRESENT, "virtual": PRESENT, "remote": PRESENT, "online": PRESENT}


SUBSTITUTE_MARKS = {"s", "sub", "subs"}


def _set_status(text: str, person: Attendee, status: re.Match[str] | None) -> None:
    """The person's attendance as the status cell gives it, read by the document's own key where it declares the mark;
    'Chair' there says they chaired (and so came), whatever list they stand in."""
    if status is None:
        return
    meaning = mark_meaning(text, status.group("status"))
    if "remark" in status.re.groupindex and status.group("remark") and meaning in (ABSENT, None):
        meaning = APOLOGIES  # 'N - apologies': did not come, and said so
    _set_meaning(person, meaning)
    if "chair" in status.re.groupindex and status.group("chair"):
        _set_meaning(person, CHAIR)
    if "standing" in status.re.groupindex and status.group("standing") and meaning == PRESENT:
        person.substitute = True  # 'Present as substitute': came in a member's place
    if meaning == PRESENT and SUBSTITUTE_BRACKET_RE.search(status.group(0)):
        person.substitute = True  # 'Y (sub for Cllr Lee)': came in a member's place


def _set_meaning(person: Attendee, meaning: str | None) -> None:
    """The person's attendance as a mark's meaning gives it (a status, CHAIR, VICE_CHAIR or SUBSTITUTE)."""
    if meaning == CHAIR:
        person.chair = person.chair_in_brackets = True
    elif meaning == VICE_CHAIR:
        person.vice_chair = True
    elif meaning == SUBSTITUTE:  # 'S' in a register keyed 'S = substitute': came in another member's place
        person.status, person.substitute = PRESENT, True
    elif meaning is not None:
        person.status = meaning


EARLIER_MEETINGS = 12


def _status_and_entry_end(text: str, line: Line) -> tuple[re.Match[str] | None, int]:
    """The status cell that ends a row, and where the row's entry ends: before it, and before the marks of a
    register's earlier meetings ('| Head of Inclusion, CCBC |   P   |   A   |': the post is no '..., P'), each a code
    of a letter or two in a cell of its own (not a word after a dash: '... CCC – Chair   P')."""
    status = status_cell(text, line)
    end = line.start + status.start() if status else line.end
    for _ in range(EARLIER_MEETINGS if status else 0):  # (a year's meetings at most: each look is the row's length)
        earlier = status_cell(text, text[line.start:end])
        if earlier is None or len(earlier.group("status")) > 2 or earlier.group(0).lstrip().startswith(("–", "—")):
            break
        end = line.start + earlier.start()
    return status, end


def status_cell(text: str, line: Line | str) -> re.Match[str] | None:
    """The status cell that ends the line (offsets the line's), where its mark means something: a mark the document's
    key declares, or one kg reads without a key."""
    cell = STATUS_CELL_RE.search(line if isinstance(line, str) else line.text)
    return cell if cell is not None and mark_meaning(text, cell.group("status")) is not None else None


# The document's own key to its register's marks. A key line declares codes and what they mean: 'P = present;  Ab =
# apologies received;  S = substitute;  - = absent', 'Key:  P = present   A = apologies   D = deputy   IA = in
# attendance', 'A - apologies; D - deputy attended', 'Key: ✓ attended  A apologies', or a footnote under a list, '* denotes
# apologies', '* unable to attend / ymddiheuriadau'. Each code opens at a word's start and is set off by '=', a dash or
# a colon (after 'Key:' by a blank alone); what it means runs to the next code. Runs of blanks are crossed once.
KEY_LABEL_RE = re.compile(r"[^\S\n]*+\(?[^\S\n]*+(?P<label>(?:status[^\S\n]++)?key(?:[^\S\n]++to[^\S\n]++[\w'’ ]{1,30}?)?[^\S\n]*+"
                          r"[:–—-]|allwedd[^\S\n]*+(?:/[^\S\n]*+key[^\S\n]*+)?:)?[^\S\n]*+", re.IGNORECASE)
# a code in brackets ('(P) present   (A) apologies') is set off by its brackets as by a separator
KEY_CODE_RE = re.compile(r"(?<![\w*†‡✓✔✗✘×'’.-])(?P<open>\()?(?P<code>[A-Za-z]{1,3}|\*{1,3}|[†‡✓✔✗✘×]|[-–—](?=[^\S\n]*+=))"
                         r"(?(open)\)[^\S\n]++|(?:[^\S\n]*+(?P<sep>=|[–—:-](?=[^\S\n])|denotes\b|indicates\b|means\b)|(?P<bare>[^\S\n]++)))"
                         r"[^\S\n]*+(?=[A-Za-z(])")
BRACKETED_CODE_OPENING_RE = re.compile(r"[^\S\n]*+\([A-Za-z]{1,3}\)[^\S\n]")  # a key's first code: '(P) present'
KEY_FOOTNOTE_RE = re.compile(r"[^\S\n]*+\(?[^\S\n]*+(?P<code>\*{1,3}|[†‡])[^\S\n]*+(?:denotes|indicates|means|=|:)?[^\S\n]*+(?=[A-Za-z(])",
                             re.IGNORECASE)
KEY_GAP_RE = re.compile(r"(?:[^\S\n]{2}|[;,][^\S\n]?)$")
KEY_MEANING_WORDS = 8  # a footnote's meaning is read in its first words
KEY_CODE_WORDS = 5  # a code's meaning is a few words: more is a sentence, no key
KEY_LINE_CHARS = 300  # a key is a line, not a paragraph
SUBSTITUTE = "substitute"  # a mark that says the person sat in a member's place: present, as a deputy
# What a key's words mean, asked in this order ('unable to attend' before 'attend', 'sent a deputy' before 'deputy',
# 'vice-chair' before 'deputy'); a meaning none of them reads (an abbreviation's expansion) is no status.
KEY_MEANINGS = [
    (VICE_CHAIR, re.compile(r"\b(?:vice|deputy)[- ]?chair", re.IGNORECASE)),
    (CHAIR, re.compile(r"\bchair(?:man|person|woman)?\b|\bcadeirydd\b", re.IGNORECASE)),
    (APOLOGIES, re.compile(r"\bapolog|\bapols?\b|ymddiheur|\b(?:unable|not\s+able)\s+to\s+attend|\bcould\s+not\s+attend|"
                           r"\bsent\s+(?:a\s+)?(?:substitute|deputy|representative)|\bregrets\b|"
                           # 'D = deputy attended', 'R = represented': the member's deputy came, not the member
                           r"\b(?:deputy|substitute|representative)\s+(?:attended|present|sent)|\brepresented\b|"
                           # 'S = substituted': the member whose seat a substitute took
                           r"\bsubstituted\b(?!\s+(?:for|by)\b)", re.IGNORECASE)),
    (ABSENT, re.compile(r"\babsent\b|\babsennol\b|\bdid\s+not\s+attend|\bnot\s+present\b|\bnon[- ]attendance", re.IGNORECASE)),
    (SUBSTITUTE, re.compile(r"\bsubstitut|\bdeput(?:y|ies|is|iz)|\bin\s+place\s+of\b|\bstand[- ]in\b|\beilydd|\bdirprwy",
                            re.IGNORECASE)),
    (IN_ATTENDANCE, re.compile(r"\bin\s+attendance\b|\battending\b|\bnon[- ](?:members?|voting)\b", re.IGNORECASE)),
    (PRESENT, re.compile(r"\bpresent\b|\battended\b|\byes\b|\bremote(?:ly)?\b|\bvirtual(?:ly)?\b|\bteams\b|\bonline\b|"
                         r"\bvideo\b|\bpresennol\b", re.IGNORECASE)),
]


def key_meaning(words: str) -> str | None:
    """What a key's words say of the one its code marks: a kind of section, CHAIR, VICE_CHAIR or SUBSTITUTE; None where
    they say no status."""
    if len(words.split()) > KEY_MEANING_WORDS:
        words = " ".join(words.split()[:KEY_MEANING_WORDS])
    return next((kind for kind, regex in KEY_MEANINGS if regex.search(words)), None)


def key_line(text: str, line: Line) -> dict[str, str] | None:
    """The codes a key line declares and what each means, where the line is a key and nothing else; None otherwise."""
    if line.end - line.start > KEY_LINE_CHARS:
        return None
    footnote = KEY_FOOTNOTE_RE.match(line.text)
    if footnote:  # '* denotes apologies', '† sent a substitute': one mark, its note the rest of the line
        if name_at(text, line.start + footnote.end(), line.end, strict=False):
            return None  # '* Councillor D. Ashby (Chairman)': a member's entry after its bullet, no note
        meaning = key_meaning(line.text[footnote.end():])
        return {footnote.group("code"): meaning} if meaning else None
    label = KEY_LABEL_RE.match(line.text)
    at = label.end() if label else 0
    opening = KEY_CODE_RE.match(line.text, at - 1) if label and not label.group("label") and line.text[:at].endswith("(") else None
    if opening is not None and opening.group("open"):
        at -= 1  # the bracket opens the line's first code, '(P) present', not the key: '(P = present, ...)'
    codes = [code for code in KEY_CODE_RE.finditer(line.text, at) if code.group("sep") or code.group("open")]
    if not codes and label and label.group("label"):  # 'Key: ✓ attended  A apologies': bare codes, only after 'Key:',
        codes = [code for code in KEY_CODE_RE.finditer(line.text, at)  # each at the start or set off by padding or ';'
                 if code.start() == at or KEY_GAP_RE.search(line.text, max(at, code.start() - 2), code.start())]
    if codes and codes[0].start() != at and codes[0].group("sep") and _heads_a_key(text, line, at, codes[0].start()):
        at = codes[0].start()  # 'ATTENDANCE REGISTER<pad>P = present   A = apologies': the list's heading, then its key
    if not codes or codes[0].start() != at:
        return None
    found: dict[str, str] = {}
    for code, following in zip(codes, [*codes[1:], None], strict=True):
        words = line.text[code.end():following.start() if following else len(line.text)].strip(" \t;,()/.")
        if words and code.group("code") in "-–—" and not key_meaning(words):
            continue  # '- = not yet appointed', '– = vacant': the dash is an empty cell, whatever the key glosses it
        if not words or len(words.split()) > KEY_CODE_WORDS or find_names(text, line.start + code.end(), line.end, strict=False):
            return None  # 'D deputy attended – Inspector Cai Jenner attended for ...': an entry after the key, no key
        if sum(word[:1].isupper() for word in words.split()) > 1:
            return None  # 'DCC = Deputy Chief Constable', 'PO = Probation Officer': a glossary's post, no status
        meaning = key_meaning(words)
        if meaning is None:
            return None
        found.setdefault(code.group("code"), meaning)
    # a dash or colon sets off many a thing ('A - Apologies' as an item's title): one code so is no key
    if len(found) < 2 and not any(code.group("sep") in ("=", "denotes", "indicates", "means") for code in codes):
        return None
    return found


KEY_PADDING_RE = re.compile(r"\t|[^\S\n]{3}")  # a heading's padding from the key set on its line


def _heading_before_key(text: str, line: Line) -> tuple[str, Span] | None:
    """'RECORD OF ATTENDANCE<tab>P = present   Ap = apologies': a register's heading with its key to the marks on its
    line, the rows under it; the kind of the heading, no entries on its line."""
    padding = KEY_PADDING_RE.search(line.text) if "=" in line.text else None
    if padding is None or key_line(text, line) is None:
        return None
    heading = heading_kind(text, span(text, line.start, line.start + padding.start()))
    return (heading[0], span(text, line.end, line.end)) if heading is not None else None


def _heads_a_key(text: str, line: Line, start: int, end: int) -> bool:
    """Whether the line opens with a list's heading set off from the key after it by a tab or wide padding (the
    offsets the line's)."""
    lead = line.text[start:end]
    gap = lead[len(lead.rstrip()):]
    return ("\t" in gap or len(gap) >= 3) and len(lead.split()) <= 4 and "=" not in lead and \
        heading_kind(text, span(text, line.start + start, line.start + start + len(lead.rstrip()))) is not None


@lru_cache(maxsize=16)
def status_key(text: str) -> dict[str, str]:
    """The document's own key to its register's marks, from every key line in it (the first line to declare a code
    decides it)."""
    key: dict[str, str] = {}
    for line in lines(text):
        if "=" not in line.text and not any(mark in line.text for mark in "*†‡-–—:") and "key" not in line.text.lower() \
                and not BRACKETED_CODE_OPENING_RE.match(line.text):
            continue
        for code, meaning in (key_line(text, line) or {}).items():
            key.setdefault(code, meaning)
    return key


def mark_meaning(text: str, mark: str) -> str | None:
    """What a register's mark says, as the document's key declares it, else as the marks kg knows without a key say (a
    status spelled out, or the letters registers commonly use); None for a mark neither knows."""
    key = status_key(text)
    word = " ".join(mark.lower().rstrip(".").split())
    declared = key.get(mark.strip()) or key.get(mark.strip().upper()) or \
        next((meaning for code, meaning in key.items() if code.lower() == word), None)
    if declared:
        return declared
    if word.startswith("chair"):
        return CHAIR
    if word in SUBSTITUTE_MARKS:  # 'S', 'Sub': a register's substitute, by the common convention
        return SUBSTITUTE
    return STATUS_KINDS.get(word)


# A post that labels the entries on its line: 'Co-opted Member:<TAB>Mrs Jo Bloggs (Parent Governor)'.
POST_LABEL_RE = re.compile(r"[^\S\n]*(?P<post>[A-Z][\w'’-]*(?:[^\S\n]+[\w'’-]+){0,4}):[^\S\n]+(?=\S)")


# 'Cabinet Member attending:' over its holder: the post without the word of attendance; a cabinet post without its
# portfolio, which the entry's bracket writes ('Councillor Jo Bloggs (Children's Services)').
# (?<!...): a run of blanks is entered at its start only (a search from each of its blanks crossed the rest: quadratic)
ATTENDING_WORD_RE = re.compile(r"(?<![^\S\n])[^\S\n]++(?:attending|present|in[^\S\n]++attendance)$", re.IGNORECASE)
PORTFOLIO_POST_RE = re.compile(r"(?:Cabinet|Executive|Lead)[^\S\n]++Member", re.IGNORECASE)


def _labelled_post(text: str, label: re.Match[str], written: Span | None) -> Span:
    """The post a label gives the entry on its line: 'Cabinet Member for Children's Services' for 'Cabinet Member
    attending: Councillor Jo Bloggs (Children's Services)', the label alone where the entry writes no portfolio."""
    post = span(text, label.start("post"), label.end("post"))
    attending = ATTENDING_WORD_RE.search(post.text)
    post = span(text, post.start, post.start + attending.start()) if attending else post
    if written and PORTFOLIO_POST_RE.fullmatch(post.text) and not names_post(written.text):
        return Span(post.start, written.end, f"{post.text} for {written.text}")
    return post


# A label cell before the entries, set off by wide padding, that sorts the members into groups ('Labour Group<pad>
# Councillors A (Chair), B', 'Co-opted (non-voting)<pad>Mr Jo Bloggs'): no one's name or body, when an honorific
# opens the cell after it. Each run of blanks is crossed once (possessive) and the label ends on a non-blank.
# A department's label in capitals before a dash does the same ('SOCIAL SERVICES – R. Bloggs (Director); J. Doe (...)').
GROUP_LABEL_RE = re.compile(r"[^\S\n]*+(?:(?P<label>[A-Z][\w'’-]*+(?:[^\S\n][\w'’()-]++){0,3})(?:\t++|[^\S\n]{3,}+)"
                            r"(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Canon|Revd|Rev)\.?[^\S\n]+[A-Z])|"
                            r"(?P<department>[A-Z][A-Z'’&-]++(?:[^\S\n][A-Z'’&-]++){0,5})[^\S\n]++[–—-][^\S\n]++(?=[A-Z]))")



def _group_label(text: str, start: int, end: int) -> int | None:
    """Where the entries start after a label that groups them, if the line opens with one: a label naming no one (a
    department's in capitals may look like a name to the lexicon, so only its first word is asked), then a person."""
    group = GROUP_LABEL_RE.match(text, start, end)
    if group is None:
        return None
    department = group.group("department")
    first = department.split()[0].title() if department else ""
    if department and (is_first_name(first) or is_honorific(first)) or \
            not department and find_names(text, group.start(), group.end(), strict=False):
        return None
    return group.end() if person_at(text, trim(text, group.end(), end)) else None


# A titled name opening an entry, a dash after it: 'Cllr Whitlock - personal, item 43: is a magistrate ...'.
TITLED_ENTRY_DASH_RE = re.compile(r"[^\S\n]++[–—-][^\S\n]")


def _titled_entry(text: str, line: Line) -> bool:
    """A line that opens with a titled name and a dash: an entry and its remark, however much the remark says like a
    sentence."""
    start = trim(text, strip_bullet(text, line).start, line.end).start
    name = name_at(text, start, line.end, strict=False)
    return name is not None and bool(name.title) and TITLED_ENTRY_DASH_RE.match(text, name.end, line.end) is not None


def _entry_people(text: str, line: Line, *, list_title: str | None = None) -> list[Attendee]:
    if is_blank(line) or is_prose(line) and not _titled_entry(text, line):
        return []
    status, end = _status_and_entry_end(text, line)
    substitute = SUBSTITUTE_FOR_RE.search(text[line.start:end])
    end = line.start + substitute.start() if substitute else end  # the member replaced did not come: not an entry
    start = strip_bullet(text, line).start
    initials = INITIALS_LEAD_RE.match(text, start, end)  # 'LK – Lorna Keatley, Director': the initials the notes use
    label = POST_LABEL_RE.match(text, start, end)
    label = label if label and names_post(label.group("post")) and not find_names(text, label.start(), label.end()) \
        else None
    group = None if initials or label else _group_label(text, start, end)
    begin = initials.end() if initials else label.end() if label else group if group else start
    body = _body_cell(text, begin, end)
    begin = body.end if body else begin
    entry = trim(text, begin, end, " \t|*")
    cell = None if initials else INITIALS_CELL_RE.match(text, entry.start, entry.end)
    if cell and name_at(text, cell.end(), entry.end, strict=False):
        # '| DS | Derek Hart | Head of Service |': the initials' own cell, not a rank ('DS') before the name
        entry = trim(text, cell.end(), entry.end, " \t|*")
    in_cells = _surname_first_cells(text, entry)  # 'MARCHBANK, Leda<TAB>PENDLE, A.B.': a member a cell, not one
    inverted = None if list_title or in_cells else inverted_entry(text, entry) or capitals_surname_first(text, entry)
    people = in_cells or ([inverted] if inverted else attendees_in(text, entry, list_title=list_title))
    standing = SUBSTITUTE_MARK_RE.search(text, entry.start, entry.end)
    if standing is not None and len(people) > 1 and STANDING_CELL_RE.match(standing.group(0)):
        # 'Cllr Jo Lee<TAB>Deputising for Cllr Roe': the member replaced, in the standing's own cell, is no entry
        people = [person for person in people if person.name.start < standing.start()] or people
    if label:  # 'Cabinet Member:<TAB>Councillor Jo Bloggs': the label is the post
        for person in people:
            person.role = _labelled_post(text, label, person.role)
    marked_absent = bool(ABSENT_MARK_RE.match(line.text))  # '✗ Cllr Jo Bloggs' in a register of ticks and crosses
    attending = len(people) == 1 and IN_ATTENDANCE_MARK_RE.search(text, begin, end) is not None
    for person in people:
        person.substitute = person.substitute or substitute is not None or len(people) == 1 and \
            SUBSTITUTE_MARK_RE.search(text, line.start, end) is not None  # one member a line: the bracket is theirs
        person.body = body
        person.status = ABSENT if marked_absent else IN_ATTENDANCE if attending else None
        _set_status(text, person, status)
        if attending and person.status == PRESENT:
            person.status = IN_ATTENDANCE  # 'YJB Partnership Manager (attending)   [P]': came, as an officer does
    return people


# 'Adeyemi-Clarke, Folasade (Chairman)': one member a line, surname first, as lists in surname order write them.
INVERTED_RE = re.compile(rf"(?P<surname>(?:Mc|Mac|O['’]|D['’])?[{UPPER}][{LOWER}]+(?:['’-][{UPPER}][{LOWER}]+)?),[^\S\n]+"
                         rf"(?P<forenames>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:[^\S\n]+[{UPPER}]\.?)?)"
                         r"(?=[^\S\n]*(?:\([^()\n]*\)?[^\S\n]*)?$)")  # (a bracket may wrap: '(substitute for' / 'Cllr Bell)')


def inverted_entry(text: str, entry: Span) -> Attendee | None:
    """The member an entry names surname first, alone on its line: the forename one the lexicon knows, or any where
    the line above or below is such an entry too (a list in surname order)."""
    name = _inverted_name(text, entry)
    if name is None:
        return None
    if not is_first_name(name.name.split()[0]):
        neighbours = [_inverted_name(text, trim(text, *bounds)) for bounds in _neighbour_lines(text, entry)]
        if not any(n is not None and is_first_name(n.name.split()[0]) for n in neighbours):
            return None
    return _attendee(text, name, entry, entry)


# 'KILBRIDE, Bernadette – Strategic Director', '(SMc)   McARDLE, Sean – Councillor', 'RAHMAN, Dr Zahir – ...',
# 'EASTWOOD, Marjorie JP – Chair': the surname in capitals first, perhaps after the initials the notes use, then the post.
CAPITALS_FIRST_RE = re.compile(
    rf"(?:\([{UPPER}][{UPPER}a-z]{{0,3}}\)[^\S\n]++)?"
    rf"(?P<particle>(?:AP|AB|VAN|VON|DE|DI|DA|DU|LE|LA)[^\S\n]++)?"  # 'AP IORWERTH, Gwilym': Gwilym ap Iorwerth
    # no comma at all in a list that writes none ('PENHALLOW Hugh (Chair); RUDD Janet'): then a gap, a tab, a semicolon,
    # a bracket, a comma before the post ('RUDD Janet, Head of Service') or the line's end must close the name
    rf"(?P<surname>(?:Mc|Mac|[OD]['’])?[{UPPER}]{{2,}}+(?:[-'’][{UPPER}]{{2,}}+)*+)(?P<comma>,)?+[^\S\n]++"
    rf"(?P<title>(?:Dr|Prof|Professor|Cllr|Councillor|Mr|Mrs|Ms|Miss|Sir|Dame|Revd|Rev|Canon)\.?[^\S\n]++)?"
    # a middle initial after the forename: 'NOWICKI, Tomasz R. (Cllr)'
    rf"(?P<forename>[{UPPER}][{LOWER}]++(?:-[{UPPER}][{LOWER}]++)?)(?P<middle>[^\S\n][{UPPER}]\.)?(?P<honours>(?:[^\S\n][{UPPER}]{{2,4}}+\b)*+)"
    # 'MUNDELL, Trevor (Cllr)': the title in brackets after the forename
    r"(?:[^\S\n]++\((?P<title_after>Dr|Prof|Professor|Cllr|Councillor|Mr|Mrs|Ms|Miss|Revd|Rev|Canon)\.?\))?"
    # any other title or rank in brackets after the forename, as a register sets it ('QURESHI, Nadeem (Ch Supt)'), a
    # slash in its short form too ('OTTERBURN, Graham (C/Supt)')
    rf"(?:[^\S\n]++\((?P<rank>[{UPPER}](?:[A-Za-z]{{0,2}}/)?[A-Za-z]{{1,11}}+\.?(?:[^\S\n][{UPPER}][A-Za-z]{{1,11}}+\.?)?)\)(?=[^\S\n]{{2}}|\t|$))?"
    # a dash, a bracket, the line's end or a register's next column (after a leader of one dot: 'KETTLEBOROUGH, Joanne . Supt')
    r"(?(comma)(?=[^\S\n]*+(?:[–—-]|\(|$)|\t|[^\S\n]{3}|(?<=\))[^\S\n]{2}|[^\S\n]\.[^\S\n])"
    r"|(?=[^\S\n]*+(?:[;(,]|$)|\t|[^\S\n]{2}|[^\S\n][–—-][^\S\n]))")


# 'Thackeray R. (Dr) - Chair', 'Garside M. (Supt, Sallowfield Constabulary)', 'Pardoe O.': a list's entry written
# surname first, then the initials, then the title (and the body) in brackets, as a register in surname order has them.
# (a register's cell may write the initial without its stop, the register's next column after it: 'Oyelaran M    Chair')
SURNAME_INITIALS_RE = re.compile(
    rf"(?P<surname>(?:Mc|Mac|O['’]|D['’])?[{UPPER}][{LOWER}]+(?:['’-][{UPPER}][{LOWER}]+)?)[^\S\n]++"
    rf"(?P<initials>[{UPPER}]\.(?:[^\S\n]?[{UPPER}]\.){{0,2}}|[{UPPER}](?=\t|[^\S\n]{{3}}|$))"
    r"(?:[^\S\n]*+\((?P<title>[A-Za-z]{2,12})\.?(?:\)|(?=,)))?(?=\s*(?:[(,–—-]|$)|\t|[^\S\n]{3})")


# 'THRELFALL J (Chair)<pad>CMBC – Strategic Director<pad>P', 'SIDDIQUI O (Dr)', 'PIM H': a register's member, the
# surname in capitals, then the initials without stops, then the title or the chair's mark in brackets, then the
# register's next column (padding of two blanks or more, 'ASHDOWN S  Designated Doctor', or a tab) or the line's end.
CAPITALS_SURNAME = rf"(?P<surname>(?:Mc|Mac|O['’])?[{UPPER}]{{2,}}+(?:[-'’][{UPPER}]{{2,}}+)*+)[^\S\n]"
# a rank of two words too, as a register sets it ('HAIGH L (Ch Insp)')
BRACKETED_TITLE = r"(?:[^\S\n]*+\((?P<title>[A-Za-z]{2,12}(?:[^\S\n][A-Z][a-z]{1,11})?)\.?\))?"
CAPITALS_INITIALS_RE = re.compile(
    rf"{CAPITALS_SURNAME}(?P<initials>[{UPPER}](?:[^\S\n][{UPPER}]){{0,2}}){BRACKETED_TITLE}(?=\t|[^\S\n]{{2}}|[^\S\n]*+$)")


# 'HARGREAVE P. (Chair); DUNWOODY K. (Vice-Chair); TULL B.': a list's member, the surname in capitals, then the
# initials each with its stop, then a bracket, a semicolon, a comma or the line's end.
CAPITALS_STOPPED_INITIALS_RE = re.compile(
    rf"{CAPITALS_SURNAME}(?P<initials>[{UPPER}]\.(?:[^\S\n]?[{UPPER}]\.){{0,2}}){BRACKETED_TITLE}(?=[^\S\n]*+(?:[;(,]|$)|\t)")


# The parts of a paper or a table named by a letter ('PART B', 'SCHEDULE A.', 'TABLE C'), which a surname in capitals
# and an initial would otherwise read.
LETTERED_PARTS = frozenset({"PART", "PARTS", "SCHEDULE", "ANNEX", "ANNEXE", "APPENDIX", "ENCLOSURE", "ATTACHMENT", "SECTION",
                            "TABLE", "FIGURE", "CHART", "ITEM", "OPTION", "PHASE", "STAGE", "TIER", "BAND", "GRADE",
                            "LEVEL", "CATEGORY", "TYPE", "CLASS", "BLOCK", "ROOM", "WING", "ZONE", "AREA", "PLAN", "ROUTE"})
MC_CAPITALS_RE = re.compile(rf"(?:Mc|Mac)(?=[{UPPER}]{{2}})")


def _cased(word: str) -> str:
    """A surname's part in capitals as the name is written: 'HARGREAVE' is 'Hargreave', 'McCREADY' 'McCready'."""
    prefix = MC_CAPITALS_RE.match(word)
    return prefix.group() + word[prefix.end():].capitalize() if prefix else word.capitalize()


def surname_initials_first(text: str, entry: Span) -> NameMatch | None:
    """The person an entry names surname first with their initials after it ('Pardoe O.', 'Thackeray R. (Dr)', a
    register's 'THRELFALL J (Chair)'), the title in the bracket after them if one opens it: named 'R. Thackeray', so
    the full name elsewhere resolves it."""
    match = SURNAME_INITIALS_RE.match(text, entry.start, entry.end) or \
        CAPITALS_INITIALS_RE.match(text, entry.start, entry.end) or \
        CAPITALS_STOPPED_INITIALS_RE.match(text, entry.start, entry.end)
    if match is None:
        return None
    surname, title = match.group("surname"), match.group("title")
    if surname.upper() in LETTERED_PARTS:
        return None  # 'PART B.', 'SCHEDULE A': a part of a paper and its letter, no one's surname and initial
    if surname.isupper() or MC_CAPITALS_RE.match(surname):
        surname = "-".join(_cased(part) for part in surname.split("-"))
    if any(is_role_word(word) or is_body_word(word) or is_venue_word(word) or is_honorific(word) or word.lower() in CALENDAR_WORDS
           for word in surname.replace("-", " ").split()):
        return None
    # '(SSCB)': the body, read as the role; '(Ch Insp)': a rank of words that are each a title, read as one
    written = title.split() if title is not None else []
    title = split_title(title)[1] if written and all(is_honorific(word) for word in written) else None
    end = match.end() if title and text[match.end() - 1] == ")" else match.end("initials")
    return NameMatch(match.start(), end, f"{match.group('initials')} {surname}", title)


def capitals_surname_first(text: str, entry: Span) -> Attendee | None:
    """The member an entry names surname first in capitals ('KILBRIDE, Bernadette – Strategic Director'), the forename
    one the lexicon knows, or any where the nearest entry above or below is such a name (a list in that form, or one
    of its columns: 'RHYDDERCH, Elgan' under 'PRICE, Anthony'); the post after the dash is the role."""
    named = capitals_first_name(text, entry.start, entry.end)
    if named is None and CAPITALS_FIRST_RE.match(text, entry.start, entry.end) and any(
            capitals_first_name(text, *bounds) for bounds in _nearest_entries(text, entry)):
        named = capitals_first_name(text, entry.start, entry.end, any_forename=True)
    if named is None:
        named = _register_row_name(text, entry)
    return _attendee(text, named, span(text, named.start, entry.end), entry) if named else None


def _register_row_name(text: str, entry: Span) -> NameMatch | None:
    """The name of a register's row written surname first in capitals with one blank before the forename and one
    before the post ('GARTHWAITE Ruth Head of Youth Justice'): no comma or padding marks where the name ends, so the
    forename must be one the lexicon knows, the capitals no heading, body or post, and the nearest row above or below
    such a row too (a register of them, not a line that opens with a word in capitals)."""
    named = _bare_register_name(text, entry)
    if named is None or not is_first_name(named.name.split()[0]):
        return None
    if not any(_bare_register_name(text, trim(text, *bounds)) for bounds in _nearest_entries(text, entry)):
        return None
    title = REGISTER_TITLE_AFTER_RE.match(text, named.end, entry.end)  # 'ELLERBY Margaret Cllr Cabinet Member': hers
    return NameMatch(named.start, title.end("title"), named.name, named.title or title.group("title")) if title else named


# A title after the forename of a register's row, before the post: 'ELLERBY Margaret Cllr Cabinet Member'.
REGISTER_TITLE_AFTER_RE = re.compile(r"[^\S\n]++(?P<title>Cllr|Councillor|Dr|Prof|Revd|Rev)\.?(?=[^\S\n]|$)")


def _bare_register_name(text: str, entry: Span) -> NameMatch | None:
    match = CAPITALS_BARE_RE.match(text, entry.start, entry.end)
    return None if match is None or _not_a_surname(match) else capitals_bare_name(text, entry)


def _capitals_first_list(text: str, entry: Span) -> list[Attendee]:
    """The members of a list parted by semicolons, each written surname first in capitals ('ELSDON, Maureen (Chair);
    BLACKETT, Owen (Vice-Chair); RIDD, Pauline'): every part such a name, one forename at least the lexicon knows (the
    others any that is no word of a post or body); none if any part is something else."""
    parts = [part for bounds in _semicolon_parts(text, entry) if (part := trim(text, *bounds, " \t\n."))]
    if len(parts) < 2 or not all(CAPITALS_FIRST_RE.match(text, part.start, part.end) for part in parts):
        return []
    if not any(capitals_first_name(text, part.start, part.end) for part in parts):
        return []
    names = [capitals_first_name(text, part.start, part.end, any_forename=True) for part in parts]
    if any(name is None for name in names):
        return []
    return [_attendee(text, name, part, part) for name, part in zip(names, parts, strict=True) if name is not None]


NEAREST_SET_IN = 3  # lines set in (a post wrapped under its column) passed over for the nearest entry beyond them


def _nearest_entries(text: str, entry: Span) -> list[tuple[int, int]]:
    """The nearest lines above and below the entry's that hold words, trimmed (in one of two columns side by side the
    other column's words are blanked into empty lines), within a few lines' reach; a line set in further than the
    entry's (a post wrapped under its column: '                Calderholme MBC') is passed over for the one beyond."""
    found: list[tuple[int, int]] = []
    own = text.rfind("\n", 0, entry.start) + 1
    indent = len(text[own:entry.start]) - len(text[own:entry.start].lstrip())
    floor, ceiling = max(0, entry.start - 400), min(len(text), entry.end + 400)
    for step in (-1, 1):
        at = own - 1 if step < 0 else end_of_line(text, entry.end) + 1
        passed = 0
        while passed <= NEAREST_SET_IN and floor <= at < ceiling and not (step < 0 and at <= 0):
            start = max(floor, text.rfind("\n", floor, at) + 1) if step < 0 else at
            stop = at if step < 0 else end_of_line(text, at, ceiling)
            at = start - 1 if step < 0 else stop + 1
            bounds = trim_bounds(text, start, stop, " \t")
            if bounds[0] >= bounds[1]:
                continue  # an empty line (the other column's words, blanked)
            found.append(tuple(bounds))  # type: ignore[arg-type]
            if bounds[0] - start <= indent:
                break
            found.pop()  # a wrapped post's line, set in: the entry beyond it
            passed += 1
    return found


SHORT_CAPITALS = 4  # letters: a surname in capitals this short reads as letters after a name ('OBE', 'KC')


def capitals_first_name(text: str, start: int, end: int, *, known: bool = True, any_forename: bool = False
                        ) -> NameMatch | None:
    """The name text[start:end] opens with, written surname first in capitals ('KILBRIDE, Bernadette'), as the person
    is called ('Bernadette Kilbride'); the forename one the lexicon knows (any, without `known`: a table whose other
    rows are such names; any_forename: any that is no word of a post, a body or a place, where the entries around it
    say the list is one of such names)."""
    match = CAPITALS_FIRST_RE.match(text, start, end)
    if match is None or is_body_word(match.group("surname")) or not match.group("comma") and _not_a_surname(match) \
            or not known and (is_role_word(match.group("forename")) or is_body_word(match.group("forename"))):
        return None
    forename = match.group("forename")
    if known and not is_first_name(forename) and not (any_forename and not any(
            check(forename) for check in (is_role_word, is_body_word, is_venue_word, is_honorific))):
        return None
    surname = match.group("surname")
    # the lexicon reads a surname in capitals after a known forename only, and a short one ('OBI', 'NG') as letters after
    # a name, as it reads 'OBE'
    if match.group("particle") or not is_first_name(forename) or len(surname) <= SHORT_CAPITALS:
        surname = "-".join(part.capitalize() for part in surname.split("-"))
    particle = match.group("particle").strip().lower() + " " if match.group("particle") else ""
    title = match.group("title") or (f"{match.group('title_after')} " if match.group("title_after") else "")
    written = f"{title}{forename}{match.group('middle') or ''} {particle}{surname}{match.group('honours')}"
    name = name_at(written, 0, len(written), strict=False)
    if name is None and (any_forename or not known):  # a forename the lexicon lacks: the words as written
        name = NameMatch(0, len(written), f"{forename} {particle}{surname}", None)
    if name is None:
        return None
    start = match.start("particle") if match.group("particle") else match.start("surname")
    rank = match.group("rank")
    ranked = name_at(f"{rank} {written}", 0, len(rank) + 1 + len(written), strict=False) if rank else None
    if ranked is not None and ranked.title and ranked.name == name.name:
        return NameMatch(start, match.end(), ranked.name, ranked.title)  # '(Ch Supt)': the title
    end = match.start("rank") - 1 if rank else match.end()  # '(Chair)': a marker, read with the post
    return NameMatch(start, text.rfind("(", match.start(), end + 1) if rank else end, name.name, name.title)


def _not_a_surname(match: re.Match[str]) -> bool:
    """Capitals before a word in title case with no comma between are a list's heading, a body, a place or a post
    ('APOLOGIES Helen', 'GULLSTONE Council', 'KINGSWAY Centre') unless every word of the capitals is none of those."""
    if _label_kind(match.group("surname")) is not None:
        return True  # 'APOLOGIES Helen Varley  Head of PDU': a list's heading on the line of its first entry
    words = match.group("surname").replace("'", "-").replace("’", "-").split("-")
    return any(is_role_word(word.capitalize()) or is_body_word(word.capitalize()) or is_venue_word(word.capitalize())
               or is_honorific(word.capitalize()) or word.lower() in CALENDAR_WORDS for word in words if len(word) > 1)


def _inverted_name(text: str, entry: Span) -> NameMatch | None:
    match = INVERTED_RE.match(text, entry.start, entry.end)
    if match is None or match.end() > entry.end:
        return None
    words = match.group("surname").replace("-", " ").split() + match.group("forenames").replace("-", " ").split()
    if any(is_role_word(word) or is_body_word(word) or is_venue_word(word) or is_honorific(word) for word in words):
        return None
    return NameMatch(entry.start, match.end(), f"{match.group('forenames')} {match.group('surname')}", None)


def _neighbour_lines(text: str, entry: Span) -> list[tuple[int, int]]:
    """The lines just above and below the entry's line."""
    start = text.rfind("\n", 0, entry.start) + 1
    end = end_of_line(text, entry.end)
    above = (text.rfind("\n", 0, max(start - 1, 0)) + 1, max(start - 1, 0)) if start else None
    below = (end + 1, end_of_line(text, end + 1)) if end < len(text) else None
    return [bounds for bounds in (above, below) if bounds]


def _body_cell(text: str, start: int, end: int) -> Span | None:
    """'| Westmere Council | Jo Bloggs | Head of Service | Attended |': a table row whose first cell is the body the
    member sits for (no name and no post in it), then a cell that begins with a person, then at least one more (their
    seat or their attendance): the first cell, if so."""
    row = cells(text, span(text, start, end))
    if len(row) < 3 or text[start:row[0].start].strip(" \t|") or not re.search(r"[A-Z]", row[0].text[:1]):
        return None
    first = row[0].text
    if names_post(first) or find_names(text, row[0].start, row[0].end, strict=False) or is_prose(row[0]) or \
            any(is_honorific(word.strip(".")) for word in first.split()):  # '| Cllr | Jo Bloggs |': the title's column
        return None
    return row[0] if person_at(text, row[1]) is not None else None


# A row whose name cell says the seat is empty: '(vacant)<TAB>Westmere Council<TAB>Consultant in Public Health'.
# (Its blanks before the word are crossed once: a line opening with a long run of them stays linear.)
VACANT_ROW_RE = re.compile(r"[^\S\n]*+\(?[^\S\n]*+(?:seat[^\S\n]+|post[^\S\n]+)?(?:vacant|vacancy)[^\S\n]*\)?(?:\t|[^\S\n]{2,}|$)",
                           re.IGNORECASE)
# A register's last cell that says no one holds the seat: 'Post vacant', '(seat vacant)', 'Vacant'.
# Each run of spaces is crossed once (possessive), so a long run in a row stays linear.
VACANT_CELL_RE = re.compile(r"(?:\||\t|(?<![^\S\n])[^\S\n]{3})[^\S\n]*+\(?(?:(?:post|seat|position)[^\S\n]+)?vacant\)?"
                            r"[^\S\n]*+\|?[^\S\n]*+$", re.IGNORECASE)


# A row whose name cell holds only a dash, and a cell of it says the seat is empty: '-<TAB>Magistrate representative
# (vacancy)<TAB>Westmere Bench<TAB>-'. Matched at the line's start only, its run to the word crossed once.
DASHED_VACANT_ROW_RE = re.compile(r"[^\S\n]*+[-–—][^\S\n\t]*+(?:\t|\|)[^\n]*?\bvacan(?:t|cy)\b", re.IGNORECASE)


def _vacant_seat(text: str, line: Line) -> bool:
    """'| Westmere Council | Director of Public Health | (seat vacant) | Apologies |', '| Director of Public Health |
    HMBC | Post vacant |', '(vacant)<TAB>Westmere Council': a row with no one in it, which the rows below go on from
    (no part of the role above)."""
    return line.text.lstrip().startswith("|") and (status_cell(text, line) is not None
                                                   or VACANT_CELL_RE.search(line.text) is not None) or \
        VACANT_ROW_RE.match(line.text) is not None or DASHED_VACANT_ROW_RE.match(line.text) is not None


def _list_runs_on(text: str, all_lines: list[Line], index: int, run_heads: dict[int, int]) -> str | None:
    """'Councillors Ashworth,' then 'Bellamy-Rudd, Tennant and Wolstenholme' on the next line: the list under the
    plural honorific runs on, so its surnames are councillors too."""
    row = index  # (a few lines up, through lines that each run on from the one above: 'Councillors A (Leader; X), B'
    while index - row < RUN_ON_LINES and row > 0 and _runs_on_from_above(all_lines, row):  # / '(Y), C (Z),' / 'D')
        row -= 1
        if PLURAL_COUNCILLORS_RE.search(all_lines[row].text):
            return "Councillor"
    # 'Councillors   Adams   Baker' then indented rows of more surnames: a grid under the one label
    row = _indented_run_head(all_lines, index, run_heads)
    return "Councillor" if row < index and GRID_LABEL_RE.match(all_lines[row].text) else None


RUN_ON_LINES = 6  # the lines a list under its plural honorific runs on to


def _runs_on_from_above(all_lines: list[Line], index: int) -> bool:
    """The line goes on with the list above it: the line above ends with a comma or 'and' or leaves a bracket open
    ('Councillors A (Deputy' / 'Leader; Resources), B'), or the line opens with the bracket of the entry above
    ('Councillors A, B' / '(Children and Families), C (Housing)')."""
    above = all_lines[index - 1].text.rstrip()
    return above.endswith(",") or bool(re.search(r"\s(?:and|&)$", above)) or above.count("(") > above.count(")") \
        or all_lines[index].text.lstrip().startswith("(")


def _indented_run_head(all_lines: list[Line], index: int, run_heads: dict[int, int]) -> int:
    """The line an indented run hangs from (the line itself when it is not indented). The heads found are kept in
    `run_heads`, so a list's every line asking costs one walk up its run, not one each."""
    row = index
    while row > 0 and row not in run_heads and _indented(all_lines[row]):
        row -= 1
    head = run_heads.get(row, row)
    for visited in range(row, index + 1):
        run_heads[visited] = head
    return head


def _indented(line: Line) -> bool:
    return line.text[:1] in " \t" and bool(line.text.strip())


# (after a colon, two blanks are the column's padding: 'Cynghorwyr:  Siân Rowlands     Huw Parry-Ellis')
GRID_LABEL_RE = re.compile(rf"[^\S\n]*{COUNCILLORS_WORD}(?::[^\S\n]{{2}}|:?(?:\t|[^\S\n]{{3,}}))[^\S\n]*\S", re.IGNORECASE)


# The sentences that say who sent apologies, read around the word: 'Apologies were received from A, B and C', 'The
# Chair reported apologies from A and B', 'X had also sent his apologies', and under an 'Apologies' heading, 'These
# were received from A and B'.
APOLOGY_RE = re.compile(r"\bapolog(?:y|ies)\b", re.IGNORECASE)
# After the word: who they came from ('for' only before a name: 'apologies for absence from X').
APOLOGY_FROM_RE = re.compile(r"\s(?:from|on\s+behalf\s+of|by)\s+|\sfor\s+(?=(?-i:[A-Z])(?!bsence))", re.IGNORECASE)
# Before it: the verb of the people who sent them ('X sent apologies', 'Y had also sent her apologies').
SENT_APOLOGY_RE = re.compile(r"(?:\b(?:had|have|has)\s+)?(?:\b(?:also|both|all)\s+)?\b(?:sent|sends?|gave|give|gives|tendered|"
                             r"tenders?|offered|submitted|conveyed|extended)\s+(?:(?:his|her|their|its)\s+)?"
                             r"(?:(?:sincere|formal)\s+)?$", re.IGNORECASE)
NEGATED_RE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s*$", re.IGNORECASE)
# A negation of the apologies themselves: 'No apology was received from X', 'There were no apologies', 'without
# apologies', and 'Apologies were not received from X': the sentence names who did not send them.
NO_APOLOGY_RE = re.compile(r"\b(?:no|nor|without|not\s+any)\s+(?:(?:further|other|formal)\s+)?$", re.IGNORECASE)
NOT_RECEIVED_RE = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
SENT_REACH = 120  # characters: the verb that sent the apologies stands just before the word ('had also sent her sincere')
THESE_RECEIVED_RE = re.compile(r"\b(?:these|they)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
                               r"(?:received|submitted|given|tendered|noted|reported|recorded|sent)\s+(?:from|on\s+behalf\s+of|by)\s+",
                               re.IGNORECASE)
# A semicolon ends a clause ('X sent apologies; Y attended as substitute'), but in a list it parts its people ('from
# Councillors A and B; Mr C (Group)'): it ends the list only before a clause with a verb of its own.
CLAUSE_VERB_RE = re.compile(rf"{SENTENCE_VERB_RE.pattern}|\b(?:attended|sat|substituted|deputised|there)\b", re.IGNORECASE)


def apologies_in_prose(text: str, start: int = 0, end: int | None = None) -> Iterator[Attendee]:
    """The people a sentence says sent apologies: after the word ('Apologies were received from Councillor A and Mr B
    (Group)', 'reported apologies from X'), or before it as the subject of sending them ('Jane Doe sent apologies',
    'X (Post) had also sent his apologies'); and under an apologies heading, 'These were received from A and B'."""
    end = len(text) if end is None else end
    for word in APOLOGY_RE.finditer(text, start, end):
        if PART_APOLOGY_RE.match(text, word.end()):
            continue  # 'gave apologies for lateness and arrived at 7.20pm': there for the rest of the meeting
        stop = _clause_end(text, word.end(), end)
        if _in_a_row(text, word.start()):  # 'No   Apologies received': a register's remark ends with its row
            stop = min(stop, end_of_line(text, word.end()))
        source = APOLOGY_FROM_RE.search(text, word.end(), stop)
        negated = NO_APOLOGY_RE.search(text, max(start, word.start() - 30), word.start()) or (
            source is not None and NOT_RECEIVED_RE.search(text, word.end(), source.start()))
        # 'Apologies (represented by Inspector X)': a bracket after the word names who came in the member's place
        if source and not negated and "(" not in text[word.end():source.start()]:
            recorded = RECORDED_RE.search(text, source.end(), stop)  # 'Apologies from Dr X were recorded'
            # 'Apologies were received from Cllr A, with Cllr B substituting': B sat in A's place, and sent none
            substituted = WITH_SUBSTITUTE_RE.search(text, source.end(), stop)
            listed = trim(text, source.end(), min(found.start() for found in (recorded, substituted) if found)
                          if recorded or substituted else stop, " \t")
            substitutes = [range(m.start(), m.end()) for m in FOR_WHOM_RE.finditer(text, listed.start, listed.end)]
            if listed:
                yield from (attendee for attendee in attendees_in(text, listed)
                            if not any(attendee.name.start in clause for clause in substitutes))
        clause = _clause_start(text, word.start(), start)
        sent = SENT_APOLOGY_RE.search(text, max(clause, word.start() - SENT_REACH), word.start())
        if sent and not NEGATED_RE.search(text, clause, sent.start()):  # 'X had not sent apologies'
            subject = trim(text, clause, sent.start(), " \t")
            if subject and not RELATIVE_RE.search(text, max(subject.start, subject.end - RELATIVE_REACH), subject.end):
                # (not '..., who sent apologies': the clause reader's, for the entry before 'who'); 'Ch Supt Jo Hart of
                # Westmere Police had sent apologies': a name and the body they come from
                yield from attendees_in(text, subject) or _name_of_body(text, subject)
    for match in THESE_RECEIVED_RE.finditer(text, start, end):
        listed = trim(text, match.end(), _clause_end(text, match.end(), end), " \t")
        if listed:
            yield from attendees_in(text, listed)


# The passive that closes a clause of apologies after its people: 'Apologies from A and B were recorded'.
RECORDED_RE = re.compile(r"(?<!\s)\s++(?:was|were|(?:had|has|have)\s+been)\s+(?:duly\s+)?(?:recorded|received|noted|given|"
                         r"reported|accepted|tendered)\b", re.IGNORECASE)


# Apologies for part of a meeting only: the member came ('apologies for lateness', 'for the second half of the meeting').
PART_APOLOGY_RE = re.compile(r"\s+for\s+(?:lateness|late\s+arrival|(?:the\s+)?(?:second|latter|first)\s+(?:half|part)\b|"
                             r"leaving\s+early|(?:arriving|being)\s+late)", re.IGNORECASE)


def _apologised_for_part(text: str, attendee: Attendee) -> bool:
    """An entry under 'Apologies' whose own words give apologies for part of the meeting only."""
    word = APOLOGY_RE.search(text, attendee.name.end, attendee.evidence.end)
    return word is not None and PART_APOLOGY_RE.match(text, word.end()) is not None


# 'from Councillor A, with Councillor B substituting': the substitute is named after 'with', in an absolute clause.
# (a run of blanks is entered from its first only)
WITH_LEAD_RE = re.compile(r"(?<![^\S\n])(?:,[^\S\n]*+|[^\S\n]++)with\s++", re.IGNORECASE)
ABSOLUTE_VERB_RE = re.compile(r"\b(?:substitut|deputi[sz])ing\b", re.IGNORECASE)
WITH_SUBSTITUTE_RE = re.compile(rf"{WITH_LEAD_RE.pattern}(?=[^,.;]{{0,60}}?{ABSOLUTE_VERB_RE.pattern})", re.IGNORECASE)
# 'from Councillor A, for whom Councillor B substituted,': B sat in A's place, and sent no apologies.
FOR_WHOM_RE = re.compile(r",\s*(?:for|in\s+place\s+of)\s+whom\s+[^,.;]{3,80}?\b(?:substituted|deputised|attended|sat)\b",
                         re.IGNORECASE)


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Where the clause holding pos begins: its sentence's start (over lines the margin broke), a semicolon, or a table's
    cell bar ('| DI Jo Hart | deputising for Supt Lee |': the cell is the clause, not the rows above it)."""
    begin = wrapped_sentence_start(text, pos, floor)
    return max((begin + m.end() for m in re.finditer("[;|]", text[begin:pos])), default=begin)


def _clause_end(text: str, pos: int, end: int) -> int:
    """Where the clause at pos ends: its sentence's end, or a semicolon before a clause with a verb of its own."""
    stop = sentence_end(text, pos, end)
    for semicolon in re.finditer(";", text[pos:stop]):
        following = text[pos + semicolon.end():stop].split(";")[0]
        if CLAUSE_VERB_RE.search(following):
            return pos + semicolon.start()
    return stop


# 'Councillor A attended as substitute for Councillor B', 'Mr C was present as deputy for Ms D', 'E substituted for F',
# 'Insp. G attended in place of Ch Supt H'.
# (The spaces before the verb are matched from their first only: from each of a long run's, the search is quadratic.)
# 'Apologies: Jo Bloggs (Jo Lee, Senior Officer, attended in his place)': the member is named before.
SUBSTITUTE_PROSE_RE = re.compile(r"(?<!\s)\s+(?:(?:attended|was\s+present|sat)\s+as\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:named\s+)?"
                                 # (not 'A was substituted by B': B sat, read by `_substituted_by`)
                                 r"(?:substitute|deputy)(?:\s+member)?|substitut(?:ed|ing)(?!\s+by\b)|deputis(?:ed|ing)|"
                                 r"attended\s+in\s+(?:his|her|their)\s+place\b|attended\s+in\s+place\s+of\b)"
                                 r"(?:\s+for\b)?", re.IGNORECASE)
SUBJECT_DASH_RE = re.compile(r"(?<=\S)[^\S\n]++[–—-][^\S\n]++(?=\S)")
FOR_WHOM_LEAD_RE = re.compile(r",\s*(?:for|in\s+place\s+of)\s+whom\s+", re.IGNORECASE)
AS_SUBSTITUTE_RE = re.compile(r"(?:attended|was\s+present|sat)\s+as\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?|attended\s+(?=in\s+place\s+of\b)",
                              re.IGNORECASE)


SUBSTITUTE_REACH = 300  # how far before its verb a substitute's name and post are read
CELL_GAP_BEFORE_RE = re.compile(r"(?<=\S)(?:\t|[^\S\n]{3})")  # a row's cells parted: a tab or wide padding after words
WORD_IN_CELL_RE = re.compile(r"[^\W\d_]{2}")


def _in_a_row(text: str, pos: int) -> bool:
    """Whether the word at pos stands in a row of cells, a cell of words and a tab or wide padding before it on its
    line (a register's remark: 'BENSON, Margaret      No      Apologies'), so its clause is the row's, not the rows'
    around it; a paragraph's number before its padding ('4.    Apologies were received from ...') is no cell."""
    begin = start_of_line(text, pos)
    gap = CELL_GAP_BEFORE_RE.search(text, begin, pos)
    return gap is not None and WORD_IN_CELL_RE.search(text, begin, gap.start()) is not None


def substitutes_in_prose(text: str, start: int = 0, end: int | None = None) -> Iterator[Attendee]:
    """The people a sentence says sat for another ('Councillor A attended as substitute for Councillor B'), each with
    the words that say for whom as their role; the member replaced did not come."""
    end = len(text) if end is None else end
    for verb in SUBSTITUTE_PROSE_RE.finditer(text, start, end):
        # (a substitute is named just before the verb: a clause of thousands of words is not read again for each verb)
        begin = _clause_start(text, verb.start(), max(start, verb.start() - SUBSTITUTE_REACH))
        in_row = _in_a_row(text, verb.start())
        if in_row:  # 'LOWERY, Tamsin      Present      Substituting for Cllr Fairclough': a register's row is the
            begin = max(begin, start_of_line(text, verb.start()))  # clause, not the rows around it to a full stop
        for_whom = FOR_WHOM_LEAD_RE.search(text, begin, verb.start())
        if for_whom:  # 'Councillor A, for whom Councillor B substituted': B sat for A, named before
            begin = for_whom.end()
        with_lead = list(WITH_LEAD_RE.finditer(text, begin, verb.start())) if ABSOLUTE_VERB_RE.search(verb.group(0)) else []
        if with_lead:  # 'Apologies were received from Cllr A, with Cllr B substituting': B sat, named after 'with'
            begin = with_lead[-1].end()  # (not 'A, together with B, substituted for C')
        opened = text.rfind("(", begin, verb.start())
        if opened > text.rfind(")", begin, verb.start()):  # 'from Councillor B (Councillor A substituting)'
            begin = opened + 1
        dashes = [dash for dash in DASH_LEAD_RE.finditer(text, begin, verb.start())
                  if (named := find_names(text, dash.end(), verb.start(), strict=False)) and named[0].start == dash.end()]
        if dashes:  # 'Penhallow H. (Post) - Dyfrig Lewis, Officer, attended in his place': the name after the dash sat
            begin = dashes[-1].end()
        subject = trim(text, begin, verb.start(), " \t")
        dash = list(SUBJECT_DASH_RE.finditer(text, subject.start, subject.end)) if subject else []
        body = None
        if dash and find_names(text, dash[-1].end(), subject.end, strict=False):
            # 'Jo Bloggs, Westmere CRC - Ann Lee attended in her place': who came is named after the dash, for the body
            # of the member named before it
            absent = find_names(text, subject.start, dash[-1].start(), strict=False)
            written = trim(text, absent[0].end, dash[-1].start(), " \t,") if absent else None
            body = written if written and is_organisation_name(written.text) else None
            subject = trim(text, dash[-1].end(), subject.end, " \t")
        if subject:
            subject = _relative_antecedent(text, subject)
        replaced = find_names(text, verb.end(), end_of_line(text, verb.end()) if in_row else _clause_end(text, verb.end(), end))
        whom = replaced[0].end if replaced and not text[verb.end():replaced[0].start].strip() else verb.end()
        if whom == verb.end() and verb.group(0).lower().endswith("for"):
            whom = _body_sat_for(text, verb.end(), end)  # 'deputised for Caldermoss Constabulary': the body's seat
        role = trim(text, verb.start(), whom, EDGE_CHARS + "\n")  # the verb may open a line
        lead = AS_SUBSTITUTE_RE.match(role.text)
        role = trim(text, role.start + lead.end(), role.end) if lead else role
        for attendee in attendees_in(text, subject) if subject else []:
            attendee = replace(attendee, body=body, body_written=True) if body and not attendee.body else attendee
            yield replace(attendee, evidence=span(text, begin, role.end), role=role, substitute=True)


BODY_SAT_FOR_RE = re.compile(r"\s*+(?:the\s++)?[A-Z][\w'’&-]*+(?:[^\S\n]*+\n?[^\S\n]*+(?:of|and|&|[A-Z][\w'’&-]*+))*")


def _body_sat_for(text: str, start: int, end: int) -> int:
    """Where the body a member sat for ends ('deputised for Caldermoss Constabulary.'): its capitalised words, within
    the clause; `start` where none is written."""
    body = BODY_SAT_FOR_RE.match(text, start, _clause_end(text, start, end))
    return body.end() if body and is_organisation_name(" ".join(body.group(0).split())) else start


# 'Councillor A was substituted by Councillor B', 'Dr C had been replaced by D for the day': the member named first did
# not come, the one after 'by' sat in their place. (?<!\s): a run of blanks is entered once, from its start.
SUBSTITUTED_BY_RE = re.compile(r"(?<!\s)\s++(?:was|were|had\s+been|has\s+been)\s+(?:substituted|replaced|deputised)\s+(?:for\s+)?by\s+",
                               re.IGNORECASE)


def _substituted_by(text: str, start: int, end: int) -> Iterator[tuple[Attendee, Attendee]]:
    """Each member a passive sentence says another sat for, and the one who sat for them (marked a substitute)."""
    for verb in SUBSTITUTED_BY_RE.finditer(text, start, end):
        subject = trim(text, _clause_start(text, verb.start(), max(start, verb.start() - SUBSTITUTE_REACH)), verb.start(),
                       " \t\n")
        members = [a for a in attendees_in(text, subject) if _named_person(a.name)] if subject else []
        deputy = name_at(text, verb.end(), min(end, verb.end() + NAME_REACH), strict=False)
        if len(members) != 1 or deputy is None or deputy.start != verb.end() or not _named_person(deputy):
            continue
        evidence = span(text, members[0].name.start, deputy.end)
        yield replace(members[0], evidence=evidence), Attendee(deputy, evidence, None, substitute=True)


def _relative_antecedent(text: str, subject: Span) -> Span:
    """The subject of a relative clause: the entry after the last comma before ', who' ('A, B and C were present,
    together with D, who attended as substitute for E': D alone), or the whole subject if no name stands there."""
    relative = RELATIVE_RE.search(text, max(subject.start, subject.end - RELATIVE_REACH), subject.end)
    if relative is None:
        return subject
    lead = text.rfind(",", subject.start, relative.start())
    antecedent = trim(text, lead + 1, relative.start(), " \t\n") if lead != -1 else None
    return antecedent if antecedent and any(True for _ in attendees_in(text, antecedent)) else subject


DECLARED_BY_RE = re.compile(r"\b(?:declared|disclosed|registered)\s+(?:an?\s+|their\s+|his\s+|her\s+)?"
                            r"(?:personal\s+|prejudicial\s+|pecuniary\s+|non-pecuniary\s+|other\s+|"
                            r"significant\s+|disclosable\s+)*(?:and\s+\w+\s+)?interests?\b"
                            # 'Dr X declared that her spouse is employed by the provider': the tie declared
                            # ('Mrs X declared that a family member is employed by the service': a relative unnamed;
                            # 'a close family member', 'her eldest son', 'an immediate relative': one word of kin before)
                            r"|\b(?:declared|disclosed)\s+that\s+(?:her|his|their|an?)\s+(?:[a-z]+\s+)?(?:spouse|partner|"
                            r"husband|wife|sons?|daughters?|child|relative|family\s+member)\b", re.IGNORECASE)
# The capacity an interest is declared in: '... in item 4 as a serving magistrate who sits on the youth panel', '... as she
# is a foster carer approved by the council.'
CAPACITY_RE = re.compile(r"\bas\s+(?:(?:she|he|they)\s+(?:is|are|was|were)\s+)?(?:an?\s+|the\s+)?"
                         r"(?P<capacity>[^.;,()]{3,100}?)\s*(?=\bwho\b|\bwhich\b|[.;,()]|$)", re.IGNORECASE)


def interest_capacity(text: str, after: int) -> str | None:
    """The capacity a declaration after a name states, within its sentence (None if it states none)."""
    found = CAPACITY_RE.search(text, after, sentence_end(text, after))
    return " ".join(found.group("capacity").split()) if found else None


DECLARED_FROM_RE = re.compile(r"\b(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+){0,2}interests?\s+"
                              r"(?:was|were)\s+(?:made|received)\s+(?:by|from)\s+", re.IGNORECASE)


# 'declared a personal interest ... as a member of the Penrhos Youth Justice Management Board'
MEMBER_OF_BOARD_RE = re.compile(r"\bas\s+(?:a\s+)?member\s+of\s+the\s+(?P<board>(?:[A-Z][\w'’&-]*\s+){1,6}Board)\b")


def _member_of_the_board(ctx: Context, meeting: Meeting, attendee: Attendee) -> int:
    """A councillor whose declared interest is their seat on the area's youth justice board is its member."""
    stop = sentence_end(ctx.text, attendee.evidence.end, min(len(ctx.text), attendee.evidence.end + 200))
    member = MEMBER_OF_BOARD_RE.search(ctx.text, attendee.evidence.start, stop)
    board = " ".join(member.group("board").split()) if member else ""
    if not (member and meeting.area and YOUTH_JUSTICE_BOARD_RE.search(board)) or SAFEGUARDING_RE.search(board):
        return 0
    ctx.person_role(attendee.name, "board_member", span(ctx.text, member.start(), member.end()),
                    role=f"member of the {board}", organisation=ctx.gazetteer.organisation(f"{meeting.area} YOS",
                                                                                           meeting.area).name)
    return 1


def declared_interests(text: str, start: int = 0, end: int | None = None) -> Iterator[Attendee]:
    """'Councillor Godier declared a personal interest ...' and 'Declarations ... were made by X'."""
    end = len(text) if end is None else end
    for match in DECLARED_BY_RE.finditer(text, start, end):
        begin = sentence_start(text, match.start(), start)
        if begin == start or text[begin - 1] == "\n":  # 'Mr' / 'Ferris declared ...': the sentence began on the line above
            begin = wrapped_sentence_start(text, match.start(), start)
        subject = trim(text, begin, match.start(), " \t\n")
        number = PARAGRAPH_NUMBER_RE.match(subject.text) if subject else None
        if subject and number:  # '2.1 Dr Jo Bloggs declared ...': the minute's paragraph number opens the sentence
            subject = trim(text, subject.start + number.end(), subject.end, " \t")
        if subject and not re.match(r"(?:no|none|there)\b", subject.text, re.IGNORECASE):
            yield from (a for a in attendees_in(text, subject) if a.name.title or is_first_name(a.name.name.split()[0]))
    for match in DECLARED_FROM_RE.finditer(text, start, end):
        listed = trim(text, match.end(), end_of_line(text, match.end(), end), " \t")
        if listed:
            yield from attendees_in(text, listed)



# --- officers and guests named in prose --------------------------------------------------------

# (?<!\s): a run of spaces before a verb is entered once, from its start, not from each of its spaces.
OFFICER_VERB_RE = re.compile(
    r"(?<!\s)\s*(?:introduced|presented|advised|informed|reported|explained|outlined|gave|summarised|summarized|provided|"
    r"updated|confirmed|responded|answered|highlighted|described|tabled|attended|spoke|delivered|clarified|"
    r"joined\s+(?:the\s+(?:meeting|panel|committee|board)|for\s+(?:this|the)\s+item)|"
    r"replied|circulated|(?:will|would)\s+(?:attend|be\s+in\s+attendance)|(?:was|were)\s+(?:also\s+)?in\s+attendance|"
    r"took\s+(?:members|the\s+(?:panel|committee|board|meeting))\s+through|"
    r"(?:was|were)\s+(?:also\s+)?present\s+for\s+(?:this|the)\s+item)\b",
    re.IGNORECASE)
# Those who came with the officers a verb names: 'X presented the report together with Y and Z'.
COMPANIONS_RE = re.compile(r"(?:\b(?:together\s+with|accompanied\s+by|alongside|(?:joined|supported)\s+by|with\s+the\s+support\s+of)"
                           # 'attended by X (Post) and by Y, Post': the lead's 'by' again opens the next guest
                           r"|(?<=[\w),])\s*+\band\s++by)"
                           r"\s+(?:(?:his|her|their)\s+colleagues?\s+)?", re.IGNORECASE)  # 'together with his colleague X'

# A second predicate of the sentence after the companions: ', and said the YJB would'.
PREDICATE_JOINED_RE = re.compile(r",\s+and\s+(?=(?:also\s+)?(?:said|added|asked|explained|noted|confirmed|agreed|"
                                 r"offered|reported|described|undertook)\b)")
# Verbs that say only that someone came: what a board's minutes say of guests.
ATTENDED_VERB_RE = re.compile(
    r"(?<!\s)\s*(?:attended|joined\s+the\s+meeting|(?:will|would)\s+(?:attend|be\s+in\s+attendance)|"
    r"(?:was|were)\s+(?:also\s+)?in\s+attendance)\b", re.IGNORECASE)
# Between a name and its verb: the post in brackets or between commas, which a relative clause may follow ('Jo Lee,
# HM Inspector, who led the screening, attended').
APPOSITION_RE = re.compile(r"^\s*(?:\(([^()]{2,120})\)|,\s*([^,.;()]{2,120}),(?:\s*who\s[^.;()]{2,200}?,)?)?\s*,?\s*$")
BETWEEN_NAMES_RE = re.compile(r"^\s*(?:\([^()]{2,120}\)|,\s*[^,.;()]{2,120}(?=,))?\s*(?:,\s*and|,|and|&)\s*$")
# Between two people of a list: the first one's post, a separator, the next one's post ('Inspectors').
LIST_SEPARATOR_RE = re.compile(r"\s*(?:,\s*and|,|\band|&)\s+")
LIST_TAIL_RE = re.compile(r"(?:\s+(?:also|both|all|each|jointly|then))+\s*$", re.IGNORECASE)
LIST_WORDS = 60
GAP_WORDS = 12
EDGE_OF_POST = " \t\n,()"


def _posts_written(people: list[tuple[NameMatch, Span | None]]) -> int:
    """How many of the people have a post written after their name (a lead before the list may be no post)."""
    return sum(post is not None and post.start > name.start for name, post in people)


def officers_in_prose(text: str, verbs: re.Pattern[str], start: int = 0, end: int | None = None, *,
                      councillors: bool = False) -> Iterator[Attendee]:
    """'X, Head of Service, introduced the report', 'the Head of Service (X) presented it', 'X and Y will attend',
    'X, Post, Y and Z from the trust, and Inspectors V and W of the police also attended'. Councillors are members,
    not officers, and are left out; with `councillors`, only they are read ('Councillor X, Cabinet Member for
    Children, attended for this item')."""
    end = len(text) if end is None else end
    for verb in verbs.finditer(text, start, end):
        if IN_PLACE_OF_RE.match(text, verb.end(), end) or _sat_for_someone(text, verb.end(), end):
            continue  # 'Inspector Jo Lee attended for Supt Bloggs': a deputy sitting for a member, read with the list
        begin = wrapped_sentence_start(text, verb.start(), start)
        numbered = PARAGRAPH_NUMBER_RE.match(text, begin, verb.start())
        begin = numbered.end() if numbered else begin  # '4.1 Jo Lee, Head of Service, attended': the minute's number
        subjects = _subjects(text, begin, verb.start())
        listed = _listed_subjects(text, begin, verb.start())
        # the last of a list has its post beside it too; the list reads the posts of the others ('X, Post, and Y')
        people = listed if (len(listed), _posts_written(listed)) > (len(subjects), _posts_written(subjects)) \
            else subjects
        evidence = span(text, begin, verb.end())
        companions: list[tuple[NameMatch, Span | None]] = []
        joined = COMPANIONS_RE.search(text, verb.end(), sentence_end(text, verb.end(), end)) if people else None
        if joined:  # 'X introduced the report together with Inspector Y of the police and Z, the service's lead'
            stop = sentence_end(text, joined.end(), end)
            predicate = PREDICATE_JOINED_RE.search(text, joined.end(), stop)  # '..., Partnership Manager, and said'
            stop = predicate.start() if predicate else stop
            companions = _listed_subjects(text, joined.end(), stop)
            evidence = span(text, begin, stop) if companions else evidence
        for name, role in people + companions:
            if (name.title == "Councillor") == councillors:
                yield Attendee(name, evidence, role)


# 'will attend', 'would be in attendance': who is to come, to this meeting or another
FUTURE_ATTENDANCE_RE = re.compile(r"\b(?:will|would)\s+(?:attend|be\s+in\s+attendance)$", re.IGNORECASE)
# 'attended for Supt Bloggs', 'attended for Dr Hart': for a person (an honorific or a rank), not for an item;
# 'attended on behalf of Jo Bloggs', 'in place of Jo Bloggs'
IN_PLACE_OF_RE = re.compile(r"\s+(?:on\s+behalf\s+of|in\s+place\s+of)\s+(?:[A-Z][a-z]*\.?\s+)?[A-Z]|\s+for\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Supt|Superintendent|Insp|Inspector|"
                            r"Sgt|Sergeant|DCI|Ch\.?\s+(?:Supt|Insp)|Chief\s+(?:Superintendent|Inspector))\.?\s+)[A-Z]")


# The number of a minute's paragraph before its first sentence: '4.1 ', '12. ', '(b) '.
PARAGRAPH_NUMBER_RE = re.compile(r"[^\S\n]*(?:\d{1,3}(?:\.\d{1,3})*\.?|\([a-z0-9]{1,3}\))[^\S\n]+")


# --- attendance told in sentences ---------------------------------------------------------------
# One reader for the sentences a record tells its attendance in, clause by clause: 'The meeting was chaired by A (Post).
# Also present were B (Post), C and D of the trust. E attended for F (Body), who sent apologies, as did G. Joining for
# item 3 only: H, Analyst. Notes taken by J, Officer.' Each clause's own words give the status of the people it names;
# 'as did' gives the clause before's. A post with no name ('the Strategic Director attended') names no one.

@dataclass(frozen=True)
class ProseEntry:
    """One person an attendance sentence names, and the kind of list its clause amounts to: PRESENT (with `chair` for
    'was chaired by'), ALSO_PRESENT, IN_ATTENDANCE, APOLOGIES or MINUTES; a deputy ('E attended for F') is PRESENT and
    marked `substitute`, and the member they sat for is an APOLOGIES entry. sat_for: a member's substitute's words for
    whom they sat ('substitute for Councillor B'), the role of their deputy's relation."""

    attendee: Attendee
    kind: str
    sat_for: str | None = None


# Leads after which a clause lists its people. (A heading's 'Also present:' at a line's start is a list's, read above.)
LIST_LEAD_RE = re.compile(
    r"(?P<chaired>\b(?:meeting|board|panel|committee)\s+was\s+chaired\s+by\s+)"
    r"|(?P<also>\balso\s+present(?:\s+for\s+(?:this|the)\s+(?:item|meeting))?\s+(?:was|were)\s+)"
    r"|(?P<present>\bpresent\s+(?:with\s+(?:him|her|them)\s+)?(?:was|were)\s+|\b(?:meeting|board|panel|committee)\s+was\s+attended\s+by\s+)"
    # 'The meeting opened at 10am. Members present: A (Chair), B and C.': a heading's words run into a paragraph
    # a list's heading run into a paragraph after a sentence: 'The meeting opened at 10am. Members present: A (Chair),
    # B and C. In attendance: D (Clerk).' (the label's words say the status, as a heading's do)
    r"|(?P<run_in>\b(?P<label>(?:(?:members|councillors|those|also)\s+)?present|(?:also\s+)?in\s+attendance|"
    r"officers(?:\s+(?:present|in\s+attendance))?|apologies(?:\s+for\s+absence)?)[^\S\n]*+:[^\S\n]*+)"
    r"|(?P<attending>\b(?:also\s+)?(?:in\s+attendance|attending)(?:\s+for\s+(?:this|the)\s+(?:item|meeting))?\s+(?:was|were)\s+"
    r"|\bofficers\s+(?:present|in\s+attendance)\s+(?:was|were)\s+"
    r"|\bitem\s+was\s+(?:also\s+)?attended\s+by\s+"
    # 'The meeting was also attended by X (Post) and by Y': guests beside the members the list above names
    r"|\b(?:meeting|board|panel|committee)\s+was\s+also\s+attended\s+by\s+"
    # 'He was supported by Ms X, YOS Manager; Superintendent Y of the police and Dr Z': officers who came with him
    r"|\b(?:he|she|they)\s+(?:was|were)\s+supported\s+by\s+"
    r"|\bjoin(?:ing|ed)(?:\s+the\s+meeting)?\s+for\s+(?:agenda\s+)?items?\s+\w{1,4}(?:\s+only)?(?:\s*:|\s+(?:was|were)\b)\s*)"
    r"|(?P<minutes>\b(?:notes?|minutes)\s+(?:(?:was|were)\s+)?(?:taken|recorded|kept)\s+by\s+|\bminuted\s+by\s+"
    r"|\b(?:meeting|board|panel|committee)\s+was\s+clerked\s+by\s+)",
    re.IGNORECASE)
# Verbs after which a clause's subject is its people. (?<!\s): a run of blanks is entered once, from its start.
SUBJECT_VERB_RE = re.compile(
    r"(?<!\s)\s++(?:(?P<deputy>attended\s+(?:for|in\s+place\s+of|on\s+behalf\s+of)\s+)"
    r"|(?P<sent>(?:(?:had|has|have)\s+)?(?:also\s+)?sent\s+(?:(?:his|her|their)\s+)?apologies\b)"
    r"|(?P<as_did>as\s+(?:did|had)\s+)"
    r"|(?P<took>(?:took|recorded)\s+(?:the\s+)?(?:notes|minutes|meeting)\b|clerked\s+(?:the|this)\s+(?:meeting|board|panel|committee)\b)"
    r"|(?P<chaired_it>(?:chaired|presided\s+over)\s+(?:the|this)\s+(?:meeting|board|panel|committee)\b|took\s+the\s+chair\b)"
    r"|(?P<there>(?:was|were)\s+(?:also\s+)?(?:there|present)\b"
    # 'X joined in person', 'Y joined online for the trust': a member who took part, however they came
    r"|joined\s+(?:in\s+person|online|remotely|virtually|by\s+(?:video|tele)?phone|by\s+video)\b)"
    # 'Det Supt X was unable to attend': a member away, whether or not the word 'apologies' is written
    r"|(?P<unable>(?:was|were)\s+unable\s+to\s+(?:attend|be\s+present)\b))", re.IGNORECASE)
LEAD_KINDS = {"chaired": PRESENT, "present": PRESENT, "also": ALSO_PRESENT, "attending": IN_ATTENDANCE, "minutes": MINUTES,
              "apologies": APOLOGIES}


def _run_in_kind(label: str) -> str:
    """The lead kind a run-in heading's label names: 'Apologies', 'In attendance' or 'Officers', 'Also present', or
    those present."""
    words = label.lower()
    return "apologies" if "apolog" in words else "attending" if "attendance" in words or "officers" in words \
        else "also" if words.startswith("also") else "present"
RELATIVE_RE = re.compile(r",?\s*+who\s*+$", re.IGNORECASE)  # '..., who sent apologies': the entry before sent them
SENTENCE_BEFORE_RE = re.compile(r"\S[.!?][^\S\n]++$")  # a sentence ends just before (entered only at a stop)
RELATIVE_REACH = 12  # characters: a clause's closing ', who' or ', as' is looked for in its last few
WHO_CLAUSE_END_RE = re.compile(r",\s*+who\s[^,;()]*+$", re.IGNORECASE)  # a relative clause ending a list's item
RELATIVE_TAIL_RE = re.compile(r"[,\s]*+(?:who|as)?\s*+$", re.IGNORECASE)


def attendance_in_prose(text: str, start: int = 0, end: int | None = None) -> list[ProseEntry]:
    """Everyone the attendance sentences of text[start:end] name, each with the status of the clause they sit in:
    apologies said around the word ('Apologies were received from A and B', 'C sent apologies'), members' substitutes
    ('D attended as substitute for E'), then each sentence read clause by clause. A person a clause names twice over
    (a substitute 'in place of' a member) is read once, as the first reading has them."""
    end = len(text) if end is None else end
    found = [ProseEntry(attendee, APOLOGIES) for attendee in apologies_in_prose(text, start, end)]
    found += [ProseEntry(attendee, PRESENT, sat_for=attendee.role_text) for attendee in substitutes_in_prose(text, start, end)]
    for member, deputy in _substituted_by(text, start, end):
        found += [ProseEntry(member, APOLOGIES), ProseEntry(deputy, PRESENT, sat_for=deputy.role_text)]
    seen = {(entry.attendee.name.start, entry.kind) for entry in found}
    found += [entry for entry in _clauses_in_prose(text, start, end) if (entry.attendee.name.start, entry.kind) not in seen]
    return found


def _clauses_in_prose(text: str, start: int, end: int) -> list[ProseEntry]:
    """The entries of each sentence holding an attendance clause's lead or verb, each sentence read once."""
    found: list[ProseEntry] = []
    read_to = start
    triggers = sorted([*LIST_LEAD_RE.finditer(text, start, end), *SUBJECT_VERB_RE.finditer(text, start, end)],
                      key=lambda match: match.start())
    for index, trigger in enumerate(triggers):
        if trigger.start() < read_to:
            continue  # its sentence is read
        # no further back than the line where the sentence read before ended (a scan from each sentence to the text's
        # start would be quadratic)
        begin = max(read_to, wrapped_sentence_start(text, trigger.start(), max(start, start_of_line(text, read_to))))
        stop = sentence_end(text, trigger.start(), end)
        last = index
        while last < len(triggers) and triggers[last].start() < stop:
            last += 1
        found.extend(_sentence_entries(text, begin, stop, [t for t in triggers[index:last] if t.end() <= stop]))
        read_to = max(stop, trigger.end())
    return found


def _sentence_entries(text: str, begin: int, stop: int, events: list[re.Match[str]]) -> list[ProseEntry]:
    """The entries of one sentence, clause by clause (events: its leads and verbs, in order)."""
    found: list[ProseEntry] = []
    status: str | None = None  # what the clause before said of its people, for 'as did'
    last: list[Attendee] = []  # the people the clause before named, for 'who sent apologies'
    before = begin  # where the next clause's subject may begin
    for index, event in enumerate(events):
        following = events[index + 1].start() if index + 1 < len(events) else stop
        kind = event.lastgroup or ""
        semicolon = text.rfind(";", before, event.start())  # 'X sent apologies; Y took the notes'
        subject = trim(text, max(before, semicolon + 1), event.start(), " \t\n,")
        if kind == "run_in":
            kind = _run_in_kind(event.group("label"))
        if event.lastgroup == "run_in" and not SENTENCE_BEFORE_RE.search(text, start_of_line(text, event.start()),
                                                                         event.start()):
            # 'Members present:' opening its line (or 'County Councillors present:') is a list's heading, read with
            # the lists; run into a paragraph, a sentence ends before it
            status, last = None, []
        elif kind in LEAD_KINDS:
            people = _listed_after(text, event.end(), following, lead=True)
            if kind == "chaired":
                people = [replace(a, chair=True, evidence=span(text, event.start(), a.evidence.end)) for a in people[:1]]
            status = LEAD_KINDS[kind]
            found += [ProseEntry(a, status) for a in people]
            last = people
        elif kind == "deputy":
            # 'attended for Det Supt Ann Lee' sat for her; 'attended for this item, supported by Jo Hart' for no one:
            # the one sat for is named straight after the verb, a rank's or title's words at most before the name
            absent = [a for a in _listed_after(text, event.end(), following)[:1]
                      if RANK_WORDS_GAP_RE.fullmatch(text, event.end(), max(event.end(), a.name.start))]
            deputies = [a for a in attendees_in(text, subject) if _named_person(a.name)] \
                if subject and absent and _named_person(absent[0].name) else []
            if deputies:  # 'DI Jo Hart attended for Det Supt Ann Lee': Hart sat as Lee's deputy, Lee sent apologies
                evidence = span(text, subject.start, absent[0].name.end)  # type: ignore[union-attr]
                found += [ProseEntry(replace(a, substitute=True, evidence=evidence), PRESENT) for a in deputies]
                found += [ProseEntry(absent[0], APOLOGIES)]
            elif subject and (post := POST_SAT_FOR_RE.match(text, event.end(), following)) and \
                    names_post(post.group("post")) and not ITEM_WORD_RE.search(post.group("post")):
                # 'Inspector Jo Hart attended for the Borough Commander': a deputy for a post, no one named away
                evidence = span(text, subject.start, post.end())
                found += [ProseEntry(replace(a, substitute=True, evidence=evidence), PRESENT)
                          for a in attendees_in(text, subject) if _named_person(a.name)]
            status, last = None, absent if deputies else []
        elif kind == "sent":
            if RELATIVE_RE.search(text, max(begin, event.start() - RELATIVE_REACH), event.start()) and last:
                if not any(entry.attendee is last[-1] and entry.kind == APOLOGIES for entry in found):
                    found.append(ProseEntry(last[-1], APOLOGIES))  # 'F (Body), who sent apologies'
            status = APOLOGIES  # 'X sent apologies' itself: apologies_in_prose reads its subject
        elif kind == "as_did":
            people = _listed_after(text, event.end(), following) if status else []
            found += [ProseEntry(a, status) for a in people if status]
            last = people
        elif kind == "took":
            last_part = text.rfind(";", begin, event.start())
            if not subject and last_part >= 0:  # 'Officers: A, Post, and B, Post; C (Post) clerked the meeting': the
                subject = trim(text, last_part + 1, event.start(), " \t\n,")  # list's last part is the clause's subject
            people = [Attendee(name, span(text, subject.start, event.end()), role)
                      for name, role in _subjects(text, subject.start, event.start())] if subject else []
            if not people and last and RELATIVE_RE.search(text, max(begin, event.start() - RELATIVE_REACH), event.start()):
                people = last[-1:]  # '... and Jo Hart, Scrutiny Officer, who took the minutes': the list's last entry
            found += [ProseEntry(a, MINUTES) for a in people]
            status, last = MINUTES, people
        elif kind == "chaired_it":  # 'Dr A, Director of Children's Services, chaired the meeting': the subject chaired
            people = attendees_in(text, subject)[:1] if subject and not SENTENCE_VERB_RE.search(subject.text) else []
            people = [replace(a, chair=True, evidence=span(text, subject.start, event.end()))  # type: ignore[union-attr]
                      for a in people]
            found += [ProseEntry(a, PRESENT) for a in people]
            if not people and last and RELATIVE_RE.search(text, max(begin, event.start() - RELATIVE_REACH), event.start()):
                _chaired_by_the_last(found, last[-1])  # 'Those present were A, Post, who chaired the meeting; B, ...'
                if LIST_GOES_ON_RE.match(text, event.end(), following):  # the list goes on after the clause
                    people = _listed_after(text, event.end(), following, lead=True)
                    found += [ProseEntry(a, status) for a in people if status]
                    before = following
                    continue
            status, last = PRESENT, people or last
        elif kind == "unable":
            people = attendees_in(text, subject) if subject and not SENTENCE_VERB_RE.search(subject.text) else []
            found += [ProseEntry(a, APOLOGIES) for a in people]
            status, last = APOLOGIES, people
        elif kind == "there":
            people = attendees_in(text, subject) if subject and not SENTENCE_VERB_RE.search(subject.text) else []
            found += [ProseEntry(a, PRESENT) for a in people]
            status, last = PRESENT, people
        # a list runs to the next clause; a subject ends at its verb
        before = following if kind in LEAD_KINDS or kind in ("deputy", "as_did") else event.end()
    return found


LIST_GOES_ON_RE = re.compile(r"[^\S\n]*+[;,]")  # a relative clause closed by the list's separator: more entries follow


def _chaired_by_the_last(found: list[ProseEntry], chair: Attendee) -> None:
    """The list's entry a relative clause after it says chaired the meeting, marked its chair where the list gave it."""
    for index in range(len(found) - 1, -1, -1):  # the list's last entry: found from the end
        if found[index].attendee is chair:
            found[index] = replace(found[index], attendee=replace(chair, chair=True))
            return


RANK_WORDS_GAP_RE = re.compile(r"(?:[A-Z][\w.'’/-]*+\s++){0,4}")  # 'Chief Inspector ' before 'Tom Reedy'
# 'attended for the Borough Commander', 'in place of the Director of Public Health': a post, capitalised, for a person
POST_SAT_FOR_RE = re.compile(r"the\s++(?P<post>[A-Z][\w'’-]*+(?:\s++(?:of|for|and|the|&|[A-Z][\w'’-]*+)){0,6})")
ITEM_WORD_RE = re.compile(r"\b(?:items?|agenda|meeting|discussion|presentation|report|update)\b", re.IGNORECASE)
SAT_FOR_RE = re.compile(r"\s++(?:for|in\s+place\s+of|on\s+behalf\s+of)\s+", re.IGNORECASE)


def _sat_for_someone(text: str, at: int, end: int) -> bool:
    """'attended for Det Supt Ann Lee': the words after a verb name the person the subject sat for (not an item)."""
    lead = SAT_FOR_RE.match(text, at, end)
    if lead is None:
        return False
    post = POST_SAT_FOR_RE.match(text, lead.end(), end)
    if post and names_post(post.group("post")) and not ITEM_WORD_RE.search(post.group("post")):
        return True  # 'attended for the Borough Commander'
    name = name_at(text, lead.end(), min(end, lead.end() + NAME_REACH), strict=False)
    return name is not None and name.start == lead.end() and _named_person(name)


def _named_person(name: NameMatch) -> bool:
    """A name that is a person's beyond doubt: with a title, or opening with a forename the lexicon knows."""
    return bool(name.title) or not name.surname_only and is_first_name(name.name.split()[0])


def _listed_after(text: str, begin: int, stop: int, *, lead: bool = False) -> list[Attendee]:
    """The people a clause lists from begin to stop (a relative 'who' or 'as' at its end left out); 'together with'
    parts two groups of them. With `lead`, a list that says more of them is read name by name ('X of HM Inspectorate,
    who had led the inspection, and Y, Post, for the whole meeting')."""
    tail = RELATIVE_TAIL_RE.search(text, max(begin, stop - RELATIVE_REACH), stop)
    listed = trim(text, begin, tail.start() if tail else stop, " \t\n")
    if not listed:
        return []
    people: list[Attendee] = []
    at = listed.start
    for part_end, part_next in [*((m.start(), m.end()) for m in COMPANIONS_RE.finditer(text, listed.start, listed.end)),
                                (listed.end, listed.end)]:
        part = trim(text, at, part_end, " \t\n,")
        at = part_next
        said_more = WHO_CLAUSE_END_RE.search(part.text) if part else None
        if part and said_more:  # 'X (Post), who presented item 3': what they did there, no post
            part = trim(text, part.start, part.start + said_more.start(), " \t\n,")
        if not part:
            continue
        if lead and is_prose(part):
            people += _named_in_paragraph(text, part)
        else:
            people += (_posts_then_names(text, part) if lead else []) or attendees_in(text, part) \
                or _name_of_body(text, part)
    return people


def _name_of_body(text: str, part: Span) -> list[Attendee]:
    """'Mark Sowerby of NHS Corvenby' as a whole item of a list: a full name, then only the body they come from (a
    forename the lexicon does not know is vouched for by the body); a rank may stand before the name ('Chief
    Superintendent Jo Hart of Westmere Police'), the holder's role."""
    name = name_at(text, part.start, part.end, strict=False)
    rank = None
    if name is None and (names := find_names(text, part.start, part.end, strict=False)):
        rank = trim(text, part.start, names[0].start, " \t\n")
        name = names[0] if rank and RANK_WORDS_GAP_RE.fullmatch(text, part.start, names[0].start) and \
            names_post(rank.text) else None
    body = OF_BODY_RE.match(text, name.end, part.end) if name and not name.surname_only else None
    if name is None or body is None or trim(text, body.end(), part.end, " \t\n.") or not is_organisation_name(body.group(1)):
        return []
    return [Attendee(name, part, rank, body=span(text, body.start(1), body.end(1)))]


def _posts_then_names(text: str, listed: Span) -> list[Attendee]:
    """'the Director of Children's Services, Ms Helen Brightwater, and the YOS Manager, Mr Kofi Mensah': each post
    written before its holder's name, set off by commas. Empty unless every item is a post and then a name."""
    pieces = []
    at = listed.start
    for separator in [*LIST_SEPARATOR_RE.finditer(text, listed.start, listed.end), None]:
        stop = separator.start() if separator else listed.end
        piece = trim(text, at, stop, EDGE_OF_POST + ".")
        if piece:
            pieces.append(piece)
        at = separator.end() if separator else stop
    if len(pieces) < 2 or len(pieces) % 2:
        return []
    found = []
    for post, holder in zip(pieces[::2], pieces[1::2], strict=True):
        post = trim(text, post.start + 4, post.end) if re.match(r"(?i:the)\s", post.text) else post
        names = find_names(text, holder.start, holder.end, strict=False)
        if find_names(text, post.start, post.end, strict=False) or not names_post(post.text) or len(names) != 1 or \
                trim(text, holder.start, names[0].start) or trim(text, names[0].end, holder.end):
            return []
        found.append(Attendee(names[0], listed, post))
    return found


def _subjects(text: str, start: int, verb: int) -> list[tuple[NameMatch, Span | None]]:
    """The people named right before a verb, each with the role in apposition, nearest last."""
    names = [n for n in find_names(text, start, verb, strict=True)
             if n.title or is_first_name(n.name.split()[0])]
    if not names:
        return []
    last = names[-1]
    apposition = APPOSITION_RE.match(text[last.end:verb])
    if not apposition:
        return []
    role = _role_span(text, last.end, apposition)
    found = [(last, role)]
    for earlier, later in zip(reversed(names[:-1]), reversed(names[1:]), strict=False):
        if not BETWEEN_NAMES_RE.match(text[earlier.end:later.start]):
            break
        found.insert(0, (earlier, None))
    first = found[0][0]
    if found[0][1] is None and len(found) == 1:
        leading = re.search(r"^(?:(?i:the)\s+)?([A-Z][^,.;]{2,100}),\s*$", text[start:first.start])
        if leading and any(is_post_noun(w) for w in leading.group(1).split()) and _title_cased_post(leading.group(1)):
            found[0] = (first, trim(text, start + leading.start(1), start + leading.end(1)))
    return found


POST_LINK_WORDS = {"of", "for", "and", "the", "to", "in", "&"}


def _title_cased_post(words: str) -> bool:
    """'Head of Youth Justice Services' is a post; 'In response to a question from the Vice-Chair' is a clause that
    names one: a post's words are capitalised but for the little words that join them."""
    lower = [word for word in words.split() if word[:1].islower() and word not in POST_LINK_WORDS]
    return len(lower) <= 1


def _role_span(text: str, offset: int, apposition: re.Match[str]) -> Span | None:
    group = 1 if apposition.group(1) else 2 if apposition.group(2) else 0
    if not group:
        return None
    return trim(text, offset + apposition.start(group), offset + apposition.end(group))


def _listed_subjects(text: str, start: int, verb: int) -> list[tuple[NameMatch, Span | None]]:
    """A subject that is a list of people with their posts between them, and nothing else: every name in it.

    The list may open with a post ('the Head of Service (X)', 'Inspectors X and Y'); it holds no verb
    and no quotation, and at least one name in it is known to be a person's, which vouches for the others.
    """
    subject = text[start:verb]
    if SENTENCE_VERB_RE.search(subject) or len(subject.split()) > LIST_WORDS or re.search(r"[\"“”:;]", subject):
        return []
    names = _list_items(text, start, [n for n in find_names(text, start, verb, strict=False) if not n.surname_only])
    if not names or not any(_known_person(n) for n in names):
        return []
    lead = trim(text, start, names[0].start, " \t(")
    if re.match(r"(?i:the)\s", lead.text):
        lead = trim(text, lead.start + 4, lead.end, " \t(")
    if lead and not (names_post(lead.text) and len(lead.text.split()) <= GAP_WORDS):
        return []
    found: list[tuple[NameMatch, Span | None]] = []
    prefix = lead or None
    shared: Span | None = None  # 'Sergeants Jo Hart and Ann Lee of the police': a plural post is each joined name's
    for index, name in enumerate(names):
        gap_end = names[index + 1].start if index + 1 < len(names) else verb
        own, following = _split_gap(text, name.end, gap_end, last=index + 1 == len(names))
        if own is None:
            return []
        if prefix and names_post(prefix.text) and singular_post(prefix.text) != prefix.text:
            shared = Span(prefix.start, prefix.end, singular_post(prefix.text))
        role = own if own and names_post(own.text) else shared or (prefix if prefix and names_post(prefix.text) else None)
        found.append((name, role))
        prefix = following
        if not JOINED_RE.fullmatch(text, name.end, gap_end):
            shared = None
    return found


def _known_person(name: NameMatch) -> bool:
    return bool(name.title) or is_first_name(name.name.split()[0])


# In a sentence the margin broke, the next line's first word: 'Cwm Ebbwater' / 'University Health Board'.
NEXT_LINE_WORD_RE = re.compile(r"[^\S\n]*\n[^\S\n]*([A-Z][\w'’-]*)")


def _body_runs_on(text: str, end: int) -> bool:
    """A body's name runs on after words that look like a name, on the line or, in a sentence, onto the next."""
    wrapped = NEXT_LINE_WORD_RE.match(text, end)
    return body_follows(text, end) or wrapped is not None and is_body_word(wrapped.group(1))


def _list_items(text: str, start: int, names: list[NameMatch]) -> list[NameMatch]:
    """The names that stand as items of the list: known names, and others only where an item begins
    (after a separator, a bracket or a post): 'from the Eastholm Recovery Trust' names no one."""
    items = []
    previous = start
    for name in names:
        before = text[previous:name.start]
        words = before.split()
        # a name run into a body's ('Pen Dinas University Health Board') begins its name, unless it has a title
        if (_known_person(name) or not before.strip() or re.search(r"(?:,|\band|&|\()\s*$", before) or (
                words and is_post_noun(words[-1]))) and (name.title or not _body_runs_on(text, name.end)):
            items.append(name)
            previous = name.end
    return items


def _split_gap(text: str, begin: int, end: int, *, last: bool) -> tuple[Span | None, Span | None]:
    """The text after a listed name: its own post, then the next person's post after the last separator.
    None when the gap is too long to be a post."""
    gap = text[begin:end]
    if last:
        tail = LIST_TAIL_RE.search(gap)
        own = trim(text, begin, begin + (tail.start() if tail else len(gap)), EDGE_OF_POST)
        return (own if len(own.text.split()) <= GAP_WORDS else None), None
    separators = list(LIST_SEPARATOR_RE.finditer(gap))
    if not separators:
        return (None, None) if gap.strip(EDGE_OF_POST) else (trim(text, begin, begin), None)
    cut = separators[-1]
    own = trim(text, begin, begin + cut.start(), EDGE_OF_POST)
    following = trim(text, begin + cut.end(), end, EDGE_OF_POST)
    if len(own.text.split()) > GAP_WORDS or len(following.text.split()) > 3:
        return None, None
    return own, following or None


# --- recording: what a family's attendance lists say ----------------------------------------

@dataclass(frozen=True)
class AttendanceRelations:
    """What the headings and markers of one family's meeting records mean.

    sections: the relation of the people under each kind of heading (kinds not listed are not read);
    chair, vice_chair, minutes: the relation a "(Chair)", "(Vice-Chair)" or "(Minutes)" marker gives;
    cabinet: the relation a cabinet post written beside a name gives;
    councillor_officer: the relation of a councillor listed under an officers' heading, or said to have attended;
    officer_also_present: the relation of an officer, not a councillor, listed 'Also present' with an officer's post
    ('Dr I. Lee (Corporate Director – Social Services)' beside the cabinet member in a council's minutes);
    default_roles: the role of people under a heading of this kind when none is written;
    roleless: kinds of heading whose people are recorded without their written role;
    body_for_councillors / body_for_markers / body_by_default: when the meeting's body (the council,
    the board) is the person's organisation: for every councillor, for a marker's relation, or
    whenever the role implies no other organisation;
    prose: whether apologies and declarations written as sentences are read too;
    headless: whether a list with no heading above the first item is read as those present;
    officers_in_prose, officer_verbs: the relation of people named as the subject of these verbs
    ('X, Head of Service, presented the report', 'X and Y from the trust also attended');
    unlisted_officer_verbs: verbs that give that relation only to people in no attendance list ('X (Performance
    Analyst) presented the dashboard' in a board's minutes, where members present things too);
    sat_not_membership: a 'Members' list over the apologies, with no list of those present, is who sat at the meeting
    only, not the membership the 'Members' heading gives elsewhere (u122, u178 and batch 27's keys; u24's lists both).
    """

    sections: Mapping[str, str]
    chair: str | None = None
    vice_chair: str | None = None
    minutes: str | None = None
    cabinet: str | None = None
    councillor_officer: str | None = None
    officer_also_present: str | None = None
    default_roles: Mapping[str, str] = field(default_factory=dict)
    roleless: frozenset[str] = frozenset()
    body_for_councillors: bool = False
    body_for_markers: bool = False
    body_by_default: bool = False
    prose: bool = True
    headless: bool = False
    officers_in_prose: str | None = None
    officer_verbs: re.Pattern[str] | None = None
    unlisted_officer_verbs: re.Pattern[str] | None = None
    sat_not_membership: bool = False


# What the headings of any meeting's record mean, whatever body met: a family adds its own (membership, deputies, the
# chair, declarations) to these.
MEETING_SECTIONS: Mapping[str, str] = {
    PRESENT: "present_at_meeting",
    ALSO_PRESENT: "present_at_meeting",
    IN_ATTENDANCE: "officer_attending",
    OFFICERS: "officer_attending",
    APOLOGIES: "apologies",
    MINUTES: "minute_taker",
}


@dataclass(frozen=True)
class Meeting:
    """Where the records come from: the area, and the body that met (a council, a board); cabinet: the body that met is
    the council's cabinet or executive, whose members are listed with their portfolios."""

    area: str | None
    body: str | None
    cabinet: bool = False


# A bracket that marks a seat at the meeting only ('(Vice-Chair)' beside a member in the list): no post of theirs.
MEETING_MARK_ONLY_RE = re.compile(rf"(?:(?:vice|deputy){VICE_JOIN})?chair(?:man|woman|person)?|in\s+the\s+chair|minutes|"
                                  r"co-opted(?:\s+member)?|(?:board\s+|committee\s+|panel\s+)?member", re.IGNORECASE)
POSTS_LOOKED_UP = 12  # apologies whose post is looked for elsewhere in the minutes, at most, a meeting
NAME_MENTIONS_LOOKED_AT = 6


def _post_in_brackets_elsewhere(text: str, attendee: Attendee) -> Span | None:
    """An apology listed by name alone ('Apologies: ...; Marcia Quennell.') whose post the minutes write in brackets
    where they name them again ('Marcia Quennell (Director of Children's Services, Westmere Council) had hoped to
    join'): that post, and the body in it."""
    written = text[attendee.name.start:attendee.name.end]
    if " " not in written.strip():
        return None  # a surname alone may be anyone's
    at = -1
    for _ in range(NAME_MENTIONS_LOOKED_AT):
        at = text.find(written, at + 1)
        if at < 0:
            return None
        if attendee.name.start <= at < attendee.evidence.end:
            continue
        bracket = re.match(r"[^\S\n]*\(([^()]{3,120})\)", text[at + len(written):at + len(written) + 130])
        if bracket and names_post(bracket.group(1)) and not MEETING_MARK_ONLY_RE.fullmatch(bracket.group(1).strip()):
            begin = at + len(written) + bracket.start(1)
            return span(text, begin, begin + len(bracket.group(1)))
    return None


def _runs_on_a_sentence(text: str, attendee: Attendee) -> bool:
    """An entry under a declarations heading whose line goes on with the sentence of the line above (which ends in no
    stop, colon or semicolon), and whose name is no title's or known forename's: the sentence's words, no person."""
    line_start = text.rfind("\n", 0, attendee.name.start) + 1
    if text[line_start:attendee.name.start].strip() or attendee.name.title \
            or is_first_name(attendee.name.name.split()[0]):
        return False
    if line_start == 0:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].rstrip()  # the line just above (blank: a new
    return bool(above) and above[-1].isalpha()  # paragraph); a word ends it, no stop: the sentence goes on


def _sat_not_membership(relations: AttendanceRelations, text: str, section: Section, listed: list[Section]) -> bool:
    """A 'Members' list that names who sat at the meeting only (see AttendanceRelations): the family's reading, or a
    column beside another list's ('Members:   Officers / guests:'), as a record sets those who came, never a roll."""
    return section.kind == MEMBERSHIP and (relations.sat_not_membership
                                           or bool(_kinds_beside(text, section, listed) - {MEMBERSHIP}))


def quoted_by_initials(ctx: Context, end: int | None = None, *, headless: bool = False) -> None:
    """Those the lists above `end` name, quoted later by their initials ('BH said that from January ...'), as board
    minutes do, or a paper quoting a committee's minute ('HQ explained that ...'). Minutes that tell who came in prose
    ('Councillors Jo Lee (JL) and Al Roe (AR) were present') quote them after the last sentence naming one."""
    listed = [attendee for section in sections(ctx.text, 0, end, headless=headless)
              if section.kind not in ONE_HOLDER_KINDS for attendee in section.attendees]
    came = [role for role in ctx.roles if role.relation in ATTENDING_RELATIONS]
    told = [role.evidence.end for role in came if end is None or role.evidence.end <= end]
    after = max(attendee.evidence.end for attendee in listed) if listed else max(told, default=None)
    if came and after is not None:
        initials_quoted(ctx, {role.name for role in came}, after)


def record_attendance(ctx: Context, relations: AttendanceRelations, meeting: Meeting, start: int = 0,
                      end: int | None = None) -> int:
    """Every attendance list, apology and declaration in text[start:end], as the family's relations say."""
    found = looked_up = 0
    listed = sections(ctx.text, start, end, headless=relations.headless)
    _one_chair(ctx.text, listed)
    came = members_who_came(ctx.text, listed)
    for section in listed:
        if section.kind == ADDRESSED:
            found += _committee_addressed(ctx, meeting, section)
            continue
        if _sat_not_membership(relations, ctx.text, section, listed) and section in came:
            continue  # read below as those present
        listed_as = _listed_as(section.heading.text)
        for attendee in section.attendees:
            if section.kind == APOLOGIES and _apologised_for_part(ctx.text, attendee):
                continue  # 'Dr Jo Bloggs sent apologies for the second half of the meeting and left at 11.15'
            if section.kind == DECLARATIONS and _runs_on_a_sentence(ctx.text, attendee):
                continue  # '... as a governor of Ysgol' / 'Bro Felyn.': the sentence's end, no one who declared
            if section.kind == APOLOGIES and attendee.role is None and looked_up < POSTS_LOOKED_UP:
                looked_up += 1
                attendee.role = _post_in_brackets_elsewhere(ctx.text, attendee)
            kind = attendee.status or section.kind
            if kind == ABSENT and section.kind == PRESENT and relations.sections.get(MEMBERSHIP) == "panel_member":
                kind = MEMBERSHIP  # a panel's register marking a member absent ('KELSO, Janet   -' under '- = absent'):
                # a member of the panel who did not come, as the keys have it
            found += record_attendee(ctx, relations, meeting, kind, attendee,
                                     listed_as=listed_as, membership=_membership_heading(section))
            if attendee.status in (PRESENT, APOLOGIES, ABSENT) and _membership_heading(section):
                # 'Membership and attendance register' marking each member's attendance: a member whether they came or not
                found += record_attendee(ctx, relations, meeting, MEMBERSHIP, attendee, membership=True)
            if section.kind == MEMBERSHIP and attendee.status in (APOLOGIES, ABSENT):
                found += _cabinet_member_away(ctx, relations, meeting, attendee)
            if listed_as == CABINET_MEMBER and relations.cabinet:
                # 'Cabinet Members present' over 'TEMPLE, Ayesha ..... Adult Social Care': the portfolio written is the role
                _emit(ctx, relations, meeting, attendee, relations.cabinet, _unbracketed(attendee) or listed_as)
                found += 1
    away: set[str] = {name_key(a.name.name) for section in listed for a in section.attendees
                      if (a.status or section.kind) in (APOLOGIES, ABSENT)}
    # attendance told in sentences: one reader, and the status each clause gives
    told = attendance_in_prose(ctx.text, start, end) if relations.prose or relations.officers_in_prose else []
    apologised = away | {name_key(entry.attendee.name.name) for entry in told if entry.kind == APOLOGIES}
    for section in came:
        for attendee in section.attendees:
            if attendee.status in (APOLOGIES, ABSENT):
                # a member the register's own column marks away ('LYLE, Heather ..... apologies') did not come; where the
                # list was read only here, their apologies are read here too
                if _sat_not_membership(relations, ctx.text, section, listed):
                    found += record_attendee(ctx, relations, meeting, attendee.status, attendee)
                continue
            if section.kind in (CHAIR, VICE_CHAIR) and name_key(attendee.name.name) in apologised:
                continue  # 'Vice-Chairman: Cllr B' over 'Apologies were received from Cllr B': the post's holder stayed away
            found += record_attendee(ctx, relations, meeting, PRESENT, attendee)
    if relations.prose:
        deputy = relations.sections.get(DEPUTIES)
        for entry in told:
            attendee = entry.attendee
            if entry.kind == APOLOGIES:
                _emit(ctx, relations, meeting, attendee, "apologies", _portfolio(meeting, attendee) or _apology_post(attendee))
                away.add(name_key(attendee.name.name))
                found += 1 + _cabinet_post(ctx, relations, meeting, attendee, APOLOGIES)
            elif entry.sat_for is not None:
                away.add(name_key(attendee.name.name))  # a member's substitute sits as a member, never attends as an officer
                found += record_attendee(ctx, relations, meeting, PRESENT, replace(attendee, role=None, substitute=False))
                if deputy:
                    _emit(ctx, relations, meeting, attendee, deputy, entry.sat_for)
                    found += 1
        for attendee in declared_interests(ctx.text, start, end):
            _emit(ctx, relations, meeting, attendee, "declared_interest", interest_capacity(ctx.text, attendee.name.end))
            found += 1 + _member_of_the_board(ctx, meeting, attendee)
        for entry in told:  # 'DI Jo Hart attended for Det Supt Ann Lee' marks Hart a deputy as a list's marker does
            if entry.kind in (PRESENT, ALSO_PRESENT, MINUTES) and entry.sat_for is None and \
                    name_key(entry.attendee.name.name) not in away:
                found += record_attendee(ctx, relations, meeting, entry.kind, entry.attendee)
    if relations.officers_in_prose and relations.officer_verbs:
        members_listed = {name_key(a.name.name) for section in listed for a in section.attendees
                          if section.kind == PRESENT}
        sat_listed = {name_key(a.name.name) for section in listed for a in section.attendees
                      if (a.status or section.kind) == PRESENT}
        # (and a board's 'Members' column, read as those who sat: 'for whom Derek Omotoso attended' is one of them)
        sat_listed |= {name_key(a.name.name) for section in came for a in section.attendees if a.status is None}
        for attendee in officers_in_prose(ctx.text, relations.officer_verbs, start, end):
            if _among(attendee.name, away):
                continue  # 'Supt. Oduya will attend in July': a member who sent apologies comes to a later meeting
            if _among(attendee.name, sat_listed):
                continue  # 'Insp Boyce and Kate Lund attended with delegated authority': deputies the register lists
            if FUTURE_ATTENDANCE_RE.search(attendee.evidence.text) and _among(attendee.name, members_listed):
                continue  # 'Mr Ferrer and Ms Whitlock will attend' (the panel's meeting): members going elsewhere
            _emit(ctx, relations, meeting, attendee, relations.officers_in_prose, attendee.role_text)
            # 'X, Strategic Director and Chair of the Youth Justice Board, attended': the board's chair, as in a list
            found += 1 + (_key_post_in_clause(ctx, relations, meeting, attendee)
                          or _chairs_the_board(ctx, relations, meeting, attendee))
        for entry in told:  # 'Also in attendance were X (Post) and Y', 'Joining for item 3 only: Z, Analyst'
            if entry.kind == IN_ATTENDANCE and not entry.attendee.councillor:
                _emit(ctx, relations, meeting, entry.attendee, relations.officers_in_prose, entry.attendee.role_text)
                found += 1
    if relations.officers_in_prose and relations.unlisted_officer_verbs:
        # (a list told in a sentence is a list too: 'Present were ..., Mr A. Tredgold, ...' over 'Mr Tredgold
        # explained that ...' is a member speaking, no officer)
        sat = {name_key(a.name.name) for section in listed for a in section.attendees} | \
            {name_key(entry.attendee.name.name) for entry in told}
        for attendee in officers_in_prose(ctx.text, relations.unlisted_officer_verbs, start, end):
            if not _among(attendee.name, sat) and not _among(attendee.name, away):
                _emit(ctx, relations, meeting, attendee, relations.officers_in_prose, attendee.role_text)
                found += 1
    if relations.councillor_officer:
        for attendee in officers_in_prose(ctx.text, ATTENDED_VERB_RE, start, end, councillors=True):
            if name_key(attendee.name.name) in away:
                continue
            _emit(ctx, relations, meeting, attendee, relations.councillor_officer, attendee.role_text)
            # 'Councillor X, Chair of the Children's Scrutiny Panel, attended': the committee's chair, as in a list
            found += 1 + _chairs_a_committee(ctx, relations, meeting, attendee, PRESENT)
    return found


# The members of a council's committee that a paper's 'To:' names, whatever family reads the paper: its chair and
# vice-chair are members too.
COMMITTEE_ADDRESSED = AttendanceRelations(
    sections={MEMBERSHIP: "panel_member"}, chair="panel_chair", vice_chair="panel_vice_chair",
    body_for_councillors=True, prose=False,
)


def _committee_addressed(ctx: Context, meeting: Meeting, section: Section) -> int:
    """The committee's members a paper is addressed to (see above), their council the meeting's body or the area's."""
    council = meeting.body or (ctx.gazetteer.organisation(f"{meeting.area} Council").name if meeting.area else None)
    at = replace(meeting, body=council)
    return sum(record_attendee(ctx, COMMITTEE_ADDRESSED, at, MEMBERSHIP, attendee, membership=True)
               for attendee in section.attendees)


# 'Cabinet members present: Cllrs A (Chair), B and C' under a council's record of a decision: each is a cabinet member.
CABINET_LIST_RE = re.compile(r"[^\w\n]*(?:cabinet|executive)\s+members?\s+(?:present|in\s+attendance|attending)\b", re.IGNORECASE)
CABINET_MEMBER = "Cabinet member"
# 'Co-opted Members: Mr A (Diocese of X) and Mrs B (Parent Governor Representative)', 'Co-opted (non-voting): C'.
CO_OPTED_LIST_RE = re.compile(r"[^\w\n]*(co-opted(?:\s+members?)?(?:\s*\([^()\n]*\))?)\s*:", re.IGNORECASE)


def _listed_as(heading: str) -> str | None:
    """The role a list's heading gives everyone under it: a cabinet member, a co-opted member ('Co-opted Member')."""
    if CABINET_LIST_RE.match(heading):
        return CABINET_MEMBER
    co_opted = CO_OPTED_LIST_RE.match(heading)
    return singular_post(" ".join(co_opted.group(1).split())) if co_opted else None


def _among(name: NameMatch, listed: set[str]) -> bool:
    """Whether the name is one of the listed names' keys ('Dr van Leeuwen-Marsh confirmed': a member named by title and
    surname is the member listed in full; 'Kate Lund attended' one a register lists by her initial, 'K Lund')."""
    key = name_key(name.name)
    return key in listed or any(key.endswith(" " + other) or name.surname_only and other.endswith(" " + key)
                                or short_form_of(other, key) for other in listed)


def _key_post_in_clause(ctx: Context, relations: AttendanceRelations, meeting: Meeting, attendee: Attendee) -> int:
    """'The Director, Jo Bloggs, who chairs the Westmere Youth Justice Board, introduced the report': the key post the
    officer's relative clause states (`board_chair`), besides their attending."""
    clause = relative_post(ctx.text, attendee.role.start, attendee.role.end) if attendee.role else None
    relation = post_relation(clause.text) if clause else None
    if clause is None or relation is None:
        return 0
    ctx.person_role(attendee.name, relation, attendee.evidence, role=" ".join(clause.text.split()), role_span=clause,
                    organisation=organisation_for_role(clause.text, meeting.area, gazetteer=ctx.gazetteer))
    return 1


# A record of a meeting held, not a notice of one to come (whose agenda has an 'Apologies' item too).
RECORD_RE = re.compile(r"\b(?:minutes|record|notes)\b(?!\s+of\s+the\s+(?:last|previous))", re.IGNORECASE)
NOTICE_RE = re.compile(r"\bnotice\s+of\s+(?:a\s+)?meeting\b|\bsummons\b|^[^\S\n]*agenda[^\S\n]*$", re.IGNORECASE | re.MULTILINE)


# 'for item 4', 'for agenda items 5 and 6', '(item 3)': what brought a guest to the meeting.
FOR_ITEM_RE = re.compile(r"\bfor\s+(?:agenda\s+)?items?\s+\w{1,4}\b|\(\s*(?:agenda\s+)?items?\s+\w{1,4}\s*\)", re.IGNORECASE)
# An entry's own bracket saying it came for an item only: '(item 3 only)', '(for item 4)', '(agenda item 2)'.
ITEM_ONLY_RE = re.compile(r"\((?:for[^\S\n]+)?(?:agenda[^\S\n]+)?items?[^\S\n]+\w{1,4}(?:[^\S\n]+only)?\)", re.IGNORECASE)
# An entry's group ends at a semicolon, a sentence's end or a blank line: 'Jo Lee and Kim Ford (YJS) for item 4;'.
GROUP_END_RE = re.compile(r";|\.(?=\s|$)|\n[^\S\n]*\n")
GROUP_REACH = 200


def _came_for_an_item(text: str, attendee: Attendee) -> bool:
    """'Also present: Jo Lee and Kim Ford (Youth Justice Service) for item 4': guests who came for an item, as
    officers do (the item may be written once for the names joined before it)."""
    reach = min(len(text), attendee.name.start + GROUP_REACH)
    line_end = end_of_line(text, attendee.evidence.end)
    if not _ends_running_on(text, attendee.evidence.start, line_end):
        reach = min(reach, line_end)  # one guest a line: the next line's '(item 4)' is the next guest's
    end = GROUP_END_RE.search(text, attendee.name.start, reach)
    return FOR_ITEM_RE.search(text, attendee.name.start, end.start() if end else reach) is not None


ENTRY_LINE_CHARS = 300  # a list's entry one a line, padding and all, is shorter than this


def _mark_in_another_column(text: str, attendee: Attendee, regex: re.Pattern[str]) -> bool:
    """The entry was read from one of two columns side by side (its evidence is that column's text, the other's words
    blanked) and the mark is not in its own column: it is the other column's ('BEALE Rukhsana (Cllr)  Cabinet Member
    <pad> Gullstone YJS (item 4)', the item an officer's in the right column came for)."""
    evidence = attendee.evidence
    if evidence.text == text[evidence.start:evidence.end]:
        return False
    return regex.search(evidence.text, max(0, attendee.name.end - evidence.start)) is None


def _listed_for_an_item(text: str, attendee: Attendee) -> bool:
    """'Jo Bloggs<pad>HMI Probation (for item 3)': a guest in the list of those present, one a line, who came for an item,
    as officers do (the members sit throughout)."""
    if _mark_in_another_column(text, attendee, FOR_ITEM_RE):
        return False
    line_start = text.rfind("\n", 0, attendee.name.start) + 1
    # (the entry's post wrapped onto the lines below it, the mark too: '(attending for item 3)' set in under the post)
    line_end = max(end_of_line(text, attendee.name.end), attendee.evidence.end)
    if line_end - line_start > ENTRY_LINE_CHARS or FOR_ITEM_RE.search(text, attendee.name.end, line_end) is None:
        return False  # a paragraph's line is no list's entry (and reading its every name per attendee is quadratic)
    # several on the line: the mark may be another's
    return not find_names(text, line_start, attendee.name.start) and not find_names(text, attendee.evidence.end, line_end)


# The posts of a council's officers ('Corporate Director – Social Services', 'Head of Youth Justice Service', 'Scrutiny
# Officer'), a partner's staff by rank or trade ('Chief Inspector', 'Participation Worker'), not a co-opted member's seat
# ('Parent Governor Representative').
OFFICER_POST_RE = re.compile(r"\b(?:director|head\s+of|chief\s+executive|officer|manager|clerk|solicitor|adviser|advisor|inspector|"
                             r"superintendent|sergeant|constable|worker|practitioner|co-?ordinator)\b", re.IGNORECASE)


def _officer_also_present(attendee: Attendee) -> bool:
    """An officer listed 'Also present' beside the members: no councillor, and an officer's post written with them, or
    a police rank for their title ('Also: Supt J. Marr, Tresswick Police')."""
    role = attendee.role_text
    return not attendee.councillor and (role is not None and OFFICER_POST_RE.search(role) is not None
                                        or police_rank(title_parts(attendee.name.title or "")))


def members_who_came(text: str, listed: list[Section]) -> list[Section]:
    """In a record of a meeting, the chair named under 'Chair:' chaired it, so sat at it; and where the record lists its
    'Members:' and then who was absent or sent apologies, or who was 'also in attendance', with no list of those
    present, the members sat at it too."""
    head = text[:3000]
    if not RECORD_RE.search(head) or NOTICE_RE.search(head):
        return []
    kinds = [section.kind for section in listed]
    # 'Also in attendance:' lists those who came besides the members: no list of those present
    # ('Co-opted:' under them names the co-opted members, no list of those present either)
    # ('In attendance' heading a column beside 'Members' names those who came besides them, as 'Also' does; an
    # 'ATTENDANCE' heading over both lists names no one itself)
    no_present = not any(section.kind in (PRESENT, IN_ATTENDANCE) and section.attendees
                         and not ALSO_RE.match(section.heading.text)
                         and not CO_OPTED_LIST_RE.match(section.heading.text)
                         and not _column_beside_the_members(text, section, listed) for section in listed)
    return [section for index, section in enumerate(listed) if section.kind in (CHAIR, VICE_CHAIR)
            or section.kind == MEMBERSHIP and no_present and (
                any(kind in (ABSENT, APOLOGIES) for kind in kinds[index + 1:])
                # the document's key marks some members away ('Councillor L. Rhosier*' over '* apologies'), the rest
                # unmarked: a register, whose unmarked members came
                or _register_marks_some_away(section)
                # 'Also in attendance:' after them: the members attended, and others with them
                or any(ALSO_RE.match(later.heading.text) for later in listed[index + 1:])
                # a column beside another list's ('Members:   In attendance:'): those who came, set beside the others
                or bool(_kinds_beside(text, section, listed) - {MEMBERSHIP}))]


def _column_beside_the_members(text: str, section: Section, listed: list[Section]) -> bool:
    """An 'In attendance' list set as a column beside the 'Members' one, their headings on one line of the page."""
    return section.kind == IN_ATTENDANCE and MEMBERSHIP in _kinds_beside(text, section, listed)


def _kinds_beside(text: str, section: Section, listed: list[Section]) -> set[str]:
    """The kinds of the lists set as columns beside this one, their headings on its heading's line (none where it is
    no column; a list's own second column, which goes on under its heading, has none of its own)."""
    if not section.column:
        return set()
    return {other.kind for other in listed if other is not section and other.column and "\n" not in text[
        min(other.heading.start, section.heading.start):max(other.heading.end, section.heading.end)]}


def _register_marks_some_away(section: Section) -> bool:
    """A list whose marks say some members were away and say nothing of the rest."""
    statuses = {attendee.status for attendee in section.attendees}
    return bool(statuses & {APOLOGIES, ABSENT}) and statuses <= {APOLOGIES, ABSENT, None}


# 'Membership:', 'Panel membership 2019/20:', 'Aelodaeth / Membership:': a committee's membership by that noun (not
# 'Members:', which a record heads those who sat with as often)
MEMBERSHIP_NOUN_RE = re.compile(r"[^\w\n]*+(?:[^\W\d_]++[^\S\n]*+/[^\S\n]*+)?(?:(?:committee|panel|sub-committee)[^\S\n]++)?"
                                r"(?:attendance[^\S\n]++(?:and|&)[^\S\n]++)?membership\b", re.IGNORECASE)


def _membership_heading(section: Section) -> bool:
    """A membership list headed by the noun 'Membership' (see above)."""
    return section.kind == MEMBERSHIP and MEMBERSHIP_NOUN_RE.match(section.heading.text) is not None


def record_attendee(ctx: Context, relations: AttendanceRelations, meeting: Meeting, kind: str,
                    attendee: Attendee, *, listed_as: str | None = None, membership: bool = False) -> int:
    """The relations one entry under a heading of this kind gives the person; returns how many. listed_as: the role
    the heading gives everyone under it where no other is written ('Cabinet members present:'); membership: the list is
    a committee's 'Membership:', whose chair and vice-chair are members too."""
    if kind == ALSO_PRESENT and _came_for_an_item(ctx.text, attendee) or kind == PRESENT and \
            _listed_for_an_item(ctx.text, attendee):
        kind = OFFICERS
    elif kind == PRESENT and relations.headless and ITEM_ONLY_RE.search(ctx.text, attendee.name.end, attendee.evidence.end) \
            and not _mark_in_another_column(ctx.text, attendee, ITEM_ONLY_RE):
        kind = OFFICERS  # a guest in a board's list of those present, there for an item ('HMI Probation (item 3 only)')
    relation = relations.sections.get(kind)
    if kind == MEMBERSHIP and meeting.cabinet and relations.cabinet:
        relation = relations.cabinet  # the cabinet's own 'Members:': its members, no panel's
    # (an officer in the list of those present beside the councillors, 'Present' or a register: no member either)
    if kind in (ALSO_PRESENT, PRESENT) and relations.officer_also_present and _officer_also_present(attendee):
        relation = relations.officer_also_present
    if relation is None:
        return 0
    if relations.councillor_officer and relation == "officer_attending" and attendee.councillor:
        relation = relations.councillor_officer
    # a chair marked and no post written: the chair is the role they sat in ('Councillor Adams (Chair)')
    sat_as = "Chair" if attendee.chair else "Vice-Chair" if attendee.vice_chair else None
    role = None if kind in relations.roleless else attendee.role_text or (sat_as if membership else None) \
        or relations.default_roles.get(kind) or sat_as or listed_as
    if kind == DECLARATIONS and role:  # 'Jo Hart declared an interest in item 4 as a magistrate': the capacity
        role = interest_capacity(ctx.text, attendee.name.end) or role
    if listed_as and role == attendee.role_text and organisation_named(role, gazetteer=ctx.gazetteer, area=meeting.area):
        role = listed_as  # 'Mr A (Diocese of Westmere)' under 'Co-opted Members:': the body is whom they stand for
    # a panel's list of members marking its chair and vice-chair: they hold those seats, as the keys have them, not
    # a member's too (a board's membership table keeps both: its chair is a member of the partnership); but a
    # committee's 'Membership:' names every member, its chair and vice-chair too (u275, u371 and later keys; u259's and
    # u367's keys give the seats only)
    seat_only = kind == MEMBERSHIP and relations.chair == "panel_chair" and (attendee.chair or attendee.vice_chair) \
        and not membership \
        and not NOTICE_RE.search(ctx.text, 0, min(len(ctx.text), 2000))  # a notice's members: the chair is one too
    # 'Councillor K (as substitute for Councillor M)' among the members: sitting in another's seat, not a member
    seat_only = seat_only or kind == MEMBERSHIP and attendee.substitute
    if not seat_only:
        _emit(ctx, relations, meeting, attendee, relation, role)
    found = int(not seat_only) + (_member_of_the_board(ctx, meeting, attendee) if relation == "declared_interest" else 0)
    sat_for = (SUBSTITUTE_BRACKET_RE.search(ctx.text, attendee.name.end, attendee.evidence.end)
               # (in the entry as its list reads it: a column's line is not the page's, which runs on into the next)
               or DEPUTISING_AFTER_POST_RE.search(attendee.evidence.text, attendee.name.end - attendee.evidence.start)
               or (FOR_MEMBER_BRACKET_RE.search(ctx.text, attendee.name.end, attendee.evidence.end) if attendee.substitute
                   else None)) \
        if kind in (PRESENT, MEMBERSHIP) else None
    deputy_role = " ".join(sat_for.group(1).split()) if sat_for else relations.default_roles.get(DEPUTIES)
    markers = ((attendee.chair, relations.chair, "Chair", (CHAIR, DEPUTIES)),
               (attendee.vice_chair, relations.vice_chair, "Vice-Chair", (VICE_CHAIR, DEPUTIES)),
               (attendee.minutes, relations.minutes, _minute_takers_post(attendee) or _minutes_marker(ctx.text, attendee),
                (MINUTES,)),
               (attendee.substitute or sat_for is not None, relations.sections.get(DEPUTIES), deputy_role,
                (DEPUTIES,)))
    for marked, marker_relation, marker_role, said_already in markers:
        if marked and marker_relation and kind not in said_already:
            # a deputy sits for their own body, as the minute taker is the body they work for; a chair is the meeting's
            own_body = marker_relation in (relations.minutes, relations.sections.get(DEPUTIES))
            _emit(ctx, relations, meeting, attendee, marker_relation, marker_role, marker=not own_body)
            found += 1
    return found + _cabinet_post(ctx, relations, meeting, attendee, kind) + _chairs_a_committee(ctx, relations, meeting,
                                                                                                attendee, kind) \
        + _chairs_the_board(ctx, relations, meeting, attendee)


# 'Councillor Jo Bloggs (Chairman, Children's Scrutiny Committee)': a councillor who chairs another of the council's
# committees, at the cabinet or a panel as a guest (u152, u167; u137's key lists the guest as present only).
COMMITTEE_CHAIR_POST_RE = re.compile(r"\(?\s*chair(?:man|person|woman)?\s*(?:,|of\b)[^()]*\b(?:committee|scrutiny)\b",
                                     re.IGNORECASE)


def _chairs_a_committee(ctx: Context, relations: AttendanceRelations, meeting: Meeting, attendee: Attendee,
                        kind: str) -> int:
    """The chair of a council committee named as a councillor's post in the list (see above): 1 if it gave the
    relation."""
    post = _unbracketed(attendee)
    if relations.chair != "panel_chair" or kind in (APOLOGIES, ABSENT) or attendee.chair or not attendee.councillor \
            or not post or not COMMITTEE_CHAIR_POST_RE.match(post) or VICE_MARK_RE.search(post):
        return 0
    _emit(ctx, relations, meeting, attendee, "panel_chair", post)
    return 1


def _chairs_the_board(ctx: Context, relations: AttendanceRelations, meeting: Meeting, attendee: Attendee) -> int:
    """At a council's meeting, one whose post in the list names them the youth justice board's chair ('Supt Jo Hart
    Westmere Police; Chair, YOS Management Board', 'Director of Children's Services and Chair of the Youth Justice
    Board'): the board's chair besides their attending; 1 if it gave the relation. (A board's own minutes mark its chair.)"""
    role = attendee.role_text or ""
    # 'Supt Jo Hart   Westmere Police; Chair, YOS Management Board': the post after the semicolon on the entry's line,
    # which the list parts from the entry as it parts entries
    after = ctx.text[attendee.evidence.end:end_of_line(ctx.text, attendee.evidence.end)]
    role = f"{role}{after}" if after.lstrip().startswith(";") else role
    if relations.chair != "panel_chair" or not role:
        return 0
    post = next((match for part in role.split(";") if (match := BOARD_CHAIR_RE.search(part))
                 and post_relation(match.group(0)) == "board_chair"), None)
    if post is None:
        return 0
    held = " ".join(post.group(0).split())
    ctx.person_role(attendee.name, "board_chair", attendee.evidence, role=held[:1].upper() + held[1:],
                    organisation=organisation_for_role(held, meeting.area, gazetteer=ctx.gazetteer))
    return 1


def _unbracketed(attendee: Attendee) -> str | None:
    """The post written with a name, without the brackets round it ('Jo Hart' / '(Director of Public Health)')."""
    role = attendee.role_text
    return role[1:-1].strip() if role and role.startswith("(") and role.endswith(")") else role


# '(substitute: County Councillor Jo Hart)' after an apology: whom the member sent in their place, no post of theirs.
SUBSTITUTE_NAMED_RE = re.compile(r"(?:substitute|deputy)[^\S\n]*+[:–—-]", re.IGNORECASE)


def _apology_post(attendee: Attendee) -> str | None:
    """The post written with a member who sent apologies, unless the bracket names their substitute instead."""
    role = _unbracketed(attendee)
    return None if role and SUBSTITUTE_NAMED_RE.match(role) else role


def _minute_takers_post(attendee: Attendee) -> str | None:
    """The post written with the one who took the minutes, the marker off ('Business Support Officer (minutes)',
    '(Partnership Support Officer - notes)'): their role, as the keys have it since batch 54; None where only the
    marker is written."""
    role = _unbracketed(attendee)
    if role and role.startswith("(") and ")" not in role:
        role = role[1:].strip()  # the bracket's marker cut off its end
    if not role or MINUTES_ROLE_RE.fullmatch(role) or MINUTES_LEAD_RE.match(role) or MINUTES_MARK_RE.search(role):
        return None
    return role if names_post(role) or SUPPORT_TEAM_RE.search(role) else None


# The team a minute taker works in, written for their post: 'Business Support', 'Committee Services', 'Cabinet
# Secretariat', 'YOS Business Support' (their role as the keys have it, u190, u274, u337).
SUPPORT_TEAM_RE = re.compile(r"\b(?:support|services|secretariat|administration)\b", re.IGNORECASE)


def _minutes_marker(text: str, attendee: Attendee) -> str:
    """The word that marks who took the minutes, as written: '(Notes)', '(minutes)', 'Note-taker'; else 'Minutes'."""
    mark = MINUTES_MARK_RE.search(text, attendee.name.end, attendee.evidence.end)
    word = "Minutes" if mark and mark.group(0).lower().startswith("who") else mark.group(0).strip("()–—- ") if mark else \
        attendee.role_text if attendee.role_text and \
        (MINUTES_ROLE_RE.fullmatch(attendee.role_text) or MINUTES_LEAD_RE.match(attendee.role_text)) else "Minutes"
    return word[:1].upper() + word[1:]


# A councillor whose post is 'Leader' alone leads the council: 'Cllr Jo Bloggs (Arweinydd / Leader)'.
LEADER_ALONE_RE = re.compile(rf"\(?[^\S\n]*(?:{OTHER_TONGUE_ONCE})?(?:the[^\S\n]+)?leader[^\S\n]*\)?", re.IGNORECASE)


def _cabinet_post(ctx: Context, relations: AttendanceRelations, meeting: Meeting, attendee: Attendee, kind: str) -> int:
    """A cabinet member's post written with the entry, present or sending apologies (in the cabinet's own minutes, a
    councillor's portfolio alone: 'Councillor A. Bloggs (Children and Families)'); and in the cabinet's own minutes,
    every councillor who sat, a portfolio written or not ('Councillors T. Bell, M. Cole and G. Hart'): the keys have
    each a member of the cabinet, as no one else sits at its table (a guest is listed 'Also present', an officer has no
    honorific, and one who only sent apologies is no member by that alone); 'Also present were Councillor A (Children
    and Families), ...' after the Leader took the chair: a councillor also present whose bracket is a portfolio, no
    post (a guest's names one: 'Ward Member', 'Chair of the Scrutiny Panel'). 1 if it gave the relation."""
    if not relations.cabinet:
        return 0
    if _cabinet_post_written(attendee) or kind in (PRESENT, APOLOGIES) and _portfolio(meeting, attendee) \
            or kind == ALSO_PRESENT and not names_post(_portfolio(meeting, attendee) or "Member"):
        _emit(ctx, relations, meeting, attendee, relations.cabinet, attendee.role_text)
        return 1
    if kind == PRESENT and meeting.cabinet and attendee.councillor:
        _emit(ctx, relations, meeting, attendee, relations.cabinet, None)
        return 1
    return 0


def _cabinet_post_written(attendee: Attendee) -> bool:
    """A cabinet member's post written with the entry ('Cabinet Member for Housing', a councillor's '(Leader)')."""
    role = attendee.role_text
    return bool(role and (CABINET_POST_RE.search(role) or attendee.councillor and LEADER_ALONE_RE.fullmatch(role)))


def _cabinet_member_away(ctx: Context, relations: AttendanceRelations, meeting: Meeting, attendee: Attendee) -> int:
    """A member in the cabinet's own list of its members whom a mark sets away ('Councillor L. Rhosier*' over '* unable
    to attend - apologies'): a member of the cabinet still, as the rest of the list are; 1 if it gave the relation."""
    if not (relations.cabinet and meeting.cabinet and attendee.councillor) or _cabinet_post_written(attendee):
        return 0  # (a portfolio written beside them gave the relation with the apologies)
    _emit(ctx, relations, meeting, attendee, relations.cabinet, _portfolio(meeting, attendee))
    return 1


def _portfolio(meeting: Meeting, attendee: Attendee) -> str | None:
    """The portfolio written beside a councillor in the cabinet's own minutes."""
    return attendee.role_text if meeting.cabinet and attendee.councillor else None


# The rank just before a name, a space apart: a column's gap after it ('DC<TAB>Dilys Carnarvon') parts the initials the
# notes use from the name, no rank.
RANK_BEFORE_RE = re.compile(r"(?:\b(?P<qualifier>\w+)[^\S\n]+)?\b(?P<rank>\w+) {1,2}$")
INSPECTORATE_QUALIFIERS = {"HM", "HMI", "Lead", "lead"}  # 'HM Inspector Jo Lee' is the inspectorate's, no police rank


def _police_officer(text: str, name: NameMatch) -> bool:
    """A name with a police rank for its title, or just after one ('Inspector Jo Lee', 'PC Dewi Hart'); never an
    inspector of an inspectorate ('HM Inspector Jo Lee')."""
    start = max(0, name.start - 40)
    before = RANK_BEFORE_RE.search(text, start, name.start)
    rank = before.group("rank") if before and before.group("rank")[:1].isupper() else ""
    if before and before.group("qualifier") in INSPECTORATE_QUALIFIERS or "HM" in (name.title or "").split():
        return False
    return police_rank(title_parts(name.title or "") | {rank})


# A post that opens with a police rank ('Chief Superintendent, Westmere District', 'Ch Supt, District Commander',
# 'Detective Inspector, Public Protection Unit'): a police officer's, though no rank stands before the name.
RANK_POST_RE = re.compile(r"(?:(?:Detective|Det\.?)[^\S\n]+(?:Chief[^\S\n]+)?(?:Inspector|Superintendent|Sergeant|Constable)|"
                          r"(?:Chief[^\S\n]+|Ch\.?[^\S\n]+|C/)?(?:Superintendent|Supt)|Chief[^\S\n]+Inspector|"
                          r"Police[^\S\n]+(?:Inspector|Sergeant|Constable)|DCI|DI|DS|DCS|DSI)\b")


# Posts of a kind of body a board's members come from, written without the body ('ACO', 'Head of Children's Therapies'),
# and that kind's bodies as a document names them ('Northmoor Probation Trust', 'Bryngarth University Health Board').
PROBATION_POST_RE = re.compile(r"(?:Assistant[^\S\n]+Chief[^\S\n]+Officer|ACO|Head[^\S\n]+of[^\S\n]+(?:PDU|Probation\b)|"
                               r"(?:Senior[^\S\n]+)?Probation[^\S\n]+Officer)\b")
# A body's place words before its kind: 'Calder and Wyre', 'Bro Halen' (over a line break too), not a sentence's 'The'.
BODY_PLACE = r"(?:(?!The\b)[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*(?:\s+(?:and|&))?\s+){1,4}"
PROBATION_BODY_RE = re.compile(rf"\b((?:National\s+)?Probation\s+Service(?:\s+(?:Wales|Cymru)\b)?|{BODY_PLACE}Probation\s+(?:Trust|Area))\b")
HEALTH_POST_RE = re.compile(r"\b(?:Therap(?:y|ies|ist)|CAMHS|Nurse|Nursing|Clinical|Paediatric\w*|Health\s+Visitor)\b")
HEALTH_BODY_RE = re.compile(rf"\b({BODY_PLACE}(?:University\s+)?Health\s+Board|{BODY_PLACE}(?:Primary\s+Care\s+Trust|CCG|"
                            r"Clinical\s+Commissioning\s+Group))\b")


def _one_body_of_its_kind(text: str, post: str) -> str | None:
    """The probation or health body the document names, where it names one of that kind only and the post is of that
    kind with no body written ('Colin Threlfall  Assistant Chief Officer' in minutes that name 'the Northmoor Probation
    Trust' alone): the member's own body, as the set has a board's members."""
    kind = next((kind for kind, post_re in (("probation", PROBATION_POST_RE), ("health", HEALTH_POST_RE))
                 if post_re.search(post)), None)
    return _the_one_named(text, kind) if kind else None


def _one_force(text: str) -> str | None:
    """The police force the document names, where it names one only: an officer by rank with no body written beside
    them ('PC Dewi Hart', 'Inspector Jo Lee attended for Supt Bloggs') serves in it."""
    return _the_one_named(text, "police")


CELL_GAP_RE = re.compile(r"[^\S\n]{3,}+|\t++")
WELSH_FORCE_RE = re.compile(r"\bHeddlu(?:[^\S\n]{1,2}+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*){1,3}")


def _bodies_named(text: str, kind: str) -> set[str]:
    """The bodies of one kind ('probation', 'health', 'police') a document names, each in one form."""
    if kind == "police":
        # a sentence's 'The Westmere Police custody protocol': the force without the article that opened the sentence
        # ('Ch Supt Jo Hart      Westmere Police': a table's name cell and body cell, the force the last)
        forces = {force_without_holder(re.sub(r"^The\s+", "", CELL_GAP_RE.split(force.group(1))[-1]))
                  for force in POLICE_FORCE.finditer(text) if "\n" not in force.group(1)}
        return forces | {force.group(0) for force in WELSH_FORCE_RE.finditer(text)}  # 'Heddlu ...': 'Police' in Welsh
    body_re = PROBATION_BODY_RE if kind == "probation" else HEALTH_BODY_RE
    bodies = {re.sub(r"^(?:The|the)\s+", "", " ".join(body.group(1).split())) for body in body_re.finditer(text)}
    return {body for body in bodies if not any(other != body and other.endswith(body) for other in bodies)}


@lru_cache(maxsize=8)
def _the_one_named(text: str, kind: str) -> str | None:
    """The one body of a kind the document names, else None; read once a document, not once an attendee."""
    bodies = _bodies_named(text, kind)
    return next(iter(bodies)) if len(bodies) == 1 else None


def _emit(ctx: Context, relations: AttendanceRelations, meeting: Meeting, attendee: Attendee, relation: str,
          role: str | None = None, *, marker: bool = False) -> None:
    written = attendee.role_text
    role_span = attendee.role if attendee.role and role and role == written else None
    body: str | None = None
    named: str | None = None  # the written role when it is an organisation's name alone, the person's body at the last
    if role == written and is_organisation_name(role, gazetteer=ctx.gazetteer, area=meeting.area):
        role, named = None, written  # "Stephen Young Cleveland Police", 'Dr Jo Lee<TAB>NHS Westmere': the organisation
    elif role and role == written:
        post, body = post_and_body(role, meeting.area, gazetteer=ctx.gazetteer)
        if body and role_span:  # 'Head of Service | Northshire Council': the post alone (the body is the organisation)
            at = role_span.text.find(post)
            role, role_span = post, span(ctx.text, role_span.start + at, role_span.start + at + len(post)) if at >= 0 else None
    if meeting.body and (relations.body_for_councillors and attendee.councillor
                         or relations.body_for_markers and marker):
        organisation: str | None = meeting.body
    else:
        written_body = " ".join(attendee.body.text.split()) if attendee.body and attendee.body_written else None
        # ('NHS Westmere – Director of Public Health': the body the post and body cells name)
        organisation = _organisation_after_name(ctx, attendee, meeting.area) or (
            attendee.body and ctx.council_meant(attendee.body.text)) or organisation_named(
            attendee.body and attendee.body.text, gazetteer=ctx.gazetteer, area=meeting.area) or written_body or body
        if organisation is None and written and not organisation_named(written, gazetteer=ctx.gazetteer, area=meeting.area):
            organisation = _one_body_of_its_kind(ctx.text, written)  # 'ACO' where one probation trust is named
        organisation = organisation or organisation_for_role(
            written, meeting.area, default=meeting.body if relations.body_by_default else None) or named
    if organisation is None and relations.body_for_markers and attendee.minutes:
        organisation = meeting.body  # a board's minute taker whose post names no body: the board's service supports it
    if (_police_officer(ctx.text, attendee.name) or RANK_POST_RE.match(written or "")) and not (organisation and (POLICE_FORCE.search(organisation)
                                                                            or "Inspectorate" in organisation)):
        organisation = _one_force(ctx.text) or organisation
    if not role and attendee.name.title and police_rank(title_parts(attendee.name.title)):
        role = attendee.name.title  # 'C/INSP JO HART' over 'Northvale Police': the rank is the post, the force the body
    ctx.person_role(attendee.name, relation, attendee.evidence, role=role, organisation=organisation, role_span=role_span)
