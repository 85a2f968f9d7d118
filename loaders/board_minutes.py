"""Youth offending service (YOS / YOT / youth justice) management board minutes.

Minutes of the partnership board that oversees a youth offending service: a title
("YOS Management Board", "Youth Justice Partnership Board"), the date, those present with
their roles and agencies (often in padded columns or run together), the chair marked
"(Chair)", the minute taker marked "(Minutes)", apologies, sometimes a membership list;
then numbered items where people are mostly referred to by initials (linked to the attendee
who has them: `initials`).
"""

from __future__ import annotations

import re

from kg.loaders import attendance, generic, initials, inspection_people, people_lists, registry, speakers
from kg.loaders.context import Context
from kg.loaders.text import council_report_form, lines, span

FAMILY = "board_minutes"
PRECEDENCE = 60
# A YOS board's minutes often show a council committee's signs too, and a register of members with their posts looks
# like a staff page's list; they are read as board minutes only.
EXCLUDES: tuple[str, ...] = ("council_papers", "staff_page")
# The parts set under their own heading that its loader reads itself (`registry.PART_KINDS`): its copy list and its minutes' lists are its own.
PARTS: tuple[str, ...] = ("copy_list", "minutes")

BOARD_RE = re.compile(
    r"\b(?:(?:YOS|YOT|YJS|Youth Offending|Youth Justice|Youth Offending Service|Youth Offending Team)"
    r"[\w ,&'’]{0,40}?\s+(?:Management|Partnership|Executive|Strategic|Governance)?\s*Board|Management Board)\b",
    re.IGNORECASE)
# A community safety partnership's board ('SAFER WESTMERE PARTNERSHIP' / '(Westmere Community Safety Partnership)' over
# 'PARTNERSHIP BOARD – MINUTES'): a board of partners that sits as a youth offending service's does.
SAFETY_PARTNERSHIP_RE = re.compile(r"\b(?:community\s+safety|safer\s+[A-Z][\w'’-]*+(?:[^\S\n]+[A-Z][\w'’-]*+){0,3})\s+partnership\b",
                                   re.IGNORECASE)
PARTNERSHIP_BOARD_RE = re.compile(r"\bpartnership\s+board\b", re.IGNORECASE)
ATTENDANCE_RE = re.compile(r"^[^\w\n]*(?:\d+\.?[^\S\n]*)?(?:present|apologies(?:\s+for\s+absence)?|attendees|in attendance|"
                           r"attendance|members present|also invited)\s*(?::|\.(?=\s+The\b)|$)", re.IGNORECASE | re.MULTILINE)

# What the headings and markers of a board's minutes mean: its chair is the board's.
RELATIONS = attendance.AttendanceRelations(
    sections={
        **attendance.MEETING_SECTIONS,
        attendance.MEMBERSHIP: "board_member",
        attendance.DEPUTIES: "standing_deputy",  # who sat for a member (u190, as council minutes have it)
        attendance.CHAIR: "board_chair",
        attendance.VICE_CHAIR: "other",
        attendance.DECLARATIONS: "declared_interest",
    },
    chair="board_chair", vice_chair="other", minutes="minute_taker", cabinet="cabinet_member",
    default_roles={attendance.VICE_CHAIR: "Vice-Chair", attendance.MINUTES: "Minutes"},
    body_for_markers=True,
    headless=True, officers_in_prose="officer_attending", officer_verbs=attendance.ATTENDED_VERB_RE,
    unlisted_officer_verbs=attendance.OFFICER_VERB_RE, sat_not_membership=True,
)


def signs(text: str) -> bool:
    """A board's minutes: the board named near the top, above the attendance list (a council panel's list may name
    a guest's 'Youth Justice Board'), and an attendance list (with a heading or without)."""
    head = text[:1500]
    if council_report_form(head):  # atop the paper, not an item's 'Report by:' in the minutes
        return False  # a council's report about the board ('Portfolio Holder:', 'Report of:' atop it), not its minutes
    first_list = _first_list(head)
    # the inspectorate named above the list is a report's or a letter's title; in the minutes' items it is a subject
    if not _names_a_board(head[:first_list]) or not re.search(r"\b(?:minutes|meeting|action\s+notes|notes\s+of)\b", text[:6000], re.IGNORECASE) or re.search(
            r"\b(?:Short Quality Screening|HM Inspectorate of Probation)\b", head[:first_list]):
        return False
    return bool(ATTENDANCE_RE.search(text[:6000])) or any(
        section.attendees for section in attendance.sections(text, 0, min(len(text), 6000), headless=True)) or \
        _attendance_told(head)


PEOPLE_TOLD = 2  # people at least a note's opening sentences say sat: minutes whose attendance is told in prose


def _attendance_told(head: str) -> bool:
    """'The meeting was chaired by A (Post). Also present were B, C and D.': a note of a meeting telling who sat in
    sentences, under no heading."""
    sat = [entry for entry in attendance.attendance_in_prose(head) if entry.kind in (attendance.PRESENT, attendance.ALSO_PRESENT)]
    return len(sat) >= PEOPLE_TOLD


