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

FAMILY = "thematic_inspection"
PRECEDENCE = 40
EXCLUDES: tuple[str, ...] = ()

THEMATIC_RE = re.compile(
    r"\bthematic\s+(?:inspection|review)\b|\bA(?:n)?\s+(?:[Jj]oint\s+)?[Ii]nspection\s+(?:by|of)\b|"
    r"\bA\s+Joint\s+Inspection\b", re.IGNORECASE)


def signs(text: str) -> bool:
    """Thematic wording near the top; the families whose documents use it too exclude this one."""
    head = text[:20000]
    return bool(THEMATIC_RE.search(head))


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def load(ctx: Context) -> None:
    inspection_people.report_people(ctx, default_organisation=None)
