"""Thematic inspections: one subject across several areas, by HM Inspectorate of Probation alone or
jointly with the police, health, social care and education inspectorates ("A Joint Inspection of
Youth Crime Prevention", "Joint thematic inspection of resettlement services to children").

The people are in the acknowledgements: a list of labels and names ("Lead inspector / Gary
Doe (HMI Constabulary)", "HMI Constabulary inspectors / Ann Roe, Ben Poe", "Support Staff /
Cal Loe; Dee Moe", "Editor / Eve Hoe"), one item a line, or run together when the pages were
extracted as one line; and the foreword signed by one or more chief inspectors.
"""

from __future__ import annotations

import re

from kg.loaders import inspection_people, registry
from kg.loaders.context import Context
from kg.loaders.text import council_report_form

FAMILY = "thematic_inspection"
PRECEDENCE = 40
EXCLUDES: tuple[str, ...] = ()
# The parts set under their own heading that its loader reads itself (`registry.PART_KINDS`): the report's copy list (`inspection_people.report_people`).
PARTS: tuple[str, ...] = ("copy_list",)

THEMATIC_RE = re.compile(
    r"\bthematic\s+(?:inspection|review)\b|\bA(?:n)?\s+(?:[Jj]oint\s+)?[Ii]nspection\s+(?:by|of)\b|"
    r"\bA\s+Joint\s+Inspection\b", re.IGNORECASE)


# A letter ('Dear ...') may name a thematic inspection in its subject line; it is a letter, not the report.
TITLE_LEAD_RE = re.compile(r"[\s#*|>•-]*(?:(?:an?|the|joint)\s+)*", re.IGNORECASE)
LETTER_RE = re.compile(r"^[^\S\n]*dear[ \t]+\w+", re.IGNORECASE | re.MULTILINE)


def signs(text: str) -> bool:
    """Thematic wording opening a line near the top (a title or a heading, not a sentence that mentions 'an
    inspection by' the inspectorate), in a document that is not a letter nor a council's report form; the families whose documents use it too
    exclude this one."""
    head = text[:20000]
    return any(_opens_line(head, match.start()) for match in THEMATIC_RE.finditer(head)) and not LETTER_RE.search(head) \
        and not council_report_form(head)


def _opens_line(text: str, at: int) -> bool:
    """Nothing before `at` on its line but an article ('A joint thematic inspection')."""
    return bool(TITLE_LEAD_RE.fullmatch(text[text.rfind("\n", 0, at) + 1:at]))


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def load(ctx: Context) -> None:
    inspection_people.report_people(ctx, default_organisation=None)