def _names_a_board(top: str) -> bool:
    """The text above the first list names a youth offending service's board, or a community safety partnership's."""
    return bool(BOARD_RE.search(top)) or bool(SAFETY_PARTNERSHIP_RE.search(top) and PARTNERSHIP_BOARD_RE.search(top))


def _first_list(head: str) -> int:
    """Where the first attendance heading of the text starts (its end if none)."""
    return next((line.start for line in lines(head)
                 if attendance.heading_kind(head, line) or attendance.heading_pair(head, line)), len(head))


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def load(ctx: Context) -> None:
    area = generic.document_area(ctx)
    attendance.record_attendance(ctx, RELATIONS, attendance.Meeting(area, f"{area} YOS" if area else None))
    inspection_people.inspectorate_people_in_papers(ctx)
    people_lists.copy_list(ctx, area)  # 'Distribution: Board members; Jo Bloggs (Chief Executive); ...' under the minutes
    speakers.key_role_holders(ctx, area)  # 'The Board thanked Jo Bloggs, lead inspector'
    speakers.quoted_people(ctx, area, posts_only=True, attendees=True)  # 'Jo Bloggs said that the plan was agreed'
    board = BOARD_RE.search(ctx.text[:1500])
    if board:
        where = span(ctx.text, board.start(), board.end())
        named = ctx.gazetteer.named_place(where.text) or ctx.gazetteer.service_area(where.text)
        if named or area:  # "YOS Management Board" alone names no one board
            generic.meeting_of(ctx, where.text if named else f"{area} {where.text}", where)
    listed_sections = attendance.sections(ctx.text, headless=RELATIONS.headless)
    attendees = [a for section in listed_sections for a in section.attendees]
    # the lists end where the items begin: a minute taker or a chair signing at the foot ('Minutes prepared by: Jo
    # Bloggs') is no list the items come after
    listed_ends = [a.evidence.end for section in _first_meeting(ctx.text, listed_sections)
                   if section.kind not in attendance.ONE_HOLDER_KINDS for a in section.attendees]
    lists_end = max(listed_ends or [a.evidence.end for a in attendees], default=None)
    if listed_ends:  # a record of two meetings: the first meeting's items follow its own lists, not the second's
        first_item = next((line.start for line in lines(ctx.text, min(listed_ends)) if attendance.is_item(line)
                           and attendance.heading_kind(ctx.text, line) is None), None)
        if first_item is None:  # no item after the lists: a register appended at the foot, the items above it
            lists_end = _first_item_before(ctx.text, min(listed_ends))
        else:
            lists_end = max((end for end in listed_ends if end < first_item), default=lists_end)
    if lists_end is not None:
        initials.link_initials(ctx, {a.name.name for a in attendees}, lists_end)
    # every member the minutes list, in any of their layouts (a two-column table of members and their posts too)
    listed = [role for role in ctx.roles if role.relation in speakers.ATTENDING_RELATIONS]
    if listed:
        after = lists_end if lists_end is not None else max(role.evidence.end for role in listed)
        initials.initials_quoted(ctx, {role.name for role in listed}, after)
        # 'LP declared an interest in item 6': a member declaring by the initials the notes use
        initials.initials_subjects(ctx, {role.name for role in listed}, after, attendance.DECLARED_BY_RE, "declared_interest")


def _first_item_before(text: str, lists_start: int) -> int:
    """Where the minutes' items begin when their lists stand after them all ('(Attendance is recorded in the register
    at Appendix A)', the register at the foot): the first numbered item's start, its members' initials read from there;
    where no item stands before them either, the text's start: a log's rows above the key of the initials it uses
    ('Board membership (initials used in this log)' under 'SR said the virtual school had agreed ...')."""
    return next((line.start for line in lines(text, 0, lists_start)
                 if attendance.is_item(line) and attendance.heading_kind(text, line) is None), 0)


def _first_meeting(text: str, listed: list[attendance.Section]) -> list[attendance.Section]:
    """The lists of the meeting the minutes record first: those before its first numbered item. Minutes may append an
    earlier meeting's approved minutes with lists of their own ('APPENDIX - APPROVED MINUTES' / 'Present: ...'): their
    people count as the board's too, but the first meeting's items, referring to its members by initials, come after
    the first lists, not the appendix's."""
    ordered = sorted((section for section in listed if section.attendees), key=lambda section: section.heading.start)
    if not ordered:
        return []
    last_end = max(a.evidence.end for a in ordered[0].attendees)
    first = [ordered[0]]
    for section in ordered[1:]:
        if any(attendance.is_item(line) for line in lines(text, last_end, section.heading.start)):
            break
        first.append(section)
        last_end = max(last_end, *(a.evidence.end for a in section.attendees))
    return first
