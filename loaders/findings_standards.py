"""Findings: the ratings of the 2018 framework's domains and standards, read from tables and
from sentences, whatever the separators, line breaks or case.

Rows: a standard's code or name, then its rating, in cells split by tabs, pipes, colons, runs
of spaces or dots, or `<p>` paragraphs; a row may run over several lines, its name and its
rating each broken where the column wraps ("1.1 Governance and | Requires" / "leadership |
improvement"), one cell a line ("Assessment" / "Good"), or with a long description between
the name and the rating. Rows without codes take them from the domain heading above
("Court disposals: Assessment ... Good"). A rating is only ever a whole cell of the
framework's words: a score or a percentage is never one.

Sentences: a standard named by its code ("standard 3.4", "(1.4)") or by its name ("the
out-of-court disposal policy and provision standard", "reviewing of court cases", "the
assessment of children sentenced by the courts") as what was "rated", "judged" or "found" to
be a rating ("was rated Requires improvement, as was ...", "judged court work assessment and
planning to be Good"), or several after one verb in council minutes ("For court disposals, the
inspectors rated Assessment as Good and Planning as Requires improvement"). The work stages (assessment, planning, implementation and delivery,
reviewing) need the court or out-of-court work they belong to; a bare "staff" or
"resettlement" needs the word "standard" near it, so "Staff were judged to be Outstanding"
in council news is not the staffing standard.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from kg.gazetteer import fold
from kg.loaders.context import Context
from kg.loaders.findings_common import QUOTES, STANDARD_RATINGS, InspectionRef, emit_rating, rating_label
from kg.loaders.findings_inspection import rated_inspection
from kg.loaders.text import Line, Span, leaders_blanked, lines, sentence_end, sentence_start, span, trim

# The 2018 framework: domains by number, and each standard's name by code. Standard 3.4 was 'Joint working' until
# the framework's 2021 revision made it 'Out-of-court disposal policy and provision' and added 4.1.
DOMAINS = {"organisational delivery": 1, "court disposals": 2, "court work": 2, "out of court disposals": 3,
           "out of court disposal work": 3, "out of court work": 3, "resettlement": 4}
STANDARDS = {"1.1": "Governance and leadership", "1.2": "Staff", "1.3": "Partnerships and services",
             "1.4": "Information and facilities", "2.1": "Assessment", "2.2": "Planning",
             "2.3": "Implementation and delivery", "2.4": "Reviewing", "3.1": "Assessment", "3.2": "Planning",
             "3.3": "Implementation and delivery", "3.4": "Out-of-court disposal policy and provision",
             "4.1": "Resettlement policy and provision"}
JOINT_WORKING = "Joint working"
REVISED_FRAMEWORK_YEAR = "2021"
# Each domain's standards by their names (folded), with their numbers in the domain.
WORK_STAGES = {"assessment": 1, "planning": 2, "implementation and delivery": 3, "reviewing": 4}
DOMAIN_STANDARDS = {
    1: {"governance and leadership": 1, "staff": 2, "partnerships and services": 3, "information and facilities": 4},
    2: WORK_STAGES,
    # under its domain's name a row may shorten the standard: 'Out-of-court disposals: Policy and provision'
    3: {**WORK_STAGES, "joint working": 4, "out of court disposal policy and provision": 4, "policy and provision": 4},
    4: {"resettlement policy and provision": 1, "resettlement": 1, "policy and provision": 1},
}

FRAMEWORK_NAMES = {fold(name) for name in [*STANDARDS.values(), JOINT_WORKING]}
# Names too short to be a standard alone in a sentence ('Staff was good', 'Planning was good': which work's?)
SHORT_NAMES = {fold(name) for name in ("Staff", *WORK_STAGES)}

# --- rows ---------------------------------------------------------------------------------------------------------
CELL_BREAK = re.compile(r"</?p>|[\t|:…]|\s{3,}|\.{3,}|\s[-–—]\s")
CODE_CELL = re.compile(r"^(?P<code>[1-9]\.[1-9])\.?(?![\d.])\s*(?P<rest>.*)$", re.DOTALL)
DOMAIN_CELL = re.compile(r"^(?:domain\s+(?:\w+)|\d)\.?\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
RATING_WORDS = re.compile(rf"(?:{STANDARD_RATINGS}|Requires?)", re.IGNORECASE)
LONGEST_NAME = 6


@dataclass
class Row:
    """A standard's row being read: its code (or the domain above it), its name's parts and its rating's, and where
    it runs."""

    code: str | None
    domain: int | None
    start: int
    end: int
    line: int
    name: list[str] = field(default_factory=list)
    rating: list[str] = field(default_factory=list)

    @property
    def rating_text(self) -> str:
        return " ".join(self.rating)

    def complete(self) -> bool:
        return bool(re.fullmatch(STANDARD_RATINGS, self.rating_text, re.IGNORECASE))

    def add(self, part: str, *, first_line: bool) -> None:
        """A cell of the row: part of its rating, or of its name (on its first line the first cell before the rating
        only: the others describe the standard; on the next lines, where the column wrapped)."""
        if is_rating_part(self, part):
            self.rating.append(part)
        elif not first_line or not self.rating and not self.name:
            self.name.append(part)

    def standard(self) -> str | None:
        """The row's code, written or from its name under its domain."""
        return self.code or standard_code(self.domain, " ".join(self.name))


def standard_rows(ctx: Context, inspection: InspectionRef | None) -> None:
    """Every row of a ratings table (see the module's docstring), as a Rating of the document's inspection."""
    for row in table_rows(ctx):
        name = standard_name(" ".join(row.name))
        code = row.standard()
        if code and not name and row.code and row.complete() and not row.name:
            name = framework_name(ctx, code)  # '1.1 Good | 1.2 Outstanding': codes and ratings, no names
        if code and name and row.complete():
            if fold(name) not in FRAMEWORK_NAMES:  # 'Policy and provision' under its domain's name: the standard's own
                if row.code and not _names_the_standard(name, framework_name(ctx, code)):
                    continue  # '2.1  That Cabinet notes ... the overall rating of' / 'Requires Improvement': a paragraph
                name = framework_name(ctx, code)
            where = span(ctx.text, row.start, row.end)
            rated = inspection or rated_inspection(ctx, None, where, row.rating_text)
            emit_rating(ctx, rated, f"{code} {name}", row.rating_text, where, code)


# A standard's code, its name and its rating run on whatever the line breaks, as a table flattened by a PDF's
# extraction leaves them ('1.1 Governance and leadership   Good  1.2 Staff' / 'Good     1.3 Partnerships and' /
# 'services   Requires' / 'improvement'), or in brackets in a sentence ('and one (2.4 Reviewing) Inadequate'): the
# name its capital and lower-case words only, so it ends at the rating. Each run of blanks is crossed once.
CODE_NAME_RATING = re.compile(rf"(?<![\w.])(?P<open>\()?(?P<code>[1-4]\.[1-4])\s++(?P<name>[A-Z][a-z'’-]*+"
                              rf"(?:\s++(?!(?:{STANDARD_RATINGS})\b)[a-z][a-z'’-]*+){{0,{LONGEST_NAME}}})(?(open)\))"
                              rf"\s++(?P<rating>{STANDARD_RATINGS})\b")


def standards_run_on(ctx: Context, inspection: InspectionRef | None) -> None:
    """Each standard a table flattened to a run of words rates (CODE_NAME_RATING), its name the framework's for its
    code, where no other reader rated that standard."""
    rated = {statement.value for statement in ctx.statements.values()
             if statement.schema == "Rating" and statement.prop == "code"}
    for match in CODE_NAME_RATING.finditer(ctx.text):
        code = match.group("code")
        if code in rated or code not in STANDARDS or standard_code(int(code[0]), match.group("name")) != code:
            continue
        rated.add(code)
        where = span(ctx.text, match.start(), match.end())
        rating = " ".join(match.group("rating").split())
        emit_rating(ctx, inspection or rated_inspection(ctx, None, where, rating), f"{code} {framework_name(ctx, code)}",
                    rating, where, code)


