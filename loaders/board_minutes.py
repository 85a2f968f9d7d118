"""Youth offending service (YOS / YOT / youth justice) management board minutes.

Minutes of the partnership board that oversees a youth offending service: a title
("YOS Management Board", "Youth Justice Partnership Board"), the date, those present with
their roles and agencies (often in padded columns or run together), the chair marked
"(Chair)", the minute taker marked "(Minutes)", apologies, sometimes a membership list;
then numbered items where people are mostly referred to by initials.
"""

from __future__ import annotations

import re

from kg.loaders import attendance, generic, registry
from kg.loaders.attendance import Attendee
from kg.loaders.context import Context
from kg.loaders.roles import organisation_for_role

FAMILY = "board_minutes"
PRECEDENCE = 60
# A YOS board's minutes often show a council committee's signs too; they are read as board minutes only.
EXCLUDES: tuple[str, ...] = ("council_papers",)

BOARD_RE = re.compile(
    r"\b(?:(?:YOS|YOT|YJS|Youth Offending|Youth Justice|Youth Offending Service|Youth Offending Team)"
    r"[\w ,&'’]{0,40}?\s+(?:Management|Partnership|Executive|Strategic|Governance)?\s*Board|Management Board)\b",
    re.IGNORECASE)
ATTENDANCE_RE = re.compile(r"^[^\w\n]*(?:\d+\.?[^\S\n]*)?(?:present|apologies(?:\s+for\s+absence)?|attendees|in attendance|"
                           r"attendance|members present)\s*(?::|$)", re.IGNORECASE | re.MULTILINE)

SECTION_RELATIONS = {
    attendance.PRESENT: "present_at_meeting",
    attendance.ALSO_PRESENT: "present_at_meeting",
    attendance.IN_ATTENDANCE: "present_at_meeting",
    attendance.OFFICERS: "officer_attending",
    attendance.APOLOGIES: "apologies",
    attendance.MEMBERSHIP: "board_member",
    attendance.DEPUTIES: "other",
    attendance.MINUTES: "minute_taker",
    attendance.CHAIR: "board_chair",
    attendance.VICE_CHAIR: "other",
    attendance.DECLARATIONS: "declared_interest",
}


def signs(text: str) -> bool:
    """A board's minutes: the board named near the top, and an attendance list."""
    head = text[:1500]
    return bool(BOARD_RE.search(head)) and bool(ATTENDANCE_RE.search(text[:6000])) and bool(
        re.search(r"\b(?:minutes|meeting)\b", text[:6000], re.IGNORECASE)) and not re.search(
        r"\b(?:Short Quality Screening|HM Inspectorate of Probation)\b", head)


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def load(ctx: Context) -> None:
    area = generic.document_area(ctx)
    board = f"{area} YOS" if area else None
    for section in attendance.sections(ctx.text):
        for attendee in section.attendees:
            record_attendee(ctx, section.kind, attendee, area, board)
    for attendee in attendance.apologies_in_prose(ctx.text):
        emit(ctx, attendee, "apologies", area, None)
    for attendee in attendance.declared_interests(ctx.text):
        emit(ctx, attendee, "declared_interest", area, None)


def record_attendee(ctx: Context, kind: str, attendee: Attendee, area: str | None, board: str | None) -> None:
    if kind == attendance.ABSENT:
        return
    relation = SECTION_RELATIONS[kind]
    role = attendee.role_text
    if kind == attendance.VICE_CHAIR:
        role = role or "Vice-Chair"
    emit(ctx, attendee, relation, area, role)
    if attendee.chair and kind != attendance.CHAIR:
        emit(ctx, attendee, "board_chair", area, "Chair", organisation=board)
    if attendee.vice_chair and kind != attendance.VICE_CHAIR:
        emit(ctx, attendee, "other", area, "Vice-Chair", organisation=board)
    if attendee.minutes and kind != attendance.MINUTES:
        emit(ctx, attendee, "minute_taker", area, "Minutes")


def emit(ctx: Context, attendee: Attendee, relation: str, area: str | None, role: str | None, *,
         organisation: str | None = None) -> None:
    written_role = attendee.role_text
    ctx.person_role(attendee.name, relation, attendee.evidence, role=role,
                    role_span=attendee.role if role and role == written_role else None,
                    organisation=organisation or organisation_for_role(written_role, area))
