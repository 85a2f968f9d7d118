"""Standards inspections, HM Inspectorate of Probation, 2018 onward.

Youth reports ("An inspection of youth offending services in X") and adult ones ("An
inspection of probation services in: X") share one layout: a led-by paragraph on the
second page ("This inspection was led by HM Inspector Name ... The Head of Youth Offending
Team Inspections, responsible for this inspection programme, is Name"), a foreword signed
by the chief inspector ("Dame Glenys Stacey / Chief Inspector of Probation"), then the
ratings per domain and standard. Copies found online run pages together on one line.
Shorter copies keep only the cover: a title that names a youth justice inspection of one area
("Youth justice inspection — X", "Inspection of X Youth Justice Service") with the inspectorate
as publisher on the lines just under it, then the team and the ratings.
"""

from __future__ import annotations

import re

from kg.loaders import inspection_people, registry
from kg.loaders.context import Context
from kg.loaders.text import council_report_form, plan_title

FAMILY = "standards_inspection"
PRECEDENCE = 20
# "An inspection of youth offending services in X" is not a thematic inspection; its team list is no staff page.
EXCLUDES: tuple[str, ...] = ("thematic_inspection", "staff_page")
# The parts set under their own heading that its loader reads itself (`registry.PART_KINDS`): the report's copy list (`inspection_people.report_people`).
PARTS: tuple[str, ...] = ("copy_list",)

TITLE_RE = re.compile(
    r"\b(?:An\s+)?inspection\s+of\s+(?:youth\s+offending|youth\s+justice|probation)\s+services(?:\s+in\b|[^\S\n]*:[^\S\n]*\w)",
    re.IGNORECASE)
# A screening's report opens with its title on its cover ('Short Quality Screening' / 'of youth offending work in' /
# 'X', or 'SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK' over the area's name in spaced capitals); a screening's
# letter names it only in its subject line, after the address.
SCREENING_COVER_RE = re.compile(r"\s*Short\s+Quality\s+Screening\s+of\s+youth\s+offending\s+work\b", re.IGNORECASE)
INSPECTORATE_RE = re.compile(r"HM\s*Inspectorate\s+of\s+Probation|HMI\s*Probation|Inspectorate\s+of\s+Probation")
# A cover's title: 'Youth justice inspection — Wrexley', 'Youth offending service inspection: X',
# 'Inspection of Wrexley Youth Justice Service'.
SERVICE_RE = r"(?:youth\s+(?:justice|offending)\s+(?:services?|team)|YJS|YOS|YOT)"
COVER_TITLE_RE = re.compile(
    rf"[^\S\n]*(?:youth\s+(?:justice|offending)(?:\s+services?)?\s+inspection[^\S\n]*[:–—-][^\S\n]*[A-Z][^\n]*"
    rf"|(?:an\s+)?inspection\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:[^\S\n]+[A-Z][\w'’&-]*){{0,3}}[^\S\n]+{SERVICE_RE})[^\S\n]*",
    re.IGNORECASE)
# The publisher's line of a cover: 'HM Inspectorate of Probation', 'Published by HM Inspectorate of Probation, July 2024'.
PUBLISHER_LINE_RE = re.compile(rf"[^\S\n]*(?:published\s+by\s+)?(?:{INSPECTORATE_RE.pattern})[^.\n]*", re.IGNORECASE)
COVER_LINES = 3  # the title, then the publisher within the next lines


def signs(text: str) -> bool:
    head = text[:20000]
    if council_report_form(head) or plan_title(head):
        return False  # a council's paper or the service's plan that quotes the inspection, not the report
    titled = _titled(head) or _titled(_letters_closed_up(head[:TITLE_REACH]))
    screening = SCREENING_COVER_RE.match(head) is not None
    return bool((titled or screening) and INSPECTORATE_RE.search(text)) or _report_cover(head)


def _titled(head: str) -> bool:
    """The report's own title in the text: not a numbered item of minutes, not cited in quotation marks."""
    return any(not MINUTE_ITEM_RE.match(head, head.rfind("\n", 0, title.start()) + 1) and not _cited(head, title.start())
               for title in TITLE_RE.finditer(head))


# A cover's title set out in spaced capitals ('A N   I N S P E C T I O N   O F   Y O U T H ...'): its letters one space
# apart, its words three; read closed up. Only the opening of the document, where a cover stands.
# A run is entered at its first letter only and taken whole (possessive), so a long run is read once.
SPACED_WORD_RE = re.compile(r"(?<![^\s])(?<![A-Za-z] )[A-Za-z](?: [A-Za-z])++(?![^\s])")
TITLE_REACH = 2000


def _letters_closed_up(head: str) -> str:
    """The text with each word spelled out in spaced letters closed up ('A N   I N S P E C T I O N' -> 'AN
    INSPECTION')."""
    return SPACED_WORD_RE.sub(lambda word: word.group(0).replace(" ", ""), head)


# A numbered item of minutes ('129.  JOINT INSPECTION OF YOUTH JUSTICE SERVICES IN X - OUTCOME'): the meeting's
# business, which discusses the report, not the report's own title.
MINUTE_ITEM_RE = re.compile(r"[^\S\n]*\d{1,4}\.[^\S\n]+")


def _cited(head: str, start: int) -> bool:
    """A title in quotation marks ('The full report, ‘An inspection of youth justice services in X’, can be read') is
    cited by another document (council news), not its own."""
    return head[max(0, start - 1):start] in ("‘", "“", "'", '"')


def _report_cover(head: str) -> bool:
    """The document opens with a report's cover: the title of one area's inspection, then the inspectorate."""
    opening = [line for line in head.splitlines()[:COVER_LINES * 3] if line.strip()][:COVER_LINES]
    return bool(opening) and bool(COVER_TITLE_RE.fullmatch(opening[0])) and any(
        PUBLISHER_LINE_RE.fullmatch(line) for line in opening[1:])


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def load(ctx: Context) -> None:
    inspection_people.report_people(ctx)