def _names_the_standard(name: str, standard: str) -> bool:
    """A row's name under a written code begins as the framework's name for that code does ('Assessment of court
    work', 'Governance & leadership'); a numbered paragraph's sentence does not."""
    return fold(name).split()[:1] == fold(standard).split()[:1]


# 'Assessment – Good; Planning – Requires improvement;': standards rated name by name in a list along the line, parted
# by semicolons, not a table's cells (its third cell would be read as the first standard's rating).
PAIRED_LIST_LINE = re.compile(rf"\S[^\S\n]+[-–—][^\S\n]+['‘’\"“”*]?(?:{STANDARD_RATINGS})['‘’\"“”*]?[^\S\n]*;", re.IGNORECASE)


MARKS = "*'‘’\"“”"  # the emphasis and quotes a cell may be written in ('*Good*', "'Outstanding'")


def table_rows(ctx: Context) -> Iterator[Row]:
    """The rows of the text's tables, each with the lines it runs over."""
    domain: int | None = None
    row: Row | None = None
    every = lines(ctx.text)
    ratings_line = -1
    for number, line in enumerate(every):
        if number == ratings_line:
            continue
        cells = [cell for cell in line_cells(ctx.text, line) if cell.text.strip(MARKS)]
        grid = rated_columns(ctx.text, cells, every[number + 1], domain, number + 1) if number + 1 < len(every) else []
        if grid:  # a line of standards over a line of their ratings: a row a column
            if row:
                yield row
            row, ratings_line = None, number + 1
            yield from grid
            continue
        if PAIRED_LIST_LINE.search(line.text):  # a domain's list, read name by name (standards_in_domain_lists)
            if row:
                yield row
            row = None
            heading = domain_heading(cells) if cells else None
            domain = heading[0] if heading else domain
            continue
        if row and not cells and not row.complete():
            continue  # one cell a line, with blank lines between: 'Assessment' / '' / 'Good'
        if row and cells and continues(row, cells, number):
            for cell in cells:
                row.add(cell.text, first_line=False)
            row.end, row.line = cells[-1].end, number
            continue
        if row:
            yield row
        row = None
        columns = side_by_side(ctx.text, cells, domain)
        if len(columns) > 1:  # two columns' rows run together on one line: each is whole on it
            for column in columns:
                domain, beside = start_row(column, domain, number)
                if beside:
                    yield beside
            continue
        if cells:
            domain, row = start_row(cells, domain, number)
    if row:
        yield row


def rated_columns(text: str, heads: list[Span], below: Line, domain: int | None, number: int) -> list[Row]:
    """A grid's line of standards, one a cell (coded, or named under the domain above), over the line `below` of their
    ratings in the same order ('1.1 Governance and leadership<TAB>1.2 Staff' / 'Good<TAB>Outstanding'): a row a column.
    Each rating is its own column's, never the next line's first cell read after the last standard. (The line below
    is cut into cells only under a line of standards.)"""
    if len(heads) < 2:
        return []
    standards = []
    for head in heads:
        coded = CODE_CELL.match(head.text)
        code = coded.group("code") if coded else standard_code(domain, head.text)
        name = coded.group("rest").strip() if coded else head.text
        if not code or code not in STANDARDS or standard_code(int(code[0]), name) != code:
            return []
        standards.append((code, name, head))
    cells = line_cells(text, below)
    ratings = [cell.text.strip(MARKS) for cell in cells]
    if len(ratings) != len(heads) or not all(RATING_CELL.fullmatch(rating) for rating in ratings):
        return []
    return [Row(code, int(code[0]), head.start, cell.end, number, [name], [rating])
            for (code, name, head), rating, cell in zip(standards, ratings, cells, strict=True)]


def start_row(cells: list[Span], domain: int | None, number: int) -> tuple[int | None, Row | None]:
    """The row a line's cells begin (by a code, or a standard's name under its domain), and the domain a heading among
    them names."""
    first = CODE_CELL.match(cells[0].text)
    heading = None if first else domain_heading(cells)
    if not first and not heading and len(cells) > 2:
        heading = domain_heading(cells[1:])  # after a label: 'Ratings:   Organisational delivery   1.1 Good |'
        heading = heading if heading and heading[1] and CODE_CELL.match(heading[1][0].text) else None
    if not first and not heading and len(cells) > 1 and CODE_CELL.match(cells[1].text) and \
            (wrapped := wrapped_domain(cells[0].text, domain)):
        heading = (wrapped, cells[1:])  # the domain's heading wrapped in its column: 'Organisational' / 'delivery'
    if heading and heading[1] and CODE_CELL.match(heading[1][0].text):
        domain, cells = heading  # the domain in the first column, beside its first standard's code and name
        first, heading = CODE_CELL.match(cells[0].text), None
    if first:
        row = Row(first.group("code"), domain, cells[0].start, cells[-1].end, number)
        rest = first.group("rest").strip()
        # 'Assessment  Good': the name and its rating two spaces apart, in one cell
        named = NAME_THEN_RATING.fullmatch(rest)
        # ... or one space apart where the name filled its column, the name the framework's in full ('3.4  Out-of-court
        # disposal policy and provision Good')
        tight = None if named else NAME_BESIDE_RATING.fullmatch(rest)
        named = named or (tight if tight and fold(tight.group("name")) in FRAMEWORK_NAMES else None)
        parts = ([named.group("name"), named.group("rating")] if named else [rest] if rest else []) + [
            cell.text for cell in cells[1:]]
    else:
        if heading:
            domain, cells = heading
        if not cells:
            return domain, None
        # 'Assessment (court disposals)': a row's own domain, in brackets after its name, holds for that row alone
        own_domain, name = domain_in_brackets(cells[0].text) or (domain, cells[0].text)
        if not starts_standard(own_domain, name):
            return domain, None
        row = Row(None, own_domain, cells[0].start, cells[-1].end, number)
        parts = [name, *(cell.text for cell in cells[1:])]
    for part in parts:
        row.add(part, first_line=True)
    return domain, row


RATING_OPENING = re.compile(rf"(?P<rating>{STANDARD_RATINGS})[^\S\n]+(?=\S)", re.IGNORECASE)
RATING_CELL = re.compile(STANDARD_RATINGS, re.IGNORECASE)  # a cell that is a rating alone
# a code's cell holding the name and the rating, two spaces or more apart ('3.1 Assessment  Good  | 3.2 Planning  Good')
NAME_THEN_RATING = re.compile(rf"(?P<name>\S(?:[^\S\n]?\S)*+)[^\S\n]{{2,}}+(?P<rating>{STANDARD_RATINGS})", re.IGNORECASE)
NAME_BESIDE_RATING = re.compile(rf"(?P<name>\S[^\n]*?)[^\S\n]++(?P<rating>{STANDARD_RATINGS})", re.IGNORECASE)


def side_by_side(text: str, cells: list[Span], domain: int | None) -> list[list[Span]]:
    """A line's cells by the row each belongs to, where a second column's row begins after the first's rating ('1.1
    Governance and leadership   Good   2.1 Assessment   Requires improvement'), even with one space between ('Governance
    and leadership – Good Staff – Outstanding')."""
    parted: list[Span] = []
    for cell in cells:
        opening = RATING_OPENING.match(cell.text)
        rest = cell.text[opening.end():] if opening else ""
        if opening and (CODE_CELL.match(rest) or starts_standard(domain, rest)):
            parted += [trim(text, cell.start, cell.start + opening.end()), trim(text, cell.start + opening.end(), cell.end)]
        else:
            parted.append(cell)
    columns: list[list[Span]] = [[]]
    rated = False  # the column being read holds a rating (kept as it goes: a line of thousands of cells stays linear)
    for cell in parted:
        if rated and (CODE_CELL.match(cell.text) or starts_standard(domain, cell.text)):
            columns.append([])
            rated = False
        columns[-1].append(cell)
        coded = CODE_CELL.match(cell.text)
        rated = rated or RATING_CELL.fullmatch(cell.text) is not None or coded is not None and (
            RATING_CELL.fullmatch(coded.group("rest").strip()) is not None  # '1.1 Good | 1.2 Outstanding |'
            or NAME_THEN_RATING.fullmatch(coded.group("rest").strip()) is not None)
    return columns if len(columns) > 1 else [parted]


