"""Text with positions: lines, table cells and trimmed spans that keep absolute offsets.

Loaders never copy text out of the document without its offsets: every Line and Cell keeps
`start`/`end` such that `document.text[start:end] == text`, so any quote made from them
is exact. Extraction noise (`<i>` tags, markdown table pipes, bullets, `*` emphasis) is
trimmed by moving the offsets, never by rewriting the text.

Sentences and clauses are found here too, once for every loader: a full stop after an
initial or an honorific ("J. Smith", "Cllr. Jones") does not end a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from kg.dates import MONTH, MONTH_WORD
from kg.names import WRAPPED_LINE, hyphenated_half_before, is_honorific, page_cut_rests

MARKUP_RE = re.compile(r"</?(?:i|b|em|strong|p|u|span)>|\*\*|\*", re.IGNORECASE)
BULLET_RE = re.compile(r"^(?:[-•·▪●◦*✓✔✗✘☑☒]|\d{1,2}[.)](?=\s)|\(\w\)|[a-z][.)](?=\s))\s*")
MARKUP_REACH = 16
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?:\+44\s?|\b0)\d{2,5}[ \d]{6,10}\d\b")
EDGE_CHARS = " \t\u00a0|:;,.-–—•·*\"“”'‘’()[]"
SENTENCE_STOP_RE = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n")
# A clause also ends at a quotation mark, a colon or a semicolon: "Jo Bloggs said: “...”".
CLAUSE_STOP_RE = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n|[“”\";:]")
CLAUSE_REACH = 250
# A sentence is read at most this far either side of a point in it: a line of thousands of ratings with no full stop
# is no sentence, and reading the whole of it for each of its matches would be quadratic.
SENTENCE_REACH = 2000
SENTENCE_RUN_RE = re.compile(r"[^.!?\n]+")
INSIDE_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # after a stop that ends no sentence


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def __bool__(self) -> bool:
        return self.end > self.start


Line = Span
Cell = Span


def span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def end_of_line(text: str, pos: int, end: int | None = None) -> int:
    """Where the line that `pos` is on ends: at its newline, or at `end` (the text's end) if none comes first."""
    end = len(text) if end is None else end
    newline = text.find("\n", pos, end)
    return end if newline == -1 else newline


def start_of_line(text: str, pos: int, reach: int = SENTENCE_REACH) -> int:
    """Where the line that `pos` is on starts, at most `reach` characters back: a document whose line breaks were lost
    is one line, read near `pos`, not from its start for every figure on it."""
    floor = max(0, pos - reach)
    return max(floor, text.rfind("\n", floor, pos) + 1)


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of text[start:end], each with absolute offsets and no newline."""
    # every family's reader and every kind of finding asks for the document's lines: they are split once
    return list(_lines(text, start, len(text) if end is None else end))


# Where a line's next column starts: after three blanks or more that follow a word (or, on a line whose left column is
# empty, after its indent). A run of blanks is entered at its start only and taken whole.
COLUMN_START_RE = re.compile(r"(?<=\S)[^\S\n]{3,}+(?=\S)|^[^\S\n]{8,}+(?=\S)")
SIDE_COLUMN_LEFTMOST = 30  # characters: a right column starts past the left's width, not at an indent
SIDE_COLUMN_LINES = 8  # lines whose next column starts at one place: a page set in two columns


def left_column(text: str) -> str | None:
    """The text of a page set in two columns side by side ('Board membership (September 2020)<pad>HEADLINE
    PERFORMANCE'), the right column's words blanked (the offsets kept), so a list in the left reads its own lines
    alone; None where no column starts at one place on enough lines. A line whose words run past the column's start
    without a gap (prose across the page) is kept whole."""
    starts: dict[int, int] = {}
    for line in _document_lines(text):
        for gap in COLUMN_START_RE.finditer(line.text):
            if gap.end() >= SIDE_COLUMN_LEFTMOST:
                starts[gap.end()] = starts.get(gap.end(), 0) + 1
    column = max(starts, key=lambda at: (starts[at], -at), default=None)
    if column is None or starts[column] < SIDE_COLUMN_LINES:
        return None
    parts: list[str] = []
    kept = 0
    for line in _document_lines(text):
        if len(line.text) > column and line.text[column - 2:column] == "  ":
            parts += [text[kept:line.start + column], " " * (line.end - line.start - column)]
            kept = line.end
    return "".join([*parts, text[kept:]])


def lines_from(text: str, start: int, count: int) -> list[Line]:
    """`lines(text, start)[:count]`, the first from `start` if that is inside a line: a slice of the document's lines,
    split once, so a reader that looks a few lines past each of many leads stays linear."""
    if start >= len(text) or count <= 0:
        return []
    every = _document_lines(text)
    at = bisect_right(every, start, key=lambda line: line.start) - 1
    first = every[at]
    if first.start == start:
        return list(every[at:at + count])
    return [Span(start, first.end, text[start:first.end]), *every[at + 1:at + count]]


@lru_cache(maxsize=2)  # the whole document's lines, kept apart from the stretches `_lines` holds a few of
def _document_lines(text: str) -> tuple[Line, ...]:
    return _lines(text, 0, len(text))


@lru_cache(maxsize=16)  # (a few: a long document's lines are many)
def _lines(text: str, start: int, end: int) -> tuple[Line, ...]:
    found = []
    pos = start
    while pos < end:
        stop = end_of_line(text, pos, end)
        found.append(Span(pos, stop, text[pos:stop]))
        pos = stop + 1
    return tuple(found)


def trim(text: str, start: int, end: int, chars: str = EDGE_CHARS, *, keep_closing: bool = True) -> Span:
    """Move start/end inwards past markup, bullets, pipes and the given edge characters."""
    start, end = trim_bounds(text, start, end, chars, keep_closing=keep_closing)
    return Span(start, end, text[start:end])


def trim_bounds(text: str, start: int, end: int, chars: str = EDGE_CHARS, *, keep_closing: bool = True
                ) -> tuple[int, int]:
    """Where `trim` would put start and end, without copying the text between them (a caller
    that trims many overlapping stretches of one long line stays linear)."""
    changed = True
    while changed and start < end:
        changed = False
        head = MARKUP_RE.match(text, start, end)
        if head and head.end() > start:
            start = head.end()
            changed = True
            continue
        # Markup is short: only the tail can end the span, so only the tail is searched (a long span stays linear).
        for match in MARKUP_RE.finditer(text, max(start, end - MARKUP_REACH), end):
            if match.end() == end and match.start() > start:
                end = match.start()
                changed = True
                break
        if changed:
            continue
        while start < end and text[start] in chars:
            start += 1
            changed = True
        while start < end and text[end - 1] in chars:
            if keep_closing and text[end - 1] in ")]" and text.find("(["[text[end - 1] == "]"], start, end - 1) != -1:
                break
            if keep_closing and text[end - 1] == "." and end - 2 >= start and text[end - 2].isupper() and (end - 3 < start or not text[end - 3].isalpha()):
                break  # an initial's full stop: "E. Williams" -> keep "E."
            end -= 1
            changed = True
    return start, end


# Dot leaders between a table's cells: 'Lead Inspector ........ Jo Lee', 'Police ...... Supt. Oduya ...... Apologies'.
# Dot leaders between a row's cells; two dots with a space each side are too, where a long post left room for no more
# ('Welsh Government, Community Safety Division .. Youth Justice Branch').
# (a lone stop between blanks is a leader cut short by a long post: 'YJB Head of Business Area . Jo Bloggs'; stops
# spaced out are one leader: 'Jo Lee . . . . . Head of Service')
LEADERS_RE = re.compile(r"(?<![^\S\n])(?:[^\S\n]*+(?:[.…·]{3,}|\.\.(?=[^\S\n]))|(?:[^\S\n]++\.(?=[^\S\n]))++)[^\S\n]*+")


def leaders_blanked(text: str) -> str:
    """The text with each run of dot leaders written as spaces (same offsets), so a row of leaders reads as a table
    padded into its columns."""
    return LEADERS_RE.sub(lambda leader: " " * len(leader.group(0)), text)


# A form drawn as a box: rules of '+', '-' and '=' between its rows, each row's cells between bars
# ('| Report of    | Jo Bloggs, Director,  |' over '|              | Children's Services   |').
BOX_RULE_RE = re.compile(r"^[^\S\n]*\+[-=+]{3,}\+?[^\S\n]*$", re.MULTILINE)
BOXED_ROW_RE = re.compile(r"^[^\S\n]*\|[^\n]*\|[^\S\n]*$", re.MULTILINE)


def box_blanked(text: str) -> str:
    """The text with a box's rules and bars written as spaces (same offsets), so a form drawn as a box reads as the
    same form padded into two columns: each label at its row's start, its value (wrapped too) in the column beside."""
    if "|" not in text:
        return text
    text = BOX_RULE_RE.sub(lambda rule: " " * len(rule.group(0)), text)
    return BOXED_ROW_RE.sub(lambda row: row.group(0).replace("|", " "), text)


def strip_bullet(text: str, line: Span) -> Span:
    match = BULLET_RE.match(line.text.lstrip())
    if not match:
        return line
    offset = len(line.text) - len(line.text.lstrip()) + match.end()
    return span(text, line.start + offset, line.end)


# The words of a table's header row: what its columns hold, in attendance lists, membership tables and staff lists.
COLUMN_HEADS = {"name", "names", "role", "roles", "title", "job", "position", "organisation", "organization", "agency",
                "representing", "initials", "init", "attendee", "attendees", "service", "designation", "post", "member", "body",
                # a register of a board's seats: '| Agency | Board member | Seat | Status |'
                "board", "members", "seat",
                # the post a member sits in, a cabinet's register: 'Initials   Name   Capacity', 'Member   Portfolio'
                "capacity", "portfolio",
                # a register that parts the name in two: 'Surname   Forename   Inits   Agency / Post'
                "surname", "surnames", "forename", "forenames", "first", "given", "inits",
                # the last column that says who came: 'Name<TAB>Representing<TAB>Attendance' (or 'Att', abbreviated)
                "attendance", "attended", "status", "att",
                # the heads of the minutes' own table, which follows the lists
                "item", "discussion", "action", "actions", "decision", "decisions", "owner"}
# Heads that say only how a name is written or whether its holder came ('Surname, forename<TAB>Post<TAB>Agency<TAB>Present /
# Apologies'): a header row beside one of the heads above, never alone (a line 'Present' or 'Apologies' is a heading).
NAME_FORM_AND_ATTENDANCE_HEADS = {"surname", "surnames", "forename", "forenames", "first", "full", "present", "apologies",
                                  "absent", "substitute",
                                  # a register's last column of remarks on each row ('Member   Attended   Notes')
                                  "notes", "comments", "remarks"}


# What a head says its column holds: the person's name, their post, or the body they come from.
# (in Welsh too, a head written in Welsh alone: 'Enw' the name, 'Swydd' the post, 'Asiantaeth' the body)
WELSH_COLUMN_KINDS = {"name": {"enw", "aelod", "aelodau", "cynrychiolydd"}, "post": {"swydd", "rôl"},
                      "body": {"asiantaeth", "sefydliad"}}
COLUMN_KINDS = {"name": {"name", "names", "member", "members", "representative", "attendee", "surname, forename",
                         "surname, forenames", "full name", *WELSH_COLUMN_KINDS["name"]},
                "post": {"post", "role", "title", "position", "designation", "job", "job title", "capacity", "portfolio",
                         *WELSH_COLUMN_KINDS["post"]},
                "body": {"agency", "organisation", "organization", "body", "representing", "service",
                         *WELSH_COLUMN_KINDS["body"]}}
# The Welsh heads' words, which a bilingual head writes before or beside the English ('Sefydliad – Swydd / Organisation
# – Post'): a header row's words as the English heads are.
WELSH_COLUMN_HEADS = frozenset(word for heads in WELSH_COLUMN_KINDS.values() for word in heads)


# The words that open the heading of a part of a document set apart from its body (an appendix, an annex, a schedule,
# an enclosure), before the part's own title: 'APPENDIX 2: ', 'Annex B – ', 'Appendix 1 (extract) - ', 'SCHEDULE 3 '.
# A list's heading reads its title after them as it reads it alone ('APPENDIX 2: COPY LIST' is a copy list's label), so a
# list set in such a part is read whatever the family of the document it ends.
PART_PREFIX = (r"(?i:appendix|annexe?|schedule|enclosure|attachment)(?:[^\S\n]++(?:\d{1,2}[A-Za-z]?|[A-Za-z]|[IVXivx]{1,4})"
               r"(?![\w'’]))?(?:[^\S\n]*+\((?i:extract|part)\))?(?:[^\S\n]*+[:.–—-][^\S\n]*+|[^\S\n]++)")
PART_PREFIX_RE = re.compile(PART_PREFIX)


# Where a PDF ran one table cell into the next with no space: a small letter or a closing bracket against the capital that
# opens the next cell's word ('Jo LeeHead of Service', 'Designated Doctor, SafeguardingWestmere CCG', 'People
# (Chair)Westmere Council'), never inside a name's own prefix ('McAdam', 'MacLeod', 'FitzGerald').
GLUED_CELL_RE = re.compile(r"(?<=[a-z)])(?<!\bMc)(?<!\bMac)(?<!\bFitz)(?=[A-Z][a-z])")


def unglued(cell: str) -> str:
    """The cell with a space where a PDF ran two cells together: 'representativeMetropolitan Police' -> 'representative
    Metropolitan Police'."""
    return GLUED_CELL_RE.sub(" ", cell)


# The other language's words before a bilingual head's slash: 'Enw / Name', 'Llyth. / Init.'.
OTHER_TONGUE_HEAD = r"(?<![^\W\d_])[^\W\d_]++\.?(?:[^\S\n][^\W\d_]++\.?){0,2}[^\S\n]*/[^\S\n]*(?=\w)"
OTHER_TONGUE_HEAD_RE = re.compile(OTHER_TONGUE_HEAD)


def column_kind(head: str) -> str | None:
    """'name', 'post' or 'body' for a column's head ('Agency' holds the body; 'Enw / Name' the name), else None."""
    words = " ".join(OTHER_TONGUE_HEAD_RE.sub("", head).lower().split())
    return next((kind for kind, heads in COLUMN_KINDS.items() if words in heads), None)


# A register's column for one meeting, headed by its date: 'Mar 19', 'March 2019', "Jun '19", '14.03.19', as a cell of
# its own (after a tab, wide padding or a bar).
MEETING_DATE = (r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:\d{1,2}[^\S\n]++)?"
                rf"{MONTH_WORD}[^\S\n]*+['’]?\d{{2,4}}")
# The meeting's day and month where the paper gives its year elsewhere: 'Present 17 May:' in an action log.
DAY_AND_MONTH = rf"\d{{1,2}}[^\S\n]++{MONTH_WORD}"
# (no tab in the blanks before the date: from each tab of a run they would cross the run's rest, quadratic)
DATE_HEAD_RE = re.compile(rf"(?:(?<=\t)|(?<=[^\S\n]{{3}})|(?<=\|))[^\S\n\t]*+(?:{MEETING_DATE})[^\S\n]*+(?=\t|\||[^\S\n]{{3}}|$)")
MEETING_DATE_RE = re.compile(MEETING_DATE)
# A register's column for one meeting of the year its heading names ('REGISTER ... 2021/22'), headed by the month alone
# ('Jun  Sep'): the months may stand closer than columns do, so a run of them ending the head row is read as one.
BARE_MONTH_RE = re.compile(rf"{MONTH}\.?", re.IGNORECASE)
NON_BLANK_RE = re.compile(r"\S+")


def is_date_head(head: str) -> bool:
    """Whether a head cell is a meeting's date, heading a register's column of marks for that meeting."""
    return MEETING_DATE_RE.fullmatch(head.strip()) is not None


def is_month_head(head: str) -> bool:
    """Whether a cell of a head row is a month alone ('Sep', 'November'), heading the column of that month's meeting in
    a register of the year its heading names ('REGISTER ... 2021/22')."""
    return BARE_MONTH_RE.fullmatch(head.strip()) is not None


# A register's last column headed by the marks its rows carry, parted by slashes ('P / A', 'Y/N', 'P/A/D'): the
# column of attendance, as 'Attendance' heads it (capitals alone, so no word of a name or a post is read so).
STATUS_CODES_HEAD_RE = re.compile(r"(?<!\S)[A-Z]{1,2}+(?:[^\S\n]*+/[^\S\n]*+[A-Z]{1,2}+)++(?!\S)")


# A run of blanks (no tab) longer than the three that part a register's columns: it parts them as three do.
LONG_BLANKS_RE = re.compile(r"[^\S\n\t]{4,}")
HEAD_GAP_RE = re.compile(r"\t++|[^\S\n]{3,}+")


def _without_month_heads(row: str) -> str:
    """The row without the run of months that ends it after a column's gap ('Post   Jun  Sep'), read word by word
    from the end."""
    words = [(word.start(), word.end()) for word in NON_BLANK_RE.finditer(row)]
    first = len(words)
    while first and BARE_MONTH_RE.fullmatch(row, *words[first - 1]):
        first -= 1
    if first in (0, len(words)):
        return row
    gap = row[words[first - 1][1]:words[first][0]]
    return row[:words[first][0]] if "\t" in gap or len(gap) >= 3 else row


def is_column_heads(line: Line) -> bool:
    """A table's header row ('| Name | Role | Organisation |', bilingual 'Enw / Name   Sefydliad / Organisation', a
    register's 'Member<TAB>Representing<TAB>Mar 19' whose last columns are its meetings' dates), skipped inside a
    list."""
    return _column_heads(line.text)


@lru_cache(maxsize=4096)  # a list's line is asked again by each reader of the list: its words are read once
def _column_heads(row: str) -> bool:
    # a long run of blanks is written as three, which part the columns and the dates alike (the dates' pattern tries
    # each blank of a run, and its blanks reach the run's end from each: quadratic in a run of a page's width)
    row = LONG_BLANKS_RE.sub("   ", row)
    dates = HEAD_GAP_RE.split(row.strip())
    if len(dates) >= 2 and all(is_date_head(date) for date in dates):
        return True  # '           22/04/21   15/07/21   18/11/21': the meetings' dates alone over their marks
    heads = STATUS_CODES_HEAD_RE.sub(" attendance ", DATE_HEAD_RE.sub(" ", _without_month_heads(row)))
    # each tab's cell alone: the other tongue's words never cross a tab ('Agency<TAB>Present / Apologies' is English)
    words = re.findall(r"[A-Za-z]+", " ".join(OTHER_TONGUE_HEAD_RE.sub("", plain(cell))
                                              for cell in heads.split("\t")).lower())
    return any(word in COLUMN_HEADS for word in words) and \
        all(word in COLUMN_HEADS or word in NAME_FORM_AND_ATTENDANCE_HEADS or word in WELSH_COLUMN_HEADS for word in words)


# Where one cell of a table row ends and the next begins, inside a span of several: bars, tabs or wide padding.
CELL_BREAK_RE = re.compile(r"(?<!\s)(?:(?:\s*\|)+|[^\S\n]*\t|[^\S\t\n]{3,})\s*")


def fold_cells(text: str) -> str:
    """Cells of a row written as one phrase: 'Head of Service | Eastmarch Council' -> 'Head of Service, Eastmarch
    Council'."""
    text = WRAPPED_AT_HYPHEN_RE.sub("-", text)  # 'Vice-' / 'Chairman': one word the line's end cut at its hyphen
    return re.sub(r",(?:\s*,)+", ",", " ".join(CELL_BREAK_RE.sub(", ", text).split())).strip(", ")


# A word cut at its own hyphen by the line's end, its next part a capital's ('Vice-' / 'Chairman', 'Pugh-' / 'Evans'):
# the hyphen's blanks are crossed once.
WRAPPED_AT_HYPHEN_RE = re.compile(r"(?<=[^\W\d_])-[^\S\n]*+\n[^\S\n]*+(?=[A-Z])")


SPACED_PIPE_RE = re.compile(r"\S[^\S\n]+\|[^\S\n]+\S")


def cells(text: str, line: Span) -> list[Cell]:
    """Split a table row into cells on tabs, markdown pipes (or one pipe set off by spaces, as a two-column table
    flattened to 'Name | post' leaves it) or runs of 3+ spaces; trimmed; empty cells dropped."""
    return list(_cells(text, line.start, line.text))


@lru_cache(maxsize=4096)  # a dozen readers ask for the cells of the same rows: each row's are made once a document
def _cells(text: str, start: int, raw: str) -> tuple[Cell, ...]:
    # a cell is trimmed within the line, so the cells are the same wherever the line stands: each line is split once
    # (the text at the line's offsets is the line, but a caller may pass a text whose leaders or bars are blanked)
    window = text[start:start + len(raw)]
    return tuple(Span(start + a, start + b, window[a:b]) for a, b in _cell_bounds(raw, raw if window == raw else window))


PIPE_SEPARATOR_RE = re.compile(r"\|")
TAB_SEPARATOR_RE = re.compile(r"\t+")
BLANKS_SEPARATOR_RE = re.compile(r" {3,}|\u00a0{2,}")
RULE_CELL_RE = re.compile(r"[-:| ]+")


@lru_cache(maxsize=4096)
def _cell_bounds(raw: str, window: str) -> tuple[tuple[int, int], ...]:
    """Where `cells` puts each cell of a line `raw` (`window`, the text it trims, at the line's offsets): from the
    line's start."""
    if raw.strip().startswith("|") or raw.count("|") >= 2 or SPACED_PIPE_RE.search(raw):
        separator = PIPE_SEPARATOR_RE
    elif "\t" in raw:
        separator = TAB_SEPARATOR_RE
    else:
        separator = BLANKS_SEPARATOR_RE
    found = []
    pos = 0
    for match in separator.finditer(raw):
        found.append((pos, match.start()))
        pos = match.end()
    found.append((pos, len(raw)))
    result = []
    for a, b in found:
        start, end = trim_bounds(window, a, b)
        if end > start and not RULE_CELL_RE.fullmatch(window, start, end):
            result.append((start, end))
    return tuple(result)


def is_blank(line: Span) -> bool:
    return not MARKUP_RE.sub("", line.text).strip(" \t\u00a0|-:")


def plain(text: str) -> str:
    """Text without markup, for matching only (never for quotes)."""
    return " ".join(MARKUP_RE.sub("", text).split())


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Sentences (or list items) of text[start:end], with absolute offsets: each run of text up to a
    stop, a line break or the end. A run whose stop is inside a word or a number ('32.8', 'e.g.')
    is no sentence. Each run is read once, so a long line of them stays linear."""
    end = len(text) if end is None else end
    for run in SENTENCE_RUN_RE.finditer(text, start, end):
        stop = run.end()
        if stop < end and text[stop] != "\n" and stop + 1 < end and text[stop + 1] in INSIDE_WORD:
            continue
        piece = trim(text, run.start(), min(stop + 1, end), " \t\n")
        if piece:
            yield piece


def find_line(all_lines: list[Line], pattern: str | re.Pattern[str], begin: int = 0) -> int:
    """Index of the first line at or after `begin` whose plain text matches the pattern, or -1."""
    regex = re.compile(pattern, re.IGNORECASE) if isinstance(pattern, str) else pattern
    for index in range(begin, len(all_lines)):
        if regex.search(plain(all_lines[index].text)):
            return index
    return -1


def is_false_stop(text: str, stop: int) -> bool:
    """A full stop at `stop` after an initial or an honorific ('J. Smith', 'Mr. Smith') ends no sentence."""
    if text[stop:stop + 1] != ".":
        return False
    word = re.search(r"(\w+)$", text[max(0, stop - 12):stop])
    if word is None:
        return False
    if word.group(1).lower() in NUMBER_ABBREVIATIONS and re.match(r"[^\S\n]*+\d", text[stop + 1:stop + 4]):
        return True  # 'tel. 01632 960 214', 'ext. 214', 'no. 4': a contact's or an item's number goes on
    return len(word.group(1)) == 1 and word.group(1).isupper() or is_honorific(word.group(1))


NUMBER_ABBREVIATIONS = frozenset({"tel", "ext", "no", "nos", "fax", "mob", "ref"})


def sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the sentence holding pos begins, within its line, not before floor and within SENTENCE_REACH."""
    floor = max(floor, pos - SENTENCE_REACH)
    start = max(floor, text.rfind("\n", floor, pos) + 1)
    for stop in SENTENCE_STOP_RE.finditer(text, start, pos):
        if not is_false_stop(text, stop.start()):
            start = stop.end()
    while start < pos and text[start] in " \t":
        start += 1
    return _before_page_cut(text, start, pos, lambda whole, half: sentence_start(whole, half, floor))


# A line of running prose that the page's width broke is long (`WRAPPED_LINE`); a heading or a list entry is short.
WRAPPED_LINES = 3


def wrapped_sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the sentence holding pos begins when running prose is broken over lines (text extracted from a PDF):
    from the start of its line, it reaches back over up to three long lines above that end with no full stop."""
    start = sentence_start(text, pos, floor)
    for _ in range(WRAPPED_LINES):
        line_start = max(floor, text.rfind("\n", floor, start) + 1)
        if line_start <= floor or text[line_start:start].strip():
            break  # the sentence begins inside its line
        above_start = max(floor, text.rfind("\n", floor, line_start - 1) + 1)
        above = text[above_start:line_start - 1]
        if len(above.strip()) < WRAPPED_LINE or re.search(r"[.!?:;]\s*$", above) or not re.search(r"[a-z]", above):
            break  # a short line, a sentence's end, or a heading in capitals ('16  CHILDREN LOOKED AFTER') is no prose
        start = sentence_start(text, line_start - 1, above_start)
    return start


def sentence_end(text: str, pos: int, end: int | None = None) -> int:
    """Where the sentence holding pos ends (its full stop, or a blank line), not after end nor SENTENCE_REACH on."""
    end = min(len(text) if end is None else end, pos + SENTENCE_REACH)
    for stop in SENTENCE_STOP_RE.finditer(text, pos, end):
        if not is_false_stop(text, stop.start()):
            return stop.start()
    return end


def clause_start(text: str, pos: int, reach: int = CLAUSE_REACH) -> int:
    """Where the clause ending at pos begins: the last sentence end, quotation mark, colon or blank line before it."""
    floor = max(0, pos - reach)
    start = floor
    for stop in CLAUSE_STOP_RE.finditer(text, floor, pos):
        if not is_false_stop(text, stop.start()):
            start = stop.end()
    return _before_page_cut(text, start, pos, clause_start)


def _before_page_cut(text: str, start: int, pos: int, again: Callable[[str, int], int]) -> int:
    """A sentence or clause that opens a page with the rest of a name the page's end cut ('Councillor Shahida' / 'Page
    14' / 'Rafiq said that ...': `kg.names.page_cut_names`; 'Inspector Har-' / 'Page 14' / 'rop replied') begins where
    the name's first half's does."""
    opening = start
    while opening < pos and text[opening] in " \t\n":
        opening += 1
    half = page_cut_rests(text).get(opening)
    half = hyphenated_half_before(text, opening) if half is None and opening < pos else half
    return again(text, half) if half is not None and half < start else start


def clause_end(text: str, pos: int, reach: int = CLAUSE_REACH) -> int:
    """Where the clause starting at pos ends (see clause_start), at most reach characters on."""
    ceiling = min(len(text), pos + reach)
    for stop in CLAUSE_STOP_RE.finditer(text, pos, ceiling):
        if not is_false_stop(text, stop.start()):
            return stop.start()
    return ceiling


# A council report's form header: 'Report to: Cabinet', 'Report of: Director', 'Report author: X', 'Wards affected: All',
# 'Key decision: No', 'Cabinet Member: Councillor X'; or its two columns, the label padded from its value
# ('Wards affected      All wards').
# (a label in two languages, the other's first: 'Awdur yr Adroddiad / Report Author', 'Aelod Arweiniol / Lead Member')
COUNCIL_REPORT_FORM_RE = re.compile(rf"^[^\w\n]*+(?:{OTHER_TONGUE_HEAD})?(?:report[ \t]+(?:to|of|by|author)|wards?[ \t]+affected|"
                                    r"key[ \t]+decision|cabinet[ \t]+member|lead[ \t]+member|portfolio[ \t]+holder)"
                                    r"(?:[^\S\n]*+:|(?:[ ]{3,}|\t)(?=\S))",
                                    re.IGNORECASE | re.MULTILINE)
FORM_HEADER_REACH = 3000


def council_report_form(text: str) -> bool:
    """The document opens with a council report's form header: a paper about an inspection, not the inspectorate's
    report (whose title it may quote among its background papers)."""
    return bool(COUNCIL_REPORT_FORM_RE.search(text[:FORM_HEADER_REACH]))


# A label in a form's right-hand column, after the left's value and its padding: 'REPORT OF:  Jo Lee,       PORTFOLIO:'.
RIGHT_LABEL_RE = re.compile(r"(?<=\S)[^\S\n]{3,}+(?=[A-Z][A-Za-z]*+(?:[^\S\n][A-Za-z]++){0,2}:(?:[^\S\n]|$))", re.MULTILINE)
RIGHT_LABELS = 2  # labels at one column, on lines of their own, make it the form's right-hand column


def form_right_column(text: str) -> str | None:
    """A council report's form header set in two columns of labels and values ('REPORT TO:  CABINET      DATE:  12 May'
    / 'REPORT OF:  Jo Lee,     PORTFOLIO:  Children and Families (Cllr' / '           Director   Ann Roe)'), read as
    its right-hand column alone: the left column of each of the block's lines blanked (the same offsets), so that a
    right-hand label opens its line and its value wraps in its own column. None where the head has no such column."""
    head_end = min(len(text), FORM_HEADER_REACH)
    columns: dict[int, list[int]] = {}
    for label in RIGHT_LABEL_RE.finditer(text, 0, head_end):
        line_start = text.rfind("\n", 0, label.start()) + 1
        if COUNCIL_REPORT_FORM_RE.match(text, line_start) or text[line_start:line_start + 1].isupper():
            columns.setdefault(label.end() - line_start, []).append(line_start)
    column, starts = max(columns.items(), key=lambda item: len(item[1]), default=(0, []))
    if len(starts) < RIGHT_LABELS:
        return None
    chars = list(text)
    line_start = starts[0]
    while line_start < head_end:  # the block from its first labelled line to the blank line under it
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if not text[line_start:line_end].strip():
            break
        chars[line_start:min(line_start + column, line_end)] = " " * (min(line_start + column, line_end) - line_start)
        line_start = line_end + 1
    return "".join(chars)


# The title of a youth justice service's own plan: 'YOUTH JUSTICE PLAN 2024 – 2025', 'Youth Justice Strategic Plan
# 2023-26', after the place ('Eskbridge Youth Justice Plan'), or after the title in the other tongue, beside it or in a
# second column ('CYNLLUN CYFIAWNDER IEUENCTID / YOUTH JUSTICE PLAN', 'CYNLLUN ... 2021-2022      YOUTH JUSTICE PLAN').
PLAN_TITLE_RE = re.compile(r"(?:^[^\S\n]*+|/[^\S\n]*+|(?<=[^\S\n]{3})|(?<=\t))(?:(?-i:[A-Z][\w'’-]*+)[^\S\n]++){0,3}"
                           r"youth\s+(?:justice|offending)\s+(?:strategic\s+)?plan\b", re.IGNORECASE | re.MULTILINE)
PLAN_TITLE_LINES = 10


def plan_title(text: str) -> bool:
    """The document's opening lines title the service's youth justice plan."""
    return bool(PLAN_TITLE_RE.search("\n".join(text[:FORM_HEADER_REACH].splitlines()[:PLAN_TITLE_LINES])))
