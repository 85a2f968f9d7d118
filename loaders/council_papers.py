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

from kg.loaders import attendance, generic, registry
from kg.loaders.context import Context
from kg.loaders.roles import organisation_for_role
from kg.loaders.text import Span, find_line, lines, sentence_start, span, trim
from kg.names import NameMatch, find_names, is_first_name
from kg.vocabulary import is_post_noun, names_post_or_body

FAMILY = "council_papers"
PRECEDENCE = 50
EXCLUDES: tuple[str, ...] = ()

MEETING_RE = re.compile(r"\bminutes\s+of\s+(?:a|the)\b|\bnotice\s+of\s+(?:a\s+)?meeting\b|"
                        r"^\s*agenda\s*$|\bmeeting\s+of\s+the\s+[\w&,' ]{0,80}(?:committee|panel|council|cabinet)\b",
                        re.IGNORECASE | re.MULTILINE)
BODY_RE = re.compile(r"\b(?:scrutiny|committee|panel|cabinet|council)\b", re.IGNORECASE)
ATTENDANCE_RE = re.compile(r"^\W*(?:present|apologies|membership|members|in attendance|also present)\b",
                           re.IGNORECASE | re.MULTILINE)
EMBEDDED_REPORT_RE = re.compile(
    r"^\W*(?:An inspection led by|Full Joint (?:Re)?inspection of|(?:An )?inspection of youth offending|"
    r"Short Quality Screening of|Foreword\s*$)", re.IGNORECASE)
COUNCIL_NAME_RE = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,4}(?:City|County|Borough|District|Metropolitan Borough)?\s*Council)\b")
CONTACT_RE = re.compile(r"(?:telephone\s+)?enquiries\s+(?:about\s+this\s+\w+\s+)?to\s*:?|contact\s+officer\s*:?|"
                        r"\bcontact\s*:|(?:for\s+(?:further\s+)?information,?\s+)?please\s+contact|"
                        r"democratic\s+services\s+officer\s*:", re.IGNORECASE)
OFFICER_VERB_RE = re.compile(
    r"\s*(?:introduced|presented|advised|informed|reported|explained|outlined|gave|summarised|summarized|provided|"
    r"updated|confirmed|responded|answered|highlighted|described|tabled|attended|spoke|delivered|clarified|"
    r"replied|circulated|(?:will|would)\s+(?:attend|be\s+in\s+attendance)|(?:was|were)\s+in\s+attendance)\b",
    re.IGNORECASE)
APPOSITION_RE = re.compile(r"^\s*(?:\(([^()]{2,120})\)|,\s*([^,.;()]{2,120}),)?\s*,?\s*$")
BETWEEN_NAMES_RE = re.compile(r"^\s*(?:\([^()]{2,120}\)|,\s*[^,.;()]{2,120}(?=,))?\s*(?:,\s*and|,|and|&)\s*$")

# What the headings and markers of a council body's minutes and notices mean.
RELATIONS = attendance.AttendanceRelations(
    sections={
        attendance.PRESENT: "present_at_meeting",
        attendance.ALSO_PRESENT: "present_at_meeting",
        attendance.IN_ATTENDANCE: "officer_attending",
        attendance.OFFICERS: "officer_attending",
        attendance.APOLOGIES: "apologies",
        attendance.MEMBERSHIP: "panel_member",
        attendance.DEPUTIES: "standing_deputy",
        attendance.MINUTES: "minute_taker",
        attendance.CHAIR: "panel_chair",
        attendance.VICE_CHAIR: "panel_vice_chair",
        attendance.DECLARATIONS: "declared_interest",
    },
    chair="panel_chair", vice_chair="panel_vice_chair", minutes="minute_taker", cabinet="cabinet_member",
    councillor_officer="present_at_meeting",
    default_roles={attendance.MEMBERSHIP: "Member", attendance.DEPUTIES: "Standing Deputy", attendance.CHAIR: "Chair",
                   attendance.VICE_CHAIR: "Vice-Chair", attendance.MINUTES: "Minutes"},
    roleless=frozenset({attendance.DECLARATIONS}),
    body_for_councillors=True, body_by_default=True,
)


def signs(text: str) -> bool:
    """A meeting, a council body and an attendance list near the top."""
    head = text[:8000]
    return bool(MEETING_RE.search(head) and BODY_RE.search(head) and ATTENDANCE_RE.search(head))


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def load(ctx: Context) -> None:
    end = council_part_end(ctx)
    council = council_name(ctx)
    attendance.record_attendance(ctx, RELATIONS, attendance.Meeting(_area(council), council), 0, end)
    officers_in_prose(ctx, end, council)
    contact_officers(ctx, end, council)


def council_part_end(ctx: Context) -> int:
    """Where the papers' own text ends and an embedded report (an inspection report) begins."""
    all_lines = lines(ctx.text)
    index = find_line(all_lines, EMBEDDED_REPORT_RE)
    return all_lines[index].start if index > 0 else len(ctx.text)


def council_name(ctx: Context) -> str | None:
    """The council whose papers these are: named in the papers, or the area's council."""
    match = COUNCIL_NAME_RE.search(ctx.text[:20000])
    if match and match.group(1).split()[0] not in ("The", "This", "Full", "Cabinet"):
        return " ".join(match.group(1).split())
    area = generic.document_area(ctx)
    return f"{area} Council" if area else None


def _area(council: str | None) -> str | None:
    if not council:
        return None
    return re.sub(r"\s+(?:City|County|Borough|District|Metropolitan Borough)?\s*Council$", "", council) or None


def officers_in_prose(ctx: Context, end: int, council: str | None) -> None:
    """'X, Head of Service, introduced the report', 'X (Role) gave a summary', 'X and Y will attend'."""
    text = ctx.text
    for verb in OFFICER_VERB_RE.finditer(text, 0, end):
        start = sentence_start(text, verb.start())
        people = _subjects(text, start, verb.start())
        for name, role in people:
            if name.title == "Councillor":
                continue
            evidence = span(text, start, verb.end())
            role_text = role.text if role else None
            ctx.person_role(name, "officer_attending", evidence, role=role_text, role_span=role,
                            organisation=organisation_for_role(role_text, _area(council), default=council))


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
        if leading and any(is_post_noun(w) for w in leading.group(1).split()):
            found[0] = (first, trim(text, start + leading.start(1), start + leading.end(1)))
    return found


def _role_span(text: str, offset: int, apposition: re.Match[str]) -> Span | None:
    group = 1 if apposition.group(1) else 2 if apposition.group(2) else 0
    if not group:
        return None
    return trim(text, offset + apposition.start(group), offset + apposition.end(group))


def contact_officers(ctx: Context, end: int, council: str | None) -> None:
    """'Telephone enquiries to Lisa Gallacher 02392 834056', 'Contact Officer: Jane Doe, Democratic Services'."""
    text = ctx.text
    for match in CONTACT_RE.finditer(text, 0, end):
        stop = text.find("\n", match.end(), end)
        stop = min(end if stop == -1 else stop, match.end() + 120)
        names = find_names(text, match.end(), stop, strict=False)
        if not names or text[match.end():names[0].start].strip(" \t:-–"):
            continue
        name = names[0]
        line_start = text.rfind("\n", 0, match.start()) + 1
        evidence = span(text, line_start, stop)
        after = trim(text, name.end, stop)
        role = after if after and re.match(r"[,(]?\s*[A-Z][a-z]", text[name.end:stop].strip()) and \
            names_post_or_body(after.text[:60]) else None
        ctx.person_role(name, "contact_officer", evidence, role=role.text if role else None,
                        role_span=role, organisation=council)