def domain_heading(cells: list[Span]) -> tuple[int, list[Span]] | None:
    """A domain's heading and the cells after it: 'Court disposals', '2. Court disposals', 'Domain two: Court
    disposals', or its first words where the heading wraps ('Domain one: Organisational' / 'delivery')."""
    written = DOMAIN_CELL.match(cells[0].text)
    if fold(cells[0].text) in DOMAINS or not written:
        key, after = fold(cells[0].text), cells[1:]
    elif written.group("rest"):
        key, after = fold(written.group("rest")), cells[1:]
    elif len(cells) > 1:
        key, after = fold(cells[1].text), cells[2:]
    else:
        return None
    numbers = {number for name, number in DOMAINS.items() if key and (name == key or written and
                                                                      name.startswith(key + " "))}
    return (numbers.pop(), after) if len(numbers) == 1 else None


def domain_in_brackets(text: str) -> tuple[int, str] | None:
    """A standard's name with its domain in brackets after it, and that domain's number: 'Assessment (court
    disposals)', 'Implementation and delivery (court)', 'Policy and provision (out-of-court)'."""
    text = text.strip()
    opening = text.rfind("(")  # (read without a pattern: a cell of blanks without end stays linear)
    if opening <= 0 or not text.endswith(")"):
        return None
    key = fold(text[opening + 1:-1])
    number = DOMAINS.get(key) or DOMAINS.get(f"{key} disposals")
    return (number, text[:opening].strip()) if number else None


def wrapped_domain(text: str, domain: int | None) -> int | None:
    """The domain whose heading a first column's cell is part of where the heading wraps over its rows: its first
    words ('Organisational', 'Out-of-court') name it, its last ('delivery', 'disposals') go on with the domain above."""
    key = fold(text)
    if not key:
        return None
    numbers = {number for name, number in DOMAINS.items() if name.startswith(key + " ")}
    if len(numbers) == 1:
        return numbers.pop()
    return domain if domain and any(name.endswith(" " + key) for name, number in DOMAINS.items() if number == domain) else None


def standard_code(domain: int | None, name: str) -> str | None:
    """The code of a standard named without one: by its name under its domain, or by a name only one domain has
    ('Resettlement policy and provision' is 4.1 wherever it is)."""
    key = fold(name)
    if domain and key in DOMAIN_STANDARDS[domain]:
        return f"{domain}.{DOMAIN_STANDARDS[domain][key]}"
    homes = [(number, names[key]) for number, names in DOMAIN_STANDARDS.items() if key in names]
    return f"{homes[0][0]}.{homes[0][1]}" if len(homes) == 1 else None


def starts_standard(domain: int | None, text: str) -> bool:
    """The cell is a standard's name, or its first words where the column wraps ('Partnerships and')."""
    key = fold(text)
    return bool(key) and any(name == key or name.startswith(key + " ") for name in _standard_names(domain))


@lru_cache(maxsize=64)  # (one list a domain, and one for none: asked of every cell of a long table)
def _standard_names(domain: int | None) -> tuple[str, ...]:
    """The names a standard under the domain may have: its domain's, and those only one domain has."""
    return tuple(name for number, names in DOMAIN_STANDARDS.items() for name in names
                 if number == domain or standard_code(None, name))


def line_cells(text: str, line: Span) -> list[Span]:
    """The non-blank cells of a line."""
    found = []
    begin = 0
    for cut in [*CELL_BREAK.finditer(line.text), None]:
        stop = cut.start() if cut else len(line.text)
        cell = trim(text, line.start + begin, line.start + stop)
        if cell:
            found.append(cell)
        begin = cut.end() if cut else stop
    return found


def continues(row: Row, cells: list[Span], number: int) -> bool:
    """The next line carries on the row: its cells are the rest of the rating or a wrapped name ('leadership',
    'improvement'), never a new code, heading or sentence."""
    if number != row.line + 1 and row.complete() or CODE_CELL.match(cells[0].text):
        return False
    return all(is_rating_part(row, cell.text) or wrapped_name(row, cell.text) for cell in cells)


def is_rating_part(row: Row, text: str) -> bool:
    """A cell that is the row's rating, or its first or last word ('Requires' / 'improvement')."""
    words = text.strip().lower()
    if row.rating and not row.complete():
        return words == "improvement"
    return not row.rating and bool(RATING_WORDS.fullmatch(words))


def wrapped_name(row: Row, text: str) -> bool:
    """The rest of a name the column wrapped: a few words, lower case unless the row has no name yet."""
    words = text.split()
    return 0 < len(words) <= 4 and (text[:1].islower() or not row.name) and not re.search(r"[.;%\d]", text)


def standard_name(text: str) -> str | None:
    """A standard's name from its cells: no more than the words before its description begins ('Assessment
    Assessment is well-informed', 'Staff Staff within the YOS are ...')."""
    words = text.split()
    if len(words) > LONGEST_NAME - 1:
        repeat = next((i for i in range(1, len(words)) if words[i].lower() == words[0].lower()), None)
        verb = next((i for i, w in enumerate(words) if w.lower() in {"is", "are", "the"}), 0)
        words = words[:repeat] if repeat else words[:verb - 1] if verb > 1 else []
    name = " ".join(words)
    if not name or len(words) > LONGEST_NAME or not name[0].isupper():
        return None
    return name


# --- sentences ----------------------------------------------------------------------------------------------------
RATED = r"(?:rated|judged|graded|assessed|found)"
# '... was rated Requires improvement', '... had been found to Require Improvement', 'which was rated good'
# ('Resettlement was also rated as requiring improvement', as news writes it)
RATED_AS = re.compile(rf"\b{RATED}\s+(?:as\s+|to\s+be\s+|to\s+(?=require))?(?:being\s+)?{QUOTES}"
                      rf"(?P<rating>{STANDARD_RATINGS}|requiring\s+improvement)\b", re.IGNORECASE)
# 'Governance and leadership, and planning and reviewing of court work, all required improvement': the verb says it
REQUIRED_IMPROVEMENT = re.compile(r"\b(?:(?:all|both|each|also)\s+)?(?P<rating>required\s+improvement)\b", re.IGNORECASE)
# 'the inspectors had judged court work assessment and planning to be Good'
RATED_OBJECT = re.compile(rf"\b{RATED}\s+(?P<object>(?!as\b|to\b)[^.;:]{{3,120}}?)\s+(?:to\s+be|as)\s+{QUOTES}"
                          rf"(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE)
# What follows the rating and names more: '..., as was out-of-court disposal policy and provision (3.4)', 'the
# single standard rated Requires improvement (Information and facilities)'
# ('Staff had been rated Good, as had partnerships and services, and ...': up to the next clause), or lists them after
# a colon, or after 'including' ('Seven of the twelve standards had been rated inadequate, including governance and
# leadership'): 'two were rated 'Outstanding': staffing, and the implementation and delivery of court disposals'; or a stage
# of the work the subject names after 'for': 'out-of-court work was rated Outstanding for implementation and delivery'
AFTER_RATING = re.compile(r"['’\"”]?(?:\s*,?\s+(?:as\s+(?:was|were|had|has|have|did)|including)\s+(?P<more>[^.;]{3,120}?)"
                          r"(?=[.;]|,\s+(?:and|but|while|whereas)\b|$)|"
                          r"\s*\((?P<named>[^()]{3,80})\)|:[^\S\n]*(?P<listed>[^.;:]{3,160}?)(?=[.;]|$)|"
                          r"\s+for\s+(?:its\s+|their\s+)?(?P<stage>assessment|planning|implementation\s+and\s+delivery|"
                          r"reviewing)\b)", re.IGNORECASE)
# 'For court disposals, the inspectors rated Assessment as Good and Planning as Requires improvement, and
# Implementation and delivery as Outstanding': one verb, then each standard with its rating, the domain said before it.
RATED_LIST = re.compile(rf"\b{RATED}\s+(?=[^.;:]{{3,80}}?\s+as\s+{QUOTES}(?:{STANDARD_RATINGS})\b)", re.IGNORECASE)
RATED_PAIR = re.compile(rf"(?P<object>[A-Za-z][^.;:,]{{2,80}}?)\s+as\s+{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}",
                        re.IGNORECASE)
PAIR_GAP = re.compile(r"\s*,?\s*(?:and\s+)?")
# Where the clause a rating verb ends begins; a speech verb opens what was said ('thanked the staff and said she was
# proud that X was rated Good': the staff are not what was rated).
# (a bullet opening a line opens another clause: '  >  an outstanding out-of-court disposal scheme' / '  >  weak planning
# for court disposals, rated 'Inadequate'')
CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|but|although)\b|\.\s|\n\s*\n|\b(?:said|explained|added|reported)\s+(?:that\s+)?"
                          r"|\n[^\S\n]*+[>•▪●◦*–-][^\S\n]")
