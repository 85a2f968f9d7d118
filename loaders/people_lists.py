"""Generic people extractors shared by the family loaders and run on unknown documents.

Each reads one layout that recurs across families and emits `person_role` facts:

- `address_block`: a letter's To / From lines ("To: Name, Role").
- `led_by_lines`: "This inspection was led by HM Inspector Name", "the lead inspector, who was Name".
- `role_name_table`: rows of a role and one or more names, in either order, as tab-separated,
  markdown-table or padded columns, with continuation rows that repeat the role above
  (copy lists, acknowledgements, inspection teams).
- `name_role`: split a "Name, Role" / "Name Role" / "Role, Name" cell into its parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.loaders.context import Context
from kg.loaders.roles import organisation_for_role
from kg.loaders.text import Line, Span, cells, is_blank, lines, plain, sentence_start, span, trim
from kg.names import NameMatch, find_names, is_first_name, is_role_word
from kg.vocabulary import names_post

NameFilter = Callable[[NameMatch], bool]


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


ADDRESS_RE = re.compile(r"^\W*(?:<i>)?\s*(To|From|Author|Addressee)\s*:?\s*(?:</i>)?\s*[:|\t]", re.IGNORECASE)


def address_block(ctx: Context, area: str | None = None, begin: int = 0, end: int | None = None) -> int:
    """To:/From: lines of a letter. Returns how many people it found."""
    found = 0
    for line in lines(ctx.text, begin, end if end is not None else min(len(ctx.text), begin + 3000)):
        match = ADDRESS_RE.match(plain(line.text).replace("|", "\t") + "\t") if "\t" in line.text or "|" in line.text else None
        label_match = re.match(r"^\W*(?:<i>)?\s*(To|From)\s*:\s*(?:</i>)?", line.text, re.IGNORECASE)
        if not (match or label_match):
            continue
        label = (match or label_match).group(1).lower()  # type: ignore[union-attr]
        row = cells(ctx.text, line)
        value = row[-1] if len(row) > 1 else trim(ctx.text, line.start + label_match.end(), line.end) if label_match else None
        if not value:
            continue
        name, role = name_role(ctx, value, strict=False)
        if not name:
            continue
        relation = "addressee" if label == "to" else "author"
        ctx.person_role(name, relation, value, role=role.text if role else None, role_span=role or None,
                        organisation=organisation_for_role(role.text if role else None, area))
        found += 1
    return found


# Prose only: a table row ("Lead Inspector<TAB>Name", "Deputy Lead Inspector | Name") is role_name_table's job.
LED_BY_RE = re.compile(
    r"(?:(?:inspection|review|visit|work)\s+was\s+led\s+by|led\s+by|(?<!deputy )(?<!assistant )lead[ ]+inspector"
    r"(?![ ]*[\t|])[ ]*(?:,|was|is|:)?[ ]*(?:who\s+was\s+)?)",
    re.IGNORECASE,
)


def led_by_lines(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """'This inspection was led by HM Inspector Name' and 'the lead inspector, who was Name' in text[begin:end]."""
    found = 0
    for match in LED_BY_RE.finditer(ctx.text, begin, len(ctx.text) if end is None else end):
        window_end = min(len(ctx.text), match.end() + 80)
        stop = ctx.text.find("\n", match.end())
        window_end = window_end if stop == -1 else min(window_end, stop)
        names = find_names(ctx.text, match.end(), window_end)
        if not names or names[0].start - match.end() > 40 or re.search(r"[().;]", ctx.text[match.end():names[0].start]):
            continue  # "the lead inspector (Jane Doe), John Roe": the name after a bracket is someone else
        name = names[0]
        prefix = trim(ctx.text, match.end(), name.start)
        role = prefix.text if prefix and is_role_word(prefix.text.split()[-1]) else None
        evidence = span(ctx.text, sentence_start(ctx.text, match.start()), name.end)
        if role is None and "lead inspector" in match.group(0).lower():
            role = "lead inspector"
        ctx.person_role(name, "lead_inspector", evidence, role=role or "lead inspector",
                        organisation=_inspectorate_near(ctx, match.start()))
        found += 1
    return found


def _inspectorate_near(ctx: Context, pos: int) -> str | None:
    """The one other inspectorate named in the text leading to the line (letterhead, title, opening)
    when the corpus's own is not, else the corpus's own. Copy lists and annexes after the line name
    bodies that received the letter, not the one whose inspector led."""
    named = ctx.gazetteer.inspectorates_named(ctx.text[max(0, pos - 2000):pos])
    default = ctx.gazetteer.default_inspectorate
    return named.pop() if len(named) == 1 and default not in named else default


def role_name_table(ctx: Context, table_lines: list[Line], relation_for: Callable[[str], str | None],
                    organisation_for: Callable[[str, str | None], str | None], *, strict_names: bool = False) -> int:
    """Rows of a role and names ('YJB link staff<TAB>A, B, C'), continuation rows repeating the role above.

    relation_for(role) gives the relation of the people under a role (None skips the row);
    organisation_for(role, org_in_cell) gives their organisation.
    """
    text = ctx.text
    found = 0
    current_role: Span | None = None
    for line in table_lines:
        if is_blank(line):
            continue
        row = cells(text, line)
        if not row:
            continue
        starts_with_gap = line.text[:1] in "\t" or bool(re.match(r"^\s*\|\s*\|", line.text))
        if len(row) == 1 and not starts_with_gap:
            only = row[0]
            names = find_names(text, only.start, only.end, strict=True)
            if not names:
                current_role = only
                continue
            role_cell, name_cells = current_role, row
        elif starts_with_gap:
            role_cell, name_cells = current_role, row
        else:
            role_cell, name_cells = _role_and_names(ctx, row)
            current_role = role_cell or current_role
        if role_cell is None:
            continue
        relation = relation_for(role_cell.text)
        if relation is None:
            continue
        for cell in name_cells:
            found += _names_in_cell(ctx, cell, line, role_cell, relation, organisation_for, strict_names)
    return found


def _role_and_names(ctx: Context, row: list[Span]) -> tuple[Span | None, list[Span]]:
    first_names = find_names(ctx.text, row[0].start, row[0].end, strict=True)
    if first_names and first_names[0].start - row[0].start < 3 and len(row) > 1:
        return row[-1], row[:-1]  # name first, role last
    return row[0], row[1:]


def _names_in_cell(ctx: Context, cell: Span, line: Line, role_cell: Span, relation: str,
                   organisation_for: Callable[[str, str | None], str | None], strict: bool) -> int:
    text = ctx.text
    count = 0
    for piece in _split_people(text, cell):
        names = find_names(text, piece.start, piece.end, strict=strict)
        if not names:
            continue
        name = names[0]
        rest = trim(text, name.end, piece.end)
        org_in_cell = rest.text if rest and not _only_noise(rest.text) else None
        role = role_cell.text
        own_role = org_in_cell if org_in_cell and names_post(org_in_cell) else None
        evidence = span(text, min(role_cell.start, line.start), line.end) if role_cell.start >= line.start else piece
        evidence = trim(text, evidence.start, evidence.end, " \t|")
        ctx.person_role(name, relation, evidence, role=own_role or role,
                        organisation=organisation_for(role, None if own_role else org_in_cell),
                        role_span=role_cell if not own_role else rest)
        count += 1
    return count


NAME_WINDOW = 120


def _split_people(text: str, cell: Span) -> list[Span]:
    """'A, B and C' or 'A; B' -> one span each (a comma inside 'Name, Role' is kept when no name follows)."""
    pieces = []
    pos = cell.start
    for match in re.finditer(r";|,|\band\b|&", cell.text):
        cut = cell.start + match.start()
        # Only the start of what follows matters; reading all of it would be quadratic in a long cell.
        following = text[cell.start + match.end():min(cell.end, cell.start + match.end() + NAME_WINDOW)]
        if _starts_with_name(following):
            pieces.append(trim(text, pos, cut))
            pos = cell.start + match.end()
    pieces.append(trim(text, pos, cell.end))
    return [p for p in pieces if p]


def _starts_with_name(following: str) -> bool:
    names = find_names(following, strict=False)
    return bool(names) and following[:names[0].start].strip(" ,;&") == "" and (
        is_first_name(names[0].name.split()[0]) or len(names[0].name.split()) >= 2)
