"""One splitter for the rows of a people table and for credit lines, however a PDF flattened them.

A table of people (a board's membership, an attendance register, an inspection's credits) loses its grid when a PDF
is turned into text: the cells of a row run into each other ("Ann WrightHead of Community Safety (Chair)", "Raj Patel
Manager, Youth Offending Service"), a long cell wraps onto the lines below (under its own column, or at the left
margin when the grid is gone), a page's footer falls inside the table, and a credits page sets two label/value pairs
on one line ("Lead inspector: Jo Lee        Inspector: Dev Rao").

The contract, for every reader of such blocks:

- `table_entries(text, rows)` groups a block's lines into entries: a member's row and the lines its cells wrapped
  onto. A line continues the entry above when its first cell stands under a later column of the block than the
  names' (the name's cell is blank), or, where the block has no columns, when no name opens it and it would not have
  fitted on the line above (the block's width decides, as it decided where the line broke) or the line above ends in
  a word that cannot end a post ('and', 'of', a comma); a few lines at most (`text.WRAPPED_LINES`).
- `person_cells(text, entry, columns)` reads one entry: the name that opens it, and the post and the body, each as
  the parts (spans) of the lines it stands on. The name/post boundary comes from the structure: the next column of the
  block, else where `kg.names.find_names` stops the name (a lower-to-upper case join, a post or body word). The rest
  is parted into post and body by the columns' heads or `roles.post_and_body`.
- `label_values(text, line, relation_for)` reads a credits line: each 'Label: value' pair (two or more to a line,
  parted by a tab or wide padding), or one 'Label<padding>value'; a label counts only when `relation_for` (the
  caller's vocabulary of labels: `inspection_people.relation_for_label`, the attendance headings) knows it.
- `stacked_table(text, rows, skip, stop)` reads a table flattened to one cell a line: its heads one a line ('Name' /
  'Post' / 'Organisation'; the name's first) decide how many cells a record has and what each holds; a record starts
  at a line a name opens (after a rank or an honorific too) or 'Vacant'; a record of more lines than cells joins its
  wrapped lines (a name's second part, a line after an open end or opening in small letters, a lone word) when
  those are exactly the extra lines, else it is left unread; a record of too few lines leaves the whole table unread.
  `stacked_name` is the person a record's name cell holds.

Nothing here emits a fact: the readers that own each kind of block decide what a member, a credit or an attendee is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from kg.loaders.roles import is_organisation_name
from kg.loaders.text import BULLET_RE, WRAPPED_LINES, Line, Span, cells, column_kind, span, trim
from kg.names import (
    HONORIFICS,
    POLICE_RANK_WORDS,
    NameMatch,
    find_names,
    is_first_name,
    is_honorific,
    is_role_word,
    page_cut_rests,
)
from kg.vocabulary import is_body_word, names_post

COLUMN_SLACK = 2  # characters: a wrapped cell's words may start a little off its column's
# A word or mark a post cannot end on: the line broke inside the post ('Cabinet Member for Social Services and').
OPEN_END_RE = re.compile(r"(?:\b(?:and|of|for|the|to|in|with|&)|[,(/–—-])[^\S\n]*$", re.IGNORECASE)


HYPHEN_END_RE = re.compile(r"[^\W\d_]-$")


@dataclass(frozen=True)
class Cell:
    """A cell of a table, over the lines it wrapped onto: its parts, each a span of one line."""

    parts: tuple[Span, ...]

    @property
    def text(self) -> str:
        # (a word broken at its hyphen joins the next line's with no space: 'Okonkwo-' / 'Hart', '(non-' / 'voting)')
        written = "".join(part.text + ("" if HYPHEN_END_RE.search(part.text) else " ") for part in self.parts)
        words = " ".join(written.split()).rstrip(",;")
        # a cell's bracket closed on a wrapped line, which trimming its edge dropped ('Member (Designated' / 'Doctor)')
        return words + ")" * (words.count("(") - words.count(")")) if words.count("(") > words.count(")") else words

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


@dataclass(frozen=True)
class PersonCells:
    """One person's row: the name, the post and body written with it (None where the row has none), the label a
    credit gives them, and the whole entry as evidence."""

    name: NameMatch
    post: Cell | None
    body: Cell | None
    label: Span | None
    evidence: Span
    chair: bool = False  # the name's cell marks the board's chair after the name ('Jo Lee (Chair)')


def column_starts(text: str, rows: Sequence[Line]) -> tuple[int, ...]:
    """The columns of a block: where cells start, counted from the line's start, on two rows of several cells at
    least (a row of one cell says nothing of the grid)."""
    counts: dict[int, int] = {}
    for row in rows:
        row_cells = cells(text, row)
        if len(row_cells) < 2:
            continue
        for cell in row_cells:
            at = cell.start - row.start
            # (the columns near it looked up by key: a row of thousands of cells stays linear)
            near = next((column for column in range(at - COLUMN_SLACK, at + COLUMN_SLACK + 1) if column in counts), at)
            counts[near] = counts.get(near, 0) + 1
    return tuple(sorted(column for column, count in counts.items() if count >= 2))


def _column_of(at: int, columns: Sequence[int]) -> int | None:
    index = bisect_left(columns, at - COLUMN_SLACK)
    return index if index < len(columns) and columns[index] <= at + COLUMN_SLACK else None


@dataclass(frozen=True)
class TabGrid:
    """The columns of a table parted by tabs, from its header row: how many, and whether a run of tabs parts two cells
    (the heads are written so) or each tab does (a row whose first cells are blank then opens with a tab for each:
    '<TAB><TAB>Children's Services (Vice-Chair)' holds the third column's rest). A tab's width is the viewer's, so
    the columns are counted, not measured."""

    count: int
    runs: bool


Columns = Sequence[int] | TabGrid
TABS_RE = re.compile(r"\t++")


def tab_grid(header: Line) -> TabGrid | None:
    """The grid of a header row parted by tabs ('Agency<TAB>Representative<TAB>Position'); None for any other row."""
    if "\t" not in header.text or "|" in header.text:
        return None
    written = header.text.strip("\t ")
    return TabGrid(len([head for head in TABS_RE.split(written) if head.strip()]), "\t\t" in written)


# Two blanks or more inside a cell: where a cell that ran on into the next column's may part from it.
NARROW_GAP_RE = re.compile(r"[^\S\n]{2,}+")


def placed_cells(text: str, line: Line, columns: Columns) -> list[tuple[int | None, Span]]:
    """Each cell of a row with the column it stands in (None: under none of the block's columns). A padded cell that
    runs into the next column parts where two blanks stand before that column's start ('Corporate Director (Chair)
    Westmere Council', the post's cell too wide for its column)."""
    if not isinstance(columns, TabGrid):
        if not columns:
            return [(None, cell) for cell in cells(text, line)]
        parted: list[Span] = []
        for cell in cells(text, line):
            start, own = cell.start, _column_of(cell.start - line.start, columns)
            for gap in NARROW_GAP_RE.finditer(text, cell.start, cell.end):
                if (_column_of(gap.end() - line.start, columns) or -1) > (own if own is not None else -1):
                    parted.append(trim(text, start, gap.start()))
                    start = gap.end()
            parted.append(trim(text, start, cell.end) if start != cell.start else cell)
        return [(_column_of(cell.start - line.start, columns), cell) for cell in parted]
    placed: list[tuple[int | None, Span]] = []
    column, at = 0, line.start
    for separator in [*TABS_RE.finditer(line.text), None]:
        end = line.start + separator.start() if separator else line.end
        cell = trim(text, at, end)
        if cell:
            placed.append((column if column < columns.count else None, cell))
        if separator:
            column += 1 if columns.runs else len(separator.group())
            at = line.start + separator.end()
    return placed


def _opens_with_name(text: str, line: Line) -> bool:
    first = trim(text, line.start, line.end)
    names = find_names(text, first.start, first.end, strict=True) if first else []
    return bool(names) and names[0].start == first.start


def continues(text: str, above: Line, line: Line, columns: Columns, width: int, name_column: int = 0) -> bool:
    """Does `line` hold the rest of the cells of the entry whose last line is `above`? (`name_column`: where the
    block's names stand, by its heads.)"""
    row_cells = cells(text, line)
    if not row_cells:
        return False
    if columns:
        # under the block's columns, the name's cell blank (or holding the surname the name above wrapped onto: 'Cllr
        # Bernard' / 'Haldane-Fry'): the rest of the row's cells
        if STACKED_END_RE.match(line.text) or _sentence(line.text) or line.text.rstrip().endswith(":"):
            return False  # a heading ('3. Performance', 'In attendance:') or a sentence ends the table
        placed = placed_cells(text, line, columns)
        named = [cell for column, cell in placed if column == name_column]
        return bool(placed) and all(column is not None and _fits(line, column, cell, columns) for column, cell in placed) \
            and (not named or (own := name_cell(text, above, columns, name_column)) is not None
                 and surname_wrapped(text, own, named[0]))
    if len(row_cells) != 1 or len(cells(text, above)) != 1 or _opens_with_name(text, line) or \
            BULLET_RE.match(line.text.strip()):
        return False  # (a bullet opens an entry of its own)
    first_word = line.text.split()[0]
    if OPEN_END_RE.search(above.text) or first_word[:1] in "(" or first_word[:1].islower():
        return True  # a word or a bracket that ends no post or opens no entry
    # the first word would not have fitted on the line above, whose post does not end in a body of its own name
    # ('..., Probation Service' is whole; '..., Tywi University Health' goes on): the line broke there
    return len(above.text.rstrip()) + 1 + len(first_word) > width and \
        not is_organisation_name(above.text.rsplit(",", 1)[-1].strip())


# A surname alone on its line: 'Haldane-Fry', 'McAdam', "O'Neill".
WRAPPED_SURNAME_RE = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]++(?:[-'’][A-Z][a-z]++)?")


def surname_wrapped(text: str, name_cell: Span, below: Span) -> bool:
    """A name cell of a title and a forename only ('Cllr Bernard', 'Dr Anjali') whose surname the column's width put
    at the start of the line under it, alone in that column ('Haldane-Fry', 'Venkataraman')."""
    words = name_cell.text.split()
    return 1 <= len(words) <= 3 and is_first_name(words[-1]) and all(is_honorific(word) for word in words[:-1]) \
        and WRAPPED_SURNAME_RE.fullmatch(below.text) is not None and not is_role_word(below.text) \
        and not is_body_word(below.text) and below.text.lower() != "vacant"


def wrapped_name(text: str, name_cell: Span, surname: Span) -> NameMatch | None:
    """The name a cell and its surname wrapped under it write, from the cell's start to the surname's end."""
    written = f"{name_cell.text} {surname.text}"
    names = find_names(written, 0, len(written), strict=False)
    if len(names) != 1 or names[0].start != 0 or names[0].end != len(written):
        return None
    return NameMatch(name_cell.start, surname.end, names[0].name, names[0].title)


def _fits(line: Line, column: int, cell: Span, columns: Columns) -> bool:
    """A wrapped cell stays inside its column: a padded one ends before the next column starts (a line of prose under
    a table runs across them), a tabbed row's line has its tabs (a line with none is no row of the grid)."""
    if isinstance(columns, TabGrid):
        return "\t" in line.text
    return column + 1 >= len(columns) or cell.end - line.start <= columns[column + 1]


def name_cell(text: str, line: Line, columns: Columns, name_column: int) -> Span | None:
    """The cell of a row that stands in the names' column, if any."""
    return next((cell for column, cell in placed_cells(text, line, columns) if column == name_column), None)


def table_entries(text: str, rows: Sequence[Line], columns: Columns | None = None,
                  name_column: int = 0) -> list[list[Line]]:
    """The block's rows grouped into entries: each member's first line and the lines its cells wrapped onto (under
    `columns`, the block's own when not given, the names in `name_column`)."""
    written = [row for row in rows if row.text.strip()]
    columns = column_starts(text, written) if columns is None else columns
    width = max((len(row.text.rstrip()) for row in written), default=0)
    entries: list[list[Line]] = []
    for row in written:
        if entries and len(entries[-1]) <= WRAPPED_LINES and \
                continues(text, entries[-1][-1], row, columns, width, name_column):
            entries[-1].append(row)
        else:
            entries.append([row])
    return entries


def person_cells(text: str, entry: Sequence[Line], columns: Columns = (),
                 heads: Sequence[str | None] = ()) -> PersonCells | None:
    """The person an entry names, with the post and body written in the row, each cell over the lines it wrapped
    onto; None when no name opens the name's cell. `columns` are the block's (`column_starts`, or a `TabGrid`),
    `heads` what each column holds (`header_kinds`: 'name', 'post', 'body', 'other' for a column that holds no part of
    a member, None for a head that does not say). Without heads the name opens the row and the cells after it are the
    post, then the body; with them the name stands in the name's column wherever that is ('Agency<TAB>Representative
    <TAB>Position'), after a rank ('Chief Inspector Jo Lee'), and a marker in brackets after it is the name's: the
    chair's ('Jo Lee (Chair)') marks the chair, any other ('(Vice-Chair)', '(observer)') goes with the post."""
    first = trim(text, entry[0].start, entry[0].end)
    if not first:
        return None
    name_at = heads.index("name") if "name" in heads else 0
    # (no columns: the cells in their order, the name's the first)
    placed = placed_cells(text, entry[0], columns) if columns else [(None, cell) for cell in cells(text, entry[0])]
    placed = placed or [(None, first)]
    named = placed[0][1] if not name_at else next((cell for at, cell in placed if at == name_at), None)
    if named is None:
        return None
    # the name's cell wrapped onto the next line, its surname alone there ('Cllr Bernard' / 'Haldane-Fry')
    surname = name_cell(text, entry[1], columns, name_at) if heads and columns and len(entry) > 1 else None
    surname = surname if surname is not None and surname_wrapped(text, named, surname) else None
    names = find_names(text, named.start, named.end, strict=False) if surname is None else []
    half = page_cut_rests(text).get(named.start) if heads and surname is None else None
    if half is not None:  # the page's end cut the name, its first half the last page's ('Supt Kwame' / 'Asante-Boyd')
        whole = find_names(text, text.rfind("\n", 0, half) + 1, named.end, strict=False)
        names = [name for name in whole if name.end > named.start][-1:] or names
        named = span(text, names[0].start, named.end) if names else named
    name = wrapped_name(text, named, surname) if surname is not None else names[0] \
        if names and (names[0].start == named.start or heads and _rank_lead(text, named.start, names[0])) else \
        cell_name(text, named.start, named.end) if heads else None
    if name is None:
        return None
    lead = text[named.start:name.start].split() if name.start > named.start else []
    if lead and name.title is None:  # the rank before the name is its title ('Chief Superintendent', 'Det Supt')
        name = replace(name, title=" ".join(HONORIFICS.get(word.lower().rstrip("."), word) for word in lead))
    rest, chair, note = min(name.end, named.end), False, None
    if heads and surname is None:  # a marker in brackets after the name: '(Chair)', '(Vice-Chair)'
        marker = MARKER_AFTER_NAME_RE.match(text, name.end, named.end)
        opened = text.find("(", name.end, marker.end()) if marker else -1
        if marker and opened >= 0:
            bracket = span(text, opened, text.rindex(")", opened, marker.end()) + 1)
            chair, note = (True, None) if CHAIR_MARKER_RE.fullmatch(bracket.text) else (False, bracket)
            rest = marker.end()
    # the rest of the name's cell: the post run into the name ('Ann WrightHead of ...', 'Raj Patel Manager, ...')
    run_on = trim(text, rest, named.end)
    by_column: dict[int, list[Span]] = {}
    shift = 0
    if run_on:
        by_column.setdefault(name_at + 1, []).append(run_on)
        # a tabbed row whose name ran into the next cell has a cell fewer: the cells after it stand a column on
        shift = int(isinstance(columns, TabGrid) and len(placed) < columns.count)
    for at, cell in placed:
        if cell is not named:
            at = at + shift if at is not None and at > name_at else at
            by_column.setdefault(at if at is not None else max(by_column, default=name_at) + 1, []).append(cell)
    for line in entry[1:]:
        for at, cell in placed_cells(text, line, columns) if columns else [(None, cell) for cell in cells(text, line)]:
            if cell is surname or surname is not None and cell.start == surname.start:
                continue
            by_column.setdefault(at if at is not None else max(by_column, default=name_at + 1), []).append(cell)
    # (a part keeps the comma its line ended on: 'Cabinet Member,' / 'Children's Services' is one post of two parts)
    kept = [Cell(tuple(_with_stop(text, part) for part in parts)) for _column, parts in sorted(by_column.items())]
    kinds = [heads[column] if column < len(heads) else None for column in sorted(by_column)] if heads else []
    post = body = None
    for cell, kind in zip(kept, kinds or [None] * len(kept), strict=True):
        if kind == "body" and body is None:
            body = cell
        elif kind == "post" and post is None or kind is None and post is None:
            post = cell
        elif kind is None and body is None:
            body = cell
    if note is not None:
        post = Cell((*post.parts, note)) if post else Cell((note,))
    evidence = trim(text, min(name.start, placed[0][1].start), entry[-1].end)
    return PersonCells(name, post, body, None, evidence, chair)


# A marker after a name in its cell that says its holder chairs the board: '(Chair)', '(Independent Chair)',
# '(Cadeirydd)'.
CHAIR_MARKER_RE = re.compile(r"\((?:independent\s++)?(?:chair(?:man|person|woman)?|cadeirydd(?:ydd)?)\)", re.IGNORECASE)


def _with_stop(text: str, part: Span) -> Span:
    """The part with the comma or semicolon just after it, which trimming its cell dropped."""
    return span(text, part.start, part.end + 1) if text[part.end:part.end + 1] in (",", ";") and part.end < len(text) \
        else part


# The words of a head whose column holds no part of a member: who came, the initials the minutes use, a meeting's date.
OTHER_HEAD_WORDS = frozenset({"initials", "init", "inits", "attendance", "attended", "status", "present", "apologies",
                              "absent", "att", "llythrennau", "presenoldeb"})


def _other_head(head: str) -> bool:
    return any(word in OTHER_HEAD_WORDS for word in re.findall(r"[^\W\d_]+", head.lower())) or \
        any(char.isdigit() for char in head)


def _head_kind(head: str) -> str | None:
    """What a column's head says it holds. A head of two heads of other kinds holds both: 'Role / agency' the post and
    the body its row writes together (read as a post, its body after it), 'Name / Post' the name and its post; one
    head in two languages ('Enw / Name') is the one kind."""
    sides = [column_kind(side) for side in head.split("/")] if head.count("/") == 1 else []
    if len(sides) == 2 and None not in sides and sides[0] != sides[1]:
        return "name" if "name" in sides else "post"
    return column_kind(head) or ("other" if _other_head(head) else None)


def header_kinds(text: str, row: Line, columns: Columns) -> list[str | None] | None:
    """What each of the block's columns holds, from its header row ('Name   Organisation   Role on Board',
    'Agency<TAB>Representative<TAB>Position': two heads at least that say it, and no name): 'name', 'post', 'body',
    'other' (initials, attendance, a date: no part of a member), or None where the head does not say; None when the
    row is no header."""
    kinds: list[str | None] = [None] * (columns.count if isinstance(columns, TabGrid) else len(columns))
    for at, cell in placed_cells(text, row, columns):
        if at is not None:
            kinds[at] = _head_kind(cell.text)
    if sum(kind in ("name", "post", "body") for kind in kinds) < 2 or find_names(text, row.start, row.end, strict=True):
        return None
    return kinds


# A label and its colon ('Lead inspector:', 'Vice-chair:', 'Report author:'): a few words.
LABEL_RE = re.compile(r"(?P<label>[A-Z][\w'’()/-]*+(?: [\w'’()/&-]++){0,5}?)[^\S\n]*+:(?![^\S\n]*+$)")
CREDITS_A_LINE = 6  # label/value pairs a credits line sets side by side, at most
BLANKS_RE = re.compile(r"[^\S\n]*+")  # (matched from a point: trimming to the line's end, per label, is quadratic)
# What parts two pairs on one line: a tab or wide padding.
PAIR_GAP_RE = re.compile(r"\t|[^\S\n]{3,}")


def label_values(text: str, line: Line, relation_for: Callable[[str], str | None], *,
                 indented: bool = False) -> list[tuple[Span, Span]]:
    """The label/value pairs of a credits line whose labels `relation_for` knows: 'Lead inspector: Jo Lee
    Inspector: Dev Rao' gives two, each the label (no colon) and its value up to the next label; 'Report author: Jo
    Lee   Tel: 01234 567890' gives one (a field the vocabulary does not know ends the value and is no credit); 'Team
    inspectors      Dev Rao, Una Price' (one label padded from its value, no colon) gives one, at the line's start (or
    indented, with `indented`: a table indented as a whole). None unless the line opens with a label."""
    found: list[tuple[Span, Span, bool]] = []
    label = LABEL_RE.match(text, trim(text, line.start, line.end).start, line.end)
    while label is not None and len(found) <= CREDITS_A_LINE:
        value_end, following = line.end, None
        value_start = BLANKS_RE.match(text, label.end(), line.end).end()  # type: ignore[union-attr]
        for separator in PAIR_GAP_RE.finditer(text, value_start, line.end):
            following = LABEL_RE.match(text, separator.end(), line.end)
            if following is not None:
                value_end = separator.start()
                break
        value = trim(text, label.end(), value_end)
        known = relation_for(label.group("label")) is not None
        if value:
            found.append((span(text, label.start("label"), label.end("label")), value, known))
        label = following
    if len(found) > CREDITS_A_LINE:
        return []  # a line of many labels is no credits line (a page flattened onto one line)
    if found:
        return [(label_span, value) for label_span, value, known in found if known]
    # one label padded from its value, no colon: 'Team inspectors      Dev Rao, Una Price'
    row_cells = cells(text, line)
    if len(row_cells) == 2 and (indented or not line.text[:1].isspace()) and relation_for(row_cells[0].text) is not None \
            and not find_names(text, row_cells[0].start, row_cells[0].end, strict=True):
        return [(row_cells[0], row_cells[1])]
    return []


# ---- a table flattened to one cell a line ------------------------------------------------------------------------

# A page's number alone on a line, as a footer leaves it ('\t\t\t2').
PAGE_NUMBER_LINE_RE = re.compile(r"\W*\d{1,3}\W*")
STACKED_WRAPS = 3  # lines a record's cells wrap onto beyond one a cell, at most
# A cell that names no one: the seat is empty ('Vacant', '(Vacant)', 'Post vacant', 'Vacancy').
VACANT_CELL_RE = re.compile(r"[^\S\n]*+\(?(?:(?:post|seat|position)[^\S\n]++)?vacan(?:t|cy)\)?[^\S\n]*+", re.IGNORECASE)
# The words a rank or an honorific may add before a name in its cell ('Chief Inspector', 'Detective Superintendent',
# 'County Councillor'), besides the honorifics.
RANK_LEAD_WORDS = POLICE_RANK_WORDS | {"chief", "detective", "det", "county", "borough", "city", "town"}
RANK_LEAD_MAX = 3
# A line that ends a flattened table: a numbered heading ('3. Performance'); or a sentence (`SENTENCE_WORDS`).
STACKED_END_RE = re.compile(r"[^\S\n]*+\d{1,2}(?:\.\d{1,2})*+\.?[^\S\n]++[A-Z]")
SENTENCE_WORDS = 8  # words of a line ending in a full stop: a sentence, no cell


@dataclass(frozen=True)
class StackedTable:
    """A table flattened to one cell a line: what each column holds (by its head: 'name', 'post', 'body', or None),
    the records (each a cell a column, over the lines it wrapped onto), and the text with each wrapped cell's line
    breaks made spaces (the same length: a name wrapped over two lines reads as one, 'Councillor Jory' / 'Pascoe')."""

    heads: tuple[str | None, ...]
    records: tuple[tuple[Cell, ...], ...]
    text: str  # the table's stretch of the document, from `base` to `end`
    base: int
    end: int


def cell_name(text: str, start: int, end: int) -> NameMatch | None:
    """The person a cell opens with: a name at its start, or after a rank or an honorific of a word or three ('Chief
    Inspector Maud Carrow', 'County Councillor Idris Fenwick-Hale'); None when the cell opens otherwise (a post, a
    body, 'Vacant')."""
    first = trim(text, start, end)
    names = find_names(text, first.start, first.end, strict=True) if first else []
    if not names:
        return None
    return names[0] if _rank_lead(text, first.start, names[0]) else None


def _rank_lead(text: str, start: int, name: NameMatch) -> bool:
    """Whether the words from `start` to the name are only a rank or honorifics, a word or three ('Chief Inspector',
    'Superintendent')."""
    lead = text[start:name.start].split()
    return len(lead) <= RANK_LEAD_MAX and all(is_honorific(word) or word.lower().rstrip(".") in RANK_LEAD_WORDS
                                              for word in lead)


# What may follow a name alone in its cell: a marker in brackets ('(Chair)').
MARKER_AFTER_NAME_RE = re.compile(r"[^\S\n]*+(?:\([^()\n]*+\)[^\S\n]*+)?")


def _opens_record(text: str, line: Line, following: Line | None, *, loose: bool = False) -> bool:
    """A record's first line: a name opens it (or with the next line, the name wrapped after a rank: 'Detective
    Superintendent Hal' / 'Okonjo'), or the seat is vacant. `loose` (the record above has its cells): a line that is
    only a name the lexicon does not know ('Lowenna Hext'), no post and no body, opens one too."""
    if VACANT_CELL_RE.fullmatch(line.text) or cell_name(text, line.start, line.end) is not None:
        return True
    if loose:
        first = trim(text, line.start, line.end)
        names = find_names(text, first.start, first.end, strict=False) if first else []
        if names and names[0].start == first.start and not names[0].surname_only and \
                MARKER_AFTER_NAME_RE.fullmatch(text, names[0].end, first.end) and \
                not names_post(first.text) and not is_organisation_name(first.text):
            return True
    if following is None or following.start != line.end + 1:
        return False
    joined = text[line.start:line.end] + " " + following.text
    name = cell_name(joined, 0, len(joined))
    return name is not None and name.end > line.end - line.start


def stacked_heads(text: str, rows: Sequence[Line]) -> tuple[str | None, ...]:
    """What each column of a table flattened to one cell a line holds, from its heads one a line at the start of
    `rows` ('Name' / 'Post' / 'Organisation', 'Member' / 'Role' / 'Agency'): two heads at least, one of them the name's;
    () when the rows do not open so."""
    kinds: list[str | None] = []
    for row in rows:
        words = " ".join(row.text.split())
        kind = column_kind(words)
        if kind is None or kind in kinds or len(words.split()) > 2:
            break
        kinds.append(kind)
    return tuple(kinds) if len(kinds) >= 2 and "name" in kinds else ()


def stacked_table(text: str, rows: Sequence[Line], skip: Callable[[Line], bool] = lambda line: False,
                  stop: Callable[[Line], bool] = lambda line: False) -> StackedTable | None:
    """The records of a table flattened to one cell a line: its heads one a line at the start of `rows` (the lines
    after the table's lead), then each record's cells one a line, the name's first. A record starts at a line a name
    opens (or 'Vacant'); a blank line may part records, `skip` says which lines are a page's furniture and `stop`
    which end the table (the caller's headings: 'In attendance for item 5'). A record with more lines than the heads have cells has cells that wrapped: a name wrapped after its first part
    ('Councillor Jory' / 'Pascoe'), a line after one that ends open ('Cabinet Member for Children and' / 'Families')
    or opening in small letters, else a word alone that is neither a body nor a post ('Designated Nurse,
    Safeguarding' / 'Children'); a record whose wrapped lines these do not single out is left unread. None when the
    rows are no such table or its records do not fit its heads (a record of too few lines, lines before the first)."""
    heads = stacked_heads(text, rows)
    if not heads or heads[0] != "name":
        return None
    body = list(rows[len(heads):])
    groups: list[list[Line]] = []
    gap = False
    for at, line in enumerate(body):
        if skip(line):
            continue
        if not line.text.strip():
            gap = bool(groups)
            continue
        if stop(line):
            break
        following = next((other for other in body[at + 1:at + 2] if other.text.strip()), None)
        # (the record above has its cells: a name wrapped onto its second line is one cell of the two)
        opens = _opens_record(text, line, following,
                              loose=bool(groups) and len(groups[-1]) - _name_wrapped(text, groups[-1]) >= len(heads))
        if not opens and (gap or not groups or STACKED_END_RE.match(line.text) or _sentence(line.text)):
            break  # the table has ended: a line after a blank that opens no record, a heading or a sentence
        if opens:
            groups.append([line])
        elif len(groups[-1]) < len(heads) + STACKED_WRAPS:
            groups[-1].append(line)
        else:
            break
        gap = False
    if not groups or any(len(group) < len(heads) for group in groups):
        return None  # (a record of too few lines: a cell is missing, or a post was read as a name)
    base, end = groups[0][0].start, groups[-1][-1].end
    joined = list(text[base:end])  # (the table's stretch only: a document of many tables stays linear)
    records: list[tuple[Cell, ...]] = []
    for group in groups:
        cells_of = _stacked_cells(text, group, len(heads))
        if cells_of is None:
            continue
        for cell in cells_of:
            for part in cell.parts[:-1]:
                joined[part.end - base:text.index("\n", part.end) + 1 - base] = \
                    [" "] * (text.index("\n", part.end) + 1 - part.end)
        records.append(cells_of)
    return StackedTable(heads, tuple(records), "".join(joined), base, end)


def stacked_name(table: StackedTable, cell: Cell) -> NameMatch | None:
    """The person a record's name cell holds and nothing else but a marker in brackets ('(Chair)'), a rank before it
    ('Chief Inspector Maud Carrow'), the name known to the lexicon or not ('Lowenna Hext'); None for a vacant seat."""
    text, start, end = table.text, cell.start - table.base, cell.end - table.base
    name = cell_name(text, start, end)
    if name is None:
        names = find_names(text, start, end, strict=False)
        name = names[0] if names and names[0].start == trim(text, start, end).start else None
    if name is None or name.surname_only or not MARKER_AFTER_NAME_RE.fullmatch(text, name.end, end) or \
            is_organisation_name(text[start:name.end]):
        return None
    return replace(name, start=name.start + table.base, end=name.end + table.base)  # (the document's offsets)


def _name_wrapped(text: str, group: list[Line]) -> bool:
    """Whether a record's name goes on from its first line onto its second ('Councillor Jory' / 'Pascoe')."""
    if len(group) < 2:
        return False
    joined = text[group[0].start:group[0].end] + " " + group[1].text
    name = cell_name(joined, 0, len(joined))
    return name is not None and name.end > group[0].end - group[0].start


def _sentence(line: str) -> bool:
    return line.rstrip().endswith(".") and len(line.split()) >= SENTENCE_WORDS


def _stacked_cells(text: str, group: list[Line], count: int) -> tuple[Cell, ...] | None:
    """A record's lines grouped into its `count` cells; None when the lines that wrapped are not clear."""
    extra = len(group) - count
    joins: set[int] = set()  # the lines that go on the cell above
    if extra:
        if _name_wrapped(text, group):
            joins.add(1)  # the name wrapped: 'Councillor Jory' / 'Pascoe'
        for index in range(2, len(group)):
            opening = group[index].text.strip()
            if OPEN_END_RE.search(group[index - 1].text) or opening[:1].islower() or opening[:1] in "(&":
                joins.add(index)
        if len(joins) < extra:
            loose = {index for index in range(2, len(group)) if index not in joins and
                     len(group[index].text.split()) == 1 and not is_organisation_name(group[index].text.strip()) and
                     not names_post(group[index].text) and not OPEN_END_RE.search(group[index].text)}
            joins |= loose
        if len(joins) != extra:
            return None
    cells_of: list[list[Span]] = []
    for index, line in enumerate(group):
        part = trim(text, line.start, line.end)
        if index in joins:
            cells_of[-1].append(part)
        else:
            cells_of.append([part])
    return tuple(Cell(tuple(parts)) for parts in cells_of)