CODE_NAMED = re.compile(r"(?<![\d.])(?P<code>[1-4]\.[1-4])(?![\d.])")
STAGES = [(1, r"assessments?"), (2, r"planning"), (3, r"implementation(?:\s+and\s+delivery)?"),
          (4, r"review(?:ing|s)?")]
OUT_OF_COURT = re.compile(r"\bout[\s-]+of[\s-]+court\b", re.IGNORECASE)
COURT = re.compile(r"\b(?:court|courts|post-court)\b", re.IGNORECASE)
NAMED_STANDARDS = [("1.1", r"governance\s+and\s+leadership"), ("1.2", r"staff(?:ing)?"),
                   ("1.3", r"partnerships\s+and\s+services"), ("1.4", r"information\s+and\s+facilities"),
                   ("3.4", r"out[\s-]+of[\s-]+court\s+disposal\s+policy\s+and\s+provision"),
                   # a line may break the word at its hyphen: 'resettle-' / 'ment policy and provision'
                   ("3.4", r"joint\s+working"), ("4.1", r"resettle-?\s*ment(?:\s+policy\s+and\s+provision)?"),
                   # news' words for it: 'its work to resettle children leaving custody', 'work with children leaving
                   # custody', 'the way the service resettles children'
                   ("4.1", r"resettl(?:e|es|ing)\s+children|children\s+leaving\s+custody")]
# Names that need the words of ratings nearby ('standard', 'overall') to be the standard, not the people or the work;
# 'resettlement policy and provision' in full is the standard wherever it is.
NEEDS_CUE = {"1.2", "4.1"}
NAMED_IN_FULL = re.compile(r"policy\s+and\s+provision$", re.IGNORECASE)
# 'Staff was rated Outstanding': the standard's name takes a verb in the singular; the people are plural ('Staff were
# judged to be Outstanding').
STAFF_SINGULAR = re.compile(r"staff(?:ing)?\s+(?:was|is|has\s+been|had\s+been)\b", re.IGNORECASE)
# ... and so is the service's staff, rated ('Its staff were rated 'Good'', 'Outstanding for its staff')
STAFF_OF_THE_SERVICE = re.compile(r"\b(?:its|our|the\s+service['’]s|the\s+YJS['’]s|the\s+YOS['’]s)\s+staff(?:ing)?$", re.IGNORECASE)
# 'the delivery of out-of-court disposals', 'the delivery of work with children sentenced by the courts': the
# implementation and delivery standard of the domain named next ('out-of-court work and the delivery of court orders'
# is court work's), not the organisational delivery domain.
DELIVERY_OF = re.compile(r"(?<!organisational\s)\bdelivery\s+of\s+(?:[^,;.\n]|\n(?!\s*\n)){0,60}?"
                         r"\b(?:(?P<out>out[\s-]+of[\s-]+court)|courts?)\b", re.IGNORECASE)
STANDARD_CUE = re.compile(r"\bstandards?\b|\boverall\b", re.IGNORECASE)
CUE_REACH = 200


def standard_sentences(ctx: Context, inspection: InspectionRef | None) -> None:
    """Standards rated in sentences (see the module's docstring), each with its sentence's words as the quote."""
    seen: set[tuple[str, str]] = set()
    for pattern, part in ((RATED_AS, None), (RATED_OBJECT, "object"), (REQUIRED_IMPROVEMENT, None)):
        previous_end = 0
        for match in pattern.finditer(ctx.text):
            clause = rated_subject(ctx.text, match, part)
            # 'assessment of court disposals was rated Good, planning was rated ...': each rating's subject starts after
            # the rating before it, in the work the clause named first
            subject = clause if part else trim(ctx.text, max(clause.start, previous_end), match.start())
            more = AFTER_RATING.match(ctx.text, match.end())
            previous_end = more.end() if more else match.end()
            if not subject:
                continue
            work = subject.text + domain_before(ctx.text, clause.start, subject)
            codes = [] if more and more.group("stage") else standards_named(ctx, work, cue_before=subject.start)
            if more:
                codes += standards_named(ctx, f"{work} {more.group('stage')}" if more.group("stage") else
                                         before_contrast(more.group("more") or more.group("named") or more.group("listed")),
                                         cue_before=subject.start)
                previous_end = more.end()  # what 'as had X' names is rated here, not by the next rating
            rating = match.group("rating")
            where = trim(ctx.text, subject.start, more.end() if more else match.end())
            if earlier_inspections_rating(ctx, ctx.text[sentence_start(ctx.text, match.start()):
                                                        sentence_end(ctx.text, match.end())]):
                continue  # 'resettlement, which we rated 'Inadequate' in 2019, is still only ...'
            for code in dict.fromkeys(codes):
                if (code, rating_label(rating)) in seen:
                    continue
                seen.add((code, rating_label(rating)))
                rated = rated_inspection(ctx, inspection, where, rating)
                emit_rating(ctx, rated, f"{code} {framework_name(ctx, code)}", rating, where, code)
    standards_rated_in_a_list(ctx, inspection, seen)
    standards_in_domain_lists(ctx, inspection, seen)
    standards_said_to_be(ctx, inspection, seen)
    standards_rated_for(ctx, inspection, seen)
    standards_grouped(ctx, inspection, seen)
    standards_coded_in_a_run(ctx, inspection, seen)
    standards_beside_their_rating(ctx, inspection, seen)
    standards_with_their_rating(ctx, inspection, seen)
    standards_listed_after_rating(ctx, inspection, seen)
    standards_rated_quoted(ctx, inspection, seen)
    domains_rated(ctx, inspection)


# A rating over the codes of the standards it rates, in brackets or after a colon: 'Inadequate (1.1, 1.3)', 'Good: 2.1,
# 2.2 and 2.4', '... were rated Requires improvement (3.1 and 3.2)'. Its quotes start after no quote mark, so a run of
# them is tried once (linear), not from each of its marks.
GROUPED = re.compile(rf"(?<![\w'‘’\"“”*-]){QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}[^\S\n]*(?:\(|:)[^\S\n]*"
                     rf"(?P<codes>[1-4]\.[1-4](?:[^\S\n]*(?:,|&|\band\b)[^\S\n]*[1-4]\.[1-4])*)[^\S\n]*\)?(?![\d.]\d)",
                     re.IGNORECASE)


def standards_grouped(ctx: Context, inspection: InspectionRef | None, seen: set[tuple[str, str]]) -> None:
    """Each standard whose code a rating groups (see GROUPED)."""
    for match in GROUPED.finditer(ctx.text):
        where = trim(ctx.text, match.start(), match.end())
        rating = match.group("rating")
        for code in dict.fromkeys(CODE_NAMED.findall(match.group("codes"))):
            if code in STANDARDS and (code, rating_label(rating)) not in seen:
                seen.add((code, rating_label(rating)))
                emit_rating(ctx, rated_inspection(ctx, inspection, where, rating),
                            f"{code} {framework_name(ctx, code)}", rating, where, code)


HEAD_OF_REPORT = 400  # a report's title, where it says it re-inspects
REINSPECTION = re.compile(r"\bre-?inspect(?:ion|ed)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def earlier_inspections_rating(ctx: Context, sentence: str) -> bool:
    """A re-inspection's report recalls the rating its first inspection gave ('In October 2019 we rated X
    'Inadequate''): a sentence dated before the report's year rates the earlier inspection, not this one."""
    if not ctx.home_date or not REINSPECTION.search(ctx.text[:HEAD_OF_REPORT]):
        return False
    return any(year.group(0) < ctx.home_date[:4] for year in YEAR.finditer(sentence))


# A run of standards each written by code and name in a sentence, its rating over it after a colon or after it with a
# verb: 'with four standards Outstanding: 1.1 Governance and leadership, 1.2 Staff and 2.3 Implementation and delivery
# (court)', '2.2 Planning and 4.1 Resettlement policy and provision were Requires improvement'. A name is capitalised
# words up to a comma, an 'and' before the next code, or the verb; a name that is not the code's is no standard.
CODED_STANDARD = re.compile(r"(?<![\w.])(?P<code>[1-4]\.[1-4])[^\S\n]++(?P<name>[A-Z][A-Za-z'’-]*+"
                            r"(?:\s++(?!(?:and\s++[1-4]\.[1-4]|was|were|is|are)\b)[A-Za-z'’-]++)*+)"
                            r"(?:[^\S\n]*+\([^()\n]{1,30}\))?")
CODED_GAP = re.compile(r"[^\S\n]*+,\s*+(?:and\s++)?|\s++and\s++")
# ('The only 'Good' rating was 3.2 Planning (out-of-court disposals)': the rating's noun and a verb lead in too)
# ('two Inadequate (2.1 Assessment and 2.4 Reviewing, both in court disposals)': the run in brackets after its rating)
RATING_OVER_RUN = re.compile(rf"(?<![\w'‘’\"“”*-]){QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}"
                             rf"(?:[^\S\n]*+[:(]|\s++ratings?\s++(?:was|were|is|are))\s*+$", re.IGNORECASE)
RATING_AFTER_RUN = re.compile(rf"\s++(?:were|was|are|is)\s++(?:(?:rated|judged|assessed)\s++(?:as\s++)?)?{QUOTES}"
                              rf"(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE)
RATING_REACH = 60
# ... or the run set apart in brackets or between commas, then its rating: 'one (2.4 Reviewing) was Inadequate', 'one
# (2.2 Planning - court disposals) Inadequate', 'and one, 2.4 Reviewing, Inadequate'; or after 'rated' and before 'as'
# ('rated 2.2 Planning (court disposals) as 'Inadequate'')
RATING_CLOSING_RUN = re.compile(rf"[^\S\n]*+(?P<close>[),])\s*+(?:(?:were|was|are|is)\s++(?:(?:rated|judged|assessed)\s++"
                                rf"(?:as\s++)?)?)?{QUOTES}(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE)
RATING_AS_AFTER_RUN = re.compile(rf"\s++as\s++{QUOTES}(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE)
RATED_BEFORE_RUN = re.compile(rf"\b{RATED}\s++$", re.IGNORECASE)


def rating_closing_run(text: str, first: re.Match[str], at: int) -> re.Match[str] | None:
    """The rating after a run its opening sets apart (see RATING_CLOSING_RUN), or after 'rated' ... 'as'."""
    opened = text[max(0, first.start() - 2):first.start()].strip()[-1:]
    closing = RATING_CLOSING_RUN.match(text, at)
    if closing and opened and {"(": ")", ",": ","}.get(opened) == closing.group("close"):
        return closing
    rated = RATED_BEFORE_RUN.search(text, max(0, first.start() - 12), first.start())
    return RATING_AS_AFTER_RUN.match(text, at) if rated else None
# ... or one a line, under the rating they share ('four were rated 'Requires improvement':' / '  1.3  Partnerships and
# services' / '  2.2  Planning (court disposals)'), no rating on their lines.
CODED_LINE_GAP = re.compile(r"[^\S\n]*+\n[^\S\n]*+(?:[-•*·][^\S\n]++)?(?=[1-4]\.[1-4][^\S\n])")


def next_coded(text: str, item: re.Match[str]) -> re.Match[str] | None:
    """The run's next standard after `item`: after a comma or 'and', or on the next line where neither is rated."""
    if (gap := CODED_GAP.match(text, item.end())) and (after := CODED_STANDARD.match(text, gap.end())):
        return after
    below = CODED_LINE_GAP.match(text, item.end())
    after = CODED_STANDARD.match(text, below.end()) if below and not RATING_WORDS.search(item.group(0)) else None
    return after if after and not RATING_WORDS.search(after.group(0)) else None


def standards_coded_in_a_run(ctx: Context, inspection: InspectionRef | None, seen: set[tuple[str, str]]) -> None:
    """Each standard of a run of codes and names that one rating rates (see CODED_STANDARD)."""
    text = ctx.text
    at = 0
    while first := CODED_STANDARD.search(text, at):
        run = [first]
        while (item := next_coded(text, run[-1])) is not None:
            run.append(item)
        at = run[-1].end()
        before = RATING_OVER_RUN.search(text, max(0, first.start() - RATING_REACH), first.start())
        after = RATING_AFTER_RUN.match(text, at) or rating_closing_run(text, first, at)
        rated = after or before
        if rated is None:
            continue
        where = trim(text, before.start() if before and not after else first.start(), after.end() if after else at)
        rating = rated.group("rating")
        for item in run:
            code = item.group("code")
            if code not in STANDARDS or not _names_the_standard(item.group("name"), framework_name(ctx, code)) \
                    or (code, rating_label(rating)) in seen:
                continue
            seen.add((code, rating_label(rating)))
            emit_rating(ctx, rated_inspection(ctx, inspection, where, rating), f"{code} {framework_name(ctx, code)}",
                        rating, where, code)


# A standard named in full beside its rating, quoted or in brackets, as a list's item: 'Governance and leadership
# 'Requires improvement'; staff rated 'Good'; partnerships and services 'Requires improvement';', a bullet's
# 'resettlement policy and provision (Requires improvement)' (the short names, 'Staff', 'Planning', say too little).
FULL_NAMES = {fold(name): code for code, name in STANDARDS.items() if fold(name) not in SHORT_NAMES and code[0] != "3"
              or code == "3.4"}
NAMED_BESIDE_RATING = re.compile(
    r"(?<![\w-])(?P<name>governance\s+and\s+leadership|partnerships\s+and\s+services|information\s+and\s+facilities|"
    r"resettlement\s+policy\s+and\s+provision|out[\s-]+of[\s-]+court\s+disposal\s+policy\s+and\s+provision)"
    rf"\s+(?:(?:was\s+)?(?:rated|judged)\s+)?(?:['‘’\"“”](?P<rating>{STANDARD_RATINGS})['‘’\"“”]|"
    rf"\((?:rated\s+)?(?P<bracketed>{STANDARD_RATINGS})\))[^\S\n]*+(?:[;.,]|$)", re.IGNORECASE | re.MULTILINE)


def standards_beside_their_rating(ctx: Context, inspection: InspectionRef | None, seen: set[tuple[str, str]]) -> None:
    """Each standard named in full beside its quoted or bracketed rating (see NAMED_BESIDE_RATING)."""
    for match in NAMED_BESIDE_RATING.finditer(ctx.text):
        code = FULL_NAMES.get(fold(match.group("name")))
        rating = match.group("rating") or match.group("bracketed")
        if not code or (code, rating_label(rating)) in seen:
            continue
        seen.add((code, rating_label(rating)))
        where = trim(ctx.text, match.start(), match.end())
        emit_rating(ctx, rated_inspection(ctx, inspection, where, rating), f"{code} {framework_name(ctx, code)}",
                    rating, where, code)


# Standards after 'with', each with its rating alone and no verb: 'rated the service Requires improvement overall, with
# planning in court cases Inadequate and out-of-court implementation and delivery Outstanding'.
WITH_RATED = re.compile(rf"\bwith\s+(?P<object>[a-z][^.;,:()\n]{{2,80}}?)[^\S\n]+{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}"
                        r"(?=\s+and\s|[^\S\n]*(?:[.;,]|$))", re.IGNORECASE | re.MULTILINE)
AND_RATED = re.compile(rf"\s+and\s+(?P<object>[a-z][^.;,:()\n]{{2,80}}?)[^\S\n]+{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}"
                       r"(?=\s+and\s|[^\S\n]*(?:[.;,]|$))", re.IGNORECASE | re.MULTILINE)


def standards_with_their_rating(ctx: Context, inspection: InspectionRef | None, seen: set[tuple[str, str]]) -> None:
    """Each standard after 'with' and the ones joined to it by 'and', with its rating (see WITH_RATED)."""
    for first in WITH_RATED.finditer(ctx.text):
        pairs = [first]
        while (more := AND_RATED.match(ctx.text, pairs[-1].end())) is not None:
            pairs.append(more)
        for pair in pairs:
            rating = pair.group("rating")
            where = trim(ctx.text, pair.start("object"), pair.end())
            for code in standards_named(ctx, pair.group("object"), cue_before=first.start()):
                if (code, rating_label(rating)) not in seen:
                    seen.add((code, rating_label(rating)))
                    emit_rating(ctx, rated_inspection(ctx, inspection, where, rating),
                                f"{code} {framework_name(ctx, code)}", rating, where, code)


# Standards listed after the rating they share, behind a colon or a dash: 'rating three of them as 'Outstanding': staff,
# ...', 'Four of the thirteen areas it looked at were rated outstanding - governance and leadership, staff, and ...'
# (not a headline's 'rated good – and outstanding for its staff', 'rated 'Good' – but ...': a clause goes on).
RATING_THEN_LIST = re.compile(rf"\b(?:rated|rating\s+(?:[a-z]+\s+){{0,3}}?as)\s+{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}"
                              r"(?::|[^\S\n]+[-–—])\s+(?!(?:and|but|or|while)\b)(?P<object>(?:(?!\n[^\S\n]*\n)[^.;:]){3,240})",
                              re.IGNORECASE)


def standards_listed_after_rating(ctx: Context, inspection: InspectionRef | None, seen: set[tuple[str, str]]) -> None:
    """Each standard the list after a rating names (see RATING_THEN_LIST)."""
    for match in RATING_THEN_LIST.finditer(ctx.text):
        rating = match.group("rating")
        where = trim(ctx.text, match.start(), match.end())
        for code in standards_named(ctx, before_contrast(match.group("object")), cue_before=match.start()):
            if (code, rating_label(rating)) not in seen:
                seen.add((code, rating_label(rating)))
                emit_rating(ctx, rated_inspection(ctx, inspection, where, rating), f"{code} {framework_name(ctx, code)}",
                            rating, where, code)


def before_contrast(words: str) -> str:
    """The words a rating names up to a clause that turns from it: a headline's 'rated 'Good' - strong court work, but
    resettlement needs attention' rates no resettlement; what comes after 'but', 'while', ';' has a rating of its own."""
    turn = CLAUSE_BREAK.search(words)
    return words[:turn.start()] if turn else words


# 'Inspectors rated the planning of court orders 'inadequate'', 'rated the service's governance and leadership 'Requires
# improvement'', 'rated the service's out-of-court work 'good'': the verb, what it rates and the rating in quotes (a
# domain where the words are its name).
RATED_QUOTED = re.compile(r"\b(?:rated|judged|graded)\s+(?P<object>(?:the|its|their|our)\s+(?:[^.;:,()'‘’\"“”]|['’]s\b){3,80}?)\s+['‘’\"“”]"
                          rf"(?P<rating>{STANDARD_RATINGS})['‘’\"“”]", re.IGNORECASE)
OWNER = re.compile(r"^(?:(?:the|its|their|our)\s+)?(?:(?:service|YJS|YOS|YOT|team)['’]s?\s+)?", re.IGNORECASE)
# 'judged our staffing and our out-of-court work 'Outstanding'': each owned part is a standard or a domain of its own
# (not 'the service's governance and leadership', one standard's name).
OWNED_PARTS = re.compile(r"\s+and\s+(?=(?:the|its|their|our)\s)", re.IGNORECASE)


def standards_rated_quoted(ctx: Context, inspection: InspectionRef | None, seen: set[tuple[str, str]]) -> None:
    """Each standard, or the domain, that the words between a rating verb and a quoted rating name (see RATED_QUOTED)."""
    for match in RATED_QUOTED.finditer(ctx.text):
        rating = match.group("rating")
        where = trim(ctx.text, match.start(), match.end())
        rated = rated_inspection(ctx, inspection, where, rating)
        for part in OWNED_PARTS.split(match.group("object")):
            codes = standards_named(ctx, part, cue_before=match.start())
            domain = DOMAINS.get(fold(OWNER.sub("", part.strip())))
            if not codes and domain in DOMAIN_NAMES:
                emit_rating(ctx, rated, DOMAIN_NAMES[domain], rating, where)
            for code in codes:
                if (code, rating_label(rating)) not in seen:
                    seen.add((code, rating_label(rating)))
                    emit_rating(ctx, rated, f"{code} {framework_name(ctx, code)}", rating, where, code)


# A domain rated as a whole in prose, the domain opening its clause: 'Organisational delivery was rated requires
# improvement', 'out-of-court disposals were judged to be Outstanding' (not 'Assessment of court disposals was ...', a
# standard's, nor resettlement, which is its standard's name too).
# (the marks before the domain are no stops: a run of ' . . .' starts a match at each stop, each crossing the run's rest)
DOMAIN_RATED = re.compile(rf"(?:^|[.;:]\s++|,\s++(?:and|while|but)\s++|\n)[^\w\n.;:]*+(?:(?:the|its|their)\s+)?"
                          rf"(?P<domain>organisational\s+delivery|(?:out[\s-]+of[\s-]+)?court\s+disposals?)"
                          rf"(?:\s+(?:work|domain))?\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
                          rf"(?:rated|judged|graded|assessed|found)\s+(?:as\s+|to\s+be\s+)?{QUOTES}(?P<rating>{STANDARD_RATINGS})\b"
                          rf"(?!{QUOTES}\s+(?:for|in)\b)", re.IGNORECASE)
DOMAIN_NAMES = {1: "Organisational delivery", 2: "Court disposals", 3: "Out-of-court disposals"}
DOMAIN_WORDS = r"(?P<domain>organisational\s+delivery|(?:out[\s-]+of[\s-]+)?court\s+disposals?)"
# ... and the domains after it in the same sentence, each with its rating alone: 'Organisational delivery was rated
# Good, court disposals Requires improvement and out-of-court disposals Outstanding'.
DOMAIN_NEXT = re.compile(rf"{QUOTES}(?:,\s*+(?:and\s+)?|\s+and\s+)(?:(?:the|its|their)\s+)?{DOMAIN_WORDS}\s+{QUOTES}"
                         rf"(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE)
# A domain rated as a whole on a row of its own, its rating after padding, dot leaders, a tab, a bar, a colon or a dash,
# perhaps after a bullet or its number, its name wrapped or not ('  >  Organisational delivery          Outstanding',
# 'Domain one: organisational delivery ........ Good', 'Domain two: court' / 'disposals ... Requires improvement'), the
# rating ending the row (a standard's code or name between is a standard's row). Read with the leaders blanked.
DOMAIN_ROW = re.compile(rf"^[^\w\n]*+(?:domain[^\S\n]++(?:one|two|three|four|[1-4])[^\S\n]*+[:.–—-]?[^\S\n]*+|[1-4]\.?[^\S\n]++)?"
                        rf"{DOMAIN_WORDS}(?:[^\S\n]++domain)?(?:[^\S\n]*+(?:[.…]{{3,}}+|[|:–—-])[^\S\n.…|]*+\|?|[^\S\n]{{2,}}+|\t)"
                        rf"[^\S\n]*+{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}[^\S\n|]*+\|?[^\S\n]*+$",
                        re.IGNORECASE | re.MULTILINE)

# Domains rated in a run of 'domain: rating' pairs in a sentence, after a bracket, a colon, a semicolon or a comma
# ('(organisational delivery: requires improvement; court disposals: requires improvement; out-of-court disposals:
# good)', 'Ratings: Organisational delivery - Good, Court disposals - Outstanding'), each rating closing its pair.
DOMAIN_PAIR = re.compile(rf"(?:[(;,:]|\band\b)[^\S\n]*+\n?[^\S\n]*+{DOMAIN_WORDS}[^\S\n]*+[:–—-][^\S\n]*+\n?[^\S\n]*+"
                         rf"{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}(?=[^\S\n]*+(?:[;,.)]|\n|$|and\b))",
                         re.IGNORECASE)


def domains_rated(ctx: Context, inspection: InspectionRef | None) -> None:
    """Domains rated as a whole in prose (see DOMAIN_RATED, and DOMAIN_NEXT after it), in a summary's rows (see
    DOMAIN_ROW) or in a run of pairs (see DOMAIN_PAIR), under the domain's name."""
    found = []
    for match in DOMAIN_RATED.finditer(ctx.text):
        found.append(match)
        while (more := DOMAIN_NEXT.match(ctx.text, found[-1].end())):
            found.append(more)
    for match in [*found, *DOMAIN_ROW.finditer(leaders_blanked(ctx.text)), *DOMAIN_PAIR.finditer(ctx.text)]:
        domain = DOMAINS[re.sub(r"disposal$", "disposals", fold(match.group("domain")))]
        where = trim(ctx.text, match.start("domain"), match.end())
        emit_rating(ctx, rated_inspection(ctx, inspection, where, match.group("rating")), DOMAIN_NAMES[domain],
                    match.group("rating"), where)


# 'It was rated 'outstanding' for the implementation and delivery of its out-of-court work, and 'good' for the staff
# team': after one verb, each rating and what it is for; 'X received 'Requires improvement' ratings for governance and
# leadership, partnerships and services, ...': one rating for every standard listed after 'for'; 'rated the service
# Outstanding for Staff (1.2) and for the delivery of out-of-court work (3.3)'.
RATED_FOR = re.compile(rf"\b(?:{RATED}|received|given|awarded)\s+(?:the\s+service\s+)?(?=(?:an?\s+)?{QUOTES}(?:{STANDARD_RATINGS}){QUOTES}"
                       rf"\s+(?:(?:ratings?|grades?)\s+)?for\s)", re.IGNORECASE)
RATING_FOR = re.compile(rf"(?:an?\s+)?{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}\s+(?:(?:ratings?|grades?)\s+)?for\s+"
                        rf"(?P<object>(?:[^.;]|(?<=\d)\.(?=\d)){{3,240}}?)(?=,?\s+and\s+{QUOTES}(?:{STANDARD_RATINGS})\b|\.(?!\d)|;|\n\s*\n|$|"
                        # another clause with its own verb: ', and staff were rated Good'
                        rf",\s+(?:and\s+|but\s+|while\s+)?(?:[\w-]+\s+){{0,3}}(?:was|were|is|are|had|has|have)\b|"
                        # a clause that sets another against it: ', but reviewing of court cases had been judged ...'
                        r",\s+(?:but|while|whereas|although)\b)",
                        re.IGNORECASE)
# ... or after the service's own rating, which has no 'for': 'rated the service 'Good' overall and 'Outstanding' for its
# staff', 'The service was rated Good, and Outstanding for its staff and for resettlement', 'rated 'Good' overall, with
# 'Outstanding' for the implementation and delivery of out-of-court disposals', 'rated our youth justice service Good
# overall, with an Outstanding rating for our staff' (a plan's foreword)
RATED_THEN_FOR = re.compile(rf"\b{RATED}\s+(?:(?:it|them|(?:the|our|its)\s+(?:youth\s+(?:justice|offending)\s+)?service)\s+)?"
                            rf"(?:as\s+)?{QUOTES}(?:{STANDARD_RATINGS}){QUOTES}(?:\s+overall)?,?\s+(?:and|with)\s+"
                            rf"(?=(?:an?\s+)?{QUOTES}(?:{STANDARD_RATINGS}){QUOTES}\s+(?:(?:ratings?|grades?)\s+)?for\s)",
                            re.IGNORECASE)
# the next pair of the sentence, past the rest of the object's clause ('..., where children are diverted, and 'good'')
NEXT_RATING_FOR = re.compile(rf"[^.;]{{0,120}}?,?\s+and\s+(?=(?:an?\s+)?{QUOTES}(?:{STANDARD_RATINGS}){QUOTES}\s+for\s)",
                             re.IGNORECASE)


def standards_rated_for(ctx: Context, inspection: InspectionRef | None, seen: set[tuple[str, str]]) -> None:
    """Standards rated 'for' what the sentence names (see above), each pair in turn after the verb."""
    text = ctx.text
    for verb in [*RATED_FOR.finditer(text), *RATED_THEN_FOR.finditer(text)]:
        at = verb.end()
        while pair := RATING_FOR.match(text, at):
            where = trim(text, verb.start(), pair.end())
            rating = pair.group("rating")
            for code in standards_named(ctx, pair.group("object"), cue_before=verb.start()):
                if (code, rating_label(rating)) not in seen:
                    seen.add((code, rating_label(rating)))
                    emit_rating(ctx, rated_inspection(ctx, inspection, where, rating),
                                f"{code} {framework_name(ctx, code)}", rating, where, code)
            gap = NEXT_RATING_FOR.match(text, pair.end())
            if gap is None:
                break
            at = gap.end()


# 'resettlement policy and provision was good': a standard named in full as the whole subject of 'was' and a rating;
# 'five were rated Good ... and one, out-of-court disposal policy and provision, Inadequate': a count, the standards
# it stands for between commas, and their rating.
SAID_TO_BE = re.compile(rf"(?P<subject>[A-Za-z][A-Za-z -]{{2,79}}?[A-Za-z])\s++(?:was|were|is|are)\s+(?:judged\s+|found\s+to\s+be\s+)?"
                        rf"{QUOTES}(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE)
COUNT_NAMED = re.compile(rf"\b(?:one|two|three|four|five|six|\d{{1,2}})\s*,\s*(?P<subject>[^,.;:]{{3,100}}?)\s*+,\s*"
                         rf"(?:(?:was|were)\s+(?:rated\s+)?)?{QUOTES}(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE)
SUBJECT_OPENING = re.compile(r"^(?:[^\w\n]*\n)?[^\w\n]*(?:the\s+)?", re.IGNORECASE)


def standards_said_to_be(ctx: Context, inspection: InspectionRef | None, seen: set[tuple[str, str]]) -> None:
    """Standards whose names in full are the whole subject of a rating (see above)."""
    text = ctx.text
    for pattern in (SAID_TO_BE, COUNT_NAMED):
        for match in pattern.finditer(text):
            subject = match.group("subject")
            line_start = text.rfind("\n", 0, match.start("subject")) + 1
            before = text[line_start:match.start("subject")]
            if pattern is SAID_TO_BE and before.strip(" \t•·*-–—") and not before.rstrip().endswith((",", ":")):
                continue  # the subject runs on from words before it: not the standard alone
            name = re.sub(r"\s+standard$", "", SUBJECT_OPENING.sub("", subject.strip()), flags=re.IGNORECASE)
            if fold(name) not in FRAMEWORK_NAMES or fold(name) in SHORT_NAMES:
                continue
            where = trim(text, match.start("subject"), match.end())
            rating = match.group("rating")
            for code in standards_named(ctx, name, cue_before=match.start()):
                if (code, rating_label(rating)) not in seen:
                    seen.add((code, rating_label(rating)))
                    emit_rating(ctx, rated_inspection(ctx, inspection, where, rating),
                                f"{code} {framework_name(ctx, code)}", rating, where, code)


def standards_rated_in_a_list(ctx: Context, inspection: InspectionRef | None, seen: set[tuple[str, str]]) -> None:
    """Several standards rated after one verb, each 'X as R', in the domain the clause before the verb names."""
    text = ctx.text
    for verb in RATED_LIST.finditer(text):
        lead = rated_subject(text, verb, None)
        domain = domain_before(text, lead.start, Span(verb.start(), verb.start(), ""))
        at = verb.end()
        while pair := RATED_PAIR.match(text, at):
            where = trim(text, lead.start, pair.end())
            rating = pair.group("rating")
            for code in standards_named(ctx, pair.group("object") + domain, cue_before=pair.start()):
                if (code, rating_label(rating)) not in seen:
                    seen.add((code, rating_label(rating)))
                    emit_rating(ctx, rated_inspection(ctx, inspection, where, rating),
                                f"{code} {framework_name(ctx, code)}", rating, where, code)
            gap = PAIR_GAP.match(text, pair.end())
            at = gap.end() if gap else pair.end()


# A press release's notes: 'Court disposals: Assessment - Requires improvement; Planning - Requires\n improvement;
# Reviewing - Good.': a domain, a colon, then each standard's name, a dash and its rating, parted by semicolons.
DOMAIN_LIST_LEAD = re.compile(r"\b(?P<domain>organisational\s+delivery|court\s+disposals|out[\s-]+of[\s-]+court\s+disposals|"
                              r"resettlement)\s*:\s*", re.IGNORECASE)
DOMAIN_LIST_ITEM = re.compile(rf"(?P<name>[A-Za-z][A-Za-z&'’\s-]{{2,80}}?)\s+[-–—]\s+{QUOTES}(?P<rating>{STANDARD_RATINGS})"
                              rf"{QUOTES}[^\S\n]*(?P<end>[;.]|,?\s+and\b|$)\s*", re.IGNORECASE | re.MULTILINE)


def standards_in_domain_lists(ctx: Context, inspection: InspectionRef | None, seen: set[tuple[str, str]]) -> None:
    """Each standard of a domain's list rated name by name (see above), its code from its name under the domain."""
    text = ctx.text
    for lead in DOMAIN_LIST_LEAD.finditer(text):
        domain = DOMAINS[fold(lead.group("domain"))]
        at = lead.end()
        alone = RATED_ALONE.match(text, at) if domain == 4 else None
        if alone:  # 'Resettlement:   Requires improvement': the domain of one standard, rated as a whole
            _emit_once(ctx, inspection, seen, "4.1", alone.group("rating"), trim(text, lead.start(), alone.end("rating")))
            continue
        while item := DOMAIN_LIST_ITEM.match(text, at):
            code = standard_code(domain, " ".join(item.group("name").split()))
            if code is None:
                break  # not one of the domain's standards: the words are a sentence, not the list
            rating = item.group("rating")
            where = trim(text, item.start("name"), item.end("rating"))
            if (code, rating_label(rating)) not in seen:
                seen.add((code, rating_label(rating)))
                emit_rating(ctx, rated_inspection(ctx, inspection, where, rating),
                            f"{code} {framework_name(ctx, code)}", rating, where, code)
            if item.group("end") in (".", ""):
                break
            at = item.end()


RATED_ALONE = re.compile(rf"['‘’\"“”*]?(?P<rating>{STANDARD_RATINGS})['‘’\"“”*]?[^\S\n]*+(?:[;.]|$)",
                         re.IGNORECASE | re.MULTILINE)


def _emit_once(ctx: Context, inspection: InspectionRef | None, seen: set[tuple[str, str]], code: str, rating: str,
               where: Span) -> None:
    """The standard's rating, unless the document's sentences have given it already."""
    if (code, rating_label(rating)) not in seen:
        seen.add((code, rating_label(rating)))
        emit_rating(ctx, rated_inspection(ctx, inspection, where, rating), f"{code} {framework_name(ctx, code)}",
                    rating, where, code)


DOMAIN_NAMED = re.compile(rf"{OUT_OF_COURT.pattern}|{COURT.pattern}", re.IGNORECASE)


def domain_before(text: str, start: int, subject: Span) -> str:
    """The court or out-of-court work named last between `start` and a subject that names none (' court'), or ''."""
    if DOMAIN_NAMED.search(subject.text):
        return ""
    named = [m.group(0) for m in DOMAIN_NAMED.finditer(text, start, subject.start)]
    return "" if not named else " out-of-court" if OUT_OF_COURT.match(named[-1]) else " court"


def rated_subject(text: str, match: re.Match[str], part: str | None) -> Span:
    """What a rating sentence rates: the object of 'judged X to be R', else the words of its clause before the
    verb."""
    if part:
        return span(text, match.start(part), match.end(part))
    floor = max(0, match.start() - 250)
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, floor, match.start())]
    return span(text, breaks[-1] if breaks else floor, match.start())


REVIEWING = re.compile(r"\breviewing\b", re.IGNORECASE)


def standards_named(ctx: Context, words: str, *, cue_before: int) -> list[str]:
    """The codes of the standards some words name, by code or by name."""
    # a code only where the words say it is a standard's: 'standard 3.4', '(1.4)', never a paragraph's number
    codes = [m.group("code") for m in CODE_NAMED.finditer(words) if m.group("code") in STANDARDS
             and (words[m.start() - 1:m.start()] == "(" or re.search(r"\bstandards?\b", words[:m.start()], re.IGNORECASE))]
    if codes:
        return codes
    cued = bool(STANDARD_CUE.search(ctx.text, max(0, cue_before - CUE_REACH), cue_before + len(words) + 40))
    found: list[str] = []
    waiting: list[str] = []  # named, but a standard only if something says so: 'Staffing and information and facilities'
    rest = words
    for code, pattern in NAMED_STANDARDS:
        named = re.search(rf"\b{pattern}\b", rest, re.IGNORECASE)
        if named:
            (found if code not in NEEDS_CUE or cued or NAMED_IN_FULL.search(named.group(0)) or _resettlement_rated(ctx, code)
             or code == "1.2" and (STAFF_SINGULAR.match(rest, named.start()) or STAFF_OF_THE_SERVICE.search(rest, 0, named.end()))
             else waiting).append(code)
            rest = rest[:named.start()] + " " * len(named.group(0)) + rest[named.end():]
    if found:  # named with another standard, as one of them
        found = sorted(found + waiting)
    if delivered := DELIVERY_OF.search(rest):
        found.append("3.3" if delivered.group("out") else "2.3")
        rest = rest[:delivered.start()] + " " * (delivered.end() - delivered.start()) + rest[delivered.end():]
    domain = 3 if OUT_OF_COURT.search(rest) else 2 if COURT.search(rest) else None
    if domain:
        # reviewing is a court disposal's standard only: out-of-court work's fourth is its policy and provision
        found += [f"{domain}.{number}" for number, stage in STAGES if re.search(rf"\b{stage}\b", rest, re.IGNORECASE)
                  and (domain == 2 or number < 4)]
    elif found and cued and REVIEWING.search(rest):
        # 'two standards (Information and facilities, and Reviewing)': listed with a standard named in full, it is one
        # too, and no other domain reviews ('assessment and reviewing require improvement' alone names no domain)
        found.append("2.4")
    return found


def _resettlement_rated(ctx: Context, code: str) -> bool:
    """Resettlement is a standard of its own since the framework's 2021 revision: in a paper of that time its rating
    needs no other word to say so ('asked why resettlement had been rated Requires Improvement')."""
    return code == "4.1" and (ctx.home_date or "") >= REVISED_FRAMEWORK_YEAR


# Resettlement rated as standard 4.1 by its code ('Inadequate (4.1)', '4.1 Resettlement'): the revised framework's.
RESETTLEMENT_CODED = re.compile(r"(?<![\d.])4\.1(?![\d.])(?=[^\S\n]*+(?:\)|resettlement))|\bresettlement\b[^.\n]{0,40}?"
                                r"(?<![\d.])4\.1(?![\d.])", re.IGNORECASE)


def _rates_resettlement(text: str) -> bool:
    """A document that rates resettlement as standard 4.1 uses the framework that renamed 3.4 in the same revision."""
    return RESETTLEMENT_CODED.search(text) is not None


def framework_name(ctx: Context, code: str) -> str:
    """The standard's name in the framework the document uses: 3.4 is 'Joint working' where the document says so,
    or where it was written before the framework's 2021 revision and names neither."""
    # ('Out-of-court disposals: Policy and' in a table's row names it, whatever its cells' wrapping)
    if code == "3.4" and not re.search(r"disposals?\W+policy\s+and\b", ctx.text, re.IGNORECASE) and not _rates_resettlement(
            ctx.text) and (
            re.search(r"\bjoint\s+working\b", ctx.text, re.IGNORECASE) or (ctx.home_date or "9999") < REVISED_FRAMEWORK_YEAR):
        return JOINT_WORKING
    return STANDARDS[code]
